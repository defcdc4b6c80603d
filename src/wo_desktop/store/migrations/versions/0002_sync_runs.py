"""The sync log: one row per sync run, with what it sent and pulled and what went wrong.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04

Written by hand and frozen: it does not import wo_desktop.store.sync_runs.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_runs",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("started_at", sa.Text(), nullable=False),
        sa.Column("finished_at", sa.Text(), nullable=True),
        sa.Column("trigger", sa.Text(), nullable=False),
        sa.Column("sent", sa.Integer(), nullable=False, server_default=sa.text("0")),
        sa.Column("rejected", sa.Integer(), nullable=False, server_default=sa.text("0")),
        sa.Column("remaining", sa.Integer(), nullable=False, server_default=sa.text("0")),
        sa.Column("pulled_rows", sa.Integer(), nullable=False, server_default=sa.text("0")),
        sa.Column("paused", sa.Text(), nullable=True),
        sa.Column("errors_json", sa.Text(), nullable=False, server_default=sa.text("'[]'")),
        # AUTOINCREMENT: ids keep rising after the oldest rows are pruned, so id order is
        # the order the runs were recorded in.
        sqlite_autoincrement=True,
    )
    op.create_index("ix_sync_runs_started_at", "sync_runs", ["started_at"])


def downgrade() -> None:
    op.drop_index("ix_sync_runs_started_at", "sync_runs")
    op.drop_table("sync_runs")
