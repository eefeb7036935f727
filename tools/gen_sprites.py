"""Generate Dal's and Byeol's sprite sheets (16x24 frames) and their atlas: ``python -m tools.gen_sprites``.

Heads are hand-drawn ASCII templates; bodies, limbs and every pose are built from pose numbers, so walk, run,
limp, crouch, hand-holding and the caught sequence stay consistent. Left is the mirror of right.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from game.render import palette as pal
from tools.gen_common import ASSETS, outline, px, rect, save_json, save_png, stamp, surface, wash
from tools.gen_portraits import build_portraits
from tools.gen_sprite_looks import LOOKS, OUTFITS, Look, head_colors, outfit_head, outfit_torso

FW, FH = 16, 24
FACINGS = ("down", "up", "left", "right")
RGB = pal.RGB


@dataclass(frozen=True)
class Pose:
    """One frame's numbers: upper-body bob, foot lifts, stride, arm swing, lean, and special poses."""

    bob: int = 0
    lift: tuple[int, int] = (0, 0)  # front/back: left, right foot; side: near, far foot
    stride: int = 0  # side view: how far the near foot is ahead (the far foot mirrors it)
    arm: tuple[int, int] = (0, 0)  # front/back: hand raise left/right; side: near, far hand dx
    lean: int = 0
    sway: int = 0
    crouch: int = 0  # rows the upper body sinks (hiding, kneeling)
    reach: bool = False  # one hand held out to the partner
    shield: bool = False  # both arms up in front of the face
    bow: int = 0  # head bowed (eyes hidden)
    extra: dict[str, int] = field(default_factory=dict)


def leg_column(surf: pygame.Surface, look: Look, x0: int, top: int, foot: int, dx: int, far: bool) -> None:
    """A 2-px leg from the hip at ``(x0, top)`` to a foot ``dx`` away on row ``foot``, shoe included."""
    mid, dark = look.legs
    span = max(1, foot - 1 - top)
    for y in range(top, foot - 1):
        t = (y - top) / span
        x = x0 + round(dx * t)
        rect(surf, dark if far else mid, x, y, 2, 1)
        px(surf, dark, x + 1, y)
    x = x0 + dx
    rect(surf, look.shoes[1] if far else look.shoes[0], x, foot - 1, 2, 2)


def side_shoe(surf: pygame.Surface, look: Look, x0: int, top: int, foot: int, dx: int, far: bool) -> None:
    """A side-view leg with its shoe pointing right."""
    leg_column(surf, look, x0, top, foot, dx, far)
    px(surf, look.shoes[1] if far else look.shoes[0], x0 + dx + 2, foot)


def torso(surf: pygame.Surface, look: Look, view: str, ty: int, h: int, lean: int) -> None:
    """The jacket or coat, shaded from the top left, with each character's details."""
    light, mid, dark = look.top
    if view == "side":
        x, w = look.torso_x + 1 + lean, look.torso_w - 2
    else:
        x, w = look.torso_x, look.torso_w
    rect(surf, mid, x, ty, w, h)
    rect(surf, light, x, ty, 1, h - 1)
    rect(surf, dark, x + w - 1, ty, 1, h)
    rect(surf, dark, x, ty + h - 1, w, 1)
    if look.flare and h >= 4:
        rect(surf, mid, x - 1, ty + h - 2, w + 2, 1)
        rect(surf, dark, x - 1, ty + h - 1, w + 2, 1)
    if look.name == "dal":
        if view == "down":
            rect(surf, pal.NIGHT, x + 3, ty + 1, 2, 1)  # collar opening
            rect(surf, dark, x + 4, ty + 2, 1, h - 3)  # zip
            rect(surf, look.accent[1], x + 1, ty, 1, 3)  # backpack straps
            rect(surf, look.accent[1], x + w - 2, ty, 1, 3)
        elif view == "up":
            a_l, a_m, a_d = look.accent
            rect(surf, a_m, x + 1, ty, w - 2, h - 2)
            rect(surf, a_l, x + 1, ty, w - 2, 1)
            rect(surf, a_d, x + 1, ty + h - 3, w - 2, 1)
            rect(surf, a_d, x + w - 2, ty, 1, h - 2)
            rect(surf, a_d, x + 2, ty + 2, w - 4, 1)  # flap
        else:
            a_l, a_m, a_d = look.accent
            rect(surf, a_m, x - 2, ty + 1, 3, h - 2)  # pack on the back
            rect(surf, a_l, x - 2, ty + 1, 3, 1)
            rect(surf, a_d, x - 2, ty + h - 2, 3, 1)
    else:
        s_l, s_m, s_d = look.accent
        rect(surf, s_m, x + 1, ty, w - 2, 1)
        px(surf, s_l, x + 1, ty)
        px(surf, s_d, x + w - 2, ty)
        if view == "down":
            rect(surf, s_m, x + w - 3, ty + 1, 1, 2)  # scarf end
            px(surf, s_d, x + w - 3, ty + 3)
            rect(surf, dark, x + 2, ty + 3, 1, h - 4)  # coat opening
        elif view == "side":
            rect(surf, s_d, x - 1, ty + 1, 1, 2)  # scarf end trailing behind
    outfit_torso(surf, look, view, x, ty, w, h)


def front_arm(surf: pygame.Surface, look: Look, x: int, ty: int, raise_: int, inner_dark: bool) -> None:
    """A hanging arm in the front/back view; ``raise_`` shortens it (swing)."""
    _, mid, dark = look.top
    length = (6 if look.name == "dal" else 5) - raise_
    rect(surf, mid, x, ty + 1, 2, length - 1)
    rect(surf, dark, x + (1 if inner_dark else 0), ty + 1, 1, length - 1)
    rect(surf, pal.SKIN_LIGHT, x, ty + length, 2, 1)
    px(surf, pal.SKIN_MID, x + (1 if inner_dark else 0), ty + length)


def side_arm(surf: pygame.Surface, look: Look, x: int, ty: int, dx: int, far: bool, drop: int = 0) -> None:
    """A swinging arm in the side view: shoulder at ``(x, ty)``, hand ``dx`` ahead."""
    _, mid, dark = look.top
    length = (6 if look.name == "dal" else 5) + drop
    for i in range(length - 1):
        t = i / max(1, length - 1)
        ax = x + round(dx * t * t)
        rect(surf, dark if far else mid, ax, ty + 1 + i, 2, 1)
        if not far:
            px(surf, dark, ax + 1, ty + 1 + i)
    px(surf, pal.SKIN_MID if far else pal.SKIN_LIGHT, x + dx, ty + length)
    px(surf, pal.SKIN_MID, x + dx + 1, ty + length)


def ponytail(surf: pygame.Surface, look: Look, hx: int, hy: int, sway: int, view: str) -> None:
    """Byeol's ponytail: behind the head in the side view, down the back in the back view."""
    _, mid, dark = look.hair
    if view == "side":
        rect(surf, mid, hx - 1, hy + 3, 2, 2)
        rect(surf, mid, hx - 2 + sway, hy + 5, 2, 2)
        rect(surf, dark, hx - 2 + sway, hy + 7, 1, 2)
        px(surf, look.accent[1], hx, hy + 3)
    elif view == "up":
        rect(surf, mid, hx + 4, hy + 9, 2, 2)
        rect(surf, dark, hx + 4 + sway, hy + 11, 2, 1)
    else:
        rect(surf, mid, hx, hy + 9, 1, 3)  # long hair over the shoulders
        rect(surf, mid, hx + 9, hy + 9, 1, 3)


def draw_front(look: Look, pose: Pose, view: str) -> pygame.Surface:
    """One frame facing down (``view='down'``) or up."""
    surf = surface(FW, FH)
    sink = pose.crouch
    ty = look.torso_y + pose.bob + sink
    th = look.torso_h - (min(sink, 3) if sink else 0)
    hy = look.head_y + pose.bob + sink + pose.bow
    hip = ty + th
    if sink:
        # Crouched: knees out to the sides, feet under them.
        mid, dark = look.legs
        rect(surf, mid, look.torso_x - 1, FH - 4, look.torso_w + 2, 2)
        rect(surf, dark, look.torso_x - 1, FH - 3, look.torso_w + 2, 1)
        rect(surf, look.shoes[0], look.torso_x - 1, FH - 2, 3, 2)
        rect(surf, look.shoes[0], look.torso_x + look.torso_w - 2, FH - 2, 3, 2)
    else:
        leg_column(surf, look, 5, hip, FH - 1 - pose.lift[0], 0, far=False)
        leg_column(surf, look, 9, hip, FH - 1 - pose.lift[1], 0, far=False)
    torso(surf, look, view, ty, th, 0)
    ax_l, ax_r = look.torso_x - 2, look.torso_x + look.torso_w
    if pose.shield:
        for ax in (ax_l + 1, ax_r - 1):
            rect(surf, look.top[1], ax, hy + 6, 2, ty - hy - 5)
            rect(surf, pal.SKIN_LIGHT, ax, hy + 5, 2, 1)
    elif sink and not pose.reach:
        rect(surf, look.top[1], ax_l, ty + 1, 2, th)
        rect(surf, look.top[1], ax_r, ty + 1, 2, th)
        rect(surf, look.top[2], ax_l + 2, FH - 5, look.torso_w - 0, 1)  # arms around the knees
        rect(surf, pal.SKIN_LIGHT, look.torso_x + look.torso_w // 2 - 1, FH - 5, 2, 1)
    else:
        front_arm(surf, look, ax_l, ty, pose.arm[0], inner_dark=True)
        if pose.reach:
            rect(surf, look.top[1], ax_r, ty + 2, FW - ax_r - 1, 2)
            rect(surf, look.top[2], ax_r, ty + 3, FW - ax_r - 1, 1)
            rect(surf, pal.SKIN_LIGHT, FW - 2, ty + 2, 2, 2)
        else:
            front_arm(surf, look, ax_r, ty, pose.arm[1], inner_dark=False)
    if look.name == "byeol" and view == "up":
        ponytail(surf, look, 3, hy, pose.sway, "up")
    head = look.heads[view]
    if pose.bow and view == "down":
        head = [*look.heads["up"][:5], *look.heads["down"][5:6], *look.heads["down"][7:]]
    stamp(surf, head, 3, hy, head_colors(look))
    outfit_head(surf, look, view, 3, hy)
    if look.name == "byeol" and view == "down" and not pose.bow:
        ponytail(surf, look, 3, hy, pose.sway, "down")
    return surf


def draw_side(look: Look, pose: Pose) -> pygame.Surface:
    """One frame facing right (left is its mirror)."""
    surf = surface(FW, FH)
    sink = pose.crouch
    ty = look.torso_y + pose.bob + sink
    th = look.torso_h - (min(sink, 3) if sink else 0)
    hy = look.head_y + pose.bob + sink + pose.bow
    hip = ty + th
    shoulder_x = 7 + pose.lean
    if not pose.reach:
        side_arm(surf, look, shoulder_x - 1, ty, pose.arm[1], far=True)
    if sink:
        mid, dark = look.legs
        rect(surf, mid, 5, FH - 5, 6, 3)
        rect(surf, dark, 5, FH - 3, 6, 1)
        rect(surf, look.shoes[0], 4, FH - 2, 4, 2)
        rect(surf, look.shoes[1], 9, FH - 2, 3, 2)
    else:
        side_shoe(surf, look, 6, hip, FH - 1 - pose.lift[1], -pose.stride, far=True)
        side_shoe(surf, look, 7, hip, FH - 1 - pose.lift[0], pose.stride, far=False)
    torso(surf, look, "side", ty, th, pose.lean)
    if sink:
        rect(surf, look.top[1], shoulder_x + 1, FH - 7, 3, 2)
        px(surf, pal.SKIN_LIGHT, shoulder_x + 4, FH - 7)
    elif pose.reach:
        side_arm(surf, look, shoulder_x, ty, -3, far=False, drop=0)
    else:
        side_arm(surf, look, shoulder_x, ty, pose.arm[0], far=False)
    hx = 3 + pose.lean
    if look.name == "byeol":
        ponytail(surf, look, hx, hy, pose.sway, "side")
    stamp(surf, look.heads["right"], hx, hy, head_colors(look))
    outfit_head(surf, look, "side", hx, hy)
    return surf


def draw(look: Look, facing: str, pose: Pose, washed: float = 0.0, edge: RGB = pal.INK) -> pygame.Surface:
    """A frame in any facing, optionally washed toward white (caught in the light), outlined last."""
    frame = draw_front(look, pose, facing) if facing in ("down", "up") else draw_side(look, pose)
    if facing == "left":
        frame = pygame.transform.flip(frame, True, False)
    if washed:
        frame = wash(frame, washed)
    return outline(frame, edge)


def walk_poses(
    look: Look, run: bool = False, reach: bool = False
) -> tuple[list[Pose], list[Pose], list[int]]:
    """Front-view poses, side-view poses and frame durations (ticks) for a walk or run cycle with a limp."""
    lift = 2 if run else 1
    big = 3 if run else 2
    arm = 2 if run else 1
    limp_bob = [0, 0]
    limp_bob[look.limp_leg] = 1  # the body dips when weight lands on the hurt leg
    front = [
        Pose(bob=0, lift=(0, lift), arm=(arm, 0), reach=reach),
        Pose(bob=1 + limp_bob[0], lift=(0, big), arm=(arm, 0), reach=reach, sway=1),
        Pose(bob=0, lift=(0, 0), reach=reach),
        Pose(bob=0, lift=(lift, 0), arm=(0, arm), reach=reach),
        Pose(bob=1 + limp_bob[1], lift=(big, 0), arm=(0, arm), reach=reach, sway=-1),
        Pose(bob=0, lift=(0, 0), reach=reach),
    ]
    s1, s2 = (3, 2) if run else (2, 1)
    lean = 1 if run else 0
    side = [
        Pose(bob=0, stride=s1, arm=(-s1, s1), lean=lean, reach=reach),
        Pose(bob=1 + limp_bob[0], stride=s2, lift=(0, lift), arm=(-s2, s2), lean=lean, reach=reach, sway=1),
        Pose(bob=0, stride=0, lift=(0, 1), lean=lean, reach=reach),
        Pose(bob=0, stride=-s1, arm=(s1, -s1), lean=lean, reach=reach),
        Pose(bob=1 + limp_bob[1], stride=-s2, lift=(lift, 0), arm=(s2, -s2), lean=lean, reach=reach, sway=-1),
        Pose(bob=0, stride=0, lift=(1, 0), lean=lean, reach=reach),
    ]
    base = 5 if run else 8
    hurt = base - 2  # less time on the hurt leg: the unevenness a limp is read by
    good = base + 2
    durations = [
        base,
        good if look.limp_leg == 1 else hurt,
        base,
        base,
        hurt if look.limp_leg == 1 else good,
        base,
    ]
    return front, side, durations


def animations(look: Look) -> dict[str, tuple[dict[str, list[pygame.Surface]], list[int]]]:
    """Every animation: name -> (facing -> frames, durations in ticks)."""
    anims: dict[str, tuple[dict[str, list[pygame.Surface]], list[int]]] = {}

    def per_facing(front: list[Pose], side: list[Pose]) -> dict[str, list[pygame.Surface]]:
        return {f: [draw(look, f, p) for p in (side if f in ("left", "right") else front)] for f in FACINGS}

    idle = [Pose(), Pose(), Pose(bob=1), Pose(bob=1, sway=1)]
    anims["idle"] = (per_facing(idle, idle), [20, 16, 20, 16])
    for name, run, reach in (("walk", False, False), ("run", True, False), ("hands", False, True)):
        front, side, durations = walk_poses(look, run=run, reach=reach)
        anims[name] = (per_facing(front, side), durations)
    hands_idle = [Pose(reach=True), Pose(reach=True, bob=1)]
    anims["hands_idle"] = (per_facing(hands_idle, hands_idle), [24, 24])
    hide = [Pose(crouch=7), Pose(crouch=7, bob=1)]
    anims["hide"] = (per_facing(hide, hide), [30, 30])
    caught_poses = [Pose(shield=True), Pose(crouch=5, bow=1), Pose(crouch=7, bow=2), Pose(crouch=7, bow=2)]
    washes = [0.15, 0.3, 0.5, 0.7]
    edges = [pal.INK, pal.NIGHT, pal.DARK_SLATE, pal.SLATE]
    caught = {
        f: [
            draw(look, f, pose, amount, edge)
            for pose, amount, edge in zip(caught_poses, washes, edges, strict=True)
        ]
        for f in FACINGS
    }
    anims["caught"] = (caught, [10, 12, 14, 30])
    return anims


def build_sheet(name: str, outfit: str = "") -> tuple[pygame.Surface, dict[str, object]]:
    """The sheet for one character (in one of their outfits) and its atlas entry: one row per (animation,
    facing)."""
    look = OUTFITS[name][outfit] if outfit else LOOKS[name]
    anims = animations(look)
    rows = [(a, f) for a in anims for f in FACINGS]
    cols = max(len(anims[a][0][f]) for a, f in rows)
    sheet = surface(cols * FW, len(rows) * FH)
    entry: dict[str, object] = {
        "image": f"{name}_{outfit}.png" if outfit else f"{name}.png",
        "name_color": list(look.name_color),
        "anims": {},
    }
    anim_index: dict[str, object] = {}
    for r, (a, f) in enumerate(rows):
        for c, frame in enumerate(anims[a][0][f]):
            sheet.blit(frame, (c * FW, r * FH))
        info = anim_index.setdefault(a, {"durations": anims[a][1], "rows": {}})
        assert isinstance(info, dict)
        info["rows"][f] = r
    entry["anims"] = anim_index
    return sheet, entry


def build_atlas() -> tuple[dict[str, pygame.Surface], dict[str, object]]:
    """Every sheet and the whole atlas."""
    sheets: dict[str, pygame.Surface] = {}
    chars: dict[str, object] = {}
    outfits: dict[str, dict[str, str]] = {}
    for name in LOOKS:
        sheet, entry = build_sheet(name)
        sheets[name] = sheet
        chars[name] = entry
        for outfit in OUTFITS[name]:
            sheet, entry = build_sheet(name, outfit)
            sheets[f"{name}_{outfit}"] = sheet
            outfits.setdefault(name, {})[outfit] = str(entry["image"])
    portraits, portrait_entry = build_portraits()
    sheets["portraits"] = portraits
    atlas = {
        "frame": [FW, FH],
        "anchor": [FW // 2, FH - 1],
        "facings": list(FACINGS),
        "characters": chars,
        "outfits": outfits,
        "portraits": portrait_entry,
    }
    return sheets, atlas


def main() -> None:
    """Write every sheet and ``assets/sprites/atlas.json``."""
    sheets, atlas = build_atlas()
    for name, sheet in sheets.items():
        save_png(sheet, ASSETS / "sprites" / f"{name}.png")
    save_json(atlas, ASSETS / "sprites" / "atlas.json")
    print(f"wrote {len(sheets)} sheets to {ASSETS / 'sprites'}")


if __name__ == "__main__":
    main()
