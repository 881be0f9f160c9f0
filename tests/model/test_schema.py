"""The schema: Alembic's migrations build exactly what records.py describes, keeping the data."""

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, create_engine, inspect

from app.model.block import BlockDraft
from app.model.database import DB_FILENAME, SCHEMA_HEAD, open_database, read_schema_version
from app.model.migration import alembic_config, script_head
from app.model.quadrant import Quadrant
from app.model.reading import load_row
from app.model.records import metadata
from app.model.schema import TASKS
from app.model.services import Services
from app.model.task import Task, TaskDraft


@pytest.fixture
def migrated(db_path: Path) -> Iterator[Engine]:
    engine = create_engine(f"sqlite:///{db_path}")
    yield engine
    engine.dispose()


@pytest.fixture
def from_metadata(tmp_path: Path) -> Iterator[Engine]:
    engine = create_engine(f"sqlite:///{tmp_path / 'metadata.sqlite3'}")
    metadata.create_all(engine)
    yield engine
    engine.dispose()


def test_schema_head_is_the_newest_migration() -> None:
    assert script_head() == SCHEMA_HEAD


def test_alembic_finds_no_difference_from_the_records(migrated: Engine) -> None:
    with migrated.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, metadata) == []


def describe(engine: Engine, table: str) -> dict[str, Any]:
    """Everything about a table that a migration could get wrong."""
    inspector = inspect(engine)
    uniques = inspector.get_unique_constraints(table)
    checks = inspector.get_check_constraints(table)
    with engine.connect() as connection:
        ddl = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        )
        autoincrement = "AUTOINCREMENT" in ddl.scalar_one()
    return {
        "columns": [
            (c["name"], str(c["type"]), c["nullable"], c.get("primary_key"))
            for c in inspector.get_columns(table)
        ],
        "indexes": sorted(
            (i["name"], tuple(i["column_names"]), bool(i["unique"]))
            for i in inspector.get_indexes(table)
        ),
        "unique": sorted(tuple(u["column_names"]) for u in uniques),
        "checks": sorted((c["name"], c["sqltext"]) for c in checks),
        "foreign_keys": sorted(
            (
                tuple(f["constrained_columns"]),
                f["referred_table"],
                tuple(f["referred_columns"]),
                f["options"].get("ondelete"),
            )
            for f in inspector.get_foreign_keys(table)
        ),
        "autoincrement": autoincrement,
    }


@pytest.mark.parametrize(
    ("table", "checks", "foreign_keys"),
    [
        ("task", 2, []),
        ("time_block", 2, [(("task_id",), "task", ("id",), "SET NULL")]),
        ("task_event", 0, []),  # no foreign key: a task's history outlives the task
        ("sync_item", 0, []),  # no foreign key: a deleted item's row says to delete it there
        ("sync_calendar", 0, []),
    ],
)
def test_migrated_table_matches_the_records_exactly(
    migrated: Engine, from_metadata: Engine, table: str, checks: int, foreign_keys: list[Any]
) -> None:
    expected = describe(from_metadata, table)
    assert expected["autoincrement"]
    assert len(expected["checks"]) == checks
    assert expected["foreign_keys"] == foreign_keys
    assert describe(migrated, table) == expected


def test_the_migrated_file_has_exactly_the_records_tables(migrated: Engine) -> None:
    tables = set(inspect(migrated).get_table_names()) - {"alembic_version"}
    expected = {"task", "time_block", "task_event", "sync_item", "sync_calendar"}
    assert tables == set(metadata.tables) == expected


# -- upgrading an older file ------------------------------------------------------------------


@pytest.fixture
def first_release(data_dir: Path) -> Path:
    """A data file as the first schema (0001) left it, with tasks in every state."""
    path = data_dir / DB_FILENAME
    command.upgrade(alembic_config(path), "0001")
    assert read_schema_version(path) == "0001"
    # Written with plain SQL: today's service expects today's schema.
    row = (
        "INSERT INTO task (uid, title, notes, quadrant, position, status, due, estimate_minutes,"
        " delegate, follow_up, tags, created_at, updated_at, completed_at) VALUES"
        " (?, ?, '', ?, ?, ?, NULL, ?, 'Ana', NULL, '[\"x\"]', '2026-03-02 09:00:00',"
        " '2026-03-02 09:00:00', ?)"
    )
    with closing(sqlite3.connect(path)) as connection, connection:
        for n, (title, quadrant, status, estimate, done) in enumerate(
            [
                ("t0", "delegate", "open", None, None),
                ("t1", "delegate", "done", None, "2026-03-02 10:00:00"),
                ("edited", "delegate", "open", 30, None),
                ("t3", "do", "open", None, None),
                ("t4", "delegate", "open", None, None),
            ]
        ):
            connection.execute(row, (f"uid-{n}", title, quadrant, n, status, estimate, done))
        # the newest id: 0001 would hand it out again
        connection.execute("DELETE FROM task WHERE title = 't4'")
    return path


# The first schema's columns, read with plain SQL: today's services expect today's schema.
LATER_COLUMNS = ("source", "external_uid", "suggestion_dismissed", "repeat")  # after the first
FIRST_COLUMNS = [c for c in TASKS.in_value_order if c.name not in LATER_COLUMNS]


def everything(path: Path) -> list[Task]:
    with closing(sqlite3.connect(path)) as connection:
        found = connection.execute(
            f"SELECT {', '.join(c.name for c in FIRST_COLUMNS)} FROM task"
            " WHERE status IN ('open', 'done')"
        ).fetchall()
    later = (None,) * len(LATER_COLUMNS)  # the last fields of a task
    tasks = [load_row(TASKS, (*row, *later)) for row in found]
    lanes = list(Quadrant)
    return sorted(tasks, key=lambda t: (lanes.index(t.quadrant), t.position, t.id))


def test_upgrade_keeps_every_task_exactly(data_dir: Path, first_release: Path) -> None:
    old = everything(first_release)
    opened = open_database(data_dir)
    assert read_schema_version(opened.path) == SCHEMA_HEAD
    assert opened.notice is None
    assert everything(opened.path) == old


def test_upgrade_keeps_a_copy_of_the_old_file(data_dir: Path, first_release: Path) -> None:
    old = everything(first_release)
    open_database(data_dir)
    copy = data_dir / f"{DB_FILENAME}.before-{SCHEMA_HEAD}"
    assert read_schema_version(copy) == "0001"
    assert everything(copy) == old


def test_copy_includes_what_was_still_in_the_write_ahead_log(
    data_dir: Path, first_release: Path, tmp_path: Path
) -> None:
    # A crash leaves the last transactions in quadrant.sqlite3-wal, not in the file itself.
    writer = sqlite3.connect(first_release, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE task SET title = 'written just before the crash' WHERE id = 1")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal"):
        (crashed / (DB_FILENAME + suffix)).write_bytes(
            (data_dir / (DB_FILENAME + suffix)).read_bytes()
        )
    writer.close()

    open_database(crashed)
    titles = {t.title for t in everything(crashed / f"{DB_FILENAME}.before-{SCHEMA_HEAD}")}
    assert "written just before the crash" in titles
    assert "written just before the crash" in {t.title for t in everything(crashed / DB_FILENAME)}


def test_ids_of_deleted_tasks_stay_unused_after_upgrade(
    data_dir: Path, first_release: Path
) -> None:
    highest = max(t.id for t in everything(first_release))
    path = open_database(data_dir).path
    service = Services.open(path)
    try:
        change = service.tasks.add([TaskDraft("new")])
        [new_id] = change.after
        assert new_id > highest
        service.tasks.delete([new_id])
        [newer_id] = service.tasks.add([TaskDraft("newer")]).after
        assert newer_id > new_id
    finally:
        service.close()


def test_downgrade_and_upgrade_again_keep_the_tasks(data_dir: Path, first_release: Path) -> None:
    old = everything(first_release)
    path = open_database(data_dir).path
    command.downgrade(alembic_config(path), "0001")
    assert read_schema_version(path) == "0001"
    assert everything(path) == old
    command.upgrade(alembic_config(path), "head")
    assert everything(path) == old


# -- upgrading a file from before time blocks (0002) ------------------------------------------


@pytest.fixture
def before_blocks(data_dir: Path, first_release: Path) -> Path:
    """A data file as schema 0002 left it: the first release's tasks, no time blocks yet."""
    command.upgrade(alembic_config(first_release), "0002")
    assert read_schema_version(first_release) == "0002"
    with closing(sqlite3.connect(first_release)) as connection:
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
    assert "time_block" not in tables
    return first_release


def test_upgrade_from_0002_keeps_the_tasks_and_adds_blocks(
    data_dir: Path, before_blocks: Path
) -> None:
    old = everything(before_blocks)
    assert [t.title for t in old] == ["t3", "t0", "t1", "edited"]

    opened = open_database(data_dir)

    assert read_schema_version(opened.path) == SCHEMA_HEAD
    assert everything(opened.path) == old
    copy = data_dir / f"{DB_FILENAME}.before-{SCHEMA_HEAD}"
    assert read_schema_version(copy) == "0002"
    service = Services.open(opened.path)
    try:
        start = datetime(2026, 11, 23, 9, tzinfo=UTC)
        linked = old[0].id
        service.blocks.add([BlockDraft(start, start + timedelta(hours=1), "", task_id=linked)])
        [block] = service.blocks.between(start, start + timedelta(days=1))
        assert (block.title, block.task_id) == ("t3", linked)
        service.tasks.delete([linked])  # the foreign key unlinks, it does not refuse or cascade
        [block] = service.blocks.between(start, start + timedelta(days=1))
        assert block.task_id is None
    finally:
        service.close()


def test_downgrade_to_0002_drops_the_blocks_and_keeps_the_tasks(
    data_dir: Path, before_blocks: Path
) -> None:
    old = everything(before_blocks)
    path = open_database(data_dir).path
    command.downgrade(alembic_config(path), "0002")
    with closing(sqlite3.connect(path)) as connection:
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
    assert not any("block" in name for name in tables)
    command.upgrade(alembic_config(path), "head")
    assert everything(path) == old
