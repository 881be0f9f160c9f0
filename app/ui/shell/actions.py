"""The window's actions in one table, and the one helper that turns it into QActions and menus.

Each row says an action's name (its objectName), text, keys (a standard key where one exists),
what it calls (a method of the window, dotted: "calendar.next_week", with fixed arguments), and
who holds it: the window, or the matrix, whose keys then work only while it has the focus.
"""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from app.model.quadrant import Quadrant
from app.ui.shell.theme import lane_name
from app.ui.translation import QT_TRANSLATE_NOOP, translate

Shortcut = QKeySequence.StandardKey | str | None
Keys = Shortcut | tuple[QKeySequence.StandardKey | str, ...]  # a tuple: every one of them

_WINDOW = Qt.ShortcutContext.WindowShortcut
_IN_MATRIX = Qt.ShortcutContext.WidgetWithChildrenShortcut
_KEY = QKeySequence.StandardKey


@dataclass(frozen=True)
class Act:
    """One row of the table."""

    name: str  # objectName; "" for actions nothing looks up
    text: str  # marked for translation (context "Menus"); "{lane}" names the lane in `args`
    handler: str  # dotted path from the window: a method, or for `undo_step` the undo stack
    keys: Keys = None
    args: tuple[object, ...] = ()
    in_matrix: bool = False  # held by the matrix (its cards' menu can offer it)
    context: Qt.ShortcutContext = _WINDOW
    checkable: bool = False
    checked: str = ""  # dotted path of a method saying whether it starts checked
    group: str = ""  # checkable actions of one group exclude each other
    data: object = None
    undo_step: str = ""  # "undo" or "redo": made by the undo stack, which names and enables it


SEPARATOR = None
_MENU_QUADRANTS = (*list(Quadrant)[1:], Quadrant.INBOX)  # Do … Eliminate, then back to the Inbox

Menu = tuple[str, tuple["Act | Menu | None", ...]]  # a title and its rows; a row may be a submenu

MENUS: tuple[Menu, ...] = (
    (QT_TRANSLATE_NOOP("Menus", "&File"), (
        Act("print-plan", QT_TRANSLATE_NOOP("Menus", "&Print…"), "print_plan", _KEY.Print),
        Act("export-pdf", QT_TRANSLATE_NOOP("Menus", "&Export PDF…"), "export_pdf",
            "Ctrl+Shift+E"),
        Act("plan-name", QT_TRANSLATE_NOOP("Menus", "Your &Name on the Plan…"), "ask_plan_name"),
        SEPARATOR,
        Act("export-calendar", QT_TRANSLATE_NOOP("Menus", "Export &Calendar…"),
            "calendar_files.export_calendar"),
        Act("import-calendar", QT_TRANSLATE_NOOP("Menus", "&Import Calendar…"),
            "calendar_files.import_calendar",
            "Ctrl+Shift+I"),
        Act("calendar-account", QT_TRANSLATE_NOOP("Menus", "Calendar &Account…"),
            "syncing.ask_account"),
        SEPARATOR,
        Act("restore-backup", QT_TRANSLATE_NOOP("Menus", "&Restore Backup…"), "restore_backup"),
        SEPARATOR,
        Act("", QT_TRANSLATE_NOOP("Menus", "&Quit"), "close", _KEY.Quit),
    )),
    (QT_TRANSLATE_NOOP("Menus", "&Edit"), (
        Act("", QT_TRANSLATE_NOOP("Menus", "&Undo"),
            "board.undo_stack", _KEY.Undo, undo_step="undo"),
        # the platform's Redo (Ctrl+Y on some desktops) and Ctrl+Shift+Z, which people expect too
        Act("", QT_TRANSLATE_NOOP("Menus", "&Redo"),
            "board.undo_stack", (_KEY.Redo, "Ctrl+Shift+Z"), undo_step="redo"),
        SEPARATOR,
        Act("new-task", QT_TRANSLATE_NOOP("Menus", "&New Task"), "focus_quick_add", _KEY.New),
        Act("find", QT_TRANSLATE_NOOP("Menus", "&Find…"), "filter.start", _KEY.Find),
        Act("edit-task", QT_TRANSLATE_NOOP("Menus", "&Edit Task…\tEnter"),
            "matrix.edit_selection", in_matrix=True),
        Act("toggle-done", QT_TRANSLATE_NOOP("Menus", "Mark &Done / Not Done"),
            "matrix.toggle_done_selection", "Space",
            in_matrix=True, context=_IN_MATRIX),
        Act("delete-task", QT_TRANSLATE_NOOP("Menus", "&Delete Task"),
            "matrix.delete_selection", _KEY.Delete,
            in_matrix=True, context=_IN_MATRIX),
    )),
    (QT_TRANSLATE_NOOP("Menus", "&Triage"), (
        *(
            Act(f"send-{q.value}", QT_TRANSLATE_NOOP("Menus", "Send to {lane}"),
                "matrix.send_selection_to", q.key,
                args=(q,), in_matrix=True, context=_IN_MATRIX)
            for q in _MENU_QUADRANTS
        ),
        SEPARATOR,
        Act("accept-suggestion", QT_TRANSLATE_NOOP("Menus", "&Accept Suggested Move"),
            "matrix.suggestions.accept_selection",
            "U", in_matrix=True, context=_IN_MATRIX),
        Act("dismiss-suggestion", QT_TRANSLATE_NOOP("Menus", "Dis&miss Suggestion"),
            "matrix.suggestions.dismiss_selection",
            "Shift+U", in_matrix=True, context=_IN_MATRIX),
        Act("schedule-task", QT_TRANSLATE_NOOP("Menus", "&Block Time in the Week"),
            "matrix.schedule_selection", "B",
            in_matrix=True, context=_IN_MATRIX),
        SEPARATOR,
        Act("move-up", QT_TRANSLATE_NOOP("Menus", "Move &Up"),
            "matrix.move_selection_by", "Ctrl+Up", args=(-1,),
            in_matrix=True, context=_IN_MATRIX),
        Act("move-down", QT_TRANSLATE_NOOP("Menus", "Move Do&wn"),
            "matrix.move_selection_by", "Ctrl+Down", args=(1,),
            in_matrix=True, context=_IN_MATRIX),
        SEPARATOR,
        *(
            Act(f"go-{q.value}", QT_TRANSLATE_NOOP("Menus", "Go to {lane}"),
                "matrix.focus_lane", f"Alt+{q.key}",
                args=(q,))
            for q in Quadrant
        ),
    )),
    (QT_TRANSLATE_NOOP("Menus", "&View"), (
        Act("show-done", QT_TRANSLATE_NOOP("Menus", "Show &Completed Tasks"),
            "set_show_done", "Ctrl+Shift+D",
            checkable=True, checked="matrix.show_done"),
        SEPARATOR,
        Act("previous-week", QT_TRANSLATE_NOOP("Menus", "&Previous Week"),
            "calendar.previous_week", "Ctrl+PgUp"),
        Act("next-week", QT_TRANSLATE_NOOP("Menus", "&Next Week"),
            "calendar.next_week", "Ctrl+PgDown"),
        Act("this-week", QT_TRANSLATE_NOOP("Menus", "&This Week"), "calendar.this_week", "Ctrl+T"),
        Act("save-template", QT_TRANSLATE_NOOP("Menus", "Save Week as Te&mplate…"),
            "templates.ask_save"),
        Act("apply-template", QT_TRANSLATE_NOOP("Menus", "&Apply Template…"),
            "templates.ask_apply"),
        Act("weekly-review", QT_TRANSLATE_NOOP("Menus", "Weekly &Review"),
            "show_review", "Ctrl+Shift+R"),
        Act("show-waiting", QT_TRANSLATE_NOOP("Menus", "Waiting &For"),
            "show_waiting", "Ctrl+Shift+W"),
        SEPARATOR,
        *(
            Act(f"layout-{mode}", text, "show_layout", keys, args=(mode,), checkable=True,
                group="layout", data=mode)
            for text, mode, keys in (
                (QT_TRANSLATE_NOOP("Menus", "Matrix &and Week"), "both", "Ctrl+Alt+B"),
                (QT_TRANSLATE_NOOP("Menus", "&Matrix Only"), "matrix", "Ctrl+Alt+M"),
                (QT_TRANSLATE_NOOP("Menus", "&Week Only"), "week", "Ctrl+Alt+W"),
            )
        ),
        SEPARATOR,
        (QT_TRANSLATE_NOOP("Menus", "&Appearance"), tuple(
            Act(f"appearance-{choice}", text, "appearance.choose", args=(choice,),
                checkable=True, group="appearance", data=choice)
            for text, choice in (
                (QT_TRANSLATE_NOOP("Menus", "&System"), "system"),
                (QT_TRANSLATE_NOOP("Menus", "&Light"), "light"),
                (QT_TRANSLATE_NOOP("Menus", "&Dark"), "dark"),
            )
        )),
        Act("sync-now", QT_TRANSLATE_NOOP("Menus", "&Sync Now"), "syncing.sync_now", _KEY.Refresh),
        Act("sync-conflicts", QT_TRANSLATE_NOOP("Menus", "Sync &Conflicts…"),
            "syncing.show_conflicts"),
        SEPARATOR,
        Act("working-hours", QT_TRANSLATE_NOOP("Menus", "Working &Hours…"), "ask_working_hours"),
        Act("urgency-horizon", QT_TRANSLATE_NOOP("Menus", "&Urgency Horizon…"), "ask_horizon"),
        Act("reminders", QT_TRANSLATE_NOOP("Menus", "Block &Reminders"),
            "reminders.set_enabled", checkable=True,
            checked="reminders.enabled"),
        Act("reminder-lead", QT_TRANSLATE_NOOP("Menus", "Remind &Before…"), "ask_reminder_lead"),
    )),
    (QT_TRANSLATE_NOOP("Menus", "&Help"), (
        Act("open-log-folder", QT_TRANSLATE_NOOP("Menus", "Open &Log Folder"), "open_log_folder"),
        SEPARATOR,
        Act("", QT_TRANSLATE_NOOP("Menus", "&About Quadrant"), "show_about"),
    )),
)  # fmt: skip

# What right-clicking a card offers: what the menus and keys do to the selection.
CARD_MENU: tuple[str | None, ...] = (
    "edit-task",
    SEPARATOR,
    "toggle-done",
    *(f"send-{q.value}" for q in _MENU_QUADRANTS),
    SEPARATOR,
    "accept-suggestion",
    "dismiss-suggestion",
    SEPARATOR,
    "schedule-task",
    SEPARATOR,
    "delete-task",
)


@dataclass
class Built:
    """What `build_menus` made: the named actions, and the groups by name."""

    actions: dict[str, QAction]
    groups: dict[str, QActionGroup]


def build_menus(
    window: QWidget, menu_bar: QMenuBar, matrix: QWidget, menus: Iterable = MENUS
) -> Built:
    """Make every action of `menus`, connected to the window's methods, into the menu bar.
    The matrix's actions are added to it too, so their keys work while it has the focus."""
    built = Built({}, {})
    for title, rows in menus:
        _fill(menu_bar.addMenu(translate("Menus", title)), rows, window, matrix, built)
    return built


def _fill(menu: QMenu, rows: tuple, window: QWidget, matrix: QWidget, built: Built) -> None:
    for row in rows:
        if row is None:
            menu.addSeparator()
        elif isinstance(row, tuple):  # a submenu
            title, submenu = row
            _fill(menu.addMenu(translate("Menus", title)), submenu, window, matrix, built)
        else:
            action = _make(row, window, matrix, built)
            if row.in_matrix:
                matrix.addAction(action)
            menu.addAction(action)


def menu_actions(names: Sequence[str | None], built: Built, parent: QObject) -> list[QAction]:
    """The named actions in order, a separator for each None."""
    return [built.actions[name] if name else separator(parent) for name in names]


def separator(parent: QObject) -> QAction:
    action = QAction(parent)
    action.setSeparator(True)
    return action


def _make(row: Act, window: QWidget, matrix: QWidget, built: Built) -> QAction:
    if row.undo_step:
        stack = _resolve(window, row.handler)
        make = stack.createUndoAction if row.undo_step == "undo" else stack.createRedoAction
        action: QAction = make(window, _text(row))
        _set_keys(action, row.keys)
        _name_step(action, stack, row.undo_step == "undo")
    else:
        slot = _resolve(window, row.handler)
        action = make_action(
            matrix if row.in_matrix else window,
            _text(row),
            partial(slot, *row.args) if row.args else slot,
            None,
            name=row.name,
            context=row.context,
            checkable=row.checkable and not row.group,
            checked=bool(row.checked and _resolve(window, row.checked)()),
        )
        _set_keys(action, row.keys)
    if row.group:  # checked by the handler, not toggled: triggered is its signal
        action.setCheckable(True)
        action.setData(row.data)
        if row.group not in built.groups:  # one group for all its rows
            built.groups[row.group] = QActionGroup(window)
        built.groups[row.group].addAction(action)
    if row.name:
        built.actions[row.name] = action
    return action


def _text(row: Act) -> str:
    """The row's text in the window's language."""
    text = translate("Menus", row.text)
    lanes = [arg for arg in row.args if isinstance(arg, Quadrant)]
    return text.format(lane=lane_name(lanes[0])) if lanes else text


class _StepName(QObject):
    """Names Edit ▸ Undo's step in the window's language ("&Undo Move to Do"), after the undo
    stack's own text; a child of the action, so it is disconnected when the action goes."""

    def __init__(self, action: QAction, undo: bool) -> None:
        super().__init__(action)
        self._action = action
        self._undo = undo

    @Slot(str)
    def name(self, step: str) -> None:
        if not shiboken6.isValid(self._action):  # the stack clears itself as the window goes
            return
        if not step:
            text = translate("Menus", "&Undo") if self._undo else translate("Menus", "&Redo")
        elif self._undo:
            text = translate("Menus", "&Undo {step}").format(step=step)
        else:
            text = translate("Menus", "&Redo {step}").format(step=step)
        self._action.setText(text)


def _name_step(action: QAction, stack: Any, undo: bool) -> None:
    naming = _StepName(action, undo)
    (stack.undoTextChanged if undo else stack.redoTextChanged).connect(naming.name)
    naming.name(stack.undoText() if undo else stack.redoText())


def _set_keys(action: QAction, keys: Keys) -> None:
    if keys is None:
        return
    if not isinstance(keys, tuple):
        action.setShortcut(QKeySequence(keys))
        return
    sequences: list[QKeySequence] = []
    for key in keys:
        for sequence in (
            QKeySequence.keyBindings(key) if isinstance(key, _KEY) else [QKeySequence(key)]
        ):
            if sequence not in sequences:
                sequences.append(sequence)
    action.setShortcuts(sequences)


def _resolve(root: object, path: str) -> Any:
    for part in path.split("."):
        root = getattr(root, part)
    return root


def make_action(
    parent: QObject,
    text: str,
    slot: Callable[..., object] | None = None,
    shortcut: Shortcut = None,
    *,
    name: str = "",
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
    checkable: bool = False,
    checked: bool = False,
    tip: str = "",
) -> QAction:
    """A QAction with its shortcut and slot (a checkable one's slot gets the new state)."""
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(context)
    action.setCheckable(checkable)
    action.setChecked(checked)  # before connecting: the starting state is not a user's toggle
    if name:
        action.setObjectName(name)
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    if slot is not None:
        if checkable:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(lambda _checked=False: slot())
    return action
