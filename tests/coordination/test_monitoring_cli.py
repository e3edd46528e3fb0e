"""`hearth readings import` and `hearth time export` as real processes: exit codes, one-line
messages, nothing half-imported, the not-encrypted warning."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from tests.conftest import TEST_PASSPHRASE
from tests.coordination.test_monitoring import CSV_GOOD
from tests.test_cli import assert_clean_failure, hearth


@pytest.fixture
def cli_store(tmp_path: Path) -> tuple[Path, str]:
    from app.coordination.time_tracking import log_time
    from app.models.entities import Condition, Patient
    from app.models.store import Store

    folder = tmp_path / "store"
    now = dt.datetime.now(dt.UTC)
    with Store.create(folder, mode="passphrase", passphrase=TEST_PASSPHRASE) as store:
        with store.write() as s:
            p = Patient(given_name="Hal", family_name="Fenn", mrn="HF-77")
            s.add(p)
            s.flush()
            s.add(Condition(patient_id=p.id, clinical_status="active", code="84114007",
                            code_system="http://snomed.info/sct", code_text="Heart failure"))
            pid = p.id
        log_time(store, pid, 25, now=now)
    return folder, pid


def test_readings_import_exit_codes(cli_store: tuple[Path, str], tmp_path: Path) -> None:
    folder, pid = cli_store
    bad = tmp_path / "bad.csv"
    bad.write_text(CSV_GOOD.replace("81.6,kg", "816,kg"), encoding="utf-8")
    proc = hearth("readings", "import", str(bad), "--patient", "HF-77", "--store", str(folder),
                  passphrase=TEST_PASSPHRASE)
    assert_clean_failure(proc, 2, "line 5: the weight must be between 20 and 350 kg")
    assert "816" not in proc.stderr
    good = tmp_path / "good.csv"
    good.write_text(CSV_GOOD, encoding="utf-8")
    proc = hearth("readings", "import", str(good), "--patient", "HF-77", "--json",
                  "--store", str(folder), passphrase=TEST_PASSPHRASE)
    assert proc.returncode == 0, proc.stderr
    # Nothing of the bad file was kept: all six rows of the good one are new.
    assert json.loads(proc.stdout) == {"imported": 6, "duplicates": 0, "tasks_created": 1,
                                       "tasks_updated": 0, "thresholds_added": 2}
    assert_clean_failure(hearth("readings", "import", str(good), "--patient", "nobody",
                                "--store", str(folder), passphrase=TEST_PASSPHRASE),
                         2, "no patient with that id or MRN")
    assert_clean_failure(hearth("readings", "import", str(tmp_path / "none.csv"), "--patient",
                                pid, "--store", str(folder), passphrase=TEST_PASSPHRASE),
                         2, "no such file")


def test_time_export_writes_a_private_file_and_warns(cli_store: tuple[Path, str],
                                                     tmp_path: Path) -> None:
    folder, pid = cli_store
    month = dt.datetime.now().astimezone().strftime("%Y-%m")
    out = tmp_path / "time.csv"
    proc = hearth("time", "export", "--month", month, "--out", str(out), "--store", str(folder),
                  passphrase=TEST_PASSPHRASE)
    assert proc.returncode == 0, proc.stderr
    assert "NOT encrypted" in proc.stderr and "not billing advice" in proc.stderr
    assert out.stat().st_mode & 0o777 == 0o600
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [(r["patient_id"], r["mrn"], r["minutes"], r["codes_reached"]) for r in rows] == [
        (pid, "HF-77", "25", "99490")]
    assert_clean_failure(hearth("time", "export", "--month", "11/2026", "--store", str(folder),
                                passphrase=TEST_PASSPHRASE), 2, "2026-11")
