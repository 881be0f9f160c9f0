"""Capture: turns what is typed or pasted in the quick-add field into Inbox tasks.

A typed title is checked and added at once; several pasted lines are checked, then offered as
one task each in a box the user confirms (it does not block: it answers through `finished`).

Signals:
    added(list[int]): these tasks were added (select them in the Inbox).
    problem(str): nothing was added, and why.
"""

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from app.model.errors import InvalidInput
from app.model.parsing import parse_title
from app.model.task import TaskDraft
from app.ui.board import Board
from app.ui.matrix.quick_add import QuickAdd


class Capture(QObject):
    added = Signal(list)
    problem = Signal(str)

    def __init__(self, board: Board, field: QuickAdd) -> None:
        super().__init__(field)
        self._board = board
        self._field = field
        field.submitted.connect(self.add_typed)
        field.linesPasted.connect(self.offer_lines)

    def add_typed(self, text: str) -> None:
        try:
            title = parse_title(text)
        except InvalidInput as error:
            self.problem.emit(f"Not added: {error}.")
            return
        ids = self._board.add([TaskDraft(title)])
        if ids:
            self._field.clear()
            self.added.emit(ids)

    def offer_lines(self, lines: list[str]) -> None:
        """A paste of several lines: offer one task per line, after checking every line."""
        titles = []
        for number, line in enumerate(lines, 1):
            try:
                titles.append(parse_title(line))
            except InvalidInput as error:
                self.problem.emit(f"Nothing added: line {number}: {error}.")
                return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Add Tasks",
            f"Add {len(titles)} tasks to the Inbox, one for each line you pasted?",
            QMessageBox.StandardButton.Cancel,
            self._field.window(),
        )
        box.setObjectName("paste-lines")
        add = box.addButton(f"Add {len(titles)} Tasks", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(add)

        def finished() -> None:
            if box.clickedButton() is add:
                self.added.emit(self._board.add([TaskDraft(t) for t in titles]))

        box.finished.connect(finished)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
