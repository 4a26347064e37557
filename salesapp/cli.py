"""Command line: `salesapp` starts the window; subcommands serve scripts and checks."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from salesapp import __version__


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for the GUI options and every subcommand."""
    parser = argparse.ArgumentParser(
        prog="salesapp", description="Sales follow-up CRM for small online shops."
    )
    parser.add_argument("--version", action="version", version=f"salesapp {__version__}")
    parser.add_argument("--db", metavar="URL", help="database: sqlite:///path or postgresql://user@host/db")
    parser.add_argument("--demo", action="store_true", help="start on a fresh local demo database")
    parser.add_argument(
        "--smoke-test", action="store_true", help="open a temporary database, show the window, exit"
    )
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="fill a database with demo data (1M orders in about a minute)")
    demo.add_argument("--db", dest="demo_db", metavar="URL", required=True)
    demo.add_argument("--customers", type=int, default=300, metavar="N", help="customers to add (300)")
    demo.add_argument("--orders", type=int, default=1500, metavar="M", help="orders to add (1500)")
    demo.add_argument("--seed", type=int, default=7, metavar="S", help="random seed: same seed, same data")
    bench = sub.add_parser("bench", help="measure list speed on a database beside naive baselines")
    bench.add_argument("--db", dest="bench_db", metavar="URL", required=True)
    bench.add_argument("--json", action="store_true", help="one JSON object per metric")
    bench.add_argument("--runs", type=int, default=20)
    bench.add_argument("--no-baseline", action="store_true", help="skip the slow naive baselines")
    bench.add_argument(
        "--backup",
        choices=("also", "only"),
        default="off",
        help="also (or only) time backup and restore beside the sqlite3 backup API / pg_dump (slow)",
    )
    backup = sub.add_parser(
        "backup", help="write a backup file of a database (one consistent snapshot; others keep working)"
    )
    backup.add_argument("--db", dest="backup_db", metavar="URL", required=True)
    backup.add_argument("--to", dest="backup_to", metavar="FILE", required=True, help="the file to write")
    restore = sub.add_parser("restore", help="restore a backup file into a new, empty database")
    restore.add_argument("file", metavar="FILE", help="the backup file")
    restore.add_argument("--db", dest="restore_db", metavar="URL", required=True, help="the new database")
    migrate = sub.add_parser("migrate", help="create or upgrade the database schema and exit")
    migrate.add_argument("--db", dest="migrate_db", metavar="URL", required=True)
    extract = sub.add_parser(
        "extract-contact", help="read one chat message on stdin, print its phones and address as JSON"
    )
    extract.add_argument("--country", choices=("TH", "VN"), required=True, help="the message's country")
    notices = sub.add_parser(
        "notices", help="print the licences of the bundled libraries (third-party notices)"
    )
    notices.add_argument("--out", metavar="FILE", help="write them to FILE (UTF-8) instead of printing")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `salesapp` command."""
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.command == "demo":
        return _demo(args)
    if args.command == "bench":
        from salesapp.bench.runner import main as bench_main

        return bench_main(args.bench_db, args.json, args.runs, not args.no_baseline, args.backup)
    if args.command == "backup":
        return _backup(args.backup_db, args.backup_to)
    if args.command == "restore":
        return _restore(args.file, args.restore_db)
    if args.command == "migrate":
        return _migrate(args.migrate_db)
    if args.command == "extract-contact":
        return _extract_contact(args.country)
    if args.command == "notices":
        return _notices(args.out)
    from salesapp.app import StartOptions, run_gui

    return run_gui(StartOptions(database_url=args.db, demo=args.demo, smoke_test=args.smoke_test))


def _demo(args: argparse.Namespace) -> int:
    import time

    from salesapp.demo.demo import fill_demo
    from salesapp.domain.errors import SalesappError
    from salesapp.services.registry import connect

    started = time.perf_counter()
    report_every = 100_000
    next_report = report_every

    def progress(stage: str, done: int, total: int) -> None:
        nonlocal next_report
        elapsed = time.perf_counter() - started
        if stage == "customers" and done == total:
            print(f"{done:,} customers written ({elapsed:.1f} s)", file=sys.stderr, flush=True)
        elif stage == "orders" and (done >= next_report or done == total):
            print(f"{done:,} / {total:,} orders written ({elapsed:.1f} s)", file=sys.stderr, flush=True)
            next_report = (done // report_every + 1) * report_every

    try:
        services = connect(args.demo_db)
        try:
            counts = fill_demo(services.db, args.customers, args.orders, args.seed, progress=progress)
        finally:
            services.close()
    except SalesappError as exc:
        print(f"salesapp: {exc.message}", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"salesapp: {exc}", file=sys.stderr)
        return 2
    elapsed = time.perf_counter() - started
    print(
        f"demo data written: {counts.customers:,} customers, {counts.orders:,} orders, "
        f"{counts.order_lines:,} order lines, {counts.activities:,} activities; "
        f"{counts.rows:,} rows in {elapsed:.1f} s ({counts.rows / max(elapsed, 1e-9):,.0f} rows/s)"
    )
    return 0


def _migrate(url: str) -> int:
    from salesapp.domain.errors import SalesappError
    from salesapp.services.registry import connect

    try:
        services = connect(url)
    except SalesappError as exc:
        print(f"salesapp: {exc.message}", file=sys.stderr)
        return 2
    print(f"schema up to date; migrations applied now: {list(services.db.migrated) or 'none'}")
    return 0


def _stage_printer() -> Callable[[str, int, int], None]:
    """Progress of a backup or restore on stderr: each stage once, with its size."""
    shown: set[str] = set()

    def progress(stage: str, done: int, total: int) -> None:
        if stage not in shown:
            shown.add(stage)
            print(f"{stage}: {total:,} rows" if total > 1 else stage, file=sys.stderr, flush=True)

    return progress


def _backup(url: str, to: str) -> int:
    """`salesapp backup --db URL --to FILE` (a server's password: in the URL or PGPASSWORD)."""
    from salesapp.domain.errors import SalesappError
    from salesapp.services.registry import connect

    try:
        services = connect(url)
        try:
            result = services.backups.back_up(None, to, _stage_printer())
            services.backups.record(None, result)
        finally:
            services.close()
    except SalesappError as exc:
        print(f"salesapp: {exc.message}", file=sys.stderr)
        return 2
    print(
        f"backup written: {result.path} ({result.size_bytes:,} bytes, {result.tables} tables, "
        f"{result.rows:,} rows) in {result.seconds:.1f} s"
    )
    return 0


def _restore(file: str, url: str) -> int:
    """`salesapp restore FILE --db URL`: into a new, empty database only."""
    from salesapp.domain.errors import SalesappError
    from salesapp.services.backup.restore_service import restore_backup

    try:
        result = restore_backup(file, url, None, _stage_printer())
    except SalesappError as exc:
        print(f"salesapp: {exc.message}", file=sys.stderr)
        return 2
    print(
        f"restored into {result.target}: {result.tables} tables, {result.rows:,} rows, "
        f"schema {result.schema_version}, in {result.seconds:.1f} s"
    )
    return 0


def _extract_contact(country: str) -> int:
    import json

    from salesapp.domain.contact.contact_extract import extract_contact

    if sys.stdin is None or sys.stdout is None:  # a windowed build started without a console
        return 2
    # Bytes in and out: UTF-8 whatever the console's code page or locale.
    message = sys.stdin.buffer.read().decode("utf-8")
    result = extract_contact(message, country)
    sys.stdout.buffer.write(json.dumps(result.as_json(), ensure_ascii=False).encode("utf-8") + b"\n")
    sys.stdout.buffer.flush()
    return 0


def _notices(out: str | None) -> int:
    from salesapp.notices import third_party_notices, write_notices

    if out:
        print(f"third-party notices written to {write_notices(out)}")
        return 0
    if sys.stdout is None:  # a windowed build started without a console
        return 2
    sys.stdout.buffer.write(third_party_notices().encode("utf-8"))
    sys.stdout.buffer.flush()
    return 0
