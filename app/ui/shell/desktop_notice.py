"""DesktopNotice: tells the user something outside the window — a block starting, the daily
follow-ups — as a desktop notification; clicking it brings the window back to what it is about.

Which way, tried in this order:
1. The desktop's freedesktop notification service over D-Bus (QtDBus), through the desktop
   portal's Notification interface (org.freedesktop.portal.Notification), which GNOME, KDE
   and others provide. The older org.freedesktop.Notifications.Notify takes a uint32 that
   PySide6's QtDBus cannot send (a Python int goes out as int32), so it is not used.
2. Qt's tray message (QSystemTrayIcon.showMessage), where there is a system tray.
3. The window's status bar, as a last resort.

The D-Bus call runs on a worker thread, so a slow notification service never stalls the
window; if it fails, the notice falls back to the next way.

Signals:
    clicked(object): the user clicked the notice sent with this key.
"""

import itertools
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

from app.ui.translation import translate
from app.ui.worker import emit_alive, in_background

PORTAL = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
NOTIFICATION = "org.freedesktop.portal.Notification"
STATUS_MS = 60_000
CALL_TIMEOUT_MS = 5_000


def session_bus() -> object | None:
    """The session bus, if QtDBus is there and connected (None: no desktop bus)."""
    try:
        from PySide6.QtDBus import QDBusConnection
    except ImportError:  # a PySide6 without QtDBus
        return None
    bus = QDBusConnection.sessionBus()
    return bus if bus.isConnected() else None


class DesktopNotice(QObject):
    clicked = Signal(object)
    _refused = Signal(str, str, object, bool)  # from the worker: the bus did not take it

    def __init__(self, window: QMainWindow, bus: Callable[[], object | None] = session_bus) -> None:
        """`bus`: gives the D-Bus connection to use (None: none), asked at the first notice."""
        super().__init__(window)
        self._window = window
        self._find_bus = bus
        self._bus: object | None = None
        self._looked = False
        self._tray: QSystemTrayIcon | None = None
        self._keys: dict[str, object] = {}
        self._numbers = itertools.count(1)
        self._tray_key: object = None
        self._refused.connect(self._without_bus)
        self.way = ""  # how the last notice went: "desktop", "tray" or "status bar"

    def send(self, title: str, text: str, key: object = None, in_window: bool = True) -> None:
        """Say `title` and `text`; `clicked` carries `key` if the user clicks the notice.
        `in_window` False: not in the status bar (the window says it there already)."""
        bus = self._desktop_bus()
        if bus is None:
            self._without_bus(title, text, key, in_window)
            return
        notice_id = f"quadrant-{next(self._numbers)}"
        self._keys[notice_id] = key
        self.way = "desktop"
        in_background(
            "desktop notice", lambda: self._call(bus, notice_id, title, text, key, in_window)
        )

    def _desktop_bus(self) -> object | None:
        if not self._looked:
            self._looked = True
            bus = self._find_bus()
            if bus is not None and _has_portal(bus):
                from PySide6.QtCore import SLOT

                bus.connect(  # type: ignore[attr-defined]
                    PORTAL, PORTAL_PATH, NOTIFICATION, "ActionInvoked", self,
                    SLOT("_invoked(QString,QString,QVariantList)"),
                )  # fmt: skip
                self._bus = bus
        return self._bus

    def _call(
        self, bus: object, notice_id: str, title: str, text: str, key: object, in_window: bool
    ) -> None:
        """On the worker thread: hand the notice to the desktop."""
        from PySide6.QtDBus import QDBus, QDBusMessage

        message = QDBusMessage.createMethodCall(
            PORTAL, PORTAL_PATH, NOTIFICATION, "AddNotification"
        )
        content = {"title": title, "body": text, "default-action": "show", "priority": "high"}
        message.setArguments([notice_id, content])
        reply = bus.call(message, QDBus.CallMode.Block, CALL_TIMEOUT_MS)  # type: ignore[attr-defined]
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            emit_alive(self, self._refused, title, text, key, in_window)

    @Slot(str, str, list)
    def _invoked(self, notice_id: str, action: str, parameters: list[object]) -> None:
        if notice_id in self._keys:
            self.clicked.emit(self._keys.pop(notice_id))

    def _without_bus(self, title: str, text: str, key: object, in_window: bool = True) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            if self._tray is None:
                self._tray = QSystemTrayIcon(self._window.windowIcon(), self)
                self._tray.messageClicked.connect(lambda: self.clicked.emit(self._tray_key))
                self._tray.show()
            self._tray_key = key
            self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information)
            self.way = "tray"
            return
        if in_window:
            said = translate("DesktopNotice", "{title}: {text}").format(title=title, text=text)
            self._window.statusBar().showMessage(said, STATUS_MS)
        self.way = "status bar"


def _has_portal(bus: object) -> bool:
    """Whether the desktop portal runs on `bus` or can be started there."""
    interface = bus.interface()  # type: ignore[attr-defined]
    if interface.isServiceRegistered(PORTAL).value():
        return True
    names = interface.activatableServiceNames().value()
    return PORTAL in (names or [])
