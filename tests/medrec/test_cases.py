"""The med rec case library (``tests/medrec/cases/*.json``): realistic cases drawn from
published teaching material, each with the findings that must appear (``expect``), those that
must not (``expect_absent``) and, for some, how lines must be understood (``expect_parsed``).
See ``tests/medrec/cases/README.md`` for each case's source."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.medrec.check import check
from app.medrec.knowledge import load_knowledge
from app.medrec.parse import parse_line

CASES = sorted((Path(__file__).parent / "cases").glob("*.json"))


def _matches(finding: dict[str, Any], want: dict[str, Any]) -> bool:
    for key, value in want.items():
        if key == "drugs":
            if not set(value) <= set(finding.get("drugs", [])):
                return False
        elif isinstance(value, float | int) and not isinstance(value, bool) and key in ("total_mg", "limit_mg"):
            if abs(float(finding.get(key, -1)) - float(value)) > 0.5:
                return False
        elif finding.get(key) != value:
            return False
    return True


def _show(findings: list[dict[str, Any]]) -> list[str]:
    keys = ("type", "code", "level", "token", "total_mg", "criterion", "basis")
    return [f"{f['kind']} {f['drugs']} " + " ".join(f"{k}={f[k]}" for k in keys if k in f) for f in findings]


def test_the_library_is_there() -> None:
    assert len(CASES) >= 20, "the case library is missing"


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_case(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    assert case.get("source"), "every case names its source"
    result = check(case["input"])
    findings = result["findings"]
    missing = [w for w in case.get("expect", []) if not any(_matches(f, w) for f in findings)]
    unwanted = [w for w in case.get("expect_absent", []) if any(_matches(f, w) for f in findings)]
    assert not missing and not unwanted, (
        f"{case['title']}\n missing: {missing}\n unwanted: {unwanted}\n found: {_show(findings)}")
    k = load_knowledge()
    for want in case.get("expect_parsed", []):
        parsed = parse_line(want["text"], k).to_dict()
        for key, value in want.items():
            if key == "text":
                continue
            got = parsed.get(key)
            if key == "ingredients":
                assert set(got or ()) == set(value), (want["text"], key, got)
            elif isinstance(value, dict):
                assert got is not None and all(abs(got.get(n, -1) - v) < 1e-6 for n, v in value.items()), (want, got)
            else:
                assert got == value, (want["text"], key, got)
