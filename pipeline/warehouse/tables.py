"""Table schemas (schemas/tables/*.json) as pyarrow schemas: the data contract in one place."""
from __future__ import annotations

import json
from functools import lru_cache

import pyarrow as pa

from pipeline.paths import schemas_dir

_TYPES = {
    "string": pa.string(),
    "int8": pa.int8(),
    "int32": pa.int32(),
    "int64": pa.int64(),
    "float64": pa.float64(),
    "bool": pa.bool_(),
    "date32": pa.date32(),
    "list<string>": pa.list_(pa.string()),
}


@lru_cache(maxsize=None)
def table_spec(name: str) -> dict:
    with open(schemas_dir() / "tables" / f"{name}.json", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=None)
def arrow_schema(name: str) -> pa.Schema:
    spec = table_spec(name)
    return pa.schema(
        [pa.field(c["name"], _TYPES[c["type"]], nullable=c["nullable"]) for c in spec["columns"]]
    )


def column_names(name: str) -> list[str]:
    return [c["name"] for c in table_spec(name)["columns"]]


def required_columns(name: str) -> list[str]:
    return [c["name"] for c in table_spec(name)["columns"] if not c["nullable"]]
