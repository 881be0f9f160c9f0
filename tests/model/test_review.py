"""The weekly review: hand-built weeks with known answers. The week of 23–29 March 2026 in
Berlin has the spring-forward change (Sunday 02:00 → 03:00), so it lasts 167 hours."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.model.block import BlockDraft, BlockKind
from app.model.quadrant import Quadrant
from app.model.review import review_for
from app.model.review_figures import Category, WeeklyReview
from app.model.services import Services
from app.model.task import TaskDraft
from app.model.week import Week

from .clock import TickingClock

ZONE = ZoneInfo("Europe/Berlin")
WEEK = Week(date(2026, 3, 23), ZONE)
TODAY = date(2026, 3, 27)  # Friday of that week


def at(day: int, hour: int, minute: int = 0, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=ZONE)


def task(service: Services, title: str, quadrant: Quadrant, **fields: object) -> int:
    [task_id] = service.tasks.add([TaskDraft(title, quadrant, **fields)]).after  # type: ignore[arg-type]
    return task_id


def block(
    service: Services,
    start: datetime,
    end: datetime,
    kind: BlockKind = BlockKind.FOCUS,
    task_id: int | None = None,
) -> None:
    service.blocks.add([BlockDraft(start, end, "block", kind, task_id)])


def review(service: Services) -> WeeklyReview:
    return review_for(service, WEEK, TODAY)


def hours(result: WeeklyReview) -> dict[str, float]:
    return {c.value: round(h, 4) for c, h in result.time.hours.items() if h}


def test_a_week_with_nothing_in_it(service: Services) -> None:
    result = review(service)
    assert hours(result) == {}
    assert result.time.reactive_share is None
    assert (
        result.reactive_sentence
        == "No work time blocked — 0 h of Defer work this week, 0 h last week"
    )
    assert result.capacity.verdict == "No estimated Do or Defer work; 0 h of focus time blocked"
    assert result.capacity.unestimated_text is None
    assert result.done == result.came_back == result.waiting == ()
    assert [t.week for t in result.trend] == [WEEK.shifted(n) for n in range(-7, 1)]
    assert all(t.total == 0 for t in result.trend)


def test_where_the_time_went_by_lane_and_by_kind(service: Services) -> None:
    block(service, at(23, 9), at(23, 11), task_id=task(service, "Incident review", Quadrant.DO))
    block(service, at(24, 9), at(24, 12), task_id=task(service, "Career plans", Quadrant.DEFER))
    block(service, at(24, 14), at(24, 14, 30), task_id=task(service, "Expenses", Quadrant.DELEGATE))
    block(service, at(25, 10), at(25, 11), BlockKind.MEETING)
    block(service, at(26, 12), at(26, 13), BlockKind.PERSONAL)
    block(service, at(27, 9), at(27, 10, 30), BlockKind.FOCUS)
    result = review(service)
    assert hours(result) == {
        "do": 2, "defer": 3, "delegate": 0.5, "meeting": 1, "personal": 1, "focus": 1.5,
    }  # fmt: skip
    assert result.time.work == 8  # personal time is not work
    assert result.time.reactive_share == pytest.approx(3.5 / 8)
    assert result.reactive_sentence == "44% reactive — 3 h of Defer work this week, 0 h last week"


def test_blocks_across_midnight_count_the_part_inside_the_week(service: Services) -> None:
    block(service, at(22, 23), at(23, 1))  # Sunday before → Monday 01:00: 1 h inside
    block(service, at(29, 23), at(30, 1))  # last Sunday → next Monday: 1 h inside
    block(service, at(25, 23), at(26, 1))  # Wed → Thu: 2 h
    assert review(service).time.hours[Category.FOCUS] == pytest.approx(4)


def test_a_block_across_the_daylight_saving_change_counts_the_hours_that_passed(
    service: Services,
) -> None:
    block(service, at(29, 1), at(29, 4))  # 01:00 → 04:00 on spring-forward night: 2 hours
    assert review(service).time.hours[Category.FOCUS] == pytest.approx(2)
    assert (WEEK.end - WEEK.start) == timedelta(hours=167)


def test_overlapping_time_counts_once_shared_between_the_blocks(service: Services) -> None:
    block(service, at(23, 9), at(23, 11))
    block(service, at(23, 10), at(23, 12))  # focus on focus: 3 h, not 4
    block(service, at(24, 9), at(24, 11))
    block(service, at(24, 10), at(24, 12), BlockKind.MEETING)  # the shared hour is split
    result = review(service)
    assert hours(result) == {"focus": 4.5, "meeting": 1.5}
    assert result.time.total == pytest.approx(6)


def test_blocks_of_done_and_deleted_tasks(service: Services) -> None:
    done = task(service, "Ship the fix", Quadrant.DO)
    gone = task(service, "Old idea", Quadrant.DEFER)
    block(service, at(23, 9), at(23, 10), task_id=done)
    block(service, at(23, 10), at(23, 12), BlockKind.MEETING, task_id=gone)
    service.tasks.set_done([done], True)
    service.tasks.delete([gone])  # its block stays, unlinked: it counts by its kind
    assert hours(review(service)) == {"do": 1, "meeting": 2}


def test_a_block_counts_for_the_lane_its_task_was_in_at_the_time(
    service: Services, clock: TickingClock
) -> None:
    clock.now = at(20, 9).astimezone(UTC)
    moved = task(service, "Team offsite", Quadrant.DEFER)
    block(service, at(23, 9), at(23, 11), task_id=moved)
    block(service, at(26, 9), at(26, 10), task_id=moved)
    clock.now = at(24, 12).astimezone(UTC)
    service.tasks.move([moved], Quadrant.DO)  # it became urgent on Tuesday
    assert hours(review(service)) == {"defer": 2, "do": 1}


def test_reactive_sentence_compares_defer_hours_with_last_week(service: Services) -> None:
    plan = task(service, "Quarterly planning", Quadrant.DEFER)
    block(service, at(16, 9), at(16, 18), task_id=plan)  # last week: 9 h of Defer work
    block(service, at(23, 9), at(23, 12), task_id=plan)  # this week: 3 h
    fire = task(service, "Outage follow-up", Quadrant.DO)
    block(service, at(24, 9), at(24, 13), task_id=fire)
    block(service, at(25, 9), at(25, 10), BlockKind.MEETING)
    result = review(service)
    assert result.reactive_sentence == "63% reactive — 3 h of Defer work this week, 9 h last week"
    assert [round(t.defer) for t in result.trend] == [0] * 6 + [9, 3]
    assert result.trend[-2].reactive_share == 0


def test_capacity_for_the_coming_week(service: Services) -> None:
    task(service, "Budget", Quadrant.DO, estimate=600)
    task(service, "Hiring loop", Quadrant.DO, estimate=240)
    task(service, "Write the strategy memo", Quadrant.DEFER)
    task(service, "Onboarding doc", Quadrant.DO)
    task(service, "Not counted", Quadrant.DELEGATE, estimate=600)
    done = task(service, "Done already", Quadrant.DO, estimate=600)
    service.tasks.set_done([done], True)
    block(service, at(30, 9), at(30, 13))  # next week's focus time: 8 h, overlaps once
    block(service, at(31, 9), at(31, 12))
    block(service, at(31, 11), at(31, 13))
    block(service, at(1, 9, month=4), at(1, 12, month=4), BlockKind.MEETING)  # not focus
    block(service, at(26, 9), at(26, 17))  # this week's focus time is not next week's
    capacity = review(service).capacity
    assert capacity.week == WEEK.shifted(1)
    assert (capacity.focus_hours, capacity.do_hours, capacity.defer_hours) == (8, 14, 0)
    assert capacity.verdict == "Over by 6 h: 14 h of Do and Defer work, 8 h of focus time blocked"
    assert capacity.unestimated_text == (
        "2 tasks have no estimate: Onboarding doc, Write the strategy memo"
    )


def test_capacity_that_fits(service: Services) -> None:
    task(service, "Budget", Quadrant.DEFER, estimate=90)
    block(service, at(30, 9), at(30, 13))
    assert review(service).capacity.verdict == (
        "Fits, with 2.5 h to spare: 1.5 h of Do and Defer work, 4 h of focus time blocked"
    )


def test_what_got_done_and_what_came_back(service: Services, clock: TickingClock) -> None:
    clock.now = at(10, 9).astimezone(UTC)
    earlier = task(service, "Done the week before", Quadrant.DO)
    service.tasks.set_done([earlier], True)
    fix = task(service, "Fix the build", Quadrant.DO)
    memo = task(service, "Strategy memo", Quadrant.DEFER)
    report = task(service, "Vendor report", Quadrant.DELEGATE, delegate="Priya")
    review_ = task(service, "Review the RFC", Quadrant.DELEGATE, delegate="Sam")
    waiting = task(service, "Interview feedback", Quadrant.DELEGATE, delegate="Ana",
                   follow_up=date(2026, 3, 25))  # fmt: skip
    clock.now = at(24, 10).astimezone(UTC)
    service.tasks.set_done([fix, memo, report], True)
    service.tasks.move([review_], Quadrant.DO)  # Sam handed it back
    clock.now = at(30, 10).astimezone(UTC)
    service.tasks.set_done([review_], True)  # next week: not this one's
    result = review(service)
    assert [(d.task.title, d.quadrant) for d in result.done] == [
        ("Fix the build", Quadrant.DO),
        ("Strategy memo", Quadrant.DEFER),
        ("Vendor report", Quadrant.DELEGATE),
    ]
    assert result.done_by_quadrant[Quadrant.DO] == 1
    assert [(c.task.title, c.delegate, c.how) for c in result.came_back] == [
        ("Vendor report", "Priya", "done"),
        ("Review the RFC", "Sam", "do"),
    ]
    assert [(w.task.title, w.since) for w in result.waiting] == [
        ("Interview feedback", date(2026, 3, 10))
    ]
    assert [w.task.title for w in result.overdue_follow_ups] == ["Interview feedback"]
    assert waiting in {w.task.id for w in result.waiting}


def test_a_week_before_the_history_says_what_it_cannot_show(
    service: Services, clock: TickingClock
) -> None:
    clock.now = at(30, 9).astimezone(UTC)
    task(service, "First task", Quadrant.DO)  # history starts next week
    result = review(service)
    assert result.history_note is not None
    assert "30 Mar" in result.history_note
    assert review_for(service, WEEK.shifted(1), TODAY).history_note is not None  # from Mon 09:00
    assert review_for(service, WEEK.shifted(2), TODAY).history_note is None
