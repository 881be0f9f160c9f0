"""Dark mode as the desktop switches it: the real program on the X server follows the desktop's
colour scheme the moment the desktop portal says it changed, and what is on the screen is read
back from the X server.

Qt's GNOME theme listens for the portal's SettingChanged signal on the session bus; the test
sends it on a private session, as the portal of a GNOME or KDE desktop would.
"""

from pathlib import Path

from PySide6.QtGui import QGuiApplication

from app.model.database import open_database
from app.ui.shell import theme
from tests.e2e.atspi import SessionBus, wait_for
from tests.e2e.program import run_quadrant, session_bus

__all__ = ["session_bus"]  # a fixture


def window_colour(window: str) -> str:
    """The colour of the window's margin left of the lanes, as the X server shows it."""
    image = QGuiApplication.primaryScreen().grabWindow(int(window)).toImage()
    return image.pixelColor(4, image.height() // 2).name().upper()


def test_the_window_turns_dark_and_light_again_with_the_desktop(
    qapp: object, session_bus: SessionBus, data_dir: Path
) -> None:
    open_database(data_dir)
    with run_quadrant(session_bus, data_dir, QT_QPA_PLATFORMTHEME="gnome") as running:
        shown = lambda colour: lambda: window_colour(running.window) == colour  # noqa: E731
        wait_for("the window in the light scheme", shown(theme.LIGHT.window))
        session_bus.say_colour_scheme(dark=True)
        wait_for("the window to turn dark", shown(theme.DARK.window))
        session_bus.say_colour_scheme(dark=False)
        wait_for("the window to turn light again", shown(theme.LIGHT.window))
