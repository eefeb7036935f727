"""Screenshots of the game's key moments, from the real renderer, and a contact sheet: ``make screenshots``.

``python tools/screenshots.py OUT [--seeds 1 2 3] [--levels DIR] [--hud-only]`` lets the bot play the whole
game from the title, seed after seed until every ending has shown (the rarest takes a few dozen seeds), and
saves a PNG the first time each moment shows: the title, each chapter card and scene, the Cube in each of its
states (while its light is on screen), the camcorder view, a line of dialogue, a choice, the caught overlay,
each ending and the credits. It also draws every HUD state (``tools/hud_states.py``: objective and marker,
barks, lines, choices, cutscenes, captions, the camcorder's frame) in English and Korean over the forest. Then
``OUT/contact_sheet.png`` puts them side by side with their names (ImageMagick ``montage`` with the game's own
font; pygame composes it when montage is missing or fails, e.g. an ImageMagick without its default font). A
run the bot cannot finish is noted and the next seed goes on; each scene is also played on its own when a run
missed it, and a careless start (running at the light until caught) shows the Cube's states. The report lists
what was caught and what was never seen.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402

from game.bot import Bot  # noqa: E402
from game.input.frame import Action, InputEndedError, InputFrame, quantize_move  # noqa: E402
from game.scene import SceneStack  # noqa: E402
from game.sim.session import GAME_SCENES  # noqa: E402

CUBE_STATES = ("patrol", "suspicious", "lock_on", "chase", "capture", "search", "caution", "retreat")
ENDINGS = ("together", "remember", "overlap")
LIMIT = 2 * 60 * 60 * 60
"""Ticks a run may take (two hours of game time)."""
CREDITS_AFTER = 240
"""The credits' picture: four seconds into their roll, after the ending's sequence (``closing_ticks``)."""
VIEW = (280.0, 150.0)
"""Half the picture, less a margin: a light this close to the player (whom the camera follows) is in it."""


HUD_LANGUAGES = ("en", "ko")
HUD_STATES = (
    ("objective", False, 1),
    ("objective+captions", False, 2),
    ("hide prompt", False, 1),
    ("bark", False, 0),
    ("bark, speaker low", False, 0),
    ("line", False, 0),
    ("line+choice", False, 0),
    ("choice", False, 0),
    ("line+choice, speaker low", False, 0),
    ("cutscene", False, 0),
    ("cutscene line", False, 0),
    ("objective+captions", True, 3),
    ("line+choice", True, 0),
    ("bark, speaker low", True, 0),
    ("cutscene", True, 0),
)
"""The HUD states shown (name, filming, which of its variants: where the Cube and the objective are)."""
SHEET_FONT = ROOT / "assets" / "fonts" / "Galmuri11.ttf"
"""The labels' font for montage: the game's own, so the sheet never depends on ImageMagick's default font."""


def hud_key(name: str, filming: bool, lang: str) -> str:
    """A HUD state's picture name."""
    slug = name.replace(", ", "_").replace("+", "_").replace(" ", "_")
    return f"hud_{slug}{'_filming' if filming else ''}_{lang}"


def wanted() -> list[str]:
    """Every moment the sheet should show, in order."""
    moments = ["title"]
    for scene in GAME_SCENES:
        moments += [f"chapter_{scene}", f"scene_{scene}"]
    moments += [f"cube_{state}" for state in CUBE_STATES]
    moments += ["camcorder", "dialogue", "choice", "caught"]
    moments += [f"cube_in_{scene}" for scene in GAME_SCENES] + [
        "heap",
        "outfits",
        "wedding",
        "finale_descent",
    ]
    moments += [f"ending_{ending}" for ending in ENDINGS] + ["credits"]
    moments += [hud_key(name, filming, lang) for name, filming, _ in HUD_STATES for lang in HUD_LANGUAGES]
    return moments


def picture_path(out: Path, key: str) -> Path:
    """Where a moment's picture goes (numbered in the sheet's order)."""
    return out / f"{wanted().index(key) if key in wanted() else 99:03d}_{key}.png"


def hud_pictures(out: Path, taken: dict[str, Path]) -> None:
    """Every HUD state of :data:`HUD_STATES`, in both languages, over a view of the forest at night."""
    from game.app import build_context, init_pygame
    from game.context import RunOptions
    from game.profile import Profile
    from game.render.hud import Hud
    from game.render.tilemap import load_for_play
    from game.render.viewfinder import Viewfinder
    from game.settings import Settings
    from tools.hud_states import SIZE, draw_state, states
    from tools.map_preview import shade

    init_pygame(headless=True)
    pygame.display.set_mode(SIZE)
    level, tiles = load_for_play(ROOT / "levels" / "forest.tmx")
    spawn = level.spawn("player")
    cx, cy = spawn.center if spawn is not None else (320.0, 180.0)
    cam = (
        int(min(max(0, cx - 320), level.pixel_width - 640)),
        int(min(max(0, cy - 250), level.pixel_height - 360)),
    )
    field = pygame.Surface(SIZE)
    tiles.draw_below(field, cam[0], cam[1], False, now_ms=0)
    tiles.draw_above(field, cam[0], cam[1], False)
    shade(field, level.darkness)
    every = states()
    profile = Profile.fresh()
    try:
        for lang in HUD_LANGUAGES:
            ctx = build_context(RunOptions(headless=True, lang=lang, renders=True), profile, Settings())
            hud, finder = Hud(ctx), Viewfinder(text=ctx.art.text)
            for name, filming, variant in HUD_STATES:
                state = [s for s in every if s.name == name and s.filming == filming and s.camcorder][variant]
                canvas = field.copy()
                draw_state(ctx, hud, finder, state, canvas)
                key = hud_key(name, filming, lang)
                path = picture_path(out, key)
                pygame.image.save(canvas, str(path))
                taken[key] = path
    finally:
        profile.discard()
        pygame.quit()


class Shooter:
    """Watches the stack after every tick and names the moment on screen, if it is a new one."""

    def __init__(self, stack: SceneStack, out: Path, taken: dict[str, Path]) -> None:
        self.stack = stack
        self.out = out
        self.taken = taken
        self.scene_ticks = 0
        self.top: object = None
        self.dream_ticks = 0

    def moment(self) -> str | None:
        """The moment on screen now, if it is one worth a picture."""
        top = self.stack.top
        if top is not self.top:
            self.top, self.scene_ticks = top, 0
        self.scene_ticks += 1
        name = getattr(top, "name", "")
        t = self.scene_ticks
        if name == "title" and t == 1:
            return "title"
        if name == "chapter" and t == 25:
            return f"chapter_{getattr(top, 'scene', '')}"
        if name == "caught" and t == 35:
            return "caught"
        if name == "ending":
            ending = getattr(top, "ending", "")
            credits_at = int(getattr(top, "closing_ticks", 600)) + CREDITS_AFTER
            return f"ending_{ending}" if t == 420 else ("credits" if t == credits_at else None)
        if name != "play":
            return None
        sim = getattr(top, "sim", None)
        if sim is None:
            return None
        if t == 90:
            return f"scene_{sim.level.scene}"
        runner = sim.runner
        staged = _staging(top, sim, t)
        if staged is not None and staged not in self.taken:
            return staged
        if runner is not None:
            if runner.current_choice is not None and runner.current_choice.options:
                return "choice"
            line = runner.current_line
            if line is not None and line.reveal >= 1.0:
                return "dialogue"
        self.dream_ticks = self.dream_ticks + 1 if sim.world.dream else 0
        if self.dream_ticks == 45:
            return "camcorder"
        light = sim.ai.light
        state = sim.ai.cube_state
        player = sim.world.player
        near = light is not None and abs(light[0] - player.x) < VIEW[0] and abs(light[1] - player.y) < VIEW[1]
        if near and state is not None and t > 60:
            return f"cube_{state.value}"
        return None

    def before_play(self, canvas: pygame.Surface) -> None:
        """The title, as it first shows (the bot leaves it on its first tick)."""
        if getattr(self.stack.top, "name", "") == "title" and "title" not in self.taken:
            self._save("title", canvas)

    def _save(self, key: str, canvas: pygame.Surface) -> None:
        self.stack.draw(canvas, 1.0)
        path = picture_path(self.out, key)
        pygame.image.save(canvas, str(path))
        self.taken[key] = path

    def after_tick(self, canvas: pygame.Surface) -> None:
        """Save a picture when a new moment shows."""
        key = self.moment()
        if key is None or key in self.taken or self.stack.done:
            return
        self._save(key, canvas)


def _staging(top: object, sim: Any, t: int) -> str | None:
    """The Cube at its scale in each scene (the dream's: its sun with corners), the clothes heap with the pair
    in it, their outfits, the wedding clothes and the finale's descent (game/render/cube_stage.py)."""
    stage = getattr(getattr(top, "view", None), "stage", None)
    if stage is None or t < 150:
        return None
    scene, node = sim.level.scene, sim.runner.node if sim.runner is not None else None
    if stage.finale >= 0.9:
        return "finale_descent"
    if scene == "fantasy":
        if sim.world.dream and stage.corners > 0.9:
            return "cube_in_fantasy"
        return "wedding" if sim.world.dream and node in ("wed_aisle", "wed_arch") else None
    if node == "heap_hold":
        return "heap"
    if node == "catwalk":
        return "outfits"
    light, player = sim.ai.light, sim.world.player
    if light is not None and abs(light[0] - player.x) < VIEW[0] and abs(light[1] - player.y) < VIEW[1] * 0.6:
        return f"cube_in_{scene}"
    return None


class Patient:
    """The bot, but it lets the credits roll a few seconds before skipping them (for their picture)."""

    def __init__(self, stack: SceneStack, bot: Bot) -> None:
        self.stack = stack
        self.bot = bot
        self.ending_ticks = 0

    def next_frame(self) -> InputFrame:
        """The bot's frame, or nothing during the first seconds of the credits."""
        frame = self.bot.next_frame()
        top = self.stack.top
        if getattr(top, "name", "") == "ending":
            self.ending_ticks += 1
            if self.ending_ticks < int(getattr(top, "closing_ticks", 600)) + CREDITS_AFTER + 30:
                return InputFrame()
        return frame


class Careless(Patient):
    """A careless player first: runs at the light until it is caught once (the Cube shows its states), then
    the bot plays on (and shows how it gets away)."""

    def next_frame(self) -> InputFrame:
        """Towards the light, running, until the first capture; the bot after."""
        top = self.stack.top
        sim = getattr(top, "sim", None)
        if getattr(top, "name", "") != "play" or sim is None or sim.session.caught > 0 or sim.tick > 3600:
            return super().next_frame()
        light, player = sim.ai.light, sim.world.player
        if light is None:
            return super().next_frame()
        dx, dy = light[0] - player.x, light[1] - player.y
        d = max(1.0, (dx * dx + dy * dy) ** 0.5)
        if d < 12.0:
            return InputFrame()
        return InputFrame(move=quantize_move(dx / d, dy / d), held=Action.RUN)


def play(
    out: Path,
    taken: dict[str, Path],
    seed: int,
    scene: str | None,
    levels: Path | None,
    careless: bool = False,
) -> str:
    """One bot run with the shooter watching; returns how it ended."""
    from game.app import build_context, first_scene, init_pygame
    from game.context import RunOptions
    from game.profile import Profile
    from game.render.window import CANVAS_SIZE
    from game.settings import load_settings

    init_pygame(headless=True)
    pygame.display.set_mode((CANVAS_SIZE[0], CANVAS_SIZE[1]))
    canvas = pygame.Surface(CANVAS_SIZE).convert()
    profile = Profile.fresh()
    try:
        settings, _ = load_settings(profile.settings_path)
        options = RunOptions(
            seed=seed, headless=True, scene=scene, stop_on_exit=scene is not None, renders=True
        )
        if levels is not None:
            options = dataclasses.replace(options, levels_dir=levels)
        ctx = build_context(options, profile, settings)
        stack = SceneStack()
        stack.push(first_scene(ctx))
        source = (Careless if careless else Patient)(stack, Bot(stack, seed))
        shooter = Shooter(stack, out, taken)
        shooter.before_play(canvas)
        try:
            for _ in range(LIMIT):
                if stack.done:
                    break
                stack.update(source.next_frame())
                shooter.after_tick(canvas)
        except InputEndedError as exc:
            return f"the bot could not finish: {exc}"
        finally:
            stack.close()
        return ctx.log.outcome or stack.quit_reason or "ticks"
    finally:
        profile.discard()
        pygame.quit()


def contact_sheet(out: Path, pictures: list[Path]) -> Path:
    """All pictures side by side with their names."""
    sheet = out / "contact_sheet.png"
    montage = shutil.which("montage")
    if montage is not None:
        try:
            subprocess.run(
                [montage, "-font", str(SHEET_FONT), "-label", "%t", "-pointsize", "14", "-background", "#181425",
                 "-fill", "#e8e8f0", "-tile", "4x", "-geometry", "480x270+6+6", *map(str, pictures), str(sheet)],
                check=True, capture_output=True, text=True,
            )  # fmt: skip
            return sheet
        except (OSError, subprocess.CalledProcessError) as exc:
            why = (
                exc.stderr.strip().splitlines()[-1:]
                if isinstance(exc, subprocess.CalledProcessError)
                else [exc]
            )
            print(f"montage failed ({why[0] if why else 'no message'}); composing the sheet with pygame")
    return pygame_sheet(sheet, pictures)


def pygame_sheet(sheet: Path, pictures: list[Path]) -> Path:
    """The contact sheet composed with pygame (labels in the game's font)."""
    pygame.init()
    font = pygame.font.Font(str(SHEET_FONT), 12)
    cols = 4
    rows = (len(pictures) + cols - 1) // cols
    board = pygame.Surface((cols * 492, rows * 300))
    board.fill((24, 20, 37))
    for i, path in enumerate(pictures):
        x, y = (i % cols) * 492 + 6, (i // cols) * 300 + 6
        board.blit(pygame.transform.scale(pygame.image.load(str(path)), (480, 270)), (x, y))
        board.blit(font.render(path.stem, True, (232, 232, 240)), (x, y + 272))
    pygame.image.save(board, str(sheet))
    pygame.quit()
    return sheet


def main(argv: list[str] | None = None) -> int:
    """Play, shoot, compose, report."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path)
    parser.add_argument(
        "--seeds",
        type=int,
        nargs="*",
        default=list(range(1, 61)),
        help="seeds to try, until every ending is seen",
    )
    parser.add_argument("--levels", type=Path, help="another game folder (default: the shipped levels/)")
    parser.add_argument("--hud-only", action="store_true", help="only the HUD states (no bot runs)")
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    taken: dict[str, Path] = {}
    for seed in [] if args.hud_only else args.seeds:
        print(f"seed {seed}: {play(out, taken, seed, None, args.levels)}", flush=True)
        if all(f"ending_{e}" in taken for e in ENDINGS):
            break
    for scene in [] if args.hud_only else GAME_SCENES:
        if f"scene_{scene}" not in taken:
            print(f"{scene} on its own: {play(out, taken, args.seeds[0], scene, args.levels)}", flush=True)
    for scene in [] if args.hud_only else GAME_SCENES:
        if all(f"cube_{state}" in taken for state in CUBE_STATES) and "caught" in taken:
            break
        how = play(out, taken, args.seeds[0], scene, args.levels, careless=True)
        print(f"{scene}, careless until caught: {how}", flush=True)
    hud_pictures(out, taken)
    pictures = sorted(taken.values())
    sheet = contact_sheet(out, pictures)
    missing = [m for m in wanted() if m not in taken and not (args.hud_only and not m.startswith("hud_"))]
    print(f"{len(pictures)} moments in {out}; contact sheet {sheet}")
    print("never seen: " + (", ".join(missing) if missing else "nothing"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
