"""The bot: a frame source that plays the game through the same input frames as a person.

It looks at the scene on top of the stack (read-only) and answers with one :class:`InputFrame` per tick: at the
title it picks New game; it skips chapter cards and the credits as soon as they let it; in a level a
:class:`LevelBot` plays; under the caught overlay it waits for the retry. When it cannot finish it raises
:class:`BotStuckError` (an ``InputEndedError``) with the reason, and the headless run ends with outcome ``error``.

In a level it reads only the play scene's :class:`~game.view.player_view.PlayerView` (what is on screen and in
the speakers), never the simulation. The bot has its own generator (seeded from the run's seed), so it never
draws from the simulation's.
"""

from __future__ import annotations

import random
from typing import Protocol

from game.bot.level_bot import LevelBot
from game.bot.talk import CONFIRM, DOWN, READ_TICKS, Talk
from game.bot.watchdog import STALL_TICKS, BotStuckError, Watchdog
from game.input.frame import IDLE, Action, InputFrame
from game.view.screens import LevelScreen, MenuScreen, Screen

CHAPTER_SKIP_AFTER = 30
"""A chapter card takes confirm after this many ticks (game.scenes.chapter.SKIPPABLE_AFTER)."""
CLOSING_TICKS = 600
"""The ending's closing lines cannot be skipped; the credits after them can (game.scenes.ending)."""
BACK = InputFrame(held=Action.BACK, pressed=Action.BACK)
BOT_SALT = 0x5EED_B07
"""Mixed into the run's seed so the bot's generator never mirrors the simulation's."""


class _Stack(Protocol):
    @property
    def top(self) -> Screen | None: ...


class Bot:
    """Plays from whatever scene is on top; ``next_frame`` is the frame source the headless loop calls."""

    def __init__(
        self,
        stack: _Stack,
        seed: int,
        stall_ticks: int = STALL_TICKS,
        read_ticks: int = READ_TICKS,
        curious: bool = False,
    ) -> None:
        self.stack = stack
        self.curious = curious
        """Go out of the way to the places found by looking (see ``game.bot.level_bot``)."""
        self.rng = random.Random(seed ^ BOT_SALT)
        self.talk = Talk(self.rng, read_ticks)
        self.watchdog = Watchdog(stall_ticks)
        self.level: LevelBot | None = None
        self.scene_ticks = 0
        self.scene: object = None
        self.title_ticks = 0

    @property
    def choices(self) -> list[str]:
        """The id of every story option the bot picked, in order."""
        return self.talk.choices

    def next_frame(self) -> InputFrame:
        """The frame for the next tick."""
        top = self.stack.top
        if top is None:
            return IDLE
        if top is not self.scene:
            self.scene = top
            self.scene_ticks = 0
        self.scene_ticks += 1
        name = top.name
        match name:
            case "play":
                return self._play(top)
            case "title":
                return self._title(top)
            case "chapter":
                return CONFIRM if self.scene_ticks > CHAPTER_SKIP_AFTER and self.scene_ticks % 2 else IDLE
            case "ending":
                return CONFIRM if self.scene_ticks > CLOSING_TICKS + 1 and self.scene_ticks % 2 else IDLE
            case "caught":
                if self.scene_ticks == 1 and self.level is not None:
                    self.level.caught()
                return IDLE
            case "pause" | "settings":
                return BACK if self.scene_ticks % 2 else IDLE
        if self.scene_ticks > STALL_TICKS:
            raise BotStuckError(f"the bot does not know the scene {name!r} and it did not go away")
        return IDLE

    def _title(self, scene: object) -> InputFrame:
        """Always a new game: move the cursor to New game, then confirm."""
        if not isinstance(scene, MenuScreen):
            raise BotStuckError("the title has no menu the bot can read")
        ids, index = scene.menu_shown()
        if "new" not in ids:
            raise BotStuckError(f"the title offers no New game (its items: {ids})")
        self.title_ticks += 1
        if self.title_ticks > 600:
            raise BotStuckError("the title did not start a new game after ten seconds of pressing")
        if self.scene_ticks % 2 == 0:
            return IDLE
        return CONFIRM if ids[index] == "new" else DOWN

    def _play(self, scene: object) -> InputFrame:
        if not isinstance(scene, LevelScreen):
            raise BotStuckError("the play scene shows nothing the bot can read (no player view)")
        view = scene.player_view
        if self.level is None or self.level.map is not view.map:
            if self.level is None or self.level.map.scene != view.map.scene:
                self.watchdog.reset()
            self.level = LevelBot(view, self.talk, self.rng, self.watchdog, self.curious)
        return self.level.frame(view)
