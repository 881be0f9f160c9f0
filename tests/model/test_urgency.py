"""The urgency rule at its edges: today, the horizon's last day, overdue, time zones, a due date
changed after a dismissal, done tasks, and the lanes it never flags."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from app.model.quadrant import Quadrant, Status
from app.model.task import Task
from app.model.urgency import (
    add_working_days,
    next_follow_up,
    suggestion,
    today_in,
)

TODAY = date(2026, 11, 29)  # a Sunday
NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)


def task(
    quadrant: Quadrant = Quadrant.DEFER,
    due: date | None = None,
    status: Status = Status.OPEN,
    follow_up: date | None = None,
    dismissed_for: date | None = None,
) -> Task:
    return Task(
        1, "u", "Budget", quadrant, 1, status, NOW, NOW, due=due, follow_up=follow_up,
        delegate="Priya" if quadrant is Quadrant.DELEGATE else None, dismissed_for=dismissed_for,
    )  # fmt: skip


def test_the_reason_reads_as_the_card_and_the_json_say_it() -> None:
    found = suggestion(task(due=date(2026, 12, 1)), TODAY, horizon=2)
    assert found is not None
    assert found.quadrant is Quadrant.DO
    assert found.reason() == "due Tue 1 Dec, in 2 days"
    assert found.question() == "Due Tue 1 Dec (in 2 days): move to Do?"
    assert found.as_json() == {"quadrant": "do", "reason": "due Tue 1 Dec, in 2 days"}


@pytest.mark.parametrize(
    ("days", "words"),
    [(0, "today"), (1, "tomorrow"), (2, "in 2 days"), (-1, "overdue by 1 day"),
     (-9, "overdue by 9 days")],
)  # fmt: skip
def test_today_the_horizon_and_overdue_are_flagged(days: int, words: str) -> None:
    found = suggestion(task(due=TODAY + timedelta(days=days)), TODAY, horizon=2)
    assert found is not None
    assert found.reason().endswith(words)


def test_the_day_after_the_horizon_is_not_flagged() -> None:
    assert suggestion(task(due=TODAY + timedelta(days=3)), TODAY, horizon=2) is None
    assert suggestion(task(due=TODAY + timedelta(days=3)), TODAY, horizon=3) is not None
    assert suggestion(task(due=TODAY), TODAY, horizon=0) is not None


@pytest.mark.parametrize("lane", [Quadrant.INBOX, Quadrant.DEFER, Quadrant.ELIMINATE])
def test_inbox_defer_and_eliminate_are_suggested_for_do(lane: Quadrant) -> None:
    found = suggestion(task(lane, due=TODAY), TODAY)
    assert found is not None
    assert found.quadrant is Quadrant.DO


def test_do_tasks_tasks_without_a_due_date_and_done_tasks_are_never_flagged() -> None:
    assert suggestion(task(Quadrant.DO, due=TODAY), TODAY) is None
    assert suggestion(task(due=None), TODAY) is None
    assert suggestion(task(due=TODAY, status=Status.DONE), TODAY) is None
    assert suggestion(task(due=TODAY - timedelta(days=3), status=Status.DONE), TODAY) is None


def test_a_dismissal_holds_until_the_due_date_changes() -> None:
    due = date(2026, 12, 1)
    assert suggestion(task(due=due, dismissed_for=due), TODAY) is None
    assert suggestion(task(due=due - timedelta(days=1), dismissed_for=due), TODAY) is not None
    # moved later and back again: it is the same due date, still dismissed
    assert suggestion(task(due=due, dismissed_for=due), TODAY) is None


def test_delegated_tasks_are_flagged_when_the_follow_up_is_after_the_due_date() -> None:
    due = date(2026, 12, 1)  # Tuesday
    late = task(Quadrant.DELEGATE, due=due, follow_up=date(2026, 12, 3))
    found = suggestion(late, TODAY)
    assert found is not None
    assert found.quadrant is Quadrant.DELEGATE
    assert found.reason() == "due Tue 1 Dec, in 2 days; the follow-up is after the due date"
    assert found.follow_up == date(2026, 11, 30)  # the working day before it is due
    assert suggestion(late._replace(follow_up=due), TODAY) is None
    assert suggestion(late._replace(follow_up=None), TODAY) is None


def test_today_is_the_users_date_not_utcs() -> None:
    late_evening_utc = datetime(2026, 11, 29, 23, 30, tzinfo=UTC)
    tokyo = timezone(timedelta(hours=9))
    los_angeles = timezone(timedelta(hours=-8))
    assert today_in(late_evening_utc, tokyo) == date(2026, 11, 30)
    assert today_in(late_evening_utc, los_angeles) == date(2026, 11, 29)
    due_in_three = task(due=date(2026, 12, 2))
    assert suggestion(due_in_three, today_in(late_evening_utc, los_angeles)) is None
    assert suggestion(due_in_three, today_in(late_evening_utc, tokyo)) is not None


def test_working_days_skip_the_weekend() -> None:
    friday = date(2026, 11, 27)
    assert add_working_days(friday, 1) == date(2026, 11, 30)
    assert add_working_days(friday, 3) == date(2026, 12, 2)
    assert next_follow_up(TODAY) == date(2026, 12, 2)  # from a Sunday: Mon, Tue, Wed
    assert next_follow_up(date(2026, 11, 30)) == date(2026, 12, 3)
