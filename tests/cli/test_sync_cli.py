"""`quadrant sync` against a real Radicale server: setting up the account, one sync at a time,
conflicts from a terminal, and a sync killed with SIGKILL at random points that the next sync
finishes without a duplicate on either side."""

import json
import os
import random
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.model.block import BlockDraft
from app.model.database import open_database
from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.sync_account import ACCOUNT_FILE, PASSWORD_VARIABLE
from app.model.task import TaskDraft

from ..radicale_server import PASSWORD, USER, Phone, Radicale
from .test_cli import Cli, assert_user_error
from .test_cli_imports import loaded_after

ROOT = Path(__file__).parents[2]
MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def calendar(radicale: Radicale) -> str:
    return radicale.make_calendar("Quadrant")


@pytest.fixture
def account(cli: Cli, radicale: Radicale, calendar: str, monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.setenv(PASSWORD_VARIABLE, PASSWORD)
    cli.ok("sync", "setup", radicale.url, "--user", USER, "--calendar", calendar)
    return cli


def test_setup_keeps_the_account_but_never_the_password(
    cli: Cli, radicale: Radicale, calendar: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSWORD_VARIABLE, PASSWORD)
    radicale.make_calendar("Events only", ("VEVENT",))

    out = cli.ok("sync", "setup", radicale.url, "--user", USER, "--calendar", calendar)

    assert out.startswith("Quadrant syncs with “Quadrant” (")
    kept = (cli.data_dir / ACCOUNT_FILE).read_text(encoding="utf-8")
    assert calendar in kept
    assert PASSWORD not in kept
    refused = cli("sync", "setup", radicale.url, "--user", USER, "--calendar", "Events only")
    assert_user_error(refused, "does not accept tasks")


def test_sync_sends_and_fetches_and_says_what_it_did(
    account: Cli, radicale: Radicale, calendar: str
) -> None:
    account.ok("add", "Hire a designer", "--quadrant", "do")
    phone = Phone(radicale, calendar)
    phone.add_event("Dentist", MONDAY)

    out = account.ok("sync")

    assert out == "Pushed 1, pulled 1, deleted 0 here and 0 there.\n"
    assert phone.summaries() == ["Dentist", "Hire a designer"]
    report = json.loads(account.ok("sync", "--json"))
    assert report == {"pushed": 0, "pulled": 0, "deleted_here": 0, "deleted_there": 0,
                      "conflicts": [], "skipped": []}  # fmt: skip


def test_conflicts_are_listed_and_settled_from_a_terminal(
    account: Cli, radicale: Radicale, calendar: str
) -> None:
    account.ok("add", "Plan")
    account.ok("sync")
    (task,) = account.tasks()
    account.ok("edit", str(task["id"]), "--title", "Plan (mine)")
    Phone(radicale, calendar).rename(task["uid"], "Plan (theirs)")

    assert "1 conflict: Plan (mine)" in account.ok("sync")
    listed = json.loads(account.ok("sync", "conflicts", "--json"))
    assert listed == [{"uid": task["uid"], "kind": "both_changed", "mine": "Plan (mine)",
                       "theirs": "Plan (theirs)"}]  # fmt: skip
    account.ok("sync", "resolve", task["uid"], "--keep", "theirs")
    account.ok("sync")
    assert [t["title"] for t in account.tasks()] == ["Plan (theirs)"]
    assert_user_error(account("sync", "resolve", task["uid"], "--keep", "mine"), "no conflict")


def test_problems_are_one_line_and_exit_codes_say_whose(
    cli: Cli, radicale: Radicale, calendar: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert_user_error(cli("sync"), "no calendar account")
    monkeypatch.setenv(PASSWORD_VARIABLE, PASSWORD)
    cli.ok("sync", "setup", radicale.url, "--user", USER, "--calendar", calendar)
    monkeypatch.setenv(PASSWORD_VARIABLE, "wrong")

    result = cli("sync")

    assert result.code == 1
    assert result.err == "quadrant: The server did not accept the user name and password.\n"


def test_sync_help_loads_neither_qt_nor_sqlalchemy() -> None:
    assert loaded_after("sync", "--help") == []


def test_a_sync_killed_at_random_points_leaves_no_duplicates(
    tmp_path: Path, radicale: Radicale, calendar: str
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    services = Services.open(open_database(data_dir).path)
    for hour in range(60):
        start = MONDAY + timedelta(hours=hour)
        services.blocks.add([BlockDraft(start, start + timedelta(minutes=30), f"Block {hour}")])
    services.tasks.add([TaskDraft(f"Task {n}", Quadrant.DO) for n in range(40)])
    phone = Phone(radicale, calendar)
    for n in range(10):
        phone.add_todo(f"Phone task {n}")
    env = {**os.environ, PASSWORD_VARIABLE: PASSWORD, "TZ": "Europe/Berlin"}
    quadrant = [sys.executable, "-m", "app", "--data-dir", str(data_dir)]
    setup = [*quadrant, "sync", "setup", radicale.url, "--user", USER, "--calendar", calendar]
    subprocess.run(setup, env=env, cwd=ROOT, check=True, capture_output=True, timeout=60)
    chance = random.Random(14)

    for _ in range(6):
        run = subprocess.Popen([*quadrant, "sync"], env=env, cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        time.sleep(chance.uniform(0.4, 2.5))
        run.send_signal(signal.SIGKILL)
        run.wait(10)
    done = subprocess.run([*quadrant, "sync", "--json"], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=True)  # fmt: skip

    assert json.loads(done.stdout)["conflicts"] == []
    uids = phone.uids()
    assert len(uids) == len(set(uids)) == 110
    tasks = services.tasks.lanes()
    blocks = services.blocks.between(MONDAY, MONDAY + timedelta(days=4))
    assert len(tasks) == len({t.uid for t in tasks}) == 50
    assert len(blocks) == 60
    assert sorted([t.uid for t in tasks] + [b.uid for b in blocks]) == uids
    services.close()
