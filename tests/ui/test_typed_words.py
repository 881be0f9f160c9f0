"""A German user types dates and repeats in German in the task editor and the delegate popup
("morgen", "Fr.", "wöchentlich", "3T nach Erledigung"), sees them so again, and English still
works; a word that is neither is refused with the field named, and nothing is saved."""

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from app.model.quadrant import Quadrant
from app.model.services import Services
from app.ui.matrix.delegate_popup import DelegatePopup

from .conftest import seed, stored


def next_weekday(today: date, weekday: int) -> date:
    return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)


def test_german_dates_and_repeats_are_understood_and_shown_in_german(
    german: None, service: Services, open_main_window, qtbot: QtBot
):
    task = seed(service, (Quadrant.DEFER, ["Budget"]))["Budget"]
    window = open_main_window()
    editor = window.open_editor(task.id)
    assert editor.due.placeholderText().startswith("JJJJ-MM-TT, heute, morgen")
    editor.due.setText("morgen")
    editor.follow_up.setText("Fr.")
    editor.repeat.setText("wöchentlich")
    with qtbot.waitSignal(editor.finished):
        editor.accept()
    [saved] = stored(service)
    today = date.today()
    assert saved.due == today + timedelta(days=1)
    assert saved.follow_up == next_weekday(today, 4)
    assert saved.repeat == "FREQ=WEEKLY"

    editor = window.open_editor(task.id)
    assert editor.repeat.text() == "wöchentlich"  # shown as the user would type it
    editor.repeat.setText("3 T nach Erledigung")
    editor.follow_up.setText("Donnerstag")
    with qtbot.waitSignal(editor.finished):
        editor.accept()
    [saved] = stored(service)
    assert saved.repeat.endswith("3")
    assert saved.follow_up == next_weekday(today, 3)
    assert window.open_editor(task.id).repeat.text() == "3T nach Erledigung"


def test_english_still_works_in_german_and_nonsense_is_refused(
    german: None, service: Services, open_main_window, qtbot: QtBot
):
    task = seed(service, (Quadrant.DEFER, ["Budget"]))["Budget"]
    window = open_main_window()
    editor = window.open_editor(task.id)
    editor.due.setText("tomorrow")
    editor.repeat.setText("weekdays")
    with qtbot.waitSignal(editor.finished):
        editor.accept()
    [saved] = stored(service)
    assert saved.due == date.today() + timedelta(days=1)
    assert saved.repeat is not None
    assert "BYDAY=MO,TU,WE,TH,FR" in saved.repeat

    editor = window.open_editor(task.id)
    editor.due.setText("irgendwann")
    editor.accept()
    assert editor.isVisible()  # the dialog stays, with the field named
    assert "irgendwann" in editor.error.text()
    assert "heute, morgen, einen Wochentag" in editor.error.text()  # what the field takes
    editor.due.setText("")
    editor.repeat.setText("ab und zu")
    editor.accept()
    assert "täglich, werktags, wöchentlich" in editor.error.text()
    assert stored(service)[0].due == date.today() + timedelta(days=1)  # nothing lost


def test_the_delegate_popup_takes_a_german_follow_up_day(german: None, service: Services):
    task = seed(service, (Quadrant.INBOX, ["Contract"]))["Contract"]
    popup = DelegatePopup(task, ["Priya"], date(2026, 11, 30))
    assert popup.follow_up.placeholderText().startswith("JJJJ-MM-TT")
    popup.person.setText("Priya")
    popup.follow_up.setText("Mittwoch")  # 30 Nov 2026 is a Monday
    assert popup.edit().follow_up == date(2026, 12, 2)
