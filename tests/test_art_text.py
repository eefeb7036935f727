"""The pixel text renderer: crisp glyphs, wrapping in English and Korean, sizes, glyph coverage."""

from __future__ import annotations

import numpy as np
import pygame
import pytest

from game.render.text import FACES, TextRenderer, TextSize, missing_glyphs, wrap_words


@pytest.fixture(scope="module", autouse=True)
def _pygame() -> None:
    pygame.init()


def test_rendered_text_is_crisp_two_tone() -> None:
    text = TextRenderer()
    surf = text.render("Your shoelace. 달과 별", (255, 255, 255))
    alpha = pygame.surfarray.array_alpha(surf) if surf.get_flags() & pygame.SRCALPHA else None
    if alpha is None:
        colours = {tuple(c) for c in pygame.surfarray.array3d(surf).reshape(-1, 3)}
        assert len(colours) <= 2
    else:
        assert set(np.unique(alpha)) <= {0, 255}


def test_render_is_cached() -> None:
    text = TextRenderer()
    assert text.render("Left.", (255, 255, 255)) is text.render("Left.", (255, 255, 255))


def test_wrap_english_at_spaces_and_fits() -> None:
    text = TextRenderer()
    line = "Left. I know. Then go left, and keep your head down under the branches."
    lines = text.wrap(line, 120)
    assert len(lines) > 1
    assert " ".join(lines) == line
    assert all(text.measure(part)[0] <= 120 for part in lines)


def test_wrap_korean_at_spaces_then_per_character() -> None:
    text = TextRenderer()
    line = "별아, 저기 불빛 보여? 우리 저쪽으로 가자."
    lines = text.wrap(line, 90)
    assert " ".join(lines) == line
    assert all(text.measure(part)[0] <= 90 for part in lines)
    long_word = "가나다라마바사아자차카타파하" * 2
    pieces = text.wrap(long_word, 60)
    assert "".join(pieces) == long_word
    assert len(pieces) > 2


def test_wrap_keeps_explicit_newlines() -> None:
    font = TextRenderer().font()
    assert wrap_words("one\ntwo", 400, font) == ["one", "two"]


def test_sizes_are_distinct_and_line_height_grows() -> None:
    heights = []
    for size in (TextSize.SMALL, TextSize.NORMAL, TextSize.LARGE):
        text = TextRenderer(size)
        heights.append(text.line_height)
        assert text.face() == FACES[size]
    assert heights == sorted(heights)
    assert len(set(heights)) == 3


def test_missing_glyphs_reports_only_uncovered_characters() -> None:
    assert missing_glyphs("Hello, 달과 별! 은는이가을를") == set()
    assert missing_glyphs("ok \U0001f600") == {"\U0001f600"}


def test_every_face_covers_all_hangul_syllables_used_in_common_text() -> None:
    sample = "다람쥐 헌 쳇바퀴에 타고파. 손을 잡아. 괜찮아, 내가 여기 있어."
    for face in FACES.values():
        assert missing_glyphs(sample, face.file) == set()


def test_typewriter_reveals_across_wrapped_lines() -> None:
    text = TextRenderer()
    canvas = pygame.Surface((200, 100))
    line = "가나다라마바사아자차카타파하가나다라마바사"
    rect = pygame.Rect(0, 0, 60, 100)
    pieces = text.wrap(line, 60)
    assert len(pieces) >= 2
    assert text.draw_wrapped(canvas, line, rect, (255, 255, 255), visible_chars=len(pieces[0])) == 1
    assert text.draw_wrapped(canvas, line, rect, (255, 255, 255), visible_chars=len(pieces[0]) + 1) == 2
    assert text.draw_wrapped(canvas, line, rect, (255, 255, 255), visible_chars=0) == 0
