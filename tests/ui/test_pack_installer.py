"""Installing a lesson pack from the File menu: teachers only, checked first, library reloads."""

from __future__ import annotations

import zipfile

from literacy_app.content.packs import build_pack
from literacy_app.ui.app import build_window
from tests.conftest import FIXTURE_COURSE, gui_args


def open_window(qtbot, data_dir):
    window, _ = build_window(gui_args(data_dir, "--profile", "Ana"))
    qtbot.addWidget(window)
    window.show()
    return window


def test_students_cannot_install_packs(qtbot, data_dir, tmp_path):
    window = open_window(qtbot, data_dir)
    asked = []
    window.pack_installer.choose_file = lambda: asked.append("file dialog") or ""
    window.pack_installer.action.trigger()
    assert asked == []
    assert window.pack_installer.last_message.windowTitle() == "Teachers only"


def test_a_teacher_installs_a_pack_and_it_appears_in_the_library(qtbot, data_dir, tmp_path):
    pack = tmp_path / "fixture.zip"
    assert build_pack(FIXTURE_COURSE, pack).ok
    window = open_window(qtbot, data_dir)
    assert window.library.lesson("fixture-basics") is None
    window.teacher_mode.enter()  # the PIN flow itself is covered by the teacher-mode tests
    window.pack_installer.choose_file = lambda: str(pack)
    window.pack_installer.action.trigger()
    assert window.pack_installer.last_message.windowTitle() == "Lesson pack installed"
    assert window.library.lesson("fixture-basics") is not None
    titles = [window.sidebar.topLevelItem(i).text(0) for i in range(window.sidebar.topLevelItemCount())]
    assert any(title.startswith("Fixture module") for title in titles)
    assert (data_dir / "lessons" / "fixture" / "basics" / "lesson.md").is_file()


def test_a_hostile_pack_is_refused_with_reasons_and_nothing_is_written(qtbot, data_dir, tmp_path):
    pack = tmp_path / "evil.zip"
    with zipfile.ZipFile(pack, "w") as archive:
        archive.writestr("../../outside.md", "---\nid: x\ntitle: X\nmodule: M\norder: 1\n---\nHi\n")
    window = open_window(qtbot, data_dir)
    window.teacher_mode.enter()
    result = window.pack_installer.install(pack)
    assert not result.ok
    box = window.pack_installer.last_message
    assert box.windowTitle() == "Lesson pack refused" and "outside.md" in box.detailedText()
    assert not (tmp_path / "outside.md").exists() and not (data_dir.parent / "outside.md").exists()
    installed = list((data_dir / "lessons").rglob("*.md"))  # an absent folder yields nothing too
    assert installed == []
