"""Settings precedence: command-line flag > environment > config beside the executable > user config > default.

In a source checkout "beside the executable" is the repository root, so these tests point it at a
temporary folder; the frozen build's own executable folder is covered in tests/packaging.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
import pytest

from literacy_app import config, resources


@pytest.fixture
def beside_exe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "program"
    folder.mkdir()
    monkeypatch.setattr(resources, "executable_dir", lambda: folder)
    return folder


@pytest.fixture
def user_config_dir() -> Path:
    # conftest points XDG_CONFIG_HOME at a temporary folder
    folder = Path(platformdirs.user_config_dir(config.APP_NAME, appauthor=False))
    folder.mkdir(parents=True)
    return folder


def write_ini(folder: Path, text: str) -> Path:
    path = folder / config.CONFIG_NAME
    path.write_text(text, encoding="utf-8")
    return path


def test_default_is_the_per_user_data_folder_and_the_bundled_course(beside_exe):
    settings = config.resolve_settings()
    assert settings.data_dir == Path(platformdirs.user_data_dir(config.APP_NAME, appauthor=False))
    assert settings.sources["data_dir"] == "default"
    assert settings.lesson_dirs == [resources.bundled_lessons()]
    assert settings.teacher_pin_hash == "" and settings.lrs_endpoint == ""


def test_user_config_beats_the_default_and_relative_paths_start_at_its_folder(beside_exe, user_config_dir):
    write_ini(user_config_dir, "[paths]\ndata_dir = my-results\n[teacher]\npin_hash = user-hash\n")
    settings = config.resolve_settings()
    assert settings.data_dir == user_config_dir / "my-results"
    assert settings.sources["data_dir"] == "user config"
    assert settings.teacher_pin_hash == "user-hash"


def test_config_beside_the_executable_beats_the_user_config(beside_exe, user_config_dir, tmp_path):
    shared = tmp_path / "shared lessons"
    write_ini(user_config_dir, "[paths]\ndata_dir = mine\nlesson_dirs = user-lessons\n"
                               "[teacher]\npin_hash = user-hash\n[lrs]\nendpoint = https://user.invalid/xapi\n")
    write_ini(beside_exe, f"[paths]\ndata_dir = D:/LabData\nlesson_dirs = {shared}; extra\n"
                          "[teacher]\npin_hash = it-hash\n"
                          "[lrs]\nendpoint = https://lrs.district.invalid/xapi\nuser = school\npassword = s3cret\n"
                          "school_uri = https://school.example/\n")
    settings = config.resolve_settings()
    assert settings.data_dir == beside_exe / "D:/LabData"  # absolute on Windows; relative to the program here
    assert settings.sources["data_dir"] == "config beside the executable"
    assert settings.lesson_dirs == [resources.bundled_lessons(), shared, beside_exe / "extra"]
    assert (settings.teacher_pin_hash, settings.sources["teacher_pin_hash"]) == ("it-hash",
                                                                                 "config beside the executable")
    assert (settings.lrs_endpoint, settings.lrs_user, settings.lrs_password, settings.school_uri) == (
        "https://lrs.district.invalid/xapi", "school", "s3cret", "https://school.example/")


def test_a_key_missing_beside_the_executable_still_comes_from_the_user_config(beside_exe, user_config_dir):
    write_ini(user_config_dir, "[teacher]\npin_hash = user-hash\n")
    write_ini(beside_exe, "[paths]\ndata_dir = lab\n")
    settings = config.resolve_settings()
    assert settings.data_dir == beside_exe / "lab"
    assert (settings.teacher_pin_hash, settings.sources["teacher_pin_hash"]) == ("user-hash", "user config")


def test_environment_beats_both_config_files_and_the_flag_beats_everything(beside_exe, user_config_dir, tmp_path):
    write_ini(user_config_dir, "[paths]\ndata_dir = mine\n")
    write_ini(beside_exe, "[paths]\ndata_dir = lab\n")
    environ = {config.ENV_DATA_DIR: str(tmp_path / "env-data")}
    from_env = config.resolve_settings(environ=environ)
    assert (from_env.data_dir, from_env.sources["data_dir"]) == (tmp_path / "env-data", "environment")
    from_flag = config.resolve_settings(data_dir=str(tmp_path / "flag-data"), environ=environ)
    assert (from_flag.data_dir, from_flag.sources["data_dir"]) == (tmp_path / "flag-data", "command line")


def test_the_process_environment_is_read_when_none_is_given(beside_exe, tmp_path, monkeypatch):
    monkeypatch.setenv(config.ENV_DATA_DIR, str(tmp_path / "env-data"))
    assert config.resolve_settings().data_dir == tmp_path / "env-data"


def test_lesson_folders_add_up_flag_first_then_environment_then_config(beside_exe, tmp_path):
    write_ini(beside_exe, "[paths]\nlesson_dirs = from-ini\n")
    environ = {config.ENV_LESSONS: os.pathsep.join([str(tmp_path / "env-a"), str(tmp_path / "env-b")])}
    settings = config.resolve_settings(lessons=[str(tmp_path / "flag")], environ=environ)
    assert settings.lesson_dirs == [resources.bundled_lessons(), tmp_path / "flag", tmp_path / "env-a",
                                    tmp_path / "env-b", beside_exe / "from-ini"]


def test_environment_variables_inside_the_config_are_expanded(beside_exe, tmp_path, monkeypatch):
    monkeypatch.setenv("LAB_SHARE", str(tmp_path / "share"))
    write_ini(beside_exe, "[paths]\ndata_dir = $LAB_SHARE/results\nlesson_dirs = $LAB_SHARE/lessons\n")
    settings = config.resolve_settings()
    assert settings.data_dir == tmp_path / "share" / "results"
    assert settings.lesson_dirs[-1] == tmp_path / "share" / "lessons"


def test_an_unreadable_config_beside_the_executable_falls_back_to_the_user_config(beside_exe, user_config_dir):
    (beside_exe / config.CONFIG_NAME).write_bytes(b"[paths\ndata_dir = \xff\xfe broken")
    write_ini(user_config_dir, "[paths]\ndata_dir = mine\n")
    settings = config.resolve_settings()
    assert (settings.data_dir, settings.sources["data_dir"]) == (user_config_dir / "mine", "user config")


def test_the_sign_in_in_force_is_the_config_files_then_the_teachers_then_none():
    assert config.sign_in_mode("picture", "code") == "picture"  # IT's literacy-app.ini wins
    assert config.sign_in_mode("", "code") == "code"  # the teacher's choice in the app
    assert config.sign_in_mode("pictures", "code") == "code"  # a word that is not a mode counts as not set
    assert config.sign_in_mode("", None) == "none"
    assert config.sign_in_mode("", "everyone") == "none"
