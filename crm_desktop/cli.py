"""The command line (SPEC §6.1). Exit codes: 0 success, 2 bad input, 1 unexpected error."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from crm_desktop import __version__
from crm_desktop.services.errors import DomainError

EXIT_OK, EXIT_UNEXPECTED, EXIT_BAD_INPUT = 0, 1, 2
IMPORT_KINDS = ("customers", "tickets", "surveys")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 on bad arguments, as SPEC §6.1 wants
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    db_help = "database file path or SQLAlchemy URL (default: crm.db in the user data folder)"
    parser = _Parser(prog="crm-desktop", description="Property CRM Desktop (物业客户关系管理)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", help=db_help)
    parser.add_argument(
        "--lang", choices=("zh_CN", "en"), default=None,
        help="interface language (default: the one chosen in Settings, else zh_CN)",
    )
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    def sub(name: str, help_text: str) -> argparse.ArgumentParser:
        command = commands.add_parser(name, help=help_text)
        command.add_argument("--db", default=argparse.SUPPRESS, help=db_help)
        return command

    demo = sub("demo", "create a realistic demo database")
    demo.add_argument("--households", type=int, default=500)
    demo.add_argument("--months", type=int, default=24)
    demo.add_argument("--seed", type=int, default=1)

    import_cmd = sub("import", "import a spreadsheet (.xlsx or .csv, SPEC §6.2)")
    import_cmd.add_argument("kind", choices=IMPORT_KINDS)
    import_cmd.add_argument("file", type=Path)

    export_cmd = sub("export", "export to .xlsx (personal data masked unless --unmasked)")
    export_cmd.add_argument("kind", choices=IMPORT_KINDS)
    export_cmd.add_argument("file", type=Path)
    export_cmd.add_argument("--unmasked", action="store_true", help="write ID numbers and phones in clear")

    metrics = sub("metrics", "print every SPEC §4 metric of one month as JSON")
    metrics.add_argument("--month", required=True, help="YYYY-MM")

    report = sub("report", "write the monthly satisfaction or retention report as a PDF (SPEC §5)")
    report.add_argument("kind", choices=("satisfaction", "retention"))
    report.add_argument("--month", required=True, help="YYYY-MM")
    report.add_argument("--out", required=True, type=Path, help="the PDF file to write")
    report.add_argument("--lang", choices=("zh_CN", "en"), default=argparse.SUPPRESS, help="report language")

    backup = sub("backup", "copy a SQLite database into a checked backup file (PostgreSQL: use pg_dump)")
    backup.add_argument("--out", required=True, type=Path, help="the backup file to write")
    restore = sub("restore", "replace the database with a checked backup, keeping a copy of it beside it")
    restore.add_argument("--from", dest="source", required=True, type=Path, help="the backup file")
    sub("check", "check the database pages, foreign keys and audit chain; exit 2 when a problem is found")
    return parser


def _print_progress(done: int, total: int, message: str) -> None:
    if sys.stderr.isatty():
        print(f"\r{message} {done}/{total}", end="", file=sys.stderr, flush=True)


def _spreadsheet_functions(kind: str):
    """Imported on demand: the spreadsheet code is not needed for the other commands."""
    if kind == "tickets":
        from crm_desktop.services.ticket_io import export_tickets, import_tickets

        return import_tickets, export_tickets
    if kind == "surveys":
        from crm_desktop.services.survey_io import export_survey_responses, import_survey_responses

        return import_survey_responses, export_survey_responses
    from crm_desktop.services.customer_io import export_customers, import_customers

    return import_customers, export_customers


def run_command(args: argparse.Namespace) -> int:
    from crm_desktop.models.database import open_database, require_existing_database
    from crm_desktop.services.principal import operating_system_principal
    from crm_desktop.services.progress import Progress

    principal = operating_system_principal()
    if args.command in ("backup", "restore", "check"):
        return _data_safety_command(args, principal)
    if args.command in ("export", "metrics", "report"):
        require_existing_database(args.db)  # reading a mistyped path must not create an empty office database
    db = open_database(args.db)
    try:
        progress = Progress(report=_print_progress)
        if args.command == "demo":
            from crm_desktop.services.demo import generate_demo

            summary = generate_demo(db, households=args.households, months=args.months, seed=args.seed,
                                    progress=progress)
            if sys.stderr.isatty():
                print(file=sys.stderr)
            print(f"Demo database ready: {db.display_name}")
            print(summary)
        elif args.command == "import":
            if not args.file.is_file():
                raise DomainError(f"{args.file}: no such file")
            importer = _spreadsheet_functions(args.kind)[0]
            result = importer(db, principal, args.file, progress)
            print(f"{args.file}: {result}")
        elif args.command == "export":
            exporter = _spreadsheet_functions(args.kind)[1]
            count = exporter(db, principal, args.file, args.unmasked, progress)
            print(f"{count} rows written to {args.file}")
        elif args.command == "report":
            from crm_desktop.reports.monthly import write_monthly_report
            from crm_desktop.services.metrics import parse_month

            month = parse_month(args.month)
            if args.out.suffix.lower() != ".pdf":
                raise DomainError(f"{args.out}: the report is a PDF; give a file name ending in .pdf")
            if month > date.today():
                raise DomainError(f"{month:%Y-%m} has not begun yet; give a month up to this one")
            try:
                path = write_monthly_report(db, args.kind, month, args.out, args.lang or "zh_CN", progress)
            except OSError as exc:
                raise DomainError(f"{args.out}: the report cannot be written there ({exc.strerror or exc})") from exc
            from crm_desktop.services.audit import AuditService

            AuditService(db, principal).record("export", "report", f"{args.kind}:{month:%Y-%m}", path.name)
            if sys.stderr.isatty():
                print(file=sys.stderr)
            print(f"{args.kind} report for {month:%Y-%m} written to {path}")
        elif args.command == "metrics":
            import json

            from crm_desktop.services.metrics import month_metrics, parse_month

            month = parse_month(args.month)
            if month > date.today():
                raise DomainError(f"{month:%Y-%m} has not begun yet; give a month up to this one")
            print(json.dumps(month_metrics(db, month).to_json_dict(), ensure_ascii=False, indent=2))
    finally:
        db.dispose()
    return EXIT_OK


def _data_safety_command(args: argparse.Namespace, principal) -> int:
    """backup, restore, check: they work on the file as it is (no upgrade) and on a damaged one too."""
    from crm_desktop.models.database import open_existing_database
    from crm_desktop.services import backup
    from crm_desktop.services.integrity import check_database
    from crm_desktop.services.progress import Progress

    progress = Progress(report=_print_progress)
    if args.command == "restore":
        result = backup.restore_location(args.db, principal, args.source, progress)
        if sys.stderr.isatty():
            print(file=sys.stderr)
        print(f"Restored {result.info.path} ({result.info.customers} customers, {result.info.tickets} tickets)")
        if result.kept_copy is not None:
            print(f"The database as it was before is kept as {result.kept_copy}")
        return EXIT_OK
    db = open_existing_database(args.db)
    try:
        if args.command == "backup":
            path = backup.backup_database(db, principal, args.out, progress)
            if sys.stderr.isatty():
                print(file=sys.stderr)
            print(f"Backup of {db.display_name} written to {path} ({path.stat().st_size:,} bytes)")
            return EXIT_OK
        report = check_database(db, progress)
        print("\n".join(report.lines()))
        if not report.ok:
            print(f"crm-desktop: {db.display_name}: problems found (see above)", file=sys.stderr)
            return EXIT_BAD_INPUT
        return EXIT_OK
    finally:
        db.dispose()


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from crm_desktop.services.log_privacy import install_log_privacy

    install_log_privacy()  # no ID numbers or phones in clear in any log output
    try:
        if args.command is None:
            from crm_desktop.ui.app import run_gui

            return run_gui(args.db, args.lang)
        return run_command(args)
    except DomainError as exc:
        print(f"crm-desktop: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # output piped into `head` and the like: not an error of ours
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print("crm-desktop: interrupted; nothing half-written was kept", file=sys.stderr)
        return EXIT_UNEXPECTED
    except Exception:
        print("crm-desktop: unexpected error, please report it:", file=sys.stderr)
        traceback.print_exc()
        return EXIT_UNEXPECTED


if __name__ == "__main__":
    raise SystemExit(main())
