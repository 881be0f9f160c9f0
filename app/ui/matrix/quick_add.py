"""QuickAdd: the capture field above the matrix. Enter adds the text to the Inbox.

Pasting several lines does not squash them into one title: the lines are offered as separate
tasks instead.

Signals:
    submitted(str): Enter was pressed on this text.
    linesPasted(list): a paste of several non-empty lines, one title each.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from app.model.parsing import pasted_titles
from app.ui.matrix.entry_preview import hint
from app.ui.translation import translate

MAX_TEXT = 1_000_000  # generous: the model names the real title limit, the paste is not cut


class QuickAdd(QLineEdit):
    submitted = Signal(str)
    linesPasted = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quick-add")
        self.setAccessibleName(translate("QuickAdd", "Add a task"))
        self.setPlaceholderText(
            translate("QuickAdd", "Add a task to the Inbox — press Enter  (Ctrl+N from anywhere)")
        )
        self.setAccessibleDescription(
            translate("QuickAdd", "{placeholder}. {hint}").format(
                placeholder=self.placeholderText(), hint=hint()
            )
        )
        self.setClearButtonEnabled(True)
        self.setMaxLength(MAX_TEXT)
        self.returnPressed.connect(lambda: self.submitted.emit(self.text()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_clipboard()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        for action in menu.actions():
            if action.objectName() == "edit-paste":
                ours = QAction(action.text(), menu)
                ours.setShortcut(action.shortcut())
                ours.setEnabled(action.isEnabled())
                ours.triggered.connect(self.paste_clipboard)
                menu.insertAction(action, ours)
                menu.removeAction(action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    def paste_clipboard(self) -> None:
        text = QGuiApplication.clipboard().text()
        lines = pasted_titles(text)
        if len(lines) > 1:
            self.linesPasted.emit(lines)
        else:
            self.insert(" ".join(text.split()))
