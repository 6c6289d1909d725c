"""Command-line arguments several commands share (the app's own parser in cli.py uses them too)."""

from __future__ import annotations

import argparse


def add_data_dir_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", metavar="DIR", help="folder for the results database (default: per-user)")
