"""The encrypted local store: one folder holding a SQLCipher database and a small header.

Folder layout::

    store.json   header, no patient data: format, store id, key mode, key id, verifier salt,
                 verifier (see app.models.keys)
    hearth.db    SQLCipher 4 database (AES-256, HMAC-SHA512 per page); its -wal/-shm files are
                 encrypted too; temp_store is memory, so SQLite writes no temp files
    store.lock   advisory lock: every open store holds it shared; rekey and restore need it
                 exclusive

Opening checks, in order, and never writes before every check passed: the folder and files
exist; the database file is not a plain SQLite file or too short (-> NotAHearthStoreError);
the key matches the header's verifier (-> CannotUnlockError, file untouched); SQLCipher can
read it (-> NotAHearthStoreError, damaged); the schema is not newer than this Hearth
(-> StoreTooNewError). Then Alembic migrations bring an older schema up to date.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import hashlib
import json
import logging
import os
import shutil
import struct
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from app.models import keys
from app.models.audit import ChainReport, install_hooks, verify_chain
from app.models.base import SYSTEM_ACTOR, Actor
from app.models.errors import (
    CannotUnlockError,
    HearthError,
    InputError,
    NotAHearthStoreError,
    StoreInUseError,
    StoreNotFoundError,
    StoreTooNewError,
)
from app.models.keys import DatabaseKey, Secret

log = logging.getLogger(__name__)

HEADER_NAME = "store.json"
DB_NAME = "hearth.db"
LOCK_NAME = "store.lock"
FORMAT = "hearth-store"
FORMAT_VERSION = 1
SQLITE_MAGIC = b"SQLite format 3\x00"
PAGE_SIZE = 4096
BACKUP_MAGIC = b"HEARTH-BACKUP-1\n"


@dataclass
class Header:
    store_id: str
    key_mode: str  # "keyring" | "passphrase"
    key_id: str
    salt: str
    verifier: str
    created_at: str
    db_salt: str = ""  # the database file's salt (its first 16 bytes; not secret)
    format: str = FORMAT
    format_version: int = FORMAT_VERSION

    def to_json(self) -> str:
        return json.dumps(self.__dict__, indent=2, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Header:
        try:
            data = json.loads(text)
            if data.get("format") != FORMAT:
                raise ValueError
            if int(data.get("format_version", 0)) > FORMAT_VERSION:
                raise StoreTooNewError(
                    "this store was made by a newer version of Hearth; update Hearth to open it"
                )
            return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})
        except StoreTooNewError:
            raise
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise NotAHearthStoreError(
                "the store header (store.json) is not a Hearth header; nothing was changed"
            ) from exc


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _apply_key(conn: Any, db_key: DatabaseKey) -> None:
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {db_key.pragma_value()}")


def _raw_connect(path: Path, db_key: DatabaseKey) -> Any:
    conn = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
    _apply_key(conn, db_key)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA busy_timeout = 15000")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def _looks_encrypted(path: Path) -> None:
    """Refuse files that are plainly not SQLCipher databases, without writing anything."""
    size = path.stat().st_size
    with open(path, "rb") as fh:
        head = fh.read(16)
    if head == SQLITE_MAGIC:
        raise NotAHearthStoreError(
            "this is a plain, unencrypted SQLite file, not a Hearth store; nothing was changed"
        )
    if size < PAGE_SIZE or size % 1024:
        raise NotAHearthStoreError(
            "the store's database file is damaged (truncated); nothing was changed. "
            "Restore it from a backup with 'hearth store restore'."
        )


class Store:
    """An open encrypted store. Build sessions with :meth:`session` (reads) and
    :meth:`write` (one transaction per user action)."""

    def __init__(self, folder: Path, header: Header, db_key: DatabaseKey, engine: Engine,
                 lock_fh: Any, actor: Actor) -> None:
        self.folder = folder
        self.header = header
        self._db_key = db_key
        self.engine = engine
        self._lock_fh = lock_fh
        self.actor = actor
        self._read_factory = sessionmaker(bind=engine, expire_on_commit=False)
        self._write_factory = sessionmaker(
            bind=engine.execution_options(hearth_immediate=True), expire_on_commit=False
        )
        install_hooks(self._read_factory)
        install_hooks(self._write_factory)

    # -- paths ---------------------------------------------------------------------------
    @property
    def db_path(self) -> Path:
        return self.folder / DB_NAME

    @property
    def store_id(self) -> str:
        return self.header.store_id

    # -- creation and opening ------------------------------------------------------------
    @classmethod
    def create(cls, folder: Path | str, *, mode: str = "auto", passphrase: str | None = None,
               actor: Actor = SYSTEM_ACTOR) -> Store:
        """Make a new empty store. ``mode``: "keyring", "passphrase" or "auto" (keyring when
        a usable one exists, else the passphrase, which must then be given)."""
        folder = Path(folder)
        if (folder / DB_NAME).exists() or (folder / HEADER_NAME).exists():
            raise InputError("a store already exists in that folder; it was left as it is")
        if mode == "auto":
            mode = "keyring" if passphrase is None and keys.keyring_available() else "passphrase"
        store_id = str(uuid.uuid4())
        key_id = uuid.uuid4().hex[:12]
        secret = _new_secret(mode, passphrase)
        db_key = secret.database_key(keys.new_salt())
        if secret.raw_key is not None:
            keys.keyring_put(store_id, key_id, secret.raw_key)
        salt = keys.new_salt()
        header = Header(
            store_id=store_id, key_mode=mode, key_id=key_id, salt=salt.hex(),
            verifier=keys.make_verifier(db_key, salt), db_salt=db_key.salt.hex(),
            created_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        )
        folder.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            folder.chmod(0o700)
        # The database first, then the header: a crash in between leaves a folder that
        # `create` can be run on again (no header means no store).
        for leftover in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm"):
            with contextlib.suppress(FileNotFoundError):
                (folder / leftover).unlink()
        engine = _make_engine(folder / DB_NAME, db_key)
        try:
            from app.models.migrations import check_and_upgrade

            check_and_upgrade(engine, upgrade=True)
            with engine.begin() as conn:
                conn.exec_driver_sql(
                    "INSERT INTO store_meta (key, value) VALUES ('store_id', ?)", (store_id,)
                )
        finally:
            engine.dispose()
        _atomic_write(folder / HEADER_NAME, header.to_json())
        log.info("store created (id %s, mode %s)", store_id, mode)
        return cls.open(folder, passphrase=passphrase, actor=actor)

    @classmethod
    def read_header(cls, folder: Path | str) -> Header:
        folder = Path(folder)
        _recover_interrupted_rekey(folder)
        header_path, db_path = folder / HEADER_NAME, folder / DB_NAME
        if not db_path.exists() and not header_path.exists():
            raise StoreNotFoundError(f"no Hearth store in {folder}")
        if not header_path.exists():
            raise NotAHearthStoreError(
                "the folder has a database but no Hearth header (store.json); nothing was changed"
            )
        if not db_path.exists():
            raise NotAHearthStoreError("the store's database file (hearth.db) is missing")
        try:
            text = header_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise NotAHearthStoreError("the store header cannot be read") from exc
        return Header.from_json(text)

    @classmethod
    def exists(cls, folder: Path | str) -> bool:
        folder = Path(folder)
        return (folder / HEADER_NAME).exists() or (folder / DB_NAME).exists()

    @classmethod
    def secret_for(cls, header: Header, passphrase: str | None) -> Secret:
        if header.key_mode == "keyring":
            raw = keys.keyring_get(header.store_id, header.key_id)
            if raw is None:
                raise CannotUnlockError(
                    "cannot unlock: this store's key is not in this user's keyring "
                    "(was the store copied from another account or machine?)"
                )
            return Secret(raw_key=raw)
        if not passphrase:
            raise CannotUnlockError(
                f"cannot unlock: this store needs its passphrase (prompted, or {keys.PASSPHRASE_ENV})"
            )
        return Secret(passphrase=passphrase)

    @classmethod
    def open(cls, folder: Path | str, *, passphrase: str | None = None,
             actor: Actor = SYSTEM_ACTOR, migrate: bool = True) -> Store:
        folder = Path(folder)
        header, db_key = _unlock(folder, passphrase)
        lock_fh = _take_lock(folder, exclusive=False)
        try:
            _probe(folder / DB_NAME, db_key)
            engine = _make_engine(folder / DB_NAME, db_key)
            store = cls(folder, header, db_key, engine, lock_fh, actor)
            from app.models.migrations import check_and_upgrade

            check_and_upgrade(store.engine, upgrade=migrate)
            if actor is SYSTEM_ACTOR:
                store.actor = store.local_actor()
        except BaseException:
            lock_fh.close()
            raise
        log.info("store opened (id %s)", header.store_id)
        return store

    def local_actor(self) -> Actor:
        """Who writes from this device until it is enrolled with a clinic server: the OS
        account on a device id made once per store."""
        import getpass

        device = self.meta("device_id")
        if device is None:
            device = f"device-{uuid.uuid4()}"
            self.set_meta("device_id", device)
        user = self.meta("user_id")
        if user is None:
            try:
                user = f"local:{getpass.getuser()}"
            except Exception:  # noqa: BLE001 - no login name (a service account)
                user = "local:unknown"
        return Actor(user_id=user, device_id=device)

    def close(self) -> None:
        self.engine.dispose()
        if self._lock_fh is not None:
            self._lock_fh.close()
            self._lock_fh = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- sessions --------------------------------------------------------------------------
    def session(self) -> Session:
        """A session for reading (and small writes); the caller closes it."""
        s = self._read_factory()
        s.info["actor"] = self.actor
        return s

    @contextlib.contextmanager
    def write(self, actor: Actor | None = None, *, purge: bool = False) -> Iterator[Session]:
        """One transaction for one user action or one imported bundle: all of it is written,
        or none of it."""
        with self._write_factory() as s:
            s.info["actor"] = actor or self.actor
            s.info["purge"] = purge
            with s.begin():
                yield s

    def session_factory(self) -> sessionmaker[Session]:
        return self._read_factory

    # -- maintenance -----------------------------------------------------------------------
    def backup(self, target: Path | str) -> Path:
        """Write a consistent encrypted copy (SQLite online backup) to one file: a short
        plaintext header (store id, key mode, verifier; no patient data) then the SQLCipher
        database, with a SHA-256 of the database part."""
        target = Path(target)
        if target.exists() and target.is_dir():
            target = target / f"hearth-{dt.datetime.now():%Y%m%d-%H%M%S}.hearthbak"
        elif not target.suffix:
            target = target.with_suffix(".hearthbak")
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=self.folder, prefix=".backup-") as tmpdir:
            copy_path = Path(tmpdir) / DB_NAME
            src = _raw_connect(self.db_path, self._db_key)
            dst = sqlcipher.connect(str(copy_path), isolation_level=None)
            try:
                _apply_key(dst, self._db_key)
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
                src.close()
            payload = copy_path.read_bytes()
        meta = json.loads(self.header.to_json())
        meta["sha256"] = hashlib.sha256(payload).hexdigest()
        meta["backed_up_at"] = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        head = json.dumps(meta, sort_keys=True).encode("utf-8")
        tmp = target.with_name(target.name + ".partial")
        with open(tmp, "wb") as fh:
            fh.write(BACKUP_MAGIC + struct.pack(">I", len(head)) + head + payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        log.info("backup written (store %s, %d bytes)", self.store_id, len(payload))
        return target

    def verify(self) -> tuple[ChainReport, list[str]]:
        """SQLCipher's page check (HMAC of every page), SQLite's integrity check, and the
        audit chain."""
        problems: list[str] = []
        conn = _raw_connect(self.db_path, self._db_key)
        try:
            # The page check reads the database file, not the write-ahead log: copy committed
            # pages home first, so pages a crash left torn mid-checkpoint are checked as repaired.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            bad = conn.execute("PRAGMA cipher_integrity_check").fetchall()
            problems += [f"page check: {row[0]}" for row in bad]
            res = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            if res != ["ok"]:
                problems += [f"integrity: {r}" for r in res[:20]]
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
            if fk:
                problems.append(f"{len(fk)} rows point at missing records")
        finally:
            conn.close()
        with self.session() as s:
            report = verify_chain(s)
        return report, problems

    def meta(self, key: str) -> str | None:
        from app.models.entities import StoreMeta

        with self.session() as s:
            return s.scalar(select(StoreMeta.value).where(StoreMeta.key == key))

    def set_meta(self, key: str, value: str) -> None:
        from app.models.entities import StoreMeta

        with self.write() as s:
            s.merge(StoreMeta(key=key, value=value))


def _unlock(folder: Path, passphrase: str | None) -> tuple[Header, DatabaseKey]:
    """The header and the checked database key of a store, before anything is opened or
    written: a wrong key or passphrase is refused here, with the files untouched."""
    header = Store.read_header(folder)
    _looks_encrypted(folder / DB_NAME)
    secret = Store.secret_for(header, passphrase)
    file_salt = keys.read_db_salt(folder / DB_NAME)
    db_salt = bytes.fromhex(header.db_salt) if header.db_salt else file_salt
    db_key = secret.database_key(db_salt)
    if not keys.check_verifier(db_key, bytes.fromhex(header.salt), header.verifier):
        raise CannotUnlockError("cannot unlock: wrong passphrase or key")
    if file_salt != db_salt:
        raise NotAHearthStoreError(
            "the store's database file is damaged (its header does not match); nothing was "
            "changed. Restore it from a backup with 'hearth store restore'."
        )
    return header, db_key


def _new_secret(mode: str, passphrase: str | None) -> Secret:
    """A new key for a store: a random raw key (to be kept in the keyring) or a passphrase."""
    if mode == "keyring":
        if not keys.keyring_available():
            raise HearthError("no usable OS keyring here; use a passphrase instead")
        return Secret(raw_key=keys.new_raw_key())
    if mode == "passphrase":
        if not passphrase:
            raise InputError(f"a passphrase is needed (prompted, or {keys.PASSPHRASE_ENV})")
        weak = keys.check_passphrase_strength(passphrase)
        if weak:
            raise InputError(weak)
        return Secret(passphrase=passphrase)
    raise InputError(f"unknown key mode {mode!r}; use keyring or passphrase")


def _make_engine(db_path: Path, db_key: DatabaseKey) -> Engine:
    def creator() -> Any:
        return _raw_connect(db_path, db_key)

    engine = create_engine("sqlite+pysqlite://", module=sqlcipher, creator=creator,
                           poolclass=QueuePool, pool_size=4, max_overflow=4)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # The driver leaves transactions to us (isolation_level=None). Writers take the
        # write lock up front so two writers never deadlock upgrading a read lock.
        if conn.get_execution_options().get("hearth_immediate"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    return engine


def _probe(db_path: Path, db_key: DatabaseKey) -> None:
    """Read the store's identity and schema revision with the (verified) key, read-only and
    without creating the -wal/-shm side files, so that a refusal leaves the folder exactly as
    it was. Fails on a damaged file, a non-Hearth database or a schema from a newer Hearth."""
    from urllib.parse import quote

    # With no write-ahead log the file alone is the database: read it as immutable, so nothing
    # (not even a -shm file) is created. After a crash the -wal file holds committed pages that
    # the main file may lack, or that a checkpoint was halfway through copying, so the probe
    # must read through the log like any reader (SQLite may then create the -shm index, which
    # holds no data and is removed again on a refusal if the probe made it).
    wal = db_path.with_name(db_path.name + "-wal")
    shm = db_path.with_name(db_path.name + "-shm")
    hot_wal = wal.exists() and wal.stat().st_size > 0
    made_shm = hot_wal and not shm.exists()
    uri = f"file:{quote(str(db_path))}?mode=ro" + ("" if hot_wal else "&immutable=1")
    try:
        _probe_read(uri, db_key)
    except (NotAHearthStoreError, StoreTooNewError):
        if made_shm:
            shm.unlink(missing_ok=True)
        raise


def _probe_read(uri: str, db_key: DatabaseKey) -> None:
    from app.models.migrations import known_revisions

    try:
        conn = sqlcipher.connect(uri, uri=True, isolation_level=None)
        try:
            _apply_key(conn, db_key)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            row = conn.execute(
                "SELECT value FROM store_meta WHERE key = 'store_id'"
            ).fetchone()
            version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlcipher.DatabaseError as exc:
        if "no such table" in str(exc):
            raise NotAHearthStoreError(
                "the database is not a Hearth store; nothing was changed"
            ) from exc
        raise NotAHearthStoreError(
            "the store's database is damaged and cannot be read; nothing was changed. "
            "Restore it from a backup with 'hearth store restore'."
        ) from exc
    if row is None:
        raise NotAHearthStoreError("the database is not a Hearth store; nothing was changed")
    if version is not None and version[0] not in known_revisions():
        raise StoreTooNewError(
            "this store was written by a newer version of Hearth; update Hearth to open it. "
            "Nothing was changed."
        )


def _take_lock(folder: Path, *, exclusive: bool) -> Any:
    fh = open(folder / LOCK_NAME, "a+")
    try:
        fcntl.flock(fh, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except BlockingIOError as exc:
        fh.close()
        raise StoreInUseError(
            "the store is in use by another Hearth window or command; close it and try again"
        ) from exc
    return fh


# -- rekey ---------------------------------------------------------------------------------
REKEY_SUFFIX = ".rekey"


def _recover_interrupted_rekey(folder: Path) -> None:
    """Finish or undo a rekey or restore that a crash interrupted. The commit point is the
    rename of the new database over the old one. Only done with the store to ourselves: if
    another process holds it, that process is the one doing the rekey."""
    new_db = folder / (DB_NAME + REKEY_SUFFIX)
    new_header = folder / (HEADER_NAME + REKEY_SUFFIX)
    if not new_db.exists() and not new_header.exists():
        return
    lock_fh = _take_lock(folder, exclusive=True)
    try:
        if new_header.exists() and not new_db.exists():
            os.replace(new_header, folder / HEADER_NAME)  # roll forward
            _fsync_dir(folder)
        elif new_db.exists():
            new_db.unlink()  # roll back: the old database and header are intact
            with contextlib.suppress(FileNotFoundError):
                new_header.unlink()
    finally:
        lock_fh.close()


def rekey(folder: Path | str, *, old_passphrase: str | None, new_mode: str,
          new_passphrase: str | None) -> Header:
    """Re-encrypt the store under a new key or passphrase, crash-safely: the database is
    exported to a new file under the new key and checked, then swapped in atomically."""
    folder = Path(folder)
    header, old_key = _unlock(folder, old_passphrase)
    lock_fh = _take_lock(folder, exclusive=True)
    try:
        key_id = uuid.uuid4().hex[:12]
        new_secret = _new_secret(new_mode, new_passphrase)
        new_key = new_secret.database_key(keys.new_salt())
        new_db = folder / (DB_NAME + REKEY_SUFFIX)
        with contextlib.suppress(FileNotFoundError):
            new_db.unlink()
        conn = _raw_connect(folder / DB_NAME, old_key)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute(f"ATTACH DATABASE ? AS rekeyed KEY {new_key.pragma_value()}",
                         (str(new_db),))
            conn.execute("SELECT sqlcipher_export('rekeyed')")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute(f"PRAGMA rekeyed.user_version = {int(version)}")
            conn.execute("DETACH DATABASE rekeyed")
        finally:
            conn.close()
        check = _raw_connect(new_db, new_key)
        try:
            if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise HearthError("the re-encrypted copy failed its check; the store is unchanged")
            check.execute("PRAGMA journal_mode = DELETE")
        finally:
            check.close()
        if new_secret.raw_key is not None:
            keys.keyring_put(header.store_id, key_id, new_secret.raw_key)
        salt = keys.new_salt()
        new_header = Header(
            store_id=header.store_id, key_mode=new_mode, key_id=key_id, salt=salt.hex(),
            verifier=keys.make_verifier(new_key, salt), created_at=header.created_at,
            db_salt=new_key.salt.hex(),
        )
        _atomic_write(folder / (HEADER_NAME + REKEY_SUFFIX), new_header.to_json())
        for leftover in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                (folder / (DB_NAME + leftover)).unlink()
        os.replace(new_db, folder / DB_NAME)  # the commit point
        _fsync_dir(folder)
        os.replace(folder / (HEADER_NAME + REKEY_SUFFIX), folder / HEADER_NAME)
        _fsync_dir(folder)
        if header.key_mode == "keyring":
            keys.keyring_delete(header.store_id, header.key_id)
        log.info("store re-keyed (id %s, mode %s)", header.store_id, new_mode)
        return new_header
    finally:
        lock_fh.close()


# -- restore -------------------------------------------------------------------------------
def read_backup(path: Path | str) -> tuple[Header, dict[str, Any], bytes]:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the backup file {path.name}") from exc
    if not data.startswith(BACKUP_MAGIC) or len(data) < len(BACKUP_MAGIC) + 4:
        raise NotAHearthStoreError(f"{path.name} is not a Hearth backup; nothing was changed")
    offset = len(BACKUP_MAGIC)
    (length,) = struct.unpack(">I", data[offset:offset + 4])
    try:
        meta = json.loads(data[offset + 4:offset + 4 + length])
    except ValueError as exc:
        raise NotAHearthStoreError(f"{path.name} is a damaged Hearth backup") from exc
    payload = data[offset + 4 + length:]
    if hashlib.sha256(payload).hexdigest() != meta.get("sha256"):
        raise NotAHearthStoreError(
            f"{path.name} is damaged (its checksum does not match); nothing was changed"
        )
    header = Header.from_json(json.dumps({k: v for k, v in meta.items()
                                          if k in Header.__dataclass_fields__}))
    return header, meta, payload


def restore(backup_path: Path | str, folder: Path | str, *,
            passphrase: str | None = None) -> Path | None:
    """Bring a backup back after checking it (checksum, key, SQLCipher page check, SQLite
    integrity). The store it replaces is kept beside it as ``hearth.db.before-restore-*``.
    Returns the path of that kept copy, if there was a store."""
    folder = Path(folder)
    header, _meta, payload = read_backup(backup_path)
    db_salt = bytes.fromhex(header.db_salt) if header.db_salt else payload[:16]
    db_key = Store.secret_for(header, passphrase).database_key(db_salt)
    if not keys.check_verifier(db_key, bytes.fromhex(header.salt), header.verifier):
        raise CannotUnlockError("cannot unlock the backup: wrong passphrase or key")
    folder.mkdir(parents=True, exist_ok=True)
    lock_fh = _take_lock(folder, exclusive=True)
    try:
        # Staged under the rekey names, so an interrupted restore is rolled back (or forward,
        # past the commit point) by the same recovery as an interrupted rekey.
        staged = folder / (DB_NAME + REKEY_SUFFIX)
        staged.write_bytes(payload)
        try:
            conn = sqlcipher.connect(str(staged), isolation_level=None)
            try:
                _apply_key(conn, db_key)
                bad = conn.execute("PRAGMA cipher_integrity_check").fetchall()
                ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            finally:
                conn.close()
        except sqlcipher.DatabaseError:
            bad, ok = ["unreadable"], False
        if bad or not ok:
            staged.unlink()
            raise NotAHearthStoreError("the backup failed its integrity check; nothing was changed")
        kept: Path | None = None
        current = folder / DB_NAME
        if current.exists():
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            kept = folder / f"{DB_NAME}.before-restore-{stamp}"
            for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", HEADER_NAME):
                if (folder / name).exists():
                    shutil.copy2(folder / name, folder / name.replace(DB_NAME, kept.name)
                                 if name != HEADER_NAME else folder / f"{HEADER_NAME}.before-restore-{stamp}")
        _atomic_write(folder / (HEADER_NAME + REKEY_SUFFIX), header.to_json())
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                (folder / (DB_NAME + suffix)).unlink()
        os.replace(staged, current)  # the commit point
        _fsync_dir(folder)
        os.replace(folder / (HEADER_NAME + REKEY_SUFFIX), folder / HEADER_NAME)
        _fsync_dir(folder)
        log.info("backup restored (store %s)", header.store_id)
        return kept
    finally:
        lock_fh.close()
