"""The window's CalDAV sync: every few minutes and on View ▸ Sync Now (F5), on a worker thread
with its own connection to the data file and to the server, so the window never waits for the
network. What the sync changes reaches the views the way any other program's change does (the
DiskWatch notices the file changed).

A label at the right of the status bar says the state: not set up, syncing, when it last
synced (and how many conflicts wait), offline (the next try comes sooner, then less often:
1, 2, 4 minutes, then the usual interval), or a problem in one sentence.

Signals:
    stateChanged(str): what the label now says.
    conflictsChanged(object): the open conflicts (a list of ConflictView) after a sync or an
        answer.
"""

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, QTime, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from app.model.database import DB_FILENAME
from app.model.sync_account import Account, load_account, password
from app.model.sync_item import Keep
from app.model.week import local_zone
from app.ui.shell.calendar_summaries import sync_summary
from app.ui.translation import QT_TRANSLATE_NOOP, Counts, in_words, translate
from app.ui.worker import emit_alive, in_background

if TYPE_CHECKING:
    from app.ui.shell.calendar_account import CalendarAccountDialog
    from app.ui.shell.sync_conflicts import SyncConflictsDialog

INTERVAL_MS = 5 * 60 * 1000
BACKOFF_MS = (60 * 1000, 2 * 60 * 1000, 4 * 60 * 1000)
FIRST_SYNC_MS = 3000  # after start-up, once the window is up
NOT_SET_UP = QT_TRANSLATE_NOOP("CalendarSync", "Calendar sync: off")
NO_PASSWORD = QT_TRANSLATE_NOOP(
    "CalendarSync", "Calendar sync needs the password: File ▸ Calendar Account…"
)


class CalendarSyncing(QObject):
    stateChanged = Signal(str)
    conflictsChanged = Signal(object)
    _synced = Signal(object, object)  # from the worker: the SyncReport, the open conflicts
    _failed = Signal(str, bool)  # from the worker: the sentence, whether it may pass

    def __init__(
        self, data_dir: Path, window: QWidget, show_problem: Callable[[str], None]
    ) -> None:
        super().__init__(window)
        self._data_dir = data_dir
        self._window = window
        self._show_problem = show_problem
        self._asked: str | None = None  # a password typed this session, where no keyring is
        self._running = False
        self._again = False
        self._answers: list[tuple[str, Keep]] = []  # conflicts settled, for the next run
        self._failures = 0
        self.conflicts: list[Any] = []
        self.label = QLabel(translate("CalendarSync", NOT_SET_UP))
        self.label.setObjectName("sync-status")
        self.label.setAccessibleName(translate("CalendarSync", "calendar sync"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        self._synced.connect(self._done)
        self._failed.connect(self._stopped)
        if self.account() is not None:
            self._timer.start(FIRST_SYNC_MS)

    def account(self) -> Account | None:
        account = load_account(self._data_dir)
        return account if account is not None and account.calendar else None

    def remember_password(self, secret: str) -> None:
        """A password to use this session (the system has no keyring to keep it)."""
        self._asked = secret

    def sync_now(self) -> None:
        """View ▸ Sync Now: one sync in the background (after the one running, if any)."""
        account = self.account()
        if account is None:
            self._say(translate("CalendarSync", NOT_SET_UP))
            return
        secret = self._asked or password(account)
        if secret is None:
            self._say(translate("CalendarSync", NO_PASSWORD))
            return
        if self._running:
            self._again = True
            return
        self._running = True
        self._timer.stop()
        self._say(translate("CalendarSync", "Syncing…"))
        answers, self._answers = self._answers, []
        in_background("calendar sync", lambda: self._run(account, secret, answers))

    def resolve(self, uid: str, keep: Keep) -> None:
        """Settle a conflict as the user chose, then sync (on the worker thread)."""
        self._answers.append((uid, keep))
        self.conflicts = [c for c in self.conflicts if c.uid != uid]
        self.conflictsChanged.emit(self.conflicts)
        self.sync_now()

    def stop(self) -> None:
        self._timer.stop()

    def _run(self, account: Account, secret: str, answers: list[tuple[str, Keep]]) -> None:
        """On the worker thread: its own connection to the file and to the server; the
        answers to conflicts are written first.

        No garbage collection is forced here: a collection on this thread would also destroy
        the window's own unreachable Qt objects, on the wrong thread. caldav's replies (lxml
        trees) may be freed later by the window thread's collector."""
        from app.model.caldav_server import ServerError
        from app.model.errors import StorageError
        from app.model.services import Services
        from app.model.sync import CalendarSync
        from app.model.sync_conflicts import Conflicts
        from app.model.sync_run import sync_once

        zone = local_zone()

        def today() -> Any:
            return datetime.now(zone).date()

        try:
            services = Services.open(self._data_dir / DB_FILENAME)
            try:
                read = CalendarSync(services.file, zone, today).read
                conflicts = Conflicts(services.file, account.calendar, read)
                for uid, keep in answers:
                    conflicts.resolve(uid, keep)
                report = sync_once(services.file, account, secret, zone, today)
                waiting = conflicts.open()
            finally:
                services.close()
        except ServerError as error:
            emit_alive(self, self._failed, in_words(error), error.transient)
        except StorageError as error:
            emit_alive(self, self._failed, in_words(error), True)
        except Exception as error:  # never let the worker die silently
            text = translate("CalendarSync", "The calendar sync failed: {reason}")
            emit_alive(self, self._failed, text.format(reason=in_words(error)), True)
        else:
            emit_alive(self, self._synced, report, waiting)

    def _done(self, report: Any, waiting: list[Any]) -> None:
        self._running = False
        self._failures = 0
        self.conflicts = waiting
        self.conflictsChanged.emit(waiting)
        time = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        text = translate("CalendarSync", "Synced {time}").format(time=time)
        if waiting:
            text = Counts.tr("{synced} · %n conflict(s)", "", len(waiting)).format(synced=text)
        self._say(text, sync_summary(report))
        self._next()

    def _stopped(self, text: str, transient: bool) -> None:
        self._running = False
        if transient:
            wait = BACKOFF_MS[min(self._failures, len(BACKOFF_MS) - 1)]
            self._failures += 1
            minutes = wait // 60000
            self._say(Counts.tr("Offline · next try in %n min", "", minutes), text)
            self._timer.start(min(wait, INTERVAL_MS))
            return
        self._say(translate("CalendarSync", "Calendar sync stopped"), text)
        self._show_problem(text)

    def _next(self) -> None:
        if self._again:
            self._again = False
            QTimer.singleShot(0, self, self.sync_now)
        else:
            self._timer.start(INTERVAL_MS)

    def _say(self, text: str, detail: str = "") -> None:
        self.label.setText(text)
        self.label.setToolTip(detail)
        self.stateChanged.emit(text)

    # -- dialogs --------------------------------------------------------------------------------

    def ask_account(self) -> "CalendarAccountDialog":
        """File ▸ Calendar Account…"""
        from app.ui.shell.calendar_account import CalendarAccountDialog

        dialog = CalendarAccountDialog(self._data_dir, self.account(), self._window)
        dialog.kept.connect(self._account_kept)
        dialog.open()
        return dialog

    def _account_kept(self, secret: str, in_keyring: bool) -> None:
        if not in_keyring:
            self.remember_password(secret)
        self._failures = 0
        self.sync_now()

    def show_conflicts(self) -> "SyncConflictsDialog":
        """View ▸ Sync Conflicts…"""
        from app.ui.shell.sync_conflicts import SyncConflictsDialog

        dialog = SyncConflictsDialog(self, self._window)
        dialog.open()
        return dialog
