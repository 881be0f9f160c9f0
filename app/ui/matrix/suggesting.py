"""Suggesting: what the lanes need to suggest moves (the horizon, today), and accepting or
dismissing the suggestions of the selected cards.

Suggestions start once the window has filled its lanes (`set_suggesting`). Accepting is a move
through the Board and dismissing a change of the tasks through the Board: one undo step each.
"""

from collections.abc import Callable, Mapping
from datetime import date

from app.model.quadrant import Quadrant
from app.model.urgency import DEFAULT_HORIZON, Suggestion
from app.ui.board import Board
from app.ui.matrix.lane_view import LaneView
from app.ui.shell.theme import lane_name
from app.ui.translation import Counts, translate

Selection = Callable[[], "tuple[LaneView, list[int], int] | None"]


class Suggesting:
    def __init__(
        self,
        board: Board,
        views: Mapping[Quadrant, LaneView],
        selection: Selection,
        message: Callable[[str], object],
    ) -> None:
        self._board = board
        self._views = views
        self._selection = selection
        self._message = message
        self._started = False
        self._horizon = DEFAULT_HORIZON

    def set_suggesting(self, horizon: int, today: date | None = None) -> None:
        """Suggest with this horizon and today (from now on)."""
        self._started = True
        self._horizon = horizon
        for view in self._views.values():
            view.lane().set_suggesting(horizon, today or date.today())

    def ready(self) -> bool:
        """Whether suggesting has started (till then nothing is suggested)."""
        return self._started

    def horizon(self) -> int:
        return self._horizon

    def new_day(self, today: date) -> bool:
        """Suggest for `today` if the lanes still suggest for another day; True if so."""
        lane = self._views[Quadrant.INBOX].lane()
        if not self._started or lane.suggesting_today() == today:
            return False
        self.set_suggesting(self._horizon, today)
        return True

    def suggestion(self, task_id: int) -> Suggestion | None:
        for view in self._views.values():
            if view.lane().row_of(task_id) is not None:
                return view.lane().suggestion_for(task_id)
        return None

    def clicked(self, task_id: int, accept: bool) -> None:
        """A card's → Do or ✕ button was clicked."""
        view = next((v for v in self._views.values() if v.lane().row_of(task_id) is not None), None)
        if view is None:
            return
        if accept:
            self._accept(view, [task_id], None)  # a click leaves the selection alone
        else:
            self._dismiss(view, [task_id])

    def accept_selection(self) -> None:
        """Move the selected tasks suggested for Do there, as one undo step."""
        selected = self._selection()
        if selected is not None:
            self._accept(*selected)

    def dismiss_selection(self) -> None:
        """Stop suggesting a move for the selected tasks until their due dates change."""
        selected = self._selection()
        if selected is not None:
            self._dismiss(*selected[:2])

    def _accept(self, view: LaneView, ids: list[int], row: int | None) -> None:
        """Move; then select the card now at `row` (None: leave the selection alone)."""
        lane = view.lane()
        moving = [
            i for i in ids if (s := lane.suggestion_for(i)) and s.quadrant is not lane.quadrant
        ]
        if not moving:
            self._message(translate("Matrix", "Nothing suggested for the selection."))
            return
        target = lane.suggestion_for(moving[0])
        assert target is not None
        if self._board.move(moving, target.quadrant):
            if row is not None:
                view.select_row(row)
            moved = Counts.tr("%n task(s) moved to {lane}.", "", len(moving))
            self._message(moved.format(lane=lane_name(target.quadrant)))

    def _dismiss(self, view: LaneView, ids: list[int]) -> None:
        lane = view.lane()
        suggested = [i for i in ids if lane.suggestion_for(i) is not None]
        if not suggested:
            self._message(translate("Matrix", "Nothing suggested for the selection."))
            return
        if self._board.dismiss(suggested):
            self._message(Counts.tr("Suggestion dismissed for %n task(s).", "", len(suggested)))
