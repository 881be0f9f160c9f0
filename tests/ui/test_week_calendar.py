"""The week calendar in the real window: drawing, moving, resizing and deleting blocks with the
mouse and keys, dropping tasks onto the week, undo, and what the cards then show.

Mouse gestures here are Qt events sent to the grid (offscreen); tests/e2e repeats the main
ones with the real X pointer.
"""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QToolTip
from pytestqt.qtbot import QtBot

from app.model.block import BlockDraft, BlockKind, TimeBlock
from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.task import TaskEdit
from app.model.week import WEEKDAYS, Week, local_instant
from app.ui.calendar.block_editor import BlockEditor
from app.ui.calendar.block_model import BlockModel
from app.ui.calendar.week_canvas import WeekCanvas
from app.ui.matrix.card_delegate import card_parts, scheduled_text
from app.ui.matrix.lane_model import ScheduledRole
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import seed


def stored_blocks(service: Services) -> list[TimeBlock]:
    far = datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)
    return service.blocks.between(*far)


def at(week: Week, day: int, clock: str) -> datetime:
    hours, minutes = map(int, clock.split(":"))
    return local_instant(week.days[day], hours * 60 + minutes, week.zone)


def add_block(
    window: MainWindow, service: Services, day: int, start: str, end: str, **fields: object
) -> TimeBlock:
    """A block stored by another program, then shown (as the file watch would)."""
    week = window.calendar.week
    draft = BlockDraft(at(week, day, start), at(week, day, end), **fields)  # type: ignore[arg-type]
    [block] = service.blocks.add([draft]).created_blocks()
    window.reload_calendar()
    return block


def drag(canvas: WeekCanvas, start: QPointF, end: QPointF, steps: int = 6) -> None:
    begin = start.toPoint()
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, begin)
    for n in range(1, steps + 1):
        QTest.mouseMove(canvas, (start + (end - start) * (n / steps)).toPoint())
    QTest.mouseRelease(
        canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end.toPoint()
    )


def local(block: TimeBlock, week: Week) -> tuple[str, str, str]:
    start, end = block.start.astimezone(week.zone), block.end.astimezone(week.zone)
    return f"{start:%a}", f"{start:%H:%M}", f"{end:%H:%M}"


@pytest.fixture
def window(open_main_window) -> MainWindow:
    window = open_main_window()
    window.calendar.set_working_hours(0, 24)  # every hour on screen, nothing to scroll to
    return window


def test_the_calendar_is_found_by_name_and_shows_the_week(window: MainWindow) -> None:
    calendar = window.findChild(type(window.calendar), "week-calendar")
    assert calendar is window.calendar
    week = calendar.week
    assert calendar.title.text() == week.span_text()
    assert calendar.week_number.text().startswith(f"Week {week.iso[1]}")
    today = datetime.now(UTC).astimezone(week.zone).date()
    assert week.index_of(today) is not None  # this week


def test_drawing_over_empty_time_creates_a_block_after_typing_its_title(
    window: MainWindow, service: Services, qtbot: QtBot
) -> None:
    canvas = window.calendar.canvas
    week = window.calendar.week
    drag(canvas, canvas.point_at(1, 10 * 60 + 2), canvas.point_at(1, 11 * 60 + 28))
    editor = canvas.findChild(QLineEdit, "new-block-title")
    assert editor is not None
    assert editor.isVisible()
    assert stored_blocks(service) == []  # nothing is stored before the title
    QTest.keyClicks(editor, "Plan the offsite")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert window.findChild(BlockEditor) is None  # Enter made the block, and nothing else
    assert canvas.hasFocus()  # so Ctrl+Z undoes the block, not the typing
    [block] = stored_blocks(service)
    assert block.title == "Plan the offsite"
    assert local(block, week) == (f"{week.days[1]:%a}", "10:00", "11:30")  # snapped to 15 min
    assert [b.id for b in window.calendar.model.blocks()] == [block.id]

    window.board.undo_stack.undo()
    assert stored_blocks(service) == []
    assert window.calendar.model.blocks() == []
    window.board.undo_stack.redo()
    assert stored_blocks(service) == [block]


def test_an_empty_title_creates_nothing_and_escape_cancels(
    window: MainWindow, service: Services
) -> None:
    canvas = window.calendar.canvas
    drag(canvas, canvas.point_at(2, 9 * 60), canvas.point_at(2, 10 * 60))
    editor = canvas.findChild(QLineEdit, "new-block-title")
    assert editor is not None
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert stored_blocks(service) == []
    assert "needs a title" in window.statusBar().currentMessage()
    assert editor.isVisible()  # still there to type into
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert stored_blocks(service) == []
    assert window.board.undo_stack.count() == 0


def test_moving_a_block_within_its_day_and_to_another_day_is_one_undo_step_each(
    window: MainWindow, service: Services
) -> None:
    block = add_block(window, service, 0, "09:00", "10:00", title="Stand-up")
    canvas = window.calendar.canvas
    week = window.calendar.week
    rect = canvas.block_rect(block.id)
    grab = rect.center()
    drag(canvas, grab, grab + QPointF(0, canvas.hour_height * 1.5))  # down 90 minutes
    assert local(stored_blocks(service)[0], week) == (f"{week.days[0]:%a}", "10:30", "11:30")
    assert window.board.undo_stack.count() == 1

    grab = canvas.block_rect(block.id).center()
    two_days = canvas.grid().day_width * 2
    drag(canvas, grab, grab + QPointF(two_days, -canvas.hour_height))
    assert local(stored_blocks(service)[0], week) == (f"{week.days[2]:%a}", "09:30", "10:30")
    assert window.board.undo_stack.count() == 2

    window.board.undo_stack.undo()
    assert local(stored_blocks(service)[0], week) == (f"{week.days[0]:%a}", "10:30", "11:30")
    window.board.undo_stack.undo()
    assert stored_blocks(service) == [block]
    window.board.undo_stack.redo()
    assert local(stored_blocks(service)[0], week)[1] == "10:30"


def test_resizing_by_either_edge_snaps_to_15_minutes(window: MainWindow, service: Services) -> None:
    block = add_block(window, service, 3, "13:00", "14:00", title="Review")
    canvas = window.calendar.canvas
    week = window.calendar.week
    rect = canvas.block_rect(block.id)
    bottom = QPointF(rect.center().x(), rect.bottom() - 2)
    drag(canvas, bottom, bottom + QPointF(0, canvas.hour_height * 0.8))  # +48 min → 45
    assert local(stored_blocks(service)[0], week)[1:] == ("13:00", "14:45")
    rect = canvas.block_rect(block.id)
    top = QPointF(rect.center().x(), rect.top() + 2)
    drag(canvas, top, top - QPointF(0, canvas.hour_height / 2))
    assert local(stored_blocks(service)[0], week)[1:] == ("12:30", "14:45")
    window.board.undo_stack.undo()
    assert local(stored_blocks(service)[0], week)[1:] == ("13:00", "14:45")
    window.board.undo_stack.undo()
    assert stored_blocks(service) == [block]


def test_a_click_selects_without_moving_and_delete_removes_it(
    window: MainWindow, service: Services
) -> None:
    block = add_block(window, service, 4, "15:00", "16:00", title="Demo")
    canvas = window.calendar.canvas
    QTest.mouseClick(
        canvas, Qt.MouseButton.LeftButton, pos=canvas.block_rect(block.id).center().toPoint()
    )
    assert canvas.selected == block.id
    assert stored_blocks(service) == [block]
    QTest.keyClick(canvas, Qt.Key.Key_Delete)
    assert stored_blocks(service) == []
    window.board.undo_stack.undo()
    assert stored_blocks(service) == [block]
    assert canvas.selected == block.id  # undo shows what came back


def test_arrow_keys_move_and_shift_resizes(window: MainWindow, service: Services) -> None:
    block = add_block(window, service, 1, "09:00", "10:00", title="Focus")
    canvas = window.calendar.canvas
    week = window.calendar.week
    canvas.select(block.id)
    QTest.keyClick(canvas, Qt.Key.Key_Down)
    QTest.keyClick(canvas, Qt.Key.Key_Right)
    QTest.keyClick(canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert local(stored_blocks(service)[0], week) == (f"{week.days[2]:%a}", "09:15", "10:30")


def test_dropping_tasks_blocks_time_for_each_estimate_and_the_cards_say_when(
    window: MainWindow, service: Services
) -> None:
    tasks = seed(service, (Quadrant.DEFER, ["Strategy doc", "Coaching plan"]))
    service.tasks.edit(tasks["Strategy doc"].id, _with_estimate(tasks["Strategy doc"], 90))
    window.matrix.reload(service.tasks.lanes(), False)
    defer = window.matrix.views[Quadrant.DEFER]
    lane = defer.lane()
    payload = lane.mimeData([lane.index(0), lane.index(1)])
    canvas = window.calendar.canvas
    week = window.calendar.week
    ids = canvas.drop(payload, canvas.point_at(3, 9 * 60 + 5))

    blocks = stored_blocks(service)
    assert [b.id for b in blocks] == ids
    assert [(b.title, b.task_id) for b in blocks] == [
        ("Strategy doc", tasks["Strategy doc"].id),
        ("Coaching plan", tasks["Coaching plan"].id),
    ]
    assert [local(b, week)[1:] for b in blocks] == [("09:00", "10:30"), ("10:30", "11:30")]
    assert window.board.undo_stack.count() == 1
    assert lane.rowCount() == 2  # the tasks stay in their lane

    slot, more = lane.index(0).data(ScheduledRole)
    assert (slot.start, more) == (blocks[0].start, 0)
    before = blocks[0].start - timedelta(days=1)
    text, _colour = card_parts(lane.task_at(0), before.date(), (slot, more), before)[0]
    assert text == f"Tomorrow {blocks[0].start.astimezone():%H:%M}"

    window.board.undo_stack.undo()
    assert stored_blocks(service) == []
    assert lane.index(0).data(ScheduledRole) is None


def test_scheduled_text_on_a_card() -> None:
    zone = datetime.now().astimezone().tzinfo
    now = datetime(2026, 11, 23, 8, 0, tzinfo=zone)  # a Monday
    start = datetime(2026, 11, 24, 9, 0, tzinfo=zone)
    slot = _slot(start, 60)
    assert scheduled_text(slot, 0, now)[0] == "Tomorrow 09:00"
    assert scheduled_text(_slot(start + timedelta(days=1), 60), 2, now)[0] == "Wed 09:00 +2"
    assert scheduled_text(_slot(now + timedelta(hours=1), 30), 0, now)[0] == "Today 09:00"
    assert scheduled_text(slot, 0, start + timedelta(hours=3))[0] == "was Today 09:00"
    assert scheduled_text(_slot(start + timedelta(days=14), 60), 0, now)[0] == "Tue 8 Dec 09:00"


def test_a_full_day_schedules_what_fits_and_says_so(window: MainWindow, service: Services) -> None:
    tasks = seed(service, (Quadrant.DO, ["Late one", "Too late"]))
    window.matrix.reload(service.tasks.lanes(), False)
    lane = window.matrix.views[Quadrant.DO].lane()
    canvas = window.calendar.canvas
    canvas.drop(lane.mimeData([lane.index(0), lane.index(1)]), canvas.point_at(0, 23 * 60))
    assert [b.task_id for b in stored_blocks(service)] == [tasks["Late one"].id]
    assert "1 of 2 tasks scheduled" in window.statusBar().currentMessage()


def test_overlapping_blocks_sit_side_by_side(window: MainWindow, service: Services) -> None:
    first = add_block(window, service, 2, "14:00", "15:00", title="Product sync")
    second = add_block(window, service, 2, "14:30", "15:30", title="Vendor call")
    canvas = window.calendar.canvas
    a, b = canvas.block_rect(first.id), canvas.block_rect(second.id)
    assert a is not None
    assert b is not None
    assert not a.intersects(b)
    assert a.right() <= b.left()
    assert a.width() == pytest.approx(b.width())


def test_week_navigation_shows_each_weeks_blocks(window: MainWindow, service: Services) -> None:
    calendar = window.calendar
    this_week = calendar.week
    later = this_week.shifted(1)
    service.blocks.add([BlockDraft(at(later, 0, "09:00"), at(later, 0, "10:00"), "Next week")])
    assert calendar.model.blocks() == []
    calendar.next_week()
    assert calendar.week == later
    assert [b.title for b in calendar.model.blocks()] == ["Next week"]
    assert calendar.title.text() == later.span_text()
    calendar.this_week()
    assert calendar.week == this_week
    assert calendar.model.blocks() == []


def test_undo_of_a_move_to_a_week_not_shown_goes_to_that_week(
    window: MainWindow, service: Services
) -> None:
    block = add_block(window, service, 0, "09:00", "10:00", title="Retro")
    calendar = window.calendar
    later = calendar.week.shifted(1)
    window.board.change_span(block.id, at(later, 0, "09:00"), at(later, 0, "10:00"), "Move")
    assert calendar.model.blocks() == []
    calendar.next_week()
    calendar.next_week()
    window.board.undo_stack.undo()
    assert calendar.week == later.shifted(-1)
    assert calendar.canvas.selected == block.id


def test_the_block_editor_changes_title_kind_notes_and_task(
    window: MainWindow, service: Services, qtbot: QtBot
) -> None:
    tasks = seed(service, (Quadrant.DELEGATE, ["Hand over on-call"]))
    window.matrix.reload(service.tasks.lanes(), False)
    block = add_block(window, service, 1, "11:00", "12:00", title="Sync")
    editor = window.open_block_editor(block.id)
    assert editor is not None
    editor.title.setText("On-call handover")
    editor.kind.setCurrentIndex(editor.kind.findData(BlockKind.MEETING))
    editor.task.setCurrentIndex(editor.task.findData(tasks["Hand over on-call"].id))
    editor.notes.setPlainText("Bring the runbook")
    with qtbot.waitSignal(editor.finished):
        editor.accept()
    [stored] = stored_blocks(service)
    assert (stored.title, stored.kind, stored.task_id, stored.notes) == (
        "On-call handover",
        BlockKind.MEETING,
        tasks["Hand over on-call"].id,
        "Bring the runbook",
    )
    window.board.undo_stack.undo()
    assert stored_blocks(service) == [block]


def test_the_block_editor_keeps_the_dialog_open_on_an_empty_title(
    window: MainWindow, service: Services
) -> None:
    block = add_block(window, service, 1, "11:00", "12:00", title="Sync")
    editor = window.open_block_editor(block.id)
    editor.title.setText("   ")
    editor.accept()
    assert editor.isVisible()
    assert editor.error.text() == "Title: a block needs a title"
    assert stored_blocks(service) == [block]
    editor.reject()


def test_deleting_a_task_keeps_its_blocks_and_undo_links_them_again(
    window: MainWindow, service: Services
) -> None:
    tasks = seed(service, (Quadrant.DO, ["Budget"]))
    window.matrix.reload(service.tasks.lanes(), False)
    block = add_block(window, service, 0, "10:00", "11:00", title="", task_id=tasks["Budget"].id)
    assert block.title == "Budget"
    window.board.delete([tasks["Budget"].id])
    assert [(b.title, b.task_id) for b in stored_blocks(service)] == [("Budget", None)]
    assert window.calendar.model.blocks()[0].task_id is None
    window.board.undo_stack.undo()
    assert stored_blocks(service) == [block]
    assert window.calendar.model.blocks() == [block]


def test_working_hours_are_remembered(open_main_window) -> None:
    window = open_main_window()
    assert window.calendar.working_hours() == (8, 18)
    dialog = window.ask_working_hours()
    dialog.start.setValue(7)
    dialog.end.setValue(7)
    dialog.accept()
    assert dialog.error.isVisible()  # the day must end after it starts
    dialog.end.setValue(19)
    dialog.accept()
    assert window.calendar.working_hours() == (7, 19)
    window.close()
    assert open_main_window().calendar.working_hours() == (7, 19)


def test_blocks_written_by_another_program_appear(
    window: MainWindow, service: Services, qtbot: QtBot
) -> None:
    week = window.calendar.week
    window.board.services.file.data_version()  # the window's side is open and watching
    service.blocks.add([BlockDraft(at(week, 2, "16:00"), at(week, 2, "17:00"), "From the CLI")])
    qtbot.waitUntil(lambda: len(window.calendar.model.blocks()) == 1, timeout=5000)
    assert window.calendar.model.blocks()[0].title == "From the CLI"


@pytest.mark.parametrize(
    ("zone", "first_day"),
    [("Europe/Berlin", "2026-03-23"), ("America/New_York", "2026-10-26")],
)
def test_blocks_sit_at_their_local_time_in_a_daylight_saving_week(
    zone: str, first_day: str, board, qtbot: QtBot
) -> None:
    week = Week(datetime.fromisoformat(first_day).date(), ZoneInfo(zone))
    blocks = [
        TimeBlock(n + 1, f"u{n}", at(week, n, "09:00"), at(week, n, "10:00"), "Daily",
                  BlockKind.FOCUS, None, "", at(week, 0, "00:00"), at(week, 0, "00:00"))
        for n in range(7)
    ]  # fmt: skip
    lengths = {(b.end - b.start) for b in blocks}
    assert lengths == {timedelta(hours=1)}
    offsets = {b.start.astimezone(week.zone).utcoffset() for b in blocks}
    assert len(offsets) == 2  # the clocks change during this week
    model = BlockModel(week)
    model.reset(week, blocks)
    canvas = WeekCanvas(board, model)
    qtbot.addWidget(canvas)
    canvas.resize(800, 24 * 40)
    canvas.set_hour_height(40)
    tops = {canvas.block_rect(b.id).top() for b in blocks}
    assert len(tops) == 1  # every day at 09:00
    assert tops.pop() == pytest.approx(9 * 40 + 1)


def test_the_block_model_passes_qt_model_checks(qtmodeltester, board) -> None:
    zone = ZoneInfo("Europe/Berlin")
    week = Week(datetime(2026, 11, 23).date(), zone)
    model = BlockModel(week)
    model.reset(
        week,
        [
            TimeBlock(1, "a", at(week, 0, "09:00"), at(week, 0, "10:00"), "A", BlockKind.FOCUS,
                      None, "", at(week, 0, "00:00"), at(week, 0, "00:00")),
            TimeBlock(2, "b", at(week, 1, "09:00"), at(week, 1, "10:00"), "B",
                      BlockKind.MEETING, 3, "", at(week, 0, "00:00"), at(week, 0, "00:00")),
        ],
    )  # fmt: skip
    qtmodeltester.check(model)
    assert model.index(1, 0).data() == "B"


def _slot(start: datetime, minutes: int):
    from app.model.block import Slot

    return Slot(start, start + timedelta(minutes=minutes))


def _with_estimate(task, minutes: int):
    from app.model.task import TaskEdit

    return TaskEdit(task.title, estimate=minutes)


def test_double_click_on_empty_time_offers_a_one_hour_block(
    window: MainWindow, service: Services
) -> None:
    canvas = window.calendar.canvas
    week = window.calendar.week
    QTest.mouseDClick(
        canvas, Qt.MouseButton.LeftButton, pos=canvas.point_at(2, 15 * 60 + 5).toPoint()
    )
    editor = canvas.findChild(QLineEdit, "new-block-title")
    assert editor is not None
    QTest.keyClicks(editor, "Think")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    [block] = stored_blocks(service)
    assert local(block, week) == (f"{week.days[2]:%a}", "14:30", "15:30")  # centred on the click


def test_the_week_starts_on_the_locales_first_day(open_main_window) -> None:
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    try:
        window = open_main_window()
    finally:
        QLocale.setDefault(previous)
    assert window.calendar.week.first_day.weekday() == 6  # Sunday


def test_right_click_on_a_block_offers_edit_and_delete(
    window: MainWindow, service: Services, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QMenu

    block = add_block(window, service, 3, "10:00", "11:00", title="Planning")
    canvas = window.calendar.canvas
    point = canvas.block_rect(block.id).center().toPoint()
    from PySide6.QtGui import QContextMenuEvent

    canvas.contextMenuEvent(
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, canvas.mapToGlobal(point))
    )
    menu = canvas.findChild(QMenu, "block-menu")
    assert menu is not None
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "&Edit Block…",
        "&Delete Block",
    ]
    menu.actions()[-1].trigger()
    assert stored_blocks(service) == []
    menu.close()


def test_blocks_are_where_they_were_after_a_restart(open_main_window) -> None:
    window = open_main_window()
    window.calendar.set_working_hours(0, 24)
    canvas = window.calendar.canvas
    drag(canvas, canvas.point_at(4, 8 * 60), canvas.point_at(4, 9 * 60 + 30))
    editor = canvas.findChild(QLineEdit, "new-block-title")
    assert editor is not None
    QTest.keyClicks(editor, "Board prep")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    [block] = window.calendar.model.blocks()
    window.close()
    again = open_main_window()
    assert again.calendar.model.blocks() == [block]
    assert again.calendar.canvas.block_rect(block.id) is not None


def test_dragging_past_the_visible_hours_scrolls_them(open_main_window, service: Services) -> None:
    window = open_main_window()  # working hours 8–18 fill the view; the evening is below
    block = add_block(window, service, 1, "16:00", "17:00", title="Late review")
    calendar = window.calendar
    bar = calendar.scroller.verticalScrollBar()
    before = bar.value()
    canvas = calendar.canvas
    grab = canvas.block_rect(block.id).center()
    bottom = calendar.scroller.viewport().height() + bar.value()  # the last visible pixel row
    drag(canvas, grab, QPointF(grab.x(), bottom + 10))
    assert bar.value() > before


def test_a_block_tooltip_tells_it_whole(window: MainWindow, service: Services) -> None:
    block = add_block(
        window, service, 2, "14:00", "14:30", title="Vendor call about the renewal",
        kind=BlockKind.MEETING, notes="Ask about the SSO add-on",
    )  # fmt: skip
    canvas = window.calendar.canvas
    point = canvas.block_rect(block.id).center().toPoint()
    QApplication.sendEvent(
        canvas, QHelpEvent(QEvent.Type.ToolTip, point, canvas.mapToGlobal(point))
    )
    day = WEEKDAYS[window.calendar.week.days[2].weekday()]
    assert QToolTip.text() == (
        f"Vendor call about the renewal\n{day} 14:00–14:30 · Meeting\n\nAsk about the SSO add-on"
    )
    QToolTip.hideText()


def test_a_block_across_midnight_keeps_its_length_when_moved(
    window: MainWindow, service: Services
) -> None:
    week = window.calendar.week
    [block] = service.blocks.add(
        [BlockDraft(at(week, 1, "23:00"), at(week, 2, "01:00"), "Release night")]
    ).created_blocks()
    window.reload_calendar()
    canvas = window.calendar.canvas
    grab = canvas.block_rect(block.id).center()  # the Tuesday part
    drag(canvas, grab, grab + QPointF(0, canvas.hour_height))  # an hour later
    [moved] = stored_blocks(service)
    assert (moved.start, moved.end) == (at(week, 2, "00:00"), at(week, 2, "02:00"))
    window.board.undo_stack.undo()
    canvas.select(block.id)
    QTest.keyClick(canvas, Qt.Key.Key_Down)
    QTest.keyClick(canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    [nudged] = stored_blocks(service)
    assert (nudged.start, nudged.end) == (at(week, 1, "23:15"), at(week, 2, "01:30"))


def test_a_short_block_can_be_grabbed_by_its_middle(open_main_window, service: Services) -> None:
    window = open_main_window()
    canvas = window.calendar.canvas
    canvas.set_hour_height(44)  # a 15-minute block is 11 pixels tall
    block = add_block(window, service, 0, "12:00", "12:15", title="Check-in")
    week = window.calendar.week
    grab = canvas.block_rect(block.id).center()
    drag(canvas, grab, grab + QPointF(0, 44))
    assert local(stored_blocks(service)[0], week)[1:] == ("13:00", "13:15")


def test_changing_week_while_naming_a_block_makes_nothing(
    window: MainWindow, service: Services
) -> None:
    canvas = window.calendar.canvas
    drag(canvas, canvas.point_at(1, 9 * 60), canvas.point_at(1, 10 * 60))
    editor = canvas.findChild(QLineEdit, "new-block-title")
    assert editor is not None
    QTest.keyClicks(editor, "Review")
    window.calendar.next_week()
    assert not editor.isVisible()
    assert stored_blocks(service) == []


def test_undoing_a_task_change_leaves_the_calendar_on_its_week(
    window: MainWindow, service: Services
) -> None:
    tasks = seed(service, (Quadrant.DEFER, ["Strategy"]))
    window.matrix.reload(service.tasks.lanes(), False)
    calendar = window.calendar
    earlier = calendar.week.shifted(-3)
    task_id = tasks["Strategy"].id
    service.blocks.add(
        [BlockDraft(at(earlier, 0, "09:00"), at(earlier, 0, "10:00"), "", task_id=task_id)]
    )
    shown = calendar.week
    window.board.edit(task_id, TaskEdit("Plan"))
    assert stored_blocks(service)[0].title == "Plan"  # the block followed the rename
    window.board.undo_stack.undo()
    assert stored_blocks(service)[0].title == "Strategy"
    assert calendar.week == shown


def test_a_damaged_block_leaves_the_tasks_usable_and_says_so(
    service: Services, open_main_window, data_dir
) -> None:
    import sqlite3

    from app.model.database import DB_FILENAME

    seed(service, (Quadrant.DO, ["Still here"]))
    week_start = datetime.now(UTC)  # in the week on show, also on a Monday
    service.blocks.add([BlockDraft(week_start, week_start + timedelta(hours=1), "Odd")])
    path = data_dir / DB_FILENAME
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE time_block SET kind = 'call'")
    window = open_main_window()
    assert [t.title for t in window.matrix.views[Quadrant.DO].lane().tasks()] == ["Still here"]
    assert window.calendar.model.blocks() == []
    problem = window.findChild(QLabel, "problem")
    assert problem is not None
    assert problem.text().startswith("The calendar could not be read: time block #1")


def test_tab_steps_through_the_blocks_then_leaves_the_grid(
    window: MainWindow, service: Services
) -> None:
    first = add_block(window, service, 0, "09:00", "10:00", title="First")
    second = add_block(window, service, 2, "11:00", "12:00", title="Second")
    canvas = window.calendar.canvas
    canvas.setFocus()
    QTest.keyClick(canvas, Qt.Key.Key_Tab)
    assert canvas.selected == first.id
    QTest.keyClick(canvas, Qt.Key.Key_Tab)
    assert canvas.selected == second.id
    QTest.keyClick(canvas, Qt.Key.Key_Backtab)
    assert canvas.selected == first.id
    QTest.keyClick(canvas, Qt.Key.Key_Down)  # the selected block moves, as with the mouse
    assert local(stored_blocks(service)[0], window.calendar.week)[1] == "09:15"
    QTest.keyClick(canvas, Qt.Key.Key_Tab)
    QTest.keyClick(canvas, Qt.Key.Key_Tab)
    assert canvas.selected is None
    assert not canvas.hasFocus()  # past the last block, the focus moves on
