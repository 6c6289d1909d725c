"""The screenshots of docs/authoring.md's walkthrough, taken from the real author mode on a 1366x768 screen.

Run under an X server of that size (a virtual one is fine), from the project folder:

    Xvfb :99 -screen 0 1366x768x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb python tools/author_screenshots.py docs/images

Each picture is the whole screen (ImageMagick's `import -window root`), reduced to 128 colours (small
files for the repository).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QDialog

from literacy_app.services.authoring import make_pack
from literacy_app.ui.look.style import apply_style

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images")
APP = QApplication(sys.argv[:1])
apply_style(APP)

from literacy_app.ui.author.author_window import AuthorWindow  # noqa: E402  (after the QApplication)
from literacy_app.ui.author.context import AuthorContext  # noqa: E402
from literacy_app.ui.author.feed_post_form import FeedPostForm  # noqa: E402
from literacy_app.ui.author.image_dialog import ImageDialog  # noqa: E402
from literacy_app.ui.author.question_form import QuestionForm  # noqa: E402
from literacy_app.ui.author.summary_dialog import SummaryDialog  # noqa: E402


def settle(seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        APP.processEvents()
        time.sleep(0.02)


def shot(name: str) -> None:
    settle()
    target = OUT / f"{name}.png"
    subprocess.run(["import", "-window", "root", "+dither", "-colors", "128", str(target)], check=True)
    print(target)


def over(name: str, dialog: QDialog) -> None:
    dialog.open()
    shot(name)
    dialog.reject()
    settle(0.1)


def line_of(window: AuthorWindow, text: str) -> int:
    return next(n for n, line in enumerate(window.editor.toPlainText().split("\n"), 1) if text in line)


def a_picture(path: Path) -> Path:
    image = QImage(640, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#dce8f5"))
    painter = QPainter(image)
    painter.fillRect(220, 40, 200, 320, QColor("#2d3e50"))
    painter.fillRect(235, 70, 170, 240, QColor("#ffffff"))
    painter.setPen(QColor("#b00020"))
    painter.drawText(250, 290, "#ad")
    painter.end()
    image.save(str(path))
    return path


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="teacher-"))
    course = work / "Documents" / "Media Literacy Lab lessons"
    course.mkdir(parents=True)
    window = AuthorWindow(context=AuthorContext(recovery_dir=work / "recovery"))
    window.show()
    window.setGeometry(0, 0, 1366, 768)  # the whole screen, as a maximised window
    shot("author-start")

    window.new_lesson()
    form = window.new_dialog
    form.folder = course
    form._read_folder()
    form.title.setText("Spotting sponsored posts")
    form.module.setCurrentText("Media literacy")
    shot("author-new-lesson")
    form.accept()
    settle()
    window.statusBar().clearMessage()  # it names the temporary folder
    window.editor.go_to(line_of(window, "### What starts a new step"))
    shot("author-window")

    window.editor.go_to(line_of(window, "Write the text learners read"))
    picture = ImageDialog(window)
    picture.set_source(a_picture(work / "sponsored post.png"))
    picture.alt.setText("A phone showing a post that ends with #ad")
    over("author-picture", picture)

    question = QuestionForm({"q-step"}, window)
    question.prompt.setText("Which post is an ad?")
    question.choices.rows[0][0].setChecked(True)
    question.choices.rows[0][1].setText("The one that ends with #ad")
    question.choices.rows[1][1].setText("The one from a classmate")
    question.choices.rows[1][2].setText("Classmates are not paid to post.")
    question.hint.setText("Look at the end of each post.")
    over("author-question", question)

    post = FeedPostForm(set(), ["urgency", "engagement-bait", "affiliate-link"], window)
    post.author.setText("Kim Example")
    post.handle.setText("@kim.example")
    post.text.setPlainText("Use my code KIM10 for 10% off, today only!")
    post.cue_boxes["affiliate-link"].setChecked(True)
    post.cue_boxes["urgency"].setChecked(True)
    post.explanation.setText("The code earns Kim money, and 'today only' hurries you.")
    over("author-feed-post", post)

    hint = line_of(window, "Hint: Look at the headings")
    window.editor.go_to(hint, 1)
    window.editor.textCursor().insertText("Explaination: a typo\n")  # as if typed
    window.update_preview()
    window.editor.go_to(hint, 1)
    shot("author-problem")
    window.editor.undo()
    window.update_preview()

    window.editor.go_to(line_of(window, "Timing: 5 min reading"))
    window.preview_pane.teacher_button.setChecked(True)
    shot("author-preview-teacher")
    window.preview_pane.learner_button.setChecked(True)

    window.save()
    window.check_folder()
    window.editor.go_to(1)
    shot("author-course-check")

    summary = make_pack(course, work / "Documents" / "media-literacy.zip")
    over("author-pack", SummaryDialog(window.tr("Lesson pack"), summary, window))
    window.editor.document().setModified(False)
    window.close()


if __name__ == "__main__":
    main()
