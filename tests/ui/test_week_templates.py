"""Week templates in the window: save this week's focus blocks under a name, apply them to
another week as one undo step; the dialogs do not block."""

from PySide6.QtWidgets import QComboBox, QInputDialog, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from app.model.block import BlockDraft, BlockKind
from app.model.services import Services
from app.ui.shell.main_window import MainWindow

from .test_week_calendar import at


def shown(window: MainWindow) -> list[str]:
    zone = window.calendar.week.zone
    return [
        f"{b.start.astimezone(zone):%a %H:%M} {b.title}" for b in window.calendar.model.blocks()
    ]


def test_save_a_week_as_a_template_and_apply_it_to_the_next(
    open_main_window, service: Services, qtbot: QtBot
) -> None:
    window: MainWindow = open_main_window()
    week = window.calendar.week
    service.blocks.add([
        BlockDraft(at(week, 1, "09:00"), at(week, 1, "11:00"), "Deep work"),
        BlockDraft(at(week, 4, "16:00"), at(week, 4, "16:30"), "Weekly review"),
        BlockDraft(at(week, 2, "10:00"), at(week, 2, "10:30"), "1:1 Sam", BlockKind.MEETING),
    ])  # fmt: skip
    window.reload_calendar()
    dialog = window.templates.ask_save()
    dialog.setTextValue("Good week")
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert "Saved 2 focus blocks as template “Good week”." in window.statusBar().currentMessage()

    window.calendar.next_week()
    assert shown(window) == []
    chooser = window.templates.ask_apply()
    assert isinstance(chooser, QInputDialog)
    assert chooser.comboBoxItems() == ["Good week"]
    with qtbot.waitSignal(chooser.finished):
        chooser.accept()
    assert shown(window) == ["Tue 09:00 Deep work", "Fri 16:00 Weekly review"]
    window.board.undo_stack.undo()
    assert shown(window) == []


def test_the_template_dialogs_name_the_week_and_leave_room_for_a_name(
    open_main_window, qtbot: QtBot
) -> None:
    window: MainWindow = open_main_window()
    window.calendar.set_working_hours(0, 24)
    week = window.calendar.week
    window.board.add_blocks([BlockDraft(at(week, 1, "09:00"), at(week, 1, "11:00"), "Deep work")])
    for ask in (window.templates.ask_save, window.templates.ask_apply):
        dialog = ask()
        assert isinstance(dialog, QInputDialog)
        qtbot.waitExposed(dialog)
        label = dialog.findChild(QLabel)
        assert week.span_text() in label.text()
        assert label.width() >= label.sizeHint().width()  # the whole question shows
        field = dialog.findChild(QLineEdit) or dialog.findChild(QComboBox)
        assert field.width() >= dialog.fontMetrics().averageCharWidth() * 40
        dialog.setTextValue("Good week")
        with qtbot.waitSignal(dialog.finished):
            dialog.accept()
