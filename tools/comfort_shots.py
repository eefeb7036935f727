"""Screenshots of the comfort screens to look at: ``python -m tools.comfort_shots [OUT_DIR]`` (default out/comfort).

For each language and text size: every settings page (rows focused), the Controls page while waiting for a
key, the title and the pause menu over the forest. Rendered headless with the real renderer, at 2x.
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame

from game.app import build_context
from game.context import Context, RunOptions
from game.input.devices import Device
from game.input.frame import Action, InputFrame
from game.profile import Profile
from game.render.window import CANVAS_SIZE
from game.scene import Scene, SceneStack
from game.scenes.settings_scene import SettingsScene
from game.settings import Settings
from game.sim.session import Session


class _Capture:
    """Stands in for the devices: waits forever, so the capture prompt stays on screen."""

    def start_capture(self, device: Device) -> None:
        """Nothing to arm."""

    def take_capture(self) -> str | None:
        """Never a press."""
        return None

    def cancel_capture(self) -> None:
        """Nothing to stop."""


def press(action: Action) -> InputFrame:
    """A frame where ``action`` went down."""
    return InputFrame(held=action, pressed=action)


def shoot(stack: SceneStack, path: Path) -> None:
    """Draw the stack and save it at twice the canvas size."""
    canvas = pygame.Surface(CANVAS_SIZE).convert()
    stack.draw(canvas, 1.0)
    pygame.image.save(pygame.transform.scale_by(canvas, 2), str(path))


def context(lang: str, size: str, device: Device = Device.KEYBOARD) -> Context:
    """A context in a fresh profile with the language and text size asked for."""
    settings = replace(Settings(), language=lang, text_size=size)
    ctx = build_context(RunOptions(renders=True), Profile.fresh(), settings)
    ctx.device = device
    ctx.capture = _Capture()
    return ctx


def settings_pages(out: Path, lang: str, size: str) -> None:
    """Each page with its rows focused (the second row chosen, to show the value arrows)."""
    ctx = context(lang, size, Device.GAMEPAD if size == "large" else Device.KEYBOARD)
    for index in range(len(SettingsScene(ctx).pages)):
        stack = SceneStack()
        stack.push(ctx.scenes.title(ctx))
        scene = SettingsScene(ctx)
        stack.push(scene)
        for _ in range(index):
            stack.update(press(Action.DOWN))
        stack.update(press(Action.CONFIRM))
        if len(scene.current_page.rows) > 1:
            stack.update(press(Action.DOWN))
        shoot(stack, out / f"settings-{lang}-{size}-{index}-{scene.current_page.id}.png")
        if scene.current_page.id == "controls":
            for _ in range(3):
                stack.update(press(Action.DOWN))
            stack.update(press(Action.RIGHT))
            stack.update(press(Action.CONFIRM))
            scene.note = None
            shoot(stack, out / f"settings-{lang}-{size}-controls-capture.png")


def menus(out: Path, lang: str, size: str) -> None:
    """The title, and the pause menu over the forest."""
    ctx = context(lang, size)
    session = Session.new(7, ctx.settings.sim_settings())
    ctx.log.session = session
    play: Scene = ctx.scenes.play(ctx, session, "forest")
    stack = SceneStack()
    stack.push(play)  # entering the level autosaves, so the title below offers Continue
    for _ in range(30):
        stack.update(InputFrame(move=(1.0, 0.0)))
    stack.update(press(Action.PAUSE))
    stack.update(press(Action.DOWN))
    shoot(stack, out / f"pause-{lang}-{size}.png")
    stack = SceneStack()
    stack.push(ctx.scenes.title(ctx))
    for _ in range(90):
        stack.update(InputFrame())
    shoot(stack, out / f"title-{lang}-{size}.png")


def dialogue(out: Path, lang: str, size: str) -> None:
    """A line of the story in the dialogue box over the forest, with a caption and an objective (the lead's HUD
    draws these in play; this shows the translation, the particles and the font at each size)."""
    from game.captions import Captions
    from game.render.ui import DialogueLine
    from game.sim.cues import Cue, CueKind
    from game.story.views import LineView

    ctx = context(lang, size)
    session = Session.new(7, ctx.settings.sim_settings())
    ctx.log.session = session
    stack = SceneStack()
    stack.push(ctx.scenes.play(ctx, session, "forest"))
    for _ in range(20):
        stack.update(InputFrame(move=(1.0, 0.3)))
    canvas = pygame.Surface(CANVAS_SIZE).convert()
    stack.draw(canvas, 1.0)
    tr, art = ctx.i18n, ctx.art
    captions = Captions()
    captions.react(Cue(CueKind.SOUND, "branch_snap", x=0.0), listener_x=300.0)
    captions.react(Cue(CueKind.AI, "noticed"))
    for i, caption in enumerate(captions.shown()):
        surf = art.text.render(caption.text(tr), (192, 203, 220), shadow=(24, 20, 37))
        canvas.blit(surf, surf.get_rect(midtop=(CANVAS_SIZE[0] // 2, 30 + i * (art.text.line_height + 2))))
    art.ui.draw_objective(canvas, tr.tr("forest.obj.highway", "Find the highway"))
    view = LineView("forest.highway.hop", "byeol", "I can hop with dignity.", {}, 1.0, False)
    line = DialogueLine(
        tr.cast("byeol", "Byeol"),
        tr.line(view),
        art.sprites.name_colors.get("byeol", (255, 255, 255)),
        art.sprites.portrait("byeol"),
        None,
        True,
    )
    art.ui.draw_dialogue(canvas, line, 0)
    pygame.image.save(pygame.transform.scale_by(canvas, 2), str(out / f"dialogue-{lang}-{size}.png"))


def main(argv: list[str]) -> int:
    """Write every screenshot."""
    out = Path(argv[0]) if argv else Path("out/comfort")
    out.mkdir(parents=True, exist_ok=True)
    pygame.init()
    pygame.display.set_mode((CANVAS_SIZE[0] * 2, CANVAS_SIZE[1] * 2))
    for lang in ("en", "ko"):
        for size in ("small", "normal", "large"):
            settings_pages(out, lang, size)
            menus(out, lang, size)
            dialogue(out, lang, size)
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
