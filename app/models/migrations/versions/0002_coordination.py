"""Care coordination: referrals, appointments, social needs, communication log, med rec worksheets

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

import app.models.base

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('communication_log',
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('occurred_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('direction', sa.String(length=10), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('party_name', sa.String(length=200), nullable=True),
    sa.Column('party_role', sa.String(length=80), nullable=True),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('outcome', sa.String(length=200), nullable=True),
    sa.Column('sbar', sa.JSON(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_device', sa.String(length=64), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('updated_device', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_communication_log_patient_id_patients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_communication_log'))
    )
    op.create_index(op.f('ix_communication_log_occurred_at'), 'communication_log', ['occurred_at'], unique=False)
    op.create_index(op.f('ix_communication_log_patient_id'), 'communication_log', ['patient_id'], unique=False)
    op.create_table('referrals',
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('to_name', sa.String(length=200), nullable=False),
    sa.Column('to_specialty', sa.String(length=120), nullable=True),
    sa.Column('to_phone', sa.String(length=40), nullable=True),
    sa.Column('to_fax', sa.String(length=40), nullable=True),
    sa.Column('to_address', sa.String(length=300), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('priority', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('sent_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('scheduled_for', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('seen_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('report_received_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('reviewed_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('closed_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_device', sa.String(length=64), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('updated_device', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_referrals_patient_id_patients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referrals'))
    )
    op.create_index(op.f('ix_referrals_patient_id'), 'referrals', ['patient_id'], unique=False)
    op.create_table('social_needs_screenings',
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('instrument', sa.String(length=30), nullable=False),
    sa.Column('screened_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('housing', sa.String(length=10), nullable=False),
    sa.Column('food', sa.String(length=10), nullable=False),
    sa.Column('transportation', sa.String(length=10), nullable=False),
    sa.Column('utilities', sa.String(length=10), nullable=False),
    sa.Column('safety', sa.String(length=10), nullable=False),
    sa.Column('responses', sa.JSON(), nullable=True),
    sa.Column('score', sa.Integer(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_device', sa.String(length=64), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('updated_device', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_social_needs_screenings_patient_id_patients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_social_needs_screenings'))
    )
    op.create_index(op.f('ix_social_needs_screenings_patient_id'), 'social_needs_screenings', ['patient_id'], unique=False)
    op.create_table('appointments',
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('referral_id', sa.String(length=36), nullable=True),
    sa.Column('starts_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('ends_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('location', sa.String(length=300), nullable=True),
    sa.Column('with_whom', sa.String(length=200), nullable=True),
    sa.Column('purpose', sa.String(length=300), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_device', sa.String(length=64), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('updated_device', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_appointments_patient_id_patients')),
    sa.ForeignKeyConstraint(['referral_id'], ['referrals.id'], name=op.f('fk_appointments_referral_id_referrals')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appointments'))
    )
    op.create_index(op.f('ix_appointments_patient_id'), 'appointments', ['patient_id'], unique=False)
    op.create_index(op.f('ix_appointments_starts_at'), 'appointments', ['starts_at'], unique=False)
    op.create_table('medrec_worksheets',
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('encounter_id', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('started_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('completed_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('sources', sa.JSON(), nullable=False),
    sa.Column('discrepancies', sa.JSON(), nullable=False),
    sa.Column('decisions', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_device', sa.String(length=64), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('updated_device', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['encounter_id'], ['encounters.id'], name=op.f('fk_medrec_worksheets_encounter_id_encounters')),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_medrec_worksheets_patient_id_patients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_medrec_worksheets'))
    )
    op.create_index(op.f('ix_medrec_worksheets_patient_id'), 'medrec_worksheets', ['patient_id'], unique=False)
    op.create_table('reconciled_list_snapshots',
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('worksheet_id', sa.String(length=36), nullable=False),
    sa.Column('taken_at', app.models.base.UTCDateTime(), nullable=False),
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
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_reconciled_list_snapshots_patient_id_patients')),
    sa.ForeignKeyConstraint(['worksheet_id'], ['medrec_worksheets.id'], name=op.f('fk_reconciled_list_snapshots_worksheet_id_medrec_worksheets')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reconciled_list_snapshots'))
    )
    op.create_index(op.f('ix_reconciled_list_snapshots_patient_id'), 'reconciled_list_snapshots', ['patient_id'], unique=False)
    op.create_index(op.f('ix_reconciled_list_snapshots_worksheet_id'), 'reconciled_list_snapshots', ['worksheet_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_reconciled_list_snapshots_worksheet_id'), table_name='reconciled_list_snapshots')
    op.drop_index(op.f('ix_reconciled_list_snapshots_patient_id'), table_name='reconciled_list_snapshots')
    op.drop_table('reconciled_list_snapshots')
    op.drop_index(op.f('ix_medrec_worksheets_patient_id'), table_name='medrec_worksheets')
    op.drop_table('medrec_worksheets')
    op.drop_index(op.f('ix_appointments_starts_at'), table_name='appointments')
    op.drop_index(op.f('ix_appointments_patient_id'), table_name='appointments')
    op.drop_table('appointments')
    op.drop_index(op.f('ix_social_needs_screenings_patient_id'), table_name='social_needs_screenings')
    op.drop_table('social_needs_screenings')
    op.drop_index(op.f('ix_referrals_patient_id'), table_name='referrals')
    op.drop_table('referrals')
    op.drop_index(op.f('ix_communication_log_patient_id'), table_name='communication_log')
    op.drop_index(op.f('ix_communication_log_occurred_at'), table_name='communication_log')
    op.drop_table('communication_log')
