"""Translations: ``tr(id, english)`` with English fallback, ``{name}`` filling and Korean particles.

Every piece of text the player reads has a stable id: story lines keep their story ids (``forest.run.3``),
cast names are ``cast.<id>``, UI strings are ``ui.<scene>.<what>`` and captions ``caption.<what>``. The
translations live in ``assets/i18n/<lang>.po`` (gettext; msgctxt = id, msgid = English, msgstr = the
translation); ``tools/i18n.py`` extracts the English and reports what is missing or stale.

A translation may write ``{name:은}`` after an interpolated value: the particle is chosen by the final consonant
of the value's last Hangul syllable (은/는, 이/가, 을/를, 과/와, 아/야, (으)로 and more). Text is presentation
only: nothing here is read by the simulation, so the language never changes a run.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from game.assets import asset_path, read_asset_text
from game.content.diagnostics import ContentError
from game.po import parse_po
from game.story.text import scan_braces

LANGUAGES = ("en", "ko")
"""Languages the game ships; English is the source and needs no file."""
LANGUAGE_NAMES = {"en": "English", "ko": "한국어"}
"""Each language's name in itself (never translated, so a player can always find their own)."""
SOURCE_LANGUAGE = "en"


def i18n_dir() -> Path:
    """Where the ``.po`` files and the ``refuge.pot`` template live."""
    return asset_path("i18n")


@dataclass(frozen=True, slots=True)
class Msg:
    """A UI string declared where it is used: its id and English text (``tools/i18n.py`` finds these)."""

    id: str
    en: str


# -- Korean particles ---------------------------------------------------------------------------------------

HANGUL_FIRST, HANGUL_LAST = 0xAC00, 0xD7A3
RIEUL = 8
"""The final consonant ㄹ's index among the 28 finals (0 = no final)."""

_PAIRS: dict[tuple[str, str], tuple[str, ...]] = {
    ("은", "는"): ("은", "는", "은/는", "은(는)"),
    ("이", "가"): ("이", "가", "이/가", "이(가)"),
    ("을", "를"): ("을", "를", "을/를", "을(를)"),
    ("과", "와"): ("과", "와", "과/와", "과(와)"),
    ("아", "야"): ("아", "야", "아/야", "아(야)"),
    ("으로", "로"): ("으로", "로", "(으)로"),
    ("이나", "나"): ("이나", "(이)나"),
    ("이랑", "랑"): ("이랑", "(이)랑"),
    ("이라", "라"): ("이라", "(이)라"),
    ("이야", "야"): ("이야", "(이)야"),
}
PARTICLES: dict[str, tuple[str, str]] = {
    spelling: pair for pair, spellings in _PAIRS.items() for spelling in spellings
}
"""Markup a translator may write after ``{name:`` -> (form after a final consonant, form after a vowel)."""

# How the last digit of a number is read in Sino-Korean: 영 일 이 삼 사 오 육 칠 팔 구 (final consonant index).
_DIGIT_FINAL = {"0": 21, "1": RIEUL, "2": 0, "3": 16, "4": 0, "5": 0, "6": 1, "7": RIEUL, "8": RIEUL, "9": 0}
# Round numbers are read by their unit: 십 (ㅂ), 백 (ㄱ), 천 (ㄴ), 만 (ㄴ).
_ZEROS_FINAL = {1: 17, 2: 1, 3: 4}
_TRAILING = " \t\"'”’)]}»>.,!?…~-"


def final_consonant(word: str) -> int | None:
    """The final-consonant index (0 = ends in a vowel) of how ``word`` ends when read aloud; None if unknown."""
    stripped = word.rstrip(_TRAILING)
    if not stripped:
        return None
    last = stripped[-1]
    if HANGUL_FIRST <= ord(last) <= HANGUL_LAST:
        return (ord(last) - HANGUL_FIRST) % 28
    if last.isdigit() and last in _DIGIT_FINAL:
        digits = len(stripped) - len(stripped.rstrip("0123456789"))
        number = stripped[-digits:]
        zeros = len(number) - len(number.rstrip("0"))
        if zeros and zeros < len(number):
            return _ZEROS_FINAL.get(zeros, 4)
        return _DIGIT_FINAL[last]
    return None


def particle(word: str, markup: str) -> str:
    """The form of the particle written ``markup`` that follows ``word`` (``particle("달", "은") == "은"``)."""
    pair = PARTICLES.get(markup)
    if pair is None:
        return markup
    with_final, without = pair
    final = final_consonant(word)
    if final is None:
        # Unknown sound (a Latin name): the both-forms spelling Korean software uses, e.g. 은(는).
        if with_final.endswith(without):
            return f"({with_final[: -len(without)]}){without}"
        return f"{with_final}({without})"
    if with_final == "으로" and final == RIEUL:
        return without  # ㄹ takes 로, as a vowel does: 달로, 별로
    return with_final if final else without


def attach(word: str, markup: str) -> str:
    """``word`` followed by the right particle."""
    return word + particle(word, markup)


# -- placeholders -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Slot:
    """A ``{name}`` or ``{name:particle}`` in a template."""

    name: str
    particle: str | None


def parse_template(template: str) -> list[str | Slot]:
    """Literal pieces and slots; ``{{``/``}}`` are braces. Raises ``ValueError`` for unreadable braces."""
    pieces: list[str | Slot] = []
    for is_slot, body in scan_braces(template):
        if not is_slot:
            pieces.append(body)
            continue
        name, _, mark = body.partition(":")
        name, mark = name.strip(), mark.strip()
        if not name.isidentifier():
            raise ValueError(f"'{{{body}}}' is not a placeholder")
        if mark and mark not in PARTICLES:
            raise ValueError(f"'{mark}' in '{{{name}:{mark}}}' is not a known particle")
        pieces.append(Slot(name, mark or None))
    return pieces


def slot_names(template: str) -> set[str]:
    """The placeholder names a template uses."""
    return {p.name for p in parse_template(template) if isinstance(p, Slot)}


@functools.lru_cache(maxsize=1024)
def _pieces(template: str) -> tuple[str | Slot, ...] | None:
    """A template's pieces, parsed once (a dialogue line is filled every frame it shows); ``None`` if bad."""
    try:
        return tuple(parse_template(template))
    except ValueError:
        return None


def fill(template: str, values: Mapping[str, object]) -> str:
    """The template with its slots filled (particles chosen); an unknown name stays visible as ``{name}``."""
    if "{" not in template and "}" not in template:
        return template
    pieces = _pieces(template)
    if pieces is None:
        return template
    out: list[str] = []
    for piece in pieces:
        if isinstance(piece, str):
            out.append(piece)
        elif piece.name in values:
            word = str(values[piece.name])
            out.append(attach(word, piece.particle) if piece.particle else word)
        else:
            out.append("{" + piece.name + "}")
    return "".join(out)


def reveal_chars(text: str, reveal: float) -> int:
    """How many characters of ``text`` show at ``reveal`` 0..1 (the story times lines by their English)."""
    if reveal >= 1.0:
        return len(text)
    return max(0, min(len(text), math.floor(len(text) * reveal)))


# -- catalogs -----------------------------------------------------------------------------------------------


def load_catalog(path: Path) -> tuple[dict[str, str], list[str]]:
    """Translations by id from a ``.po`` file, and messages about what could not be used (never raises)."""
    try:
        text = read_asset_text(path)
    except (OSError, UnicodeDecodeError) as exc:
        return {}, [f"{path}: cannot read the translation ({exc}); showing English"]
    try:
        po = parse_po(text, str(path))
    except ContentError as exc:
        return {}, [f"{exc}; showing English"]
    table: dict[str, str] = {}
    messages: list[str] = []
    for entry in po.entries:
        if entry.obsolete or entry.fuzzy or not entry.msgstr or entry.msgctxt is None:
            continue
        try:
            parse_template(entry.msgstr)
        except ValueError as exc:
            messages.append(f"{path}:{entry.line}: {entry.msgctxt}: {exc}; showing English")
            continue
        table[entry.msgctxt] = entry.msgstr
    return table, messages


class LineLike(Protocol):
    """A story line or option as the runner shows it (``game.story.views``)."""

    @property
    def id(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def values(self) -> Mapping[str, str]: ...


class Translator:
    """The player's language: looks text up by id, falling back to the English given with it."""

    def __init__(self, lang: str = SOURCE_LANGUAGE, folder: Path | None = None) -> None:
        self.folder = folder or i18n_dir()
        self.messages: list[str] = []
        """Problems met loading translations, for the run log."""
        self._catalogs: dict[str, dict[str, str]] = {SOURCE_LANGUAGE: {}}
        self._table: dict[str, str] = {}
        self._lang = SOURCE_LANGUAGE
        self.set_language(lang)

    @property
    def lang(self) -> str:
        """The language in use."""
        return self._lang

    def set_language(self, lang: str) -> None:
        """Switch language (its file is read once, on first use); raises ``ValueError`` for an unknown one."""
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r} (known: {', '.join(LANGUAGES)})")
        table = self._catalogs.get(lang)
        if table is None:
            table, messages = load_catalog(self.folder / f"{lang}.po")
            self.messages.extend(messages)
            self._catalogs[lang] = table
        self._table = table
        self._lang = lang

    def has(self, msg_id: str) -> bool:
        """True when the current language has its own text for ``msg_id``."""
        return msg_id in self._table

    def tr(self, msg_id: str, english: str, /, **values: object) -> str:
        """The text for ``msg_id`` in the current language (else ``english``), with ``{name}`` slots filled."""
        return fill(self._table.get(msg_id, english), values)

    def msg(self, msg: Msg, /, **values: object) -> str:
        """:meth:`tr` for a declared :class:`Msg`."""
        return fill(self._table.get(msg.id, msg.en), values)

    def line(self, view: LineLike) -> str:
        """A story line or option (``LineView``/``OptionView``) in the current language, values filled in."""
        own = self._table.get(view.id)
        return view.text if own is None else fill(own, view.values)

    def cast(self, cast_id: str, english: str) -> str:
        """A speaker's display name (id ``cast.<cast_id>``)."""
        return self._table.get(f"cast.{cast_id}", english)
