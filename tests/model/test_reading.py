"""reading.read_lanes / read_tasks on a plain sqlite3 connection, as the start-up path uses them."""

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest

from app.model.database import connect
from app.model.errors import StorageError
from app.model.quadrant import Quadrant, Status
from app.model.reading import read_lanes, read_tasks
from app.model.schema import TASKS
from app.model.services import Services
from app.model.task import TaskDraft

from ..other_program import OtherProgram

Add = Callable[..., list[int]]


@pytest.fixture
def connection(db_path: Path) -> Iterator[sqlite3.Connection]:
    connection = connect(db_path)
    yield connection
    connection.close()


@pytest.fixture
def tasks(service: Services, add: Add, other: OtherProgram) -> dict[str, int]:
    """Lanes filled from the last to the first, so positions alone would interleave them."""
    ids: dict[str, int] = {}
    for quadrant in reversed(Quadrant):
        names = [f"{quadrant.value}-{n}" for n in (1, 2, 3)]
        ids |= dict(zip(names, add(*names, quadrant=quadrant), strict=True))
    service.tasks.set_done([ids["do-2"], ids["eliminate-1"]], True)
    other.update(TASKS, ids["defer-3"], status=Status.DROPPED)
    return ids


def titles(found: list) -> list[str]:
    return [task.title for task in found]


def test_open_tasks_in_lane_order(connection: sqlite3.Connection, tasks: dict[str, int]) -> None:
    assert titles(read_lanes(connection)) == [
        "inbox-1", "inbox-2", "inbox-3",
        "do-1", "do-3",
        "defer-1", "defer-2",
        "delegate-1", "delegate-2", "delegate-3",
        "eliminate-2", "eliminate-3",
    ]  # fmt: skip


def test_include_done(connection: sqlite3.Connection, tasks: dict[str, int]) -> None:
    found = read_lanes(connection, include_done=True)
    assert titles(found) == [
        "inbox-1", "inbox-2", "inbox-3",
        "do-1", "do-2", "do-3",
        "defer-1", "defer-2",  # dropped tasks are never listed
        "delegate-1", "delegate-2", "delegate-3",
        "eliminate-1", "eliminate-2", "eliminate-3",
    ]  # fmt: skip
    assert {t.title for t in found if t.status is Status.DONE} == {"do-2", "eliminate-1"}


@pytest.mark.parametrize(
    ("quadrant", "include_done", "expected"),
    [
        (Quadrant.INBOX, False, ["inbox-1", "inbox-2", "inbox-3"]),
        (Quadrant.DO, False, ["do-1", "do-3"]),
        (Quadrant.DO, True, ["do-1", "do-2", "do-3"]),
        (Quadrant.DEFER, True, ["defer-1", "defer-2"]),
        (Quadrant.ELIMINATE, False, ["eliminate-2", "eliminate-3"]),
    ],
)
def test_one_lane(
    connection: sqlite3.Connection,
    tasks: dict[str, int],
    quadrant: Quadrant,
    include_done: bool,
    expected: list[str],
) -> None:
    found = read_lanes(connection, include_done=include_done, quadrant=quadrant)
    assert titles(found) == expected
    assert {t.quadrant for t in found} == {quadrant}


def test_lanes_read_by_the_service_match(
    connection: sqlite3.Connection, service: Services, tasks: dict[str, int]
) -> None:
    assert read_lanes(connection, include_done=True) == service.tasks.lanes(include_done=True)
    assert read_lanes(connection, quadrant=Quadrant.DO) == service.tasks.lanes(quadrant=Quadrant.DO)


def test_empty_database(connection: sqlite3.Connection) -> None:
    assert read_lanes(connection, include_done=True) == []
    assert read_tasks(connection, [1, 2]) == {}


def test_read_many_tasks_by_id(connection: sqlite3.Connection, add: Add) -> None:
    ids = add(*(f"t{n}" for n in range(1200)))
    found = read_tasks(connection, [*ids, 999_999])
    assert found.keys() == set(ids)
    assert found[ids[1100]].title == "t1100"


def test_a_row_changed_by_hand_gives_a_clear_error(service: Services, data_dir: Path) -> None:
    service.tasks.add([TaskDraft("fine")])
    path = data_dir / "quadrant.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE task SET quadrant = 'someday'")
    connection.close()
    with closing(connect(path)) as connection, pytest.raises(StorageError, match="task #1"):
        read_tasks(connection, [1])
