"""`quadrant review` and `quadrant status`: the weekly review's figures and the status draft
from a terminal, the same as the model computes; JSON field names are the README's."""

import json
from datetime import UTC, date, datetime
from typing import Any

import pytest

from app.model.block import BlockDraft, BlockKind
from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.task import TaskDraft

from .test_cli import Cli, assert_user_error

BERLIN_MONDAY = "2026-03-23"  # 2026-W13, with the spring-forward change on Sunday
TOP_KEYS = {
    "week", "first_day", "last_day", "hours", "total_hours", "work_hours", "reactive_hours",
    "defer_hours", "reactive_share", "reactive_sentence", "last_week", "capacity", "done",
    "done_by_quadrant", "came_back", "waiting", "overdue_follow_ups", "overdue_do", "trend",
    "history_from", "history_note",
}  # fmt: skip
CAPACITY_KEYS = {
    "week", "first_day", "last_day", "focus_hours", "do_hours", "defer_hours", "work_hours",
    "balance_hours", "verdict", "unestimated",
}  # fmt: skip


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.fixture
def seeded(cli: Cli) -> Cli:
    cli.ok("list")  # creates the data file
    services = Services.open(cli.db_file, clock=lambda: utc("2026-03-24 10:00"))
    try:
        do, defer, _delegated = services.tasks.add(
            [
                TaskDraft("Fix the deploy", Quadrant.DO, estimate=120, tags=("platform",)),
                TaskDraft("Coaching plan", Quadrant.DEFER),
                TaskDraft("Vendor review", Quadrant.DELEGATE, delegate="Priya"),
            ]
        ).after
        services.blocks.add(
            [
                BlockDraft(utc("2026-03-23 08:00"), utc("2026-03-23 10:00"), "", task_id=do),
                BlockDraft(utc("2026-03-24 08:00"), utc("2026-03-24 11:00"), "", task_id=defer),
                BlockDraft(utc("2026-03-25 08:00"), utc("2026-03-25 09:00"), "1:1",
                           BlockKind.MEETING),
                BlockDraft(utc("2026-03-31 08:00"), utc("2026-03-31 09:00"), "Focus"),
            ]
        )  # fmt: skip
        services.tasks.set_done([do], True)
    finally:
        services.close()
    return cli


def test_review_json_has_the_documented_fields_and_the_figures(seeded: Cli) -> None:
    found: dict[str, Any] = json.loads(seeded.ok("review", "--week", "2026-W13", "--json"))
    assert set(found) == TOP_KEYS
    assert set(found["capacity"]) == CAPACITY_KEYS
    assert found["week"] == "2026-W13"
    assert found["first_day"] == BERLIN_MONDAY
    assert found["hours"] == {
        "do": 2.0, "defer": 3.0, "delegate": 0.0, "eliminate": 0.0, "inbox": 0.0, "focus": 0.0,
        "meeting": 1.0, "personal": 0.0,
    }  # fmt: skip
    assert found["reactive_share"] == 0.5
    assert found["reactive_sentence"] == "50% reactive — 3 h of Defer work this week, 0 h last week"
    assert found["capacity"]["focus_hours"] == 1.0
    assert found["capacity"]["unestimated"] == [
        {"id": 2, "title": "Coaching plan", "quadrant": "defer"}
    ]
    assert [(d["title"], d["quadrant"]) for d in found["done"]] == [("Fix the deploy", "do")]
    assert found["done_by_quadrant"]["do"] == 1
    assert [w["delegate"] for w in found["waiting"]] == ["Priya"]
    assert [t["week"] for t in found["trend"]][-1] == "2026-W13"
    assert len(found["trend"]) == 8


def test_review_text(seeded: Cli) -> None:
    text = seeded.ok("review", "--week", "2026-W13")
    assert "Weekly review: 2026-W13 (23 – 29 Mar 2026)" in text
    assert "50% reactive — 3 h of Defer work this week, 0 h last week." in text
    assert "Fix the deploy" in text


@pytest.mark.parametrize(
    ("form", "heading"), [("markdown", "### Done this week"), ("text", "Done this week")]
)
def test_status_draft(seeded: Cli, form: str, heading: str) -> None:
    text = seeded.ok("status", "--week", "2026-W13", "--format", form)
    assert heading in text.splitlines()
    assert "Fix the deploy" in text
    assert "Priya — Vendor review (since 24 Mar)" in text


def test_a_week_that_does_not_exist_is_a_user_mistake(cli: Cli) -> None:
    assert_user_error(cli("review", "--week", "2026-W60"), "2026-W60")
    assert_user_error(cli("status", "--week", "soon"), "soon")


def test_an_empty_week(cli: Cli) -> None:
    found = json.loads(cli.ok("review", "--week", "2026-W13", "--json"))
    assert found["reactive_share"] is None
    assert found["total_hours"] == 0
    assert date.fromisoformat(found["last_day"]) == date(2026, 3, 29)
