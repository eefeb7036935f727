"""What the settings screen offers, as data: pages of rows, how each row's value steps and how it reads."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from game.i18n import LANGUAGE_NAMES, Msg, Translator
from game.scenes.controls import BINDING_LABELS, BINDING_ORDER
from game.settings import CHOICES, RANGES, Settings


class Focus(Enum):
    """Where up/down act: the page list, a page's rows, or waiting for a new key."""

    PAGES = "pages"
    ROWS = "rows"
    CAPTURE = "capture"


class Kind(Enum):
    """How a row behaves: left/right step sliders and choices; confirm flips toggles and runs actions."""

    SLIDER = "slider"
    TOGGLE = "toggle"
    CHOICE = "choice"
    BINDING = "binding"
    ACTION = "action"


@dataclass(frozen=True, slots=True)
class Row:
    """One line of a page: a setting (``id`` is the Settings field), a binding, or an action."""

    id: str
    label: Msg
    kind: Kind
    help: Msg | None = None
    step: int = 10


@dataclass(frozen=True, slots=True)
class Page:
    """A section of the settings screen."""

    id: str
    title: Msg
    rows: tuple[Row, ...]


ON = Msg("ui.value.on", "On")
OFF = Msg("ui.value.off", "Off")
AUTO = Msg("ui.value.auto", "Auto")
CHOICE_LABELS: dict[str, dict[str, Msg]] = {
    "text_speed": {
        "slow": Msg("ui.value.text_speed.slow", "Slow"),
        "normal": Msg("ui.value.text_speed.normal", "Normal"),
        "fast": Msg("ui.value.text_speed.fast", "Fast"),
        "instant": Msg("ui.value.text_speed.instant", "Instant"),
    },
    "text_size": {
        "small": Msg("ui.value.text_size.small", "Small"),
        "normal": Msg("ui.value.text_size.normal", "Normal"),
        "large": Msg("ui.value.text_size.large", "Large"),
    },
    "difficulty": {
        "assist": Msg("ui.value.difficulty.assist", "Assist"),
        "normal": Msg("ui.value.difficulty.normal", "Normal"),
        "hard": Msg("ui.value.difficulty.hard", "Hard"),
    },
}
RESET_CONTROLS = "reset_controls"


def _setting(field: str, label: Msg, kind: Kind, help: Msg | None = None, step: int = 10) -> Row:
    return Row(field, label, kind, help, step)


PAGES: tuple[Page, ...] = (
    Page(
        "audio",
        Msg("ui.settings.page.audio", "Audio"),
        (
            _setting("master_volume", Msg("ui.settings.master_volume", "Master volume"), Kind.SLIDER),
            _setting("music_volume", Msg("ui.settings.music_volume", "Music"), Kind.SLIDER),
            _setting("effects_volume", Msg("ui.settings.effects_volume", "Effects"), Kind.SLIDER),
        ),
    ),
    Page(
        "display",
        Msg("ui.settings.page.display", "Display"),
        (
            _setting("fullscreen", Msg("ui.settings.fullscreen", "Full screen"), Kind.TOGGLE),
            _setting(
                "scale",
                Msg("ui.settings.scale", "Window scale"),
                Kind.SLIDER,
                Msg("ui.settings.scale.help", "Auto picks the largest whole scale that fits the screen."),
                step=1,
            ),
            _setting(
                "vsync",
                Msg("ui.settings.vsync", "Vertical sync"),
                Kind.TOGGLE,
                Msg("ui.settings.vsync.help", "Waits for the screen before drawing: no tearing."),
            ),
        ),
    ),
    Page(
        "controls",
        Msg("ui.settings.page.controls", "Controls"),
        (
            *(Row(name, BINDING_LABELS[name], Kind.BINDING) for name in BINDING_ORDER),
            _setting(
                "run_toggle",
                Msg("ui.settings.run_toggle", "Run: press to switch"),
                Kind.TOGGLE,
                Msg("ui.settings.run_toggle.help", "Press run once to start running and again to stop."),
            ),
            _setting(
                "coop",
                Msg("ui.settings.coop", "Co-op on one keyboard"),
                Kind.TOGGLE,
                Msg(
                    "ui.settings.coop.help",
                    "WASD moves Dal, the arrow keys move Byeol; a second pad works too.",
                ),
            ),
            Row(
                RESET_CONTROLS,
                Msg("ui.settings.reset_controls", "Reset controls to defaults"),
                Kind.ACTION,
                Msg("ui.settings.reset_controls.help", "Every key and button goes back to how it was."),
            ),
        ),
    ),
    Page(
        "text",
        Msg("ui.settings.page.text", "Text"),
        (
            _setting("text_speed", Msg("ui.settings.text_speed", "Text speed"), Kind.CHOICE),
            _setting(
                "auto_advance",
                Msg("ui.settings.auto_advance", "Auto-advance"),
                Kind.TOGGLE,
                Msg("ui.settings.auto_advance.help", "Lines move on by themselves after a pause."),
            ),
            _setting("text_size", Msg("ui.settings.text_size", "Text size"), Kind.CHOICE),
            _setting(
                "objective_marker",
                Msg("ui.settings.objective_marker", "Objective marker"),
                Kind.TOGGLE,
                Msg(
                    "ui.settings.objective_marker.help",
                    "A small arrow at the screen's edge points toward the objective when it is out of sight.",
                ),
            ),
        ),
    ),
    Page(
        "access",
        Msg("ui.settings.page.access", "Accessibility"),
        (
            _setting(
                "reduce_flashing",
                Msg("ui.settings.reduce_flashing", "Reduce flashing"),
                Kind.TOGGLE,
                Msg("ui.settings.reduce_flashing.help", "Keeps every effect under three flashes a second."),
            ),
            _setting("screen_shake", Msg("ui.settings.screen_shake", "Screen shake"), Kind.TOGGLE),
            _setting("captions", Msg("ui.settings.captions", "Sound captions"), Kind.TOGGLE),
            _setting(
                "difficulty",
                Msg("ui.settings.difficulty", "Difficulty"),
                Kind.CHOICE,
                Msg(
                    "ui.settings.difficulty.help",
                    "Changes how hard the Cube hunts. Applies from the next scene.",
                ),
            ),
            _setting(
                "cube_speed",
                Msg("ui.settings.cube_speed", "Cube speed"),
                Kind.SLIDER,
                Msg("ui.settings.cube_speed.help", "A slower Cube. Applies from the next scene."),
            ),
            _setting(
                "game_speed",
                Msg("ui.settings.game_speed", "Game speed"),
                Kind.SLIDER,
                Msg("ui.settings.game_speed.help", "Slows the whole game down; menus stay at full speed."),
            ),
            _setting(
                "capture_grace",
                Msg("ui.settings.capture_grace", "Longer capture grace"),
                Kind.TOGGLE,
                Msg("ui.settings.capture_grace.help", "More time to break free once the light has you."),
            ),
            _setting(
                "skip_chase",
                Msg("ui.settings.skip_chase", "Offer to skip a chase"),
                Kind.TOGGLE,
                Msg("ui.settings.skip_chase.help", "Offered after being caught several times in one place."),
            ),
        ),
    ),
    Page(
        "language",
        Msg("ui.settings.page.language", "Language"),
        (
            _setting(
                "language",
                Msg("ui.settings.language", "Language"),
                Kind.CHOICE,
                Msg("ui.settings.language.help", "Text only: the game plays the same in every language."),
            ),
        ),
    ),
)


def step(row: Row, settings: Settings, delta: int, scale_max: int = 8) -> Settings:
    """``settings`` with the row's value stepped by ``delta`` (sliders clamp, choices and toggles wrap)."""
    value = getattr(settings, row.id)
    if row.kind is Kind.TOGGLE:
        return settings.with_value(row.id, not value)
    if row.kind is Kind.CHOICE:
        options = CHOICES[row.id]
        index = (options.index(value) + delta) % len(options) if value in options else 0
        return settings.with_value(row.id, options[index])
    if row.kind is Kind.SLIDER:
        low, high = RANGES[row.id]
        if row.id == "scale":
            high = min(high, max(1, scale_max))
        new = max(low, min(high, int(value) + delta * row.step))
        return settings.with_value(row.id, new)
    return settings


def value_text(row: Row, settings: Settings, translator: Translator) -> str:
    """How the row's current value reads."""
    value = getattr(settings, row.id)
    if row.kind is Kind.TOGGLE:
        return translator.msg(ON if value else OFF)
    if row.id == "language":
        return LANGUAGE_NAMES.get(str(value), str(value))
    if row.kind is Kind.CHOICE:
        label = CHOICE_LABELS.get(row.id, {}).get(str(value))
        return translator.msg(label) if label else str(value)
    if row.id == "scale":
        return translator.msg(AUTO) if value == 0 else f"×{value}"
    return f"{value}%"


def fraction(row: Row, settings: Settings) -> float:
    """A slider's position 0..1 (for its bar)."""
    low, high = RANGES[row.id]
    return (getattr(settings, row.id) - low) / (high - low) if high > low else 0.0
