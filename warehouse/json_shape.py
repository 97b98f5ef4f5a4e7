"""The shape DuckDB's `json_transform` reads an event's payload with, generated from the
event's pydantic model: the models are the one schema of an extraction, and the projections
cannot drift from them. Times stay text (the projections cast them); optional fields take
their type's shape (JSON null is NULL)."""

from __future__ import annotations

import json
import types
import typing
from datetime import datetime

from pydantic import AwareDatetime, BaseModel

SCALARS = {str: "VARCHAR", int: "INTEGER", float: "DOUBLE", bool: "BOOLEAN"}


def shape_of(annotation: typing.Any) -> str | list | dict:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        [kept] = [a for a in typing.get_args(annotation) if a is not type(None)]
        return shape_of(kept)
    if origin is list:
        return [shape_of(typing.get_args(annotation)[0])]
    if origin is typing.Literal:
        return shape_of(type(typing.get_args(annotation)[0]))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return {name: shape_of(field.annotation) for name, field in annotation.model_fields.items()}
    if annotation in (datetime, AwareDatetime):
        return "VARCHAR"
    if annotation in SCALARS:
        return SCALARS[annotation]
    raise TypeError(f"no DuckDB shape for {annotation!r}: add it to warehouse/json_shape.py")


def json_transform_shape(model: type[BaseModel]) -> str:
    """The model's shape as the JSON text `json_transform` takes."""
    return json.dumps(shape_of(model))
