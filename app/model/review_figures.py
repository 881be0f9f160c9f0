"""The weekly review's figures as plain values: where the time went, capacity, what got done,
and the words they are said in. `review` builds them; the window, `quadrant review` and
`quadrant status` show them.

The sentences are methods that take `translate` (and `dates`), English by default for the CLI;
the window passes Qt's. Their properties (`verdict`, `title`, …) are the English, for the CLI
and its JSON. A sentence with a count of tasks is worded by the window (`Counts.tr`)."""

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from app.model.block import Slot
from app.model.quadrant import Quadrant
from app.model.task import Task
from app.model.week import ENGLISH_DATES, Week
from app.model.wording import (
    QT_TRANSLATE_NOOP,
    DateWords,
    Translate,
    english,
)

TREND_WEEKS = 8


class Category(StrEnum):
    """Where blocked time went: a task's lane, or for unlinked blocks their kind."""

    DO = "do"
    DEFER = "defer"
    DELEGATE = "delegate"
    ELIMINATE = "eliminate"
    INBOX = "inbox"
    FOCUS = "focus"
    MEETING = "meeting"
    PERSONAL = "personal"

    @property
    def label(self) -> str:
        return CATEGORY_NAMES[self]

    def named(self, translate: Translate = english) -> str:
        return translate("Review", CATEGORY_NAMES[self])


CATEGORY_NAMES = {
    Category.DO: QT_TRANSLATE_NOOP("Review", "Do"),
    Category.DEFER: QT_TRANSLATE_NOOP("Review", "Defer"),
    Category.DELEGATE: QT_TRANSLATE_NOOP("Review", "Delegate"),
    Category.ELIMINATE: QT_TRANSLATE_NOOP("Review", "Eliminate"),
    Category.INBOX: QT_TRANSLATE_NOOP("Review", "Inbox (untriaged)"),
    Category.FOCUS: QT_TRANSLATE_NOOP("Review", "Focus (no task)"),
    Category.MEETING: QT_TRANSLATE_NOOP("Review", "Meeting"),
    Category.PERSONAL: QT_TRANSLATE_NOOP("Review", "Personal"),
}


REACTIVE = frozenset({Category.DO, Category.DELEGATE, Category.MEETING})
PROACTIVE = frozenset({Category.DEFER})
NOT_WORK = frozenset({Category.PERSONAL})


@dataclass(frozen=True, slots=True)
class TimeSpent:
    """Hours blocked in one week, by category; overlapping time counted once."""

    week: Week
    hours: dict[Category, float]

    @property
    def total(self) -> float:
        return sum(self.hours.values())

    def of(self, categories: Iterable[Category]) -> float:
        return sum(self.hours.get(category, 0.0) for category in categories)

    @property
    def work(self) -> float:
        return self.total - self.of(NOT_WORK)

    @property
    def reactive(self) -> float:
        return self.of(REACTIVE)

    @property
    def defer(self) -> float:
        return self.hours.get(Category.DEFER, 0.0)

    @property
    def reactive_share(self) -> float | None:
        """Reactive time as a fraction of work time; None when no work time was blocked."""
        return self.reactive / self.work if self.work > 1e-9 else None


@dataclass(frozen=True, slots=True)
class Capacity:
    """Next week's focus time against the open Do and Defer work."""

    week: Week
    focus_hours: float
    do_hours: float  # estimates of open Do tasks
    defer_hours: float  # estimates of open Defer tasks
    unestimated: tuple[Task, ...]  # open Do and Defer tasks without an estimate

    @property
    def work_hours(self) -> float:
        return self.do_hours + self.defer_hours

    @property
    def balance_hours(self) -> float:
        """Focus time left over (negative: over capacity)."""
        return self.focus_hours - self.work_hours

    @property
    def verdict(self) -> str:
        return self.verdict_text()

    def verdict_text(self, translate: Translate = english) -> str:
        """ "Over by 6 h: 14 h of Do and Defer work, 8 h of focus time blocked"."""
        work = hours_text(self.work_hours, translate)
        focus = hours_text(self.focus_hours, translate)
        balance = round(self.balance_hours, 1)
        if self.work_hours == 0:
            text = translate(
                "Review", "No estimated Do or Defer work; {focus} of focus time blocked"
            )
            return text.format(focus=focus)
        if balance < 0:
            text = translate(
                "Review",
                "Over by {over}: {work} of Do and Defer work, {focus} of focus time blocked",
            )
            return text.format(over=hours_text(-balance, translate), work=work, focus=focus)
        if balance > 0:
            text = translate(
                "Review",
                "Fits, with {spare} to spare: {work} of Do and Defer work, "
                "{focus} of focus time blocked",
            )
            return text.format(spare=hours_text(balance, translate), work=work, focus=focus)
        text = translate(
            "Review", "Just fits: {work} of Do and Defer work, {focus} of focus time blocked"
        )
        return text.format(work=work, focus=focus)

    @property
    def unestimated_text(self) -> str | None:
        """ "2 tasks have no estimate: Budget, Offsite" (None when all have one)."""
        count = len(self.unestimated)
        if not count:
            return None
        names = ", ".join(task.title for task in self.unestimated)
        return f"{count} task{'s have' if count > 1 else ' has'} no estimate: {names}"


@dataclass(frozen=True, slots=True)
class DoneTask:
    task: Task
    quadrant: Quadrant  # the lane it was done in


@dataclass(frozen=True, slots=True)
class CameBack:
    """A delegated task that left Delegate this week."""

    task: Task
    at: datetime  # when, in the week's zone
    delegate: str | None
    how: str  # "done", or the lane it went to ("do", "defer", …)


@dataclass(frozen=True, slots=True)
class Waiting:
    """An open Delegate task: who has it, since when (None: from before the history)."""

    task: Task
    since: date | None


@dataclass(frozen=True, slots=True)
class WeeklyReview:
    week: Week
    today: date
    time: TimeSpent
    last_week: TimeSpent
    trend: tuple[TimeSpent, ...]  # oldest first, ending with `time`
    capacity: Capacity
    done: tuple[DoneTask, ...]  # in the order they were done
    came_back: tuple[CameBack, ...]
    waiting: tuple[Waiting, ...]  # every open Delegate task, by person then since
    overdue_do: tuple[Task, ...]  # open Do tasks due before today
    overdue_follow_ups: tuple[Waiting, ...]  # follow-up date before today
    planned: tuple[tuple[Task, Slot], ...]  # open Defer tasks with time next week: first slot
    history_from: datetime | None = None
    done_by_quadrant: dict[Quadrant, int] = field(init=False)

    def __post_init__(self) -> None:
        counts = dict.fromkeys(list(Quadrant), 0)
        for item in self.done:
            counts[item.quadrant] += 1
        object.__setattr__(self, "done_by_quadrant", counts)

    @property
    def title(self) -> str:
        return self.title_text()

    def title_text(self, translate: Translate = english) -> str:
        """ "Week 48 · 2026"."""
        year, number = self.week.iso
        return translate("Review", "Week {number} · {year}").format(number=number, year=year)

    @property
    def defer_comparison(self) -> str:
        return self.defer_text()

    def defer_text(self, translate: Translate = english) -> str:
        """ "3 h of Defer work this week, 9 h last week"."""
        return translate("Review", "{now} of Defer work this week, {before} last week").format(
            now=hours_text(self.time.defer, translate),
            before=hours_text(self.last_week.defer, translate),
        )

    @property
    def reactive_sentence(self) -> str:
        """ "62% reactive — 3 h of Defer work this week, 9 h last week"."""
        share = self.time.reactive_share
        defer = self.defer_comparison
        if share is None:
            return f"No work time blocked — {defer}"
        return f"{math.floor(share * 100 + 0.5)}% reactive — {defer}"  # half up: 62.5 → 63

    @property
    def history_note(self) -> str | None:
        return self.history_text()

    def history_text(
        self, translate: Translate = english, dates: DateWords = ENGLISH_DATES
    ) -> str | None:
        """What this week can and cannot show, when it is older than the task history."""
        if self.history_from is not None and self.history_from <= self.week.start:
            return None
        if self.history_from is None:
            since = translate("Review", "it starts now")
        else:
            day = self.history_from.astimezone(self.week.zone).date()
            since = translate("Review", "it starts {day}").format(day=dates.short(day))
        return translate(
            "Review",
            "Task history is kept from this version on ({since}). Before it, blocks count for "
            "the lane their task is in now, and delegated tasks that came back are not known.",
        ).format(since=since)


def hours_text(hours: float, translate: Translate = english) -> str:
    """ "3 h", "2.5 h", "0 h": to a tenth of an hour."""
    rounded = round(hours, 1)
    if rounded == int(rounded):
        return translate("Review", "{hours} h").format(hours=int(rounded))
    whole, tenth = f"{rounded:.1f}".split(".")
    return translate("Review", "{whole}.{tenth} h").format(whole=whole, tenth=tenth)
