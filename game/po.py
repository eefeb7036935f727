"""A small reader and writer for gettext ``.po`` files, in pure Python.

Handles what translators' tools write: ``msgctxt``/``msgid``/``msgstr``, strings split over several lines,
C escapes, the four comment kinds (``#`` translator, ``#.`` extracted, ``#:`` references, ``#,`` flags),
previous strings of fuzzy entries (``#|``) and obsolete entries (``#~``). Plural forms are not used by the game
and are reported as errors. Writing then reading gives back the same entries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from game.content.diagnostics import ContentError, Diagnostic

WRAP = 76
"""Strings longer than this (or holding a newline before their end) are written over several lines."""

_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v", '"': '"', "\\": "\\"}
_UNESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\a": "\\a", "\b": "\\b"}
_UNESCAPES |= {"\f": "\\f", "\v": "\\v"}


@dataclass(frozen=True, slots=True)
class PoEntry:
    """One message: its context (the game's line id), English source, translation and comments."""

    msgid: str
    msgstr: str = ""
    msgctxt: str | None = None
    flags: tuple[str, ...] = ()
    comments: tuple[str, ...] = ()
    """Translator comments (``# ...``), kept as written."""
    extracted: tuple[str, ...] = ()
    """Comments from the extraction tool (``#. ...``): speaker, kind, placeholders."""
    references: tuple[str, ...] = ()
    """Where the source text is (``#: file:line``)."""
    previous_msgid: str | None = None
    """The English this translation was made for, when the English has since changed (``#| msgid``)."""
    obsolete: bool = False
    """No longer in the source; kept (``#~``) so a returning line gets its translation back."""
    line: int = field(default=0, compare=False)

    @property
    def fuzzy(self) -> bool:
        """True when the translation needs a translator's look (gettext does not use fuzzy entries)."""
        return "fuzzy" in self.flags


@dataclass(frozen=True, slots=True)
class PoFile:
    """A parsed ``.po`` file: the header's text and the entries in file order."""

    header: str = ""
    header_comments: tuple[str, ...] = ()
    entries: tuple[PoEntry, ...] = ()

    def header_fields(self) -> dict[str, str]:
        """The header's ``Name: value`` lines as a dict."""
        out: dict[str, str] = {}
        for raw in self.header.split("\n"):
            name, sep, value = raw.partition(":")
            if sep:
                out[name.strip()] = value.strip()
        return out

    def by_context(self) -> dict[str, PoEntry]:
        """Live (not obsolete) entries by msgctxt; entries without a context are left out."""
        return {e.msgctxt: e for e in self.entries if e.msgctxt is not None and not e.obsolete}


# -- reading ------------------------------------------------------------------------------------------------


class _Builder:
    """Collects the lines of one entry while the parser walks the file."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.fields: dict[str, list[str]] = {}
        self.previous: dict[str, list[str]] = {}
        self.comments: list[str] = []
        self.extracted: list[str] = []
        self.references: list[str] = []
        self.flags: list[str] = []
        self.obsolete = False
        self.line = 0
        self.last: list[str] | None = None
        self.prev_last: list[str] | None = None

    @property
    def complete(self) -> bool:
        return "msgid" in self.fields and "msgstr" in self.fields

    @property
    def has_comments(self) -> bool:
        return bool(self.comments or self.extracted or self.references or self.flags or self.previous)


def _unquote(text: str, path: str, line: int, col: int) -> str:
    """The value of a quoted C string ``"..."`` (``text`` starts at the opening quote)."""
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        raise _error(path, line, col, "I002", f"expected a quoted string, found {text!r}")
    out: list[str] = []
    i, body = 0, text[1:-1]
    while i < len(body):
        ch = body[i]
        if ch == '"':
            raise _error(path, line, col + i + 1, "I003", 'a quote inside a string must be written \\"')
        if ch != "\\":
            out.append(ch)
            i += 1
            continue
        if i + 1 >= len(body):
            raise _error(path, line, col + i + 1, "I003", "a string ends with a lone backslash")
        nxt = body[i + 1]
        if nxt in _ESCAPES:
            out.append(_ESCAPES[nxt])
            i += 2
        elif nxt in "01234567":
            digits = body[i + 1 : i + 4]
            end = next((k for k, c in enumerate(digits) if c not in "01234567"), len(digits))
            out.append(chr(int(digits[:end], 8)))
            i += 1 + end
        else:
            raise _error(path, line, col + i + 1, "I003", f"unknown escape \\{nxt}")
    return "".join(out)


def _error(path: str, line: int, col: int, code: str, message: str) -> ContentError:
    return ContentError([Diagnostic(path, line, col, code, message)])


def parse_po(text: str, path: str = "<po>") -> PoFile:
    """Parse ``.po`` text; raises :class:`ContentError` (``PATH:LINE:COL: error Innn``) on malformed input."""
    entries: list[PoEntry] = []
    header: PoEntry | None = None
    b = _Builder()

    def flush() -> None:
        nonlocal header
        if "msgid" not in b.fields:
            if "msgstr" in b.fields or "msgctxt" in b.fields:
                raise _error(path, b.line, 1, "I004", "an entry has no msgid")
            return
        if "msgstr" not in b.fields:
            raise _error(path, b.line, 1, "I004", "an entry has no msgstr")
        prev = b.previous.get("msgid")
        entry = PoEntry(
            msgid="".join(b.fields["msgid"]),
            msgstr="".join(b.fields["msgstr"]),
            msgctxt="".join(b.fields["msgctxt"]) if "msgctxt" in b.fields else None,
            flags=tuple(b.flags),
            comments=tuple(b.comments),
            extracted=tuple(b.extracted),
            references=tuple(b.references),
            previous_msgid="".join(prev) if prev is not None else None,
            obsolete=b.obsolete,
            line=b.line,
        )
        if (
            entry.msgid == ""
            and entry.msgctxt is None
            and not entry.obsolete
            and header is None
            and not entries
        ):
            header = entry
        else:
            entries.append(entry)
        b.reset()

    # Split on newlines only: str.splitlines() would also break at U+2028 and friends inside a string.
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line:
            continue
        obsolete = False
        if line.startswith("#~"):
            obsolete = True
            line = line[2:].strip()
            if not line:
                continue
        if line.startswith("#"):
            if b.complete:
                flush()
            if line.startswith("#|"):
                _previous_line(b, line[2:].strip(), path, number)
                continue
            b.line = b.line or number
            kind, rest = line[1:2], line[2:].strip()
            if kind == ".":
                b.extracted.append(rest)
            elif kind == ":":
                b.references.extend(rest.split())
            elif kind == ",":
                b.flags.extend(f.strip() for f in rest.split(",") if f.strip())
            else:
                b.comments.append(line[2:] if line[1:2] == " " else line[1:])
            continue
        if line.startswith('"'):
            if b.last is None:
                raise _error(path, number, 1, "I002", "a string continues nothing (no keyword before it)")
            b.last.append(_unquote(line, path, number, raw.find('"') + 1))
            continue
        keyword, _, rest = line.partition(" ")
        if keyword in ("msgid_plural",) or keyword.startswith("msgstr["):
            raise _error(path, number, 1, "I005", "plural forms are not used by the game")
        if keyword not in ("msgctxt", "msgid", "msgstr"):
            raise _error(path, number, 1, "I001", f"unknown keyword {keyword!r}")
        if keyword in b.fields or (keyword != "msgstr" and "msgstr" in b.fields):
            flush()
        if obsolete:
            b.obsolete = True
        b.line = b.line or number
        value: list[str] = [_unquote(rest.strip(), path, number, raw.find('"') + 1)]
        b.fields[keyword] = value
        b.last = value
    flush()
    if b.has_comments:
        raise _error(path, b.line, 1, "I004", "comments at the end of the file belong to no entry")
    return PoFile(
        header=header.msgstr if header else "",
        header_comments=header.comments if header else (),
        entries=tuple(entries),
    )


def _previous_line(b: _Builder, line: str, path: str, number: int) -> None:
    """A ``#|`` line: the previous msgctxt/msgid of a fuzzy entry, or a continuation of one."""
    b.line = b.line or number
    if line.startswith('"'):
        if b.prev_last is None:
            raise _error(path, number, 1, "I002", "a previous-string line continues nothing")
        b.prev_last.append(_unquote(line, path, number, 1))
        return
    keyword, _, rest = line.partition(" ")
    if keyword not in ("msgctxt", "msgid"):
        raise _error(path, number, 1, "I001", f"unknown previous keyword {keyword!r}")
    value = [_unquote(rest.strip(), path, number, 1)]
    b.previous[keyword] = value
    b.prev_last = value


# -- writing ------------------------------------------------------------------------------------------------


def quote(value: str) -> str:
    """``value`` as one quoted C string."""
    return '"' + "".join(_UNESCAPES.get(ch, ch) for ch in value) + '"'


def _pieces(value: str) -> list[str]:
    """Split a long string after newlines and spaces so no written line passes :data:`WRAP`."""
    out: list[str] = []
    for part in re.split(r"(?<=\n)", value):
        line = ""
        for word in _split_keep_spaces(part):
            if line and len(quote(line + word)) > WRAP:
                out.append(line)
                line = ""
            line += word
        if line:
            out.append(line)
    return out


def _split_keep_spaces(text: str) -> Iterator[str]:
    """Words with their trailing spaces, so joining them gives ``text`` back."""
    start = 0
    for i, ch in enumerate(text):
        if ch == " " and (i + 1 == len(text) or text[i + 1] != " "):
            yield text[start : i + 1]
            start = i + 1
    if start < len(text):
        yield text[start:]


def _field(keyword: str, value: str, prefix: str = "") -> list[str]:
    single = f"{prefix}{keyword} {quote(value)}"
    multiline = "\n" in value[:-1]
    if not multiline and len(single) <= WRAP + 4:
        return [single]
    return [f'{prefix}{keyword} ""', *(f"{prefix}{quote(p)}" for p in _pieces(value))]


def write_entry(entry: PoEntry) -> list[str]:
    """The lines of one entry (without the blank line between entries)."""
    lines = [f"# {c}" if c else "#" for c in entry.comments]
    lines += [f"#. {c}" if c else "#." for c in entry.extracted]
    lines += [f"#: {r}" for r in entry.references]
    if entry.flags:
        lines.append("#, " + ", ".join(entry.flags))
    if entry.previous_msgid is not None:
        lines += _field("msgid", entry.previous_msgid, "#| ")
    prefix = "#~ " if entry.obsolete else ""
    if entry.msgctxt is not None:
        lines += _field("msgctxt", entry.msgctxt, prefix)
    lines += _field("msgid", entry.msgid, prefix)
    lines += _field("msgstr", entry.msgstr, prefix)
    return lines


def write_po(po: PoFile) -> str:
    """The text of a ``.po`` file: header first, then each entry, one blank line apart."""
    blocks: list[list[str]] = []
    head = PoEntry(msgid="", msgstr=po.header, comments=po.header_comments)
    blocks.append(write_entry(head))
    blocks.extend(write_entry(e) for e in po.entries)
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


def make_header(fields: Iterable[tuple[str, str]]) -> str:
    """A header's text from ``(name, value)`` pairs."""
    return "".join(f"{name}: {value}\n" for name, value in fields)
