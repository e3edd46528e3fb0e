"""The sync engine (no Qt): push the outbox, pull changes, merge, purge, recover.

:class:`SyncClient` runs one sync at a time against a :class:`~app.sync.transport.Transport`
(a one-field sync is one request: no status call):

1. the server check: if the server's generation differs from the one this store knew, or its
   ``last_seq`` is below our cursor, the server lost changes (restored from a backup): every
   local record whose shadow ``seq`` is above the server's ``last_seq`` is queued again as a
   full upsert (ahead of the pending edits; ``base`` = the shadow, the state the lost server
   had), and the cursor goes back to 0. With an outbox, every push carries the generation and
   cursor and the server refuses it whole (409 ``server_restored``) if they do not hold; with
   an empty outbox the first page of changes is checked before anything of it is applied.
2. push: the outbox in order, in batches; an entry is deleted only once the server answered
   for it, in one local transaction with what the answer says (shadow update, stored
   conflicts, quarantine). A dropped answer means the batch is simply sent again (the server
   replays results by mutation id). The last batch's answer brings the first page of changes.
3. pull: pages after the cursor (the first one already received with the push's answer or
   the check); each page is merged in one local transaction that also saves
   the cursor, so a dropped connection resumes after the last applied page. The next page
   is fetched (in a worker thread, the only user of the transport meanwhile) while one is
   applied; its error or a stop request takes effect after that page is committed. A pulled
   field that this device changed and has not yet pushed keeps the local value and is recorded as a
   local conflict (when the server's value changed too); other fields take the server's.
   ``purge`` changes remove the patient's data from this device. Records new to this device
   (the bulk of a first sync) are inserted together, with their shadows and audit entries;
   everything else is merged record by record.

A ``401 device_revoked`` wipes the patient data (and every sync table) and is raised as
:class:`~app.sync.transport.DeviceRevoked`, saying how many unsent changes were uploaded first
(when the clinic allowed a final upload: the outbox is pushed once more before the wipe) and
how many were not sent.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app.models.audit import append_audit, executemany_insert
from app.models.base import SYSTEM_ACTOR, Actor, SyncMixin, utcnow
from app.models.entities import SYNCED_MODELS, Patient, ReconciledListSnapshot, VisitNote
from app.models.errors import HearthError, InputError
from app.models.sync import (
    SyncConflict,
    SyncOutbox,
    SyncQuarantine,
    SyncShadow,
    SyncState,
    data_columns,
    from_json_value,
    iso_utc,
    parse_utc,
    record_data,
    same_value,
    to_json_value,
)
from app.sync.transport import (
    DeviceRevoked,
    KeyringTokens,
    NotEnrolled,
    ServerRefused,
    SyncError,
    TokenStore,
    Transport,
)

log = logging.getLogger(__name__)

MODELS: dict[str, type[SyncMixin]] = {m.__tablename__: m for m in SYNCED_MODELS}
PATIENT_MODELS = [m for m in SYNCED_MODELS if hasattr(m, "patient_id") or m is Patient]


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    rejected: int = 0
    purged: int = 0
    resent: int = 0
    skipped: int = 0  # pulled records that could not be stored (logged)
    server_restored: bool = False
    revoked: bool = False

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


class _GenerationChanged(Exception):
    pass


class SyncCancelled(SyncError):
    """The sync was stopped on request between two batches or pages (nothing half-done)."""

    exit_code = 75


def _columns(model: type) -> dict[str, tuple[str, Any]]:
    return {name: (key, col) for key, name, col in data_columns(model)}


class SyncClient:
    def __init__(self, store: Any, transport: Transport, *, tokens: TokenStore | None = None,
                 batch_size: int = 100, page_size: int = 1000, prefetch: bool = True) -> None:
        self.store = store
        self.transport = transport
        self.tokens = tokens if tokens is not None else KeyringTokens()
        self.batch_size = batch_size
        self.page_size = page_size
        self.prefetch = prefetch  # fetch the next page of changes while one is applied

    # -- state ---------------------------------------------------------------------------------
    def state(self) -> dict[str, str | None]:
        with self.store.session() as s:
            return {row.key: row.value for row in s.scalars(select(SyncState))}

    @staticmethod
    def _set_state(s: Session, **values: Any) -> None:
        for key, value in values.items():
            s.merge(SyncState(key=key, value=None if value is None else str(value)))

    _should_stop: Callable[[], bool] | None = None

    def _check_stop(self) -> None:
        if self._should_stop is not None and self._should_stop():
            raise SyncCancelled("the sync was stopped; it goes on from there next time")

    def _cursor(self) -> int:
        return int(self.state().get("cursor") or 0)

    # -- enrolment -----------------------------------------------------------------------------
    def enroll(self, url: str, code: str, device_name: str, *,
               ca_file: str | None = None) -> dict[str, Any]:
        """Enrol this store's device with a one-time code; the token goes to the keyring."""
        if not code.strip():
            raise InputError("an enrolment code is needed")
        resp = self.transport.enroll(code.strip(), device_name)
        try:
            device_id, token = str(resp["device_id"]), str(resp["token"])
            nurse = resp.get("nurse") or {}
            nurse_id, nurse_name = str(nurse["id"]), str(nurse.get("name") or "")
        except (KeyError, TypeError):
            raise ServerRefused("the server's enrolment answer is incomplete") from None
        self.tokens.put(self.store.store_id, token)
        self.transport.set_token(token)
        with self.store.write() as s:
            self._set_state(s, server_url=url, device_id=device_id, nurse_id=nurse_id,
                            nurse_name=nurse_name, generation=resp.get("generation"),
                            cursor=0, ca_file=ca_file, enrolled_at=iso_utc(utcnow()),
                            revoked=None)
        self.store.set_meta("device_id", device_id)
        self.store.set_meta("user_id", nurse_id)
        self.store.actor = Actor(user_id=nurse_id, device_id=device_id)
        queued = self.queue_unsent_records()
        if queued:
            log.info("sync: %d records made before enrolment queued for the server", queued)
        log.info("device enrolled (device %s)", device_id)
        return {"device_id": device_id, "nurse": {"id": nurse_id, "name": nurse_name},
                "server": url}

    def queue_unsent_records(self) -> int:
        """Queue (as new records) every synced row the server has never seen and the outbox
        does not hold: rows written before this store had sync (schema 0005) or before the
        device was enrolled with a server, so that nothing is left behind."""
        count = 0
        now = utcnow()
        with self.store.write() as s:
            known = {(e, r) for e, r in s.execute(select(SyncShadow.entity, SyncShadow.record_id))}
            known |= {(e, r) for e, r in s.execute(select(SyncOutbox.entity,
                                                          SyncOutbox.record_id))}
            for model in SYNCED_MODELS:
                name = model.__tablename__
                if name in ("users", "devices"):
                    continue  # the server's own
                for obj in s.scalars(select(model)):
                    if (name, obj.id) in known:
                        continue
                    s.add(SyncOutbox(
                        mutation_id=str(uuid.uuid4()), entity=name, record_id=obj.id,
                        patient_id=obj.id if model is Patient else getattr(obj, "patient_id",
                                                                           None),
                        op="upsert", fields=record_data(obj), base={}, at=now,
                        user_id=self.store.actor.user_id, resolves=None))
                    count += 1
        return count

    # -- one sync ------------------------------------------------------------------------------
    def sync_once(self, should_stop: Callable[[], bool] | None = None) -> SyncReport:
        """One sync. ``should_stop`` (optional) is asked between push batches and pull pages;
        when it says yes the sync stops there with :class:`SyncCancelled` (every batch or page
        already done stays done: the outbox and the cursor are saved as they go)."""
        self._should_stop = should_stop
        state = self.state()
        if not state.get("device_id"):
            raise NotEnrolled("this store is not enrolled with a clinic server "
                              "(run 'hearth enroll --server URL --code CODE')")
        if state.get("revoked"):
            raise DeviceRevoked("this device was revoked by the clinic; its patient data was "
                                "removed. Enrol it again to sync.")
        token = self.tokens.get(self.store.store_id)
        if token:
            self.transport.set_token(token)
        report = SyncReport()
        try:
            for _attempt in range(3):
                try:
                    # Two round trips at most for a small sync: with something to push, the
                    # last push checks the server (409 server_restored) and brings the first
                    # page of changes; with nothing to push, the first page of changes is
                    # checked (generation, last_seq) before anything of it is applied.
                    page = None if pending_count(self.store) else self._first_page(report)
                    if page is None:
                        page = self._push_all(report)
                    self._pull_from(page, report)
                    break
                except _GenerationChanged:
                    continue
            else:
                raise SyncError("the server's generation kept changing during the sync; "
                                "try again later")
        except DeviceRevoked as exc:
            report.revoked = True
            message = self._revoked(report, final_upload=exc.final_upload)
            raise DeviceRevoked(message) from None
        with self.store.write() as s:
            self._set_state(s, last_sync_at=iso_utc(utcnow()))
        log.info("sync done: %s", json.dumps(report.to_json()))
        return report

    def _first_page(self, report: SyncReport) -> dict[str, Any] | None:
        """GET the first page of changes after the cursor and check the server with it; the
        page, or None when the server lost changes (the recovery queued re-sends and reset
        the cursor: push, then pull from the start)."""
        cursor = self._cursor()
        resp = self.transport.changes(cursor, self.page_size)
        if self._check_server(resp, report):
            return None
        return resp

    def _pull_from(self, page: dict[str, Any] | None, report: SyncReport) -> None:
        """Pull; ``page``, the first page after the cursor already received, is applied
        first instead of being asked for again."""
        if page is None:
            self._pull_all(report)
            return
        inner, should_stop = self.transport, self._should_stop

        def served() -> None:  # a stop asked meanwhile comes after this page is applied
            self._should_stop = should_stop

        self._should_stop = None
        self.transport = _FirstPage(inner, self._cursor(), page,  # type: ignore[assignment]
                                    served)
        try:
            self._pull_all(report)
        finally:
            self.transport, self._should_stop = inner, should_stop

    def _revoked(self, report: SyncReport, *, final_upload: bool) -> str:
        """The server revoked this device: push the outbox one last time if the clinic
        allows it, then wipe; the message says so (counts only)."""
        uploaded = 0
        rejected_before = report.rejected
        if final_upload:
            pushed_before = report.pushed
            try:
                self._push_all(report, final=True)
            except DeviceRevoked:
                pass  # the final upload was closed meanwhile: what is left is not sent
            except (ServerRefused, SyncCancelled):
                pass  # wiped anyway; counted below
            uploaded = report.pushed - pushed_before
            # (ServerUnreachable goes up: nothing is wiped yet, the next sync tries again)
        unsent = pending_count(self.store) + (report.rejected - rejected_before)
        report.purged += self._wipe()
        done = (f"{uploaded} unsent change{'s' if uploaded != 1 else ''} uploaded first, "
                if final_upload else "")
        return ("this device was revoked by the clinic: " + done +
                f"{unsent} unsent change{'s' if unsent != 1 else ''} not sent; its patient "
                "data has been removed from this computer")

    # -- lost server ---------------------------------------------------------------------------
    def _check_server(self, status: dict[str, Any], report: SyncReport) -> bool:
        """True if the server lost changes (then re-sends are queued, the cursor reset)."""
        gen = status.get("generation")
        last_seq = int(status.get("last_seq") or 0)
        state = self.state()
        known = state.get("generation")
        cursor = int(state.get("cursor") or 0)
        if not known:
            with self.store.write() as s:
                self._set_state(s, generation=gen)
            if last_seq >= cursor:
                return False
        elif gen == known and last_seq >= cursor:
            return False
        log.warning("sync: the server lost changes (restored from a backup); re-sending")
        report.server_restored = True
        since = last_seq
        if known and gen != known:
            # A new generation began at the restore; the server may have taken changes since
            # (other devices found out first), so its last_seq is not where the loss began.
            # A push's 409 says where it began; a page of changes does not: ask (only now).
            if "generation_seq" not in status:
                with contextlib.suppress(ServerRefused):
                    status = {**self.transport.status(), **status}
            with contextlib.suppress(TypeError, ValueError):
                since = min(since, int(status.get("generation_seq", since)))
        report.resent += self._resend_after(since, gen)
        return True

    def _resend_after(self, last_seq: int, generation: str | None) -> int:
        """Queue full upserts of every local record the server may have lost, ahead of the
        pending edits (re-queued behind them with the same ids), then reset the cursor."""
        now = utcnow()
        with self.store.write() as s:
            lost = s.scalars(select(SyncShadow).where(SyncShadow.seq > last_seq)
                             .order_by(SyncShadow.seq)).all()
            pending = s.scalars(select(SyncOutbox).order_by(SyncOutbox.seq)).all()
            kept = [dict(mutation_id=e.mutation_id, entity=e.entity, record_id=e.record_id,
                         patient_id=e.patient_id, op=e.op, fields=e.fields, base=e.base,
                         at=e.at, user_id=e.user_id, resolves=e.resolves, sent_at=e.sent_at)
                    for e in pending]
            s.execute(delete(SyncOutbox))
            count = 0
            rank = {m.__tablename__: i for i, m in enumerate(SYNCED_MODELS)}
            for sh in sorted(lost, key=lambda x: (rank.get(x.entity, 99), x.seq)):
                model = MODELS.get(sh.entity)
                obj = s.get(model, sh.record_id) if model else None
                if obj is None:
                    continue
                fields = record_data(obj)
                # base: what the lost server last told us, so a field someone else re-sent
                # unchanged since then is not a conflict (a new record ignores it)
                base = {k: v for k, v in (sh.data or {}).items() if k in fields}
                s.add(SyncOutbox(mutation_id=str(uuid.uuid4()), entity=sh.entity,
                                 record_id=sh.record_id, patient_id=sh.patient_id, op="upsert",
                                 fields=fields, base=base, at=now,
                                 user_id=self.store.actor.user_id, resolves=None))
                count += 1
            s.flush()
            for row in kept:
                s.add(SyncOutbox(**row))
            self._set_state(s, generation=generation, cursor=0)
        return count

    # -- push ----------------------------------------------------------------------------------
    def _push_all(self, report: SyncReport, *, final: bool = False) -> dict[str, Any] | None:
        """Push the outbox in batches. Each batch carries the known generation and cursor (a
        restored server refuses it whole: 409 ``server_restored``, then the lost-server
        recovery runs and the sync starts again). The last batch asks for the first page of
        changes after the cursor, which is returned (None if the last push did not bring
        one). ``final``: a revoked device's final upload (no checks, no changes; the last
        batch says ``final``)."""
        one_by_one = 0  # after a refused batch: find the entry the server cannot take
        page: dict[str, Any] | None = None
        while True:
            self._check_stop()
            limit = 1 if one_by_one else self.batch_size
            with self.store.session() as s:
                entries = s.scalars(select(SyncOutbox).order_by(SyncOutbox.seq)
                                    .limit(limit + 1)).all()
            last = len(entries) <= limit
            entries = entries[:limit]
            if not entries:
                return page
            page = None
            state = self.state()
            generation = None if final else state.get("generation")
            cursor = None if final else int(state.get("cursor") or 0)
            mutations = [_mutation(e) for e in entries]
            unsent = [e.seq for e in entries if e.sent_at is None]
            if unsent:  # frozen from now on: later edits make new entries
                with self.store.write() as s:
                    s.execute(update(SyncOutbox).where(SyncOutbox.seq.in_(unsent))
                              .values(sent_at=utcnow()))
            try:
                resp = self.transport.push(
                    generation, mutations, cursor=cursor, final=last if final else None,
                    changes_limit=self.page_size if last and not final else 0)
            except ServerRefused as exc:
                body = exc.body if isinstance(exc.body, dict) else {}
                if exc.status == 409 and body.get("error") == "server_restored":
                    # nothing of the batch applied: recover, then the sync starts again
                    self._check_server(body, report)
                    raise _GenerationChanged() from None
                if exc.status not in (400, 409, 413, 422):
                    raise
                if len(entries) > 1:
                    one_by_one = len(entries)
                    continue
                # This one entry is refused as a whole (malformed, or its id was reused):
                # keep it visibly instead of blocking every later change behind it.
                reason = "refused by the server" + (
                    f" ({exc.body.get('error')})" if isinstance(exc.body, dict)
                    and exc.body.get("error") else f" (HTTP {exc.status})")
                self._quarantine_refused(entries[0], reason, report)
                one_by_one = max(0, one_by_one - 1)
                continue
            one_by_one = max(0, one_by_one - len(entries))
            results = {r.get("mutation_id"): r for r in resp.get("results") or []
                       if isinstance(r, dict)}
            handled = self._apply_push_results(entries, results, report)
            if resp.get("generation") and generation and resp["generation"] != generation:
                raise _GenerationChanged()
            if not final and not generation and resp.get("generation"):
                self._check_server(resp, report)  # the first generation this store learns
            if handled == 0:
                raise ServerRefused("the server answered the push without any result; "
                                    "the changes stay queued")
            if last and isinstance(resp.get("changes"), dict):
                page = resp["changes"]

    def _quarantine_refused(self, e: SyncOutbox, reason: str, report: SyncReport) -> None:
        with self.store.write() as s:
            s.execute(delete(SyncOutbox).where(SyncOutbox.mutation_id == e.mutation_id))
            s.add(SyncQuarantine(
                mutation_id=e.mutation_id, entity=e.entity, record_id=e.record_id,
                patient_id=e.patient_id, op=e.op, fields=e.fields, base=e.base, at=e.at,
                user_id=e.user_id, reason=reason))
        report.rejected += 1
        log.warning("sync: a change was refused by the server and quarantined (%s)", reason)

    def _apply_push_results(self, entries: list[SyncOutbox], results: dict[str, Any],
                            report: SyncReport) -> int:
        handled = 0
        with self.store.write() as s:
            s.info["sync_apply"] = True
            for e in entries:
                r = results.get(e.mutation_id)
                if r is None:
                    continue
                handled += 1
                s.execute(delete(SyncOutbox).where(SyncOutbox.mutation_id == e.mutation_id))
                status = r.get("status")
                if status == "rejected":
                    report.rejected += 1
                    s.add(SyncQuarantine(
                        mutation_id=e.mutation_id, entity=e.entity, record_id=e.record_id,
                        patient_id=e.patient_id, op=e.op, fields=e.fields, base=e.base, at=e.at,
                        user_id=e.user_id, reason=str(r.get("reason") or "refused")))
                    continue
                report.pushed += 1
                conflicts = [c for c in r.get("conflicts") or [] if isinstance(c, dict)]
                kept = {c.get("field"): c.get("server_value") for c in conflicts}
                accepted = {k: (kept[k] if k in kept else v) for k, v in e.fields.items()}
                self._update_shadow(s, e.entity, e.record_id, e.patient_id, accepted,
                                    r.get("version"), r.get("seq"))
                for c in conflicts:
                    if self._store_server_conflict(s, c):
                        report.conflicts += 1
        return handled

    @staticmethod
    def _update_shadow(s: Session, entity: str, record_id: str, patient_id: str | None,
                       data: dict[str, Any], version: Any, seq: Any) -> None:
        sh = s.get(SyncShadow, (entity, record_id))
        if sh is None:
            s.add(SyncShadow(entity=entity, record_id=record_id, patient_id=patient_id,
                             data=dict(data), version=int(version or 0), seq=int(seq or 0)))
            s.flush()
            return
        sh.data = {**sh.data, **data}
        if seq is not None and int(seq) >= sh.seq:
            sh.seq = int(seq)
            sh.version = int(version or sh.version)

    @staticmethod
    def _store_server_conflict(s: Session, c: dict[str, Any]) -> bool:
        """Keep a server conflict (once); a local conflict on the same field gives way."""
        cid = str(c.get("id"))
        if s.scalar(select(SyncConflict).where(SyncConflict.server_conflict_id == cid)):
            return False
        entity, record_id, name = c.get("entity"), c.get("record_id"), c.get("field")
        s.execute(update(SyncConflict).where(
            SyncConflict.entity == entity, SyncConflict.record_id == record_id,
            SyncConflict.field == name, SyncConflict.origin == "local",
            SyncConflict.status == "open").values(status="superseded"))
        client, server = c.get("client") or {}, c.get("server") or {}
        s.add(SyncConflict(
            id=str(uuid.uuid4()), server_conflict_id=cid, origin="server", entity=entity,
            record_id=record_id, patient_id=c.get("patient_id"), field=name,
            local_value=c.get("client_value"), server_value=c.get("server_value"),
            local_user=client.get("user"), local_device=client.get("device"),
            local_at=client.get("at"), server_user=server.get("user"),
            server_device=server.get("device"), server_at=server.get("at"), status="open"))
        s.flush()
        return True

    # -- pull ----------------------------------------------------------------------------------
    def _pull_all(self, report: SyncReport) -> None:
        """Pull pages after the cursor until the server has no more. One page ahead is
        fetched (request and JSON decoding, in a worker thread) while the page before it is
        applied; only that worker uses the transport meanwhile (one request in flight at a
        time). Each page is still applied and its cursor saved in one transaction, in order;
        a fetch's error, a new generation or a stop request takes effect at the point the
        page would have been fetched, after the page before it is committed, and the worker
        is always finished before this returns or raises."""
        cursor = self._cursor()
        generation = self.state().get("generation")
        self._check_stop()
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="hearth-pull") as ahead:
            fetched: Future[dict[str, Any]] | None = None
            try:
                resp = self.transport.changes(cursor, self.page_size)
                while True:
                    if resp.get("generation") and generation and \
                            resp["generation"] != generation:
                        raise _GenerationChanged()
                    changes = [c for c in resp.get("changes") or [] if isinstance(c, dict)]
                    new_cursor = int(resp.get("last_seq") or 0)
                    if changes:
                        new_cursor = max(new_cursor,
                                         max(int(c.get("seq") or 0) for c in changes))
                    progressed = new_cursor > cursor
                    last = not resp.get("more") or not progressed
                    if not last and self.prefetch and not self._stop_asked():
                        fetched = ahead.submit(self.transport.changes,
                                               max(cursor, new_cursor), self.page_size)
                    with self._apply_session() as s:
                        self._apply_page(s, changes, report)
                        self._set_state(s, cursor=max(cursor, new_cursor))
                    cursor = max(cursor, new_cursor)
                    if last:
                        return
                    self._check_stop()
                    if fetched is None:  # not fetched ahead (prefetch off, or a stop asked
                        # before the page was applied and then taken back)
                        resp = self.transport.changes(cursor, self.page_size)
                    else:
                        resp, fetched = fetched.result(), None
            finally:
                if fetched is not None:  # never left running: its answer is not used
                    fetched.cancel()
                    with contextlib.suppress(Exception):
                        fetched.result()

    def _stop_asked(self) -> bool:
        return self._should_stop is not None and bool(self._should_stop())

    @contextlib.contextmanager
    def _apply_session(self) -> Iterator[Session]:
        """A write transaction for server state: no outbox entries, no local stamping, and
        foreign keys unchecked (a page may hold a record before the parent it points at,
        which a later page brings)."""
        engine = self.store.engine.execution_options(hearth_immediate=True)
        with engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            raw.execute("PRAGMA foreign_keys = OFF")
            try:
                s = self.store.session_factory()(bind=conn)
                s.info["actor"] = self.store.actor
                s.info["sync_apply"] = True
                s.info["purge"] = True
                try:
                    with s.begin():
                        yield s
                finally:
                    s.close()
            finally:
                raw.execute("PRAGMA foreign_keys = ON")

    def _apply_page(self, s: Session, changes: list[dict[str, Any]], report: SyncReport) -> None:
        """Apply one page of changes in order, in the caller's transaction. Runs of records
        new to this device (:meth:`_new_records`) are inserted together
        (:meth:`_insert_new`); every other change (a purge, a record this device has, has
        edited or has a conflict about, a signed note or snapshot) goes through the careful
        per-record path (:meth:`_apply_one`) in its place in the page."""
        fresh = self._new_records(s, changes)
        run: list[dict[str, Any]] = []
        taken: set[tuple[str, str]] = set()
        for ch in changes:
            key = _record_key(ch)
            if key is not None and key in fresh and key not in taken:
                taken.add(key)
                run.append(ch)
                continue
            self._insert_new(s, run, report)
            run = []
            if ch.get("kind") == "purge":
                if ch.get("patient_id"):
                    self._purge_patient(s, str(ch["patient_id"]))
                    report.purged += 1
            elif ch.get("kind") == "record":
                self._apply_one(s, ch, report)
        self._insert_new(s, run, report)

    def _apply_one(self, s: Session, ch: dict[str, Any], report: SyncReport) -> None:
        """One pulled record through :meth:`_apply_record`, in a savepoint: a record that
        cannot be stored is skipped (counted, logged without its content), never blocking
        the rest of the page."""
        try:
            with s.begin_nested():
                applied = self._apply_record(s, ch, report)
        except (SQLAlchemyError, HearthError, ValueError, TypeError) as exc:
            report.skipped += 1
            log.warning("sync: a pulled record could not be stored (%s)", type(exc).__name__)
            return
        if applied:
            report.pulled += 1

    @staticmethod
    def _new_records(s: Session, changes: list[dict[str, Any]]) -> set[tuple[str, str]]:
        """The ``(entity, id)`` of the page's records that are new to this device: no local
        row, no shadow, no outbox entry, no stored conflict, and none sent with the change;
        signed notes and reconciled-list snapshots are left to the per-record path."""
        wanted: dict[str, set[str]] = {}
        for ch in changes:
            key = _record_key(ch)
            if key is None or ch.get("conflicts"):
                continue
            entity, rid = key
            if entity == ReconciledListSnapshot.__tablename__ or (
                    entity == VisitNote.__tablename__ and ch["data"].get("status") == "signed"):
                continue
            wanted.setdefault(entity, set()).add(rid)
        fresh: set[tuple[str, str]] = set()
        conn = s.connection()
        for entity, ids in wanted.items():
            table = MODELS[entity].__table__  # type: ignore[attr-defined]
            # the ids as one JSON array parameter (SQLite's json_each), not one each
            each = select(func.json_each(json.dumps(sorted(ids))).table_valued("value").c.value)
            known = set(conn.execute(select(table.c.id).where(table.c.id.in_(each))).scalars())
            for other in (SyncShadow, SyncOutbox, SyncConflict):
                known.update(conn.execute(select(other.record_id).where(
                    other.entity == entity, other.record_id.in_(each))).scalars())
            fresh.update((entity, rid) for rid in ids - known)
        return fresh

    def _insert_new(self, s: Session, run: list[dict[str, Any]], report: SyncReport) -> None:
        """Insert records new to this device together (rows, shadows, audit entries), in a
        savepoint; if that fails (a constraint, a value that does not fit), the run goes
        through the per-record path instead, so one bad record is skipped alone."""
        if not run:
            return
        try:
            with s.begin_nested():
                self._bulk_insert(s, run)
        except (SQLAlchemyError, HearthError, ValueError, TypeError) as exc:
            log.info("sync: %d pulled records stored one by one (%s)", len(run),
                     type(exc).__name__)
            for ch in run:
                self._apply_one(s, ch, report)
            return
        report.pulled += len(run)

    @staticmethod
    def _bulk_insert(s: Session, run: list[dict[str, Any]]) -> None:
        """Core executemany inserts of new records: the same rows, shadows and audit entries
        (action ``insert``, the session's actor, chained) as :meth:`_apply_record` and the
        flush hook give a new record in an apply session."""
        conn = s.connection()
        groups: dict[tuple[Any, frozenset[str]], list[dict[str, Any]]] = {}
        shadows: list[tuple[Any, ...]] = []
        audit: list[tuple[str, str, str, int | None]] = []
        for ch in run:
            entity, rid = str(ch["entity"]), str(ch["id"])
            model = MODELS[entity]
            data = ch["data"]
            version = int(ch.get("version") or 1)
            updated_at = _when(ch.get("updated_at"))
            updated_by = str(ch.get("updated_by") or "server")[:64]
            device = str(ch.get("device_id") or "server")[:64]
            row: dict[str, Any] = {
                "id": rid, "version": version, "created_at": updated_at,
                "updated_at": updated_at, "created_by": updated_by, "updated_by": updated_by,
                "created_device": device, "updated_device": device}
            cols = _insert_columns(model)
            for name, value in data.items():
                spec = cols.get(name)
                if spec is None:
                    continue
                key, col, omit_none = spec
                value = from_json_value(col, value)
                if value is None and omit_none:
                    continue  # as the ORM does: the column's default applies
                row[key] = value
            groups.setdefault((model, frozenset(row)), []).append(row)
            shadows.append((entity, rid,
                            rid if entity == "patients" else ch.get("patient_id"),
                            data, version, int(ch.get("seq") or 0)))
            audit.append(("insert", entity, rid, version))
        for (model, keys), rows in groups.items():
            table = model.__table__  # type: ignore[attr-defined]
            filled = _filled_defaults(table, keys)
            if filled is None:  # a default the driver-level insert cannot give: Core's
                conn.execute(insert(table), rows)
                continue
            names = tuple(keys)
            extra = tuple(name for name, _ in filled)
            executemany_insert(conn, table, names + extra, [
                tuple(row[k] for k in names) + tuple(make() for _, make in filled)
                for row in rows])
        executemany_insert(conn, SyncShadow.__table__, _SHADOW_COLUMNS, shadows)
        append_audit(conn, s.info.get("actor", SYSTEM_ACTOR), audit)

    def _apply_record(self, s: Session, ch: dict[str, Any], report: SyncReport) -> bool:
        entity, rid = ch.get("entity"), ch.get("id")
        model = MODELS.get(str(entity))
        data = ch.get("data")
        if model is None or not rid or not isinstance(data, dict):
            log.warning("sync: skipped a change of an unknown kind of record")
            return False
        rid = str(rid)
        cols = _columns(model)
        version = int(ch.get("version") or 1)
        updated_at = _when(ch.get("updated_at"))
        updated_by = str(ch.get("updated_by") or "server")[:64]
        device = str(ch.get("device_id") or "server")[:64]
        shadow = s.get(SyncShadow, (entity, rid))
        local = s.get(model, rid)
        if local is None:
            obj = model(id=rid)
            for name, value in data.items():
                if name in cols:
                    key, col = cols[name]
                    setattr(obj, key, from_json_value(col, value))
            obj.version = version
            obj.created_at = obj.updated_at = updated_at
            obj.created_by = obj.updated_by = updated_by
            obj.created_device = obj.updated_device = device
            s.add(obj)
        else:
            pending: set[str] = set()
            for fields in s.scalars(select(SyncOutbox.fields).where(
                    SyncOutbox.entity == entity, SyncOutbox.record_id == rid)):
                pending.update(fields or {})
            frozen = (isinstance(local, VisitNote) and local.status == "signed") or \
                isinstance(local, ReconciledListSnapshot)
            changed = False
            for name, server_value in data.items():
                if name not in cols:
                    continue
                key, col = cols[name]
                local_value = to_json_value(col, getattr(local, key))
                if same_value(col, server_value, local_value):
                    continue
                server_moved = shadow is None or name not in shadow.data or \
                    not same_value(col, shadow.data[name], server_value)
                if name in pending or frozen:
                    if server_moved or frozen:
                        if self._local_conflict(s, model, local, name, local_value,
                                                server_value, ch):
                            report.conflicts += 1
                    continue
                setattr(local, key, from_json_value(col, server_value))
                changed = True
            if changed and not frozen:
                local.version = version
                local.updated_at = updated_at
                local.updated_by = updated_by
                local.updated_device = device
        patient_id = rid if entity == "patients" else ch.get("patient_id")
        if shadow is None:
            s.add(SyncShadow(entity=entity, record_id=rid, patient_id=patient_id,
                             data=dict(data), version=version, seq=int(ch.get("seq") or 0)))
        else:
            shadow.data = dict(data)
            shadow.version = version
            shadow.seq = int(ch.get("seq") or 0)
            shadow.patient_id = patient_id
        open_ids = set()
        for c in ch.get("conflicts") or []:
            if isinstance(c, dict) and c.get("id"):
                open_ids.add(str(c["id"]))
                if self._store_server_conflict(s, c):
                    report.conflicts += 1
        for stored in s.scalars(select(SyncConflict).where(
                SyncConflict.entity == entity, SyncConflict.record_id == rid,
                SyncConflict.origin == "server", SyncConflict.status == "open")):
            if stored.server_conflict_id not in open_ids:  # resolved on the server
                stored.status = "resolved"
                stored.resolved_at = utcnow()
        s.flush()
        return True

    @staticmethod
    def _local_conflict(s: Session, model: type, local: Any, name: str, local_value: Any,
                        server_value: Any, ch: dict[str, Any]) -> bool:
        existing = s.scalar(select(SyncConflict).where(
            SyncConflict.entity == model.__tablename__, SyncConflict.record_id == local.id,
            SyncConflict.field == name, SyncConflict.status == "open"))
        if existing is not None:
            existing.server_value = server_value
            existing.local_value = local_value
            return False
        s.add(SyncConflict(
            id=str(uuid.uuid4()), origin="local", entity=model.__tablename__,
            record_id=local.id, patient_id=local.id if model is Patient
            else getattr(local, "patient_id", None), field=name, local_value=local_value,
            server_value=server_value, local_user=local.updated_by,
            local_device=local.updated_device, local_at=iso_utc(local.updated_at)
            if local.updated_at else None, server_user=ch.get("updated_by"),
            server_device=ch.get("device_id"), server_at=ch.get("updated_at"), status="open"))
        s.flush()
        return True

    # -- purge and wipe ------------------------------------------------------------------------
    @staticmethod
    def _purge_patient(s: Session, patient_id: str) -> None:
        """Remove one patient's rows (hard deletes, audited as purges) and sync entries."""
        for model in reversed(PATIENT_MODELS):
            column = (model.id if model is Patient
                      else model.patient_id)  # type: ignore[attr-defined]
            for obj in s.scalars(select(model).where(column == patient_id)).all():
                s.delete(obj)
            s.flush()
        for table in (SyncOutbox, SyncShadow, SyncConflict, SyncQuarantine):
            s.execute(delete(table).where(table.patient_id == patient_id))

    def _wipe(self) -> int:
        """A revoked device: every patient's data and every sync entry go; nothing more is
        sent (the token is forgotten; a final upload, if allowed, came before)."""
        with self._apply_session() as s:
            ids = s.scalars(select(Patient.id)).all()
            for pid in ids:
                self._purge_patient(s, pid)
            for table in (SyncOutbox, SyncShadow, SyncConflict, SyncQuarantine):
                s.execute(delete(table))
            self._set_state(s, revoked=iso_utc(utcnow()), cursor=0)
        self.tokens.delete(self.store.store_id)
        self.transport.set_token(None)
        log.warning("sync: device revoked; %d patients removed from this store", len(ids))
        return len(ids)


class _FirstPage:
    """The transport, except that the first ``changes`` call after ``after`` is answered
    with a page already received (with the last push's answer, or fetched to check the
    server), so it is not asked for twice."""

    def __init__(self, inner: Transport, after: int, page: dict[str, Any],
                 served: Callable[[], None]) -> None:
        self._inner, self._after, self._page, self._served = inner, after, page, served

    def changes(self, after: int, limit: int) -> dict[str, Any]:
        page, self._page = self._page, None
        self._served()
        if page is not None and after == self._after:
            return page
        return self._inner.changes(after, limit)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def _mutation(e: SyncOutbox) -> dict[str, Any]:
    m: dict[str, Any] = {"mutation_id": e.mutation_id, "entity": e.entity, "id": e.record_id,
                         "patient_id": e.patient_id, "op": e.op, "fields": e.fields,
                         "base": e.base, "at": iso_utc(e.at), "user_id": e.user_id}
    if e.resolves:
        m["resolves"] = list(e.resolves)
    return m


def _when(value: Any) -> dt.datetime:
    if isinstance(value, str):
        try:
            return parse_utc(value)
        except ValueError:
            pass
    return utcnow()


def _record_key(ch: dict[str, Any]) -> tuple[str, str] | None:
    """``(entity, id)`` of a pulled record change of a known entity, else None."""
    if ch.get("kind") != "record" or not ch.get("id") or not isinstance(ch.get("data"), dict):
        return None
    entity = ch.get("entity")
    if not isinstance(entity, str) or entity not in MODELS:
        return None
    return entity, str(ch["id"])


def _filled_defaults(table: Any, keys: frozenset[str]
                     ) -> list[tuple[str, Callable[[], Any]]] | None:
    """The columns a Core insert of rows with ``keys`` fills from Python-side defaults, each
    with a function giving its value; None if one of them is not a plain value or function
    (then the Core insert is used)."""
    filled: list[tuple[str, Callable[[], Any]]] = []
    for col in table.c:
        default = col.default
        if col.key in keys or default is None:
            continue
        if default.is_scalar:
            filled.append((col.key, lambda value=default.arg: value))
        elif default.is_callable and hasattr(default.arg, "__wrapped__"):
            # a function of no arguments (SQLAlchemy wraps it; one that takes the execution
            # context is not wrapped and is left to Core)
            filled.append((col.key, default.arg.__wrapped__))
        else:
            return None
    return filled


_SHADOW_COLUMNS = ("entity", "record_id", "patient_id", "data", "version", "seq")

_INSERT_COLUMNS: dict[type, dict[str, tuple[str, Any, bool]]] = {}


def _insert_columns(model: type) -> dict[str, tuple[str, Any, bool]]:
    """A synced model's record fields for a Core insert: column name -> (column key,
    column, omit when None). The ORM leaves a None out of an INSERT (so the column's default
    applies) unless the type stores None as a value; where a column has a default, the bulk
    insert does the same."""
    cols = _INSERT_COLUMNS.get(model)
    if cols is None:
        cols = {}
        for _key, name, col in data_columns(model):
            has_default = col.default is not None or col.server_default is not None
            cols[name] = (col.key, col, has_default and not col.type.should_evaluate_none)
        _INSERT_COLUMNS[model] = cols
    return cols


# -- conflicts and quarantine, for the views -----------------------------------------------------
def open_conflicts(store: Any, patient_id: str | None = None) -> list[SyncConflict]:
    with store.session() as s:
        stmt = select(SyncConflict).where(SyncConflict.status == "open")
        if patient_id is not None:
            stmt = stmt.where(SyncConflict.patient_id == patient_id)
        return list(s.scalars(stmt.order_by(SyncConflict.found_at)))


def quarantined(store: Any) -> list[SyncQuarantine]:
    with store.session() as s:
        return list(s.scalars(select(SyncQuarantine).order_by(SyncQuarantine.id)))


def pending_count(store: Any) -> int:
    from sqlalchemy import func

    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(SyncOutbox)) or 0)


def resolve_conflict(store: Any, conflict_id: str, value: Any) -> None:
    """The nurse chose ``value`` (JSON form) for a conflicted field: it is written locally
    (stamped and audited as her edit) and queued as the field's new value with
    ``resolves=[the server's conflict ids]``; earlier queued values of that field are
    dropped, so the server sees one deliberate decision."""
    with store.write() as s:
        c = s.get(SyncConflict, conflict_id)
        if c is None or c.status != "open":
            raise InputError("no open conflict with that id")
        model = MODELS.get(c.entity)
        cols = _columns(model) if model else {}
        if model is None or c.field not in cols:
            raise InputError("the conflict names a field this Hearth does not know")
        key, col = cols[c.field]
        try:
            native = from_json_value(col, value)
        except (TypeError, ValueError):
            raise InputError("the chosen value does not fit that field") from None
        same = s.scalars(select(SyncConflict).where(
            SyncConflict.entity == c.entity, SyncConflict.record_id == c.record_id,
            SyncConflict.field == c.field, SyncConflict.status == "open")).all()
        resolves = sorted({x.server_conflict_id for x in same if x.server_conflict_id})
        obj = s.get(model, c.record_id)
        s.info["sync_no_outbox"] = True
        if obj is not None:
            setattr(obj, key, native)
            s.flush()
        for e in s.scalars(select(SyncOutbox).where(
                SyncOutbox.entity == c.entity, SyncOutbox.record_id == c.record_id)).all():
            if c.field in (e.fields or {}):
                fields = {k: v for k, v in e.fields.items() if k != c.field}
                base = {k: v for k, v in (e.base or {}).items() if k != c.field}
                if not fields:
                    s.delete(e)
                else:  # new content, so a new id (the old one may be known to the server)
                    e.fields, e.base, e.mutation_id = fields, base, str(uuid.uuid4())
                    e.sent_at = None
        s.flush()
        s.add(SyncOutbox(
            mutation_id=str(uuid.uuid4()), entity=c.entity, record_id=c.record_id,
            patient_id=c.patient_id, op="upsert", fields={c.field: to_json_value(col, native)},
            base={c.field: c.server_value}, at=utcnow(), user_id=store.actor.user_id,
            resolves=resolves or None))
        now = utcnow()
        for x in same:
            x.status, x.resolved_at, x.resolution = "resolved", now, value
