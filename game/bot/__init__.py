"""The bot: plays the game through input frames, as a careful player would (pure: no pygame, no clocks)."""

from __future__ import annotations

from game.bot.driver import Bot
from game.bot.watchdog import STALL_TICKS, BotStuckError

__all__ = ["STALL_TICKS", "Bot", "BotStuckError"]
