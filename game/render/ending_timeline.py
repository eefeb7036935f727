"""The endings as timelines: which shot shows when, the few words over them and the sounds, all in ticks.

Pure data, no pygame: the ending scene reads a timeline's length and its sounds each tick, and the ending view
draws whatever phase a tick falls in. A timeline depends only on the ending, the memories kept and the
session's timecode, never on the language, so every language takes the same ticks.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

from game.captions import SOUND_CAPTIONS
from game.i18n import Msg

MEMORIES: tuple[tuple[str, str], ...] = (
    ("kept_wedding", "arch"),
    ("kept_home", "home"),
    ("kept_morning", "kitchen"),
    ("kept_old", "bench"),
)
"""Each memory's story global and the shot of its place in the dream, in the order the tape plays them."""

TAPE_SLOT = 150
"""Ticks each memory has on the tape (footage, or static where it was left behind)."""
STEP_EVERY = 24
"""Ticks between the survivor's footsteps."""

STEPS = Msg("ui.ending.steps", "[slow footsteps]")
WHIR = Msg("ui.ending.whir", "[the tape whirs]")
STATIC = SOUND_CAPTIONS["glitch"]
CLICK = SOUND_CAPTIONS["cam_click"]

TOGETHER_1 = Msg("ui.ending.together.1", "The light came down and found two hands, holding.")
TOGETHER_2 = Msg("ui.ending.together.2", "It could not find where one ended and the other began.")
TOGETHER_4 = Msg("ui.ending.together.4", "And at the end of the tape, the two of them, now. Real.")
REMEMBER_1 = Msg("ui.ending.remember.1", "One of them stood in the light so the other would not have to.")
REMEMBER_2 = Msg("ui.ending.remember.2", "The camcorder is heavier than it looks.")
REMEMBER_3 = Msg("ui.ending.remember.3", "Its battery light still blinks. Somebody has to keep walking.")
OVERLAP_1 = Msg("ui.ending.overlap.1", "For one frame the waste was a garden and the garden was the waste.")
OVERLAP_2 = Msg("ui.ending.overlap.2", "They kept everything. Even this.")


class PhaseKind(Enum):
    """What a phase shows."""

    WHITE = "white"
    SHOT = "shot"
    STATIC = "static"


class Place(Enum):
    """Where words go: centred ink on the white, or a subtitle low over the picture."""

    WHITE = "white"
    LOW = "low"


@dataclass(frozen=True, slots=True)
class Phase:
    """A stretch of the sequence: white, a shot (maybe through the camcorder's playback) or tape static."""

    kind: PhaseKind
    start: int
    ticks: int
    shot: str = ""
    shot_tick: int = 0
    """The shot's own clock (its poses and motion) at the phase's first tick."""
    frozen: bool = False
    """The tape is paused: picture and timecode hold."""
    mark: str = ""
    """The playback mark (``PLAY``, ``PAUSE``); empty means no viewfinder."""
    timecode: int = 0
    """The tape's timecode (ticks) at the phase's first tick."""
    from_white: int = 0
    """Ticks the picture takes to come up out of white at the start."""
    to_ink: int = 0
    """Ticks the picture takes to go down to ink at the end."""
    over: str = ""
    """A second shot dissolved over the first (the overlap)."""
    over_alpha: tuple[float, float] = (0.0, 0.0)
    """How much of ``over`` shows at the phase's start and end (eased between)."""

    @property
    def end(self) -> int:
        """The first tick after the phase."""
        return self.start + self.ticks

    def local(self, tick: int) -> int:
        """Ticks into the phase."""
        return max(0, min(self.ticks - 1, tick - self.start))

    def clock(self, tick: int) -> int:
        """The shot's clock at ``tick`` (it stands still while the tape is paused)."""
        return self.shot_tick + (0 if self.frozen else self.local(tick))

    def tape_time(self, tick: int) -> int:
        """The timecode shown at ``tick``."""
        return self.timecode + (0 if self.frozen else self.local(tick))


@dataclass(frozen=True, slots=True)
class Words:
    """A line shown from ``start`` for ``ticks`` (fading in and out), in the player's language."""

    start: int
    ticks: int
    msg: Msg
    place: Place
    row: int = 0
    """Stacking order among the lines shown together (0 first)."""


@dataclass(frozen=True, slots=True)
class Sound:
    """An effect at a tick; ``loop`` starts (``start``) or stops (``stop``) a looping one instead."""

    tick: int
    name: str
    volume: float = 1.0
    loop: str = ""
    caption: Msg | None = None


@dataclass(frozen=True, slots=True)
class Timeline:
    """One ending from its first white frame to the credits."""

    ending: str
    phases: tuple[Phase, ...]
    words: tuple[Words, ...]
    sounds: tuple[Sound, ...]

    @property
    def length(self) -> int:
        """Ticks before the credits."""
        return self.phases[-1].end

    def phase_at(self, tick: int) -> Phase:
        """The phase showing at ``tick`` (the last one holds after the end)."""
        for phase in self.phases:
            if tick < phase.end:
                return phase
        return self.phases[-1]

    def sounds_at(self, tick: int) -> list[Sound]:
        """The sounds that start at ``tick``."""
        return [s for s in self.sounds if s.tick == tick]

    def caption_at(self, tick: int, lifetime: int = 180) -> list[Msg]:
        """Captions of the sounds heard in the last ``lifetime`` ticks, newest last, each once."""
        out: list[Msg] = []
        for s in self.sounds:
            if s.caption is not None and s.tick <= tick < s.tick + lifetime:
                if s.caption in out:
                    out.remove(s.caption)
                out.append(s.caption)
        return out


def kept_memories(values: Mapping[str, object]) -> tuple[bool, ...]:
    """Which memories were kept (story globals ``kept_wedding`` ...), in tape order."""
    return tuple(values.get(flag) is True for flag, _ in MEMORIES)


def timeline(ending: str, kept: tuple[bool, ...], session_ticks: int = 0) -> Timeline:
    """The timeline of ``ending`` (``together``, ``remember`` or ``overlap``; anything else is ``together``)."""
    if ending == "remember":
        return _remember(session_ticks)
    if ending == "overlap":
        return _overlap()
    return _together(kept, session_ticks)


def _together(kept: tuple[bool, ...], now: int) -> Timeline:
    """White; the tape plays what they kept (static where they left it); them, now; the tape pauses."""
    open_ticks = 240
    phases = [Phase(PhaseKind.WHITE, 0, open_ticks)]
    sounds = [
        Sound(open_ticks - 4, "cam_click", 0.8, caption=CLICK),
        Sound(open_ticks, "cam_whir", 0.35, "start", WHIR),
    ]
    t = open_ticks
    for i, (_, shot) in enumerate(MEMORIES):
        recorded = max(0, now * (55 + 7 * i) // 100)  # the dream came well into the night's footage
        rise = 40 if i == 0 else 0  # the first picture comes up out of the white
        if i < len(kept) and kept[i]:
            phases.append(
                Phase(PhaseKind.SHOT, t, TAPE_SLOT, shot, mark="PLAY", timecode=recorded, from_white=rise)
            )
        else:
            phases.append(
                Phase(PhaseKind.STATIC, t, TAPE_SLOT, mark="PLAY", timecode=recorded, from_white=rise)
            )
            sounds.append(Sound(t, "glitch", 0.45, caption=STATIC))
        t += TAPE_SLOT
    real = 300
    phases.append(Phase(PhaseKind.SHOT, t, real, "now", mark="PLAY", timecode=now))
    t += real
    pause = 240
    held = Phase(PhaseKind.SHOT, t, pause, "now", real - 1, True, "PAUSE", now + real - 1, to_ink=60)
    phases.append(held)
    sounds += [Sound(t, "cam_whir", loop="stop"), Sound(t, "cam_click", 0.8, caption=CLICK)]
    words = (
        Words(24, 190, TOGETHER_1, Place.WHITE, 0),
        Words(84, 130, TOGETHER_2, Place.WHITE, 1),
        Words(t + 30, 180, TOGETHER_4, Place.LOW),
    )
    return Timeline("together", tuple(phases), words, tuple(sounds))


WALK_STARTS = 210
"""The remember shot's clock when he starts walking; he stops to look back between the next two."""
LOOK_BACK = (480, 570)
WALK_SPEED = 0.5
"""Pixels a tick: a slow walk."""


def walked(clock: int) -> float:
    """How far the survivor has walked by the shot's clock ``clock`` (he stands still to look back)."""
    moving = max(0, min(clock, LOOK_BACK[0]) - WALK_STARTS) + max(0, clock - LOOK_BACK[1])
    return moving * WALK_SPEED


def walking(clock: int) -> bool:
    """True while the survivor is walking."""
    return clock >= WALK_STARTS and not LOOK_BACK[0] <= clock < LOOK_BACK[1]


def _remember(now: int) -> Timeline:
    """White; the light gives way to the waste; he walks on alone, the battery light blinking."""
    open_ticks = 200
    walk = 880
    phases = (
        Phase(PhaseKind.WHITE, 0, open_ticks),
        Phase(PhaseKind.SHOT, open_ticks, walk, "alone", timecode=now, from_white=150, to_ink=80),
    )
    steps = [
        Sound(open_ticks + c, "step_concrete", 0.45, caption=STEPS)
        for c in range(WALK_STARTS, walk - 60, STEP_EVERY)
        if walking(c)
    ]
    words = (
        Words(30, 160, REMEMBER_1, Place.WHITE),
        Words(open_ticks + LOOK_BACK[0] - 10, 150, REMEMBER_2, Place.LOW),
        Words(open_ticks + 660, 200, REMEMBER_3, Place.LOW),
    )
    sounds = (Sound(open_ticks + 150, "cam_click", 0.7, caption=CLICK), *steps)
    return Timeline("remember", phases, words, sounds)


def _overlap() -> Timeline:
    """White; the two of them on the waste; the garden dissolves in over it and stays, half and half."""
    phases = (
        Phase(PhaseKind.WHITE, 0, 100),
        Phase(PhaseKind.SHOT, 100, 200, "here", from_white=160),
        Phase(PhaseKind.SHOT, 300, 360, "here", 200, over="garden", over_alpha=(0.0, 0.5)),
        Phase(PhaseKind.SHOT, 660, 360, "here", 560, over="garden", over_alpha=(0.5, 0.5), to_ink=70),
    )
    words = (Words(690, 170, OVERLAP_1, Place.LOW), Words(860, 150, OVERLAP_2, Place.LOW))
    return Timeline("overlap", phases, words, ())
