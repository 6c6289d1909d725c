"""`literacy-app sync [--data-dir DIR] --endpoint URL --user USER --password PASSWORD`: send the xAPI outbox.

Sends every waiting statement to the Learning Record Store and prints what happened. Running it again
sends nothing new. Endpoint and credentials may also come from the config file ([lrs] endpoint, user,
password) or from the teacher's settings in the app.
"""

from __future__ import annotations

import argparse
import sys

from literacy_app.commands.arguments import add_data_dir_argument
from literacy_app.config import resolve_settings
from literacy_app.store.db import open_database
from literacy_app.store.lrs_client import LrsClient
from literacy_app.store.lrs_sender import DEFAULT_BATCH_SIZE, deliver, resolve_connection
from literacy_app.store.outbox import Outbox


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_data_dir_argument(parser)
    parser.add_argument("--endpoint", metavar="URL",
                        help="the LRS's xAPI base, e.g. http://127.0.0.1:8100/xAPI/ (default: from the config)")
    parser.add_argument("--user", metavar="USER", help="the LRS user for basic authentication")
    parser.add_argument("--password", metavar="PASSWORD", help="the LRS password for basic authentication")
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE, metavar="N",
                        help=f"statements per request (default {DEFAULT_BATCH_SIZE})")
    parser.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                        help="give up on one request after this long (default 30)")


def run(args: argparse.Namespace) -> int:
    if args.batch_size < 1:
        print("--batch-size must be at least 1", file=sys.stderr)
        return 2
    settings = resolve_settings(args.data_dir)
    db, notice = open_database(settings.data_dir)
    if notice:
        print(notice, file=sys.stderr)
    try:
        outbox = Outbox(db)
        connection = resolve_connection(settings.lrs_endpoint, settings.lrs_user, settings.lrs_password, outbox,
                                        args.endpoint, args.user, args.password)
        if connection is None:
            print("No LRS is set: give --endpoint URL (with --user and --password), or set [lrs] endpoint "
                  "in the config file.", file=sys.stderr)
            return 2
        waiting = outbox.status().pending
        print(f"Sending {waiting} waiting statement(s) to {connection.endpoint} …", file=sys.stderr)
        client = LrsClient(connection.endpoint, connection.user, connection.password, timeout=args.timeout)
        report = deliver(outbox, client, args.batch_size)
        status = outbox.status()
    finally:
        db.close()
    print(f"sent: {report.sent}")
    print(f"already in the LRS: {report.already_stored}")
    print(f"rejected: {report.rejected}")
    print(f"still waiting: {report.pending}")
    print(f"delivered in total: {status.sent} of {status.total}")
    if report.rejected:
        print("Some statements were refused for good; the teacher view lists why.", file=sys.stderr)
    if report.error:
        print(f"Stopped early: {report.error}. The rest stays queued; run sync again later.", file=sys.stderr)
        return 1
    return 0
