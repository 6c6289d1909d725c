"""The pictures of docs/learner.md and the README: My progress, a review session, a printed page, presenter
mode and a certificate, from a learner who worked through part of the bundled course.

    Xvfb :95 -screen 0 1366x768x24 &
    DISPLAY=:95 QT_QPA_PLATFORM=xcb .venv/bin/python tools/learner_screenshots.py docs/images

The learner's work is made through the app's own services on simulated days (2-9 March 2026); My progress
and the review session are then pictured with the app's `--open ... --clock ... --screenshot`, the printed
page with `literacy-app print` and pdftoppm (poppler-utils), presenter mode and the certificate directly.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from literacy_app.clock import clock  # noqa: E402
from literacy_app.content.blocks import type_of  # noqa: E402
from literacy_app.services.app_services import build_services  # noqa: E402

LEARNER = "Maya Lindqvist"
TODAY = "2026-03-12"
# lesson id -> (day of March, question ids answered wrongly, posts whose cues are missed, completed)
PLAN = {
    "parasocial-pre-test": (2, {"q-pre-closeness", "q-pre-gift-label", "q-pre-code", "q-pre-escalation",
                                "q-pre-fomo", "q-pre-secret-chat", "q-pre-companion", "q-pre-deepfake"}, set(), True),
    "what-is-parasocial": (3, {"q-history", "q-signs", "q-one-reply"}, set(), True),
    "illusion-of-intimacy": (5, {"q-techniques"}, {"post-besties", "post-pyjamas"}, True),
    "sponsorship-and-ethics": (9, set(), set(), False),
}
MINUTES = {"parasocial-pre-test": 14, "what-is-parasocial": 38, "illusion-of-intimacy": 45,
           "sponsorship-and-ethics": 12}


def response(question, right: bool):
    """What the learner answered: the key, or a plausible mistake."""
    kind, choices = question.kind, question.choices
    if kind in ("single", "true-false", "multiple"):
        good = [i for i, c in enumerate(choices) if c.correct]
        bad = [i for i, c in enumerate(choices) if not c.correct]
        if right or not bad:
            return good if kind == "multiple" else good[:1]
        return good[:1] + bad[:1] if kind == "multiple" else bad[:1]
    if kind == "short":
        return next(c.text for c in choices if c.correct) if right else "I am not sure"
    if kind == "order":
        order = list(range(len(choices)))
        return order if right else order[1:2] + order[:1] + order[2:]
    if kind == "match":
        rights = [r for _, r in question.pairs]
        return rights if right else rights[1:2] + rights[:1] + rights[2:]
    return ""


def make_learner(data_dir: Path) -> None:
    services = build_services(str(data_dir))
    session, learner = services.session, services.learner
    session.choose_profile(session.profile_named(LEARNER))
    for lesson_id, (day, wrong, missed, complete) in PLAN.items():
        lesson = services.library.lesson(lesson_id)
        if lesson is None:
            print(f"{lesson_id}: not in the course, left out", file=sys.stderr)
            continue
        moment = datetime(2026, 3, day, 15, 0, tzinfo=timezone.utc)
        with clock(lambda moment=moment: moment):
            last = len(lesson.steps) - 1 if complete else min(2, len(lesson.steps) - 1)
            for index, step in enumerate(lesson.steps[:last + 1]):
                session.set_position(lesson, index)
                for block in step.items:
                    kind = type_of(block)
                    if kind is None or not complete and index == last:
                        continue
                    if kind.name == "quiz":
                        for question in block.questions:
                            session.answer_question(lesson, block, question,
                                                    response(question, question.id not in wrong))
                    elif kind.name == "feed":
                        session.submit(lesson, block, {post.id: [] if post.id in missed else list(post.cues)
                                                       for post in block.posts})
                    elif kind.name == "scenario":
                        path, node = [block.start], block.node(block.start)
                        while node is not None and not node.is_ending and node.choices:
                            path.append(node.choices[-1].target)
                            node = block.node(path[-1])
                        session.finish_scenario(lesson, block, path, [], moment.isoformat())
                    elif kind.name == "reflection":
                        session.save_reflection(lesson, block.id, "I follow a streamer every day and I feel "
                                                                  "like I know her, but she does not know me.")
            if complete:
                session.complete_lesson(lesson)
            learner.add_time(lesson.id, MINUTES[lesson_id] * 60)
    learner.scan_mistakes()
    services.db.close()


def app(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "literacy_app", *args], check=True, cwd=ROOT)


def presenter_and_certificate(out: Path, data_dir: Path) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from literacy_app.content.library import load_library
    from literacy_app.resources import bundled_lessons
    from literacy_app.services.learner import CertificateData
    from literacy_app.ui.learner.certificate import write_certificate
    from literacy_app.ui.look.style import apply_style
    from literacy_app.ui.presenter.presenter_window import PresenterWindow
    from literacy_app.ui.presenter.slides import build_deck

    application = QApplication.instance() or QApplication([])
    apply_style(application)
    lesson = load_library([bundled_lessons()]).lesson("what-is-parasocial")
    deck = build_deck(lesson)
    window = PresenterWindow(deck, base_pt=12.0)
    window.resize(1366, 768)
    window.show()
    window.go_to(next(i for i, slide in enumerate(deck.slides) if slide.kind == "scenario"))
    window.view.choose(1)
    QTest.qWait(500)
    window.grab().save(str(out / "presenter-mode.png"))
    window.close()
    pdf = data_dir / "certificate.pdf"
    write_certificate(pdf, CertificateData(LEARNER, "Parasocial relationships", datetime(2026, 3, 26).date(),
                                           [lesson.title for lesson in load_library([bundled_lessons()]).lessons],
                                           78.0, "Hill Street School"))
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", str(pdf), str(out / "certificate")], check=True)


def answered_review(out: Path, data_dir: Path) -> None:
    """The first item of the review answered as it stands: the verdict, the explanation, when it comes back."""
    from PySide6.QtTest import QTest

    from literacy_app.cli import gui_parser
    from literacy_app.services.learner import shifted_clock
    from literacy_app.ui.app import build_window

    with clock(shifted_clock(TODAY)):
        args = gui_parser().parse_args(["--data-dir", str(data_dir), "--profile", LEARNER, "--open", "review"])
        window, _notice = build_window(args)
        window.show()
        QTest.qWait(300)
        page = window.learner_room.review_page
        page.question.submit_button.click()
        QTest.qWait(300)
        window.grab().save(str(out / "learner-review-answered.png"))
        window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the folder for the pictures (docs/images)")
    out = parser.parse_args().out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        make_learner(data_dir)
        common = ["--data-dir", str(data_dir), "--profile", LEARNER, "--clock", TODAY]
        app(*common, "--open", "progress", "--screenshot", str(out / "learner-progress.png"))
        app(*common, "--open", "review", "--screenshot", str(out / "learner-review.png"))
        pdf = Path(folder) / "lesson.pdf"
        app("print", "what-is-parasocial", "-o", str(pdf))
        page = next(n for n in range(1, 30) if "Choose your path" in subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"], capture_output=True, text=True).stdout)
        subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                        str(out / "printed-page")], check=True)
        presenter_and_certificate(out, data_dir)
        answered_review(out, data_dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
