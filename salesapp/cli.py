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
    _add_user_parser(sub)
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
    if args.command == "user":
        return _user(args)
    if args.command == "notices":
        return _notices(args.out)
    from salesapp.app import StartOptions, run_gui

    return run_gui(StartOptions(database_url=args.db, demo=args.demo, smoke_test=args.smoke_test))


def _add_user_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    user = sub.add_parser(
        "user",
        help="staff accounts for scripted set-ups (acting as the database's first enabled administrator)",
        description="Passwords: pipe them on stdin (--password-stdin, or no password option at all); "
        "--password PASSWORD works too but shows the password to everyone who can list processes and "
        "keeps it in the shell history. A password given here must be changed at the first sign-in.",
    )
    verbs = user.add_subparsers(dest="verb", required=True)

    def verb(name: str, help_text: str, username: bool = True) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = verbs.add_parser(name, help=help_text)
        parser.add_argument("--db", dest="user_db", metavar="URL", required=True)
        if username:
            parser.add_argument("username", metavar="USERNAME")
        return parser

    def password_options(parser: argparse.ArgumentParser) -> None:
        how = parser.add_mutually_exclusive_group()
        how.add_argument("--password-stdin", action="store_true", help="read the password from stdin (safe)")
        how.add_argument(
            "--password", metavar="PASSWORD", help="the password in clear (unsafe: prefer stdin)"
        )

    add = verb("add", "add a staff account (the first one of a new database must be an administrator)")
    add.add_argument("--name", metavar="DISPLAY_NAME", default="", help="the name shown (the user name)")
    add.add_argument("--role", choices=("sales", "manager", "admin"), default="sales")
    password_options(add)
    verb("list", "list the staff accounts", username=False)
    set_role = verb("set-role", "change an account's role")
    set_role.add_argument("role", choices=("sales", "manager", "admin"))
    password_options(verb("set-password", "give an account a new password (changed at its next sign-in)"))
    verb("disable", "disable an account: it can no longer sign in, its records stay")
    verb("enable", "enable a disabled account again")
    verb("unlock", "let an account sign in again at once after too many wrong passwords")


def _read_password(args: argparse.Namespace) -> str:
    if args.password is not None:
        return str(args.password)
    if not args.password_stdin and sys.stdin.isatty():
        import getpass

        return getpass.getpass("Password: ")
    return sys.stdin.readline().rstrip("\r\n")


def _user(args: argparse.Namespace) -> int:
    from salesapp.domain.enums import Role
    from salesapp.domain.errors import SalesappError
    from salesapp.services.registry import connect

    try:
        services = connect(args.user_db)
    except SalesappError as exc:
        print(f"salesapp: {exc.message}", file=sys.stderr)
        return 2
    try:
        users = services.users.list_users()
        admins = [u for u in users if u.role is Role.ADMIN and u.active]
        if args.verb == "list":
            for u in users:
                state = "enabled" if u.active else "disabled"
                print(f"{u.username}\t{u.display_name}\t{u.role.value}\t{state}")
            return 0
        if args.verb == "add":
            password = _read_password(args)
            if not users:
                if args.role != "admin":
                    print(
                        "salesapp: the first account of a database must be an administrator", file=sys.stderr
                    )
                    return 2
                services.users.create_first_admin(args.username, args.name, password)
            else:
                services.users.create_user(admins[0], args.username, args.name, Role(args.role), password)
            print(f"added {args.username.casefold()} ({args.role})")
            return 0
        target = next((u for u in users if u.username == args.username.casefold()), None)
        if target is None or not admins:
            print(f"salesapp: no such user: {args.username}" if target is None else "salesapp: no enabled "
                  "administrator to act as", file=sys.stderr)  # fmt: skip
            return 2
        actor = admins[0]
        if args.verb == "set-role":
            services.users.set_role(actor, target.id, target.version, Role(args.role))
        elif args.verb == "set-password":
            services.staff.reset_password(actor, target.id, target.version, _read_password(args))
        elif args.verb == "unlock":
            services.users.sign_in_guard.unlock(actor, target.id)
        else:
            services.staff.set_active(actor, target.id, target.version, args.verb == "enable")
        print(f"{args.verb}: {target.username} done")
        return 0
    except SalesappError as exc:
        print(f"salesapp: {exc.message}", file=sys.stderr)
        return 2
    finally:
        services.close()


def _demo(args: argparse.Namespace) -> int:
    import time
    from pathlib import Path

    from salesapp.db.url import parse_database_url
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

    # A new SQLite file that the demo could not fill is removed (fill_demo rolls back its rows; the file
    # would hold an empty schema): a failed demo leaves nothing behind.
    created: Path | None = None
    try:
        address = parse_database_url(args.demo_db)
        if address.is_sqlite and address.path is not None and not address.path.exists():
            created = address.path
        services = connect(args.demo_db)
        try:
            counts = fill_demo(services.db, args.customers, args.orders, args.seed, progress=progress)
        finally:
            services.close()
    except BaseException as exc:
        if created is not None:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(str(created) + suffix).unlink(missing_ok=True)
        if isinstance(exc, SalesappError):
            print(f"salesapp: {exc.message}", file=sys.stderr)
            return 2
        if isinstance(exc, ValueError):
            print(f"salesapp: {exc}", file=sys.stderr)
            return 2
        raise
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
