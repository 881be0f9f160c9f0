"""WorkingHoursDialog: choose the hours the calendar shows first (the rest is a scroll away).

Signals:
    chosen(int, int): the first hour and the hour the working day ends (e.g. 8 and 18).
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.ui import theme


class WorkingHoursDialog(QDialog):
    chosen = Signal(int, int)

    def __init__(self, start: int, end: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("working-hours")
        self.setWindowTitle("Working Hours")
        self.start = _hour_box("start", 0, 23, start)
        self.end = _hour_box("end", 1, 24, end)
        self.error = QLabel()
        self.error.setObjectName("editor-error")
        self.error.setStyleSheet(f"color: {theme.OVERDUE};")
        self.error.hide()
        form = QFormLayout()
        form.addRow("Day &starts at", self.start)
        form.addRow("Day &ends at", self.end)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("The calendar fits these hours to the window."))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        start, end = self.start.value(), self.end.value()
        if end <= start:
            self.error.setText("The day must end after it starts.")
            self.error.show()
            return
        self.chosen.emit(start, end)
        super().accept()


def _hour_box(name: str, low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(low, high)
    box.setValue(value)
    box.setSuffix(":00")
    box.setAccessibleName(f"Day {name}s at hour")
    return box
