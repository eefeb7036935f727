"""The HUD over a level: objective, the Cube's awareness (shape and place, not colour alone), battery, bond,
sound captions, the dialogue box with its typewriter, choices and a backlog of recent lines."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

import pygame

from game.context import Context
from game.render.cube import CubeView
from game.render.ui import DialogueLine
from game.sim.cues import Cue, CueKind
from game.sim.level_sim import LevelSim
from game.story.lines import line_table

CAPTION_TICKS = 180
BACKLOG = 12
CAPTIONS: dict[tuple[CueKind, str], str] = {
    (CueKind.AI, "heard"): "[the hum turns toward the noise]",
    (CueKind.AI, "noticed"): "[the hum rises]",
    (CueKind.AI, "lock_on"): "[a rising tone: it has seen you]",
    (CueKind.AI, "capture_started"): "[the light tightens]",
    (CueKind.AI, "capture_broken"): "[the light loses its grip]",
    (CueKind.AI, "lost"): "[the hum drifts, searching]",
    (CueKind.AI, "retreat"): "[the hum fades away]",
    (CueKind.CAMCORDER, "on"): "[click, whir]",
    (CueKind.CAMCORDER, "off"): "[click]",
    (CueKind.CAMCORDER, "empty"): "[the camcorder dies with a sigh]",
    (CueKind.HIDE, "in"): "[rustling]",
    (CueKind.ITEM, "camcorder"): "Picked up: an old camcorder",
    (CueKind.CHECKPOINT, ""): "",
}
"""Captions for important sounds (GAG: nothing by sound alone). Blank means no caption."""


@dataclass(slots=True)
class Caption:
    """A caption on screen and how long it has been there."""

    text: str
    age: int = 0


class Hud:
    """Reads the level simulation and draws what the player needs to know."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.art = ctx.art
        self.captions: deque[Caption] = deque(maxlen=3)
        self.backlog: deque[tuple[str, str]] = deque(maxlen=BACKLOG)
        self._last_line: str | None = None
        self._lines: dict[str, dict[str, str]] = {}

    def react(self, cue: Cue) -> None:
        """Turn a cue into a caption when it carries a sound that matters."""
        text = CAPTIONS.get((cue.kind, cue.name))
        if cue.kind is CueKind.DENIED and cue.detail:
            text = cue.detail.capitalize() + "."
        if cue.kind is CueKind.CHECKPOINT:
            text = "[saved]"
        if text:
            self.captions.append(Caption(text))

    def update(self, sim: LevelSim) -> None:
        """Age captions; note new lines in the backlog."""
        for caption in self.captions:
            caption.age += 1
        while self.captions and self.captions[0].age > CAPTION_TICKS:
            self.captions.popleft()
        runner = sim.runner
        line = runner.current_line if runner is not None else None
        if line is not None and line.id != self._last_line:
            self.backlog.append((self._speaker(sim, line.speaker), line.text))
        self._last_line = line.id if line is not None else None

    def _speaker(self, sim: LevelSim, cast_id: str) -> str:
        runner = sim.runner
        if runner is not None and cast_id in runner.story.cast:
            return runner.story.cast[cast_id].name
        return cast_id.capitalize()

    def _objective_text(self, sim: LevelSim) -> str | None:
        runner = sim.runner
        if sim.objective is None or runner is None:
            return None
        scene = runner.story.scene
        if scene not in self._lines:
            self._lines[scene] = line_table(runner.story)
        return self._lines[scene].get(sim.objective[0])

    def draw(self, canvas: pygame.Surface, sim: LevelSim, cube: CubeView | None, tick: int) -> None:
        """Everything over the world."""
        ui = self.art.ui
        objective = self._objective_text(sim)
        cutscene = sim.runner is not None and sim.runner.input_locked
        if objective and not sim.talking and not cutscene:
            ui.draw_objective(canvas, objective)
        w = canvas.get_width()
        if cube is not None:
            aware = cube.awareness
            ui.draw_awareness(canvas, (w - 26, 8), aware)
            ui.draw_cube_pointer(canvas, (cube.x, cube.y - cube.altitude))
        x = w - 26
        if "camcorder" in sim.session.inventory:
            x -= 22
            ui.draw_battery(canvas, (x, 10), sim.camcorder.charge, tick)
        ui.draw_bond(canvas, (x - 20, 9), sim.session.bond)
        for i, caption in enumerate(self.captions):
            surf = self.art.text.render(caption.text, (192, 203, 220), shadow=(24, 20, 37))
            alpha = 255 if caption.age < CAPTION_TICKS - 30 else max(0, (CAPTION_TICKS - caption.age) * 8)
            surf.set_alpha(alpha)
            canvas.blit(surf, surf.get_rect(midtop=(w // 2, 30 + i * (self.art.text.line_height + 2))))
        self._draw_talk(canvas, sim, tick)

    def _draw_talk(self, canvas: pygame.Surface, sim: LevelSim, tick: int) -> None:
        runner = sim.runner
        if runner is None:
            return
        ui = self.art.ui
        line = runner.current_line
        if line is not None:
            sprites = self.art.sprites
            speaker = line.speaker
            portrait = sprites.portrait(speaker) if speaker in sprites.characters else None
            colour = sprites.name_colors.get(speaker, (232, 232, 240))
            text = line.text
            shown = len(text) if line.complete else int(len(text) * line.reveal)
            ui.draw_dialogue(
                canvas,
                DialogueLine(self._speaker(sim, speaker), text, colour, portrait, shown, line.complete),
                tick,
            )
        choice = runner.current_choice
        if choice is not None and choice.options:
            options = [o.text for o in choice.options]
            ui.draw_choices(canvas, options, min(sim.choice_cursor, len(options) - 1), tick)
