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
from app.ui.translation import QT_TRANSLATE_NOOP, Counts, translate

if TYPE_CHECKING:
    from app.ui.board import Board

# How a kept group of fields is named in a sentence.
_FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("Undo", "title"),
    "notes": QT_TRANSLATE_NOOP("Undo", "notes"),
    "place": QT_TRANSLATE_NOOP("Undo", "lane and place"),
    "status": QT_TRANSLATE_NOOP("Undo", "done state"),
    "due": QT_TRANSLATE_NOOP("Undo", "due date"),
    "estimate_minutes": QT_TRANSLATE_NOOP("Undo", "estimate"),
    "delegate": QT_TRANSLATE_NOOP("Undo", "person it is delegated to"),
    "follow_up": QT_TRANSLATE_NOOP("Undo", "follow-up date"),
    "tags": QT_TRANSLATE_NOOP("Undo", "tags"),
    "time": QT_TRANSLATE_NOOP("Undo", "time"),
    "kind": QT_TRANSLATE_NOOP("Undo", "kind"),
    "task": QT_TRANSLATE_NOOP("Undo", "linked task"),
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
    """“Undid Move to Do. The title of “Budget” was changed elsewhere and kept.”"""
    step = translate("Undo", "Redid “{step}”.") if forward else translate("Undo", "Undid “{step}”.")
    said = [step.format(step=text)]
    for row in kept[:3]:
        if row.gone:
            gone = (
                translate("Undo", "The task “{title}” was deleted elsewhere and stays deleted.")
                if row.table == "task"
                else translate(
                    "Undo", "The block “{title}” was deleted elsewhere and stays deleted."
                )
            )
            said.append(gone.format(title=row.title))
            continue
        fields = [
            translate("Undo", _FIELD_NAMES[name]) if name in _FIELD_NAMES else name
            for name in row.fields
        ]
        named = (
            fields[0]
            if len(fields) == 1
            else translate("Undo", "{some} and {last}").format(
                some=", ".join(fields[:-1]), last=fields[-1]
            )
        )
        kept_fields = Counts.tr(
            "The {fields} of “{title}” was changed elsewhere and kept.", "", len(fields)
        )
        said.append(kept_fields.format(fields=named, title=row.title))
    if len(kept) > 3:
        said.append(Counts.tr("%n more were changed elsewhere and kept.", "", len(kept) - 3))
    return " ".join(said)
