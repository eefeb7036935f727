"""``refuge check``: every map and story file under the given paths, one diagnostic line per problem."""

from __future__ import annotations

from pathlib import Path

from game.content.diagnostics import ContentError, Diagnostic
from game.content.tiled import read_map


def expand(paths: list[Path]) -> list[Path]:
    """Files to check: the given files, and the maps and story files inside given folders (sorted)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.suffix in (".tmx", ".yaml") and p.is_file()))
        else:
            out.append(path)
    return out


def run_check(paths: list[Path]) -> list[Diagnostic]:
    """Check maps (and, once the story engine lands, story files)."""
    diagnostics: list[Diagnostic] = []
    for path in expand(paths):
        if path.suffix != ".tmx":
            continue
        try:
            parsed, _level = read_map(path)
        except ContentError as exc:
            diagnostics.extend(exc.diagnostics)
            continue
        diagnostics.extend(parsed.diagnostics)
    return diagnostics
