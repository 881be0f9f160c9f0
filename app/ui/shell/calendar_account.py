"""File ▸ Calendar Account…: the CalDAV server, user name and password; Find Calendars asks the
server (on a worker thread) which calendars the account has, and the user picks one for
Quadrant's blocks and tasks and ticks any others to show read-only, as meetings.

Save keeps the account beside the data file and the password in the system keyring; where
there is none, the dialog says so and the window keeps the password only until it closes.
The dialog opens with `open()` and never blocks the window.

Signals:
    kept(str, bool): the password, and whether the keyring holds it now.
"""

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.model.sync_account import Account, keep_password, password, save_account
from app.ui.translation import Counts, in_words, translate
from app.ui.worker import emit_alive, in_background


class _Finding(QObject):
    """The account's calendars, asked for on a worker thread.

    Signals: found(object): a list of CalendarInfo, one for each calendar; failed(str): why
    not, in one sentence."""

    found = Signal(object)
    failed = Signal(str)

    def start(self, url: str, user: str, secret: str) -> None:
        in_background("find calendars", lambda: self._run(url, user, secret))

    def _run(self, url: str, user: str, secret: str) -> None:
        from app.model.caldav_server import CalendarServer, ServerError

        try:
            server = CalendarServer(url, user, secret)
            try:
                emit_alive(self, self.found, server.calendars())
            finally:
                server.close()
        except ServerError as error:
            emit_alive(self, self.failed, in_words(error))


class CalendarAccountDialog(QDialog):
    kept = Signal(str, bool)

    def __init__(self, data_dir: Path, account: Account | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("calendar-account")
        self.setWindowTitle(translate("CalendarAccount", "Calendar Account"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._data_dir = data_dir
        self._account = account
        self._calendars: list[Any] = []
        self.url = _field(
            "caldav-url",
            translate("CalendarAccount", "server address"),
            account.url if account else "",
        )
        self.url.setPlaceholderText("https://dav.example.com/")
        self.user = _field(
            "caldav-user",
            translate("CalendarAccount", "user name"),
            account.user if account else "",
        )
        self.password = _field("caldav-password", translate("CalendarAccount", "password"), "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if account is not None and password(account):
            self.password.setPlaceholderText(translate("CalendarAccount", "kept in the keyring"))
        self.find_button = QPushButton(translate("CalendarAccount", "&Find Calendars"))
        self.find_button.setObjectName("find-calendars")
        self.find_button.clicked.connect(self.find_calendars)
        self.own = QComboBox()
        self.own.setObjectName("quadrant-calendar")
        self.own.setAccessibleName(
            translate("CalendarAccount", "calendar for Quadrant's blocks and tasks")
        )
        self.own.currentIndexChanged.connect(self._fill_others)
        self.others = QListWidget()
        self.others.setObjectName("read-only-calendars")
        self.others.setAccessibleName(translate("CalendarAccount", "calendars shown as meetings"))
        self.others.setMaximumHeight(110)
        self.note = QLabel()
        self.note.setObjectName("account-note")
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(translate("CalendarAccount", "&Server:"), self.url)
        form.addRow(translate("CalendarAccount", "&User:"), self.user)
        form.addRow(translate("CalendarAccount", "&Password:"), self.password)
        form.addRow("", self.find_button)
        form.addRow(translate("CalendarAccount", "Quadrant's &calendar:"), self.own)
        form.addRow(translate("CalendarAccount", "Show as &meetings:"), self.others)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._finding = _Finding(self)
        self._finding.found.connect(self._found)
        self._finding.failed.connect(self._tell)
        self._save_enabled()
        self.resize(520, self.sizeHint().height())

    def _secret(self) -> str | None:
        typed = self.password.text()
        if typed:
            return typed
        if self._account is not None and self._account.url == self.url.text().strip():
            return password(self._account)
        return None

    def find_calendars(self) -> None:
        url, user, secret = self.url.text().strip(), self.user.text().strip(), self._secret()
        if not url or not user or not secret:
            self._tell(
                translate(
                    "CalendarAccount", "Give the server's address, the user name and the password."
                )
            )
            return
        self.find_button.setEnabled(False)
        self._tell(translate("CalendarAccount", "Asking the server…"), problem=False)
        self._finding.start(url, user, secret)

    def _found(self, calendars: list[Any]) -> None:
        self.find_button.setEnabled(True)
        self._calendars = calendars
        self.own.clear()
        for info in calendars:
            if info.takes_tasks:
                self.own.addItem(info.name, info.url)
        chosen = self._account.calendar if self._account is not None else ""
        index = self.own.findData(chosen)
        self.own.setCurrentIndex(index if index >= 0 else 0)
        self._fill_others()
        if self.own.count() == 0:
            self._tell(
                translate(
                    "CalendarAccount", "None of this account's calendars accepts tasks (VTODO)."
                )
            )
        else:
            self._tell(Counts.tr("Found %n calendar(s).", "", len(calendars)), problem=False)
        self._save_enabled()

    def _fill_others(self) -> None:
        shown = set(self._account.read_only) if self._account is not None else set()
        self.others.clear()
        for info in self._calendars:
            if info.url == self.own.currentData():
                continue
            item = QListWidgetItem(info.name, self.others)
            item.setData(Qt.ItemDataRole.UserRole, info.url)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = info.url in shown
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _tell(self, text: str, problem: bool = True) -> None:
        self.find_button.setEnabled(True)
        self.note.setText(text)
        self.note.setProperty("role", "problem" if problem else "")  # the theme colours it
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)

    def _save_enabled(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(self.own.count() > 0)

    def accept(self) -> None:
        secret = self._secret()
        if secret is None or self.own.count() == 0:
            self._tell(translate("CalendarAccount", "Find the calendars first."))
            return
        shown = tuple(
            str(self.others.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.others.count())
            if self.others.item(row).checkState() == Qt.CheckState.Checked
        )
        account = Account(self.url.text().strip(), self.user.text().strip(),
                          str(self.own.currentData()), self.own.currentText(), shown)  # fmt: skip
        try:
            save_account(self._data_dir, account)
        except OSError as error:
            text = translate("CalendarAccount", "The account could not be kept: {reason}")
            self._tell(text.format(reason=in_words(error)))
            return
        in_keyring = keep_password(account, secret)
        if not in_keyring:
            parent = self.parentWidget()
            if parent is not None:
                no_keyring = translate(
                    "CalendarAccount",
                    "There is no keyring on this system: Quadrant keeps the password until it "
                    "closes and asks for it again next time.",
                )
                parent.statusBar().showMessage(no_keyring, 12000)  # type: ignore[attr-defined]
        self.kept.emit(secret, in_keyring)
        super().accept()


def _field(name: str, accessible: str, text: str) -> QLineEdit:
    field = QLineEdit(text)
    field.setObjectName(name)
    field.setAccessibleName(accessible)
    return field
