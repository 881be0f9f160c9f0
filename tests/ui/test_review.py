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


def test_the_review_and_the_status_update_speak_german(
    german: None, service: Services, open_main_window
) -> None:
    window = open_main_window()
    seed_week(service, window)
    service.tasks.add([TaskDraft("Offsite", Quadrant.DO), TaskDraft("Budget", Quadrant.DEFER)])
    review = window.show_review()
    assert review.windowTitle() == "Wochenrückblick"
    headings = {label.text() for label in review.findChildren(QLabel)}
    assert {"Wohin die Zeit ging", "Reaktiv oder proaktiv", "Letzte 8 Wochen"} <= headings
    _, number = window.calendar.week.iso
    assert review.findChild(QLabel, "review-title").text().startswith(f"KW {number} · ")
    assert review.findChild(QLabel, "review-share").text() == "83 % reaktiv"
    legend = review.findChild(QLabel, "review-legend").text()
    assert "Erledigen&nbsp;<b>3 h</b>" in legend
    assert "Besprechung&nbsp;<b>2 h</b>" in legend
    # plurals: one task done, two without an estimate
    done = review.findChild(QLabel, "review-done").text()
    assert done == "1 erledigt (Erledigen: 1): Outage follow-up."
    unestimated = review.findChild(QLabel, "review-unestimated").text()
    assert unestimated == "2 Aufgaben haben keine Schätzung: Offsite, Budget."
    capacity = review.findChild(QLabel, "review-capacity").text()
    assert "zu viel: 2 h Arbeit aus „Erledigen“ und „Planen“, 0 h Fokuszeit geblockt." in capacity
    assert review.findChild(QPushButton, "draft-status").text() == "Status&bericht entwerfen…"

    draft = review.open_draft()
    assert draft is not None
    assert draft.windowTitle() == f"Statusbericht — KW {number} · {window.calendar.week.iso[0]}"
    text = draft.text()
    assert text.startswith(f"## Statusbericht — KW {number}, ")
    assert "### Diese Woche erledigt\n**platform**\n- Outage follow-up\n" in text
    assert "### Warten auf\n- Priya — Vendor review" in text
    assert "### Risiken\nNichts zu berichten.\n" in text
    assert draft.findChild(QPushButton, "status-copy").text() == "In die &Zwischenablage kopieren"
    draft.copy()
    assert draft.findChild(QLabel, "status-message").text() == "In die Zwischenablage kopiert."


def test_english_plurals_of_the_review(service: Services, open_main_window) -> None:
    window = open_main_window()
    seed_week(service, window)
    service.tasks.add([TaskDraft("Offsite", Quadrant.DO)])
    review = window.show_review()
    assert review.findChild(QLabel, "review-done").text() == "1 done (1 Do): Outage follow-up."
    unestimated = review.findChild(QLabel, "review-unestimated").text()
    assert unestimated == "1 task has no estimate: Offsite."
