from __future__ import annotations

from tests.warehouse.recorder_suite import RecorderSuite
from warehouse.duckdb_recorder import DuckDBRecorder


class TestDuckDBRecorder(RecorderSuite):
    def create_recorder(self, tmp_path):
        return DuckDBRecorder(tmp_path / "events.duckdb")
