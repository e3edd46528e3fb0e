"""Administration of the clinic server (the ``hearth-server`` subcommands), as functions.

Each takes a database URL and runs in one serialised write transaction. Errors are
:class:`server.sync.AdminError` with one clear line that holds no patient data.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from server import sync
from server.db import (
    DeviceRow,
    Nurse,
    Record,
    check_schema,
    iso,
    last_seq,
    make_engine,
    new_id,
    read_session,
    set_meta,
    write_session,
)
from server.sync import AdminError


class Admin:
    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)
        check_schema(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Admin:
        return self

    def __exit__(self, *_exc: Any) -> None:
        self.close()

    # nurses ------------------------------------------------------------------------------
    def add_nurse(self, name: str, email: str | None = None) -> dict[str, Any]:
        name = name.strip()
        if not name:
            raise AdminError("the nurse's name is empty")
        with write_session(self.engine) as s:
            nid = new_id()
            s.add(Nurse(id=nid, name=name, email=email, created_at=iso()))
            s.flush()
            username = (email or name).strip().lower()
            # her user record, sent to every device of the clinic
            sync.write_record(s, "users", nid,
                              {"username": f"{username}#{nid[:8]}", "display_name": name,
                               "role": "nurse", "email": email, "phone": None,
                               "deleted_at": None}, by="admin", device=sync.SERVER_DEVICE)
            return {"id": nid, "name": name, "email": email}

    def nurse(self, ref: str) -> dict[str, Any]:
        """The nurse an id, e-mail or exact name names (AdminError when none or several)."""
        with read_session(self.engine) as s:
            return sync.nurse_json(self._nurse(s, ref))

    def _nurse(self, s: Any, ref: str) -> Nurse:
        nurse = s.get(Nurse, ref)
        if nurse is not None:
            return nurse
        found = list(s.scalars(select(Nurse).where(
            (func.lower(Nurse.email) == ref.lower()) | (func.lower(Nurse.name) == ref.lower())
            | Nurse.id.startswith(ref))))
        if len(found) == 1:
            return found[0]
        if not found:
            raise AdminError("no such nurse (give her id, e-mail or exact name)")
        raise AdminError("more than one nurse matches: give her id")

    def _patient(self, s: Any, ref: str) -> str:
        if s.get(Record, ("patients", ref)) is not None:
            return ref
        found = list(s.scalars(select(Record.id).where(
            Record.entity == "patients", Record.fhir_id == ref)))
        if len(found) == 1:
            return found[0]
        raise AdminError("no such patient on the server (give its id or FHIR id)")

    def assign(self, patient: str, nurse: str) -> bool:
        with write_session(self.engine) as s:
            return sync.assign(s, self._patient(s, patient), self._nurse(s, nurse).id)

    def unassign(self, patient: str, nurse: str) -> bool:
        with write_session(self.engine) as s:
            return sync.unassign(s, self._patient(s, patient), self._nurse(s, nurse).id)

    def enroll_code(self, nurse: str) -> tuple[str, str]:
        with write_session(self.engine) as s:
            return sync.make_code(s, self._nurse(s, nurse).id)

    # devices -----------------------------------------------------------------------------
    def devices(self) -> list[dict[str, Any]]:
        with read_session(self.engine) as s:
            rows = s.execute(select(DeviceRow, Nurse.name).join(
                Nurse, Nurse.id == DeviceRow.nurse_id).order_by(DeviceRow.enrolled_at))
            return [{**sync.device_json(d), "nurse": name, "last_seen_at": d.last_seen_at}
                    for d, name in rows]

    def revoke_device(self, device: str, *, allow_final_upload: bool = False) -> dict[str, Any]:
        """Revoke a device: its token is refused (401 device_revoked) and the device wipes
        its store on its next contact. With ``allow_final_upload`` its token may still push
        once (never read), so it uploads its unsent changes before wiping."""
        with write_session(self.engine) as s:
            row = s.get(DeviceRow, device)
            if row is None:
                found = list(s.scalars(select(DeviceRow).where(DeviceRow.id.startswith(device))))
                if len(found) != 1:
                    raise AdminError("no such device (see `hearth-server devices`)"
                                     if not found else "more than one device matches")
                row = found[0]
            if row.revoked_at is None:
                row.revoked_at = iso()
                row.final_upload = allow_final_upload
                rec = s.get(Record, ("devices", row.id))
                if rec is not None:
                    sync.write_record(s, "devices", row.id, {"deleted_at": row.revoked_at},
                                      by="admin", device=sync.SERVER_DEVICE)
            return sync.device_json(row)

    def nurses(self) -> list[dict[str, Any]]:
        with read_session(self.engine) as s:
            return [{"id": n.id, "name": n.name, "email": n.email}
                    for n in s.scalars(select(Nurse).order_by(Nurse.created_at))]


# -- backup and restore ------------------------------------------------------------------------

def _sqlite_path(url: str) -> str:
    from sqlalchemy.engine import make_url

    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        raise AdminError("backup and restore of a file work on the SQLite database only; "
                         "for PostgreSQL use pg_dump/pg_restore, then "
                         "`hearth-server restore --new-generation`")
    return u.database


def backup(url: str, dest: str) -> None:
    """A consistent copy of the SQLite database (online: SQLite's backup API)."""
    import sqlite3

    src = _sqlite_path(url)
    with Admin(url):
        pass  # schema check
    target = Path(dest)
    if target.exists():
        raise AdminError("the backup file already exists")
    with sqlite3.connect(src) as s, sqlite3.connect(target) as d:
        s.backup(d)


def new_generation(url: str) -> str:
    """Make a new generation: clients learn that changes may have been lost."""
    with Admin(url) as admin, write_session(admin.engine) as s:
        gen = new_id()
        set_meta(s, "generation", gen)
        set_meta(s, "restored_at", iso())
        # where this generation starts: a device re-sends every record it last saw changed
        # after it (the server may have taken new changes before the device finds out)
        set_meta(s, "generation_seq", str(last_seq(s)))
        return gen


def restore(url: str, src: str) -> str:
    """Replace the SQLite database by a backup and make a new generation."""
    import sqlite3

    dest = _sqlite_path(url)
    path = Path(src)
    if not path.is_file():
        raise AdminError("the backup file was not found")
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            gen = conn.execute("SELECT value FROM server_meta WHERE key = 'generation'"
                               ).fetchone()
    except sqlite3.DatabaseError:
        raise AdminError("not a Hearth server backup") from None
    if rev is None or gen is None:
        raise AdminError("not a Hearth server backup")
    from server.db import known_revisions

    if rev[0] not in known_revisions():
        raise AdminError("the backup was made by a newer Hearth server")
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as s, \
            sqlite3.connect(dest, timeout=30) as d:
        s.backup(d)
    from server.db import init_db

    init_db(url)  # upgrade an older backup to this server's schema
    return new_generation(url)
