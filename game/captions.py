"""Captions: important sounds also shown as text ("[the hum rises]"), a small queue with lifetimes in ticks.

Pure presentation state. The play scene hands it the simulation's cues (:meth:`Captions.react`) and the
mixer's caption texts (:meth:`Captions.push_english`, hooked to ``Audio.on_caption``), calls
:meth:`Captions.update` once per tick and draws :meth:`Captions.shown`, each translated with
:meth:`Caption.text`. Every caption is a :class:`~game.i18n.Msg`, so it reads in the player's language, and a
sound from the side gets a side mark: nothing is told by sound alone. The simulation never reads this.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from game.i18n import Msg, Translator
from game.sim.cues import Cue, CueKind

LIFETIME = 180
"""Ticks a caption stays (3 seconds), counted again from 0 when its sound repeats."""
LIMIT = 3
"""Captions on screen at once; the oldest goes first."""
SIDE_DEAD_ZONE = 48.0
"""Pixels left or right of the listener within which a sound counts as ahead (no side mark)."""

CUE_CAPTIONS: dict[tuple[CueKind, str], Msg] = {
    (CueKind.AI, "heard"): Msg("caption.ai.heard", "[the hum turns toward the noise]"),
    (CueKind.AI, "noticed"): Msg("caption.ai.noticed", "[the hum rises]"),
    (CueKind.AI, "lock_on"): Msg("caption.ai.lock_on", "[a rising tone: it has seen you]"),
    (CueKind.AI, "capture_started"): Msg("caption.ai.capture_started", "[the light tightens]"),
    (CueKind.AI, "capture_broken"): Msg("caption.ai.capture_broken", "[the light loses its grip]"),
    (CueKind.AI, "lost"): Msg("caption.ai.lost", "[the hum drifts, searching]"),
    (CueKind.AI, "retreat"): Msg("caption.ai.retreat", "[the hum fades away]"),
    (CueKind.CAMCORDER, "on"): Msg("caption.camcorder.on", "[click, whir]"),
    (CueKind.CAMCORDER, "off"): Msg("caption.camcorder.off", "[click]"),
    (CueKind.CAMCORDER, "empty"): Msg("caption.camcorder.empty", "[the camcorder dies with a sigh]"),
    (CueKind.HIDE, "in"): Msg("caption.hide.in", "[rustling]"),
    (CueKind.ITEM, "camcorder"): Msg("caption.item.camcorder", "Picked up: an old camcorder"),
    (CueKind.CHECKPOINT, ""): Msg("caption.checkpoint", "[saved]"),
    (CueKind.FOOTSTEP, "running"): Msg("caption.footsteps.running", "[footsteps: running]"),
}
"""Captions for cues, by (kind, name); footsteps go by their detail, checkpoints by kind alone."""

DENIED_CAPTIONS: dict[str, Msg] = {
    "too far apart": Msg("caption.denied.too_far", "Too far apart."),
    "nothing here is really there": Msg("caption.denied.dream_only", "Nothing here is really there."),
    "battery too low": Msg("caption.denied.battery", "Battery too low."),
}
"""A refused action's reason (the cue's ``detail``), said in words."""

SOUND_CAPTIONS: dict[str, Msg] = {
    "lockon": Msg("caption.sound.lockon", "[a rising lock-on tone]"),
    "capture": Msg("caption.sound.capture", "[the light roars]"),
    "knock": Msg("caption.sound.knock", "[something clatters]"),
    "glitch": Msg("caption.sound.glitch", "[static]"),
    "cam_click": Msg("caption.sound.cam_click", "[camcorder clicks]"),
    "breath": Msg("caption.sound.breath", "[heavy breathing]"),
    "branch_snap": Msg("caption.sound.branch_snap", "[a branch snaps]"),
    "hum_0": Msg("caption.sound.hum_0", "[a low hum overhead]"),
    "hum_1": Msg("caption.sound.hum_1", "[the hum sharpens]"),
    "hum_2": Msg("caption.sound.hum_2", "[the hum rises]"),
    "hum_3": Msg("caption.sound.hum_3", "[the hum is loud]"),
    "hum_4": Msg("caption.sound.hum_4", "[the hum screams]"),
}
"""Captions for sound effects by name: the mixer's (``game.audio.CAPTIONS``, ``HUM_CAPTIONS``) word for word."""

_BY_ENGLISH = {m.en: m for m in (*CUE_CAPTIONS.values(), *SOUND_CAPTIONS.values())}

SIDE_MARKS = {-1: ("◀ ", ""), 0: ("", ""), 1: ("", " ▶")}


def caption_for(cue: Cue) -> Msg | None:
    """The caption a cue deserves, or ``None``."""
    match cue.kind:
        case CueKind.DENIED:
            return DENIED_CAPTIONS.get(cue.detail)
        case CueKind.FOOTSTEP:
            return CUE_CAPTIONS.get((cue.kind, cue.detail))
        case CueKind.CHECKPOINT:
            return CUE_CAPTIONS.get((cue.kind, ""))
        case CueKind.SOUND:
            return SOUND_CAPTIONS.get(cue.name)
    return CUE_CAPTIONS.get((cue.kind, cue.name))


def side_of(dx: float, dead_zone: float = SIDE_DEAD_ZONE) -> int:
    """The side a sound ``dx`` pixels right of the listener comes from: -1 left, 0 ahead, 1 right."""
    if math.isnan(dx) or abs(dx) <= dead_zone:
        return 0
    return 1 if dx > 0 else -1


@dataclass(slots=True)
class Caption:
    """A caption being shown: what it says, how long it has shown, and which side its sound came from."""

    msg: Msg
    age: int = 0
    side: int = 0
    ticks: int = LIFETIME

    @property
    def left(self) -> int:
        """Ticks before it goes."""
        return self.ticks - self.age

    def text(self, translator: Translator) -> str:
        """The caption in the player's language, with its side mark."""
        before, after = SIDE_MARKS.get(self.side, ("", ""))
        return before + translator.msg(self.msg) + after


class Captions:
    """The captions on screen, oldest first; nothing is added while ``enabled`` is off."""

    def __init__(self, limit: int = LIMIT, lifetime: int = LIFETIME, enabled: bool = True) -> None:
        self.limit = limit
        self.lifetime = lifetime
        self.enabled = enabled
        self._shown: list[Caption] = []

    def push(self, msg: Msg, side: int = 0) -> None:
        """Show ``msg`` (from the start again if it shows already, so a repeated sound is one caption)."""
        if not self.enabled:
            return
        side = max(-1, min(1, side))
        for caption in self._shown:
            if caption.msg == msg:
                caption.age = 0
                caption.side = side
                return
        self._shown.append(Caption(msg, 0, side, self.lifetime))
        if len(self._shown) > self.limit:
            del self._shown[0]

    def react(self, cue: Cue, listener_x: float | None = None) -> bool:
        """Caption a simulation cue if it deserves one (marked with its side when ``listener_x`` is given)."""
        msg = caption_for(cue)
        if msg is None:
            return False
        side = 0 if listener_x is None else side_of(cue.x - listener_x)
        self.push(msg, side)
        return True

    def push_english(self, english: str) -> bool:
        """Show a caption known by its English words: hook this to ``Audio.on_caption``."""
        msg = _BY_ENGLISH.get(english)
        if msg is None:
            return False
        self.push(msg)
        return True

    def update(self) -> None:
        """One tick older; captions whose time is up go."""
        if not self._shown:
            return
        for caption in self._shown:
            caption.age += 1
        if any(c.left <= 0 for c in self._shown):
            self._shown = [c for c in self._shown if c.left > 0]

    def shown(self) -> list[Caption]:
        """The captions to draw, oldest first."""
        return self._shown

    def clear(self) -> None:
        """Remove every caption (a scene change, a retry)."""
        self._shown.clear()
