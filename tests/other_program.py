"""Another program writing to the data file (the CLI, a calendar sync, a script), with the
standard library only: what undo must never overwrite."""

from pathlib import Path
from typing import Any

from app.model.database import connect
from app.model.schema import Table


class OtherProgram:
    def __init__(self, path: Path) -> None:
        self.connection = connect(path)

    def close(self) -> None:
        self.connection.close()

    def update(self, table: Table[Any], row_id: int, **fields: Any) -> None:
        """Set fields (by the value's attribute names) of one row, in one commit."""
        columns = {column.attribute: column for column in table.columns}
        names, values = [], []
        for attribute, value in fields.items():
            column = columns[attribute]
            store = column.storer()
            names.append(f"{column.name} = ?")
            values.append(store(value) if store and value is not None else value)
        with self.connection:
            self.connection.execute("BEGIN IMMEDIATE")
            self.connection.execute(
                f"UPDATE {table.name} SET {', '.join(names)} WHERE id = ?", [*values, row_id]
            )

    def delete(self, table: Table[Any], row_id: int) -> None:
        with self.connection:
            self.connection.execute("BEGIN IMMEDIATE")
            self.connection.execute(f"DELETE FROM {table.name} WHERE id = ?", (row_id,))
