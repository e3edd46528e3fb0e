"""``hearth-server``: run and administer the clinic server.

With no subcommand it serves (127.0.0.1:8765, SQLite in the data folder, created on first
start). Bad input prints one line and exits 2; nothing prints a traceback or patient data.

Exit codes: 0 ok, 2 bad input, 4 database not initialised (or older: run ``init``),
6 database from a newer server, 70 unexpected error.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any, NoReturn

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
DATABASE_ENV = "HEARTH_SERVER_DATABASE"
PROG = "hearth-server"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        print(f"{PROG}: {message} (see {PROG} --help)", file=sys.stderr)
        raise SystemExit(2)


class _Fail(Exception):
    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def data_dir(args: argparse.Namespace) -> Path:
    if args.data_dir:
        return Path(args.data_dir)
    if os.environ.get("HEARTH_SERVER_DATA"):
        return Path(os.environ["HEARTH_SERVER_DATA"])
    from platformdirs import user_data_dir

    return Path(user_data_dir("Hearth Server", appauthor=False))


def database_url(args: argparse.Namespace) -> tuple[str, bool]:
    """(url, embedded): the --database URL, else SQLite in the data folder."""
    url = args.database or os.environ.get(DATABASE_ENV)
    if url:
        if not url.startswith(("sqlite:", "postgresql:", "postgresql+psycopg:")):
            raise _Fail("--database must be a sqlite:/// or postgresql+psycopg:// URL")
        return url, False
    folder = data_dir(args)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise _Fail("the data folder cannot be created") from None
    return f"sqlite:///{folder / 'server.db'}", True


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--database", metavar="URL", default=argparse.SUPPRESS,
                   help="sqlite:///PATH or postgresql+psycopg://... (default: SQLite in the "
                        "data folder)")
    p.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                   help="the data folder (default: the user data folder 'Hearth Server')")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="The Hearth clinic sync server.")
    _common(parser)
    parser.add_argument("--host", default=DEFAULT_HOST)
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    parser.add_argument("--certfile", help="TLS certificate (PEM); with --keyfile")
    parser.add_argument("--keyfile", help="TLS private key (PEM); with --certfile")
    parser.add_argument("--workers", type=int, default=1,
                        help="worker processes (they share the database; no state is kept "
                             "between requests)")
    parser.add_argument("--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    def add(name: str, help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_)
        _common(p)
        return p

    add("init", "create or upgrade the database (makes its generation)")
    p = add("add-nurse", "add a nurse")
    p.add_argument("name")
    p.add_argument("--email")
    p = add("assign", "put a patient on a nurse's panel")
    p.add_argument("patient", help="patient id or FHIR id")
    p.add_argument("nurse", help="nurse id, e-mail or exact name")
    p = add("unassign", "take a patient off a nurse's panel (her devices purge it)")
    p.add_argument("patient")
    p.add_argument("nurse")
    p = add("enroll-code", "print a one-time enrollment code (valid 24 h)")
    p.add_argument("nurse")
    add("nurses", "list nurses")
    p = add("devices", "list enrolled devices")
    p.add_argument("--json", action="store_true")
    p = add("revoke-device", "revoke a device (it wipes its store on next contact)")
    p.add_argument("device", help="device id (or a unique prefix)")
    p.add_argument("--allow-final-upload", action="store_true",
                   help="let the device push its unsent changes once before it wipes")
    p = add("backup", "copy the SQLite database, consistently, to a new file")
    p.add_argument("path")
    p = add("restore", "replace the SQLite database by a backup; makes a new generation "
                       "(devices re-send what the backup lacks)")
    p.add_argument("backup", nargs="?")
    p.add_argument("--new-generation", action="store_true",
                   help="only make a new generation (after restoring PostgreSQL with "
                        "pg_restore)")
    p = add("import", "import FHIR R4 bundles (files or folders)")
    p.add_argument("paths", nargs="+")
    p.add_argument("--assign", metavar="NURSE",
                   help="put every imported patient on this nurse's panel (id, e-mail or name)")
    p.add_argument("--json", action="store_true")
    return parser


def _args_defaults(args: argparse.Namespace) -> argparse.Namespace:
    for name in ("database", "data_dir"):
        if not hasattr(args, name):
            setattr(args, name, None)
    return args


def _schema_fail(exc: Exception) -> _Fail:
    msg = str(exc)
    return _Fail(msg, 6 if "newer" in msg else 4)


def _admin(url: str) -> Any:
    from server.admin import Admin
    from server.db import SchemaError

    try:
        return Admin(url)
    except SchemaError as exc:
        raise _schema_fail(exc) from None


def run(args: argparse.Namespace) -> int:
    from server.db import SchemaError, init_db
    from server.sync import AdminError

    url, embedded = database_url(args)
    cmd = args.command
    try:
        if cmd is None:
            return serve(args, url, embedded)
        if cmd == "init":
            gen, created = init_db(url)
            print(("initialised" if created else "up to date") + f"; generation {gen}")
            return 0
        if cmd == "import":
            from server.fhir_import import import_paths

            nurse_id = None
            if args.assign:  # checked before anything is imported
                with _admin(url) as admin:
                    nurse_id = admin.nurse(args.assign)["id"]
            results = import_paths(url, args.paths)
            if nurse_id is not None:
                with _admin(url) as admin:
                    assigned = sum(admin.assign(pid, nurse_id)
                                   for r in results if r.ok for pid in r.patients)
                if not args.json:
                    print(f"{assigned} patients put on the nurse's panel")
            if args.json:
                print(json.dumps([r.__dict__ for r in results], indent=2))
            else:
                for r in results:
                    if r.ok:
                        print(f"{r.file}: {r.created} records created, {r.updated} updated, "
                              f"{len(r.skipped)} resources skipped")
                    else:
                        print(f"{r.file}: not imported: {r.error}")
            if not results:
                raise _Fail("no bundle files found")
            return 0 if all(r.ok for r in results) else 2
        if cmd == "backup":
            from server.admin import backup

            backup(url, args.path)
            print(f"backed up to {args.path}")
            return 0
        if cmd == "restore":
            from server.admin import new_generation, restore

            if args.new_generation == bool(args.backup):
                raise _Fail("give a BACKUP file, or --new-generation (not both)")
            gen = new_generation(url) if args.new_generation else restore(url, args.backup)
            print(f"restored; new generation {gen}")
            return 0
        with _admin(url) as admin:
            if cmd == "add-nurse":
                n = admin.add_nurse(args.name, args.email)
                print(n["id"])
            elif cmd == "assign":
                print("assigned" if admin.assign(args.patient, args.nurse)
                      else "already assigned")
            elif cmd == "unassign":
                print("unassigned" if admin.unassign(args.patient, args.nurse)
                      else "was not assigned")
            elif cmd == "enroll-code":
                code, expires = admin.enroll_code(args.nurse)
                print(code)
                print(f"one-time code, expires {expires}", file=sys.stderr)
            elif cmd == "nurses":
                for n in admin.nurses():
                    print(f"{n['id']}  {n['name']}  {n['email'] or ''}".rstrip())
            elif cmd == "devices":
                rows = admin.devices()
                if args.json:
                    print(json.dumps(rows, indent=2))
                for d in [] if args.json else rows:
                    state = f"revoked {d['revoked_at']}" if d["revoked_at"] else "active"
                    print(f"{d['id']}  {d['name']}  nurse: {d['nurse']}  {state}  "
                          f"last seen: {d['last_seen_at'] or 'never'}")
            elif cmd == "revoke-device":
                d = admin.revoke_device(args.device,
                                        allow_final_upload=args.allow_final_upload)
                print(f"revoked {d['id']}"
                      + (" (final upload allowed)" if d["final_upload"] else ""))
        return 0
    except SchemaError as exc:
        raise _schema_fail(exc) from None
    except AdminError as exc:
        raise _Fail(str(exc)) from None


def serve(args: argparse.Namespace, url: str, embedded: bool) -> int:
    import uvicorn

    from server.app import create_app
    from server.db import SchemaError, current_revision, init_db, make_engine

    if bool(args.certfile) != bool(args.keyfile):
        raise _Fail("--certfile and --keyfile go together")
    for f in (args.certfile, args.keyfile):
        if f and not Path(f).is_file():
            raise _Fail(f"TLS file not found: {f}")
    if not 0 < args.port < 65536:
        raise _Fail("--port must be between 1 and 65535")
    if embedded:
        engine = make_engine(url)
        try:
            fresh = current_revision(engine) is None
        finally:
            engine.dispose()
        if fresh:
            init_db(url)
    try:
        app = create_app(url)
    except SchemaError as exc:
        raise _schema_fail(exc) from None
    if not args.certfile and args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"{PROG}: warning: serving without TLS on {args.host}; give --certfile and "
              "--keyfile", file=sys.stderr)
    if not 1 <= args.workers <= 64:
        raise _Fail("--workers must be between 1 and 64")
    options = dict(host=args.host, port=args.port, ssl_certfile=args.certfile,
                   ssl_keyfile=args.keyfile, log_level="info" if args.verbose else "warning")
    if args.workers == 1:
        uvicorn.run(app, **options)
    else:  # each worker process builds its own app from the environment
        os.environ[DATABASE_ENV] = url
        uvicorn.run("server.app:app_from_environment", factory=True, workers=args.workers,
                    **options)
    return 0


def main(argv: list[str] | None = None) -> int:
    try:
        args = _args_defaults(build_parser().parse_args(argv))
    except SystemExit as exc:  # --help, or a usage error (one line already printed)
        return exc.code if isinstance(exc.code, int) else 2
    verbose = bool(getattr(args, "verbose", False))
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.INFO if verbose else logging.WARNING)
    try:
        return run(args)
    except _Fail as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - one line, no traceback, no data
        print(f"{PROG}: unexpected error ({type(exc).__name__})", file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
