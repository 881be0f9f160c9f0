"""What assistive technology is told, asked in the process through Qt's accessibility
interfaces (tests/e2e/test_screen_reader.py asks the same over AT-SPI, from outside): the week
grid's blocks in words, its selection, and a name for every control of every window and dialog.
"""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.model.block import BlockDraft, BlockKind, TimeBlock
from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.week import Week, local_instant
from app.ui.calendar.block_model import BlockModel
from app.ui.calendar.week_access import BlockAccess
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import seed

NAME = QAccessible.Text.Name


def add_block(
    window: MainWindow, service: Services, day: int, minutes: tuple[int, int], **fields: object
) -> TimeBlock:
    week = window.calendar.week
    start = local_instant(week.days[day], minutes[0], week.zone)
    end = local_instant(week.days[day], minutes[1], week.zone)
    draft = BlockDraft(start, end, **fields)  # type: ignore[arg-type]
    [block] = service.blocks.add([draft]).created_blocks()
    window.reload_calendar()
    return block


def test_the_grid_lists_its_blocks_in_words_and_follows_the_selection(
    service: Services, open_main_window
) -> None:
    tasks = seed(service, (Quadrant.DEFER, ["Write strategy doc"]), (Quadrant.INBOX, ["Idea"]))
    window: MainWindow = open_main_window()
    day = window.calendar.week.days.index(
        next(d for d in window.calendar.week.days if d.weekday() == 1)
    )
    strategy = add_block(window, service, day, (9 * 60, 10 * 60 + 30), title="Write strategy doc",
                         task_id=tasks["Write strategy doc"].id)  # fmt: skip
    late = add_block(window, service, day, (23 * 60, 23 * 60 + 30), title="Release",
                     kind=BlockKind.MEETING, task_id=tasks["Idea"].id)  # fmt: skip
    canvas = window.calendar.canvas
    grid = QAccessible.queryAccessibleInterface(canvas)
    assert grid.role() == QAccessible.Role.List
    assert grid.text(NAME) == "Week grid"
    assert "arrow keys move" in grid.text(QAccessible.Text.Description)
    items = [grid.child(n) for n in range(grid.childCount())]
    assert [item.text(NAME) for item in items] == [
        "Tuesday 09:00 to 10:30, Write strategy doc, focus, linked to a Defer task",
        "Tuesday 23:00 to 23:30, Release, meeting, linked to an Inbox task “Idea”",
    ]
    first, second = items
    assert isinstance(first, BlockAccess)
    assert grid.indexOfChild(second) == 1
    assert first.parent().text(NAME) == "Week grid"
    rect = canvas.block_rect(strategy.id)
    assert rect is not None
    assert first.rect().topLeft() == canvas.mapToGlobal(rect.topLeft().toPoint())
    centre = canvas.mapToGlobal(rect.center().toPoint())
    assert grid.childAt(centre.x(), centre.y()).text(NAME) == first.text(NAME)

    canvas.setFocus()
    canvas.select(late.id)
    assert second.state().selected
    assert second.state().focused
    assert not first.state().selected
    assert grid.focusChild().text(NAME) == second.text(NAME)

    service.blocks.delete([late.id])  # gone from the file: gone from what a reader hears
    window.reload_calendar()
    assert grid.childCount() == 1
    assert not second.isValid()


def test_a_block_across_midnight_and_an_all_day_block_are_said_whole() -> None:
    zone = ZoneInfo("Europe/Berlin")
    week = Week(date(2026, 11, 23), zone)
    monday = week.days[0]

    def block(start: datetime, end: datetime, title: str, **fields: object) -> TimeBlock:
        return TimeBlock(1, "", start, end, title, BlockKind.PERSONAL, None, "", start, start,
                         **fields)  # type: ignore[arg-type]  # fmt: skip

    late = local_instant(monday, 22 * 60, zone)
    model = BlockModel(week)
    assert model.spoken(block(late, late + timedelta(hours=4), "Migration")) == (
        "Monday 22:00 to Tuesday 02:00, Migration, personal"
    )
    day = block(local_instant(monday, 0, zone), local_instant(week.days[1], 0, zone), "Offsite",
                all_day=True, source="team.ics")  # fmt: skip
    assert model.spoken(day) == "Monday, all day, Offsite, personal, from calendar team.ics"
    midnight = block(late, local_instant(week.days[1], 0, zone), "")
    assert model.spoken(midnight) == "Monday 22:00 to 00:00, untitled, personal"


def unnamed_controls(top: QWidget) -> list[str]:
    """The focusable controls on screen in `top` that a screen reader could not name."""
    found: list[str] = []

    def walk(interface: QAccessibleInterface) -> None:
        state = interface.state()
        if state.focusable and not state.invisible and not interface.text(NAME).strip():
            target = interface.object()
            found.append(f"{interface.role().name} {type(target).__name__} {target.objectName()}")
        for number in range(interface.childCount()):
            child = interface.child(number)
            if child is not None:
                walk(child)

    walk(QAccessible.queryAccessibleInterface(top))
    return found


def test_every_control_of_every_window_and_dialog_has_a_name(
    qtbot: QtBot, service: Services, open_main_window
) -> None:
    tasks = seed(service, (Quadrant.DO, ["Fix the pipeline"]), (Quadrant.DELEGATE, ["Rota"]))
    window: MainWindow = open_main_window()
    add_block(window, service, 1, (9 * 60, 10 * 60), title="Focus")
    block = window.calendar.model.blocks()[0]
    review = window.show_review()
    review.findChild(QPushButton, "draft-status").click()
    candidates: list[QWidget | None] = [
        window,
        review,
        window.show_waiting(),
        window.open_editor(tasks["Fix the pipeline"].id),
        window.open_block_editor(block.id),
        window.ask_working_hours(),
        window.ask_horizon(),
        window.ask_plan_name(),
        window.restore_backup(),
        window.show_about(),
        *(w for w in QApplication.topLevelWidgets() if w.objectName() == "status-draft"),
    ]
    opened = [top for top in candidates if top is not None]
    assert len(opened) == 11
    assert {top.objectName(): unnamed_controls(top) for top in opened} == {
        top.objectName(): [] for top in opened
    }
    for top in opened[1:]:
        top.close()
