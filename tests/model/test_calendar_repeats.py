"""Repeating blocks in calendar files: a series is written as RRULE, EXDATE and RECURRENCE-ID
overrides, and a file from Quadrant brings it back as a series, not expanded; export → import
→ export gives the same events."""

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.model.block import BlockDraft, TimeBlock
from app.model.calendar_export import calendar_file
from app.model.calendar_import import read_calendar
from app.model.database import open_database
from app.model.repeats import Scope, parse_rule
from app.model.services import Services
from app.model.week import Week

BERLIN = ZoneInfo("Europe/Berlin")
FIRST = Week(date(2026, 11, 30), BERLIN)
NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[list[Services]]:
    opened: list[Services] = []
    yield opened
    for services in opened:
        services.close()


def open_fresh(tmp_path: Path, opened: list[Services], name: str) -> Services:
    services = Services.open(open_database(tmp_path / name).path)
    opened.append(services)
    return services


def weeks(services: Services, count: int = 6) -> list[tuple[str, str]]:
    """Every block of the next weeks as (local start, title)."""
    found = []
    for n in range(count):
        week = FIRST.shifted(n)
        for block in services.blocks.between(week.start, week.end, BERLIN):
            found.append((f"{block.start.astimezone(BERLIN):%a %d %b %H:%M}", block.title))
    return found


def exported(services: Services, now: datetime = NOW) -> bytes:
    blocks = services.blocks.for_calendar(FIRST.start, FIRST.shifted(6).end, BERLIN)
    return calendar_file(blocks, {}, BERLIN, now)


def occurrence(services: Services, week: int, index: int) -> TimeBlock:
    shown = FIRST.shifted(week)
    return services.blocks.between(shown.start, shown.end, BERLIN)[index]


def test_a_series_goes_out_as_a_rule_and_comes_back_as_one(
    tmp_path: Path, fresh: list[Services]
) -> None:
    source = open_fresh(tmp_path, fresh, "a")
    start = datetime(2026, 12, 1, 9, tzinfo=BERLIN)
    rule = parse_rule("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=10", start, BERLIN)
    source.blocks.add([BlockDraft(start, start + timedelta(hours=2), "Deep work", repeat=rule)])
    source.series.delete(occurrence(source, 1, 0), Scope.THIS)  # Tue 8 Dec
    moved = occurrence(source, 2, 1)  # Thu 17 Dec, to 14:00
    source.series.change_span(
        moved, moved.start + timedelta(hours=5), moved.end + timedelta(hours=5)
    )

    first = exported(source)
    text = first.decode()
    assert text.count("BEGIN:VEVENT") == 2
    assert "RRULE:FREQ=WEEKLY;COUNT=10;BYDAY=TU,TH" in text
    assert "EXDATE;TZID=Europe/Berlin:20261208T090000" in text
    assert "RECURRENCE-ID;TZID=Europe/Berlin:20261217T090000" in text
    assert "DTSTART;TZID=Europe/Berlin:20261217T140000" in text

    copy = open_fresh(tmp_path, fresh, "b")
    result = copy.calendar.apply(read_calendar(first, "plan.ics", BERLIN, NOW.date()))
    assert result.events == 2  # the series and the one changed on its own, not 9 blocks
    assert weeks(copy) == weeks(source)
    assert len(weeks(copy)) == 9  # ten, less the one deleted
    assert ("Thu 17 Dec 14:00", "Deep work") in weeks(copy)

    second = exported(copy, NOW + timedelta(hours=1))

    def events(data: bytes) -> list[str]:
        kept = ("UID", "RRULE", "EXDATE", "RECURRENCE-ID", "DTSTART", "DTEND", "SUMMARY")
        return sorted(line for line in data.decode().splitlines() if line.startswith(kept))

    assert events(second) == events(first)


def test_a_series_from_the_file_is_edited_like_ones_own_and_a_new_import_keeps_one_row(
    tmp_path: Path, fresh: list[Services]
) -> None:
    source = open_fresh(tmp_path, fresh, "a")
    start = datetime(2026, 12, 4, 16, tzinfo=BERLIN)
    rule = parse_rule("FREQ=WEEKLY", start, BERLIN)
    source.blocks.add([BlockDraft(start, start + timedelta(hours=1), "Weekly review", repeat=rule)])
    copy = open_fresh(tmp_path, fresh, "b")
    data = exported(source)
    copy.calendar.apply(read_calendar(data, "plan.ics", BERLIN, NOW.date()))
    copy.calendar.apply(read_calendar(data, "plan.ics", BERLIN, NOW.date()))  # again: no copy
    assert len(weeks(copy)) == 6
    copy.series.delete(occurrence(copy, 3, 0), Scope.FOLLOWING)
    assert len(weeks(copy)) == 3
