"""The one gate between content and the game: a map and its story pass exactly what ``refuge check`` runs, or
the game refuses them.

``refuge check`` (per map), play, headless, the bot and every ``--watch`` reload go through :func:`inspect_map`,
so what ``check`` flags as an error never reaches the simulation, and the two cannot drift apart. See
levels/README.md, "When check and the game disagree".
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from game.content.catalog import map_scene
from game.content.check_maps import case_hint, known_scenes, map_problems, prefix
from game.content.diagnostics import ContentError, Diagnostic, Severity
from game.content.navbake import bake_path
from game.content.story_check import check_loaded_story, condition_problem
from game.content.story_yaml import read_story_file
from game.content.tiled import ImageLoader, ParsedMap, read_map
from game.content.xmltree import parse_file
from game.context import LEVELS_DIR
from game.story.model import Story
from game.world.level import Level

JSON_MAP_SUFFIXES = (".json", ".tmj")
JSON_MAPS = "JSON maps are not supported: save as TMX (in Tiled: File > Save As..., Tiled map files (*.tmx))"
_NOT_FOUND = re.compile(r"^(?:tileset|tileset image|template) '(.+)' not found$")


@dataclass(slots=True)
class Inspected:
    """What ``check`` says about one map and its story, with what was read (when the map could be read)."""

    path: Path
    diagnostics: list[Diagnostic]
    parsed: ParsedMap | None = None
    level: Level | None = None
    story: Story | None = None
    story_path: Path | None = None
    story_diagnostics: list[Diagnostic] = field(default_factory=list)
    """The part of ``diagnostics`` about the story file (also in ``diagnostics``)."""

    @property
    def errors(self) -> list[Diagnostic]:
        """The problems that refuse the map."""
        return [d for d in self.diagnostics if d.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        """The problems that are only said."""
        return [d for d in self.diagnostics if d.severity is Severity.WARNING]


@dataclass(frozen=True, slots=True)
class Checked:
    """A map and its story that passed the gate."""

    level: Level
    story: Story | None
    warnings: list[Diagnostic]
    parsed: ParsedMap
    """The read of the map (with images when an image loader was given), for the renderer."""


def inspect_map(
    path: Path, levels_dir: Path = LEVELS_DIR, image_loader: ImageLoader | None = None
) -> Inspected:
    """Every problem ``check`` finds in the map at ``path`` and in the story it names (one read of each)."""
    if path.suffix.lower() in JSON_MAP_SUFFIXES:
        return Inspected(path, [Diagnostic(str(path), 0, 0, "M008", JSON_MAPS)])
    try:
        parsed, level = read_map(path, image_loader=image_loader, strict=True)
    except ContentError as exc:
        return Inspected(path, _sorted(_with_case_hints(exc.diagnostics)))
    scenes = known_scenes(path, levels_dir)
    story_path, story, story_diags = _read_story(level, path)
    nodes = set(story.nodes) if story is not None else None
    diags = map_problems(parsed, level, path, scenes, nodes)
    diags += _scene_clash(path, level)
    if story is not None and story_path is not None:
        story_diags = [*story_diags, *story_problems(story, story_path, path, level, scenes)]
    diags = _with_case_hints([*diags, *story_diags])
    return Inspected(path, _sorted(diags), parsed, level, story, story_path, _sorted(story_diags))


def load_checked(
    path: Path, levels_dir: Path = LEVELS_DIR, image_loader: ImageLoader | None = None
) -> Checked:
    """The map and its story for play, refused with :class:`ContentError` (``check``'s own diagnostics) when
    ``check`` finds an error in either."""
    seen = inspect_map(path, levels_dir, image_loader)
    if seen.errors or seen.level is None or seen.parsed is None:
        raise ContentError(seen.errors or seen.diagnostics)
    return Checked(seen.level, seen.story, seen.warnings, seen.parsed)


def _sorted(diags: list[Diagnostic]) -> list[Diagnostic]:
    return sorted(set(diags), key=lambda d: (d.path, d.line, d.col, d.code, d.message))


def _read_story(level: Level, path: Path) -> tuple[Path | None, Story | None, list[Diagnostic]]:
    """The map's story file, read with the story reader (a missing one is the map's M015)."""
    name = str(level.properties.get("story", "") or "")
    file = path.parent / name
    if not name or not file.is_file():
        return None, None, []
    story, diags = read_story_file(file)
    return file, story, diags


def story_problems(
    story: Story, story_path: Path, tmx: Path, level: Level, scenes: set[str]
) -> list[Diagnostic]:
    """A story checked against its map: the objects it names, the Triggers' nodes, the Exits' conditions."""
    names = {o.name for o in level.objects if o.name}
    # A class-less object's node counts: its missing class is said once (M024/M025), not again as S025.
    triggers = {str(o.properties.get("node", "")) for o in level.objects if o.cls in ("Trigger", "")}
    found = {o.name for o in level.objects_of("Trigger") if o.properties.get("found") is True}
    out = check_loaded_story(story, names, scenes, triggers, found)
    for exit_ in level.objects_of("Exit"):
        requires = str(exit_.properties.get("requires", "") or "").strip()
        if not requires:
            continue
        problem = condition_problem(requires, story)
        if problem is not None and exit_.source is not None:
            out.append(
                Diagnostic(
                    str(tmx),
                    exit_.source.line,
                    exit_.source.col,
                    "M033",
                    f"{prefix(exit_)}property 'requires' is not a condition of {story_path.name}: {problem}",
                    Severity.ERROR,
                )
            )
    return out


def _scene_clash(path: Path, level: Level) -> list[Diagnostic]:
    """Another map in the same folder with the same ``scene``: which one plays would be chance (M026)."""
    if not level.scene:
        return []
    try:
        siblings = sorted(p for p in path.parent.glob("*.tmx") if p.resolve() != path.resolve())
    except OSError:
        return []
    others = [p.name for p in siblings if map_scene(p) == level.scene]
    if not others:
        return []
    message = (
        f"map: scene '{level.scene}' is also the scene of {', '.join(others)} in the same folder; an Exit or"
        f" --scene would play whichever is found first: give each map its own scene id"
    )
    return [Diagnostic(level.source.path, level.source.line, level.source.col, "M026", message)]


def _with_case_hints(diags: list[Diagnostic]) -> list[Diagnostic]:
    """A missing tileset, image or template whose name differs only in case from a file that is there says so."""
    out = []
    for d in diags:
        match = _NOT_FOUND.match(d.message) if d.code in ("M004", "M005", "M006") else None
        hint = case_hint(Path(d.path).parent, match.group(1)) if match else ""
        out.append(Diagnostic(d.path, d.line, d.col, d.code, d.message + hint, d.severity) if hint else d)
    return out


# -- what a map is made of (for --watch) --------------------------------------------------------------------


def map_files(path: Path, story_path: Path | None = None) -> list[Path]:
    """Every file the map is made of: itself, its story, tilesets and their images, templates, image layers
    and its bake. Files that are named but missing are listed too (creating one is a change)."""
    found: dict[Path, None] = {path: None}
    if story_path is not None:
        found[story_path] = None
    found[bake_path(path)] = None
    todo = [path]
    while todo and len(found) < 512:
        file = todo.pop()
        try:
            root = parse_file(file, str(file), "M002", "file")
        except (ContentError, OSError):
            continue
        for node in root.iter():
            for attr in ("source", "template"):
                ref = node.get(attr)
                if not ref or node.tag not in ("tileset", "image", "object"):
                    continue
                full = Path(os.path.normpath(file.parent / ref))
                if full in found:
                    continue
                found[full] = None
                if full.suffix in (".tsx", ".tx"):
                    todo.append(full)
    return list(found)
