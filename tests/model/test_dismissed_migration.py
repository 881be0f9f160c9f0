"""Schema 0006 moves dismissed urgency suggestions from the task history onto the task row:
each task keeps the latest due date it was dismissed for, and the history keeps the events."""

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

from alembic import command

from app.model.database import DB_FILENAME, open_database
from app.model.history import EventKind
from app.model.migration import alembic_config
from app.model.services import Services

INSERT_TASK = (
    "INSERT INTO task (id, uid, title, notes, quadrant, position, status, due, tags,"
    " created_at, updated_at, delegate) VALUES (?, ?, ?, '', 'defer', ?, 'open', ?, '[]',"
    " '2026-11-20 09:00:00.000000', '2026-11-20 09:00:00.000000', ?)"
)
INSERT_EVENT = (
    "INSERT INTO task_event (task_id, task_uid, at, kind, from_quadrant, to_quadrant, delegate)"
    " VALUES (?, ?, ?, 'dismissed', 'defer', 'defer', ?)"
)


def test_dismissals_move_from_the_history_onto_the_task(data_dir: Path) -> None:
    path = data_dir / DB_FILENAME
    command.upgrade(alembic_config(path), "0005")
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.executemany(
            INSERT_TASK,
            [
                (1, "u1", "Budget", 1, "2026-12-03", None),
                (2, "u2", "Hiring plan", 2, "2026-12-04", "Priya"),
                (3, "u3", "Never dismissed", 3, "2026-12-05", None),
                (4, "u4", "Damaged event", 4, "2026-12-06", None),
            ],
        )
        connection.executemany(
            INSERT_EVENT,
            [
                (1, "u1", "2026-11-21 09:00:00.000000", "2026-12-01"),
                (1, "u1", "2026-11-22 09:00:00.000000", "2026-12-03"),  # the latest counts
                (2, "u2", "2026-11-22 10:00:00.000000", "2026-12-04"),
                (4, "u4", "2026-11-22 11:00:00.000000", "2026-02-30"),  # no such day
            ],
        )

    services = Services.open(open_database(data_dir).path)
    try:
        tasks = services.tasks.get([1, 2, 3, 4])
        assert tasks[1].dismissed_for == date(2026, 12, 3)
        assert tasks[2].dismissed_for == date(2026, 12, 4)
        assert tasks[3].dismissed_for is None
        assert tasks[4].dismissed_for is None
        events = [e for e in services.history.of_tasks([1, 2]) if e.kind is EventKind.DISMISSED]
        assert len(events) == 3  # the history keeps what the user did
        # and an event's delegate is a person again, as for every other event
        assert [e.delegate for e in events] == [None, None, "Priya"]
    finally:
        services.close()
