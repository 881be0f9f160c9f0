"""StatusLine: what the window's status bar says, and for how long.

Three kinds of words: a passing note ("3 tasks moved to Do.", gone after a few seconds), what
an undo step did (replaced by the next step), and a problem under the lanes — passing (a refused
edit, cleared by the next change that works) or lasting (a damaged file). Each is also said to
a screen reader; a problem urgently.
"""

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMainWindow

from app.ui.board import WAITING, Board
from app.ui.shell.announcing import announce
from app.ui.translation import translate

NOTE_MS = 6000
STEP_MS = 8000


class StatusLine(QObject):
    def __init__(self, window: QMainWindow, board: Board) -> None:
        super().__init__(window)
        self._window = window
        self._bar = window.statusBar()
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setProperty("role", "problem")  # coloured by the theme's style sheet
        self.problem.setWordWrap(True)
        self._problem_lasts = False
        self._step_told = False
        self._bar.addWidget(self.problem, 1)
        # A passing note covers the problem while it shows; Qt's own hiding is undone when the
        # status bar grows (the focus timer appearing), and both were drawn over each other.
        self._bar.messageChanged.connect(self._note_changed)
        board.failed.connect(self.show_problem)
        board.waiting.connect(self._wait_for_file)
        board.stepped.connect(self._stepped)
        board.undo_stack.indexChanged.connect(self._after_step)
        board.tasksChanged.connect(self._clear_passing_problem)
        board.blocksChanged.connect(self._clear_passing_problem)

    def note(self, text: str) -> None:
        self._bar.showMessage(text, NOTE_MS)
        announce(self._window, text)

    def show_problem(self, text: str, lasting: bool = False) -> None:
        """Show what went wrong under the lanes. A passing problem (a refused edit, say) is
        cleared by the next change that works; a lasting one (a damaged file) stays."""
        self.problem.setText(text)
        self._problem_lasts = lasting
        announce(self._window, text, urgent=True)

    def _note_changed(self, note: str) -> None:
        self.problem.setVisible(not note)

    def _stepped(self, text: str) -> None:
        self._step_told = True
        self._bar.showMessage(text, STEP_MS)
        announce(self._window, text)

    def _after_step(self) -> None:
        """Every step (a new operation, an undo, a redo) replaces what the status bar said about
        the one before: an undo or redo says what it did, a new operation says its own note
        (after this) or nothing."""
        if not self._step_told:
            self._bar.clearMessage()
        self._step_told = False

    def _wait_for_file(self, text: str) -> None:
        """An edit waits for the data file (""): say so until it lands or is refused."""
        if text:
            self.show_problem(text)
        elif self.problem.text() == translate("Saving", WAITING):
            self.problem.clear()

    def _clear_passing_problem(self) -> None:
        if not self._problem_lasts:
            self.problem.clear()
