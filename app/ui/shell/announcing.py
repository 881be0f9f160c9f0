"""Saying a passing message to a screen reader. The status bar's notes ("Block deleted. Undo
brings it back.") and problems are never focused, so a reader would not read them; an
announcement has it say them as they appear (polite: after what it is saying; urgent: at once).
"""

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent


def announce(source: QObject, text: str, urgent: bool = False) -> None:
    if not text or not QAccessible.isActive():  # nobody listens: nothing to build
        return
    event = QAccessibleAnnouncementEvent(source, text)
    if urgent:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
