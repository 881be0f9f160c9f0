"""Repeating tasks: done keeps the done one in history and makes exactly one next occurrence
in the same lane, due on the rule's next date; undo takes both back."""

from datetime import date

import pytest

from app.model.errors import InvalidInput
from app.model.history import EventKind
from app.model.quadrant import Quadrant, Status
from app.model.services import Services
from app.model.task import Task, TaskDraft
from app.model.task_repeats import next_due, parse_task_repeat, task_repeat_in_words

MONDAY = date(2026, 3, 2)  # the clock's day


def weekly(service: Services, **fields: object) -> Task:
    draft = TaskDraft("Weekly 1:1 notes", Quadrant.DEFER, due=MONDAY,
                      repeat=parse_task_repeat("weekly", MONDAY), **fields)  # type: ignore[arg-type]  # fmt: skip
    [task] = service.tasks.add([draft]).created()
    return task


def open_tasks(service: Services) -> list[tuple[str, Quadrant, date | None]]:
    return [(t.title, t.quadrant, t.due) for t in service.tasks.lanes()]


def test_done_makes_exactly_one_next_occurrence_in_the_same_lane(service: Services) -> None:
    task = weekly(service, tags=("team",), estimate=30)
    change = service.tasks.set_done([task.id], True)
    assert open_tasks(service) == [("Weekly 1:1 notes", Quadrant.DEFER, date(2026, 3, 9))]
    [following] = [t for t in service.tasks.lanes()]
    assert (following.repeat, following.tags, following.estimate) == (task.repeat, ("team",), 30)
    assert service.tasks.get([task.id])[task.id].status is Status.DONE  # kept, in history
    kinds = [event.kind for event in service.history.of_tasks([task.id, following.id])]
    assert EventKind.CREATED in kinds
    # Done again after being reopened: still one open occurrence, not two.
    service.tasks.set_done([task.id], False)
    service.tasks.set_done([task.id], True)
    assert len(open_tasks(service)) == 1
    service.undo.undo(change)


def test_undo_takes_back_the_done_and_the_next_occurrence(service: Services) -> None:
    task = weekly(service)
    change = service.tasks.set_done([task.id], True)
    service.undo.undo(change)
    assert open_tasks(service) == [("Weekly 1:1 notes", Quadrant.DEFER, MONDAY)]
    service.undo.redo(change)
    assert open_tasks(service) == [("Weekly 1:1 notes", Quadrant.DEFER, date(2026, 3, 9))]


def test_late_done_is_next_due_after_today_and_after_done_counts_from_then() -> None:
    monthly_15 = parse_task_repeat("FREQ=MONTHLY;BYMONTHDAY=15", MONDAY)
    assert next_due(monthly_15, date(2026, 1, 15), date(2026, 3, 2)) == date(2026, 3, 15)
    assert next_due("FREQ=WEEKLY;BYDAY=MO", date(2026, 3, 2), date(2026, 3, 2)) == date(2026, 3, 9)
    assert next_due("FREQ=DAILY", None, date(2026, 3, 2)) == date(2026, 3, 3)
    after = parse_task_repeat("3d after done", MONDAY)
    assert next_due(after, date(2026, 2, 1), date(2026, 3, 2)) == date(2026, 3, 5)
    assert task_repeat_in_words(after) == "3 days after it is done"
    assert task_repeat_in_words(parse_task_repeat("weekdays", MONDAY)) == "every weekday"


@pytest.mark.parametrize("typed", ["sometimes", "FREQ=DAILY;COUNT=3", "0d after done"])
def test_a_repeat_that_cannot_be_followed_is_refused(typed: str) -> None:
    with pytest.raises(InvalidInput):
        parse_task_repeat(typed, MONDAY)
