"""CalDAV sync: what the file remembers about each item it shares with a calendar, and each
calendar's sync-token (see app/model/sync_item.py).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_item",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("calendar", sa.Text(), nullable=False),
        sa.Column("uid", sa.String(36), nullable=False, unique=True),
        sa.Column("component", sa.String(16), nullable=False),
        sa.Column("href", sa.Text(), nullable=True),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("synced", sa.Text(), nullable=False),
        sa.Column("conflict", sa.String(16), nullable=True),
        sa.Column("theirs", sa.Text(), nullable=True),
        sa.Column("their_etag", sa.Text(), nullable=True),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_sync_item_href", "sync_item", ["calendar", "href"])
    op.create_table(
        "sync_calendar",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("token", sa.Text(), nullable=True),
        sa.UniqueConstraint("url", name="sync_calendar_url"),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    op.drop_table("sync_calendar")
    op.drop_index("ix_sync_item_href", table_name="sync_item")
    op.drop_table("sync_item")
