"""Care coordination (issue 8): transitions of care, result tracking, care-plan reviews,
care-gap exclusions, monitoring thresholds, time entries, satisfaction surveys; task
escalation, community-referral need domain and who reported an observation

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

import app.models.base

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('care_gap_exclusions',
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('rule_id', sa.String(length=60), nullable=False),
    sa.Column('reason', sa.String(length=30), nullable=False),
    sa.Column('recorded_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('until', sa.Date(), nullable=True),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_device', sa.String(length=64), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('updated_device', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_care_gap_exclusions_patient_id_patients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_care_gap_exclusions'))
    )
    with op.batch_alter_table('care_gap_exclusions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_care_gap_exclusions_patient_id'), ['patient_id'], unique=False)

    op.create_table('monitoring_thresholds',
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('measure', sa.String(length=30), nullable=False),
    sa.Column('rule', sa.String(length=12), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('source', sa.String(length=300), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_device', sa.String(length=64), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('updated_device', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_monitoring_thresholds_patient_id_patients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_monitoring_thresholds'))
    )
    with op.batch_alter_table('monitoring_thresholds', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_monitoring_thresholds_patient_id'), ['patient_id'], unique=False)

    op.create_table('satisfaction_surveys',
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('surveyed_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('instrument', sa.String(length=40), nullable=False),
    sa.Column('responses', sa.JSON(none_as_null=True), nullable=False),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('max_score', sa.Float(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_device', sa.String(length=64), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('updated_device', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_satisfaction_surveys_patient_id_patients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_satisfaction_surveys'))
    )
    with op.batch_alter_table('satisfaction_surveys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_satisfaction_surveys_patient_id'), ['patient_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_satisfaction_surveys_surveyed_at'), ['surveyed_at'], unique=False)

    op.create_table('time_entries',
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('user_id', sa.String(length=64), nullable=True),
    sa.Column('started_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('activity', sa.String(length=40), nullable=False),
    sa.Column('program', sa.String(length=10), nullable=False),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_device', sa.String(length=64), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('updated_device', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_time_entries_patient_id_patients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_time_entries'))
    )
    with op.batch_alter_table('time_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_time_entries_patient_id'), ['patient_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_time_entries_started_at'), ['started_at'], unique=False)

    op.create_table('care_transitions',
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('encounter_id', sa.String(length=36), nullable=True),
    sa.Column('discharged_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('facility', sa.String(length=200), nullable=True),
    sa.Column('diagnosis', sa.String(length=300), nullable=True),
    sa.Column('complexity', sa.String(length=10), nullable=False),
    sa.Column('lace_score', sa.Integer(), nullable=True),
    sa.Column('lace_components', sa.JSON(none_as_null=True), nullable=True),
    sa.Column('contact_due_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('contact_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('contact_outcome', sa.String(length=200), nullable=True),
    sa.Column('home_visit_due_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('home_visit_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('followup_due_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('followup_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
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
    sa.ForeignKeyConstraint(['encounter_id'], ['encounters.id'], name=op.f('fk_care_transitions_encounter_id_encounters')),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_care_transitions_patient_id_patients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_care_transitions'))
    )
    with op.batch_alter_table('care_transitions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_care_transitions_discharged_at'), ['discharged_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_care_transitions_encounter_id'), ['encounter_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_care_transitions_patient_id'), ['patient_id'], unique=False)

    op.create_table('result_trackings',
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('test_name', sa.String(length=200), nullable=False),
    sa.Column('test_code', sa.String(length=64), nullable=True),
    sa.Column('test_code_system', sa.String(length=200), nullable=True),
    sa.Column('ordered_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('ordered_by', sa.String(length=200), nullable=True),
    sa.Column('expected_by', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('responsible', sa.String(length=200), nullable=True),
    sa.Column('observation_id', sa.String(length=36), nullable=True),
    sa.Column('resulted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('result_summary', sa.Text(), nullable=True),
    sa.Column('abnormal', sa.Boolean(), nullable=True),
    sa.Column('acknowledged_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('acknowledged_by', sa.String(length=200), nullable=True),
    sa.Column('patient_informed_at', app.models.base.UTCDateTime(), nullable=True),
    sa.Column('patient_informed_how', sa.String(length=60), nullable=True),
    sa.Column('status', sa.String(length=15), nullable=False),
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
    sa.ForeignKeyConstraint(['observation_id'], ['observations.id'], name=op.f('fk_result_trackings_observation_id_observations')),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_result_trackings_patient_id_patients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_result_trackings'))
    )
    with op.batch_alter_table('result_trackings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_result_trackings_patient_id'), ['patient_id'], unique=False)

    op.create_table('care_plan_reviews',
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('care_plan_id', sa.String(length=36), nullable=True),
    sa.Column('goal_id', sa.String(length=36), nullable=True),
    sa.Column('note_id', sa.String(length=36), nullable=True),
    sa.Column('reviewed_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('adherence', sa.String(length=15), nullable=False),
    sa.Column('goal_progress', sa.String(length=15), nullable=False),
    sa.Column('measured_value', sa.Float(), nullable=True),
    sa.Column('measured_unit', sa.String(length=40), nullable=True),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('created_device', sa.String(length=64), nullable=False),
    sa.Column('updated_at', app.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('updated_device', sa.String(length=64), nullable=False),
    sa.Column('deleted_at', app.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['care_plan_id'], ['care_plans.id'], name=op.f('fk_care_plan_reviews_care_plan_id_care_plans')),
    sa.ForeignKeyConstraint(['goal_id'], ['goals.id'], name=op.f('fk_care_plan_reviews_goal_id_goals')),
    sa.ForeignKeyConstraint(['note_id'], ['visit_notes.id'], name=op.f('fk_care_plan_reviews_note_id_visit_notes')),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_care_plan_reviews_patient_id_patients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_care_plan_reviews'))
    )
    with op.batch_alter_table('care_plan_reviews', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_care_plan_reviews_care_plan_id'), ['care_plan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_care_plan_reviews_goal_id'), ['goal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_care_plan_reviews_patient_id'), ['patient_id'], unique=False)

    with op.batch_alter_table('observations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reported_by', sa.String(length=20), nullable=True))

    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.add_column(sa.Column('need_domain', sa.String(length=30), nullable=True))

    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.add_column(sa.Column('escalated_at', app.models.base.UTCDateTime(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.drop_column('escalated_at')

    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.drop_column('need_domain')

    with op.batch_alter_table('observations', schema=None) as batch_op:
        batch_op.drop_column('reported_by')

    with op.batch_alter_table('care_plan_reviews', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_care_plan_reviews_patient_id'))
        batch_op.drop_index(batch_op.f('ix_care_plan_reviews_goal_id'))
        batch_op.drop_index(batch_op.f('ix_care_plan_reviews_care_plan_id'))

    op.drop_table('care_plan_reviews')
    with op.batch_alter_table('result_trackings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_result_trackings_patient_id'))

    op.drop_table('result_trackings')
    with op.batch_alter_table('care_transitions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_care_transitions_patient_id'))
        batch_op.drop_index(batch_op.f('ix_care_transitions_encounter_id'))
        batch_op.drop_index(batch_op.f('ix_care_transitions_discharged_at'))

    op.drop_table('care_transitions')
    with op.batch_alter_table('time_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_time_entries_started_at'))
        batch_op.drop_index(batch_op.f('ix_time_entries_patient_id'))

    op.drop_table('time_entries')
    with op.batch_alter_table('satisfaction_surveys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_satisfaction_surveys_surveyed_at'))
        batch_op.drop_index(batch_op.f('ix_satisfaction_surveys_patient_id'))

    op.drop_table('satisfaction_surveys')
    with op.batch_alter_table('monitoring_thresholds', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_monitoring_thresholds_patient_id'))

    op.drop_table('monitoring_thresholds')
    with op.batch_alter_table('care_gap_exclusions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_care_gap_exclusions_patient_id'))

    op.drop_table('care_gap_exclusions')
