"""MatrixWidget: the Inbox beside the 2×2 Eisenhower matrix, and triage of the selection.

It keeps one LaneModel per lane in step with the Board, moves the keyboard selection between
lanes, and turns triage commands (send to a quadrant, done, delete) into Board operations.
Its `suggestions` (see `suggesting`) accept or dismiss the selection's urgency suggestions.

Signals:
    editRequested(int): open the editor for this task id.
    message(str): a short note for the status bar.
    problem(str): something went wrong that the user should know about.
    delegated(list[int]): the user moved these tasks into Delegate (key, menu or drag).
    scheduleRequested(list[Task]): block time in the week for these tasks (key or menu).
    firstPainted(): the first cards are on screen.
    loaded(): every task is shown (after firstPainted; long lanes are filled in meanwhile, a
        slice per turn of the event loop).
"""

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QGridLayout, QSplitter, QWidget

from app.model.quadrant import Quadrant, Status
from app.model.task import Task
from app.model.task_filter import TaskSearch
from app.ui.board import Board
from app.ui.calendar.schedule import Schedule
from app.ui.matrix.lane_filling import LaneFilling, LaneSource
from app.ui.matrix.lane_model import LaneModel
from app.ui.matrix.lane_panel import AxisLabel, LanePanel
from app.ui.matrix.lane_view import LaneView
from app.ui.matrix.suggesting import Suggesting
from app.ui.shell.theme import lane_name
from app.ui.translation import Counts, translate

INBOX_SPLIT = (1, 2)  # the Inbox : the quadrants, by default
_GRID = {
    Quadrant.DO: (1, 1),
    Quadrant.DEFER: (1, 2),
    Quadrant.DELEGATE: (2, 1),
    Quadrant.ELIMINATE: (2, 2),
}
_NEIGHBOURS = {
    Quadrant.INBOX: {"right": Quadrant.DO},
    Quadrant.DO: {"left": Quadrant.INBOX, "right": Quadrant.DEFER, "down": Quadrant.DELEGATE},
    Quadrant.DEFER: {"left": Quadrant.DO, "down": Quadrant.ELIMINATE},
    Quadrant.DELEGATE: {"left": Quadrant.INBOX, "right": Quadrant.ELIMINATE, "up": Quadrant.DO},
    Quadrant.ELIMINATE: {"left": Quadrant.DELEGATE, "up": Quadrant.DEFER},
}


class MatrixWidget(QSplitter):
    editRequested = Signal(int)
    message = Signal(str)
    problem = Signal(str)
    delegated = Signal(list)
    scheduleRequested = Signal(list)
    firstPainted = Signal()
    loaded = Signal()

    def __init__(
        self, board: Board, show_done: bool = False, schedule: Schedule | None = None
    ) -> None:
        """An empty matrix; `reload` fills it once it sits in its window (so Qt lays the long
        lanes out once, not on every re-parenting)."""
        super().__init__(Qt.Orientation.Horizontal)
        self.setObjectName("matrix-splitter")
        self.setChildrenCollapsible(False)
        self._board = board
        self.views: dict[Quadrant, LaneView] = {}
        for quadrant in Quadrant:
            model = LaneModel(quadrant, board, show_done, schedule)
            view = LaneView(model)
            view.navigate.connect(lambda direction, q=quadrant: self._navigate(q, direction))
            view.editRequested.connect(self.editRequested)
            view.suggestionClicked.connect(self._suggestion_clicked)
            view.installEventFilter(self)
            view.selectionModel().selectionChanged.connect(
                lambda _selected, _deselected, v=view: self._one_selection(v)
            )
            self.views[quadrant] = view
        self._active = self.views[Quadrant.INBOX]
        self._filling: LaneFilling | None = None
        self._first_to_paint: QObject | None = self.views[Quadrant.INBOX].viewport()
        self._first_to_paint.installEventFilter(self)
        self.views[Quadrant.DELEGATE].lane().arrived.connect(self.delegated)
        self.suggestions = Suggesting(board, self.views, self._selection, self.message.emit)
        board.tasksChanged.connect(self._apply)
        board.restored.connect(self._select)

        inbox = LanePanel(self.views[Quadrant.INBOX])
        inbox.setMinimumWidth(220)
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(10)
        grid.addWidget(AxisLabel(translate("Matrix", "Urgent")), 0, 1)
        grid.addWidget(AxisLabel(translate("Matrix", "Not urgent")), 0, 2)
        grid.addWidget(AxisLabel(translate("Matrix", "Important"), vertical=True), 1, 0)
        grid.addWidget(AxisLabel(translate("Matrix", "Not important"), vertical=True), 2, 0)
        for quadrant, (row, column) in _GRID.items():
            grid.addWidget(LanePanel(self.views[quadrant]), row, column)
        for index in (1, 2):
            grid.setRowStretch(index, 1)
            grid.setColumnStretch(index, 1)
        inbox_host = QWidget()
        inbox_layout = QGridLayout(inbox_host)
        inbox_layout.setContentsMargins(0, 0, 0, 0)
        inbox_layout.setVerticalSpacing(10)
        inbox_layout.addWidget(AxisLabel(" "), 0, 0)
        inbox_layout.addWidget(inbox, 1, 0)
        self.addWidget(inbox_host)
        self.addWidget(grid_host)
        # The Inbox as wide as a quadrant: it is one lane among five, not the widest.
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 2)
        self.setSizes([share * 1000 for share in INBOX_SPLIT])

    # -- state ------------------------------------------------------------------------------------

    def show_done(self) -> bool:
        return self.views[Quadrant.INBOX].lane().show_done

    def task(self, task_id: int) -> Task | None:
        """A task shown in one of the lanes, by id."""
        for view in self.views.values():
            row = view.lane().row_of(task_id)
            if row is not None:
                return view.lane().task_at(row)
        return None

    def tasks(self) -> list[Task]:
        """Every task the lanes hold, lane by lane."""
        return [task for view in self.views.values() for task in view.lane().tasks()]

    def set_show_done(self, show: bool) -> bool:
        """Show or hide done tasks, reading the lanes again; False if they could not be read
        (then nothing changes)."""
        tasks = self._board.read(lambda services: services.tasks.lanes(include_done=show))
        if tasks is None:
            return False
        self.reload(tasks, show)
        return True

    def set_card_menu(self, actions: list[QAction]) -> None:
        """What right-clicking a card offers."""
        for view in self.views.values():
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            view.addActions(actions)

    def repaint_cards(self) -> None:
        for view in self.views.values():
            view.viewport().update()

    def set_filter(self, search: TaskSearch | None) -> None:
        """Show only the cards `search` finds, in every lane (None: all of them)."""
        for view in self.views.values():
            view.filter.set_search(search)

    def focus_current_lane(self) -> None:
        """Give the keys back to the lane last used."""
        self._active.setFocus(Qt.FocusReason.OtherFocusReason)

    def reveal(self, ids: list[int]) -> None:
        """Select these new tasks in the lane that holds the first of them (the focus stays)."""
        for view in self.views.values():
            if view.lane().row_of(ids[0]) is not None if ids else False:
                view.select_ids(ids)
                return

    def reload(self, tasks: Iterable[Task], show_done: bool) -> None:
        filling, self._filling = self._filling, None
        if filling is not None:  # whatever was still to be read, `tasks` is the whole story
            filling.stop()
            filling.deleteLater()
        tasks = list(tasks)
        for view in self.views.values():
            view.lane().show_done = show_done
            view.lane().reset(tasks)

    def sync_with(self, tasks: Iterable[Task]) -> None:
        """Show `tasks` as the file now holds them, touching only the cards that differ."""
        shown = {t.id: t for view in self.views.values() for t in view.lane().tasks()}
        fresh = {t.id: t for t in tasks}
        states: dict[int, Task | None] = {i: t for i, t in fresh.items() if shown.get(i) != t}
        states.update((i, None) for i in shown.keys() - fresh.keys())
        if states:
            self._apply(states)

    def complete_after_first_paint(
        self, source: LaneSource, open_counts: Mapping[Quadrant, int]
    ) -> None:
        """Fill the lanes from `source` once the first cards have been painted, a slice at a
        time; till then the headers count `open_counts`."""
        lanes = [view.lane() for view in self.views.values()]
        filling = LaneFilling(source, lanes, open_counts, self)
        filling.problem.connect(self.problem)
        filling.finished.connect(self._filled)
        self._filling = filling

    def complete(self) -> None:
        """Show the whole lanes now, if they are still filling."""
        if self._filling is not None:
            self._filling.finish()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, LaneView):
            self._active = watched
        elif event.type() == QEvent.Type.Paint and watched is self._first_to_paint:
            self._first_to_paint = None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._after_first_paint)  # runs once the paint is done
        return False

    def _after_first_paint(self) -> None:
        self.firstPainted.emit()
        if self._filling is None:
            self.loaded.emit()
        else:
            self._filling.start()

    def _filled(self) -> None:
        filling, self._filling = self._filling, None
        if filling is not None:  # else `reload` stopped it and let it go
            filling.deleteLater()
        self.loaded.emit()

    def _one_selection(self, chosen: LaneView) -> None:
        """One selection across the lanes, the one the keys act on: selecting cards in a lane
        clears the others' and makes that lane the one acted on."""
        if not chosen.selectionModel().hasSelection():
            return
        self._active = chosen
        for view in self.views.values():
            if view is not chosen and view.selectionModel().hasSelection():
                view.clearSelection()

    def _select(self, ids: list[int]) -> None:
        """Select these tasks (after undo or redo) in the lane that holds the first of them."""
        for view in self.views.values():
            if any(view.lane().row_of(task_id) is not None for task_id in ids):
                view.setFocus(Qt.FocusReason.OtherFocusReason)
                view.select_ids(ids)
                return

    def _apply(self, states: Mapping[int, Task | None]) -> None:
        for view in self.views.values():
            view.lane().apply(states)
        if self._filling is not None:
            self._filling.recount()

    # -- keyboard navigation ----------------------------------------------------------------------

    def _suggestion_clicked(self, task_id: int, accept: bool) -> None:
        self.suggestions.clicked(task_id, accept)

    def _navigate(self, source: Quadrant, direction: str) -> None:
        target = _NEIGHBOURS[source].get(direction)
        if target is None:
            return
        row = self.views[source].currentIndex().row()
        view = self.views[target]
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        if direction == "up":
            view.select_row(view.shown_count() - 1)
        elif direction == "down":
            view.select_row(0)
        else:
            view.select_row(max(row, 0))

    def focus_lane(self, quadrant: Quadrant) -> None:
        view = self.views[quadrant]
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not view.selectionModel().hasSelection():
            view.select_row(0)

    # -- triage -----------------------------------------------------------------------------------

    def _selection(self) -> tuple[LaneView, list[int], int] | None:
        view = self._active
        ids = view.selected_ids()
        if not ids:
            self.message.emit(translate("Matrix", "Select a task first."))
            return None
        return view, ids, min(view.selected_rows())

    def send_selection_to(self, quadrant: Quadrant) -> None:
        selected = self._selection()
        if selected is None:
            return
        view, ids, row = selected
        if view.lane().quadrant is quadrant:
            return
        if self._board.move(ids, quadrant):
            view.select_row(row)
            moved = Counts.tr("%n task(s) moved to {lane}.", "", len(ids))
            self.message.emit(moved.format(lane=lane_name(quadrant)))
            if quadrant is Quadrant.DELEGATE:
                self.delegated.emit(ids)

    def move_selection_by(self, step: int) -> None:
        """Move the selected cards one place up (step -1) or down (+1) in their lane."""
        selected = self._selection()
        if selected is None:
            return
        view, ids, _row = selected
        rows = view.selected_rows()  # among the cards shown: with a filter on, past hidden ones
        count = view.shown_count()
        if step < 0:
            if rows[0] == 0:
                return
            before_id: int | None = view.task_at(rows[0] - 1).id
        else:
            if rows[-1] == count - 1:
                return
            after_next = rows[-1] + 2
            before_id = view.task_at(after_next).id if after_next < count else None
        if self._board.move(ids, view.lane().quadrant, before_id):
            view.select_ids(ids)

    def toggle_done_selection(self) -> None:
        selected = self._selection()
        if selected is None:
            return
        view, ids, row = selected
        tasks = [view.task_at(row) for row in view.selected_rows()]
        done = not all(task.status is Status.DONE for task in tasks)
        if self._board.set_done(ids, done):
            if done and not self.show_done():
                view.select_row(row)
            self.message.emit(
                Counts.tr("%n task(s) marked done.", "", len(ids))
                if done
                else Counts.tr("%n task(s) marked not done.", "", len(ids))
            )

    def delete_selection(self) -> None:
        selected = self._selection()
        if selected is None:
            return
        view, ids, row = selected
        if self._board.delete(ids):
            view.select_row(row)
            self.message.emit(Counts.tr("%n task(s) deleted. Undo brings them back.", "", len(ids)))

    def schedule_selection(self) -> None:
        """Triage ▸ Block Time in the Week: what a drag onto the week does, from the keyboard."""
        selected = self._selection()
        if selected is None:
            return
        view = selected[0]
        tasks = [view.task_at(row) for row in view.selected_rows()]
        if any(task.is_open for task in tasks):
            self.scheduleRequested.emit([task for task in tasks if task.is_open])

    def edit_selection(self) -> None:
        selected = self._selection()
        if selected is not None:
            self.editRequested.emit(selected[1][0])
