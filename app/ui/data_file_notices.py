"""What the window says about the data file itself, in its language: tasks it could not read
and left out (changed by hand or by another tool; the file keeps them unchanged), and what
happened to a damaged or empty file at start."""

from typing import TYPE_CHECKING

from app.model.errors import StorageError, Words
from app.ui.translation import Counts, in_words

if TYPE_CHECKING:
    from app.model.database import OpenedDatabase


def set_aside_notice(problems: list[StorageError]) -> str | None:
    """One sentence naming the first three problems (None: there are none)."""
    if not problems:
        return None
    shown = "; ".join(in_words(problem) for problem in problems[:3])
    if len(problems) > 3:
        shown += "; …"
    return Counts.tr(
        "%n task(s) in the data file could not be read and not shown; the file keeps them "
        "unchanged: {problems}.",
        "",
        len(problems),
    ).format(problems=shown)


def opening_notice(opened: "OpenedDatabase") -> str | None:
    """What happened to the data file while it was opened (None: nothing to tell)."""
    told = opened.told
    if told is None:
        return None
    if opened.recovered is not None:  # the counts it holds are English: word them here
        tasks, blocks = opened.recovered
        counted = {
            "tasks": Counts.tr("%n task(s)", "", tasks),
            "blocks": Counts.tr("%n block(s)", "", blocks),
        }
        told = Words(told.template, **{**told.values, **counted})
    return in_words(told)
