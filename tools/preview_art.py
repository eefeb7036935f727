"""Render contact sheets of the art to look at: ``python -m tools.preview_art [OUT_DIR]`` (default out/art).

characters.png (every animation, both characters, 4x), cube.png (each state over dark ground), lights.png,
viewfinder.png, ui.png (dialogue in English and Korean, choices, menu, HUD), title.png, chapter.png,
credits.png, effects.png (transitions mid-way).
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame

from game.render.cube import STYLES, CubeRenderer, CubeView
from game.render.effects import Fade, Glitch
from game.render.light import Light, LightKind, LightMap, canopy_lights
from game.render.particles import ParticleKind, Particles
from game.render.sprites import ANIMS, FACINGS, Sprites
from game.render.text import TextRenderer, TextSize
from game.render.ui import UI, DialogueLine
from game.render.viewfinder import Viewfinder

W, H = 640, 360


def ground(seed: int, palette: list[tuple[int, int, int]], size: tuple[int, int] = (W, H)) -> pygame.Surface:
    """A speckled stand-in ground (the real tiles are another generator's)."""
    rng = random.Random(seed)
    surf = pygame.Surface(size).convert()
    surf.fill(palette[0])
    for _ in range(size[0] * size[1] // 40):
        surf.fill(rng.choice(palette[1:]), (rng.randrange(size[0]), rng.randrange(size[1]), 2, 2))
    return surf


FOREST = [(38, 92, 66), (25, 60, 62), (62, 137, 72), (58, 68, 102), (90, 105, 136)]
MALL = [(90, 105, 136), (139, 155, 180), (58, 68, 102), (192, 203, 220)]


def label(canvas: pygame.Surface, text: TextRenderer, s: str, pos: tuple[int, int]) -> None:
    """A white caption with a shadow."""
    text.draw(canvas, s, pos, (255, 255, 255), shadow=(24, 20, 37))


def characters(sprites: Sprites, text: TextRenderer) -> pygame.Surface:
    """Every animation for both characters: one row per (anim, facing), 4x."""
    rows = [(a, f) for a in ANIMS for f in FACINGS]
    cell = 20
    sheet = pygame.Surface((2 * (8 * cell) + 150, len(rows) * 26 + 8)).convert()
    sheet.fill((58, 68, 102))
    for r, (anim, facing) in enumerate(rows):
        y = 4 + r * 26
        label(sheet, text, f"{anim} {facing}", (4, y + 6))
        for c, name in enumerate(sprites.characters):
            a = sprites.anim(name, anim)
            for i, frame in enumerate(a.frames[facing]):
                sheet.blit(frame, (96 + c * (8 * cell) + i * cell, y))
    return pygame.transform.scale_by(sheet, 3)


def cube_states(text: TextRenderer) -> pygame.Surface:
    """The Cube in each state, lit, over a dark forest floor (2x)."""
    canvas = ground(1, FOREST, (W, 340))
    cr = CubeRenderer()
    lm = LightMap(canvas.get_size())
    views = []
    for i, state in enumerate(STYLES):
        cx, cy = (i % 4) * 160 + 80, (i // 4) * 170 + 125
        views.append(
            CubeView(
                cx, cy, 78, vx=0.8 * (i % 3 - 1), tick=50 + 9 * i, state=state, progress=0.5, awareness=i / 7
            )
        )
    for v in views:
        cr.draw_shadow(canvas, v)
    lm.apply(canvas, [cr.light(v) for v in views], 0.85)
    for v in views:
        cr.draw_ground(canvas, v)
        cr.draw_body(canvas, v)
        label(canvas, text, v.state, (int(v.x) - 76, int(v.y) - 122))
    return pygame.transform.scale_by(canvas, 2)


def lights(sprites: Sprites, text: TextRenderer) -> pygame.Surface:
    """Forest with moonlight through the canopy and a lamp; mall with skylight shafts (2x)."""
    out = pygame.Surface((W, H * 2)).convert()
    forest = ground(2, FOREST)
    sprites.draw(forest, "dal", "idle", "right", 0, (300, 190))
    sprites.draw(forest, "byeol", "hide", "down", 0, (330, 196))
    ls = canopy_lights(pygame.Rect(0, 0, W, H), 9, 4, 34)
    ls.append(Light(300, 185, 44, (254, 174, 52), 0.9, LightKind.POINT))
    LightMap((W, H)).apply(forest, ls, 0.9)
    label(forest, text, "forest: canopy moonlight + lantern, darkness 0.9", (8, 8))
    mall = ground(3, MALL)
    sprites.draw(mall, "byeol", "walk", "left", 10, (420, 200))
    shafts = [Light(200 + 150 * i, 160, 40, (234, 212, 170), 0.9, LightKind.SHAFT) for i in range(3)]
    shafts.append(Light(80, 300, 50, (246, 117, 122), 0.6, LightKind.POINT))
    LightMap((W, H)).apply(mall, shafts, 0.8, (62, 39, 49))
    dust = Particles(ParticleKind.DUST, 40, 3, box=pygame.Rect(170, 100, 340, 140))
    for _ in range(30):
        dust.update()
    dust.draw(mall)
    label(mall, text, "mall: skylight shafts + sign glow + dust, darkness 0.8", (8, 8))
    out.blit(forest, (0, 0))
    out.blit(mall, (0, H))
    return pygame.transform.scale_by(out, 2)


def viewfinder(sprites: Sprites, text: TextRenderer) -> pygame.Surface:
    """The camcorder view fully on, and half-way through its wipe (2x)."""
    out = pygame.Surface((W, H * 2)).convert()
    for k, amount_ticks in enumerate((20, 7)):
        canvas = ground(5, [(99, 199, 77), (62, 137, 72), (254, 231, 97), (246, 117, 122), (255, 255, 255)])
        sprites.draw(canvas, "dal", "hands_idle", "down", 0, (308, 200))
        sprites.draw(canvas, "byeol", "hands_idle", "down", 0, (326, 200), flip=True)
        petals = Particles(ParticleKind.PETALS, 80, 9)
        for _ in range(40):
            petals.update()
        petals.draw(canvas)
        vf = Viewfinder(text=TextRenderer(TextSize.SMALL))
        vf.set_active(True)
        for _ in range(amount_ticks):
            vf.update()
        vf.draw(canvas, 60 * 754 + 17, 0.55 if k == 0 else 0.2)
        out.blit(canvas, (0, k * H))
    return pygame.transform.scale_by(out, 2)


def ui_sheet(sprites: Sprites, ui: UI, text: TextRenderer) -> pygame.Surface:
    """Dialogue (English and Korean), choices, a menu and the HUD over a dark scene (2x)."""
    out = pygame.Surface((W, H * 2)).convert()
    a = ground(6, FOREST)
    LightMap((W, H)).apply(a, [Light(320, 200, 90)], 0.8)
    sprites.draw(a, "dal", "walk", "right", 5, (300, 200))
    sprites.draw(a, "byeol", "walk", "right", 9, (280, 204))
    ui.draw_objective(a, "Reach the broken highway")
    for i, aw in enumerate((0.0, 0.2, 0.45, 0.7, 0.95)):
        ui.draw_awareness(a, (560 - i * 22, 8), aw)
    ui.draw_bond(a, (600, 8), 0.8)
    ui.draw_battery(a, (580, 28), 0.6, 0)
    ui.draw_cube_pointer(a, (900, -100), (254, 174, 52))
    ui.draw_cube_pointer(a, (-200, 250), (255, 0, 68))
    ui.draw_caption(a, "[the hum rises]", 10)
    ui.draw_prompt(a, "E", "Take her hand", (12, 40))
    ui.draw_prompt(a, "A", "Hide", (12, 58), gamepad=True)
    ui.draw_dialogue(
        a,
        DialogueLine(
            "Byeol",
            "Your shoelace. No -- the other one. Honestly, how do you walk?",
            sprites.name_colors["byeol"],
            sprites.portrait("byeol", "smile"),
            None,
            True,
        ),
        0,
    )
    b = ground(7, MALL)
    LightMap((W, H)).apply(b, [Light(320, 150, 120, (234, 212, 170))], 0.75, (62, 39, 49))
    ui.draw_menu(
        b,
        pygame.Rect(20, 20, 220, 150),
        ["Master volume", "Music", "Effects", "Text size", "Reduce flashing"],
        3,
        0,
        "Settings",
        ["80%", "70%", "80%", "Normal", "Off"],
    )
    ui.draw_choices(b, ["Keep the wedding", "Keep the morning", "Keep both"], 1, 0)
    ui.draw_dialogue(
        b,
        DialogueLine(
            "달",
            "별아, 저기 불빛 보여? 우리 저쪽으로 가자. 천천히, 소리 내지 말고.",
            sprites.name_colors["dal"],
            sprites.portrait("dal", "worried"),
            22,
        ),
        0,
    )
    out.blit(a, (0, 0))
    out.blit(b, (0, H))
    return pygame.transform.scale_by(out, 2)


def title(ui: UI) -> pygame.Surface:
    """The title scene with the logo and a menu (2x)."""
    canvas = pygame.Surface((W, H)).convert()
    ui.draw_title_background(canvas, 60 * 14)
    ui.backdrop.draw_logo(canvas, (W // 2, 96))
    ui.text.draw(canvas, "달과 별", (W // 2, 124), (192, 203, 220), shadow=(24, 20, 37), anchor="midtop")
    ui.draw_menu(
        canvas, pygame.Rect(W // 2 - 70, 170, 140, 84), ["New game", "Continue", "Settings", "Quit"], 0, 0
    )
    return pygame.transform.scale_by(canvas, 2)


def chapter_and_credits(ui: UI) -> pygame.Surface:
    """A chapter card at its middle, and the credits roll part-way (2x)."""
    out = pygame.Surface((W, H * 2)).convert()
    a = pygame.Surface((W, H)).convert()
    ui.draw_chapter_card(a, "Chapter Two", "The Mall", 0.5)
    b = pygame.Surface((W, H)).convert()
    credits = [
        "# REFUGE",
        "",
        "## Design and code",
        "The Refuge team",
        "",
        "## Art and sound",
        "Generated by the project's own tools",
        "",
        "## Font",
        "Galmuri by Lee Minseo (OFL 1.1)",
    ]
    ui.draw_credits(b, credits, 0.45, 300)
    out.blit(a, (0, 0))
    out.blit(b, (0, H))
    return pygame.transform.scale_by(out, 2)


def effects(sprites: Sprites) -> pygame.Surface:
    """Fade to black, fade to white and glitch, each part-way (1x, side by side)."""
    out = pygame.Surface((W * 3 // 2, H // 2)).convert()
    for i, t in enumerate((Fade(30), Fade(30, color=(236, 236, 244)), Glitch(40, closing=False, seed=3))):
        canvas = ground(8 + i, FOREST)
        sprites.draw(canvas, "dal", "run", "right", 3, (320, 200))
        t.age = t.ticks // 2
        t.draw(canvas)
        out.blit(pygame.transform.scale_by(canvas, 0.5), (i * W // 2, 0))
    return out


def costs(sprites: Sprites, ui: UI) -> list[tuple[str, float]]:
    """Median milliseconds per call of every per-frame drawing call, at 640x360 in the display's format."""
    canvas = ground(12, FOREST)
    base = canvas.copy()
    cube = CubeRenderer()
    lm = LightMap((W, H))
    ash = Particles(ParticleKind.ASH, 150, 1)
    vf = Viewfinder(text=TextRenderer(TextSize.SMALL))
    vf.set_active(True)
    for _ in range(20):
        vf.update()
    glitch = Glitch(40, closing=False, seed=1)
    glitch.age = 20
    fade = Fade(30)
    fade.age = 15
    line = DialogueLine(
        "Byeol", "Your shoelace. No -- the other one.", (254, 174, 52), sprites.portrait("byeol")
    )
    tick = [0]

    def cube_draw() -> None:
        v = CubeView(320, 200, 80, vx=0.5, tick=tick[0], state="chase", awareness=0.6)
        cube.draw_shadow(canvas, v)
        cube.draw_ground(canvas, v)
        cube.draw_body(canvas, v)

    view = CubeView(320, 200, 80, state="chase")
    lamps = [cube.light(view), Light(100, 100, 50, (254, 174, 52))]
    lamps += canopy_lights(pygame.Rect(0, 0, W, H), 4, 2)

    def hud() -> None:
        ui.draw_awareness(canvas, (600, 8), 0.6)
        ui.draw_battery(canvas, (580, 28), 0.5, tick[0])
        ui.draw_bond(canvas, (560, 8), 0.7)
        ui.draw_objective(canvas, "Reach the broken highway")

    def particles() -> None:
        ash.update()
        ash.draw(canvas, (tick[0] * 0.5, 0.0))

    screen = pygame.display.get_surface()
    big = pygame.Surface((W * 2, H * 2)).convert()
    calls: list[tuple[str, object]] = [
        ("canvas reset (blit 640x360)", lambda: canvas.blit(base, (0, 0))),
        (
            "sprites.draw x2",
            lambda: (
                sprites.draw(canvas, "dal", "walk", "down", tick[0], (300, 200)),
                sprites.draw(canvas, "byeol", "walk", "down", tick[0], (320, 200)),
            ),
        ),
        ("cube shadow+ground+body", cube_draw),
        ("LightMap.apply, 6 lights", lambda: lm.apply(canvas, lamps, 0.85)),
        ("particles 150 update+draw", particles),
        ("viewfinder.draw (full)", lambda: vf.draw(canvas, tick[0], 0.5)),
        ("glitch.draw (mid)", lambda: glitch.draw(canvas)),
        ("fade.draw (mid)", lambda: fade.draw(canvas)),
        ("ui.draw_dialogue", lambda: ui.draw_dialogue(canvas, line, tick[0])),
        ("HUD (eye, battery, heart, objective)", hud),
        ("title background", lambda: ui.draw_title_background(canvas, tick[0])),
        ("chapter card", lambda: ui.draw_chapter_card(canvas, "Chapter One", "The Forest", 0.5)),
        (
            "scale 640x360 -> 1280x720 (reference)",
            lambda: pygame.transform.scale(canvas, (W * 2, H * 2), big),
        ),
    ]
    import statistics
    import time

    out = []
    for name, fn in calls:
        samples = []
        for i in range(300):
            tick[0] = i
            t0 = time.perf_counter()
            fn()  # type: ignore[operator]
            samples.append((time.perf_counter() - t0) * 1000)
        out.append((name, statistics.median(samples[20:])))
    del screen
    return out


def main(argv: list[str] | None = None) -> None:
    """Write every contact sheet (or, with ``--costs``, print per-call costs)."""
    args = argv if argv is not None else sys.argv[1:]
    if "--costs" in args:
        pygame.init()
        pygame.display.set_mode((W, H))
        text = TextRenderer()
        for name, ms in costs(Sprites(), UI(text)):
            print(f"{name:<40} {ms:7.3f} ms")
        return
    out = Path(args[0] if args else "out/art")
    out.mkdir(parents=True, exist_ok=True)
    pygame.init()
    pygame.display.set_mode((W, H))
    text = TextRenderer()
    sprites = Sprites()
    ui = UI(text)
    sheets = {
        "characters": characters(sprites, text),
        "cube": cube_states(text),
        "lights": lights(sprites, text),
        "viewfinder": viewfinder(sprites, text),
        "ui": ui_sheet(sprites, ui, text),
        "title": title(ui),
        "chapter_credits": chapter_and_credits(ui),
        "effects": effects(sprites),
    }
    for name, surf in sheets.items():
        pygame.image.save(surf, str(out / f"{name}.png"))
    print(f"wrote {len(sheets)} contact sheets to {out}")


if __name__ == "__main__":
    main()
