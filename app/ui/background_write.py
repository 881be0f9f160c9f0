"""BackgroundWrite: one long user operation (a calendar import of thousands of events) written
on a worker thread, through a connection of its own to the data file, so the window keeps
running meanwhile. The Board starts it and lands its change as one undo step (see
`Board.write_in_background`).

While another program holds the data file's lock, it tries again every `RETRY_SECONDS`, and
says so, until `deadline` (a `time.monotonic()` instant); then it fails with StorageBusy.

Signals (emitted from the worker thread: connect them queued):
    ended(object): the operation's Change, committed; or the StorageError or InvalidInput
        that stopped it, and nothing was written.
    busy(): another program holds the lock; it tries again.
"""

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.model.change import Change
from app.model.errors import InvalidInput, StorageBusy, StorageError
from app.ui.translation import QT_TRANSLATE_NOOP
from app.ui.worker import emit_alive, in_background

if TYPE_CHECKING:
    from app.model.services import Services

RETRY_SECONDS = 0.25


class BackgroundWrite(QObject):
    ended = Signal(object)
    busy = Signal()

    def __init__(
        self,
        name: str,
        open_services: Callable[[], "Services"],
        operation: Callable[["Services"], Change],
        deadline: float,
        parent: QObject | None = None,
    ) -> None:
        """`open_services` opens a new connection each call (it is called on the worker)."""
        super().__init__(parent)
        self._name = name
        self._open_services = open_services
        self._operation = operation
        self._deadline = deadline

    def start(self) -> None:
        in_background(self._name, self._run)

    def _run(self) -> None:
        try:
            services = self._open_services()
        except (InvalidInput, StorageError) as error:
            emit_alive(self, self.ended, error)
            return
        try:
            while True:
                try:
                    change = self._operation(services)
                except StorageBusy as error:
                    if time.monotonic() >= self._deadline:
                        emit_alive(self, self.ended, error)
                        return
                    emit_alive(self, self.busy)
                    time.sleep(RETRY_SECONDS)
                    continue
                except (InvalidInput, StorageError) as error:
                    emit_alive(self, self.ended, error)
                    return
                except Exception as error:  # a fault of ours: said, and the window goes on
                    not_saved = QT_TRANSLATE_NOOP("Errors", "not saved: {reason}")
                    emit_alive(self, self.ended, StorageError(not_saved, reason=error))
                    return
                emit_alive(self, self.ended, change)
                return
        finally:
            services.close()
