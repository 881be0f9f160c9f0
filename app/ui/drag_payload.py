"""The drag payload between views: task ids as a JSON list under one MIME type.

The matrix's lanes write it when cards are dragged; the lanes and the week calendar read it
when they are dropped on. Ids, not rows: a drop is looked up again in the data file.
"""

import json
from collections.abc import Iterable

from PySide6.QtCore import QByteArray, QMimeData

TASK_IDS_MIME = "application/x-quadrant-task-ids"


def encode_task_ids(ids: Iterable[int]) -> QMimeData:
    """A drag payload carrying `ids`, in that order."""
    data = QMimeData()
    data.setData(TASK_IDS_MIME, QByteArray(json.dumps(list(ids)).encode()))
    return data


def decode_task_ids(data: QMimeData) -> list[int]:
    """The task ids in a drag payload; an empty list for anything malformed."""
    if not data.hasFormat(TASK_IDS_MIME):
        return []
    try:
        ids = json.loads(bytes(data.data(TASK_IDS_MIME).data()).decode())
    except (UnicodeDecodeError, json.JSONDecodeError):
        return []
    if not isinstance(ids, list) or not all(type(i) is int for i in ids):
        return []
    return ids
