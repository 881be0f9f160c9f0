"""WriteQueue: the Board's operations in order, when one must wait — for another program's lock
on the data file, or for a long write running on a worker thread (`BackgroundWrite`).

An operation runs at once when nothing waits. One that meets another program's lock waits
(each attempt at most the window's busy timeout) and is tried again from a timer until it lands
or `Board.give_up_after` seconds have passed; operations asked for meanwhile queue behind it,
in order, and when it gives up they are all refused and nothing is changed. A background write
takes its turn in the same queue; while it runs, what comes after it waits for it.
"""

import time
import weakref
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer

from app.model.change import Change
from app.model.errors import InvalidInput, StorageBusy, StorageError
from app.ui.background_write import BackgroundWrite
from app.ui.translation import QT_TRANSLATE_NOOP, Counts, in_words, translate

if TYPE_CHECKING:
    from app.model.services import Services
    from app.ui.board import Board

RETRY_EVERY_MS = 250
WAITING = QT_TRANSLATE_NOOP(
    "Saving", "Waiting for the data file: another program is writing to it…"
)

Operation = Callable[["Services"], Change]
Landed = Callable[[Change], None]
Refused = Callable[[], object]


@dataclass
class Waiting:
    """An operation that could not run yet."""

    text: str
    operation: Operation
    landed: Landed | None
    refused: Refused | None = None
    background: bool = False  # to be written on a worker thread
    writing: BackgroundWrite | None = None  # that worker, once started


class WriteQueue:
    def __init__(
        self,
        board: "Board",
        land: Callable[[str, Change, Landed | None], None],
        refuse_if_gone: Callable[[], None],
        open_services: Callable[[], "Services"],
    ) -> None:
        """`land` pushes a change that was written as an undo step; `refuse_if_gone` raises
        StorageError if the data file must not be written; `open_services` opens a new
        connection to it (for background writes). It keeps no strong reference to the Board,
        which owns it: a cycle between Qt objects is left to the garbage collector, which may
        then delete them in the wrong order."""
        self._board = weakref.proxy(board)
        self._land = weakref.WeakMethod(land)
        self._refuse = weakref.WeakMethod(refuse_if_gone)
        self._open_services = open_services
        self._items: deque[Waiting] = deque()
        self._since = 0.0
        self._retry = QTimer(board)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_EVERY_MS)
        self._retry.timeout.connect(self._try_waiting)

    def _refuse_if_gone(self) -> None:
        refuse = self._refuse()
        if refuse is not None:
            refuse()

    def _landed(self, text: str, change: Change, landed: Landed | None) -> None:
        land = self._land()
        if land is not None:
            land(text, change, landed)

    def __bool__(self) -> bool:
        """Something waits (or is being written in the background)."""
        return bool(self._items)

    def clear(self) -> None:
        self._retry.stop()
        self._items.clear()

    def run(
        self, text: str, operation: Operation, landed: Landed | None, refused: Refused | None
    ) -> Change | None:
        """Run `operation` now, unless something waits (then after it); see `Board._run`."""
        board = self._board
        if self._items:  # behind the one that waits, in order
            head = self._items[0]
            self._items.append(Waiting(text, operation, landed, refused))
            board.waiting.emit(
                translate("Saving", "Waiting for “{step}” to be saved…").format(step=head.text)
                if head.writing
                else translate("Saving", WAITING)
            )
            return None
        try:
            self._refuse_if_gone()
            change = operation(board.services)
        except StorageBusy:
            self._items.append(Waiting(text, operation, landed, refused))
            self._since = time.monotonic()
            board.waiting.emit(translate("Saving", WAITING))
            self._retry.start()
            return None
        except (InvalidInput, StorageError) as error:
            board.failed.emit(sentence(error))
            if refused is not None:
                refused()
            return None
        self._landed(text, change, landed)
        return change

    def run_in_background(
        self, text: str, operation: Operation, done: Callable[[], object]
    ) -> None:
        """Run `operation` on a worker thread in its turn; `done` is called once it has
        landed (as an undo step, if it changed anything) or was refused."""

        def landed(_change: Change) -> None:
            done()

        self._items.append(Waiting(text, operation, landed, done, background=True))
        if len(self._items) == 1:
            self._since = time.monotonic()
            self._try_waiting()

    def _try_waiting(self) -> None:
        """Run the waiting operations, in order, until one meets the lock again (or a
        background write is on its way)."""
        board = self._board
        while self._items:
            head = self._items[0]
            try:
                self._refuse_if_gone()
                if head.background:
                    self._write_in_background(head)
                    return
                change = head.operation(board.services)
            except StorageBusy:
                if time.monotonic() - self._since < board.give_up_after:
                    self._retry.start()
                    return
                self._give_up()
                return
            except (InvalidInput, StorageError) as error:
                self._items.popleft()
                board.failed.emit(sentence(error))
                if head.refused is not None:
                    head.refused()
                continue
            self._items.popleft()
            self._since = time.monotonic()
            self._landed(head.text, change, head.landed)
        board.waiting.emit("")

    def _write_in_background(self, head: Waiting) -> None:
        if head.writing is not None:  # on its way
            return
        self._board.services  # noqa: B018 - the window's own connection opens before this write
        deadline = self._since + self._board.give_up_after
        head.writing = BackgroundWrite(
            head.text, self._open_services, head.operation, deadline, self._retry.parent()
        )
        queued = Qt.ConnectionType.QueuedConnection
        head.writing.ended.connect(self._written_in_background, queued)
        head.writing.busy.connect(
            lambda: self._board.waiting.emit(translate("Saving", WAITING)), queued
        )
        head.writing.start()

    def _written_in_background(self, outcome: Change | StorageError | InvalidInput) -> None:
        """The background write at the head ended: land its change, or refuse it."""
        if not self._items or self._items[0].writing is None:  # the Board was closed meanwhile
            return
        head = self._items[0]
        if head.writing is not None:
            head.writing.deleteLater()
        if isinstance(outcome, StorageBusy):
            self._give_up()
            return
        self._items.popleft()
        if isinstance(outcome, Change):
            self._board.wroteElsewhere.emit()
            self._landed(head.text, outcome, None)
            if head.landed is not None:
                head.landed(outcome)
        else:
            self._board.failed.emit(sentence(outcome))
            if head.refused is not None:
                head.refused()
        self._since = time.monotonic()
        self._try_waiting()

    def _give_up(self) -> None:
        given_up = list(self._items)  # their `refused` run below, once the queue is empty
        refused = [waiting.text for waiting in given_up]
        self._items.clear()
        not_saved = (
            translate(
                "Saving",
                "Not saved ({step}): another program kept the data file locked; nothing was "
                "changed; try again.",
            ).format(step=refused[0])
            if len(refused) == 1
            else Counts.tr(
                "Not saved (%n changes): another program kept the data file locked; nothing "
                "was changed; try again.",
                "",
                len(refused),
            )
        )
        self._board.waiting.emit("")
        self._board.failed.emit(not_saved)
        for waiting in given_up:
            if waiting.refused is not None:
                waiting.refused()


def sentence(error: Exception) -> str:
    """An error's one-line message as a sentence for the window, in its language."""
    text = in_words(error)
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")
