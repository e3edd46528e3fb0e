"""The ``hearth`` command: the desktop app, and its headless subcommands.

    hearth [--store DIR] [--demo]           the desktop app
    hearth store init|info|verify|backup|restore|rekey
    hearth import PATH... [--json]          FHIR R4 bundles into the store
    hearth export --patient ID [--out FILE] one patient as a FHIR R4 bundle
    hearth medrec check FILE.json|-         medication reconciliation and safety checks (JSON out)
    hearth handout schedule FILE.json|- --out OUT.pdf [--lang en|es] [--large-print]
    hearth handout topic NAME --out OUT.pdf [--lang en|es] [--large-print]
    hearth handout topics                   the topic handouts there are
    hearth enroll --server URL --code CODE [--ca-file F] [--device-name NAME]
    hearth sync [--json]                    push local changes, pull the clinic's (one sync)
    hearth readings import FILE.csv --patient ID [--json]   patient-reported readings (CSV)
    hearth time export --month YYYY-MM [--out FILE]      care-management minutes per patient
    hearth metrics [--from DATE] [--to DATE] [--json [--monthly]] [--csv FILE]  clinic figures

Exit codes: 0 ok, 2 bad input, 3 cannot unlock, 4 no store, 5 not a Hearth store or damaged,
6 store from a newer Hearth, 7 store in use, 9 verify found problems, 70 unexpected error,
75 sync server unreachable (try again later), 76 sync server refused the request, 77 device
not accepted or revoked by the clinic, 130 interrupted. Errors are one clear line on stderr,
never a traceback; details of unexpected errors go to the log without patient data. Secrets
never come from argv: passphrases are read from ``HEARTH_PASSPHRASE``
(``HEARTH_NEW_PASSPHRASE`` for rekey) or asked at the terminal; the device token of sync is
kept in the OS keyring only.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app import __version__
from app.logsetup import LOG_NAME, install_excepthook, safe_exception, setup_logging
from app.models import keys
from app.models.errors import CannotUnlockError, HearthError, InputError
from app.paths import default_store_dir, log_dir

log = logging.getLogger("hearth.cli")
EXIT_UNEXPECTED = 70


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors: exit 2 with a clear line
        self.print_usage(sys.stderr)
        print(f"hearth: {message}", file=sys.stderr)
        raise SystemExit(2)


def _ask(prompt: str) -> str | None:
    if not sys.stdin or not sys.stdin.isatty():
        return None
    return getpass.getpass(prompt) or None


def passphrase_for_open(store_dir: Path) -> str | None:
    """The passphrase of a passphrase-mode store: env first, then the terminal."""
    from app.models.store import Store

    header = Store.read_header(store_dir)
    if header.key_mode != "passphrase":
        return None
    return os.environ.get(keys.PASSPHRASE_ENV) or _ask("Store passphrase: ")


def new_passphrase(env_name: str) -> str:
    value = os.environ.get(env_name)
    if value:
        return value
    first = _ask("New passphrase: ")
    if first is None:
        raise InputError(f"a passphrase is needed: set {env_name} or run in a terminal")
    if _ask("Repeat the passphrase: ") != first:
        raise InputError("the two passphrases differ")
    return first


def open_store(args: argparse.Namespace) -> Any:
    from app.models.store import Store

    return Store.open(args.store, passphrase=passphrase_for_open(args.store))


# -- store subcommands -----------------------------------------------------------------------
def cmd_store_init(args: argparse.Namespace) -> int:
    from app.models.store import Store

    mode = args.mode
    passphrase = None
    if mode == "auto" and not keys.keyring_available():
        mode = "passphrase"
    if mode == "passphrase":
        passphrase = new_passphrase(keys.PASSPHRASE_ENV)
    with Store.create(args.store, mode=mode, passphrase=passphrase) as store:
        print(f"Created an encrypted store in {store.folder} (key kept in: "
              f"{'the OS keyring' if store.header.key_mode == 'keyring' else 'your passphrase'})")
    return 0


def cmd_store_info(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select

    from app.models.entities import SYNCED_MODELS
    from app.models.migrations import current_revision, head_revision

    with open_store(args) as store:
        with store.session() as s:
            counts = {
                m.__tablename__: s.scalar(
                    select(func.count()).select_from(m).where(m.deleted_at.is_(None))
                )
                for m in SYNCED_MODELS
            }
            revision = current_revision(s.connection())
        info = {
            "store": str(store.folder), "store_id": store.store_id,
            "key_mode": store.header.key_mode, "schema": revision, "schema_head": head_revision(),
            "counts": counts,
        }
    if args.json:
        print(json.dumps(info, indent=2))
    else:
        print(f"Store {info['store']} (id {info['store_id']})")
        print(f"  key kept in: {info['key_mode']}; schema {revision}")
        for name, n in counts.items():
            if n:
                print(f"  {name}: {n}")
    return 0


def cmd_store_verify(args: argparse.Namespace) -> int:
    from app.models.errors import IntegrityFailure

    with open_store(args) as store:
        chain, problems = store.verify()
    if chain.ok and not problems:
        print(f"Store is sound: pages and integrity check ok; audit chain of {chain.entries} "
              "entries intact.")
        return 0
    for problem in problems:
        print(f"problem: {problem}", file=sys.stderr)
    if not chain.ok:
        print(f"problem: audit entry {chain.first_bad_seq} {chain.problem}", file=sys.stderr)
    return IntegrityFailure.exit_code


def cmd_store_backup(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        path = store.backup(args.path)
    print(f"Encrypted backup written to {path}")
    return 0


def cmd_store_restore(args: argparse.Namespace) -> int:
    from app.models.store import read_backup, restore

    header, meta, _ = read_backup(args.path)
    passphrase = None
    if header.key_mode == "passphrase":
        passphrase = os.environ.get(keys.PASSPHRASE_ENV) or _ask("Backup passphrase: ")
    kept = restore(args.path, args.store, passphrase=passphrase)
    print(f"Restored the backup of {meta.get('backed_up_at', 'unknown time')} into {args.store}")
    if kept:
        print(f"The store it replaced is kept as {kept.name}")
    return 0


def cmd_store_rekey(args: argparse.Namespace) -> int:
    from app.models.store import Store, rekey

    header = Store.read_header(args.store)
    old = passphrase_for_open(args.store) if header.key_mode == "passphrase" else None
    mode = args.to or header.key_mode
    new = new_passphrase("HEARTH_NEW_PASSPHRASE") if mode == "passphrase" else None
    rekey(args.store, old_passphrase=old, new_mode=mode, new_passphrase=new)
    print(f"Store re-encrypted; key now kept in: "
          f"{'the OS keyring' if mode == 'keyring' else 'your passphrase'}")
    return 0


# -- FHIR ------------------------------------------------------------------------------------
def cmd_import(args: argparse.Namespace) -> int:
    for raw in args.paths:
        if not Path(raw).exists():
            raise InputError(f"no such file or folder: {raw}")
    from app.fhir.importer import import_paths

    with open_store(args) as store:
        summary = import_paths(store, [Path(p) for p in args.paths])
        from app.coordination.transitions import open_transitions

        open_transitions(store)  # discharges of the last 30 days open their transitions
    if args.json:
        print(json.dumps(summary.to_json(), indent=2))
    else:
        print(f"Imported {summary.bundles_imported} bundle(s) from {summary.files} file(s); "
              f"{summary.bundles_failed} failed.")
        for kind, n in summary.counts.items():
            if n:
                print(f"  {kind}: {n}")
        for item in summary.skipped:
            what = f"{item.resource_type} {item.resource_id}" if item.resource_type else "bundle"
            print(f"  skipped in {item.file}: {what}: {item.reason}")
    return 0 if summary.bundles_failed == 0 else 1


def cmd_export(args: argparse.Namespace) -> int:
    from sqlalchemy import or_, select

    from app.fhir.exporter import export_patient_bundle
    from app.models.entities import Patient

    with open_store(args) as store, store.session() as s:
        matches = s.scalars(select(Patient.id).where(
            Patient.deleted_at.is_(None),
            or_(Patient.id == args.patient, Patient.fhir_id == args.patient,
                Patient.mrn == args.patient),
        )).all()
        if not matches:
            raise InputError("no patient with that id or MRN in the store")
        if len(matches) > 1:
            raise InputError("that MRN matches more than one patient; give the patient id")
        bundle = export_patient_bundle(s, matches[0])
    text = json.dumps(bundle, indent=1, ensure_ascii=False)
    if args.out:
        out = Path(args.out)
        tmp = out.with_name(out.name + ".partial")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, out)
        print(f"Wrote {out} ({len(bundle.get('entry', []))} resources). This file is NOT "
              "encrypted: keep it on an encrypted disk and delete it when done.", file=sys.stderr)
    else:
        sys.stdout.write(text + "\n")
    return 0


# -- med rec ---------------------------------------------------------------------------------
def _read_json_input(path: str) -> Any:
    """JSON from a file or ``-`` (standard input); bad input raises :class:`InputError`."""
    try:
        if path == "-":
            raw = sys.stdin.buffer.read()
            name = "standard input"
        else:
            raw = Path(path).read_bytes()
            name = path
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a JSON file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or type(exc).__name__})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{name}: not UTF-8 text") from None
    if not text.strip():
        raise InputError(f"{name}: empty; expected a JSON object with 'lists'")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{name}: not valid JSON (line {exc.lineno}, column {exc.colno}: "
                         f"{exc.msg})") from None


def cmd_medrec_check(args: argparse.Namespace) -> int:
    from app.medrec.check import CheckInputError, check
    from app.medrec.knowledge import KnowledgeError

    data = _read_json_input(args.file)
    try:
        result = check(data)
    except CheckInputError as exc:
        raise InputError(str(exc)) from None
    except KnowledgeError as exc:  # a broken install, not the user's input
        print(f"hearth: the medication knowledge files are damaged: {exc}", file=sys.stderr)
        return EXIT_UNEXPECTED
    sys.stdout.write(json.dumps(result, indent=1 if args.pretty else None, ensure_ascii=False) + "\n")
    return 0


# -- handouts --------------------------------------------------------------------------------
def _write_pdf(out: Path, render: Any) -> int:
    """Render into memory, then write ``out`` whole (a ``.partial`` file renamed into place),
    so a failure never leaves a half-written PDF. Returns the page count."""
    import io

    if out.is_dir():
        raise InputError(f"{out}: is a folder; give the PDF file to write")
    if not out.parent.is_dir():
        raise InputError(f"{out.parent}: no such folder")
    buffer = io.BytesIO()
    pages = render(buffer)
    tmp = out.with_name(out.name + ".partial")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(buffer.getvalue())
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(f"{out}: cannot be written ({exc.strerror or type(exc).__name__})") from None
    return pages


def cmd_handout_schedule(args: argparse.Namespace) -> int:
    from app.handouts.schedule import build_schedule
    from app.medrec.check import CheckInputError

    data = _read_json_input(args.file)
    try:
        schedule = build_schedule(data, lang=args.lang)
    except CheckInputError as exc:
        raise InputError(str(exc)) from None
    from app.handouts.pdf import render_schedule

    out = Path(args.out)
    pages = _write_pdf(out, lambda fh: render_schedule(schedule, fh, large_print=args.large_print))
    print(f"Wrote {out} ({pages} page{'s' if pages != 1 else ''}). This file is NOT encrypted: "
          "print it, then delete it or keep it on an encrypted disk.", file=sys.stderr)
    return 0


def cmd_handout_topic(args: argparse.Namespace) -> int:
    import datetime as dt

    from app.handouts.content import ContentError, load_topic

    try:
        topic = load_topic(args.name, args.lang or "en")
    except ContentError as exc:
        raise InputError(str(exc)) from None
    from app.handouts.pdf import render_topic

    out = Path(args.out)
    pages = _write_pdf(out, lambda fh: render_topic(topic, fh, made_on=dt.date.today(),
                                                    large_print=args.large_print))
    print(f"Wrote {out} ({pages} page{'s' if pages != 1 else ''}).", file=sys.stderr)
    return 0


def cmd_handout_topics(args: argparse.Namespace) -> int:
    from app.handouts.content import LANGS, load_topic, topic_names

    names = topic_names()
    if args.json:
        print(json.dumps([{"name": n, **{f"title_{lang}": load_topic(n, lang).title for lang in LANGS}}
                          for n in names], ensure_ascii=False))
    else:
        width = max(len(n) for n in names)
        for n in names:
            print(f"{n:<{width}}  {load_topic(n, 'en').title} / {load_topic(n, 'es').title}")
    return 0


# -- sync --------------------------------------------------------------------------------------
def cmd_enroll(args: argparse.Namespace) -> int:
    import socket

    from app.sync.engine import SyncClient
    from app.sync.transport import HttpTransport

    code = args.code or os.environ.get("HEARTH_ENROLL_CODE") or _ask("Enrolment code: ")
    if not code:
        raise InputError("an enrolment code is needed (--code, HEARTH_ENROLL_CODE or the prompt)")
    if args.ca_file and not Path(args.ca_file).is_file():
        raise InputError(f"{args.ca_file}: no such CA bundle file")
    ca_file = str(Path(args.ca_file).resolve()) if args.ca_file else None
    transport = HttpTransport(args.server, ca_file=ca_file)
    with open_store(args) as store:
        info = SyncClient(store, transport).enroll(
            args.server, code, args.device_name or socket.gethostname() or "Hearth device",
            ca_file=ca_file)
    if args.json:
        print(json.dumps(info))
    else:
        print(f"Enrolled with {args.server} as device {info['device_id']} "
              f"(nurse: {info['nurse']['name'] or info['nurse']['id']}). Run 'hearth sync'.")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from app.sync.engine import SyncClient
    from app.sync.transport import HttpTransport, NotEnrolled

    with open_store(args) as store:
        client = SyncClient(store, transport=None)  # type: ignore[arg-type]
        state = client.state()
        if not state.get("server_url"):
            raise NotEnrolled("this store is not enrolled with a clinic server "
                              "(run 'hearth enroll --server URL --code CODE')")
        client.transport = HttpTransport(state["server_url"] or "", ca_file=state.get("ca_file"))
        report = client.sync_once()
        from app.sync.engine import open_conflicts, pending_count, quarantined

        totals = {"open_conflicts": len(open_conflicts(store)),
                  "quarantined": len(quarantined(store)), "pending": pending_count(store)}
    if args.json:
        print(json.dumps({**report.to_json(), **totals}))
    else:
        print(f"Synced: {report.pushed} sent, {report.pulled} received, "
              f"{report.conflicts} new conflict(s), {report.rejected} refused (kept in "
              f"quarantine), {report.purged} patient(s) removed from this device.")
        if totals["open_conflicts"] or totals["quarantined"]:
            print(f"Needs you: {totals['open_conflicts']} open conflict(s), "
                  f"{totals['quarantined']} refused change(s).")
        if report.server_restored:
            print(f"The server had been restored from a backup: {report.resent} record(s) "
                  "were sent to it again.")
    return 0


# -- metrics -----------------------------------------------------------------------------------
def _day_arg(value: str | None, option: str) -> Any:
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{option}: {value!r} is not a date (use YYYY-MM-DD)") from None


def cmd_metrics(args: argparse.Namespace) -> int:
    from app.coordination import metrics as M

    first, last = _day_arg(args.date_from, "--from"), _day_arg(args.date_to, "--to")
    default_first, default_last = M.default_period(last)
    first, last = first or default_first, last or default_last
    if last < first:
        raise InputError("--to is before --from")
    with open_store(args) as store, store.session() as s:
        if args.csv or (args.json and args.monthly):  # with the monthly trends
            report, trends = M.metrics_with_trends(s, first, last)
        else:
            report, trends = M.compute_metrics(s, first, last), []
    if args.csv:
        path = M.write_csv(report, trends, Path(args.csv))
        print(f"Wrote {path}: aggregate figures and monthly trends only, no patient-level "
              "rows.", file=sys.stderr)
    if args.json:
        out = report.to_json()
        if args.monthly:
            out["monthly"] = [{"month": p.month.isoformat()[:7], "from": p.start.isoformat(),
                               "to": p.end.isoformat(), **p.values} for p in trends]
        print(json.dumps(out, indent=1))
    elif not args.csv:
        print(f"Metrics from {first.isoformat()} to {last.isoformat()} "
              "(whole days, UTC, both included)")
        width = max(len(f.label) for f in report.figures.values())
        for f in report.figures.values():
            basis = M.format_basis(f)
            line = f"  {f.label:<{width}}  {M.format_value(f):>10}"
            print(line + (f"  ({basis})" if basis else ""))
            if f.note:
                print(f"  {'':<{width}}  {'':>10}  {f.note}")
        print("\nDefinitions")
        import textwrap

        for f in report.figures.values():
            print(textwrap.fill(f"{f.label}: {f.definition}", width=96,
                                initial_indent="  ", subsequent_indent="    "))
        print(textwrap.fill(M.PERIOD_NOTE, width=96, initial_indent="  ",
                            subsequent_indent="    "))
    return 0


# -- remote monitoring and care-management time ----------------------------------------------
def cmd_readings_import(args: argparse.Namespace) -> int:
    from app.coordination.monitoring import find_patient, import_readings_csv, read_csv_file

    text = read_csv_file(Path(args.file))
    with open_store(args) as store:
        with store.session() as s:
            patient_id = find_patient(s, args.patient)
        summary = import_readings_csv(store, patient_id, text)
    if args.json:
        print(json.dumps(summary.to_json()))
    else:
        print(f"Imported {summary.imported} reading(s); {summary.duplicates} already in the "
              f"store; {summary.tasks_created} new monitoring task(s), {summary.tasks_updated} "
              f"open task(s) updated; {summary.thresholds_added} default threshold(s) added.")
    return 0


def cmd_time_export(args: argparse.Namespace) -> int:
    from app.coordination.time_tracking import export_csv, month_report, parse_month

    month = parse_month(args.month)
    if args.out and Path(args.out).is_dir():
        raise InputError(f"{args.out}: is a folder; give the CSV file to write")
    if args.out and not Path(args.out).parent.is_dir():
        raise InputError(f"{Path(args.out).parent}: no such folder")
    with open_store(args) as store, store.session() as s:
        report = month_report(s, month)
    text = export_csv(report)
    if args.out:
        out = Path(args.out)
        tmp = out.with_name(out.name + ".partial")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, out)
        print(f"Wrote {out} ({report.patients} patient(s), {report.minutes} minutes). This file "
              "is NOT encrypted and names patients: keep it on an encrypted disk and delete it "
              "when done. Codes shown are minute thresholds, not billing advice.",
              file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


# -- GUI -------------------------------------------------------------------------------------
def cmd_gui(args: argparse.Namespace) -> int:
    from app.views.app import run_gui

    return run_gui(store_dir=args.store, demo=args.demo, argv=[sys.argv[0]])


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--store", type=Path, default=argparse.SUPPRESS,
                        help="store folder (default: $HEARTH_STORE or your data folder)")
    common.add_argument("--verbose", "-v", action="store_true", default=argparse.SUPPRESS,
                        help="more detail in the log (never patient data)")

    parser = _Parser(prog="hearth", parents=[common],
                     description="Hearth: offline-first care coordination for community nurses.")
    parser.add_argument("--version", action="version", version=f"hearth {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help="open a demo panel of invented patients in a throwaway store")
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    store = sub.add_parser("store", parents=[common], help="create, check, back up the store")
    ssub = store.add_subparsers(dest="store_command", required=True, parser_class=_Parser)
    p = ssub.add_parser("init", parents=[common], help="create a new encrypted store")
    p.add_argument("--mode", choices=("auto", "keyring", "passphrase"), default="auto",
                   help="where the key is kept (auto: the OS keyring when there is one)")
    p.set_defaults(func=cmd_store_init)
    p = ssub.add_parser("info", parents=[common], help="what the store holds (counts only)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_store_info)
    p = ssub.add_parser("verify", parents=[common],
                        help="check encryption pages, integrity and the audit chain")
    p.set_defaults(func=cmd_store_verify)
    p = ssub.add_parser("backup", parents=[common], help="write an encrypted backup file")
    p.add_argument("path", type=Path)
    p.set_defaults(func=cmd_store_backup)
    p = ssub.add_parser("restore", parents=[common], help="bring back a checked backup")
    p.add_argument("path", type=Path)
    p.set_defaults(func=cmd_store_restore)
    p = ssub.add_parser("rekey", parents=[common], help="change the key or passphrase")
    p.add_argument("--to", choices=("keyring", "passphrase"),
                   help="where to keep the new key (default: as now)")
    p.set_defaults(func=cmd_store_rekey)

    p = sub.add_parser("import", parents=[common], help="import FHIR R4 bundles")
    p.add_argument("paths", nargs="+", help="bundle files or folders of them")
    p.add_argument("--json", action="store_true", help="print a JSON summary")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", parents=[common], help="export a patient as a FHIR R4 bundle")
    p.add_argument("--patient", required=True, help="patient id, FHIR id or MRN")
    p.add_argument("--out", help="file to write (default: standard output)")
    p.set_defaults(func=cmd_export)

    medrec = sub.add_parser("medrec", parents=[common], help="medication reconciliation")
    msub = medrec.add_subparsers(dest="medrec_command", required=True, parser_class=_Parser)
    p = msub.add_parser(
        "check", parents=[common],
        help="compare medication lists and run the safety checks; prints JSON",
        description="Reads {patient, lists: [{role: intended|actual|reconciled, source, "
                    "medications: [{text, action|taking, note}]}]} and prints "
                    "{knowledge_version, medications, rows, findings, warnings, summary}. "
                    "Exit 0 whatever is found; 2 for invalid input.")
    p.add_argument("file", help="the request as a JSON file, or - for standard input")
    p.add_argument("--pretty", action="store_true", help="indent the JSON output")
    p.set_defaults(func=cmd_medrec_check)

    handout = sub.add_parser("handout", parents=[common], help="print patient-education handouts (PDF)")
    hsub = handout.add_subparsers(dest="handout_command", required=True, parser_class=_Parser)
    p = hsub.add_parser("schedule", parents=[common],
                        help="a medicine schedule (pill card) from a med rec check file",
                        description="Takes the same JSON as 'hearth medrec check' and prints the "
                                    "reconciled list when there is one, else the actual list.")
    p.add_argument("file", help="the JSON file, or - for standard input")
    p.add_argument("--out", required=True, help="the PDF file to write")
    p.add_argument("--lang", choices=("en", "es"), help="language (default: the patient's, else English)")
    p.add_argument("--large-print", action="store_true", help="body text at 18 pt or more")
    p.set_defaults(func=cmd_handout_schedule)
    p = hsub.add_parser("topic", parents=[common], help="a topic handout (see 'hearth handout topics')")
    p.add_argument("name")
    p.add_argument("--out", required=True, help="the PDF file to write")
    p.add_argument("--lang", choices=("en", "es"), default="en")
    p.add_argument("--large-print", action="store_true", help="body text at 18 pt or more")
    p.set_defaults(func=cmd_handout_topic)
    p = hsub.add_parser("topics", parents=[common], help="list the topic handouts")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_handout_topics)

    p = sub.add_parser("enroll", parents=[common],
                       help="enrol this store's device with the clinic's sync server")
    p.add_argument("--server", required=True, help="the server's address (https://...)")
    p.add_argument("--code", help="the one-time enrolment code (or HEARTH_ENROLL_CODE, or asked)")
    p.add_argument("--ca-file", help="the clinic's CA bundle (PEM), if its certificate is private")
    p.add_argument("--device-name", help="a name for this device (default: the host name)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_enroll)
    p = sub.add_parser("sync", parents=[common], help="sync once with the clinic's server")
    p.add_argument("--json", action="store_true",
                   help="print {pushed, pulled, conflicts, rejected, purged, ...} as JSON")
    p.set_defaults(func=cmd_sync)
    p = sub.add_parser("metrics", parents=[common],
                       help="the clinic's figures (readmissions, ED visits, ...) for a period",
                       description="Every figure with its definition. The period is whole "
                                   "days in UTC, both ends included; by default the last 12 "
                                   "months: from the first day of the month 11 months ago "
                                   "to today.")
    p.add_argument("--from", dest="date_from", metavar="DATE",
                   help="first day, YYYY-MM-DD (default: the 1st of the month 11 months "
                        "before --to)")
    p.add_argument("--to", dest="date_to", metavar="DATE",
                   help="last day, YYYY-MM-DD (default: today, UTC)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--monthly", action="store_true",
                   help="with --json: add each figure per month (\"monthly\")")
    p.add_argument("--csv", metavar="FILE",
                   help="write the figures and monthly trends (aggregates only) to a CSV")
    p.set_defaults(func=cmd_metrics)
    readings = sub.add_parser("readings", parents=[common],
                              help="remote monitoring: patient-reported readings")
    rsub = readings.add_subparsers(dest="readings_command", required=True, parser_class=_Parser)
    p = rsub.add_parser(
        "import", parents=[common], help="import readings from a CSV file for one patient",
        description="Columns (first line): date,measure,value[,unit,reported_by,method,note]. "
                    "measure: weight|bp|glucose|heart_rate|spo2|symptoms. Every row is "
                    "imported or none; a bad row is reported with its line number.")
    p.add_argument("file", help="the CSV file")
    p.add_argument("--patient", required=True, help="patient id, FHIR id or MRN")
    p.add_argument("--json", action="store_true", help="print a JSON summary")
    p.set_defaults(func=cmd_readings_import)
    time_ = sub.add_parser("time", parents=[common], help="care-management time (CCM, PCM, TCM)")
    tsub = time_.add_subparsers(dest="time_command", required=True, parser_class=_Parser)
    p = tsub.add_parser("export", parents=[common],
                        help="minutes per patient and program for a month, as CSV")
    p.add_argument("--month", required=True, help="the calendar month, YYYY-MM (local time)")
    p.add_argument("--out", help="file to write (default: standard output)")
    p.set_defaults(func=cmd_time_export)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.store = Path(getattr(args, "store", None) or default_store_dir())
    args.verbose = getattr(args, "verbose", False)
    setup_logging(verbose=args.verbose, to_stderr=args.command is not None)
    install_excepthook()
    try:
        return int(args.func(args) or 0)
    except CannotUnlockError as exc:
        print(f"hearth: {exc}", file=sys.stderr)
        return exc.exit_code
    except HearthError as exc:
        log.warning("%s: %s", type(exc).__name__, exc)
        print(f"hearth: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("hearth: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback shown
        log.error("unexpected error\n%s", safe_exception(exc))
        print(f"hearth: unexpected error; details are in {log_dir() / LOG_NAME}",
              file=sys.stderr)
        return EXIT_UNEXPECTED


if __name__ == "__main__":
    raise SystemExit(main())
