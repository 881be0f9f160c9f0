"""Fixtures for the model tests: a fresh data folder and database per test, a clock that ticks."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.model.change import Change
from app.model.database import open_database
from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.task import Task, TaskDraft

from ..other_program import OtherProgram
from .clock import TickingClock


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, empty data folder (as tests/conftest.py gives; here so the model tests stand
    alone)."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def db_path(data_dir: Path) -> Path:
    return open_database(data_dir).path


@pytest.fixture
def clock() -> TickingClock:
    return TickingClock()


@pytest.fixture
def service(db_path: Path, clock: TickingClock) -> Iterator[Services]:
    service = Services.open(db_path, clock=clock)
    yield service
    service.close()


@pytest.fixture
def other(db_path: Path) -> Iterator[OtherProgram]:
    """Another program writing to the same data file."""
    program = OtherProgram(db_path)
    yield program
    program.close()


@pytest.fixture
def add(service: Services) -> Callable[..., list[int]]:
    """add("a", "b", quadrant=Quadrant.DO) creates tasks and returns their ids."""

    def add_tasks(*titles: str, quadrant: Quadrant = Quadrant.INBOX) -> list[int]:
        change = service.tasks.add([TaskDraft(title, quadrant) for title in titles])
        return list(change.after)

    return add_tasks


@pytest.fixture
def titles(service: Services) -> Callable[[Quadrant], list[str]]:
    """The titles of a lane as the user sees it (open tasks, in order)."""

    def lane_titles(quadrant: Quadrant) -> list[str]:
        return [task.title for task in service.tasks.lanes(quadrant=quadrant)]

    return lane_titles


@pytest.fixture
def undoable(service: Services) -> Callable[[Callable[[], Change]], Change]:
    """Run an operation and check the change it reports is exact.

    Every task the operation changed is in the change with its old and new state; writing back
    `before` restores the whole database (done tasks too) and writing `after` redoes it.
    """

    def run(operation: Callable[[], Change]) -> Change:
        old = _everything(service)
        change = operation()
        new = _everything(service)
        changed = {i for i in old.keys() | new.keys() if old.get(i) != new.get(i)}
        assert changed <= change.before.keys()
        assert changed <= change.after.keys()
        assert {i: change.before[i] for i in changed} == {i: old.get(i) for i in changed}
        assert {i: change.after[i] for i in changed} == {i: new.get(i) for i in changed}

        assert service.undo.undo(change).kept == ()
        assert _everything(service) == old
        assert service.tasks.lanes(include_done=True) == list(old.values())
        assert service.undo.redo(change).kept == ()
        assert _everything(service) == new
        assert service.tasks.lanes(include_done=True) == list(new.values())
        return change

    return run


def _everything(service: Services) -> dict[int, Task]:
    return {task.id: task for task in service.tasks.lanes(include_done=True)}
