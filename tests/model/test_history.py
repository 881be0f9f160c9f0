"""Task history: every change of a task's lane or status, creation and deletion is stored as an
event in the same transaction; undo appends its own events; `quadrant add` records too."""

import sqlite3
from contextlib import closing
from datetime import timedelta
from pathlib import Path

from alembic import command

from app.model.capture import add_tasks
from app.model.database import DB_FILENAME, open_database
from app.model.history import EventKind
from app.model.migration import alembic_config
from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.task import TaskDraft

from .clock import TickingClock


def story(service: Services, task_id: int) -> list[tuple[str, str | None, str | None]]:
    return [
        (
            e.kind.value,
            e.from_quadrant and e.from_quadrant.value,
            e.to_quadrant and e.to_quadrant.value,
        )
        for e in service.history.of_tasks([task_id])
    ]


def test_each_operation_records_what_happened(service: Services) -> None:
    [task_id] = service.tasks.add([TaskDraft("Hiring plan")]).after
    service.tasks.move([task_id], Quadrant.DELEGATE)
    service.tasks.move([task_id], Quadrant.DO)
    service.tasks.set_done([task_id], True)
    service.tasks.delete([task_id])
    assert story(service, task_id) == [
        ("created", None, "inbox"),
        ("moved", "inbox", "delegate"),
        ("moved", "delegate", "do"),
        ("done", "do", "do"),
        ("deleted", "do", None),
    ]


def test_events_carry_the_time_of_the_change_and_the_person(
    service: Services, clock: TickingClock
) -> None:
    [task_id] = service.tasks.add([TaskDraft("Review RFC", Quadrant.INBOX, delegate="Priya")]).after
    service.tasks.move([task_id], Quadrant.DELEGATE)
    moved_at = clock.now
    [_, moved] = service.history.of_tasks([task_id])
    assert moved.at == moved_at
    assert moved.delegate == "Priya"
    assert service.history.between(moved_at, moved_at + timedelta(seconds=1)) == [moved]


def test_a_move_within_a_lane_or_an_edit_records_nothing(service: Services) -> None:
    a, b = service.tasks.add([TaskDraft("a", Quadrant.DO), TaskDraft("b", Quadrant.DO)]).after
    service.tasks.move([b], Quadrant.DO, before_id=a)
    assert story(service, b) == [("created", None, "do")]


def test_undo_keeps_the_history_and_records_its_own_steps(service: Services) -> None:
    [task_id] = service.tasks.add([TaskDraft("Budget", Quadrant.DO)]).after
    done = service.tasks.set_done([task_id], True)
    service.undo.undo(done)
    deleted = service.tasks.delete([task_id])
    service.undo.undo(deleted)
    assert story(service, task_id) == [
        ("created", None, "do"),
        ("done", "do", "do"),
        ("reopened", "do", "do"),
        ("deleted", "do", None),
        ("restored", None, "do"),
    ]


def test_history_outlives_the_task(service: Services) -> None:
    [task_id] = service.tasks.add([TaskDraft("Gone")]).after
    service.tasks.delete([task_id])
    assert [e.kind for e in service.history.of_tasks([task_id])] == [
        EventKind.CREATED,
        EventKind.DELETED,
    ]


def test_capture_from_a_terminal_records_creation(db_path: Path) -> None:
    [task] = add_tasks(db_path, [TaskDraft("From the CLI", Quadrant.DELEGATE)])
    service = Services.open(db_path)
    try:
        assert story(service, task.id) == [("created", None, "delegate")]
    finally:
        service.close()


def test_a_file_from_before_history_upgrades_with_no_events(data_dir: Path) -> None:
    path = data_dir / DB_FILENAME
    command.upgrade(alembic_config(path), "0003")
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(
            "INSERT INTO task (uid, title, notes, quadrant, position, status, tags, created_at,"
            " updated_at) VALUES ('u', 'old', '', 'do', 1, 'open', '[]',"
            " '2026-03-02 09:00:00.000000', '2026-03-02 09:00:00.000000')"
        )
    opened = open_database(data_dir)
    service = Services.open(opened.path)
    try:
        [task] = service.tasks.lanes()
        assert service.history.of_tasks([task.id]) == []
        service.tasks.move([task.id], Quadrant.DEFER)
        assert story(service, task.id) == [("moved", "do", "defer")]
    finally:
        service.close()
