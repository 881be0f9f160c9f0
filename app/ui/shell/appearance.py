"""Appearance: which colour scheme the window shows. "system" follows the desktop's light or
dark scheme, live as it changes; "light" and "dark" keep one whatever the desktop says
(View ▸ Appearance). The choice is remembered in window.ini.

Signals: changed(str): the scheme now on show, "light" or "dark".
"""

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QActionGroup, QGuiApplication
from PySide6.QtWidgets import QApplication

from app.ui.shell import theme
from app.ui.shell.window_state import WindowState

CHOICES = ("system", "light", "dark")
_ASKED = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}


def desktop_scheme() -> str:
    """The desktop's scheme as Qt reports it; light when it does not say."""
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() is Qt.ColorScheme.Dark else "light"


class Appearance(QObject):
    changed = Signal(str)

    def __init__(self, state: WindowState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        saved = state.text("appearance", "system")
        self._choice = saved if saved in CHOICES else "system"
        self._desktop = desktop_scheme()
        self.actions: QActionGroup | None = None  # View ▸ Appearance, checked to match
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._desktop_changed)
        if self._choice != "system":
            hints.setColorScheme(_ASKED[self._choice])
        self._apply()

    def choice(self) -> str:
        return self._choice

    def scheme(self) -> str:
        """ "light" or "dark": what the window shows now."""
        return self._desktop if self._choice == "system" else self._choice

    def choose(self, choice: str) -> None:
        """View ▸ Appearance: System, Light or Dark."""
        self._choice = choice
        self._state.set_text("appearance", choice)
        hints = QGuiApplication.styleHints()
        # Asked of the platform too, so what Qt draws natively (file dialogs, title bars on
        # some desktops) agrees; where the platform cannot, our palette still does.
        if choice == "system":
            hints.unsetColorScheme()
            self._desktop = desktop_scheme()
        else:
            hints.setColorScheme(_ASKED[choice])
        self._apply()

    def check_actions(self) -> None:
        for action in self.actions.actions() if self.actions is not None else ():
            action.setChecked(action.data() == self._choice)

    def _desktop_changed(self, scheme: Qt.ColorScheme) -> None:
        if self._choice != "system":  # the platform telling us of our own request
            return
        self._desktop = "dark" if scheme is Qt.ColorScheme.Dark else "light"
        self._apply()

    def _apply(self) -> None:
        self.check_actions()
        palette = theme.SCHEMES[self.scheme()]
        if theme.shown() is palette:
            return
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        theme.apply_theme(app, palette)
        self.changed.emit(palette.name)
