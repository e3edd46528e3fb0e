"""The icon set: every SVG renders, at several sizes, in the palette's colour."""

from __future__ import annotations

from PySide6.QtCore import QSize

from app.views.icons import ICON_DIR, icon, names


def test_every_icon_renders_sharp_at_every_size(qapp) -> None:
    assert len(names()) >= 12
    for name in names():
        assert b"<svg" in (ICON_DIR / f"{name}.svg").read_bytes()
        for size in (16, 24, 48):
            image = icon(name).pixmap(QSize(size, size)).toImage()
            assert image.width() == size
            painted = sum(1 for x in range(size) for y in range(size)
                          if image.pixelColor(x, y).alpha() > 0)
            assert painted > size, f"{name} at {size}px drew nothing"
