"""What the window says about tasks it could not read and left out (changed by hand or by
another tool; the file keeps them unchanged), in its language."""

from app.model.errors import StorageError
from app.ui.translation import Counts, in_words


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
