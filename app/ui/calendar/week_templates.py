"""Week templates in the window: View ▸ Save Week as Template… keeps the focus blocks of the
week on show under a name (with the window's settings); View ▸ Apply Template… puts a template's
blocks into the week on show as one undo step. Both ask in dialogs that do not block.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QWidget

from app.model.week_template import NAME_MAX, SETTING, drafts_for, dump, load, template_of
from app.ui.board import Board
from app.ui.calendar.week_calendar import WeekCalendar
from app.ui.local_dates import span_text
from app.ui.shell.window_state import WindowState
from app.ui.translation import Counts, translate

_WIDTH = 56  # average letters: a question with room for a name, not a pop-up


class WeekTemplates:
    def __init__(
        self,
        board: Board,
        calendar: WeekCalendar,
        state: WindowState,
        parent: QWidget,
        say: Callable[[str], None],
    ) -> None:
        self._board, self._calendar, self._state = board, calendar, state
        self._parent, self._say = parent, say

    def names(self) -> list[str]:
        return sorted(load(self._state.text(SETTING, "")))

    def save(self, name: str) -> bool:
        """Keep the week's focus blocks as template `name`; False (and why) if there are none."""
        name = " ".join(name.split())[:NAME_MAX]
        if not name:
            self._say(translate("WeekTemplates", "A template needs a name."))
            return False
        template = template_of(self._calendar.model.blocks(), self._calendar.week)
        if not template:
            self._say(
                translate("WeekTemplates", "This week has no focus blocks to keep as a template.")
            )
            return False
        templates = load(self._state.text(SETTING, ""))
        templates[name] = template
        self._state.set_text(SETTING, dump(templates))
        self._state.sync()
        count = len(template)
        saved = Counts.tr("Saved %n focus block(s) as template “{name}”.", "", count)
        self._say(saved.format(name=name))
        return True

    def apply(self, name: str) -> bool:
        """Put template `name` into the week on show, one undo step."""
        template = load(self._state.text(SETTING, "")).get(name)
        if not template:
            self._say(
                translate("WeekTemplates", "There is no template “{name}”.").format(name=name)
            )
            return False
        drafts = drafts_for(template, self._calendar.week)
        text = translate("Undo", "Apply Template “{name}”").format(name=name)
        return bool(self._board.add_blocks(drafts, text))

    def ask_save(self) -> QInputDialog:
        span = span_text(self._calendar.week)
        label = translate("WeekTemplates", "Keep the focus blocks of {span} as the template named:")
        title = translate("WeekTemplates", "Save Week as Template")
        dialog = self._dialog("save-template", title, label.format(span=span))
        dialog.textValueSelected.connect(self.save)
        dialog.open()
        return dialog

    def ask_apply(self) -> QInputDialog | None:
        names = self.names()
        if not names:
            self._say(
                translate(
                    "WeekTemplates", "No templates yet: View ▸ Save Week as Template… keeps one."
                )
            )
            return None
        span = span_text(self._calendar.week)
        label = translate("WeekTemplates", "Put this template's focus blocks into {span}:")
        title = translate("WeekTemplates", "Apply Template")
        dialog = self._dialog("apply-template", title, label.format(span=span))
        dialog.setComboBoxItems(names)
        dialog.setComboBoxEditable(False)
        dialog.textValueSelected.connect(self.apply)
        dialog.open()
        return dialog

    def _dialog(self, name: str, title: str, label: str) -> QInputDialog:
        dialog = QInputDialog(self._parent)
        dialog.setObjectName(name)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        # Qt's own size fits the label and leaves the name a field of ten letters.
        dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * _WIDTH)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog
