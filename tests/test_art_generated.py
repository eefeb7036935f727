"""Generated art: a sample of each generator, rebuilt in-process, matches the committed pixels."""

from __future__ import annotations

import json

import pygame
import pytest

from game.assets import asset_path
from tools import gen_sprites, gen_ui
from tools.gen_common import same_pixels


@pytest.fixture(scope="module", autouse=True)
def _pygame() -> None:
    pygame.init()


def load(*parts: str) -> pygame.Surface:
    return pygame.image.load(str(asset_path(*parts)))


def test_dal_sheet_matches_its_generator() -> None:
    sheet, entry = gen_sprites.build_sheet("dal")
    assert same_pixels(sheet, load("sprites", "dal.png"))
    atlas = json.loads(asset_path("sprites", "atlas.json").read_text(encoding="utf-8"))
    assert atlas["characters"]["dal"] == json.loads(json.dumps(entry))


def test_portraits_match_their_generator() -> None:
    from tools.gen_portraits import build_portraits

    sheet, _ = build_portraits()
    assert same_pixels(sheet, load("sprites", "portraits.png"))


def test_hud_icons_and_panels_match_their_generator() -> None:
    icons, index = gen_ui.icon_sheet()
    assert same_pixels(icons, load("ui", "icons.png"))
    ui_index = json.loads(asset_path("ui", "ui.json").read_text(encoding="utf-8"))
    assert ui_index["icons"] == index
    assert same_pixels(gen_ui.highlight(), load("ui", "highlight.png"))


def test_a_changed_pixel_is_noticed() -> None:
    sheet, _ = gen_sprites.build_sheet("byeol")
    committed = load("sprites", "byeol.png")
    assert same_pixels(sheet, committed)
    sheet.set_at((5, 5), (255, 0, 68, 255))
    assert not same_pixels(sheet, committed)


def test_sheets_use_only_the_master_palette() -> None:
    from game.render.palette import PALETTE

    allowed = set(PALETTE)
    for name in ("dal.png", "byeol.png", "portraits.png"):
        surf = load("sprites", name)
        rgb = pygame.surfarray.array3d(surf)
        alpha = pygame.surfarray.array_alpha(surf)
        used = {tuple(int(v) for v in c) for c in rgb[alpha > 0]}
        assert used <= allowed, (name, used - allowed)


@pytest.mark.parametrize("name, outfit", [("dal", "heap_hat"), ("byeol", "wedding")])
def test_outfit_sheets_match_their_generator_and_the_palette(name: str, outfit: str) -> None:
    from game.render.palette import PALETTE

    sheet, entry = gen_sprites.build_sheet(name, outfit)
    committed = load("sprites", f"{name}_{outfit}.png")
    assert same_pixels(sheet, committed)
    atlas = json.loads(asset_path("sprites", "atlas.json").read_text(encoding="utf-8"))
    assert atlas["outfits"][name][outfit] == entry["image"]
    rgb = pygame.surfarray.array3d(committed)
    alpha = pygame.surfarray.array_alpha(committed)
    assert {tuple(int(v) for v in c) for c in rgb[alpha > 0]} <= set(PALETTE)


def test_the_portrait_sheet_has_a_distinct_face_for_every_story_expression() -> None:
    from game.story.model import EXPRESSIONS

    atlas = json.loads(asset_path("sprites", "atlas.json").read_text(encoding="utf-8"))
    assert list(atlas["portraits"]["columns"]) == list(EXPRESSIONS)
    assert len(EXPRESSIONS) >= 6
    sheet = load("sprites", "portraits.png")
    for row in range(2):
        faces = [
            pygame.image.tobytes(sheet.subsurface(pygame.Rect(c * 32, row * 32, 32, 32)), "RGBA")
            for c in range(len(EXPRESSIONS))
        ]
        assert len(set(faces)) == len(EXPRESSIONS), "two expressions draw the same face"


def test_portraits_follow_the_outfit_worn_and_fall_back_to_their_own_clothes() -> None:
    from game.render.sprites import Sprites

    sprites = Sprites()
    for name in ("dal", "byeol"):
        own = pygame.image.tobytes(sprites.portrait(name, "smile"), "RGBA")
        for outfit in ("heap", "heap_hat", "wedding"):
            assert pygame.image.tobytes(sprites.portrait(name, "smile", outfit), "RGBA") != own, (
                name,
                outfit,
            )
        assert pygame.image.tobytes(sprites.portrait(name, "smile", "no_such_outfit"), "RGBA") == own
