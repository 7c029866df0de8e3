"""Text from the YAML reaches a page as text.

A text field may use only this small Markdown (rules/STYLE.md): **bold**, *italics*, paragraphs and
line breaks, and list items starting with "- ". Everything else appears exactly as typed: HTML,
Markdown links and images, headings, attribute lists `{ … }`, admonitions, tables, `{{ }}`.

- `markdown(text)`: for Markdown pages. HTML is escaped, and every other Markdown or extension
  syntax is backslash-escaped, so Python-Markdown prints it literally.
- `html(text)`: for raw HTML blocks and the page scripts' data: escaped, with <strong>/<em> only.
- `plain_html(text)`: no Markdown at all (titles in navigation, <title>, attributes).

The template environment (render.py) applies `markdown()` to every `{{ value }}` that is not marked
safe, so a template that forgets a filter still prints text, never markup.
"""

from __future__ import annotations

import html as _html
import re

from markupsafe import Markup

# Characters that start Markdown or extension syntax inside a line (links, images, code, attribute
# lists, table cells), all of them in Python-Markdown's escapable set. `*` and `_` stay: they are
# the allowed emphasis. `<`, `>` and `&` are escaped as HTML first.
_INLINE = re.compile(r"([\\`\[\]\(\)\{\}!|#+])")
# At the start of a line: lists other than "- ", rules, setext headings, numbered lists, details.
_LINE_START = re.compile(r"^(\s*)(?:(\* |[-+](?! ))|([=?])|(\d+)([.)]))", re.M)
_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_EM = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")


def _line_start(match: re.Match) -> str:
    indent, escapable, entity, number, mark = match.groups()
    if escapable:
        return indent + "\\" + escapable
    if entity:  # "???" and "===" have no backslash escape: an HTML entity prints them
        return indent + f"&#{ord(entity)};"
    return indent + number + "\\" + mark


def markdown(text: str) -> Markup:
    if isinstance(text, Markup):
        return text
    escaped = _INLINE.sub(r"\\\1", _html.escape(str(text), quote=True))
    return Markup(_LINE_START.sub(_line_start, escaped))


def html(text: str) -> Markup:
    escaped = _html.escape(str(text), quote=True)
    escaped = _EM.sub(r"<em>\1</em>", _STRONG.sub(r"<strong>\1</strong>", escaped))
    return Markup(escaped.replace("\n\n", "</p><p>").replace("\n", "<br>"))


def plain_html(text: str) -> Markup:
    return Markup(_html.escape(str(text), quote=True))


def one_line(text: str) -> str:
    """A text for a table cell or a heading: its lines joined."""
    return " ".join(str(text).split())


_MARKUP = re.compile(r"\*\*|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)")


def plain(*texts: str) -> str:
    """Texts as one plain text (the search index, calendars): emphasis marks removed."""
    return " ".join(_MARKUP.sub("", one_line(text)) for text in texts if text)
