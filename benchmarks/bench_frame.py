"""Frame cost per scene: one fixed update + one full render + scale to 1280x720 (DESIGN.md §8: ≤ 2 ms median)."""

from __future__ import annotations

import time

from benchmarks.common import Result, failed, summarize  # also sets the SDL dummy drivers

FRAMES = 3000
WARMUP = 120
TARGET_MS = 2.0


def run() -> list[Result]:
    """Walk a loop in every scene while timing update + draw + scale."""
    import pygame

    from game.app import build_context
    from game.context import RunOptions
    from game.input.frame import Action, InputFrame
    from game.profile import Profile
    from game.render.window import CANVAS_SIZE, scale_canvas
    from game.scene import SceneStack
    from game.settings import Settings
    from game.sim.session import GAME_SCENES, Session

    pygame.init()
    screen = pygame.display.set_mode((1280, 720))
    canvas = pygame.Surface(CANVAS_SIZE).convert()
    results: list[Result] = []
    profile = Profile.fresh()
    try:
        for scene in GAME_SCENES:
            ctx = build_context(RunOptions(seed=1, headless=True), profile, Settings())
            from game.content.catalog import find_map

            if find_map(scene, ctx.options.levels_dir) is None:
                results.append(failed(f"frame_ms.{scene}", "ms", "the scene's map is missing"))
                continue
            session = Session.new(1)
            ctx.log.session = session
            stack = SceneStack()
            stack.push(ctx.scenes.play(ctx, session, scene))
            moves = [(1.0, 0.0), (0.0, 1.0), (-1.0, 0.0), (0.0, -1.0)]
            samples: list[float] = []
            for i in range(FRAMES + WARMUP):
                mx, my = moves[(i // 90) % 4]
                frame = InputFrame(move=(mx, my), held=Action.RUN if i % 300 < 100 else Action.NONE)
                start = time.perf_counter()
                stack.update(frame)
                stack.draw(canvas, 0.5)
                scale_canvas(canvas, screen)
                elapsed = (time.perf_counter() - start) * 1000.0
                if i >= WARMUP:
                    samples.append(elapsed)
            stack.close()
            stats = summarize(samples)
            results.append(
                Result(
                    name=f"frame_ms.{scene}",
                    unit="ms",
                    target=f"<= {TARGET_MS} median",
                    met=stats["median"] <= TARGET_MS,
                    **stats,
                )
            )
    finally:
        profile.discard()
        pygame.quit()
    return results
