"""What author mode's File menu does with whole files, without Qt: import a Moodle question bank (GIFT or
Moodle XML) as a new lesson, export a lesson as GIFT or Moodle XML, make a lesson pack, install one.

Each returns a Summary in plain words: what was done, and what was skipped or refused and why, for the
dialog that follows. Nothing here raises for a problem in the files; the summary says what went wrong.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from literacy_app.content.model import Problem
from literacy_app.content.starter_lesson import KnownLesson, lessons_in, new_lesson_path, unique_lesson_id
from literacy_app.files import atomic_write_bytes, atomic_write_text

if TYPE_CHECKING:
    from literacy_app.content.bank import QuestionBank

MAX_BANK_BYTES = 50_000_000


@dataclass
class Summary:
    """The outcome of one import, export or pack, for a person to read."""

    headline: str
    done: list[str] = field(default_factory=list)  # what came across, was written or installed
    skipped: list[str] = field(default_factory=list)  # what did not, each with the reason
    ok: bool = True
    path: Path | None = None  # the lesson, file or folder written


def _where(problem: Problem) -> str:
    text = f"line {problem.line}: {problem.message}" if problem.line else problem.message
    return f"{text} ({problem.hint})" if problem.hint else text


def _counted(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


# -- import -------------------------------------------------------------------------------------
def import_question_bank(source: Path, course: Path, known: Iterable[KnownLesson] = (),
                         title: str | None = None, module: str | None = None) -> Summary:
    """A GIFT file (.gift, .txt) or a Moodle XML file (.xml) as a new lesson in its own folder of `course`.

    The lesson id comes from the title (by default from the file name), unique among `known` and the
    course's lessons; embedded pictures go to the lesson's images/ folder."""
    from literacy_app.content.bank import bank_to_lesson
    from literacy_app.content.model import Prose, Reflection

    title = title or source.stem.replace("-", " ").replace("_", " ").strip().capitalize() or "Imported questions"
    try:
        size = source.stat().st_size
        if size > MAX_BANK_BYTES:
            return Summary(f"{source.name} was not imported", ok=False,
                           skipped=[f"the file is larger than {MAX_BANK_BYTES // 1_000_000} MB"])
        bank = _read_bank(source)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        if isinstance(exc, UnicodeDecodeError):
            reason = "the file is not UTF-8 text (save it again as UTF-8)"
        return Summary(f"{source.name} was not imported", ok=False, skipped=[f"the file cannot be read: {reason}"])
    skipped = [_where(problem) for problem in bank.problems]
    if not bank.items:
        return Summary(f"Nothing in {source.name} could be imported", skipped=skipped, ok=False)
    everything = [*known, *lessons_in(course)]
    folders = [child.name for child in course.iterdir()] if course.is_dir() else []
    lesson_id = unique_lesson_id(title, [lesson.id for lesson in everything] + folders)
    target = new_lesson_path(course, lesson_id)
    folder = target.parent
    for relative in bank.files:
        if not (folder / relative).resolve().is_relative_to(folder.resolve() / "images"):  # names are made safe
            return Summary(f"{source.name} was not imported", ok=False,
                           skipped=[f"a picture would be written outside the images folder: {relative}"])
    folder.mkdir(parents=True, exist_ok=True)
    for relative, data in bank.files.items():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(folder / relative, data)
    atomic_write_text(target, bank_to_lesson(bank, lesson_id, title, module))
    from literacy_app.content.validate import check_lesson

    lesson = check_lesson(target)
    done = [_counted(len(bank.questions), "question", "questions"),
            _counted(len(bank.of_type(Reflection)), "reflection (from an essay question)", "reflections (from essay "
                     "questions)"),
            _counted(len(bank.of_type(Prose)), "text", "texts"),
            _counted(len(bank.files), "embedded file (in images/)", "embedded files (in images/)")]
    done = [line for line in done if not line.startswith("0 ")]
    skipped += [f"in the new lesson, {_where(problem)}" for problem in lesson.problems]
    return Summary(f"{source.name} is now the lesson “{title}”", done=done, skipped=skipped, path=target)


def _read_bank(source: Path) -> QuestionBank:
    if source.suffix.lower() == ".xml":
        from literacy_app.content.moodle_xml import MoodleXmlError, parse_moodle_xml

        try:
            return parse_moodle_xml(source.read_bytes(), str(source))
        except MoodleXmlError as exc:
            raise ValueError(f"{exc}; nothing was imported") from exc
    from literacy_app.content.gift import parse_gift

    return parse_gift(source.read_text(encoding="utf-8-sig"), str(source))


# -- export -------------------------------------------------------------------------------------
EXPORT_FORMATS = {"gift": "GIFT", "moodle-xml": "Moodle XML"}


def export_lesson(lesson_path: Path, output: Path, kind: str = "gift") -> Summary:
    """The lesson's quizzes and reflections as a question bank file; what the format cannot hold is listed."""
    from literacy_app.content.validate import check_lesson

    name = EXPORT_FORMATS[kind]
    lesson = check_lesson(lesson_path)
    if lesson.errors:
        return Summary(f"{lesson_path.name} was not exported: fix its errors first", ok=False,
                       skipped=[_where(problem) for problem in lesson.errors])
    if kind == "gift":
        from literacy_app.content.gift_write import lesson_to_gift

        export = lesson_to_gift(lesson)
    else:
        from literacy_app.content.moodle_xml_write import lesson_to_moodle_xml

        export = lesson_to_moodle_xml(lesson)
    try:
        atomic_write_text(output, export.text)
    except OSError as exc:
        return Summary(f"{output.name} could not be written", ok=False, skipped=[str(exc.strerror or exc)])
    skipped = [f"line {line}: {message}" if line else message for line, message in export.messages]
    return Summary(f"“{lesson.title}” was exported as {name} to {output.name}",
                   done=[_counted(export.written, "item", "items") + f" written to {output}"],
                   skipped=skipped, path=output)


# -- packs --------------------------------------------------------------------------------------
def make_pack(folder: Path, output: Path) -> Summary:
    """Every lesson under folder, with its pictures, in one .zip; nothing is written while a lesson has errors."""
    from literacy_app.content.packs import build_pack

    result = build_pack(folder, output)
    if not result.ok:
        return Summary(f"No pack was made: {_counted(len(result.problems), 'problem', 'problems')} to fix first",
                       skipped=result.problems, ok=False)
    return Summary(f"{output.name} holds {_counted(len(result.lessons), 'lesson', 'lessons')}",
                   done=[f"lesson '{lesson_id}'" for lesson_id in result.lessons], path=result.target)


def install_pack(pack: Path, lessons_dir: Path) -> Summary:
    """Check a pack and install it into the lessons folder the app loads; refused as a whole on any problem."""
    from literacy_app.content.packs import install_pack as install

    result = install(pack, lessons_dir)
    if not result.ok:
        return Summary(f"{pack.name} was not installed; nothing was changed", skipped=result.problems, ok=False)
    return Summary(f"{_counted(len(result.lessons), 'lesson', 'lessons')} from {pack.name} are now in the library",
                   done=result.lessons, path=result.target)
