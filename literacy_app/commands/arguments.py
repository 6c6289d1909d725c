"""Command-line arguments several commands share (the app's own parser in cli.py uses them too)."""

from __future__ import annotations

import argparse


def add_data_dir_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", metavar="DIR", help="folder for the results database (default: per-user)")


def add_class_arguments(parser: argparse.ArgumentParser) -> None:
    """--class-folder and --pc: a class whose learners use several PCs (the same as [class] in the config)."""
    parser.add_argument("--class-folder", metavar="DIR",
                        help="the class's shared folder: this PC publishes its work there and reads the others'")
    parser.add_argument("--pc", metavar="NAME", help="this PC's name in the class folder (default: the host name)")
