"""`quadrant add --repeat`: a repeating task from a terminal; `done` keeps it in history and
adds exactly one next occurrence in the same lane."""

from .test_cli import Cli, assert_user_error


def test_a_weekly_task_done_comes_back_next_week_once(cli: Cli) -> None:
    out = cli.ok("add", "Weekly 1:1 notes", "--quadrant", "defer", "--due", "2026-12-07",
                 "--repeat", "FREQ=WEEKLY;BYDAY=MO")  # fmt: skip
    assert out == "Added #1 to Defer: Weekly 1:1 notes, repeating every week on Mon\n"
    [task] = cli.tasks()
    assert task["repeat"] == "FREQ=WEEKLY;BYDAY=MO"
    cli.ok("done", "1")
    [following] = cli.tasks()
    assert (following["id"], following["quadrant"], following["due"]) == (2, "defer", "2026-12-14")
    assert following["repeat"] == "FREQ=WEEKLY;BYDAY=MO"
    cli.ok("reopen", "1")
    cli.ok("done", "1")
    assert [t["id"] for t in cli.tasks()] == [2]  # still the one next occurrence


def test_days_after_done_and_bad_repeats(cli: Cli) -> None:
    cli.ok("add", "Water the plants", "--repeat", "3d after done")
    assert cli.tasks()[0]["repeat"] == "AFTER-DONE=3"
    assert_user_error(cli("add", "Whenever", "--repeat", "sometimes"), "is not a repeat")
    assert_user_error(cli("add", "Twice", "--repeat", "FREQ=DAILY;COUNT=2"), "UNTIL and COUNT")
