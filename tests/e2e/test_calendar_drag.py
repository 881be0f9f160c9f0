"""The week calendar with the real mouse on a real X server: drawing, moving and resizing
blocks, and dragging a task from the matrix onto the week; each undone and redone with the
real keyboard (Ctrl+Z, Ctrl+Shift+Z)."""

from datetime import datetime, timedelta

from pytestqt.qtbot import QtBot

from app.model.block import BlockDraft, TimeBlock
from app.model.quadrant import Quadrant
from app.model.week import Week, local_instant
from app.ui.calendar.block_editor import BlockEditor
from app.ui.matrix.lane_model import ScheduledRole
from app.ui.shell.main_window import MainWindow
from tests.e2e.conftest import Launch, Stored
from tests.e2e.pointer import TIMEOUT_MS, Pointer
from tests.e2e.screen import lane, on_block, on_card, on_grid


def at(week: Week, day: int, hours: int, minutes: int = 0) -> datetime:
    return local_instant(week.days[day], hours * 60 + minutes, week.zone)


def shown(block: TimeBlock, week: Week) -> tuple[int | None, str, str]:
    """Which day of the week and which local times a block has."""
    start, end = block.start.astimezone(week.zone), block.end.astimezone(week.zone)
    return week.index_of(start.date()), f"{start:%H:%M}", f"{end:%H:%M}"


def with_block(window: MainWindow, stored: Stored, day: int, hour: int, title: str) -> TimeBlock:
    week = window.calendar.week
    block = stored.add_block(BlockDraft(at(week, day, hour), at(week, day, hour + 1), title))
    window.reload_calendar()
    return block


def undo_and_redo(
    pointer: Pointer, qtbot: QtBot, stored: Stored, before: list[TimeBlock], after: list[TimeBlock]
) -> None:
    pointer.keys("ctrl+z")
    qtbot.waitUntil(lambda: stored.blocks() == before, timeout=TIMEOUT_MS)
    pointer.finish()
    pointer.keys("ctrl+shift+z")
    qtbot.waitUntil(lambda: stored.blocks() == after, timeout=TIMEOUT_MS)
    pointer.finish()


def test_draw_a_block_and_type_its_title(
    launch: Launch, pointer: Pointer, stored: Stored, qtbot: QtBot
) -> None:
    window = launch({})
    week = window.calendar.week
    pointer.drag(on_grid(window, 1, 10 * 60 + 5), on_grid(window, 1, 11 * 60 + 25))
    pointer.finish()
    pointer.type_text("Deep work")
    qtbot.waitUntil(lambda: len(stored.blocks()) == 1, timeout=TIMEOUT_MS)
    pointer.finish()
    [block] = stored.blocks()
    assert block.title == "Deep work"
    assert shown(block, week) == (1, "10:00", "11:30")
    assert [b.id for b in window.calendar.model.blocks()] == [block.id]
    assert window.findChild(BlockEditor) is None  # Enter made the block, and nothing else
    undo_and_redo(pointer, qtbot, stored, [], [block])


def test_move_a_block_later_the_same_day(
    launch: Launch, pointer: Pointer, stored: Stored, qtbot: QtBot
) -> None:
    window = launch({})
    week = window.calendar.week
    block = with_block(window, stored, 2, 9, "Stand-up")
    two_hours = round(window.calendar.canvas.hour_height * 2)
    start = on_block(window, block.id)
    pointer.drag(start, start + type(start)(0, two_hours))
    qtbot.waitUntil(lambda: shown(stored.blocks()[0], week)[1] == "11:00", timeout=TIMEOUT_MS)
    pointer.finish()
    [moved] = stored.blocks()
    assert shown(moved, week) == (2, "11:00", "12:00")
    assert window.board.undo_stack.count() == 1  # the whole drag is one step
    undo_and_redo(pointer, qtbot, stored, [block], [moved])


def test_move_a_block_to_another_day(
    launch: Launch, pointer: Pointer, stored: Stored, qtbot: QtBot
) -> None:
    window = launch({})
    week = window.calendar.week
    block = with_block(window, stored, 0, 14, "Review")
    target = on_grid(window, 3, 14 * 60 + 30)  # the block's middle, three days on
    pointer.drag(on_block(window, block.id), target)
    qtbot.waitUntil(lambda: shown(stored.blocks()[0], week)[0] == 3, timeout=TIMEOUT_MS)
    pointer.finish()
    [moved] = stored.blocks()
    assert shown(moved, week) == (3, "14:00", "15:00")
    assert window.board.undo_stack.count() == 1
    undo_and_redo(pointer, qtbot, stored, [block], [moved])


def test_resize_a_block_by_its_bottom_edge(
    launch: Launch, pointer: Pointer, stored: Stored, qtbot: QtBot
) -> None:
    window = launch({})
    week = window.calendar.week
    block = with_block(window, stored, 4, 13, "Sprint demo")
    edge = on_block(window, block.id, "bottom")
    ninety = round(window.calendar.canvas.hour_height * 1.5)
    pointer.drag(edge, edge + type(edge)(0, ninety))
    qtbot.waitUntil(lambda: stored.blocks()[0].end != block.end, timeout=TIMEOUT_MS)
    pointer.finish()
    [resized] = stored.blocks()
    assert shown(resized, week) == (4, "13:00", "15:30")
    assert window.board.undo_stack.count() == 1
    undo_and_redo(pointer, qtbot, stored, [block], [resized])


def test_drag_a_task_from_the_matrix_onto_the_week(
    launch: Launch, pointer: Pointer, stored: Stored, qtbot: QtBot
) -> None:
    window = launch({Quadrant.DEFER: ["Write the team strategy", "Coaching plan"]})
    week = window.calendar.week
    defer = lane(window, Quadrant.DEFER)
    pointer.drag(on_card(defer, 0), on_grid(window, 3, 14 * 60))
    qtbot.waitUntil(lambda: len(stored.blocks()) == 1, timeout=TIMEOUT_MS)
    pointer.finish()
    [block] = stored.blocks()
    task = defer.lane().task_at(0)
    assert (block.title, block.task_id) == ("Write the team strategy", task.id)
    assert shown(block, week) == (3, "14:00", "15:00")  # an hour: the task has no estimate
    assert stored.titles(Quadrant.DEFER) == ["Write the team strategy", "Coaching plan"]
    slot, _more = defer.lane().index(0).data(ScheduledRole)
    assert slot.start == block.start  # the card says when
    assert block.end - block.start == timedelta(hours=1)
    undo_and_redo(pointer, qtbot, stored, [], [block])
