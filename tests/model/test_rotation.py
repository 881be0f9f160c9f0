"""Daily backups: one a day, the last 7 days and the last 4 weeks kept, each a whole copy."""

import sqlite3
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

from app.model.database import open_database, read_schema_version
from app.model.rotation import backup_folder, list_backups, take_daily_backup


def titles(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return [row[0] for row in connection.execute("SELECT title FROM task ORDER BY id")]


def add(path: Path, title: str) -> None:
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(
            "INSERT INTO task (uid, title, notes, quadrant, position, status, tags, created_at,"
            " updated_at) VALUES (?, ?, '', 'do', 1, 'open', '[]', '2026-03-02 09:00:00',"
            " '2026-03-02 09:00:00')",
            (title, title),
        )


def test_one_backup_a_day_holds_that_days_data(data_dir: Path) -> None:
    path = open_database(data_dir).path
    add(path, "monday's")
    first = take_daily_backup(data_dir, date(2026, 11, 23))
    assert first is not None
    add(path, "later")
    assert take_daily_backup(data_dir, date(2026, 11, 23)) is None  # today's exists
    assert titles(first) == ["monday's"]
    assert read_schema_version(first) == read_schema_version(path)
    assert sorted(p.name for p in backup_folder(data_dir).iterdir()) == [
        "quadrant-2026-11-23.sqlite3"
    ]


def test_rotation_keeps_seven_days_and_four_weeks(data_dir: Path) -> None:
    open_database(data_dir)
    start = date(2026, 9, 1)
    for offset in range(90):
        take_daily_backup(data_dir, start + timedelta(days=offset))
    days = [backup.day for backup in list_backups(data_dir)]
    last = start + timedelta(days=89)
    daily = [last - timedelta(days=n) for n in range(7)]
    assert days[:7] == daily
    weekly = sorted({d.isocalendar()[:2] for d in days}, reverse=True)
    assert len(weekly) == 4
    assert len(days) <= 7 + 4
