"""`hearth-server`: administration, schema checks, FHIR import (SQLite; the import also on
PostgreSQL)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from server.cli import main
from tests.conftest import FIXTURES, ROOT
from tests.server.conftest import Clinic

BUNDLES = ["Cody_Larson_c0b14001-6297-4537-ab1b-6bf1c193e880.json",
           "Austin_Spencer_29195483-ce99-4a73-9cee-2d6728078472.json",
           "Gayla_Ferry_259bc6c6-9c1d-43e9-bd25-7539cf07f8ac.json"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    rc = main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def test_admin_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = ["--data-dir", str(tmp_path)]
    rc, out, _ = run(capsys, "init", *d)
    assert rc == 0 and out.startswith("initialised; generation ")
    assert (tmp_path / "server.db").is_file()
    rc, out, _ = run(capsys, "init", *d)
    assert rc == 0 and out.startswith("up to date")
    rc, nurse, _ = run(capsys, "add-nurse", "Ann Lee", "--email", "ann@clinic.test", *d)
    assert rc == 0
    rc, code, err = run(capsys, "enroll-code", "ann@clinic.test", *d)
    assert rc == 0 and len(code.strip()) == 9 and "expires" in err
    rc, out, _ = run(capsys, "devices", "--json", *d)
    assert rc == 0 and json.loads(out) == []
    rc, out, _ = run(capsys, "nurses", *d)
    assert nurse.strip() in out


def test_revoke_device_with_or_without_a_final_upload(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from server.admin import Admin
    from server.sync import enroll

    d = ["--data-dir", str(tmp_path)]
    run(capsys, "init", *d)
    admin = Admin(f"sqlite:///{tmp_path / 'server.db'}")
    try:
        nurse = admin.add_nurse("Ann Lee", "ann@clinic.test")
        ids = []
        for name in ("one", "two"):
            code, _ = admin.enroll_code(nurse["id"])
            from server.db import write_session

            with write_session(admin.engine) as s:
                ids.append(enroll(s, code, name)[0].id)
    finally:
        admin.close()
    rc, out, _ = run(capsys, "revoke-device", ids[0], *d)
    assert rc == 0 and out.strip() == f"revoked {ids[0]}"
    rc, out, _ = run(capsys, "revoke-device", ids[1], "--allow-final-upload", *d)
    assert rc == 0 and out.strip() == f"revoked {ids[1]} (final upload allowed)"
    rc, out, _ = run(capsys, "devices", "--json", *d)
    rows = {r["id"]: r for r in json.loads(out)}
    assert rows[ids[0]]["final_upload"] is False and rows[ids[0]]["revoked_at"]
    assert rows[ids[1]]["final_upload"] is True and rows[ids[1]]["revoked_at"]


@pytest.mark.parametrize("argv, message", [
    (["assign", "no-such-patient", "Ann"], "no such patient"),
    (["enroll-code", "nobody@x"], "no such nurse"),
    (["revoke-device", "nope"], "no such device"),
    (["add-nurse", "  "], "name is empty"),
    (["frobnicate"], "invalid choice"),
    (["--port", "99999"], "--port"),
    (["--certfile", "/nonexistent.pem"], "go together"),
    (["--database", "mysql://x"], "--database"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          argv: list[str], message: str) -> None:
    run(capsys, "init", "--data-dir", str(tmp_path))
    rc, _, err = run(capsys, *argv, "--data-dir", str(tmp_path)) if argv[0][0] != "-" else \
        run(capsys, "--data-dir", str(tmp_path), *argv)
    assert rc == 2
    assert len(err.strip().splitlines()) == 1 and message in err
    assert "Traceback" not in err


def test_uninitialised_and_newer_schema_are_refused(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    rc, _, err = run(capsys, "add-nurse", "Ann", "--database", url)
    assert rc == 4 and "hearth-server init" in err
    run(capsys, "init", "--database", url)
    with sqlite3.connect(tmp_path / "x.db") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    for argv in (["add-nurse", "Ann"], ["init"], []):
        rc, _, err = run(capsys, *argv, "--database", url)
        assert rc == 6 and "newer" in err, argv
        assert len(err.strip().splitlines()) == 1


def test_console_script_runs_without_traceback(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "server.cli", "assign", "p", "n",
                           "--data-dir", str(tmp_path)], capture_output=True, text=True,
                          timeout=60, cwd=ROOT)
    assert proc.returncode == 4 and "Traceback" not in proc.stderr


def _stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate(timeout=10)


@pytest.fixture
def bundles() -> list[Path]:
    paths = [FIXTURES / name for name in BUNDLES]
    if not all(p.is_file() for p in paths):
        pytest.skip(f"Synthea fixtures not found at {FIXTURES} (../shared/fixtures/synthea-r4)")
    return paths


def test_fhir_import_becomes_records_a_device_receives(
        clinic: Clinic, bundles: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    url = clinic.live.database_url
    rc, out, _ = run(capsys, "import", *map(str, bundles), "--database", url, "--json")
    assert rc == 0, out
    results = json.loads(out)
    assert all(r["ok"] and r["created"] > 50 for r in results)
    # a re-import changes nothing
    rc, out, _ = run(capsys, "import", *map(str, bundles), "--database", url, "--json")
    assert rc == 0 and all(r["created"] == 0 and r["updated"] == 0 for r in json.loads(out))

    fhir_id = json.loads(bundles[0].read_text())["entry"][0]["resource"]["id"]
    dev = clinic.device()
    assert {e for e, _ in dev.records()} <= {"users", "devices"}
    rc, out, err = run(capsys, "assign", fhir_id, dev.nurse_id, "--database", url)
    assert rc == 0 and out.strip() == "assigned", err
    recs = dev.records()
    patients = [c for (e, _), c in recs.items() if e == "patients"]
    assert len(patients) == 1 and patients[0]["data"]["fhir_id"] == fhir_id
    pid = patients[0]["id"]
    kinds = {e for (e, _), c in recs.items() if c["patient_id"] == pid}
    assert {"patients", "encounters", "conditions", "observations"} <= kinds
    assert all(c["patient_id"] == pid for (e, _), c in recs.items()
               if e not in ("users", "devices"))
    # the data round-trips: ISO dates, the client's column names
    assert isinstance(patients[0]["data"]["birth_date"], str)


def test_import_assign_puts_every_imported_patient_on_the_panel(
        clinic_sqlite: Clinic, bundles: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    url = clinic_sqlite.live.database_url
    dev = clinic_sqlite.device()
    # an unknown nurse is refused before anything is imported
    rc, out, err = run(capsys, "import", *map(str, bundles), "--assign", "nobody@x.test",
                       "--database", url)
    assert rc == 2 and "no such nurse" in err and "created" not in out
    rc, out, err = run(capsys, "import", *map(str, bundles), "--assign", dev.nurse_id,
                       "--database", url)
    assert rc == 0 and "3 patients put on the nurse's panel" in out, err
    fhir_ids = {json.loads(b.read_text())["entry"][0]["resource"]["id"] for b in bundles}
    got = {c["data"]["fhir_id"] for (e, _), c in dev.records().items() if e == "patients"}
    assert got == fhir_ids


def test_import_of_a_bad_file_is_refused_whole(tmp_path: Path, sqlite_url: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    rc, out, _ = run(capsys, "import", str(bad), "--database", sqlite_url)
    assert rc == 2 and "not imported" in out and "not valid JSON" in out


def test_restore_makes_a_new_generation(clinic_sqlite: Clinic, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    import uuid

    from tests.server.conftest import mutation

    url = clinic_sqlite.live.database_url
    dev = clinic_sqlite.device()
    pid = dev.new_patient()
    old = dev.changes_raw().json()["generation"]
    rc, _, err = run(capsys, "backup", str(tmp_path / "b.db"), "--database", url)
    assert rc == 0, err
    dev.push(mutation("tasks", str(uuid.uuid4()), {"patient_id": pid, "title": "lost"},
                      patient_id=pid))
    _, cursor = dev.pull_all()

    rc, out, err = run(capsys, "restore", str(tmp_path / "b.db"), "--database", url)
    assert rc == 0 and "new generation" in out, err
    page = dev.changes_raw(after=cursor).json()
    assert page["generation"] != old
    status = dev.changes_raw().json()
    assert status["last_seq"] < cursor  # the client sees the server lost changes
    import requests

    st = requests.get(f"{clinic_sqlite.base}/v1/status", headers=dev.headers, timeout=10)
    # where the new generation began: devices re-send what they saw changed after it
    assert st.json()["generation_seq"] == st.json()["last_seq"] == status["last_seq"]
    assert ("patients", pid) in dev.records()
    rc, out, _ = run(capsys, "restore", "--new-generation", "--database", url)
    assert rc == 0 and dev.changes_raw().json()["generation"] not in (old, page["generation"])
    # a file that is not a backup is refused, and nothing changes
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    rc, _, err = run(capsys, "restore", str(junk), "--database", url)
    assert rc == 2 and "not a Hearth server backup" in err
    assert ("patients", pid) in dev.records()


def test_serves_with_no_arguments_on_a_fresh_data_folder(tmp_path: Path) -> None:
    import os
    import time

    import requests

    from tests.server.conftest import free_port

    port = free_port()
    env = {**os.environ, "HEARTH_SERVER_DATA": str(tmp_path / "data")}
    proc = subprocess.Popen([sys.executable, "-m", "server.cli", "--port", str(port)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                r = requests.get(f"http://127.0.0.1:{port}/v1/status", timeout=2,
                                 headers={"Connection": "close"})
                break
            except requests.ConnectionError:
                assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.1)
        assert (r.status_code, r.json()) == (401, {"error": "unauthorized"})
        assert (tmp_path / "data" / "server.db").is_file()
    finally:
        _stop(proc)


def test_serves_over_tls(tmp_path: Path) -> None:
    import os
    import shutil
    import time

    import requests

    from tests.server.conftest import free_port

    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True,
                   timeout=60)
    port = free_port()
    env = {**os.environ, "HEARTH_SERVER_DATA": str(tmp_path / "data")}
    proc = subprocess.Popen([sys.executable, "-m", "server.cli", "--port", str(port),
                             "--certfile", str(cert), "--keyfile", str(key)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                r = requests.get(f"https://127.0.0.1:{port}/v1/status", timeout=2,
                                 verify=str(cert), headers={"Connection": "close"})
                break
            except requests.ConnectionError:
                assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.1)
        assert r.status_code == 401
    finally:
        _stop(proc)


def test_new_generation_after_an_external_restore(clinic: Clinic,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """PostgreSQL is restored with pg_restore; `restore --new-generation` then tells devices."""
    url = clinic.live.database_url
    dev = clinic.device()
    before = dev.changes_raw().json()["generation"]
    rc, out, err = run(capsys, "restore", "--new-generation", "--database", url)
    assert rc == 0, err
    after = dev.changes_raw().json()["generation"]
    assert after != before and after in out
    rc, _, err = run(capsys, "restore", "--database", url)
    assert rc == 2 and "BACKUP" in err


def test_several_workers_share_one_database(tmp_path: Path) -> None:
    """`--workers 2`: two processes serve one database (no state between requests); both
    answer, and the admin commands see one server."""
    import os
    import time

    import requests

    from tests.server.conftest import free_port

    port = free_port()
    url = f"sqlite:///{tmp_path / 'server.db'}"
    assert subprocess.run([sys.executable, "-m", "server.cli", "init", "--database", url],
                          cwd=ROOT, capture_output=True, timeout=60).returncode == 0
    proc = subprocess.Popen([sys.executable, "-m", "server.cli", "--port", str(port),
                             "--database", url, "--workers", "2"],
                            cwd=ROOT, env=dict(os.environ), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 30
        answers = 0
        while answers < 20:
            try:
                r = requests.get(f"http://127.0.0.1:{port}/v1/status", timeout=2,
                                 headers={"Connection": "close"})
                assert (r.status_code, r.json()) == (401, {"error": "unauthorized"})
                answers += 1
            except requests.ConnectionError:
                assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.1)
        import psutil

        processes = psutil.Process(proc.pid).children(recursive=True)
        assert len(processes) >= 2, processes  # the supervisor's worker processes
    finally:
        import signal

        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate(timeout=10)


def test_workers_out_of_range_is_a_clear_error(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "server.cli", "--workers", "0",
                           "--data-dir", str(tmp_path)], capture_output=True, text=True,
                          timeout=60, cwd=ROOT)
    assert proc.returncode == 2 and "--workers must be between 1 and 64" in proc.stderr
    assert "Traceback" not in proc.stderr
