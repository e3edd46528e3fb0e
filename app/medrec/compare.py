"""Compare intended lists with what the patient actually takes (MARQUIS discrepancy types).

Entries are matched by their ingredients (``"Lasix 40 mg"`` and ``"furosemide 40 mg"`` are one
medicine; Percocet and oxycodone overlap). For each intended list, every entry is compared with
the actual entries of the same medicine:

- ``omission``: intended (not stopped) but not taken: absent, or ``taking: false``;
- ``commission``: taken but on no intended list, or taken although the list says stop/hold;
- ``route``, ``formulation`` (release form, distinguishing salt, or a different product of
  overlapping ingredients), ``prn_vs_scheduled``, ``dose`` (amount per administration),
  ``frequency`` (times per day);
- ``unclear``: the medicine or its directions cannot be understood well enough to compare.

Equal regimens written differently match: two 10 mg tablets once daily is one 20 mg tablet once
daily. A stop on the intended list that the patient has stopped is not a discrepancy. When
several intended lists are given, each is compared, and one discrepancy found against several
lists is reported once with all their entries.

Messages and severities come from ``discrepancy_types.json``; a discrepancy involving an ISMP
high-alert medicine takes that file's ``severity_high_alert``.

No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.medrec.knowledge import Knowledge, normalize_name
from app.medrec.regimen import (
    Entry,
    Finding,
    describe,
    describe_product,
    describe_route,
    drug_label,
    same_amount,
)

__all__ = ["Row", "compare_lists"]


@dataclass
class Row:
    """Entries of one medicine across the lists (the worksheet's line)."""

    drugs: list[str]
    unknown_entry: str | None = None  # the entry id, for a medicine that was not recognised
    intended: list[str] = field(default_factory=list)
    actual: list[str] = field(default_factory=list)
    reconciled: list[str] = field(default_factory=list)
    status: str = "match"  # match | discrepancy | stopped | unclear | single

    @property
    def key(self) -> str:
        return "+".join(self.drugs) if self.drugs else f"?{self.unknown_entry}"

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "drugs": list(self.drugs), "intended": self.intended,
                "actual": self.actual, "reconciled": self.reconciled, "status": self.status}


def _same_text(a: Entry, b: Entry) -> bool:
    return normalize_name(a.text) == normalize_name(b.text)


_UNKNOWN = "is not a medicine Hearth recognises"


def _lacking(p: Any) -> bool:
    """Missing what a comparison needs: a clear line with an amount and a frequency."""
    return not p.is_clear or p.frequency_per_day is None or _no_amount(p)


_EXTENDED = ("ER", "SR")


def _formulations_differ(pi: Any, pa: Any, salts: int) -> bool:
    """Different release forms or salts. Both must name one ("aspirin 81 mg" and "aspirin 81 mg
    EC" agree), except that an extended-release line against one that names no release form
    and is taken at another frequency (Toprol XL daily vs metoprolol tartrate twice daily,
    diltiazem ER daily vs diltiazem four times daily) is an immediate-release product, and so is
    a line naming a salt against an extended-release one naming none, for a medicine sold as
    several salts (metoprolol tartrate vs Toprol XL). ``salts``: how many the medicine has."""
    if pi.salt and pa.salt and pi.salt != pa.salt:
        return True
    fi, fa = pi.formulation, pa.formulation
    if bool(pi.salt) != bool(pa.salt) and (fi in _EXTENDED) != (fa in _EXTENDED) and salts > 1:
        return True  # "metoprolol tartrate" against "Toprol XL": salt and release form differ
    if fi and fa:
        return fi != fa
    if (fi in _EXTENDED) != (fa in _EXTENDED):
        return not same_amount(pi.frequency_per_day, pa.frequency_per_day)
    return False


def _no_amount(p: Any) -> bool:
    return not p.dose_mg and not getattr(p, "dose_meq", None) and p.dose_quantity_max is None


def _same_unclear(pi: Any, pa: Any) -> bool:
    """Both lines say the same as far as they go: route (when both name one), as-needed use
    and strengths ("glucagon 1 mg kit as needed" on both lists)."""
    return ((pi.route == pa.route or not pi.route or not pa.route) and pi.prn == pa.prn
            and pi.strengths_mg == pa.strengths_mg and pi.strength_units == pa.strength_units)


def _unclear_reason(p: Any) -> str:
    return "; ".join(p.unclear) if p.unclear else "the directions are incomplete"


class _Comparer:
    def __init__(self, knowledge: Knowledge, high_alert: set[str]) -> None:
        self.k = knowledge
        self.high_alert = high_alert
        self.found: dict[tuple[Any, ...], Finding] = {}

    # ----------------------------------------------------------------- findings
    def add(self, dtype: str, drugs: list[str], intended: Entry | None, actual: Entry | None,
            message_key: str = "message", problem: str | None = None) -> None:
        spec = self.k.discrepancy_types[dtype]
        severity = spec["severity"]
        if any(d in self.high_alert for d in drugs):
            severity = spec["severity_high_alert"]
        sources = self.k.sources["discrepancy_types"]
        src = spec["source"]
        citation = " ".join(sources[s] for s in (src if isinstance(src, list) else [src]))
        anchor = intended or actual
        # one discrepancy per medicine and actual entry; unrecognised entries each their own
        key = (dtype, frozenset(drugs), actual.id if actual else None,
               anchor.id if anchor is not None and not drugs else None)
        old = self.found.get(key)
        entries = [e.id for e in (intended, actual) if e is not None]
        if old is not None:  # the same discrepancy against another intended list
            old.entries.extend(e for e in entries if e not in old.entries)
            return
        label = drug_label(anchor) if anchor else ", ".join(drugs)
        if anchor is not None and not drugs:
            label = f"{label} ({anchor.source})"
        fields = {
            "drug": label,
            "intended": describe(intended.parsed) if intended else "",
            "intended_source": intended.source if intended else "intended list",
            "actual": describe(actual.parsed) if actual else "",
            "actual_source": actual.source if actual else "",
            "actual_detail": "",
            "problem": problem or "",
        }
        if dtype == "omission" and actual is not None:
            fields["actual_detail"] = f" ({actual.source}: not taking)"
        if dtype == "formulation" and intended and actual:
            fields["intended"] = describe_product(intended.parsed)
            fields["actual"] = describe_product(actual.parsed)
        if dtype == "route" and intended and actual:
            fields["intended"] = describe_route(intended.parsed)
            fields["actual"] = describe_route(actual.parsed)
        if dtype == "prn_vs_scheduled" and intended and actual:
            fields["intended"] = "as needed" if intended.parsed.prn else "on a schedule"
            fields["actual"] = "as needed" if actual.parsed.prn else "on a schedule"
        template = spec.get(message_key) or spec["message"]
        message = template.format(**fields)
        self.found[key] = Finding(
            kind="discrepancy", drugs=sorted(drugs), severity=severity, message=message,
            source_id=src, source=citation, entries=entries,
            extra={"type": dtype, "intended": intended.id if intended else None,
                   "actual": actual.id if actual else None},
        )

    # ----------------------------------------------------------------- one pair
    def compare_pair(self, i: Entry, a: Entry) -> None:
        """An intended entry against an actual entry of the same (or overlapping) medicine."""
        drugs = sorted(i.key | a.key)
        pi, pa = i.parsed, a.parsed
        if i.key != a.key:
            self.add("formulation", drugs, i, a)
            return
        if _same_text(i, a):
            return
        if pi.route and pa.route and pi.route != pa.route:
            self.add("route", drugs, i, a)
        info = self.k.drug(i.drugs[0]) if len(i.drugs) == 1 else None
        if _formulations_differ(pi, pa, len(info.salts) if info else 0):
            self.add("formulation", drugs, i, a)
            return  # release forms are dosed differently: the regimens are not comparable
        if pi.prn != pa.prn:
            self.add("prn_vs_scheduled", drugs, i, a)
        dose = self._same_dose(pi, pa)
        freq = (same_amount(pi.frequency_per_day, pa.frequency_per_day)
                if pi.frequency_per_day is not None and pa.frequency_per_day is not None else None)
        if freq is None and pi.frequency_per_day is None and pa.frequency_per_day is None \
                and pi.frequency_text == pa.frequency_text and _same_unclear(pi, pa):
            freq = True  # both lists say the same thing, however unclear ("q5min prn", "as directed")
        if dose is None and _no_amount(pi) and _no_amount(pa) and _same_unclear(pi, pa):
            dose = True
        if dose is None or freq is None:
            if any(f.extra["intended"] == i.id and f.extra["actual"] == a.id for f in self.found.values()):
                return  # a route or as-needed discrepancy already sends the nurse to this line
            who = i if _lacking(pi) or not _lacking(pa) else a
            self.add("unclear", drugs, i, a, problem=(
                f"cannot be compared: the {who.source} entry is unclear ({_unclear_reason(who.parsed)})"))
            return
        if not dose:
            key = "message_changed" if i.action == "changed" else "message"
            self.add("dose", drugs, i, a, message_key=key)
        if not freq and not pi.prn and not pa.prn:
            self.add("frequency", drugs, i, a)
        elif not freq and pi.prn and pa.prn:
            self.add("frequency", drugs, i, a)

    @staticmethod
    def _same_dose(pi: Any, pa: Any) -> bool | None:
        """Same amount per administration; ``None`` when it cannot be told."""
        for field in ("dose_mg", "dose_meq"):  # mg, or mEq (potassium chloride)
            di, da = getattr(pi, field, None), getattr(pa, field, None)
            if di and da:
                if set(di) != set(da):
                    return None
                return all(same_amount(di[k], da[k]) for k in di)
        if pi.dose_quantity_max is not None and pa.dose_quantity_max is not None:
            if pi.dose_unit != pa.dose_unit:
                return None
            if pi.strengths_mg != pa.strengths_mg or pi.strength_units != pa.strength_units:
                return None
            return same_amount(pi.dose_quantity_max, pa.dose_quantity_max)
        return None


def _is_overlap(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a and b and a & b)


def compare_lists(entries: list[Entry], knowledge: Knowledge, high_alert: set[str]) -> tuple[list[Finding], list[Row]]:
    """Discrepancies between the intended and actual entries, and the matched rows."""
    intended = [e for e in entries if e.role == "intended"]
    actual = [e for e in entries if e.role == "actual"]
    comparer = _Comparer(knowledge, high_alert)
    compared = bool(intended and actual)
    if compared:
        by_list: dict[int, list[Entry]] = {}
        for e in intended:
            by_list.setdefault(e.list_index, []).append(e)
        claimed: set[str] = set()
        for lst in by_list.values():
            _compare_one_list(comparer, lst, actual, claimed)
        for a in actual:
            if a.id in claimed or not a.active:
                continue
            if not a.drugs:
                comparer.add("unclear", [], None, a, problem=_UNKNOWN)
                continue
            stopped = _stopped_on_intended(a, intended)
            if stopped is not None:
                comparer.add("commission", list(a.drugs), stopped, a, message_key="message_stopped")
            else:
                comparer.add("commission", list(a.drugs), None, a)
    findings = list(comparer.found.values())
    return findings, _rows(entries, findings, compared)


def _stopped_on_intended(a: Entry, intended: list[Entry]) -> Entry | None:
    return next((i for i in intended if i.action in ("stop", "hold") and _is_overlap(i.key, a.key)), None)


def _compare_one_list(comparer: _Comparer, lst: list[Entry], actual: list[Entry], claimed: set[str]) -> None:
    for i in lst:
        if not i.drugs:
            comparer.add("unclear", [], i, None, problem=_UNKNOWN)
            continue
        exact = [a for a in actual if a.key == i.key]
        matches = exact or [a for a in actual if _is_overlap(a.key, i.key)]
        # an actual entry matched by another intended entry exactly is not this one's
        if not exact:
            matches = [a for a in matches
                       if not any(o.key == a.key for o in lst if o is not i)]
        for a in matches:
            claimed.add(a.id)
        taking = [a for a in matches if a.taking is not False]
        if i.action in ("stop", "hold"):
            for a in taking:
                comparer.add("commission", sorted(i.key | a.key), i, a, message_key="message_stopped")
            continue
        if not taking:
            comparer.add("omission", list(i.drugs), i, matches[0] if matches else None)
            continue
        # the patient's regimen matches if any actual entry of it matches in full
        if len(taking) > 1:
            probe = _Comparer(comparer.k, comparer.high_alert)
            for a in taking:
                probe.found.clear()
                probe.compare_pair(i, a)
                if not probe.found:
                    break
            else:
                for a in taking:
                    comparer.compare_pair(i, a)
            continue
        comparer.compare_pair(i, taking[0])


def _rows(entries: list[Entry], findings: list[Finding], compared: bool) -> list[Row]:
    """Group entries into rows by ingredients; an intended product compared with an overlapping
    actual one (Percocet against oxycodone) shares their row."""
    rows: dict[Any, Row] = {}
    row_of: dict[str, Row] = {}
    for e in entries:
        key: Any = e.key if e.drugs else e.id
        row = rows.get(key)
        if row is None:
            row = rows[key] = Row(drugs=sorted(e.key), unknown_entry=None if e.drugs else e.id)
        getattr(row, e.role).append(e.id)
        row_of[e.id] = row
    for f in findings:  # merge the rows of an overlapping pair
        a, b = row_of.get(f.extra.get("intended") or ""), row_of.get(f.extra.get("actual") or "")
        if a is None or b is None or a is b:
            continue
        for role in ("intended", "actual", "reconciled"):
            getattr(a, role).extend(getattr(b, role))
        a.drugs = sorted(set(a.drugs) | set(b.drugs))
        for eid, row in row_of.items():
            if row is b:
                row_of[eid] = a
        rows = {k: r for k, r in rows.items() if r is not b}
    by_row: dict[int, list[Finding]] = {}
    for f in findings:
        for eid in f.entries:
            lst = by_row.setdefault(id(row_of[eid]), [])
            if f not in lst:
                lst.append(f)
    by_id = {e.id: e for e in entries}
    for row in rows.values():
        fs = by_row.get(id(row), [])
        if not row.drugs or any(f.extra.get("type") == "unclear" for f in fs):
            row.status = "unclear"
        elif fs:
            row.status = "discrepancy"
        elif not compared:
            row.status = "single"
        elif row.intended and all(by_id[x].action in ("stop", "hold") for x in row.intended):
            row.status = "stopped"
        else:
            row.status = "match" if row.intended and row.actual else "single"
    return list(rows.values())
