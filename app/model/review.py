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

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import Protocol

from app.model.block import BlockKind, Slot, TimeBlock
from app.model.history import EventKind, TaskEvent
from app.model.quadrant import Quadrant, Status
from app.model.review_figures import (
    TREND_WEEKS,
    CameBack,
    Capacity,
    Category,
    DoneTask,
    TimeSpent,
    Waiting,
    WeeklyReview,
)
from app.model.sources import ReviewSource
from app.model.task import Task
from app.model.week import Week


def review_for(source: ReviewSource, week: Week, today: date) -> WeeklyReview:
    """Read the blocks of the trend's weeks and the next week, the tasks they link to, the
    open Do, Defer and Delegate tasks, the week's done tasks and the history of all of them."""
    first = week.shifted(1 - TREND_WEEKS)
    following = week.shifted(1)
    blocks = source.blocks.between(first.start, following.end, week.zone)
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
