"""``{var}`` interpolation: parsing a line's English source into pieces, and filling them in."""

from __future__ import annotations

import re
from collections.abc import Callable

from game.story.model import Ref, Text
from game.story.values import Value, format_value

_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*\Z")


class TextError(ValueError):
    """A text whose braces cannot be read."""


def scan_braces(source: str) -> list[tuple[bool, str]]:
    """``source`` as literal runs ``(False, text)`` and placeholder bodies ``(True, body)``, in order.

    ``{{`` and ``}}`` stand for braces. The one scanner behind story text and translations alike.
    """
    parts: list[tuple[bool, str]] = []
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
            if literal:
                parts.append((False, "".join(literal)))
                literal.clear()
            parts.append((True, source[i + 1 : close]))
            i = close + 1
            continue
        literal.append(ch)
        i += 1
    if literal:
        parts.append((False, "".join(literal)))
    return parts


def parse_text(source: str) -> Text:
    """Split ``source`` into literal pieces and ``{name}`` placeholders; ``{{``/``}}`` stand for braces."""
    pieces: list[str | Ref] = []
    for is_slot, body in scan_braces(source):
        if not is_slot:
            pieces.append(body)
            continue
        name = body.strip()
        if not _NAME.match(name):
            raise TextError(f"'{{{name}}}' is not a variable name")
        pieces.append(Ref(name))
    return Text(source, tuple(pieces))


def render(text: Text, lookup: Callable[[str], Value]) -> str:
    """The text with every placeholder replaced by its variable's current value."""
    if len(text.pieces) == 1 and isinstance(text.pieces[0], str):
        return text.pieces[0]
    return "".join(p if isinstance(p, str) else format_value(lookup(p.name)) for p in text.pieces)


def placeholder_values(text: Text, lookup: Callable[[str], Value]) -> dict[str, str]:
    """The formatted value of each placeholder, so that a translation can fill in its own copy of the text."""
    return {name: format_value(lookup(name)) for name in text.refs}
