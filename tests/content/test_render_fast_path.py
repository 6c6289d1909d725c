"""A plain line of text skips Markdown: it must give exactly the HTML that Markdown and the sanitiser give.

`render._render` is the full path (Python-Markdown with the app's extensions, then nh3); `plain_line` decides when
it may be skipped. Each test compares the two, over generated strings and over every short text of the course.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from literacy_app.content import render
from literacy_app.content.library import load_library
from literacy_app.content.model import Feed, Quiz, Scenario
from literacy_app.content.render import plain_line, render_inline, render_markdown

ROOT = Path(__file__).resolve().parents[2]

# characters that mean something to Markdown, its extensions, the sanitiser or HTML, and ordinary text around them
TRICKY = list("abcAB xyz0129.,;:!?'\"()-+=#>*_`~[]{}<>&@|^%$/\\\t\n\r\u00a0\u2003\u200b\u200d\ufeff\x0b\x0c\x1c\x1f"
              "\x85\u2028\u2029é—“”‘’…·🥹😭✨\ufffe\uffff\ufdd0\x7f\ufffd\x02\x03")
PIECES = ["www.", "WWW.", "wWw.", "http://", "https://x.y", "ftp://", "a@b.co", "x@y", "1.", "1)", "- ", "* ", "+ ",
          "# ", "#", "> ", "=", "---", "|", ": ", "\\", "`", "~~", "~", "[", "]", "(", ")", "!", "{:", "}", "&amp;",
          "&", "<b>", "<", ">", "  ", " ", "\t", "\n", "word", "Ünï", "🥹", "'", '"', "?", ".", ",", "...", "—", "%",
          "ſ", "\x02", "klzzwxh:0000", "\u00ad", "\u202e", "*[", "[^1]", "_", "snake_case", "e.g.", "500", "3D",
          "@", "@Lumen", " @kira.b", "@a@b.co", "a.@b", "+@x", "@x.org", "mailto:", "-@", "@@", "@_x"]


def full_path(text: str) -> str:
    return render._render(text)


def full_path_inline(text: str) -> str:
    """render_inline as it was before the fast path."""
    html = full_path(text).strip()
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return html


def assert_same(text: str) -> None:
    try:
        expected = full_path(text)
    except UnicodeEncodeError:  # a lone surrogate cannot reach the sanitiser, on either path
        assert not plain_line(text)
        with pytest.raises(UnicodeEncodeError):
            render_markdown(text)
        return
    if plain_line(text):
        assert expected == f"<p>{text}</p>"
    assert render_markdown(text) == expected
    assert render_inline(text) == full_path_inline(text)


@settings(max_examples=1000, deadline=None)
@given(st.text(st.one_of(st.sampled_from(TRICKY), st.characters()), max_size=40))
def test_a_plain_line_renders_as_markdown_renders_it(text):
    assert_same(text)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_a_line_made_of_markdown_syntax_is_never_taken_for_plain(text):
    assert_same(text)


@pytest.mark.parametrize("text", ["Keep the deal secret if the contract asks for it.", "True", "Kira ✨ 19 · 🥹",
                                  "They said “no”, then 'yes'; why? (Nobody knows.)", "A 1. B", "C# and F#",
                                  "Now 50% off: $5 – today only!", "Ünïcödé Ωμέγα עברית 中文",
                                  "Writing \"thanks @Lumen 💜\" under a photo", "@kira.lifts posted again",
                                  "a\nb", "One paragraph\nwritten on\nthree lines."])
def test_ordinary_sentences_take_the_fast_path(text):
    assert plain_line(text)
    assert_same(text)


@pytest.mark.parametrize("text", ["1. first", "# title", "- item", "> quote", "**bold**", "a_b_c", "see www.x.org",
                                  "https://x.org", "me@x.org", "ask me@x.org", "hi @a@b.co",
                                  "Tom & Jerry", "a < b", "a\u00a0b", "two  spaces",
                                  " lead", "trail ", "a\n\nb", "a  \nb", "a\n- b", "a\n1. b", "a\n===", "a\n",
                                  "a\tb", "`code`", "~~gone~~", "[link](x)", "{: .c}",
                                  "a | b", "=", ": term", "", "\x02x\x03"])
def test_markdown_and_entities_take_the_full_path(text):
    assert not plain_line(text)
    assert_same(text)
    assert_same(text)  # again, from the cache


def _course_texts() -> list[str]:
    texts: list[str] = []
    for lesson in load_library([ROOT / "lessons"]).lessons:
        for step in lesson.steps:
            for item in step.items:
                if isinstance(item, Quiz):
                    for question in item.questions:
                        texts += [question.prompt, question.body or "", question.explanation or "", *question.hints]
                        texts += [text for choice in question.choices for text in (choice.text, choice.feedback or "")]
                elif isinstance(item, Feed):
                    texts += [text for post in item.posts for text in (post.author, post.text, post.explanation or "")]
                elif isinstance(item, Scenario):
                    for node in item.nodes:
                        texts += [node.title or "", node.body or "", *(c.text for c in node.choices),
                                  *(c.feedback or "" for c in node.choices)]
    return [text for text in texts if text]


def test_the_course_texts_render_as_before():
    texts = _course_texts()
    fast = [text for text in texts if plain_line(text)]
    assert len(fast) > len(texts) // 2  # most of the course's short texts skip Markdown
    for text in texts:
        assert_same(text)
