"""Calendar files brought in: real-world untidiness, repeating events across daylight-saving
changes, all-day events, re-import by UID, one undo step, and export → import → export."""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.model.block import BlockKind, TimeBlock
from app.model.calendar_export import calendar_file
from app.model.calendar_import import Cancelled, read_calendar
from app.model.calendar_service import ImportResult
from app.model.quadrant import Quadrant
from app.model.services import Services

BERLIN = ZoneInfo("Europe/Berlin")
SAO_PAULO = ZoneInfo("America/Sao_Paulo")
TODAY = date(2026, 10, 20)


def ics(*items: str, header: str = "") -> bytes:
    body = "".join(items)
    return f"BEGIN:VCALENDAR\nVERSION:2.0\n{header}{body}END:VCALENDAR\n".encode()


def event(uid: str, start: str, end: str, summary: str, extra: str = "") -> str:
    return (
        f"BEGIN:VEVENT\nUID:{uid}\nDTSTART{start}\nDTEND{end}\nSUMMARY:{summary}\n{extra}"
        "END:VEVENT\n"
    )


def blocks(service: Services) -> list[TimeBlock]:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    return service.blocks.between(start, start + timedelta(days=800))


def bring(
    service: Services, data: bytes, zone: ZoneInfo = BERLIN, name: str = "team.ics"
) -> ImportResult:
    return service.calendar.apply(read_calendar(data, name, zone, TODAY))


def test_events_become_meetings_from_the_file_and_todos_inbox_tasks(service: Services) -> None:
    data = ics(
        event("a", ";TZID=Europe/Berlin:20261021T090000", ";TZID=Europe/Berlin:20261021T100000",
              "Planning"),
        "BEGIN:VTODO\nUID:t1\nSUMMARY:Send notes\nDUE;VALUE=DATE:20261023\nEND:VTODO\n",
    )  # fmt: skip
    result = bring(service, data)
    [block] = blocks(service)
    assert (block.title, block.kind, block.source) == ("Planning", BlockKind.MEETING, "team.ics")
    assert block.start == datetime(2026, 10, 21, 7, tzinfo=UTC)
    [task] = service.tasks.lanes()
    assert (task.title, task.quadrant, task.due) == (
        "Send notes",
        Quadrant.INBOX,
        date(2026, 10, 23),
    )
    assert result.summary("team.ics") == "Imported 1 event and 1 to-do from team.ics."


def test_untidy_files_import_the_good_items_and_name_the_bad(service: Services) -> None:
    text = (
        "\ufeffBEGIN:VCALENDAR\nVERSION:2.0\nX-WR-TIMEZONE:America/Sao_Paulo\n"
        + event("win", ";TZID=W. Europe Standard Time:20261021T090000",
                ";TZID=W. Europe Standard Time:20261021T100000", "Windows zone")
        + event("float", ":20261022T090000", ":20261022T093000", "Floating")
        + event("utc", ":20261023T090000Z", ":20261023T093000Z", "In UTC")
        + event("bad", ":2026bad", ":20261023T093000Z", "Bad start")
        + event("long", ":20261024T090000Z", ":20261024T100000Z", "L" * 5000,
                "DESCRIPTION:" + "x" * 3000 + "\n")
        + "BEGIN:VEVENT\nUID:cut\nDTSTART:20261025T090000Z\nSUMMARY:Cut off\n"
    )  # fmt: skip
    result = bring(service, text.encode())  # LF only, a BOM, no END at all
    found = {b.external_uid: b for b in blocks(service)}
    assert set(found) == {"win", "float", "utc", "long"}
    assert found["win"].start == datetime(2026, 10, 21, 7, tzinfo=UTC)
    assert found["float"].start == datetime(2026, 10, 22, 12, tzinfo=UTC)  # São Paulo, UTC-3
    assert found["utc"].start == datetime(2026, 10, 23, 9, tzinfo=UTC)
    assert len(found["long"].title) == 500
    line = result.summary("team.ics")
    assert line.startswith("Imported 4 events from team.ics, skipped 2: ")
    assert "bad DTSTART" in line
    assert "no END:VEVENT" in line


def test_nothing_readable_is_no_traceback(service: Services) -> None:
    result = bring(service, b"\x00\xff garbage \r\r\n BEGIN:VEVENT\n")
    assert result.events == 0
    assert blocks(service) == []


@pytest.mark.parametrize(
    ("zone", "first", "local_hour_days"),
    [
        (BERLIN, "20261019T090000", ["2026-10-19", "2026-10-26"]),  # clocks back on 25 Oct
        (SAO_PAULO, "20261102T090000", ["2026-11-02", "2026-11-09"]),
    ],
)
def test_weekly_meetings_keep_their_local_hour_across_dst(
    service: Services, zone: ZoneInfo, first: str, local_hour_days: list[str]
) -> None:
    name = zone.key
    data = ics(event("w", f";TZID={name}:{first}", f";TZID={name}:{first[:-6]}100000", "Weekly",
                     "RRULE:FREQ=WEEKLY;COUNT=2\n"))  # fmt: skip
    bring(service, data, zone)
    found = blocks(service)
    assert [b.start.astimezone(zone).date().isoformat() for b in found] == local_hour_days
    assert {b.start.astimezone(zone).hour for b in found} == {9}


def test_repeats_follow_exdate_rdate_and_overrides_and_stop_at_the_window(
    service: Services,
) -> None:
    data = ics(
        event("d", ":20261021T090000Z", ":20261021T091500Z", "Standup",
              "RRULE:FREQ=DAILY\nEXDATE:20261022T090000Z\nRDATE:20261021T150000Z\n"),
        event("d", ":20261023T110000Z", ":20261023T111500Z", "Standup moved",
              "RECURRENCE-ID:20261023T090000Z\n"),
    )  # fmt: skip
    bring(service, data)
    found = blocks(service)
    starts = [b.start for b in found]
    assert datetime(2026, 10, 22, 9, tzinfo=UTC) not in starts
    assert datetime(2026, 10, 21, 15, tzinfo=UTC) in starts
    moved = [b for b in found if b.title == "Standup moved"]
    assert [b.start for b in moved] == [datetime(2026, 10, 23, 11, tzinfo=UTC)]
    # unbounded: until 26 weeks after today, and no further
    assert max(starts) < datetime.combine(TODAY + timedelta(weeks=26), datetime.min.time(), UTC)
    assert len(found) == 26 * 7 - 1 - 1 + 1  # each day from tomorrow, less EXDATE, plus RDATE


def test_all_day_events_are_all_day_blocks_per_day(service: Services) -> None:
    data = ics(event("off", ";VALUE=DATE:20261026", ";VALUE=DATE:20261028", "Offsite"))
    bring(service, data)
    found = blocks(service)
    assert [(b.all_day, b.start.astimezone(BERLIN).date()) for b in found] == [
        (True, date(2026, 10, 26)),
        (True, date(2026, 10, 27)),
    ]
    assert all(b.start.astimezone(BERLIN).hour == 0 for b in found)


def test_import_again_updates_by_uid_and_removes_only_what_left_that_file(
    service: Services,
) -> None:
    first = ics(
        event("a", ":20261021T090000Z", ":20261021T100000Z", "One"),
        event("b", ":20261022T090000Z", ":20261022T100000Z", "Two"),
    )
    bring(service, first)
    bring(service, first, name="other.ics")
    again = ics(event("a", ":20261021T100000Z", ":20261021T110000Z", "One, later"))
    result = bring(service, again)
    mine = [(b.title, b.start.hour) for b in blocks(service) if b.source == "team.ics"]
    assert mine == [("One, later", 10)]
    assert len([b for b in blocks(service) if b.source == "other.ics"]) == 2
    assert result.removed == 1


def test_an_import_is_one_undo_step(service: Services) -> None:
    data = ics(
        event("a", ":20261021T090000Z", ":20261021T100000Z", "One"),
        "BEGIN:VTODO\nUID:t\nSUMMARY:Todo\nEND:VTODO\n",
    )
    change = bring(service, data).change
    service.undo.undo(change)
    assert blocks(service) == []
    assert service.tasks.lanes() == []
    service.undo.redo(change)
    assert [b.title for b in blocks(service)] == ["One"]


def test_cancel_leaves_nothing(service: Services) -> None:
    many = ics(*(event(f"e{n}", ":20261021T090000Z", ":20261021T100000Z", "E") for n in range(500)))
    with pytest.raises(Cancelled):
        read_calendar(many, "x.ics", BERLIN, TODAY, lambda done, total: done < 200)
    assert blocks(service) == []


def test_export_import_export_is_the_same_but_for_dtstamp(tmp_path: Path) -> None:
    from app.model.database import open_database

    def fresh(name: str) -> Services:
        return Services.open(open_database(tmp_path / name).path)

    source, copy = fresh("a"), fresh("b")
    try:
        data = ics(
            event("x", ";TZID=Europe/Berlin:20261021T090000", ";TZID=Europe/Berlin:20261021T100000",
                  "Review; with, commas", "DESCRIPTION:line one\\nline two\n"),
            event("y", ";VALUE=DATE:20261023", ";VALUE=DATE:20261024", "Holiday"),
        )  # fmt: skip
        bring(source, data)
        now = datetime(2026, 10, 20, 12, tzinfo=UTC)
        first = calendar_file(blocks(source), {}, BERLIN, now)
        copy.calendar.apply(read_calendar(first, "first.ics", BERLIN, TODAY))
        second = calendar_file(blocks(copy), {}, BERLIN, now + timedelta(hours=1))
    finally:
        source.close()
        copy.close()

    def without_stamp(text: bytes) -> list[bytes]:
        return [line for line in text.splitlines() if not line.startswith(b"DTSTAMP")]

    assert without_stamp(first) != without_stamp(first.replace(b"Holiday", b"x"))
    assert without_stamp(second) == without_stamp(first)
