"""A small XML tree that remembers where each element starts (line and column), built with expat.

ElementTree forgets positions; error messages must name the line of the object that broke (DESIGN.md §6).
Expat is in the standard library and written in C, so keeping positions costs little. Text is kept only for
the elements that carry meaning in Tiled files (``data`` is skipped: pytmx decodes tile data).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from xml.parsers import expat

from game.content.diagnostics import ContentError, Diagnostic

TEXT_TAGS = frozenset({"property", "text"})
"""Elements whose character data matters (multi-line string properties, text objects)."""


@dataclass(slots=True)
class Node:
    """One XML element: tag, attributes, children and where it starts (1-based line and column)."""

    tag: str
    attrib: dict[str, str]
    line: int
    col: int
    children: list[Node] = field(default_factory=list)
    text: str = ""

    def get(self, key: str, default: str | None = None) -> str | None:
        """An attribute's value, or ``default``."""
        return self.attrib.get(key, default)

    def find(self, tag: str) -> Node | None:
        """The first direct child with this tag."""
        for child in self.children:
            if child.tag == tag:
                return child
        return None

    def findall(self, tag: str) -> list[Node]:
        """Every direct child with this tag."""
        return [c for c in self.children if c.tag == tag]


def parse_bytes(data: bytes, path: str) -> Node:
    """Parse XML into a :class:`Node` tree; malformed XML raises :class:`ContentError` with line and column."""
    parser = expat.ParserCreate()
    root: list[Node] = []
    stack: list[Node] = []
    texts: list[list[str]] = []

    def start(tag: str, attrs: dict[str, str]) -> None:
        node = Node(tag, attrs, parser.CurrentLineNumber, parser.CurrentColumnNumber + 1)
        if stack:
            stack[-1].children.append(node)
        else:
            root.append(node)
        stack.append(node)
        texts.append([])

    def end(_tag: str) -> None:
        node = stack.pop()
        chunks = texts.pop()
        if chunks and node.tag in TEXT_TAGS:
            node.text = "".join(chunks)

    def chars(data: str) -> None:
        if stack and stack[-1].tag in TEXT_TAGS:
            texts[-1].append(data)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    parser.buffer_text = True
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        message = expat.ErrorString(exc.code) if exc.code else str(exc)
        raise ContentError(
            [Diagnostic(path, exc.lineno, exc.offset + 1, "M001", f"malformed XML: {message}")]
        ) from None
    if not root:
        raise ContentError([Diagnostic(path, 1, 1, "M001", "malformed XML: no root element")])
    return root[0]


def parse_file(path: Path, shown: str | None = None, code: str = "M002", what: str = "file") -> Node:
    """Read and parse an XML file; a missing or unreadable file raises :class:`ContentError` with ``code``."""
    name = shown if shown is not None else str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ContentError([Diagnostic(name, 0, 0, code, f"{what} not found")]) from None
    except OSError as exc:
        raise ContentError([Diagnostic(name, 0, 0, code, f"{what} unreadable: {exc.strerror}")]) from None
    return parse_bytes(data, name)
