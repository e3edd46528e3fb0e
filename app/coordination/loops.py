"""What the referral and result loops share: their timeliness rules (data files with sources),
business days, idempotent follow-up tasks and the small checks on input.

No Qt. Rules live in ``resources/coordination/referral_timeliness.json`` and
``result_timeliness.json``; they are validated when loaded and cached.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.coordination.common import in_language, spanish_of
from app.models.entities import Patient, Task
from app.models.errors import InputError

RULES_DIR = Path(__file__).resolve().parents[2] / "resources" / "coordination"
PRIORITIES = ("routine", "urgent")
OPEN_TASK_STATUSES = ("open", "in_progress")


# -- time ------------------------------------------------------------------------------------------
def add_business_days(start: dt.datetime, days: int) -> dt.datetime:
    """``start`` plus ``days`` working days (Monday to Friday, local calendar), at the same
    local time; 0 days gives ``start`` itself. A start on a weekend counts from Monday."""
    local = start.astimezone()
    out = local
    added = 0
    while added < days:
        out = out + dt.timedelta(days=1)
        if out.weekday() < 5:
            added += 1
    return out.astimezone(dt.UTC)


def days_between(start: dt.datetime | None, end: dt.datetime | None) -> int | None:
    """Whole local calendar days from ``start`` to ``end`` (None when either is missing)."""
    if start is None or end is None:
        return None
    return (end.astimezone().date() - start.astimezone().date()).days


def clean(text: str | None, what: str, *, required: bool = False, max_len: int = 300) -> str | None:
    text = (text or "").strip()
    if not text:
        if required:
            raise InputError(f"the {what} is missing")
        return None
    if len(text) > max_len:
        raise InputError(f"the {what} is too long (at most {max_len} characters)")
    return text


def patient_name(patient: Patient | None) -> str:
    if patient is None:
        return ""
    return f"{patient.family_name or ''}, {patient.given_name or ''}".strip(", ")


# -- rules -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Rule:
    """One timeliness rule: when a loop step is late, and the task it creates."""

    id: str
    step: str  # the referral status or the result condition it watches
    start: str  # the field the delay counts from
    days: dict[str, int]  # by priority (referrals)
    business_days: int | None  # results
    kinds: tuple[str, ...]
    title: str
    action: str
    call: bool
    call_whom: str  # office | patient | clinician
    priority: str
    program_default: bool
    source_key: str
    source: str  # the full citation
    title_es: str = ""  # what the screens show when the UI is Spanish (the task keeps `title`)
    action_es: str = ""

    def title_in(self, lang: str) -> str:
        """The title in the UI language (``"en"`` | ``"es"``)."""
        return in_language(self.title, self.title_es, lang)

    def action_in(self, lang: str) -> str:
        return in_language(self.action, self.action_es, lang)

    def delay(self, priority: str) -> int:
        return self.days.get(priority, self.days.get("routine", 0))


@dataclass(frozen=True)
class RuleSet:
    version: str
    rules: tuple[Rule, ...]
    sources: dict[str, str]

    def by_id(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


def _fail(name: str, message: str) -> None:
    raise ValueError(f"{name}: {message}")


@lru_cache(maxsize=8)
def load_rules(name: str, folder: str | None = None) -> RuleSet:
    """The rules of ``resources/coordination/<name>.json``, validated (every rule names a
    source listed in the file; day counts are whole numbers ≥ 0; ids are unique)."""
    path = Path(folder or RULES_DIR) / f"{name}.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data.get("version"), str) or not data["version"]:
        _fail(name, "no version")
    sources = data.get("sources")
    if not isinstance(sources, dict) or not sources:
        _fail(name, "no sources")
    assert isinstance(sources, dict)
    rules: list[Rule] = []
    seen: set[str] = set()
    for i, raw in enumerate(data.get("rules") or []):
        rid = raw.get("id")
        if not isinstance(rid, str) or not rid or rid in seen:
            _fail(name, f"rule {i} has no id or a repeated one")
        seen.add(rid)
        source = raw.get("source")
        if source not in sources:
            _fail(name, f"rule {rid} names no listed source")
        if not isinstance(raw.get("program_default"), bool):
            _fail(name, f"rule {rid} must say whether it is a program default")
        days = raw.get("days") or {}
        if not isinstance(days, dict) or any(
                k not in PRIORITIES or not isinstance(v, int) or v < 0 for k, v in days.items()):
            _fail(name, f"rule {rid} has bad day counts")
        business = raw.get("business_days")
        if business is not None and (not isinstance(business, int) or business < 0):
            _fail(name, f"rule {rid} has a bad business-day count")
        if not days and business is None:
            _fail(name, f"rule {rid} gives no delay")
        for key in ("title", "action"):
            if not isinstance(raw.get(key), str) or not raw[key].strip():
                _fail(name, f"rule {rid} has no {key}")
            if spanish_of(raw, key) is None:
                _fail(name, f"rule {rid} has no Spanish {key} ('{key}_es')")
        if raw.get("call_whom", "patient") not in ("office", "patient", "clinician"):
            _fail(name, f"rule {rid} has an unknown call_whom")
        step = raw.get("status") or raw.get("when")
        if not isinstance(step, str) or not isinstance(raw.get("from"), str):
            _fail(name, f"rule {rid} says not when it applies")
        rules.append(Rule(
            id=rid, step=step, start=raw["from"], days=dict(days), business_days=business,
            kinds=tuple(raw.get("kinds") or ()), title=raw["title"].strip(),
            action=raw["action"].strip(), call=bool(raw.get("call")),
            call_whom=str(raw.get("call_whom") or "patient"),
            priority=raw.get("priority") or "routine",
            program_default=raw["program_default"], source_key=source,
            source=str(sources[source]), title_es=str(spanish_of(raw, "title")),
            action_es=str(spanish_of(raw, "action"))))
    if not rules:
        _fail(name, "no rules")
    return RuleSet(version=data["version"], rules=tuple(rules), sources=dict(sources))


# -- follow-up tasks -------------------------------------------------------------------------------
def evaluate_open_loops(store: Any, model: Any, open_statuses: Any,
                        evaluate: Any, *, patient_id: str | None,
                        now: dt.datetime) -> list[str]:
    """Run ``evaluate(session, row, now)`` (which returns the ids of the tasks it created) on
    every live row of ``model`` whose status is open (of one patient, or the whole store), in
    one transaction; returns all the new task ids."""
    with store.write() as s:
        stmt = select(model).where(model.deleted_at.is_(None),
                                   model.status.in_(open_statuses))
        if patient_id is not None:
            stmt = stmt.where(model.patient_id == patient_id)
        created: list[str] = []
        for row in s.scalars(stmt).all():
            created += evaluate(s, row, now)
        return created


def loop_tasks(s: Session, origin: str, origin_id: str) -> list[Task]:
    """Every live task a loop created for one referral or tracked test."""
    return list(s.scalars(select(Task).where(
        Task.origin == origin, Task.origin_id == origin_id, Task.deleted_at.is_(None))))


def ensure_task(s: Session, existing: list[Task], *, patient_id: str, origin: str,
                origin_id: str, title: str, description: str, due_at: dt.datetime,
                priority: str) -> Task | None:
    """Create the follow-up task unless one with the same title already exists for this loop
    (in any state: a task the nurse finished or cancelled is not created again). Returns the
    new task, or None."""
    if any(t.title == title for t in existing):
        return None
    task = Task(patient_id=patient_id, title=title, description=description, status="open",
                priority=priority, due_at=due_at, origin=origin, origin_id=origin_id)
    s.add(task)
    existing.append(task)
    return task


def settle_tasks(existing: list[Task], keep_titles: set[str], own_titles: set[str],
                 now: dt.datetime, status: str = "done") -> int:
    """Mark done (or ``status``) the open tasks this loop's rules created (``own_titles``)
    whose step has been passed (not in ``keep_titles``); tasks a person made for the same
    referral or test are left alone. Returns how many."""
    n = 0
    for task in existing:
        if (task.status in OPEN_TASK_STATUSES and task.title in own_titles
                and task.title not in keep_titles):
            task.status = status
            task.completed_at = now
            n += 1
    return n


# -- texts in the UI language ---------------------------------------------------------------------
LOOP_RULE_FILES = ("referral_timeliness", "result_timeliness")


def rule_text(text: str, lang: str) -> str:
    """A loop rule's title or action (the English a row or a task carries: tasks keep the
    rule's English title, which is how the loops find their own tasks again) in the UI
    language the view passes; any other text as it is."""
    if lang == "en" or not text:
        return text
    for name in LOOP_RULE_FILES:
        for rule in load_rules(name).rules:
            if text == rule.title:
                return rule.title_in(lang)
            if text == rule.action:
                return rule.action_in(lang)
    return text
