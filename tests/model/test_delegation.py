"""Following delegated tasks through: follow-ups and dismissals go into the history, the next
follow-up date and the dismissed due date onto the task (undoably); a person is renamed
everywhere at once; Waiting For groups the open delegated tasks by person, overdue follow-ups
first."""

from collections.abc import Callable
from datetime import UTC, date

from app.model.change import Change
from app.model.history import EventKind
from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.task import TaskDraft
from app.model.waiting import NO_ONE, waiting_for

TODAY = date(2026, 3, 4)  # the clock's day is 2 Mar 2026


def delegate(service: Services, title: str, person: str | None, follow_up: date | None) -> int:
    draft = TaskDraft(title, Quadrant.DELEGATE, delegate=person, follow_up=follow_up)
    [task_id] = service.tasks.add([draft]).after
    return task_id


def test_a_follow_up_is_recorded_and_the_next_one_set(
    service: Services, undoable: Callable[[Callable[[], Change]], Change]
) -> None:
    task_id = delegate(service, "Interview loop", "Priya", date(2026, 3, 2))
    undoable(lambda: service.delegation.followed_up([task_id], date(2026, 3, 5)))
    assert service.tasks.get([task_id])[task_id].follow_up == date(2026, 3, 5)
    kinds = [e.kind for e in service.history.of_tasks([task_id])]
    # the follow-up, and again on redo inside `undoable`: history is append-only
    assert kinds[0] is EventKind.CREATED
    assert EventKind.FOLLOWED_UP in kinds
    followed = [e for e in service.history.of_tasks([task_id]) if e.kind is EventKind.FOLLOWED_UP]
    assert followed[0].delegate == "Priya"


def test_a_dismissal_is_kept_on_the_task_for_its_due_date_and_undoes(
    service: Services, undoable: Callable[[Callable[[], Change]], Change]
) -> None:
    [task_id] = service.tasks.add([TaskDraft("Budget", Quadrant.DEFER, due=date(2026, 3, 5))]).after
    [undated] = service.tasks.add([TaskDraft("No date", Quadrant.DEFER)]).after
    change = undoable(lambda: service.delegation.dismiss([task_id, undated]))
    assert set(change.after) == {task_id}  # a task without a due date has nothing to dismiss
    found = service.tasks.get([task_id, undated])
    assert found[task_id].dismissed_for == date(2026, 3, 5)
    assert found[undated].dismissed_for is None
    events = [e for e in service.history.of_tasks([task_id]) if e.kind is EventKind.DISMISSED]
    assert events
    assert all(e.to_quadrant is Quadrant.DEFER for e in events)

    service.undo.undo(change)
    assert service.tasks.get([task_id])[task_id].dismissed_for is None
    # dismissing again for the same due date changes nothing: it is one step, not two
    service.delegation.dismiss([task_id])
    assert service.delegation.dismiss([task_id]) == Change()


def test_renaming_a_person_changes_every_task_and_undoes(
    service: Services, undoable: Callable[[Callable[[], Change]], Change]
) -> None:
    first = delegate(service, "Interview loop", "Pria", None)
    second = delegate(service, "Offsite venue", "Pria", None)
    other = delegate(service, "Budget", "Sam", None)
    service.tasks.set_done([second], True)
    undoable(lambda: service.delegation.rename("Pria", "Priya"))
    found = service.tasks.get([first, second, other])
    assert [found[i].delegate for i in (first, second, other)] == ["Priya", "Priya", "Sam"]
    assert service.tasks.delegates()[0] == "Priya"


def test_waiting_for_groups_by_person_with_overdue_follow_ups_first(service: Services) -> None:
    delegate(service, "Later", "Alex", date(2026, 3, 20))
    delegate(service, "Overdue", "Sam", date(2026, 3, 3))
    delegate(service, "Today", "Sam", TODAY)
    delegate(service, "Unassigned", None, None)
    done = delegate(service, "Finished", "Sam", None)
    service.tasks.set_done([done], True)
    tasks = service.tasks.lanes(include_done=True)
    events = service.history.of_tasks(t.id for t in tasks)
    groups = waiting_for(tasks, events, TODAY, UTC)
    assert [(p.name, [w.task.title for w in p.open]) for p in groups] == [
        ("Sam", ["Overdue", "Today"]),
        ("Alex", ["Later"]),
        (NO_ONE, ["Unassigned"]),
    ]
    sam = groups[0]
    assert sam.open[0].overdue
    assert sam.open[0].state == "follow-up overdue since Tue 3 Mar"
    assert sam.open[1].state == "follow up today"
    assert sam.open[0].since == date(2026, 3, 2)
    assert sam.done == ()  # done tasks only in one person's list

    [only] = waiting_for(tasks, events, TODAY, UTC, person="sam")
    assert [w.task.title for w in only.done] == ["Finished"]
