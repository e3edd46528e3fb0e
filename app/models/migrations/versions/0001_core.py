"""Core: store meta, users, devices, patients and their clinical record, tasks, notes, audit log

Revision ID: 0001
Revises: None
"""
import sqlalchemy as sa
from alembic import op

import app.models.base

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('user_id', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('entity_version', sa.Integer(), nullable=True),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_log'))
    )
    op.create_table('patients',
    sa.Column('fhir_id', sa.String(length=64), nullable=True),
    sa.Column('mrn', sa.String(length=64), nullable=True),
    sa.Column('given_name', sa.String(length=200), nullable=False),
    sa.Column('family_name', sa.String(length=200), nullable=False),
    sa.Column('name_prefix', sa.String(length=40), nullable=True),
    sa.Column('name_suffix', sa.String(length=40), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('sex', sa.String(length=20), nullable=True),
    sa.Column('deceased_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('deceased', sa.Boolean(), nullable=False),
    sa.Column('language', sa.String(length=35), nullable=True),
    sa.Column('language_display', sa.String(length=100), nullable=True),
    sa.Column('interpreter_needed', sa.Boolean(), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('address_line', sa.String(length=300), nullable=True),
    sa.Column('city', sa.String(length=120), nullable=True),
    sa.Column('state', sa.String(length=60), nullable=True),
    sa.Column('postal_code', sa.String(length=20), nullable=True),
    sa.Column('country', sa.String(length=60), nullable=True),
    sa.Column('marital_status', sa.String(length=60), nullable=True),
    sa.Column('pcp_name', sa.String(length=200), nullable=True),
    sa.Column('pcp_phone', sa.String(length=40), nullable=True),
    sa.Column('code_status', sa.String(length=60), nullable=True),
    sa.Column('risk_level', sa.String(length=20), nullable=True),
    sa.Column('extra', sa.JSON(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_device', sa.String(length=64), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('updated_device', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_patients')),
    sa.UniqueConstraint('fhir_id', name=op.f('uq_patients_fhir_id'))
    )
    op.create_index(op.f('ix_patients_mrn'), 'patients', ['mrn'], unique=False)
    op.create_table('store_meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_store_meta'))
    )
    op.create_table('users',
    sa.Column('username', sa.String(length=120), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_device', sa.String(length=64), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('updated_device', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('allergies',
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('fhir_id', sa.String(length=64), nullable=True),
    sa.Column('clinical_status', sa.String(length=20), nullable=True),
    sa.Column('verification_status', sa.String(length=20), nullable=True),
    sa.Column('type', sa.String(length=20), nullable=True),
    sa.Column('category', sa.String(length=20), nullable=True),
    sa.Column('criticality', sa.String(length=20), nullable=True),
    sa.Column('reaction', sa.String(length=500), nullable=True),
    sa.Column('severity', sa.String(length=20), nullable=True),
    sa.Column('onset_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('recorded_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_device', sa.String(length=64), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('updated_device', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('code_system', sa.String(length=200), nullable=True),
    sa.Column('code', sa.String(length=64), nullable=True),
    sa.Column('code_display', sa.String(length=500), nullable=True),
    sa.Column('code_text', sa.String(length=500), nullable=True),
    sa.Column('codings', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_allergies_patient_id_patients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_allergies')),
    sa.UniqueConstraint('fhir_id', name=op.f('uq_allergies_fhir_id'))
    )
    op.create_index(op.f('ix_allergies_patient_id'), 'allergies', ['patient_id'], unique=False)
    op.create_table('devices',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('enrolled_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_device', sa.String(length=64), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('updated_device', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_devices_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_devices'))
    )
    op.create_table('encounters',
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('fhir_id', sa.String(length=64), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('class_code', sa.String(length=20), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=True),
    sa.Column('start_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('end_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('reason', sa.String(length=300), nullable=True),
    sa.Column('reason_code', sa.String(length=64), nullable=True),
    sa.Column('reason_system', sa.String(length=200), nullable=True),
    sa.Column('facility', sa.String(length=200), nullable=True),
    sa.Column('practitioner', sa.String(length=200), nullable=True),
    sa.Column('discharge_disposition', sa.String(length=120), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_device', sa.String(length=64), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('updated_device', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('code_system', sa.String(length=200), nullable=True),
    sa.Column('code', sa.String(length=64), nullable=True),
    sa.Column('code_display', sa.String(length=500), nullable=True),
    sa.Column('code_text', sa.String(length=500), nullable=True),
    sa.Column('codings', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_encounters_patient_id_patients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_encounters')),
    sa.UniqueConstraint('fhir_id', name=op.f('uq_encounters_fhir_id'))
    )
    op.create_index(op.f('ix_encounters_patient_id'), 'encounters', ['patient_id'], unique=False)
    op.create_index(op.f('ix_encounters_start_at'), 'encounters', ['start_at'], unique=False)
    op.create_table('panel_memberships',
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('since', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('until', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_device', sa.String(length=64), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('updated_device', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_panel_memberships_patient_id_patients')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_panel_memberships_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_panel_memberships'))
    )
    op.create_index(op.f('ix_panel_memberships_patient_id'), 'panel_memberships', ['patient_id'], unique=False)
    op.create_index(op.f('ix_panel_memberships_user_id'), 'panel_memberships', ['user_id'], unique=False)
    op.create_table('patient_contacts',
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('relationship', sa.String(length=80), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('is_caregiver', sa.Boolean(), nullable=False),
    sa.Column('is_emergency', sa.Boolean(), nullable=False),
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
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_patient_contacts_patient_id_patients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_patient_contacts'))
    )
    op.create_index(op.f('ix_patient_contacts_patient_id'), 'patient_contacts', ['patient_id'], unique=False)
    op.create_table('patient_identifiers',
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('system', sa.String(length=200), nullable=True),
    sa.Column('value', sa.String(length=120), nullable=False),
    sa.Column('type_code', sa.String(length=20), nullable=True),
    sa.Column('type_text', sa.String(length=120), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_device', sa.String(length=64), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('updated_device', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_patient_identifiers_patient_id_patients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_patient_identifiers'))
    )
    op.create_index(op.f('ix_patient_identifiers_patient_id'), 'patient_identifiers', ['patient_id'], unique=False)
    op.create_table('tasks',
    sa.Column('patient_id', sa.String(length=36), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('priority', sa.String(length=10), nullable=False),
    sa.Column('due_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('assignee_id', sa.String(length=36), nullable=True),
    sa.Column('completed_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('origin', sa.String(length=60), nullable=True),
    sa.Column('origin_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_device', sa.String(length=64), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('updated_device', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['assignee_id'], ['users.id'], name=op.f('fk_tasks_assignee_id_users')),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_tasks_patient_id_patients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tasks'))
    )
    op.create_index(op.f('ix_tasks_due_at'), 'tasks', ['due_at'], unique=False)
    op.create_index(op.f('ix_tasks_patient_id'), 'tasks', ['patient_id'], unique=False)
    op.create_table('care_plans',
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('fhir_id', sa.String(length=64), nullable=True),
    sa.Column('encounter_id', sa.String(length=36), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=True),
    sa.Column('intent', sa.String(length=20), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('period_start', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('period_end', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('activities', sa.JSON(), nullable=True),
    sa.Column('addresses', sa.JSON(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_device', sa.String(length=64), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('updated_device', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('code_system', sa.String(length=200), nullable=True),
    sa.Column('code', sa.String(length=64), nullable=True),
    sa.Column('code_display', sa.String(length=500), nullable=True),
    sa.Column('code_text', sa.String(length=500), nullable=True),
    sa.Column('codings', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['encounter_id'], ['encounters.id'], name=op.f('fk_care_plans_encounter_id_encounters')),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_care_plans_patient_id_patients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_care_plans')),
    sa.UniqueConstraint('fhir_id', name=op.f('uq_care_plans_fhir_id'))
    )
    op.create_index(op.f('ix_care_plans_patient_id'), 'care_plans', ['patient_id'], unique=False)
    op.create_table('conditions',
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('fhir_id', sa.String(length=64), nullable=True),
    sa.Column('encounter_id', sa.String(length=36), nullable=True),
    sa.Column('clinical_status', sa.String(length=20), nullable=True),
    sa.Column('verification_status', sa.String(length=20), nullable=True),
    sa.Column('category', sa.String(length=40), nullable=True),
    sa.Column('onset_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('abatement_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('recorded_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_device', sa.String(length=64), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('updated_device', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('code_system', sa.String(length=200), nullable=True),
    sa.Column('code', sa.String(length=64), nullable=True),
    sa.Column('code_display', sa.String(length=500), nullable=True),
    sa.Column('code_text', sa.String(length=500), nullable=True),
    sa.Column('codings', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['encounter_id'], ['encounters.id'], name=op.f('fk_conditions_encounter_id_encounters')),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_conditions_patient_id_patients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conditions')),
    sa.UniqueConstraint('fhir_id', name=op.f('uq_conditions_fhir_id'))
    )
    op.create_index(op.f('ix_conditions_patient_id'), 'conditions', ['patient_id'], unique=False)
    op.create_table('immunizations',
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('fhir_id', sa.String(length=64), nullable=True),
    sa.Column('encounter_id', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=True),
    sa.Column('occurred_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_device', sa.String(length=64), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('updated_device', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('code_system', sa.String(length=200), nullable=True),
    sa.Column('code', sa.String(length=64), nullable=True),
    sa.Column('code_display', sa.String(length=500), nullable=True),
    sa.Column('code_text', sa.String(length=500), nullable=True),
    sa.Column('codings', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['encounter_id'], ['encounters.id'], name=op.f('fk_immunizations_encounter_id_encounters')),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_immunizations_patient_id_patients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_immunizations')),
    sa.UniqueConstraint('fhir_id', name=op.f('uq_immunizations_fhir_id'))
    )
    op.create_index(op.f('ix_immunizations_patient_id'), 'immunizations', ['patient_id'], unique=False)
    op.create_table('medications',
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('fhir_id', sa.String(length=64), nullable=True),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('encounter_id', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=True),
    sa.Column('intent', sa.String(length=20), nullable=True),
    sa.Column('sig', sa.Text(), nullable=True),
    sa.Column('dose_quantity', sa.Float(), nullable=True),
    sa.Column('dose_unit', sa.String(length=40), nullable=True),
    sa.Column('route', sa.String(length=60), nullable=True),
    sa.Column('frequency', sa.Integer(), nullable=True),
    sa.Column('period', sa.Float(), nullable=True),
    sa.Column('period_unit', sa.String(length=10), nullable=True),
    sa.Column('as_needed', sa.Boolean(), nullable=False),
    sa.Column('as_needed_reason', sa.String(length=200), nullable=True),
    sa.Column('reason', sa.String(length=300), nullable=True),
    sa.Column('authored_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('start_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('end_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('prescriber', sa.String(length=200), nullable=True),
    sa.Column('taking', sa.Boolean(), nullable=True),
    sa.Column('dosage', sa.JSON(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_device', sa.String(length=64), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('updated_device', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('code_system', sa.String(length=200), nullable=True),
    sa.Column('code', sa.String(length=64), nullable=True),
    sa.Column('code_display', sa.String(length=500), nullable=True),
    sa.Column('code_text', sa.String(length=500), nullable=True),
    sa.Column('codings', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['encounter_id'], ['encounters.id'], name=op.f('fk_medications_encounter_id_encounters')),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_medications_patient_id_patients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_medications')),
    sa.UniqueConstraint('fhir_id', name=op.f('uq_medications_fhir_id'))
    )
    op.create_index(op.f('ix_medications_patient_id'), 'medications', ['patient_id'], unique=False)
    op.create_table('observations',
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('fhir_id', sa.String(length=64), nullable=True),
    sa.Column('encounter_id', sa.String(length=36), nullable=True),
    sa.Column('category', sa.String(length=40), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=True),
    sa.Column('effective_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('value_quantity', sa.Float(), nullable=True),
    sa.Column('value_unit', sa.String(length=40), nullable=True),
    sa.Column('value_text', sa.Text(), nullable=True),
    sa.Column('value_code', sa.String(length=64), nullable=True),
    sa.Column('value_code_system', sa.String(length=200), nullable=True),
    sa.Column('interpretation', sa.String(length=20), nullable=True),
    sa.Column('reference_low', sa.Float(), nullable=True),
    sa.Column('reference_high', sa.Float(), nullable=True),
    sa.Column('components', sa.JSON(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_device', sa.String(length=64), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('updated_device', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('code_system', sa.String(length=200), nullable=True),
    sa.Column('code', sa.String(length=64), nullable=True),
    sa.Column('code_display', sa.String(length=500), nullable=True),
    sa.Column('code_text', sa.String(length=500), nullable=True),
    sa.Column('codings', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['encounter_id'], ['encounters.id'], name=op.f('fk_observations_encounter_id_encounters')),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_observations_patient_id_patients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_observations')),
    sa.UniqueConstraint('fhir_id', name=op.f('uq_observations_fhir_id'))
    )
    op.create_index('ix_observations_patient_code', 'observations', ['patient_id', 'code'], unique=False)
    op.create_index(op.f('ix_observations_patient_id'), 'observations', ['patient_id'], unique=False)
    op.create_table('procedures',
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('fhir_id', sa.String(length=64), nullable=True),
    sa.Column('encounter_id', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=True),
    sa.Column('performed_start', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('performed_end', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('reason', sa.String(length=300), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_device', sa.String(length=64), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('updated_device', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('code_system', sa.String(length=200), nullable=True),
    sa.Column('code', sa.String(length=64), nullable=True),
    sa.Column('code_display', sa.String(length=500), nullable=True),
    sa.Column('code_text', sa.String(length=500), nullable=True),
    sa.Column('codings', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['encounter_id'], ['encounters.id'], name=op.f('fk_procedures_encounter_id_encounters')),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_procedures_patient_id_patients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_procedures')),
    sa.UniqueConstraint('fhir_id', name=op.f('uq_procedures_fhir_id'))
    )
    op.create_index(op.f('ix_procedures_patient_id'), 'procedures', ['patient_id'], unique=False)
    op.create_table('visit_notes',
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('encounter_id', sa.String(length=36), nullable=True),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('template', sa.String(length=60), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('visit_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('sections', sa.JSON(), nullable=False),
    sa.Column('signed_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('signed_by', sa.String(length=64), nullable=True),
    sa.Column('content_hash', sa.String(length=64), nullable=True),
    sa.Column('amends_note_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_device', sa.String(length=64), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('updated_device', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['amends_note_id'], ['visit_notes.id'], name=op.f('fk_visit_notes_amends_note_id_visit_notes')),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_visit_notes_author_id_users')),
    sa.ForeignKeyConstraint(['encounter_id'], ['encounters.id'], name=op.f('fk_visit_notes_encounter_id_encounters')),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_visit_notes_patient_id_patients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit_notes'))
    )
    op.create_index(op.f('ix_visit_notes_patient_id'), 'visit_notes', ['patient_id'], unique=False)
    op.create_table('goals',
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('fhir_id', sa.String(length=64), nullable=True),
    sa.Column('care_plan_id', sa.String(length=36), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('lifecycle_status', sa.String(length=20), nullable=True),
    sa.Column('achievement_status', sa.String(length=30), nullable=True),
    sa.Column('target_code', sa.String(length=64), nullable=True),
    sa.Column('target_code_system', sa.String(length=200), nullable=True),
    sa.Column('target_low', sa.Float(), nullable=True),
    sa.Column('target_high', sa.Float(), nullable=True),
    sa.Column('target_unit', sa.String(length=40), nullable=True),
    sa.Column('target_text', sa.String(length=200), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_device', sa.String(length=64), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('updated_device', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('code_system', sa.String(length=200), nullable=True),
    sa.Column('code', sa.String(length=64), nullable=True),
    sa.Column('code_display', sa.String(length=500), nullable=True),
    sa.Column('code_text', sa.String(length=500), nullable=True),
    sa.Column('codings', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['care_plan_id'], ['care_plans.id'], name=op.f('fk_goals_care_plan_id_care_plans')),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_goals_patient_id_patients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_goals')),
    sa.UniqueConstraint('fhir_id', name=op.f('uq_goals_fhir_id'))
    )
    op.create_index(op.f('ix_goals_patient_id'), 'goals', ['patient_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_goals_patient_id'), table_name='goals')
    op.drop_table('goals')
    op.drop_index(op.f('ix_visit_notes_patient_id'), table_name='visit_notes')
    op.drop_table('visit_notes')
    op.drop_index(op.f('ix_procedures_patient_id'), table_name='procedures')
    op.drop_table('procedures')
    op.drop_index(op.f('ix_observations_patient_id'), table_name='observations')
    op.drop_index('ix_observations_patient_code', table_name='observations')
    op.drop_table('observations')
    op.drop_index(op.f('ix_medications_patient_id'), table_name='medications')
    op.drop_table('medications')
    op.drop_index(op.f('ix_immunizations_patient_id'), table_name='immunizations')
    op.drop_table('immunizations')
    op.drop_index(op.f('ix_conditions_patient_id'), table_name='conditions')
    op.drop_table('conditions')
    op.drop_index(op.f('ix_care_plans_patient_id'), table_name='care_plans')
    op.drop_table('care_plans')
    op.drop_index(op.f('ix_tasks_patient_id'), table_name='tasks')
    op.drop_index(op.f('ix_tasks_due_at'), table_name='tasks')
    op.drop_table('tasks')
    op.drop_index(op.f('ix_patient_identifiers_patient_id'), table_name='patient_identifiers')
    op.drop_table('patient_identifiers')
    op.drop_index(op.f('ix_patient_contacts_patient_id'), table_name='patient_contacts')
    op.drop_table('patient_contacts')
    op.drop_index(op.f('ix_panel_memberships_user_id'), table_name='panel_memberships')
    op.drop_index(op.f('ix_panel_memberships_patient_id'), table_name='panel_memberships')
    op.drop_table('panel_memberships')
    op.drop_index(op.f('ix_encounters_start_at'), table_name='encounters')
    op.drop_index(op.f('ix_encounters_patient_id'), table_name='encounters')
    op.drop_table('encounters')
    op.drop_table('devices')
    op.drop_index(op.f('ix_allergies_patient_id'), table_name='allergies')
    op.drop_table('allergies')
    op.drop_table('users')
    op.drop_table('store_meta')
    op.drop_index(op.f('ix_patients_mrn'), table_name='patients')
    op.drop_table('patients')
    op.drop_table('audit_log')
