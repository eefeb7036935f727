"""``{var}`` interpolation: parsing a line's English source into pieces, and filling them in."""

from __future__ import annotations

import re
from collections.abc import Callable

from game.story.model import Ref, Text
from game.story.values import Value, format_value

_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*\Z")


class TextError(Exception):
    """A text whose braces cannot be read."""


def parse_text(source: str) -> Text:
    """Split ``source`` into literal pieces and ``{name}`` placeholders; ``{{``/``}}`` stand for braces."""
    pieces: list[str | Ref] = []
    literal: list[str] = []
    i, n = 0, len(source)
    while i < n:
        ch = source[i]
        if ch in "{}" and i + 1 < n and source[i + 1] == ch:
            literal.append(ch)
            i += 2
            continue
        if ch == "}":
            raise TextError("a lone '}' (write '}}' for a brace)")
        if ch == "{":
            close = source.find("}", i + 1)
            if close < 0:
                raise TextError("a '{' is never closed (write '{{' for a brace)")
            name = source[i + 1 : close].strip()
            if not _NAME.match(name):
                raise TextError(f"'{{{name}}}' is not a variable name")
            if literal:
                pieces.append("".join(literal))
                literal.clear()
            pieces.append(Ref(name))
            i = close + 1
            continue
        literal.append(ch)
        i += 1
    if literal:
        pieces.append("".join(literal))
    return Text(source, tuple(pieces))


def render(text: Text, lookup: Callable[[str], Value]) -> str:
    """The text with every placeholder replaced by its variable's current value."""
    if len(text.pieces) == 1 and isinstance(text.pieces[0], str):
        return text.pieces[0]
    return "".join(p if isinstance(p, str) else format_value(lookup(p.name)) for p in text.pieces)


def placeholder_values(text: Text, lookup: Callable[[str], Value]) -> dict[str, str]:
    """The formatted value of each placeholder, so that a translation can fill in its own copy of the text."""
    return {name: format_value(lookup(name)) for name in text.refs}
