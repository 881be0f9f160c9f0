"""The week and the matrix in German: a block as a screen reader hears it, the question about a
repeating block's occurrences, the delegate popup, the working hours, a refused drop and the
plurals, each as the user sees them with `QUADRANT_LANGUAGE=de`."""

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.model.block import BlockDraft
from app.model.quadrant import Quadrant
from app.model.repeats import parse_rule
from app.model.services import Services
from app.model.task import TaskDraft
from app.ui.calendar.repeat_field import RepeatField
from app.ui.matrix.delegate_popup import DelegatePopup
from app.ui.shell.main_window import MainWindow

from .conftest import seed
from .test_week_calendar import at


def form_labels(form: QFormLayout) -> list[str]:
    labels = (form.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(form.rowCount()))
    return [item.widget().text() for item in labels if item is not None]


def test_a_block_is_said_in_german_with_the_day_from_the_locale(
    german: None, service: Services, open_main_window
) -> None:
    tasks = seed(service, (Quadrant.DEFER, ["Write strategy doc"]), (Quadrant.INBOX, ["Idea"]))
    window: MainWindow = open_main_window()
    week = window.calendar.week
    service.blocks.add([
        BlockDraft(at(week, 1, "09:00"), at(week, 1, "10:30"), "Write strategy doc",
                   task_id=tasks["Write strategy doc"].id),
        BlockDraft(at(week, 1, "23:00"), at(week, 2, "00:00"), "Release",
                   task_id=tasks["Idea"].id),
    ])  # fmt: skip
    window.reload_calendar()
    grid = QAccessible.queryAccessibleInterface(window.calendar.canvas)
    assert grid.text(QAccessible.Text.Name) == "Wochenraster"
    assert grid.text(QAccessible.Text.Description).startswith("Die Zeitblöcke der Woche.")
    said = [grid.child(n).text(QAccessible.Text.Name) for n in range(grid.childCount())]
    assert said == [
        "Dienstag 09:00 bis 10:30, Write strategy doc, Fokus, "
        "verknüpft mit einer Aufgabe in „Planen“",
        "Dienstag 23:00 bis 00:00, Release, Fokus, verknüpft mit einer Aufgabe im Eingang „Idea“",
    ]
    block = window.calendar.model.blocks()[0]
    assert window.calendar.model.describe(block).splitlines()[1] == "Di. 09:00–10:30 · Fokus"


def test_deleting_an_occurrence_asks_which_ones_in_german(
    german: None, service: Services, open_main_window, qtbot: QtBot
) -> None:
    window: MainWindow = open_main_window()
    window.calendar.set_working_hours(0, 24)
    week = window.calendar.week
    start = at(week, 1, "09:00")
    repeat = parse_rule("FREQ=WEEKLY;BYDAY=TU,TH", start, week.zone)
    service.blocks.add([BlockDraft(start, start + timedelta(hours=2), "Deep work", repeat=repeat)])
    window.reload_calendar()
    canvas = window.calendar.canvas
    canvas.select(window.calendar.model.blocks()[0].id)
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    question = next(q for q in window.findChildren(QMessageBox, "repeat-scope") if q.isVisible())
    assert question.windowTitle() == "Wiederkehrenden Block löschen"
    assert question.text() == "„Deep work“ löschen: Welche Termine?"
    buttons = [button.text() for button in question.buttons()]
    assert buttons[:3] == ["Nur diesen", "Diesen und folgende", "Alle"]
    assert "Abbrechen" in buttons  # Qt's own catalogue, for the standard button
    with qtbot.waitSignal(question.finished):
        question.findChild(QPushButton, "scope-this").click()
    assert window.statusBar().currentMessage() == "Block gelöscht. „Rückgängig“ holt ihn zurück."
    assert window.board.undo_stack.undoText() == "Termin löschen"
    assert [b.start for b in window.calendar.model.blocks()] == [at(week, 3, "09:00")]


def test_the_delegate_popup_asks_in_german(
    german: None, service: Services, open_main_window, qtbot: QtBot
) -> None:
    (task,) = service.tasks.add([TaskDraft("Hiring plan")]).created()
    window: MainWindow = open_main_window()
    inbox = window.matrix.views[Quadrant.INBOX]
    inbox.select_ids([task.id])
    inbox.setFocus()
    qtbot.keyClick(inbox, Qt.Key.Key_3)
    popup = window.findChild(DelegatePopup, "delegate-popup")
    assert popup is not None
    assert popup.windowTitle() == "Delegieren"
    assert "Wer übernimmt „Hiring plan“?" in [label.text() for label in popup.findChildren(QLabel)]
    assert form_labels(popup.form) == ["&An", "&Nachfassen"]
    assert popup.person.placeholderText() == "Wer übernimmt es?"
    buttons = popup.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Überspringen"
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Speichern"
    with qtbot.waitSignal(popup.finished):
        qtbot.keyClick(popup.person, Qt.Key.Key_Escape)
    assert service.tasks.get([task.id])[task.id].delegate is None


def test_the_working_hours_dialog_speaks_german_and_says_what_is_wrong(
    german: None, open_main_window, qtbot: QtBot
) -> None:
    window: MainWindow = open_main_window()
    dialog = window.ask_working_hours()
    assert dialog.windowTitle() == "Arbeitszeit"
    assert form_labels(dialog.form) == ["Tag &beginnt um", "Tag &endet um"]
    assert dialog.start.accessibleName() == "Tagesbeginn (Stunde)"
    dialog.start.setValue(18)
    dialog.end.setValue(9)
    dialog.accept()
    assert dialog.error.text() == "Der Tag muss nach seinem Beginn enden."
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()


def test_a_refused_drop_and_the_counts_read_in_german(
    german: None, service: Services, open_main_window, qtbot: QtBot
) -> None:
    (task,) = service.tasks.add([TaskDraft("Strategy", Quadrant.DEFER)]).created()
    window: MainWindow = open_main_window()
    window.calendar.previous_week()
    defer = window.matrix.views[Quadrant.DEFER]
    defer.select_ids([task.id])
    defer.setFocus()
    qtbot.keyClick(defer, Qt.Key.Key_B)
    assert window.statusBar().currentMessage() == (
        "Diese Woche ist vorbei: Wechseln Sie zur aktuellen Woche (Strg+T), um einzuplanen."
    )
    window.calendar.this_week()
    week = window.calendar.week
    window.board.add_blocks([BlockDraft(at(week, 1, "09:00"), at(week, 1, "11:00"), "Deep work")])
    dialog = window.templates.ask_save()
    assert dialog.windowTitle() == "Woche als Vorlage speichern"
    assert dialog.labelText().startswith("Die Fokusblöcke vom ")
    dialog.setTextValue("Gute Woche")
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert (
        window.statusBar().currentMessage() == "1 Fokusblock als Vorlage „Gute Woche“ gespeichert."
    )
    window.board.add_blocks([BlockDraft(at(week, 2, "09:00"), at(week, 2, "10:00"), "Writing")])
    window.templates.save("Gute Woche")
    assert (
        window.statusBar().currentMessage() == "2 Fokusblöcke als Vorlage „Gute Woche“ gespeichert."
    )


def test_the_repeat_controls_speak_german(german: None, qtbot: QtBot) -> None:
    field = RepeatField(None, datetime(2026, 12, 1, 9, 0, tzinfo=UTC), UTC)
    qtbot.addWidget(field)
    assert field.choice.itemText(0) == "Keine Wiederholung"
    assert field.choice.itemText(3) == "Wöchentlich"
    assert [button.text() for button in field.days] == ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
    assert field.days[1].accessibleName() == "Dienstag"
    field.every.setValue(1)
    assert field.every.text() == "1 Woche am"
    field.every.setValue(2)
    assert field.every.text() == "2 Wochen am"
    field.count.setValue(3)
    assert field.count.text() == "3 Mal"
    assert [field.ends.itemText(n) for n in range(3)] == ["Nie", "Am", "Nach"]


def test_a_drop_that_does_not_fit_before_midnight_says_so_in_german(
    german: None, service: Services, open_main_window
) -> None:
    seed(service, (Quadrant.DEFER, ["Strategy", "Coaching", "Budget"]))
    window: MainWindow = open_main_window()
    lane = window.matrix.views[Quadrant.DEFER].lane()
    payload = lane.mimeData([lane.index(row) for row in range(3)])
    canvas = window.calendar.canvas
    grid = canvas.grid()
    late = QPointF(grid.x(1) + grid.day_width / 2, grid.y(23 * 60 + 45))
    assert len(canvas.drop(payload, late)) == 1
    assert window.statusBar().currentMessage() == (
        "1 von 3 Aufgaben eingeplant: Der Rest passte nicht mehr vor Mitternacht."
    )
    assert window.board.undo_stack.undoText() == "„Strategy“ einplanen"
