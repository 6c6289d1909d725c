"""tasks.py installs only when something changed, and `app` installs only what the app needs.

pip is replaced by a recorder: the calls tasks.py would make are what is checked."""

from __future__ import annotations

import json

import pytest

import tasks


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project folder with an existing .venv (a stand-in python) and a recorder for pip."""
    root, venv = tmp_path / "project", tmp_path / "project" / ".venv"
    (venv / "bin").mkdir(parents=True)
    (root / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    (root / "setup.py").write_text("from setuptools import setup\nsetup()\n", encoding="utf-8")
    python = venv / "bin" / "python"
    python.write_text("", encoding="utf-8")
    installs: list[str] = []

    def fake_run(command, check=False, cwd=None):
        if "-e" in command:
            installs.append(command[command.index("-e") + 1])

    monkeypatch.setattr(tasks, "ROOT", root)
    monkeypatch.setattr(tasks, "PYTHON", python)
    monkeypatch.setattr(tasks, "STAMP", venv / ".installed")
    monkeypatch.setattr(tasks.subprocess, "run", fake_run)
    return root, installs


def test_app_installs_the_runtime_only_and_test_adds_its_tools(project):
    _, installs = project
    tasks.ensure_environment(tasks.APP_EXTRAS)
    tasks.ensure_environment(tasks.APP_EXTRAS)
    assert installs == ["."]
    tasks.ensure_environment(tasks.TEST_EXTRAS)
    assert installs == [".", ".[build,test]"]


def test_app_after_test_installs_nothing(project):
    _, installs = project
    tasks.ensure_environment(tasks.TEST_EXTRAS)
    tasks.ensure_environment(tasks.APP_EXTRAS)
    tasks.ensure_environment(tasks.TEST_EXTRAS)
    assert installs == [".[build,test]"]
    assert json.loads(tasks.STAMP.read_text(encoding="utf-8"))["extras"] == ["build", "test"]


@pytest.mark.parametrize("changed", ["pyproject.toml", "setup.py"])
def test_a_changed_install_file_means_a_fresh_install_of_what_is_asked(project, changed):
    root, installs = project
    tasks.ensure_environment(tasks.TEST_EXTRAS)
    with (root / changed).open("a", encoding="utf-8") as file:
        file.write("# a new pin\n")
    tasks.ensure_environment(tasks.APP_EXTRAS)
    assert installs == [".[build,test]", "."]
    tasks.ensure_environment(tasks.TEST_EXTRAS)
    assert installs == [".[build,test]", ".", ".[build,test]"]


def test_an_old_or_damaged_stamp_is_not_trusted(project):
    _, installs = project
    tasks.STAMP.write_text("3f2a...\n", encoding="utf-8")  # the earlier format: a bare hash
    tasks.ensure_environment(tasks.APP_EXTRAS)
    assert installs == ["."]
