"""LaneFilter: the cards of one lane that match the window's filter, over its LaneModel.

The filter only looks at the rows the lane already holds, so narrowing the lanes as one types
never reads the data file. Drag and drop, the keys and the selection work on what is shown;
cards that arrive or change while a filter is on are judged as they come.

A keystroke sifts the lane once in Python (`TaskSearch.matching`, over the lane's search texts
kept here, and only among the cards shown when the new text just narrows the old one) and
shows the result as one layout change, which keeps the selection of cards still shown. There
is no Python call per row, as a QSortFilterProxyModel would make (ten thousand per keystroke).
"""

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.model.task import Task
from app.model.task_filter import TaskSearch, search_text
from app.ui.matrix.lane_model import LaneModel

_Index = QModelIndex | QPersistentModelIndex


class LaneFilter(QAbstractListModel):
    def __init__(self, lane: LaneModel) -> None:
        super().__init__(lane)
        self.lane = lane
        self._search: TaskSearch | None = None
        self._shown: list[int] | None = None  # lane rows shown, ascending; None: every row
        self._texts: list[str] | None = None  # the lane rows' search texts; None: not made
        self._removing: tuple[int, int] = (0, 0)  # shown rows a lane removal takes
        lane.rowsAboutToBeInserted.connect(self._lane_inserting)
        lane.rowsInserted.connect(self._lane_inserted)
        lane.rowsAboutToBeRemoved.connect(self._lane_removing)
        lane.rowsRemoved.connect(self._lane_removed)
        lane.dataChanged.connect(self._lane_changed)
        lane.modelAboutToBeReset.connect(self.beginResetModel)
        lane.modelReset.connect(self._lane_reset)

    @property
    def active(self) -> bool:
        return self._search is not None

    def set_search(self, search: TaskSearch | None) -> None:
        """Show only the tasks `search` finds (None: every task of the lane)."""
        if search is None and self._search is None:
            return
        if search is None:
            shown = None
        else:
            among = self._shown if search.narrows(self._search) else None
            shown = search.matching(self.lane.tasks(), self._search_texts(), among)
        self._search = search
        self._show(shown)

    # -- what is shown ---------------------------------------------------------------------------

    def task_at(self, row: int) -> Task:
        """The task shown in `row` (a row of this filter, not of the lane)."""
        return self.lane.task_at(self._lane_row_of(row))

    def shown_row(self, lane_row: int) -> int | None:
        """Where the lane's `lane_row` is shown; None if the filter hides it."""
        if self._shown is None:
            return lane_row if 0 <= lane_row < self.lane.rowCount() else None
        row = bisect_left(self._shown, lane_row)
        return row if row < len(self._shown) and self._shown[row] == lane_row else None

    def lane_row(self, row: int) -> int:
        """The lane row a drop before shown `row` goes to (past the end: after the last shown)."""
        count = self.rowCount()
        if row < count:
            return self._lane_row_of(row)
        if count == 0:
            return self.lane.rowCount()
        return self._lane_row_of(count - 1) + 1

    def _lane_row_of(self, row: int) -> int:
        return row if self._shown is None else self._shown[row]

    def _search_texts(self) -> list[str]:
        if self._texts is None:
            self._texts = [search_text(task) for task in self.lane.tasks()]
        return self._texts

    def _show(self, shown: list[int] | None) -> None:
        """Show these lane rows as one layout change: the cards still shown stay selected."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        lane_rows = [self._lane_row_of(index.row()) for index in before]
        self._shown = shown
        after = [self._index_of(lane_row) for lane_row in lane_rows]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _index_of(self, lane_row: int) -> QModelIndex:
        row = self.shown_row(lane_row)
        return QModelIndex() if row is None else self.index(row, 0)

    # -- keeping step with the lane --------------------------------------------------------------

    def _lane_inserting(self, _parent: QModelIndex, first: int, last: int) -> None:
        if self._shown is None:
            self.beginInsertRows(QModelIndex(), first, last)

    def _lane_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        tasks = self.lane.tasks()
        count = last - first + 1
        if self._texts is not None:
            self._texts[first:first] = [search_text(task) for task in tasks[first : last + 1]]
        if self._shown is None or self._search is None:
            self.endInsertRows()
            return
        row = bisect_left(self._shown, first)
        self._shown[row:] = [lane_row + count for lane_row in self._shown[row:]]  # still there
        found = self._search.matching(tasks, self._texts, range(first, last + 1))
        if found:
            self.beginInsertRows(QModelIndex(), row, row + len(found) - 1)
            self._shown[row:row] = found
            self.endInsertRows()

    def _lane_removing(self, _parent: QModelIndex, first: int, last: int) -> None:
        if self._shown is None:
            self.beginRemoveRows(QModelIndex(), first, last)
            return
        self._removing = (bisect_left(self._shown, first), bisect_right(self._shown, last))
        if self._removing[0] < self._removing[1]:
            self.beginRemoveRows(QModelIndex(), self._removing[0], self._removing[1] - 1)

    def _lane_removed(self, _parent: QModelIndex, first: int, last: int) -> None:
        count = last - first + 1
        if self._texts is not None:
            del self._texts[first : last + 1]
        if self._shown is None:
            self.endRemoveRows()
            return
        start, end = self._removing
        self._shown[start:] = [lane_row - count for lane_row in self._shown[end:]]
        if start < end:
            self.endRemoveRows()

    def _lane_changed(self, top: QModelIndex, bottom: QModelIndex, roles: Sequence[int]) -> None:
        tasks = self.lane.tasks()
        if self._texts is not None:
            for lane_row in range(top.row(), bottom.row() + 1):
                self._texts[lane_row] = search_text(tasks[lane_row])
        if self._shown is None or self._search is None:
            self.dataChanged.emit(self.index(top.row()), self.index(bottom.row()), roles)
            return
        for lane_row in range(top.row(), bottom.row() + 1):
            row = bisect_left(self._shown, lane_row)
            shown = row < len(self._shown) and self._shown[row] == lane_row
            if self._search.matches(tasks[lane_row]) == shown:
                if shown:
                    self.dataChanged.emit(self.index(row), self.index(row), roles)
            elif shown:  # it no longer matches
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._shown[row]
                self.endRemoveRows()
            else:
                self.beginInsertRows(QModelIndex(), row, row)
                self._shown.insert(row, lane_row)
                self.endInsertRows()

    def _lane_reset(self) -> None:
        self._texts = None
        if self._search is not None:
            self._shown = self._search.matching(self.lane.tasks(), self._search_texts())
        self.endResetModel()

    # -- Qt model interface: the lane's, row for row ---------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return self.lane.rowCount() if self._shown is None else len(self._shown)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        return self.lane.data(self.lane.index(self._lane_row_of(index.row())), role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return self.lane.flags(QModelIndex())
        return self.lane.flags(self.lane.index(self._lane_row_of(index.row())))

    def supportedDropActions(self) -> Qt.DropAction:
        return self.lane.supportedDropActions()

    def supportedDragActions(self) -> Qt.DropAction:
        return self.lane.supportedDragActions()

    def mimeTypes(self) -> list[str]:
        return self.lane.mimeTypes()

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = {self._lane_row_of(index.row()) for index in indexes if index.isValid()}
        return self.lane.mimeData([self.lane.index(row) for row in sorted(rows)])

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        return self.lane.canDropMimeData(data, action, row, column, QModelIndex())

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        """Drop before shown `row` (onto a card: before it; -1: after the last card shown)."""
        if parent.isValid():
            row = parent.row()
        lane_row = self.lane_row(row if row >= 0 else self.rowCount())
        return self.lane.dropMimeData(data, action, lane_row, 0, QModelIndex())
