"""Fuzz stories end to end: mutated copies of the real story files, loaded, checked and played by the bot.

The story loader has its own deep fuzz (tests/test_story_fuzz.py); this one feeds mutated stories through
the whole game: every problem is a well-formed diagnostic from loading or from ``check``; a story that
passes ``check`` is played by the bot for a few hundred ticks on its map, and whatever happens is exit 0
(played), 1 (the bot says why it cannot go on) or 2 (one message), never a traceback.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from game.cli import main as cli_main
from game.content.check import run_check
from game.content.diagnostics import ContentError, Severity
from game.content.story_yaml import load_story
from tests.helpers import ROOT

GAME = ROOT / "tests/fixtures/bot/game"
STORIES = sorted((ROOT / "levels").glob("*.yaml")) + sorted(GAME.glob("*.yaml"))
TEXTS = {path: path.read_text(encoding="utf-8") for path in STORIES}
DIAGNOSTIC = re.compile(r"^\S.*:\d+:\d+: (error|warning) [MS]\d{3}: \S.*$")
EXAMPLES = int(os.environ.get("STORY_E2E_FUZZ_EXAMPLES", "40"))
PIECES = st.sampled_from(
    ["", "- ", "  ", ":", " yes", " no", " 3", " ~", " [", " {}", "goto: nowhere", "until: \"hands\"",
     "until: \"1 +\"", "scene: ending", "ending: together", "objective: Go", "target: nobody", "end: true",
     "wait: -5", "wait: 99999999", "choice: []", "say: dal", "id: x.y", "text: \"{nope}\"", "give: camcorder",
     "move: dal", "to: nowhere", "checkpoint: nowhere", "bond: 7", "set: {laughed: 3}", "if: \"bond >\"",
     "call: start", "- goto: start", "trigger: true", "cutscene: true"]
)  # fmt: skip


def mutate(text: str, data: st.DataObject) -> str:
    """Line-level mutations: delete, duplicate, swap, re-indent, or splice in a YAML-ish piece."""
    lines = text.splitlines()
    for _ in range(data.draw(st.integers(1, 2), label="mutations")):
        if not lines:
            break
        i = data.draw(st.integers(0, len(lines) - 1), label="line")
        kind = data.draw(st.sampled_from(["delete", "duplicate", "swap", "indent", "splice", "replace"]))
        if kind == "delete":
            del lines[i]
        elif kind == "duplicate":
            lines.insert(i, lines[i])
        elif kind == "swap":
            j = data.draw(st.integers(0, len(lines) - 1), label="other")
            lines[i], lines[j] = lines[j], lines[i]
        elif kind == "indent":
            lines[i] = " " * data.draw(st.integers(0, 12), label="indent") + lines[i].lstrip()
        elif kind == "splice":
            cut = data.draw(st.integers(0, len(lines[i])), label="cut")
            lines[i] = lines[i][:cut] + data.draw(PIECES, label="piece") + lines[i][cut:]
        else:
            indent = len(lines[i]) - len(lines[i].lstrip())
            lines[i] = " " * indent + data.draw(PIECES, label="piece")
    return "\n".join(lines) + "\n"


@contextlib.contextmanager
def game_copy(story: Path, text: str) -> Iterator[Path]:
    """A scratch copy of the story's game folder with the mutated story in place; yields its map."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        levels = root / "levels"
        if story.parent == GAME:
            shutil.copytree(GAME, levels)
        else:
            levels.mkdir()
            (root / "assets").symlink_to(ROOT / "assets")
            (levels / "templates").symlink_to(ROOT / "levels" / "templates")
            for item in (ROOT / "levels").iterdir():
                if item.suffix in (".tmx", ".yaml"):
                    shutil.copy(item, levels / item.name)
        (levels / story.name).write_text(text, encoding="utf-8")
        yield levels / story.with_suffix(".tmx").name


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(source=st.sampled_from(STORIES), data=st.data())
def test_mutated_stories_are_reported_or_played_by_the_bot_without_a_traceback(
    source: Path, data: st.DataObject
) -> None:
    text = mutate(TEXTS[source], data)
    with game_copy(source, text) as tmx:
        story = tmx.with_suffix(".yaml")
        try:
            load_story(story)
            event("loaded")
        except ContentError as exc:
            event("reported")
            for line in str(exc).splitlines():
                assert DIAGNOSTIC.match(line), line
        diagnostics = run_check([tmx, story], levels_dir=tmx.parent)
        for diagnostic in diagnostics:
            assert DIAGNOSTIC.match(str(diagnostic)), str(diagnostic)
        rejected = any(d.severity is Severity.ERROR for d in diagnostics)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli_main(["headless", "--bot", "--map", str(tmx), "--ticks", "600", "--json"])
    event(f"exit {code}" + (" (check problem)" if rejected else ""))
    assert "Traceback" not in err.getvalue(), err.getvalue()
    assert code in (0, 1, 2), err.getvalue()
    if rejected:
        # What `check` rejects the game refuses before play, with the same diagnostics.
        assert code == 2, err.getvalue()
        assert all(DIAGNOSTIC.match(line) for line in err.getvalue().strip().splitlines()), err.getvalue()
    if code:
        assert err.getvalue().strip(), "a failure says why"


def test_a_story_that_check_rejects_is_refused_before_play_not_crashed_in_it(tmp_path: Path) -> None:
    text = TEXTS[GAME / "confrontation.yaml"].replace("  kept_wedding: {type: bool, global: true}\n", "")
    with game_copy(GAME / "confrontation.yaml", text) as tmx:
        assert any(d.code == "S016" for d in run_check([tmx.with_suffix(".yaml")], levels_dir=tmx.parent))
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli_main(["headless", "--bot", "--map", str(tmx), "--ticks", "3000"])
    assert "Traceback" not in err.getvalue()
    assert code == 2 and "S016" in err.getvalue()
