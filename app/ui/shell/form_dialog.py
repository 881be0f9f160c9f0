"""FormDialog: what every editing dialog shares — a form, a line naming bad input, and
Save / Cancel. Save checks the form; on bad input the dialog stays open with the field named
(and focused), so nothing typed is lost. It opens with the first field focused and its text
selected, ready to be typed over. Open it with `open()`.

Subclasses fill `self.form` and implement `edit()`.

Signals:
    saved(object): what `edit()` returned, once the user saved valid input.
"""

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.model.errors import InvalidInput
from app.ui.translation import QT_TRANSLATE_NOOP, in_words

T = TypeVar("T")


class FormDialog(QDialog):
    saved = Signal(object)

    def __init__(
        self,
        name: str,
        title: str,
        parent: QWidget | None = None,
        intro: str = "",
        save: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Save,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("editor-error")
        self.error.setWordWrap(True)
        self.error.setProperty("role", "problem")  # coloured by the theme's style sheet
        self.error.hide()
        buttons = QDialogButtonBox(save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if intro:
            layout.addWidget(QLabel(intro))
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if event.spontaneous():
            return
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            field = item.widget() if item is not None else None
            if field is not None and field.focusPolicy() != Qt.FocusPolicy.NoFocus:
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                if isinstance(field, QLineEdit):
                    field.selectAll()
                return

    def edit(self) -> object:
        """The form's checked result; raises InvalidInput naming the first bad field."""
        raise NotImplementedError

    def accept(self) -> None:
        try:
            result = self.edit()
        except InvalidInput as error:
            self.error.setText(in_words(error))
            self.error.show()
            return
        self.saved.emit(result)
        super().accept()


def checked(label: str, widget: QWidget, parse: Callable[[], T]) -> T:
    """`parse()`, or InvalidInput that starts with the field's label (the field gets focus)."""
    try:
        return parse()
    except InvalidInput as error:
        widget.setFocus()
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{label}: {reason}"), label=label, reason=error
        ) from error
