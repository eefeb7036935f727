"""``refuge check``: every map and story file under the given paths, one diagnostic line per problem.

A map's story (its ``story`` property) is checked against that map: the objects it names, the nodes its
Triggers start, the conditions on its Exits. A story file with no map naming it is checked on its own. Then the
stories are checked together (globals declared alike, line ids unique across the game).
"""

from __future__ import annotations

from pathlib import Path

from game.content.check_maps import check_map, known_scenes, prefix
from game.content.diagnostics import ContentError, Diagnostic, Severity
from game.content.story_check import check_loaded_story, check_stories, condition_problem
from game.content.story_yaml import read_story_file
from game.content.tiled import read_map
from game.context import LEVELS_DIR
from game.story.model import Story
from game.world.level import Level

MAP_SUFFIXES = (".tmx",)
STORY_SUFFIXES = (".yaml", ".yml")


def expand(paths: list[Path]) -> list[Path]:
    """Files to check: the given files, and the maps and story files inside given folders (sorted)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(
                sorted(p for p in path.iterdir() if p.suffix in MAP_SUFFIXES + STORY_SUFFIXES and p.is_file())
            )
        else:
            out.append(path)
    return out


def run_check(paths: list[Path], levels_dir: Path = LEVELS_DIR) -> list[Diagnostic]:
    """Check maps and story files; diagnostics in file order."""
    files = expand(paths)
    diagnostics: list[Diagnostic] = []
    stories: list[Story] = []
    story_of_map: dict[Path, tuple[Path, Level]] = {}
    for tmx in (f for f in files if f.suffix in MAP_SUFFIXES):
        diagnostics += check_map(tmx, known_scenes(tmx, levels_dir))
        try:
            _parsed, level = read_map(tmx)
        except ContentError:
            continue
        name = str(level.properties.get("story", "") or "")
        if name and (tmx.parent / name).is_file():
            story_of_map[(tmx.parent / name).resolve()] = (tmx, level)
    for path in (f for f in files if f.suffix in STORY_SUFFIXES):
        map_for = story_of_map.pop(path.resolve(), None) or _map_naming(path)
        diagnostics += _check_story(path, map_for, levels_dir, stories)
    for path, map_for in story_of_map.items():
        diagnostics += _check_story(path, map_for, levels_dir, stories)
    diagnostics += check_stories(stories)
    return sorted(set(diagnostics), key=lambda d: (d.path, d.line, d.col, d.code, d.message))


def _map_naming(story: Path) -> tuple[Path, Level] | None:
    """A map beside the story file whose ``story`` property names it."""
    for tmx in sorted(story.parent.glob("*.tmx")):
        try:
            _parsed, level = read_map(tmx)
        except ContentError:
            continue
        name = str(level.properties.get("story", "") or "")
        if name and (tmx.parent / name).resolve() == story.resolve():
            return tmx, level
    return None


def _check_story(
    path: Path, map_for: tuple[Path, Level] | None, levels_dir: Path, stories: list[Story]
) -> list[Diagnostic]:
    story, diagnostics = read_story_file(path)
    if story is None:
        return diagnostics
    stories.append(story)
    scenes = known_scenes(map_for[0] if map_for else path, levels_dir)
    if map_for is None:
        return [*diagnostics, *check_loaded_story(story, None, scenes)]
    tmx, level = map_for
    names = {o.name for o in level.objects if o.name}
    triggers = {str(o.properties.get("node", "")) for o in level.objects_of("Trigger")}
    found = {o.name for o in level.objects_of("Trigger") if o.properties.get("found") is True}
    out = [*diagnostics, *check_loaded_story(story, names, scenes, triggers, found)]
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
                    f"{prefix(exit_)}property 'requires' is not a condition of {path.name}: {problem}",
                    Severity.ERROR,
                )
            )
    return out
