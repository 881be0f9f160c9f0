"""Find: the filter field (Ctrl+F) that narrows every lane as one types, and fades the week's
blocks that do not match; Escape clears it and puts it away.

It reads the same filter language as `quadrant list --search` (`app.model.task_filter`) and
applies it to the rows the lanes already hold: typing never reads the data file.

Signals:
    problem(str): the text asks for something the filter does not know (`due:soon`).
"""

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from app.model.block import TimeBlock
from app.model.errors import InvalidInput
from app.model.task import Task
from app.model.task_filter import TaskFilter, TaskSearch
from app.model.week import local_zone, week_of
from app.ui.calendar.week_canvas import WeekCanvas
from app.ui.matrix.matrix_widget import MatrixWidget
from app.ui.translation import in_words, translate


class FindField(QLineEdit):
    """Signals: cleared(): Escape was pressed (the field is emptied and hidden)."""

    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search")
        self.setAccessibleName(translate("Find", "Filter tasks"))
        self.setPlaceholderText(
            translate("Find", "Filter: words, #tag, @person, due:week, is:done — Esc clears")
        )
        self.setAccessibleDescription(self.placeholderText())  # a reader may not say it
        self.setClearButtonEnabled(True)
        self.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cleared.emit()
            return
        super().keyPressEvent(event)


class Find(QObject):
    problem = Signal(str)

    def __init__(self, field: FindField, matrix: MatrixWidget, canvas: WeekCanvas) -> None:
        super().__init__(field)
        self.field = field
        self._matrix = matrix
        self._canvas = canvas
        field.textChanged.connect(self.apply)
        field.cleared.connect(self.stop)

    def start(self) -> None:
        """Edit ▸ Find: show the field, ready to type over what it holds."""
        self.field.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def stop(self) -> None:
        self.field.clear()
        self.field.hide()
        self._matrix.setFocus(Qt.FocusReason.OtherFocusReason)
        self._matrix.focus_current_lane()

    def apply(self, text: str) -> None:
        """Narrow the lanes and fade the blocks to what `text` asks for."""
        try:
            wanted = TaskFilter.parse(text)
        except InvalidInput as error:
            self.problem.emit(translate("Find", "Filter: {error}.").format(error=in_words(error)))
            return
        if wanted.is_empty:
            self._matrix.set_filter(None)
            self._canvas.set_faded(None)
            return
        zone = local_zone()
        today = datetime.now(UTC).astimezone(zone).date()
        search = TaskSearch(wanted, today, week_of(today, zone).days[-1], self._matrix.show_done())
        self._matrix.set_filter(search)
        self._canvas.set_faded(_faded(search))


def _faded(search: TaskSearch) -> Callable[[TimeBlock, Task | None], bool]:
    """A block is faded unless its task matches; a block of no task, unless its title has the
    words (and the filter asks for nothing but words)."""
    words = search.wanted.words
    words_only = search.wanted == TaskFilter(words)

    def faded(block: TimeBlock, task: Task | None) -> bool:
        if task is not None:
            return not search.matches(task)
        title = block.title.casefold()
        return not (words_only and all(word in title for word in words))

    return faded
