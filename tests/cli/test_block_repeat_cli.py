"""`quadrant block add --repeat`: repeating blocks from a terminal; `block list` marks their
occurrences and gives the rule in JSON; `block delete` of a series removes all of it, and
`--on DATE` (with `--and-following`) changes or deletes one occurrence (and the later ones)."""

import json

from .test_block_cli import added, blocks
from .test_cli import Cli, assert_user_error

DEEP_WORK = ("--start", "2026-12-01 09:00", "--minutes", "120", "--title", "Deep work")


def test_a_weekly_block_until_a_day_is_listed_in_each_week_with_its_rule(cli: Cli) -> None:
    out = cli.ok("block", "add", *DEEP_WORK, "--repeat", "FREQ=WEEKLY;BYDAY=TU,TH",
                 "--until", "2026-12-10")  # fmt: skip
    assert out == (
        "Added block #1: Tue 1 Dec 09:00–11:00 Deep work, repeating every week on Tue, Thu "
        "until 10 Dec 2026\n"
    )
    text = cli.ok("block", "list", "--week", "2026-W50")
    assert "  09:00–11:00  #1↻  Deep work  ↻ every week on Tue, Thu until 10 Dec 2026" in text
    assert "Thu 10 Dec" in text
    assert [b["start"] for b in blocks(cli, "2026-W49")] == [
        "2026-12-01T09:00:00+01:00",
        "2026-12-03T09:00:00+01:00",
    ]
    [first, _] = blocks(cli, "2026-W49")
    assert first["occurrence"] is True
    assert first["id"] is None
    assert first["series_id"] == 1
    assert first["repeat"].startswith("FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20261210T")
    assert first["recurrence_id"] == "20261201T080000Z"
    assert blocks(cli, "2026-W51") == []


def test_a_count_and_a_summer_week_keep_the_wall_time(cli: Cli) -> None:
    block = added(cli, *DEEP_WORK, "--repeat", "FREQ=MONTHLY", "--count", "8")
    assert block["repeat"] == "FREQ=MONTHLY;COUNT=8"
    assert block["repeat_words"] == "every month, 8 times"
    [june] = blocks(cli, "2027-W22")  # Tue 1 June 2027, summer time
    assert june["start"] == "2027-06-01T09:00:00+02:00"
    assert blocks(cli, "2027-W30") == []  # Sun 1 August would be the 9th


def test_deleting_a_series_deletes_every_occurrence(cli: Cli) -> None:
    added(cli, *DEEP_WORK, "--repeat", "FREQ=DAILY")
    cli.ok("block", "delete", "1")
    assert blocks(cli, "2026-W49") == []


def test_bad_repeats_are_refused_in_one_line(cli: Cli) -> None:
    assert_user_error(cli("block", "add", *DEEP_WORK, "--repeat", "FREQ=HOURLY"), "FREQ=")
    assert_user_error(cli("block", "add", *DEEP_WORK, "--until", "2027-01-01"), "--repeat")
    assert_user_error(
        cli("block", "add", *DEEP_WORK, "--repeat", "FREQ=DAILY", "--count", "x"), "--count"
    )
    assert_user_error(
        cli("block", "add", *DEEP_WORK, "--repeat", "FREQ=DAILY", "--until", "2026-11-01"),
        "--until",
    )
    assert json.loads(cli.ok("block", "list", "--week", "2026-W49", "--json")) == []


def starts(cli: Cli, week: str) -> list[str]:
    return [f"{b['start'][5:16]} {b['title']}" for b in blocks(cli, week)]


def test_one_occurrence_moves_and_changes_on_its_own(cli: Cli) -> None:
    added(cli, *DEEP_WORK, "--repeat", "FREQ=WEEKLY;BYDAY=TU,TH")
    out = cli.ok("block", "edit", "1", "--on", "2026-12-03", "--start", "2026-12-03 15:00",
                 "--title", "Deep work (late)")  # fmt: skip
    assert out.startswith("Edited block #2: Thu 3 Dec 15:00–17:00 Deep work (late)")
    assert starts(cli, "2026-W49") == ["12-01T09:00 Deep work", "12-03T15:00 Deep work (late)"]
    assert starts(cli, "2026-W50") == ["12-08T09:00 Deep work", "12-10T09:00 Deep work"]
    cli.ok("block", "edit", "1", "--on", "2026-12-08", "--and-following", "--kind", "meeting")
    kinds = [
        (b["start"][5:10], b["kind"]) for b in blocks(cli, "2026-W49") + blocks(cli, "2026-W50")
    ]
    assert kinds == [("12-01", "focus"), ("12-03", "focus"), ("12-08", "meeting"),
                     ("12-10", "meeting")]  # fmt: skip


def test_one_occurrence_or_the_rest_of_a_series_is_deleted(cli: Cli) -> None:
    added(cli, *DEEP_WORK, "--repeat", "FREQ=WEEKLY;BYDAY=TU,TH")
    out = cli.ok("block", "delete", "1", "--on", "2026-12-03")
    assert out == "Deleted block #1↻: Thu 3 Dec 09:00–11:00 Deep work\n"
    assert starts(cli, "2026-W49") == ["12-01T09:00 Deep work"]
    cli.ok("block", "delete", "1", "--on", "2026-12-10", "--and-following")
    assert starts(cli, "2026-W50") == ["12-08T09:00 Deep work"]
    assert blocks(cli, "2026-W51") == []


def test_an_occurrence_that_is_not_there_is_refused_and_nothing_changes(cli: Cli) -> None:
    added(cli, *DEEP_WORK, "--repeat", "FREQ=WEEKLY;BYDAY=TU")
    added(cli, "--start", "2026-12-02 09:00", "--minutes", "30", "--title", "Once")
    assert_user_error(cli("block", "delete", "1", "--on", "2026-12-02"), "no occurrence on Wed")
    assert_user_error(cli("block", "delete", "2", "--on", "2026-12-02"), "does not repeat")
    assert_user_error(cli("block", "delete", "1", "--and-following"), "--on")
    assert_user_error(cli("block", "edit", "1", "--on", "2026-12-01", "--and-following",
                          "--minutes", "30"), "moves on its own")  # fmt: skip
    assert_user_error(cli("block", "delete", "9", "--on", "2026-12-01"), "#9")
    assert starts(cli, "2026-W49") == ["12-01T09:00 Deep work", "12-02T09:00 Once"]
