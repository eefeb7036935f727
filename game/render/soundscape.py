"""The level's sound: what the player hears this tick turned into mixer calls (footsteps, hum, music, voices).

Presentation only: it reads the :class:`~game.view.player_view.PlayerView` once per tick, never the simulation.
"""

from __future__ import annotations

import math

from game.assets import asset_path
from game.audio import Audio
from game.sim.cues import Cue, CueKind
from game.view.player_view import ActorView, PlayerView

SURFACES = {
    "forest": "step_leaves",
    "mall": "step_tile",
    "fantasy": "step_grass",
    "confrontation": "step_concrete",
}
"""The ground each scene walks on, by default."""
WALK_STEP_TICKS = 22
RUN_STEP_TICKS = 13
VOICE_EVERY = 5
"""Ticks between dialogue blips while a line is typing."""
AI_SOUNDS = {"lock_on": "lockon", "caught": "capture"}


def music_track(name: str, scene: str) -> str | None:
    """The music file for a map's or story's track name: the name itself, its scene prefix, or the scene."""
    if name in ("", "none"):
        return None if name == "none" else scene
    for candidate in (name, name.split("_", maxsplit=1)[0], scene):
        if asset_path("audio", "music", f"{candidate}.ogg").exists():
            return candidate
    return None


class Soundscape:
    """One level's sounds."""

    def __init__(self, audio: Audio, scene: str) -> None:
        self.audio = audio
        self.scene = scene
        self.surface = SURFACES.get(scene, "step_concrete")
        self._music: str | None = None
        self._filming = False
        self._line: str | None = None
        self._tick = 0
        self.nearness = 0.0
        """How near the Cube is, 0..1 (set by the view each tick): the hum grows louder and higher with it."""
        self.hum_at: tuple[float, float] | None = None
        """Where the hum comes from when the view stages the Cube elsewhere (the finale: over the pair)."""

    def update(self, view: PlayerView) -> None:
        """Play this tick's sounds."""
        self._tick += 1
        audio = self.audio
        player = view.player
        listener = (player.x, player.y)
        track = music_track(view.music, self.scene)
        if track != self._music:
            self._music = track
            audio.play_music(track)
        for cue in view.cues:
            self._cue(cue, listener)
        for actor in (view.player, view.partner):
            self._steps(actor, listener)
        if view.filming != self._filming:
            self._filming = view.filming
            if self._filming:
                audio.start_loop("cam_whir", 0.4)
            else:
                audio.stop_loop("cam_whir")
        hum = view.hum
        if hum is not None:
            at = (hum.x, hum.y) if self.hum_at is None else self.hum_at
            audio.set_hum(max(hum.loudness, 0.85 * self.nearness), at, listener)
        self._voice(view)

    def _cue(self, cue: Cue, listener: tuple[float, float]) -> None:
        at = None if math.isnan(cue.x) else (cue.x, cue.y)
        match cue.kind:
            case CueKind.SOUND:
                self.audio.play(cue.name, at, listener)
            case CueKind.AI if cue.name in AI_SOUNDS:
                self.audio.play(AI_SOUNDS[cue.name])
            case CueKind.CAMCORDER | CueKind.ITEM:
                self.audio.play("cam_click")
            case CueKind.HIDE:
                self.audio.play("step_leaves", volume=0.6)
            case CueKind.DENIED:
                self.audio.play("ui_back", volume=0.5)

    def _steps(self, actor: ActorView, listener: tuple[float, float]) -> None:
        if not actor.moving:
            return
        every = RUN_STEP_TICKS if actor.running else WALK_STEP_TICKS
        if actor.step_ticks % every == 1:
            volume = 0.9 if actor.running else 0.45
            self.audio.play(self.surface, (actor.x, actor.y), listener, volume)
            if actor.running and actor.step_ticks % (every * 6) == 1:
                self.audio.play("breath", (actor.x, actor.y), listener, 0.5)

    def _voice(self, view: PlayerView) -> None:
        line = view.talk.line
        if line is None or line.complete:
            self._line = None
            return
        if line.id != self._line:
            self._line = line.id
            self._tick = 0
        if self._tick % VOICE_EVERY == 0 and line.speaker in ("dal", "byeol"):
            self.audio.play(f"voice_{line.speaker}", volume=0.5)

    def stop(self) -> None:
        """Silence the level's loops (the level is left)."""
        self.audio.stop_hum()
        self.audio.stop_loop("cam_whir")
