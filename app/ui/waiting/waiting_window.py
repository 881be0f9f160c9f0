"""The Waiting For window (View ▸ Waiting For): every open delegated task by person, overdue
follow-ups first, and one step each to follow through.

Followed Up (F) records today's follow-up and sets the next one three working days on; Got It
Back (B) sends the task to Do; Done (Space) marks it done. Each is an undo command through the
Board. Picking a person shows only theirs, recently done included: the list for a 1:1; Rename
changes their name on every task at once. Non-modal: it opens with `show()`.
"""

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.model.history import TaskEvent
from app.model.quadrant import Quadrant
from app.model.task import Task
from app.model.urgency import next_follow_up, today_in
from app.model.waiting import NO_ONE, waiting_for
from app.model.week import local_zone
from app.ui.board import Board
from app.ui.translation import QT_TRANSLATE_NOOP, Counts, translate
from app.ui.waiting.waiting_model import TASK_ID_ROLE, WaitingModel

if TYPE_CHECKING:
    from app.model.services import Services

Today = Callable[[], date]

# (object name, text, key, method): the buttons, the right-click menu and the keys.
STEPS = (
    ("followed-up", QT_TRANSLATE_NOOP("WaitingFor", "&Followed Up"), "F", "follow_up_selection"),
    ("got-it-back", QT_TRANSLATE_NOOP("WaitingFor", "Got It &Back"), "B", "take_back_selection"),
    ("waiting-done", QT_TRANSLATE_NOOP("WaitingFor", "&Done"), "Space", "done_selection"),
)


def _delegated(services: "Services") -> tuple[list[Task], list[TaskEvent], list[str]]:
    """Every task, the history of the delegated ones, and the people delegated to."""
    tasks = services.tasks.lanes(include_done=True)
    wanted = [t.id for t in tasks if t.delegate or t.quadrant is Quadrant.DELEGATE]
    return tasks, services.history.of_tasks(wanted), services.tasks.delegates()


def _today() -> date:
    return today_in(datetime.now(UTC), local_zone())


class WaitingWindow(QDialog):
    def __init__(self, board: Board, parent: QWidget | None = None, today: Today = _today) -> None:
        super().__init__(parent)
        self.setObjectName("waiting-for")
        self.setAccessibleName(translate("WaitingFor", "Waiting for"))
        self.setWindowTitle(translate("WaitingFor", "Waiting For"))
        self.setModal(False)
        self.resize(720, 420)
        self._board, self._today = board, today
        self._rename: QInputDialog | None = None

        self.person = QComboBox()
        self.person.setObjectName("waiting-person")
        self.person.setAccessibleName(translate("WaitingFor", "Person"))
        self.person.view().setAccessibleName(translate("WaitingFor", "People"))
        self.person.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.person.setMinimumContentsLength(14)
        self.person.currentIndexChanged.connect(lambda _index: self.reload())
        self.rename_button = QPushButton(translate("WaitingFor", "&Rename…"))
        self.rename_button.setObjectName("rename-person")
        self.rename_button.clicked.connect(self.ask_rename)
        self.summary = QLabel()
        self.summary.setObjectName("waiting-summary")
        self.summary.setMinimumWidth(220)
        top = QHBoxLayout()
        show = QLabel(translate("WaitingFor", "&Show:"))
        show.setBuddy(self.person)
        top.addWidget(show)
        top.addWidget(self.person)
        top.addWidget(self.rename_button)
        top.addStretch(1)

        self.model = WaitingModel()
        self.table = QTableView()
        self.table.setObjectName("waiting-list")
        self.table.setAccessibleName(translate("WaitingFor", "Delegated tasks"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)

        self.steps: list[QAction] = []
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary)
        buttons.addStretch(1)
        for name, words, key, method in STEPS:
            text = translate("WaitingFor", words)
            action = QAction(text, self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(getattr(self, method))
            self.table.addAction(action)
            self.steps.append(action)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button = QPushButton(f"{text.replace('&', '')}  ({shortcut})")
            button.setObjectName(f"{name}-button")
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        board.tasksChanged.connect(lambda _change: self.reload() if self.isVisible() else None)

    def showEvent(self, event: QShowEvent) -> None:
        self.reload()
        super().showEvent(event)

    # -- reading ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the delegated tasks again, for everyone or for the person picked."""
        today = self._today()
        found = self._board.read(_delegated)
        if found is None:
            return
        tasks, events, names = found
        chosen = self.chosen_person()
        people = waiting_for(tasks, events, today, local_zone(), chosen)
        self._fill_people(sorted(names, key=str.casefold), chosen)
        self.model.reload(people)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        waiting = sum(len(p.open) for p in people)
        overdue = sum(p.overdue for p in people)
        summary = Counts.tr("%n waiting", "", waiting)
        if overdue:
            late = Counts.tr("%n follow-up(s) overdue", "", overdue)
            summary = translate("WaitingFor", "{waiting}, {overdue}").format(
                waiting=summary, overdue=late
            )
        self.summary.setText(summary)
        self.rename_button.setEnabled(chosen is not None and chosen != NO_ONE)

    def chosen_person(self) -> str | None:
        text = self.person.currentText()
        return None if self.person.currentIndex() <= 0 or not text else text

    def _fill_people(self, names: list[str], chosen: str | None) -> None:
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItems([translate("WaitingFor", "Everyone"), *names])
        self.person.setCurrentIndex(names.index(chosen) + 1 if chosen in names else 0)
        self.person.blockSignals(False)

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.index(row, 0).data(TASK_ID_ROLE) for row in rows]

    # -- the steps ----------------------------------------------------------------------------

    def follow_up_selection(self) -> None:
        ids = self._open_selected()
        if ids:
            self._board.followed_up(ids, next_follow_up(self._today()))

    def take_back_selection(self) -> None:
        ids = self._open_selected()
        if ids:
            self._board.move(ids, Quadrant.DO)

    def done_selection(self) -> None:
        ids = self._open_selected()
        if ids:
            self._board.set_done(ids, True)

    def _open_selected(self) -> list[int]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [
            self.model.waiting(row).task.id
            for row in sorted(rows)
            if self.model.waiting(row).task.is_open
        ]

    def _menu(self, at: QPoint) -> None:
        menu = QMenu(self)
        menu.addActions(self.steps)
        menu.popup(self.table.viewport().mapToGlobal(at))

    def ask_rename(self) -> None:
        """Rename the person shown, on every task (one undo step). Non-blocking."""
        old = self.chosen_person()
        if old is None:
            return
        dialog = QInputDialog(self)
        dialog.setObjectName("rename-person-dialog")
        dialog.setWindowTitle(translate("WaitingFor", "Rename Person"))
        label = translate("WaitingFor", "New name for {person}, on every task delegated to them:")
        dialog.setLabelText(label.format(person=old))
        dialog.setTextValue(old)

        def accepted() -> None:
            new = dialog.textValue().strip()
            if new and self._board.rename_person(old, new):
                self.person.blockSignals(True)
                self.person.addItem(new)
                self.person.setCurrentText(new)
                self.person.blockSignals(False)
                self.reload()

        dialog.accepted.connect(accepted)
        self._rename = dialog
        dialog.open()
