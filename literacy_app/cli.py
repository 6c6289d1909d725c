"""Command line entry point. Qt is imported only when the window is wanted."""

from __future__ import annotations

import argparse
import gc
import importlib
import sys

from literacy_app import __version__
from literacy_app.commands.arguments import add_class_arguments, add_data_dir_argument
from literacy_app.platform_check import check_before_qt

# subcommand -> module in literacy_app.commands with add_arguments(parser) and run(args) -> int
COMMANDS = {
    "check": ("check", "check lessons and report problems as path:line:col"),
    "selftest": ("selftest", "open a lesson, store an answer and read it back: proves an installation works"),
    "pack": ("pack", "check a folder of lessons and bundle them with their images as a .zip pack"),
    "install-pack": ("install_pack", "check a lesson pack and install it into the lessons folder"),
    "results": ("results", "export every learner's results (gradebook CSV, one row per attempt, or JSON)"),
    "demo": ("demo", "fill a data folder with a simulated class, to try the teacher view"),
    "class": ("class_status", "a class across several PCs: 'class status' lists each PC and when it last published"),
    "sync": ("sync", "send the queued xAPI statements to the district's Learning Record Store"),
    "export": ("export_learner", "everything the app holds about one learner, as one JSON file (a parent's request)"),
    "erase": ("erase", "erase one learner (or every learner inactive for N months) for good, after showing what goes"),
    "new": ("new", "write a starter lesson that uses every block type"),
    "import-gift": ("import_gift", "turn a Moodle GIFT question bank into a lesson"),
    "export-gift": ("export_gift", "write a lesson's quizzes as a Moodle GIFT question bank"),
    "import-moodle-xml": ("import_moodle_xml", "turn a Moodle XML question bank into a lesson (pictures too)"),
    "export-moodle-xml": ("export_moodle_xml", "write a lesson as a Moodle XML question bank"),
    "print": ("print_lesson", "print lessons to a PDF: worksheets, or with --answers an answer key for teachers"),
    "certificates": ("certificates", "write a certificate of completion (PDF) for each module a learner completed"),
}
QT_COMMANDS = {"selftest", "print", "certificates"}  # commands that need Qt (the window, or PDF writing)


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="literacy-app",
        description="Media Literacy Lab. Without a command it opens the app; commands: "
        + ", ".join(COMMANDS) + " (see 'literacy-app COMMAND --help').",
    )
    add_data_dir_argument(parser)
    add_class_arguments(parser)
    parser.add_argument("--lessons", action="append", default=[], metavar="DIR",
                        help="an extra folder of lessons, added to the bundled course (repeatable)")
    parser.add_argument("--profile", metavar="NAME", help="learn as this profile (created if new); skips the picker")
    parser.add_argument("--lesson", metavar="ID", help="open this lesson")
    parser.add_argument("--step", type=int, metavar="N", help="with --lesson: open this step (1-based)")
    parser.add_argument("--teacher", action="store_true",
                        help="show lessons as the teacher sees them, with teacher notes, in a throw-away session "
                        "(no PIN; nothing is stored); with --lesson and --screenshot, a picture for the docs")
    parser.add_argument("--open", choices=("progress", "review"),
                        help="with --profile: open My progress or a review session of the mistakes due today")
    parser.add_argument("--clock", metavar="ISO-DATE",
                        help="take this day as today, e.g. 2026-03-02, for the review schedule and the time stamps "
                        "(also the LITERACY_APP_CLOCK environment variable); for demos and checks")
    parser.add_argument("--language", metavar="CODE",
                        help="the app's language, e.g. es or fr (default: View > Language, then [ui] language in "
                        "literacy-app.ini, then the computer's); lessons keep their own language")
    parser.add_argument("--screenshot", metavar="FILE.png",
                        help="save a picture of the window and exit (works with QT_QPA_PLATFORM=offscreen)")
    parser.add_argument("--version", action="version", version=f"literacy-app {__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in COMMANDS:
        module_name, help_text = COMMANDS[argv[0]]
        module = importlib.import_module(f"literacy_app.commands.{module_name}")
        parser = argparse.ArgumentParser(prog=f"literacy-app {argv[0]}", description=help_text)
        module.add_arguments(parser)
        command_args = parser.parse_args(argv[1:])
        if argv[0] in QT_COMMANDS and (code := check_before_qt()):
            return code
        return int(module.run(command_args) or 0)
    args = gui_parser().parse_args(argv)
    if code := check_before_qt():  # on Linux: the system libraries Qt's X11 plugin needs
        return code
    # start-up makes many objects and frees few: no garbage collection until the first lesson is on screen
    # (the window collects once then, and enables it again)
    gc.disable()
    from literacy_app.ui.app import run_gui  # Qt only from here on

    return run_gui(args)
