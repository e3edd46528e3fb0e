"""Initial schema of the clinic server (sync protocol v1).

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _ts(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.String(32), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "server_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "nurses",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("email", sa.String(200)),
        _ts("created_at"),
    )
    op.create_table(
        "devices",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("nurse_id", sa.String(36), sa.ForeignKey("nurses.id"), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        _ts("enrolled_at"),
        _ts("last_seen_at", True),
        _ts("revoked_at", True),
    )
    op.create_index("ix_devices_nurse_id", "devices", ["nurse_id"])
    op.create_table(
        "enrollment_codes",
        sa.Column("code_hash", sa.String(64), primary_key=True),
        sa.Column("nurse_id", sa.String(36), sa.ForeignKey("nurses.id"), nullable=False),
        _ts("created_at"),
        _ts("expires_at"),
        _ts("used_at", True),
        sa.Column("device_id", sa.String(36)),
    )
    op.create_index("ix_enrollment_codes_nurse_id", "enrollment_codes", ["nurse_id"])
    op.create_table(
        "assignments",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("patient_id", sa.String(36), nullable=False),
        sa.Column("nurse_id", sa.String(36), sa.ForeignKey("nurses.id"), nullable=False),
        _ts("from_at"),
        _ts("to_at", True),
    )
    op.create_index("ix_assignments_patient_id", "assignments", ["patient_id"])
    op.create_index("ix_assignments_nurse_open", "assignments", ["nurse_id", "to_at"])
    op.create_table(
        "records",
        sa.Column("entity", sa.String(64), primary_key=True),
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("patient_id", sa.String(64)),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("field_meta", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        _ts("updated_at"),
        sa.Column("updated_by", sa.String(64)),
        sa.Column("device_id", sa.String(64)),
        sa.Column("fhir_id", sa.String(64)),
    )
    op.create_index("ix_records_patient_id", "records", ["patient_id"])
    op.create_index("ix_records_seq", "records", ["seq"])
    op.create_index("ix_records_fhir", "records", ["entity", "fhir_id"])
    op.create_table(
        "changes",
        sa.Column("seq", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("entity", sa.String(64)),
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("patient_id", sa.String(64)),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("nurse_id", sa.String(36)),
        _ts("at"),
    )
    op.create_table(
        "mutations",
        sa.Column("mutation_id", sa.String(64), primary_key=True),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        _ts("at"),
    )
    op.create_table(
        "conflicts",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("entity", sa.String(64), nullable=False),
        sa.Column("record_id", sa.String(64), nullable=False),
        sa.Column("patient_id", sa.String(64)),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("server_value", sa.JSON()),
        sa.Column("client_value", sa.JSON()),
        sa.Column("client_device", sa.String(64)),
        sa.Column("client_user", sa.String(64)),
        sa.Column("client_at", sa.String(64)),
        sa.Column("server_device", sa.String(64)),
        sa.Column("server_user", sa.String(64)),
        sa.Column("server_at", sa.String(64)),
        _ts("created_at"),
        _ts("resolved_at", True),
        sa.Column("resolved_by", sa.String(64)),
        sa.Column("resolution", sa.JSON()),
    )
    op.create_index("ix_conflicts_record", "conflicts", ["entity", "record_id", "resolved_at"])


def downgrade() -> None:
    for table in ("conflicts", "mutations", "changes", "records", "assignments",
                  "enrollment_codes", "devices", "nurses", "server_meta"):
        op.drop_table(table)
