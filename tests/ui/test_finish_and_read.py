"""Finishing a lesson with activities left says what is left and asks; pictures are read out by their alt text;
the first start puts the keyboard in the name field; scores read as people write them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from literacy_app.content.render import render_markdown
from literacy_app.resources import bundled_lessons
from literacy_app.ui.activities.quiz_widget import QuizWidget
from literacy_app.ui.activities.scenario_widget import ScenarioWidget
from literacy_app.ui.app import build_window
from literacy_app.ui.lesson.prose_view import ProseView
from tests.conftest import FIXTURE_COURSE, click, gui_args
from tests.ui.design_course import STEPS, design_course


def open_look(qtbot, data_dir, tmp_path, step: str):
    window, _ = build_window(gui_args(data_dir, "--lessons", str(design_course(tmp_path)), "--profile", "Kim",
                                      "--lesson", "look", "--step", str(STEPS[step])))
    qtbot.addWidget(window)
    window.show()
    return window


def test_finish_lesson_with_activities_left_names_them_and_asks(qtbot, data_dir, tmp_path):
    window = open_look(qtbot, data_dir, tmp_path, "quiz")
    view = window.lesson_view
    quiz = view.scroll.widget().findChild(QuizWidget)
    quiz.questions[0].input.buttons[1].setChecked(True)
    click(qtbot, quiz.questions[0].submit_button)
    view.go_to(len(view.lesson.steps) - 1)
    assert view.next_button.text().startswith("Finish lesson")
    click(qtbot, view.next_button)
    box = view.finish_box
    assert box is not None and box.isVisible()
    for line in ("Step 2 “Check yourself”: Quiz: 4 of 5 questions not answered",
                 "Step 3 “Spot the cues”: Feed: not submitted yet",
                 "Step 4 “What would you do?”: Scenario: not played yet",
                 "Step 5 “Think about it”: Reflection: not written yet"):
        assert line in box.text()
    assert box.defaultButton() is view.keep_working_button
    click(qtbot, view.keep_working_button)
    qtbot.waitUntil(lambda: view.finish_box is None)
    assert view.step == 1  # back to the first thing left
    assert window.session.lesson_status().get("look") != "done"

    view.go_to(len(view.lesson.steps) - 1)
    click(qtbot, view.next_button)
    click(qtbot, view.finish_anyway_button)
    qtbot.waitUntil(lambda: view.finish_box is None)
    assert window.session.lesson_status()["look"] == "done"


def test_a_lesson_with_everything_done_finishes_without_a_question(qtbot, data_dir):
    window, _ = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE), "--profile", "Kim",
                                      "--lesson", "fixture-basics", "--step", "3"))
    qtbot.addWidget(window)
    window.show()
    view = window.lesson_view
    quiz = view.scroll.widget().findChild(QuizWidget)
    for question in quiz.questions:
        question.input.buttons[0].setChecked(True)
        click(qtbot, question.submit_button)
    view.go_to(3)
    scenario = view.scroll.widget().findChild(ScenarioWidget)
    while not scenario.finished:
        click(qtbot, scenario.choice_buttons[0])
    click(qtbot, view.next_button)
    assert view.finish_box is None  # nothing was asked
    assert window.session.lesson_status()["fixture-basics"] == "done"


def test_a_picture_is_read_out_by_its_alt_text_at_its_place(qtbot, data_dir):
    window, _ = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE), "--profile", "Kim",
                                      "--lesson", "fixture-basics", "--step", "2"))
    qtbot.addWidget(window)
    window.show()
    prose = window.lesson_view.scroll.widget().findChild(ProseView)
    described = QAccessible.queryAccessibleInterface(prose).text(QAccessible.Text.Description)
    assert "Picture: A loop." in described
    assert described.index("the creator does not know you") < described.index("Picture: A loop.")
    assert "\ufffc" not in described
    assert QAccessible.queryAccessibleInterface(prose).text(QAccessible.Text.Name) == "Lesson text: One-sided bonds"


def test_on_a_first_start_typing_a_name_just_works(qtbot, data_dir):
    window, _ = build_window(gui_args(data_dir, "--lessons", str(FIXTURE_COURSE)))
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    picker = window.picker
    assert QApplication.focusWidget() is picker.new_name
    assert picker.empty_state.isVisible() and not picker.tiles.isVisible()  # a picture and words, no empty box
    assert not picker.empty_picture.pixmap().isNull()
    qtbot.keyClicks(QApplication.focusWidget(), "Noor")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert window.session.profile.name == "Noor"


def test_partial_credit_reads_as_people_write_it(qtbot, data_dir, tmp_path):
    course = tmp_path / "thirds"
    (course / "thirds").mkdir(parents=True)
    (course / "thirds" / "lesson.md").write_text(
        "---\nid: thirds\ntitle: Thirds\nmodule: M\norder: 1\n---\n\n## Quiz\n\n::: quiz q\npass: 50\n\n"
        "### Tick the three right ones {#q1}\n- [x] One\n- [x] Two\n- [x] Three\n- [ ] Four\n\n"
        "### And this one {#q2}\n- [x] Yes\n- [ ] No\n:::\n", encoding="utf-8")
    window, _ = build_window(gui_args(data_dir, "--lessons", str(course), "--profile", "Kim", "--lesson", "thirds"))
    qtbot.addWidget(window)
    window.show()
    quiz = window.lesson_view.scroll.widget().findChild(QuizWidget)
    first, second = quiz.questions
    click(qtbot, first.input.buttons[0])
    click(qtbot, first.submit_button)
    assert first.result_label.text().startswith("◐ Partly right: 0.3 of 1 point.")
    click(qtbot, second.input.buttons[0])
    click(qtbot, second.submit_button)
    assert "Score: 1.3 of 2 points" in quiz.score_label.text()
    assert "(67%)" in quiz.score_label.text()


PICTURE_FREE = """# Sponsored or not?

A post says *"my favourite bottle"* and&nbsp;links to a shop.\\
The link pays the creator.

- a code in the caption
- a tag: **#ad**

| Cue | Found in |
|---|---|
| affiliate link | the caption |
| urgency | "only today" |

> Nobody told you it was paid.

```
SAVE20   at checkout
```
"""


def test_a_page_without_pictures_is_read_out_as_the_fragment_walk_reads_it(qtbot):
    # a page without pictures is described from its raw text: paragraphs, list items, a line break, table
    # cells and a quote each start a new line, exactly as when every fragment is walked
    pages = [PICTURE_FREE] + [path.read_text(encoding="utf-8") for path in sorted(bundled_lessons().rglob("*.md"))]
    for page in pages:
        view = ProseView(render_markdown(page), None)
        qtbot.addWidget(view)
        if "\ufffc" in view.document().toRawText():
            continue  # a picture: the walk itself describes it (test above)
        assert view.text_with_pictures() == view.walked_text()
    described = ProseView(render_markdown(PICTURE_FREE), None).text_with_pictures()
    assert described.split("\n")[:3] == ["Sponsored or not?", "A post says \"my favourite bottle\" and\xa0links to "
                                          "a shop.\u2028The link pays the creator.", "a code in the caption"]
    assert "affiliate link\nthe caption\nurgency" in described
