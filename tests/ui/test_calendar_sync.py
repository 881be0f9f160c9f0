"""The calendar sync in the window, against a real Radicale server: File ▸ Calendar Account…
finds the calendars and keeps the account, View ▸ Sync Now (F5) brings another device's
changes into the week without blocking the window, the status bar says the state, and the
conflicts list settles a conflict."""

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from app.model.block import BlockDraft, BlockEdit, BlockKind
from app.model.services import Services
from app.model.sync_account import ACCOUNT_FILE, PASSWORD_VARIABLE, Account, save_account
from app.model.sync_conflicts import ConflictView
from app.model.sync_item import Conflict
from app.ui.shell.calendar_account import CalendarAccountDialog
from app.ui.shell.main_window import MainWindow
from app.ui.shell.sync_conflicts import SyncConflictsDialog

from ..radicale_server import PASSWORD, USER, Phone, Radicale

WAIT_MS = 20_000


def status(window: MainWindow) -> str:
    return window.findChild(QLabel, "sync-status").text()


def trigger(window: MainWindow, name: str) -> None:
    window.findChild(QAction, name).trigger()


def titles(window: MainWindow) -> list[str]:
    return sorted(block.title for block in window.calendar.model.blocks())


@pytest.fixture
def calendar(radicale: Radicale) -> str:
    return radicale.make_calendar("Quadrant")


@pytest.fixture
def account(
    data_dir: Path, radicale: Radicale, calendar: str, monkeypatch: pytest.MonkeyPatch
) -> Account:
    monkeypatch.setenv(PASSWORD_VARIABLE, PASSWORD)
    kept = Account(radicale.url, USER, calendar, "Quadrant")
    save_account(data_dir, kept)
    return kept


def synced(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: status(window).startswith("Synced"), timeout=WAIT_MS)


def test_the_account_dialog_finds_the_calendars_and_keeps_the_account(
    open_main_window, qtbot: QtBot, radicale: Radicale, calendar: str, data_dir: Path,
    tmp_path: Path,
) -> None:  # fmt: skip
    team = radicale.make_calendar("Team")
    window: MainWindow = open_main_window()
    assert status(window) == "Calendar sync: off"

    trigger(window, "calendar-account")
    dialog = window.findChild(CalendarAccountDialog, "calendar-account")
    dialog.url.setText(radicale.url)
    dialog.user.setText(USER)
    dialog.password.setText(PASSWORD)
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.own.count() > 0, timeout=WAIT_MS)
    dialog.own.setCurrentIndex(dialog.own.findData(calendar))
    team_row = next(dialog.others.item(r) for r in range(dialog.others.count())
                    if dialog.others.item(r).data(Qt.ItemDataRole.UserRole) == team)  # fmt: skip
    team_row.setCheckState(Qt.CheckState.Checked)
    dialog.resize(1280 // 2, 720 // 2)
    dialog.grab().save(str(tmp_path / "calendar-account.png"))
    with qtbot.waitSignal(dialog.finished):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    kept = (data_dir / ACCOUNT_FILE).read_text(encoding="utf-8")
    assert calendar in kept
    assert team in kept
    assert PASSWORD not in kept
    synced(qtbot, window)  # with the password typed (there is no keyring here)


def test_sync_now_brings_another_devices_event_into_the_week(
    open_main_window, qtbot: QtBot, radicale: Radicale, account: Account, tmp_path: Path
) -> None:
    window: MainWindow = open_main_window()
    synced(qtbot, window)
    start = window.calendar.week.day_start(1) + timedelta(hours=10)
    Phone(radicale, account.calendar).add_event("Dentist", start)

    trigger(window, "sync-now")

    assert status(window) == "Syncing…"  # the window goes on while the worker syncs
    synced(qtbot, window)
    qtbot.waitUntil(lambda: titles(window) == ["Dentist"], timeout=WAIT_MS)
    window.resize(1280, 720)
    window.grab().save(str(tmp_path / "synced.png"))


def test_a_problem_is_one_sentence_in_the_status_bar(
    open_main_window, qtbot: QtBot, account: Account, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSWORD_VARIABLE, "wrong")
    window: MainWindow = open_main_window()

    trigger(window, "sync-now")

    qtbot.waitUntil(lambda: status(window) == "Calendar sync stopped", timeout=WAIT_MS)
    problem = window.findChild(QLabel, "problem").text()
    assert problem == "The server did not accept the user name and password."


def test_offline_says_when_it_tries_again(
    open_main_window, qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSWORD_VARIABLE, PASSWORD)
    nowhere = Radicale(data_dir.parent / "never-started")  # a free port nobody listens on
    save_account(data_dir, Account(nowhere.url, USER, nowhere.url + "ana/x/", "x"))
    window: MainWindow = open_main_window()

    trigger(window, "sync-now")

    qtbot.waitUntil(lambda: status(window).startswith("Offline"), timeout=WAIT_MS)
    assert status(window) == "Offline · next try in 1 min"


def test_the_conflicts_list_settles_a_conflict(
    open_main_window, qtbot: QtBot, radicale: Radicale, account: Account, service: Services
) -> None:
    window: MainWindow = open_main_window()
    start = window.calendar.week.day_start(2) + timedelta(hours=9)
    change = service.blocks.add([BlockDraft(start, start + timedelta(hours=1), "Plan")])
    block = change.created_blocks()[0]
    trigger(window, "sync-now")
    synced(qtbot, window)
    service.blocks.edit(block.id, BlockEdit("Plan (mine)", BlockKind.FOCUS, "", None))
    Phone(radicale, account.calendar).rename(block.uid, "Plan (theirs)")
    trigger(window, "sync-now")
    qtbot.waitUntil(lambda: status(window).endswith("1 conflict"), timeout=WAIT_MS)

    trigger(window, "sync-conflicts")
    dialog = window.findChild(SyncConflictsDialog, "sync-conflicts")
    said = "“Plan (mine)”: changed here and on the server (there: “Plan (theirs)”)"
    assert dialog.list.item(0).text() == said
    qtbot.mouseClick(dialog.findChild(QPushButton, "keep-theirs"), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=WAIT_MS)
    synced(qtbot, window)
    assert not status(window).endswith("conflict")
    qtbot.waitUntil(lambda: titles(window) == ["Plan (theirs)"], timeout=WAIT_MS)
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()


def test_a_long_conflict_wraps_and_shows_whole(open_main_window, qtbot: QtBot) -> None:
    window: MainWindow = open_main_window()
    trigger(window, "sync-conflicts")
    dialog = window.findChild(SyncConflictsDialog, "sync-conflicts")
    qtbot.waitExposed(dialog)
    theirs = "Plan the offsite in Lisbon for the whole platform team, with the partners"
    dialog.show_conflicts([ConflictView("u1", Conflict.BOTH_CHANGED, "Plan the offsite", theirs)])
    item = dialog.list.item(0)
    assert theirs in item.text()
    shown = dialog.list.visualItemRect(item)
    assert dialog.list.viewport().rect().contains(shown)  # nothing off to the right
    assert shown.height() >= 2 * dialog.list.fontMetrics().height()  # on two lines
    assert not dialog.list.horizontalScrollBar().isVisible()
    close = dialog.findChild(QPushButton, "keep-mine").parent().findChildren(QPushButton)
    assert "Close" in [button.text() for button in close]  # one row of buttons
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()
