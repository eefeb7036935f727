"""Story values and their types: the small vocabulary shared by the model, expressions and the runner."""

from __future__ import annotations

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
