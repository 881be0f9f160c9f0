"""BlockModel: the cached time blocks of the week on show, for the calendar to draw.

Rows are `TimeBlock` snapshots in order of start; `data()` never touches the database. Block
changes arrive from the Board and are applied row by row; a block that moves out of the week
leaves the model, one that moves in joins it. It also keeps the tasks the blocks are linked
to (for their colours), as last read through the Board.

Signals:
    layoutNeeded(): the blocks changed in a way that changes where they are drawn.
"""

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from datetime import datetime

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.model.block import BlockKind, TimeBlock
from app.model.quadrant import Quadrant
from app.model.repeats import rule_in_words
from app.model.task import Task
from app.model.week import Week
from app.ui.local_dates import LOCAL_DATES, day_name, short_day_name, time_text
from app.ui.shell import theme
from app.ui.translation import QT_TRANSLATE_NOOP, Counts, translate

BlockRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex

# What a screen reader says of a block's kind and of the task it is linked to.
SPOKEN_KINDS = {
    BlockKind.FOCUS: QT_TRANSLATE_NOOP("WeekGrid", "focus"),
    BlockKind.MEETING: QT_TRANSLATE_NOOP("WeekGrid", "meeting"),
    BlockKind.PERSONAL: QT_TRANSLATE_NOOP("WeekGrid", "personal"),
}
LINKED = {
    Quadrant.INBOX: QT_TRANSLATE_NOOP("WeekGrid", "linked to an Inbox task"),
    Quadrant.DO: QT_TRANSLATE_NOOP("WeekGrid", "linked to a Do task"),
    Quadrant.DEFER: QT_TRANSLATE_NOOP("WeekGrid", "linked to a Defer task"),
    Quadrant.DELEGATE: QT_TRANSLATE_NOOP("WeekGrid", "linked to a Delegate task"),
    Quadrant.ELIMINATE: QT_TRANSLATE_NOOP("WeekGrid", "linked to an Eliminate task"),
}


def _order(block: TimeBlock) -> tuple[datetime, int]:
    return block.start, block.id


class BlockModel(QAbstractListModel):
    layoutNeeded = Signal()

    def __init__(self, week: Week) -> None:
        super().__init__()
        self._set_week(week)
        self._rows: list[TimeBlock] = []
        self._tasks: dict[int, Task] = {}  # the tasks blocks are linked to

    def _set_week(self, week: Week) -> None:
        self.week = week
        self._span = week.start, week.end  # worked out once: an import brings thousands

    def shows(self, block: TimeBlock | None) -> bool:
        return block is not None and block.start < self._span[1] and block.end > self._span[0]

    def reset(self, week: Week, blocks: Iterable[TimeBlock]) -> None:
        self.beginResetModel()
        self._set_week(week)
        self._rows = sorted((b for b in blocks if self.shows(b)), key=_order)
        self.endResetModel()
        self.layoutNeeded.emit()

    def apply(self, states: Mapping[int, TimeBlock | None]) -> None:
        """Bring the rows up to date with the new states of some blocks."""
        touched = False
        for row in reversed(range(len(self._rows))):
            block = self._rows[row]
            if block.id not in states:
                continue
            new = states[block.id]
            touched = True
            if new is not None and self.shows(new) and _order(new) == _order(block):
                self._rows[row] = new
                self.dataChanged.emit(self.index(row), self.index(row))
            else:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        shown = {block.id for block in self._rows}
        for new in states.values():
            if new is None or new.id in shown or not self.shows(new):
                continue
            touched = True
            row = bisect_left(self._rows, _order(new), key=_order)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.insert(row, new)
            self.endInsertRows()
        if touched:
            self.layoutNeeded.emit()

    def concerns_series(self, states: Mapping[int, TimeBlock | None]) -> bool:
        """Whether these new states touch a repeating block or an occurrence on show: the
        week must then be read again (occurrences are worked out from their series)."""
        shown = {i for b in self._rows if b.is_occurrence for i in (b.id, b.series_id)}
        return any(
            i in shown or (new is not None and (new.repeat is not None or new.is_occurrence))
            for i, new in states.items()
        )

    def blocks(self) -> list[TimeBlock]:
        return self._rows

    def block(self, block_id: int) -> TimeBlock | None:
        return next((b for b in self._rows if b.id == block_id), None)

    # -- the tasks blocks are linked to -------------------------------------------------------

    def task(self, task_id: int) -> Task | None:
        """The task a block is linked to, as last known."""
        return self._tasks.get(task_id)

    def linked(self, block: TimeBlock) -> Task | None:
        return self._tasks.get(block.task_id) if block.task_id is not None else None

    def remember(self, tasks: Iterable[Task]) -> None:
        """Keep these tasks (just read, or just linked to a block) for drawing."""
        self._tasks.update((task.id, task) for task in tasks)

    def unknown_tasks(self, blocks: Iterable[TimeBlock | None]) -> set[int]:
        """The ids of tasks these blocks are linked to that are not known yet."""
        return {
            block.task_id
            for block in blocks
            if block is not None and block.task_id is not None and block.task_id not in self._tasks
        }

    def apply_tasks(self, states: Mapping[int, Task | None]) -> bool:
        """Bring the known tasks up to date; True if any of them changed."""
        touched = False
        for task_id, task in states.items():
            if task_id in self._tasks:
                touched = True
                if task is None:
                    del self._tasks[task_id]
                else:
                    self._tasks[task_id] = task
        return touched

    # -- Qt's model interface -----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        block = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return block.title
        if role == BlockRole:
            return block
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.describe(block)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.spoken(block)
        return None

    def describe(self, block: TimeBlock) -> str:
        """The block in words, for its tooltip and screen readers."""
        start = block.start.astimezone(self.week.zone)
        end = block.end.astimezone(self.week.zone)
        day = short_day_name(start.date())
        if block.all_day:
            when = translate("WeekGrid", "{day} all day").format(day=day)
        else:
            when = translate("WeekGrid", "{day} {start}–{end}").format(
                day=day, start=time_text(start), end=time_text(end)
            )
        text = f"{block.title}\n{when} · {theme.kind_name(block.kind)}"
        if block.repeat is not None:
            rule = rule_in_words(block.repeat, self.week.zone, translate, Counts, LOCAL_DATES)
            text += "\n↻ " + translate("Repeats", "repeats {rule}").format(rule=rule)
        elif block.is_occurrence:
            text += "\n↻ " + translate(
                "WeekGrid", "one occurrence of a repeating block, changed on its own"
            )
        if block.source:
            text += "\n" + translate("WeekGrid", "from calendar {name}").format(name=block.source)
        return text + (f"\n\n{block.notes[:500]}" if block.notes else "")

    def spoken(self, block: TimeBlock) -> str:
        """The block as a screen reader says it: "Tuesday 09:00 to 10:30, Write strategy doc,
        focus, linked to a Defer task"."""
        start = block.start.astimezone(self.week.zone)
        end = block.end.astimezone(self.week.zone)
        day = day_name(start.date())
        if block.all_day:
            when = translate("WeekGrid", "{day}, all day").format(day=day)
        elif end.date() != start.date() and end.time() != end.time().min:
            when = translate("WeekGrid", "{day} {start} to {end_day} {end}").format(
                day=day, start=time_text(start), end_day=day_name(end.date()), end=time_text(end)
            )
        else:
            when = translate("WeekGrid", "{day} {start} to {end}").format(
                day=day, start=time_text(start), end=time_text(end)
            )
        title = block.title or translate("WeekGrid", "untitled")
        parts = [when, title, translate("WeekGrid", SPOKEN_KINDS[block.kind])]
        task = self.linked(block)
        if task is not None:
            parts.append(translate("WeekGrid", LINKED[task.quadrant]))
            if task.title != block.title:
                parts[-1] = translate("WeekGrid", "{linked} “{title}”").format(
                    linked=parts[-1], title=task.title
                )
        if block.source:
            parts.append(translate("WeekGrid", "from calendar {name}").format(name=block.source))
        return ", ".join(parts)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
