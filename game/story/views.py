"""What presentation reads from the runner: the line on screen, the choice offered, and text timing."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TextTiming:
    """How fast lines reveal and whether they move on by themselves; the same in every language.

    The reveal time of a line is computed from its ENGLISH text, so a translation reveals proportionally over
    the same ticks and the simulation never depends on the language.
    """

    chars_per_tick: float = 0.75
    """English characters revealed per tick (0.75 = 45 a second); 0 shows lines at once."""
    auto_advance: int = 0
    """Ticks a fully revealed line stays before moving on by itself; 0 waits for the player."""

    def reveal_ticks(self, english: str) -> int:
        """Ticks a line of this English text takes to reveal."""
        if self.chars_per_tick <= 0:
            return 0
        return math.ceil(len(english) / self.chars_per_tick)


@dataclass(frozen=True, slots=True)
class LineView:
    """The line being shown: presentation looks up the text for ``id`` in the player's language."""

    id: str
    speaker: str
    """A cast id."""
    text: str
    """The English text, placeholders filled in."""
    values: Mapping[str, str]
    """Each placeholder's formatted value, for filling in a translation."""
    reveal: float
    """How much of the line shows, 0..1 (apply it to the translated text's length)."""
    seen_before: bool
    """The player had seen this line before it started now (for skip-seen)."""
    expression: str = "neutral"
    """The speaker's portrait expression."""

    @property
    def complete(self) -> bool:
        """True when the whole line shows (the next advance moves on)."""
        return self.reveal >= 1.0


@dataclass(frozen=True, slots=True)
class OptionView:
    """One option the player may pick (pass its ``index`` as the runner's ``choice``)."""

    index: int
    id: str
    text: str
    values: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class ChoiceView:
    """The options offered now, in order."""

    options: tuple[OptionView, ...]
