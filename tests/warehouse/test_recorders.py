"""The recorder suite on every backend."""

from __future__ import annotations

import pytest

from tests.warehouse.backends import BACKENDS, address_maker
from tests.warehouse.recorder_suite import RecorderSuite
from warehouse.backends import open_recorder


class TestRecorders(RecorderSuite):
    @pytest.fixture(params=BACKENDS)
    def recorder(self, request, tmp_path):
        return open_recorder(address_maker(request.param, tmp_path, request)("events"))
