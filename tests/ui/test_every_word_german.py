"""Every word the window shows changes when it speaks German: the window and its dialogs are
opened once in English and once in German, and every text a user sees or a screen reader reads
is compared; what stays the same is user data or a word German shares."""

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from app.model.block import BlockDraft, BlockKind
from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.task import TaskDraft

ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
)


def _texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    yield "title", widget.windowTitle()
    yield "tip", widget.toolTip()
    yield "name", widget.accessibleName()
    yield "description", widget.accessibleDescription()
    if isinstance(widget, QLabel):
        yield "text", widget.text()
    if isinstance(widget, QAbstractButton):
        yield "text", widget.text()
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QGroupBox):
        yield "text", widget.title()
    if isinstance(widget, QTabWidget):
        for tab in range(widget.count()):
            yield f"tab{tab}", widget.tabText(tab)
    if isinstance(widget, QComboBox):
        for item in range(widget.count()):
            yield f"item{item}", widget.itemText(item)
    if isinstance(widget, QAbstractItemView) and isinstance(widget.model(), QAbstractItemModel):
        model = widget.model()
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
        for row in range(min(model.rowCount(QModelIndex()), 20)):
            for column in range(columns):
                for role in ROLES:
                    value = model.data(model.index(row, column), role)
                    if isinstance(value, str):
                        yield f"r{row}c{column}:{role.name}", value
        for column in range(columns):
            value = model.headerData(column, Qt.Orientation.Horizontal)
            if isinstance(value, str):
                yield f"h{column}", value
    for number, action in enumerate(widget.actions()):
        yield from _action_texts(action, f"a{number}")


def _action_texts(action: QAction, key: str) -> Iterator[tuple[str, str]]:
    yield key, action.text()
    yield (
        key + "tip",
        action.toolTip() if action.toolTip() != action.text().replace("&", "") else "",
    )
    yield key + "status", action.statusTip()
    menu = action.menu()
    if isinstance(menu, QMenu):
        for number, inner in enumerate(menu.actions()):
            yield from _action_texts(inner, f"{key}.{number}")


def _collect(top: QWidget) -> dict[str, str]:
    found: dict[str, str] = {}

    def walk(widget: QWidget, path: str) -> None:
        for what, text in _texts(widget):
            if text:
                found[f"{path}/{what}"] = text
        children = [child for child in widget.children() if isinstance(child, QWidget)]
        for number, child in enumerate(children):
            walk(child, f"{path}/{child.objectName() or type(child).__name__}#{number}")

    walk(top, top.objectName() or type(top).__name__)
    return found


# The dialogs a user opens from the menus (the file choosers are Qt's own, translated by Qt).
DIALOGS = (
    "edit-task",
    "plan-name",
    "calendar-account",
    "restore-backup",
    "save-template",
    "apply-template",
    "weekly-review",
    "show-waiting",
    "sync-conflicts",
    "working-hours",
    "urgency-horizon",
    "reminder-lead",
)


def _window_and_dialogs(open_main_window, qtbot) -> dict[str, str]:
    window = open_main_window()
    window.resize(1280, 720)
    do = window.matrix.views[Quadrant.DELEGATE]
    do.setFocus()
    do.setCurrentIndex(do.model().index(0, 0))
    texts = _collect(window)
    for name in DIALOGS:
        before = set(QApplication.topLevelWidgets())
        window.findChild(QAction, name).trigger()
        qtbot.wait(20)
        for number, shown in enumerate(
            widget
            for widget in QApplication.topLevelWidgets()
            if widget not in before and widget.isVisible()
        ):
            texts.update({f"{name}{number}:{key}": text for key, text in _collect(shown).items()})
            shown.close()
    return texts


# Words German shares with English, and names.
SHARED = {
    "Block",
    "System",
    "Quadrant",
    "Status",
    "Details",
    "OK",
    "Person",
    "45m, 2h, 1h30m",
    "https://dav.example.com/",
}


def _left_english(english: dict[str, str], german: dict[str, str], data: set[str]) -> list[str]:
    def ours(text: str) -> bool:
        words = re.sub(r"[\d\W_]+", " ", text).strip()
        return (
            bool(words)
            and text.replace("&", "") not in SHARED
            and not any(title in text for title in data)
        )

    return sorted(
        f"{key}: {text!r}"
        for key, text in english.items()
        if german.get(key) == text and ours(text)
    )


def test_every_word_of_the_window_is_german(
    service: Services, open_main_window, request: pytest.FixtureRequest, qtbot
):
    today = datetime.now().date()
    service.tasks.add(
        [
            TaskDraft("Budget review", Quadrant.DO, due=today - timedelta(days=2), estimate=90),
            TaskDraft("Hiring plan", Quadrant.DEFER, due=today + timedelta(days=1)),
            TaskDraft(
                "Coaching Sam", Quadrant.DEFER, repeat="FREQ=WEEKLY;BYDAY=TU", tags=("people",)
            ),
            TaskDraft("Vendor contract", Quadrant.DELEGATE, delegate="Priya", follow_up=today),
            TaskDraft("Old newsletter", Quadrant.ELIMINATE, due=today + timedelta(days=1)),
            TaskDraft("Idea", Quadrant.INBOX),
        ]
    )
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    service.blocks.add(
        [
            BlockDraft(
                now - timedelta(minutes=10),
                now + timedelta(minutes=50),
                "Deep work",
                BlockKind.FOCUS,
            ),
            BlockDraft(
                now + timedelta(hours=2), now + timedelta(hours=3), "One to one", BlockKind.MEETING
            ),
        ]
    )
    titles = {
        "Budget review",
        "Hiring plan",
        "Coaching Sam",
        "Vendor contract",
        "Priya",
        "Old newsletter",
        "Idea",
        "Deep work",
        "One to one",
        "people",
    }
    english = _window_and_dialogs(open_main_window, qtbot)
    request.getfixturevalue("german")  # from here on (and back to English after the test)
    german = _window_and_dialogs(open_main_window, qtbot)
    left = _left_english(english, german, titles)
    assert left == [], "\n".join(left)
