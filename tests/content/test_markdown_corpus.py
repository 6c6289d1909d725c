"""Markdown written the way GitHub, Obsidian, Typora and Google Docs write it renders as those tools show it.

The corpus (tests/content/markdown_corpus/) pairs each lesson fragment with the HTML it must give; the comparison
ignores layout whitespace and the attributes the app adds on purpose (rel on links, the code block's class).
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from literacy_app.content.markdown_habits import reindent_lists
from literacy_app.content.model import Prose, Quiz
from literacy_app.content.render import THEMES, render_inline, render_markdown, render_page
from literacy_app.content.validate import check_lesson

CORPUS = Path(__file__).resolve().parent / "markdown_corpus"
CASES = sorted(p for p in CORPUS.glob("*.md") if p.name != "README.md")
IGNORED = {("a", "rel", None), ("pre", "class", "highlight"), ("p", "class", "figure")}


class _Normaliser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.pre = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        kept = "".join(f' {name}="{html.escape(value or "")}"' for name, value in sorted(attrs)
                       if (tag, name, None) not in IGNORED and (tag, name, value) not in IGNORED)
        self.parts.append(f"<{tag}{kept}>")
        self.pre = self.pre or tag == "pre"

    def handle_endtag(self, tag: str) -> None:
        if tag not in ("br", "hr", "img"):
            self.parts.append(f"</{tag}>")
        self.pre = self.pre and tag != "pre"

    def handle_data(self, data: str) -> None:
        self.parts.append(html.escape(data if self.pre else re.sub(r"\s+", " ", data), quote=False))


def normalise(fragment: str) -> str:
    parser = _Normaliser()
    parser.feed(fragment)
    parser.close()
    text = re.sub(r"\s*(<[^>]+>)\s*", r"\1", "".join(parser.parts))  # whitespace beside a tag is layout
    return text.replace("\n</code></pre>", "</code></pre>")


def test_the_corpus_has_a_lesson_from_each_tool():
    assert [p.stem for p in CASES] == ["github_readme", "google_docs_export", "obsidian_note", "typora_export"]


@pytest.mark.parametrize("source", CASES, ids=lambda p: p.stem)
def test_each_corpus_lesson_renders_as_written(source: Path):
    expected = source.with_suffix(".html").read_text(encoding="utf-8")
    assert normalise(render_markdown(source.read_text(encoding="utf-8"))) == normalise(expected)


def test_the_comparison_sees_a_flattened_list():
    """Guard against a comparison that cannot fail: the old rendering of two-space nesting is caught."""
    nested = "<ul><li>a<ul><li>b</li></ul></li></ul>"
    assert normalise("<ul>\n<li>a</li>\n<li>b</li>\n</ul>") != normalise(nested)
    assert normalise("<ul>\n<li>a\n<ul>\n<li>b</li>\n</ul>\n</li>\n</ul>") == normalise(nested)


@pytest.mark.parametrize("text, nested", [
    ("- a\n  - b\n    - c\n- d", "<ul><li>a<ul><li>b<ul><li>c</li></ul></li></ul></li><li>d</li></ul>"),
    ("- a\n    - b\n        - c\n- d", "<ul><li>a<ul><li>b<ul><li>c</li></ul></li></ul></li><li>d</li></ul>"),
    ("- a\n  - b\n      - c\n  - d", "<ul><li>a<ul><li>b<ul><li>c</li></ul></li><li>d</li></ul></li></ul>"),
    ("1. a\n2. b\n   1. b1\n   2. b2\n3. c", "<ol><li>a</li><li>b<ol><li>b1</li><li>b2</li></ol></li><li>c</li></ol>"),
    ("1. a\n    - x\n2. b", "<ol><li>a<ul><li>x</li></ul></li><li>b</li></ol>"),
], ids=["two", "four", "mixed", "numbered", "bullets-in-numbered"])
def test_lists_nest_by_two_or_four_spaces(text: str, nested: str):
    assert normalise(render_markdown(text)) == nested


def test_a_list_may_follow_a_paragraph_line_but_a_number_in_a_sentence_stays_text():
    assert normalise(render_markdown("Bring:\n- a pen\n- a phone")) == \
        "<p>Bring:</p><ul><li>a pen</li><li>a phone</li></ul>"
    assert normalise(render_markdown("Steps:\n1. look\n2. ask")) == "<p>Steps:</p><ol><li>look</li><li>ask</li></ol>"
    # CommonMark: only a list starting at 1 interrupts a paragraph
    assert normalise(render_markdown("It was founded in\n2024. Then it grew.")) == \
        "<p>It was founded in 2024. Then it grew.</p>"


def test_code_and_indented_text_outside_lists_are_left_as_written():
    assert normalise(render_markdown("Text\n\n    - not a list, code\n")) == \
        "<p>Text</p><pre><code>- not a list, code</code></pre>"
    fenced = "```\n- a\n  - b\n```\n"
    assert normalise(render_markdown(fenced)) == "<pre><code>- a\n  - b</code></pre>"
    assert reindent_lists(["```", "- a", "  - b", "```"]) == ["```", "- a", "  - b", "```"]


def test_fenced_code_inside_a_list_item_stays_in_the_item():
    text = "1. Install:\n\n   ```\n   pip install x\n   ```\n2. Run it"
    assert normalise(render_markdown(text)) == (
        "<ol><li><p>Install:</p><pre><code>pip install x</code></pre></li><li><p>Run it</p></li></ol>")


def test_lists_inside_quotes_nest_too():
    assert normalise(render_markdown("> Steps:\n> - one\n>   - two")) == \
        "<blockquote><p>Steps:</p><ul><li>one<ul><li>two</li></ul></li></ul></blockquote>"


def test_a_hashtag_at_the_start_of_a_line_is_text_and_a_heading_needs_a_space():
    assert render_inline("#ad") == "#ad"
    assert normalise(render_markdown("#ad Day 40\n\n# Title")) == "<p>#ad Day 40</p><h1>Title</h1>"


def test_strikethrough_keeps_a_single_tilde():
    assert render_inline("~~old~~ now ~5 min") == "<del>old</del> now ~5 min"


def test_backslash_escapes_and_breaks_follow_commonmark():
    assert render_inline(r"1\. \# \= \% \~ \(x\)") == "1. # = % ~ (x)"
    assert render_inline(r"C:\Users\me") == r"C:\Users\me"  # a letter after a backslash is no escape
    assert normalise(render_inline("one\\\ntwo  \nthree")) == "one<br>two<br>three"


def test_bare_and_angle_bracket_addresses_become_links_with_safe_schemes_only():
    out = render_inline("See https://example.org/a_b?x=1. or www.example.com, <https://x.org>, `https://no`")
    assert 'href="https://example.org/a_b?x=1"' in out and ">https://example.org/a_b?x=1</a>." in out
    assert 'href="http://www.example.com"' in out and 'href="https://x.org"' in out
    assert "<code>https://no</code>" in out
    unsafe = render_inline("<javascript:alert(1)> [x](javascript:alert(1)) javascript:alert(1)")
    assert "href" not in unsafe  # the sanitiser's schemes still decide: http, https and mailto only


def test_task_lists_in_prose_become_qt_check_boxes():
    out = normalise(render_markdown("- [x] done\n- [ ] to do\n\n1. [X] also numbered"))
    assert out == ('<ul><li class="checked">done</li><li class="unchecked">to do</li></ul>'
                   '<ol><li class="checked">also numbered</li></ol>')


def test_numbered_lists_keep_their_start():
    assert normalise(render_markdown("3. three\n4. four")) == '<ol start="3"><li>three</li><li>four</li></ol>'


def test_the_corpus_lesson_keeps_quiz_choices_and_shows_prose_task_lists():
    lesson = check_lesson(CORPUS / "lesson" / "lesson.md")
    assert lesson.errors == []
    quiz = lesson.blocks(Quiz)[0]
    assert [(c.text, c.correct) for c in quiz.questions[0].choices] == [
        ("`#ad` at the start of the caption", True), ("`#sp` after twenty other tags", False)]
    prose = render_markdown("\n\n".join(i.markdown for s in lesson.steps for i in s.items if isinstance(i, Prose)))
    assert prose.count('class="checked"') == 1 and prose.count('class="unchecked"') == 2
    assert "<del>" in prose and 'href="https://www.ftc.gov/influencers"' in prose
    assert normalise(prose).count("<ul>") == 4  # the outer list, two sub-lists, the task list


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_code_looks_like_code_and_task_items_show_check_boxes_in_every_theme(qapp, theme: str):
    from PySide6.QtGui import QFontInfo, QPalette, QTextBlockFormat, QTextDocument

    from literacy_app.ui.look.theme import palette_for

    document = QTextDocument()
    document.setHtml(render_page(render_markdown("Use `MILO15`\n\n```\n#ad\n```\n\n- [x] done\n- [ ] not yet"),
                                 theme=theme))
    base = palette_for(theme).color(QPalette.ColorRole.Base).name() if theme != "light" else "#ffffff"
    code_formats = []
    markers = []
    block = document.begin()
    while block.isValid():
        markers.append(block.blockFormat().marker())
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.text() in ("MILO15", "#ad"):
                code_formats.append(fragment.charFormat())
            iterator += 1
        block = block.next()
    assert len(code_formats) == 2
    for char_format in code_formats:
        assert QFontInfo(char_format.font()).fixedPitch()
        assert char_format.background().color().name() not in (base, "#000000")
    assert QTextBlockFormat.MarkerType.Checked in markers and QTextBlockFormat.MarkerType.Unchecked in markers


def test_the_extensions_load_on_first_render_not_on_import_and_never_pygments():
    code = (
        "import sys; from literacy_app.content import render; "
        "loaded = lambda: sorted({m.split('.')[0] for m in sys.modules} & {'markdown', 'pymdownx', 'pygments'}); "
        "print(loaded()); render.render_markdown('```\\nx\\n```\\n- [x] a https://x.org ~~b~~'); print(loaded())"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.stdout.split("\n")[:2] == ["[]", "['markdown', 'pymdownx']"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["- a", "  - b", "    - c", "1. d", "   2. e", "text", "", "> - q", ">   - r",
                                 "```", "    code", "  more", "***", "- [x] t", "3. f", "      g"]), max_size=30))
def test_list_rewriting_only_moves_text_sideways(lines: list[str]):
    """Whatever the mix, the rewrite keeps every line's text in order; it only changes indentation and adds
    blank lines (and rendering it never fails)."""
    out = reindent_lists(lines)
    assert [re.sub(r"[\s>]", "", line) for line in out if line.strip(" >")] == \
        [re.sub(r"[\s>]", "", line) for line in lines if line.strip(" >")]
    render_markdown("\n".join(lines))
