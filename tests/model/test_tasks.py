"""Services: adding, finishing, deleting and editing tasks, each undoable exactly."""

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest

from app.model.change import Change
from app.model.errors import InvalidInput
from app.model.quadrant import Quadrant, Status
from app.model.services import Services
from app.model.task import TaskDraft, TaskEdit

from .clock import TickingClock

Add = Callable[..., list[int]]
Titles = Callable[[Quadrant], list[str]]
Undoable = Callable[[Callable[[], Change]], Change]


# -- add --------------------------------------------------------------------------------------


def test_add_stores_every_field(service: Services, clock: TickingClock) -> None:
    draft = TaskDraft(
        title="  Prepare   the 1:1 ",
        quadrant=Quadrant.DELEGATE,
        notes="agenda in the doc",
        due=date(2026, 3, 6),
        estimate=45,
        delegate="Ana",
        follow_up=date(2026, 3, 5),
        tags=("team", "café"),
    )
    change = service.tasks.add([draft])
    [task] = service.tasks.lanes()
    assert change.after == {task.id: task}
    assert change.before == {task.id: None}
    assert change.created() == [task]
    assert (task.title, task.quadrant, task.status) == (
        "Prepare the 1:1",
        Quadrant.DELEGATE,
        Status.OPEN,
    )
    assert (task.notes, task.due, task.estimate) == ("agenda in the doc", date(2026, 3, 6), 45)
    assert (task.delegate, task.follow_up, task.tags) == ("Ana", date(2026, 3, 5), ("team", "café"))
    assert task.created == task.updated == clock.now
    assert task.created.tzinfo is UTC
    assert task.completed is None


def test_new_tasks_go_to_the_end_of_their_lane_in_order(add: Add, titles: Titles) -> None:
    add("a", "b")
    add("x", quadrant=Quadrant.DO)
    add("c", "d")
    assert titles(Quadrant.INBOX) == ["a", "b", "c", "d"]
    assert titles(Quadrant.DO) == ["x"]


def test_new_task_goes_after_done_ones(service: Services, add: Add, titles: Titles) -> None:
    [first] = add("first")
    service.tasks.set_done([first], True)
    add("second")
    assert [t.title for t in service.tasks.lanes(include_done=True)] == ["first", "second"]


def test_uids_are_distinct_uuids(service: Services, add: Add) -> None:
    add(*(f"t{i}" for i in range(50)))
    uids = [task.uid for task in service.tasks.lanes()]
    assert len(set(uids)) == 50
    assert all(uuid.UUID(uid).version == 4 for uid in uids)


def test_add_refuses_an_empty_title_and_writes_nothing(service: Services) -> None:
    with pytest.raises(InvalidInput, match="a task needs a title"):
        service.tasks.add([TaskDraft("fine"), TaskDraft("   ")])
    assert service.tasks.lanes() == []


def test_add_refuses_a_zero_estimate_and_writes_nothing(service: Services) -> None:
    with pytest.raises(InvalidInput, match="estimate_positive"):
        service.tasks.add([TaskDraft("fine"), TaskDraft("zero", estimate=0)])
    assert service.tasks.lanes() == []


def test_add_is_undoable(service: Services, add: Add, undoable: Undoable) -> None:
    add("already there")
    undoable(lambda: service.tasks.add([TaskDraft("a"), TaskDraft("b", Quadrant.DO)]))


def test_ids_are_never_reused(service: Services, add: Add) -> None:
    # Undo writes a task back under its id; a newer task must not have taken it meanwhile.
    _first, second = add("a", "b")
    service.tasks.delete([second])
    [third] = add("c")
    assert third > second


def test_undone_add_then_another_add_keeps_redo_safe(service: Services) -> None:
    created = service.tasks.add([TaskDraft("mine")])
    service.undo.undo(created)
    other = service.tasks.add([TaskDraft("added by the CLI meanwhile")])
    service.undo.redo(created)
    assert sorted(t.title for t in service.tasks.lanes()) == ["added by the CLI meanwhile", "mine"]
    assert other.after.keys().isdisjoint(created.after.keys())


# -- done and open ----------------------------------------------------------------------------


def test_done_keeps_lane_and_place(service: Services, add: Add, clock: TickingClock) -> None:
    _a, b, _c = add("a", "b", "c", quadrant=Quadrant.DEFER)
    old = service.tasks.get([b])[b]
    change = service.tasks.set_done([b], True)
    done = change.after[b]
    assert done is not None
    assert (done.status, done.quadrant, done.position) == (
        Status.DONE,
        Quadrant.DEFER,
        old.position,
    )
    assert done.completed == done.updated == clock.now
    assert [t.title for t in service.tasks.lanes(quadrant=Quadrant.DEFER)] == ["a", "c"]
    assert [t.title for t in service.tasks.lanes(include_done=True)] == ["a", "b", "c"]


def test_reopen_clears_completed(service: Services, add: Add) -> None:
    a, _b = add("a", "b", quadrant=Quadrant.DO)
    position = service.tasks.get([a])[a].position
    service.tasks.set_done([a], True)
    change = service.tasks.set_done([a], False)
    reopened = change.after[a]
    assert reopened is not None
    assert (reopened.status, reopened.completed) == (Status.OPEN, None)
    assert (reopened.quadrant, reopened.position) == (Quadrant.DO, position)
    assert [t.title for t in service.tasks.lanes()] == ["a", "b"]


def test_done_twice_is_an_empty_change(service: Services, add: Add) -> None:
    [a] = add("a")
    service.tasks.set_done([a], True)
    assert service.tasks.set_done([a], True).is_empty
    assert service.tasks.set_done([a, 999], True).is_empty
    assert service.tasks.set_done([], True).is_empty


def test_done_and_reopen_are_undoable(service: Services, add: Add, undoable: Undoable) -> None:
    a, b, c = add("a", "b", "c")
    service.tasks.set_done([c], True)
    undoable(lambda: service.tasks.set_done([a, b, c], True))
    undoable(lambda: service.tasks.set_done([b, c], False))


# -- delete -----------------------------------------------------------------------------------


def test_delete(service: Services, add: Add, titles: Titles) -> None:
    a, b, c = add("a", "b", "c")
    change = service.tasks.delete([a, c, 999])
    assert titles(Quadrant.INBOX) == ["b"]
    assert set(change.before) == {a, c}
    assert change.after == {a: None, c: None}
    assert service.tasks.get([a, b, c]).keys() == {b}


def test_delete_nothing_is_an_empty_change(service: Services) -> None:
    assert service.tasks.delete([]).is_empty
    assert service.tasks.delete([42]).is_empty


def test_delete_is_undoable(service: Services, add: Add, undoable: Undoable) -> None:
    a, b, _c = add("a", "b", "c")
    service.tasks.set_done([b], True)
    change = undoable(lambda: service.tasks.delete([a, b]))
    service.undo.undo(change)
    [restored_b] = [t for t in service.tasks.lanes(include_done=True) if t.id == b]
    assert restored_b.status is Status.DONE


# -- edit -------------------------------------------------------------------------------------

FULL_EDIT = TaskEdit(
    title="Write the plan",
    notes="two pages",
    due=date(2026, 4, 1),
    estimate=90,
    delegate="Bo",
    follow_up=date(2026, 3, 20),
    tags=("planning",),
)


def test_edit_replaces_the_fields(service: Services, add: Add, clock: TickingClock) -> None:
    [a] = add("draft plan", quadrant=Quadrant.DEFER)
    before = service.tasks.get([a])[a]
    change = service.tasks.edit(a, FULL_EDIT)
    after = service.tasks.get([a])[a]
    assert change.before == {a: before}
    assert change.after == {a: after}
    assert (after.title, after.notes, after.due, after.estimate) == (
        "Write the plan",
        "two pages",
        date(2026, 4, 1),
        90,
    )
    assert (after.delegate, after.follow_up, after.tags) == ("Bo", date(2026, 3, 20), ("planning",))
    assert (after.quadrant, after.position, after.created) == (
        before.quadrant,
        before.position,
        before.created,
    )
    assert after.updated == clock.now > before.updated


def test_edit_can_clear_fields(service: Services, add: Add) -> None:
    [a] = add("a")
    service.tasks.edit(a, FULL_EDIT)
    service.tasks.edit(a, TaskEdit(title="a"))
    task = service.tasks.get([a])[a]
    assert (task.notes, task.due, task.estimate, task.delegate, task.follow_up, task.tags) == (
        "",
        None,
        None,
        None,
        None,
        (),
    )


def test_unchanged_edit_is_an_empty_change(service: Services, add: Add) -> None:
    [a] = add("a")
    service.tasks.edit(a, FULL_EDIT)
    before = service.tasks.get([a])[a]
    change = service.tasks.edit(a, FULL_EDIT)
    assert change.is_empty
    assert change == Change()
    assert service.tasks.get([a])[a] == before  # not even the updated time moved


def test_edit_title_is_checked(service: Services, add: Add) -> None:
    [a] = add("a")
    with pytest.raises(InvalidInput, match="a task needs a title"):
        service.tasks.edit(a, TaskEdit(title=" "))
    assert service.tasks.get([a])[a].title == "a"


def test_edit_of_a_deleted_task_says_so(service: Services, add: Add) -> None:
    [a] = add("a")
    service.tasks.delete([a])
    with pytest.raises(InvalidInput) as caught:
        service.tasks.edit(a, FULL_EDIT)
    assert str(caught.value) == f"task #{a} does not exist (it may have been deleted)"


def test_edit_is_undoable(service: Services, add: Add, undoable: Undoable) -> None:
    a, _ = add("a", "b")
    undoable(lambda: service.tasks.edit(a, FULL_EDIT))
    undoable(lambda: service.tasks.edit(a, TaskEdit(title="a again")))


# -- delegates --------------------------------------------------------------------------------


def test_delegates_most_recently_used_first(service: Services) -> None:
    service.tasks.add([TaskDraft("x", delegate="Ana")])
    service.tasks.add([TaskDraft("y", delegate="Bo"), TaskDraft("no one")])
    service.tasks.add([TaskDraft("z", delegate="Cy")])
    assert service.tasks.delegates() == ["Cy", "Bo", "Ana"]
    [x] = [t.id for t in service.tasks.lanes() if t.title == "x"]
    service.tasks.edit(x, TaskEdit(title="x", delegate="Ana", notes="touched"))
    assert service.tasks.delegates() == ["Ana", "Cy", "Bo"]


def test_delegates_are_listed_once(service: Services) -> None:
    service.tasks.add([TaskDraft("x", delegate="Ana"), TaskDraft("y", delegate="Ana")])
    assert service.tasks.delegates() == ["Ana"]


def test_no_delegates(service: Services, add: Add) -> None:
    add("a")
    assert service.tasks.delegates() == []


# -- undo -------------------------------------------------------------------------------------


def test_undo_of_a_delete_writes_tasks_back_exactly(service: Services, add: Add) -> None:
    a, b = add("a", "b")
    service.tasks.set_done([a], True)
    snapshot = service.tasks.get([a, b])
    deleted = service.tasks.delete([a, b])
    undone = service.undo.undo(deleted)
    assert service.tasks.get([a, b]) == snapshot  # same ids and uids
    assert undone.change.after == snapshot
    assert undone.change.before == {a: None, b: None}


def test_undo_keeps_instants_to_the_microsecond(
    service: Services, add: Add, clock: TickingClock
) -> None:
    [a] = add("a")
    clock.now = datetime(2026, 3, 2, 9, 0, 0, 123456, tzinfo=UTC)
    done = service.tasks.set_done([a], True)
    service.undo.undo(done)
    service.undo.redo(done)
    assert service.tasks.get([a])[a] == done.after[a]
    assert done.after[a].completed == datetime(2026, 3, 2, 9, 0, 1, 123456, tzinfo=UTC)


def test_undo_is_itself_undoable(service: Services, add: Add, undoable: Undoable) -> None:
    a, _ = add("a", "b")
    deleted = service.tasks.delete([a])
    undone = undoable(lambda: service.undo.undo(deleted).change)  # undo of the delete
    assert undone.reversed() == Change(before=undone.after, after=undone.before)
    assert [t.title for t in service.tasks.lanes()] == ["a", "b"]
    undoable(lambda: service.undo.redo(deleted).change)
    assert [t.title for t in service.tasks.lanes()] == ["b"]


def test_a_long_pasted_list_is_added_in_order_and_undone_in_full(service: Services) -> None:
    titles = [f"line {n}" for n in range(3000)]  # more than SQLite takes in one statement
    change = service.tasks.add([TaskDraft(title) for title in titles])
    assert [t.title for t in service.tasks.lanes()] == titles
    assert [change.after[i].title for i in change.after] == titles
    service.undo.undo(change)
    assert service.tasks.lanes() == []
    service.undo.redo(change)
    assert [t.title for t in service.tasks.lanes()] == titles
