"""The undo command for every change to tasks and time blocks.

A `Change` holds each touched task and block before and after the operation, so one command
class serves every operation: undo writes the `before` states back, redo the `after` states.
A drag or a resize is committed once, when the mouse is released, so it is one undo step.
"""

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from app.model.change import Change

if TYPE_CHECKING:
    from app.ui.board import Board


class ChangeCommand(QUndoCommand):
    def __init__(self, board: "Board", text: str, change: Change) -> None:
        super().__init__(text)
        self._board = board
        self.change = change
        self._done_once = False

    def redo(self) -> None:
        if not self._done_once:  # the operation itself already ran before the push
            self._done_once = True
            self._board.announce(self.change.after, self.change.blocks_after)
        else:
            self._board.restore(self.change.after, self.change.blocks_after)

    def undo(self) -> None:
        self._board.restore(self.change.before, self.change.blocks_before)
