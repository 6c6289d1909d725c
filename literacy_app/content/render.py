"""Rendering is a pure function: Markdown -> sanitised HTML fragment -> jinja2 page."""

from __future__ import annotations

import html
import re
import sys
from functools import lru_cache
from typing import TYPE_CHECKING

import nh3

from literacy_app import resources

if TYPE_CHECKING:  # Markdown and Jinja2 are imported on first use: importing this module stays cheap
    import jinja2
    import markdown

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "del", "div", "dl", "dt", "em", "h1", "h2",
    "h3", "h4", "h5", "h6", "hr", "i", "img", "kbd", "li", "mark", "ol", "p", "pre", "s", "small", "span",
    "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
}
ALLOWED_ATTRIBUTES = {
    "*": {"class", "id", "title"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "td": {"align", "colspan", "rowspan"},
    "th": {"align", "colspan", "rowspan"},
    "abbr": {"title"},
}
URL_SCHEMES = {"http", "https", "mailto"}

LIGHT = {"text": "#1b1b1f", "muted": "#55585f", "link": "#0b57d0", "accent": "#e8f0fe", "code": "#f1f3f4"}
DARK = {"text": "#e8e8ea", "muted": "#b5b8bf", "link": "#8ab4f8", "accent": "#1f2a3d", "code": "#2a2c31"}
HIGH_CONTRAST = {"text": "#ffffff", "muted": "#ffffff", "link": "#ffff00", "accent": "#000080", "code": "#000000"}
THEMES = {"light": LIGHT, "dark": DARK, "high-contrast": HIGH_CONTRAST}


def _import_fenced_code() -> type:
    """FencedCodeExtension, without Pygments: the extension imports codehilite, which imports Pygments when it
    is installed (the test tools bring it), although nothing here highlights code. Hiding it for that one
    import keeps it off start-up; codehilite then simply records that Pygments is missing."""
    hide = "pygments" not in sys.modules
    if hide:
        sys.modules["pygments"] = None  # "import pygments" now raises ImportError
    try:
        from markdown.extensions.fenced_code import FencedCodeExtension
    finally:
        if hide:
            del sys.modules["pygments"]
    return FencedCodeExtension


@lru_cache(maxsize=1)
def _converter() -> markdown.Markdown:
    import markdown
    from markdown.extensions.abbr import AbbrExtension
    from markdown.extensions.attr_list import AttrListExtension
    from markdown.extensions.def_list import DefListExtension
    from markdown.extensions.footnotes import FootnoteExtension
    from markdown.extensions.sane_lists import SaneListExtension
    from markdown.extensions.tables import TableExtension

    FencedCodeExtension = _import_fenced_code()  # noqa: N806 (a class)
    # extension objects, not names: names are looked up at run time and go missing in frozen builds
    return markdown.Markdown(
        extensions=[
            AbbrExtension(), AttrListExtension(), DefListExtension(), FencedCodeExtension(),
            FootnoteExtension(), SaneListExtension(), TableExtension(),
        ],
        output_format="html",
    )


def sanitize(html: str) -> str:
    """Remove scripts, frames, event handlers and unsafe URLs; keep class and id for styling."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


FIGURE_RE = re.compile(r"<p>\s*(<img [^>]*>)\s*</p>")


# Python-Markdown's link matching slows down faster than quadratically with unbalanced brackets
MAX_BRACKETS_PER_PARAGRAPH = 500
MAX_DIVS = 200
DIV_TAG_RE = re.compile(r"</?div\b[^>]*>")


def _defuse_brackets(text: str) -> str:
    """A paragraph crammed with brackets is never a set of real links: show it as plain text, in time."""
    if text.count("[") <= MAX_BRACKETS_PER_PARAGRAPH:
        return text
    return "\n\n".join(
        _plain_paragraphs(part) if part.count("[") > MAX_BRACKETS_PER_PARAGRAPH else part
        for part in text.split("\n\n")
    )


def _plain_paragraphs(text: str) -> str:
    """Text shown as typed, one paragraph per blank-line-separated part."""
    return "\n".join(f"<p>{html.escape(part.strip())}</p>" for part in text.split("\n\n") if part.strip())


def render_markdown(text: str) -> str:
    """Markdown -> safe HTML fragment."""
    text = _defuse_brackets(text)
    converter = _converter()
    converter.reset()
    try:
        converted = converter.convert(text)
    except RecursionError:
        # nested deeper than Python-Markdown can follow; a fresh converter, as the old one is left half-way
        _converter.cache_clear()
        converted = _plain_paragraphs(text)
    html = sanitize(converted)
    if html.count("<div") > MAX_DIVS:
        html = DIV_TAG_RE.sub("", html)  # thousands of nested boxes take Qt's layout many seconds
    # a picture alone in a paragraph must not get the text's line spacing (it would add a gap)
    return FIGURE_RE.sub(r'<p class="figure">\1</p>', html)


def render_inline(text: str) -> str:
    """Markdown for a single line (a choice, a feedback): no surrounding paragraph."""
    html = render_markdown(text).strip()
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return html


@lru_cache(maxsize=1)
def _page_template() -> jinja2.Template:
    import jinja2

    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    return env.from_string(resources.template_text("page.html.j2"))


def render_page(fragment: str, title: str = "", font_pt: float = 12.0, dark: bool = False,
                theme: str | None = None) -> str:
    """A whole page for the prose viewer; the fragment must already be sanitised."""
    colors = THEMES.get(theme or ("dark" if dark else "light"), LIGHT)
    return _page_template().render(body=fragment, title=title, font_pt=round(font_pt, 1), colors=colors)
