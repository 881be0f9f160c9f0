"""Tasks and blocks as JSON objects, one key per declared column (see `app.model.schema`):
the column's name without a trailing "_at", and its value in plain JSON — choices by name,
days as YYYY-MM-DD, instants in ISO 8601 with the local offset, tags as a list."""

from datetime import date, datetime, tzinfo
from enum import Enum
from typing import Any

from app.model.schema import Table


def json_object(table: Table[Any], row: Any, zone: tzinfo) -> dict[str, object]:
    found: dict[str, object] = {}
    for column in table.columns:
        found[column.name.removesuffix("_at")] = _plain(getattr(row, column.attribute), zone)
    return found


def _plain(value: object, zone: tzinfo) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.astimezone(zone).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value
