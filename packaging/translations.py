"""The app's catalogues: gather the words of literacy_app/ui/ into the .ts files, and build the .qm files.

    python packaging/translations.py update    # pyside6-lupdate: new words into every literacy_XX.ts
                                               # (and English plural forms: "%n lesson(s)" -> 1 lesson, 2 lessons)
    python packaging/translations.py release   # pyside6-lrelease: literacy_XX.ts -> literacy_XX.qm
    python packaging/translations.py new de    # start a catalogue for another language
    python packaging/translations.py status    # words still untranslated, per catalogue

The .qm files are committed beside their .ts (pip and PyInstaller copy them as package data), so
installing the app needs no Qt tool and no network; tests/ui/test_translations.py fails when a .qm is
older than its .ts. literacy_en.ts holds only English plural forms ("1 time" / "2 times").
See docs/translating.md.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "literacy_app" / "ui"
CATALOGUES = ROOT / "literacy_app" / "translations"
SOURCE_LANGUAGE = "en"


def tool(name: str) -> list[str]:
    """pyside6-NAME from the environment this Python runs in (a venv's bin/ or Scripts/ folder), else PATH."""
    folder = Path(sys.executable).parent
    for candidate in (folder / f"pyside6-{name}", folder / f"pyside6-{name}.exe"):
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", name]


def catalogue(code: str) -> Path:
    return CATALOGUES / f"literacy_{code}.ts"


def languages() -> list[str]:
    return sorted(path.stem.removeprefix("literacy_") for path in CATALOGUES.glob("literacy_*.ts"))


def source_files(folder: Path = SOURCES) -> list[str]:
    return [str(path) for path in sorted(folder.rglob("*.py"))]


def update(codes: list[str] | None = None, quiet: bool = True) -> None:
    """Add new words to the catalogues and drop the ones the code no longer uses (-no-obsolete)."""
    for code in codes or languages():
        options = ["-pluralonly"] if code == SOURCE_LANGUAGE else []
        command = [*tool("lupdate"), *options, "-no-obsolete", "-locations", "none", "-target-language", code,
                   *source_files(), "-ts", str(catalogue(code))]
        subprocess.run(command, check=True, cwd=ROOT, capture_output=quiet)


# "%n PC(s) have" -> "1 PC has" / "2 PCs have": the verb right after a counted noun agrees with it
SINGULAR_VERBS = {"are": "is", "have": "has", "were": "was", "publish": "publishes", "need": "needs"}
COUNTED = re.compile(r"\((s|es)\)( (\w+))?")


def english_forms(source: str) -> tuple[str, str]:
    """The English singular and plural of a source text written as "%n lesson(s) are ..."."""
    def singular(match: re.Match[str]) -> str:
        verb = match.group(3)
        return f" {SINGULAR_VERBS.get(verb, verb)}" if verb else ""

    def plural(match: re.Match[str]) -> str:
        return match.group(1) + (match.group(2) or "")

    return COUNTED.sub(singular, source), COUNTED.sub(plural, source)


def fill_english() -> int:
    """Write the English plural forms lupdate left unfinished in literacy_en.ts; returns how many."""
    path = catalogue(SOURCE_LANGUAGE)
    text = path.read_text(encoding="utf-8")
    filled = 0

    def fill(match: re.Match[str]) -> str:
        nonlocal filled
        source = match.group(2)
        one, many = english_forms(_unescape(source))
        filled += 1
        return (f"{match.group(1)}<translation>\n            <numerusform>{_escape(one)}</numerusform>\n"
                f"            <numerusform>{_escape(many)}</numerusform>\n        </translation>")

    pattern = re.compile(r'(<source>([^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?)'
                         r'<translation type="unfinished">\s*(?:<numerusform></numerusform>\s*)*</translation>', re.S)
    path.write_text(pattern.sub(fill, text), encoding="utf-8")
    return filled


def _unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&apos;", "'").replace("&quot;", '"') \
        .replace("&amp;", "&")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;") \
        .replace('"', "&quot;")


def release(codes: list[str] | None = None, out_dir: Path = CATALOGUES) -> list[Path]:
    built = []
    for code in codes or languages():
        target = out_dir / f"literacy_{code}.qm"
        subprocess.run([*tool("lrelease"), "-silent", "-nounfinished", str(catalogue(code)), "-qm", str(target)],
                       check=True, cwd=ROOT)
        built.append(target)
    return built


def unfinished(path: Path) -> list[str]:
    """The source texts of PATH without a finished translation (every plural form filled in)."""
    missing = []
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            missing.append(source)
        elif message.get("numerus") == "yes":
            if not all((form.text or "").strip() for form in translation.findall("numerusform")):
                missing.append(source)
        elif not (translation.text or "").strip():
            missing.append(source)
    return missing


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "status"
    if command == "update":
        update(argv[1:] or None, quiet=False)
        if (filled := fill_english()):
            print(f"English plural forms written for {filled} new text(s) in {catalogue(SOURCE_LANGUAGE).name}")
        return 0
    if command == "release":
        release(argv[1:] or None)
        return 0
    if command == "new" and len(argv) == 2:
        update([argv[1]], quiet=False)
        print(f"Now translate {catalogue(argv[1]).relative_to(ROOT)} (Qt Linguist: pyside6-linguist), then "
              "run 'python packaging/translations.py release'.")
        return 0
    if command == "status":
        for code in languages():
            messages = sum(1 for _ in ET.parse(catalogue(code)).getroot().iter("message"))
            print(f"{code}: {messages} strings, {len(unfinished(catalogue(code)))} untranslated")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
