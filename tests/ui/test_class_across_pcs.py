"""Three PCs (three data folders) sharing one class folder, driven through the real window: a learner starts
on PC A, picks her tile on PC B and carries on; the teacher on PC C sees both parts of her work."""

from __future__ import annotations

from PySide6.QtCore import Qt

from literacy_app.ui.activities.quiz_widget import QuizWidget
from literacy_app.ui.app import build_window
from tests.conftest import FIXTURE_COURSE, click, gui_args
from tests.ui.test_teacher_mode import enter_teacher_mode


def pc_window(qtbot, tmp_path, pc: str, *extra: str):
    window, _ = build_window(gui_args(tmp_path / pc, "--lessons", str(FIXTURE_COURSE), "--class-folder",
                                      str(tmp_path / "class"), "--pc", pc, *extra))
    qtbot.addWidget(window)
    window.show()
    return window


def tile(picker, name: str):
    for row in range(picker.tiles.count()):
        if picker.tiles.item(row).text() == name:
            return picker.tiles.item(row)
    return None


def answer_the_quiz(qtbot, window) -> None:
    window.open_lesson("fixture-basics", 2)
    quiz = window.lesson_view.scroll.widget().findChild(QuizWidget)
    if quiz.finished:
        click(qtbot, quiz.retry_button)
        quiz = window.lesson_view.scroll.widget().findChild(QuizWidget)
    for question in quiz.questions:
        click(qtbot, question.input.buttons[0])
        click(qtbot, question.submit_button)


def test_a_learner_moves_from_pc_a_to_pc_b_and_the_teacher_on_pc_c_sees_it_all(qtbot, tmp_path):
    a = pc_window(qtbot, tmp_path, "pc-a")
    qtbot.keyClicks(a.picker.new_name, "Ana")
    qtbot.keyClick(a.picker.new_name, Qt.Key.Key_Return)
    answer_the_quiz(qtbot, a)  # a whole attempt (an unfinished one stays with the PC it was started on)
    a.close()  # the end of the lesson on Monday: published at exit
    assert (tmp_path / "class" / "pcs" / "pc-a.sqlite3").is_file()

    b = pc_window(qtbot, tmp_path, "pc-b")  # Wednesday, another PC
    ana = tile(b.picker, "Ana")
    assert ana is not None, "the learner from PC A is on PC B's picker"
    b.picker.tiles.setCurrentItem(ana)
    qtbot.keyClick(b.picker.tiles, Qt.Key.Key_Return)
    assert b.session.profile.name == "Ana"
    assert b.sidebar.isVisible() and b.session.lesson_status() == {"fixture-basics": "started"}
    quiz = b.lesson_view.lesson.block("check")
    assert b.session.quiz_state(b.lesson_view.lesson, quiz).finished_attempts == 1  # her attempt came along
    answer_the_quiz(qtbot, b)
    b.switch_action.trigger()  # switching learner publishes (in the background)
    qtbot.waitUntil(lambda: not b.class_publisher.poll.isActive(), timeout=10_000)
    assert "Shared with the class" in b.class_publisher.label.text()
    b.close()

    c = pc_window(qtbot, tmp_path, "teacher-pc")
    dashboard = enter_teacher_mode(qtbot, c)
    names = [s.name for s in dashboard.overview.students]
    assert names == ["Ana"]  # one learner, not one per PC
    attempts = [a for a in dashboard.teacher.attempt_history(dashboard.overview.students[0].id)
                if a["block_id"] == "check"]
    assert len(attempts) == 2 and all(len(a["answers"]) == 2 for a in attempts)  # one attempt from each PC
    pcs = {status.pc_id: status for status in dashboard.teacher.pc_status()}
    assert {"pc-a", "pc-b"} <= set(pcs) and not pcs["pc-a"].problem and not pcs["pc-a"].stale
