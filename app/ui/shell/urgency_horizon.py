"""View ▸ Urgency Horizon…: how many days ahead a due date makes a task urgent (0–30)."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QWidget

from app.model.urgency import LONGEST_HORIZON
from app.ui.translation import translate


def ask_urgency_horizon(
    parent: QWidget, current: int, chosen: Callable[[int], None]
) -> QInputDialog:
    """Open the dialog (non-blocking); `chosen` gets the days when the user presses OK."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("urgency-horizon")
    dialog.setWindowTitle(translate("UrgencyHorizon", "Urgency Horizon"))
    dialog.setLabelText(
        translate("UrgencyHorizon", "Suggest moving a task to Do when it is due within (days):")
    )
    dialog.setInputMode(QInputDialog.InputMode.IntInput)
    dialog.setIntRange(0, LONGEST_HORIZON)
    dialog.setIntValue(current)
    dialog.intValueSelected.connect(chosen)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
