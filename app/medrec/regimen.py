"""One medication entry as the checks see it (parsed, with its list and role), the
:class:`Finding` the checks produce, and plain-language descriptions for messages.

No Qt here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from app.medrec.knowledge import SEVERITIES
from app.medrec.parse import ParsedMedication

__all__ = ["Entry", "Finding", "describe", "describe_product", "drug_label", "same_amount", "fmt_mg"]

_ROUTE_WORDS = {
    "oral": "by mouth", "subcutaneous": "under the skin", "intramuscular": "into the muscle",
    "intravenous": "into a vein", "sublingual": "under the tongue", "inhaled": "inhaled",
    "transdermal": "as a skin patch", "topical": "on the skin", "ophthalmic": "in the eye",
    "otic": "in the ear", "nasal": "in the nose", "rectal": "rectally", "vaginal": "vaginally",
}


@dataclass(frozen=True)
class Entry:
    id: str  # "list:index", e.g. "1:3"
    list_index: int
    index: int
    role: str
    source: str
    text: str
    action: str | None
    taking: bool | None
    note: str | None
    parsed: ParsedMedication
    purpose: str | None = None

    @property
    def drugs(self) -> tuple[str, ...]:
        return self.parsed.ingredients

    @property
    def key(self) -> frozenset[str]:
        return frozenset(self.parsed.ingredients)

    @property
    def active(self) -> bool:
        """Taken, or meant to be taken: not stopped, held or 'taking: false'."""
        return self.taking is not False and self.action not in ("stop", "hold")

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id, "list": self.list_index, "index": self.index, "role": self.role,
            "source": self.source, "text": self.text, "action": self.action, "taking": self.taking,
            "note": self.note, "purpose": self.purpose,
        }
        parsed = self.parsed.to_dict()
        parsed.pop("text", None)
        d.update(parsed)
        return d


@dataclass
class Finding:
    kind: str
    drugs: list[str]
    severity: str
    message: str
    source_id: str | list[str]
    source: str
    entries: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        assert self.severity in SEVERITIES, self.severity

    def to_dict(self, number: int) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": f"F{number}", "kind": self.kind, "drugs": list(self.drugs),
            "severity": self.severity, "message": self.message, "source": self.source,
            "source_id": self.source_id, "entries": list(self.entries),
        }
        d.update(self.extra)
        return d


def fmt_mg(x: float) -> str:
    """``4000`` -> ``"4,000"``, ``12.5`` -> ``"12.5"``, ``0.125`` -> ``"0.125"``."""
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.3f}".rstrip("0").rstrip(".")


def _qty(lo: float | None, hi: float | None) -> str:
    if hi is None:
        return ""
    if lo is not None and lo != hi:
        return f"{fmt_mg(lo)} to {fmt_mg(hi)}"
    return fmt_mg(hi)


def drug_label(entry: Entry) -> str:
    """``"Furosemide"``, ``"Lasix (furosemide)"``, ``"Oxycodone and acetaminophen"``; the text
    as written when the medicine is not recognised."""
    p = entry.parsed
    if not p.ingredients:
        return f"'{entry.text[:60]}'"
    generic = " and ".join(p.ingredients)
    if p.brand and p.brand.casefold() != generic.casefold():
        return f"{p.brand} ({generic})"
    return generic[:1].upper() + generic[1:]


def describe_amount(p: ParsedMedication) -> str:
    if p.dose_mg:
        values = [p.dose_mg[i] for i in p.ingredients if i in p.dose_mg]
        if len(values) == 1:
            text = f"{fmt_mg(values[0])} mg"
        else:
            text = "/".join(fmt_mg(v) for v in values) + " mg"
        if p.dose_quantity_min is not None and p.dose_quantity_max not in (None, p.dose_quantity_min):
            text = f"up to {text}"
        return text
    meq = getattr(p, "dose_meq", None) or {}
    if meq:
        return "/".join(fmt_mg(v) for v in meq.values()) + " mEq"
    qty = _qty(p.dose_quantity_min, p.dose_quantity_max)
    if qty and p.dose_unit:
        unit = p.dose_unit if p.dose_quantity_max == 1 else p.dose_unit + "s"
        return f"{qty} {unit}"
    return ""


def describe(p: ParsedMedication, *, with_route: bool = True) -> str:
    """The regimen in plain words: ``"25 mg once daily"``, ``"2 puffs every 4 hours as needed
    for wheezing"``; ``"no directions given"`` when nothing is known."""
    parts = [describe_amount(p)]
    if with_route and p.route:
        parts.append(_ROUTE_WORDS.get(p.route, p.route))
    if p.frequency_text:
        parts.append(p.frequency_text)
    if p.prn:
        parts.append("as needed" + (f" for {p.prn_reason}" if p.prn_reason else ""))
    text = " ".join(x for x in parts if x)
    return text or "no directions given"


def describe_route(p: ParsedMedication) -> str:
    return _ROUTE_WORDS.get(p.route or "", p.route or "by an unstated route")


def describe_product(p: ParsedMedication) -> str:
    """Ingredient, salt and release form: ``"metoprolol succinate extended-release"``."""
    forms = {"ER": "extended-release", "SR": "sustained-release", "DR": "delayed-release",
             "IR": "immediate-release", "ODT": "orally disintegrating"}
    parts = [" and ".join(p.ingredients)]
    if p.salt:
        parts.append(p.salt)
    parts.append(forms.get(p.formulation or "IR", p.formulation or ""))
    if p.dose_form:
        parts.append(p.dose_form)
    return " ".join(x for x in parts if x)


def same_amount(a: float | None, b: float | None, rel: float = 0.01) -> bool:
    if a is None or b is None:
        return False
    return math.isclose(a, b, rel_tol=rel, abs_tol=1e-9)
