"""Dragging cards with the real mouse, in the real window, on a real X server.

Each test presses, drags and releases the X pointer with xdotool while Qt runs, then checks
what the database holds and what the lanes show.
"""

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from app.model.quadrant import Quadrant
from tests.e2e.conftest import Launch, Stored
from tests.e2e.pointer import TIMEOUT_MS, Pointer
from tests.e2e.screen import below_cards, header_count, lane, on_card, titles_in

INBOX, DO, DEFER, DELEGATE, ELIMINATE = Quadrant


def test_drag_from_the_inbox_onto_do(
    launch: Launch, pointer: Pointer, stored: Stored, qtbot: QtBot, tmp_path: Path
):
    window = launch({INBOX: ["Write the report", "Call the plumber"], DO: ["Fix the prod bug"]})
    inbox, do = lane(window, INBOX), lane(window, DO)

    # Grab the window while the card hovers over Do; the drag runs in a nested event loop, so
    # only a timer gets to look. The last grab shows the pointer where it lets go.
    grabs: list[QPixmap] = []

    def grab_while_hovering() -> None:
        if do.state() == QAbstractItemView.State.DraggingState:
            grabs[:] = [window.grab()]

    timer = QTimer(window)
    timer.timeout.connect(grab_while_hovering)
    timer.start(50)

    pointer.drag(on_card(inbox, 1), below_cards(do))
    qtbot.waitUntil(
        lambda: stored.titles(DO) == ["Fix the prod bug", "Call the plumber"], timeout=TIMEOUT_MS
    )
    pointer.finish()
    timer.stop()
    assert grabs, "the drag never hovered over Do"
    assert grabs[0].save(str(tmp_path / "dragging-onto-do.png"))

    assert stored.titles(INBOX) == ["Write the report"]
    assert titles_in(do) == ["Fix the prod bug", "Call the plumber"]
    assert titles_in(inbox) == ["Write the report"]
    assert (header_count(window, DO), header_count(window, INBOX)) == ("2", "1")
    assert do.selected_ids() == [t.id for t in do.lane().tasks() if t.title == "Call the plumber"]


@pytest.mark.parametrize(
    ("height_fraction", "expected"),
    [
        pytest.param(
            0.25, ["Sort old email", "Plan Q3", "Tidy the drawer", "Unsubscribe"], id="upper-half"
        ),
        pytest.param(
            0.75, ["Sort old email", "Tidy the drawer", "Plan Q3", "Unsubscribe"], id="lower-half"
        ),
    ],
)
def test_drop_between_two_cards_lands_where_it_was_dropped(
    launch: Launch,
    pointer: Pointer,
    stored: Stored,
    qtbot: QtBot,
    height_fraction: float,
    expected: list[str],
):
    window = launch(
        {
            DEFER: ["Book flights", "Plan Q3"],
            ELIMINATE: ["Sort old email", "Tidy the drawer", "Unsubscribe"],
        }
    )
    defer, eliminate = lane(window, DEFER), lane(window, ELIMINATE)

    # Onto "Tidy the drawer": its upper half puts the card before it, its lower half after it.
    pointer.drag(on_card(defer, 1), on_card(eliminate, 1, height_fraction))
    qtbot.waitUntil(lambda: stored.titles(ELIMINATE) == expected, timeout=TIMEOUT_MS)
    pointer.finish()

    assert stored.titles(DEFER) == ["Book flights"]
    assert titles_in(eliminate) == expected
    assert titles_in(defer) == ["Book flights"]
    assert (header_count(window, ELIMINATE), header_count(window, DEFER)) == ("4", "1")


def test_reorder_within_a_lane(launch: Launch, pointer: Pointer, stored: Stored, qtbot: QtBot):
    window = launch({INBOX: ["Alpha", "Bravo", "Charlie"]})
    inbox = lane(window, INBOX)

    pointer.drag(on_card(inbox, 2), on_card(inbox, 0, 0.25))
    qtbot.waitUntil(
        lambda: stored.titles(INBOX) == ["Charlie", "Alpha", "Bravo"], timeout=TIMEOUT_MS
    )
    pointer.finish()

    assert titles_in(inbox) == ["Charlie", "Alpha", "Bravo"]
    assert header_count(window, INBOX) == "3"
    assert inbox.selected_ids() == [inbox.lane().task_at(0).id]
    # After a move drop Qt asks the source model to remove the dragged rows; none may be lost.
    assert [task.title for task in stored.tasks()] == ["Alpha", "Bravo", "Charlie"]


def test_undo_after_a_drag_restores_the_database(
    launch: Launch, pointer: Pointer, stored: Stored, qtbot: QtBot
):
    window = launch({INBOX: ["Write the report", "Call the plumber"], DO: ["Fix the prod bug"]})
    inbox, do = lane(window, INBOX), lane(window, DO)
    before = stored.tasks()

    pointer.drag(on_card(inbox, 0), on_card(do, 0, 0.25))
    qtbot.waitUntil(
        lambda: stored.titles(DO) == ["Write the report", "Fix the prod bug"], timeout=TIMEOUT_MS
    )
    pointer.finish()
    assert window.board.undo_stack.count() == 1

    window.board.undo_stack.undo()

    assert stored.tasks() == before
    assert titles_in(inbox) == ["Write the report", "Call the plumber"]
    assert titles_in(do) == ["Fix the prod bug"]
    assert (header_count(window, INBOX), header_count(window, DO)) == ("2", "1")


def test_drag_two_selected_cards_at_once(
    launch: Launch, pointer: Pointer, stored: Stored, qtbot: QtBot
):
    window = launch(
        {INBOX: ["Alpha", "Bravo", "Charlie", "Delta"], DELEGATE: ["Ask Sam about invoices"]}
    )
    inbox, delegate = lane(window, INBOX), lane(window, DELEGATE)
    ids = {task.title: task.id for task in stored.tasks()}

    # Select Bravo, Ctrl+click Delta, then drag by Delta: both go, in their lane order.
    pointer.click(on_card(inbox, 1))
    pointer.click(on_card(inbox, 3), ctrl=True)
    pointer.finish()
    assert inbox.selected_ids() == [ids["Bravo"], ids["Delta"]]

    pointer.drag(on_card(inbox, 3), below_cards(delegate))
    expected = ["Ask Sam about invoices", "Bravo", "Delta"]
    qtbot.waitUntil(lambda: stored.titles(DELEGATE) == expected, timeout=TIMEOUT_MS)
    pointer.finish()

    assert stored.titles(INBOX) == ["Alpha", "Charlie"]
    assert titles_in(delegate) == expected
    assert titles_in(inbox) == ["Alpha", "Charlie"]
    assert (header_count(window, DELEGATE), header_count(window, INBOX)) == ("3", "2")
    assert delegate.selected_ids() == [ids["Bravo"], ids["Delta"]]
