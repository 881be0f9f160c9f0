"""View ▸ Weekly Review: the window shows the figures of the week the calendar shows, follows the
calendar, and drafts a status update to copy or save."""

from datetime import timedelta
from pathlib import Path

from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from app.model.block import BlockDraft, BlockKind
from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.task import TaskDraft
from app.model.week import local_instant
from app.ui.review.review_window import ReviewWindow
from app.ui.review.status_dialog import StatusDialog


def seed_week(service: Services, window: object) -> None:
    week = window.calendar.week  # type: ignore[attr-defined]
    monday = week.first_day

    def at(days: int, hour: int) -> object:
        return local_instant(monday + timedelta(days=days), hour * 60, week.zone)

    fire, plan = service.tasks.add(
        [
            TaskDraft("Outage follow-up", Quadrant.DO, tags=("platform",)),
            TaskDraft("Coaching plan", Quadrant.DEFER, estimate=120),
        ]
    ).after
    service.tasks.add([TaskDraft("Vendor review", Quadrant.DELEGATE, delegate="Priya")])
    service.blocks.add(
        [
            BlockDraft(at(0, 9), at(0, 12), "", task_id=fire),  # type: ignore[arg-type]
            BlockDraft(at(1, 9), at(1, 10), "", task_id=plan),  # type: ignore[arg-type]
            BlockDraft(at(2, 9), at(2, 11), "Staff meeting", BlockKind.MEETING),  # type: ignore[arg-type]
        ]
    )
    service.tasks.set_done([fire], True)


def test_the_review_shows_the_week_and_drafts_the_status(
    service: Services, open_main_window, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_main_window()
    seed_week(service, window)
    action = window.findChild(QAction, "weekly-review")
    assert action.shortcut().toString() == "Ctrl+Shift+R"
    action.trigger()
    review = window.findChild(ReviewWindow, "weekly-review")
    assert review.isVisible()
    assert review.accessibleName() == "Weekly review"
    assert review.findChild(QLabel, "review-share").text() == "83% reactive"
    legend = review.findChild(QLabel, "review-legend").text()
    assert "Do&nbsp;<b>3 h</b>" in legend
    assert "Meeting&nbsp;<b>2 h</b>" in legend
    assert "Outage follow-up" in review.findChild(QLabel, "review-done").text()
    capacity = review.findChild(QLabel, "review-capacity").text()
    assert "Over by 2 h: 2 h of Do and Defer work, 0 h of focus time blocked" in capacity

    review.findChild(QPushButton, "draft-status").click()
    draft = review.findChild(StatusDialog, "status-draft")
    assert draft.isVisible()
    text = draft.text()
    assert "### Done this week\n**platform**\n- Outage follow-up\n" in text
    assert "- Priya — Vendor review" in text
    draft.copy()
    assert QGuiApplication.clipboard().text() == text
    target = tmp_path / "status.md"
    with qtbot.waitSignal(draft.saved):
        assert draft.save(target)
    assert target.read_text(encoding="utf-8") == text
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".status")] == []
    draft.format.setCurrentIndex(1)
    assert draft.text().startswith("Status update — week")


def test_the_review_follows_the_calendar_and_changes(service: Services, open_main_window) -> None:
    window = open_main_window()
    review = window.show_review()
    share = review.findChild(QLabel, "review-share")
    assert share.text() == "No work time blocked"
    seed_week(service, window)
    window.calendar.next_week()
    assert review.review.week == window.calendar.week
    window.calendar.previous_week()
    assert share.text() == "83% reactive"
