"""The ``hearth`` command as a person or a script meets it: real processes, exit codes, clear
one-line messages, never a traceback, never a secret or patient data in the output or logs."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, TEST_PASSPHRASE

HEARTH = [sys.executable, "-m", "app.cli"]


def hearth(*args: str, env: dict[str, str] | None = None, passphrase: str | None = None,
           timeout: float = 120) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    full_env.pop("HEARTH_PASSPHRASE", None)
    if passphrase is not None:
        full_env["HEARTH_PASSPHRASE"] = passphrase
    return subprocess.run([*HEARTH, *args], capture_output=True, text=True, env=full_env,
                          cwd=ROOT, timeout=timeout, stdin=subprocess.DEVNULL)


def assert_clean_failure(proc: subprocess.CompletedProcess[str], code: int, fragment: str) -> None:
    assert proc.returncode == code, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr + proc.stdout
    assert fragment in proc.stderr


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    proc = hearth("store", "init", "--mode", "passphrase", "--store", str(folder),
                  passphrase=TEST_PASSPHRASE)
    assert proc.returncode == 0, proc.stderr
    assert "Created an encrypted store" in proc.stdout
    return folder


def test_console_script_is_installed() -> None:
    assert (ROOT / ".venv" / "bin" / "hearth").exists()


def test_init_info_verify_backup_restore_rekey(store_dir: Path, tmp_path: Path) -> None:
    info = hearth("store", "info", "--json", "--store", str(store_dir), passphrase=TEST_PASSPHRASE)
    assert info.returncode == 0, info.stderr
    data = json.loads(info.stdout)
    assert data["key_mode"] == "passphrase" and data["schema"] == data["schema_head"]

    verify = hearth("store", "verify", "--store", str(store_dir), passphrase=TEST_PASSPHRASE)
    assert verify.returncode == 0 and "audit chain" in verify.stdout

    backup = tmp_path / "nightly.hearthbak"
    proc = hearth("store", "backup", str(backup), "--store", str(store_dir),
                  passphrase=TEST_PASSPHRASE)
    assert proc.returncode == 0 and backup.exists(), proc.stderr
    proc = hearth("store", "restore", str(backup), "--store", str(tmp_path / "elsewhere"),
                  passphrase=TEST_PASSPHRASE)
    assert proc.returncode == 0, proc.stderr

    proc = hearth("store", "rekey", "--store", str(store_dir), passphrase=TEST_PASSPHRASE,
                  env={"HEARTH_NEW_PASSPHRASE": "the new long passphrase"})
    assert proc.returncode == 0, proc.stderr
    assert_clean_failure(
        hearth("store", "info", "--store", str(store_dir), passphrase=TEST_PASSPHRASE),
        3, "cannot unlock")
    ok = hearth("store", "info", "--store", str(store_dir), passphrase="the new long passphrase")
    assert ok.returncode == 0, ok.stderr


def test_wrong_passphrase_exit_code_and_nothing_changed(store_dir: Path) -> None:
    before = hashlib.sha256((store_dir / "hearth.db").read_bytes()).hexdigest()
    proc = hearth("store", "info", "--store", str(store_dir), passphrase="not the passphrase")
    assert_clean_failure(proc, 3, "cannot unlock: wrong passphrase")
    assert "not the passphrase" not in proc.stderr + proc.stdout
    proc = hearth("store", "info", "--store", str(store_dir))  # none given, no terminal
    assert_clean_failure(proc, 3, "HEARTH_PASSPHRASE")
    assert hashlib.sha256((store_dir / "hearth.db").read_bytes()).hexdigest() == before


def test_missing_store_damaged_store_and_bad_arguments(store_dir: Path, tmp_path: Path) -> None:
    assert_clean_failure(hearth("store", "info", "--store", str(tmp_path / "none")), 4,
                         "no Hearth store")
    (store_dir / "hearth.db").write_bytes(b"\0" * 8192)
    assert_clean_failure(
        hearth("store", "info", "--store", str(store_dir), passphrase=TEST_PASSPHRASE),
        5, "damaged")
    assert_clean_failure(hearth("store", "frobnicate"), 2, "invalid choice")
    assert_clean_failure(hearth("import", str(tmp_path / "missing.json"), "--store",
                                str(store_dir), passphrase=TEST_PASSPHRASE), 2, "no such file")
    bad_backup = tmp_path / "bad.hearthbak"
    bad_backup.write_text("hello")
    assert_clean_failure(hearth("store", "restore", str(bad_backup), "--store",
                                str(tmp_path / "r")), 5, "not a Hearth backup")


def test_passphrase_never_on_the_command_line() -> None:
    """There is no option that takes a secret: it would show in `ps` and shell history."""
    from app.cli import build_parser

    def options(parser: object) -> list[str]:
        found = []
        for action in parser._actions:  # type: ignore[attr-defined]
            found += action.option_strings
            for sub in (getattr(action, "choices", None) or {}).values() \
                    if isinstance(getattr(action, "choices", None), dict) else []:
                found += options(sub)
        return found

    assert not [o for o in options(build_parser()) if "pass" in o or "key" in o]


def test_unexpected_errors_are_logged_without_their_message(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    from app import cli

    def boom(_args: object) -> int:
        raise ValueError("Secret Patientname 1941-07-03")

    monkeypatch.setattr(cli, "cmd_store_info", boom)
    monkeypatch.setenv("HEARTH_LOG_DIR", str(tmp_path / "logs"))
    code = cli.main(["store", "info", "--store", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == cli.EXIT_UNEXPECTED and "unexpected error" in err
    assert "Patientname" not in err
    log_text = (tmp_path / "logs" / "hearth.log").read_text()
    assert "ValueError" in log_text and "Patientname" not in log_text
