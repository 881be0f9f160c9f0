"""Week templates: a week's focus blocks by weekday and wall time, put into another week at the
same wall times (also across a daylight-saving change); kept as text that survives hand edits."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from app.model.block import BlockKind, TimeBlock
from app.model.week import Week
from app.model.week_template import TemplateBlock, drafts_for, dump, load, template_of

BERLIN = ZoneInfo("Europe/Berlin")
SUMMER = Week(date(2026, 10, 19), BERLIN)  # before the clocks go back on 25 October
STAMP = datetime(2026, 1, 1, tzinfo=UTC)


def block(
    day: int, clock: str, minutes: int, title: str, kind: BlockKind = BlockKind.FOCUS
) -> TimeBlock:
    hours, mins = map(int, clock.split(":"))
    start = datetime.combine(SUMMER.days[day], time(hours, mins), BERLIN).astimezone(UTC)
    end = start + timedelta(minutes=minutes)
    return TimeBlock(1, "u", start, end, title, kind, None, "", STAMP, STAMP)


def test_focus_blocks_come_back_at_the_same_wall_times_in_another_week() -> None:
    week = [block(1, "09:00", 120, "Deep work"), block(3, "09:00", 120, "Deep work"),
            block(2, "14:00", 30, "1:1 Sam", BlockKind.MEETING)]  # fmt: skip
    template = template_of(week, SUMMER)
    assert template == [
        TemplateBlock(1, 540, 120, "Deep work"),
        TemplateBlock(3, 540, 120, "Deep work"),
    ]
    winter = SUMMER.shifted(1)  # the clocks went back
    drafts = drafts_for(template, winter)
    local = [(f"{d.start.astimezone(BERLIN):%a %d %H:%M}", f"{d.end.astimezone(BERLIN):%H:%M}")
             for d in drafts]  # fmt: skip
    assert local == [("Tue 27 09:00", "11:00"), ("Thu 29 09:00", "11:00")]


def test_templates_round_trip_as_text_and_hand_edits_are_left_out() -> None:
    templates = {"Deep week": [TemplateBlock(0, 480, 90, "Plan, then build")]}
    assert load(dump(templates)) == templates
    assert load("not json") == {}
    assert load('{"Odd": [[9, 0, 30, "x"]], "Fine": [[1, 60, 30, "y"]]}') == {
        "Odd": [],
        "Fine": [TemplateBlock(1, 60, 30, "y")],
    }
