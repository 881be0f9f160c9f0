"""WeeklyPlan: which tasks and blocks land in which section for a given week, in which order,
in the week's time zone; read through the service and straight from the file alike."""

from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.model.block import BlockDraft, BlockKind, Slot
from app.model.plan import WORK_HOURS, WeeklyPlan, plan_for, read_plan
from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.task import TaskDraft
from app.model.week import Week, local_instant

BERLIN = ZoneInfo("Europe/Berlin")
WEEK = Week(date(2026, 11, 23), BERLIN)  # Monday 23 to Sunday 29 November 2026
TODAY = date(2026, 11, 25)  # the Wednesday
PRINTED = datetime(2026, 11, 25, 8, 0, tzinfo=BERLIN)


def at(day: date, hour: int, minute: int = 0, zone: tzinfo = BERLIN) -> datetime:
    return local_instant(day, hour * 60 + minute, zone)


def day(offset: int) -> date:
    """A day relative to TODAY."""
    return TODAY + timedelta(days=offset)


def add(service: Services, *drafts: TaskDraft) -> dict[str, int]:
    return {task.title: task.id for task in service.tasks.add(list(drafts)).created()}


def block(
    start: datetime,
    minutes: int,
    title: str = "",
    task_id: int | None = None,
    kind: BlockKind = BlockKind.FOCUS,
) -> BlockDraft:
    return BlockDraft(start, start + timedelta(minutes=minutes), title, kind, task_id)


def make_plan(service: Services, week: Week = WEEK, name: str | None = None) -> WeeklyPlan:
    return plan_for(service, week, TODAY, PRINTED, name)


def titles(items: object) -> list[str]:
    return [item.title for item in items]  # type: ignore[attr-defined]


def test_an_empty_week_has_empty_sections_and_the_working_day(service: Services) -> None:
    plan = make_plan(service)
    assert plan.is_empty
    assert (plan.blocks, plan.do, plan.scheduled, plan.unscheduled, plan.delegated) == (
        (),
        (),
        (),
        (),
        (),
    )
    assert plan.inbox == 0
    assert plan.hours == WORK_HOURS
    assert plan.title == "Week 48 · 2026"
    assert plan.name is None


def test_header_facts(service: Services) -> None:
    printed_utc = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
    plan = plan_for(service, WEEK, TODAY, printed_utc, "  Alex Morgan  ")
    assert plan.name == "Alex Morgan"
    assert plan.printed == printed_utc
    assert plan.printed.utcoffset() == timedelta(hours=1)
    assert plan.week.name == "2026-W48"


def test_only_open_tasks_are_listed_and_eliminate_never(service: Services) -> None:
    ids = add(
        service,
        TaskDraft("open do", Quadrant.DO),
        TaskDraft("done do", Quadrant.DO),
        TaskDraft("open defer", Quadrant.DEFER),
        TaskDraft("done defer", Quadrant.DEFER),
        TaskDraft("open delegate", Quadrant.DELEGATE, delegate="Dana"),
        TaskDraft("done delegate", Quadrant.DELEGATE, delegate="Eli"),
        TaskDraft("drop it", Quadrant.ELIMINATE),
        TaskDraft("idea 1"),
        TaskDraft("idea 2"),
        TaskDraft("old idea"),
    )
    service.tasks.set_done(
        [ids["done do"], ids["done defer"], ids["done delegate"], ids["old idea"]], True
    )
    plan = make_plan(service)
    assert titles(plan.do) == ["open do"]
    assert titles(plan.unscheduled) == ["open defer"]
    assert plan.scheduled == ()
    assert titles(plan.delegated) == ["open delegate"]
    assert plan.inbox == 2
    listed = titles(plan.do) + titles(plan.unscheduled) + titles(plan.delegated)
    assert "drop it" not in listed
    assert not plan.is_empty


def test_do_lists_what_is_due_by_the_week_s_end_first_then_lane_order(
    service: Services,
) -> None:
    add(
        service,
        TaskDraft("undated first in lane", Quadrant.DO),
        TaskDraft("due next month", Quadrant.DO, due=day(30)),
        TaskDraft("due Sunday", Quadrant.DO, due=date(2026, 11, 29)),
        TaskDraft("due today", Quadrant.DO, due=TODAY, estimate=45),
        TaskDraft("overdue last week", Quadrant.DO, due=day(-9)),
        TaskDraft("undated last in lane", Quadrant.DO),
        TaskDraft("overdue yesterday", Quadrant.DO, due=day(-1)),
    )
    plan = make_plan(service)
    assert titles(plan.do) == [
        "overdue last week",
        "overdue yesterday",
        "due today",
        "due Sunday",
        "undated first in lane",
        "due next month",
        "undated last in lane",
    ]
    flags = {item.title: (item.overdue, item.due_today) for item in plan.do}
    assert flags["overdue last week"] == (True, False)
    assert flags["due today"] == (False, True)
    assert flags["due Sunday"] == (False, False)
    assert flags["undated first in lane"] == (False, False)
    assert next(item for item in plan.do if item.title == "due today").estimate == 45


def test_defer_splits_scheduled_from_not_scheduled(service: Services) -> None:
    ids = add(
        service,
        TaskDraft("unscheduled", Quadrant.DEFER, due=day(20)),
        TaskDraft("thursday and friday", Quadrant.DEFER),
        TaskDraft("tuesday", Quadrant.DEFER),
        TaskDraft("next week only", Quadrant.DEFER),
        TaskDraft("only last week", Quadrant.DEFER),
        TaskDraft("also unscheduled", Quadrant.DEFER),
    )
    service.blocks.add(
        [
            block(at(date(2026, 11, 27), 9), 60, task_id=ids["thursday and friday"]),
            block(at(date(2026, 11, 26), 14), 90, task_id=ids["thursday and friday"]),
            block(at(date(2026, 11, 24), 10), 120, task_id=ids["tuesday"]),
            block(at(date(2026, 12, 2), 10), 60, task_id=ids["next week only"]),
            block(at(date(2026, 11, 18), 10), 60, task_id=ids["only last week"]),
        ]
    )
    plan = make_plan(service)
    assert titles(plan.scheduled) == ["tuesday", "thursday and friday", "next week only"]
    assert titles(plan.unscheduled) == ["unscheduled", "only last week", "also unscheduled"]
    thursday = plan.scheduled[1]
    assert thursday.this_week == (
        Slot(at(date(2026, 11, 26), 14), at(date(2026, 11, 26), 15, 30)),
        Slot(at(date(2026, 11, 27), 9), at(date(2026, 11, 27), 10)),
    )
    assert thursday.this_week[0].start.tzinfo is BERLIN  # shown in the week's zone
    assert thursday.later == ()
    later = plan.scheduled[2]
    assert later.this_week == ()
    assert later.first_slot == later.later[0]
    assert plan.unscheduled[0].due == day(20)


def test_a_block_that_began_last_week_schedules_the_task_this_week(service: Services) -> None:
    ids = add(service, TaskDraft("over midnight", Quadrant.DEFER))
    start = at(date(2026, 11, 22), 23)  # Sunday before the week, 23:00, for two hours
    service.blocks.add([block(start, 120, task_id=ids["over midnight"])])
    plan = make_plan(service)
    assert titles(plan.scheduled) == ["over midnight"]
    assert [b.title for b in plan.blocks] == ["over midnight"]
    assert plan.hours == (0, 18)  # the part after midnight sits at the top of Monday


def test_delegate_flags_follow_ups_that_are_overdue(service: Services) -> None:
    add(
        service,
        TaskDraft("no date", Quadrant.DELEGATE, delegate="Chen"),
        TaskDraft("next week", Quadrant.DELEGATE, delegate="Ben", follow_up=day(7)),
        TaskDraft("today", Quadrant.DELEGATE, delegate="Ana", follow_up=TODAY),
        TaskDraft("late", Quadrant.DELEGATE, delegate="Priya", follow_up=day(-3)),
        TaskDraft("nobody yet", Quadrant.DELEGATE, follow_up=day(1)),
    )
    plan = make_plan(service)
    assert titles(plan.delegated) == ["late", "today", "nobody yet", "next week", "no date"]
    by_title = {item.title: item for item in plan.delegated}
    assert (by_title["late"].delegate, by_title["late"].overdue) == ("Priya", True)
    assert by_title["late"].follow_up == day(-3)
    assert (by_title["today"].overdue, by_title["today"].due_today) == (False, True)
    assert not by_title["next week"].overdue
    assert by_title["nobody yet"].delegate is None
    assert by_title["no date"].follow_up is None
    assert not by_title["no date"].overdue


def test_overdue_is_relative_to_today_not_to_the_week_shown(service: Services) -> None:
    add(service, TaskDraft("late", Quadrant.DELEGATE, delegate="Ana", follow_up=day(-1)))
    next_week = make_plan(service, WEEK.shifted(1))
    last_week = make_plan(service, WEEK.shifted(-1))
    assert next_week.delegated[0].overdue
    assert last_week.delegated[0].overdue


def test_blocks_of_the_week_carry_their_task_s_quadrant(service: Services) -> None:
    ids = add(
        service,
        TaskDraft("a do task", Quadrant.DO),
        TaskDraft("an eliminated one", Quadrant.ELIMINATE),
        TaskDraft("finished", Quadrant.DEFER),
    )
    monday = date(2026, 11, 23)
    service.blocks.add(
        [
            block(at(monday, 9), 15, "Standup", kind=BlockKind.MEETING),
            block(at(monday, 10), 60, task_id=ids["a do task"]),
            block(at(monday, 11), 60, task_id=ids["an eliminated one"]),
            block(at(monday, 12), 30, task_id=ids["finished"]),
            block(at(monday, 19), 60, "Gym", kind=BlockKind.PERSONAL),
            block(at(monday - timedelta(days=1), 10), 60, "last week"),
            block(at(monday + timedelta(days=7), 10), 60, "next week"),
        ]
    )
    service.tasks.set_done([ids["finished"]], True)
    plan = make_plan(service)
    shown = {b.title: b for b in plan.blocks}
    assert list(shown) == ["Standup", "a do task", "an eliminated one", "finished", "Gym"]
    assert shown["Standup"].quadrant is None
    assert shown["Standup"].kind is BlockKind.MEETING
    assert shown["a do task"].quadrant is Quadrant.DO
    assert shown["an eliminated one"].quadrant is Quadrant.ELIMINATE
    assert shown["finished"].quadrant is Quadrant.DEFER
    assert shown["finished"].task_done
    assert shown["Gym"].start.tzinfo is BERLIN
    assert f"{shown['Gym'].start:%H:%M}" == "19:00"
    assert plan.hours == (8, 20)
    assert {p.segment.block_id for p in plan.placed} == {b.id for b in plan.blocks}
    assert plan.unscheduled == ()  # "finished" is done: not listed, though its block shows


def test_the_week_is_the_local_one(service: Services) -> None:
    # 23:30 UTC on Sunday 22 November is already Monday 00:30 in Berlin.
    instant = datetime(2026, 11, 22, 23, 30, tzinfo=UTC)
    service.blocks.add([block(instant, 30, "Night call", kind=BlockKind.MEETING)])
    berlin = make_plan(service, Week(date(2026, 11, 23), BERLIN))
    utc = make_plan(service, Week(date(2026, 11, 23), UTC))
    utc_before = make_plan(service, Week(date(2026, 11, 16), UTC))
    assert [b.title for b in berlin.blocks] == ["Night call"]
    assert f"{berlin.blocks[0].start:%a %H:%M}" == "Mon 00:30"
    assert berlin.placed[0].segment.day == 0
    assert berlin.hours == (0, 18)
    assert utc.blocks == ()
    assert [b.title for b in utc_before.blocks] == ["Night call"]
    assert utc_before.placed[0].segment.day == 6  # Sunday in UTC


def test_a_week_with_a_daylight_saving_change(service: Services) -> None:
    week = Week(date(2026, 10, 19), BERLIN)  # Sunday 25 October: 03:00 back to 02:00
    sunday = date(2026, 10, 25)
    service.blocks.add([block(at(sunday, 9), 60, "Sunday walk", kind=BlockKind.PERSONAL)])
    plan = make_plan(service, week)
    assert [b.title for b in plan.blocks] == ["Sunday walk"]
    walk = plan.blocks[0]
    assert f"{walk.start:%H:%M}–{walk.end:%H:%M}" == "09:00–10:00"
    assert walk.start.utcoffset() == timedelta(hours=1)  # winter time again
    segment = plan.placed[0].segment
    assert (segment.day, segment.top, segment.bottom) == (6, 540, 600)


def test_reading_the_file_directly_gives_the_same_plan(service: Services, db_path: Path) -> None:
    ids = add(
        service,
        TaskDraft("do it", Quadrant.DO, due=day(1)),
        TaskDraft("plan it", Quadrant.DEFER),
        TaskDraft("hand it over", Quadrant.DELEGATE, delegate="Sam", follow_up=day(-1)),
        TaskDraft("park it", Quadrant.ELIMINATE),
        TaskDraft("new"),
    )
    service.blocks.add(
        [
            block(at(date(2026, 11, 24), 10), 90, task_id=ids["plan it"]),
            block(at(date(2026, 11, 24), 11), 30, "Sync", kind=BlockKind.MEETING),
            block(at(date(2026, 11, 26), 9), 60, task_id=ids["park it"]),
        ]
    )
    from_service = make_plan(service, name="Sam")
    from_file = read_plan(db_path, WEEK, TODAY, PRINTED, "Sam")
    assert from_file == from_service
    assert [b.quadrant for b in from_file.blocks] == [Quadrant.DEFER, None, Quadrant.ELIMINATE]


def test_non_latin_titles_pass_through_unchanged(service: Services) -> None:
    names = ["Préparer la rétro — Zürich", "年度計画のレビュー", "مراجعة خطة التوظيف", "🎉 launch"]
    add(service, *(TaskDraft(name, Quadrant.DO) for name in names))
    assert titles(make_plan(service).do) == names


@pytest.mark.parametrize("zone", [BERLIN, UTC, ZoneInfo("America/Los_Angeles")])
def test_every_block_overlapping_the_week_is_placed(service: Services, zone: tzinfo) -> None:
    week = Week(date(2026, 11, 23), zone)
    drafts = [
        block(week.start + timedelta(hours=h * 7), 45 + (h % 5) * 30, f"b{h}") for h in range(24)
    ]
    service.blocks.add(drafts)
    plan = make_plan(service, week)
    assert len(plan.blocks) == 24
    assert {p.segment.block_id for p in plan.placed} == {b.id for b in plan.blocks}
    first, last = plan.hours
    assert 0 <= first <= 8
    assert 18 <= last <= 24
    for placed in plan.placed:
        assert first * 60 <= placed.segment.top
        assert placed.segment.bottom <= last * 60


def test_all_day_events_are_a_line_of_their_own_not_blocks_in_the_grid(
    service: Services, db_path: Path
) -> None:
    from app.model.calendar_import import read_calendar

    data = (
        "BEGIN:VCALENDAR\nVERSION:2.0\n"
        "BEGIN:VEVENT\nUID:off\nDTSTART;VALUE=DATE:20261126\nSUMMARY:Offsite\nEND:VEVENT\n"
        "BEGIN:VEVENT\nUID:m\nDTSTART:20261124T090000Z\nDTEND:20261124T100000Z\n"
        "SUMMARY:Planning\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    service.calendar.apply(read_calendar(data.encode(), "team.ics", BERLIN, TODAY))
    plan = make_plan(service)
    assert plan.all_day == ((date(2026, 11, 26), "Offsite"),)
    assert titles(plan.blocks) == ["Planning"]
    assert plan.hours == WORK_HOURS  # the all-day event does not stretch the grid to 24 hours
    assert read_plan(db_path, WEEK, TODAY, PRINTED) == plan


def test_suggested_moves_are_marked_where_the_task_is_listed(
    service: Services, db_path: Path
) -> None:
    ids = add(
        service,
        TaskDraft("Budget review", Quadrant.DEFER, due=day(1)),
        TaskDraft("Later report", Quadrant.DEFER, due=day(9)),
        TaskDraft("Vendor contract", Quadrant.DELEGATE, delegate="Priya", due=day(2),
                  follow_up=day(4)),
        TaskDraft("On time", Quadrant.DELEGATE, delegate="Sam", due=day(2), follow_up=day(1)),
        TaskDraft("Expense claim", Quadrant.INBOX, due=day(-1)),
        TaskDraft("Old newsletter", Quadrant.ELIMINATE, due=day(0)),
        TaskDraft("Team offsite", Quadrant.INBOX, due=day(5)),
        TaskDraft("Dismissed one", Quadrant.INBOX, due=day(1)),
    )  # fmt: skip
    service.delegation.dismiss([ids["Dismissed one"]])
    plan = make_plan(service)

    [budget, later] = plan.unscheduled
    assert budget.title == "Budget review"
    assert budget.suggested is not None
    assert budget.suggested.question() == "Due Thu 26 Nov (tomorrow): move to Do?"
    assert later.suggested is None  # due after the horizon
    vendor, on_time = sorted(plan.delegated, key=lambda item: item.title != "Vendor contract")
    assert vendor.due_first == date(2026, 11, 27)  # due before the follow-up on Sunday
    assert on_time.due_first is None
    # listed nowhere else: under Do, by due date; the dismissed one and the distant one not
    assert [(s.title, s.quadrant, s.overdue) for s in plan.suggested] == [
        ("Expense claim", Quadrant.INBOX, True),
        ("Old newsletter", Quadrant.ELIMINATE, False),
    ]
    assert (
        plan.suggested[0].suggestion.question() == "Due Tue 24 Nov (overdue by 1 day): move to Do?"
    )
    assert plan.inbox == 3

    wider = plan_for(service, WEEK, TODAY, PRINTED, horizon=5)
    assert "Team offsite" in titles(wider.suggested)
    assert read_plan(db_path, WEEK, TODAY, PRINTED, horizon=5) == wider
