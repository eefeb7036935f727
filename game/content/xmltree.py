"""A small XML tree that remembers where each element starts (line and column), built with expat.

ElementTree forgets positions; error messages must name the line of the object that broke (DESIGN.md §6).
Expat is in the standard library and written in C, so keeping positions costs little.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from xml.parsers import expat

from game.content.diagnostics import ContentError, Diagnostic
from game.limits import MAP_FILE, TEMPLATE_FILE, TILESET_FILE, XML_DEPTH, Limit
from game.readfile import FileRefusedError, read_bytes

_FILE_LIMITS = {"map file": MAP_FILE, "tileset": TILESET_FILE, "template": TEMPLATE_FILE}
"""How large each kind of XML file may be (:mod:`game.limits`); another kind is held to a map's limit."""


class _TooDeepError(Exception):
    """Raised inside expat's handlers when elements nest past :data:`game.limits.XML_DEPTH`."""

    def __init__(self, line: int, col: int) -> None:
        super().__init__(line, col)
        self.line = line
        self.col = col


class Node(ET.Element):
    """An ElementTree element that also knows where it starts (1-based line and column).

    Being a real Element, the same tree feeds pytmx (``TiledMap.parse_xml``), so a map is parsed once.
    """

    __slots__ = ("col", "line", "text_col", "text_line")
    line: int
    col: int
    text_line: int
    """Where the element's text starts (1-based), to point into CSV layer data; its own start when empty."""
    text_col: int

    @property
    def children(self) -> list[Node]:
        """The child elements, in order."""
        return list(self)  # type: ignore[arg-type]

    def find(self, path: str, namespaces: dict[str, str] | None = None) -> Node | None:
        """The first direct child with this tag (the element API, typed as a Node)."""
        return super().find(path, namespaces)  # type: ignore[return-value]

    def findall(self, path: str, namespaces: dict[str, str] | None = None) -> list[Node]:  # type: ignore[override]
        """Every direct child with this tag (the element API, typed as a Node)."""
        return super().findall(path, namespaces)  # type: ignore[return-value]


def parse_bytes(data: bytes, path: str) -> Node:
    """Parse XML into a :class:`Node` tree; malformed XML raises :class:`ContentError` with line and column."""
    parser = expat.ParserCreate()
    root: list[Node] = []
    stack: list[Node] = []
    texts: list[list[str]] = []

    def start(tag: str, attrs: dict[str, str]) -> None:
        if len(stack) >= XML_DEPTH.value:  # checked here: the tree's users (and pytmx) walk it recursively
            raise _TooDeepError(parser.CurrentLineNumber, parser.CurrentColumnNumber + 1)
        node = Node(tag, attrs)
        node.line = node.text_line = parser.CurrentLineNumber
        node.col = node.text_col = parser.CurrentColumnNumber + 1
        if stack:
            stack[-1].append(node)
        else:
            root.append(node)
        stack.append(node)
        texts.append([])

    def end(_tag: str) -> None:
        node = stack.pop()
        chunks = texts.pop()
        if chunks:
            node.text = "".join(chunks)

    def chars(data: str) -> None:
        if texts:
            if not texts[-1]:
                stack[-1].text_line = parser.CurrentLineNumber
                stack[-1].text_col = parser.CurrentColumnNumber + 1
            texts[-1].append(data)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    parser.buffer_text = False  # (True would report where the buffered text ends, not where it starts)
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        message = expat.ErrorString(exc.code) if exc.code else str(exc)
        raise ContentError(
            [Diagnostic(path, exc.lineno, exc.offset + 1, "M001", f"malformed XML: {message}")]
        ) from None
    except _TooDeepError as exc:
        message = f"elements nest deeper than {XML_DEPTH.value} levels (groups in groups?); flatten the file"
        raise ContentError([Diagnostic(path, exc.line, exc.col, "M001", message)]) from None
    if not root:
        raise ContentError([Diagnostic(path, 1, 1, "M001", "malformed XML: no root element")])
    return root[0]


def parse_file(
    path: Path, shown: str | None = None, code: str = "M002", what: str = "file", limit: Limit | None = None
) -> Node:
    """Read and parse an XML file; a missing, unreadable or refused file raises :class:`ContentError` with ``code``.

    The file is read through :func:`game.readfile.read_bytes`: only a regular file, at most ``limit`` bytes
    (by default the limit for ``what``: a map file, a tileset or a template).
    """
    name = shown if shown is not None else str(path)
    try:
        data = read_bytes(path, limit or _FILE_LIMITS.get(what, MAP_FILE), f"a {what}")
    except FileNotFoundError:
        raise ContentError([Diagnostic(name, 0, 0, code, f"{what} not found")]) from None
    except FileRefusedError as exc:
        raise ContentError([Diagnostic(name, 0, 0, code, f"{what} refused: {exc.strerror}")]) from None
    except OSError as exc:
        raise ContentError([Diagnostic(name, 0, 0, code, f"{what} unreadable: {exc.strerror}")]) from None
    return parse_bytes(data, name)
