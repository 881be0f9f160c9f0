"""What the mouse and keys do to blocks on the week grid: drag over empty time to draw a block
(then type its title), drag a block to move it (to another day too), drag its top or bottom
edge to resize it; arrows move the selected block, Shift+Up/Down resize it, Delete deletes it.

A gesture changes nothing until the mouse is released, so a whole drag is one undo step; until
then the canvas draws where the block would go.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QHelpEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QToolTip

from app.model.block import BLOCK_MAX, BlockDraft, TimeBlock
from app.model.errors import InvalidInput
from app.model.parsing import parse_title
from app.model.week import MINUTES_PER_DAY, local_instant, wall_minutes
from app.model.week_layout import (
    SNAP_MINUTES,
    Placed,
    Span,
    drawn_span,
    moved_span,
    moved_start,
    resized_span,
    snap,
)
from app.ui.board import Board, sentence
from app.ui.calendar import series_edits
from app.ui.calendar.week_drawing import GUTTER, draft_block, preview_rects
from app.ui.translation import translate

if TYPE_CHECKING:
    from app.ui.calendar.week_canvas import WeekCanvas

Hit = tuple[str, Placed, TimeBlock]  # "move", "top" or "bottom", the piece, its block


@dataclass
class _Gesture:
    kind: str  # "create", "move", "top" or "bottom"
    press: QPointF
    day: int
    minutes: float
    placed: Placed | None = None
    block: TimeBlock | None = None
    started: bool = False
    span: tuple[datetime, datetime] | None = None  # where it puts the block now


class BlockGestures:
    """The gesture going on over the canvas, and the title field of a block being drawn."""

    def __init__(self, canvas: "WeekCanvas", board: Board) -> None:
        self._canvas = canvas
        self._board = board
        self._gesture: _Gesture | None = None
        self._title_editor: QLineEdit | None = None
        self._pending: tuple[datetime, datetime] | None = None

    def previews(self) -> list[TimeBlock]:
        """Where the gesture going on puts its block, or the block being titled."""
        gesture = self._gesture
        if gesture is not None and gesture.started and gesture.span is not None:
            start, end = gesture.span
            if gesture.block is not None:
                return [gesture.block._replace(start=start, end=end)]
            return [draft_block(start, end, translate("WeekGrid", "New block"))]
        if self._pending is not None:
            return [draft_block(*self._pending, "")]
        return []

    def moving(self) -> int | None:
        """The id of the block being dragged (drawn faded where it was)."""
        gesture = self._gesture
        return gesture.block.id if gesture and gesture.started and gesture.block else None

    def cancel(self) -> None:
        """Forget a drag going on and a block being titled."""
        self._gesture = None
        self._close_title_editor()

    # -- mouse ------------------------------------------------------------------------------------

    def press(self, event: QMouseEvent) -> bool:
        """False if the press is not ours (not the left button, or a title is being typed)."""
        if event.button() != Qt.MouseButton.LeftButton or self._pending is not None:
            return False
        canvas = self._canvas
        point = event.position()
        canvas.setFocus(Qt.FocusReason.MouseFocusReason)
        grid = canvas.grid()
        day, minutes = grid.day_at(point.x()), grid.minutes_at(point.y())
        hit = canvas.hit(point)
        if hit is not None:
            kind, placed, block = hit
            canvas.select(block.id)
            self._gesture = _Gesture(kind, point, day, minutes, placed, block)
        elif point.x() >= GUTTER:
            canvas.select(None)
            self._gesture = _Gesture("create", point, day, minutes)
        return True

    def move(self, event: QMouseEvent) -> None:
        canvas = self._canvas
        point = event.position()
        gesture = self._gesture
        if gesture is None:
            self._set_cursor(canvas.hit(point))
            return
        if not gesture.started:
            if (point - gesture.press).manhattanLength() < QApplication.startDragDistance():
                return
            gesture.started = True
        before = canvas.previews()
        gesture.span = self._gesture_span(gesture, point)
        canvas.update_previews(before)
        canvas.follow(point)

    def release(self) -> None:
        gesture, self._gesture = self._gesture, None
        if gesture is None or not gesture.started or gesture.span is None:
            self._canvas.update()
            return
        start, end = gesture.span
        if gesture.kind == "create":
            self._ask_title(start, end)
        elif gesture.block is not None:
            moving = gesture.kind == "move"
            text = translate("Undo", "Move Block") if moving else translate("Undo", "Resize Block")
            if (start, end) != (gesture.block.start, gesture.block.end):
                series_edits.change_span(self._board, gesture.block, start, end, text)
        self._canvas.update()

    def double_click(self, event: QMouseEvent) -> None:
        """On a block: edit it. On empty time: draw an hour there and ask its title."""
        canvas = self._canvas
        hit = canvas.hit(event.position())
        if hit is not None:
            canvas.editRequested.emit(hit[2].id)
            return
        point = event.position()
        if point.x() < GUTTER:
            return
        grid = canvas.grid()
        span = moved_span(grid.day_at(point.x()), grid.minutes_at(point.y()) - 30, 60)
        self._gesture = None
        self._ask_title(*span.instants(canvas.week))

    def tooltip(self, event: QHelpEvent) -> None:
        """A block's tooltip: its title in full, times, kind and notes (a narrow block shows
        little of them)."""
        canvas = self._canvas
        hit = canvas.hit(QPointF(event.pos()))
        if hit is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPos(), canvas.model.describe(hit[2]), canvas)

    def context_menu(self, event: QContextMenuEvent) -> None:
        """Right-clicking a block offers what Enter and Delete do."""
        canvas = self._canvas
        hit = canvas.hit(QPointF(event.pos()))
        if hit is None:
            return
        block = hit[2]
        canvas.select(block.id)
        menu = QMenu(canvas)
        menu.setObjectName("block-menu")
        edit_text = translate("WeekGrid", "&Edit Block…")
        menu.addAction(edit_text, lambda: canvas.editRequested.emit(block.id))
        menu.addSeparator()
        menu.addAction(translate("WeekGrid", "&Delete Block"), lambda: self._delete(block))
        menu.popup(event.globalPos())

    def _set_cursor(self, hit: Hit | None) -> None:
        canvas = self._canvas
        if hit is None:
            canvas.unsetCursor()
        elif hit[0] in ("top", "bottom"):
            canvas.setCursor(Qt.CursorShape.SizeVerCursor)
        else:
            canvas.setCursor(Qt.CursorShape.OpenHandCursor)

    def _gesture_span(self, gesture: _Gesture, point: QPointF) -> tuple[datetime, datetime]:
        """Where the gesture puts the block with the pointer at `point`."""
        grid, week = self._canvas.grid(), self._canvas.week
        minutes = grid.minutes_at(point.y())
        if gesture.kind == "create":
            return drawn_span(gesture.day, gesture.minutes, minutes).instants(week)
        block, placed = gesture.block, gesture.placed
        assert block is not None
        assert placed is not None
        if gesture.kind == "move":
            days = grid.day_at(point.x()) - gesture.day
            return self._moved(block, days * MINUTES_PER_DAY + minutes - gesture.minutes)
        segment = placed.segment
        span = Span(segment.day, int(segment.top), int(segment.bottom))
        resized = resized_span(span, gesture.kind, minutes)
        on = week.days[segment.day]
        if gesture.kind == "top":
            return local_instant(on, resized.top, week.zone), block.end
        return block.start, local_instant(on, resized.bottom, week.zone)

    # -- creating a block: type its title ------------------------------------------------------

    def _ask_title(self, start: datetime, end: datetime) -> None:
        canvas = self._canvas
        self._pending = (start, end)
        editor = _TitleField(canvas)
        editor.setObjectName("new-block-title")
        editor.setAccessibleName(translate("WeekGrid", "Title of the new block"))
        rect = preview_rects(draft_block(start, end, ""), canvas.grid(), canvas.week)[0][0]
        # Within the day's column, never over the next day's blocks.
        width = round(rect.width())
        hint = translate("WeekGrid", "Title, then Enter")
        fits = editor.fontMetrics().horizontalAdvance(hint) + 16 <= width
        editor.setPlaceholderText(hint if fits else translate("WeekGrid", "Title"))
        editor.setGeometry(round(rect.left()), round(rect.top()), width, editor.sizeHint().height())
        editor.submitted.connect(self._create_from_title)
        editor.cancelled.connect(self.cancel_new_block)
        editor.editingFinished.connect(self._title_left)
        self._title_editor = editor
        editor.show()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        canvas.update()

    def _create_from_title(self) -> None:
        editor, pending = self._title_editor, self._pending
        if editor is None or pending is None:
            return
        try:
            title = parse_title(editor.text(), "block")
        except InvalidInput as error:
            self._canvas.message.emit(sentence(error))
            return
        self._close_title_editor()
        ids = self._board.add_blocks([BlockDraft(*pending, title=title)])
        if ids:
            self._canvas.select(ids[0])

    def _title_left(self) -> None:
        """Focus went elsewhere in the window: a typed title is kept (the block is made), an
        empty one is not. Switching to another window or opening a menu leaves it open."""
        editor = self._title_editor
        if editor is None or editor.hasFocus():
            return
        if not self._canvas.window().isActiveWindow():
            return
        if QApplication.activePopupWidget() is not None:
            return
        if editor.text().strip():
            self._create_from_title()
        else:
            self.cancel_new_block()

    def cancel_new_block(self) -> None:
        self._close_title_editor()

    def _close_title_editor(self) -> None:
        """Remove the title field and give the focus back to the grid (not to whatever comes
        next in the window, where Ctrl+Z would undo typing rather than the new block)."""
        editor, self._title_editor, self._pending = self._title_editor, None, None
        if editor is not None:
            editor.blockSignals(True)  # no editingFinished from losing the focus now
            if editor.hasFocus():
                self._canvas.setFocus(Qt.FocusReason.OtherFocusReason)
            editor.hide()
            editor.deleteLater()
        self._canvas.update()

    # -- keyboard ---------------------------------------------------------------------------------

    def key(self, event: QKeyEvent) -> bool:
        """Escape, and the keys for the selected block; False if the key is not ours."""
        canvas = self._canvas
        key, modifiers = event.key(), event.modifiers()
        if key == Qt.Key.Key_Escape:
            if self._title_editor is not None:
                self.cancel_new_block()
            elif self._gesture is not None:
                self._gesture = None
                canvas.update()
            else:
                canvas.select(None)
            return True
        block = canvas.model.block(canvas.selected) if canvas.selected is not None else None
        if block is None:
            return False
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._delete(block)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            canvas.editRequested.emit(block.id)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._nudge(block, key, bool(modifiers & Qt.KeyboardModifier.ShiftModifier))
        else:
            return False
        return True

    def _moved(self, block: TimeBlock, by: float) -> tuple[datetime, datetime]:
        """The block moved `by` wall-clock minutes (snapped, kept in the week). It keeps its
        real length: one that crosses midnight still does, and on a daylight-saving night it
        lasts as long as before."""
        week = self._canvas.week
        start = moved_start(wall_minutes(block.start, week.first_day, week.zone), by)
        start_at = local_instant(week.first_day, start, week.zone)
        return start_at, start_at + (block.end - block.start)

    def _nudge(self, block: TimeBlock, key: int, resize: bool) -> None:
        """Arrow keys move the selected block 15 minutes or a day; Shift+Up/Down makes it
        15 minutes shorter or longer."""
        step = {Qt.Key.Key_Up: -SNAP_MINUTES, Qt.Key.Key_Down: SNAP_MINUTES}.get(Qt.Key(key), 0)
        days = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(key), 0)
        week = self._canvas.week
        if resize:
            if not step:
                return
            end = snap(wall_minutes(block.end, week.first_day, week.zone) + step)
            end_at = local_instant(week.first_day, end, week.zone)
            shortest = block.start + timedelta(minutes=SNAP_MINUTES)
            start_at, end_at = block.start, max(end_at, shortest)
            if end_at - start_at > BLOCK_MAX:
                return
            text = translate("Undo", "Resize Block")
        else:
            start_at, end_at = self._moved(block, step + days * MINUTES_PER_DAY)
            text = translate("Undo", "Move Block")
        if (start_at, end_at) != (block.start, block.end):
            series_edits.change_span(self._board, block, start_at, end_at, text)

    def _delete(self, block: TimeBlock) -> None:
        """Delete the block; for an occurrence of a repeating block, ask which ones first."""
        if block.is_occurrence:
            series_edits.ask_scope(self._canvas, "Delete", block, lambda scope: self._deleted(
                series_edits.delete(self._board, block, scope)))  # fmt: skip
        else:
            self._deleted(self._board.delete_blocks([block.id]))

    def _deleted(self, done: bool) -> None:
        if done:
            self._canvas.selected = None
            self._canvas.message.emit(translate("WeekGrid", "Block deleted. Undo brings it back."))


class _TitleField(QLineEdit):
    """The title of a block being created. Enter and Escape stop here: QLineEdit would pass
    them on to the grid, where Enter opens the selected block's editor.

    Signals: submitted(), cancelled().
    """

    submitted = Signal()
    cancelled = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)
