"""Urgency that explains itself: which tasks should move because their due date is near, and why.

One rule, used by the cards, the editor, `quadrant list --json` and the printed plan. It only
suggests: nothing moves unless the user accepts.

- A task in Inbox, Defer or Eliminate due within the horizon (today … today + horizon days,
  or overdue) is suggested for Do.
- A task in Delegate due within the horizon whose follow-up falls after its due date is
  flagged too: the follow-up should come before it is due.
- Done tasks, tasks with no due date and tasks in Do are never flagged. A suggestion the user
  dismissed stays away until the task's due date changes.
"""

from collections.abc import Iterable
from datetime import date, datetime, timedelta, tzinfo
from typing import NamedTuple

from app.model.quadrant import Quadrant
from app.model.task import Task
from app.model.week import day_text

DEFAULT_HORIZON = 2  # days
LONGEST_HORIZON = 30
_MOVE_TO_DO = (Quadrant.INBOX, Quadrant.DEFER, Quadrant.ELIMINATE)


class Suggestion(NamedTuple):
    """Where a task should go and why. For Delegate the task stays: the suggestion is to
    follow up by `follow_up`, before it is due."""

    quadrant: Quadrant
    due: str  # "Tue 1 Dec"
    soon: str  # "in 2 days", "today", "overdue by 1 day"
    follow_up: date | None = None

    @property
    def reason(self) -> str:
        """The sentence for the tooltip, the editor and the JSON."""
        if self.quadrant is Quadrant.DELEGATE:
            return f"due {self.due}, {self.soon}; the follow-up is after the due date"
        return f"due {self.due}, {self.soon}"

    @property
    def question(self) -> str:
        """What the card asks: "Due Tue 1 Dec (in 2 days): move to Do?"."""
        if self.quadrant is Quadrant.DELEGATE:
            return f"Due {self.due} ({self.soon}): follow-up is after the due date"
        return f"Due {self.due} ({self.soon}): move to {self.quadrant.label}?"

    def as_json(self) -> dict[str, str]:
        return {"quadrant": self.quadrant.value, "reason": self.reason}


def today_in(now: datetime, zone: tzinfo) -> date:
    """The user's today: the date where they are, not in UTC."""
    return now.astimezone(zone).date()


def suggestion(task: Task, today: date, horizon: int = DEFAULT_HORIZON) -> Suggestion | None:
    """What to suggest for `task` on `today`, or None (also when the user dismissed the
    suggestion for the due date the task has now: `Task.dismissed_for`)."""
    due = task.due
    if not task.is_open or due is None or task.dismissed_for == due:
        return None
    days = (due - today).days
    if days > horizon:
        return None
    words = (day_text(due, today), _how_soon(days))
    if task.quadrant in _MOVE_TO_DO:
        return Suggestion(Quadrant.DO, *words)
    if task.quadrant is Quadrant.DELEGATE and task.follow_up is not None and task.follow_up > due:
        return Suggestion(Quadrant.DELEGATE, *words, max(today, previous_working_day(due)))
    return None


def _how_soon(days: int) -> str:
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    if days > 1:
        return f"in {days} days"
    if days == -1:
        return "overdue by 1 day"
    return f"overdue by {-days} days"


# -- working days -------------------------------------------------------------------------------

FOLLOW_UP_AFTER = 3  # working days until the next follow-up


def add_working_days(day: date, count: int) -> date:
    """`count` working days after `day` (Saturdays and Sundays skipped)."""
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def previous_working_day(day: date) -> date:
    day -= timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def next_follow_up(today: date) -> date:
    """When to follow up next, by default."""
    return add_working_days(today, FOLLOW_UP_AFTER)


def follow_ups_due(tasks: Iterable[Task], today: date) -> list[Task]:
    """The open delegated tasks to follow up today or already overdue for it."""
    return [
        task
        for task in tasks
        if task.is_open
        and task.quadrant is Quadrant.DELEGATE
        and task.follow_up is not None
        and task.follow_up <= today
    ]


def follow_up_note(count: int) -> str:
    """What the window says once a day when there are follow-ups due."""
    tasks = "1 delegated task" if count == 1 else f"{count} delegated tasks"
    return f"{tasks} to follow up today (View ▸ Waiting For)."


# -- the preference -----------------------------------------------------------------------------

HORIZON_SETTING = "urgency_horizon"  # its key in the window's settings (window.ini)


def clamp_horizon(days: int) -> int:
    """A horizon the rule can use: 0 (due today only) to `LONGEST_HORIZON` days."""
    return min(max(days, 0), LONGEST_HORIZON)
