"""The weekly review as plain data: where the week's time went, how reactive it was, whether
next week's focus time covers the work, what got done, and the last eight weeks' trend.

`review_for` reads what it needs through the services (`Services`, or anything with the same
reading methods) and `build_review` computes the figures, so the window, `quadrant review` and
`quadrant status` agree exactly. Nothing here knows how the review is shown.

Rules where the issue leaves a choice:
- **Where the time went**: every block overlapping the week counts for the part inside the
  week (local midnight to local midnight, so a week with a daylight-saving change has 167 or
  169 hours and a block is as long as the clock time that really passed). A block linked to a
  task counts for the lane the task was in when the block started (from the task history;
  for tasks without history, the lane it is in now); an unlinked block, or one whose task was
  deleted (the file unlinks it), counts by its kind: focus, meeting or personal. Time covered
  by several blocks counts once, shared equally among them.
- **Reactive share**: reactive time (Do and Delegate work, meetings) over work time (all
  blocked time except personal). Defer work is the proactive time. No work time: no share.
- **Capacity** is for the week after the reviewed one: its focus blocks (kind focus, linked or
  not; overlaps once) against the estimates of the open Do and Defer tasks as they are now.
  Tasks without an estimate are counted and named, not guessed.
- **Done**: tasks marked done within the week (and still done), by the lane they were done in.
  **Came back**: tasks that left Delegate within the week (done, or moved to another lane).
  **Overdue follow-ups**: open Delegate tasks whose follow-up date is before `today`.
- **Trend**: the reactive share and Defer hours of the reviewed week and the seven before it.
- **History**: lanes in the past come from the task history, kept since schema 0004. Weeks
  before `history_from` show blocks by the lane their task is in now, and done tasks by the
  lane they are in now (done tasks keep their lane, so that is usually right).
"""

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from itertools import pairwise
from typing import Protocol

from app.model.block import BlockKind, Slot, TimeBlock
from app.model.history import EventKind, TaskEvent
from app.model.quadrant import Quadrant, Status
from app.model.task import Task
from app.model.week import MONTHS, Week

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
        return {"focus": "Focus (no task)", "inbox": "Inbox (untriaged)"}.get(
            self.value, self.value.capitalize()
        )


REACTIVE = frozenset({Category.DO, Category.DELEGATE, Category.MEETING})
PROACTIVE = frozenset({Category.DEFER})
NOT_WORK = frozenset({Category.PERSONAL})


# -- reading ----------------------------------------------------------------------------------


class TaskReading(Protocol):
    def lanes(self, include_done: bool = False, quadrant: Quadrant | None = None) -> list[Task]:
        """Tasks of a lane in lane order."""
        ...

    def get(self, ids: Iterable[int]) -> dict[int, Task]:
        """Tasks by id, any status."""
        ...

    def completed_between(self, start: datetime, end: datetime) -> list[Task]:
        """Tasks done now that were marked done in [start, end)."""
        ...


class BlockReading(Protocol):
    def between(self, start: datetime, end: datetime) -> list[TimeBlock]:
        """The blocks overlapping [start, end), in order of their start."""
        ...


class HistoryReading(Protocol):
    def of_tasks(self, task_ids: Iterable[int]) -> list[TaskEvent]:
        """Every event of these tasks, oldest first."""
        ...

    def between(self, start: datetime, end: datetime) -> list[TaskEvent]:
        """Every task's events in [start, end), oldest first."""
        ...

    def earliest(self) -> datetime | None:
        """When the history begins."""
        ...


class ReviewSource(Protocol):
    """What a review reads: `Services` has it."""

    @property
    def tasks(self) -> TaskReading: ...

    @property
    def blocks(self) -> BlockReading: ...

    @property
    def history(self) -> HistoryReading: ...


# -- the review -------------------------------------------------------------------------------


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
        """ "Over by 6 h: 14 h of Do and Defer work, 8 h of focus time blocked"."""
        what = f"{hours_text(self.work_hours)} of Do and Defer work"
        have = f"{hours_text(self.focus_hours)} of focus time blocked"
        balance = round(self.balance_hours, 1)
        if self.work_hours == 0:
            return f"No estimated Do or Defer work; {have}"
        if balance < 0:
            return f"Over by {hours_text(-balance)}: {what}, {have}"
        if balance > 0:
            return f"Fits, with {hours_text(balance)} to spare: {what}, {have}"
        return f"Just fits: {what}, {have}"

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
        year, number = self.week.iso
        return f"Week {number} · {year}"

    @property
    def defer_comparison(self) -> str:
        """ "3 h of Defer work this week, 9 h last week"."""
        return (
            f"{hours_text(self.time.defer)} of Defer work this week, "
            f"{hours_text(self.last_week.defer)} last week"
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
        """What this week can and cannot show, when it is older than the task history."""
        if self.history_from is not None and self.history_from <= self.week.start:
            return None
        since = (
            "it starts now"
            if self.history_from is None
            else f"it starts {short_date(self.history_from.astimezone(self.week.zone).date())}"
        )
        return (
            f"Task history is kept from this version on ({since}). Before it, blocks count for "
            "the lane their task is in now, and delegated tasks that came back are not known."
        )


# -- building ---------------------------------------------------------------------------------


def review_for(source: ReviewSource, week: Week, today: date) -> WeeklyReview:
    """Read the blocks of the trend's weeks and the next week, the tasks they link to, the
    open Do, Defer and Delegate tasks, the week's done tasks and the history of all of them."""
    first = week.shifted(1 - TREND_WEEKS)
    following = week.shifted(1)
    blocks = source.blocks.between(first.start, following.end)
    lanes = {q: source.tasks.lanes(quadrant=q) for q in (Quadrant.DO, Quadrant.DEFER)}
    lanes[Quadrant.DELEGATE] = source.tasks.lanes(quadrant=Quadrant.DELEGATE)
    done = source.tasks.completed_between(week.start, week.end)
    week_events = source.history.between(week.start, week.end)
    known = {task.id: task for lane in lanes.values() for task in lane}
    known |= {task.id: task for task in done}
    wanted = {b.task_id for b in blocks if b.task_id is not None}
    wanted |= {event.task_id for event in week_events}
    missing = wanted - known.keys()
    if missing:
        known |= source.tasks.get(missing)
    events = source.history.of_tasks(sorted(known)) if known else []
    return build_review(
        week,
        today,
        blocks,
        known,
        lanes,
        done,
        events,
        history_from=source.history.earliest(),
    )


def build_review(
    week: Week,
    today: date,
    blocks: Sequence[TimeBlock],
    tasks: dict[int, Task],
    lanes: dict[Quadrant, list[Task]],
    done: Sequence[Task],
    events: Sequence[TaskEvent],
    history_from: datetime | None = None,
) -> WeeklyReview:
    """The review from what was read: `blocks` overlapping the trend's weeks and the next
    week, `tasks` by id (at least those the blocks and the events name), the open tasks of
    Do, Defer and Delegate, the tasks done in the week, and the events of those tasks."""
    stories: dict[int, list[TaskEvent]] = {}
    for event in sorted(events, key=lambda e: (e.at, e.id)):
        stories.setdefault(event.task_id, []).append(event)

    def category(block: TimeBlock) -> Category:
        task = tasks.get(block.task_id) if block.task_id is not None else None
        if task is None:
            return Category(block.kind.value)
        return Category(_lane_at(task, stories.get(task.id, []), block.start).value)

    trend = tuple(
        time_spent(week.shifted(back), blocks, category) for back in range(1 - TREND_WEEKS, 1)
    )
    following = week.shifted(1)
    open_do = _open(lanes, Quadrant.DO)
    open_defer = _open(lanes, Quadrant.DEFER)
    waiting = tuple(
        sorted(
            (
                Waiting(t, _delegated_since(t, stories.get(t.id, []), week))
                for t in _open(lanes, Quadrant.DELEGATE)
            ),
            key=lambda w: ((w.task.delegate or "").lower(), w.since or date.min, w.task.sort_key),
        )
    )
    return WeeklyReview(
        week=week,
        today=today,
        time=trend[-1],
        last_week=trend[-2],
        trend=trend,
        capacity=Capacity(
            following,
            focus_hours=_union_hours(
                [b for b in blocks if b.kind is BlockKind.FOCUS], following.start, following.end
            ),
            do_hours=_estimated(open_do),
            defer_hours=_estimated(open_defer),
            unestimated=tuple(t for t in open_do + open_defer if t.estimate is None),
        ),
        done=tuple(
            DoneTask(t, _done_in(t, stories.get(t.id, []), week))
            for t in done
            if t.status is Status.DONE and week.start <= (t.completed or week.end) < week.end
        ),
        came_back=_came_back(stories, tasks, week),
        waiting=waiting,
        overdue_do=tuple(
            sorted(
                (t for t in open_do if t.due is not None and t.due < today),
                key=lambda t: (t.due, t.sort_key),
            )
        ),
        overdue_follow_ups=tuple(
            sorted(
                (w for w in waiting if w.task.follow_up is not None and w.task.follow_up < today),
                key=lambda w: (w.task.follow_up, w.task.sort_key),
            )
        ),
        planned=_planned(open_defer, blocks, following),
        history_from=history_from,
    )


def time_spent(week: Week, blocks: Iterable[TimeBlock], category: "Categorise") -> TimeSpent:
    """Hours of the week blocked, by category; time under several blocks is shared equally."""
    pieces = [
        (max(b.start, week.start), min(b.end, week.end), category(b))
        for b in blocks
        if b.end > week.start and b.start < week.end
    ]
    hours = dict.fromkeys(list(Category), 0.0)
    edges = sorted({edge for start, end, _ in pieces for edge in (start, end)})
    for start, end in pairwise(edges):
        under = [cat for s, e, cat in pieces if s <= start and e >= end]
        if under:
            share = (end - start) / timedelta(hours=1) / len(under)
            for cat in under:
                hours[cat] += share
    return TimeSpent(week, hours)


class Categorise(Protocol):
    def __call__(self, block: TimeBlock, /) -> Category: ...


def _union_hours(blocks: Iterable[TimeBlock], start: datetime, end: datetime) -> float:
    spans = sorted((max(b.start, start), min(b.end, end)) for b in blocks if b.end > start)
    total = timedelta()
    reached = start
    for span_start, span_end in spans:
        if span_end <= span_start:
            continue
        begin = max(span_start, reached)
        if span_end > begin:
            total += span_end - begin
            reached = span_end
    return total / timedelta(hours=1)


def _open(lanes: dict[Quadrant, list[Task]], quadrant: Quadrant) -> list[Task]:
    return sorted(
        (t for t in lanes.get(quadrant, []) if t.is_open and t.quadrant is quadrant),
        key=lambda task: task.sort_key,
    )


def _estimated(tasks: Iterable[Task]) -> float:
    return sum(t.estimate or 0 for t in tasks) / 60


def _lane_at(task: Task, story: list[TaskEvent], instant: datetime) -> Quadrant:
    """The lane `task` was in at `instant`: from its history, else the lane it is in now."""
    lane = None
    for event in story:
        if event.at <= instant:
            lane = event.to_quadrant or lane
        elif lane is None:  # the first event after: it left the lane it was in then
            return event.from_quadrant or task.quadrant
        else:
            break
    return lane or task.quadrant


def _done_in(task: Task, story: list[TaskEvent], week: Week) -> Quadrant:
    done = [e for e in story if e.kind is EventKind.DONE and week.start <= e.at < week.end]
    if done and done[-1].to_quadrant is not None:
        return done[-1].to_quadrant
    return task.quadrant


def _delegated_since(task: Task, story: list[TaskEvent], week: Week) -> date | None:
    since = None
    for event in story:
        entered = event.to_quadrant is Quadrant.DELEGATE
        if entered and event.from_quadrant is not Quadrant.DELEGATE:
            since = event.at.astimezone(week.zone).date()
    return since


def _came_back(
    stories: dict[int, list[TaskEvent]], tasks: dict[int, Task], week: Week
) -> tuple[CameBack, ...]:
    found = []
    for task_id, story in stories.items():
        task = tasks.get(task_id)
        if task is None:
            continue
        for event in story:
            if not week.start <= event.at < week.end:
                continue
            left = event.kind is EventKind.MOVED and event.from_quadrant is Quadrant.DELEGATE
            finished = event.kind is EventKind.DONE and event.to_quadrant is Quadrant.DELEGATE
            if left or finished:
                how = "done" if finished else (event.to_quadrant or Quadrant.INBOX).value
                found.append(CameBack(task, event.at.astimezone(week.zone), event.delegate, how))
    return tuple(sorted(found, key=lambda item: (item.at, item.task.id)))


def _planned(
    defer: list[Task], blocks: Sequence[TimeBlock], week: Week
) -> tuple[tuple[Task, Slot], ...]:
    found = []
    for task in defer:
        slots = [
            Slot(b.start.astimezone(week.zone), b.end.astimezone(week.zone), b.id)
            for b in blocks
            if b.task_id == task.id and b.end > week.start and b.start < week.end
        ]
        if slots:
            found.append((task, min(slots)))
    return tuple(sorted(found, key=lambda pair: pair[1]))


# -- words ------------------------------------------------------------------------------------


def hours_text(hours: float) -> str:
    """ "3 h", "2.5 h", "0 h": to a tenth of an hour."""
    rounded = round(hours, 1)
    if rounded == int(rounded):
        return f"{int(rounded)} h"
    return f"{rounded:.1f} h"


def short_date(day: date) -> str:
    """ "24 Nov"."""
    return f"{day.day} {MONTHS[day.month - 1]}"
