"""Sync: the client-only outbox, shadow, state, conflicts and quarantine tables

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

import app.models.base

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_conflicts',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('server_conflict_id', sa.String(length=64), nullable=True),
    sa.Column('origin', sa.String(length=10), nullable=False),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('patient_id', sa.String(length=36), nullable=True),
    sa.Column('field', sa.String(length=64), nullable=False),
    sa.Column('local_value', sa.JSON(), nullable=True),
    sa.Column('server_value', sa.JSON(), nullable=True),
    sa.Column('local_user', sa.String(length=64), nullable=True),
    sa.Column('local_device', sa.String(length=64), nullable=True),
    sa.Column('local_at', sa.String(length=40), nullable=True),
    sa.Column('server_user', sa.String(length=64), nullable=True),
    sa.Column('server_device', sa.String(length=64), nullable=True),
    sa.Column('server_at', sa.String(length=40), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('found_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('resolved_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('resolution', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts'))
    )
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflicts_patient_id'), ['patient_id'], unique=False)
        batch_op.create_index('ix_sync_conflicts_record', ['entity', 'record_id', 'field'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_conflicts_server_conflict_id'), ['server_conflict_id'], unique=False)

    op.create_table('sync_outbox',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('mutation_id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('patient_id', sa.String(length=36), nullable=True),
    sa.Column('op', sa.String(length=10), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('base', sa.JSON(), nullable=False),
    sa.Column('at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('user_id', sa.String(length=64), nullable=False),
    sa.Column('resolves', sa.JSON(none_as_null=True), nullable=True),
    sa.Column('sent_at', app.models.base.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_sync_outbox')),
    sa.UniqueConstraint('mutation_id', name=op.f('uq_sync_outbox_mutation_id'))
    )
    with op.batch_alter_table('sync_outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_outbox_patient_id'), ['patient_id'], unique=False)
        batch_op.create_index('ix_sync_outbox_record', ['entity', 'record_id'], unique=False)

    op.create_table('sync_quarantine',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('mutation_id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('patient_id', sa.String(length=36), nullable=True),
    sa.Column('op', sa.String(length=10), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('base', sa.JSON(), nullable=False),
    sa.Column('at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('user_id', sa.String(length=64), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('quarantined_at', app.models.base.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_quarantine'))
    )
    with op.batch_alter_table('sync_quarantine', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_quarantine_patient_id'), ['patient_id'], unique=False)

    op.create_table('sync_shadow',
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('patient_id', sa.String(length=36), nullable=True),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('entity', 'record_id', name=op.f('pk_sync_shadow'))
    )
    with op.batch_alter_table('sync_shadow', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_shadow_patient_id'), ['patient_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_shadow_seq'), ['seq'], unique=False)

    op.create_table('sync_state',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_sync_state'))
    )


def downgrade() -> None:
    op.drop_table('sync_state')
    with op.batch_alter_table('sync_shadow', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_shadow_seq'))
        batch_op.drop_index(batch_op.f('ix_sync_shadow_patient_id'))

    op.drop_table('sync_shadow')
    with op.batch_alter_table('sync_quarantine', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_quarantine_patient_id'))

    op.drop_table('sync_quarantine')
    with op.batch_alter_table('sync_outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_outbox_record')
        batch_op.drop_index(batch_op.f('ix_sync_outbox_patient_id'))

    op.drop_table('sync_outbox')
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_server_conflict_id'))
        batch_op.drop_index('ix_sync_conflicts_record')
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_patient_id'))

    op.drop_table('sync_conflicts')
