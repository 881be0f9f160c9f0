"""The status-update draft, read back: every task done in the week and every delegated person is
in it, in Markdown and in plain text, and nothing done in another week is."""

from datetime import UTC, date

import pytest

from app.model.block import BlockDraft
from app.model.quadrant import Quadrant
from app.model.review import review_for
from app.model.services import Services
from app.model.status_update import draft_status, markdown, plain_text
from app.model.task import TaskDraft

from .clock import TickingClock
from .test_review import TODAY, WEEK, at


@pytest.fixture
def week_of_work(service: Services, clock: TickingClock) -> Services:
    def add(title: str, quadrant: Quadrant, **fields: object) -> int:
        [task_id] = service.tasks.add([TaskDraft(title, quadrant, **fields)]).after  # type: ignore[arg-type]
        return task_id

    clock.now = at(16, 9).astimezone(UTC)
    old = add("Done last week", Quadrant.DO, tags=("hiring",))
    service.tasks.set_done([old], True)
    fix = add("Fix the flaky deploy", Quadrant.DO, tags=("platform",))
    offer = add("Send the offer letter", Quadrant.DO, tags=("hiring",))
    notes = add("Tidy the *team* wiki", Quadrant.DEFER)
    vendor = add("Vendor security review", Quadrant.DELEGATE, delegate="Priya")
    add("Collect interview feedback", Quadrant.DELEGATE, delegate="Sam",
        follow_up=date(2026, 3, 25))  # fmt: skip
    add("Draft the on-call rota", Quadrant.DELEGATE, delegate="Ana")
    add("Quarterly budget", Quadrant.DO, due=date(2026, 3, 20))
    memo = add("Write the strategy memo", Quadrant.DEFER)
    add("Someday idea", Quadrant.DEFER)
    service.blocks.add([BlockDraft(at(31, 9), at(31, 11), "", task_id=memo)])
    clock.now = at(25, 15).astimezone(UTC)
    service.tasks.set_done([fix, offer, notes, vendor], True)
    clock.now = at(31, 15).astimezone(UTC)
    later = add("Done next week", Quadrant.DO)
    service.tasks.set_done([later], True)
    return service


def test_markdown_draft(week_of_work: Services) -> None:
    text = markdown(draft_status(review_for(week_of_work, WEEK, TODAY)))
    assert text == (
        "## Status update — week 13, 23 – 29 Mar 2026\n"
        "\n"
        "### Done this week\n"
        "**hiring**\n"
        "- Send the offer letter\n"
        "**platform**\n"
        "- Fix the flaky deploy\n"
        "**Other**\n"
        "- Tidy the \\*team\\* wiki\n"
        "- Vendor security review (with Priya)\n"
        "\n"
        "### Planned next week\n"
        "- Write the strategy memo — Tue 31 Mar\n"
        "\n"
        "### Waiting on\n"
        "- Ana — Draft the on-call rota (since 16 Mar)\n"
        "- Sam — Collect interview feedback (since 16 Mar)\n"
        "\n"
        "### Risks\n"
        "- Overdue: Quarterly budget (due 20 Mar)\n"
        "- Follow-up overdue: Collect interview feedback with Sam (was due 25 Mar)\n"
    )


@pytest.mark.parametrize("write", [markdown, plain_text])
def test_every_done_task_and_person_is_in_it_and_nothing_from_another_week(
    week_of_work: Services, write: object
) -> None:
    result = review_for(week_of_work, WEEK, TODAY)
    text = write(draft_status(result)).replace("\\", "")  # type: ignore[operator]
    done = [item.task.title for item in result.done]
    assert len(done) == 4
    for title in done:
        assert title in text
    for person in ("Priya", "Sam", "Ana"):
        assert person in text
    assert "Done last week" not in text
    assert "Done next week" not in text
    assert "Someday idea" not in text  # Defer work with no time blocked is not planned


def test_plain_text_draft_of_an_empty_week(service: Services) -> None:
    text = plain_text(draft_status(review_for(service, WEEK, TODAY)))
    assert text == (
        "Status update — week 13, 23 – 29 Mar 2026\n"
        "=========================================\n"
        "\n"
        "Done this week\n"
        "  Nothing to report.\n"
        "\n"
        "Planned next week\n"
        "  Nothing to report.\n"
        "\n"
        "Waiting on\n"
        "  Nothing to report.\n"
        "\n"
        "Risks\n"
        "  Nothing to report.\n"
    )
