"""File ▸ Restore Backup…: the daily backups with their days and open tasks, and putting the
chosen one back in place of the data file.

Restoring from the window first stops the window's own use of the file (the Board's connection
is closed), then restores (the current file is kept aside; see `app.model.restore`), then reads
everything again. The undo history is cleared: it describes changes to the file that was
replaced, and the dialog and the status bar say so.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.model.errors import StorageError
from app.model.restore import BackupInfo, describe_backups, find_backup, restore
from app.model.rotation import backup_folder
from app.ui.board import Board, sentence
from app.ui.translation import Counts, translate

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow


def backup_label(info: BackupInfo) -> str:
    """ "Monday 23 November 2026 — 1 open task", the day in the window's language."""
    day = QLocale().toString(
        QDate(info.day.year, info.day.month, info.day.day),
        translate("Dates", "dddd d MMMM yyyy"),
    )
    if info.problem is not None:
        cannot = translate("RestoreBackup", "{day} — cannot be restored: {reason}")
        return cannot.format(day=day, reason=info.problem)
    count = Counts.tr("%n open task(s)", "", info.open_tasks or 0)
    return translate("RestoreBackup", "{day} — {count}").format(day=day, count=count)


class RestoreDialog(QDialog):
    """Lists the backups in `data_dir`; Restore puts the chosen one in place."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore-backup")
        self.setWindowTitle(translate("RestoreBackup", "Restore Backup"))
        self.data_dir = data_dir
        self.backups = QListWidget()
        self.backups.setObjectName("backups")
        self.backups.setAccessibleName(translate("RestoreBackup", "Daily backups"))
        found = describe_backups(data_dir)
        for info in found:
            item = QListWidgetItem(backup_label(info))
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            if info.problem is not None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.backups.addItem(item)
        intro = QLabel(
            translate(
                "RestoreBackup",
                "Restoring replaces your tasks and time blocks with those of the backup. The "
                "current data file is kept beside it first, so nothing is lost. The undo history "
                "is cleared: it belongs to the current file.",
            )
            if found
            else translate("RestoreBackup", "There are no backups yet in {folder}.").format(
                folder=backup_folder(data_dir)
            )
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            translate("RestoreBackup", "&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restore")
        self.restore_button.setEnabled(False)
        self.backups.currentItemChanged.connect(
            lambda item, _old: self.restore_button.setEnabled(
                item is not None and bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)
            )
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.backups, 1)
        layout.addWidget(buttons)
        self.resize(520, 320)

    def chosen(self) -> str | None:
        item = self.backups.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))


def restore_into_window(board: Board, data_dir: Path, name: str) -> tuple[bool, str]:
    """Restore the backup `name` under the open window; whether it was restored, and what to
    tell the user. The caller reads the tasks and blocks again afterwards."""
    board.close()  # the window's own connection lets go of the file first
    try:
        kept = restore(data_dir, find_backup(data_dir, name))
    except StorageError as error:
        text = translate("RestoreBackup", "The backup was not restored: {reason}")
        return False, text.format(reason=sentence(error))
    board.undo_stack.clear()
    text = translate(
        "RestoreBackup",
        "Restored the backup {name}. The file it replaced is kept beside it as {kept}. The "
        "undo history was cleared: it belonged to that file.",
    )
    return True, text.format(name=name, kept=kept.name)


def open_restore_dialog(window: "MainWindow", data_dir: Path) -> RestoreDialog:
    """Open the dialog over `window` (without blocking it); a backup chosen is restored and
    everything the window shows is read again."""
    dialog = RestoreDialog(data_dir, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def chosen() -> None:
        name = dialog.chosen()
        if name is None:
            return
        restored, message = restore_into_window(window.board, data_dir, name)
        tasks = window.board.read(lambda s: s.tasks.lanes(include_done=window.matrix.show_done()))
        if tasks is not None:
            window.matrix.sync_with(tasks)
            window.reload_calendar()
        if restored:
            window.statusBar().showMessage(message, 30_000)
        else:
            window.show_problem(message)

    dialog.accepted.connect(chosen)
    dialog.open()
    return dialog
