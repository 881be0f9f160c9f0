"""Capture: turns what is typed or pasted in the quick-add field into tasks.

The text is read as a quick entry (`app.model.quick_entry`): the lane, due date, estimate,
person, tags and follow-up it names are stored with the task, and a time of day blocks time for
it — the task and its block are one undo step. While one types, the preview under the field
shows what will be stored. A typed entry is checked and added at once; several pasted lines
are checked (each read the same way), then offered as one task each in a box the user
confirms (it does not block: it answers through `finished`). The typed text is cleared when
the task lands: at once, or after a wait for the data file; if it is refused, the text stays.

Signals:
    added(list[int]): these tasks were added (select them).
    problem(str): nothing was added, and why.
"""

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from app.model.change import Change
from app.model.errors import InvalidInput
from app.model.parsing import parse_title
from app.model.quick_entry import Entry, read_entry
from app.model.week import local_zone
from app.ui.board import Board, Landed
from app.ui.matrix.entry_preview import EntryPreview
from app.ui.matrix.quick_add import QuickAdd
from app.ui.translation import Counts, in_words, translate


def read_typed(text: str) -> Entry:
    """What `text`, typed now, asks for; raises InvalidInput for an empty or overlong title."""
    now = datetime.now(local_zone())
    entry = read_entry(text, now.date(), now.hour * 60 + now.minute)
    parse_title(entry.title)
    return entry


class Capture(QObject):
    added = Signal(list)
    problem = Signal(str)

    def __init__(self, board: Board, field: QuickAdd) -> None:
        super().__init__(field)
        self._board = board
        self._field = field
        self.preview = EntryPreview()
        self._waiting: str | None = None  # a typed text whose add waits for the data file
        field.submitted.connect(self.add_typed)
        field.linesPasted.connect(self.offer_lines)
        field.textChanged.connect(self._preview)

    def _preview(self, text: str) -> None:
        try:
            entry = read_typed(text) if text.strip() else None
        except InvalidInput:
            entry = None
        self.preview.show_entry(entry)

    def add_typed(self, text: str) -> None:
        if self._board.is_waiting and text == self._waiting:
            return  # Enter again while that very text waits: one task, not two
        try:
            entry = read_typed(text)
        except InvalidInput as error:
            self.problem.emit(
                translate("Capture", "Not added: {error}.").format(error=in_words(error))
            )
            return

        def landed(change: Change) -> None:
            # It may land later (the data file was locked): clear only what was submitted.
            self._waiting = None
            if self._field.text() == text:
                self._field.clear()
            self._tell_added(change)

        self._waiting = text
        self._add([entry], landed)
        if not self._board.is_waiting:
            self._waiting = None  # it landed at once, or was refused

    def _tell_added(self, change: Change) -> None:
        self.added.emit([task.id for task in change.created()])

    def _add(self, entries: Sequence[Entry], landed: Landed) -> None:
        drafts = [entry.draft() for entry in entries]
        zone = local_zone()
        spans = {
            index: span
            for index, entry in enumerate(entries)
            if (span := entry.block_span(zone)) is not None
        }
        if spans:
            self._board.add_scheduled(drafts, spans, landed)
        else:
            self._board.add(drafts, landed)

    def offer_lines(self, lines: list[str]) -> None:
        """A paste of several lines: offer one task per line, after checking every line."""
        entries = []
        for number, line in enumerate(lines, 1):
            try:
                entries.append(read_typed(line))
            except InvalidInput as error:
                self.problem.emit(
                    translate("Capture", "Nothing added: line {number}: {error}.").format(
                        number=number, error=in_words(error)
                    )
                )
                return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("Capture", "Add Tasks"),
            Counts.tr("Add %n task(s), one for each line you pasted?", "", len(entries)),
            QMessageBox.StandardButton.Cancel,
            self._field.window(),
        )
        box.setObjectName("paste-lines")
        adding = Counts.tr("Add %n Task(s)", "", len(entries))
        add = box.addButton(adding, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(add)

        def finished() -> None:
            if box.clickedButton() is add:
                self._add(entries, self._tell_added)

        box.finished.connect(finished)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
