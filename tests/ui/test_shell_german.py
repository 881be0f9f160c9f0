"""The window's shell in German: the calendar files' and the sync's status lines, the restore,
error and calendar account dialogs, the about box, a refused save and the start-up messages
(plurals for one and for two)."""

import re
import sqlite3
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMenu, QPushButton, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from app.model.block import BlockDraft
from app.model.database import DB_FILENAME, open_database
from app.model.quadrant import Quadrant
from app.model.rotation import take_daily_backup
from app.model.services import Services
from app.model.sync import SyncReport
from app.model.sync_conflicts import ConflictView
from app.model.sync_item import Conflict
from app.model.task import TaskDraft
from app.ui.shell.calendar_account import CalendarAccountDialog
from app.ui.shell.error_dialog import ErrorDialog
from app.ui.shell.main_window import MainWindow
from app.ui.shell.restore_dialog import RestoreDialog
from tests.ui.conftest import seed
from tests.ui.test_calendar_files import import_and_wait, team_file
from tests.ui.test_one_window import note_after_a_crash, reports_beside_a_silent_window
from tests.ui.test_reminders import Clock
from tests.ui.test_week_calendar import at


def buttons(dialog: QWidget) -> list[str]:
    return [button.text() for button in dialog.findChildren(QPushButton)]


def test_the_import_summary_and_the_export_line_in_german(
    german: None, open_main_window, qtbot: QtBot, tmp_path: Path
) -> None:
    window: MainWindow = open_main_window()
    week = window.calendar.week
    one = team_file(tmp_path, week, count=0)  # the all-day event, and one without a start
    said = import_and_wait(window, qtbot, one)
    assert said.startswith("1 Termin aus team.ics importiert, 1 übersprungen: ")
    assert window.statusBar().currentMessage() == said
    assert window.board.undo_stack.undoText() == "team.ics importieren"
    assert window.calendar_files.export_to(tmp_path / "week.ics")
    assert (
        window.statusBar().currentMessage() == f"1 Block aus {week.name} in week.ics geschrieben."
    )

    (tmp_path / "two").mkdir()
    two = team_file(tmp_path / "two", week, count=1)  # a meeting too
    said = import_and_wait(window, qtbot, two)
    assert said.startswith("2 Termine aus team.ics importiert, 1 übersprungen: ")
    assert window.calendar_files.export_to(tmp_path / "week.ics")
    assert (
        window.statusBar().currentMessage() == f"2 Blöcke aus {week.name} in week.ics geschrieben."
    )


def test_the_sync_status_in_german(german: None, open_main_window) -> None:
    window: MainWindow = open_main_window()
    status = window.findChild(QLabel, "sync-status")
    assert status.text() == "Kalendersynchronisierung: aus"

    syncing = window.syncing
    syncing._done(SyncReport(pushed=3, pulled=1, conflicts=["Plan"]), ["one"])
    assert re.fullmatch(r"Synchronisiert um \d\d:\d\d · 1 Konflikt", status.text())
    said = "3 gesendet, 1 abgerufen, 0 hier und 0 dort gelöscht, 1 Konflikt: Plan."
    assert status.toolTip() == said
    syncing._done(SyncReport(), ["one", "two"])
    assert re.fullmatch(r"Synchronisiert um \d\d:\d\d · 2 Konflikte", status.text())
    syncing._stopped("Der Server antwortet nicht.", True)
    assert status.text() == "Offline · nächster Versuch in 1 Min."
    syncing.stop()


def test_the_sync_conflicts_dialog_in_german(german: None, open_main_window, qtbot: QtBot) -> None:
    window: MainWindow = open_main_window()
    window.syncing.conflicts = [
        ConflictView("a", Conflict.BOTH_CHANGED, "Plan the offsite", "Plan offsite"),
        ConflictView("b", Conflict.DELETED_THERE, "Budget", ""),
    ]
    dialog = window.syncing.show_conflicts()
    assert dialog.windowTitle() == "Synchronisierungskonflikte"
    listed = dialog.findChild(QWidget, "conflict-list")
    assert [listed.item(row).text() for row in range(listed.count())] == [
        "„Plan the offsite“: hier und auf dem Server geändert (dort: „Plan offsite“)",
        "„Budget“: hier geändert, auf dem Server gelöscht",
    ]
    assert {"&Meine Version behalten", "&Server-Version behalten", "&Beide behalten"} <= set(
        buttons(dialog)
    )
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()


def test_the_restore_dialog_in_german(
    german: None, data_dir: Path, service: Services, qtbot: QtBot, tmp_path: Path
) -> None:
    seed(service, (Quadrant.DO, ["Budget"]))
    take_daily_backup(data_dir, date(2026, 11, 23))
    seed(service, (Quadrant.DO, ["Hiring plan"]))
    take_daily_backup(data_dir, date(2026, 11, 24))
    dialog = RestoreDialog(data_dir)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Sicherung wiederherstellen"
    backups = dialog.findChild(QWidget, "backups")
    shown = sorted(backups.item(row).text() for row in range(backups.count()))
    assert shown == [
        "Dienstag, 24. November 2026 — 2 offene Aufgaben",
        "Montag, 23. November 2026 — 1 offene Aufgabe",
    ]
    assert dialog.findChild(QLabel).text().startswith("Die Wiederherstellung ersetzt")
    assert {"&Wiederherstellen", "Abbrechen"} <= set(buttons(dialog))  # Qt's own word too
    dialog.show()
    dialog.grab().save(str(tmp_path / "restore-dialog-de.png"))


def test_the_error_dialog_in_german(german: None, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ErrorDialog("RuntimeError: no sidebar", "Traceback …")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "In Quadrant ist ein Problem aufgetreten"
    assert {"Details &kopieren", "&Protokollordner öffnen"} <= set(buttons(dialog))
    message = dialog.findChild(QLabel, "error-message")
    assert message.text().startswith("Etwas ist schiefgegangen: RuntimeError: no sidebar.\n\n")
    assert "passiert" not in message.text()
    dialog.again("Traceback …")
    assert "Etwas ist schiefgegangen: RuntimeError: no sidebar. Es ist 2-mal passiert." in (
        message.text()
    )
    dialog.show()
    dialog.grab().save(str(tmp_path / "error-dialog-de.png"))


def test_the_calendar_account_dialog_in_german(
    german: None, data_dir: Path, qtbot: QtBot, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = CalendarAccountDialog(data_dir, None, parent)
    assert dialog.windowTitle() == "Kalenderkonto"
    assert "Kalender &suchen" in buttons(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert {"Se&rver:", "&Passwort:", "&Kalender für Quadrant:"} <= set(labels)
    dialog.find_calendars()  # nothing typed yet
    note = dialog.findChild(QLabel, "account-note")
    assert note.text() == (
        "Geben Sie die Adresse des Servers, den Benutzernamen und das Passwort an."
    )
    box = dialog.findChild(QDialogButtonBox)
    save = box.button(QDialogButtonBox.StandardButton.Save)
    assert save.text().replace("&", "") == "Speichern"
    dialog.show()
    dialog.grab().save(str(tmp_path / "calendar-account-de.png"))


def test_the_about_box_in_german(german: None, open_main_window, qtbot: QtBot) -> None:
    window: MainWindow = open_main_window()
    box = window.show_about()
    assert box.windowTitle() == "Über Quadrant"
    assert "Ihre Daten bleiben auf diesem Computer." in box.text()
    with qtbot.waitSignal(box.finished):
        box.accept()


def test_the_focus_timer_in_german(german: None, service: Services, open_main_window) -> None:
    window: MainWindow = open_main_window()
    week = window.calendar.week
    draft = seed(service, (Quadrant.DO, ["Budget entwerfen"]))["Budget entwerfen"]
    window.matrix.reload(service.tasks.lanes(), False)
    service.blocks.add(
        [BlockDraft(at(week, 2, "09:00"), at(week, 2, "10:30"), "", task_id=draft.id)]
    )
    window.reload_calendar()
    clock = Clock(at(week, 2, "09:00"))
    window.reminders.now = clock
    window.reminders.start()
    timer = window.findChild(QLabel, "focus-time-left")
    assert timer.text() == "Fokus: Budget entwerfen · noch 1 Std. 30 Min."
    clock.now = at(week, 2, "09:45")
    window.reminders.check()
    assert timer.text() == "Fokus: Budget entwerfen · noch 45 Min."
    clock.now = at(week, 2, "10:30")
    window.reminders.check()
    assert timer.text() == "„Budget entwerfen“ ist vorbei."
    assert window.findChild(QToolButton, "focus-done").text() == "Erledigt?"


def test_edit_undo_names_the_step_in_german(german: None, open_main_window) -> None:
    window: MainWindow = open_main_window()
    edit = window.menuBar().actions()[1].menu()
    assert isinstance(edit, QMenu)
    undo, redo = edit.actions()[:2]
    assert (undo.text(), redo.text()) == ("&Rückgängig", "&Wiederholen")
    [budget] = window.board.add([TaskDraft("Budget")])
    window.board.move([budget], Quadrant.DO)
    assert undo.text() == "&Rückgängig: Nach „Erledigen“ verschieben"
    window.board.undo_stack.undo()
    assert undo.text() == "&Rückgängig: „Budget“ hinzufügen"
    assert redo.text() == "&Wiederholen: Nach „Erledigen“ verschieben"


def test_changes_not_saved_for_a_lock_in_german(
    german: None, data_dir: Path, service: Services, open_main_window, qtbot: QtBot
) -> None:
    window: MainWindow = open_main_window()
    problem = window.findChild(QLabel, "problem")
    window.board.give_up_after = 0.5
    other = sqlite3.connect(data_dir / DB_FILENAME, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        window.board.add([TaskDraft("Milch kaufen")])
        waiting = "Warten auf die Datendatei: Ein anderes Programm schreibt gerade hinein …"
        assert problem.text() == waiting
        qtbot.waitUntil(lambda: problem.text() != waiting, timeout=10_000)
        assert problem.text() == (
            "Nicht gespeichert („Milch kaufen“ hinzufügen): Ein anderes Programm hielt die "
            "Datendatei gesperrt; es wurde nichts geändert; versuchen Sie es erneut."
        )
        window.board.add([TaskDraft("Brot")])
        window.board.add([TaskDraft("Käse")])
        qtbot.waitUntil(lambda: problem.text().startswith("Nicht gespeichert (2"), timeout=10_000)
        assert problem.text().startswith("Nicht gespeichert (2 Änderungen): ")
    finally:
        other.rollback()
        other.close()


def test_start_up_messages_in_german(german: None, data_dir: Path, log_folder: Path) -> None:
    open_database(data_dir)
    assert reports_beside_a_silent_window(data_dir) == [
        (
            "Quadrant ist bereits geöffnet",
            f"Ein anderes Quadrant-Fenster verwendet {data_dir}, antwortet aber nicht. "
            "Wechseln Sie dorthin oder schließen Sie es zuerst.",
        )
    ]


def test_the_note_after_a_crash_in_german(german: None, data_dir: Path) -> None:
    pid, note = note_after_a_crash(data_dir)
    assert note == (
        f"Die letzte Quadrant-Sitzung in diesem Datenordner (Prozess {pid}) wurde unerwartet "
        "beendet; ihre Sperre wurde aufgehoben. Was sie protokolliert hat, zeigt Hilfe ▸ "
        "Protokollordner öffnen."
    )
