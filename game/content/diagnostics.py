"""Diagnostics: one actionable line per problem in a map or story file (DESIGN.md §6)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

_ESCAPES = {c: f"\\x{c:02x}" for c in (*range(32), 0x7F, 0x85)} | {
    10: "\\n",
    13: "\\r",
    9: "\\t",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}
"""Everything ``str.splitlines`` would break a line at (and the other control characters), shown escaped."""


class Severity(Enum):
    """How bad a problem is: errors fail ``check``; warnings are printed only."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """``PATH:LINE:COL: error CODE: message``. Codes: ``Mnnn`` for maps, ``Snnn`` for stories."""

    path: str
    line: int
    col: int
    code: str
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        # One line per problem, whatever a file's values hold: control characters are shown escaped.
        message = self.message.translate(_ESCAPES)
        return f"{self.path}:{self.line}:{self.col}: {self.severity.value} {self.code}: {message}"


class ContentError(Exception):
    """Content could not be loaded; carries the diagnostics that say why."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("\n".join(str(d) for d in diagnostics))
        self.diagnostics = diagnostics
