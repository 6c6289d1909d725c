"""Every broken or hostile lesson gives a clear path:line error or renders safely: no crash, no hang,
no network, no file read outside the lesson's folder."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from literacy_app.content.model import Feed, Prose, Quiz
from literacy_app.content.render import render_markdown, render_page
from literacy_app.content.validate import check_lesson
from tests.hostile.corpus import CASES, build

PROBLEM_RE = re.compile(r"^(?P<path>.+):(?P<line>\d+):(?P<col>\d+): (error|warning): \S")
DANGEROUS = re.compile(
    r"<(script|iframe|object|embed|style|link|meta|base|form|input|svg)\b|\son\w+\s*=|javascript:|vbscript:|"
    r"data:|url\(|background=", re.IGNORECASE)


class _Watch:
    """An audit hook that notes any file opened under a forbidden folder and any socket connection."""

    def __init__(self) -> None:
        self.forbidden: Path | None = None
        self.opened: list[str] = []
        self.connections: list[str] = []
        sys.addaudithook(self)

    def __call__(self, event: str, args: tuple) -> None:
        if self.forbidden is None:
            return
        if event == "open" and isinstance(args[0], (str, bytes, Path)):
            target = str(args[0] if not isinstance(args[0], bytes) else args[0].decode(errors="replace"))
            if target.startswith(str(self.forbidden)):
                self.opened.append(target)
        elif event in ("socket.connect", "socket.getaddrinfo", "urllib.Request"):
            self.connections.append(f"{event} {args[:2]!r}")


WATCH = _Watch()


@pytest.fixture
def watched(tmp_path: Path):
    WATCH.opened, WATCH.connections = [], []
    yield WATCH  # the test starts watching (sets `forbidden`) once the case is written
    WATCH.forbidden = None


def _fragments(lesson) -> list[str]:
    texts = [item.markdown for step in lesson.steps for item in step.items if isinstance(item, Prose)]
    for quiz in lesson.blocks(Quiz):
        for question in quiz.questions:
            texts += [question.prompt, question.body, *(choice.text for choice in question.choices)]
    for feed in lesson.blocks(Feed):
        texts += [post.text for post in feed.posts]
    return sorted({text for text in texts if text})


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 60


@pytest.mark.timeout(20)
@pytest.mark.parametrize("name,expectation", [(name, expectation) for name, expectation, _ in CASES])
def test_hostile_lesson_is_reported_or_rendered_safely(tmp_path: Path, watched, name: str, expectation: str) -> None:
    path, outside = build(name, tmp_path.resolve())
    watched.forbidden = outside

    lesson = check_lesson(path)  # must not raise

    if expectation == "loads":
        assert not lesson.errors, [p.format() for p in lesson.errors]
        assert lesson.steps
    if expectation == "error":
        assert lesson.errors, f"{name} should be refused with a reason"
    line_count = max(path.read_bytes().count(b"\n") + 1, 1) if path.exists() and not path.is_symlink() else 1
    for problem in lesson.problems:
        formatted = problem.format().splitlines()[0]
        match = PROBLEM_RE.match(formatted)
        assert match and match["path"] == str(path), formatted
        assert 1 <= int(match["line"]) <= line_count + 1, formatted
    for fragment in _fragments(lesson):
        html = render_markdown(fragment)
        assert not DANGEROUS.search(html), f"{name}: {DANGEROUS.search(html).group(0)!r} survived sanitising"
    assert watched.opened == [], f"{name} read outside its folder: {watched.opened}"
    assert watched.connections == [], f"{name} tried the network: {watched.connections}"


@pytest.mark.timeout(30)
@pytest.mark.parametrize("name", [name for name, _, _ in CASES if not name.startswith(("ten-", "one-megabyte"))])
def test_hostile_lesson_in_the_prose_view_fetches_nothing_outside(qtbot, tmp_path: Path, watched, name: str) -> None:
    from PySide6.QtGui import QTextDocument

    from literacy_app.ui.lesson.prose_view import ProseView

    requests: list[tuple[str, object]] = []

    class RecordingProseView(ProseView):
        def loadResource(self, kind, url):  # noqa: N802 (Qt name)
            result = super().loadResource(kind, url)
            requests.append((url.toString(), int(kind), result))
            return result

    path, outside = build(name, tmp_path.resolve())
    watched.forbidden = outside
    lesson = check_lesson(path)
    fragments = _fragments(lesson) or ["(nothing)"]
    page = render_page("\n".join(render_markdown(fragment) for fragment in fragments))
    # hostile HTML straight into the view too, as if the sanitizer had missed it
    page += ('<img src="https://evil.example/raw.png"><img src="../outside/secret.png">'
             '<img src="file://' + str(tmp_path.resolve() / "outside" / "secret.png") + '">')
    view = RecordingProseView(page, lesson.folder)
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.grab()
    images = [(url, result) for url, kind, result in requests if kind == QTextDocument.ResourceType.ImageResource.value]
    assert any("evil.example/raw.png" in url for url, _ in images), "the view never asked for the remote image"
    for url, image in images:
        assert image is not None and not image.isNull(), f"{url}: None makes Qt ask again on every relayout"
        assert (image.width(), image.height()) != (3, 3), f"{name}: {url} showed a picture from outside the folder"
        if url.startswith(("http:", "https:", "//", "ftp:")) or "outside" in url or "etc/passwd" in url:
            assert (image.width(), image.height()) == (220, 60), f"{url} was not replaced by the placeholder"
    assert watched.connections == [], watched.connections
    assert not [p for p in watched.opened if p.endswith("secret.png")], watched.opened
