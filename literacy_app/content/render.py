"""Rendering is a pure function: Markdown -> sanitised HTML fragment -> jinja2 page."""

from __future__ import annotations

import re
import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING

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
    "ol": {"start"},
    "img": {"src", "alt", "width", "height"},
    "td": {"align", "colspan", "rowspan"},
    "th": {"align", "colspan", "rowspan"},
    "abbr": {"title"},
}
URL_SCHEMES = {"http", "https", "mailto"}

# "code" is the background of code spans and blocks: it must stand apart from the page (the palette's Base)
LIGHT = {"text": "#1b1b1f", "muted": "#55585f", "link": "#0b57d0", "accent": "#e8f0fe", "code": "#e8eaed"}
DARK = {"text": "#e8e8ea", "muted": "#b5b8bf", "link": "#8ab4f8", "accent": "#1f2a3d", "code": "#45474d"}
HIGH_CONTRAST = {"text": "#ffffff", "muted": "#ffffff", "link": "#ffff00", "accent": "#000080", "code": "#333333"}
THEMES = {"light": LIGHT, "dark": DARK, "high-contrast": HIGH_CONTRAST}


@contextmanager
def _without_pygments() -> Iterator[None]:
    """Code is never highlighted, but the fenced-code extensions import Pygments when it is installed (the test
    tools bring it). Hiding it for their import keeps it off the first render; they then record that it is
    missing."""
    hide = "pygments" not in sys.modules
    if hide:
        sys.modules["pygments"] = None  # type: ignore[assignment]  # "import pygments" now raises ImportError
    try:
        yield
    finally:
        if hide:
            del sys.modules["pygments"]


@contextmanager
def _without_url_opener() -> Iterator[None]:
    """pymdownx takes two path helpers from urllib.request, which loads HTTP, e-mail parsing and SSL with them
    (18 ms and several MB on the first render). Only pymdownx's path extensions call them, and none is used
    here. For pymdownx's import, urllib.request is a stand-in with just those two, each passing the call to
    the real module; any later import gets the real module. Only while no other thread runs (LRS delivery
    and the class publisher are started from this one): another thread's import would get the stand-in."""
    threads = sys.modules.get("threading")
    if "urllib.request" in sys.modules or (threads is not None and threads.active_count() > 1):
        yield
        return
    stand_in = types.ModuleType("urllib.request")
    stand_in.pathname2url = lambda path: _url_opener().pathname2url(path)  # type: ignore[attr-defined]
    stand_in.url2pathname = lambda url: _url_opener().url2pathname(url)  # type: ignore[attr-defined]
    sys.modules["urllib.request"] = stand_in
    try:
        yield
    finally:
        if sys.modules.get("urllib.request") is stand_in:
            del sys.modules["urllib.request"]


@contextmanager
def _extensions_by_module_path() -> Iterator[None]:
    """SuperFences adds pymdownx.highlight by name, and Markdown looks a name up among every installed package's
    entry points first: that loads importlib.metadata with e-mail parsing and sockets and reads each package's
    metadata (15 ms on the first render). No package registers that name, so Markdown then imports the module
    by its dotted path; while the converter is built it goes there directly."""
    import markdown.util

    scan = markdown.util.get_installed_extensions
    markdown.util.get_installed_extensions = lambda: ()  # type: ignore[assignment,return-value]
    try:
        yield
    finally:
        markdown.util.get_installed_extensions = scan


def _url_opener() -> types.ModuleType:
    import urllib.request

    return urllib.request


@lru_cache(maxsize=1)
def _converter() -> markdown.Markdown:
    import markdown
    from markdown.extensions.abbr import AbbrExtension
    from markdown.extensions.attr_list import AttrListExtension
    from markdown.extensions.def_list import DefListExtension
    from markdown.extensions.footnotes import FootnoteExtension
    from markdown.extensions.sane_lists import SaneListExtension
    from markdown.extensions.tables import TableExtension

    from literacy_app.content.markdown_habits import HabitsExtension

    with _without_pygments(), _without_url_opener():
        from pymdownx.highlight import HighlightExtension
        from pymdownx.magiclink import MagiclinkExtension
        from pymdownx.saneheaders import SaneHeadersExtension
        from pymdownx.superfences import SuperFencesCodeExtension
        from pymdownx.tilde import DeleteSubExtension

    # extension objects, not names: names are looked up at run time and go missing in frozen builds
    with _extensions_by_module_path():
        return markdown.Markdown(
            extensions=[
                AbbrExtension(), AttrListExtension(), DefListExtension(), FootnoteExtension(), SaneListExtension(),
                TableExtension(use_align_attribute=True),  # align="…" passes the sanitiser; a style would not
                # fenced code, also inside list items and quotes; never highlighted
                HighlightExtension(use_pygments=False), SuperFencesCodeExtension(),
                SaneHeadersExtension(),  # "#ad" is text; "# Title" is a heading
                DeleteSubExtension(subscript=False),  # ~~struck~~; a single ~ stays "about"
                MagiclinkExtension(),  # bare https:// and www. addresses become links
                HabitsExtension(),  # two-space lists, escapes, backslash breaks, task lists, callouts
            ],
            output_format="html",
        )


def sanitize(html: str) -> str:
    """Remove scripts, frames, event handlers and unsafe URLs; keep class and id for styling."""
    import nh3  # 1.6 MB: loaded with the first page rendered, not for a page from the page cache

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
    from html import escape  # with its table of entities, only for such rare text

    return "\n".join(f"<p>{escape(part.strip())}</p>" for part in text.split("\n\n") if part.strip())


# A line in which neither Markdown, its extensions (links from "www." or "://", e-mail addresses) nor the sanitiser
# (which writes &, <, > and a no-break space as entities) changes anything: no character that starts inline syntax,
# nothing at the start that starts a block (heading, quote, list, table, definition), single spaces only, no control
# characters. Such a line renders as itself in a paragraph; tests/content/test_render_fast_path.py proves it over
# generated strings and the course's own.
_PLAIN = r"[^\s\\`*_\[\]{}<>&~@|\x00-\x1f\x7f-\x9f\u00a0\ud800-\udfff]+"
# "@" only at the start of a word: a handle ("thanks @Lumen") is plain text, while an e-mail address (a word
# before the "@") becomes a link
_WORD = rf"@?{_PLAIN}"
PLAIN_LINE_RE = re.compile(rf"(?![\d#>+=:|-]){_WORD}(?: {_WORD})*")
# the short texts of activities (a post, a feedback) are rendered again each time their step is shown; pages of
# prose are longer and have their own cache (page_cache.py)
CACHED_TEXT_LENGTH = 500


def plain_line(text: str) -> bool:
    """True when `text` is a line, or lines of one paragraph, that Markdown and the sanitiser leave exactly as
    they are (a paragraph keeps its line breaks)."""
    return (all(PLAIN_LINE_RE.fullmatch(line) is not None for line in text.split("\n"))
            and "://" not in text and "www." not in text.lower())


def render_markdown(text: str) -> str:
    """Markdown -> safe HTML fragment."""
    if plain_line(text):
        return f"<p>{text}</p>"  # what the converter gives, without it (most choices, prompts and posts)
    if len(text) <= CACHED_TEXT_LENGTH:
        return _render_short(text)
    return _render(text)


@lru_cache(maxsize=1024)
def _render_short(text: str) -> str:
    return _render(text)


def _render(text: str) -> str:
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
    if plain_line(text):
        return text
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
