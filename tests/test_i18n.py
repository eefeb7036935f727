"""Lookup by id with English fallback, filling, Korean particles, and the shipped Korean translation."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.i18n import (
    LANGUAGES,
    Msg,
    Translator,
    attach,
    fill,
    final_consonant,
    parse_template,
    particle,
    reveal_chars,
)
from game.story.views import LineView, OptionView
from tools.i18n import Roots, collect, report_language

PARTICLE_TABLE = [
    # word, markup, expected: 은/는, 이/가, 을/를, 과/와, (으)로 — vowel-final, consonant-final, ㄹ-final
    ("별", "은", "별은"),
    ("사과", "은", "사과는"),
    ("달", "는", "달은"),
    ("바다", "이", "바다가"),
    ("책", "가", "책이"),
    ("서울", "을", "서울을"),
    ("나무", "를", "나무를"),
    ("별", "와", "별과"),
    ("하나", "과", "하나와"),
    ("책", "(으)로", "책으로"),
    ("나무", "(으)로", "나무로"),
    ("달", "(으)로", "달로"),  # ㄹ takes 로, like a vowel
    ("서울", "으로", "서울로"),
    ("집", "로", "집으로"),
    ("별", "아", "별아"),
    ("하나", "아", "하나야"),
    ("손잡기", "은", "손잡기는"),
    ("달리기", "이", "달리기가"),
    ("3", "이", "3이"),  # 삼
    ("2", "이", "2가"),  # 이
    ("1", "(으)로", "1로"),  # 일: ㄹ
    ("10", "을", "10을"),  # 십
    ("Dal", "은", "Dal은(는)"),  # unknown sound: both forms
    ("Shift", "(으)로", "Shift(으)로"),
    ("별.", "이", "별.이"),  # trailing punctuation is skipped when judging the sound
]


@pytest.mark.parametrize(("word", "markup", "expected"), PARTICLE_TABLE)
def test_particles_follow_the_final_consonant(word: str, markup: str, expected: str) -> None:
    assert attach(word, markup) == expected


def test_final_consonant_index() -> None:
    assert final_consonant("가") == 0
    assert final_consonant("각") == 1
    assert final_consonant("달") == 8
    assert final_consonant("Dal") is None
    assert final_consonant("") is None
    assert particle("달", "unknown") == "unknown"


def test_fill_interpolates_with_particles_and_braces() -> None:
    template = "{who:이} {count}개를 {where:(으)로} 가져갔다. {{raw}}"
    assert fill(template, {"who": "별", "count": 3, "where": "서울"}) == "별이 3개를 서울로 가져갔다. {raw}"
    assert fill(template, {"who": "달", "count": 2, "where": "집"}) == "달이 2개를 집으로 가져갔다. {raw}"
    assert fill("Hello {name}", {}) == "Hello {name}"  # a missing value stays visible, never a crash
    assert fill("broken {", {"x": 1}) == "broken {"


@pytest.mark.parametrize("bad", ["{", "}", "{1x}", "{name:의가}", "{ }"])
def test_unreadable_templates_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_template(bad)


def write_po(folder: Path, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "ko.po"
    path.write_text('msgid ""\nmsgstr "Language: ko\\n"\n\n' + body, encoding="utf-8")
    return path


def test_translator_uses_translations_and_falls_back_to_english(tmp_path: Path) -> None:
    write_po(
        tmp_path,
        'msgctxt "ui.a"\nmsgid "Alpha"\nmsgstr "알파"\n\n'
        '#, fuzzy\nmsgctxt "ui.b"\nmsgid "Beta"\nmsgstr "옛 베타"\n\n'
        'msgctxt "ui.c"\nmsgid "Gamma"\nmsgstr ""\n\n'
        'msgctxt "ui.name"\nmsgid "{name} is here"\nmsgstr "{name:이} 여기 있어"\n\n'
        'msgctxt "cast.byeol"\nmsgid "Byeol"\nmsgstr "별"\n\n'
        'msgctxt "forest.x"\nmsgid "You look {mood}."\nmsgstr "{mood} 보여."\n',
    )
    tr = Translator("ko", folder=tmp_path)
    assert tr.lang == "ko"
    assert tr.tr("ui.a", "Alpha") == "알파"
    assert tr.tr("ui.b", "Beta") == "Beta", "a fuzzy entry is not used (gettext's rule)"
    assert tr.tr("ui.c", "Gamma") == "Gamma"
    assert tr.tr("ui.missing", "Delta {n}", n=4) == "Delta 4"
    assert tr.msg(Msg("ui.name", "{name} is here"), name="별") == "별이 여기 있어"
    assert tr.cast("byeol", "Byeol") == "별"
    line = LineView("forest.x", "byeol", "You look tired.", {"mood": "피곤해"}, 1.0, False)
    assert tr.line(line) == "피곤해 보여."
    assert tr.line(OptionView(0, "forest.none", "Say nothing.", {})) == "Say nothing."
    tr.set_language("en")
    assert tr.tr("ui.a", "Alpha") == "Alpha"
    assert tr.line(line) == "You look tired."
    with pytest.raises(ValueError):
        tr.set_language("xx")


def test_a_broken_translation_file_means_english_and_a_message(tmp_path: Path) -> None:
    write_po(tmp_path, 'msgctxt "ui.a"\nmsgid "Alpha"\nmsgstr "\\q"\n')
    tr = Translator("ko", folder=tmp_path)
    assert tr.tr("ui.a", "Alpha") == "Alpha"
    assert tr.messages and "I003" in tr.messages[0]
    write_po(tmp_path, 'msgctxt "ui.a"\nmsgid "Alpha"\nmsgstr "알파 {"\n')
    tr = Translator("ko", folder=tmp_path)
    assert tr.tr("ui.a", "Alpha") == "Alpha"
    assert any("ui.a" in m for m in tr.messages)


def test_reveal_applies_the_english_timing_to_any_text() -> None:
    assert reveal_chars("왼쪽으로 가", 0.5) == 3
    assert reveal_chars("abc", 1.0) == 3
    assert reveal_chars("abc", 0.0) == 0


def test_every_unit_has_a_current_korean_translation_that_the_fonts_can_draw() -> None:
    """UI strings, captions, cast names and story lines: none missing, none stale, no glyph the fonts lack.

    When this fails after adding text: run ``python -m tools.i18n extract``, translate the new entries in
    ``assets/i18n/ko.po`` and see ``python -m tools.i18n report``.
    """
    source = collect(Roots())
    assert not source.problems, [str(p) for p in source.problems]
    assert any(u.startswith("ui.") for u in source.units)
    for lang in LANGUAGES[1:]:
        result = report_language(source, lang, Roots(), glyphs=True)
        assert [u.id for u in result.missing] == []
        assert [u.id for u, _ in result.stale] == []
        assert [str(e) for e in result.errors] == []


def test_korean_text_has_a_glyph_for_every_character_in_every_text_size() -> None:
    from game.i18n import i18n_dir
    from game.po import parse_po
    from game.render.text import FACES, TITLE_FACE, missing_glyphs

    po = parse_po((i18n_dir() / "ko.po").read_text(encoding="utf-8"))
    korean = "".join(e.msgstr for e in po.entries if not e.obsolete)
    assert sum("가" <= ch <= "힣" for ch in korean) > 1000, "the Korean file should hold real Korean"
    for face in {f.file for f in (*FACES.values(), TITLE_FACE)}:
        assert missing_glyphs(korean, face) == set(), face
