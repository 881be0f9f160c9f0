"""WaitingModel: the rows of the Waiting For view, one per delegated task, person by person.

A thin table over a `waiting_for` result (built in `app.model.waiting`); `reload` swaps it.
Overdue follow-ups are said in words (the Follow-up column) and in colour.
"""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.model.waiting import NO_ONE, Person, Waiting
from app.ui.local_dates import LOCAL_DATES, day_text
from app.ui.shell import theme
from app.ui.translation import QT_TRANSLATE_NOOP, translate

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("WaitingFor", "Person"),
    QT_TRANSLATE_NOOP("WaitingFor", "Delegated"),
    QT_TRANSLATE_NOOP("WaitingFor", "Since"),
    QT_TRANSLATE_NOOP("WaitingFor", "Follow-up"),
)
TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class WaitingModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[str, Waiting]] = []

    def reload(self, people: list[Person]) -> None:
        self.beginResetModel()
        self._rows = [
            (translate("WaitingFor", NO_ONE) if person.name == NO_ONE else person.name, item)
            for person in people
            for item in (*person.open, *person.done)
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
            return (
                translate("WaitingFor", HEADERS[section]) if 0 <= section < len(HEADERS) else None
            )
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
                item.state_text(translate, LOCAL_DATES),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            since = day_text(item.since, item.today)
            followed = item.last_followed_up
            if followed is None:
                tip = translate("WaitingFor", "{title} — {person}, since {day}")
                return tip.format(title=item.task.title, person=person, day=since)
            tip = translate(
                "WaitingFor", "{title} — {person}, since {day}; last followed up {last}"
            )
            last = day_text(followed, item.today)
            return tip.format(title=item.task.title, person=person, day=since, last=last)
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
