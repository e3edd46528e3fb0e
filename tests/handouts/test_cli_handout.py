"""``hearth handout`` as a nurse or a script meets it: real processes and real PDFs read back;
bad input exits 2 with one clear line and leaves no PDF (whole or partial) behind."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest

from tests.conftest import ROOT

REQUEST = {
    "patient": {"name": "Rosa Ejemplo", "birth_date": "1948-06-30", "language": "es",
                "allergies": [{"substance": "amoxicillin", "reaction": "hives"}]},
    "care_team": {"name": "Willow Creek Clinic", "phone": "(541) 555-0100"},
    "lists": [
        {"role": "actual", "source": "bottles", "medications": [
            {"text": "lisinopril 10 mg, take 2 tablets daily"},
            {"text": "metformin 500 mg 2 tabs bid with meals"},
            {"text": "Percocet 5/325 1-2 tabs q4h prn pain"},
        ]},
    ],
}


def hearth(*args: str, stdin: str | None = None, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HEARTH_LOG_DIR": str(home / "log"), "HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "app.cli", "handout", *args], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


def pdf_text(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def test_topics_are_listed(tmp_path: Path) -> None:
    proc = hearth("topics", "--json", home=tmp_path)
    assert proc.returncode == 0, proc.stderr
    topics = json.loads(proc.stdout)
    assert {"heart_failure", "copd", "anticoagulation", "fall_prevention"} <= {t["name"] for t in topics}
    assert all(t["title_en"] and t["title_es"] for t in topics)


def test_schedule_in_the_patients_language(tmp_path: Path) -> None:
    src, out = tmp_path / "visit.json", tmp_path / "card.pdf"
    src.write_text(json.dumps(REQUEST), encoding="utf-8")
    proc = hearth("schedule", str(src), "--out", str(out), home=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "NOT encrypted" in proc.stderr
    pages = pdf_text(out)
    assert all("Rosa Ejemplo" in p for p in pages)  # the name on every page
    text = "\n".join(pages)
    assert "Lisinopril" in text and "Mis medicinas" in text and "(541) 555-0100" in text
    assert not list(tmp_path.glob("*.partial"))


def test_schedule_from_stdin_in_large_print_and_english(tmp_path: Path) -> None:
    out = tmp_path / "card-large.pdf"
    proc = hearth("schedule", "-", "--out", str(out), "--lang", "en", "--large-print",
                  stdin=json.dumps(REQUEST), home=tmp_path)
    assert proc.returncode == 0, proc.stderr
    with pdfplumber.open(out) as pdf:
        sizes = [c["size"] for p in pdf.pages for c in p.chars if c["text"].strip()]
        text = "\n".join(p.extract_text() or "" for p in pdf.pages)
    assert "My Medicines" in text
    assert sorted(sizes)[len(sizes) // 2] >= 18  # the body (most of the text) in large print


def test_topic_handout(tmp_path: Path) -> None:
    out = tmp_path / "hf.pdf"
    proc = hearth("topic", "heart_failure", "--lang", "es", "--out", str(out), home=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "insuficiencia cardíaca" in "\n".join(pdf_text(out))


@pytest.mark.parametrize(("args", "stdin", "fragment"), [
    (["schedule", "-"], "{not json", "not valid JSON"),
    (["schedule", "-"], json.dumps({"lists": [{"role": "actual", "medications": [{"text": ""}]}]}),
     "lists[0].medications[0].text"),
    (["topic", "no_such_topic"], None, "no handout topic called"),
])
def test_bad_input_exits_2_and_writes_nothing(tmp_path: Path, args: list[str], stdin: str | None,
                                             fragment: str) -> None:
    out = tmp_path / "out.pdf"
    proc = hearth(*args, "--out", str(out), stdin=stdin, home=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert fragment in proc.stderr and "Traceback" not in proc.stderr
    assert not out.exists() and not list(tmp_path.glob("*.partial"))


def test_output_folder_must_exist(tmp_path: Path) -> None:
    proc = hearth("topic", "copd", "--out", str(tmp_path / "missing" / "copd.pdf"), home=tmp_path)
    assert proc.returncode == 2 and "no such folder" in proc.stderr
