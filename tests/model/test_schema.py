"""The schema: Alembic's migrations build exactly what records.py describes, keeping the data."""

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, create_engine, inspect

from app.model.database import DB_FILENAME, SCHEMA_HEAD, open_database, read_schema_version
from app.model.migration import alembic_config, script_head
from app.model.quadrant import Quadrant
from app.model.records import Base
from app.model.task import TaskDraft, TaskEdit
from app.model.tasks import TaskService


@pytest.fixture
def migrated(db_path: Path) -> Iterator[Engine]:
    engine = create_engine(f"sqlite:///{db_path}")
    yield engine
    engine.dispose()


@pytest.fixture
def from_metadata(tmp_path: Path) -> Iterator[Engine]:
    engine = create_engine(f"sqlite:///{tmp_path / 'metadata.sqlite3'}")
    Base.metadata.create_all(engine)
    yield engine
    engine.dispose()


def test_schema_head_is_the_newest_migration() -> None:
    assert script_head() == SCHEMA_HEAD


def test_alembic_finds_no_difference_from_the_records(migrated: Engine) -> None:
    with migrated.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def describe(engine: Engine) -> dict[str, Any]:
    """Everything about the task table that a migration could get wrong."""
    inspector = inspect(engine)
    uniques = inspector.get_unique_constraints("task")
    checks = inspector.get_check_constraints("task")
    with engine.connect() as connection:
        ddl = connection.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'task'")
        autoincrement = "AUTOINCREMENT" in ddl.scalar_one()
    return {
        "columns": [
            (c["name"], str(c["type"]), c["nullable"], c.get("primary_key"))
            for c in inspector.get_columns("task")
        ],
        "indexes": sorted(
            (i["name"], tuple(i["column_names"]), bool(i["unique"]))
            for i in inspector.get_indexes("task")
        ),
        "unique": sorted(tuple(u["column_names"]) for u in uniques),
        "checks": sorted((c["name"], c["sqltext"]) for c in checks),
        "autoincrement": autoincrement,
    }


def test_migrated_table_matches_the_records_exactly(
    migrated: Engine, from_metadata: Engine
) -> None:
    expected = describe(from_metadata)
    assert expected["autoincrement"]
    assert len(expected["checks"]) == 2
    assert describe(migrated) == expected


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


def everything(path: Path) -> list:
    service = TaskService.open(path)
    try:
        return service.lanes(include_done=True)
    finally:
        service.close()


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
    service = TaskService.open(path)
    try:
        change = service.add([TaskDraft("new")])
        [new_id] = change.after
        assert new_id > highest
        service.delete([new_id])
        [newer_id] = service.add([TaskDraft("newer")]).after
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
