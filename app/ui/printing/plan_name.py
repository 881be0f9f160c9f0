"""The name printed in the weekly plan's header: asked in a dialog, kept in the window state."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QWidget

from app.model.errors import InvalidInput
from app.model.parsing import parse_name
from app.ui.shell.window_state import WindowState
from app.ui.translation import in_words, translate


def plan_name(state: WindowState) -> str | None:
    return state.text("name", "") or None


def ask_plan_name(
    parent: QWidget,
    state: WindowState,
    problem: Callable[[str], None],
    message: Callable[[str], None],
) -> QInputDialog:
    """File ▸ Your Name on the Plan…: a checked name is kept; `message` says what was kept,
    `problem` why nothing was."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("plan-name")
    dialog.setWindowTitle(translate("PlanName", "Your Name on the Plan"))
    dialog.setLabelText(
        translate("PlanName", "The printed weekly plan shows this name in its header:")
    )
    dialog.setTextValue(plan_name(state) or "")

    def chosen(text: str) -> None:
        try:
            name = parse_name(text)
        except InvalidInput as error:
            problem(
                translate("PlanName", "Name not changed: {reason}.").format(reason=in_words(error))
            )
            return
        state.set_text("name", name or "")
        if name:
            message(translate("PlanName", "The plan will say “{name}”.").format(name=name))
        else:
            message(translate("PlanName", "The plan shows no name."))

    dialog.textValueSelected.connect(chosen)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
