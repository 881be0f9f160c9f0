"""LaneFilter: the cards of one lane that match the window's filter, over its LaneModel.

The filter only looks at the rows the lane already holds, so narrowing the lanes as one types
never reads the data file. Drag and drop, the keys and the selection work on what is shown;
cards that arrive or change while a filter is on are judged as they come.
"""

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from app.model.task import Task
from app.ui.matrix.lane_model import LaneModel

Matches = Callable[[Task], bool]


class LaneFilter(QSortFilterProxyModel):
    def __init__(self, lane: LaneModel) -> None:
        super().__init__(lane)
        self.lane = lane
        self._matches: Matches | None = None
        self.setSourceModel(lane)

    @property
    def active(self) -> bool:
        return self._matches is not None

    def set_matches(self, matches: Matches | None) -> None:
        """Show only the tasks `matches` accepts (None: every task of the lane)."""
        if matches is None and self._matches is None:
            return
        if hasattr(self, "endFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._matches = matches
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._matches = matches
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return self._matches is None or self._matches(self.lane.task_at(row))

    def task_at(self, row: int) -> Task:
        """The task shown in `row` (a row of this filter, not of the lane)."""
        return self.lane.task_at(self.mapToSource(self.index(row, 0)).row())

    def shown_row(self, lane_row: int) -> int | None:
        """Where the lane's `lane_row` is shown; None if the filter hides it."""
        index = self.mapFromSource(self.lane.index(lane_row))
        return index.row() if index.isValid() else None

    def lane_row(self, row: int) -> int:
        """The lane row a drop before shown `row` goes to (past the end: after the last shown)."""
        count = self.rowCount()
        if row < count:
            return self.mapToSource(self.index(row, 0)).row()
        if count == 0:
            return self.lane.rowCount()
        return self.mapToSource(self.index(count - 1, 0)).row() + 1
