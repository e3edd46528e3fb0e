"""Hearth's icon set (resources/icons/*.svg), drawn in the palette's text colour so icons
follow light and dark themes, and rendered as vectors so they stay sharp at any scale."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICON_DIR = Path(__file__).resolve().parents[2] / "resources" / "icons"
STROKE = "#1f2933"  # the colour the SVG files are drawn in


class _SvgEngine(QIconEngine):
    """Renders the SVG at whatever size and device-pixel ratio is asked for."""

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self._renderer = QSvgRenderer(QByteArray(svg))

    def paint(self, painter: QPainter, rect, mode, state) -> None:  # noqa: ANN001
        self._renderer.render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode, state) -> QPixmap:  # noqa: ANN001
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, pixmap.rect(), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        engine = _SvgEngine(b"")
        engine._renderer = self._renderer
        return engine


def names() -> list[str]:
    return sorted(p.stem for p in ICON_DIR.glob("*.svg"))


@lru_cache(maxsize=None)
def _icon(name: str, colour: str) -> QIcon:
    path = ICON_DIR / f"{name}.svg"
    if not path.exists():
        raise KeyError(f"no icon named {name!r}")
    svg = path.read_bytes().replace(STROKE.encode(), colour.encode())
    return QIcon(_SvgEngine(svg))


def icon(name: str) -> QIcon:
    """The named icon in the current palette's text colour."""
    colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
    return _icon(name, colour)
