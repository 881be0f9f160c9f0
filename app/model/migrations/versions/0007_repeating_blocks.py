"""Repeating blocks and tasks: a block's RFC 5545 rule and the occurrences it leaves out, and
for one occurrence changed on its own, the repeating block it belongs to (see
app/model/repeats.py); how a task repeats (app/model/task_repeats.py).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN: a batch would rebuild the table and lose AUTOINCREMENT.
    op.add_column("time_block", sa.Column("repeat", sa.Text(), nullable=True))
    op.add_column(
        "time_block",
        sa.Column("exceptions", sa.JSON(), nullable=False, server_default=sa.text("'[]'")),
    )
    op.add_column("time_block", sa.Column("series_id", sa.Integer(), nullable=True))
    op.create_index("ix_block_series", "time_block", ["series_id"])
    op.create_index("ix_block_repeat", "time_block", ["repeat"])
    op.add_column("task", sa.Column("repeat", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("task", "repeat")
    op.drop_index("ix_block_repeat", table_name="time_block")
    op.drop_index("ix_block_series", table_name="time_block")
    for name in ("series_id", "exceptions", "repeat"):
        op.drop_column("time_block", name)
