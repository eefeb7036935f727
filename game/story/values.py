"""Story values and their types: the small vocabulary shared by the model, expressions and the runner."""

from __future__ import annotations

import math
from enum import Enum

Value = int | float | bool | str
"""A story variable's value."""


class VarType(Enum):
    """The type of a story variable or expression."""

    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    STR = "str"

    @staticmethod
    def of(value: object) -> VarType | None:
        """The type of a plain value, or None for anything a story cannot hold."""
        if isinstance(value, bool):
            return VarType.BOOL
        if isinstance(value, int):
            return VarType.INT
        if isinstance(value, float):
            return VarType.FLOAT
        if isinstance(value, str):
            return VarType.STR
        return None

    @property
    def numeric(self) -> bool:
        """True for int and float."""
        return self in (VarType.INT, VarType.FLOAT)

    def accepts(self, value: object) -> bool:
        """True when ``value`` may be stored in a variable of this type (an int is a valid float)."""
        kind = VarType.of(value)
        return kind is self or (self is VarType.FLOAT and kind is VarType.INT)

    def accepts_type(self, other: VarType) -> bool:
        """True when a value of type ``other`` may be stored in a variable of this type."""
        return other is self or (self is VarType.FLOAT and other is VarType.INT)

    def coerce(self, value: Value) -> Value:
        """The stored form of an accepted value (ints stored in floats become floats)."""
        if self is VarType.FLOAT and VarType.of(value) is VarType.INT:
            return float(value)
        return value

    @property
    def zero(self) -> Value:
        """The default value when a declaration gives none."""
        return _ZERO[self]


_ZERO: dict[VarType, Value] = {VarType.INT: 0, VarType.FLOAT: 0.0, VarType.BOOL: False, VarType.STR: ""}


def format_value(value: Value) -> str:
    """How a value reads when interpolated into a line: ``3``, ``0.5``, ``true``, ``text``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        text = f"{value:.3f}".rstrip("0").rstrip(".")
        return "0" if text in ("-0", "") else text
    return str(value)


MAX_INT = 10**18
"""A story's whole numbers stay within ±this (below it): far beyond any count a story keeps, far below the size
at which arithmetic on them costs time and memory."""
MAX_STR = 10_000
"""A story's text values are at most this many characters long."""


class BudgetError(Exception):
    """A story went past one of its runtime budgets (a value too large, too many steps, calls too deep): the
    thread that did it stops, with this one-line message, and the game goes on."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def value_problem(value: object) -> str | None:
    """Why a value is outside a story's budgets (a huge whole number, a long text, a number that is not
    finite), or ``None`` when a story may hold it."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        # bit_length first: comparing is cheap, but converting a huge number to text is not (and may fail).
        if value.bit_length() > 63 or abs(value) >= MAX_INT:
            return f"a whole number beyond ±{MAX_INT:.0e}".replace("+", "")
        return None
    if isinstance(value, float):
        return None if math.isfinite(value) else f"a number that is not finite ({value})"
    if isinstance(value, str) and len(value) > MAX_STR:
        return f"a text longer than {MAX_STR} characters ({len(value)})"
    return None
