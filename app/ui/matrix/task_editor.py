"""TaskEditor: the dialog that edits one task's title, notes, dates, estimate, delegate, tags
and how it repeats.

`open_task_editor` reads the task through the Board and opens the dialog with `open()`; when
the user saves, `saved` carries the validated `TaskEdit`. Bad input is named under the form and
the dialog stays open, so nothing typed is lost.

A suggested move (see `app.model.urgency`) is said above the fields, with its reason. Giving
an Inbox task a person to delegate it to offers to move it into Delegate (`offer_to_delegate`).

Signals:
    saved(TaskEdit): the user saved valid changes.
"""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from app.model.parsing import (
    format_estimate,
    parse_date,
    parse_delegate,
    parse_estimate,
    parse_notes,
    parse_tags,
    parse_title,
)
from app.model.quadrant import Quadrant
from app.model.task import Task, TaskEdit
from app.model.task_repeats import parse_task_repeat, repeat_as_typed
from app.model.urgency import Suggestion
from app.ui.board import Board
from app.ui.matrix.lane_model import suggestion_sentence
from app.ui.matrix.typed_words import (
    date_for_parser,
    date_hint,
    repeat_as_shown,
    repeat_for_parser,
    repeat_hint,
)
from app.ui.shell.form_dialog import FormDialog, checked
from app.ui.shell.theme import lane_name
from app.ui.translation import translate

# Examples of what the fields read: the parser reads these English words in every language.


class TaskEditor(FormDialog):
    def __init__(
        self,
        task: Task,
        delegates: list[str],
        parent: QWidget | None = None,
        suggested: Suggestion | None = None,
    ) -> None:
        super().__init__("task-editor", translate("TaskEditor", "Edit Task"), parent)
        self.setMinimumWidth(480)
        self.task = task
        self.title = self._line(
            "title",
            translate("TaskEditor", "Title"),
            task.title,
            translate("TaskEditor", "What needs doing?"),
        )
        self.due = self._line(
            "due",
            translate("TaskEditor", "Due"),
            task.due.isoformat() if task.due else "",
            date_hint(),
        )
        self.estimate = self._line(
            "estimate",
            translate("TaskEditor", "Estimate"),
            format_estimate(task.estimate).replace(" ", "") if task.estimate else "",
            translate("TaskEditor", "45m, 2h, 1h30m"),
        )
        self.delegate = self._line(
            "delegate",
            translate("TaskEditor", "Delegate"),
            task.delegate or "",
            translate("TaskEditor", "Who will do it?"),
        )
        completer = QCompleter(delegates, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.delegate.setCompleter(completer)
        self.follow_up = self._line(
            "follow-up",
            translate("TaskEditor", "Follow up"),
            task.follow_up.isoformat() if task.follow_up else "",
            date_hint(),
        )
        self.tags = self._line(
            "tags",
            translate("TaskEditor", "Tags"),
            ", ".join(task.tags),
            translate("TaskEditor", "comma or space separated"),
        )
        self.repeat = self._line(
            "repeat",
            translate("TaskEditor", "Repeat"),
            repeat_as_shown(repeat_as_typed(task.repeat)) if task.repeat else "",
            repeat_hint(),
        )
        self.notes = QPlainTextEdit(task.notes)
        self.notes.setObjectName("notes")
        self.notes.setAccessibleName(translate("TaskEditor", "Notes"))
        self.notes.setTabChangesFocus(True)

        form = self.form
        if suggested is not None:
            sentence = suggestion_sentence(suggested)
            self.suggestion = QLabel(sentence[:1].upper() + sentence[1:] + ".")
            self.suggestion.setObjectName("suggestion")
            self.suggestion.setWordWrap(True)
            form.addRow(translate("TaskEditor", "Suggestion"), self.suggestion)
        form.addRow(translate("TaskEditor", "&Title"), self.title)
        form.addRow(translate("TaskEditor", "&Due"), self.due)
        form.addRow(translate("TaskEditor", "&Estimate"), self.estimate)
        form.addRow(translate("TaskEditor", "De&legate to"), self.delegate)
        form.addRow(translate("TaskEditor", "&Follow up"), self.follow_up)
        form.addRow(translate("TaskEditor", "T&ags"), self.tags)
        form.addRow(translate("TaskEditor", "&Repeat"), self.repeat)
        form.addRow(translate("TaskEditor", "&Notes"), self.notes)

    def _line(self, name: str, said: str, text: str, placeholder: str) -> QLineEdit:
        line = QLineEdit(text)
        line.setObjectName(name)
        line.setAccessibleName(said)
        line.setPlaceholderText(placeholder)
        return line

    def edit(self, today: date | None = None) -> TaskEdit:
        """The form as a TaskEdit; raises InvalidInput naming (and focusing) the first bad field."""
        day = today or date.today()
        return TaskEdit(
            title=checked(
                self.title.accessibleName(), self.title, lambda: parse_title(self.title.text())
            ),
            notes=checked(
                self.notes.accessibleName(),
                self.notes,
                lambda: parse_notes(self.notes.toPlainText()),
            ),
            due=checked(
                self.due.accessibleName(),
                self.due,
                lambda: parse_date(date_for_parser(self.due.text()), day),
            ),
            estimate=checked(
                self.estimate.accessibleName(),
                self.estimate,
                lambda: parse_estimate(self.estimate.text()),
            ),
            delegate=checked(
                self.delegate.accessibleName(),
                self.delegate,
                lambda: parse_delegate(self.delegate.text()),
            ),
            follow_up=checked(
                self.follow_up.accessibleName(),
                self.follow_up,
                lambda: parse_date(date_for_parser(self.follow_up.text()), day),
            ),
            tags=checked(
                self.tags.accessibleName(), self.tags, lambda: parse_tags([self.tags.text()])
            ),
            repeat=checked(self.repeat.accessibleName(), self.repeat, lambda: self._repeat(day)),
            sets_repeat=True,
        )

    def _repeat(self, today: date) -> str | None:
        text = self.repeat.text().strip()
        if not text:
            return None
        start = parse_date(date_for_parser(self.due.text()), today) or today
        return parse_task_repeat(repeat_for_parser(text), start)


def open_task_editor(
    board: Board,
    task_id: int,
    parent: QWidget,
    problem: Callable[[str], None],
    suggested: Suggestion | None = None,
) -> TaskEditor | None:
    """Read the task (and the people tasks went to) through the Board and open its editor;
    saving edits it. None, and `problem` told why, if the task cannot be read."""
    found = board.read(lambda services: services.tasks.get([task_id]))
    if found is None:
        return None
    task = found.get(task_id)
    if task is None:
        problem(translate("TaskEditor", "That task no longer exists."))
        return None
    delegates = board.read(lambda services: services.tasks.delegates()) or []
    return _open(board, task, delegates, parent, suggested)


def _open(
    board: Board,
    task: Task,
    delegates: list[str],
    parent: QWidget,
    suggested: Suggestion | None = None,
) -> TaskEditor:
    """The editor on `task`; if its edit cannot be saved, it opens again with what was typed."""
    editor = TaskEditor(task, delegates, parent, suggested)
    editor.saved.connect(lambda edit: saved(board, task, edit, parent, delegates))
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.open()
    return editor


def saved(
    board: Board, task: Task, edit: TaskEdit, parent: QWidget, delegates: list[str] | None = None
) -> None:
    """Edit the task; an Inbox task given a person for the first time: offer Delegate. If the
    edit cannot be saved, the editor opens again with what was typed."""
    typed = task._replace(
        title=edit.title, notes=edit.notes, due=edit.due, estimate=edit.estimate,
        delegate=edit.delegate, follow_up=edit.follow_up, tags=edit.tags, repeat=edit.repeat,
    )  # fmt: skip
    reopen = lambda: _open(board, typed, delegates or [], parent)  # noqa: E731
    newly_given = task.quadrant is Quadrant.INBOX and edit.delegate and not task.delegate
    if board.edit(task.id, edit, refused=reopen) and newly_given and edit.delegate:
        offer_to_delegate(board, task, edit.delegate, parent)


def offer_to_delegate(board: Board, task: Task, person: str, parent: QWidget) -> QMessageBox:
    """Ask whether an Inbox task just given to `person` should move into Delegate."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("TaskEditor", "Move to {lane}?").format(lane=lane_name(Quadrant.DELEGATE)),
        translate("TaskEditor", "“{title}” goes to {person}. Move it to {lane}?").format(
            title=task.title, person=person, lane=lane_name(Quadrant.DELEGATE)
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName("offer-delegate")
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    yes = box.button(QMessageBox.StandardButton.Yes)
    box.buttonClicked.connect(
        lambda button: button is yes and board.move([task.id], Quadrant.DELEGATE)
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
