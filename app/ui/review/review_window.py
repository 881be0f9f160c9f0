"""The Weekly Review window (View ▸ Weekly Review): the figures of `app.model.review` for the
week the calendar shows, and a button that drafts the status update.

It reads through `Board.read`, so a file that cannot be read ends in the window's usual
message. It follows the calendar to other weeks, and reads again when tasks or blocks change
while it is open. Non-modal: it opens with `show()`.
"""

from collections.abc import Callable
from datetime import date, datetime
from html import escape

from PySide6.QtCore import QEvent, QLocale, Qt
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
from app.model.review_figures import WeeklyReview, hours_text
from app.model.week import Week
from app.ui.board import Board
from app.ui.local_dates import LOCAL_DATES, short_date, span_text
from app.ui.review.charts import TimeBar, TrendChart, category_colour
from app.ui.shell.theme import lane_name
from app.ui.translation import QT_TRANSLATE_NOOP, Counts, translate

Today = Callable[[], date]

SECTIONS = (
    QT_TRANSLATE_NOOP("Review", "Where the time went"),
    QT_TRANSLATE_NOOP("Review", "Reactive or proactive"),
    QT_TRANSLATE_NOOP("Review", "Capacity for next week"),
    QT_TRANSLATE_NOOP("Review", "What got done"),
    QT_TRANSLATE_NOOP("Review", "Last 8 weeks"),
)


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
        self.setAccessibleName(translate("Review", "Weekly review"))
        self.setWindowTitle(translate("Review", "Weekly Review"))
        self.setModal(False)
        self._board, self._week, self._today = board, week, today
        self.review: WeeklyReview | None = None
        self._draft: QDialog | None = None

        self.title = _heading("")
        self.title.setObjectName("review-title")
        self.draft_button = QPushButton(translate("Review", "Draft Status &Update…"))
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
        parts: list[list[QWidget]] = [
            [self.time_bar, self.legend],
            [self.share, self.sentence],
            [self.capacity, self.unestimated],
            [self.done_label, self.delegated],
            [self.trend, self.trend_caption],
        ]
        for heading, widgets in zip(SECTIONS, parts, strict=True):
            layout.addSpacing(6)
            layout.addWidget(_heading(translate("Review", heading)))
            for widget in widgets:
                layout.addWidget(widget)
        layout.addWidget(self.note)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName(translate("Review", "Weekly review"))
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
        title = translate("Review", "{week} · {span}")
        self.title.setText(
            title.format(week=review.title_text(translate), span=span_text(review.week))
        )
        time = review.time
        self.time_bar.set_time(time)
        shown = [
            (c.named(translate), hours_text(h, translate)) for c, h in time.hours.items() if h > 0
        ]
        colours = [category_colour(c).name() for c, h in time.hours.items() if h > 0]
        self.legend.setText(
            "&nbsp;&nbsp;&nbsp; ".join(
                f'<span style="color:{colour}">■</span>&nbsp;{escape(name)}&nbsp;<b>{hours}</b>'
                for colour, (name, hours) in zip(colours, shown, strict=True)
            )
            or translate("Review", "No time blocked this week.")
        )
        self.legend.setAccessibleName(  # the same, without the colour squares
            ", ".join(f"{name} {hours}" for name, hours in shown) or self.legend.text()
        )
        share = time.reactive_share
        if share is None:
            self.share.setText(translate("Review", "No work time blocked"))
        else:
            percent = QLocale().toString(round(share * 100))
            self.share.setText(translate("Review", "{percent}% reactive").format(percent=percent))
        comparison = review.defer_text(translate)
        self.sentence.setText(
            translate(
                "Review",
                "{comparison}. {hours} blocked in all. Reactive: Do and Delegate work and "
                "meetings, as a share of work time; Defer work is the proactive part.",
            ).format(
                comparison=comparison[:1].upper() + comparison[1:],
                hours=hours_text(time.total, translate),
            )
        )
        capacity = review.capacity
        self.capacity.setText(
            translate("Review", "{span}: {verdict}.").format(
                span=span_text(capacity.week), verdict=capacity.verdict_text(translate)
            )
        )
        missing = len(capacity.unestimated)
        self.unestimated.setText(
            Counts.tr("%n task(s) have no estimate: {names}.", "", missing).format(
                names=", ".join(task.title for task in capacity.unestimated)
            )
        )
        self.unestimated.setVisible(bool(missing))
        self.done_label.setText(_done_text(review))
        self.delegated.setText(_delegated_text(review))
        self.trend.set_trend(review.trend)
        self.trend_caption.setText(
            translate(
                "Review",
                "Columns: hours of Defer work each week. Line: reactive share (right-hand scale).",
            )
        )
        note = review.history_text(translate, LOCAL_DATES)
        self.note.setText(note or "")
        self.note.setVisible(bool(note))

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
        return translate("Review", "Nothing marked done this week.")
    counts = [
        translate("Review", "{count} {lane}").format(count=n, lane=lane_name(q))
        for q, n in review.done_by_quadrant.items()
        if n and q is not Quadrant.INBOX
    ]
    inbox = review.done_by_quadrant[Quadrant.INBOX]
    if inbox:
        counts.append(translate("Review", "{count} untriaged").format(count=inbox))
    titles = "; ".join(item.task.title for item in review.done)
    text = Counts.tr("%n done ({lanes}): {titles}.", "", len(review.done))
    return text.format(lanes=", ".join(counts), titles=titles)


def _delegated_text(review: WeeklyReview) -> str:
    parts = []
    nobody = translate("Review", "no one named")
    if review.came_back:
        back = "; ".join(
            translate("Review", "{title} ({person}, {how})").format(
                title=c.task.title,
                person=c.delegate or nobody,
                how=translate("Review", "done") if c.how == "done" else lane_name(Quadrant(c.how)),
            )
            for c in review.came_back
        )
        parts.append(translate("Review", "Came back from delegation: {tasks}.").format(tasks=back))
    if review.overdue_follow_ups:
        late = "; ".join(
            translate("Review", "{title} ({person}, due {day})").format(
                title=w.task.title,
                person=w.task.delegate or nobody,
                day=short_date(w.task.follow_up),
            )
            for w in review.overdue_follow_ups
            if w.task.follow_up is not None
        )
        parts.append(translate("Review", "Follow-ups overdue: {tasks}.").format(tasks=late))
    if not parts:
        parts.append(
            translate("Review", "No delegated task came back, and no follow-up is overdue.")
        )
    return " ".join(parts)
