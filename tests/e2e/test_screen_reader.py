"""Quadrant as a screen reader finds it: the real program on the X server, its accessibility
tree read over AT-SPI from outside the process, the keys pressed on the real keyboard (xdotool).

Every focusable control on screen has a name; the week grid lists its blocks in words; a
keyboard user reaches a block with Tab and moves it with the arrow keys, and the reader hears
where it went.
"""

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from app.model.block import BlockDraft, BlockKind, TimeBlock
from app.model.database import open_database
from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.task import TaskDraft
from app.model.week import local_instant
from tests.e2e.atspi import FOCUSABLE, FOCUSED, Node, Reader, SessionBus, wait_for
from tests.e2e.program import key, run_quadrant, session_bus, this_week

__all__ = ["session_bus"]  # a fixture

STRATEGY = "Tuesday 09:00 to 10:30, Write strategy doc, focus, linked to a Defer task"
HIRING = "Thursday 14:00 to 15:00, Hiring sync, meeting"


def seed(data_dir: Path) -> None:
    """A Defer task with time blocked for it on Tuesday, a meeting on Thursday, a Do task."""
    week = this_week()
    days = {day.weekday(): day for day in week.days}
    service = Services.open(open_database(data_dir).path)
    try:
        added = service.tasks.add(
            [
                TaskDraft("Write strategy doc", Quadrant.DEFER, estimate=90),
                TaskDraft("Fix the release pipeline", Quadrant.DO),
            ]
        ).created()
        start = local_instant(days[1], 9 * 60, week.zone)
        meeting = local_instant(days[3], 14 * 60, week.zone)
        service.blocks.add(
            [
                BlockDraft(
                    start,
                    start + timedelta(minutes=90),
                    "Write strategy doc",
                    BlockKind.FOCUS,
                    added[0].id,
                ),
                BlockDraft(meeting, meeting + timedelta(hours=1), "Hiring sync", BlockKind.MEETING),
            ]
        )
    finally:
        service.close()


def stored_blocks(data_dir: Path) -> list[TimeBlock]:
    service = Services.open(open_database(data_dir).path)
    try:
        week = this_week()
        return service.blocks.between(week.start, week.end)
    finally:
        service.close()


@pytest.fixture
def quadrant(session_bus: SessionBus, data_dir: Path) -> Iterator[tuple[Reader, Node, str]]:
    """The real program on the seeded folder, as the reader sees it; and its X window."""
    seed(data_dir)
    with run_quadrant(session_bus, data_dir) as running:
        reader = session_bus.reader()
        yield reader, reader.application(running.pid), running.window


def week_grid(app: Node) -> Node:
    return wait_for("the week grid", lambda: app.find("list", "Week grid"))


def test_every_focusable_control_is_named_and_the_blocks_are_listed(
    quadrant: tuple[Reader, Node, str],
) -> None:
    _reader, app, _window = quadrant
    grid = week_grid(app)
    assert [item.name for item in grid.children if item.role == "list item"] == [STRATEGY, HIRING]
    assert "arrow keys move" in grid.description
    shown = list(app.walk())
    focusable = [node for node in shown if FOCUSABLE in node.states]
    unnamed = [f"{node.role} at {node.path}" for node in focusable if not node.name.strip()]
    assert unnamed == []
    names = {node.name for node in focusable}
    assert {"Add a task", "Inbox", "Week grid", "Previous week", "Next week"} <= names
    assert any(name.startswith("Do: ") for name in names)
    inbox = next(node for node in focusable if node.name == "Inbox")
    assert "B blocks time in the week" in inbox.description  # a lane says its keys
    quick_add = next(node for node in focusable if node.name == "Add a task")
    assert "!defer" in quick_add.description  # and the capture field what it understands
    assert len(focusable) > 12  # the lanes, their cards, the fields, the week's buttons, blocks


def focused_block(grid: Node, name: str) -> Node | None:
    """The grid's block that has the keyboard focus, if it is called `name`."""
    if FOCUSED not in grid.states:
        return None
    block = next((item for item in grid.children if FOCUSED in item.states), None)
    return block if block is not None and block.name == name else None


def test_a_keyboard_user_reaches_a_block_and_moves_it_and_hears_where_it_went(
    quadrant: tuple[Reader, Node, str], data_dir: Path
) -> None:
    reader, app, window = quadrant
    grid = week_grid(app)

    def tab_to_grid() -> bool:
        if FOCUSED in grid.states:
            return True
        key(window, "Tab")
        return False

    wait_for("Tab to reach the week grid", tab_to_grid, seconds=40)
    key(window, "Tab")  # within the grid: its first block
    block = wait_for("the first block to be focused", lambda: focused_block(grid, STRATEGY))
    assert block.role == "list item"

    key(window, "Down", "Right", "shift+Down")  # 15 minutes later, a day later, 15 min longer
    moved = "Wednesday 09:15 to 11:00, Write strategy doc, focus, linked to a Defer task"
    wait_for("the reader to hear the block's new time", lambda: focused_block(grid, moved))
    week = this_week()
    [strategy] = [b for b in stored_blocks(data_dir) if b.title == "Write strategy doc"]
    start, end = strategy.start.astimezone(week.zone), strategy.end.astimezone(week.zone)
    assert (start.strftime("%a %H:%M"), end.strftime("%H:%M")) == ("Wed 09:15", "11:00")

    key(window, "Tab")  # on to the next block, in time order
    wait_for("the next block to be focused", lambda: focused_block(grid, HIRING))

    # What the status bar says is said to the reader too.
    heard = reader.listen("object:announcement", "org.a11y.atspi.Event.Object", "Announcement")
    key(window, "Delete")
    heard.heard(lambda arguments: "Block deleted. Undo brings it back." in repr(arguments))
    assert [b.title for b in stored_blocks(data_dir)] == ["Write strategy doc"]


def test_a_keyboard_user_triages_and_schedules_a_task_and_hears_the_new_block(
    quadrant: tuple[Reader, Node, str], data_dir: Path
) -> None:
    _reader, app, window = quadrant
    grid = week_grid(app)
    # Next week is ahead whatever the time now: its working hours are free from Monday 08:00.
    key(window, "ctrl+Next", "alt+1")  # the Do lane, its first card selected
    do = wait_for("the Do lane to have the focus", lambda: _focused_lane(app, "Do: "))
    assert "Fix the release pipeline" in [cell.name for cell in do.children]
    key(window, "2")  # triage: send it to Defer
    key(window, "alt+2", "Down", "b")  # to Defer, its second card (the one that came), block time
    said = "Monday 08:00 to 09:00, Fix the release pipeline, focus, linked to a Defer task"
    wait_for("the reader to hear the new block", lambda: focused_block(grid, said))
    service = Services.open(open_database(data_dir).path)
    try:
        [task] = [t for t in service.tasks.lanes() if t.title == "Fix the release pipeline"]
        assert task.quadrant is Quadrant.DEFER
        week = this_week().shifted(1)
        [block] = [b for b in service.blocks.between(week.start, week.end) if b.task_id]
        assert block.task_id == task.id
    finally:
        service.close()


def _focused_lane(app: Node, prefix: str) -> Node | None:
    return next(
        (n for n in app.walk() if n.role == "table" and n.name.startswith(prefix)
         and FOCUSED in n.states),
        None,
    )  # fmt: skip


def test_a_german_screen_reader_user_hears_german(session_bus: SessionBus, data_dir: Path) -> None:
    """With `QUADRANT_LANGUAGE=de` the reader hears German everywhere: the controls' names, the
    grid's blocks (day names from the locale), what the keys do."""
    seed(data_dir)
    with run_quadrant(session_bus, data_dir, QUADRANT_LANGUAGE="de") as running:
        app = session_bus.reader().application(running.pid)
        grid = wait_for("the week grid", lambda: app.find("list", "Wochenraster"))
        assert [item.name for item in grid.children if item.role == "list item"] == [
            "Dienstag 09:00 bis 10:30, Write strategy doc, Fokus, verknüpft mit einer Aufgabe "
            "in „Planen“",
            "Donnerstag 14:00 bis 15:00, Hiring sync, Besprechung",
        ]
        assert "Pfeiltasten" in grid.description
        focusable = [node for node in app.walk() if FOCUSABLE in node.states]
        assert [f"{node.role} at {node.path}" for node in focusable if not node.name.strip()] == []
        names = {node.name for node in focusable}
        assert {"Aufgabe hinzufügen", "Eingang", "Vorige Woche", "Nächste Woche"} <= names
        assert any(name.startswith("Erledigen: ") for name in names)
        assert not names & {"Add a task", "Inbox", "Week grid", "Previous week", "Next week"}
        menu_bar = next(node for node in app.walk() if node.role == "menu bar")
        menus = [node.name for node in menu_bar.children]
        assert menus == ["Datei", "Bearbeiten", "Einordnen", "Ansicht", "Hilfe"]
