"""The dashboard's figure names and definitions, for pyside6-lupdate only (never imported
or run).

They are made in app/coordination/metrics.py (no Qt there) and in the tables of
app/views/coordination/dashboard.py, and shown with ``translate("Metrics", text)``. Regenerate
this list when a figure's name or definition changes (tests/views/test_i18n_coverage.py
fails when one has no Spanish).
"""

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def _texts() -> None:  # read by lupdate, never called
    translate("Metrics", "Index admissions")
    translate("Metrics", "30-day readmissions")
    translate("Metrics", "30-day readmission rate")
    translate("Metrics", "ED visits")
    translate("Metrics", "ED visits per 1,000 patient-months")
    translate("Metrics", "Care-plan adherence")
    translate("Metrics", "Median days from referral to appointment")
    translate("Metrics", "Care-gap closure rate")
    translate("Metrics", "Patient satisfaction")
    translate("Metrics", "Transitions completed on time")
    translate("Metrics", 'Inpatient stays (encounters of kind "inpatient", not cancelled) that end, with the discharge, in the period. Stays joined by a same-day transfer (the next stay starts on the calendar day, UTC, the previous one ended, or overlaps it) count as one stay ending at the last discharge. An index admission that is itself a readmission still counts as an index admission, as in CMS\'s Hospital-Wide Readmission measure.')  # noqa: E501
    translate("Metrics", "Index admissions followed by another inpatient admission of the same patient that starts after the discharge and no later than 30 days after it (later than the discharge time, at most discharge + 30 days). The 30-day window is followed past the end of the period, so a discharge on the period's last day can still be readmitted; a same-day transfer is not a readmission.")  # noqa: E501
    translate("Metrics", "30-day readmissions divided by index admissions, as a percentage; none when there are no index admissions.")  # noqa: E501
    translate("Metrics", 'Emergency department visits: encounters of kind "emergency" (not cancelled) that start in the period.')  # noqa: E501
    translate("Metrics", "ED visits x 1,000 / patient-months. Patient-months: for each patient in the store, the days of the period they were on the panel (their panel membership from 'since' to 'until'; the whole period when they have no membership record), divided by 30.4375 (one month on average).")  # noqa: E501
    translate("Metrics", 'Care-plan reviews recorded in the period with adherence "adherent", divided by the reviews whose adherence was assessed (adherent, partial or not adherent), as a percentage. Partial adherence is not counted as adherent; "not assessed" reviews are left out.')  # noqa: E501
    translate("Metrics", "Clinical referrals sent in the period that have been seen by the specialist: the median number of days from sent to seen. Referrals sent in the period and still waiting (sent or scheduled, not yet seen) are counted beside it.")  # noqa: E501
    translate("Metrics", "Care gaps open at the start of the period (the rules evaluated as of 00:00 UTC on its first day) that are closed at its end (evaluated as of 24:00 UTC on its last day, or now if that is earlier), divided by the gaps open at the start, as a percentage. Gaps excluded at the end (declined, contraindicated, done elsewhere) or no longer applying are left out.")  # noqa: E501
    translate("Metrics", "The mean of the patient satisfaction surveys recorded in the period, each scored as score / maximum score x 100 (0 to 100); n is the number of surveys.")  # noqa: E501
    translate("Metrics", "Transitions of care with the discharge in the period that are completed or whose due dates have all passed: the percentage with every step (contact, home visit, face-to-face follow-up) done by its due time. Steps without a due date are not judged; cancelled transitions are left out.")  # noqa: E501
    translate("Metrics", "Readmitted")
    translate("Metrics", "ED visit")
    translate("Metrics", "Adherent")
    translate("Metrics", "Seen")
    translate("Metrics", "Closed")
    translate("Metrics", "Surveyed")
    translate("Metrics", "On time")
    translate("Metrics", "Readmitted within 30 days of an index discharge in the period")
    translate("Metrics", "Had an ED visit in the period")
    translate("Metrics", "At least one review in the period recorded as adherent")
    translate("Metrics", "Seen by the specialist (no: still waiting)")
    translate("Metrics", "At least one gap open at the start was closed at the end")
    translate("Metrics", "Surveyed in the period")
    translate("Metrics", "Every step of a transition done by its due time")
    translate("Metrics", "Readmissions")
    translate("Metrics", "Adherence")
    translate("Metrics", "Gaps closed")
    translate("Metrics", "Satisfaction")
