"""The mixer: music streamed with fades between scenes, panned effects, the Cube's hum, and captions.

If there is no audio device (or SDL refuses to open one) the mixer becomes a silent no-op: every method still
works, nothing is played, captions are still reported. Nothing here is part of the simulation.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pygame

from game.assets import asset_file, asset_path

HUM_STEPS = 5
HUM_FADE_MS = 350
MUSIC_FADE_MS = 1200
PAN_RANGE = 360.0  # canvas pixels from the listener at which a sound sits fully in one ear
FALLOFF = 900.0  # pixels at which a positioned sound has faded out

# Sounds with a caption (accessibility: important sounds are also shown as text).
CAPTIONS: dict[str, str] = {
    "lockon": "[a rising lock-on tone]",
    "capture": "[the light roars]",
    "knock": "[something clatters]",
    "glitch": "[static]",
    "cam_click": "[camcorder clicks]",
    "breath": "[heavy breathing]",
}
HUM_CAPTIONS = (
    "[a low hum overhead]",
    "[the hum sharpens]",
    "[the hum rises]",
    "[the hum is loud]",
    "[the hum screams]",
)
# Effects with numbered variants on disk (``step_tile_0.wav`` ...): one is picked at random each time.
VARIANTS: dict[str, int] = {
    "step_leaves": 3,
    "step_tile": 3,
    "step_concrete": 3,
    "step_grass": 3,
    "breath": 2,
    "voice_dal": 3,
    "voice_byeol": 3,
}


def pan_volumes(dx: float, dy: float, volume: float) -> tuple[float, float]:
    """Left and right gains for a sound ``(dx, dy)`` pixels from the listener (equal-power, distance fade)."""
    pan = max(-1.0, min(1.0, dx / PAN_RANGE))
    dist = (dx * dx + dy * dy) ** 0.5
    fade = max(0.0, 1.0 - dist / FALLOFF)
    left = volume * fade * ((1.0 - pan) / 2.0) ** 0.5
    right = volume * fade * ((1.0 + pan) / 2.0) ** 0.5
    return left, right


class Audio:
    """Owns pygame.mixer. Volumes are 0..1; ``update`` once per frame finishes fades and queued music."""

    def __init__(self, enabled: bool = True, folder: Path | None = None, seed: int = 0) -> None:
        self.folder = folder or asset_path("audio")
        self.master = 1.0
        self.music_volume = 0.7
        self.effects_volume = 0.8
        self.on_caption: Callable[[str], object] | None = None
        self.rng = random.Random(seed)  # the mixer's own: picking variants never touches the simulation
        self._sounds: dict[str, pygame.mixer.Sound] = {}
        self._track: str | None = None
        self._pending: tuple[str, bool] | None = None
        self._hum_channels: list[pygame.mixer.Channel] = []
        self._hum_level = -1
        self._hum_which = 0
        self._hum_caption_level = -1
        self._loops: dict[str, pygame.mixer.Channel] = {}
        self.ok = False
        if enabled:
            try:
                if not pygame.mixer.get_init():
                    pygame.mixer.init(frequency=22050, size=-16, channels=2, buffer=512)
                pygame.mixer.set_num_channels(24)
                pygame.mixer.set_reserved(2)
                self._hum_channels = [pygame.mixer.Channel(0), pygame.mixer.Channel(1)]
                self.ok = True
            except pygame.error:
                self.ok = False  # no device: stay silent, never fail

    # ------------------------------------------------------------------ volumes
    def set_volumes(
        self, master: float | None = None, music: float | None = None, effects: float | None = None
    ) -> None:
        """Change any of the three volumes (0..1); music follows at once."""
        if master is not None:
            self.master = max(0.0, min(1.0, master))
        if music is not None:
            self.music_volume = max(0.0, min(1.0, music))
        if effects is not None:
            self.effects_volume = max(0.0, min(1.0, effects))
        if self.ok:
            pygame.mixer.music.set_volume(self.master * self.music_volume)

    # ------------------------------------------------------------------ music
    @property
    def track(self) -> str | None:
        """The music track playing or about to play."""
        return self._pending[0] if self._pending else self._track

    def play_music(self, name: str | None, fade_ms: int = MUSIC_FADE_MS, loop: bool = True) -> None:
        """Fade the current song out and the new one (``music/<name>.ogg``) in; ``None`` fades to silence."""
        if name == self.track:
            return
        if not self.ok:
            self._track = name
            return
        if self._track is not None and pygame.mixer.music.get_busy():
            pygame.mixer.music.fadeout(fade_ms)
            self._pending = (name, loop) if name else None
            self._track = None
            return
        self._start(name, loop, fade_ms)

    def _start(self, name: str | None, loop: bool, fade_ms: int) -> None:
        self._track = name
        self._pending = None
        if name is None:
            return
        path = self.folder / "music" / f"{name}.ogg"
        try:
            pygame.mixer.music.load(asset_file(path))
            pygame.mixer.music.set_volume(self.master * self.music_volume)
            pygame.mixer.music.play(-1 if loop else 0, fade_ms=fade_ms)
        except (pygame.error, OSError):
            self._track = None  # a missing or unreadable song is silence, not a crash

    # ------------------------------------------------------------------ effects
    def _sound(self, name: str) -> pygame.mixer.Sound | None:
        snd = self._sounds.get(name)
        if snd is None and self.ok:
            path = self.folder / "sfx" / f"{name}.wav"
            try:
                snd = pygame.mixer.Sound(asset_file(path))
            except (pygame.error, OSError):
                return None
            self._sounds[name] = snd
        return snd

    def resolve(self, name: str) -> str:
        """The file name for an effect, picking one of its variants (``step_tile`` -> ``step_tile_2``)."""
        count = VARIANTS.get(name)
        return f"{name}_{self.rng.randrange(count)}" if count else name

    def play(
        self,
        name: str,
        at: tuple[float, float] | None = None,
        listener: tuple[float, float] = (0.0, 0.0),
        volume: float = 1.0,
    ) -> bool:
        """Play an effect, panned by where it happens (``at``) relative to the ``listener``; True if heard."""
        caption = CAPTIONS.get(name)
        if caption and self.on_caption is not None:
            self.on_caption(caption)
        if not self.ok:
            return False
        snd = self._sound(self.resolve(name))
        if snd is None:
            return False
        gain = volume * self.master * self.effects_volume
        if at is None:
            left = right = gain
        else:
            left, right = pan_volumes(at[0] - listener[0], at[1] - listener[1], gain)
        if left <= 0.001 and right <= 0.001:
            return False
        channel = snd.play()
        if channel is None:
            return False
        channel.set_volume(left, right)
        return True

    def start_loop(self, name: str, volume: float = 1.0) -> None:
        """Keep an effect looping (the camcorder's whir while filming) until ``stop_loop``."""
        if not self.ok or name in self._loops:
            return
        snd = self._sound(name)
        if snd is None:
            return
        channel = snd.play(loops=-1, fade_ms=120)
        if channel is not None:
            gain = volume * self.master * self.effects_volume
            channel.set_volume(gain, gain)
            self._loops[name] = channel

    def stop_loop(self, name: str, fade_ms: int = 200) -> None:
        """Fade a looping effect out."""
        channel = self._loops.pop(name, None)
        if channel is not None:
            channel.fadeout(fade_ms)

    # ------------------------------------------------------------------ the Cube's hum
    def hum_level(self, awareness: float) -> int:
        """The pre-rendered pitch step for an awareness 0..1."""
        return max(0, min(HUM_STEPS - 1, int(awareness * HUM_STEPS)))

    def set_hum(self, awareness: float, at: tuple[float, float], listener: tuple[float, float]) -> None:
        """Keep the hum playing at the pitch step and loudness of the Cube's awareness (each frame)."""
        level = self.hum_level(awareness)
        if level != self._hum_caption_level:
            if level > self._hum_caption_level and self.on_caption is not None:
                self.on_caption(HUM_CAPTIONS[level])
            self._hum_caption_level = level
        if not self.ok or not self._hum_channels:
            return
        loud = (0.35 + 0.65 * max(0.0, min(1.0, awareness))) * self.master * self.effects_volume
        left, right = pan_volumes(at[0] - listener[0], (at[1] - listener[1]) * 0.5, loud)
        left, right = max(left, loud * 0.15), max(right, loud * 0.15)  # never fully gone while it hunts
        if level != self._hum_level:
            snd = self._sound(f"hum_{level}")
            if snd is None:
                return
            old = self._hum_channels[self._hum_which]
            self._hum_which = 1 - self._hum_which
            new = self._hum_channels[self._hum_which]
            if self._hum_level >= 0:
                old.fadeout(HUM_FADE_MS)
            new.play(snd, loops=-1, fade_ms=HUM_FADE_MS)
            self._hum_level = level
        self._hum_channels[self._hum_which].set_volume(left, right)

    def stop_hum(self, fade_ms: int = HUM_FADE_MS) -> None:
        """Fade the hum out (the Cube left, or the scene has none)."""
        self._hum_level = -1
        self._hum_caption_level = -1
        for ch in self._hum_channels:
            ch.fadeout(fade_ms)

    # ------------------------------------------------------------------ per frame
    def update(self) -> None:
        """Start queued music once the old song has faded out."""
        if self.ok and self._pending is not None and not pygame.mixer.music.get_busy():
            name, loop = self._pending
            self._start(name, loop, MUSIC_FADE_MS)

    def close(self) -> None:
        """Stop everything and release the device."""
        if self.ok:
            pygame.mixer.stop()
            pygame.mixer.music.stop()
            pygame.mixer.quit()
            self.ok = False
