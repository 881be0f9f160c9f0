"""TaskService: adding, finishing, deleting and editing tasks, each undoable exactly."""

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest

from app.model.change import Change
from app.model.errors import InvalidInput
from app.model.quadrant import Quadrant, Status
from app.model.task import TaskDraft, TaskEdit
from app.model.tasks import TaskService

from .clock import TickingClock

Add = Callable[..., list[int]]
Titles = Callable[[Quadrant], list[str]]
Undoable = Callable[[Callable[[], Change]], Change]


# -- add --------------------------------------------------------------------------------------


def test_add_stores_every_field(service: TaskService, clock: TickingClock) -> None:
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
    change = service.add([draft])
    [task] = service.lanes()
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


def test_new_task_goes_after_done_ones(service: TaskService, add: Add, titles: Titles) -> None:
    [first] = add("first")
    service.set_done([first], True)
    add("second")
    assert [t.title for t in service.lanes(include_done=True)] == ["first", "second"]


def test_uids_are_distinct_uuids(service: TaskService, add: Add) -> None:
    add(*(f"t{i}" for i in range(50)))
    uids = [task.uid for task in service.lanes()]
    assert len(set(uids)) == 50
    assert all(uuid.UUID(uid).version == 4 for uid in uids)


def test_add_refuses_an_empty_title_and_writes_nothing(service: TaskService) -> None:
    with pytest.raises(InvalidInput, match="a task needs a title"):
        service.add([TaskDraft("fine"), TaskDraft("   ")])
    assert service.lanes() == []


def test_add_refuses_a_zero_estimate_and_writes_nothing(service: TaskService) -> None:
    with pytest.raises(InvalidInput, match="estimate_positive"):
        service.add([TaskDraft("fine"), TaskDraft("zero", estimate=0)])
    assert service.lanes() == []


def test_add_is_undoable(service: TaskService, add: Add, undoable: Undoable) -> None:
    add("already there")
    undoable(lambda: service.add([TaskDraft("a"), TaskDraft("b", Quadrant.DO)]))


def test_ids_are_never_reused(service: TaskService, add: Add) -> None:
    # Undo writes a task back under its id; a newer task must not have taken it meanwhile.
    _first, second = add("a", "b")
    service.delete([second])
    [third] = add("c")
    assert third > second


def test_undone_add_then_another_add_keeps_redo_safe(service: TaskService) -> None:
    created = service.add([TaskDraft("mine")])
    service.restore(created.before)  # undo
    other = service.add([TaskDraft("added by the CLI meanwhile")])
    service.restore(created.after)  # redo
    assert sorted(t.title for t in service.lanes()) == ["added by the CLI meanwhile", "mine"]
    assert other.after.keys().isdisjoint(created.after.keys())


# -- done and open ----------------------------------------------------------------------------


def test_done_keeps_lane_and_place(service: TaskService, add: Add, clock: TickingClock) -> None:
    _a, b, _c = add("a", "b", "c", quadrant=Quadrant.DEFER)
    old = service.get([b])[b]
    change = service.set_done([b], True)
    done = change.after[b]
    assert done is not None
    assert (done.status, done.quadrant, done.position) == (
        Status.DONE,
        Quadrant.DEFER,
        old.position,
    )
    assert done.completed == done.updated == clock.now
    assert [t.title for t in service.lanes(quadrant=Quadrant.DEFER)] == ["a", "c"]
    assert [t.title for t in service.lanes(include_done=True)] == ["a", "b", "c"]


def test_reopen_clears_completed(service: TaskService, add: Add) -> None:
    a, _b = add("a", "b", quadrant=Quadrant.DO)
    position = service.get([a])[a].position
    service.set_done([a], True)
    change = service.set_done([a], False)
    reopened = change.after[a]
    assert reopened is not None
    assert (reopened.status, reopened.completed) == (Status.OPEN, None)
    assert (reopened.quadrant, reopened.position) == (Quadrant.DO, position)
    assert [t.title for t in service.lanes()] == ["a", "b"]


def test_done_twice_is_an_empty_change(service: TaskService, add: Add) -> None:
    [a] = add("a")
    service.set_done([a], True)
    assert service.set_done([a], True).is_empty
    assert service.set_done([a, 999], True).is_empty
    assert service.set_done([], True).is_empty


def test_done_and_reopen_are_undoable(service: TaskService, add: Add, undoable: Undoable) -> None:
    a, b, c = add("a", "b", "c")
    service.set_done([c], True)
    undoable(lambda: service.set_done([a, b, c], True))
    undoable(lambda: service.set_done([b, c], False))


# -- delete -----------------------------------------------------------------------------------


def test_delete(service: TaskService, add: Add, titles: Titles) -> None:
    a, b, c = add("a", "b", "c")
    change = service.delete([a, c, 999])
    assert titles(Quadrant.INBOX) == ["b"]
    assert set(change.before) == {a, c}
    assert change.after == {a: None, c: None}
    assert service.get([a, b, c]).keys() == {b}


def test_delete_nothing_is_an_empty_change(service: TaskService) -> None:
    assert service.delete([]).is_empty
    assert service.delete([42]).is_empty


def test_delete_is_undoable(service: TaskService, add: Add, undoable: Undoable) -> None:
    a, b, _c = add("a", "b", "c")
    service.set_done([b], True)
    change = undoable(lambda: service.delete([a, b]))
    service.restore(change.before)
    [restored_b] = [t for t in service.lanes(include_done=True) if t.id == b]
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


def test_edit_replaces_the_fields(service: TaskService, add: Add, clock: TickingClock) -> None:
    [a] = add("draft plan", quadrant=Quadrant.DEFER)
    before = service.get([a])[a]
    change = service.edit(a, FULL_EDIT)
    after = service.get([a])[a]
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


def test_edit_can_clear_fields(service: TaskService, add: Add) -> None:
    [a] = add("a")
    service.edit(a, FULL_EDIT)
    service.edit(a, TaskEdit(title="a"))
    task = service.get([a])[a]
    assert (task.notes, task.due, task.estimate, task.delegate, task.follow_up, task.tags) == (
        "",
        None,
        None,
        None,
        None,
        (),
    )


def test_unchanged_edit_is_an_empty_change(service: TaskService, add: Add) -> None:
    [a] = add("a")
    service.edit(a, FULL_EDIT)
    before = service.get([a])[a]
    change = service.edit(a, FULL_EDIT)
    assert change.is_empty
    assert change == Change()
    assert service.get([a])[a] == before  # not even the updated time moved


def test_edit_title_is_checked(service: TaskService, add: Add) -> None:
    [a] = add("a")
    with pytest.raises(InvalidInput, match="a task needs a title"):
        service.edit(a, TaskEdit(title=" "))
    assert service.get([a])[a].title == "a"


def test_edit_of_a_deleted_task_says_so(service: TaskService, add: Add) -> None:
    [a] = add("a")
    service.delete([a])
    with pytest.raises(InvalidInput) as caught:
        service.edit(a, FULL_EDIT)
    assert str(caught.value) == f"task #{a} does not exist (it may have been deleted)"


def test_edit_is_undoable(service: TaskService, add: Add, undoable: Undoable) -> None:
    a, _ = add("a", "b")
    undoable(lambda: service.edit(a, FULL_EDIT))
    undoable(lambda: service.edit(a, TaskEdit(title="a again")))


# -- delegates --------------------------------------------------------------------------------


def test_delegates_most_recently_used_first(service: TaskService) -> None:
    service.add([TaskDraft("x", delegate="Ana")])
    service.add([TaskDraft("y", delegate="Bo"), TaskDraft("no one")])
    service.add([TaskDraft("z", delegate="Cy")])
    assert service.delegates() == ["Cy", "Bo", "Ana"]
    [x] = [t.id for t in service.lanes() if t.title == "x"]
    service.edit(x, TaskEdit(title="x", delegate="Ana", notes="touched"))
    assert service.delegates() == ["Ana", "Cy", "Bo"]


def test_delegates_are_listed_once(service: TaskService) -> None:
    service.add([TaskDraft("x", delegate="Ana"), TaskDraft("y", delegate="Ana")])
    assert service.delegates() == ["Ana"]


def test_no_delegates(service: TaskService, add: Add) -> None:
    add("a")
    assert service.delegates() == []


# -- restore ----------------------------------------------------------------------------------


def test_restore_writes_tasks_back_exactly(service: TaskService, add: Add) -> None:
    a, b = add("a", "b")
    service.set_done([a], True)
    snapshot = service.get([a, b])
    service.delete([a, b])
    change = service.restore(snapshot)
    assert service.get([a, b]) == snapshot
    assert change.after == snapshot
    assert change.before == {a: None, b: None}


def test_restore_keeps_instants_to_the_microsecond(service: TaskService, add: Add) -> None:
    [a] = add("a")
    exact = datetime(2026, 3, 2, 9, 0, 0, 123456, tzinfo=UTC)
    wanted = service.get([a])[a]._replace(updated=exact, completed=exact, status=Status.DONE)
    service.restore({a: wanted})
    assert service.get([a])[a] == wanted


def test_restore_is_itself_undoable(service: TaskService, add: Add, undoable: Undoable) -> None:
    a, _ = add("a", "b")
    deleted = service.delete([a])
    undone = undoable(lambda: service.restore(deleted.before))  # undo of the delete
    assert undone.reversed() == Change(before=undone.after, after=undone.before)
    assert [t.title for t in service.lanes()] == ["a", "b"]
    undoable(lambda: service.restore(deleted.after))
    assert [t.title for t in service.lanes()] == ["b"]


def test_a_long_pasted_list_is_added_in_order_and_undone_in_full(service: TaskService) -> None:
    titles = [f"line {n}" for n in range(3000)]  # more than SQLite takes in one statement
    change = service.add([TaskDraft(title) for title in titles])
    assert [t.title for t in service.lanes()] == titles
    assert [change.after[i].title for i in change.after] == titles
    service.restore(change.before)
    assert service.lanes() == []
    service.restore(change.after)
    assert [t.title for t in service.lanes()] == titles
