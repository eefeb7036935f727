"""docs/story.md stays in step with the code: every diagnostic code and every command is documented."""

from __future__ import annotations

import re
from pathlib import Path

from game.story.commands import COMMANDS

ROOT = Path(__file__).parent.parent
DOC = (ROOT / "docs" / "story.md").read_text(encoding="utf-8")


def test_every_diagnostic_code_the_code_emits_is_documented_and_no_other() -> None:
    content = ROOT / "game" / "content"
    sources = [*content.glob("story_*.py"), content / "yaml_located.py"]
    used = {code for path in sources for code in re.findall(r'"(S\d{3})"', path.read_text(encoding="utf-8"))}
    documented = set(re.findall(r"^\| (S\d{3}) \|", DOC, flags=re.MULTILINE))
    assert used == documented


def test_every_command_is_documented() -> None:
    for name in COMMANDS:
        assert re.search(rf"^\| `{name}[:` ]", DOC, flags=re.MULTILINE), name
