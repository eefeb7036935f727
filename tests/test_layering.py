"""The layering of README's Layout, read from every file's imports (``ast``: imports inside functions and
``if TYPE_CHECKING:`` blocks count too).

- The pure layers (world, grid, ai, story, sim, view, bot) import no pygame and no clock (``time``,
  ``datetime``, ``timeit``), and never use the ``random`` module's global generator: ``random.Random`` (an
  instance passed in or made from a seed) is the only name they may take from ``random``.
- The arrows go one way: each pure layer imports only the game packages listed for it in :data:`ARROWS`.
- The bot reads only what a player sees and hears: it may import the PlayerView (``game.view``), the pure grid
  algorithms (``game.grid``), the input frame and a few pure helpers of the world (:data:`BOT_MAY_IMPORT`),
  never ``game.sim``, ``game.ai`` or ``game.story``.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GAME = ROOT / "game"
PURE = ("world", "grid", "ai", "story", "sim", "view", "bot")
"""The layers that must not touch pygame, a clock or the global random generator."""
CLOCKS = frozenset({"pygame", "time", "datetime", "timeit"})
"""Top-level modules that draw or tell the time (pygame's own clock included)."""
ARROWS: dict[str, frozenset[str]] = {
    "world": frozenset({"game.world"}),
    "grid": frozenset({"game.grid"}),
    "ai": frozenset({"game.ai", "game.world", "game.grid"}),
    "story": frozenset({"game.story", "game.world"}),
    "view": frozenset({"game.view", "game.sim.cues", "game.story.views"}),
    "sim": frozenset(
        {"game.sim", "game.world", "game.ai", "game.story", "game.input", "game.view", "game.grid"}
    ),
    "bot": frozenset(
        {
            "game.bot",
            "game.view",
            "game.grid",
            "game.input.frame",
            "game.world.level",
            "game.world.movement",
            "game.world.camcorder",
            "game.world.world",
        }
    ),
}
"""What each pure layer may import from the game: a package, or a single module (and nothing else)."""
BOT_MAY_IMPORT = ARROWS["bot"]
BOT_NEVER = ("game.sim", "game.ai", "game.story")


@dataclass(frozen=True, slots=True)
class Imported:
    """One imported module (for ``from m import a, b``: ``m``, with the names taken)."""

    module: str
    names: tuple[str, ...]
    line: int


def module_name(path: Path, root: Path = ROOT) -> str:
    """The dotted module name of a file under the repository ``root``."""
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, root: Path = ROOT) -> list[Imported]:
    """Every import in a file, at any depth, relative ones resolved against the file's package."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: list[Imported] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.extend(Imported(alias.name, (), node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join([*base, module] if module else base)
            out.append(Imported(module, tuple(a.name for a in node.names), node.lineno))
    return out


def random_misuse(path: Path, root: Path = ROOT) -> list[str]:
    """Uses of the ``random`` module's global generator: ``random.<anything but Random>`` (through any alias
    of the module) and ``from random import <anything but Random>``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    aliases = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
        if alias.name == "random"
    }
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "random" and not node.level:
            found.extend(
                f"{path.relative_to(root)}:{node.lineno}: from random import {a.name}"
                for a in node.names
                if a.name != "Random"
            )
        elif (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in aliases
            and node.attr != "Random"
        ):
            found.append(f"{path.relative_to(root)}:{node.lineno}: {node.value.id}.{node.attr}")
    return found


def allowed(module: str, rules: frozenset[str]) -> bool:
    """True when ``module`` is one of ``rules`` or inside one of them."""
    return any(module == r or module.startswith(r + ".") for r in rules)


def files(layer: str) -> list[Path]:
    """The Python files of a layer."""
    found = sorted((GAME / layer).rglob("*.py"))
    assert found, f"game/{layer} has no Python files: the layout changed, update this test"
    return found


@pytest.mark.parametrize("layer", PURE)
def test_a_pure_layer_imports_no_pygame_and_no_clock(layer: str) -> None:
    bad = [
        f"{path.relative_to(ROOT)}:{imp.line}: imports {imp.module}"
        for path in files(layer)
        for imp in imports_of(path)
        if imp.module.split(".")[0] in CLOCKS
    ]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("layer", PURE)
def test_a_pure_layer_never_uses_the_global_random_generator(layer: str) -> None:
    bad = [line for path in files(layer) for line in random_misuse(path)]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("layer", PURE)
def test_the_arrows_go_one_way(layer: str) -> None:
    rules = ARROWS[layer]
    bad = [
        f"{path.relative_to(ROOT)}:{imp.line}: game/{layer} imports {imp.module}"
        for path in files(layer)
        for imp in imports_of(path)
        if imp.module.split(".")[0] == "game" and not allowed(imp.module, rules)
    ]
    assert not bad, "\n".join(bad)


def test_the_bot_never_imports_the_simulation_the_ai_or_the_story() -> None:
    bad = [
        f"{path.relative_to(ROOT)}:{imp.line}: imports {imp.module}"
        for path in files("bot")
        for imp in imports_of(path)
        if allowed(imp.module, frozenset(BOT_NEVER))
    ]
    assert not bad, "\n".join(bad)
    assert not any(allowed(m, frozenset(BOT_NEVER)) for m in BOT_MAY_IMPORT)


def test_the_bot_is_typed_against_the_player_view() -> None:
    """The level bot's tick and the driver take a PlayerView (the type, not the simulation)."""
    import typing

    from game.bot.driver import Bot
    from game.bot.level_bot import LevelBot
    from game.view.player_view import PlayerView

    assert typing.get_type_hints(LevelBot.frame)["view"] is PlayerView
    assert typing.get_type_hints(LevelBot.__init__)["view"] is PlayerView
    assert "sim" not in typing.get_type_hints(Bot.__init__)


# -- the checks themselves catch what they are for ---------------------------------------------------------------


def write(tmp: Path, text: str) -> Path:
    """A module file under a fake ``game/bot`` inside the repository's tree shape (for relative imports)."""
    path = tmp / "game" / "bot" / "probe.py"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_import_reader_sees_imports_in_functions_and_type_checking_blocks(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from game.sim.level_sim import LevelSim\n"
        "def f():\n    import game.ai.nav\n    from ..story import runner\n    import time\n",
    )
    modules = {imp.module for imp in imports_of(path, tmp_path)}
    assert {"game.sim.level_sim", "game.ai.nav", "game.story", "time"} <= modules


def test_the_random_rule_catches_the_global_generator_and_lets_an_instance_be(tmp_path: Path) -> None:
    good = write(tmp_path, "import random\ndef f(rng: random.Random) -> int:\n    return rng.randint(1, 2)\n")
    assert random_misuse(good, tmp_path) == []
    bad = write(
        tmp_path,
        "import random as r\nfrom random import choice, Random\nx = r.random()\nr.seed(1)\nRandom(3)\n",
    )
    found = random_misuse(bad, tmp_path)
    assert len(found) == 3 and any("choice" in f for f in found) and any("r.seed" in f for f in found), found
