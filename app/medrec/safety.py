"""Safety checks on a medication list, every rule read from ``resources/medrec``.

The checks run on a *scope*: the entries of one role (all actual lists together, or all
reconciled lists together) that are active (not stopped, held or ``taking: false``). The same
medicine on two lists of one scope (pharmacy fills and bottles) is one medicine, not two.

- ``interaction``: pairs of different medicines matching ``interactions.json`` in either order;
- ``therapeutic_duplication``: the same ingredient in two different products, or twice on one
  list; or two medicines of a class in ``duplication.json``;
- ``max_daily_dose``: an ingredient's total per day over its limit, adding every product
  (as-needed medicines at their maximum), ``total_mg`` and ``limit_mg`` reported;
- ``beers``: AGS Beers 2023 "avoid" criteria for patients aged 65 or more on ``as_of``;
- ``high_alert``: ISMP high-alert medicines (community/ambulatory);
- ``allergy``: against the patient's allergies with cross-sensitivity levels;
- ``abbreviation``: do-not-use and error-prone abbreviations, checked on every entry of every
  list (they are errors in what was written, whatever the role).

No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from app.medrec.knowledge import Knowledge, normalize_name
from app.medrec.regimen import Entry, Finding, drug_label, fmt_mg
from app.medrec.request import Patient

__all__ = ["safety_findings", "high_alert_ingredients", "abbreviation_findings", "resolve_allergen"]


def _cite(k: Knowledge, file: str, source: str | list[str]) -> str:
    ids = source if isinstance(source, list) else [source]
    return " ".join(k.sources[file][s] for s in ids)


def _cap(name: str) -> str:
    return name[:1].upper() + name[1:]


def _ingredients(scope: list[Entry]) -> Iterable[tuple[str, Entry]]:
    for e in scope:
        for ing in e.drugs:
            yield ing, e


# ----------------------------------------------------------------------------- interactions
def _sides(k: Knowledge, ing: str) -> frozenset[tuple[int, str]]:
    """Which side ("a"/"b") of which interaction rule an ingredient matches."""
    return frozenset((n, side) for n, rule in enumerate(k.interactions)
                     for side in ("a", "b") if k.matches(rule[side], ing))


def _interactions(k: Knowledge, scope: list[Entry]) -> list[Finding]:
    """One finding per rule and pair of medicines (a combination product counts once)."""
    sides = {ing: _sides(k, ing) for e in scope for ing in e.drugs}
    out: dict[tuple[str, frozenset[str]], Finding] = {}
    for n, ex in enumerate(scope):
        for ey in scope[n + 1:]:
            if ex.key == ey.key:
                continue
            hits: dict[int, set[str]] = {}
            for x in ex.drugs:
                for y in ey.drugs:
                    if x == y:
                        continue
                    sx, sy = sides[x], sides[y]
                    for r, side in sx:
                        if (r, "b" if side == "a" else "a") in sy:
                            hits.setdefault(r, set()).update((x, y))
            for r in sorted(hits):
                rule, drugs = k.interactions[r], hits[r]
                key = (rule["code"], frozenset(drugs))
                found = out.get(key)
                if found is not None:
                    found.entries.extend(i for i in (ex.id, ey.id) if i not in found.entries)
                    continue
                first = sorted(d for d in drugs if d in ex.drugs)
                second = sorted(d for d in drugs if d in ey.drugs and d not in first)
                out[key] = Finding(
                    kind="interaction", drugs=sorted(drugs), severity=rule["severity"],
                    message=f"{_cap(' and '.join(first))} with {' and '.join(second)}: {rule['message']}",
                    source_id=rule["source"], source=_cite(k, "interactions", rule["source"]),
                    entries=[ex.id, ey.id], extra={"code": rule["code"]},
                )
    return list(out.values())


# ----------------------------------------------------------------------------- duplication
def _duplications(k: Knowledge, scope: list[Entry]) -> list[Finding]:
    out: list[Finding] = []
    same = k.duplication_same_ingredient
    by_ing: dict[str, list[Entry]] = {}
    for ing, e in _ingredients(scope):
        by_ing.setdefault(ing, []).append(e)
    for ing, es in by_ing.items():
        # two products, or one product twice on one list (fills and bottles are one medicine)
        dup = len({e.key for e in es}) > 1 or any(
            sum(1 for o in es if o.list_index == e.list_index and o.key == e.key) > 1 for e in es)
        if not dup:
            continue
        names = ", ".join(dict.fromkeys(drug_label(e) for e in es))
        out.append(Finding(
            kind="therapeutic_duplication", drugs=[ing], severity=same["severity"],
            message=f"{_cap(ing)} is in more than one medicine ({names}). Taking both doubles the "
                    "dose; check which one the patient should take.",
            source_id=same["source"], source=_cite(k, "duplication", same["source"]),
            entries=[e.id for e in es], extra={"basis": "ingredient"},
        ))
    for cls, rule in k.duplication_classes.items():
        members: dict[str, list[Entry]] = {}
        for ing, es in by_ing.items():
            if cls in k.classes_of(ing):
                members[ing] = es
        if len(members) < 2:
            continue
        entries = {e.id: e for es in members.values() for e in es}
        if len({e.key for e in entries.values()}) < 2:
            continue  # one combination product holding two members
        label = k.class_names.get(cls, cls)
        names = ", ".join(dict.fromkeys(drug_label(e) for e in entries.values()))
        note = f" {rule['note']}" if rule.get("note") else ""
        out.append(Finding(
            kind="therapeutic_duplication", drugs=sorted(members), severity=rule["severity"],
            message=f"Two medicines of the same kind ({label}): {names}.{note}",
            source_id=rule["source"], source=_cite(k, "duplication", rule["source"]),
            entries=list(entries), extra={"basis": "class", "class": cls},
        ))
    return out


# ----------------------------------------------------------------------------- max daily dose
def _max_daily(k: Knowledge, scope: list[Entry]) -> list[Finding]:
    # per product (same ingredients), the most any one list says; within a list entries add up
    per_list: dict[tuple[frozenset[str], int], dict[str, float]] = {}
    contributors: dict[str, list[str]] = {}
    for e in scope:
        totals = per_list.setdefault((e.key, e.list_index), {})
        for ing, mg in e.parsed.daily_mg.items():
            totals[ing] = totals.get(ing, 0.0) + mg
            contributors.setdefault(ing, []).append(e.id)
    per_product: dict[frozenset[str], dict[str, float]] = {}
    for (key, _), totals in per_list.items():
        best = per_product.setdefault(key, {})
        for ing, mg in totals.items():
            best[ing] = max(best.get(ing, 0.0), mg)
    grand: dict[str, float] = {}
    for totals in per_product.values():
        for ing, mg in totals.items():
            grand[ing] = grand.get(ing, 0.0) + mg
    out = []
    by_id = {e.id: e for e in scope}
    for ing, total in sorted(grand.items()):
        limit = k.max_daily_for(ing)
        if limit is None or total <= limit["limit_mg"] + 1e-9:
            continue
        ids = contributors[ing]
        names = ", ".join(dict.fromkeys(drug_label(by_id[i]) for i in ids))
        out.append(Finding(
            kind="max_daily_dose", drugs=[ing], severity="high",
            message=f"{_cap(ing)}: up to {fmt_mg(total)} mg a day from {names}; the most a day is "
                    f"{fmt_mg(limit['limit_mg'])} mg ({limit.get('population', 'adults')}).",
            source_id=limit["source"], source=_cite(k, "max_daily_dose", limit["source"]),
            entries=ids, extra={"total_mg": round(total, 3), "limit_mg": limit["limit_mg"]},
        ))
    return out


# ----------------------------------------------------------------------------- Beers
_GLUCOSE_DOSING = re.compile(
    r"\b(?:sliding|correction)\s*scale|\bssi\b|\bper\s+(?:blood\s+)?(?:sugar|glucose|bg|fsbg|accu-?chek|fingerstick)s?\b"
    r"|\bbased on (?:blood )?(?:sugar|glucose)", re.IGNORECASE)


def _beers_applies(cond: dict[str, Any], e: Entry, ing: str, scope_classes: set[str]) -> bool:
    p = e.parsed
    if cond.get("glucose_based_dosing") and not _GLUCOSE_DOSING.search(e.text):
        return False
    if "formulation_not_in" in cond and (p.formulation or "IR") in cond["formulation_not_in"]:
        return False
    if "routes_not_in" in cond and p.route in cond["routes_not_in"]:
        return False
    if cond.get("scheduled") and p.prn:
        return False
    limits = cond.get("daily_mg_over") or {}
    if ing in limits and ing in p.daily_mg and p.daily_mg[ing] <= limits[ing]:
        return False
    return not (cond.get("without_classes") and scope_classes & set(cond["without_classes"]))


def _beers(k: Knowledge, scope: list[Entry], patient: Patient) -> list[Finding]:
    age = patient.age_on_as_of()
    if age is None or age < k.beers_from_age:
        return []
    scope_classes = {c for ing, _ in _ingredients(scope) for c in k.classes_of(ing)}
    out: dict[tuple[str, str], Finding] = {}
    for ing, e in _ingredients(scope):
        for c in k.beers:
            if not k.matches(c, ing):
                continue
            if not _beers_applies(c.get("when") or {}, e, ing, scope_classes):
                continue
            key = (c["id"], ing)
            if key in out:
                out[key].entries.append(e.id)
                continue
            severity = c.get("severity", "moderate")
            esc = c.get("escalate_when")
            if esc and severity == "low":
                over = esc.get("daily_mg_over") or {}
                if ing in over and e.parsed.daily_mg.get(ing, 0.0) > over[ing]:
                    severity = "moderate"
            when = f" Applies when: {c['condition']}." if c.get("condition") else ""
            out[key] = Finding(
                kind="beers", drugs=[ing], severity=severity,
                message=f"{drug_label(e)} (patient aged {age}): {c['recommendation']} "
                        f"{c['rationale']}{when}",
                source_id=c["source"], source=_cite(k, "beers_2023", c["source"]),
                entries=[e.id], extra={"criterion": c["id"]},
            )
    return list(out.values())


# ----------------------------------------------------------------------------- high alert
def high_alert_ingredients(k: Knowledge, entries: Iterable[Entry], patient: Patient) -> set[str]:
    age = patient.age_on_as_of()
    return {ing for e in entries for ing in e.drugs
            if any(k.matches(item, ing) and _high_alert_applies(item, e, age) for item in k.high_alert)}


def _high_alert_applies(item: dict[str, Any], e: Entry, age: int | None) -> bool:
    """An item limited to children, or to some routes (epinephrine IM/subcutaneous), applies
    only there; a route or age that is not known does not rule it out."""
    if item.get("applies_to") == "children" and age is not None and age >= 18:
        return False
    routes = item.get("routes")
    return not (routes and e.parsed.route and e.parsed.route not in routes)


def _high_alert(k: Knowledge, scope: list[Entry], patient: Patient) -> list[Finding]:
    out: dict[tuple[str, str], Finding] = {}
    age = patient.age_on_as_of()
    for ing, e in _ingredients(scope):
        for item in k.high_alert:
            if not k.matches(item, ing) or not _high_alert_applies(item, e, age):
                continue
            key = (item["id"], ing)
            if key in out:
                out[key].entries.append(e.id)
                continue
            out[key] = Finding(
                kind="high_alert", drugs=[ing], severity="info",
                message=f"{drug_label(e)} is a high-alert medicine ({item['label']}): errors can "
                        "cause serious harm. Double-check the dose and teach back how to take it.",
                source_id=item["source"], source=_cite(k, "high_alert", item["source"]),
                entries=[e.id], extra={"item": item["id"]},
            )
    return list(out.values())


# ----------------------------------------------------------------------------- allergy
def resolve_allergen(k: Knowledge, substance: str) -> tuple[frozenset[str], frozenset[str]]:
    """(ingredients, classes) an allergy entry names; both empty when it is not a medicine
    Hearth knows (foods, latex, unknown names)."""
    norm = normalize_name(substance)
    classes = set(k.allergy_class_terms.get(norm, ()))
    if not classes:
        for cls, label in k.class_names.items():
            if norm in (cls.replace("_", " "), normalize_name(label)):
                classes.add(cls)
    ingredients = set(k.lookup(substance) or ())
    if not ingredients and not classes:
        # "amoxicillin allergy", "allergic to penicillin - rash"
        words = re.sub(r"\b(allerg\w*|to|intolerance|reaction|rash|hives)\b", " ", norm).split()
        for size in (3, 2, 1):
            for n in range(len(words) - size + 1):
                hit = k.lookup(" ".join(words[n:n + size]))
                if hit:
                    ingredients.update(hit)
            if ingredients:
                break
    return frozenset(ingredients), frozenset(classes)


_LEVEL_RANK = {"high": 0, "low": 1}


def _allergy_level(k: Knowledge, ings: frozenset[str], classes: frozenset[str], med: str) -> tuple[str, str] | None:
    """(level, reason) for a medicine against one allergy, or ``None``."""
    med_classes = k.classes_of(med)
    if med in ings:
        return "high", "it is the medicine the patient is allergic to"
    if classes & med_classes:
        return "high", "it belongs to the group of medicines the patient is allergic to"
    best: tuple[str, str] | None = None
    allergen_classes = set(classes)
    for ing in ings:
        allergen_classes |= k.classes_of(ing)
    for group in k.allergy_groups:
        covers = (any(k.matches(group, ing) for ing in ings)
                  or bool(set(group.get("classes") or ()) & set(classes)))
        if not covers:
            continue
        for rule in group.get("cross", []):
            if rule.get("same_r1_group"):
                hit = any(med in g["ingredients"] and ings & set(g["ingredients"]) for g in k.r1_groups)
            else:
                hit = k.matches(rule, med)
            if hit:
                level = (rule["level"], rule.get("note", ""))
                if best is None or _LEVEL_RANK[level[0]] < _LEVEL_RANK[best[0]]:
                    best = level
                break
    return best


def _allergies(k: Knowledge, scope: list[Entry], patient: Patient, warnings: list[str]) -> list[Finding]:
    out: dict[tuple[int, str], Finding] = {}
    for n, allergy in enumerate(patient.allergies):
        ings, classes = resolve_allergen(k, allergy.substance)
        if not ings and not classes:
            msg = (f"Allergy {n + 1} ('{allergy.substance[:60]}') is not a medicine Hearth knows; "
                   "the list was not checked against it.")
            if msg not in warnings:
                warnings.append(msg)
            continue
        for ing, e in _ingredients(scope):
            hit = _allergy_level(k, ings, classes, ing)
            if hit is None:
                continue
            level, reason = hit
            key = (n, ing)
            if key in out:
                out[key].entries.append(e.id)
                continue
            reaction = f" ({allergy.reaction})" if allergy.reaction else ""
            if level == "high":
                verdict = "Cross-reaction is likely: do not give until the prescriber confirms."
            else:
                verdict = "Cross-reaction is unlikely but possible: confirm with the prescriber."
            group_source = next((g["source"] for g in k.allergy_groups
                                 if any(k.matches(g, i) for i in ings) or set(g.get("classes") or ()) & classes),
                                k.allergy_groups[0]["source"])
            out[key] = Finding(
                kind="allergy", drugs=[ing], severity="high" if level == "high" else "low",
                message=f"{drug_label(e)}: the patient is allergic to {allergy.substance}{reaction}. "
                        f"{_cap(reason.rstrip('.'))}. {verdict}",
                source_id=group_source, source=_cite(k, "allergy_cross", group_source),
                entries=[e.id], extra={"level": level, "allergen": allergy.substance},
            )
    return list(out.values())


# ----------------------------------------------------------------------------- abbreviations
def _token_of(m: re.Match[str]) -> str:
    tok = m.group(0).strip()
    lead = re.match(r"\d+(?:\.\d+)?\s*(?=[a-zA-Z])", tok)
    return tok[lead.end():] if lead else tok


def abbreviation_findings(k: Knowledge, entries: Iterable[Entry]) -> list[Finding]:
    """One finding per entry and token the parser found on the do-not-use / error-prone lists."""
    patterns = [(e, re.compile(e["pattern"])) for e in k.abbreviations]
    out = []
    for entry in entries:
        for token in entry.parsed.abbreviations_seen:
            rule = next((e for e, rx in patterns
                         if any(_token_of(m) == token for m in rx.finditer(entry.text))), None)
            if rule is None:
                continue
            listed = ("The Joint Commission's do-not-use list" if rule["list"] == "tjc_do_not_use"
                      else "ISMP's list of error-prone abbreviations")
            drug = drug_label(entry)
            out.append(Finding(
                kind="abbreviation", drugs=list(entry.drugs),
                severity="moderate" if rule["list"] == "tjc_do_not_use" else "low",
                message=f"'{token}' ({drug}, {entry.source}) is on {listed}: {rule['problem']}. "
                        f"{rule['use_instead']}.".replace("..", "."),
                source_id=rule["source"], source=_cite(k, "abbreviations", rule["source"]),
                entries=[entry.id], extra={"token": token, "list": rule["list"]},
            ))
    return out


# ----------------------------------------------------------------------------- all
def safety_findings(k: Knowledge, scope: list[Entry], patient: Patient, warnings: list[str]) -> list[Finding]:
    """Every safety finding for one scope (active entries of one role)."""
    scope = [e for e in scope if e.active and e.drugs]
    return [
        *_interactions(k, scope),
        *_duplications(k, scope),
        *_max_daily(k, scope),
        *_beers(k, scope, patient),
        *_high_alert(k, scope, patient),
        *_allergies(k, scope, patient, warnings),
    ]
