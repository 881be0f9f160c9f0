"""The window speaks the user's language: German from the catalogue the set-up builds, plurals
included; and the catalogue holds a finished translation of every string the window marks."""

import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import UTC, date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMenuBar

from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.week import Week
from app.ui.local_dates import day_text, span_text
from app.ui.translation import Counts, install_translations

from .conftest import seed

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LUPDATE = ROOT / ".venv" / "bin" / "pyside6-lupdate"


def test_the_window_speaks_german(german: None, service: Services, open_main_window):
    seed(service, (Quadrant.DO, ["Budget", "Hiring plan"]), (Quadrant.DEFER, ["Coaching"]))
    window = open_main_window()

    menus = [action.text() for action in window.findChild(QMenuBar).actions()]
    assert menus[:5] == ["&Datei", "&Bearbeiten", "&Einordnen", "&Ansicht", "&Hilfe"]
    triage = window.findChild(QMenuBar).actions()[2].menu()
    assert "Verschieben nach: Erledigen" in [action.text() for action in triage.actions()]
    assert window.findChild(QLabel, "lane-title-inbox").text() == "Eingang"
    assert window.findChild(QLabel, "lane-title-defer").text() == "Planen"
    # a plural: one form for one task, another for more
    assert window.findChild(QLabel, "lane-count-do").accessibleName() == "2 offene Aufgaben"
    assert window.findChild(QLabel, "lane-count-defer").accessibleName() == "1 offene Aufgabe"
    quick_add = window.findChild(QLineEdit, "quick-add")
    assert quick_add.placeholderText().startswith("Aufgabe in den Eingang")
    assert QLocale().name() == "de_DE"  # dates and day names follow
    assert window.findChild(QLabel, "week-number").text().startswith("KW ")
    assert day_text(date(2026, 11, 24)) == "Di., 24. Nov."
    assert span_text(Week(date(2026, 11, 30), UTC)) == "30. Nov. – 6. Dez. 2026"


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_catalogues_are_complete_and_up_to_date(tmp_path: Path, language: str):
    """lupdate over the code finds no string the German catalogue (or a plural the English
    one) lacks or leaves unfinished."""
    if not LUPDATE.exists():
        pytest.skip("pyside6-lupdate is not installed here")
    source = TRANSLATIONS / f"quadrant_{language}.ts"
    fresh = tmp_path / source.name
    shutil.copy(source, fresh)
    command = [str(LUPDATE), "-silent", "-no-obsolete", "-extensions", "py"]
    if language == "en":
        command.append("-pluralonly")
    subprocess.run([*command, "app/ui", "app/model", "-ts", str(fresh)], cwd=ROOT, check=True)
    unfinished = [
        f"{context.findtext('name')}: {message.findtext('source')!r}"
        for context in ET.parse(fresh).getroot().iter("context")
        for message in context.iter("message")
        if (translation := message.find("translation")) is not None
        and translation.get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == [], "run scripts/update-translations and translate these"


def test_english_plurals_and_dates_read_well(qapp: QApplication):
    install_translations(qapp)
    assert day_text(date(2026, 11, 24)) == "Tue 24 Nov"
    assert day_text(date(2027, 1, 2), today=date(2026, 11, 24)) == "Sat 2 Jan 2027"
    assert span_text(Week(date(2026, 12, 28), UTC)) == "28 Dec 2026 – 3 Jan 2027"
    assert Counts.tr("%n open task(s)", "", 1) == "1 open task"
    assert Counts.tr("%n open task(s)", "", 3) == "3 open tasks"
