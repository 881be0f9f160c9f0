"""Reminders as plain functions of the blocks and the time: before and at the start, nothing
stale after the computer wakes up or Quadrant starts late, and the focus block running now."""

from datetime import UTC, datetime, timedelta

from app.model.block import BlockKind, TimeBlock
from app.model.reminders import Reminder, due, next_due, running_focus, time_left

DAY = datetime(2026, 12, 1, tzinfo=UTC)
LEAD = timedelta(minutes=5)


def at(clock: str) -> datetime:
    hours, minutes = map(int, clock.split(":"))
    return DAY + timedelta(hours=hours, minutes=minutes)


def block(
    start: str, end: str, title: str, kind: BlockKind = BlockKind.FOCUS, **fields: object
) -> TimeBlock:
    return TimeBlock(len(title), "u", at(start), at(end), title, kind, None, "", DAY, DAY, **fields)  # type: ignore[arg-type]


PLAN = [block("07:00", "08:00", "Run", BlockKind.PERSONAL), block("08:30", "10:00", "Deep work"),
        block("10:00", "10:30", "1:1 Sam", BlockKind.MEETING)]  # fmt: skip


def said(reminders: list[Reminder]) -> list[str]:
    return [f"{r.block.title} {'starts' if r.starting else 'soon'}" for r in reminders]


def test_before_and_at_the_start_each_once() -> None:
    assert said(due(PLAN, LEAD, at("08:20"), at("08:25"))) == ["Deep work soon"]
    assert said(due(PLAN, LEAD, at("08:25"), at("08:30"))) == ["Deep work starts"]
    assert said(due(PLAN, LEAD, at("08:30"), at("09:55"))) == ["1:1 Sam soon"]
    assert said(due(PLAN, timedelta(0), at("08:20"), at("08:29"))) == []
    assert next_due(PLAN, LEAD, at("08:25")) == at("08:30")
    assert next_due(PLAN, LEAD, at("08:30")) == at("09:55")
    assert next_due(PLAN, LEAD, at("10:00")) is None


def test_no_burst_after_sleep_or_a_late_start_only_what_still_runs() -> None:
    # Asleep from 06:00 to 09:00: the run is over, deep work still runs, nothing else.
    assert said(due(PLAN, LEAD, at("06:00"), at("09:00"))) == ["Deep work starts"]
    # Started at 10:10, looking back a day: only the 1:1, which still runs.
    assert said(due(PLAN, LEAD, at("10:10") - timedelta(days=1), at("10:10"))) == ["1:1 Sam starts"]
    assert due(PLAN, LEAD, at("06:00"), at("11:00")) == []


def test_all_day_blocks_get_no_reminder() -> None:
    holiday = block("00:00", "23:59", "Holiday", all_day=True)
    assert due([holiday], LEAD, at("00:00") - timedelta(minutes=10), at("12:00")) == []
    assert next_due([holiday], LEAD, at("00:00") - timedelta(hours=1)) is None


def test_the_running_focus_block_and_the_time_left() -> None:
    assert running_focus(PLAN, at("09:00")) == PLAN[1]
    assert running_focus(PLAN, at("10:10")) is None  # a meeting is no focus time
    assert time_left(PLAN[1], at("09:00")) == "1 h left"
    assert time_left(PLAN[1], at("08:30") + timedelta(seconds=1)) == "1 h 30 min left"
    assert time_left(PLAN[1], at("09:58")) == "2 min left"
