"""Changing repeating blocks from the week: each change is one undo step through the Board,
and changing or deleting one occurrence first asks which occurrences it is for — this one,
this and following, or all — in a question that does not block the window.

Moving or resizing one occurrence with the mouse or the keys is "this one", without asking.
"""

from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app.model.block import BlockEdit, TimeBlock
from app.model.change import Change
from app.model.repeats import Scope
from app.ui.board import Board, Refused
from app.ui.translation import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from app.model.services import Services


def change_span(board: Board, block: TimeBlock, start: datetime, end: datetime, text: str) -> bool:
    """Move or resize a block; for an occurrence of a repeating block, this one."""
    if not block.is_occurrence:
        return board.change_span(block.id, start, end, text)

    def operation(services: "Services") -> Change:
        return services.series.change_span(block, start, end)

    return board.run(text, operation)


def edit(
    board: Board,
    block: TimeBlock,
    changed: BlockEdit,
    rule: str | None,
    zone: tzinfo,
    scope: Scope | None,
    refused: Refused | None = None,
    rule_changed: bool = True,
) -> bool:
    """Save the block editor: the fields and the repeat rule (`scope` for an occurrence;
    `rule_changed` False: the series keeps its rule)."""
    if scope is None:

        def single(services: "Services") -> Change:
            return services.blocks.edit(block.id, changed).then(
                services.series.set_repeat(block.id, rule)
            )

        return board.run(translate("Undo", "Edit Block"), single, refused)

    def occurrence(services: "Services") -> Change:
        if scope is Scope.THIS or not rule_changed:
            return services.series.edit(block, changed, scope, zone)
        return services.series.edit(block, changed, scope, zone, rule)

    return board.run(translate("Undo", _STEPS["Edit", scope]), occurrence, refused)


def delete(board: Board, block: TimeBlock, scope: Scope | None) -> bool:
    """Delete a block; for an occurrence, the ones `scope` says."""
    if scope is None:
        return board.delete_blocks([block.id])

    def operation(services: "Services") -> Change:
        return services.series.delete(block, scope)

    return board.run(translate("Undo", _STEPS["Delete", scope]), operation)


# The undo steps, by verb and scope.
_STEPS = {
    ("Edit", Scope.THIS): QT_TRANSLATE_NOOP("Undo", "Edit Occurrence"),
    ("Edit", Scope.FOLLOWING): QT_TRANSLATE_NOOP("Undo", "Edit This and Following"),
    ("Edit", Scope.ALL): QT_TRANSLATE_NOOP("Undo", "Edit All Occurrences"),
    ("Delete", Scope.THIS): QT_TRANSLATE_NOOP("Undo", "Delete Occurrence"),
    ("Delete", Scope.FOLLOWING): QT_TRANSLATE_NOOP("Undo", "Delete This and Following"),
    ("Delete", Scope.ALL): QT_TRANSLATE_NOOP("Undo", "Delete All Occurrences"),
}

# The question's buttons.
SCOPE_WORDS = {
    Scope.THIS: QT_TRANSLATE_NOOP("SeriesEdits", "This one"),
    Scope.FOLLOWING: QT_TRANSLATE_NOOP("SeriesEdits", "This and following"),
    Scope.ALL: QT_TRANSLATE_NOOP("SeriesEdits", "All"),
}

# The question's title and text, by verb.
_QUESTIONS = {
    "Change": (
        QT_TRANSLATE_NOOP("SeriesEdits", "Change Repeating Block"),
        QT_TRANSLATE_NOOP("SeriesEdits", "Change “{title}”: which occurrences?"),
    ),
    "Delete": (
        QT_TRANSLATE_NOOP("SeriesEdits", "Delete Repeating Block"),
        QT_TRANSLATE_NOOP("SeriesEdits", "Delete “{title}”: which occurrences?"),
    ),
}


def ask_scope(
    parent: QWidget,
    verb: str,
    block: TimeBlock,
    chosen: Callable[[Scope], None],
    this_one: bool = True,
) -> QMessageBox:
    """Ask which occurrences of `block`'s series to `verb` ("Change", "Delete"); `chosen` is
    called with the answer, nothing if the question is cancelled. `this_one`: offer it (not
    when the repeat rule itself changes). The question is open (not run) when this returns."""
    question = QMessageBox(parent)
    question.setObjectName("repeat-scope")
    question.setIcon(QMessageBox.Icon.Question)
    title, text = _QUESTIONS[verb]
    question.setWindowTitle(translate("SeriesEdits", title))
    question.setText(translate("SeriesEdits", text).format(title=block.title))
    buttons: dict[QPushButton, Scope] = {}
    for scope in Scope:
        if scope is Scope.THIS and not this_one:
            continue
        words = translate("SeriesEdits", SCOPE_WORDS[scope])
        button = question.addButton(words, QMessageBox.ButtonRole.AcceptRole)
        button.setObjectName(f"scope-{scope.value}")
        buttons[button] = scope
    question.addButton(QMessageBox.StandardButton.Cancel)
    question.setDefaultButton(next(iter(buttons)))

    def finished() -> None:
        scope = buttons.get(question.clickedButton())  # type: ignore[call-overload]
        if scope is not None:
            chosen(scope)

    question.finished.connect(finished)
    question.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    question.open()
    return question
