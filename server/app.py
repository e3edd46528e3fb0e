"""The clinic server's HTTP API (server/PROTOCOL.md): ``create_app(database_url)``.

Every request runs in its own database transaction; nothing is kept in memory between
requests, so several workers or hosts may share one PostgreSQL. Malformed input is a 400
(never a 5xx), and error bodies never echo the values sent (they may be patient data).
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_core import to_json
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as SATimeoutError

from server import sync
from server.db import check_schema, iso, last_seq, make_engine, read_session, write_session

log = logging.getLogger("hearth.server")

Id = Annotated[str, Field(min_length=1, max_length=64)]
MAX_SEQ = 2**62


def _check_strings(value: Any, depth: int = 0) -> None:
    """Refuse what no database can store (NUL, lone surrogates, NaN, infinities) and
    absurd nesting."""
    if depth > 64:
        raise ValueError("nested too deeply")
    if isinstance(value, str):
        if "\x00" in value:
            raise ValueError("text contains a NUL character")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("text is not valid Unicode") from None
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("numbers must be finite")
    elif isinstance(value, dict):
        for k, v in value.items():
            _check_strings(k, depth + 1)
            _check_strings(v, depth + 1)
    elif isinstance(value, list):
        for v in value:
            _check_strings(v, depth + 1)


class _Clean(BaseModel):
    model_config = ConfigDict(extra="ignore")

    @model_validator(mode="before")
    @classmethod
    def _clean(cls, data: Any) -> Any:
        _check_strings(data)
        return data


# -- request and response models ---------------------------------------------------------------

class ErrorOut(BaseModel):
    error: str
    mutation_id: str | None = None
    detail: list[dict[str, Any]] | None = None
    final_upload: bool | None = None  # device_revoked: one last push still allowed
    generation: str | None = None  # server_restored: the server's generation,
    last_seq: int | None = None  # its last seq,
    generation_seq: int | None = None  # and its last seq when that generation began


class NurseOut(BaseModel):
    id: str
    name: str


class DeviceOut(BaseModel):
    id: str
    name: str
    nurse_id: str
    enrolled_at: str
    revoked_at: str | None = None
    final_upload: bool = False


class EnrollIn(_Clean):
    code: Annotated[str, Field(min_length=1, max_length=64)]
    device_name: Annotated[str, Field(min_length=1, max_length=200)]


class EnrollOut(BaseModel):
    device_id: str
    token: str
    nurse: NurseOut
    generation: str


class MutationIn(_Clean):
    mutation_id: Id
    entity: Id
    id: Id
    patient_id: Id | None = None
    op: Literal["upsert"] = "upsert"
    fields: dict[str, Any]
    base: dict[str, Any] = Field(default_factory=dict)
    at: Annotated[str, Field(max_length=64)] | None = None
    user_id: Id | None = None
    resolves: Annotated[list[Id], Field(max_length=100)] = Field(default_factory=list)

    @field_validator("at")
    @classmethod
    def _iso_time(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                dt.datetime.fromisoformat(value)
            except ValueError:
                raise ValueError("not an ISO-8601 time") from None
        return value


class PushIn(_Clean):
    # The server's generation and the cursor the client knows: when the generation differs or
    # the server's last seq is below the cursor, the batch is refused whole (409
    # server_restored); null skips the check.
    generation: Annotated[str, Field(max_length=64)] | None = None
    cursor: Annotated[int, Field(ge=0, le=MAX_SEQ)] | None = None
    mutations: Annotated[list[MutationIn], Field(max_length=1000)]
    # > 0 (with a cursor): the answer carries the first page of changes after the cursor
    # (as GET /v1/changes would give it, read after the batch committed)
    changes_limit: Annotated[int, Field(ge=0, le=1000)] = 0
    # A revoked device's final upload (when the clinic allowed one): its pushes say
    # final_upload (without it a revoked device gets 401), the last one also says final,
    # which closes it. Such a push is answered with its results only.
    final_upload: bool = False
    final: bool = False


class Party(BaseModel):
    device: str | None = None
    user: str | None = None
    at: str | None = None


class ConflictOut(BaseModel):
    id: str
    entity: str
    record_id: str
    patient_id: str | None = None
    field: str
    server_value: Any = None
    client_value: Any = None
    client: Party
    server: Party
    created_at: str
    resolved_at: str | None = None
    resolved_by: str | None = None
    resolution: Any = None


class MutationResult(BaseModel):
    mutation_id: str
    status: Literal["applied", "conflict", "rejected"]
    version: int | None = None
    seq: int | None = None
    conflicts: list[ConflictOut] = Field(default_factory=list)
    reason: str | None = None


class PushOut(BaseModel):
    generation: str
    results: list[MutationResult]
    last_seq: int  # the server's last seq after this batch committed
    changes: ChangesOut | None = None  # when changes_limit was asked (never when revoked)


class RecordChange(BaseModel):
    seq: int
    kind: Literal["record"]
    entity: str
    id: str
    patient_id: str | None = None
    version: int
    data: dict[str, Any]
    updated_at: str
    updated_by: str | None = None
    device_id: str | None = None
    conflicts: list[ConflictOut] = Field(default_factory=list)


class PurgeChange(BaseModel):
    seq: int
    kind: Literal["purge"]
    patient_id: str


class ChangesOut(BaseModel):
    generation: str
    changes: list[Annotated[RecordChange | PurgeChange, Field(discriminator="kind")]]
    last_seq: int
    more: bool


PushOut.model_rebuild()


class StatusOut(BaseModel):
    generation: str
    last_seq: int
    generation_seq: int = 0  # the last seq when this generation began (a restore)
    device: DeviceOut
    nurse: NurseOut
    server_time: str


class ApiError(Exception):
    def __init__(self, status: int, body: dict[str, Any]) -> None:
        super().__init__(body.get("error"))
        self.status, self.body = status, body


def token_of(authorization: Annotated[str | None, Header()] = None) -> str:
    if not authorization or not authorization.startswith("Bearer "):
        raise ApiError(401, {"error": "unauthorized"})
    token = authorization[7:].strip()
    if not token or len(token) > 200:
        raise ApiError(401, {"error": "unauthorized"})
    return token


Token = Annotated[str, Depends(token_of)]

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "malformed request"},
    401: {"model": ErrorOut, "description": "unauthorized | device_revoked"},
}


class _NoTraceback:
    """Unexpected errors become a bare 500; the log gets the exception's type only (a
    traceback could quote SQL parameters, i.e. patient data)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def _send(message: Any) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, _send)
        except Exception as exc:  # noqa: BLE001
            log.error("unexpected error: %s", type(exc).__name__)
            if not started:
                await JSONResponse({"error": "internal"}, status_code=500)(scope, receive, send)


# -- the app -----------------------------------------------------------------------------------

def create_app(database_url: str, *, check: bool = True) -> FastAPI:
    engine = make_engine(database_url)
    if check:
        try:
            check_schema(engine)
        except Exception:
            engine.dispose()
            raise

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        engine.dispose()

    app = FastAPI(title="Hearth clinic server", version="1",
                  description="Sync protocol v1 (server/PROTOCOL.md).", lifespan=lifespan)
    app.state.engine = engine

    @app.exception_handler(ApiError)
    async def _api_error(_req: Request, exc: ApiError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return JSONResponse(exc.body, status_code=exc.status, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def _bad_request(_req: Request, exc: RequestValidationError) -> JSONResponse:
        # Where and what kind of problem, never the value (it may be patient data).
        detail = [{"loc": [str(p) for p in e.get("loc", ())][:8], "msg": str(e.get("msg"))[:200]}
                  for e in exc.errors()[:20]]
        return JSONResponse({"error": "bad_request", "detail": detail}, status_code=400)

    @app.exception_handler(OperationalError)
    async def _busy(_req: Request, exc: OperationalError) -> JSONResponse:
        log.error("database unavailable: %s", type(exc.orig).__name__)
        return JSONResponse({"error": "unavailable"}, status_code=503,
                            headers={"Retry-After": "5"})

    @app.exception_handler(SATimeoutError)
    async def _pool(_req: Request, _exc: SATimeoutError) -> JSONResponse:
        log.error("database connection pool exhausted")
        return JSONResponse({"error": "unavailable"}, status_code=503,
                            headers={"Retry-After": "5"})

    app.add_middleware(_NoTraceback)

    def auth(session: Any, token: str, *, final_upload: bool = False) -> tuple[Any, Any]:
        try:
            return sync.authenticate(session, token, final_upload=final_upload)
        except sync.AuthError as exc:
            body: dict[str, Any] = {"error": exc.code}
            if exc.code == "device_revoked":
                body["final_upload"] = exc.final_upload
            raise ApiError(401, body) from None

    @app.post("/v1/enroll", response_model=EnrollOut,
              responses={400: ERRORS[400], 403: {"model": ErrorOut, "description": "bad_code"}})
    def enroll(body: EnrollIn) -> dict[str, Any]:
        try:
            with write_session(engine) as s:
                device, nurse, token = sync.enroll(s, body.code, body.device_name)
                gen = sync.generation(s)
        except sync.BadCode:
            raise ApiError(403, {"error": "bad_code"}) from None
        log.info("device %s enrolled for nurse %s", device.id, nurse.id)
        return {"device_id": device.id, "token": token, "nurse": sync.nurse_json(nurse),
                "generation": gen}

    @app.post("/v1/push", response_model=PushOut,
              responses={**ERRORS, 409: {"model": ErrorOut,
                                         "description": "mutation_reused | server_restored"}})
    def push(body: PushIn, token: Token) -> dict[str, Any]:
        mutations = [m.model_dump() for m in body.mutations]
        try:
            with write_session(engine) as s:
                device, nurse = auth(s, token, final_upload=body.final_upload)
                revoked = device.revoked_at is not None  # its final upload (allowed once)
                gen, top = sync.generation(s), last_seq(s)
                if (body.generation is not None and body.generation != gen) or \
                        (body.cursor is not None and top < body.cursor):
                    # The server lost changes the client saw (restored from a backup):
                    # nothing of the batch applies; the client recovers, then sends again.
                    raise ApiError(409, {"error": "server_restored", "generation": gen,
                                         "last_seq": top,
                                         "generation_seq": sync.generation_seq(s)})
                results = sync.push(s, device, nurse, mutations)
                device.last_seen_at = iso()
                if revoked and body.final:
                    device.final_upload_at = iso()
                top = last_seq(s)
        except sync.MutationReused as exc:
            raise ApiError(409, {"error": "mutation_reused",
                                 "mutation_id": exc.mutation_id}) from None
        # Answered after the commit (durable: SQLite synchronous=FULL, PostgreSQL fsync).
        out: dict[str, Any] = {"generation": gen, "results": results, "last_seq": top}
        if body.changes_limit and body.cursor is not None and not revoked:
            # The first page after the client's cursor, read after the commit (outside the
            # writers' lock), so a one-field sync needs no GET /v1/changes.
            with read_session(engine) as s:
                page = sync.changes(s, nurse, body.cursor, body.changes_limit)
                out["changes"] = {"generation": sync.generation(s), **page}
        return out

    @app.get("/v1/changes", response_model=ChangesOut, responses=ERRORS)
    def changes(token: Token,
                after: Annotated[int, Query(ge=0, le=MAX_SEQ)] = 0,
                limit: Annotated[int, Query(ge=1, le=1000)] = 500) -> Response:
        with read_session(engine) as s:
            _device, nurse = auth(s, token)
            page = sync.changes(s, nurse, after, limit)
            body = {"generation": sync.generation(s), **page}
        # ChangesOut's shape by construction (sync.changes builds it): serialised as it is,
        # the same JSON FastAPI would send, without validating a thousand records again
        # (response_model still describes the answer in the OpenAPI).
        return Response(to_json(body, inf_nan_mode="null"), media_type="application/json")

    @app.get("/v1/status", response_model=StatusOut, responses=ERRORS)
    def status(token: Token) -> dict[str, Any]:
        with read_session(engine) as s:
            device, nurse = auth(s, token)
            return {"generation": sync.generation(s), "last_seq": last_seq(s),
                    "generation_seq": sync.generation_seq(s),
                    "device": sync.device_json(device), "nurse": sync.nurse_json(nurse),
                    "server_time": iso()}

    return app


def app_from_environment() -> FastAPI:
    """The app for one of several worker processes (``hearth-server --workers N``): the
    database URL comes from ``HEARTH_SERVER_DATABASE``, set by the parent."""
    import os

    return create_app(os.environ["HEARTH_SERVER_DATABASE"])
