"""The chart's header band: who the patient is, how to reach her and her people, code status,
risk, PCP, and the allergy banner, always visible above every tab.

The allergy banner says "Allergies:" in words with an icon, whatever the colours: red-tinted
with a warning icon when there are allergies, amber when nobody has recorded any yet, neutral
with an information icon for "No known allergies". Its colours are fixed (dark text on a light
tint, contrast above 10:1) so it reads the same in light and dark themes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.chart.service import (
    ALLERGIES_NONE_ACTIVE,
    ALLERGIES_NONE_KNOWN,
    ALLERGIES_NOT_RECORDED,
    AllergyItem,
    ContactItem,
    Header,
)
from app.views.chart.common import count, escape, fmt_date_of, fmt_day, translate, words

BANNER_STYLES = {
    "allergies": ("#fde7e9", "#a4262c", "#3b0008"),
    "not_recorded": ("#fff4ce", "#8a6d00", "#2e2400"),
    "none": ("#eef3f8", "#50667f", "#14202e"),
}
SEP = "  ·  "


def _banner_css(kind: str) -> str:
    bg, border, fg = BANNER_STYLES[kind]
    return (f"QFrame#allergy_banner {{ background: {bg}; border: 1px solid {border}; "
            f"border-radius: 4px; }}\n"
            f"QFrame#allergy_banner QLabel {{ color: {fg}; background: transparent; }}")


def allergy_phrase(a: AllergyItem) -> str:
    """"Penicillin — anaphylaxis (severe; high criticality)"."""
    severity = {"mild": translate("ChartHeader", "mild"),
                "moderate": translate("ChartHeader", "moderate"),
                "severe": translate("ChartHeader", "severe")}.get(a.severity or "", a.severity)
    criticality = {"high": translate("ChartHeader", "high criticality"),
                   "low": translate("ChartHeader", "low criticality")}.get(
        a.criticality or "", translate("ChartHeader", "%1 criticality").replace(
            "%1", a.criticality or ""))
    details = [d for d in (severity, criticality if a.criticality
                           and a.criticality != "unable-to-assess" else None) if d]
    if a.type == "intolerance":
        details.append(translate("ChartHeader", "intolerance"))
    text = a.label
    if a.reaction:
        text += f" — {a.reaction}"
    if details:
        text += f" ({'; '.join(details)})"
    return text


def allergy_text(header: Header) -> tuple[str, str, str, str]:
    """(rich text, plain text, banner kind, icon) for the allergy banner."""
    status = header.allergy_status
    if header.allergies:
        phrases = [allergy_phrase(a) for a in header.allergies]
        rich = "; ".join(
            f"<b>{escape(p)}</b>" if a.criticality == "high" or a.severity == "severe"
            else escape(p) for a, p in zip(header.allergies, phrases, strict=True))
        plain = "; ".join(phrases)
        return rich, plain, "allergies", "warning"
    if status == ALLERGIES_NONE_KNOWN:
        text = translate("ChartHeader", "No known allergies")
        return escape(text), text, "none", "information"
    if status == ALLERGIES_NONE_ACTIVE:
        n = len(header.inactive_allergies)
        entries = count(n, translate("ChartHeader", "%1 resolved or inactive entry"),
                        translate("ChartHeader", "%1 resolved or inactive entries"))
        text = translate("ChartHeader", "No active allergies (%1)").replace("%1", entries)
        return escape(text), text, "none", "information"
    assert status == ALLERGIES_NOT_RECORDED
    text = translate("ChartHeader", "Not recorded — ask about allergies and record them")
    return escape(text), text, "not_recorded", "warning"


def contact_phrase(c: ContactItem) -> str:
    text = c.name
    if c.relationship:
        text += f" ({c.relationship})"
    if c.phone:
        text += f", {c.phone}"
    return text


class ChartHeader(QFrame):
    """Identity, contact, care facts and allergies of the open chart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart_header")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(" ")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)

        selectable = (Qt.TextInteractionFlag.TextSelectableByKeyboard
                      | Qt.TextInteractionFlag.TextSelectableByMouse)

        self.name_label = QLabel(self)
        self.name_label.setObjectName("patient_name")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(selectable)

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(2)
        self.identity_label = self._text_label(selectable)
        self.contact_label = self._text_label(selectable)
        self.care_label = self._text_label(selectable)
        self.people_label = self._text_label(selectable)
        grid.addWidget(self.name_label, 0, 0, 1, 2)
        grid.addWidget(self.identity_label, 1, 0)
        grid.addWidget(self.care_label, 1, 1)
        grid.addWidget(self.contact_label, 2, 0)
        grid.addWidget(self.people_label, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        outer.addLayout(grid)

        # The allergy banner: icon + the word "Allergies:" + the list, always visible.
        self.allergy_banner = QFrame(self)
        self.allergy_banner.setObjectName("allergy_banner")
        self.allergy_banner.setAccessibleName(" ")
        row = QHBoxLayout(self.allergy_banner)
        row.setContentsMargins(8, 5, 8, 5)
        row.setSpacing(8)
        self.allergy_icon = QLabel(self.allergy_banner)
        self.allergy_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.allergy_label = QLabel(self.allergy_banner)
        self.allergy_label.setObjectName("allergy_text")
        self.allergy_label.setWordWrap(True)
        self.allergy_label.setTextFormat(Qt.TextFormat.RichText)
        self.allergy_label.setTextInteractionFlags(selectable)
        self.allergy_label.setSizePolicy(QSizePolicy.Policy.Expanding,
                                         QSizePolicy.Policy.Preferred)
        row.addWidget(self.allergy_icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.allergy_label, 1)
        outer.addWidget(self.allergy_banner)

        self.allergy_plain = ""
        self.setTabOrder(self.name_label, self.identity_label)
        self.setTabOrder(self.identity_label, self.care_label)
        self.setTabOrder(self.care_label, self.contact_label)
        self.setTabOrder(self.contact_label, self.people_label)
        self.setTabOrder(self.people_label, self.allergy_label)
        self.retranslate()
        self.clear()

    def retranslate(self) -> None:
        """The fixed names, in the language installed (the texts follow with set_header)."""
        self.setAccessibleName(self.tr("Patient header"))
        self.allergy_banner.setAccessibleName(self.tr("Allergies"))
        self.allergy_icon.setAccessibleName(self.tr("Allergy alert"))

    def _text_label(self, flags: Qt.TextInteractionFlag) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(flags)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return label

    def focus_chain(self) -> list[QWidget]:
        return [self.name_label, self.identity_label, self.care_label, self.contact_label,
                self.people_label, self.allergy_label]

    def clear(self) -> None:
        for label in (self.name_label, self.identity_label, self.contact_label,
                      self.care_label, self.people_label):
            label.setText("")
            label.setAccessibleName(" ")
        self.name_label.setText(self.tr("No chart open"))
        self.name_label.setAccessibleName(self.tr("No chart open"))
        self.allergy_label.setText(self.tr("<b>Allergies:</b> —"))
        self.allergy_label.setAccessibleName(self.tr("Allergies: no chart open"))
        self.allergy_banner.setStyleSheet(_banner_css("none"))
        self.allergy_icon.clear()

    # -- filling ----------------------------------------------------------------------------------
    def set_header(self, h: Header) -> None:
        name = h.name or self.tr("Unnamed patient")
        if h.deceased:
            name += (self.tr(" (deceased %1)").replace("%1", fmt_date_of(h.deceased_at))
                     if h.deceased_at else self.tr(" (deceased)"))
        self._set(self.name_label, escape(name), self.tr("Patient %1").replace("%1", name))

        identity = []
        if h.age is not None:
            identity.append(count(h.age, self.tr("%1 year old"), self.tr("%1 years old")))
        if h.sex:
            sex = {"female": self.tr("Female"), "male": self.tr("Male"),
                   "other": self.tr("Other"), "unknown": self.tr("Unknown")}
            identity.append(sex.get(h.sex.lower(), h.sex.capitalize()))
        if h.birth_date:
            identity.append(self.tr("Born %1").replace("%1", fmt_day(h.birth_date)))
        identity.append(self.tr("MRN %1").replace("%1", h.mrn) if h.mrn else self.tr("No MRN"))
        self._set(self.identity_label, escape(SEP.join(identity)), ", ".join(identity))

        contact_rich, contact_plain = [], []
        lang = h.language_display or h.language
        if lang or h.interpreter_needed:
            text = self.tr("Language: %1").replace("%1", lang or self.tr("not recorded"))
            contact_plain.append(text + (self.tr(", interpreter needed")
                                         if h.interpreter_needed else ""))
            contact_rich.append(escape(text) + (self.tr(" — <b>interpreter needed</b>")
                                                if h.interpreter_needed else ""))
        phone = (self.tr("Phone: %1").replace("%1", h.phone) if h.phone
                 else self.tr("Phone: not recorded"))
        contact_plain.append(phone)
        contact_rich.append(escape(phone))
        if h.address:
            contact_plain.append(h.address)
            contact_rich.append(escape(h.address))
        self._set(self.contact_label, SEP.join(contact_rich), ". ".join(contact_plain))

        care_rich, care_plain = [], []
        if h.code_status:
            care_rich.append(self.tr("Code status: <b>%1</b>").replace(
                "%1", escape(h.code_status)))
            care_plain.append(self.tr("Code status: %1").replace("%1", h.code_status))
        else:
            care_rich.append(self.tr("Code status: not recorded"))
            care_plain.append(self.tr("Code status not recorded"))
        risk = (h.risk_level or "").strip().lower()
        if risk:
            text = {"high": self.tr("High risk"), "medium": self.tr("Medium risk"),
                    "low": self.tr("Low risk")}.get(
                risk, self.tr("%1 risk").replace("%1", risk.capitalize()))
            care_rich.append(f"<b>{text}</b>" if risk == "high" else text)
            care_plain.append(text)
        if h.pcp_name:
            pcp = self.tr("PCP: %1").replace("%1", h.pcp_name) + (
                f", {h.pcp_phone}" if h.pcp_phone else "")
            care_rich.append(escape(pcp))
            care_plain.append(pcp)
        else:
            care_rich.append(self.tr("PCP: not recorded"))
            care_plain.append(self.tr("PCP not recorded"))
        self._set(self.care_label, SEP.join(care_rich), ". ".join(care_plain))

        people_rich, people_plain = [], []
        caregivers = h.caregivers
        emergency = [c for c in h.emergency_contacts if not c.is_caregiver]
        if caregivers:
            text = self.tr("Caregiver: %1").replace(
                "%1", "; ".join(contact_phrase(c) for c in caregivers))
            people_plain.append(text)
            people_rich.append(escape(text))
        if emergency:
            label = (self.tr("Emergency contact: %1") if len(emergency) == 1
                     else self.tr("Emergency contacts: %1"))
            text = label.replace("%1", "; ".join(contact_phrase(c) for c in emergency))
            people_plain.append(text)
            people_rich.append(escape(text))
        others = [c for c in h.contacts if not c.is_caregiver and not c.is_emergency]
        if others and not people_plain:
            text = self.tr("Contact: %1").replace(
                "%1", "; ".join(contact_phrase(c) for c in others))
            people_plain.append(text)
            people_rich.append(escape(text))
        if not people_plain:
            people_plain.append(self.tr("No caregiver or emergency contact recorded"))
            people_rich.append(self.tr("No caregiver or emergency contact recorded"))
        self._set(self.people_label, "<br>".join(people_rich), ". ".join(people_plain))

        rich, plain, kind, icon_name = allergy_text(h)
        self.allergy_plain = self.tr("Allergies: %1").replace("%1", plain)
        self.allergy_label.setText(self.tr("<b>Allergies:</b> %1").replace("%1", rich))
        self.allergy_label.setAccessibleName(self.allergy_plain)
        self.allergy_label.setToolTip(self._allergy_tooltip(h))
        self.allergy_banner.setStyleSheet(_banner_css(kind))
        pixmap = (QStyle.StandardPixmap.SP_MessageBoxWarning if icon_name == "warning"
                  else QStyle.StandardPixmap.SP_MessageBoxInformation)
        size = max(16, self.fontMetrics().height())
        self.allergy_icon.setPixmap(self.style().standardIcon(pixmap).pixmap(size, size))
        self.allergy_icon.setAccessibleName(self.tr("Allergy alert") if icon_name == "warning"
                                            else self.tr("Allergy information"))

    @staticmethod
    def _set(label: QLabel, rich: str, plain: str) -> None:
        label.setText(rich)
        label.setAccessibleName(plain or " ")

    @staticmethod
    def _allergy_tooltip(h: Header) -> str:
        lines = []
        for a in h.allergies:
            detail = [words(a.category) if a.category else None,
                      translate("ChartHeader", "recorded %1").replace(
                          "%1", fmt_date_of(a.recorded_at)) if a.recorded_at else None]
            lines.append(allergy_phrase(a) + (f" [{', '.join(d for d in detail if d)}]"
                                              if any(detail) else ""))
        if h.inactive_allergies:
            lines.append(translate("ChartHeader", "Resolved or inactive: %1").replace(
                "%1", "; ".join(a.label for a in h.inactive_allergies)))
        return "\n".join(lines) or translate("ChartHeader", "No allergies on file")
