"""WorkingHoursDialog: choose the hours the calendar fits to the window (the rest of the day is
a scroll away).

Signals:
    saved(tuple[int, int]): the hour the working day starts and the hour it ends (8, 18).
"""

from PySide6.QtWidgets import QDialogButtonBox, QSpinBox, QWidget

from app.model.errors import InvalidInput
from app.ui.shell.form_dialog import FormDialog
from app.ui.translation import QT_TRANSLATE_NOOP, translate


class WorkingHoursDialog(FormDialog):
    def __init__(self, start: int, end: int, parent: QWidget | None = None) -> None:
        super().__init__(
            "working-hours",
            translate("WorkingHours", "Working Hours"),
            parent,
            intro=translate("WorkingHours", "The calendar fits these hours to the window."),
            save=QDialogButtonBox.StandardButton.Ok,
        )
        self.start = _hour_box("start", 0, 23, start)
        self.start.setAccessibleName(translate("WorkingHours", "Day starts at hour"))
        self.end = _hour_box("end", 1, 24, end)
        self.end.setAccessibleName(translate("WorkingHours", "Day ends at hour"))
        self.form.addRow(translate("WorkingHours", "Day &starts at"), self.start)
        self.form.addRow(translate("WorkingHours", "Day &ends at"), self.end)

    def edit(self) -> tuple[int, int]:
        start, end = self.start.value(), self.end.value()
        if end <= start:
            self.end.setFocus()
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The day must end after it starts."))
        return start, end


def _hour_box(name: str, low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(low, high)
    box.setValue(value)
    box.setSuffix(":00")
    return box
