"""`quadrant waiting`, `quadrant followed-up`, and the urgency suggestion in `list --json`."""

import json
from datetime import date, timedelta

from app.model.urgency import next_follow_up

from .test_cli import Cli, assert_user_error


def test_waiting_lists_by_person_overdue_first(cli: Cli) -> None:
    cli.ok("add", "Interview loop", "--delegate", "Priya", "--follow-up", "2020-01-06")
    cli.ok("add", "Offsite venue", "--delegate", "Sam", "--follow-up", "+5d")
    cli.ok("add", "Vendor quote", "--delegate", "Priya")
    out = cli.ok("waiting")
    lines = out.splitlines()
    assert lines[0] == "Priya (2 open, 1 overdue)"
    assert "Interview loop" in lines[1]
    assert "follow-up overdue since Mon 6 Jan 2020" in lines[1]
    assert "Vendor quote" in lines[2]
    assert lines[4].startswith("Sam (1 open)")

    [sam] = json.loads(cli.ok("waiting", "--person", "sam", "--json"))
    assert sam["person"] == "Sam"
    assert [t["title"] for t in sam["open"]] == ["Offsite venue"]
    assert sam["open"][0]["overdue"] is False
    assert cli.ok("waiting", "--person", "Nobody") == "Nothing delegated to Nobody.\n"


def test_followed_up_records_and_sets_the_next_date(cli: Cli) -> None:
    cli.ok("add", "Interview loop", "--delegate", "Priya", "--follow-up", "2020-01-06")
    assert cli.ok("followed-up", "1").startswith("Followed up #1; next ")
    [task] = cli.tasks()
    assert task["follow_up"] == next_follow_up(date.today()).isoformat()
    [priya] = json.loads(cli.ok("waiting", "--json"))
    assert priya["open"][0]["last_followed_up"] == date.today().isoformat()
    cli.ok("followed-up", "1", "--next", "2030-01-07")
    assert cli.tasks()[0]["follow_up"] == "2030-01-07"
    assert_user_error(cli("followed-up", "7"), "#7")
    assert_user_error(cli("followed-up", "1", "--next", "someday"), "someday")


def test_list_json_says_what_to_suggest_and_why(cli: Cli) -> None:
    tomorrow = date.today() + timedelta(days=1)
    cli.ok("add", "Budget", "--quadrant", "defer", "--due", tomorrow.isoformat())
    cli.ok("add", "Later", "--quadrant", "defer", "--due", "+10d")
    budget, later = cli.tasks()
    assert budget["suggestion"]["quadrant"] == "do"
    assert budget["suggestion"]["reason"].endswith(", tomorrow")
    assert later["suggestion"] is None
    [later] = json.loads(cli.ok("list", "--json", "--horizon", "10", "--search", "Later"))
    assert later["suggestion"]["reason"].endswith("in 10 days")


def test_the_horizon_comes_from_the_window_preferences(cli: Cli) -> None:
    cli.ok("add", "Later", "--quadrant", "defer", "--due", "+5d")
    (cli.data_dir / "window.ini").write_text("[General]\nurgency_horizon=5\n")
    assert cli.tasks()[0]["suggestion"]["quadrant"] == "do"
    (cli.data_dir / "window.ini").write_text("[General]\nurgency_horizon=many\n")
    assert cli.tasks()[0]["suggestion"] is None
