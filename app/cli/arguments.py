"""Arguments several subcommands take: task and block ids as `quadrant list` shows them."""

from collections.abc import Iterable

from app.model.errors import InvalidInput


def parse_id(text: str, thing: str = "task") -> int:
    """“12” or “#12”; anything else is refused with a sentence saying what to give."""
    value = text.strip().removeprefix("#")
    if not (value.isascii() and value.isdigit()) or len(value) > 18:
        shown_by = "`quadrant list`" if thing == "task" else "`quadrant block list`"
        raise InvalidInput(f"“{text}” is not a {thing} id; give the number {shown_by} shows")
    return int(value)


def parse_ids(texts: Iterable[str], thing: str = "task") -> list[int]:
    """Several ids, in the order given, each once."""
    return list(dict.fromkeys(parse_id(text, thing) for text in texts))


def missing(wanted: Iterable[int], found: Iterable[int], thing: str = "task") -> InvalidInput:
    """The error for ids that name nothing in the data file."""
    absent = sorted(set(wanted) - set(found))
    names = ", ".join(f"#{i}" for i in absent)
    verb = "does" if len(absent) == 1 else "do"
    listing = "`quadrant list`" if thing == "task" else "`quadrant block list`"
    return InvalidInput(f"{thing} {names} {verb} not exist (see {listing})")
