"""LanePanel: one lane's coloured frame — title, what belongs there, a live count, the cards."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.ui.matrix.lane_view import LaneView
from app.ui.shell import theme
from app.ui.translation import Counts, translate


class LanePanel(QFrame):
    def __init__(self, view: LaneView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        quadrant = view.lane().quadrant
        self.setObjectName(f"lane-panel-{quadrant.value}")
        words = theme.lane_words(quadrant)
        title = QLabel(words.name)
        title.setObjectName(f"lane-title-{quadrant.value}")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        subtitle = ElidedLabel(words.subtitle)
        subtitle.setProperty("role", "subtitle")
        self.count = QLabel("0")
        self.count.setObjectName(f"lane-count-{quadrant.value}")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count.setMinimumHeight(18)
        self.count.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setToolTip(
            translate("Lanes", "Press {key} to send selected tasks here").format(key=quadrant.key)
        )

        header = QHBoxLayout()
        header.setContentsMargins(14, 10, 12, 2)
        header.setSpacing(8)
        header.addWidget(title)
        header.addWidget(subtitle, 1, Qt.AlignmentFlag.AlignBottom)
        header.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 4)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(view, 1)

        model = view.lane()
        for signal in (
            model.rowsInserted,
            model.rowsRemoved,
            model.modelReset,
            model.dataChanged,
            model.countChanged,
        ):
            signal.connect(self.update_count)
        shown = view.filter
        for signal in (
            shown.rowsInserted,
            shown.rowsRemoved,
            shown.modelReset,
            shown.layoutChanged,
        ):
            signal.connect(self.update_count)
        self.update_count()

    def update_count(self) -> None:
        count = self.view.lane().open_count()
        if self.view.filter.active:  # "3 of 12": what the filter shows of the lane
            shown = self.view.shown_count()
            self.count.setText(
                translate("Lanes", "{shown} of {count}").format(shown=shown, count=count)
            )
            self.count.setAccessibleName(
                Counts.tr("{shown} of %n open task(s) shown", "", count).format(shown=shown)
            )
            return
        self.count.setText(str(count))
        self.count.setAccessibleName(Counts.tr("%n open task(s)", "", count))


class ElidedLabel(QLabel):
    """A one-line label that gives up room gracefully: it ends in "…" rather than being cut."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setToolTip(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()), shown)
        painter.end()


class AxisLabel(QWidget):
    """A small caps label for the matrix axes; vertical ones read bottom to top."""

    def __init__(self, text: str, vertical: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text.upper()
        self._vertical = vertical
        self.setAccessibleName(text)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.85)
        font.setWeight(QFont.Weight.DemiBold)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.5)
        self.setFont(font)
        size = self.fontMetrics().height() + 8
        if vertical:
            self.setFixedWidth(size)
        else:
            self.setFixedHeight(size)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(QColor(theme.shown().muted))
        if self._vertical:
            painter.translate(0, self.height())
            painter.rotate(-90)
            rect = self.rect().transposed()
        else:
            rect = self.rect()
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._text)
        painter.end()
