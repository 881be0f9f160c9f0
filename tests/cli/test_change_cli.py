"""`quadrant done`, `reopen`, `move`, `edit`, `delete`, `block edit` and `block delete`: the
window's changes from a terminal, read back through `list --json` and `block list --json`."""

import json
from datetime import date, timedelta
from typing import Any

import pytest

from .test_block_cli import added, blocks
from .test_cli import JSON_KEYS, Cli, assert_user_error


def by_title(cli: Cli) -> dict[str, dict[str, Any]]:
    return {task["title"]: task for task in cli.tasks("--all")}


def seed(cli: Cli) -> None:
    cli.ok("add", "Plan the offsite", "--quadrant", "do")
    cli.ok("add", "Budget")
    cli.ok("add", "Read the RFC", "--quadrant", "defer")


def test_done_and_reopen(cli: Cli) -> None:
    seed(cli)
    assert cli.ok("done", "1", "#2") == "Done #1: Plan the offsite\nDone #2: Budget\n"
    tasks = by_title(cli)
    assert (tasks["Plan the offsite"]["status"], tasks["Budget"]["status"]) == ("done", "done")
    assert tasks["Plan the offsite"]["completed"] is not None
    assert cli.ok("done", "1") == "Done #1 (no change): Plan the offsite\n"
    [reopened] = json.loads(cli.ok("reopen", "2", "--json"))
    assert set(reopened) == JSON_KEYS
    assert (reopened["status"], reopened["completed"]) == ("open", None)


def test_move_to_a_lane_and_before_a_task(cli: Cli) -> None:
    seed(cli)
    assert cli.ok("move", "2", "--to", "defer") == "Moved to Defer #2: Budget\n"
    assert [t["title"] for t in cli.tasks("--quadrant", "defer")] == ["Read the RFC", "Budget"]
    cli.ok("move", "2", "--to", "2", "--before", "3")  # a digit names the lane too
    assert [t["title"] for t in cli.tasks("--quadrant", "defer")] == ["Budget", "Read the RFC"]


def test_edit_changes_only_the_fields_given(cli: Cli) -> None:
    cli.ok(
        "add", "Hire", "--due", "2026-12-01", "--estimate", "1h", "--delegate", "Sam",
        "--tag", "hiring", "--notes", "keep me",
    )  # fmt: skip
    [task] = json.loads(
        cli.ok("edit", "1", "--title", "Hire a staff engineer", "--estimate", "90m", "--json")
    )
    assert task["title"] == "Hire a staff engineer"
    assert task["estimate_minutes"] == 90
    assert (task["due"], task["delegate"], task["tags"], task["notes"]) == (
        "2026-12-01", "Sam", ["hiring"], "keep me",
    )  # fmt: skip


def test_edit_clears_a_field_given_empty(cli: Cli) -> None:
    cli.ok("add", "Hire", "--due", "2026-12-01", "--delegate", "Sam", "--tag", "a")
    cli.ok("edit", "1", "--due", "", "--delegate", "", "--no-tags")
    [task] = cli.tasks()
    assert (task["due"], task["delegate"], task["tags"]) == (None, None, [])
    cli.ok("edit", "1", "--tag", "x", "--tag", "y")
    assert cli.tasks()[0]["tags"] == ["x", "y"]


def test_delete_keeps_the_blocks_unlinked(cli: Cli) -> None:
    seed(cli)
    block = added(cli, "--start", "2026-11-24 09:00", "--minutes", "30", "--task", "1")
    assert cli.ok("delete", "1") == "Deleted #1: Plan the offsite\n"
    assert "Plan the offsite" not in by_title(cli)
    [kept] = blocks(cli, "2026-W48")
    assert (kept["id"], kept["task_id"], kept["title"]) == (block["id"], None, "Plan the offsite")


@pytest.mark.parametrize(
    "argv",
    [
        ["done", "1", "99"],
        ["reopen", "99"],
        ["move", "99", "--to", "do"],
        ["edit", "99", "--title", "x"],
        ["delete", "1", "99"],
    ],
)
def test_an_unknown_id_changes_nothing(cli: Cli, argv: list[str]) -> None:
    seed(cli)
    before = cli.tasks("--all")
    assert_user_error(cli(*argv), "#99", "does not exist")
    assert cli.tasks("--all") == before


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["done", "one"], ["“one” is not a task id"]),
        (["move", "1", "--to", "later"], ["unknown quadrant"]),
        (["edit", "1", "--due", "2026-02-30"], ["2026-02-30"]),
        (["edit", "1", "--title", "   "], ["title"]),
        (["edit", "1", "--estimate", "soon"], ["soon"]),
    ],
)
def test_mistakes_are_one_line_and_change_nothing(
    cli: Cli, argv: list[str], words: list[str]
) -> None:
    seed(cli)
    before = cli.tasks("--all")
    assert_user_error(cli(*argv), *words)
    assert cli.tasks("--all") == before


# -- blocks -------------------------------------------------------------------------------------


def test_block_edit_moves_keeping_the_length_and_changes_fields(cli: Cli) -> None:
    seed(cli)
    block = added(cli, "--start", "2026-11-24 09:00", "--minutes", "90", "--title", "Focus")
    out = cli.ok("block", "edit", str(block["id"]), "--start", "2026-11-26 14:00")
    assert out == "Edited block #1: Thu 26 Nov 14:00–15:30 Focus\n"
    cli.ok("block", "edit", "1", "--minutes", "45", "--kind", "meeting", "--task", "2")
    [moved] = blocks(cli, "2026-W48")
    assert (moved["start"], moved["end"]) == (
        "2026-11-26T14:00:00+01:00",
        "2026-11-26T14:45:00+01:00",
    )
    assert (moved["kind"], moved["task_id"], moved["title"]) == ("meeting", 2, "Focus")
    cli.ok("block", "edit", "1", "--no-task", "--end", "16:00", "--notes", "agenda")
    [changed] = blocks(cli, "2026-W48")
    assert (changed["end"], changed["task_id"], changed["notes"]) == (
        "2026-11-26T16:00:00+01:00", None, "agenda",
    )  # fmt: skip


def test_block_delete(cli: Cli) -> None:
    added(cli, "--start", "2026-11-24 09:00", "--minutes", "30", "--title", "One")
    added(cli, "--start", "2026-11-24 10:00", "--minutes", "30", "--title", "Two")
    [gone] = json.loads(cli.ok("block", "delete", "1", "--json"))
    assert gone["title"] == "One"
    assert [b["title"] for b in blocks(cli, "2026-W48")] == ["Two"]


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["block", "edit", "9", "--title", "x"], ["block #9 does not exist", "block list"]),
        (["block", "delete", "1", "9"], ["block #9 does not exist"]),
        (["block", "edit", "1", "--task", "99", "--title", "x"], ["task #99"]),
        (["block", "edit", "1", "--minutes", "0"], ["minute"]),
        (["block", "edit", "1", "--end", "08:00"], ["ends before it starts"]),
    ],
)
def test_block_mistakes_change_nothing(cli: Cli, argv: list[str], words: list[str]) -> None:
    added(cli, "--start", "2026-11-24 09:00", "--minutes", "30", "--title", "Keep")
    before = blocks(cli, "2026-W48")
    assert_user_error(cli(*argv), *words)
    assert blocks(cli, "2026-W48") == before


# -- add reads the title ------------------------------------------------------------------------


def test_add_reads_fields_from_the_title(cli: Cli) -> None:
    out = cli.ok("add", "Collect interview feedback @Priya ^2026-12-10 #hiring 2026-12-04 45m")
    assert out == "Added #1 to Delegate: Collect interview feedback\n"
    [task] = cli.tasks()
    assert (task["delegate"], task["follow_up"], task["tags"]) == (
        "Priya",
        "2026-12-10",
        ["hiring"],
    )
    assert (task["due"], task["estimate_minutes"], task["quadrant"]) == (
        "2026-12-04", 45, "delegate",
    )  # fmt: skip


def test_add_options_win_over_the_title(cli: Cli) -> None:
    cli.ok("add", "Budget !do 2026-12-04 #money", "--quadrant", "defer", "--due", "2026-12-09",
           "--tag", "q1")  # fmt: skip
    [task] = cli.tasks()
    assert (task["title"], task["quadrant"], task["due"]) == ("Budget", "defer", "2026-12-09")
    assert task["tags"] == ["money", "q1"]


def test_add_literal_and_quoted_words_stay_in_the_title(cli: Cli) -> None:
    cli.ok("add", "Fix #12 by fri", "--literal")
    cli.ok("add", 'Read "next mon" notes')
    assert [t["title"] for t in cli.tasks()] == ["Fix #12 by fri", "Read next mon notes"]
    assert [t["due"] for t in cli.tasks()] == [None, None]


def test_add_with_a_time_blocks_time_for_the_task(cli: Cli) -> None:
    out = cli.ok("add", "Call Alice about the roadmap 2026-12-01 3pm 30m")
    assert out == (
        "Added #1 to Inbox: Call Alice about the roadmap (time blocked Tue 1 Dec 15:00–15:30)\n"
    )
    [block] = blocks(cli, "2026-W49")
    assert (block["task_id"], block["title"], block["minutes"]) == (
        1, "Call Alice about the roadmap", 30,
    )  # fmt: skip
    assert block["start"] == "2026-12-01T15:00:00+01:00"


def test_each_pasted_line_is_read(cli: Cli) -> None:
    out = cli.ok("add", "-", stdin="- Book the offsite !defer\n* Ask @Sam\n- [ ] Plain one\n")
    assert out == "Added 3 tasks to Inbox, Defer, Delegate.\n"
    assert {(t["title"], t["quadrant"]) for t in cli.tasks()} == {
        ("Book the offsite", "defer"), ("Ask", "delegate"), ("Plain one", "inbox"),
    }  # fmt: skip


# -- list finds ---------------------------------------------------------------------------------


def test_list_search_matches_characters_literally(cli: Cli) -> None:
    cli.ok("add", "Cut 50% of spend_total", "--notes", "it's \\ 'quoted'")
    cli.ok("add", "Other", "--literal")
    assert [t["title"] for t in cli.tasks("--search", "50%")] == ["Cut 50% of spend_total"]
    assert [t["title"] for t in cli.tasks("--search", "_")] == ["Cut 50% of spend_total"]
    assert [t["title"] for t in cli.tasks("--search", "'quoted'")] == ["Cut 50% of spend_total"]
    assert [t["title"] for t in cli.tasks("--search", "\\")] == ["Cut 50% of spend_total"]
    assert cli.tasks("--search", "'; DROP TABLE task; --") == []
    assert len(cli.tasks()) == 2


def test_list_by_tag_person_and_due(cli: Cli) -> None:
    today = date.today()
    cli.ok("add", "Hire", "--delegate", "Priya", "--tag", "hiring", "--due", "today")
    cli.ok("add", "Late", "--due", (today - timedelta(days=1)).isoformat())
    cli.ok("add", "Someday")
    assert [t["title"] for t in cli.tasks("--tag", "HIRING")] == ["Hire"]
    assert [t["title"] for t in cli.tasks("--person", "pri")] == ["Hire"]
    assert [t["title"] for t in cli.tasks("--due", "today")] == ["Hire"]
    assert [t["title"] for t in cli.tasks("--due", "overdue")] == ["Late"]
    assert [t["title"] for t in cli.tasks("--search", "#hiring @priya due:today")] == ["Hire"]
    cli.ok("done", "1")
    assert cli.tasks("--search", "hire") == []
    assert [t["title"] for t in cli.tasks("--search", "hire is:done")] == ["Hire"]
    assert cli.ok("list", "--search", "nothing like this") == "No matching tasks.\n"
