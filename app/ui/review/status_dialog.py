"""The status-update draft: an editable text in Markdown or plain text, to copy or save.

Signals: saved(str): the draft was written, at this path; failed(str): it could not be.
The file is written to a temporary name beside the target and renamed, so a failed save never
leaves half a file. Dialogs open with `open()`, never `exec()`.
"""

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.model.review_figures import WeeklyReview
from app.model.status_update import draft_status, markdown, plain_text
from app.ui.local_dates import LOCAL_DATES
from app.ui.translation import QT_TRANSLATE_NOOP, translate

FORMATS = (
    (QT_TRANSLATE_NOOP("StatusUpdate", "Markdown"), markdown, "md"),
    (QT_TRANSLATE_NOOP("StatusUpdate", "Plain text"), plain_text, "txt"),
)


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file in the same folder and a rename."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class StatusDialog(QDialog):
    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, review: WeeklyReview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status-draft")
        self.setAccessibleName(translate("StatusUpdate", "Status update draft"))
        title = translate("StatusUpdate", "Status Update — {week}")
        self.setWindowTitle(title.format(week=review.title_text(translate)))
        self._draft = draft_status(review, translate, LOCAL_DATES)
        self._week = review.week
        self.format = QComboBox()
        self.format.setObjectName("status-format")
        self.format.setAccessibleName(translate("StatusUpdate", "Format"))
        self.format.view().setAccessibleName(translate("StatusUpdate", "Formats"))
        self.format.addItems([translate("StatusUpdate", name) for name, _, _ in FORMATS])
        self.format.currentIndexChanged.connect(self._write_draft)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("status-text")
        self.editor.setAccessibleName(translate("StatusUpdate", "Status update"))
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.message = QLabel()
        self.message.setObjectName("status-message")
        self.message.setWordWrap(True)
        self.copy_button = QPushButton(translate("StatusUpdate", "&Copy to Clipboard"))
        self.copy_button.setObjectName("status-copy")
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QPushButton(translate("StatusUpdate", "&Save As…"))
        self.save_button.setObjectName("status-save")
        self.save_button.clicked.connect(self.ask_path)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        row = QHBoxLayout()
        label = QLabel(translate("StatusUpdate", "&Format:"))
        label.setBuddy(self.format)
        row.addWidget(label)
        row.addWidget(self.format)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self._write_draft()

    def _write_draft(self) -> None:
        """The draft in the chosen format (edits so far give way to the fresh draft)."""
        _, write, _ = FORMATS[self.format.currentIndex()]
        self.editor.setPlainText(write(self._draft))

    def text(self) -> str:
        return self.editor.toPlainText()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.message.setText(translate("StatusUpdate", "Copied to the clipboard."))

    def ask_path(self) -> QFileDialog:
        name, _, suffix = FORMATS[self.format.currentIndex()]
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        start = str(Path(folder or Path.home()) / f"status-{self._week.name}.{suffix}")
        kind = translate("StatusUpdate", "{format} (*.{suffix})")
        dialog = QFileDialog(
            self,
            translate("StatusUpdate", "Save Status Update"),
            start,
            kind.format(format=translate("StatusUpdate", name), suffix=suffix),
        )
        dialog.setObjectName("status-save-dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix)
        dialog.fileSelected.connect(lambda path: self.save(Path(path)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def save(self, path: Path) -> bool:
        try:
            write_atomically(path, self.text())
        except OSError as error:
            text = translate("StatusUpdate", "Could not save {path}: {reason}.").format(
                path=path, reason=error.strerror or error
            )
            self.message.setText(text)
            self.failed.emit(text)
            return False
        self.message.setText(translate("StatusUpdate", "Saved to {path}.").format(path=path))
        self.saved.emit(str(path))
        return True
