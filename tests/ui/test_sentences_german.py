"""The sentences the model words for the window, in German: a card's suggestion (and its
narrower forms, its buttons, its tooltip), a repeat in words, the daily follow-up note, a
reminder, and the quick-add chips."""

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from app.model.block import BlockDraft
from app.model.quadrant import Quadrant
from app.model.repeats import rule_in_words, until_day
from app.model.services import Services
from app.model.task import TaskDraft
from app.model.task_repeats import task_repeat_in_words
from app.model.urgency import Suggestion, follow_up_note
from app.model.week import local_zone
from app.ui.local_dates import LOCAL_DATES, day_text
from app.ui.matrix.card_delegate import CardDelegate, card_parts, questions
from app.ui.matrix.lane_model import SuggestionRole
from app.ui.matrix.suggestion_buttons import Button
from app.ui.shell.main_window import MainWindow
from app.ui.translation import Counts, translate

from .test_reminders import Clock
from .test_suggestions import card, opened
from .test_week_calendar import at

ZONE = UTC


def window_words(suggested: Suggestion) -> tuple[str, str, str]:
    return suggested.questions(translate, Counts, LOCAL_DATES)


def test_a_card_asks_in_german_with_its_buttons_tooltip_and_editor(
    german: None, service: Services, open_main_window: object, qtbot: QtBot
) -> None:
    today = date.today()
    due = today + timedelta(days=2)
    (task,) = service.tasks.add([TaskDraft("Budget", Quadrant.DEFER, due=due)]).created()
    window = opened(open_main_window, qtbot, task.id)

    index = card(window, Quadrant.DEFER, task.id)
    suggested = index.data(SuggestionRole)  # type: ignore[attr-defined]
    day = day_text(due, today)
    asked = f"Fällig {day} (in 2 Tagen): nach „Erledigen“ verschieben?"
    assert card_parts(task, today, suggested=suggested)[0] == (asked, Quadrant.DO)
    assert questions(suggested) == (
        asked, "In 2 Tagen: nach „Erledigen“ verschieben?", "In 2 Tagen fällig",
    )  # fmt: skip
    assert Button.ACCEPT.label(suggested) == "→ Erledigen"
    assert Button.ACCEPT.tooltip(suggested) == "Nach „Erledigen“ verschieben (U)"
    assert Button.DISMISS.tooltip(suggested).startswith("Vorschlag verwerfen, bis sich")
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)  # type: ignore[attr-defined]
    assert f"Vorschlag: nach „Erledigen“ verschieben, fällig {day}, in 2 Tagen" in tooltip
    editor = window.open_editor(task.id)
    assert editor is not None
    assert editor.suggestion.text() == (
        f"Vorschlag: nach „Erledigen“ verschieben, fällig {day}, in 2 Tagen."
    )
    editor.reject()


def test_how_soon_counts_one_day_and_more_and_narrows_in_german(german: None) -> None:
    today = date(2026, 12, 2)  # a Wednesday
    one_late = Suggestion(Quadrant.DO, date(2026, 12, 1), today)
    assert window_words(one_late) == (
        "Fällig Di., 1. Dez. (seit 1 Tag überfällig): nach „Erledigen“ verschieben?",
        "Seit 1 Tag überfällig: nach „Erledigen“ verschieben?",
        "Seit 1 Tag überfällig",
    )
    two_late = Suggestion(Quadrant.DO, date(2026, 11, 30), today)
    assert window_words(two_late)[2] == "Seit 2 Tagen überfällig"
    assert window_words(Suggestion(Quadrant.DO, today, today))[1:] == (
        "Heute: nach „Erledigen“ verschieben?", "Heute fällig",
    )  # fmt: skip
    follow_first = Suggestion(Quadrant.DELEGATE, date(2026, 12, 3), today, today)
    assert window_words(follow_first) == (
        "Fällig Do., 3. Dez. (morgen): Nachfassen liegt nach dem Fälligkeitsdatum",
        "Morgen fällig: vorher nachfassen",
        "Morgen fällig",
    )
    assert follow_first.advice(translate, Counts, LOCAL_DATES).startswith(
        "Vorschlag: bis Mi., 2. Dez. nachfassen, fällig Do., 3. Dez., morgen"
    )
    # the CLI and the JSON keep English
    assert two_late.as_json()["reason"] == "due Mon 30 Nov, overdue by 2 days"


def test_a_repeat_reads_in_german(german: None) -> None:
    def words(rule: str) -> str:
        return rule_in_words(rule, ZONE, translate, Counts, LOCAL_DATES)

    until = until_day(date(2026, 12, 10), ZONE)
    assert (
        words(f"FREQ=WEEKLY;BYDAY=TU,TH;UNTIL={until}")
        == "jede Woche am Di., Do. bis 10. Dez. 2026"
    )
    assert words("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO") == "alle 2 Wochen am Mo."
    assert words("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR") == "montags bis freitags"
    assert words("FREQ=MONTHLY;BYDAY=2TU") == "jeden Monat am 2. Di."
    assert words("FREQ=MONTHLY;BYMONTHDAY=-1") == "jeden Monat am letzten Tag"
    assert words("FREQ=DAILY;COUNT=5") == "jeden Tag, 5-mal"
    assert words("FREQ=DAILY;COUNT=1") == "jeden Tag, einmal"

    def after_done(days: int) -> str:
        return task_repeat_in_words(f"AFTER-DONE={days}", translate, Counts, LOCAL_DATES)

    assert (after_done(1), after_done(3)) == ("1 Tag nach Erledigung", "3 Tage nach Erledigung")


def test_a_repeating_block_and_task_say_so_in_german(
    german: None, service: Services, open_main_window: object
) -> None:
    window: MainWindow = open_main_window()  # type: ignore[operator]
    week = window.calendar.week
    start, end = at(week, 1, "09:00"), at(week, 1, "10:00")
    draft = BlockDraft(start, end, "Standup", repeat="FREQ=WEEKLY;BYDAY=TU,TH")
    (block,) = service.blocks.add([draft]).created_blocks()
    text = window.calendar.model.describe(block)
    assert "↻ wiederholt sich jede Woche am Di., Do." in text

    today = date.today()
    task = TaskDraft("Einzelgespräche", Quadrant.DEFER, repeat="FREQ=WEEKLY;INTERVAL=2;BYDAY=MO")
    (stored,) = service.tasks.add([task]).created()
    assert ("↻ alle 2 Wochen am Mo.", "muted") in card_parts(stored, today)


def test_the_daily_follow_up_note_counts_in_german(
    german: None, service: Services, open_main_window: object, qtbot: QtBot
) -> None:
    today = date.today()
    drafts = [
        TaskDraft("Angebot", Quadrant.DELEGATE, delegate="Pria", follow_up=today),
        TaskDraft("Schleife", Quadrant.DELEGATE, delegate="Alex", follow_up=today),
    ]
    service.tasks.add(drafts)
    window: MainWindow = open_main_window()  # type: ignore[operator]
    said = "Bei 2 delegierten Aufgaben heute nachfassen (Ansicht ▸ Warten auf)."
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == said)
    assert follow_up_note(1, Counts) == (
        "Bei 1 delegierten Aufgabe heute nachfassen (Ansicht ▸ Warten auf)."
    )


def test_a_reminder_speaks_german(german: None, service: Services, open_main_window: object):
    window: MainWindow = open_main_window()  # type: ignore[operator]
    week = window.calendar.week
    service.blocks.add([BlockDraft(at(week, 2, "09:00"), at(week, 2, "11:00"), "Deep work")])
    clock = Clock(at(week, 2, "08:55"))
    window.reminders.now = clock
    window.reminders.start()
    window.reminders.check()
    said = window.statusBar().currentMessage()
    assert said.endswith("Ihr Fokusblock beginnt in 5 Min., um 09:00.")
    clock.now = at(week, 2, "09:00")
    window.reminders.check()
    assert window.statusBar().currentMessage().endswith("Ihr Fokusblock läuft jetzt, bis 11:00.")


def test_quick_add_chips_speak_german(
    german: None, service: Services, open_main_window: object
) -> None:
    window: MainWindow = open_main_window()  # type: ignore[operator]
    QTest.keyClicks(window.quick_add, "Call Alice about roadmap tomorrow 3pm @alice ^fri")
    tomorrow = datetime.now(local_zone()).date() + timedelta(days=1)
    chips = window.capture.preview.chips()
    day = day_text(tomorrow)
    assert chips[:3] == ["Delegieren", f"fällig {day}", f"{day} 15:00"]
    assert chips[-1].startswith("nachfassen ")


def test_a_narrow_card_keeps_its_question_and_moves_with_an_arrow_alone(
    german: None, service: Services, open_main_window: object, qtbot: QtBot
) -> None:
    """German lane names are longer: where "→ Erledigen" would leave no room for the shortest
    question, the button says "→" alone; a wide card keeps the lane's name on it."""
    today = date.today()
    due = today + timedelta(days=2)
    (task,) = service.tasks.add([TaskDraft("Budget", Quadrant.DEFER, due=due)]).created()
    window = opened(open_main_window, qtbot, task.id)
    view = window.matrix.views[Quadrant.DEFER]
    delegate = view.itemDelegate()
    assert isinstance(delegate, CardDelegate)
    index = card(window, Quadrant.DEFER, task.id)
    option = QStyleOptionViewItem()
    option.font = view.font()
    height = delegate.card_height(option.font)

    option.rect = QRect(0, 0, 600, height)
    wide = delegate.buttons(option, index)  # type: ignore[arg-type]
    option.rect = QRect(0, 0, 200, height)
    narrow = delegate.buttons(option, index)  # type: ignore[arg-type]
    assert narrow[Button.ACCEPT].width() < wide[Button.ACCEPT].width() / 2
    room = min(rect.left() for rect in narrow.values())
    assert QFontMetrics(option.font).horizontalAdvance("In 2 Tagen fällig") < room
