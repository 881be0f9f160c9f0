"""Calendar import: where an imported task or block came from (the file's name, the item's
UID, and which occurrence of a repeating event), and all-day blocks (see
app/model/calendar_import.py).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN: a batch would rebuild the tables and lose AUTOINCREMENT.
    op.add_column("task", sa.Column("source", sa.Text(), nullable=True))
    op.add_column("task", sa.Column("external_uid", sa.Text(), nullable=True))
    op.create_index("ix_task_source", "task", ["source", "external_uid"])
    op.add_column(
        "time_block",
        sa.Column("all_day", sa.Integer(), nullable=False, server_default=sa.text("0")),
    )
    for name in ("source", "external_uid", "recurrence_id"):
        op.add_column("time_block", sa.Column(name, sa.Text(), nullable=True))
    op.create_index("ix_block_source", "time_block", ["source", "external_uid"])


def downgrade() -> None:
    op.drop_index("ix_block_source", table_name="time_block")
    op.drop_index("ix_task_source", table_name="task")
    # SQLite drops a column in place (3.35+), keeping the tables' AUTOINCREMENT as it is.
    for name in ("recurrence_id", "external_uid", "source", "all_day"):
        op.drop_column("time_block", name)
    for name in ("external_uid", "source"):
        op.drop_column("task", name)
