"""Captions: important sounds also shown as text ("[the hum rises]"), a small queue with lifetimes in ticks.

Pure presentation state: the play scene pushes cues (from simulation events, or from the mixer's
``on_caption``), calls :meth:`Captions.update` once per tick and draws :meth:`Captions.shown`, translated
through the player's :class:`~game.i18n.Translator`. The simulation never reads it.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.i18n import Msg, Translator

LIFETIME = 180
"""Ticks a caption stays (3 seconds), counted again from 0 when its sound repeats."""
LIMIT = 3
"""Captions on screen at once; the oldest goes first."""


@dataclass(frozen=True, slots=True)
class Cue:
    """A sound that deserves a caption: its name (a sound or event name) and its text."""

    name: str
    msg: Msg
    ticks: int = LIFETIME


CUES: dict[str, Cue] = {
    cue.name: cue
    for cue in (
        Cue("lockon", Msg("caption.lockon", "[a rising lock-on tone]")),
        Cue("capture", Msg("caption.capture", "[the light roars]")),
        Cue("knock", Msg("caption.knock", "[something clatters]")),
        Cue("glitch", Msg("caption.glitch", "[static]")),
        Cue("cam_click", Msg("caption.cam_click", "[camcorder clicks]")),
        Cue("breath", Msg("caption.breath", "[heavy breathing]")),
        Cue("hum_0", Msg("caption.hum_0", "[a low hum overhead]")),
        Cue("hum_1", Msg("caption.hum_1", "[the hum sharpens]")),
        Cue("hum_2", Msg("caption.hum_2", "[the hum rises]")),
        Cue("hum_3", Msg("caption.hum_3", "[the hum is loud]")),
        Cue("hum_4", Msg("caption.hum_4", "[the hum screams]")),
        Cue("hum_fades", Msg("caption.hum_fades", "[the hum fades away]")),
        Cue("footsteps_run", Msg("caption.footsteps_run", "[footsteps: running]")),
        Cue("branch_snap", Msg("caption.branch_snap", "[a branch snaps]")),
        Cue("search", Msg("caption.search", "[the hum circles, searching]")),
        Cue("battery_low", Msg("caption.battery_low", "[the camcorder beeps: battery low]")),
    )
}
"""Every captioned sound. The mixer's caption texts (``game.audio``) are among these, word for word."""

_BY_ENGLISH = {cue.msg.en: cue for cue in CUES.values()}

SIDE_MARKS = {-1: ("◀ ", ""), 0: ("", ""), 1: ("", " ▶")}
"""Where the sound came from, drawn beside the words: direction is never carried by sound alone."""


@dataclass(slots=True)
class Caption:
    """A caption being shown: its cue, how long it has shown and which side its sound came from."""

    cue: Cue
    age: int = 0
    side: int = 0
    """-1 left of the player, 1 right, 0 ahead or everywhere."""

    @property
    def left(self) -> int:
        """Ticks before it goes."""
        return self.cue.ticks - self.age

    def text(self, translator: Translator) -> str:
        """The caption in the player's language, with its side mark."""
        before, after = SIDE_MARKS.get(self.side, ("", ""))
        return before + translator.msg(self.cue.msg) + after


class Captions:
    """The captions on screen; nothing is shown while ``enabled`` is off."""

    def __init__(self, limit: int = LIMIT, enabled: bool = True) -> None:
        self.limit = limit
        self.enabled = enabled
        self._shown: list[Caption] = []

    def push(self, name: str, side: int = 0) -> bool:
        """Show the cue called ``name`` (again from the start if it shows already); False if it has none."""
        cue = CUES.get(name)
        if cue is None or not self.enabled:
            return False
        side = max(-1, min(1, side))
        for caption in self._shown:
            if caption.cue is cue:
                caption.age = 0
                caption.side = side
                return True
        self._shown.append(Caption(cue, 0, side))
        if len(self._shown) > self.limit:
            del self._shown[0]
        return True

    def push_english(self, english: str) -> bool:
        """Show a cue by its English text: hook this to ``Audio.on_caption``."""
        cue = _BY_ENGLISH.get(english)
        return self.push(cue.name) if cue is not None else False

    def update(self) -> None:
        """One tick older; captions whose time is up go."""
        if not self._shown:
            return
        for caption in self._shown:
            caption.age += 1
        self._shown = [c for c in self._shown if c.age < c.cue.ticks]

    def shown(self) -> list[Caption]:
        """The captions to draw, oldest first."""
        return list(self._shown)

    def clear(self) -> None:
        """Remove every caption (a scene change, a retry)."""
        self._shown.clear()


def side_of(dx: float, dead_zone: float = 48.0) -> int:
    """The side mark for a sound ``dx`` pixels to the right of the listener."""
    if dx > dead_zone:
        return 1
    if dx < -dead_zone:
        return -1
    return 0
