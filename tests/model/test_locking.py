"""Another program holding the data file locked: writes give up with a clear message, intact."""

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.model.change import Change
from app.model.database import open_database
from app.model.errors import StorageBusy
from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.task import TaskDraft, TaskEdit

BUSY_MESSAGE = (
    "the data file is locked by another program; nothing was changed — try again in a moment"
)


@pytest.fixture
def quick(db_path: Path) -> Iterator[Services]:
    service = Services.open(db_path, busy_timeout=0.2)
    service.tasks.add([TaskDraft("a"), TaskDraft("b"), TaskDraft("c", Quadrant.DO)])
    yield service
    service.close()


@pytest.fixture
def lock(db_path: Path) -> Iterator[Callable[[], sqlite3.Connection]]:
    """lock() makes another connection take the data file with BEGIN EXCLUSIVE."""
    other = sqlite3.connect(db_path, isolation_level=None)

    def take() -> sqlite3.Connection:
        other.execute("BEGIN EXCLUSIVE")
        return other

    yield take
    if other.in_transaction:
        other.rollback()
    other.close()


def operations(service: Services) -> dict[str, Callable[[], Change]]:
    a, b, c = (task.id for task in service.tasks.lanes())
    added = Change(before={a: None}, after=service.tasks.get([a]))
    return {
        "add": lambda: service.tasks.add([TaskDraft("new")]),
        "move": lambda: service.tasks.move([a], Quadrant.DEFER),
        "reorder": lambda: service.tasks.move([b], Quadrant.INBOX, before_id=a),
        "done": lambda: service.tasks.set_done([a], True),
        "delete": lambda: service.tasks.delete([b]),
        "edit": lambda: service.tasks.edit(c, TaskEdit(title="renamed")),
        "undo": lambda: service.undo.undo(added).change,
    }


@pytest.mark.parametrize("name", ["add", "move", "reorder", "done", "delete", "edit", "undo"])
def test_write_to_a_locked_file_is_refused_and_changes_nothing(
    quick: Services, lock: Callable[[], sqlite3.Connection], name: str
) -> None:
    everything = quick.tasks.lanes(include_done=True)
    operation = operations(quick)[name]
    other = lock()
    with pytest.raises(StorageBusy) as caught:
        operation()
    assert str(caught.value) == BUSY_MESSAGE
    other.rollback()
    assert quick.tasks.lanes(include_done=True) == everything
    assert not operation().is_empty  # and works once the other program lets go


def test_reading_does_not_wait_for_the_lock(
    quick: Services, lock: Callable[[], sqlite3.Connection]
) -> None:
    lock()
    assert [t.title for t in quick.tasks.lanes()] == ["a", "b", "c"]
    assert quick.tasks.delegates() == []


def test_start_up_opens_a_locked_current_file(
    data_dir: Path, quick: Services, lock: Callable[[], sqlite3.Connection]
) -> None:
    lock()
    opened = open_database(data_dir, busy_timeout=0.2)
    assert opened.notice is None
