"""Line extraction: every translatable unit of a story, with its stable id, for the Korean .po tooling."""

from __future__ import annotations

from pathlib import Path

from game.content.story_yaml import load_story
from game.story.lines import LineKind, iter_units, line_table

SAMPLE = Path(__file__).parent / "fixtures" / "stories" / "sample.yaml"


def test_every_unit_of_the_sample_is_extracted_in_file_order() -> None:
    units = list(iter_units(load_story(SAMPLE)))
    assert [(u.id, u.kind, u.speaker, u.node) for u in units] == [
        ("cast.dal", LineKind.CAST, None, None),
        ("cast.byeol", LineKind.CAST, None, None),
        ("sample.start.1", LineKind.SAY, "byeol", "start"),
        ("sample.start.2", LineKind.SAY, "dal", "start"),
        ("sample.obj.highway", LineKind.OBJECTIVE, None, "start"),
        ("sample.talk.1", LineKind.SAY, "byeol", "talk"),
        ("sample.talk.food", LineKind.OPTION, None, "talk"),
        ("sample.talk.hand", LineKind.OPTION, None, "talk"),
        ("sample.talk.nothing", LineKind.OPTION, None, "talk"),
        ("sample.talk.kept", LineKind.SAY, "dal", "talk"),
        ("sample.talk.camcorder", LineKind.SAY, "byeol", "talk"),
        ("sample.laugh.1", LineKind.SAY, "byeol", "laugh"),
        ("sample.hide.1", LineKind.SAY, "dal", "hide_lesson"),
    ]
    kept = units[9]
    assert kept.text == "Keep that one. You look {mood}, {warmth}." and kept.placeholders == (
        "mood",
        "warmth",
    )
    assert (kept.pos.line, kept.pos.col) == (69, 17)


def test_the_line_table_maps_ids_to_english() -> None:
    table = line_table(load_story(SAMPLE))
    assert table["sample.start.1"] == "Left."
    assert table["sample.laugh.1"] == "Ha! {{really}}"
    assert table["cast.byeol"] == "Byeol"
    assert len(table) == 13
