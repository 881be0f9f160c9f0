"""The window's calendar sync when the network fails mid-sync (an error answer, a server slower
than the timeout, a connection that breaks off; made by `fault_proxy` in front of a real
Radicale): the status bar says offline and when it tries again, waiting longer after each
failure in a row, the week keeps every block, and the sync after the fault finishes without
duplicates."""

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.model.block import BlockDraft
from app.model.caldav_server import TIMEOUT_VARIABLE
from app.model.services import Services
from app.model.sync_account import PASSWORD_VARIABLE, Account, save_account
from app.ui.shell.main_window import MainWindow

from ..fault_proxy import FaultProxy
from ..radicale_server import PASSWORD, USER, Phone, Radicale

WAIT_MS = 20_000
TITLES = [f"Block {n}" for n in range(6)]
SENTENCES = {
    "503": "The server failed (error 503); try again later.",
    "timeout": "The server 127.0.0.1 did not answer in time; try again later.",
    "dropped": "The connection to 127.0.0.1 broke off; try again later.",
}


def status(window: MainWindow) -> QLabel:
    label = window.findChild(QLabel, "sync-status")
    assert label is not None
    return label


def sync_now(window: MainWindow) -> None:
    window.findChild(QAction, "sync-now").trigger()


def titles(window: MainWindow) -> list[str]:
    return sorted(block.title for block in window.calendar.model.blocks())


@pytest.fixture
def proxy(radicale: Radicale) -> Iterator[FaultProxy]:
    proxy = FaultProxy(radicale.url).start()
    yield proxy
    proxy.stop()


@pytest.fixture
def phone(
    radicale: Radicale, proxy: FaultProxy, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> Phone:
    monkeypatch.setenv(PASSWORD_VARIABLE, PASSWORD)
    monkeypatch.setenv(TIMEOUT_VARIABLE, "3")  # well below the proxy's hang, above a slow answer
    calendar = radicale.make_calendar("Quadrant")
    save_account(data_dir, Account(proxy.url, USER, proxy.via(calendar), "Quadrant"))
    return Phone(radicale, calendar)


def test_the_status_bar_says_offline_and_waits_longer_after_each_failure(
    open_main_window, qtbot: QtBot, proxy: FaultProxy, phone: Phone, service: Services,
    tmp_path: Path,
) -> None:  # fmt: skip
    window: MainWindow = open_main_window()
    monday = window.calendar.week.day_start(0)
    for hour, title in enumerate(TITLES, start=9):
        start = monday + timedelta(hours=hour)
        service.blocks.add([BlockDraft(start, start + timedelta(minutes=30), title)])
    qtbot.waitUntil(lambda: titles(window) == TITLES, timeout=WAIT_MS)
    faults = [
        ("503", 1, lambda: proxy.answer(503, "PUT", skip=1)),
        ("timeout", 2, lambda: proxy.hang("PUT", skip=1, forward=True)),
        ("dropped", 4, lambda: proxy.drop("PUT", skip=1)),
        ("503", 4, lambda: proxy.answer(503)),
    ]

    for kind, wait, make_fault in faults:
        make_fault()
        sync_now(window)
        qtbot.waitUntil(lambda: status(window).text().startswith("Offline"), timeout=WAIT_MS)
        shown = (status(window).text(), status(window).toolTip())
        assert shown == (f"Offline · next try in {wait} min", SENTENCES[kind])
        assert titles(window) == TITLES
        proxy.heal()
        if kind == "dropped":
            window.resize(1280, 720)
            window.grab().save(str(tmp_path / "offline.png"))

    sync_now(window)

    qtbot.waitUntil(lambda: status(window).text().startswith("Synced"), timeout=WAIT_MS)
    assert phone.summaries() == TITLES
    assert sorted(block.uid for block in window.calendar.model.blocks()) == phone.uids()
    assert titles(window) == TITLES
    proxy.answer(500)
    sync_now(window)
    qtbot.waitUntil(lambda: status(window).text().startswith("Offline"), timeout=WAIT_MS)
    assert status(window).text() == "Offline · next try in 1 min"  # counted from the start again
