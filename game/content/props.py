"""Tiled custom properties: reading them from XML and typing them against the schema, with diagnostics."""

from __future__ import annotations

import difflib
import math
from collections.abc import Iterable
from dataclasses import dataclass

from game.content.diagnostics import Diagnostic
from game.content.schema import CLOSED_ENUMS, PropSpec, PropType, enum_values
from game.content.xmltree import Node
from game.world.level import PropValue


@dataclass(frozen=True, slots=True)
class RawProp:
    """A property as written: declared Tiled type, the text of its value, and where it was written."""

    name: str
    type: str
    value: str
    path: str
    line: int
    col: int
    propertytype: str = ""


def read_raw(node: Node | None, path: str) -> dict[str, RawProp]:
    """The ``<properties>`` of an element, by name (a later duplicate wins, as in Tiled)."""
    out: dict[str, RawProp] = {}
    if node is None:
        return out
    props = node.find("properties")
    if props is None:
        return out
    for p in props.children:
        if p.tag != "property":
            continue
        name = p.get("name", "") or ""
        value = p.get("value")
        if value is None:
            value = p.text or ""
        out[name] = RawProp(
            name,
            p.get("type", "string") or "string",
            value,
            path,
            p.line,
            p.col,
            p.get("propertytype", "") or "",
        )
    return out


def parse_bool(text: str) -> bool | None:
    """Tiled writes ``true``/``false``; anything else is not a bool."""
    low = text.strip().lower()
    if low in ("true", "1"):
        return True
    if low in ("false", "0"):
        return False
    return None


def convert(raw: RawProp, want: PropType) -> PropValue | None:
    """The value typed as ``want``, or None when the text cannot be that type."""
    text = raw.value
    try:
        match want:
            case PropType.BOOL:
                return parse_bool(text)
            case PropType.INT:
                as_float = float(text)
                return int(as_float) if as_float.is_integer() else None
            case PropType.FLOAT:
                value = float(text)
                return value if math.isfinite(value) else None
            case _:
                return text
    except ValueError:
        return None


def untyped(raw: RawProp) -> PropValue:
    """A property the schema does not know, typed by what Tiled declared."""
    declared = {"bool": PropType.BOOL, "int": PropType.INT, "float": PropType.FLOAT}.get(raw.type)
    if declared is None:
        return raw.value
    value = convert(raw, declared)
    return raw.value if value is None else value


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` when a close choice exists, else an empty string."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def type_props(
    raw: dict[str, RawProp],
    specs: tuple[PropSpec, ...],
    prefix: str,
    diags: list[Diagnostic],
    open_props: bool = False,
    fill_defaults: bool = True,
) -> dict[str, PropValue]:
    """Type raw properties by their specs, fill defaults, and report unknown, mistyped and missing ones.

    ``prefix`` starts every message (``object 3 "x" (Exit): ``); ``open_props`` lets unknown names through
    silently (tile properties of art a designer adds).
    """
    by_name = {s.name: s for s in specs}
    out: dict[str, PropValue] = {s.name: s.default for s in specs} if fill_defaults else {}
    for name, rp in raw.items():
        spec = by_name.get(name)
        if spec is None:
            if not open_props:
                hint = did_you_mean(name, by_name)
                known = ", ".join(by_name) or "none"
                diags.append(
                    Diagnostic(
                        rp.path,
                        rp.line,
                        rp.col,
                        "M011",
                        f"{prefix}unknown property '{name}'{hint} (known: {known})",
                    )
                )
            out[name] = untyped(rp)
            continue
        value = convert(rp, spec.type)
        if value is None:
            diags.append(
                Diagnostic(
                    rp.path,
                    rp.line,
                    rp.col,
                    "M012",
                    f"{prefix}property '{name}' must be {spec.type.value}, got '{rp.value}'",
                )
            )
            continue
        if spec.enum is not None and spec.enum in CLOSED_ENUMS and value not in enum_values(spec.enum):
            allowed = enum_values(spec.enum)
            diags.append(
                Diagnostic(
                    rp.path,
                    rp.line,
                    rp.col,
                    "M013",
                    f"{prefix}property '{name}' is '{value}'{did_you_mean(str(value), allowed)},"
                    f" which is not one of: {', '.join(allowed)}",
                )
            )
            continue
        out[name] = value
    return out


def missing_required(
    raw: dict[str, RawProp], specs: tuple[PropSpec, ...], prefix: str, where: tuple[str, int, int]
) -> list[Diagnostic]:
    """A diagnostic for each required property that is absent or empty."""
    out = []
    for spec in specs:
        if not spec.required:
            continue
        rp = raw.get(spec.name)
        if rp is None or (spec.type in (PropType.STRING, PropType.FILE) and not rp.value.strip()):
            out.append(Diagnostic(*where, "M016", f"{prefix}required property '{spec.name}' is missing"))
    return out
