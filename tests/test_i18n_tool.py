"""tools/i18n.py: extraction into a template, merging into each language, and the report's verdicts."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.po import PoEntry, parse_po
from tools.i18n import Roots, main

STORY = """scene: tiny
start: start
cast:
  dal: {name: Dal}
nodes:
  start:
    - say: dal
      id: tiny.start.1
      text: "Hello, {who}."
    - end: true
"""
STORY_VARS = 'vars:\n  who: {type: str, default: "you"}\n'


@pytest.fixture
def roots(tmp_path: Path) -> Roots:
    code = tmp_path / "game"
    code.mkdir()
    (code / "ui.py").write_text(
        'from game.i18n import Msg\nA = Msg("ui.a", "Alpha")\n\ndef f(tr):\n    return tr.tr("ui.b", "Beta {n}")\n',
        encoding="utf-8",
    )
    levels = tmp_path / "levels"
    levels.mkdir()
    (levels / "tiny.yaml").write_text(STORY.replace("nodes:", STORY_VARS + "nodes:"), encoding="utf-8")
    return Roots(code=code, levels=levels, out=tmp_path / "i18n", base=tmp_path, drafts=None)


def run(roots: Roots, *args: str) -> int:
    return main(list(args), roots)


def entries(roots: Roots, name: str = "ko.po") -> dict[str, PoEntry]:
    po = parse_po((roots.out / name).read_text(encoding="utf-8"))
    return {e.msgctxt: e for e in po.entries if e.msgctxt}


def translate(roots: Roots, table: dict[str, str]) -> None:
    path = roots.out / "ko.po"
    text = path.read_text(encoding="utf-8")
    for ctx, ko in table.items():
        head = f'msgctxt "{ctx}"\n'
        start = text.index(head)
        empty = text.index('msgstr ""', start)
        text = text[:empty] + f'msgstr "{ko}"' + text[empty + len('msgstr ""') :]
    path.write_text(text, encoding="utf-8")


def test_extract_writes_the_template_and_an_untranslated_language_file(
    roots: Roots, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(roots, "extract") == 0
    pot = entries(roots, "refuge.pot")
    assert set(pot) == {"cast.dal", "tiny.start.1", "ui.a", "ui.b"}
    line = pot["tiny.start.1"]
    assert line.msgid == "Hello, {who}."
    assert "Dal says (node start)" in line.extracted
    assert "placeholders: {who}" in line.extracted
    assert line.references == ("levels/tiny.yaml:11",)
    assert pot["ui.b"].references == ("game/ui.py:5",)
    ko = entries(roots)
    assert all(e.msgstr == "" for e in ko.values())
    assert run(roots, "extract", "--check") == 0, "a second extraction changes nothing"


def test_report_fails_on_a_missing_entry_and_passes_once_translated(
    roots: Roots, capsys: pytest.CaptureFixture[str]
) -> None:
    run(roots, "extract")
    capsys.readouterr()
    assert run(roots, "report", "--no-glyphs") == 1
    out = capsys.readouterr().out
    assert "ko: 4 units, 0 translated, 4 missing" in out
    assert "missing  ui.a  'Alpha'  (game/ui.py:2)" in out
    translate(roots, {"cast.dal": "달", "tiny.start.1": "안녕, {who}.", "ui.a": "알파", "ui.b": "베타 {n}"})
    assert run(roots, "report", "--no-glyphs") == 0
    translate_again = (roots.out / "ko.po").read_text(encoding="utf-8").replace('msgstr "알파"', 'msgstr ""')
    (roots.out / "ko.po").write_text(translate_again, encoding="utf-8")
    capsys.readouterr()
    assert run(roots, "report", "--no-glyphs") == 1
    assert "missing  ui.a" in capsys.readouterr().out


def test_changed_english_marks_the_translation_stale_and_keeps_it(
    roots: Roots, capsys: pytest.CaptureFixture[str]
) -> None:
    run(roots, "extract")
    translate(roots, {"cast.dal": "달", "tiny.start.1": "안녕, {who}.", "ui.a": "알파", "ui.b": "베타 {n}"})
    source = roots.code / "ui.py"
    source.write_text(
        source.read_text(encoding="utf-8").replace('"Alpha"', '"Alpha, again"'), encoding="utf-8"
    )
    assert run(roots, "extract", "--check") == 1
    run(roots, "extract")
    entry = entries(roots)["ui.a"]
    assert entry.fuzzy and entry.previous_msgid == "Alpha"
    assert entry.msgid == "Alpha, again" and entry.msgstr == "알파"
    capsys.readouterr()
    assert run(roots, "report", "--no-glyphs") == 0, "stale is reported, not fatal"
    assert "stale    ui.a  translated for 'Alpha', English now 'Alpha, again'" in capsys.readouterr().out
    assert run(roots, "report", "--no-glyphs", "--strict") == 1


def test_removed_units_become_obsolete_and_come_back_translated(roots: Roots) -> None:
    run(roots, "extract")
    translate(roots, {"cast.dal": "달", "tiny.start.1": "안녕, {who}.", "ui.a": "알파", "ui.b": "베타 {n}"})
    source = roots.code / "ui.py"
    original = source.read_text(encoding="utf-8")
    source.write_text(original.replace('A = Msg("ui.a", "Alpha")', "A = None"), encoding="utf-8")
    run(roots, "extract")
    text = (roots.out / "ko.po").read_text(encoding="utf-8")
    assert '#~ msgctxt "ui.a"' in text and '#~ msgstr "알파"' in text
    source.write_text(original, encoding="utf-8")
    run(roots, "extract")
    entry = entries(roots)["ui.a"]
    assert not entry.obsolete and not entry.fuzzy and entry.msgstr == "알파"


def test_a_translation_with_a_placeholder_the_english_lacks_is_an_error(
    roots: Roots, capsys: pytest.CaptureFixture[str]
) -> None:
    run(roots, "extract")
    translate(roots, {"cast.dal": "달", "tiny.start.1": "안녕, {whom}.", "ui.a": "알파", "ui.b": "베타 {n"})
    capsys.readouterr()
    assert run(roots, "report", "--no-glyphs") == 1
    out = capsys.readouterr().out
    assert "error I030: tiny.start.1: the translation uses {whom}, which the English lacks" in out
    assert "error I031: ui.b:" in out


def test_english_that_is_not_a_literal_cannot_be_extracted(
    roots: Roots, capsys: pytest.CaptureFixture[str]
) -> None:
    (roots.code / "bad.py").write_text('def f(tr, s):\n    return tr.tr("ui.c", s)\n', encoding="utf-8")
    assert run(roots, "extract") == 1
    assert (
        "game/bad.py:2:12: error I022: the English of 'ui.c' must be a literal string"
        in capsys.readouterr().err
    )


def test_unknown_language_is_bad_usage(roots: Roots) -> None:
    assert run(roots, "report", "xx") == 2
