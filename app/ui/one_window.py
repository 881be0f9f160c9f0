"""One window per data folder: a second start raises the open window instead of opening another.

The window that starts first takes the folder's lock file and listens on a local socket whose
name is derived from the folder's path. A later start on the same folder finds the lock taken,
asks the socket to show the window, and ends (exit 0). When nobody answers, it tells the user
why in words: the folder is read-only, or a lock was left by a program that has ended and
cannot be cleared, or the other window does not answer.

Signals (of `OneWindow`): showRequested(): another start asked for the window to be shown.
"""

import getpass
import hashlib
import json
import logging
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QSysInfo, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from app.ui.translation import QT_TRANSLATE_NOOP, translate

LOCK_NAME = "quadrant.lock"
ANSWER_WAIT_MS = 4000  # per try: the open window may be busy for a moment, or still starting
TRIES = 3
BETWEEN_TRIES_S = 0.3
_SHOW = b"show"
_SHOWN = b"shown\n"

log = logging.getLogger(__name__)

CANNOT_OPEN = QT_TRANSLATE_NOOP("StartUp", "Quadrant cannot open its data")
ALREADY_OPEN = QT_TRANSLATE_NOOP("StartUp", "Quadrant is already open")


def server_name(data_dir: Path) -> str:
    """The local socket's name for `data_dir`: the same for every start on that folder (by
    this user), short enough for a socket path."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name: the folder alone still tells the windows apart
        user = ""
    folder = os.path.normcase(str(data_dir.resolve()))
    return "quadrant-" + hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:20]


@dataclass(frozen=True)
class Refusal:
    """Why this start cannot open a window, and it is not because one is open."""

    title: str
    text: str


class OneWindow(QObject):
    showRequested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._lock = QLockFile(str(data_dir / LOCK_NAME))
        # A live window's lock is never "stale" by age: only a lock whose program has ended is.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        self._window: QWidget | None = None
        self._asked_early = False
        self.taken_over: int | None = None  # the ended process whose lock `claim` cleared

    def claim(self) -> bool:
        """Take the folder for this start: True if it is ours now; False if it is held by
        another program (see `ask_to_show` and `refusal`)."""
        held_before = self._lock_holder()
        if not self._lock.tryLock(0):
            return False
        if held_before is not None:
            log.warning("took over the lock left by process %s, which has ended", held_before)
            self.taken_over = held_before
        self._listen()
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def serve(self, window: QWidget) -> None:
        """Show `window` whenever another start asks for it."""
        self._window = window
        self.showRequested.connect(self._show_window)
        if self._asked_early:
            self._show_window()

    def taken_over_note(self) -> str | None:
        """What to tell the user when the folder's lock was left by a Quadrant that ended."""
        if self.taken_over is None:
            return None
        return translate(
            "StartUp",
            "The last Quadrant on this data folder (process {process}) ended without closing; "
            "its lock was cleared. Help ▸ Open Log Folder shows what it wrote.",
        ).format(process=self.taken_over)

    def ask_to_show(self) -> bool:
        """Ask the window holding the folder to show itself; True once it said it did."""
        token = os.environ.get("XDG_ACTIVATION_TOKEN", "")  # lets it take the focus on Wayland
        request = json.dumps({"do": _SHOW.decode(), "activation_token": token}).encode() + b"\n"
        for _ in range(TRIES):
            socket = QLocalSocket()
            socket.connectToServer(server_name(self._data_dir))
            if socket.waitForConnected(ANSWER_WAIT_MS):
                socket.write(request)
                socket.waitForBytesWritten(ANSWER_WAIT_MS)
                answer = b""
                while not answer.endswith(b"\n") and socket.waitForReadyRead(ANSWER_WAIT_MS):
                    answer += bytes(socket.readAll().data())
                socket.disconnectFromServer()
                if answer == _SHOWN:
                    return True
            if not self._lock_is_held():
                return False
            time.sleep(BETWEEN_TRIES_S)
        return False

    def refusal(self) -> Refusal:
        """Why the folder cannot be had, when the window holding it did not answer."""
        folder = self._data_dir
        pid = self._lock_holder()
        cannot_open = translate("StartUp", CANNOT_OPEN)
        already_open = translate("StartUp", ALREADY_OPEN)
        if self._lock.error() == QLockFile.LockError.PermissionError:
            return Refusal(cannot_open, cannot_write(folder))
        if pid is not None:  # a lock left behind that could not be cleared
            left = (
                translate(
                    "StartUp",
                    "The data folder {folder} holds a lock left by a Quadrant that has ended "
                    "(process {process}), and the folder is read-only. Delete {lock} and start "
                    "again.",
                )
                if not os.access(folder, os.W_OK)
                else translate(
                    "StartUp",
                    "The data folder {folder} holds a lock left by a Quadrant that has ended "
                    "(process {process}), and it could not be removed. Delete {lock} and start "
                    "again.",
                )
            )
            lock = folder / LOCK_NAME
            return Refusal(cannot_open, left.format(folder=folder, process=pid, lock=lock))
        if (computer := self._other_computer()) is not None:
            elsewhere = translate(
                "StartUp",
                "Quadrant on the computer {computer} is using {folder}. Close it there first.",
            )
            return Refusal(already_open, elsewhere.format(computer=computer, folder=folder))
        silent = translate(
            "StartUp",
            "Another Quadrant window is using {folder} but does not answer. Switch to it, or "
            "close it first.",
        )
        return Refusal(already_open, silent.format(folder=folder))

    # -- the first start's side ------------------------------------------------------------------

    def _listen(self) -> None:
        name = server_name(self._data_dir)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            QLocalServer.removeServer(name)  # left by a window that ended; the lock is ours now
            if not server.listen(name):
                log.warning("a second start cannot reach this window: %s", server.errorString())
                return
        server.newConnection.connect(self._answer)
        self._server = server

    def _answer(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.setParent(self)
            socket.readyRead.connect(lambda socket=socket: self._read(socket))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        try:
            request = json.loads(bytes(socket.readLine().data()))
        except ValueError:
            request = {}
        if not isinstance(request, dict) or request.get("do") != _SHOW.decode():
            socket.disconnectFromServer()
            return
        token = request.get("activation_token")
        if isinstance(token, str) and token:
            os.environ["XDG_ACTIVATION_TOKEN"] = token  # Qt's Wayland plugin uses it once
        log.info("another start on this data folder asked for the window")
        if self._window is None:
            self._asked_early = True
        else:
            self.showRequested.emit()
        socket.write(_SHOWN)
        socket.flush()

    def _show_window(self) -> None:
        window = self._window
        if window is None:
            return
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()

    # -- the lock file ---------------------------------------------------------------------------

    def _other_computer(self) -> str | None:
        """The computer whose Quadrant holds the lock, if not this one (a shared folder)."""
        host = self._lock.getLockInfo()[1]
        return host if host and host != QSysInfo.machineHostName() else None

    def _lock_holder(self) -> int | None:
        """The process named in a lock file left behind by a program that has ended, if any."""
        pid = self._lock.getLockInfo()[0]  # 0: no lock file, or none that can be read
        if pid <= 0 or self._other_computer() is not None or _process_runs(pid):
            return None
        return pid

    def _lock_is_held(self) -> bool:
        pid = self._lock.getLockInfo()[0]
        return pid > 0 and (self._other_computer() is not None or _process_runs(pid))


def _process_runs(pid: int) -> bool:
    if sys.platform == "win32":  # no cheap check there: assume it runs, and ask it
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # runs, as another user
        return True
    return True


def cannot_write(data_dir: Path) -> str:
    if not os.access(data_dir, os.W_OK):
        text = translate(
            "StartUp",
            "The data folder {folder} is read-only, so Quadrant cannot save your tasks there. "
            "Make it writable, or choose another folder with --data-dir.",
        )
    else:
        text = translate("StartUp", "Quadrant cannot create files in the data folder {folder}.")
    return text.format(folder=data_dir)
