"""`quadrant export --ics`: calendar files that two independent parsers (icalendar, vobject) read
back exactly as Quadrant holds the blocks and tasks."""

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import icalendar
import pytest
import vobject

from .test_block_cli import added, blocks
from .test_cli import Cli, assert_user_error


def events(path: Path) -> list[Any]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return [c for c in calendar.walk() if c.name == "VEVENT"]


def vobject_events(path: Path) -> list[Any]:
    calendar = vobject.readOne(path.read_text(encoding="utf-8"))
    return list(calendar.contents.get("vevent", []))


TRICKY_TITLE = "Plan; the, offsite \\ with END:VEVENT inside"
TRICKY_NOTES = "line one\r\nEND:VEVENT\r\nBEGIN:VEVENT\nSUMMARY:injected\rlast, line; \\ done\x07"


def test_tricky_text_comes_back_as_one_event_with_the_same_text(cli: Cli, tmp_path: Path) -> None:
    block = added(cli, "--start", "2026-11-24 09:00", "--minutes", "90", "--title", TRICKY_TITLE,
                  "--notes", TRICKY_NOTES)  # fmt: skip
    target = tmp_path / "week.ics"
    out = cli.ok("export", "--ics", str(target), "--week", "2026-W48")
    assert out == f"Wrote 1 block of 2026-W48 to {target}.\n"
    expected_notes = "line one\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:injected\nlast, line; \\ done"
    [event] = events(target)
    assert str(event["summary"]) == TRICKY_TITLE
    assert str(event["description"]) == expected_notes
    assert str(event["uid"]) == block["uid"]
    [other] = vobject_events(target)
    assert other.summary.value == TRICKY_TITLE
    assert other.description.value == expected_notes
    assert other.uid.value == block["uid"]


def test_lines_are_folded_at_75_octets(cli: Cli, tmp_path: Path) -> None:
    added(cli, "--start", "2026-11-24 09:00", "--minutes", "30", "--title", "Ünïcode ✓ " * 40,
          "--notes", "Lang " * 200)  # fmt: skip
    target = tmp_path / "week.ics"
    cli.ok("export", "--ics", str(target), "--week", "2026-W48")
    raw = target.read_bytes()
    assert raw.endswith(b"\r\n")
    lines = raw.split(b"\r\n")
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # long values were folded
    [event] = events(target)
    assert str(event["summary"]) == ("Ünïcode ✓ " * 40).strip()


@pytest.mark.parametrize(
    ("zone", "week", "start", "utc_start"),
    [
        # The week the clocks go forward in Berlin (Sunday 29 March 2026).
        ("Europe/Berlin", "2026-W13", "2026-03-29 09:00", datetime(2026, 3, 29, 7, 0, tzinfo=UTC)),
        ("Europe/Berlin", "2026-W13", "2026-03-27 09:00", datetime(2026, 3, 27, 8, 0, tzinfo=UTC)),
        ("America/Sao_Paulo", "2026-W48", "2026-11-24 09:00",
         datetime(2026, 11, 24, 12, 0, tzinfo=UTC)),
    ],
)  # fmt: skip
def test_times_are_in_the_users_zone_with_its_rules(
    cli: Cli, tmp_path: Path, zone: str, week: str, start: str, utc_start: datetime
) -> None:
    from .conftest import set_zone

    set_zone(zone)
    added(cli, "--start", start, "--minutes", "60", "--title", "Focus")
    target = tmp_path / "week.ics"
    cli.ok("export", "--ics", str(target), "--week", week)
    text = target.read_text()
    assert f"TZID:{zone}" in text  # the VTIMEZONE
    assert f"DTSTART;TZID={zone}:" in text
    [event] = events(target)
    assert event.decoded("dtstart").astimezone(UTC) == utc_start
    [other] = vobject_events(target)
    assert other.dtstart.value.astimezone(UTC) == utc_start
    assert (other.dtend.value - other.dtstart.value).total_seconds() == 3600


def test_categories_link_and_transparency(cli: Cli, tmp_path: Path) -> None:
    cli.ok("add", "Write the strategy", "--quadrant", "defer")
    added(cli, "--start", "2026-11-24 09:00", "--minutes", "60", "--task", "1")
    added(cli, "--start", "2026-11-25 09:00", "--minutes", "30", "--title", "1:1", "--kind",
          "meeting")  # fmt: skip
    [task] = cli.tasks()
    target = tmp_path / "week.ics"
    cli.ok("export", "--ics", str(target), "--week", "2026-W48")
    linked, meeting = events(target)
    assert [str(c) for c in linked["categories"].cats] == ["Focus", "Defer"]
    assert str(linked["related-to"]) == task["uid"]
    assert str(linked["transp"]) == "OPAQUE"
    assert [str(c) for c in meeting["categories"].cats] == ["Meeting"]
    assert "related-to" not in meeting


def test_busy_only_keeps_the_times_and_nothing_else(cli: Cli, tmp_path: Path) -> None:
    cli.ok("add", "Secret reorg", "--quadrant", "do")
    added(cli, "--start", "2026-11-24 09:00", "--minutes", "60", "--task", "1", "--notes", "x")
    added(cli, "--start", "2026-11-25 09:00", "--minutes", "30", "--title", "Doctor", "--kind",
          "personal")  # fmt: skip
    target = tmp_path / "busy.ics"
    cli.ok("export", "--ics", str(target), "--week", "2026-W48", "--busy-only", "--tasks")
    text = target.read_text()
    for secret in ("Secret", "reorg", "Doctor", "RELATED-TO", "DESCRIPTION", "VTODO"):
        assert secret not in text
    assert [str(e["summary"]) for e in events(target)] == ["Focus time", "Busy"]
    assert [e.decoded("dtstart").hour for e in events(target)] == [9, 9]


def test_tasks_become_todos(cli: Cli, tmp_path: Path) -> None:
    cli.ok("add", "Collect feedback", "--quadrant", "delegate", "--delegate", "Priya",
           "--due", "2026-12-01", "--tag", "hiring", "--notes", "from the panel")  # fmt: skip
    cli.ok("add", "Hire", "--quadrant", "do")
    cli.ok("add", "Finished", "--quadrant", "do")
    cli.ok("done", "3")
    target = tmp_path / "plan.ics"
    out = cli.ok("export", "--ics", str(target), "--from", "2026-11-23", "--to", "2026-11-29",
                 "--tasks")  # fmt: skip
    assert out == f"Wrote 0 blocks and 2 tasks of 2026-11-23 to 2026-11-29 to {target}.\n"
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    todos = {str(t["summary"]): t for t in calendar.walk("VTODO")}
    assert set(todos) == {"Collect feedback", "Hire"}  # open tasks only
    feedback = todos["Collect feedback"]
    assert feedback.decoded("due") == date(2026, 12, 1)
    assert feedback.decoded("priority") == 5
    assert [str(c) for c in feedback["categories"].cats] == ["Delegate", "hiring"]
    assert str(feedback["contact"]) == "Priya"
    assert str(feedback["status"]) == "NEEDS-ACTION"
    assert str(feedback["description"]) == "from the panel"
    assert todos["Hire"].decoded("priority") == 1
    uids = {task["uid"] for task in cli.tasks()}
    assert {str(t["uid"]) for t in todos.values()} == uids
    vtodos = vobject.readOne(target.read_text()).contents["vtodo"]
    assert {t.summary.value for t in vtodos} == {"Collect feedback", "Hire"}


def test_uids_are_stable_across_exports(cli: Cli, tmp_path: Path) -> None:
    added(cli, "--start", "2026-11-24 09:00", "--minutes", "60", "--title", "Focus")
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    cli.ok("export", "--ics", str(first), "--week", "2026-W48")
    cli.ok("export", "--ics", str(second), "--week", "2026-W48")
    [a], [b] = events(first), events(second)
    assert str(a["uid"]) == str(b["uid"]) == blocks(cli, "2026-W48")[0]["uid"]

    def without_stamp(path: Path) -> list[bytes]:
        return [
            line for line in path.read_bytes().split(b"\r\n") if not line.startswith(b"DTSTAMP")
        ]

    assert without_stamp(first) == without_stamp(second)


def test_a_failed_export_leaves_the_old_file(cli: Cli, tmp_path: Path) -> None:
    added(cli, "--start", "2026-11-24 09:00", "--minutes", "60", "--title", "Focus")
    result = cli("export", "--ics", str(tmp_path / "missing" / "week.ics"))
    assert result.code == 1
    assert result.err.startswith("quadrant: could not write week.ics: the folder")
    assert result.err.count("\n") == 1
    assert_user_error(cli("export", "--ics", "x.ics", "--from", "2026-11-30", "--to",
                          "2026-11-23"), "--to is before --from")  # fmt: skip
    assert_user_error(cli("export", "--ics", "x.ics", "--from", "2026-11-30"), "--to")
    assert not (tmp_path / "x.ics").exists()
    assert json.loads(cli.ok("block", "list", "--week", "2026-W48", "--json"))


def test_import_prints_one_summary_and_imports_again_without_duplicates(
    cli: Cli, tmp_path: Path
) -> None:
    calendar = tmp_path / "team.ics"
    calendar.write_bytes(
        b"BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:a\nDTSTART:20261124T090000Z\n"
        b"DTEND:20261124T100000Z\nSUMMARY:Planning\nEND:VEVENT\nBEGIN:VEVENT\nUID:b\n"
        b"DTSTART:nonsense\nEND:VEVENT\n"
    )
    line = cli.ok("import", str(calendar))
    assert line.startswith("Imported 1 event from team.ics, skipped 1: event at line 9: bad")
    cli.ok("import", str(calendar), "--json")
    blocks = json.loads(cli.ok("block", "list", "--week", "2026-W48", "--json"))
    assert [(b["title"], b["kind"], b["source"]) for b in blocks] == [
        ("Planning", "meeting", "team.ics")
    ]


def test_import_of_a_missing_file_is_a_user_mistake(cli: Cli, tmp_path: Path) -> None:
    assert_user_error(cli("import", str(tmp_path / "nowhere.ics")), "cannot read")


def test_import_says_what_came_in_part_and_keeps_the_rest(cli: Cli, tmp_path: Path) -> None:
    calendar = tmp_path / "odd.ics"
    calendar.write_bytes(
        b"BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:a\nDTSTART:20261124T090000Z\n"
        b"DTEND:20261124T100000Z\nSUMMARY:Plan\\, then\\; act\x07\nNO COLON HERE\n"
        b"DESCRIPTION:" + b"x" * 150_000 + b"\nEND:VEVENT\n"
    )
    report = json.loads(cli.ok("import", str(calendar), "--json"))
    assert report["events"] == 1
    assert report["partly"] == [
        "event at line 3: a line it cannot read left out (Content line could not be parsed "
        "into parts: 'NO COLON HERE': Invalid content line), notes cut to 100,000 characters"
    ]
    [block] = json.loads(cli.ok("block", "list", "--week", "2026-W48", "--json"))
    assert block["title"] == "Plan, then; act"
