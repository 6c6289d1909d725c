"""Settings resolution: command-line flag > environment > file beside the executable > user file > default."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from literacy_app import resources

APP_NAME = "MediaLiteracyLab"
CONFIG_NAME = "literacy-app.ini"
ENV_DATA_DIR = "LITERACY_APP_DATA_DIR"
ENV_LESSONS = "LITERACY_APP_LESSONS"  # os.pathsep-separated folders
ENV_CLASS_FOLDER = "LITERACY_APP_CLASS_FOLDER"
ENV_PC = "LITERACY_APP_PC"
TRUE_WORDS = {"1", "yes", "true", "on"}


@dataclass
class Settings:
    """Where the app keeps its data and finds its lessons, and the school's settings, each with its source."""

    data_dir: Path
    lesson_dirs: list[Path] = field(default_factory=list)  # bundled course first, then extras
    teacher_pin_hash: str = ""
    lrs_endpoint: str = ""
    lrs_user: str = ""
    lrs_password: str = ""
    school_uri: str = "https://school.invalid/"
    xapi_activity_base: str = "https://medialiteracylab.invalid/xapi/"  # stable activity ids start with this
    school_name: str = ""  # printed on certificates of completion
    language: str = ""  # [ui] language: the app's language (es, fr...); "" = the computer's (View > Language wins)
    class_folder: Path | None = None  # the shared folder of a class that uses several PCs
    pc_id: str = ""  # this PC's name in the class folder (default: the host name; unused outside a class)
    publish_reflections: bool = False  # put reflection text in the class folder (off: only that one was written)
    stale_hours: float = 24.0  # a PC that has not published for longer is flagged in the teacher view
    sign_in: str = ""  # [learners] sign_in: none | picture | code; "" = not set here (the teacher view decides)
    idle_minutes: float = 10.0  # [learners] idle_minutes: a learner is signed out after this long without input
    keep_months: int | None = None  # [privacy] keep_months: learners inactive for longer are listed for erasing
    sources: dict[str, str] = field(default_factory=dict)  # setting -> where it came from


def _read_ini(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    import configparser  # most PCs have no such file: its parser (and the patterns it compiles) only then

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError):
        return {}
    values: dict[str, str] = {}
    for section in parser.sections():
        for key, value in parser.items(section):
            values[f"{section}.{key}"] = value
    return values


def config_files() -> list[tuple[str, Path]]:
    """Config files from the strongest to the weakest."""
    return [
        ("config beside the executable", resources.executable_dir() / CONFIG_NAME),
        ("user config", Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / CONFIG_NAME),
    ]


def default_pc_id() -> str:
    """The host name, reduced to what is safe in a file name on every system."""
    import socket  # only a PC in a class needs its name: not loaded on the way to the first lesson

    name = "".join(c if c.isalnum() or c in "-_" else "-" for c in socket.gethostname().split(".")[0])
    return name.strip("-")[:40] or "pc"


def resolve_settings(data_dir: str | None = None, lessons: list[str] | None = None,
                     environ: dict[str, str] | None = None, class_folder: str | None = None,
                     pc: str | None = None) -> Settings:
    environ = dict(os.environ) if environ is None else environ
    files = [(name, _read_ini(path), path.parent) for name, path in config_files()]

    def from_files(key: str) -> tuple[str, str, Path] | None:
        for name, values, folder in files:
            if values.get(key):
                return values[key], name, folder
        return None

    sources: dict[str, str] = {}
    if data_dir:
        chosen, sources["data_dir"] = Path(data_dir), "command line"
    elif environ.get(ENV_DATA_DIR):
        chosen, sources["data_dir"] = Path(environ[ENV_DATA_DIR]), "environment"
    elif (found := from_files("paths.data_dir")) is not None:
        value, name, folder = found
        chosen, sources["data_dir"] = folder / Path(os.path.expandvars(value)), name
    else:
        chosen = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        sources["data_dir"] = "default"

    extra: list[Path] = [Path(p) for p in lessons or []]
    if environ.get(ENV_LESSONS):
        extra += [Path(p) for p in environ[ENV_LESSONS].split(os.pathsep) if p]
    if (found := from_files("paths.lesson_dirs")) is not None:
        value, _, folder = found
        extra += [folder / Path(os.path.expandvars(p.strip())) for p in value.split(";") if p.strip()]

    settings = Settings(data_dir=chosen, lesson_dirs=[resources.bundled_lessons(), *extra], sources=sources)
    for key, attr in (("teacher.pin_hash", "teacher_pin_hash"), ("lrs.endpoint", "lrs_endpoint"),
                      ("lrs.user", "lrs_user"), ("lrs.password", "lrs_password"), ("lrs.school_uri", "school_uri"),
                      ("lrs.activity_base", "xapi_activity_base"), ("school.name", "school_name"),
                      ("ui.language", "language")):
        if (found := from_files(key)) is not None:
            setattr(settings, attr, found[0])
            sources[attr] = found[1]
    _resolve_class(settings, environ, from_files, class_folder, pc)
    _resolve_privacy(settings, from_files)
    return settings


SIGN_IN_MODES = ("none", "picture", "code")
SIGN_IN_MODE_KEY = "learners.sign_in"  # the teacher's choice, kept with the app's settings; the config file wins


def sign_in_mode(configured: str, chosen: str | None) -> str:
    """The sign-in in force: IT's [learners] sign_in, else the teacher's choice, else none (a word that is
    not a mode counts as not set)."""
    mode = (configured if configured in SIGN_IN_MODES else "") or chosen or "none"
    return mode if mode in SIGN_IN_MODES else "none"


def _resolve_privacy(settings: Settings, from_files: FileLookup) -> None:
    """[learners] sign_in / idle_minutes and [privacy] keep_months; a typo keeps the default."""
    if (found := from_files("learners.sign_in")) is not None and found[0].strip().lower() in SIGN_IN_MODES:
        settings.sign_in, settings.sources["sign_in"] = found[0].strip().lower(), found[1]
    if (found := from_files("learners.idle_minutes")) is not None:
        try:
            settings.idle_minutes = max(1.0, float(found[0]))
        except ValueError:
            pass
    if (found := from_files("privacy.keep_months")) is not None:
        try:
            settings.keep_months = max(1, int(found[0]))
        except ValueError:
            pass


FileLookup = Callable[[str], "tuple[str, str, Path] | None"]


def _resolve_class(settings: Settings, environ: dict[str, str], from_files: FileLookup, class_folder: str | None,
                   pc: str | None) -> None:
    """[class] folder / pc / publish_reflections / stale_hours, with --class-folder and --pc on top."""
    if class_folder:
        settings.class_folder, settings.sources["class_folder"] = Path(class_folder), "command line"
    elif environ.get(ENV_CLASS_FOLDER):
        settings.class_folder, settings.sources["class_folder"] = Path(environ[ENV_CLASS_FOLDER]), "environment"
    elif (found := from_files("class.folder")) is not None:
        value, name, folder = found
        settings.class_folder, settings.sources["class_folder"] = folder / Path(os.path.expandvars(value)), name
    chosen_pc = pc or environ.get(ENV_PC) or ((found := from_files("class.pc")) and found[0]) or (
        default_pc_id() if settings.class_folder is not None else "pc")  # outside a class: no host name looked up
    settings.pc_id = "".join(c if c.isalnum() or c in "-_" else "-" for c in chosen_pc)[:40] or "pc"
    if (found := from_files("class.publish_reflections")) is not None:
        settings.publish_reflections = found[0].strip().lower() in TRUE_WORDS
    if (found := from_files("class.stale_hours")) is not None:
        try:
            settings.stale_hours = float(found[0])
        except ValueError:
            pass  # a typo in the file keeps the default
