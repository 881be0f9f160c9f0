"""LaneView: the list of cards in one lane; drag source and drop target.

Signals:
    navigate(str): the selection should leave this lane: "left", "right", "up" or "down".
    (Rows here are the rows shown: with a filter on, see `lane_filter`.)
    editRequested(int): the user asked to edit this task id (Enter or double-click).
    suggestionClicked(int, bool): a card's suggestion button was clicked: the task id, and
        True for Move (accept), False for ✕ (dismiss).
"""

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QCursor,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.model.quadrant import Quadrant
from app.model.task import Task
from app.ui.drag_payload import TASK_IDS_MIME, decode_task_ids
from app.ui.matrix.card_delegate import CardDelegate
from app.ui.matrix.lane_filter import LaneFilter
from app.ui.matrix.lane_model import LaneModel, SuggestionRole
from app.ui.matrix.suggestion_buttons import Button, hit
from app.ui.shell import theme
from app.ui.translation import QT_TRANSLATE_NOOP, translate

NO_MATCH = QT_TRANSLATE_NOOP("Lanes", "No task here matches the filter.")


# What a screen reader says about a lane besides its name: how to work it from the keyboard.
KEYS = QT_TRANSLATE_NOOP(
    "Lanes",
    "Up and Down choose a card, Left and Right go to the next lane. 1 to 4 send the selected "
    "cards to Do, Defer, Delegate or Eliminate and 0 back to the Inbox; Space marks them done, "
    "Enter edits, B blocks time in the week, Delete deletes.",
)


class LaneView(QTableView):
    navigate = Signal(str)
    editRequested = Signal(int)
    suggestionClicked = Signal(int, bool)

    def __init__(self, model: LaneModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        quadrant = model.quadrant
        self.setObjectName("inbox" if quadrant is Quadrant.INBOX else f"quadrant-{quadrant.value}")
        words = theme.lane_words(quadrant)
        self.setAccessibleName(
            words.name
            if quadrant is Quadrant.INBOX
            else translate("Lanes", "{lane}: {subtitle}").format(
                lane=words.name, subtitle=words.subtitle
            )
        )
        self.setAccessibleDescription(translate("Lanes", KEYS))
        self._lane = model
        self.filter = LaneFilter(model)
        self.setModel(self.filter)
        delegate = CardDelegate(quadrant, self)
        self._cards = delegate
        self._pressed: tuple[int, Button] | None = None  # a suggestion button held down
        self.setItemDelegate(delegate)
        # A one-column table of fixed-height rows: unlike QListView, inserting or removing a
        # card does not lay out the whole lane again, which keeps drops on long lanes quick.
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setCornerButtonEnabled(False)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(delegate.card_height(self.font()))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(False)  # we draw our own line, also below the last card
        self._drop_row: int | None = None
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._empty_hint = words.empty_hint
        self.doubleClicked.connect(self._edit_index)

    def lane(self) -> LaneModel:
        return self._lane

    def shown_count(self) -> int:
        return self.filter.rowCount()

    def task_at(self, row: int) -> Task:
        """The task in shown `row`."""
        return self.filter.task_at(row)

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.selectionModel().selectedRows())

    def selected_ids(self) -> list[int]:
        return [self.task_at(row).id for row in self.selected_rows()]

    def select_row(self, row: int) -> None:
        """Make shown `row` (clamped to what is shown) the current, only selected card."""
        count = self.shown_count()
        if count == 0:
            self.clearSelection()
            return
        self.select_ids([self.task_at(max(0, min(row, count - 1))).id])

    def select_ids(self, ids: list[int]) -> None:
        """Select exactly these cards (those shown in this lane), the first one current."""
        lane_rows = (self.lane().row_of(i) for i in ids)
        shown = (self.filter.shown_row(r) for r in lane_rows if r is not None)
        rows = [r for r in shown if r is not None]
        if not rows:
            return
        selection = self.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        first = self.filter.index(rows[0], 0)
        # not setCurrentIndex(): that reads the keyboard's modifiers and might add, not replace
        selection.setCurrentIndex(first, flags.ClearAndSelect | flags.Rows)
        for row in rows[1:]:
            selection.select(self.filter.index(row, 0), flags.Select | flags.Rows)
        self.scrollTo(first)

    def card_corner(self, task_id: int) -> QPoint | None:
        """The top right corner of the task's card on the screen (None: not shown)."""
        lane_row = self.lane().row_of(task_id)
        row = None if lane_row is None else self.filter.shown_row(lane_row)
        if row is None:
            return None
        self.scrollTo(self.filter.index(row, 0))
        rect = self.visualRect(self.filter.index(row, 0))
        return self.viewport().mapToGlobal(rect.topRight())

    # -- the suggestion buttons on the cards ----------------------------------------------------

    def suggestion_buttons(self, index: QModelIndex) -> dict[Button, QRect]:
        """The Move and ✕ buttons on the card at `index`, in viewport coordinates."""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = self.visualRect(index)
        return self._cards.buttons(option, index)

    def _button_at(self, point: QPoint) -> tuple[QModelIndex, Button] | None:
        index = self.indexAt(point)
        if not index.isValid():
            return None
        button = hit(self.suggestion_buttons(index), point)
        return None if button is None else (index, button)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        found = self._button_at(event.position().toPoint())
        if found is None or event.button() != Qt.MouseButton.LeftButton:
            self._pressed = None
            super().mousePressEvent(event)
            return
        index, button = found
        self._pressed = (index.row(), button)  # no selection change, no drag
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, self._pressed = self._pressed, None
        if pressed is None:
            super().mouseReleaseEvent(event)
            return
        found = self._button_at(event.position().toPoint())
        if found is not None and (found[0].row(), found[1]) == pressed:
            task_id = self.task_at(found[0].row()).id
            self.suggestionClicked.emit(task_id, found[1] is Button.ACCEPT)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed is not None:
            event.accept()
            return
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and index.data(SuggestionRole) is not None:
            self.viewport().update(self.visualRect(index))  # the buttons show the pointer
        super().mouseMoveEvent(event)

    # -- keyboard ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        row = self.currentIndex().row()
        last = self.shown_count() - 1
        if plain and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.navigate.emit("left" if key == Qt.Key.Key_Left else "right")
        elif plain and key == Qt.Key.Key_Up and row <= 0:
            self.navigate.emit("up")
        elif plain and key == Qt.Key.Key_Down and (row >= last or row < 0):
            if row < 0 and last >= 0:
                self.select_row(0)
            else:
                self.navigate.emit("down")
        elif plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._edit_index(self.currentIndex())
        else:
            super().keyPressEvent(event)

    def _edit_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.editRequested.emit(self.task_at(index.row()).id)

    # -- drag and drop ---------------------------------------------------------------------------

    def startDrag(self, supported_actions: Qt.DropAction) -> None:
        """Drag the selected cards' ids. The drop itself moves the tasks (through the Board), so
        unlike Qt's default nothing is removed here when the drag ends."""
        rows = self.selected_rows()
        if not rows:
            return
        drag = QDrag(self)
        drag.setMimeData(self.filter.mimeData([self.filter.index(row, 0) for row in rows]))
        card = self.visualRect(self.filter.index(rows[0], 0))
        pixmap = self.viewport().grab(card)
        if len(rows) > 1:
            _badge(pixmap, len(rows))
        drag.setPixmap(pixmap)
        pointer = self.viewport().mapFromGlobal(QCursor.pos()) - card.topLeft()
        drag.setHotSpot(
            QPoint(max(0, min(pointer.x(), card.width())), max(0, min(pointer.y(), card.height())))
        )
        drag.exec(Qt.DropAction.MoveAction)

    def drop_row(self, point: QPoint) -> int:
        """The shown row a drop at `point` goes before: the card's own row in its top half, else
        the next."""
        index = self.indexAt(point)
        if not index.isValid():
            return self.shown_count()
        rect = self.visualRect(index)
        return index.row() if point.y() < rect.center().y() else index.row() + 1

    def _from_this_window(self, event: QDropEvent) -> bool:
        """Task ids mean something only in the window (and data file) they were dragged from."""
        source = event.source()
        return isinstance(source, LaneView) and source.window() is self.window()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self._from_this_window(event):
            event.ignore()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not self._from_this_window(event):
            event.ignore()
            return
        super().dragMoveEvent(event)
        row = self.drop_row(event.position().toPoint()) if event.isAccepted() else None
        if row != self._drop_row:
            self._drop_row = row
            self.viewport().update()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        super().dragLeaveEvent(event)
        self._drop_row = None
        self.viewport().update()

    def dropEvent(self, event: QDropEvent) -> None:
        self._drop_row = None
        data = event.mimeData()
        if not data.hasFormat(TASK_IDS_MIME) or not self._from_this_window(event):
            event.ignore()
            return
        row = self.filter.lane_row(self.drop_row(event.position().toPoint()))
        if self.lane().dropMimeData(data, Qt.DropAction.MoveAction, row, 0, QModelIndex()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.select_ids(decode_task_ids(data))
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()

    def _drop_line_y(self, row: int) -> int:
        count = self.shown_count()
        if count == 0:
            return 6
        if row < count:
            return self.visualRect(self.filter.index(row, 0)).top()
        return self.visualRect(self.filter.index(count - 1, 0)).bottom() + 1

    # -- empty lane ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._drop_row is not None:  # where the dragged cards will land
            painter = QPainter(self.viewport())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = QPen(QColor(theme.shown().lane(self.lane().quadrant).accent))
            pen.setWidth(3)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            y = self._drop_line_y(self._drop_row)
            painter.drawLine(10, y, self.viewport().width() - 10, y)
            painter.end()
        if self.shown_count() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(QColor(theme.shown().muted))
            rect = self.viewport().rect().adjusted(16, 12, -16, -12)
            hint = self._empty_hint if self.lane().rowCount() == 0 else translate("Lanes", NO_MATCH)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, hint)
            painter.end()


def _badge(pixmap: QPixmap, count: int) -> None:
    """Mark a drag image with how many cards are being dragged."""
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    text = str(count)
    size = painter.fontMetrics().height() + 6
    width = max(size, painter.fontMetrics().horizontalAdvance(text) + 12)
    rect = QRect(pixmap.width() - width - 12, 4, width, size)
    colours = theme.shown()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colours.text))  # the inverse of a card: it stands out over one
    painter.drawRoundedRect(rect, size / 2, size / 2)
    painter.setPen(QColor(colours.card))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
