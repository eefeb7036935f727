"""Story files: safe YAML with every value's line and column, then the story model (``game.story.model``).

The loader is a :class:`yaml.SafeLoader` subclass that keeps marks: every value comes back as a
:class:`Located` (value, 1-based line and column, and a scalar's text as written); mappings as :class:`YMap`.
It reports a duplicate key at its second occurrence (and keeps the first), and refuses aliases, merge keys and
tags, which a story never needs. ``game.content.story_build`` turns the located tree into the model.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from game.content.diagnostics import ContentError, Diagnostic
from game.limits import STORY_FILE
from game.readfile import read_bytes
from game.story.model import Story

MAX_DEPTH = 48
"""Deeper nesting is refused: no story needs it, and it bounds the recursion of the walkers."""

MAX_BYTES = 4_000_000

_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"


@dataclass(frozen=True, slots=True)
class Located:
    """A YAML value with its 1-based position. ``raw`` is a scalar's text as written (None otherwise)."""

    value: object
    line: int
    col: int
    raw: str | None = None

    def describe(self) -> str:
        """How YAML read the value, for messages: ``a boolean``, ``a number``, ``a list``..."""
        value = self.value
        if isinstance(value, bool):
            return "a boolean"
        if isinstance(value, int | float):
            return "a number"
        if value is None:
            return "nothing (null)"
        if isinstance(value, str):
            return "text"
        if isinstance(value, list):
            return "a list"
        if isinstance(value, YMap):
            return "a mapping"
        return f"a {type(value).__name__}"


class YMap:
    """A YAML mapping with string keys, in file order; each entry keeps its key's and value's positions."""

    __slots__ = ("dropped", "entries")

    def __init__(self) -> None:
        self.entries: dict[str, tuple[Located, Located]] = {}
        self.dropped = False
        """An entry was left out (a key that is not text, already reported)."""

    def __iter__(self) -> Iterator[str]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, key: object) -> bool:
        return key in self.entries

    def get(self, key: str) -> Located | None:
        """The value for ``key``, if present."""
        entry = self.entries.get(key)
        return entry[1] if entry else None

    def key(self, key: str) -> Located:
        """Where ``key`` itself is written."""
        return self.entries[key][0]

    def items(self) -> Iterator[tuple[str, Located, Located]]:
        """``(key, key position, value)`` in file order."""
        for name, (key, value) in self.entries.items():
            yield name, key, value


class _MarkedLoader(yaml.SafeLoader):
    """A safe loader whose construction keeps marks and reports duplicate keys."""

    def __init__(self, stream: bytes, path: str) -> None:
        super().__init__(stream)
        self.path = path
        self.problems: list[Diagnostic] = []
        self._depth = 0

    def compose_node(self, parent: Node | None, index: object) -> Node | None:
        """Compose as usual, refusing aliases and very deep nesting."""
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
            raise yaml.MarkedYAMLError(None, None, "aliases (*name) are not supported in story files", mark)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
                raise yaml.MarkedYAMLError(None, None, f"nested more than {MAX_DEPTH} levels deep", mark)
            return super().compose_node(parent, index)  # type: ignore[arg-type]
        finally:
            self._depth -= 1

    def located(self, node: Node) -> Located:
        """The node's value as located values (mappings as :class:`YMap`, sequences as lists)."""
        line, col = node.start_mark.line + 1, node.start_mark.column + 1
        if isinstance(node, MappingNode):
            self._plain_tag(node, _MAP_TAG)
            return Located(self._mapping(node), line, col)
        if isinstance(node, SequenceNode):
            self._plain_tag(node, _SEQ_TAG)
            return Located([self.located(item) for item in node.value], line, col)
        assert isinstance(node, ScalarNode)
        try:
            value = self.construct_object(node, deep=True)
        except (ValueError, OverflowError, TypeError) as err:
            # PyYAML's resolver accepts things its constructors then reject (a timestamp with month 13).
            raise yaml.MarkedYAMLError(
                None, None, f"cannot read {_short(node.value)}: {err}", node.start_mark
            ) from None
        return Located(value, line, col, node.value)

    def _plain_tag(self, node: Node, expected: str) -> None:
        if node.tag != expected:
            raise yaml.MarkedYAMLError(
                None, None, f"YAML tags ({node.tag}) are not supported", node.start_mark
            )

    def _mapping(self, node: MappingNode) -> YMap:
        result = YMap()
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise yaml.MarkedYAMLError(
                    None, None, "merge keys (<<) are not supported", key_node.start_mark
                )
            key = self.located(key_node)
            value = self.located(value_node)
            if not isinstance(key.value, str):
                shown = key.raw if key.raw is not None else key_node.id
                self.problems.append(
                    Diagnostic(
                        self.path,
                        key.line,
                        key.col,
                        "S003",
                        f"a key must be text, but YAML read `{shown}` as {key.describe()}; put it in quotes",
                    )
                )
                result.dropped = True
                continue
            if key.value in result.entries:
                first = result.entries[key.value][0]
                self.problems.append(
                    Diagnostic(
                        self.path,
                        key.line,
                        key.col,
                        "S002",
                        f"duplicate key '{key.value}' (first written at line {first.line})",
                    )
                )
                continue
            result.entries[key.value] = (key, value)
        return result


def read_located(data: bytes, path: str) -> tuple[Located | None, list[Diagnostic]]:
    """Parse YAML text into located values; YAML errors and duplicate keys become diagnostics."""
    if len(data) > MAX_BYTES:
        return None, [Diagnostic(path, 1, 1, "S001", f"the file is larger than {MAX_BYTES} bytes")]
    try:
        loader = _MarkedLoader(data, path)
    except yaml.reader.ReaderError as err:  # the reader decodes the start of the stream at once
        return None, [_reader_problem(data, err, path)]
    try:
        node = loader.get_single_node()
        root = loader.located(node) if node is not None else None
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        context = err.context
        if context and err.context_mark and err.context_mark is not mark:
            where = err.context_mark
            context = f"{context} (from line {where.line + 1}, column {where.column + 1})"
        message = ", ".join(p for p in (context, err.problem) if p) or "cannot read YAML"
        return None, [*loader.problems, Diagnostic(path, line, col, "S001", message + _plain_hint(message))]
    except yaml.reader.ReaderError as err:
        return None, [*loader.problems, _reader_problem(data, err, path)]
    except yaml.YAMLError as err:
        return None, [*loader.problems, Diagnostic(path, 1, 1, "S001", " ".join(str(err).split()))]
    finally:
        loader.dispose()
    return root, loader.problems


def _short(text: str, limit: int = 60) -> str:
    """A value as written, cut to ``limit`` characters (a 5000-digit number stays one readable line)."""
    return repr(text) if len(text) <= limit else repr(text[:limit]) + f"... ({len(text)} characters)"


_INDENT_SIGNS = (
    "expected <block end>",
    "did not find expected key",
    "mapping values are not allowed here",
    "could not find expected ':'",
    "did not find expected '-' indicator",
)


def _plain_hint(message: str) -> str:
    """What a YAML parser message most often means, in plain words."""
    if "'\\t'" in message:  # PyYAML shows the tab it stopped at as '\\t'
        return " (YAML indents with spaces only: replace the tab with spaces)"
    if any(sign in message for sign in _INDENT_SIGNS):
        return (
            " (the indentation is probably off here or on the line above: keys of one mapping must line up"
            " exactly, and a list item's `- ` needs its own indent; a text with ': ' in it needs quotes)"
        )
    return ""


def _reader_problem(data: bytes, err: yaml.reader.ReaderError, path: str) -> Diagnostic:
    """Bytes that are not UTF-8 text, or a character YAML does not accept, with where it is."""
    code = err.character if isinstance(err.character, int) else ord(err.character[:1] or b"\0")
    if err.reason == "special characters are not allowed":
        before = data.decode("utf-8", "replace")[: err.position]
        message = f"a character YAML does not accept: U+{code:04X}"
    else:  # a decoding error: the position counts bytes
        before = data[: err.position].decode("utf-8", "replace")
        message = f"the file is not UTF-8 text: byte 0x{code:02x} ({err.reason})"
    line = before.count("\n") + 1
    col = len(before) - (before.rfind("\n") + 1) + 1
    return Diagnostic(path, line, col, "S001", message)


def parse_story(data: bytes | str, path: str) -> tuple[Story | None, list[Diagnostic]]:
    """Build a story leniently: every problem found is a diagnostic; unreadable steps become ``Invalid``."""
    from game.content.story_build import build_story  # here: story_build imports this module's types

    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    root, problems = read_located(raw, path)
    if root is None:
        if not problems:
            problems = [
                Diagnostic(path, 1, 1, "S003", "the file is empty; a story is a mapping with 'nodes'")
            ]
        return None, problems
    story, more = build_story(root, path)
    diagnostics = sorted([*problems, *more], key=lambda d: (d.line, d.col))
    return story, diagnostics


def load_story_text(data: bytes | str, path: str) -> Story:
    """A story from YAML text; raises :class:`ContentError` listing every problem."""
    story, diagnostics = parse_story(data, path)
    if diagnostics or story is None:
        raise ContentError(diagnostics)
    return story


def read_story_file(path: Path) -> tuple[Story | None, list[Diagnostic]]:
    """Read and leniently parse a story file; an unreadable file is one S000 diagnostic."""
    try:
        data = read_bytes(path, STORY_FILE)
    except OSError as err:
        return None, [
            Diagnostic(str(path), 1, 1, "S000", f"cannot read the story file: {err.strerror or err}")
        ]
    return parse_story(data, str(path))


def load_story(path: Path) -> Story:
    """Load a story file; raises :class:`ContentError` listing every problem in it."""
    story, diagnostics = read_story_file(path)
    if diagnostics or story is None:
        raise ContentError(diagnostics)
    return story
