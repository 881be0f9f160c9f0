"""`quadrant block add` and `quadrant block list`: time blocks from a terminal, in local time.

Each test runs `main([...])` in-process against a fresh data folder, with the local zone set
through TZ (Europe/Berlin unless a test says otherwise).
"""

import json
import sys
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from .conftest import set_zone
from .test_cli import Cli, assert_user_error

BLOCK_KEYS = {
    "id", "uid", "start", "end", "minutes", "title", "kind", "task_id", "notes", "created",
    "updated", "all_day", "source", "external_uid", "recurrence_id", "repeat", "exceptions",
    "series_id", "occurrence", "repeat_words",
}  # fmt: skip


def blocks(cli: Cli, week: str) -> list[dict[str, Any]]:
    """What the data file holds for a week, read back through `block list --json`."""
    found: list[dict[str, Any]] = json.loads(cli.ok("block", "list", "--week", week, "--json"))
    return found


def added(cli: Cli, *args: str) -> dict[str, Any]:
    [block] = json.loads(cli.ok("block", "add", *args, "--json"))
    assert isinstance(block, dict)
    return block


# -- add and list -----------------------------------------------------------------------------


def test_add_and_list_as_text(cli: Cli) -> None:
    out = cli.ok("block", "add", "--start", "2026-11-24 09:00", "--end", "10:00", "--title", "Plan")
    assert out == "Added block #1: Tue 24 Nov 09:00–10:00 Plan\n"
    out = cli.ok(
        "block", "add", "--start", "2026-11-24 14:00", "--minutes", "45", "--title", "1:1 with Sam",
        "--kind", "meeting",
    )  # fmt: skip
    assert out == "Added block #2: Tue 24 Nov 14:00–14:45 1:1 with Sam\n"
    cli.ok("block", "add", "--start", "2026-11-23 07:30", "--end", "08:00", "--title", "Run",
           "--kind", "personal")  # fmt: skip

    assert cli.ok("block", "list", "--week", "2026-W48") == (
        "2026-W48 · 23 – 29 Nov 2026\n"
        "\n"
        "Mon 23 Nov\n"
        "  07:30–08:00  #3  Run           personal\n"
        "\n"
        "Tue 24 Nov\n"
        "  09:00–10:00  #1  Plan\n"
        "  14:00–14:45  #2  1:1 with Sam  meeting\n"
    )


def test_add_and_list_as_json_with_the_local_offset(cli: Cli) -> None:
    block = added(cli, "--start", "2026-11-24 09:00", "--end", "10:30", "--title", "Plan")

    assert set(block) == BLOCK_KEYS
    assert isinstance(block["id"], int)
    assert len(block["uid"]) == 36
    assert block["start"] == "2026-11-24T09:00:00+01:00"  # Berlin in winter
    assert block["end"] == "2026-11-24T10:30:00+01:00"
    assert block["minutes"] == 90
    assert (block["title"], block["kind"], block["task_id"], block["notes"]) == (
        "Plan", "focus", None, "",
    )  # fmt: skip
    created = datetime.fromisoformat(block["created"])
    assert created.utcoffset() == timedelta(hours=1)
    assert datetime.fromisoformat(block["updated"]) == created
    assert blocks(cli, "2026-W48") == [block]


def test_summer_times_carry_the_summer_offset(cli: Cli) -> None:
    block = added(cli, "--start", "2026-07-01 09:00", "--minutes", "60", "--title", "Summer")
    assert (block["start"], block["end"]) == (
        "2026-07-01T09:00:00+02:00", "2026-07-01T10:00:00+02:00",
    )  # fmt: skip


def test_another_zone_gives_other_offsets(cli: Cli) -> None:
    set_zone("America/New_York")  # the fixture puts TZ back afterwards
    block = added(cli, "--start", "2026-11-24 09:00", "--minutes", "30", "--title", "Standup")
    assert block["start"] == "2026-11-24T09:00:00-05:00"
    set_zone("Europe/Berlin")  # the same instant, seen from Berlin
    [seen] = blocks(cli, "2026-W48")
    assert seen["start"] == "2026-11-24T15:00:00+01:00"
    assert "15:00–15:30  #1  Standup" in cli.ok("block", "list", "--week", "2026-W48")


def test_notes_and_kind_are_stored(cli: Cli) -> None:
    block = added(
        cli, "--start", "2026-11-24 09:00", "--minutes", "30", "--title", "Dentist",
        "--kind", "Personal", "--notes", " bring the card ",
    )  # fmt: skip
    assert (block["kind"], block["notes"]) == ("personal", "bring the card")


def test_end_on_another_day_and_up_to_midnight(cli: Cli) -> None:
    out = cli.ok(
        "block", "add", "--start", "2026-11-24 23:00", "--end", "2026-11-25 01:00",
        "--title", "Release",
    )  # fmt: skip
    assert out == "Added block #1: Tue 24 Nov 23:00–Wed 25 Nov 01:00 Release\n"
    out = cli.ok(
        "block", "add", "--start", "2026-11-25 22:00", "--minutes", "120", "--title", "Late"
    )
    assert out == "Added block #2: Wed 25 Nov 22:00–24:00 Late\n"
    block = added(cli, "--start", "2026-11-26 10:00", "--minutes", "1440", "--title", "Offsite")
    assert block["end"] == "2026-11-27T10:00:00+01:00"


def test_start_takes_date_words(cli: Cli) -> None:
    today = datetime.now(ZoneInfo("Europe/Berlin")).date()
    block = added(cli, "--start", "tomorrow 09:00", "--end", "09:30", "--title", "Tomorrow")
    assert block["start"].startswith(f"{today + timedelta(days=1)}T09:00:00")
    assert block["end"].startswith(f"{today + timedelta(days=1)}T09:30:00")


# -- the task a block is for ------------------------------------------------------------------


def test_task_gives_the_title_and_the_link(cli: Cli) -> None:
    cli.ok("add", "Write the Q1 plan", "--quadrant", "defer")
    out = cli.ok("block", "add", "--start", "2026-11-24 09:00", "--minutes", "90", "--task", "1")
    assert out == "Added block #1: Tue 24 Nov 09:00–10:30 Write the Q1 plan\n"
    own = added(cli, "--start", "2026-11-25 09:00", "--minutes", "30", "--task", "#1",
                "--title", "Outline only")  # fmt: skip

    first, second = blocks(cli, "2026-W48")
    assert (first["title"], first["task_id"]) == ("Write the Q1 plan", 1)
    assert second == own
    assert (own["title"], own["task_id"]) == ("Outline only", 1)
    listed = cli.ok("block", "list", "--week", "2026-W48")
    assert "  09:00–10:30  #1  Write the Q1 plan  task #1\n" in listed


def test_a_linked_block_stays_when_its_task_is_deleted(cli: Cli) -> None:
    from app.model.services import Services

    cli.ok("add", "Short-lived")
    cli.ok("block", "add", "--start", "2026-11-24 09:00", "--minutes", "30", "--task", "1")
    service = Services.open(cli.db_file)
    try:
        service.tasks.delete([1])
    finally:
        service.close()
    [block] = blocks(cli, "2026-W48")
    assert (block["title"], block["task_id"]) == ("Short-lived", None)


# -- which week -------------------------------------------------------------------------------


def test_week_filter_shows_only_that_weeks_blocks(cli: Cli) -> None:
    for start, title in [
        ("2026-11-22 12:00", "Sunday before"),
        ("2026-11-22 23:00", "Across Sunday night"),  # ends Monday 01:00: in both weeks
        ("2026-11-23 00:00", "Monday midnight"),
        ("2026-11-29 22:00", "Last evening"),
        ("2026-11-30 00:00", "Next Monday"),
    ]:
        cli.ok("block", "add", "--start", start, "--minutes", "120", "--title", title)
    cli.ok("block", "add", "--start", "2026-11-22 22:00", "--end", "2026-11-23 00:00",
           "--title", "Ends as the week starts")  # fmt: skip

    titles = [b["title"] for b in blocks(cli, "2026-W48")]
    assert titles == ["Across Sunday night", "Monday midnight", "Last evening"]
    assert [b["title"] for b in blocks(cli, "2026-W47")] == [
        "Sunday before", "Ends as the week starts", "Across Sunday night",
    ]  # fmt: skip
    assert [b["title"] for b in blocks(cli, "2026-W49")] == ["Next Monday"]
    assert cli.ok("block", "list", "--week", "2026-W50") == "No blocks in 2026-W50.\n"
    assert blocks(cli, "2026-W50") == []

    text = cli.ok("block", "list", "--week", "2026-w48")
    # Each block once, under the day it starts: the one from Sunday night under Sunday.
    assert [line for line in text.splitlines() if line and not line.startswith(" ")] == [
        "2026-W48 · 23 – 29 Nov 2026", "Sun 22 Nov", "Mon 23 Nov", "Sun 29 Nov",
    ]  # fmt: skip
    assert "  23:00–Mon 23 Nov 01:00  #2  Across Sunday night" in text
    assert "  22:00–24:00             #4  Last evening" in text


def test_the_default_week_is_the_current_one(cli: Cli) -> None:
    today = datetime.now(ZoneInfo("Europe/Berlin")).date()
    year, number, _ = today.isocalendar()
    this_week = f"{year}-W{number:02d}"
    assert cli.ok("block", "list") == f"No blocks in {this_week}.\n"

    cli.ok("block", "add", "--start", "today 12:00", "--minutes", "30", "--title", "Lunch walk")

    assert [b["title"] for b in json.loads(cli.ok("block", "list", "--json"))] == ["Lunch walk"]
    text = cli.ok("block", "list")
    assert text.startswith(f"{this_week} · ")
    assert f"{today:%a} {today.day} {today:%b}\n  12:00–12:30  #1  Lunch walk\n" in text


def test_iso_week_53(cli: Cli) -> None:
    cli.ok("block", "add", "--start", "2027-01-02 10:00", "--minutes", "60", "--title", "New year")
    text = cli.ok("block", "list", "--week", "2026-W53")
    assert text.startswith("2026-W53 · 28 Dec 2026 – 3 Jan 2027\n\nSat 2 Jan\n")


# -- daylight-saving weeks --------------------------------------------------------------------


def test_a_spring_forward_week_keeps_wall_times_and_offsets(cli: Cli) -> None:
    # 29 March 2026: Berlin's clocks go from 02:00 to 03:00.
    for day in ("2026-03-28", "2026-03-29"):
        cli.ok("block", "add", "--start", f"{day} 09:00", "--end", "10:00", "--title", day)
    cli.ok("block", "add", "--start", "2026-03-29 01:30", "--end", "03:30", "--title", "Night")

    saturday, night, sunday = blocks(cli, "2026-W13")
    assert saturday["start"] == "2026-03-28T09:00:00+01:00"
    assert sunday["start"] == "2026-03-29T09:00:00+02:00"
    assert (night["start"], night["end"], night["minutes"]) == (
        "2026-03-29T01:30:00+01:00", "2026-03-29T03:30:00+02:00", 60,
    )  # fmt: skip
    text = cli.ok("block", "list", "--week", "2026-W13")
    assert "Sat 28 Mar\n  09:00–10:00  #1  2026-03-28\n" in text
    assert "Sun 29 Mar\n  01:30–03:30  #3  Night\n  09:00–10:00  #2  2026-03-29\n" in text


def test_a_fall_back_time_means_its_first_occurrence(cli: Cli) -> None:
    set_zone("America/New_York")  # 1 November 2026: 02:00 EDT becomes 01:00 EST
    block = added(cli, "--start", "2026-11-01 01:30", "--end", "03:00", "--title", "Night")
    assert block["start"] == "2026-11-01T01:30:00-04:00"
    assert block["end"] == "2026-11-01T03:00:00-05:00"
    assert block["minutes"] == 150
    week = blocks(cli, "2026-W44")
    assert [b["title"] for b in week] == ["Night"]


@pytest.mark.parametrize(
    ("zone", "args", "message"),
    [
        ("Europe/Berlin", ["--start", "2026-03-29 02:30", "--minutes", "30"],
         "2026-03-29 02:30 does not exist in Europe/Berlin"),
        ("Europe/Berlin", ["--start", "2026-03-29 01:30", "--end", "02:00"],
         "2026-03-29 02:00 does not exist in Europe/Berlin"),
        ("Europe/Berlin", ["--start", "2026-03-28 23:00", "--end", "2026-03-29 02:59"],
         "2026-03-29 02:59 does not exist in Europe/Berlin"),
        ("America/New_York", ["--start", "2026-03-08 02:15", "--minutes", "30"],
         "2026-03-08 02:15 does not exist in America/New_York"),
    ],
)  # fmt: skip
def test_a_time_the_clocks_skip_is_refused(
    cli: Cli, zone: str, args: list[str], message: str
) -> None:
    set_zone(zone)
    result = cli("block", "add", *args, "--title", "Impossible")
    assert_user_error(result, message, "the clocks skip it")
    assert blocks(cli, "2026-W10") == blocks(cli, "2026-W13") == []


# -- user mistakes: exit 2, one line, nothing stored ------------------------------------------


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--start", "2026-11-24 10:00", "--end", "09:00", "--title", "x"],
         ["the block ends before it starts"]),
        (["--start", "2026-11-24 10:00", "--end", "2026-11-23 11:00", "--title", "x"],
         ["the block ends before it starts"]),
        (["--start", "2026-11-24 10:00", "--end", "10:00", "--title", "x"],
         ["the block has no length"]),
        (["--start", "2026-11-24 10:00", "--minutes", "0", "--title", "x"],
         ["the block has no length"]),
        (["--start", "2026-11-24 10:00", "--end", "2026-11-25 10:01", "--title", "x"],
         ["a block can last at most 24 hours"]),
        (["--start", "2026-11-24 10:00", "--minutes", "1441", "--title", "x"],
         ["at most 24 hours (1440 minutes)"]),
        (["--start", "2026-11-24 10:00", "--minutes", "soon", "--title", "x"],
         ["“soon” is not a number of minutes"]),
        (["--start", "2026-02-30 09:00", "--minutes", "30", "--title", "x"],
         ["“2026-02-30” is not a date", "February 2026 has 28 days"]),
        (["--start", "2026-11-24 25:00", "--minutes", "30", "--title", "x"],
         ["“25:00” is not a time of day", "23:59"]),
        (["--start", "2026-11-24 09:00", "--end", "24:00", "--title", "x"],
         ["“24:00” is not a time of day"]),
        (["--start", "2026-11-24 09:60", "--minutes", "30", "--title", "x"],
         ["“09:60” is not a time of day"]),
        (["--start", "2026-11-24", "--minutes", "30", "--title", "x"],
         ["needs a date and a time"]),
        (["--start", "09:00", "--minutes", "30", "--title", "x"],
         ["“09:00” needs a date and a time"]),
        (["--start", "2026-11-24 9am", "--minutes", "30", "--title", "x"],
         ["“9am” is not a time of day"]),
        (["--start", "2026-11-24 09:00", "--end", "2026-11-31 10:00", "--title", "x"],
         ["“2026-11-31” is not a date", "November 2026 has 30 days"]),
        (["--start", "2026-11-24 09:00", "--minutes", "30"],
         ["a block needs a title: give --title, or --task"]),
        (["--start", "2026-11-24 09:00", "--minutes", "30", "--title", "  "],
         ["a block needs a title"]),
        (["--start", "2026-11-24 09:00", "--minutes", "30", "--task", "7"],
         ["task #7 does not exist"]),
        (["--start", "2026-11-24 09:00", "--minutes", "30", "--task", "seven"],
         ["“seven” is not a task id"]),
        (["--start", "2026-11-24 09:00", "--minutes", "30", "--title", "x", "--kind", "lunch"],
         ["unknown kind “lunch”", "focus, meeting, personal"]),
        (["--start", "9999-12-31 23:00", "--minutes", "120", "--title", "x"],
         ["after the year 9999"]),
    ],
)  # fmt: skip
def test_block_add_refuses_with_one_line_and_exit_2(
    cli: Cli, args: list[str], words: list[str]
) -> None:
    assert_user_error(cli("block", "add", *args), *words)
    assert blocks(cli, "2026-W48") == []


@pytest.mark.parametrize(
    ("week", "words"),
    [
        ("2025-W53", ["“2025-W53” is not a week", "2025 has weeks 1 to 52"]),
        ("2026-W00", ["2026 has weeks 1 to 53"]),
        ("next", ["“next” is not a week", "YYYY-Www"]),
        ("9999-W52", ["“9999-W52” is too far from today"]),
        ("0001-W01", ["“0001-W01” is too far from today"]),
    ],
)
def test_block_list_refuses_a_bad_week(cli: Cli, week: str, words: list[str]) -> None:
    assert_user_error(cli("block", "list", "--week", week), *words)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        ([], ["usage: quadrant block", "ACTION"]),
        (["add", "--start", "2026-11-24 09:00", "--title", "x"], ["--end", "--minutes"]),
        (["add", "--start", "2026-11-24 09:00", "--end", "10:00", "--minutes", "5"],
         ["not allowed with"]),
        (["add", "--minutes", "30", "--title", "x"], ["--start"]),
        (["remove"], ["invalid choice"]),
    ],
)  # fmt: skip
def test_block_usage_errors_print_usage_and_exit_2(
    cli: Cli, args: list[str], words: list[str]
) -> None:
    result = cli("block", *args)
    assert result.code == 2
    assert result.out == ""
    assert result.err.startswith("usage: quadrant block")
    assert "Traceback" not in result.err
    for word in words:
        assert word in result.err


def test_block_commands_work_without_qt(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "PySide6", None)  # any `import PySide6...` now fails

    cli.ok("block", "add", "--start", "2026-11-24 09:00", "--minutes", "30", "--title", "No Qt")
    assert "No Qt" in cli.ok("block", "list", "--week", "2026-W48")


def test_a_block_json_round_trips_through_iso_8601(cli: Cli) -> None:
    block = added(cli, "--start", "2026-11-24 09:15", "--minutes", "50", "--title", "Review")
    start, end = datetime.fromisoformat(block["start"]), datetime.fromisoformat(block["end"])
    assert end - start == timedelta(minutes=50)
    assert start.date() == date(2026, 11, 24)
    assert start.astimezone(ZoneInfo("UTC")).strftime("%H:%M") == "08:15"


@pytest.mark.parametrize(
    ("column", "value"), [("kind", "call"), ("start_at", "2026-11-24 08:00 garbage")]
)
def test_a_damaged_block_row_is_one_line_and_exit_1(cli: Cli, column: str, value: str) -> None:
    import sqlite3

    added(cli, "--start", "2026-11-24 09:00", "--minutes", "30", "--title", "Plan")
    with sqlite3.connect(cli.db_file) as connection:
        connection.execute(f"UPDATE time_block SET {column} = ?", (value,))
    for command in (
        ("block", "list", "--week", "2026-W48"),
        ("print", "--week", "2026-W48", "--output", str(cli.data_dir / "plan.pdf")),
    ):
        result = cli(*command)
        assert result.code == 1, result
        assert result.err.startswith("quadrant: time block #1 in the data file cannot be read")
        assert result.err.count("\n") == 1
        assert not (cli.data_dir / "plan.pdf").exists()
