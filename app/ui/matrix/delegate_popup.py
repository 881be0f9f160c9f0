"""DelegatePopup: asked next to a card just moved into Delegate — to whom, and when to follow up.

The person field completes from the people tasks went to before; the follow-up starts at the
task's own date or `FOLLOW_UP_AFTER` working days from today. Enter saves (one undoable edit
through the Board), Escape or a click elsewhere skips: the task stays in Delegate as it is.
It is shown with `show()` and blocks nothing.

Signals (from FormDialog):
    saved(TaskEdit): the task with the person and the follow-up date.
"""

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCompleter, QDialogButtonBox, QLineEdit, QWidget

from app.model.parsing import parse_date, parse_delegate
from app.model.quadrant import Quadrant
from app.model.task import Task, TaskEdit
from app.model.urgency import next_follow_up
from app.ui.board import Board
from app.ui.matrix.matrix_widget import MatrixWidget
from app.ui.matrix.typed_words import date_for_parser, date_hint
from app.ui.shell.form_dialog import FormDialog, checked
from app.ui.translation import translate


class DelegatePopup(FormDialog):
    def __init__(
        self, task: Task, delegates: Sequence[str], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            "delegate-popup",
            translate("DelegatePopup", "Delegate"),
            parent,
            intro=translate("DelegatePopup", "Who will do “{title}”?").format(title=task.title),
            save=QDialogButtonBox.StandardButton.Save,
        )
        self.setWindowFlag(Qt.WindowType.Popup)
        buttons = self.findChild(QDialogButtonBox)
        if buttons is not None:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
                translate("DelegatePopup", "Skip")
            )
        self.task = task
        self._today = today
        self.person = QLineEdit(task.delegate or "")
        self.person.setObjectName("delegate-person")
        self.person.setAccessibleName(translate("DelegatePopup", "Delegate to"))
        self.person.setPlaceholderText(translate("DelegatePopup", "Who will do it?"))
        # The question shows whole, in any language, with room for the cursor.
        hint = self.person.fontMetrics().horizontalAdvance(self.person.placeholderText())
        self.person.setMinimumWidth(hint + 4 * self.person.fontMetrics().averageCharWidth())
        completer = QCompleter(list(delegates), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.person.setCompleter(completer)
        self.follow_up = QLineEdit((task.follow_up or next_follow_up(today)).isoformat())
        self.follow_up.setObjectName("delegate-follow-up")
        self.follow_up.setAccessibleName(translate("DelegatePopup", "Follow up"))
        self.follow_up.setPlaceholderText(date_hint())
        self.form.addRow(translate("DelegatePopup", "&To"), self.person)
        self.form.addRow(translate("DelegatePopup", "&Follow up"), self.follow_up)

    def edit(self) -> TaskEdit:
        task = self.task
        return TaskEdit(
            title=task.title,
            notes=task.notes,
            due=task.due,
            estimate=task.estimate,
            delegate=checked(
                translate("DelegatePopup", "To"),
                self.person,
                lambda: parse_delegate(self.person.text()),
            ),
            follow_up=checked(
                self.follow_up.accessibleName(),
                self.follow_up,
                lambda: parse_date(date_for_parser(self.follow_up.text()), self._today),
            ),
            tags=task.tags,
        )


def open_delegate_popup(
    board: Board, task: Task, delegates: Sequence[str], at: QPoint, parent: QWidget
) -> DelegatePopup:
    """Show the popup at `at` (global, beside the card); saving edits the task."""
    popup = DelegatePopup(task, delegates, date.today(), parent)
    popup.saved.connect(lambda edit: board.edit(task.id, edit))
    popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    popup.adjustSize()
    popup.move(at)
    popup.show()
    return popup


def ask_beside_card(
    board: Board, matrix: MatrixWidget, ids: list[int], parent: QWidget
) -> DelegatePopup | None:
    """Ask about a task the user just moved into Delegate (several at once: nothing is asked)."""
    task = matrix.task(ids[0]) if len(ids) == 1 else None
    corner = matrix.views[Quadrant.DELEGATE].card_corner(ids[0])
    if task is None or corner is None:
        return None
    delegates = board.read(lambda services: services.tasks.delegates()) or []
    return open_delegate_popup(board, task, delegates, corner, parent)
