"""One helper that makes a QAction with its shortcut and slot, so every menu reads as a table."""

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

Shortcut = QKeySequence.StandardKey | str | None


def make_action(
    parent: QObject,
    text: str,
    slot: Callable[..., object] | None = None,
    shortcut: Shortcut = None,
    *,
    name: str = "",
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
    checkable: bool = False,
    checked: bool = False,
    tip: str = "",
) -> QAction:
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(context)
    action.setCheckable(checkable)
    action.setChecked(checked)  # before connecting: the starting state is not a user's toggle
    if name:
        action.setObjectName(name)
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    if slot is not None:
        if checkable:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(lambda _checked=False: slot())
    return action
