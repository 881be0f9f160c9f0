"""Calendar files from elsewhere: files written by another library (`vobject`) and hostile files
come in as one event each with the exact text, control characters dropped, nothing lost, and
a clear message for what cannot be read."""

from datetime import UTC, date, datetime, timedelta

import pytest
import vobject

from app.model.block import TimeBlock
from app.model.calendar_import import read_calendar
from app.model.calendar_service import ImportResult
from app.model.parsing import NOTES_MAX
from app.model.services import Services

TODAY = date(2026, 10, 20)
START = datetime(2026, 10, 21, 9, tzinfo=UTC)
HOSTILE_TITLES = [
    "Budget, hiring; and the rest",
    r"C:\team\notes \n is not a line end",
    "Line one\r\nline two",
    "Evil\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected",
    "Bell\x07 and escape\x1b[31m red",
    "Tab\there",
]


def blocks(service: Services) -> list[TimeBlock]:
    return service.blocks.between(START - timedelta(days=30), START + timedelta(days=30))


def bring(service: Services, data: bytes, name: str = "other.ics") -> ImportResult:
    return service.calendar.apply(read_calendar(data, name, UTC, TODAY))


def written_by_vobject(titles: list[str], description: str = "") -> bytes:
    calendar = vobject.iCalendar()
    for number, title in enumerate(titles):
        event = calendar.add("vevent")
        event.add("uid").value = f"v{number}@elsewhere"
        start = (START + timedelta(hours=number)).replace(tzinfo=vobject.icalendar.utc)
        event.add("dtstamp").value = START.replace(tzinfo=vobject.icalendar.utc)
        event.add("dtstart").value = start
        event.add("dtend").value = start + timedelta(minutes=30)
        event.add("summary").value = title
        if description:
            event.add("description").value = description
    return str(calendar.serialize()).encode()


def seen(text: str) -> str:
    """What Quadrant keeps of a title: one line, control characters dropped, spaces folded."""
    kept = "".join(c for c in text if c.isprintable() or c in "\t\r\n")
    return " ".join(kept.split())


def test_a_file_written_by_vobject_comes_in_with_the_exact_text(service: Services) -> None:
    notes = "Agenda:\n1. budget, hiring; plans\n2. C:\\path\\here"
    result = bring(service, written_by_vobject(HOSTILE_TITLES, notes))
    found = sorted(blocks(service), key=lambda block: block.start)
    assert [block.external_uid for block in found] == [
        f"v{n}@elsewhere" for n in range(len(HOSTILE_TITLES))
    ]  # one event each: the injected END:VEVENT is text
    assert [block.title for block in found] == [seen(title) for title in HOSTILE_TITLES]
    assert found[0].title == "Budget, hiring; and the rest"
    assert found[3].title == "Evil END:VEVENT BEGIN:VEVENT SUMMARY:Injected"
    assert found[4].title == "Bell and escape[31m red"
    assert {block.notes for block in found} == {notes}
    assert result.summary("other.ics") == "Imported 6 events from other.ics."


def hand_written(*events: str) -> bytes:
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Hostile//EN\r\n"
    return f"{head}{''.join(events)}END:VCALENDAR\r\n".encode()


def raw_event(uid: str, hour: int, lines: str) -> str:
    start = (START + timedelta(hours=hour)).strftime("%Y%m%dT%H%M%SZ")
    end = (START + timedelta(hours=hour, minutes=30)).strftime("%Y%m%dT%H%M%SZ")
    return f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTART:{start}\r\nDTEND:{end}\r\n{lines}END:VEVENT\r\n"


def test_hostile_files_come_in_one_event_each_and_what_cannot_be_read_is_named(
    service: Services,
) -> None:
    data = hand_written(
        raw_event("comma", 0, "SUMMARY:Budget\\, hiring\\; and C:\\\\team\r\n"),
        raw_event("crlf", 1, "SUMMARY:Line one\\nline two\\Nthree\r\n"),
        raw_event("inject", 2, "SUMMARY:Evil\\nEND:VEVENT\\nBEGIN:VEVENT\r\n"),
        raw_event("control", 3, "SUMMARY:Bell\x07 and\x00 null\x1b\r\nDESCRIPTION:a\x01b\r\n"),
        raw_event("big", 4, "SUMMARY:Big notes\r\nDESCRIPTION:" + "word " * 200_000 + "\r\n"),
        raw_event("broken", 5, "SUMMARY:Broken line\r\nTHIS LINE HAS NO COLON\r\n"),
        raw_event("after", 6, "SUMMARY:After the broken one\r\n"),
    )
    result = bring(service, data)
    found = {block.external_uid: block for block in blocks(service)}
    assert found["comma"].title == "Budget, hiring; and C:\\team"
    assert found["crlf"].title == "Line one line two three"
    assert found["inject"].title == "Evil END:VEVENT BEGIN:VEVENT"
    assert found["control"].title == "Bell and null"
    assert found["control"].notes == "ab"
    assert found["big"].notes == ("word " * 200_000).strip()[:NOTES_MAX].strip()
    assert found["broken"].title == "Broken line"
    assert found["after"].title == "After the broken one"
    assert len(found) == 7  # nothing lost
    assert result.summary("other.ics") == (
        "Imported 7 events from other.ics; imported in part 2: "
        "event at line 29: notes cut to 100,000 characters; "
        "event at line 36: a line it cannot read left out (Content line could not be parsed "
        "into parts: 'THIS LINE HAS NO COLON': Invalid content line)."
    )


def test_a_file_with_nothing_readable_says_so(service: Services) -> None:
    data = hand_written(
        "BEGIN:VEVENT\r\nUID:x\r\nDTSTART:tomorrow\r\nSUMMARY:Bad\r\nEND:VEVENT\r\n"
    )
    result = bring(service, data)
    assert blocks(service) == []
    assert result.summary("other.ics").startswith(
        "Imported 0 events from other.ics, skipped 1: event at line 4: bad DTSTART"
    )


@pytest.mark.parametrize("count", [1, 40])
def test_vobject_reads_back_what_it_wrote_as_we_do(service: Services, count: int) -> None:
    titles = [f"Meeting {n}, room {n}; floor \\{n}" for n in range(count)]
    bring(service, written_by_vobject(titles))
    assert sorted(block.title for block in blocks(service)) == sorted(titles)
