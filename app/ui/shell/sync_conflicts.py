"""View ▸ Sync Conflicts…: the items the calendar sync found changed on both sides (or deleted
on one and changed on the other), and for the selected one: Keep Mine, Keep Theirs, Keep Both.
An answer is written at once and the next sync, started right after, carries it to the server.
Opens with `open()`; the list follows each sync while the dialog is open.
"""

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.model.sync_item import Keep
from app.ui.translation import QT_TRANSLATE_NOOP, in_words, translate

if TYPE_CHECKING:
    from app.ui.shell.calendar_sync import CalendarSyncing

_BUTTONS = (
    (Keep.MINE, QT_TRANSLATE_NOOP("SyncConflicts", "Keep &Mine")),
    (Keep.THEIRS, QT_TRANSLATE_NOOP("SyncConflicts", "Keep &Theirs")),
    (Keep.BOTH, QT_TRANSLATE_NOOP("SyncConflicts", "Keep &Both")),
)


class SyncConflictsDialog(QDialog):
    def __init__(self, syncing: "CalendarSyncing", parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("sync-conflicts")
        self.setWindowTitle(translate("SyncConflicts", "Sync Conflicts"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._syncing = syncing
        self.list = QListWidget()
        self.list.setObjectName("conflict-list")
        self.list.setAccessibleName(translate("SyncConflicts", "conflicts"))
        # A conflict is a sentence with two titles in it: wrapped, all of it shows.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setSpacing(2)
        self.list.currentRowChanged.connect(self._enable)
        self.empty = QLabel(translate("SyncConflicts", "No conflicts: both sides agree."))
        self.buttons: dict[Keep, QPushButton] = {}
        choices = QDialogButtonBox()
        # One signal with the button's number: no lambda holding the dialog (see worker.py).
        self._group = QButtonGroup(self)
        for number, (keep, text) in enumerate(_BUTTONS):
            shown = translate("SyncConflicts", text)
            button = choices.addButton(shown, QDialogButtonBox.ButtonRole.ActionRole)
            button.setObjectName(f"keep-{keep.value}")
            self._group.addButton(button, number)
            self.buttons[keep] = button
        self._group.idClicked.connect(self._chosen)
        choices.addButton(QDialogButtonBox.StandardButton.Close)  # on the same row, apart
        choices.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        layout.addWidget(choices)
        syncing.conflictsChanged.connect(self.show_conflicts)
        self.finished.connect(self._closed)
        self.show_conflicts(syncing.conflicts)
        self.resize(520, 300)

    def show_conflicts(self, conflicts: list[Any]) -> None:
        self.list.clear()
        for conflict in conflicts:
            item = QListWidgetItem(in_words(conflict.describe()), self.list)
            item.setData(Qt.ItemDataRole.UserRole, conflict.uid)
        self.empty.setVisible(not conflicts)
        if conflicts:
            self.list.setCurrentRow(0)
        self._enable()

    def resolve(self, keep: Keep) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self._syncing.resolve(str(item.data(Qt.ItemDataRole.UserRole)), keep)

    def _chosen(self, number: int) -> None:
        self.resolve(_BUTTONS[number][0])

    def _closed(self) -> None:
        self._syncing.conflictsChanged.disconnect(self.show_conflicts)

    def _enable(self) -> None:
        for button in self.buttons.values():
            button.setEnabled(self.list.currentItem() is not None)
