"""The Weekly Review window (View ▸ Weekly Review): the figures of `app.model.review` for the
week the calendar shows, and a button that drafts the status update.

It reads through `Board.read`, so a file that cannot be read ends in the window's usual
message. It follows the calendar to other weeks, and reads again when tasks or blocks change
while it is open. Non-modal: it opens with `show()`.
"""

from collections.abc import Callable
from datetime import date, datetime
from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.model.quadrant import Quadrant
from app.model.review import review_for
from app.model.review_figures import WeeklyReview, hours_text, short_date
from app.model.week import Week
from app.ui.board import Board
from app.ui.review.charts import TimeBar, TrendChart, category_colour

Today = Callable[[], date]


def _today() -> date:
    return datetime.now().astimezone().date()


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


def _text(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ReviewWindow(QDialog):
    def __init__(
        self,
        board: Board,
        week: Callable[[], Week],
        parent: QWidget | None = None,
        today: Today = _today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("weekly-review")
        self.setAccessibleName("Weekly review")
        self.setWindowTitle("Weekly Review")
        self.setModal(False)
        self._board, self._week, self._today = board, week, today
        self.review: WeeklyReview | None = None
        self._draft: QDialog | None = None

        self.title = _heading("")
        self.title.setObjectName("review-title")
        self.draft_button = QPushButton("Draft Status &Update…")
        self.draft_button.setObjectName("draft-status")
        self.draft_button.clicked.connect(self.open_draft)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.draft_button)

        self.time_bar = TimeBar()
        self.legend = _text("review-legend")
        self.share = QLabel()
        self.share.setObjectName("review-share")
        big = QFont(self.share.font())
        big.setPointSizeF(big.pointSizeF() * 2)
        big.setBold(True)
        self.share.setFont(big)
        self.sentence = _text("review-sentence")
        self.capacity = _text("review-capacity")
        self.unestimated = _text("review-unestimated")
        self.done_label = _text("review-done")
        self.delegated = _text("review-delegated")
        self.trend = TrendChart()
        self.trend_caption = _text("review-trend-caption")
        self.note = _text("review-note")
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted, in any theme

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(8)
        layout.addLayout(top)
        sections: list[tuple[str, list[QWidget]]] = [
            ("Where the time went", [self.time_bar, self.legend]),
            ("Reactive or proactive", [self.share, self.sentence]),
            ("Capacity for next week", [self.capacity, self.unestimated]),
            ("What got done", [self.done_label, self.delegated]),
            ("Last 8 weeks", [self.trend, self.trend_caption]),
        ]
        for heading, widgets in sections:
            layout.addSpacing(6)
            layout.addWidget(_heading(heading))
            for widget in widgets:
                layout.addWidget(widget)
        layout.addWidget(self.note)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName("Weekly review")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.resize(620, 760)

        board.tasksChanged.connect(self.reload)
        board.blocksChanged.connect(self.reload)

    def reload(self, *_changed: object) -> None:
        """Read the review of the week on show again (nothing, while the window is hidden)."""
        if not self.isVisible() and self.review is not None:
            self.review = None  # read when shown again
            return
        week, today = self._week(), self._today()
        review = self._board.read(lambda services: review_for(services, week, today))
        if review is not None:
            self.show_review(review)

    def showEvent(self, event: QShowEvent) -> None:
        if self.review is None or self.review.week != self._week():
            self.reload()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """The colour scheme changed: the legend's squares are written in the old colours."""
        super().changeEvent(event)
        review = getattr(self, "review", None)  # also asked while being built
        if event.type() == QEvent.Type.PaletteChange and review is not None:
            self.show_review(review)

    def show_review(self, review: WeeklyReview) -> None:
        self.review = review
        self.title.setText(f"{review.title} · {review.week.span_text()}")
        time = review.time
        self.time_bar.set_time(time)
        shown = [(c, h) for c, h in time.hours.items() if h > 0]
        self.legend.setText(
            "&nbsp;&nbsp;&nbsp; ".join(
                f'<span style="color:{category_colour(c).name()}">■</span>&nbsp;'
                f"{escape(c.label)}&nbsp;<b>{hours_text(h)}</b>"
                for c, h in shown
            )
            or "No time blocked this week."
        )
        self.legend.setAccessibleName(  # the same, without the colour squares
            ", ".join(f"{c.label} {hours_text(h)}" for c, h in shown) or self.legend.text()
        )
        share = time.reactive_share
        self.share.setText("No work time blocked" if share is None else f"{share:.0%} reactive")
        self.sentence.setText(
            f"{review.defer_comparison[:1].upper()}{review.defer_comparison[1:]}. "
            f"{hours_text(time.total)} blocked in all. Reactive: Do and Delegate work and "
            "meetings, as a share of work time; Defer work is the proactive part."
        )
        capacity = review.capacity
        self.capacity.setText(f"{capacity.week.span_text()}: {capacity.verdict}.")
        self.unestimated.setText(
            f"{capacity.unestimated_text}." if capacity.unestimated_text else ""
        )
        self.unestimated.setVisible(bool(capacity.unestimated_text))
        self.done_label.setText(_done_text(review))
        self.delegated.setText(_delegated_text(review))
        self.trend.set_trend(review.trend)
        self.trend_caption.setText(
            "Columns: hours of Defer work each week. Line: reactive share (right-hand scale)."
        )
        self.note.setText(review.history_note or "")
        self.note.setVisible(bool(review.history_note))

    def open_draft(self) -> QDialog | None:
        """Draft the status update of the week on show, in an editable, non-modal dialog."""
        from app.ui.review.status_dialog import StatusDialog

        if self.review is None:
            self.reload()
        if self.review is None:
            return None
        dialog = StatusDialog(self.review, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self._draft = dialog
        return dialog


def _done_text(review: WeeklyReview) -> str:
    if not review.done:
        return "Nothing marked done this week."
    counts = ", ".join(
        f"{n} {q.label}"
        for q, n in review.done_by_quadrant.items()
        if n and q is not Quadrant.INBOX
    )
    inbox = review.done_by_quadrant[Quadrant.INBOX]
    counts += f", {inbox} untriaged" if inbox else ""
    titles = "; ".join(item.task.title for item in review.done)
    return f"{len(review.done)} done ({counts.strip(', ')}): {titles}."


def _delegated_text(review: WeeklyReview) -> str:
    parts = []
    if review.came_back:
        back = "; ".join(
            f"{c.task.title} ({c.delegate or 'no one named'}, {c.how})" for c in review.came_back
        )
        parts.append(f"Came back from delegation: {back}.")
    if review.overdue_follow_ups:
        late = "; ".join(
            f"{w.task.title} ({w.task.delegate or 'no one named'}, due "
            f"{short_date(w.task.follow_up)})"
            for w in review.overdue_follow_ups
            if w.task.follow_up is not None
        )
        parts.append(f"Follow-ups overdue: {late}.")
    if not parts:
        parts.append("No delegated task came back, and no follow-up is overdue.")
    return " ".join(parts)
