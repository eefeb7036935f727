"""Story files: the located YAML tree (``game.content.yaml_located``), then the story model
(``game.story.model``), built by ``game.content.story_build``."""

from __future__ import annotations

from pathlib import Path

from game.content.diagnostics import ContentError, Diagnostic
from game.content.story_build import build_story
from game.content.yaml_located import read_located
from game.limits import STORY_FILE
from game.readfile import read_bytes
from game.story.model import Story


def parse_story(data: bytes | str, path: str) -> tuple[Story | None, list[Diagnostic]]:
    """Build a story leniently: every problem found is a diagnostic; unreadable steps become ``Invalid``."""
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
