"""`quadrant backup list|restore`, and the daily backup a command takes: every kept backup can be
put back, the file it replaces is kept, and what cannot be restored is refused untouched."""

import json
import shutil
import sqlite3
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

from alembic import command

from app.model.database import DB_FILENAME
from app.model.migration import alembic_config
from app.model.rotation import backup_folder, kept, list_backups, take_daily_backup

from .test_cli import Cli


def titles(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return [row[0] for row in connection.execute("SELECT title FROM task ORDER BY id")]


def test_a_command_that_writes_takes_todays_backup(cli: Cli) -> None:
    cli.ok("add", "first of the day")
    today = backup_folder(cli.data_dir) / f"quadrant-{date.today().isoformat()}.sqlite3"
    assert titles(today) == ["first of the day"]
    cli.ok("add", "second")
    assert titles(today) == ["first of the day"]  # one a day: the first write's state


def test_every_kept_backup_can_be_restored(cli: Cli) -> None:
    """Written, backed up day by day, changed, then each backup the rotation keeps restored
    and read back."""
    start = date.today() - timedelta(days=40)
    expected: dict[str, list[str]] = {}
    for offset in range(0, 40, 3):
        day = start + timedelta(days=offset)
        cli.ok("add", f"written on {day}")
        take_daily_backup(cli.data_dir, day)
        expected[f"quadrant-{day.isoformat()}.sqlite3"] = [t["title"] for t in cli.tasks()]
    cli.ok("add", "after the last backup")
    backups = list_backups(cli.data_dir)
    assert {b.path for b in backups} == kept(backups)
    assert len(backups) > 5
    for backup in backups:
        if backup.name not in expected:  # today's, taken by the commands themselves
            continue
        before = [t["title"] for t in cli.tasks()]
        out = cli.ok("backup", "restore", backup.day.isoformat())
        assert out.startswith(f"Restored {backup.name}; the file it replaced is kept at ")
        aside = Path(out.split(" kept at ")[1].strip().rstrip("."))
        assert aside.name.startswith(f"{DB_FILENAME}.before-restore-")
        assert titles(aside) == before
        assert [t["title"] for t in cli.tasks()] == expected[backup.name]
        aside.unlink()


def test_backup_list_shows_days_and_open_tasks(cli: Cli) -> None:
    cli.ok("add", "one")
    cli.ok("add", "two")
    shutil.copyfile(
        backup_folder(cli.data_dir) / f"quadrant-{date.today().isoformat()}.sqlite3",
        backup_folder(cli.data_dir) / "quadrant-2026-01-05.sqlite3",
    )
    (backup_folder(cli.data_dir) / "quadrant-2026-01-04.sqlite3").write_bytes(b"x" * 4096)
    listed = json.loads(cli.ok("backup", "list", "--json"))
    assert [row["day"] for row in listed] == [date.today().isoformat(), "2026-01-05", "2026-01-04"]
    assert [row["open_tasks"] for row in listed] == [1, 1, None]
    assert listed[2]["problem"].startswith("the backup quadrant-2026-01-04.sqlite3 is damaged")
    text = cli.ok("backup", "list")
    assert "2026-01-05  quadrant-2026-01-05.sqlite3  1 open tasks" in text


def test_a_damaged_backup_is_refused_and_nothing_changes(cli: Cli) -> None:
    cli.ok("add", "keep me")
    today = backup_folder(cli.data_dir) / f"quadrant-{date.today().isoformat()}.sqlite3"
    whole = today.read_bytes()
    damaged = backup_folder(cli.data_dir) / "quadrant-2026-01-04.sqlite3"
    damaged.write_bytes(whole[:100] + b"\xff" * (len(whole) - 100))  # the header alone is whole
    before = cli.db_file.read_bytes()
    result = cli("backup", "restore", "2026-01-04")
    assert result.code == 1
    assert result.err.startswith("quadrant: the backup quadrant-2026-01-04.sqlite3 is damaged")
    assert result.err.count("\n") == 1
    assert cli.db_file.read_bytes() == before
    assert not list(cli.data_dir.glob("*.before-restore-*"))


def test_another_programs_file_is_refused(cli: Cli) -> None:
    cli.ok("add", "keep me")
    foreign = backup_folder(cli.data_dir) / "quadrant-2026-01-04.sqlite3"
    with closing(sqlite3.connect(foreign)) as connection:
        connection.execute("PRAGMA application_id = 1234")
        connection.execute("CREATE TABLE notes (body TEXT)")
    result = cli("backup", "restore", "quadrant-2026-01-04.sqlite3")
    assert result.code == 1
    assert "belongs to another program" in result.err
    assert [t["title"] for t in cli.tasks()] == ["keep me"]


def test_an_unknown_backup_is_a_typing_mistake(cli: Cli) -> None:
    cli.ok("add", "keep me")
    result = cli("backup", "restore", "yesterday")
    assert result.code == 2
    assert "there is no backup called “yesterday”" in result.err


def test_a_backup_from_an_older_version_is_upgraded(cli: Cli, tmp_path: Path) -> None:
    cli.ok("add", "today's")
    old = backup_folder(cli.data_dir) / "quadrant-2025-06-02.sqlite3"
    command.upgrade(alembic_config(old), "0001")
    with closing(sqlite3.connect(old)) as connection, connection:
        connection.execute(
            "INSERT INTO task (uid, title, notes, quadrant, position, status, tags, created_at,"
            " updated_at) VALUES ('u1', 'from last summer', '', 'do', 1, 'open', '[]',"
            " '2025-06-02 09:00:00', '2025-06-02 09:00:00')"
        )
    cli.ok("backup", "restore", "2025-06-02")
    assert [(t["title"], t["quadrant"]) for t in cli.tasks()] == [("from last summer", "do")]


def test_restore_reaches_a_reader_that_has_the_file_open(cli: Cli) -> None:
    """The backup API writes into the live file in place: a connection that stays open (the
    window's) reads the restored tasks, and the file stays in WAL mode."""
    cli.ok("add", "backed up")
    cli.ok("add", "added later")
    with closing(sqlite3.connect(cli.db_file)) as reader:
        assert len(reader.execute("SELECT * FROM task").fetchall()) == 2
        cli.ok("backup", "restore", date.today().isoformat())
        assert [r[0] for r in reader.execute("SELECT title FROM task")] == ["backed up"]
        assert reader.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
