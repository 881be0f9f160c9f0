"""The model's error messages reach the window in its language: a form's complaint, the
reason a data file cannot be opened, the calendar server's answer. (The CLI keeps English:
tests/cli/test_cli_language.py.)"""

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.model.caldav_server import TIMEOUT_VARIABLE
from app.model.database import DB_FILENAME, open_database
from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.sync_account import PASSWORD_VARIABLE, Account, save_account
from app.model.task import TaskDraft, TaskEdit
from app.ui.application import open_window
from app.ui.shell.main_window import MainWindow

from ..fault_proxy import FaultProxy
from ..radicale_server import PASSWORD, USER, Radicale
from .conftest import seed
from .test_calendar_files import import_and_wait, team_file

WAIT_MS = 20_000


def test_the_task_editor_says_in_german_what_is_wrong(
    german: None, service: Services, open_main_window, tmp_path: Path
) -> None:
    tasks = seed(service, (Quadrant.DO, ["Budget"]))
    window = open_main_window()
    editor = window.open_editor(tasks["Budget"].id)
    editor.title.setText("   ")
    editor.accept()
    assert editor.isVisible()
    assert editor.error.text() == "Titel: eine Aufgabe braucht einen Titel"
    editor.title.setText("Budget 2027")
    editor.due.setText("2026-02-30")
    editor.accept()
    assert (
        editor.error.text() == "Fällig: „2026-02-30“ ist kein Datum: Der Februar 2026 hat 28 Tage"
    )
    editor.resize(editor.sizeHint())
    editor.grab().save(str(tmp_path / "task-editor-error.png"))
    assert editor.error.width() >= editor.error.sizeHint().width() or editor.error.wordWrap()
    editor.estimate.setText("zwei Stunden")
    editor.due.setText("")
    editor.accept()
    assert editor.error.text() == (
        "Schätzung: „zwei Stunden“ ist keine Schätzung; verwenden Sie Minuten oder Stunden "
        "wie 45m, 2h oder 1h30m"
    )
    assert service.tasks.lanes()[0].title == "Budget"  # nothing saved


def test_a_newer_data_file_is_refused_in_german(german: None, data_dir: Path) -> None:
    path = open_database(data_dir).path
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    reports: list[tuple[str, str]] = []
    assert open_window(data_dir, lambda *report: reports.append(report)) is None
    assert reports[0][1] == (
        f"{path} wurde von einer neueren Version von Quadrant geschrieben (Schema 9999); "
        "aktualisieren Sie Quadrant, um die Datei zu öffnen – sie wurde nicht verändert."
    )


def test_a_change_to_a_deleted_task_is_refused_in_german(
    german: None, service: Services, open_main_window
) -> None:
    tasks = seed(service, (Quadrant.DO, ["Budget"]))
    window = open_main_window()
    shown: list[str] = []
    window.board.failed.connect(shown.append)
    service.tasks.delete([tasks["Budget"].id])  # another program deletes it
    window.board.edit(tasks["Budget"].id, TaskEdit(title="Budget 2027"))
    number = tasks["Budget"].id
    assert shown == [f"Aufgabe #{number} existiert nicht (sie wurde vielleicht gelöscht)."]


@pytest.fixture
def proxy(radicale: Radicale) -> Iterator[FaultProxy]:
    proxy = FaultProxy(radicale.url).start()
    yield proxy
    proxy.stop()


def test_the_calendar_servers_failure_is_told_in_german(
    german: None,
    open_main_window,
    qtbot: QtBot,
    radicale: Radicale,
    proxy: FaultProxy,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(PASSWORD_VARIABLE, PASSWORD)
    monkeypatch.setenv(TIMEOUT_VARIABLE, "3")
    calendar = radicale.make_calendar("Quadrant")
    save_account(data_dir, Account(proxy.url, USER, proxy.via(calendar), "Quadrant"))
    window: MainWindow = open_main_window()
    proxy.answer(503)
    window.findChild(QAction, "sync-now").trigger()
    status = window.findChild(QLabel, "sync-status")
    qtbot.waitUntil(lambda: "503" in status.toolTip(), timeout=WAIT_MS)
    assert status.toolTip() == (
        "Beim Server ist ein Fehler aufgetreten (Fehler 503); versuchen Sie es später erneut."
    )
    proxy.heal()
    window.findChild(QAction, "sync-now").trigger()
    qtbot.waitUntil(lambda: status.toolTip().startswith("0 gesendet"), timeout=WAIT_MS)
    assert status.toolTip() == "0 gesendet, 0 abgerufen, 0 hier und 0 dort gelöscht."


def test_an_import_says_what_came_in_german_one_and_more(
    german: None, open_main_window, qtbot: QtBot, tmp_path: Path
) -> None:
    window: MainWindow = open_main_window()
    week = window.calendar.week
    said = import_and_wait(window, qtbot, team_file(tmp_path, week, count=0))
    assert (
        said == "1 Termin aus team.ics importiert, 1 übersprungen: Termin in Zeile 9: kein DTSTART."
    )
    said = import_and_wait(window, qtbot, team_file(tmp_path, week, count=1))
    assert (
        said
        == "2 Termine aus team.ics importiert, 1 übersprungen: Termin in Zeile 15: kein DTSTART."
    )


@pytest.mark.parametrize(
    ("odd", "said"),
    [
        (
            ["Budget"],
            "1 Aufgabe in der Datendatei konnte nicht gelesen werden und wird nicht angezeigt; "
            "die Datei behält sie unverändert: Aufgabe #1 in der Datendatei kann nicht gelesen "
            "werden (ihr Quadrant „someday“ ist ungültig).",
        ),
        (
            ["Budget", "Hiring"],
            "2 Aufgaben in der Datendatei konnten nicht gelesen werden und werden nicht "
            "angezeigt; die Datei behält sie unverändert: Aufgabe #1 in der Datendatei kann "
            "nicht gelesen werden (ihr Quadrant „someday“ ist ungültig); Aufgabe #2 in der "
            "Datendatei kann nicht gelesen werden (ihr Quadrant „someday“ ist ungültig).",
        ),
    ],
)
def test_tasks_the_window_cannot_read_are_named_in_german(
    german: None,
    service: Services,
    open_main_window,
    data_dir: Path,
    qtbot: QtBot,
    odd: list[str],
    said: str,
) -> None:
    seed(service, (Quadrant.DO, ["Budget", "Hiring", "Coaching"]))
    with sqlite3.connect(data_dir / DB_FILENAME) as connection:
        for title in odd:
            connection.execute("UPDATE task SET quadrant = 'someday' WHERE title = ?", (title,))
    connection.close()
    window: MainWindow = open_main_window()
    problem = window.findChild(QLabel, "problem")
    qtbot.waitUntil(lambda: bool(problem.text()))
    assert problem.text() == said


def test_a_damaged_file_is_reported_in_german_with_its_counts(
    german: None, data_dir: Path, qtbot: QtBot
) -> None:
    path = open_database(data_dir).path
    service = Services.open(path)
    service.tasks.add([TaskDraft(f"Aufgabe {n:03} " + "x" * 450) for n in range(110)])
    service.close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    damaged = bytearray(path.read_bytes())
    damaged[len(damaged) // 2 : len(damaged) // 2 + 3000] = b"\xff" * 3000
    path.write_bytes(bytes(damaged))
    reports: list[tuple[str, str]] = []

    window = open_window(data_dir, lambda *report: reports.append(report))
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(reports))

    [moved] = data_dir.glob(f"{DB_FILENAME}.damaged-*")
    said = window.findChild(QLabel, "problem").text()
    recovered = re.fullmatch(
        f"Die Datendatei {re.escape(str(path))} war beschädigt. Quadrant hat daraus "
        r"(\d+) Aufgaben und 0 Blöcke in eine neue Datei gerettet; die beschädigte Datei "
        f"liegt unter {re.escape(str(moved))}.",
        said,
    )
    assert recovered is not None, said
    assert 60 < int(recovered[1]) < 110
    window.board.close()


def test_a_sync_conflict_is_described_in_german(german: None) -> None:
    from app.model.sync_conflicts import ConflictView
    from app.model.sync_item import Conflict
    from app.ui.translation import in_words

    renamed = ConflictView("u1", Conflict.BOTH_CHANGED, "Plan the offsite", "Plan offsite")
    assert str(renamed.describe()) == (
        "“Plan the offsite”: changed here and on the server (there: “Plan offsite”)"
    )
    assert in_words(renamed.describe()) == (
        "„Plan the offsite“: hier und auf dem Server geändert (dort: „Plan offsite“)"
    )
    gone = ConflictView("u2", Conflict.DELETED_HERE, "", "Budget")
    assert in_words(gone.describe()) == "„Budget“: hier gelöscht, auf dem Server geändert"


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_translation_keeps_the_placeholders_of_its_source(language: str) -> None:
    """A translation that names a value its source does not give fails where it is shown
    (KeyError in format); one that leaves a value out loses it (a path, a reason)."""
    import string
    import xml.etree.ElementTree as ET

    def names(text: str | None) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text or "") if name}

    catalogue = Path(__file__).parents[2] / "resources" / "translations"
    root = ET.parse(catalogue / f"quadrant_{language}.ts").getroot()
    differing = [
        (context.findtext("name"), message.findtext("source"), said)
        for context in root.iter("context")
        for message in context.iter("message")
        if (translation := message.find("translation")) is not None
        for said in [form.text for form in translation.iter("numerusform")] or [translation.text]
        if names(said) != names(message.findtext("source"))
    ]
    assert differing == []
