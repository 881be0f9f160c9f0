"""The one schema declaration, the SQLAlchemy tables built from it, a file migrated from the first
schema, and the plain reader agree column for column and value for value."""

import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from alembic import command
from sqlalchemy import select

from app.model import records
from app.model.block import BlockDraft, BlockEdit, BlockKind, TimeBlock
from app.model.database import DB_FILENAME, connect, open_database
from app.model.migration import alembic_config
from app.model.quadrant import Quadrant, Status
from app.model.reading import read_block_states, read_tasks
from app.model.schema import BLOCKS, EVENTS, SYNC_CALENDARS, SYNC_ITEMS, TASKS, Kind, Table
from app.model.services import Services
from app.model.task import Task, TaskDraft, TaskEdit

from ..other_program import OtherProgram

TABLES: list[Table[Any]] = [TASKS, BLOCKS, EVENTS, SYNC_ITEMS, SYNC_CALENDARS]


@pytest.fixture
def migrated_from_first(data_dir: Path) -> Path:
    """A data file made by the first schema (0001), then brought up to date as a user's is."""
    path = data_dir / DB_FILENAME
    command.upgrade(alembic_config(path), "0001")
    return open_database(data_dir).path


def file_columns(path: Path, table: str) -> list[tuple[str, bool]]:
    """(name, nullable) of each column, as the file itself describes the table."""
    with closing(sqlite3.connect(path)) as connection:
        rows = connection.execute(f"PRAGMA table_info({table})").fetchall()
    return [(name, not notnull and not primary) for _, name, _, notnull, _, primary in rows]


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_every_column_is_declared_once_and_everyone_agrees(
    migrated_from_first: Path, table: Table[Any]
) -> None:
    declared = [(column.name, column.nullable) for column in table.columns]
    built = records.TABLES[table.name]
    assert [(c.name, bool(c.nullable) and not c.primary_key) for c in built.columns] == declared
    assert file_columns(migrated_from_first, table.name) == declared
    # Each column becomes exactly one field of the value the rest of the program sees.
    assert sorted(c.attribute for c in table.columns) == sorted(table.value._fields)


def test_every_kind_of_column_is_covered_by_the_tables() -> None:
    assert {column.kind for table in TABLES for column in table.columns} == set(Kind)


BERLIN = ZoneInfo("Europe/Berlin")
SAO_PAULO = ZoneInfo("America/Sao_Paulo")
ODD_TEXT = 'Ünïcode ✓ 🚀, "quotes"; back\\slash\nnew line\ttab — 日本語 عربى'


def odd_task(service: Services) -> int:
    """A task with odd values in every column, written by the service (SQLAlchemy)."""
    [task] = service.tasks.add([TaskDraft(ODD_TEXT, Quadrant.DELEGATE)]).created()
    edit = TaskEdit(
        ODD_TEXT + " edited",
        notes=ODD_TEXT * 50,
        due=date(1, 1, 1),
        estimate=7 * 24 * 60,
        delegate="Zoë “Z” O'Brien",
        follow_up=date(9999, 12, 31),
        tags=("a,b", 'say "hi"', "[]", "ümlaut", "x" * 40),
    )
    service.tasks.edit(task.id, edit)
    service.tasks.set_done([task.id], True)
    return task.id


def test_odd_task_values_read_the_same_through_every_reader(
    db_path: Path, service: Services
) -> None:
    task_id = odd_task(service)
    through_service = service.tasks.get([task_id])[task_id]
    with closing(connect(db_path)) as connection:
        through_plain_reader = read_tasks(connection, [task_id])[task_id]
    with service.file.transaction(read_only=True) as connection:
        row = connection.execute(
            select(*(records.tasks.c[c.name] for c in TASKS.in_value_order)).where(
                records.tasks.c.id == task_id
            )
        ).one()
    through_sqlalchemy_types = Task(*row)
    assert through_service == through_plain_reader == through_sqlalchemy_types
    assert through_service.tags == ("a,b", 'say "hi"', "[]", "ümlaut", "x" * 40)
    assert (through_service.due, through_service.follow_up) == (date(1, 1, 1), date(9999, 12, 31))
    assert through_service.status is Status.DONE
    assert through_service.completed is not None
    assert through_service.completed.tzinfo is UTC


def test_instants_are_stored_in_one_format_whoever_writes_them(
    db_path: Path, service: Services, other: OtherProgram
) -> None:
    """The service, capture and another program using the declaration write the same text, so
    SQL comparisons of instants (a week's blocks) hold whoever wrote the row."""
    [task] = service.tasks.add([TaskDraft("captured")]).created()
    exact = datetime(2026, 3, 29, 0, 59, 59, 999999, tzinfo=UTC)
    service.tasks.set_done([task.id], True)
    other.update(TASKS, task.id, updated=exact)
    with closing(sqlite3.connect(db_path)) as connection:
        stored = connection.execute(
            "SELECT created_at, completed_at, updated_at FROM task WHERE id = ?", (task.id,)
        ).fetchone()
    for text in stored:
        assert len(text) == len("2026-03-29 00:59:59.999999"), text
    assert stored[2] == "2026-03-29 00:59:59.999999"


@pytest.mark.parametrize(
    ("zone", "local"),
    [
        (BERLIN, datetime(2026, 3, 29, 1, 30)),  # just before the clocks skip an hour
        (BERLIN, datetime(2026, 10, 25, 2, 30)),  # in the hour that happens twice
        (SAO_PAULO, datetime(2026, 11, 29, 23, 45)),
        (ZoneInfo("Australia/Lord_Howe"), datetime(2026, 10, 4, 1, 45)),  # a 30-minute change
    ],
)
def test_block_instants_read_the_same_through_every_reader(
    db_path: Path, service: Services, zone: ZoneInfo, local: datetime
) -> None:
    start = local.replace(tzinfo=zone)
    end = start + timedelta(minutes=90, microseconds=1)
    draft = BlockDraft(start, end, ODD_TEXT, BlockKind.PERSONAL, notes=ODD_TEXT)
    [block] = service.blocks.add([draft]).created_blocks()
    service.blocks.edit(block.id, BlockEdit(ODD_TEXT, BlockKind.MEETING, "", None))
    through_service = service.blocks.get([block.id])[block.id]
    with closing(connect(db_path)) as connection:
        through_plain_reader = read_block_states(connection, [block.id])[block.id]
    with service.file.transaction(read_only=True) as connection:
        row = connection.execute(
            select(*(records.blocks.c[c.name] for c in BLOCKS.in_value_order)).where(
                records.blocks.c.id == block.id
            )
        ).one()
    assert through_service == through_plain_reader == TimeBlock(*row)
    # In UTC: Python never calls a time in a repeated hour equal to one in another zone.
    assert (through_service.start, through_service.end) == (
        start.astimezone(UTC),
        end.astimezone(UTC),
    )
    assert through_service.start.tzinfo is UTC
    [found] = service.blocks.between(start, start + timedelta(minutes=1))
    assert found == through_service
