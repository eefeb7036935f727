"""Generate the music: one loop per scene, a title theme and an ending theme, as OGG Vorbis.

``python -m tools.gen_music`` writes ``assets/audio/music/*.ogg``. Each song is composed here as notes
(chords, bass, melody, rhythm) and rendered by the instruments in ``gen_instruments``; reverb tails and held
notes wrap around the loop point, so every loop is seamless.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import numpy as np

from tools import gen_instruments as ins
from tools.gen_common import ASSETS
from tools.gen_synth import SR, Arr, Track, midi_hz, normalize, reverb, soft_clip

MUSIC_DIR = ASSETS / "audio" / "music"
# Note names to MIDI (octave 4 holds middle C = 60).
_NAMES = {
    "C": 0,
    "C#": 1,
    "Db": 1,
    "D": 2,
    "D#": 3,
    "Eb": 3,
    "E": 4,
    "F": 5,
    "F#": 6,
    "Gb": 6,
    "G": 7,
    "G#": 8,
    "Ab": 8,
    "A": 9,
    "A#": 10,
    "Bb": 10,
    "B": 11,
}


def n(name: str) -> int:
    """``"A5"`` -> 81."""
    return _NAMES[name[:-1]] + 12 * (int(name[-1]) + 1)


def melody(
    track: Track,
    line: str,
    start: float,
    inst: Callable[[float, float, float], Arr],
    pan: float = 0.0,
    gain: float = 1.0,
    step: float = 1.0,
    transpose: int = 0,
) -> None:
    """Render a melody written as space-separated notes, one per ``step`` beats; '.' holds, '-' rests."""
    tokens = line.split()
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        length = 1
        while i + length < len(tokens) and tokens[i + length] == ".":
            length += 1
        if tok not in ("-", "."):
            beats = length * step
            vel = 0.75 + 0.2 * ((i * 7) % 3) / 2  # a little human accent, the same every time
            track.add(inst(n(tok) + transpose, track.secs(beats) * 0.95, vel), start + i * step, pan, gain)
        i += length


def chords(
    track: Track,
    prog: list[list[str]],
    beats_each: float,
    start: float,
    inst: Callable[..., Arr],
    gain: float,
    pan_spread: float = 0.4,
) -> None:
    """Hold each chord (a list of note names) for ``beats_each`` beats."""
    for k, chord in enumerate(prog):
        for j, name in enumerate(chord):
            pan = -pan_spread + 2 * pan_spread * j / max(1, len(chord) - 1)
            track.add(inst(n(name), track.secs(beats_each), 0.6), start + k * beats_each, pan, gain)


def finish(track: Track, verb: float, wet: float, seed: int) -> Arr:
    """Reverb (wrapped, so the loop is seamless), gentle saturation, normalised stereo."""
    left = reverb(track.left, verb, wet, seed, circular=True)
    right = reverb(track.right, verb, wet, seed + 1, circular=True)
    out = np.stack([left, right], axis=1)
    out = soft_clip(normalize(out, 0.95), 1.2)
    return normalize(out, 0.85)


def drone_loop(track: Track, pitch: float, vel: float, seed: int, gain: float) -> None:
    """A drone the length of the loop, tuned to a whole number of cycles so it loops without a click."""
    secs = track.n / SR
    f = midi_hz(pitch)
    tuned = round(f * secs) / secs
    t = np.arange(track.n) / SR
    sig = np.sin(2 * np.pi * tuned * t) + 0.45 * np.sin(2 * np.pi * (round(tuned * 1.5 * secs) / secs) * t)
    beat = round(0.35 * secs) / secs  # slow beating, also whole cycles
    sig *= 0.8 + 0.2 * np.sin(2 * np.pi * beat * t)
    track.add(sig * vel, 0, 0.0, gain)


# ------------------------------------------------------------------------------------------------ songs
def title() -> Arr:
    """Title: slow, D minor, a bell theme over a wide pad: grief with a little hope in it."""
    tr = Track(72, 64)
    prog = [
        ["D3", "F3", "A3", "E4"],
        ["Bb2", "D3", "F3", "A3"],
        ["F2", "C3", "F3", "A3"],
        ["C3", "E3", "G3", "D4"],
    ]
    chords(tr, prog * 4, 4, 0, lambda p, s, v: ins.pad(p, s, v, 1100), 0.32)
    for bar, root in enumerate(["D2", "Bb1", "F2", "C2"] * 4):
        if bar >= 4:
            tr.add(ins.bass(n(root), tr.secs(3.5), 0.7), bar * 4, 0.0, 0.5)
    theme_a = "A5 . F5 E5 D5 . . C5 F5 . E5 D5 E5 . . -"
    theme_b = "A5 . C6 A5 G5 . F5 E5 F5 . A5 G5 D5 . . -"
    melody(tr, theme_a + " " + theme_b, 16, ins.bell, 0.2, 0.55)
    melody(tr, theme_a + " " + theme_b, 48, ins.bell, -0.2, 0.4, transpose=-12)
    for bar in range(8, 16):
        for b in (1, 3):
            tr.add(ins.hat(0.25, bar * 10 + b), bar * 4 + b + 0.5, 0.3, 0.6)
    return finish(tr, 3.0, 0.55, 11)


def forest() -> Arr:
    """Forest: a tense heartbeat pulse, a low drone, a creeping ostinato; it tightens but never resolves."""
    tr = Track(92, 96)
    drone_loop(tr, n("D2"), 0.5, 1, 0.6)
    for bar in range(24):
        tr.add(ins.kick(0.8, 0.3, 42), bar * 4, 0.0, 0.9)
        tr.add(ins.kick(0.55, 0.25, 40), bar * 4 + 0.45, 0.0, 0.9)
        tr.add(ins.kick(0.6, 0.3, 42), bar * 4 + 2, 0.0, 0.7)
        tr.add(ins.kick(0.4, 0.25, 40), bar * 4 + 2.45, 0.0, 0.7)
    ostinato = ["D2", "D2", "D2", "Eb2", "D2", "D2", "C2", "D2"]
    for bar in range(4, 24):
        for i, name in enumerate(ostinato):
            vel = 0.7 if i % 4 == 0 else 0.45
            tr.add(ins.bass(n(name), tr.secs(0.4), vel, 2.5), bar * 4 + i * 0.5, 0.0, 0.45)
    pads = [["D3", "F3", "A3"], ["Eb3", "G3", "Bb3"], ["Db3", "F3", "Bb3"], ["D3", "F3", "A3"]]
    chords(tr, pads * 6, 4, 0, lambda p, s, v: ins.pad(p, s, v, 700), 0.22)
    for bar in range(8, 24):
        for i, name in enumerate(["A5", "Bb5", "A5", "-"]):
            if name != "-":
                tr.add(ins.pluck(n(name), 0.3, 0.35, 0.2), bar * 4 + i + 0.5 * (bar % 2), 0.5, 0.35)
    for bar in range(4, 24):
        for s16 in range(16):
            vel = 0.35 if s16 % 4 == 2 else 0.15
            tr.add(ins.hat(vel, bar * 100 + s16), bar * 4 + s16 * 0.25, -0.3, 0.5)
    for bar in range(16, 24):
        tr.add(ins.snare(0.35, bar), bar * 4 + 3, 0.1, 0.5)
    return finish(tr, 2.2, 0.4, 21)


def mall() -> Arr:
    """Mall: lonely; an old shop song on a dying PA speaker, echoing in an empty atrium."""
    tr = Track(76, 64)
    prog = [
        ["F3", "A3", "C4", "E4"],
        ["E3", "G3", "B3", "D4"],
        ["D3", "F3", "A3", "C4"],
        ["C3", "E3", "G3", "B3"],
    ]
    roots = ["F2", "E2", "D2", "C2"]
    for bar in range(16):
        chord = prog[bar % 4]
        for i in range(8):
            name = chord[[0, 1, 2, 3, 2, 1, 2, 3][i]]
            tr.add(ins.pluck(n(name), 0.5, 0.45, 0.6), bar * 4 + i * 0.5, -0.25 + 0.5 * (i % 2), 0.35)
        tr.add(ins.bass(n(roots[bar % 4]), tr.secs(1.8), 0.6), bar * 4, 0.0, 0.45)
        tr.add(ins.bass(n(roots[bar % 4]), tr.secs(1.5), 0.45), bar * 4 + 2, 0.0, 0.4)
    song = "E5 . G5 A5 G5 . E5 D5 C5 . D5 E5 D5 . . - E5 . G5 C6 B5 . A5 G5 A5 G5 E5 D5 C5 . . -"
    voice = Track(76, 64)
    melody(voice, song, 0, lambda p, s, v: ins.lead(p, s, v, 0.2, "square"), 0.0, 1.0)
    melody(voice, song, 32, lambda p, s, v: ins.lead(p, s, v, 0.2, "square"), 0.0, 1.0)
    speaker = ins.broken_speaker(voice.left + voice.right, 7)
    tr.add(speaker, 0, 0.35, 0.5)
    for bar in range(8, 16):
        for b in (1, 3):
            tr.add(ins.snare(0.2, bar * 4 + b, 0.15), bar * 4 + b, 0.0, 0.5)
    return finish(tr, 3.5, 0.6, 31)


def fantasy() -> Arr:
    """Fantasy: a warm waltz lullaby in G; music box over oom-pah-pah, then a second voice joins."""
    tr = Track(108, 96)
    prog = [
        ("G2", ["B3", "D4", "G4"]),
        ("E2", ["B3", "E4", "G4"]),
        ("C3", ["C4", "E4", "G4"]),
        ("D3", ["C4", "D4", "F#4"]),
        ("G2", ["B3", "D4", "G4"]),
        ("B2", ["B3", "D4", "F#4"]),
        ("C3", ["C4", "E4", "G4"]),
        ("D3", ["C4", "D4", "F#4"]),
    ]
    for bar in range(32):
        root, chord = prog[bar % 8]
        tr.add(ins.pluck(n(root), 0.6, 0.8, 0.3), bar * 3, 0.0, 0.6)
        for b in (1, 2):
            for j, name in enumerate(chord):
                tr.add(ins.pluck(n(name), 0.3, 0.45, 0.5), bar * 3 + b, -0.3 + 0.3 * j, 0.28)
    chords(tr, [c for _, c in prog] * 4, 3, 0, lambda p, s, v: ins.pad(p, s, v, 1800), 0.14)
    a = "B5 . D6 B5 . G5 C6 . E6 D6 . . B5 . D6 G6 . F#6 E6 . C6 D6 . ."
    b = "E6 . D6 B5 . G5 A5 B5 C6 B5 . A5 G5 . B5 D6 . G6 F#6 . A5 G5 . ."
    melody(tr, a + " " + b, 0, ins.bell, 0.15, 0.6)
    melody(tr, a + " " + b, 48, ins.bell, 0.15, 0.5)
    melody(tr, b + " " + a, 48, lambda p, s, v: ins.lead(p, s, v, 0.15, "tri"), -0.3, 0.35, transpose=-12)
    return finish(tr, 2.5, 0.45, 41)


def confrontation() -> Arr:
    """Confrontation: a pulse under the Cube rises through the chords, then resolves into C major."""
    tr = Track(100, 128)
    drone_loop(tr, n("C2"), 0.45, 3, 0.5)
    for bar in range(24):
        for i in range(8):
            vel = (0.35 + 0.02 * bar) * (1.0 if i % 2 == 0 else 0.7)
            tr.add(
                ins.bass(
                    n("C2") if bar < 8 else n(["Ab1", "Bb1", "C2", "C2"][bar % 4]), tr.secs(0.4), vel, 2.0
                ),
                bar * 4 + i * 0.5,
                0.0,
                0.5,
            )
        tr.add(ins.kick(0.7 + 0.01 * bar, 0.3, 44), bar * 4, 0.0, 0.8)
        if bar >= 8:
            tr.add(ins.kick(0.6, 0.3, 44), bar * 4 + 2, 0.0, 0.7)
            for s16 in range(16):
                tr.add(
                    ins.hat(0.3 if s16 % 2 == 0 else 0.15, bar * 31 + s16), bar * 4 + s16 * 0.25, 0.3, 0.45
                )
        if bar >= 16:
            tr.add(ins.snare(0.5, bar), bar * 4 + 1, -0.1, 0.5)
            tr.add(ins.snare(0.5, bar + 99), bar * 4 + 3, -0.1, 0.5)
    rise = [["Ab3", "C4", "Eb4"], ["Bb3", "D4", "F4"], ["C4", "Eb4", "G4"], ["C4", "Eb4", "G4"]]
    chords(tr, rise * 4, 4, 32, lambda p, s, v: ins.pad(p, s, v, 1200), 0.3)
    line = "G4 . Ab4 . Bb4 . C5 . Eb5 . D5 . C5 . . . G4 . Ab4 . Bb4 . C5 . F5 . Eb5 . D5 . . ."
    melody(tr, line, 64, lambda p, s, v: ins.lead(p, s, v, 0.1, "saw"), 0.2, 0.45)
    resolve = [
        ["Ab3", "C4", "Eb4", "G4"],
        ["Bb3", "D4", "F4", "Ab4"],
        ["Eb3", "G3", "Bb3", "D4"],
        ["C3", "E3", "G3", "C4"],
    ]
    chords(tr, resolve * 2, 4, 96, lambda p, s, v: ins.pad(p, s, v, 2000), 0.4)
    for bar in range(24, 32):
        tr.add(ins.bass(n(["Ab1", "Bb1", "Eb2", "C2"][bar % 4]), tr.secs(3.5), 0.7), bar * 4, 0.0, 0.55)
    melody(
        tr,
        "C6 . . . D6 . Eb6 . G6 . . . . . . . Eb6 . D6 . C6 . Bb5 . C6 . . . . . . .",
        96,
        ins.bell,
        0.1,
        0.55,
    )
    return finish(tr, 2.8, 0.45, 51)


def ending() -> Arr:
    """Ending: the title theme, home in C major at last, on a harp and a warm pad."""
    tr = Track(66, 64)
    prog = [
        ["C3", "E3", "G3", "D4"],
        ["A2", "C3", "E3", "G3"],
        ["F2", "A2", "C3", "E3"],
        ["G2", "B2", "D3", "F3"],
    ]
    chords(tr, prog * 4, 4, 0, lambda p, s, v: ins.pad(p, s, v, 1500), 0.3)
    for bar in range(16):
        chord = prog[bar % 4]
        for i in range(8):
            name = chord[[0, 1, 2, 3, 2, 3, 2, 1][i]]
            tr.add(ins.pluck(n(name) + 12, 0.7, 0.4, 0.5), bar * 4 + i * 0.5, -0.2 + 0.4 * (i % 2), 0.3)
        tr.add(ins.bass(n(["C2", "A1", "F1", "G1"][bar % 4]), tr.secs(3.6), 0.6), bar * 4, 0.0, 0.45)
    theme = "G5 . E5 D5 C5 . . B4 E5 . D5 C5 D5 . . - G5 . B5 G5 F5 . E5 D5 E5 . G5 F5 C5 . . -"
    melody(tr, theme, 16, ins.bell, 0.1, 0.55)
    melody(tr, theme, 48, lambda p, s, v: ins.lead(p, s, v, 0.12, "tri"), -0.2, 0.4)
    return finish(tr, 3.2, 0.5, 61)


SONGS: dict[str, Callable[[], Arr]] = {
    "title": title,
    "forest": forest,
    "mall": mall,
    "fantasy": fantasy,
    "confrontation": confrontation,
    "ending": ending,
}


def write_ogg(name: str, data: Arr) -> None:
    """Write one song as OGG Vorbis."""
    import soundfile as sf

    MUSIC_DIR.mkdir(parents=True, exist_ok=True)
    sf.write(str(MUSIC_DIR / f"{name}.ogg"), data.astype(np.float32), SR, format="OGG", subtype="VORBIS")


def main(argv: list[str] | None = None) -> None:
    """Render the songs named (default: all)."""
    names = argv or list(SONGS)
    for name in names:
        data = SONGS[name]()
        write_ogg(name, data)
        print(f"{name}: {len(data) / SR:.1f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
