"""The encrypted store: keys, refusals that leave files untouched, migrations, rekey, backup,
restore, the audit chain and the rules every row follows."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.pool import QueuePool

from app.models import keys
from app.models.base import Actor
from app.models.entities import AuditEntry, Patient, Task, VisitNote
from app.models.errors import (
    CannotUnlockError,
    ImmutableRecordError,
    InputError,
    NotAHearthStoreError,
    StoreInUseError,
    StoreNotFoundError,
    StoreTooNewError,
)
from app.models.store import DB_NAME, HEADER_NAME, REKEY_SUFFIX, Store, rekey, restore

from tests.conftest import TEST_PASSPHRASE

UTC = dt.timezone.utc


def folder_digest(folder: Path) -> dict[str, str]:
    """A fingerprint of every file in the folder (the lock file is only ever opened)."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir()) if p.is_file() and p.name != "store.lock"
    }


def add_patient(store: Store, given: str = "Odalys", family: str = "Brennick") -> str:
    with store.write() as s:
        p = Patient(given_name=given, family_name=family, birth_date=dt.date(1941, 7, 3),
                    mrn="TEST-000042")
        s.add(p)
    return p.id


def test_passphrase_store_reopens_with_its_data(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    with Store.create(folder, mode="passphrase", passphrase=TEST_PASSPHRASE) as store:
        pid = add_patient(store)
    header = json.loads((folder / HEADER_NAME).read_text())
    assert header["key_mode"] == "passphrase"
    assert TEST_PASSPHRASE not in (folder / HEADER_NAME).read_text()
    with Store.open(folder, passphrase=TEST_PASSPHRASE) as store, store.session() as s:
        assert s.get(Patient, pid).family_name == "Brennick"


def test_wrong_passphrase_cannot_unlock_and_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    with Store.create(folder, mode="passphrase", passphrase=TEST_PASSPHRASE) as store:
        add_patient(store)
    before = folder_digest(folder)
    for wrong in ("wrong passphrase 1", "", None):
        with pytest.raises(CannotUnlockError, match="cannot unlock"):
            Store.open(folder, passphrase=wrong)
    assert folder_digest(folder) == before


def test_passphrase_store_is_standard_sqlcipher4_the_passphrase_alone_opens(
    tmp_path: Path,
) -> None:
    """The KDF is SQLCipher 4's own: any SQLCipher tool opens the file with the passphrase
    (and after a rekey, with the new one)."""
    folder = tmp_path / "s"
    with Store.create(folder, mode="passphrase", passphrase=TEST_PASSPHRASE) as store:
        pid = add_patient(store)
    for passphrase in (TEST_PASSPHRASE, "the replacement passphrase"):
        conn = sqlcipher.connect(str(folder / DB_NAME))
        conn.execute(f"PRAGMA key = '{passphrase}'")
        assert conn.execute("SELECT id FROM patients").fetchall() == [(pid,)]
        conn.close()
        rekey(folder, old_passphrase=passphrase, new_mode="passphrase",
              new_passphrase="the replacement passphrase")


def test_weak_passphrase_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="at least"):
        Store.create(tmp_path / "s", mode="passphrase", passphrase="short")
    assert not (tmp_path / "s" / HEADER_NAME).exists()


def test_keyring_store_keeps_a_random_raw_key_in_the_secret_service(
    tmp_path: Path, secret_service: None
) -> None:
    folder = tmp_path / "s"
    with Store.create(folder, mode="keyring") as store:
        pid = add_patient(store)
        header = store.header
    raw = keys.keyring_get(header.store_id, header.key_id)
    assert raw is not None and len(raw) == 32
    assert raw.hex() not in (folder / HEADER_NAME).read_text()
    with Store.open(folder) as store, store.session() as s:
        assert s.get(Patient, pid) is not None
    # The key gone from the keyring: a clear refusal, the files untouched.
    keys.keyring_delete(header.store_id, header.key_id)
    before = folder_digest(folder)
    with pytest.raises(CannotUnlockError, match="not in this user's keyring"):
        Store.open(folder)
    assert folder_digest(folder) == before


def test_missing_store_is_reported(tmp_path: Path) -> None:
    with pytest.raises(StoreNotFoundError):
        Store.open(tmp_path / "nothing-here", passphrase=TEST_PASSPHRASE)


def test_plain_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    with Store.create(folder, mode="passphrase", passphrase=TEST_PASSPHRASE):
        pass
    (folder / DB_NAME).unlink()
    conn = sqlite3.connect(folder / DB_NAME)
    conn.execute("create table t (x)")
    conn.commit()
    conn.close()
    before = folder_digest(folder)
    with pytest.raises(NotAHearthStoreError, match="plain, unencrypted SQLite"):
        Store.open(folder, passphrase=TEST_PASSPHRASE)
    assert folder_digest(folder) == before


@pytest.mark.parametrize("damage", ["garbage", "truncate", "flip"])
def test_damaged_database_is_refused_untouched(tmp_path: Path, damage: str) -> None:
    folder = tmp_path / "s"
    with Store.create(folder, mode="passphrase", passphrase=TEST_PASSPHRASE) as store:
        add_patient(store)
    db = folder / DB_NAME
    data = bytearray(db.read_bytes())
    if damage == "garbage":
        data = bytearray(b"\x17" * len(data))
    elif damage == "truncate":
        data = data[:1000]
    else:  # flip bytes inside the first page: its HMAC no longer matches
        for i in range(100, 140):
            data[i] ^= 0xFF
    db.write_bytes(bytes(data))
    before = folder_digest(folder)
    with pytest.raises(NotAHearthStoreError, match="damaged"):
        Store.open(folder, passphrase=TEST_PASSPHRASE)
    assert folder_digest(folder) == before


def test_header_that_is_not_hearths_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    with Store.create(folder, mode="passphrase", passphrase=TEST_PASSPHRASE):
        pass
    (folder / HEADER_NAME).write_text('{"format": "something-else"}')
    before = folder_digest(folder)
    with pytest.raises(NotAHearthStoreError):
        Store.open(folder, passphrase=TEST_PASSPHRASE)
    assert folder_digest(folder) == before


def test_creating_over_an_existing_store_is_refused(store: Store) -> None:
    before = folder_digest(store.folder)
    with pytest.raises(InputError, match="already exists"):
        Store.create(store.folder, mode="passphrase", passphrase=TEST_PASSPHRASE)
    assert folder_digest(store.folder) == before


def test_store_from_a_newer_hearth_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    with Store.create(folder, mode="passphrase", passphrase=TEST_PASSPHRASE) as store:
        with store.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    before = folder_digest(folder)
    with pytest.raises(StoreTooNewError, match="newer version of Hearth"):
        Store.open(folder, passphrase=TEST_PASSPHRASE)
    assert folder_digest(folder) == before


def test_header_from_a_newer_hearth_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    with Store.create(folder, mode="passphrase", passphrase=TEST_PASSPHRASE):
        pass
    header = json.loads((folder / HEADER_NAME).read_text())
    header["format_version"] = 99
    (folder / HEADER_NAME).write_text(json.dumps(header))
    with pytest.raises(StoreTooNewError):
        Store.open(folder, passphrase=TEST_PASSPHRASE)


def test_no_plaintext_on_disk_and_no_temp_files(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    with Store.create(folder, mode="passphrase", passphrase=TEST_PASSPHRASE) as store:
        add_patient(store, given="Quillonia", family="Vandermeerschaut")
        with store.session() as s:  # the WAL is still there while the store is open
            assert s.scalar(select(func.count()).select_from(Patient)) == 1
            names = {p.name for p in folder.iterdir()}
            assert f"{DB_NAME}-wal" in names
            for path in folder.iterdir():
                data = path.read_bytes()
                assert b"Quillonia" not in data and b"TEST-000042" not in data, path.name
            temp_store = s.execute(text("PRAGMA temp_store")).scalar()
            assert temp_store == 2  # MEMORY: SQLite writes no temp files


@pytest.mark.parametrize("old_revision", ["0001", "0002", "0003", "0004"])
def test_migrations_bring_an_older_store_up_with_its_data(tmp_path: Path,
                                                          old_revision: str) -> None:
    """A store at an earlier schema revision opens, is upgraded, and keeps its rows."""
    from app.models.migrations import check_and_upgrade, current_revision, head_revision
    from app.models.store import _raw_connect, Header, _atomic_write
    from app.models.keys import Secret, make_verifier, new_salt

    folder = tmp_path / "old"
    folder.mkdir()
    db_key = Secret(passphrase=TEST_PASSPHRASE).database_key(new_salt())
    engine = create_engine("sqlite+pysqlite://", module=sqlcipher, poolclass=QueuePool,
                           creator=lambda: _raw_connect(folder / DB_NAME, db_key))
    check_and_upgrade(engine, target=old_revision)
    with engine.begin() as conn:
        assert current_revision(conn) == old_revision
        tables = {r[0] for r in conn.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table'"))}
        assert ("referrals" in tables) == (old_revision >= "0002")
        conn.execute(text("INSERT INTO store_meta VALUES ('store_id', 'old-store')"))
        now = "2024-01-01 00:00:00.000000"
        conn.execute(text(
            "INSERT INTO patients (id, version, created_at, created_by, created_device, "
            "updated_at, updated_by, updated_device, given_name, family_name, deceased, "
            "interpreter_needed) VALUES ('p-old', 1, :n, 'u', 'd', :n, 'u', 'd', 'Ines', "
            "'Oldrow', 0, 0)"), {"n": now})
    engine.dispose()
    salt = new_salt()
    _atomic_write(folder / HEADER_NAME, Header(
        store_id="old-store", key_mode="passphrase", key_id="k1", salt=salt.hex(),
        verifier=make_verifier(db_key, salt), created_at="2024-01-01T00:00:00+00:00",
    ).to_json())
    with Store.open(folder, passphrase=TEST_PASSPHRASE) as store, store.session() as s:
        assert current_revision(s.connection()) == head_revision()
        assert s.get(Patient, "p-old").family_name == "Oldrow"
        s.execute(text("SELECT count(*) FROM referrals")).scalar()


def test_models_and_migrations_agree(store: Store) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from app.models.base import Base

    with store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diffs == []


@pytest.mark.parametrize("target", ["passphrase", "keyring"])
def test_rekey_changes_the_key_and_keeps_the_data(
    tmp_path: Path, target: str, request: pytest.FixtureRequest
) -> None:
    if target == "keyring":
        request.getfixturevalue("secret_service")
    folder = tmp_path / "s"
    with Store.create(folder, mode="passphrase", passphrase=TEST_PASSPHRASE) as store:
        pid = add_patient(store)
    new = "a brand new passphrase" if target == "passphrase" else None
    rekey(folder, old_passphrase=TEST_PASSPHRASE, new_mode=target, new_passphrase=new)
    with pytest.raises(CannotUnlockError):
        if target == "passphrase":
            Store.open(folder, passphrase=TEST_PASSPHRASE)
        else:
            _open_with_old_passphrase_raw(folder)
    with Store.open(folder, passphrase=new) as store, store.session() as s:
        assert s.get(Patient, pid) is not None
        chain, problems = store.verify()
        assert chain.ok and not problems
    assert not any(p.name.endswith(REKEY_SUFFIX) for p in folder.iterdir())


def _open_with_old_passphrase_raw(folder: Path) -> None:
    """After moving to the keyring, the old passphrase opens nothing."""
    conn = sqlcipher.connect(str(folder / DB_NAME))
    conn.execute(f"PRAGMA key = '{TEST_PASSPHRASE}'")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        raise CannotUnlockError("old passphrase refused") from exc
    finally:
        conn.close()


def test_rekey_needs_the_store_to_itself(store: Store) -> None:
    with pytest.raises(StoreInUseError):
        rekey(store.folder, old_passphrase=TEST_PASSPHRASE, new_mode="passphrase",
              new_passphrase="another long passphrase")


def test_interrupted_rekey_rolls_back_or_forward(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    with Store.create(folder, mode="passphrase", passphrase=TEST_PASSPHRASE) as store:
        pid = add_patient(store)
    # Killed before the commit point: a half-written new database is thrown away.
    (folder / (DB_NAME + REKEY_SUFFIX)).write_bytes(b"half written")
    (folder / (HEADER_NAME + REKEY_SUFFIX)).write_text("{}")
    with Store.open(folder, passphrase=TEST_PASSPHRASE) as store, store.session() as s:
        assert s.get(Patient, pid) is not None
    assert not (folder / (DB_NAME + REKEY_SUFFIX)).exists()
    # Killed after the commit point: the new header is put in place.
    header = (folder / HEADER_NAME).read_text()
    (folder / (HEADER_NAME + REKEY_SUFFIX)).write_text(header)
    (folder / HEADER_NAME).write_text('{"format": "hearth-store", "stale": true}')
    with Store.open(folder, passphrase=TEST_PASSPHRASE) as store:
        assert store.store_id == json.loads(header)["store_id"]


def test_backup_while_in_use_and_restore(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    with Store.create(folder, mode="passphrase", passphrase=TEST_PASSPHRASE) as store:
        pid = add_patient(store)
        reader = store.session()  # the app is running: an open read transaction
        reader.execute(select(Patient)).all()
        (tmp_path / "backups").mkdir()
        backup = store.backup(tmp_path / "backups")
        reader.close()
        add_patient(store, given="Later", family="Addition")
    assert backup.suffix == ".hearthbak"
    assert b"Brennick" not in backup.read_bytes()
    # Into a fresh folder.
    restore(backup, tmp_path / "restored", passphrase=TEST_PASSPHRASE)
    with Store.open(tmp_path / "restored", passphrase=TEST_PASSPHRASE) as store:
        with store.session() as s:
            assert [p.id for p in s.scalars(select(Patient))] == [pid]
        assert store.verify()[0].ok
    # Over the live store: the replaced one is kept beside it.
    kept = restore(backup, folder, passphrase=TEST_PASSPHRASE)
    assert kept is not None and kept.exists()
    with Store.open(folder, passphrase=TEST_PASSPHRASE) as store, store.session() as s:
        assert s.scalar(select(func.count()).select_from(Patient)) == 1


def test_damaged_or_foreign_backup_is_refused_and_store_untouched(store: Store,
                                                                   tmp_path: Path) -> None:
    add_patient(store)
    backup = store.backup(tmp_path / "b.hearthbak")
    store.close()
    before = folder_digest(store.folder)
    data = bytearray(backup.read_bytes())
    data[-100] ^= 0xFF
    damaged = tmp_path / "damaged.hearthbak"
    damaged.write_bytes(bytes(data))
    with pytest.raises(NotAHearthStoreError, match="damaged"):
        restore(damaged, store.folder, passphrase=TEST_PASSPHRASE)
    foreign = tmp_path / "foreign.bin"
    foreign.write_bytes(b"not a backup at all")
    with pytest.raises(NotAHearthStoreError, match="not a Hearth backup"):
        restore(foreign, store.folder, passphrase=TEST_PASSPHRASE)
    with pytest.raises(CannotUnlockError):
        restore(backup, store.folder, passphrase="wrong passphrase!!")
    assert folder_digest(store.folder) == before


def test_every_write_is_stamped_and_audited_in_a_chain(store: Store) -> None:
    nurse = Actor(user_id="nurse-7", device_id="laptop-3")
    with store.write(nurse) as s:
        p = Patient(given_name="Tamsin", family_name="Orrery")
        s.add(p)
    assert (p.version, p.created_by, p.created_device) == (1, "nurse-7", "laptop-3")
    assert p.created_at.tzinfo is not None
    with store.write(nurse) as s:
        s.get(Patient, p.id).phone = "555-0100"
    with store.write(nurse) as s:  # an identical value is not a change
        s.get(Patient, p.id).phone = "555-0100"
    with store.write(nurse) as s:
        s.get(Patient, p.id).mark_deleted()
    with store.session() as s:
        row = s.get(Patient, p.id)
        assert row.version == 3 and row.is_deleted
        entries = s.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        assert [(e.action, e.entity, e.entity_version) for e in entries] == [
            ("insert", "patients", 1), ("update", "patients", 2), ("delete", "patients", 3)
        ]
        assert {(e.user_id, e.device_id) for e in entries} == {("nurse-7", "laptop-3")}
    chain, problems = store.verify()
    assert chain.ok and chain.entries == 3 and problems == []


def test_a_failed_action_writes_nothing_not_even_audit(store: Store) -> None:
    with pytest.raises(RuntimeError):
        with store.write() as s:
            s.add(Patient(given_name="Half", family_name="Written"))
            s.flush()
            raise RuntimeError("the action failed half-way")
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Patient)) == 0
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 0


@pytest.mark.parametrize("tamper", ["edit", "remove"])
def test_tampering_with_the_audit_log_is_detected(store: Store, tamper: str) -> None:
    for i in range(3):
        add_patient(store, given=f"P{i}")
    with store.engine.begin() as conn:
        if tamper == "edit":
            conn.execute(text("UPDATE audit_log SET user_id = 'someone-else' WHERE seq = 2"))
        else:
            conn.execute(text("DELETE FROM audit_log WHERE seq = 2"))
    chain, _ = store.verify()
    assert not chain.ok and chain.first_bad_seq in (2, 3)


def test_signed_notes_never_change_and_rows_are_never_hard_deleted(store: Store) -> None:
    pid = add_patient(store)
    with store.write() as s:
        note = VisitNote(patient_id=pid, sections={"assessment": "stable"}, status="signed",
                         signed_at=dt.datetime.now(UTC), signed_by="nurse-7")
        s.add(note)
    with pytest.raises(ImmutableRecordError, match="addendum"):
        with store.write() as s:
            s.get(VisitNote, note.id).sections = {"assessment": "changed"}
    with pytest.raises(ImmutableRecordError, match="tombstone"):
        with store.write() as s:
            s.delete(s.get(Patient, pid))
    with store.write() as s:  # an addendum is a new note pointing at the signed one
        s.add(VisitNote(patient_id=pid, amends_note_id=note.id, sections={"addendum": "x"}))
    with store.session() as s:
        assert s.get(VisitNote, note.id).sections == {"assessment": "stable"}


def test_timestamps_are_utc_and_naive_ones_refused(store: Store) -> None:
    pid = add_patient(store)
    eastern = dt.timezone(dt.timedelta(hours=-5))
    with store.write() as s:
        t = Task(patient_id=pid, title="Call pharmacy", due_at=dt.datetime(2026, 3, 1, 9, 0,
                                                                           tzinfo=eastern))
        s.add(t)
    with store.session() as s:
        due = s.get(Task, t.id).due_at
        assert due == dt.datetime(2026, 3, 1, 14, 0, tzinfo=UTC) and due.tzinfo == UTC
    with pytest.raises(Exception, match="naive datetime"):
        with store.write() as s:
            s.add(Task(patient_id=pid, title="x", due_at=dt.datetime(2026, 3, 1, 9, 0)))


def test_writes_are_stamped_with_this_device_and_os_user_by_default(tmp_path: Path) -> None:
    import getpass

    folder = tmp_path / "s"
    with Store.create(folder, mode="passphrase", passphrase=TEST_PASSPHRASE) as store:
        pid = add_patient(store)
        first_device = store.actor.device_id
    with Store.open(folder, passphrase=TEST_PASSPHRASE) as store, store.session() as s:
        assert store.actor.device_id == first_device and first_device.startswith("device-")
        row = s.get(Patient, pid)
        assert (row.created_by, row.created_device) == (f"local:{getpass.getuser()}",
                                                        first_device)


def test_key_material_never_reaches_logs_or_error_texts(
    tmp_path: Path, secret_service: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import logging

    from app.logsetup import setup_logging

    monkeypatch.setenv("HEARTH_LOG_DIR", str(tmp_path / "logs"))
    log_file = setup_logging(verbose=True)
    secrets_seen: list[str] = [TEST_PASSPHRASE, "a second long passphrase"]
    folder = tmp_path / "s"
    with Store.create(folder, mode="keyring") as store:
        header = store.header
        add_patient(store)
    raw = keys.keyring_get(header.store_id, header.key_id)
    assert raw is not None
    secrets_seen.append(raw.hex())
    assert "redacted" in repr(keys.Secret(raw_key=raw))
    rekey(folder, old_passphrase=None, new_mode="passphrase", new_passphrase=TEST_PASSPHRASE)
    errors = []
    for attempt in ("a second long passphrase", raw.hex()):
        with pytest.raises(CannotUnlockError) as info:
            Store.open(folder, passphrase=attempt)
        errors.append(str(info.value) + repr(info.value))
    logging.getLogger().handlers[-1].flush()
    text_seen = log_file.read_text() + "".join(errors) + (folder / HEADER_NAME).read_text()
    assert "store created" in text_seen
    for secret in secrets_seen:
        assert secret not in text_seen


def test_revision_list_from_file_names_matches_alembic() -> None:
    """Opening reads revisions from file names (no Alembic import); they must be Alembic's."""
    from alembic.script import ScriptDirectory

    from app.models.migrations import alembic_config, head_revision, known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    walked = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert walked == known_revisions()
    assert script.get_current_head() == head_revision()
