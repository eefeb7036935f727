"""``refuge check``: every map and story file under the given paths, one diagnostic line per problem.

A map's story (its ``story`` property) is checked against that map: the objects it names, the nodes its
Triggers start, the conditions on its Exits. A story file with no map naming it is checked on its own. Then the
stories are checked together (globals declared alike, line ids unique across the game).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.content.check_maps import known_scenes
from game.content.diagnostics import ContentError, Diagnostic, Severity
from game.content.gate import JSON_MAP_SUFFIXES, JSON_MAPS, inspect_map, story_problems
from game.content.story_check import check_loaded_story, check_stories
from game.content.story_yaml import read_story_file
from game.content.tiled import read_map
from game.context import LEVELS_DIR
from game.story.model import Story
from game.world.level import Level

MAP_SUFFIXES = (".tmx",)
STORY_SUFFIXES = (".yaml", ".yml")


@dataclass(slots=True)
class CheckResult:
    """What ``check`` found, and how much it looked at (for the summary line)."""

    diagnostics: list[Diagnostic]
    maps: int = 0
    stories: int = 0

    @property
    def errors(self) -> list[Diagnostic]:
        """The problems that fail ``check``."""
        return [d for d in self.diagnostics if d.severity is Severity.ERROR]

    def summary(self) -> str:
        """``checked 4 maps, 4 stories: no problems`` (or how many problems and warnings)."""
        what = f"checked {_count(self.maps, 'map')}, {_count(self.stories, 'story', 'stories')}"
        errors, warnings = len(self.errors), len(self.diagnostics) - len(self.errors)
        said = _count(errors, "problem") if errors else "no problems"
        return f"{what}: {said}" + (f" ({_count(warnings, 'warning')})" if warnings else "")


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


def expand(paths: list[Path]) -> tuple[list[Path], list[Diagnostic]]:
    """Files to check: the given files, and the maps and story files inside given folders (sorted); and a
    diagnostic for each file that will not be checked (a JSON map in a folder, any other file named)."""
    out: list[Path] = []
    skipped: list[Diagnostic] = []
    for path in paths:
        if path.is_dir():
            try:
                inside = sorted(p for p in path.iterdir() if p.is_file())
            except OSError as err:
                skipped.append(
                    Diagnostic(str(path), 0, 0, "M002", f"cannot read the folder: {err.strerror or err}")
                )
                continue
            out.extend(p for p in inside if p.suffix.lower() in MAP_SUFFIXES + STORY_SUFFIXES)
            skipped.extend(_skip(p) for p in inside if p.suffix.lower() in JSON_MAP_SUFFIXES)
        elif path.suffix.lower() in MAP_SUFFIXES + STORY_SUFFIXES:
            out.append(path)
        else:
            skipped.append(_skip(path))
    return out, skipped


def _skip(path: Path) -> Diagnostic:
    if path.suffix.lower() in JSON_MAP_SUFFIXES:
        why = JSON_MAPS
    else:
        why = "not a map or story file: check reads Tiled maps (.tmx) and story files (.yaml, .yml)"
    return Diagnostic(str(path), 0, 0, "M008", why)


def run_check(paths: list[Path], levels_dir: Path = LEVELS_DIR) -> list[Diagnostic]:
    """Check maps and story files; diagnostics in file order."""
    return check_files(paths, levels_dir).diagnostics


def check_files(paths: list[Path], levels_dir: Path = LEVELS_DIR) -> CheckResult:
    """Check maps (each through the game's own gate, with its story) and story files; then the stories
    together. Diagnostics in file order."""
    files, diagnostics = expand(paths)
    stories: list[Story] = []
    done: set[Path] = set()
    maps = [f for f in files if f.suffix.lower() in MAP_SUFFIXES]
    for tmx in maps:
        seen = inspect_map(tmx, levels_dir)
        diagnostics += seen.diagnostics
        if seen.story_path is not None:
            done.add(seen.story_path.resolve())
            if seen.story is not None:
                stories.append(seen.story)
    story_files = [f for f in files if f.suffix.lower() in STORY_SUFFIXES]
    for path in story_files:
        if path.resolve() in done:
            continue
        done.add(path.resolve())
        diagnostics += _check_story(path, _map_naming(path), levels_dir, stories)
    result = CheckResult(_sorted(diagnostics), len(maps), len(done))
    result.diagnostics = _sorted([*result.diagnostics, *check_stories(stories)])
    return result


def _sorted(diags: list[Diagnostic]) -> list[Diagnostic]:
    return sorted(set(diags), key=lambda d: (d.path, d.line, d.col, d.code, d.message))


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
    return [*diagnostics, *story_problems(story, path, tmx, level, scenes)]
