"""The lanes a task can be in (Inbox and the four Eisenhower quadrants) and task statuses."""

from enum import StrEnum

from app.model.errors import InvalidInput
from app.model.wording import QT_TRANSLATE_NOOP


class Quadrant(StrEnum):
    """Where a task sits. The value is the internal name used in code, CLI and files."""

    INBOX = "inbox"
    DO = "do"
    DEFER = "defer"
    DELEGATE = "delegate"
    ELIMINATE = "eliminate"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def key(self) -> str:
        """The digit that sends a selected task here (0 for the Inbox, 1-4 for the quadrants)."""
        return str(list(Quadrant).index(self))

    @classmethod
    def parse(cls, text: str) -> "Quadrant":
        """Accept the internal name in any case, or its digit (0-4)."""
        wanted = text.strip().lower()
        for quadrant in cls:
            if wanted in (quadrant.value, quadrant.key):
                return quadrant
        names = ", ".join(q.value for q in cls)
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "unknown quadrant “{text}”; use one of {names}"),
            text=text,
            names=names,
        )


class Status(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"
