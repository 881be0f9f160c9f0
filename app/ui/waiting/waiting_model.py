"""WaitingModel: the rows of the Waiting For view, one per delegated task, person by person.

A thin table over a `waiting_for` result (built in `app.model.waiting`); `reload` swaps it.
Overdue follow-ups are said in words (the Follow-up column) and in colour.
"""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.model.waiting import Person, Waiting
from app.model.week import day_text
from app.ui.shell import theme

Index = QModelIndex | QPersistentModelIndex
HEADERS = ("Person", "Delegated", "Since", "Follow-up")
TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class WaitingModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[str, Waiting]] = []

    def reload(self, people: list[Person]) -> None:
        self.beginResetModel()
        self._rows = [
            (person.name, item) for person in people for item in (*person.open, *person.done)
        ]
        self.endResetModel()

    def waiting(self, row: int) -> Waiting:
        return self._rows[row][1]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section] if 0 <= section < len(HEADERS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person, item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                person,
                item.task.title,
                day_text(item.since, item.today),
                item.state,
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            followed = item.last_followed_up
            last = f"; last followed up {day_text(followed, item.today)}" if followed else ""
            return f"{item.task.title} — {person}, since {day_text(item.since, item.today)}{last}"
        if role == Qt.ItemDataRole.ForegroundRole:
            colours = theme.shown()
            if not item.task.is_open:
                return QColor(colours.muted)
            if item.overdue:
                return QColor(colours.overdue)
            if item.follow_up_today:
                return QColor(colours.due_today)
            return None
        if role == TASK_ID_ROLE:
            return item.task.id
        return None
