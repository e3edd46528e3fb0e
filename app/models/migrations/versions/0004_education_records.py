"""Education records: the handouts given at a visit

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

import app.models.base

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('education_records',
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('note_id', sa.String(length=36), nullable=True),
    sa.Column('given_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('given_by', sa.String(length=64), nullable=True),
    sa.Column('how', sa.String(length=10), nullable=False),
    sa.Column('items', sa.JSON(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_device', sa.String(length=64), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('updated_device', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['note_id'], ['visit_notes.id'], name=op.f('fk_education_records_note_id_visit_notes')),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_education_records_patient_id_patients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_education_records'))
    )
    op.create_index(op.f('ix_education_records_note_id'), 'education_records', ['note_id'], unique=False)
    op.create_index(op.f('ix_education_records_patient_id'), 'education_records', ['patient_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_education_records_patient_id'), table_name='education_records')
    op.drop_index(op.f('ix_education_records_note_id'), table_name='education_records')
    op.drop_table('education_records')
