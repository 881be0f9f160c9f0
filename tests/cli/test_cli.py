"""The `quadrant` command line: what a person sees in the terminal and what the data file holds.

Every test runs `main([...])` in-process against a fresh data folder; one runs the real
`python -m app` in a subprocess.
"""

import io
import json
import os
import sqlite3
import subprocess
import sys
import types
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.model.services import Services

JSON_KEYS = {
    "suggestion",
    "id", "uid", "title", "quadrant", "position", "status", "due", "estimate_minutes",
    "delegate", "follow_up", "tags", "notes", "created", "updated", "completed", "source",
    "external_uid", "suggestion_dismissed", "repeat",
}  # fmt: skip


@dataclass
class Result:
    code: int
    out: str
    err: str


class Cli:
    """Runs `quadrant --data-dir <fresh folder> ...` and captures what it prints."""

    def __init__(self, data_dir: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch) -> None:
        self.data_dir = data_dir
        self._capsys = capsys
        self._monkeypatch = monkeypatch

    @property
    def db_file(self) -> Path:
        return self.data_dir / "quadrant.sqlite3"

    def __call__(self, *args: str, stdin: str | None = None) -> Result:
        if stdin is not None:
            self._monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(["--data-dir", str(self.data_dir), *args])
        out, err = self._capsys.readouterr()
        return Result(code, out, err)

    def ok(self, *args: str, stdin: str | None = None) -> str:
        result = self(*args, stdin=stdin)
        assert (result.code, result.err) == (0, ""), result
        return result.out

    def tasks(self, *args: str) -> list[dict[str, Any]]:
        """What the data file holds, read back through `list --json`."""
        tasks: list[dict[str, Any]] = json.loads(self.ok("list", "--json", *args))
        return tasks


@pytest.fixture
def cli(tmp_path: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.delenv("QUADRANT_DATA_DIR", raising=False)
    return Cli(tmp_path / "data", capsys, monkeypatch)


def assert_user_error(result: Result, *words: str) -> None:
    """Exit 2 and a one-line `quadrant: ...` message naming the problem; no traceback."""
    assert result.code == 2
    assert result.out == ""
    assert result.err.startswith("quadrant: ")
    assert result.err.count("\n") == 1
    assert "Traceback" not in result.err
    for word in words:
        assert word in result.err


# -- add ----------------------------------------------------------------------------------------


def test_add_with_every_option(cli: Cli) -> None:
    out = cli.ok(
        "add", "Write the Q1 plan", "--quadrant", "do", "--due", "2026-03-02",
        "--estimate", "1h30m", "--delegate", "Sam", "--follow-up", "2026-03-09",
        "--tag", "planning", "--tag", "q1, #work", "--notes", "Start from last year's",
    )  # fmt: skip

    assert out == "Added #1 to Do: Write the Q1 plan\n"
    [task] = cli.tasks()
    assert task["title"] == "Write the Q1 plan"
    assert task["quadrant"] == "do"
    assert task["status"] == "open"
    assert task["due"] == "2026-03-02"
    assert task["estimate_minutes"] == 90
    assert task["delegate"] == "Sam"
    assert task["follow_up"] == "2026-03-09"
    assert task["tags"] == ["planning", "q1", "work"]
    assert task["notes"] == "Start from last year's"


def test_add_defaults_to_the_inbox_with_no_fields_set(cli: Cli) -> None:
    assert cli.ok("add", "  Call   the bank ") == "Added #1 to Inbox: Call the bank\n"

    [task] = cli.tasks()
    assert task["title"] == "Call the bank"
    assert task["quadrant"] == "inbox"
    assert task["status"] == "open"
    assert (task["due"], task["estimate_minutes"], task["delegate"]) == (None, None, None)
    assert (task["follow_up"], task["tags"], task["notes"], task["completed"]) == (
        None, [], "", None,
    )  # fmt: skip


def test_add_reads_quadrant_digits_and_relative_dates(cli: Cli) -> None:
    today = date.today()
    cli.ok("add", "Review budget", "--quadrant", "2", "--due", "+3d", "--follow-up", "tomorrow")
    cli.ok("add", "Sort old mail", "--quadrant", "EliMinate", "--estimate", "2h")

    first, second = cli.tasks()
    assert first["quadrant"] == "defer"
    assert first["due"] == (today + timedelta(days=3)).isoformat()
    assert first["follow_up"] == (today + timedelta(days=1)).isoformat()
    assert second["quadrant"] == "eliminate"
    assert second["estimate_minutes"] == 120


def test_add_json_prints_the_created_task(cli: Cli) -> None:
    created = json.loads(cli.ok("add", "Book flights", "--due", "2026-05-01", "--json"))

    assert isinstance(created, list)
    [task] = created
    assert set(task) == JSON_KEYS
    assert task == cli.tasks()[0]


# -- list ---------------------------------------------------------------------------------------


def test_list_json_shape(cli: Cli) -> None:
    cli.ok("add", "Plan offsite", "--quadrant", "defer", "--due", "2026-04-10", "--tag", "team")

    [task] = cli.tasks()
    assert set(task) == JSON_KEYS
    assert isinstance(task["id"], int)
    assert isinstance(task["position"], int)
    assert len(task["uid"]) == 36
    assert task["due"] == "2026-04-10"
    assert task["tags"] == ["team"]
    created = datetime.fromisoformat(task["created"])
    assert created.tzinfo is not None
    assert datetime.fromisoformat(task["updated"]) == created
    assert task["completed"] is None


def test_list_shows_lanes_in_order_and_tasks_by_position(cli: Cli) -> None:
    for title, quadrant in [
        ("Old newsletters", "eliminate"), ("Fix the outage", "do"), ("Unsorted idea", "inbox"),
        ("Career plan", "defer"), ("Expense report", "delegate"), ("Reply to CEO", "do"),
    ]:  # fmt: skip
        cli.ok("add", title, "--quadrant", quadrant)

    tasks = cli.tasks()
    assert [(t["quadrant"], t["title"]) for t in tasks] == [
        ("inbox", "Unsorted idea"), ("do", "Fix the outage"), ("do", "Reply to CEO"),
        ("defer", "Career plan"), ("delegate", "Expense report"), ("eliminate", "Old newsletters"),
    ]  # fmt: skip

    out = cli.ok("list")
    headers = ["Inbox (1)", "Do (2)", "Defer (1)", "Delegate (1)", "Eliminate (1)"]
    assert [line for line in out.splitlines() if line and not line.startswith(" ")] == headers
    assert out.index("Fix the outage") < out.index("Reply to CEO") < out.index("Career plan")


def test_list_text_shows_set_fields_aligned(cli: Cli) -> None:
    cli.ok(
        "add", "Write the Q1 plan", "--quadrant", "do", "--due", "2026-03-02", "--estimate", "90",
        "--delegate", "Sam", "--follow-up", "2026-03-09", "--tag", "planning",
    )  # fmt: skip
    for n in range(10):
        cli.ok("add", f"Task {n}", "--quadrant", "do")

    lines = cli.ok("list").splitlines()
    assert lines[0] == "Do (11)"
    first = lines[1]
    assert first.startswith("   #1  Write the Q1 plan")
    for field in ("due 2026-03-02", "1h 30m", "Sam", "follow up 2026-03-09", "#planning"):
        assert field in first
    assert lines[-1] == "  #11  Task 9"
    # Titles start in one column whatever the width of the id.
    title_columns = {line.index("Write" if "Write" in line else "Task") for line in lines[1:]}
    assert title_columns == {7}


def test_list_filters_by_quadrant(cli: Cli) -> None:
    cli.ok("add", "Fix the outage", "--quadrant", "do")
    cli.ok("add", "Career plan", "--quadrant", "defer")

    assert [t["title"] for t in cli.tasks("--quadrant", "defer")] == ["Career plan"]
    out = cli.ok("list", "--quadrant", "1")
    assert out.splitlines() == ["Do (1)", "  #1  Fix the outage"]
    assert cli.ok("list", "--quadrant", "delegate") == "No open tasks in Delegate.\n"


def test_list_hides_done_tasks_unless_all(cli: Cli) -> None:
    for title in ("Draft agenda", "Send agenda", "Hold meeting"):
        cli.ok("add", title, "--quadrant", "do")
    service = Services.open(cli.db_file)
    try:
        service.tasks.set_done([2], done=True)
    finally:
        service.close()

    assert [t["title"] for t in cli.tasks()] == ["Draft agenda", "Hold meeting"]
    everything = cli.tasks("--all")
    assert [(t["title"], t["status"]) for t in everything] == [
        ("Draft agenda", "open"), ("Send agenda", "done"), ("Hold meeting", "open"),
    ]  # fmt: skip
    assert datetime.fromisoformat(everything[1]["completed"]).tzinfo is not None
    assert "[done]" not in cli.ok("list")
    text = cli.ok("list", "--all")
    assert "Do (3)" in text
    done_lines = [line for line in text.splitlines() if "[done]" in line]
    assert done_lines == ["  #2  Send agenda   [done]"]


def test_list_of_a_new_data_folder_is_empty(cli: Cli) -> None:
    assert cli.ok("list") == "No open tasks.\n"
    assert cli.ok("list", "--all") == "No tasks.\n"
    assert cli.tasks() == []


# -- add - (bulk capture from standard input) ---------------------------------------------------


def test_bulk_add_skips_blank_lines_and_applies_the_options(cli: Cli) -> None:
    cli.ok("add", "Already here", "--quadrant", "delegate")
    lines = "Expense report\n\n   \nHiring loop feedback\n  Vendor  contract \n"

    options = ["--quadrant", "delegate", "--delegate", "Ana", "--tag", "ops"]
    out = cli.ok("add", "-", *options, stdin=lines)

    assert out == "Added 3 tasks to Delegate.\n"
    tasks = cli.tasks()
    assert [t["title"] for t in tasks] == [
        "Already here", "Expense report", "Hiring loop feedback", "Vendor contract",
    ]  # fmt: skip
    assert all((t["delegate"], t["tags"]) == ("Ana", ["ops"]) for t in tasks[1:])


def test_bulk_add_of_one_line_and_as_json(cli: Cli) -> None:
    assert cli.ok("add", "-", stdin="Only one\n") == "Added 1 task to Inbox.\n"
    created = json.loads(cli.ok("add", "-", "--json", stdin="Two\nThree"))
    assert [t["title"] for t in created] == ["Two", "Three"]
    assert [t["id"] for t in created] == [2, 3]


def test_bulk_add_with_one_bad_line_adds_nothing_and_names_the_line(cli: Cli) -> None:
    lines = "Fine title\n\n" + "x" * 1234 + "\nAnother fine title\n"

    result = cli("add", "-", stdin=lines)

    assert_user_error(result, "line 3:", "1,234 characters")
    assert cli.tasks() == []


@pytest.mark.parametrize("stdin", ["", "\n\n   \n"])
def test_bulk_add_of_empty_input_is_an_error(cli: Cli, stdin: str) -> None:
    assert_user_error(cli("add", "-", stdin=stdin), "standard input")
    assert cli.tasks() == []


def test_bulk_add_with_a_bad_option_adds_nothing(cli: Cli) -> None:
    assert_user_error(cli("add", "-", "--due", "someday", stdin="One\nTwo\n"), "someday")
    assert cli.tasks() == []


# -- user mistakes: exit 2, one line, nothing changed ------------------------------------------


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["add", ""], ["needs a title"]),
        (["add", "   "], ["needs a title"]),
        (["add", "x" * 501], ["501 characters"]),
        (["add", "Plan", "--quadrant", "urgent"], ["unknown quadrant", "urgent"]),
        (["add", "Plan", "--due", "2026-02-30"], ["2026-02-30", "28 days"]),
        (["add", "Plan", "--follow-up", "2026-13-01"], ["no month 13"]),
        (["add", "Plan", "--due", "next year"], ["next year", "not a date"]),
        (["add", "Plan", "--estimate", "soon"], ["soon", "not an estimate"]),
        (["add", "Plan", "--estimate", "0m"], ["at least one minute"]),
        (["add", "Plan", "--tag", "t" * 41], ["longer than 40"]),
        (["list", "--quadrant", "5"], ["unknown quadrant"]),
    ],
)
def test_user_mistakes_exit_2_with_one_line(cli: Cli, args: list[str], words: list[str]) -> None:
    assert_user_error(cli(*args), *words)
    assert cli.tasks("--all") == []


@pytest.mark.parametrize(
    "args",
    [["add"], ["frobnicate"], ["add", "Plan", "--colour", "red"], ["list", "--quadrant"]],
)
def test_bad_usage_exits_2_with_argparse_usage(cli: Cli, args: list[str]) -> None:
    result = cli(*args)

    assert result.code == 2
    assert "usage: quadrant" in result.err
    assert "Traceback" not in result.err
    assert cli.tasks("--all") == []


def test_version_and_help(cli: Cli) -> None:
    assert cli.ok("--version").startswith("quadrant 0.")
    assert "add" in cli.ok("--help")


# -- storage problems: exit 1, one line ----------------------------------------------------------


def test_newer_database_is_refused_and_left_untouched(cli: Cli) -> None:
    cli.ok("add", "Written by today's Quadrant")
    with closing(sqlite3.connect(cli.db_file)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    before = cli.db_file.read_bytes()

    for args in (["list"], ["add", "Should not be written"]):
        result = cli(*args)
        assert result.code == 1
        assert result.out == ""
        assert result.err.startswith("quadrant: ")
        assert result.err.count("\n") == 1
        assert "newer version of Quadrant" in result.err
        assert "Traceback" not in result.err

    assert cli.db_file.read_bytes() == before


def test_foreign_database_is_refused(cli: Cli) -> None:
    cli.data_dir.mkdir()
    with closing(sqlite3.connect(cli.db_file)) as connection, connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")

    result = cli("list")

    assert result.code == 1
    assert "belongs to another program, not Quadrant" in result.err
    assert result.err.count("\n") == 1


def test_damaged_file_is_moved_aside_and_the_command_still_works(cli: Cli) -> None:
    cli.data_dir.mkdir()
    garbage = b"this is not a database\n" * 50
    cli.db_file.write_bytes(garbage)

    result = cli("add", "Start over")

    assert result.code == 0
    assert result.out == "Added #1 to Inbox: Start over\n"
    [moved] = cli.data_dir.glob("quadrant.sqlite3.damaged-*")
    assert moved.read_bytes() == garbage
    assert result.err.startswith("quadrant: ")
    assert str(moved) in result.err
    assert [t["title"] for t in cli.tasks()] == ["Start over"]


# -- where the data lives, and how the program starts -------------------------------------------


def test_quadrant_data_dir_variable_is_honoured(
    tmp_path: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from_env = tmp_path / "from-env"
    monkeypatch.setenv("QUADRANT_DATA_DIR", str(from_env))

    assert main(["add", "Kept in the env folder"]) == 0
    assert (from_env / "quadrant.sqlite3").exists()
    assert main(["--data-dir", str(tmp_path / "explicit"), "add", "Kept in the flag folder"]) == 0
    capsys.readouterr()

    assert main(["list"]) == 0
    assert "Kept in the env folder" in capsys.readouterr().out
    env_titles = Cli(from_env, capsys, monkeypatch).tasks()
    flag_titles = Cli(tmp_path / "explicit", capsys, monkeypatch).tasks()
    assert [t["title"] for t in env_titles] == ["Kept in the env folder"]
    assert [t["title"] for t in flag_titles] == ["Kept in the flag folder"]


def test_no_subcommand_opens_the_window_on_the_chosen_folder(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []

    def run_gui(data_dir: Path, debug: bool = False) -> int:
        opened.append(data_dir)
        return 7

    stand_in = types.ModuleType("app.ui.application")
    stand_in.run_gui = run_gui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "app.ui.application", stand_in)

    assert cli().code == 7
    assert opened == [cli.data_dir.resolve()]


def test_subcommands_work_without_qt(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "PySide6", None)  # any `import PySide6...` now fails

    cli.ok("add", "Captured without a display", "--quadrant", "do")
    assert "Captured without a display" in cli.ok("list")


def test_python_dash_m_app_runs_the_same_program(cli: Cli) -> None:
    cli.ok("add", "Seen from another process", "--quadrant", "defer")
    env = {k: v for k, v in os.environ.items() if k != "QUADRANT_DATA_DIR"}

    completed = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(cli.data_dir), "list", "--json"],
        capture_output=True, text=True, env=env, cwd=Path(__file__).parents[2], timeout=60,
        check=False,
    )  # fmt: skip

    assert completed.returncode == 0, completed.stderr
    assert completed.stderr == ""
    [task] = json.loads(completed.stdout)
    assert (task["title"], task["quadrant"]) == ("Seen from another process", "defer")


def test_no_desktop_gives_a_message_not_a_crash(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert main(["--data-dir", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("quadrant: no desktop to open the window on")
    assert "\n" not in err.rstrip("\n")
