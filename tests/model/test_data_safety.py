"""Data safety: another program's file is never touched, an upgrade is all-or-nothing and keeps
its first backup, and every storage failure ends in one plain sentence with nothing half-written.

Real files, real processes: an upgrade is killed with SIGKILL, a full disk is a small tmpfs.
"""

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command

from app.model.backups import write_copy
from app.model.database import DB_FILENAME, SCHEMA_HEAD, open_database, read_schema_version
from app.model.errors import ForeignDatabase, NewerDatabase, StorageBusy, StorageError
from app.model.migration import alembic_config, script_head
from app.model.ownership import APPLICATION_ID, REVISIONS_BEFORE_THE_ID, header_application_id

ROOT = Path(__file__).resolve().parents[2]
BEFORE = f"{DB_FILENAME}.before-{SCHEMA_HEAD}"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def sql(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        for statement in statements:
            connection.execute(statement)


def titles(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return [row[0] for row in connection.execute("SELECT title FROM task ORDER BY id")]


def journal_is_wal(path: Path) -> bool:
    return path.read_bytes()[18:20] == b"\x02\x02"


@pytest.fixture
def first_release(data_dir: Path) -> Path:
    """A data file of ours as the first schema left it: no application id, two tasks."""
    path = data_dir / DB_FILENAME
    command.upgrade(alembic_config(path), "0001")
    row = (
        "INSERT INTO task (uid, title, notes, quadrant, position, status, tags, created_at,"
        " updated_at) VALUES ('{0}', '{0}', '', 'do', 1, 'open', '[]', '2026-03-02 09:00:00',"
        " '2026-03-02 09:00:00')"
    )
    sql(path, "PRAGMA application_id = 0", row.format("one"), row.format("two"))
    sql(path, "PRAGMA wal_checkpoint(TRUNCATE)")
    assert header_application_id(path) == 0
    return path


def test_files_without_the_id_come_from_the_first_migrations() -> None:
    scripts = alembic_config(Path("unused"))
    from alembic.script import ScriptDirectory

    revisions = [s.revision for s in ScriptDirectory.from_config(scripts).walk_revisions()]
    oldest_first = list(reversed(revisions))
    assert oldest_first[: len(REVISIONS_BEFORE_THE_ID)] == list(REVISIONS_BEFORE_THE_ID)
    assert oldest_first[-1] == SCHEMA_HEAD == script_head()


# -- 1. another program's file --------------------------------------------------------------


def other_alembic_app(path: Path, revision: str) -> None:
    sql(
        path,
        "CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL)",
        "INSERT INTO invoice (total) VALUES (12.5)",
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
        f"INSERT INTO alembic_version VALUES ('{revision}')",
    )


@pytest.mark.parametrize("revision", ["0001", "0002", "0003", "ae1027a6acf"])
def test_another_alembic_programs_file_is_never_touched(data_dir: Path, revision: str) -> None:
    path = data_dir / DB_FILENAME
    other_alembic_app(path, revision)
    content, files = digest(path), listing(data_dir)
    with pytest.raises(ForeignDatabase) as caught:
        open_database(data_dir)
    assert not isinstance(caught.value, NewerDatabase)
    assert str(caught.value) == (
        f"{path} belongs to another program, not Quadrant; it was left unchanged. "
        "Move it elsewhere or choose another data folder."
    )
    assert (digest(path), listing(data_dir)) == (content, files)
    assert not journal_is_wal(path)


def test_file_with_another_application_id_is_never_touched(data_dir: Path) -> None:
    path = open_database(data_dir).path
    sql(path, "PRAGMA application_id = 1234", "PRAGMA wal_checkpoint(TRUNCATE)")
    content = digest(path)
    with pytest.raises(ForeignDatabase):
        open_database(data_dir)
    assert digest(path) == content


def test_new_files_are_marked_as_ours(data_dir: Path) -> None:
    assert header_application_id(open_database(data_dir).path) == APPLICATION_ID


def test_our_file_from_before_the_id_is_recognised_and_stamped(
    data_dir: Path, first_release: Path
) -> None:
    open_database(data_dir)
    assert header_application_id(first_release) == APPLICATION_ID
    assert titles(first_release) == ["one", "two"]


def test_our_file_from_before_the_id_is_stamped_and_upgraded(data_dir: Path) -> None:
    path = data_dir / DB_FILENAME
    command.upgrade(alembic_config(path), REVISIONS_BEFORE_THE_ID[-1])
    sql(path, "PRAGMA application_id = 0")  # as the release before the id left it
    assert header_application_id(path) == 0
    open_database(data_dir)
    assert header_application_id(path) == APPLICATION_ID
    assert read_schema_version(path) == SCHEMA_HEAD


def test_a_current_file_without_the_id_is_not_ours(data_dir: Path) -> None:
    # Every upgrade since the id exists stamps it: a current schema without it was made by
    # another program copying ours, and is left alone.
    path = open_database(data_dir).path
    sql(path, "PRAGMA application_id = 0")
    with pytest.raises(ForeignDatabase):
        open_database(data_dir)
    assert header_application_id(path) == 0


# -- 2. an upgrade is all-or-nothing and keeps the first backup -------------------------------

KILL_AFTER_0002 = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from sqlalchemy import event
    from sqlalchemy.engine import Engine
    from app.model.database import open_database

    def pause(conn, cursor, statement, *rest):
        if "CREATE TABLE time_block" in statement:  # 0003's first step: 0002 is done
            Path(sys.argv[2]).touch()
            time.sleep(60)

    event.listen(Engine, "before_cursor_execute", pause)
    open_database(Path(sys.argv[1]))
    """
)


def test_upgrade_killed_half_way_leaves_the_file_as_it_was(
    data_dir: Path, first_release: Path, tmp_path: Path
) -> None:
    signal_file = tmp_path / "in-0003"
    child = subprocess.Popen(
        [sys.executable, "-c", KILL_AFTER_0002, str(data_dir), str(signal_file)], cwd=ROOT
    )
    try:
        deadline = time.monotonic() + 30
        while not signal_file.exists():
            assert child.poll() is None
            assert time.monotonic() < deadline
            time.sleep(0.02)
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait()
    assert read_schema_version(first_release) == "0001"
    assert titles(first_release) == ["one", "two"]
    backup = data_dir / BEFORE
    assert read_schema_version(backup) == "0001"
    kept = digest(backup)

    open_database(data_dir)  # the next start

    assert read_schema_version(first_release) == SCHEMA_HEAD
    assert titles(first_release) == ["one", "two"]
    assert digest(backup) == kept


def test_first_backup_survives_a_file_left_half_upgraded(
    data_dir: Path, first_release: Path
) -> None:
    # What an older Quadrant left: the 0001 copy, and the file stopped at 0002.
    write_copy(first_release, data_dir / BEFORE)
    command.upgrade(alembic_config(first_release), "0002")
    kept = digest(data_dir / BEFORE)

    open_database(data_dir)

    assert digest(data_dir / BEFORE) == kept
    assert read_schema_version(data_dir / BEFORE) == "0001"
    [newer] = [name for name in listing(data_dir) if name.startswith(BEFORE + "-")]
    assert read_schema_version(data_dir / newer) == "0002"


def test_failed_upgrade_names_the_backup_and_changes_nothing(
    data_dir: Path, first_release: Path
) -> None:
    # A name 0003 will want: its step fails after 0002's have run.
    sql(first_release, "CREATE INDEX ix_block_start ON alembic_version (version_num)")
    with pytest.raises(StorageError) as caught:
        open_database(data_dir)
    assert str(caught.value) == (
        f"Quadrant could not upgrade the data file {first_release} (index ix_block_start "
        f"already exists); the file was not changed; a copy from before the upgrade is kept at "
        f"{data_dir / BEFORE}"
    )
    assert read_schema_version(first_release) == "0001"
    assert titles(first_release) == ["one", "two"]
    assert read_schema_version(data_dir / BEFORE) == "0001"


# -- 10. every failure is one sentence, with no empty file left --------------------------------


def test_upgrade_while_another_program_holds_the_write_lock(
    data_dir: Path, first_release: Path
) -> None:
    holder = sqlite3.connect(first_release, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageBusy, match="locked by another program"):
            open_database(data_dir, busy_timeout=0.2)
    finally:
        holder.close()
    assert read_schema_version(first_release) == "0001"
    open_database(data_dir)
    assert read_schema_version(first_release) == SCHEMA_HEAD


def test_emptied_version_table(data_dir: Path) -> None:
    path = open_database(data_dir).path
    sql(path, "DELETE FROM alembic_version", "PRAGMA wal_checkpoint(TRUNCATE)")
    content = digest(path)
    with pytest.raises(StorageError) as caught:
        open_database(data_dir)
    assert str(caught.value) == (
        f"the data file {path} no longer records its schema version (its alembic_version "
        "table is empty), so Quadrant cannot tell how to read it; the file was left unchanged"
    )
    assert digest(path) == content


def test_data_folder_path_too_long_for_sqlite(tmp_path: Path) -> None:
    data_dir = tmp_path
    while len(str(data_dir)) < 540:
        data_dir = data_dir / ("d" * 100)
    with pytest.raises(StorageError, match=r"^the data folder's path is too long \(\d+ char"):
        open_database(data_dir)
    assert not data_dir.exists()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB tmpfs, mounted for the test (root only)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small filesystem needs root")
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)])
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "--lazy", str(mount)], check=True)


def fill(folder: Path) -> None:
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)


def test_first_run_on_a_full_disk(small_disk: Path) -> None:
    data_dir = small_disk / "data"
    data_dir.mkdir()
    fill(small_disk)
    with pytest.raises(StorageError, match="the disk is full"):
        open_database(data_dir)
    assert listing(data_dir) == []


def test_upgrade_on_a_full_disk(small_disk: Path, first_release: Path) -> None:
    data_dir = small_disk / "data"
    data_dir.mkdir()
    path = data_dir / DB_FILENAME
    path.write_bytes(first_release.read_bytes())
    fill(small_disk)
    with pytest.raises(StorageError) as caught:
        open_database(data_dir)
    assert str(caught.value) == (
        f"cannot open the data file {path}: the disk is full; nothing was changed"
    )
    # No copy or temporary file; SQLite's own -wal and -shm go at its next clean close.
    assert set(listing(data_dir)) <= {DB_FILENAME, f"{DB_FILENAME}-wal", f"{DB_FILENAME}-shm"}
    (small_disk / "filler").unlink()
    assert read_schema_version(path) == "0001"
    open_database(data_dir)
    assert titles(path) == ["one", "two"]
    assert [name for name in listing(data_dir) if not name.endswith(("-wal", "-shm"))] == [
        DB_FILENAME,
        BEFORE,
    ]
