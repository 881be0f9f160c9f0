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
from app.model.week import ENGLISH_DATES
from app.model.wording import Counting, DateWords, EnglishCounts, Translate, english

DEFAULT_HORIZON = 2  # days
LONGEST_HORIZON = 30
_MOVE_TO_DO = (Quadrant.INBOX, Quadrant.DEFER, Quadrant.ELIMINATE)


class Suggestion(NamedTuple):
    """Where a task should go and why: it is due on `due`, seen on `today`. For Delegate the
    task stays: the suggestion is to follow up by `follow_up`, before it is due.

    Its sentences take the window's words (see `app.model.wording`); by default, English, as
    the CLI and the JSON say them."""

    quadrant: Quadrant
    due: date
    today: date
    follow_up: date | None = None

    @property
    def days(self) -> int:
        """Days until it is due (0: today; below 0: overdue)."""
        return (self.due - self.today).days

    def soon(self, translate: Translate = english, Counts: Counting = EnglishCounts) -> str:  # noqa: N803
        """ "in 2 days", "today", "tomorrow", "overdue by 1 day"."""
        if self.days == 0:
            return translate("Suggestions", "today")
        if self.days == 1:
            return translate("Suggestions", "tomorrow")
        if self.days > 1:
            return Counts.tr("in %n day(s)", "", self.days)
        return Counts.tr("overdue by %n day(s)", "", -self.days)

    def reason(
        self,
        translate: Translate = english,
        Counts: Counting = EnglishCounts,  # noqa: N803
        dates: DateWords = ENGLISH_DATES,
    ) -> str:
        """The sentence for the tooltip, the editor and the JSON: "due Tue 1 Dec, in 2 days"."""
        words = {"due": dates.day(self.due, self.today), "soon": self.soon(translate, Counts)}
        if self.quadrant is Quadrant.DELEGATE:
            text = translate(
                "Suggestions", "due {due}, {soon}; the follow-up is after the due date"
            )
            return text.format(**words)
        return translate("Suggestions", "due {due}, {soon}").format(**words)

    def advice(
        self,
        translate: Translate = english,
        Counts: Counting = EnglishCounts,  # noqa: N803
        dates: DateWords = ENGLISH_DATES,
    ) -> str:
        """What to do and why, for the card's tooltip and the editor: "suggested: move to Do,
        due Tue 1 Dec, in 2 days"."""
        reason = self.reason(translate, Counts, dates)
        if self.quadrant is Quadrant.DELEGATE and self.follow_up is not None:
            text = translate("Suggestions", "suggested: follow up by {day}, {reason}")
            return text.format(day=dates.day(self.follow_up, self.today), reason=reason)
        return translate("Suggestions", "suggested: move to Do, {reason}").format(reason=reason)

    def questions(
        self,
        translate: Translate = english,
        Counts: Counting = EnglishCounts,  # noqa: N803
        dates: DateWords = ENGLISH_DATES,
    ) -> tuple[str, str, str]:
        """What a card asks, longest first, for cards ever narrower: "Due Tue 1 Dec (in 2
        days): move to Do?", "In 2 days: move to Do?", "Due in 2 days" (the → Do button beside
        it asks the rest). For Delegate: "…: follow-up is after the due date", "…: follow up
        first"."""
        due, soon = dates.day(self.due, self.today), self.soon(translate, Counts)
        if self.days < 0:
            when = _capitalized(soon)
        elif self.days == 0:
            when = translate("Suggestions", "Due today")
        elif self.days == 1:
            when = translate("Suggestions", "Due tomorrow")
        else:
            when = Counts.tr("Due in %n day(s)", "", self.days)
        if self.quadrant is Quadrant.DELEGATE:
            longest = translate(
                "Suggestions", "Due {due} ({soon}): follow-up is after the due date"
            )
            shorter = translate("Suggestions", "{when}: follow up first").format(when=when)
        else:
            longest = translate("Suggestions", "Due {due} ({soon}): move to Do?")
            shorter = translate("Suggestions", "{soon}: move to Do?")
            shorter = shorter.format(soon=_capitalized(soon))
        return longest.format(due=due, soon=soon), shorter, when

    def question(
        self,
        translate: Translate = english,
        Counts: Counting = EnglishCounts,  # noqa: N803
        dates: DateWords = ENGLISH_DATES,
    ) -> str:
        """What the card asks: "Due Tue 1 Dec (in 2 days): move to Do?"."""
        return self.questions(translate, Counts, dates)[0]

    def as_json(self) -> dict[str, str]:
        return {"quadrant": self.quadrant.value, "reason": self.reason()}


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


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
    if task.quadrant in _MOVE_TO_DO:
        return Suggestion(Quadrant.DO, due, today)
    if task.quadrant is Quadrant.DELEGATE and task.follow_up is not None and task.follow_up > due:
        return Suggestion(Quadrant.DELEGATE, due, today, max(today, previous_working_day(due)))
    return None


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


def follow_up_note(count: int, Counts: Counting = EnglishCounts) -> str:  # noqa: N803
    """What the window says once a day when there are follow-ups due."""
    return Counts.tr("%n delegated task(s) to follow up today (View ▸ Waiting For).", "", count)


# -- the preference -----------------------------------------------------------------------------

HORIZON_SETTING = "urgency_horizon"  # its key in the window's settings (window.ini)


def clamp_horizon(days: int) -> int:
    """A horizon the rule can use: 0 (due today only) to `LONGEST_HORIZON` days."""
    return min(max(days, 0), LONGEST_HORIZON)
