"""The weekly plan as plain data: what the printed page shows, built from tasks and blocks.

`plan_for` reads what it needs from anything with the service's reading methods (the
`Services`, or `FileSource` over a bare sqlite3 connection, which `quadrant print` uses so it
never loads SQLAlchemy) and `build_plan` turns that into a `WeeklyPlan`. Nothing here knows how
the plan is drawn; `app.ui.printing.plan_renderer` draws it on a printer, a PDF or a preview.

Rules where the issue leaves a choice:
- Only open tasks are listed. Done and dropped tasks are not; a block of the week linked to a
  done task still appears in the grid, marked done. Eliminate is never listed.
- Every block that overlaps the week (in the week's time zone) is in the grid; its linked
  task's quadrant marks it, whatever the task's state.
- **Do**: every open Do task. First those due by the last day of the week, overdue first
  (by due date, then lane order); then the rest in lane order, which is the user's priority.
- **Defer**: every open Defer task. *Scheduled* are those with a block that ends after the
  week starts: the ones with time in this week (by their first slot in the week), then the
  ones with time only after it (by their next slot). A block before the week does not count:
  time already spent does not schedule what is left. The others are *not scheduled yet*, in
  lane order.
- **Delegate**: every open Delegate task, with its person and follow-up date. Follow-ups
  before `today` are overdue. Order: by follow-up date (overdue ones come first by nature),
  then those without a follow-up date in lane order.
- "Overdue" and "today" are relative to the `today` given (the day of printing), not the
  week shown: a plan printed for next week still flags what is late now.
- **Urgency suggestions** (`app.model.urgency`, with the user's horizon) are marked where the
  task is listed (Defer, Delegate); the Inbox and Eliminate tasks suggested for Do, listed
  nowhere else, are listed under Do as *Suggested for Do* (by due date).
- The grid shows 08:00–18:00, widened to whole hours so that every block of the week fits.
"""

import math
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path

from app.model.block import BlockKind, Slot, TimeBlock
from app.model.database import connect
from app.model.errors import StorageError
from app.model.quadrant import Quadrant, Status
from app.model.reading import read_blocks, read_lanes, read_schedule, read_tasks
from app.model.sources import PlanSource
from app.model.task import Task
from app.model.urgency import DEFAULT_HORIZON, Suggestion, suggestion
from app.model.week import MINUTES_PER_DAY, Week, local_zone
from app.model.week_layout import Placed, arrange_week
from app.model.wording import QT_TRANSLATE_NOOP, Translate, english

WORK_HOURS = (8, 18)  # the grid shows at least these hours


# -- the plan ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlanBlock:
    """A block in the week's grid. `start` and `end` are in the week's time zone."""

    id: int
    title: str
    kind: BlockKind
    start: datetime
    end: datetime
    quadrant: Quadrant | None  # of the linked task; None when no task is linked
    task_done: bool = False


@dataclass(frozen=True, slots=True)
class DoItem:
    title: str
    due: date | None
    overdue: bool
    due_today: bool
    estimate: int | None  # minutes


@dataclass(frozen=True, slots=True)
class DeferItem:
    """A Defer task and its blocks (in the week's zone): those in the week, and those after."""

    title: str
    due: date | None
    this_week: tuple[Slot, ...] = ()
    later: tuple[Slot, ...] = ()
    suggested: Suggestion | None = None  # worded as the card asks: "Due Tue 1 Dec (…"

    @property
    def first_slot(self) -> Slot | None:
        return (self.this_week or self.later or (None,))[0]


@dataclass(frozen=True, slots=True)
class DelegateItem:
    title: str
    delegate: str | None
    follow_up: date | None
    overdue: bool  # the follow-up date has passed
    due_today: bool  # the follow-up is today
    due_first: date | None = None  # flagged: it is due on this day, before the follow-up


@dataclass(frozen=True, slots=True)
class SuggestedItem:
    """An Inbox or Eliminate task suggested for Do."""

    title: str
    quadrant: Quadrant  # where it is now
    suggestion: Suggestion  # its question: "Due Tue 1 Dec (in 2 days): move to Do?"
    overdue: bool


@dataclass(frozen=True, slots=True)
class WeeklyPlan:
    """Everything the printed plan shows for one week."""

    week: Week
    name: str | None  # whose plan it is
    today: date
    printed: datetime  # aware, local
    blocks: tuple[PlanBlock, ...]  # in order of their start
    placed: tuple[Placed, ...]  # the blocks cut into days and laid out side by side
    hours: tuple[int, int]  # the grid shows from the first hour up to the second (0 to 24)
    do: tuple[DoItem, ...]
    scheduled: tuple[DeferItem, ...]
    unscheduled: tuple[DeferItem, ...]
    delegated: tuple[DelegateItem, ...]
    inbox: int  # open tasks waiting in the Inbox
    all_day: tuple[tuple[date, str], ...] = ()  # all-day events by day: a line, not the grid
    suggested: tuple[SuggestedItem, ...] = ()  # Inbox and Eliminate tasks suggested for Do

    @property
    def title(self) -> str:
        return self.title_text()

    def title_text(self, translate: Translate = english) -> str:
        """ "Week 48 · 2026": the PDF's title, the print job's name."""
        year, number = self.week.iso
        return translate("Plan", "Week {number} · {year}").format(number=number, year=year)

    def block(self, block_id: int) -> PlanBlock:
        return self._by_id[block_id]

    @property
    def _by_id(self) -> dict[int, PlanBlock]:
        return {block.id: block for block in self.blocks}

    @property
    def is_empty(self) -> bool:
        lists = (self.blocks, self.all_day, self.do, self.scheduled, self.unscheduled,
                 self.delegated, self.suggested)  # fmt: skip
        return not any(lists) and not self.inbox


# -- building ---------------------------------------------------------------------------------


def plan_for(
    source: PlanSource,
    week: Week,
    today: date,
    printed: datetime,
    name: str | None = None,
    horizon: int = DEFAULT_HORIZON,
) -> WeeklyPlan:
    """Read the week's blocks and the open tasks of every lane (Eliminate and the Inbox only
    for what is suggested for Do and how many wait in the Inbox)."""
    blocks = source.blocks.between(week.start, week.end, week.zone)
    lanes = {q: source.tasks.lanes(quadrant=q) for q in Quadrant}
    known = {task.id: task for lane in lanes.values() for task in lane}
    missing = {b.task_id for b in blocks if b.task_id is not None and b.task_id not in known}
    linked = known | source.tasks.get(missing) if missing else known
    return build_plan(
        week,
        blocks,
        linked,
        lanes,
        source.blocks.schedule(week.start, week.zone),
        today=today,
        printed=printed,
        name=name,
        horizon=horizon,
    )


def build_plan(
    week: Week,
    blocks: Sequence[TimeBlock],
    tasks: dict[int, Task],
    lanes: dict[Quadrant, list[Task]],
    schedule: dict[int, list[Slot]],
    *,
    today: date,
    printed: datetime,
    name: str | None = None,
    horizon: int = DEFAULT_HORIZON,
) -> WeeklyPlan:
    """The plan from what was read: `blocks` overlapping the week, `tasks` by id (at least
    those the blocks link to), each lane's open tasks in lane order, and the schedule of
    linked blocks ending after the week's start."""
    suggested = {
        task.id: found
        for lane in lanes.values()
        for task in lane
        if (found := suggestion(task, today, horizon)) is not None
    }
    zone = week.zone
    shown = [b for b in blocks if b.end > week.start and b.start < week.end and not b.all_day]
    all_day = tuple(
        (b.start.astimezone(zone).date(), b.title)
        for b in blocks
        if b.all_day and b.end > week.start and b.start < week.end
    )
    plan_blocks = tuple(_plan_block(block, tasks, week) for block in shown)
    placed = tuple(arrange_week(shown, week))
    return WeeklyPlan(
        week=week,
        name=(name or "").strip() or None,
        today=today,
        printed=printed.astimezone(zone),
        blocks=plan_blocks,
        placed=placed,
        hours=_hours(placed),
        do=_do(_open(lanes, Quadrant.DO), week, today),
        scheduled=_scheduled(_open(lanes, Quadrant.DEFER), schedule, week, suggested),
        unscheduled=_unscheduled(_open(lanes, Quadrant.DEFER), schedule, week, suggested),
        delegated=_delegated(_open(lanes, Quadrant.DELEGATE), today, suggested),
        inbox=len(_open(lanes, Quadrant.INBOX)),
        all_day=all_day,
        suggested=_suggested_for_do(lanes, suggested, today),
    )


def _open(lanes: dict[Quadrant, list[Task]], quadrant: Quadrant) -> list[Task]:
    return sorted(
        (t for t in lanes.get(quadrant, []) if t.is_open and t.quadrant is quadrant),
        key=lambda task: task.sort_key,
    )


def _plan_block(block: TimeBlock, tasks: dict[int, Task], week: Week) -> PlanBlock:
    task = tasks.get(block.task_id) if block.task_id is not None else None
    return PlanBlock(
        id=block.id,
        title=block.title,
        kind=block.kind,
        start=block.start.astimezone(week.zone),
        end=block.end.astimezone(week.zone),
        quadrant=task.quadrant if task else None,
        task_done=task is not None and task.status is Status.DONE,
    )


def _hours(placed: Sequence[Placed]) -> tuple[int, int]:
    first, last = WORK_HOURS
    for item in placed:
        first = min(first, math.floor(item.segment.top / 60))
        last = max(last, math.ceil(item.segment.bottom / 60))
    return max(first, 0), min(last, MINUTES_PER_DAY // 60)


def _do(tasks: list[Task], week: Week, today: date) -> tuple[DoItem, ...]:
    last_day = week.first_day + timedelta(days=6)
    pressing = sorted(
        (t for t in tasks if t.due is not None and t.due <= last_day),
        key=lambda t: (t.due, t.sort_key),
    )
    rest = [t for t in tasks if t.due is None or t.due > last_day]
    return tuple(
        DoItem(
            title=t.title,
            due=t.due,
            overdue=t.due is not None and t.due < today,
            due_today=t.due == today,
            estimate=t.estimate,
        )
        for t in pressing + rest
    )


Suggested = dict[int, Suggestion]  # by task id


def _defer_item(
    task: Task, schedule: dict[int, list[Slot]], week: Week, suggested: Suggested
) -> DeferItem:
    zone = week.zone
    slots = [
        Slot(slot.start.astimezone(zone), slot.end.astimezone(zone))
        for slot in schedule.get(task.id, [])
        if slot.end > week.start
    ]
    return DeferItem(
        task.title,
        task.due,
        this_week=tuple(slot for slot in slots if slot.start < week.end),
        later=tuple(slot for slot in slots if slot.start >= week.end),
        suggested=suggested.get(task.id),
    )


def _scheduled(
    tasks: list[Task], schedule: dict[int, list[Slot]], week: Week, suggested: Suggested
) -> tuple[DeferItem, ...]:
    items = [item for t in tasks if (item := _defer_item(t, schedule, week, suggested)).first_slot]
    # With time this week first; a task's slots are in order, so the first is its earliest.
    return tuple(sorted(items, key=lambda item: (not item.this_week, item.first_slot)))


def _unscheduled(
    tasks: list[Task], schedule: dict[int, list[Slot]], week: Week, suggested: Suggested
) -> tuple[DeferItem, ...]:
    items = (_defer_item(t, schedule, week, suggested) for t in tasks)
    return tuple(item for item in items if item.first_slot is None)


def _delegated(tasks: list[Task], today: date, suggested: Suggested) -> tuple[DelegateItem, ...]:
    dated = sorted((t for t in tasks if t.follow_up), key=lambda t: (t.follow_up, t.sort_key))
    undated = [t for t in tasks if not t.follow_up]
    return tuple(
        DelegateItem(
            title=t.title,
            delegate=t.delegate,
            follow_up=t.follow_up,
            overdue=t.follow_up is not None and t.follow_up < today,
            due_today=t.follow_up == today,
            due_first=found.due if (found := suggested.get(t.id)) else None,
        )
        for t in dated + undated
    )


def _suggested_for_do(
    lanes: dict[Quadrant, list[Task]], suggested: Suggested, today: date
) -> tuple[SuggestedItem, ...]:
    tasks = _open(lanes, Quadrant.INBOX) + _open(lanes, Quadrant.ELIMINATE)
    found = sorted((t for t in tasks if t.id in suggested), key=lambda t: (t.due, t.sort_key))
    return tuple(
        SuggestedItem(t.title, t.quadrant, suggested[t.id], (t.due or today) < today) for t in found
    )


# -- reading the file without the service ---------------------------------------------------


class FileSource:
    """`PlanSource` over a plain sqlite3 connection, for `quadrant print`: it reads through
    `app.model.reading` as the window's start-up does, so SQLAlchemy is never imported."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    @property
    def tasks(self) -> "FileSource":
        return self

    @property
    def blocks(self) -> "FileSource":
        return self

    def lanes(self, include_done: bool = False, quadrant: Quadrant | None = None) -> list[Task]:
        return read_lanes(self._connection, include_done, quadrant)

    def get(self, ids: Iterable[int]) -> dict[int, Task]:
        return read_tasks(self._connection, ids)

    def between(
        self, start: datetime, end: datetime, zone: tzinfo | None = None
    ) -> list[TimeBlock]:
        return read_blocks(self._connection, start, end, zone or local_zone())

    def schedule(self, since: datetime, zone: tzinfo | None = None) -> dict[int, list[Slot]]:
        return read_schedule(self._connection, since, zone or local_zone())


def read_plan(
    path: Path,
    week: Week,
    today: date,
    printed: datetime,
    name: str | None = None,
    horizon: int = DEFAULT_HORIZON,
) -> WeeklyPlan:
    """The plan from the data file at `path` (already prepared by `open_database`), read in
    one read transaction so tasks and blocks agree."""
    try:
        connection = connect(path)
        try:
            connection.execute("BEGIN")
            return plan_for(FileSource(connection), week, today, printed, name, horizon)
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "the data file could not be read: {reason}"), reason=error
        ) from error
