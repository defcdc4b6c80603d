"""The field table of the ``jobs`` entity, as documented by the seed (``jobs_fields.json``)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.resources import files
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One row of the documented field table; ``name`` is the API (wire) name."""

    name: str
    type: str
    description: str
    required: bool
    max_length: int | None
    one_of_group: str | None
    readonly: bool


def _load() -> tuple[FieldSpec, ...]:
    text = files("wo_desktop.domain").joinpath("jobs_fields.json").read_text("utf-8")
    return tuple(
        FieldSpec(
            name=row["name"],
            type=row["type"],
            description=row["description"],
            required=bool(row["required"]),
            max_length=row["max_length"],
            one_of_group=row["one_of_group"],
            readonly=bool(row["readonly"]),
        )
        for row in json.loads(text)["fields"]
    )


FIELDS: tuple[FieldSpec, ...] = _load()
FIELD_BY_NAME: Mapping[str, FieldSpec] = MappingProxyType({spec.name: spec for spec in FIELDS})
