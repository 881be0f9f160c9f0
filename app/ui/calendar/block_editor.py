"""BlockEditor: the dialog that edits a time block's title, kind, notes and linked task.

The times are changed by dragging in the calendar (or with the arrow keys); the dialog shows
them. Open it with `open()`; `saved` carries the validated `BlockEdit`, and bad input is named
under the form with the dialog left open.

`open_block_editor` opens it on a block of the calendar, saving through the Board.

Signals:
    saved(BlockEdit): the user saved valid changes.
"""

from collections.abc import Callable, Sequence
from datetime import tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.model.block import BlockEdit, BlockKind, TimeBlock
from app.model.parsing import parse_notes, parse_title
from app.model.repeats import Scope
from app.model.task import Task
from app.ui.board import Board
from app.ui.calendar import series_edits
from app.ui.calendar.block_painter import time_range
from app.ui.calendar.repeat_field import RepeatField
from app.ui.local_dates import day_text_with_year
from app.ui.shell import theme
from app.ui.shell.form_dialog import FormDialog, checked
from app.ui.translation import translate

if TYPE_CHECKING:
    from app.ui.calendar.week_calendar import WeekCalendar

TASK_CHOICE_LIMIT = 80  # characters of a task's title in the task list
WIDTH = 460  # pixels, at least


class BlockEditor(FormDialog):
    def __init__(
        self,
        block: TimeBlock,
        tasks: Sequence[Task],
        zone: tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        """`tasks`: the tasks the block can be linked to (its own linked task among them)."""
        super().__init__("block-editor", translate("BlockEditor", "Edit Block"), parent)
        self.setMinimumWidth(WIDTH)
        self.block = block
        start = block.start.astimezone(zone)
        self.when = QLabel(f"{day_text_with_year(start.date())}, {time_range(block, zone)}")
        self.when.setProperty("role", "subtitle")
        self.title = QLineEdit(block.title)
        self.title.setObjectName("title")
        self.title.setAccessibleName(translate("BlockEditor", "Title"))
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.setAccessibleName(translate("BlockEditor", "Kind"))
        self.kind.view().setAccessibleName(translate("BlockEditor", "Kinds"))
        for kind in BlockKind:
            self.kind.addItem(theme.kind_name(kind), kind)
        self.kind.setCurrentIndex(list(BlockKind).index(block.kind))
        self.task = QComboBox()
        self.task.setObjectName("task")
        self.task.setAccessibleName(translate("BlockEditor", "Linked task"))
        self.task.view().setAccessibleName(translate("BlockEditor", "Tasks"))
        self.task.addItem(translate("BlockEditor", "No task"), None)
        for task in tasks:
            title = task.title if len(task.title) <= TASK_CHOICE_LIMIT else task.title[:79] + "…"
            self.task.addItem(f"{theme.lane_name(task.quadrant)}: {title}", task.id)
        found = self.task.findData(block.task_id) if block.task_id is not None else 0
        self.task.setCurrentIndex(max(found, 0))
        self.notes = QPlainTextEdit(block.notes)
        self.notes.setObjectName("notes")
        self.notes.setAccessibleName(translate("BlockEditor", "Notes"))
        self.notes.setTabChangesFocus(True)
        # An occurrence changed on its own does not know its series' rule: no repeat field.
        self.repeat: RepeatField | None = None
        if block.repeat is not None or not block.is_occurrence:
            self.repeat = RepeatField(block.repeat, block.start, zone)
        self.chosen_rule = block.repeat

        form = self.form
        form.addRow(translate("BlockEditor", "When"), self.when)
        form.addRow(translate("BlockEditor", "&Title"), self.title)
        form.addRow(translate("BlockEditor", "&Kind"), self.kind)
        form.addRow(translate("BlockEditor", "Task"), self.task)
        form.addRow(translate("BlockEditor", "&Notes"), self.notes)
        if self.repeat is not None:
            form.addRow(translate("BlockEditor", "&Repeat"), self.repeat)
            self.repeat.choice.currentIndexChanged.connect(self._fit)
            self._fit()

    def _fit(self) -> None:
        """As wide as the repeat field needs ("every 1 week(s) on Mo Tu We …"): the dialog
        grows rather than squeezing the names of the fields."""
        self.setMinimumWidth(max(WIDTH, self.minimumSizeHint().width()))

    def edit(self) -> BlockEdit:
        """The form as a BlockEdit (the repeat rule chosen in `chosen_rule`); raises
        InvalidInput naming (and focusing) the bad field."""
        if self.repeat is not None:
            repeat = self.repeat
            self.chosen_rule = checked(
                translate("BlockEditor", "Repeat"), repeat.choice, repeat.rule
            )
        return BlockEdit(
            title=checked(
                self.title.accessibleName(),
                self.title,
                lambda: parse_title(self.title.text(), "block"),
            ),
            kind=self.kind.currentData(),
            notes=checked(
                self.notes.accessibleName(),
                self.notes,
                lambda: parse_notes(self.notes.toPlainText()),
            ),
            task_id=self.task.currentData(),
        )


def open_block_editor(
    board: Board,
    calendar: "WeekCalendar",
    block_id: int,
    tasks: list[Task],
    parent: QWidget,
    problem: Callable[[str], None],
) -> BlockEditor | None:
    """Open the editor of a block the calendar shows, offering `tasks` (the lanes' tasks; the
    one it is linked to comes first if it is not among them) to link it to."""
    block = calendar.model.block(block_id)
    if block is None:
        problem(translate("BlockEditor", "That block no longer exists."))
        return None
    linked = calendar.task(block.task_id) if block.task_id is not None else None
    if linked is not None and linked not in tasks:
        tasks.insert(0, linked)
    return _open(board, block, tasks, calendar.week.zone, parent)


def _open(
    board: Board, block: TimeBlock, tasks: list[Task], zone: tzinfo, parent: QWidget
) -> BlockEditor:
    """The editor on `block`; if its edit cannot be saved, it opens again with what was typed."""
    editor = BlockEditor(block, tasks, zone, parent)

    def save(edit: BlockEdit) -> None:
        rule = editor.chosen_rule
        typed = block._replace(
            title=edit.title, kind=edit.kind, notes=edit.notes, task_id=edit.task_id, repeat=rule
        )
        refused = lambda: _open(board, typed, tasks, zone, parent)  # noqa: E731
        if not block.is_occurrence:
            series_edits.edit(board, block, edit, rule, zone, None, refused)
            return
        changed = rule != block.repeat

        def chosen(scope: Scope) -> None:
            series_edits.edit(board, block, edit, rule, zone, scope, refused, changed)

        series_edits.ask_scope(parent, "Change", block, chosen, this_one=not changed)

    editor.saved.connect(save)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.open()
    return editor
