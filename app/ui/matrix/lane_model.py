"""LaneModel: the cached, ordered tasks of one lane (the Inbox or a quadrant) for a list view.

Rows are `Task` snapshots kept in lane order; `data()` never touches the database. Changes
arrive as new task states from the Board and are applied row by row, so a drop repaints only
what moved. Drag and drop carries task ids (see `drag_payload`).

Each row's urgency suggestion (`app.model.urgency`) is worked out when the row arrives or
changes, and again when the horizon or the day change (`set_suggesting`); nothing is suggested
before the window has shown every task and called `set_suggesting` once.

Right after the first paint a long lane is still *filling* (see `lane_filling`): it holds the
first of its tasks, exactly as the file has them up to its last card, and the rest is appended
a slice at a time. Till then a change that places a task after the last card is left to those
reads, so every task is shown once and in its place however the lane changes meanwhile.
"""

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.model.parsing import format_estimate
from app.model.quadrant import Quadrant, Status
from app.model.task import Task
from app.model.urgency import DEFAULT_HORIZON, Suggestion, suggestion
from app.ui.board import Board
from app.ui.calendar.schedule import Schedule
from app.ui.drag_payload import TASK_IDS_MIME, decode_task_ids, encode_task_ids
from app.ui.local_dates import LOCAL_DATES, day_text
from app.ui.translation import Counts, translate

TaskRole = Qt.ItemDataRole.UserRole + 1
ScheduledRole = Qt.ItemDataRole.UserRole + 2  # (Slot, how many more) or None
SuggestionRole = Qt.ItemDataRole.UserRole + 3  # Suggestion or None

_Index = QModelIndex | QPersistentModelIndex


def describe(task: Task, today: date, suggested: Suggestion | None = None) -> str:
    """The card in words, for tooltips and screen readers."""
    parts = [task.title]
    if suggested is not None:
        parts.append(suggestion_sentence(suggested))
    if task.status is Status.DONE:
        parts.append(translate("Cards", "done"))
    if task.due:
        if task.due < today:
            words = translate("Cards", "overdue, was due {date}")
        else:
            words = translate("Cards", "due {date}")
        parts.append(words.format(date=day_text(task.due, today)))
    if task.estimate:
        estimate = format_estimate(task.estimate)
        parts.append(translate("Cards", "estimate {estimate}").format(estimate=estimate))
    if task.delegate:
        parts.append(translate("Cards", "delegated to {person}").format(person=task.delegate))
    if task.follow_up:
        follow_up = day_text(task.follow_up, today)
        parts.append(translate("Cards", "follow up {when}").format(when=follow_up))
    if task.tags:
        parts.append(translate("Cards", "tags {tags}").format(tags=", ".join(task.tags)))
    return "; ".join(parts)


def suggestion_sentence(suggested: Suggestion) -> str:
    """The suggestion and its reason, for the tooltip and the editor."""
    return suggested.advice(translate, Counts, LOCAL_DATES)


class LaneModel(QAbstractListModel):
    """Signals:
    countChanged(): the open count changed other than through rows coming and going.
    arrived(list[int]): the user dropped these tasks here from another lane.
    """

    countChanged = Signal()
    arrived = Signal(list)

    def __init__(
        self,
        quadrant: Quadrant,
        board: Board,
        show_done: bool = False,
        schedule: Schedule | None = None,
    ) -> None:
        super().__init__()
        self.quadrant = quadrant
        self._board = board
        self._schedule = schedule or Schedule()
        self._schedule.changed.connect(self._rescheduled)
        self._rows: list[Task] = []
        self._ids: set[int] = set()  # of the rows, to skip changes that do not concern us
        self.known_open: int | None = None  # the lane's open tasks while only some are loaded
        self._filling = False  # more rows follow through `extend`
        self.show_done = show_done
        self._suggestions: dict[int, Suggestion] = {}
        self._suggesting = False  # until `set_suggesting`
        self._horizon = DEFAULT_HORIZON
        self._today = date.today()

    # -- content ------------------------------------------------------------------------------

    def belongs(self, task: Task | None) -> bool:
        return (
            task is not None
            and task.quadrant is self.quadrant
            and (task.is_open or (self.show_done and task.status is Status.DONE))
        )

    def reset(self, tasks: Iterable[Task]) -> None:
        self.beginResetModel()
        self._rows = sorted((t for t in tasks if self.belongs(t)), key=lambda t: t.sort_key)
        self._ids = {t.id for t in self._rows}
        self._suggestions = {}
        self._suggest(self._rows)
        self.known_open = None
        self._filling = False
        self.endResetModel()

    def begin_filling(self, open_count: int) -> None:
        """The rows are the lane's first ones; more follow through `extend`. Till the lane is
        whole, its header counts `open_count` open tasks."""
        self._filling = True
        self.set_known_open(open_count)

    @property
    def filling(self) -> bool:
        return self._filling

    def last_key(self) -> tuple[int, int] | None:
        """The sort key of the last row (None: no rows); a filling lane reads on from there."""
        return self._rows[-1].sort_key if self._rows else None

    def extend(self, tasks: Sequence[Task], whole: bool) -> None:
        """Append the lane's next tasks, read from the file after `last_key`, in lane order;
        `whole`: they are the last, the lane is complete now."""
        tasks = [t for t in tasks if self.belongs(t)]
        fresh = {t.id for t in tasks}
        if not self._ids.isdisjoint(fresh):  # moved on in the file by a change not seen yet
            for row in range(len(self._rows) - 1, -1, -1):
                if self._rows[row].id in fresh:
                    self.beginRemoveRows(QModelIndex(), row, row)
                    self._ids.discard(self._rows.pop(row).id)
                    self.endRemoveRows()
        if tasks:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(tasks) - 1)
            self._rows.extend(tasks)
            self._ids.update(fresh)
            self._suggest(tasks)
            self.endInsertRows()
        if whole:
            self.end_filling()

    def end_filling(self) -> None:
        """No more rows follow: count the rows from now on."""
        self._filling = False
        self.set_known_open(None)

    def apply(self, states: Mapping[int, Task | None]) -> None:
        """Bring the rows up to date with the new states of some tasks.

        A task that keeps its place is updated in place (its selection survives); one that
        leaves or moves is removed and, if it still belongs here, inserted where it now sorts.
        """
        if self._ids.isdisjoint(states) and not any(map(self.belongs, states.values())):
            return
        for task_id, new in states.items():  # before the rows change: data() may be asked
            self._suggestions.pop(task_id, None)
            if new is not None and self.belongs(new):
                self._suggest([new])
        # While filling, the rows are the file's up to the last one; a task placed after it is
        # read with the rest (taken before any row leaves, as the reads go on from there).
        end = self.last_key() if self._filling else None
        if self._filling and end is None:
            return  # an empty filling lane: every task of it is still to be read
        moved: set[int] = set()
        for row, task in enumerate(self._rows):
            if task.id not in states:
                continue
            new = states[task.id]
            if new is not None and self.belongs(new) and new.sort_key == task.sort_key:
                self._rows[row] = new
                index = self.index(row)
                self.dataChanged.emit(index, index)
            else:
                moved.add(task.id)
        for row in sorted((r for r, t in enumerate(self._rows) if t.id in moved), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            self._ids.discard(self._rows.pop(row).id)
            self.endRemoveRows()
        arriving = [
            t
            for t in states.values()
            if t is not None
            and self.belongs(t)
            and t.id not in self._ids
            and (end is None or t.sort_key < end)
        ]
        arriving.sort(key=lambda t: t.sort_key)
        first = 0
        while first < len(arriving):  # those going between the same two cards arrive as one
            row = bisect_left(self._rows, arriving[first].sort_key, key=lambda t: t.sort_key)
            stop = first + 1
            if row == len(self._rows):
                stop = len(arriving)
            else:
                before = self._rows[row].sort_key
                while stop < len(arriving) and arriving[stop].sort_key < before:
                    stop += 1
            group = arriving[first:stop]
            self.beginInsertRows(QModelIndex(), row, row + len(group) - 1)
            self._rows[row:row] = group
            self._ids.update(t.id for t in group)
            self.endInsertRows()
            first = stop

    # -- suggestions -----------------------------------------------------------------------------

    def set_suggesting(self, horizon: int, today: date) -> None:
        """Suggest with this horizon and today, and repaint the cards whose suggestion
        changed."""
        self._suggesting, self._horizon, self._today = True, horizon, today
        before = self._suggestions
        self._suggestions = {}
        self._suggest(self._rows)
        for row, task in enumerate(self._rows):
            if before.get(task.id) != self._suggestions.get(task.id):
                self.dataChanged.emit(self.index(row), self.index(row))

    def suggesting_today(self) -> date:
        return self._today

    def suggestion_for(self, task_id: int) -> Suggestion | None:
        return self._suggestions.get(task_id)

    def _suggest(self, tasks: Iterable[Task]) -> None:
        if not self._suggesting:
            return
        for task in tasks:
            found = suggestion(task, self._today, self._horizon)
            if found is not None:
                self._suggestions[task.id] = found

    def task_at(self, row: int) -> Task:
        return self._rows[row]

    def tasks(self) -> Sequence[Task]:
        return self._rows

    def row_of(self, task_id: int) -> int | None:
        if task_id not in self._ids:
            return None
        return next((r for r, t in enumerate(self._rows) if t.id == task_id), None)

    def _rescheduled(self, task_ids: set[int]) -> None:
        if self._ids.isdisjoint(task_ids):
            return
        for row, task in enumerate(self._rows):
            if task.id in task_ids:
                self.dataChanged.emit(self.index(row), self.index(row))

    def set_known_open(self, count: int | None) -> None:
        """Count `count` open tasks while only the first rows are loaded (until `reset` or
        the lane is whole); None: count the rows."""
        self.known_open = count
        self.countChanged.emit()

    def open_count(self) -> int:
        if self.known_open is not None:
            return self.known_open
        if not self.show_done:
            return len(self._rows)
        return sum(1 for t in self._rows if t.is_open)

    # -- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        task = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return task.title
        if role == TaskRole:
            return task
        if role == SuggestionRole:
            return self._suggestions.get(task.id)
        if role == ScheduledRole:
            return self._schedule.next_for(task.id, datetime.now(UTC))
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = describe(task, date.today(), self._suggestions.get(task.id))
            return (
                text
                if role != Qt.ItemDataRole.ToolTipRole or not task.notes
                else (f"{text}\n\n{task.notes[:500]}")
            )
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [TASK_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_task_ids(self._rows[r].id for r in rows)

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        return data.hasFormat(TASK_IDS_MIME) and not parent.isValid()

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        """Move the dragged tasks into this lane before `row` (-1 or past the end: at the end)."""
        ids = decode_task_ids(data)
        if not ids or action not in (Qt.DropAction.MoveAction, Qt.DropAction.CopyAction):
            return False
        if parent.isValid():  # dropped onto a card: go before it
            row = parent.row()
        before_id = self._rows[row].id if 0 <= row < len(self._rows) else None
        new = [i for i in ids if i not in self._ids]
        if self._board.move(ids, self.quadrant, before_id) and new:
            self.arrived.emit(new)
        return True
