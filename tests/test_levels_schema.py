"""The Tiled project, objecttypes.xml and templates are generated from the schema and must not drift."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from game.content.schema import CLASSES, ENUMS
from tools.gen_schema import TEMPLATES, render_all

LEVELS = Path(__file__).resolve().parent.parent / "levels"


def test_generated_files_match_the_schema() -> None:
    stale = [
        rel
        for rel, text in render_all().items()
        if not (LEVELS / rel).is_file() or (LEVELS / rel).read_text() != text
    ]
    assert stale == [], f"run `python -m tools.gen_schema`: {stale} drifted from game/content/schema.py"


def test_no_stray_templates() -> None:
    on_disk = {p.name for p in (LEVELS / "templates").glob("*.tx")}
    assert on_disk == {f"{t.stem}.tx" for t in TEMPLATES}


def test_project_holds_every_class_with_defaults_and_every_enum() -> None:
    doc = json.loads((LEVELS / "refuge.tiled-project").read_text())
    types = {t["name"]: t for t in doc["propertyTypes"]}
    for name, values in ENUMS.items():
        assert types[name]["type"] == "enum" and types[name]["values"] == list(values)
    for name, spec in CLASSES.items():
        members = {m["name"]: m for m in types[name]["members"]}
        assert types[name]["useAs"] == ["object"]
        assert set(members) == {p.name for p in spec.props}
        for p in spec.props:
            assert members[p.name]["value"] == p.default
            assert members[p.name].get("propertyType") == p.enum
    assert doc["objectTypesFile"] == "objecttypes.xml"


def test_objecttypes_for_tiled_18_parse_and_list_every_class() -> None:
    root = ET.parse(LEVELS / "objecttypes.xml").getroot()
    assert [t.get("name") for t in root] == list(CLASSES)


def test_templates_are_valid_objects_of_known_classes() -> None:
    for path in (LEVELS / "templates").glob("*.tx"):
        obj = ET.parse(path).getroot().find("object")
        assert obj is not None and obj.get("type") in CLASSES, path.name
