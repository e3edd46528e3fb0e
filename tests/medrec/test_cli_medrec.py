"""``hearth medrec check`` as scripts meet it: real processes, JSON out, exit 0 whatever is
found, exit 2 with one clear line for bad input, never a traceback, nothing in the log."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

REQUEST = {
    "patient": {"birth_date": "1948-06-30", "as_of": "2026-11-29",
                "allergies": [{"substance": "amoxicillin", "reaction": "hives"}]},
    "lists": [
        {"role": "intended", "source": "discharge summary", "medications": [
            {"text": "Metoprolol succinate ER 25 mg tablet, take 1 tablet by mouth once daily",
             "action": "continue"},
            {"text": "furosemide 40 mg po bid", "action": "changed", "note": "weight up 2 kg"},
        ]},
        {"role": "actual", "source": "bottles and interview", "medications": [
            {"text": "metoprolol tartrate 25 mg bid", "taking": True},
            {"text": "Lasix 40mg po bid"},
            {"text": "cephalexin 500 mg qid"},
        ]},
    ],
}


def medrec(*args: str, stdin: str | None = None, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(home), "XDG_STATE_HOME": str(home / "state"),
           "XDG_DATA_HOME": str(home / "data"), "XDG_CACHE_HOME": str(home / "cache"),
           "HEARTH_LOG_DIR": str(home / "log")}
    return subprocess.run([sys.executable, "-m", "app.cli", "medrec", "check", *args], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


def test_file_and_stdin_give_the_same_json(tmp_path: Path) -> None:
    path = tmp_path / "visit.json"
    path.write_text(json.dumps(REQUEST), encoding="utf-8")
    from_file = medrec(str(path), home=tmp_path)
    from_stdin = medrec("-", stdin=json.dumps(REQUEST), home=tmp_path)
    assert from_file.returncode == 0 and from_stdin.returncode == 0, from_file.stderr
    assert from_file.stdout == from_stdin.stdout
    out = json.loads(from_file.stdout)
    kinds = {(f["kind"], f.get("type") or f.get("level")) for f in out["findings"]}
    assert ("discrepancy", "formulation") in kinds and ("allergy", "high") in kinds
    assert ("discrepancy", "dose") not in kinds  # furosemide matches the changed dose
    assert out["knowledge_version"]
    assert from_file.stderr == ""


@pytest.mark.parametrize(("content", "fragment"), [
    ("{\"lists\": [", "not valid JSON (line 1"),
    ("", "empty"),
    ("[1, 2]", "must be a JSON object"),
    (json.dumps({"lists": [{"role": "actual", "medications": [{"text": 5}]}]}),
     "lists[0].medications[0].text: expected a non-empty string"),
])
def test_invalid_input_exits_2_with_one_clear_line(tmp_path: Path, content: str, fragment: str) -> None:
    proc = medrec("-", stdin=content, home=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    assert fragment in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_missing_file_and_folder(tmp_path: Path) -> None:
    proc = medrec(str(tmp_path / "nope.json"), home=tmp_path)
    assert proc.returncode == 2 and "no such file" in proc.stderr and "Traceback" not in proc.stderr
    proc = medrec(str(tmp_path), home=tmp_path)
    assert proc.returncode == 2 and "folder" in proc.stderr


def test_no_patient_data_in_the_log(tmp_path: Path) -> None:
    request = json.loads(json.dumps(REQUEST))
    request["lists"][1]["medications"].append({"text": "Zzuniquedrugname 5 mg daily"})
    proc = medrec("-", stdin=json.dumps(request), home=tmp_path)
    assert proc.returncode == 0
    bad = medrec("-", stdin=json.dumps({"lists": [{"role": "Zzuniquerole"}]}), home=tmp_path)
    assert bad.returncode == 2 and "Zzuniquerole" not in bad.stderr
    logs = list((tmp_path / "log").glob("*.log*"))
    assert logs  # the log exists, and holds no patient data
    for log in logs:
        text = log.read_text(encoding="utf-8", errors="replace")
        assert "Zzunique" not in text and "metoprolol" not in text.lower()
