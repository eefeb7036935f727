"""The .po reader and writer: what translators' tools write reads back exactly, and bad files say where."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.content.diagnostics import ContentError
from game.po import PoEntry, PoFile, parse_po, write_po

SAMPLE = r"""# Korean translation.
msgid ""
msgstr ""
"Language: ko\n"
"Content-Type: text/plain; charset=UTF-8\n"

# a translator's note
#. Byeol says (node start)
#: levels/forest.yaml:12 levels/forest.yaml:40
msgctxt "forest.start.left"
msgid "Left."
msgstr "왼쪽."

#, fuzzy
#| msgid "Go left."
msgctxt "forest.start.go"
msgid ""
"Go left, "
"then \"right\".\n"
"Then stop.\t\\"
msgstr "왼쪽으로, 그다음 \"오른쪽\".\n멈춰."

#~ msgctxt "ui.gone"
#~ msgid "Gone"
#~ msgstr "사라짐"
"""


def test_reads_comments_flags_multiline_strings_escapes_and_obsolete_entries() -> None:
    po = parse_po(SAMPLE, "ko.po")
    assert po.header_fields()["Language"] == "ko"
    assert po.header_comments == ("Korean translation.",)
    left, go, gone = po.entries
    assert (left.msgctxt, left.msgid, left.msgstr) == ("forest.start.left", "Left.", "왼쪽.")
    assert left.comments == ("a translator's note",)
    assert left.extracted == ("Byeol says (node start)",)
    assert left.references == ("levels/forest.yaml:12", "levels/forest.yaml:40")
    assert not left.fuzzy
    assert go.fuzzy and go.previous_msgid == "Go left."
    assert go.msgid == 'Go left, then "right".\nThen stop.\t\\'
    assert go.msgstr == '왼쪽으로, 그다음 "오른쪽".\n멈춰.'
    assert gone.obsolete and gone.msgstr == "사라짐"
    assert po.by_context().keys() == {"forest.start.left", "forest.start.go"}


def test_writing_what_was_read_gives_the_same_file_back() -> None:
    po = parse_po(SAMPLE, "ko.po")
    again = parse_po(write_po(po), "ko.po")
    assert again == po
    assert write_po(again) == write_po(po)


def test_long_strings_are_wrapped_over_lines_and_read_back_whole() -> None:
    long = "word " * 40 + "end\nsecond line\n"
    text = write_po(PoFile(entries=(PoEntry(msgid=long, msgstr=long, msgctxt="x"),)))
    assert max(len(line) for line in text.splitlines()) <= 80
    assert parse_po(text).entries[0].msgid == long


@pytest.mark.parametrize(
    ("text", "code", "line"),
    [
        ('msgid "a"\nmsgstr "\\q"\n', "I003", 2),
        ('msgid "a"\nmsgid_plural "as"\nmsgstr[0] ""\n', "I005", 2),
        ('msgid "a"\nmsgstr "open\n', "I002", 2),
        ('msgid "a"\nmsgtxt "b"\n', "I001", 2),
        ('"stray"\n', "I002", 1),
        ('msgctxt "c"\nmsgid "a"\n\nmsgctxt "d"\n', "I004", 1),
    ],
)
def test_malformed_files_are_one_clear_diagnostic(text: str, code: str, line: int) -> None:
    with pytest.raises(ContentError) as err:
        parse_po(text, "assets/i18n/ko.po")
    diagnostic = err.value.diagnostics[0]
    assert (diagnostic.code, diagnostic.line) == (code, line)
    assert str(diagnostic).startswith(f"assets/i18n/ko.po:{line}:")


_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), st.sampled_from(list('\n\t"\\ '))
    ),
    max_size=120,
)
_WORD = st.text(alphabet=st.characters(whitelist_categories=("L", "N")), min_size=1, max_size=12)
_COMMENT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp", "Zs")), min_size=1, max_size=30
)
_ENTRY = st.builds(
    PoEntry,
    msgid=_TEXT.filter(bool),
    msgstr=_TEXT,
    msgctxt=st.one_of(st.none(), _WORD),
    flags=st.lists(st.sampled_from(["fuzzy", "python-format", "no-wrap"]), unique=True).map(tuple),
    comments=st.lists(_COMMENT, max_size=2).map(tuple),
    extracted=st.lists(_COMMENT, max_size=2).map(tuple),
    references=st.lists(_WORD.map(lambda w: f"{w}.yaml:3"), max_size=3).map(tuple),
    previous_msgid=st.one_of(st.none(), _TEXT.filter(bool)),
    obsolete=st.booleans(),
)


@settings(max_examples=150, deadline=None)
@given(entries=st.lists(_ENTRY, max_size=5), header=_TEXT)
def test_any_entries_round_trip(entries: list[PoEntry], header: str) -> None:
    po = PoFile(header=header, entries=tuple(entries))
    assert parse_po(write_po(po)) == po
