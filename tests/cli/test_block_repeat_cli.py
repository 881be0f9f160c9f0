"""`quadrant block add --repeat`: repeating blocks from a terminal; `block list` marks their
occurrences and gives the rule in JSON; `block delete` of a series removes all of it."""

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
