"""One schema of an extraction: the projections read event payloads with a shape generated
from the pydantic models, never one written by hand."""

from __future__ import annotations

from datetime import datetime

import pytest
from pydantic import BaseModel

from warehouse import projections
from warehouse.events import ArticleExtracted
from warehouse.json_shape import json_transform_shape, shape_of
from warehouse.sql_recorder import read_sql


def test_projections_read_extractions_with_the_shape_of_the_model():
    assert '"VARCHAR"' not in read_sql("projections.sql"), "no shape written by hand in the SQL"
    assert json_transform_shape(ArticleExtracted) in projections.sections()["refresh"]


def test_a_field_of_the_model_is_a_field_of_the_shape_with_its_type():
    class Mention(BaseModel):
        start: int
        note: str | None = None

    class Example(BaseModel):
        seen_at: datetime
        score: float
        final: bool
        mentions: list[Mention] = []

    assert shape_of(Example) == {"seen_at": "VARCHAR", "score": "DOUBLE", "final": "BOOLEAN",
                                 "mentions": [{"start": "INTEGER", "note": "VARCHAR"}]}


def test_a_type_without_a_duckdb_shape_is_an_error_not_a_guess():
    class Odd(BaseModel):
        blob: bytes

    with pytest.raises(TypeError, match="json_shape.py"):
        shape_of(Odd)
