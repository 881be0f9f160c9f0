"""Repeating blocks expanded per week: wall time kept across daylight-saving changes, month
ends, leap days, ISO week 53; rules checked and said in words."""

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

import pytest

from app.model.block import BlockKind, TimeBlock
from app.model.errors import InvalidInput
from app.model.repeats import occurrences, parse_rule, recurrence_key, rule_in_words, until_day
from app.model.week import Week, parse_week

STAMP = datetime(2026, 1, 1, tzinfo=UTC)


def series(
    rule: str, day: date, zone: tzinfo, start: time = time(9), minutes: int = 120
) -> TimeBlock:
    first = datetime.combine(day, start, zone)
    return TimeBlock(
        7, "uid", first.astimezone(UTC), (first + timedelta(minutes=minutes)).astimezone(UTC),
        "Deep work", BlockKind.FOCUS, None, "", STAMP, STAMP,
        repeat=parse_rule(rule, first, zone),
    )  # fmt: skip


def local_starts(blocks: list[TimeBlock], zone: tzinfo) -> list[str]:
    return [f"{b.start.astimezone(zone):%a %Y-%m-%d %H:%M}" for b in blocks]


def between(block: TimeBlock, zone: tzinfo, first: date, last: date) -> list[TimeBlock]:
    start = datetime.combine(first, time(), zone)
    end = datetime.combine(last + timedelta(days=1), time(), zone)
    return occurrences(block, zone, start, end)


@pytest.mark.parametrize(
    ("zone_name", "change"),
    [
        ("Europe/Berlin", date(2026, 3, 29)),  # spring forward, +1 → +2
        ("Europe/Berlin", date(2026, 10, 25)),  # fall back
        ("America/Sao_Paulo", date(2018, 11, 4)),  # its last spring forward, at midnight
        ("America/Sao_Paulo", date(2019, 2, 17)),  # and fall back
        ("Australia/Lord_Howe", date(2026, 10, 4)),  # half an hour forward
        ("Australia/Lord_Howe", date(2026, 4, 5)),  # half an hour back
    ],
)
def test_wall_time_is_kept_across_daylight_saving_changes(zone_name: str, change: date) -> None:
    zone = ZoneInfo(zone_name)
    daily = series("FREQ=DAILY", change - timedelta(days=3), zone)
    found = between(daily, zone, change - timedelta(days=2), change + timedelta(days=2))
    assert [f"{b.start.astimezone(zone):%H:%M}" for b in found] == ["09:00"] * 5
    assert [f"{b.end.astimezone(zone):%H:%M}" for b in found] == ["11:00"] * 5
    offsets = {b.start.astimezone(zone).utcoffset() for b in found}
    assert len(offsets) == 2  # the same wall time is another instant after the change
    assert [b.start.astimezone(zone).date() for b in found] == [
        change + timedelta(days=n) for n in range(-2, 3)
    ]


def test_a_time_the_clocks_skip_is_read_with_the_offset_before_the_gap() -> None:
    zone = ZoneInfo("Europe/Berlin")
    night = series("FREQ=DAILY", date(2026, 3, 27), zone, start=time(2, 30), minutes=30)
    found = between(night, zone, date(2026, 3, 28), date(2026, 3, 30))
    assert local_starts(found, zone) == [
        "Sat 2026-03-28 02:30",
        "Sun 2026-03-29 03:30",  # 02:30 does not exist that night
        "Mon 2026-03-30 02:30",
    ]


def test_the_31st_skips_shorter_months_and_the_last_day_is_each_months_own() -> None:
    zone = ZoneInfo("Europe/Berlin")
    on_31 = series("FREQ=MONTHLY", date(2027, 1, 31), zone)
    assert [b.start.astimezone(zone).date() for b in between(on_31, zone, date(2027, 1, 1),
            date(2027, 7, 31))] == [date(2027, 1, 31), date(2027, 3, 31), date(2027, 5, 31),
                                    date(2027, 7, 31)]  # fmt: skip
    last = series("FREQ=MONTHLY;BYMONTHDAY=-1", date(2028, 1, 31), zone)
    assert [b.start.astimezone(zone).date() for b in between(last, zone, date(2028, 1, 1),
            date(2028, 4, 30))] == [date(2028, 1, 31), date(2028, 2, 29), date(2028, 3, 31),
                                    date(2028, 4, 30)]  # fmt: skip
    assert rule_in_words(last.repeat or "", zone) == "every month on its last day"


def test_a_leap_day_repeats_only_in_leap_years() -> None:
    zone = ZoneInfo("America/Sao_Paulo")
    leap = series("FREQ=YEARLY", date(2024, 2, 29), zone)
    found = between(leap, zone, date(2024, 1, 1), date(2032, 12, 31))
    assert [b.start.astimezone(zone).date() for b in found] == [
        date(2024, 2, 29),
        date(2028, 2, 29),
        date(2032, 2, 29),
    ]


def test_iso_week_53_shows_its_occurrences_across_the_new_year() -> None:
    zone = ZoneInfo("Europe/Berlin")
    week = parse_week("2026-W53", zone)
    assert week.first_day == date(2026, 12, 28)
    weekly = series("FREQ=WEEKLY;BYDAY=MO,FR", date(2026, 11, 2), zone)
    found = occurrences(weekly, zone, week.start, week.end)
    assert local_starts(found, zone) == ["Mon 2026-12-28 09:00", "Fri 2027-01-01 09:00"]
    following = occurrences(weekly, zone, Week(date(2027, 1, 4), zone).start, week.shifted(1).end)
    assert local_starts(following, zone) == ["Mon 2027-01-04 09:00", "Fri 2027-01-08 09:00"]


def test_an_end_date_includes_that_day_and_a_count_counts_occurrences() -> None:
    zone = ZoneInfo("Europe/Berlin")
    rule = "FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=" + until_day(date(2026, 12, 10), zone)
    weekly = series(rule, date(2026, 12, 1), zone)
    found = between(weekly, zone, date(2026, 11, 30), date(2026, 12, 31))
    assert [b.start.astimezone(zone).day for b in found] == [1, 3, 8, 10]
    assert rule_in_words(weekly.repeat or "", zone) == "every week on Tue, Thu until 10 Dec 2026"
    counted = series("FREQ=DAILY;COUNT=3", date(2026, 12, 30), zone)
    found = between(counted, zone, date(2026, 12, 1), date(2027, 1, 31))
    assert [b.start.astimezone(zone).day for b in found] == [30, 31, 1]


def test_exceptions_are_left_out_and_each_occurrence_says_which_it_is() -> None:
    zone = ZoneInfo("Europe/Berlin")
    daily = series("FREQ=DAILY", date(2026, 12, 1), zone)
    left_out = recurrence_key(datetime(2026, 12, 2, 9, tzinfo=zone))
    daily = daily._replace(exceptions=(left_out,))
    found = between(daily, zone, date(2026, 12, 1), date(2026, 12, 3))
    assert [b.recurrence_id for b in found] == ["20261201T080000Z", "20261203T080000Z"]
    assert all(b.series_id == daily.id and b.id < 0 for b in found)
    assert len({b.id for b in found}) == 2


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("RRULE:freq=weekly;byday=tu,th", "every week on Tue, Thu"),
        ("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "every weekday"),
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "every 2 weeks on Mon"),
        ("FREQ=MONTHLY;BYDAY=2TU", "every month on the 2nd Tue"),
        ("FREQ=DAILY;COUNT=5", "every day, 5 times"),
    ],
)
def test_rules_are_checked_and_said_in_words(typed: str, words: str) -> None:
    zone = ZoneInfo("Europe/Berlin")
    start = datetime(2026, 12, 1, 9, tzinfo=zone)
    assert rule_in_words(parse_rule(typed, start, zone), zone) == words


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("every tuesday", "is not a repeat rule"),
        ("FREQ=HOURLY", "FREQ=DAILY, WEEKLY, MONTHLY or YEARLY"),
        ("FREQ=DAILY;COUNT=2;UNTIL=20270101", "both UNTIL and COUNT"),
        ("FREQ=WEEKLY;BYDAY=XX", "Quadrant can follow"),
        ("FREQ=DAILY;UNTIL=tomorrow", "not a date"),
    ],
)
def test_a_rule_that_cannot_be_followed_is_refused_in_words(typed: str, message: str) -> None:
    zone = ZoneInfo("Europe/Berlin")
    with pytest.raises(InvalidInput, match=message):
        parse_rule(typed, datetime(2026, 12, 1, 9, tzinfo=zone), zone)


@pytest.mark.parametrize(
    "rule",
    ["FREQ=DAILY", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH", "FREQ=DAILY;INTERVAL=3;UNTIL=20290101"],
)
def test_expanding_from_a_later_anchor_gives_every_occurrence_from_the_start(rule: str) -> None:
    zone = ZoneInfo("Australia/Lord_Howe")
    old = series(rule, date(2024, 1, 4), zone)
    for weeks in (0, 1, 13, 40, 95, 130):
        week = Week(date(2024, 1, 1) + timedelta(weeks=weeks), zone)
        expected = [
            moment
            for moment in every_start(old, zone)
            if week.start - timedelta(hours=3) < moment < week.end
        ]
        assert [b.start for b in occurrences(old, zone, week.start, week.end)] == expected


def every_start(block: TimeBlock, zone: tzinfo) -> list[datetime]:
    """The occurrences walked from the very start, as the rule says."""
    from dateutil.rrule import rrulestr  # type: ignore[import-untyped]

    rule = rrulestr(f"RRULE:{block.repeat}", dtstart=block.start.astimezone(zone))
    end = datetime(2027, 1, 1, tzinfo=UTC)
    return [moment.astimezone(UTC) for moment in rule.between(block.start - timedelta(1), end)]
