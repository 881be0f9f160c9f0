"""The undo command for every change to tasks and time blocks, and how a step is told.

A `Change` holds each touched task and block before and after the operation, so one command
class serves every operation: undo takes the rows back to `before`, redo to `after`, field by
field, keeping whatever another program changed since (`UndoService`). A drag or a resize is
committed once, when the mouse is released, so it is one undo step.
"""

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from app.model.change import Change, Kept

if TYPE_CHECKING:
    from app.ui.board import Board

# How a kept group of fields is named in a sentence.
_FIELD_NAMES = {
    "title": "title",
    "notes": "notes",
    "place": "lane and place",
    "status": "done state",
    "due": "due date",
    "estimate_minutes": "estimate",
    "delegate": "person it is delegated to",
    "follow_up": "follow-up date",
    "tags": "tags",
    "time": "time",
    "kind": "kind",
    "task": "linked task",
}


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
            self._step(forward=True)

    def undo(self) -> None:
        self._step(forward=False)

    def _step(self, forward: bool) -> None:
        restored = self._board.step(self.change, self.text(), forward)
        if restored is not None:
            self.change = restored.remaining(self.change, forward)


def describe_step(text: str, forward: bool, kept: Sequence[Kept]) -> str:
    """“Undid Move to Do. The title of “Budget” was changed elsewhere and was kept.”"""
    said = f"{'Redid' if forward else 'Undid'} “{text}”."
    for row in kept[:3]:
        thing = "task" if row.table == "task" else "block"
        if row.gone:
            said += f" The {thing} “{row.title}” was deleted elsewhere and stays deleted."
            continue
        fields = [_FIELD_NAMES.get(name, name) for name in row.fields]
        named = fields[0] if len(fields) == 1 else ", ".join(fields[:-1]) + " and " + fields[-1]
        verb = "were" if len(fields) > 1 else "was"
        said += f" The {named} of “{row.title}” {verb} changed elsewhere and kept."
    if len(kept) > 3:
        said += f" {len(kept) - 3} more were changed elsewhere and kept."
    return said
