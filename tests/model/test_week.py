"""Weeks in local time: which days a week holds, its ISO name, and daylight-saving changes."""

import time
from datetime import UTC, date, datetime, timedelta, tzinfo
from importlib.resources import files
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest

from app.model.errors import InvalidInput
from app.model.week import (
    MINUTES_PER_DAY,
    Week,
    exists_locally,
    local_instant,
    local_zone,
    parse_week,
    wall_minutes,
    week_of,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")

# The nights the clocks change in 2026, and the length of the week holding each.
SPRING_FORWARD = [(BERLIN, date(2026, 3, 29)), (NEW_YORK, date(2026, 3, 8))]
FALL_BACK = [(BERLIN, date(2026, 10, 25)), (NEW_YORK, date(2026, 11, 1))]
DST_NIGHTS = SPRING_FORWARD + FALL_BACK


def _test_id(value: object) -> str:
    """Test ids: the zone's name, the night's date."""
    return str(getattr(value, "key", value))


# -- which week a day is in -------------------------------------------------------------------


@pytest.mark.parametrize(
    "day",
    [date(2026, 11, 23), date(2026, 11, 25), date(2026, 11, 29)],  # Monday, Wednesday, Sunday
)
def test_week_of_starts_on_the_monday_before(day: date) -> None:
    week = week_of(day, UTC)
    assert week.first_day == date(2026, 11, 23)
    assert week.days == [date(2026, 11, 23) + timedelta(days=n) for n in range(7)]
    assert week.index_of(day) == (day - date(2026, 11, 23)).days


@pytest.mark.parametrize(
    ("day", "first"),
    [
        (date(2026, 11, 22), date(2026, 11, 22)),  # a Sunday starts its own week
        (date(2026, 11, 25), date(2026, 11, 22)),
        (date(2026, 11, 28), date(2026, 11, 22)),  # Saturday is the last day
        (date(2026, 11, 29), date(2026, 11, 29)),
    ],
)
def test_week_of_with_a_sunday_start(day: date, first: date) -> None:
    week = week_of(day, UTC, first_weekday=6)
    assert week.first_day == first
    assert week.days[0].weekday() == 6
    assert week.days[-1].weekday() == 5


def test_a_sunday_week_is_named_after_its_monday() -> None:
    # 22 Nov 2026 is a Sunday; the Monday among its days is in ISO week 48.
    assert week_of(date(2026, 11, 22), UTC, first_weekday=6).name == "2026-W48"
    assert week_of(date(2026, 11, 22), UTC).name == "2026-W47"


def test_index_of_days_outside_the_week_is_none() -> None:
    week = week_of(date(2026, 11, 23), UTC)
    assert week.index_of(date(2026, 11, 22)) is None
    assert week.index_of(date(2026, 11, 30)) is None
    assert week.index_of(date(2026, 11, 29)) == 6


def test_shifted_moves_by_whole_weeks() -> None:
    week = week_of(date(2026, 11, 23), BERLIN)
    assert week.shifted(1) == Week(date(2026, 11, 30), BERLIN)
    assert week.shifted(-2) == Week(date(2026, 11, 9), BERLIN)
    assert week.shifted(0) == week


# -- a week's instants, names and dates in words ----------------------------------------------


def test_start_and_end_are_local_midnights_in_utc() -> None:
    week = week_of(date(2026, 11, 25), BERLIN)  # winter: UTC+1
    assert week.start == datetime(2026, 11, 22, 23, 0, tzinfo=UTC)
    assert week.end == datetime(2026, 11, 29, 23, 0, tzinfo=UTC)
    assert week.start.astimezone(BERLIN).replace(tzinfo=None) == datetime(2026, 11, 23)
    assert [week.day_start(n) for n in range(7)] == [
        week.start + timedelta(days=n) for n in range(7)
    ]


def test_a_week_without_a_clock_change_lasts_168_hours() -> None:
    for zone in (UTC, BERLIN, NEW_YORK):
        week = week_of(date(2026, 6, 10), zone)
        assert week.end - week.start == timedelta(hours=168)


@pytest.mark.parametrize(
    ("first_day", "name", "words"),
    [
        (date(2026, 11, 23), "2026-W48", "23 – 29 Nov 2026"),
        (date(2026, 11, 30), "2026-W49", "30 Nov – 6 Dec 2026"),
        (date(2026, 12, 28), "2026-W53", "28 Dec 2026 – 3 Jan 2027"),
        (date(2027, 1, 4), "2027-W01", "4 – 10 Jan 2027"),
        (date(2025, 12, 29), "2026-W01", "29 Dec 2025 – 4 Jan 2026"),  # ISO year ≠ calendar year
        (date(2026, 3, 2), "2026-W10", "2 – 8 Mar 2026"),
    ],
)
def test_name_iso_and_span_text(first_day: date, name: str, words: str) -> None:
    week = Week(first_day, BERLIN)
    assert week.name == name
    assert week.iso == (int(name[:4]), int(name[-2:]))
    assert week.span_text() == words


# -- parse_week -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "monday"),
    [
        ("2026-W48", date(2026, 11, 23)),
        ("2026-w48", date(2026, 11, 23)),
        ("  2026-W48 ", date(2026, 11, 23)),
        ("2026W48", date(2026, 11, 23)),
        ("2026-W1", date(2025, 12, 29)),
        ("2026-W01", date(2025, 12, 29)),
        ("2026-W53", date(2026, 12, 28)),  # 2026 has 53 ISO weeks
        ("2020-W53", date(2020, 12, 28)),
    ],
)
def test_parse_week_reads_iso_weeks(text: str, monday: date) -> None:
    week = parse_week(text, BERLIN)
    assert week == Week(monday, BERLIN)
    assert week.first_day.weekday() == 0
    assert parse_week(week.name, BERLIN) == week


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2025-W53", "“2025-W53” is not a week: 2025 has weeks 1 to 52"),
        ("2026-W54", "“2026-W54” is not a week: 2026 has weeks 1 to 53"),
        ("2026-W00", "“2026-W00” is not a week: 2026 has weeks 1 to 53"),
        ("0000-W01", "“0000-W01” is not a week: there is no year 0"),
        ("2026-48", "“2026-48” is not a week; write it as YYYY-Www, e.g. 2026-W48"),
        ("next week", "“next week” is not a week; write it as YYYY-Www, e.g. 2026-W48"),
        ("", "“” is not a week; write it as YYYY-Www, e.g. 2026-W48"),
        ("2026-W480", "“2026-W480” is not a week; write it as YYYY-Www, e.g. 2026-W48"),
        ("26-W48", "“26-W48” is not a week; write it as YYYY-Www, e.g. 2026-W48"),
    ],
)
def test_parse_week_refuses_with_a_clear_message(text: str, message: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        parse_week(text, BERLIN)
    assert str(refused.value) == message


# -- daylight-saving changes ------------------------------------------------------------------


@pytest.mark.parametrize(("zone", "night"), SPRING_FORWARD, ids=_test_id)
def test_a_spring_forward_week_lasts_167_hours(zone: ZoneInfo, night: date) -> None:
    week = week_of(night, zone)
    assert week.end - week.start == timedelta(hours=167)


@pytest.mark.parametrize(("zone", "night"), FALL_BACK, ids=_test_id)
def test_a_fall_back_week_lasts_169_hours(zone: ZoneInfo, night: date) -> None:
    week = week_of(night, zone)
    assert week.end - week.start == timedelta(hours=169)


@pytest.mark.parametrize(("zone", "night"), DST_NIGHTS, ids=_test_id)
def test_nine_o_clock_is_at_wall_minute_540_every_day_of_a_dst_week(
    zone: ZoneInfo, night: date
) -> None:
    week = week_of(night, zone)
    for day in week.days:
        instant = local_instant(day, 540, zone)
        assert instant.tzinfo is UTC
        assert instant.astimezone(zone).replace(tzinfo=None) == datetime.combine(
            day, datetime.min.time()
        ) + timedelta(hours=9)
        assert wall_minutes(instant, day, zone) == 540
        # Midnight ends every day at wall minute 1440, however long the day was.
        assert wall_minutes(local_instant(day, MINUTES_PER_DAY, zone), day, zone) == 1440
    starts = [local_instant(day, 540, zone) for day in week.days]
    gaps = {later - earlier for earlier, later in pairwise(starts)}
    # 24 hours apart, except once: 23 or 25 hours across the change.
    assert gaps == {timedelta(hours=24), week.end - week.start - timedelta(hours=6 * 24)}


@pytest.mark.parametrize(("zone", "night"), DST_NIGHTS, ids=_test_id)
def test_local_instant_and_wall_minutes_round_trip(zone: ZoneInfo, night: date) -> None:
    for minutes in range(0, MINUTES_PER_DAY + 1, 15):
        if not exists_locally(night, minutes, zone):
            continue
        assert wall_minutes(local_instant(night, minutes, zone), night, zone) == minutes
    # From an instant to wall minutes and back, every quarter hour of the night: the same
    # instant, except in the repeated hour, whose wall times mean their first occurrence.
    first, last = local_instant(night, 0, zone), local_instant(night, MINUTES_PER_DAY, zone)
    instant = first
    while instant < last:
        back = local_instant(night, wall_minutes(instant, night, zone), zone)
        repeated = instant.astimezone(zone).fold == 1
        assert back == (instant - timedelta(hours=1) if repeated else instant)
        instant += timedelta(minutes=15)


@pytest.mark.parametrize(("zone", "night"), SPRING_FORWARD, ids=_test_id)
def test_two_thirty_on_a_spring_forward_night_does_not_exist(zone: ZoneInfo, night: date) -> None:
    assert not exists_locally(night, 150, zone)
    assert not exists_locally(night, 120, zone)  # 02:00 itself is skipped
    assert exists_locally(night, 119, zone)
    assert exists_locally(night, 180, zone)
    # Read with the offset from before the change: it lands as far past the gap.
    instant = local_instant(night, 150, zone)
    assert instant.astimezone(zone).strftime("%H:%M") == "03:30"
    assert wall_minutes(instant, night, zone) == 210
    assert local_instant(night, 150, zone) == local_instant(night, 210, zone)


@pytest.mark.parametrize(("zone", "night"), FALL_BACK, ids=_test_id)
def test_the_repeated_hour_of_a_fall_back_night(zone: ZoneInfo, night: date) -> None:
    # 01:30 (New York) or 02:30 (Berlin) happens twice; it exists, and means the first time.
    hour = 1 if zone is NEW_YORK else 2
    minutes = hour * 60 + 30
    assert exists_locally(night, minutes, zone)
    first = local_instant(night, minutes, zone)
    second = first + timedelta(hours=1)
    assert first.astimezone(zone).fold == 0
    assert second.astimezone(zone).fold == 1
    assert wall_minutes(first, night, zone) == wall_minutes(second, night, zone) == minutes
    assert first.astimezone(zone).dst() == timedelta(hours=1)  # still summer time
    assert second.astimezone(zone).dst() == timedelta(0)
    # Every wall time of the night exists.
    assert all(exists_locally(night, m, zone) for m in range(0, MINUTES_PER_DAY, 15))


def test_a_zone_without_changes_has_every_time() -> None:
    assert all(exists_locally(date(2026, 3, 29), m, UTC) for m in range(0, MINUTES_PER_DAY, 15))


# -- the local zone ---------------------------------------------------------------------------


def _use_tz(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("TZ", value)
    time.tzset()


@pytest.fixture(autouse=True)
def _restore_libc_zone() -> object:
    """Tests here change TZ; libc keeps what tzset() read until it is called again."""
    yield
    time.tzset()


def _offsets(zone: tzinfo) -> tuple[timedelta | None, timedelta | None]:
    january = datetime(2026, 1, 15, 12, tzinfo=zone)
    july = datetime(2026, 7, 15, 12, tzinfo=zone)
    return january.utcoffset(), july.utcoffset()


@pytest.mark.parametrize("value", ["America/New_York", ":America/New_York"])
def test_local_zone_follows_the_tz_variable(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    _use_tz(monkeypatch, value)
    assert _offsets(local_zone()) == (timedelta(hours=-5), timedelta(hours=-4))


def test_local_zone_reads_a_zone_file_named_by_tz(monkeypatch: pytest.MonkeyPatch) -> None:
    zone_file = files("tzdata.zoneinfo") / "Europe" / "Berlin"
    _use_tz(monkeypatch, str(zone_file))
    assert _offsets(local_zone()) == (timedelta(hours=1), timedelta(hours=2))


@pytest.mark.parametrize("value", ["Not/AZone", "Europe", "/no/such/zone/file", "../etc/passwd"])
def test_local_zone_falls_back_to_the_current_offset_for_a_bad_tz(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    _use_tz(monkeypatch, value)
    zone = local_zone()
    january, july = _offsets(zone)
    # A fixed offset: today's, as the system clock reports it.
    assert january == july == datetime.now().astimezone().utcoffset()
    assert local_instant(date(2026, 7, 1), 540, zone).tzinfo is UTC


def test_local_zone_without_tz_is_the_systems(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TZ", raising=False)
    time.tzset()
    zone = local_zone()
    now = datetime.now(UTC)
    assert now.astimezone(zone).utcoffset() == now.astimezone().utcoffset()
