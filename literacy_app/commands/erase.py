"""`literacy-app erase --learner NAME|ID [--yes]` and `erase --inactive-months N [--yes]`: erase for good.

Shows exactly what will go (rows per kind on this PC, the PCs of a class that still hold the learner, the
statements an LRS already has) and asks before erasing, unless --yes. See docs/security.md.
"""

from __future__ import annotations

import argparse
import sys
from contextlib import closing

from literacy_app.commands.arguments import add_class_arguments, add_data_dir_argument
from literacy_app.config import resolve_settings
from literacy_app.services.app_services import open_class_folder, open_privacy
from literacy_app.services.privacy import EraseOutcome, EraseRefused, LearnerChoice, PrivacyService
from literacy_app.store.db import open_database


def add_arguments(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--learner", metavar="NAME|ID", help="the learner's name, student id, profile id or uid")
    which.add_argument("--inactive-months", type=int, metavar="N",
                       help="every learner with no sign-in and no saved work for more than N months")
    parser.add_argument("--yes", action="store_true", help="erase without asking (for scripts)")
    add_data_dir_argument(parser)
    add_class_arguments(parser)


def find_learner(privacy: PrivacyService, text: str) -> LearnerChoice | None:
    """The one learner `text` names, or None after saying why (none, or several) on standard error."""
    found = privacy.find(text)
    if len(found) == 1:
        return found[0]
    if not found:
        print(f"No learner is called or numbered {text!r}.", file=sys.stderr)
    else:
        print(f"{len(found)} learners match {text!r}; give one of these ids:", file=sys.stderr)
        for choice in found:
            print(f"  {choice.uid}  {choice.name}  {choice.student_id}", file=sys.stderr)
    return None


def _confirm(question: str, yes: bool) -> bool:
    if yes:
        return True
    if not sys.stdin.isatty():
        print("Nothing was erased: add --yes to erase without being asked.", file=sys.stderr)
        return False
    return input(f"{question} Type yes to erase: ").strip().lower() == "yes"


def run(args: argparse.Namespace) -> int:
    settings = resolve_settings(args.data_dir, class_folder=args.class_folder, pc=args.pc)
    db, notice = open_database(settings.data_dir)
    with closing(db):
        if notice:
            print(notice, file=sys.stderr)
            return 1
        privacy = open_privacy(settings, db, open_class_folder(settings, db))
        if args.inactive_months is not None:
            return _erase_inactive(privacy, args.inactive_months, args.yes)
        learner = find_learner(privacy, args.learner)
        if learner is None:
            return 2
        inventory = privacy.inventory(learner.uid)
        print(f"Erasing {learner.name} ({learner.uid}) removes for good:")
        for label, count in inventory.kinds or [("nothing on this PC", 0)]:
            print(f"  {count:>6}  {label}")
        if inventory.other_pcs:
            print(f"  and their copies on {', '.join(inventory.other_pcs)}, erased when those PCs next read the "
                  "class folder")
        _say_sent(inventory.sent_statements, inventory.will_void)
        if inventory.refusal:
            print(inventory.refusal, file=sys.stderr)
            return 1
        if not _confirm(f"Erase {learner.name}?", args.yes):
            return 1
        try:
            outcome = privacy.erase(learner.uid)
        except EraseRefused as refused:
            print(refused, file=sys.stderr)
            return 1
        _report(outcome)
        return 0


def _erase_inactive(privacy: PrivacyService, months: int, yes: bool) -> int:
    if months < 1:
        print("--inactive-months needs a number of months, 1 or more.", file=sys.stderr)
        return 2
    learners = privacy.inactive(months)
    if not learners:
        print(f"No learner has been inactive for more than {months} month(s).")
        return 0
    print(f"{len(learners)} learner(s) inactive for more than {months} month(s):")
    for learner in learners:
        print(f"  {learner.name:<30} last seen {(learner.last_seen or 'never')[:10]}")
    if not _confirm(f"Erase these {len(learners)} learner(s) and all their work?", yes):
        return 1
    outcome = privacy.erase_inactive(months)
    _report(outcome)
    return 1 if outcome.refused else 0


def _say_sent(sent: list[str], will_void: bool) -> None:
    if not sent:
        return
    if will_void:
        print(f"{len(sent)} statement(s) already sent to the LRS: a voiding statement is queued for each.")
    else:
        print(f"{len(sent)} statement(s) were sent to an LRS, and no LRS is configured now: ask the district to "
              "void them by id (listed after erasing).")


def _report(outcome: EraseOutcome) -> None:
    for erased in outcome.erased:
        total = sum(erased.counts.values())
        print(f"Erased {erased.name}: {total} row(s) on this PC"
              + ("" if erased.vacuumed or not total else " (the file will be compacted at the next erase)"))
        if erased.sent_statements:
            print(f"  statements already sent to the LRS ({erased.voiding_queued} voiding statement(s) queued):")
            for statement_id in erased.sent_statements:
                print(f"    {statement_id}")
    for name, reason in outcome.refused:
        print(f"Not erased: {name}: {reason}", file=sys.stderr)
    if outcome.roster_problem:
        print(outcome.roster_problem, file=sys.stderr)
