"""Covering indexes for the panel summary (a 5,000-patient panel loads from index pages only)

Revision ID: 0003
Revises: 0002
"""
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

INDEXES = {
    "ix_conditions_panel": ("conditions", ["patient_id", "clinical_status", "deleted_at",
                                           "onset_at", "code_text", "code_display"]),
    "ix_medications_panel": ("medications", ["patient_id", "deleted_at", "source", "status",
                                             "updated_at"]),
    "ix_encounters_panel": ("encounters", ["patient_id", "kind", "deleted_at", "start_at",
                                           "end_at"]),
    "ix_tasks_panel": ("tasks", ["patient_id", "status", "deleted_at", "due_at"]),
    "ix_appointments_panel": ("appointments", ["patient_id", "status", "deleted_at",
                                               "starts_at"]),
    "ix_allergies_panel": ("allergies", ["patient_id", "deleted_at", "clinical_status",
                                         "code_text", "code_display"]),
}


def upgrade() -> None:
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, (table, _columns) in INDEXES.items():
        op.drop_index(name, table_name=table)
