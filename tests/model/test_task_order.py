"""Services.move: sending tasks to another lane and reordering within one, undoably."""

import itertools
from collections.abc import Callable
from functools import partial

import pytest

from app.model.change import Change
from app.model.quadrant import Quadrant, Status
from app.model.schema import TASKS
from app.model.services import Services

from ..other_program import OtherProgram

Add = Callable[..., list[int]]
Titles = Callable[[Quadrant], list[str]]
Undoable = Callable[[Callable[[], Change]], Change]


@pytest.mark.parametrize(
    ("source", "target"), [pair for pair in itertools.permutations(Quadrant, 2)]
)
def test_move_between_lanes(
    service: Services,
    add: Add,
    titles: Titles,
    undoable: Undoable,
    source: Quadrant,
    target: Quadrant,
) -> None:
    _a, b, _c = add("a", "b", "c", quadrant=source)
    add("x", "y", quadrant=target)
    change = undoable(lambda: service.tasks.move([b], target))
    assert titles(source) == ["a", "c"]
    assert titles(target) == ["x", "y", "b"]
    moved = change.after[b]
    assert moved is not None
    assert (moved.quadrant, moved.status) == (target, Status.OPEN)


def test_move_into_an_empty_lane(service: Services, add: Add, titles: Titles) -> None:
    a, b = add("a", "b")
    service.tasks.move([b, a], Quadrant.DEFER)
    assert titles(Quadrant.DEFER) == ["b", "a"]
    assert titles(Quadrant.INBOX) == []


def test_move_before_a_task_of_another_lane(
    service: Services, add: Add, titles: Titles, undoable: Undoable
) -> None:
    x, y, _z = add("x", "y", "z", quadrant=Quadrant.DO)
    [a] = add("a")
    undoable(lambda: service.tasks.move([a], Quadrant.DO, before_id=y))
    assert titles(Quadrant.DO) == ["x", "a", "y", "z"]
    [b] = add("b")
    undoable(lambda: service.tasks.move([b], Quadrant.DO, before_id=x))
    assert titles(Quadrant.DO) == ["b", "x", "a", "y", "z"]


# -- within a lane ----------------------------------------------------------------------------


@pytest.fixture
def lane(add: Add) -> dict[str, int]:
    """Inbox: a b c d e."""
    return dict(zip("abcde", add("a", "b", "c", "d", "e"), strict=True))


def inbox(titles: Titles) -> str:
    return "".join(titles(Quadrant.INBOX))


@pytest.mark.parametrize(
    ("moved", "before", "expected"),
    [
        ("d", "b", "adbce"),  # up
        ("b", "d", "acbde"),  # down
        ("e", "a", "eabcd"),  # to the start
        ("a", None, "bcdea"),  # to the end
        ("c", None, "abdec"),
        ("db", "b", "adbce"),  # before one of the moved: where that one is
        ("bd", "d", "acbde"),
        ("ce", "e", "abdce"),  # ... the last one: to the end
        ("ea", "c", "beacd"),  # several, in the order given
        ("eb", "a", "ebacd"),
        ("ac", None, "bdeac"),
    ],
)
def test_reorder(
    service: Services,
    lane: dict[str, int],
    titles: Titles,
    undoable: Undoable,
    moved: str,
    before: str | None,
    expected: str,
) -> None:
    before_id = lane[before] if before else None
    change = undoable(
        lambda: service.tasks.move([lane[m] for m in moved], Quadrant.INBOX, before_id)
    )
    assert inbox(titles) == expected
    assert not change.is_empty


@pytest.mark.parametrize(
    ("moved", "before"),
    [
        ("a", "b"),  # already right before b
        ("b", "b"),  # before itself
        ("e", None),  # already last
        ("de", None),
        ("bc", "d"),
        ("bc", "b"),
        ("abcde", None),
        ("abcde", "a"),
    ],
)
def test_move_that_changes_nothing_is_empty(
    service: Services, lane: dict[str, int], titles: Titles, moved: str, before: str | None
) -> None:
    everything = service.tasks.lanes(include_done=True)
    before_id = lane[before] if before else None
    change = service.tasks.move([lane[m] for m in moved], Quadrant.INBOX, before_id)
    assert change.is_empty
    assert change == Change()
    assert service.tasks.lanes(include_done=True) == everything  # not even `updated` moved


def test_move_of_unknown_tasks_is_empty(service: Services, lane: dict[str, int]) -> None:
    assert service.tasks.move([], Quadrant.DO).is_empty
    assert service.tasks.move([998, 999], Quadrant.DO).is_empty


def test_unknown_anchor_means_the_end(
    service: Services, lane: dict[str, int], titles: Titles
) -> None:
    service.tasks.move([lane["a"]], Quadrant.INBOX, before_id=999)
    assert inbox(titles) == "bcdea"


def test_repeated_ids_count_once(service: Services, lane: dict[str, int], titles: Titles) -> None:
    service.tasks.move([lane["b"], lane["a"], lane["b"]], Quadrant.INBOX)
    assert inbox(titles) == "cdeba"


def test_done_tasks_keep_their_place_among_moves(
    service: Services, lane: dict[str, int], titles: Titles, undoable: Undoable
) -> None:
    service.tasks.set_done([lane["b"]], True)
    undoable(lambda: service.tasks.move([lane["e"]], Quadrant.INBOX, before_id=lane["c"]))
    assert "".join(t.title for t in service.tasks.lanes(include_done=True)) == "abecd"
    assert inbox(titles) == "aecd"


def test_a_done_task_moves_and_stays_done(
    service: Services, lane: dict[str, int], undoable: Undoable
) -> None:
    service.tasks.set_done([lane["c"]], True)
    change = undoable(lambda: service.tasks.move([lane["c"]], Quadrant.ELIMINATE))
    moved = change.after[lane["c"]]
    assert moved is not None
    assert (moved.quadrant, moved.status) == (Quadrant.ELIMINATE, Status.DONE)


# -- running out of room ----------------------------------------------------------------------


def test_bisecting_one_gap_forty_times_keeps_the_order(
    service: Services, add: Add, titles: Titles, undoable: Undoable
) -> None:
    _first, last = add("first", "last", quadrant=Quadrant.DO)
    service.tasks.set_done([last], True)  # done tasks are renumbered too
    [_closing] = add("closing", quadrant=Quadrant.DO)
    expected = ["first"]
    touched = []
    for number in range(40):
        [task] = add(f"t{number}")
        change = undoable(partial(service.tasks.move, [task], Quadrant.DO, before_id=last))
        touched.append(len(change.after))
        expected.append(f"t{number}")
        assert titles(Quadrant.DO) == [*expected, "closing"]
    assert max(touched) > 1, "the gap never ran out: the test no longer tests renumbering"
    done = [t.title for t in service.tasks.lanes(include_done=True, quadrant=Quadrant.DO)]
    assert done == [*expected, "last", "closing"]


def test_bisecting_the_gap_after_the_first_task_forty_times(
    service: Services, add: Add, titles: Titles, undoable: Undoable
) -> None:
    add("first", "last", quadrant=Quadrant.DEFER)
    inserted: list[str] = []
    touched = []
    for number in range(40):
        [task] = add(f"t{number}")
        after_first = service.tasks.lanes(quadrant=Quadrant.DEFER)[1].id
        move = partial(service.tasks.move, [task], Quadrant.DEFER, before_id=after_first)
        change = undoable(move)
        touched.append(len(change.after))
        inserted.insert(0, f"t{number}")
        assert titles(Quadrant.DEFER) == ["first", *inserted, "last"]
    assert max(touched) > 1, "the gap never ran out: the test no longer tests renumbering"


def test_several_tasks_into_a_gap_too_small_for_them(
    service: Services, add: Add, titles: Titles, undoable: Undoable, other: OtherProgram
) -> None:
    a, b = add("a", "b", quadrant=Quadrant.DO)
    other.update(TASKS, a, position=10)
    other.update(TASKS, b, position=12)
    moving = add("x", "y", "z")
    change = undoable(lambda: service.tasks.move(moving, Quadrant.DO, before_id=b))
    assert titles(Quadrant.DO) == ["a", "x", "y", "z", "b"]
    assert {a, b} <= change.after.keys()  # renumbered, so undo puts them back too


def test_tasks_sharing_a_position_keep_lane_order(
    service: Services, add: Add, titles: Titles, undoable: Undoable, other: OtherProgram
) -> None:
    # Another program can write two tasks with the same position; ties are ordered by id.
    a, b, c = add("a", "b", "c", quadrant=Quadrant.DO)
    tasks = service.tasks.get([a, b, c])
    other.update(TASKS, b, position=tasks[c].position)
    assert titles(Quadrant.DO) == ["a", "b", "c"]
    [x] = add("x")
    undoable(lambda: service.tasks.move([x], Quadrant.DO, before_id=c))
    assert titles(Quadrant.DO) == ["a", "b", "x", "c"]
    undoable(lambda: service.tasks.move([c], Quadrant.DO, before_id=b))
    assert titles(Quadrant.DO) == ["a", "c", "b", "x"]
