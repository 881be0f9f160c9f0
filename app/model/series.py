"""SeriesService: repeating blocks — making a block repeat, and moving, editing or deleting one
occurrence: this one, this and following, or all. One transaction and one `Change` each, so
each is one undo step, and undo restores only the fields it wrote (see `undo`).

What each choice does (see `repeats` for how the file holds a series):
- This one: an occurrence changed on its own becomes a row of its own (it replaces the
  occurrence; a row that already does is changed). Deleting it adds it to the series'
  exceptions (EXDATE) and removes its row if it had one.
- This and following: the series ends before this occurrence (UNTIL) and a new series, with
  the change, starts at it; a COUNT is shared out between the two. Occurrences changed on their
  own from there on go with the new series, as they are; deleting removes them.
- All: the series itself changes (its title, kind, notes, task, rule). Occurrences changed on
  their own keep what was changed in them, except the one edited, which takes the edit too.
  Deleting removes the series and all of them.
- On the first occurrence, "this and following" is "all".
- Repeat "none" for this and following, or all, leaves one block where the occurrence is.
"""

import uuid
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import Connection, insert

from app.model import rows
from app.model.block import BlockEdit, TimeBlock, check_span
from app.model.blocks import edited_fields, stored_block
from app.model.change import Change
from app.model.datafile import DataFile
from app.model.errors import InvalidInput
from app.model.repeats import (
    Scope,
    count_before,
    key_instant,
    occurrence_end,
    recurrence_key,
    rule_parts,
    with_end,
)
from app.model.schema import BLOCKS
from app.model.wording import QT_TRANSLATE_NOOP

_block = rows.sql(BLOCKS).c
_UNCHANGED = object()


class SeriesService:
    def __init__(self, file: DataFile) -> None:
        self._file = file

    def set_repeat(self, block_id: int, rule: str | None) -> Change:
        """Make a single block repeat by `rule` (checked by `repeats.parse_rule`), or not."""
        with self._file.transaction() as connection:
            old = stored_block(connection, block_id)
            if old.series_id is not None:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors", "one occurrence cannot repeat on its own; change its series"
                    )
                )
            if old.repeat == rule:
                return Change()
            return _update(connection, old, self._file.now(), repeat=rule)

    def change_span(self, occurrence: TimeBlock, start: datetime, end: datetime) -> Change:
        """Move or resize this one occurrence."""
        check_span(start, end)
        with self._file.transaction() as connection:
            now = self._file.now()
            stored = _stored(connection, occurrence)
            if stored is not None:
                if (stored.start, stored.end) == (start, end):
                    return Change()
                return _update(connection, stored, now, start=start, end=end)
            series = _series(connection, occurrence)
            return _insert(connection, _alone(series, occurrence, now, start=start, end=end))

    def edit(
        self,
        occurrence: TimeBlock,
        edit: BlockEdit,
        scope: Scope,
        zone: tzinfo,
        rule: Any = _UNCHANGED,
    ) -> Change:
        """Change an occurrence's title, kind, notes and task (and, for this and following
        or all, the rule: a checked rule, or None for no repeat) as `scope` says."""
        fields = edited_fields(edit)
        with self._file.transaction() as connection:
            now = self._file.now()
            series = _series(connection, occurrence)
            original = _original_start(occurrence)
            if scope is Scope.FOLLOWING and original <= series.start:
                scope = Scope.ALL
            if scope is Scope.THIS:
                stored = _stored(connection, occurrence)
                if stored is not None:
                    return _update(connection, stored, now, **fields)
                new = _alone(series, occurrence, now, start=occurrence.start,
                             end=occurrence.end, **fields)  # fmt: skip
                return _insert(connection, new)
            if rule is _UNCHANGED:
                rule = series.repeat
            if scope is Scope.ALL and rule is None:
                return self._end_series(connection, series, occurrence, now, fields)
            if scope is Scope.ALL:
                result = _update(connection, series, now, repeat=rule, **fields)
            else:
                result = self._split(connection, series, original, zone, now, fields, rule)
            if occurrence.id > 0:  # the one edited was changed on its own: it takes the edit
                return result.then(_update(connection, stored_block(connection, occurrence.id), now,
                                           **fields))  # fmt: skip
            return result

    def delete(self, occurrence: TimeBlock, scope: Scope) -> Change:
        """Delete an occurrence as `scope` says."""
        with self._file.transaction() as connection:
            now = self._file.now()
            series = _series(connection, occurrence)
            original = _original_start(occurrence)
            if scope is Scope.FOLLOWING and original <= series.start:
                scope = Scope.ALL
            key = recurrence_key(original)
            changed = _changed(connection, series.id)
            if scope is Scope.ALL:
                gone = {series.id: series} | {row.id: row for row in changed}
            elif scope is Scope.FOLLOWING:
                gone = {row.id: row for row in changed if _original_start(row) >= original}
            else:
                gone = {row.id: row for row in changed if row.recurrence_id == key}
            rows.delete_rows(BLOCKS, connection, gone)
            result = Change(blocks_before=gone, blocks_after=dict.fromkeys(gone))
            if scope is Scope.THIS:
                exceptions = tuple(sorted({*series.exceptions, key}))
                result = result.then(_update(connection, series, now, exceptions=exceptions))
            elif scope is Scope.FOLLOWING:
                ended = with_end(series.repeat or "", until=_just_before(original))
                result = result.then(_update(connection, series, now, repeat=ended))
            return result

    def _split(
        self,
        connection: Connection,
        series: TimeBlock,
        original: datetime,
        zone: tzinfo,
        now: datetime,
        fields: dict[str, Any],
        rule: str | None,
    ) -> Change:
        """End `series` before `original`; a new one with `fields` and `rule` from there."""
        old_rule = series.repeat or ""
        if rule is not None and "COUNT" in rule_parts(rule) and rule == old_rule:
            left = int(rule_parts(rule)["COUNT"]) - count_before(series, zone, original)
            rule = with_end(rule, count=max(left, 1))
        ended = _update(connection, series, now, repeat=with_end(old_rule, _just_before(original)))
        key = recurrence_key(original)
        later = tuple(k for k in series.exceptions if k >= key) if rule is not None else ()
        new = series._replace(
            id=0, uid=str(uuid.uuid4()), start=original,
            end=occurrence_end(series, original, zone), created=now, updated=now,
            repeat=rule, exceptions=later, **fields,
        )  # fmt: skip
        result = ended.then(_insert(connection, new))
        (new_id,) = [block.id for block in result.created_blocks()]
        for row in _changed(connection, series.id):
            if _original_start(row) >= original:
                result = result.then(_update(connection, row, now, series_id=new_id))
        return result

    def _end_series(
        self,
        connection: Connection,
        series: TimeBlock,
        occurrence: TimeBlock,
        now: datetime,
        fields: dict[str, Any],
    ) -> Change:
        """No more repeat, for all: one block where the occurrence was; the others go."""
        changed = {row.id: row for row in _changed(connection, series.id)}
        rows.delete_rows(BLOCKS, connection, changed)
        result = Change(blocks_before=changed, blocks_after=dict.fromkeys(changed))
        update = _update(
            connection, series, now, repeat=None, exceptions=(), start=occurrence.start,
            end=occurrence.end, **fields,
        )  # fmt: skip
        return result.then(update)


def _series(connection: Connection, occurrence: TimeBlock) -> TimeBlock:
    if occurrence.series_id is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "“{title}” does not repeat"), title=occurrence.title
        )
    series = stored_block(connection, occurrence.series_id)
    if series.repeat is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "“{title}” no longer repeats (another program changed it)"),
            title=series.title,
        )
    return series


def _stored(connection: Connection, occurrence: TimeBlock) -> TimeBlock | None:
    """The row of an occurrence changed on its own (None: it is as its series says)."""
    if occurrence.id > 0:
        return stored_block(connection, occurrence.id)
    assert occurrence.series_id is not None
    for row in _changed(connection, occurrence.series_id):
        if row.recurrence_id == occurrence.recurrence_id:
            return row
    return None


def _changed(connection: Connection, series_id: int) -> list[TimeBlock]:
    statement = rows.selecting(BLOCKS).where(_block.series_id == series_id).order_by(_block.id)
    return rows.values(BLOCKS, connection, statement)


def _original_start(occurrence: TimeBlock) -> datetime:
    assert occurrence.recurrence_id is not None
    return key_instant(occurrence.recurrence_id)


def _just_before(moment: datetime) -> str:
    return recurrence_key(moment - timedelta(seconds=1))


def _alone(series: TimeBlock, occurrence: TimeBlock, now: datetime, **fields: Any) -> TimeBlock:
    """The row for one occurrence changed on its own."""
    return series._replace(
        id=0, uid=str(uuid.uuid4()), created=now, updated=now, repeat=None, exceptions=(),
        series_id=series.id, recurrence_id=occurrence.recurrence_id, source=None,
        external_uid=None, **fields,
    )  # fmt: skip


def _insert(connection: Connection, block: TimeBlock) -> Change:
    check_span(block.start, block.end)
    block = block._replace(start=block.start.astimezone(UTC), end=block.end.astimezone(UTC))
    params = rows.stored(BLOCKS, block._asdict())
    del params["id"]
    result = connection.execute(insert(rows.sql(BLOCKS)).values(params))
    (block_id,) = result.inserted_primary_key or (None,)
    assert isinstance(block_id, int)
    return Change(
        blocks_before={block_id: None}, blocks_after={block_id: block._replace(id=block_id)}
    )


def _update(connection: Connection, old: TimeBlock, now: datetime, **fields: Any) -> Change:
    for name in ("start", "end"):
        if name in fields:
            fields[name] = fields[name].astimezone(UTC)
    if all(getattr(old, name) == value for name, value in fields.items()):
        return Change()
    rows.update_row(BLOCKS, connection, old.id, **fields, updated=now)
    new = old._replace(**fields, updated=now)
    return Change(blocks_before={old.id: old}, blocks_after={old.id: new})
