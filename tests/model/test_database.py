"""open_database: a usable, current data file whatever was found, or a clear refusal."""

import hashlib
import os
import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app.model.database import (
    DB_FILENAME,
    SCHEMA_HEAD,
    default_data_dir,
    find_damage,
    open_database,
    read_schema_version,
    resolve_data_dir,
)
from app.model.errors import NewerDatabase, StorageError
from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.task import TaskDraft

DAMAGED = re.compile(re.escape(DB_FILENAME) + r"\.damaged-\d{8}-\d{6}(-\d+)?")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tables(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    finally:
        connection.close()


def write_tasks(path: Path, *titles: str) -> None:
    service = Services.open(path)
    try:
        service.tasks.add([TaskDraft(title, Quadrant.DO) for title in titles])
    finally:
        service.close()


def read_titles(path: Path) -> list[str]:
    service = Services.open(path)
    try:
        return [task.title for task in service.tasks.lanes(include_done=True)]
    finally:
        service.close()


def damaged_files(data_dir: Path) -> list[Path]:
    return sorted(p for p in data_dir.iterdir() if DAMAGED.fullmatch(p.name))


# -- new and current files --------------------------------------------------------------------


def test_new_folder_gets_a_current_schema(tmp_path: Path) -> None:
    data_dir = tmp_path / "not" / "there" / "yet"
    opened = open_database(data_dir)
    assert opened.path == data_dir / DB_FILENAME
    assert (opened.moved_aside, opened.notice) == (None, None)
    assert read_schema_version(opened.path) == SCHEMA_HEAD
    assert {"task", "alembic_version"} <= tables(opened.path)
    assert read_titles(opened.path) == []


def test_opening_twice_changes_nothing(data_dir: Path) -> None:
    path = open_database(data_dir).path
    write_tasks(path, "keep me")
    files, content = sorted(os.listdir(data_dir)), digest(path)
    again = open_database(data_dir)
    assert (again.path, again.moved_aside) == (path, None)
    assert sorted(os.listdir(data_dir)) == files
    assert digest(path) == content
    assert read_titles(path) == ["keep me"]


def test_empty_file_is_kept_aside_and_a_new_list_begins(data_dir: Path) -> None:
    (data_dir / DB_FILENAME).touch()
    opened = open_database(data_dir)
    [moved] = damaged_files(data_dir)
    assert opened.moved_aside == moved
    assert moved.stat().st_size == 0
    assert opened.offered_backup is None
    assert opened.notice == (
        f"The data file {opened.path} was empty (0 bytes); it was moved to {moved} and "
        "Quadrant started a new, empty task list."
    )
    assert read_schema_version(opened.path) == SCHEMA_HEAD
    write_tasks(opened.path, "works")
    assert read_titles(opened.path) == ["works"]


@pytest.mark.parametrize("name", ["100% sure", "what? #1", "spaced  out", "ünï"])
def test_folder_names_are_not_read_as_syntax(tmp_path: Path, name: str) -> None:
    data_dir = tmp_path / name
    path = open_database(data_dir).path
    write_tasks(path, "here")
    assert read_titles(data_dir / DB_FILENAME) == ["here"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no stray file beside it


def test_folder_that_cannot_be_made(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("in the way")
    with pytest.raises(StorageError, match=r"^cannot create the data folder .*file/data: "):
        open_database(tmp_path / "file" / "data")


def test_folder_in_place_of_the_file(data_dir: Path) -> None:
    (data_dir / DB_FILENAME).mkdir()
    with pytest.raises(StorageError) as caught:
        open_database(data_dir)
    assert str(caught.value) == (
        f"cannot read the data file {data_dir / DB_FILENAME}: Is a directory"
    )


# -- damaged files ----------------------------------------------------------------------------


def assert_moved_aside_and_fresh(data_dir: Path, original: bytes) -> None:
    opened = open_database(data_dir)
    [moved] = damaged_files(data_dir)
    assert opened.moved_aside == moved
    assert moved.read_bytes() == original
    assert opened.notice == (
        f"The data file could not be read and was moved to {moved}. "
        "Quadrant started a new, empty task list; the old file is kept for recovery."
    )
    assert read_schema_version(opened.path) == SCHEMA_HEAD
    write_tasks(opened.path, "fresh start")
    assert read_titles(opened.path) == ["fresh start"]
    assert open_database(data_dir).notice is None  # told once


@pytest.mark.parametrize(
    "content",
    [
        os.urandom(8192),
        b"my shopping list\nmilk\n",
        b"SQLite format 3\x00" + b"\x00" * 84,  # a header and nothing else
    ],
    ids=["random bytes", "text", "bare header"],
)
def test_not_a_database_is_moved_aside(data_dir: Path, content: bytes) -> None:
    (data_dir / DB_FILENAME).write_bytes(content)
    assert_moved_aside_and_fresh(data_dir, content)


@pytest.fixture
def full_database(data_dir: Path) -> bytes:
    """The bytes of a checkpointed data file holding a few hundred tasks."""
    path = open_database(data_dir).path
    write_tasks(path, *(f"task {n} " + "x" * 200 for n in range(300)))
    content = path.read_bytes()
    assert not (data_dir / f"{DB_FILENAME}-wal").exists()
    assert len(content) > 100_000
    return content


@pytest.mark.parametrize("keep", [100, 4096, 0.5, 0.97])
def test_truncated_database_is_moved_aside(
    data_dir: Path, full_database: bytes, keep: float
) -> None:
    cut = full_database[: int(keep * len(full_database)) if keep < 1 else int(keep)]
    (data_dir / DB_FILENAME).write_bytes(cut)
    assert_moved_aside_and_fresh(data_dir, cut)


def leaf_pages(content: bytes, tmp_path: Path, name: str) -> list[int]:
    """The numbers of the leaf pages that hold the table or index `name` (from SQLite's dbstat)."""
    copy = tmp_path / "inspect.sqlite3"
    copy.write_bytes(content)
    with closing(sqlite3.connect(copy)) as connection:
        query = "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno"
        return [row[0] for row in connection.execute(query, (name,))]


def overwrite_page(content: bytes, number: int) -> bytes:
    damaged = bytearray(content)
    start = (number - 1) * 4096
    damaged[start + 8 : start + 4096] = b"\xff" * (4096 - 8)
    return bytes(damaged)


def test_broken_index_page_keeps_every_task(
    data_dir: Path, full_database: bytes, tmp_path: Path
) -> None:
    damaged = overwrite_page(full_database, leaf_pages(full_database, tmp_path, "ix_task_order")[0])
    (data_dir / DB_FILENAME).write_bytes(damaged)
    opened = open_database(data_dir)
    [moved] = damaged_files(data_dir)
    assert moved.read_bytes() == damaged
    assert len(read_titles(opened.path)) == 300
    assert opened.notice == (
        f"The data file {opened.path} was damaged. Quadrant recovered 300 tasks and 0 blocks "
        f"from it into a new file; the damaged file is kept at {moved}."
    )
    assert find_damage(opened.path) is None
    assert open_database(data_dir).notice is None


def test_damaged_table_page_keeps_every_other_row(
    data_dir: Path, full_database: bytes, tmp_path: Path
) -> None:
    pages = leaf_pages(full_database, tmp_path, "task")
    damaged = overwrite_page(full_database, pages[len(pages) // 2])
    (data_dir / DB_FILENAME).write_bytes(damaged)
    opened = open_database(data_dir)
    [moved] = damaged_files(data_dir)
    assert moved.read_bytes() == damaged
    titles = read_titles(opened.path)
    assert 280 <= len(titles) < 300  # a 4 KiB page holds a dozen of these tasks
    assert {"task 0", "task 299"} <= {title.split(" x")[0] for title in titles}
    assert opened.notice == (
        f"The data file {opened.path} was damaged. Quadrant recovered {len(titles)} tasks and "
        f"0 blocks from it into a new file; the damaged file is kept at {moved}."
    )
    assert find_damage(opened.path) is None
    service = Services.open(opened.path)
    try:  # ids of lost tasks are not handed out again
        [new_id] = service.tasks.add([TaskDraft("after recovery")]).after
        assert new_id == 301
    finally:
        service.close()


def test_damaged_twice_keeps_both_copies(data_dir: Path) -> None:
    (data_dir / DB_FILENAME).write_bytes(b"first")
    first = open_database(data_dir).moved_aside
    (data_dir / DB_FILENAME).write_bytes(b"second")
    second = open_database(data_dir).moved_aside
    assert first is not None
    assert second is not None
    assert first != second
    assert (first.read_bytes(), second.read_bytes()) == (b"first", b"second")
    assert damaged_files(data_dir) == sorted([first, second])


# -- files that must not be touched ---------------------------------------------------------


def test_newer_database_is_refused_untouched(data_dir: Path) -> None:
    path = open_database(data_dir).path
    write_tasks(path, "from the future")
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    content, files = digest(path), sorted(os.listdir(data_dir))
    with pytest.raises(NewerDatabase) as caught:
        open_database(data_dir)
    assert str(caught.value) == (
        f"{path} was written by a newer version of Quadrant (schema 9999); "
        "update Quadrant to open it — the file was not changed"
    )
    assert digest(path) == content
    assert sorted(os.listdir(data_dir)) == files


@pytest.mark.parametrize("revision", ["0", "000", "0001x", ""])
def test_revision_that_only_looks_like_ours_is_refused(data_dir: Path, revision: str) -> None:
    path = open_database(data_dir).path
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.close()
    content = digest(path)
    with pytest.raises(NewerDatabase):
        open_database(data_dir)
    assert digest(path) == content


def test_another_programs_database_is_left_alone(data_dir: Path) -> None:
    path = data_dir / DB_FILENAME
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        connection.execute("INSERT INTO invoices (total) VALUES (12.5)")
    connection.close()
    content = digest(path)
    with pytest.raises(StorageError) as caught:
        open_database(data_dir)
    assert not isinstance(caught.value, NewerDatabase)
    assert str(caught.value) == (
        f"{path} belongs to another program, not Quadrant; it was left unchanged. "
        "Move it elsewhere or choose another data folder."
    )
    assert digest(path) == content
    assert sorted(os.listdir(data_dir)) == [DB_FILENAME]


# -- where the data lives ---------------------------------------------------------------------


def test_data_dir_given_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUADRANT_DATA_DIR", str(tmp_path / "from-env"))
    assert resolve_data_dir(tmp_path / "given") == tmp_path / "given"


def test_data_dir_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUADRANT_DATA_DIR", str(tmp_path / "from-env"))
    assert resolve_data_dir(None) == tmp_path / "from-env"


def test_data_dir_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QUADRANT_DATA_DIR", raising=False)
    assert resolve_data_dir(None) == default_data_dir()
    assert default_data_dir().name == "Quadrant"


def test_relative_data_dir_is_made_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert resolve_data_dir("rel/dir") == tmp_path / "rel" / "dir"
