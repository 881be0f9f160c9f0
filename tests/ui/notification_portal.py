"""A desktop notification portal for tests: `python -m tests.ui.notification_portal ADDRESS`
serves org.freedesktop.portal.Notification on that D-Bus bus, prints each notification it is
given as a JSON line, and for each line "click ID" on its input says the user clicked it."""

import json
import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QSocketNotifier, Signal, Slot
from PySide6.QtDBus import QDBusConnection


@ClassInfo({"D-Bus Interface": "org.freedesktop.portal.Notification"})  # type: ignore[call-arg]
class Portal(QObject):  # type: ignore[operator]  # (PySide6's stubs miss ClassInfo's dict form)
    ActionInvoked = Signal(str, str, "QVariantList")  # type: ignore[arg-type]  # D-Bus "av"

    @Slot(str, "QVariantMap")
    def AddNotification(self, notice_id: str, notification: dict[str, object]) -> None:
        print(json.dumps({"id": notice_id, **notification}), flush=True)


def main() -> None:
    app = QCoreApplication(sys.argv)
    bus = QDBusConnection.connectToBus(sys.argv[1], "portal")
    portal = Portal()
    options = QDBusConnection.RegisterOption
    bus.registerObject(
        "/org/freedesktop/portal/desktop", portal, options.ExportAllSlots | options.ExportAllSignals
    )
    bus.registerService("org.freedesktop.portal.Desktop")
    print(json.dumps({"ready": True}), flush=True)
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)

    def line() -> None:
        text = sys.stdin.readline()
        if not text:
            app.quit()
        elif text.startswith("click "):
            portal.ActionInvoked.emit(text.split()[1], "show", [])

    notifier.activated.connect(line)
    app.exec()


if __name__ == "__main__":
    main()
