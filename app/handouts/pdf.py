"""Printed handouts as PDF (reportlab): the medicine schedule (pill card), topic handouts and
summaries, in English or Spanish, in normal or large print.

Health-literacy rules (AHRQ pill card and Health Literacy Universal Precautions Toolkit, USP
<17>, CDC Clear Communication Index): plain words from the content files, one idea per line,
the four times of day with words *and* pictograms, numerals, large type (body 12 pt; 18 pt in
large print), the purpose of each medicine, teach-back questions, sources on topic handouts.

Every page has the patient's name (or a blank line to write it on) and the date in its header,
and "Page X of Y" and the content version in its footer. The DejaVu fonts of
``resources/fonts`` are embedded (as subsets), so a handout prints the same anywhere, offline.
Output is deterministic (reportlab's ``invariant``): the same input gives the same bytes.

No Qt here.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import (Circle, Drawing, Ellipse, Group, Line, Polygon, PolyLine,
                                       Rect, Wedge)
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

from .content import (LANGS, ContentError, Topic, TopicSection, content_version, phrase, time_hint,
                      time_word)
from .model import TIMES, Patient, PrnRow, Schedule, ScheduleRow, Summary

__all__ = ["FONT", "FONT_BOLD", "ICON_NAMES", "register_fonts", "format_date", "icon_drawing",
           "render_schedule", "render_topic", "render_summary"]

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

_font_lock = threading.Lock()


def register_fonts() -> None:
    """Register the bundled DejaVu fonts with reportlab (once; never system fonts)."""
    with _font_lock:
        registered = pdfmetrics.getRegisteredFontNames()
        if FONT in registered and FONT_BOLD in registered:
            return
        pdfmetrics.registerFont(TTFont(FONT, str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                      boldItalic=FONT_BOLD)


# --- words -----------------------------------------------------------------------------------

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
}


def format_date(day: dt.date, lang: str) -> str:
    """``29 November 2026`` / ``29 de noviembre de 2026``: the month in words, so 11/29 and
    29/11 cannot be confused."""
    month = _MONTHS[_check_lang(lang)][day.month - 1]
    if lang == "en":
        return f"{day.day} {month} {day.year}"
    return f"{day.day} de {month} de {day.year}"


#: words the printed pages need that ``phrases.json`` does not have (yet); a key added there wins
def _check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ContentError(f"language {lang!r} is not available; choose one of {', '.join(LANGS)}")
    return lang


def _t(key: str, lang: str, **values: Any) -> str:
    return phrase(key, _check_lang(lang), **values)


_UNIT = re.compile(r"(\d)\s+(mg|mcg|mL|g|mEq|kg)\b")


def _x(text: str) -> str:
    """Data text made safe for a reportlab Paragraph (which reads a little XML), each number
    kept on the same line as its unit ("40 mg")."""
    return escape(_UNIT.sub("\\1\u00a0\\2", text))


# --- sizes and styles ------------------------------------------------------------------------

@dataclass(frozen=True)
class _Size:
    body: float  # item and cell text, and the page header
    title: float
    heading: float
    name: float  # a medicine's name in large-print blocks
    footer: float
    sources: float
    icon: float  # topic section pictogram
    time_icon: float  # sun and moon pictograms
    pad: float  # table cell padding


NORMAL = _Size(body=12, title=24, heading=16, name=14, footer=11, sources=9, icon=34, time_icon=26,
               pad=4)
LARGE = _Size(body=18, title=30, heading=22, name=21, footer=14, sources=12, icon=44, time_icon=40,
              pad=6)

MARGIN = 0.6 * inch  # printer-safe: >= 0.5 in on every side

INK = colors.HexColor("#1f2933")
GREY_LINE = colors.HexColor("#8a939c")
SHADE = colors.HexColor("#d9dde1")  # a time of day with nothing to take
TINT = colors.HexColor("#eef1f4")  # table heads, name cells
TIME_TINT = {"morning": colors.HexColor("#fff4d6"), "noon": colors.HexColor("#fff9c4"),
             "evening": colors.HexColor("#fde3cf"), "bedtime": colors.HexColor("#e1e6f5")}
ZONE_TINT = {"zone_green": colors.HexColor("#dcf1e2"), "zone_yellow": colors.HexColor("#fff3c4"),
             "zone_red": colors.HexColor("#fbdada")}
UNCLEAR_TINT = colors.HexColor("#fff8e1")


class _Styles:
    def __init__(self, sz: _Size) -> None:
        register_fonts()  # a Paragraph looks its font up as soon as it is made
        self.sz = sz

        def st(name: str, size: float, bold: bool = False, **kw: Any) -> ParagraphStyle:
            kw.setdefault("textColor", INK)
            kw.setdefault("bulletFontName", FONT)  # reportlab's default is Helvetica 10 pt
            kw.setdefault("bulletFontSize", size)
            kw.setdefault("leading", round(size * 1.28, 1))
            return ParagraphStyle(name, fontName=FONT_BOLD if bold else FONT, fontSize=size, **kw)

        body = sz.body
        self.body = st("body", body)
        self.bold = st("bold", body, True)
        self.center_bold = st("center_bold", body, True, alignment=TA_CENTER)
        self.hint = st("hint", body, alignment=TA_CENTER, leading=round(body * 1.12, 1))
        self.right_bold = st("right_bold", body, True, alignment=TA_RIGHT)
        self.bullet = st("bullet", body, leftIndent=body * 1.2, bulletIndent=body * 0.2,
                         bulletFontName=FONT_BOLD)
        self.urgent = st("urgent", body, True, leftIndent=body * 1.2, bulletIndent=body * 0.2)
        self.intro = st("intro", body * 1.1, leading=body * 1.45, spaceAfter=body * 0.3)
        self.title = st("title", sz.title, True, spaceAfter=body * 0.3)
        self.heading = st("heading", sz.heading, True)
        self.section = st("section", sz.heading, True, spaceBefore=body * 1.1,
                          spaceAfter=body * 0.35)
        self.white_heading = st("white_heading", sz.heading, True, textColor=colors.white)
        self.name = st("name", sz.name, True)
        self.sources_heading = st("sources_heading", sz.sources + 2, True, spaceBefore=body)
        self.sources = st("sources", sz.sources, leftIndent=sz.sources * 1.8, bulletIndent=0,
                          spaceAfter=sz.sources * 0.3)


# --- pictograms ------------------------------------------------------------------------------
# Drawn with reportlab graphics in a 100 x 100 box, scaled to the size asked for. Shapes, not
# only colours, tell them apart: they must work on a black-and-white printer.

_W = colors.white
_SUN = colors.HexColor("#f6b40e")
_SUN_LOW = colors.HexColor("#ec7d1c")
_NAVY = colors.HexColor("#273a6b")
_RED = colors.HexColor("#c8202f")
_GREEN = colors.HexColor("#23884a")
_YELLOW = colors.HexColor("#f5c518")
_BLUE = colors.HexColor("#2f6db5")
_LIGHT_BLUE = colors.HexColor("#a9cdef")
_SKIN = colors.HexColor("#e9b991")
_PINK = colors.HexColor("#f2a9b8")
_GREY = colors.HexColor("#b9c0c7")
_BROWN = colors.HexColor("#a0522d")
_KIDNEY = colors.HexColor("#b5524a")
_PALE_GREEN = colors.HexColor("#d8ecc0")

Point = tuple[float, float]


def _pts(points: Iterable[Point]) -> list[float]:
    return [c for p in points for c in p]


def _on_circle(cx: float, cy: float, r: float, angle: float) -> Point:
    return cx + r * math.cos(math.radians(angle)), cy + r * math.sin(math.radians(angle))


def _arc(cx: float, cy: float, r: float, a0: float, a1: float, n: int = 24) -> list[Point]:
    """Points on a circle from angle a0 to a1 (degrees; counter-clockwise when a1 > a0)."""
    return [_on_circle(cx, cy, r, a0 + (a1 - a0) * i / n) for i in range(n + 1)]


def _stroke(points: Sequence[Point], width: float = 6, color: Any = INK) -> PolyLine:
    return PolyLine(_pts(points), strokeColor=color, strokeWidth=width, strokeLineCap=1,
                    strokeLineJoin=1)


def _line(x1: float, y1: float, x2: float, y2: float, width: float = 6, color: Any = INK) -> Line:
    return Line(x1, y1, x2, y2, strokeColor=color, strokeWidth=width, strokeLineCap=1)


def _poly(points: Sequence[Point], fill: Any, stroke: Any = INK, width: float = 4) -> Polygon:
    return Polygon(_pts(points), fillColor=fill, strokeColor=stroke, strokeWidth=width,
                   strokeLineJoin=1)


def _circle(cx: float, cy: float, r: float, fill: Any, stroke: Any = INK, width: float = 4
            ) -> Circle:
    return Circle(cx, cy, r, fillColor=fill, strokeColor=stroke,
                  strokeWidth=width if stroke else 0)


def _ellipse(cx: float, cy: float, rx: float, ry: float, fill: Any, stroke: Any = INK) -> Ellipse:
    return Ellipse(cx, cy, rx, ry, fillColor=fill, strokeColor=stroke,
                   strokeWidth=4 if stroke else 0)


def _rect(x: float, y: float, w: float, h: float, fill: Any, stroke: Any = INK, width: float = 4,
          r: float = 0) -> Rect:
    return Rect(x, y, w, h, rx=r, ry=r, fillColor=fill, strokeColor=stroke,
                strokeWidth=width if stroke else 0)


def _wedge(cx: float, cy: float, r: float, a0: float, a1: float, fill: Any, width: float = 4
           ) -> Wedge:
    return Wedge(cx, cy, r, a0, a1, fillColor=fill, strokeColor=INK if width else None,
                 strokeWidth=width)


def _exclaim(cx: float, top: float, bottom: float, color: Any = INK, width: float = 9
             ) -> list[Any]:
    return [_line(cx, top, cx, bottom + width * 1.6, width, color),
            _circle(cx, bottom, width * 0.6, color, None)]


def _rays(cx: float, cy: float, r0: float, r1: float, angles: Iterable[float]) -> list[Any]:
    return [_line(*_on_circle(cx, cy, r0, a), *_on_circle(cx, cy, r1, a), 5) for a in angles]


def _arrow(x: float, y0: float, y1: float) -> list[Any]:
    head = 9 if y1 > y0 else -9
    return [_line(x, y0, x, y1, 5), _stroke([(x - 8, y1 - head), (x, y1), (x + 8, y1 - head)], 5)]


def _person(x: float, y: float, pose: str) -> list[Any]:
    """A stick figure; (x, y) is the hip."""
    w = 8
    if pose == "walk":
        return [_circle(x + 6, y + 44, 9, INK, None), _line(x, y, x + 5, y + 32, w),
                _line(x + 4, y + 27, x - 12, y + 12, w), _line(x + 4, y + 27, x + 20, y + 14, w),
                _line(x, y, x - 16, y - 34, w), _line(x, y, x + 18, y - 32, w)]
    if pose == "fall":
        return [_circle(x + 30, y + 30, 9, INK, None), _line(x, y, x + 22, y + 22, w),
                _line(x + 18, y + 18, x + 36, y + 2, w), _line(x + 18, y + 18, x + 8, y + 40, w),
                _line(x, y, x - 24, y - 8, w), _line(x, y, x - 10, y - 22, w)]
    return [_circle(x, y + 46, 9, INK, None), _line(x, y, x, y + 34, w),
            _line(x, y + 28, x - 14, y + 10, w), _line(x, y + 28, x + 14, y + 10, w),
            _line(x, y, x - 10, y - 36, w), _line(x, y, x + 10, y - 36, w)]


def _heart(cx: float, cy: float, s: float) -> Polygon:
    points = []
    for i in range(48):
        t = 2 * math.pi * i / 48
        x = 16 * math.sin(t) ** 3
        y = 13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t)
        points.append((cx + x * s, cy + y * s))
    return _poly(points, _RED)


def _kidney() -> Polygon:
    points = []
    for i in range(60):
        t = -math.pi + 2 * math.pi * i / 60
        x = 26 * math.cos(t) - 22 * math.exp(-(t * t) / 0.35)  # an ellipse with a dent
        points.append((46 + x, 52 + 40 * math.sin(t)))
    return _poly(points, _KIDNEY)


def _capsule(cx: float, cy: float, angle: float, length: float = 56, width: float = 26) -> Group:
    r = width / 2
    half = length / 2 - r
    g = Group(_wedge(-half, 0, r, 90, 270, _BLUE, 0), _rect(-half, -r, half, width, _BLUE, None),
              _rect(0, -r, half, width, _W, None), _wedge(half, 0, r, 270, 450, _W, 0),
              _rect(-length / 2, -r, length, width, None, INK, 4, r), _line(0, -r, 0, r, 3))
    g.translate(cx, cy)
    g.rotate(angle)
    return g


def _crescent(cx: float, cy: float, r: float) -> Polygon:
    """A crescent moon: the circle at (cx, cy) less a second one up and to the right."""
    ox, oy, rr = cx + r * 0.5, cy + r * 0.35, r * 0.88
    d = math.hypot(ox - cx, oy - cy)
    base = math.degrees(math.atan2(oy - cy, ox - cx))
    half = math.degrees(math.acos((r * r - rr * rr + d * d) / (2 * d * r)))
    outer = _arc(cx, cy, r, base + half, base + 360 - half, 36)  # the long way, away from the bite
    (x1, y1), (x2, y2) = outer[0], outer[-1]
    q1 = math.degrees(math.atan2(y1 - oy, x1 - ox))
    q2 = math.degrees(math.atan2(y2 - oy, x2 - ox))
    # back along the bite: of the two ways round the second circle, the one inside the first
    ways = [_arc(ox, oy, rr, q2, q1 if q1 > q2 else q1 + 360),
            _arc(ox, oy, rr, q2, q1 if q1 < q2 else q1 - 360)]
    inner = min(ways, key=lambda pts: math.hypot(pts[12][0] - cx, pts[12][1] - cy))
    return _poly(outer + inner, _NAVY, INK, 3)


def _star(cx: float, cy: float, r: float) -> Polygon:
    points = [_on_circle(cx, cy, r if i % 2 == 0 else r * 0.42, 90 + 36 * i) for i in range(10)]
    return _poly(points, _NAVY, None, 0)


def _sun_times(name: str) -> list[Any] | None:
    if name == "morning":  # the sun coming up over the horizon, an arrow up
        return [_wedge(42, 26, 30, 0, 180, _SUN), *_rays(42, 26, 37, 50, (20, 55, 90, 125, 160)),
                _line(2, 26, 98, 26, 5), *_arrow(88, 40, 86)]
    if name == "noon":  # the sun high in the sky
        return [_circle(50, 56, 23, _SUN), *_rays(50, 56, 31, 43, range(0, 360, 45)),
                _line(6, 6, 94, 6, 5)]
    if name == "evening":  # the sun going down, an arrow down
        return [_wedge(42, 30, 30, 0, 180, _SUN_LOW), _line(2, 30, 98, 30, 5),
                _line(16, 18, 68, 18, 4), _line(28, 7, 56, 7, 4), *_arrow(88, 86, 40)]
    if name == "bedtime":  # the moon and stars
        return [_crescent(42, 48, 34), _star(78, 80, 11), _star(82, 38, 8)]
    return None


def _signs(name: str) -> list[Any] | None:
    """Warnings, zones and the pill card's stop and hold marks."""
    if name == "alert":
        return [_poly([(50, 94), (6, 10), (94, 10)], _YELLOW, INK, 6), *_exclaim(50, 66, 26)]
    if name == "question":
        return [_circle(50, 50, 44, _BLUE, None),
                _stroke(_arc(50, 64, 14, 160, -80, 16) + [(50, 40)], 9, _W),
                _circle(50, 24, 6, _W, None)]
    if name == "zone_green":  # a circle with a check mark
        return [_circle(50, 50, 44, _GREEN, INK, 3),
                _stroke([(28, 52), (44, 34), (74, 68)], 11, _W)]
    if name == "zone_yellow":  # a diamond with "!"
        return [_poly([(50, 96), (96, 50), (50, 4), (4, 50)], _YELLOW), *_exclaim(50, 72, 28)]
    if name == "zone_red":  # a stop sign with "!"
        octagon = [_on_circle(50, 50, 46, 22.5 + 45 * i) for i in range(8)]
        return [_poly(octagon, _RED, INK, 3), *_exclaim(50, 76, 24, _W)]
    if name == "stop":  # a medicine to stop: a circle with an X
        return [_circle(50, 50, 42, _RED, INK, 3), _line(30, 30, 70, 70, 12, _W),
                _line(30, 70, 70, 30, 12, _W)]
    if name == "pause":  # a medicine on hold: a circle with two bars
        return [_circle(50, 50, 42, _W, INK, 7), _rect(33, 28, 11, 44, INK, None),
                _rect(56, 28, 11, 44, INK, None)]
    return None


def _things(name: str) -> list[Any] | None:  # noqa: C901 - one short drawing per name
    """Medicines, devices and everyday things."""
    if name == "pill":
        return [_capsule(48, 58, 35), _circle(30, 24, 14, _W), _line(20, 24, 40, 24, 3)]
    if name == "pill_warning":
        return [_capsule(38, 64, 35), _poly([(72, 52), (46, 6), (98, 6)], _YELLOW),
                *_exclaim(72, 40, 14, INK, 6)]
    if name == "inhaler":
        return [_rect(38, 48, 26, 46, _BLUE, r=5), _rect(30, 10, 40, 44, _W, r=6),
                _rect(6, 12, 28, 20, _W, r=3), _circle(4, 48, 3, INK, None),
                _circle(12, 44, 3, INK, None), _circle(4, 38, 3, INK, None)]
    if name == "naloxone":  # a nose spray
        return [_rect(34, 8, 32, 42, _W, r=5), _rect(26, 50, 48, 9, _BLUE, r=3),
                _poly([(42, 59), (58, 59), (55, 88), (45, 88)], _W),
                _rect(34, 20, 32, 10, _RED, None),
                *[_circle(x, 96, 2.5, INK, None) for x in (40, 50, 60)]]
    if name == "oxygen":  # a green tank with its tube
        return [_stroke([(56, 84), (78, 84), (86, 70), (86, 10)], 4),
                _rect(20, 6, 40, 68, _GREEN, r=12), _rect(33, 74, 14, 14, INK, None),
                _circle(40, 90, 7, _W, INK, 3)]
    if name == "meter":  # a blood sugar meter with its strip, and a drop of blood
        return [_rect(22, 6, 48, 76, _GREY, r=8), _rect(29, 44, 34, 30, _W, INK, 3),
                _line(35, 59, 57, 59, 5), _rect(40, 82, 12, 14, _W, INK, 3),
                _circle(36, 24, 6, INK, None), _circle(56, 24, 6, INK, None),
                _poly([(82, 58)] + _arc(82, 40, 10, 60, -240, 16), _RED, INK, 3)]
    if name == "bp_cuff":
        return [_rect(8, 54, 54, 32, _LIGHT_BLUE, r=6), _line(14, 70, 56, 70, 3),
                _stroke([(62, 66), (76, 64), (78, 48)], 4), _circle(72, 28, 20, _W),
                _line(72, 28, 82, 40, 4), _circle(72, 28, 3, INK, None),
                *_rays(72, 28, 14, 18, (150, 110, 70, 30))]
    if name == "scale":
        return [_rect(8, 8, 84, 78, _GREY, r=10), _rect(28, 56, 44, 22, _W, INK, 3),
                _line(50, 60, 58, 74, 3), _ellipse(32, 30, 12, 18, INK, None),
                _ellipse(68, 30, 12, 18, INK, None)]
    if name == "bag":
        return [_stroke(_arc(50, 66, 17, 180, 0), 6), _rect(16, 8, 68, 60, _GREY, r=6),
                _rect(45, 22, 10, 32, _W, None), _rect(34, 33, 32, 10, _W, None)]
    if name == "phone":
        return [_rect(26, 6, 40, 88, INK, None, r=7), _rect(31, 20, 30, 62, _W, None),
                _circle(46, 13, 3.5, _W, None), _stroke(_arc(66, 66, 14, -40, 40, 8), 4),
                _stroke(_arc(66, 66, 24, -40, 40, 8), 4)]
    if name == "ambulance":
        return [_rect(6, 24, 60, 48, _W, r=4),
                _poly([(66, 24), (66, 60), (80, 60), (95, 40), (95, 24)], _W),
                _poly([(71, 54), (79, 54), (89, 42), (71, 42)], _LIGHT_BLUE, INK, 3),
                _rect(30, 36, 12, 26, _RED, None), _rect(23, 43, 26, 12, _RED, None),
                _rect(28, 72, 14, 7, _RED, INK, 3), _circle(24, 22, 9, INK, None),
                _circle(78, 22, 9, INK, None), _circle(24, 22, 3.5, _W, None),
                _circle(78, 22, 3.5, _W, None)]
    if name == "calendar":
        cells = [_rect(22 + 20 * c, 16 + 16 * r, 14, 10, _RED if (r, c) == (1, 1) else _GREY, None)
                 for r in range(3) for c in range(3)]
        return [_rect(10, 8, 80, 76, _W), _rect(10, 66, 80, 18, INK, INK), *cells,
                _rect(26, 76, 7, 16, _GREY, INK, 3), _rect(67, 76, 7, 16, _GREY, INK, 3)]
    if name == "clock":
        ticks = [_line(*_on_circle(50, 50, 32, a), *_on_circle(50, 50, 38, a), 4)
                 for a in range(0, 360, 30)]
        return [_circle(50, 50, 44, _W, INK, 6), *ticks, _line(50, 50, 50, 80, 6),
                _line(50, 50, 70, 50, 6), _circle(50, 50, 5, INK, None)]
    if name == "list":
        rows: list[Any] = []
        for i, y in enumerate((60, 40, 20)):
            rows += [_rect(26, y - 6, 12, 12, _W, INK, 3), _line(46, y, 74, y, 4)]
            if i < 2:
                rows.append(_stroke([(27, y), (31, y - 4), (39, y + 6)], 3))
        return [_rect(16, 4, 68, 82, _W), _rect(36, 80, 28, 12, INK, None, r=3), *rows]
    if name == "lock":
        return [_stroke([(32, 54), *_arc(50, 70, 18, 180, 0), (68, 54)], 8),
                _rect(18, 8, 64, 48, _SUN, r=6), _circle(50, 36, 7, INK, None),
                _rect(47, 18, 6, 16, INK, None)]
    if name == "house":
        return [_poly([(6, 52), (50, 92), (94, 52)], _RED), _rect(18, 8, 64, 48, _W),
                _rect(42, 8, 16, 30, INK, None), _rect(24, 32, 12, 12, _LIGHT_BLUE, INK, 3),
                _rect(64, 32, 12, 12, _LIGHT_BLUE, INK, 3)]
    return None


def _body_and_food(name: str) -> list[Any] | None:  # noqa: C901 - one short drawing per name
    """The body, people, food and drink."""
    if name == "heart":
        return [_heart(50, 52, 2.7)]
    if name == "lungs":
        return [_line(50, 92, 50, 58, 7), _stroke([(50, 62), (38, 52)], 5),
                _stroke([(50, 62), (62, 52)], 5), _ellipse(28, 42, 20, 34, _PINK),
                _ellipse(72, 42, 20, 34, _PINK)]
    if name == "kidney":
        return [_stroke([(50, 50), (66, 40), (72, 6)], 5), _kidney()]
    if name == "brain":
        return [_rect(44, 8, 12, 18, _PINK), _poly(_arc(50, 52, 40, 0, 360, 40), _PINK),
                _line(50, 16, 50, 88, 3), _stroke(_arc(30, 60, 10, 200, 20, 10), 3),
                _stroke(_arc(70, 60, 10, 160, -20, 10), 3),
                _stroke(_arc(30, 34, 9, 160, -20, 10), 3), _stroke(_arc(70, 34, 9, 20, 200, 10), 3)]
    if name == "eye":
        almond = _arc(50, 10, 56, 135, 45, 20) + _arc(50, 90, 56, 315, 225, 20)
        return [_poly(almond, _W, INK, 5), _circle(50, 50, 17, _BLUE, INK, 3),
                _circle(50, 50, 7, INK, None), _circle(55, 55, 3, _W, None)]
    if name == "foot":
        toes = [_circle(34 + 9 * i, 86 - 3 * abs(i - 0.6) ** 1.6, 7 - 0.9 * i, _SKIN, INK, 3)
                for i in range(5)]
        return [_ellipse(50, 42, 22, 36, _SKIN), *toes]
    if name == "sick":  # a pale face, a frown, a thermometer
        return [_circle(46, 50, 40, _PALE_GREEN), _line(28, 60, 38, 60, 5),
                _line(54, 60, 64, 60, 5),
                _stroke(_arc(46, 22, 16, 50, 130, 8), 5), _line(50, 36, 90, 18, 5),
                _circle(90, 18, 6, _RED, INK, 2)]
    if name == "walk":
        return [*_person(50, 46, "walk"), _line(10, 8, 90, 8, 4)]
    if name == "fall":
        return [*_person(40, 40, "fall"), _line(4, 10, 96, 10, 5),
                _stroke(_arc(70, 60, 20, 60, 10, 6), 3), _stroke(_arc(70, 60, 28, 60, 10, 6), 3)]
    if name == "stand":  # stand up slowly from a chair
        return [_line(8, 50, 8, 90, 5), _line(8, 50, 34, 50, 5), _line(10, 50, 10, 10, 5),
                _line(32, 50, 32, 10, 5), *_person(64, 46, "stand"), *_arrow(88, 50, 86)]
    if name == "food":  # a plate: half vegetables, a quarter protein, a quarter starch
        return [_circle(50, 50, 36, _W), _wedge(50, 50, 27, 90, 270, _GREEN, 2),
                _wedge(50, 50, 27, 270, 360, _BROWN, 2), _wedge(50, 50, 27, 0, 90, _SUN, 2),
                _line(6, 14, 6, 86, 4), _line(94, 14, 94, 86, 4),
                _stroke([(2, 86), (2, 66), (10, 66), (10, 86)], 3)]
    if name == "salt":
        return [_poly([(20, 4), (80, 4), (70, 62), (30, 62)], _W),
                _rect(28, 62, 44, 24, _GREY, r=6),
                *[_circle(40 + 10 * i, 76, 3, INK, None) for i in range(3)],
                *[_circle(x, y, 2.5, INK, None) for x, y in ((24, 94), (76, 94), (50, 97))],
                _line(34, 30, 66, 30, 4)]
    if name == "sugar":  # sugar cubes
        return [_rect(12, 8, 36, 36, _W, r=4), _rect(52, 8, 36, 36, _W, r=4),
                _rect(32, 46, 36, 36, _W, r=4)]
    if name == "water":  # a glass of water
        glass = [(28, 92), (72, 92), (66, 6), (34, 6)]
        water = [(31, 58), (69, 58), (66, 6), (34, 6)]
        return [_poly(glass, _W, None), _poly(water, _LIGHT_BLUE, None), _poly(glass, None, INK, 5)]
    return None


#: the names with their own drawing; any other name gets a plain bullet
ICON_NAMES = frozenset({
    "morning", "noon", "evening", "bedtime",
    "alert", "question", "zone_green", "zone_yellow", "zone_red", "stop", "pause",
    "pill", "pill_warning", "inhaler", "naloxone", "oxygen", "meter", "bp_cuff", "scale", "bag",
    "phone", "ambulance", "calendar", "clock", "list", "lock", "house",
    "heart", "lungs", "kidney", "brain", "eye", "foot", "sick", "walk", "fall", "stand", "food",
    "salt", "sugar", "water"})


def icon_drawing(name: str | None, size: float) -> Drawing:
    """The pictogram called ``name`` as a ``size`` x ``size`` point drawing (a flowable)."""
    key = name or ""
    shapes = _sun_times(key) or _signs(key) or _things(key) or _body_and_food(key)
    group = Group(*(shapes or [_circle(50, 50, 18, INK, None)]))
    group.scale(size / 100, size / 100)
    d = Drawing(size, size, initialFontName=FONT)  # else reportlab puts Helvetica in the PDF
    d.add(group)
    return d


# --- page template ---------------------------------------------------------------------------

@dataclass
class _Page:
    lang: str
    sz: _Size
    name: str | None
    date_text: str
    version: str
    pages: int = 0


class _Canvas(rl_canvas.Canvas):
    """Holds every page until the end, so each footer can say "Page X of Y"."""

    def __init__(self, *args: Any, page: _Page, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []
        self._page_info = page

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        info = self._page_info
        info.pages = len(self._held)
        for state in self._held:
            self.__dict__.update(state)
            _decorate(self, info)
            super().showPage()
        super().save()


_BLANK_NAME = 2.6 * inch  # the line to write a name on


def _header_layout(p: _Page, page_width: float) -> str:
    """``"labels"``: "Name: ...  Date: ..." on one line; ``"bare"``: the name and the date
    without their labels, when only that fits on one line; ``"two"``: on two lines."""
    size, room = p.sz.body, page_width - 2 * MARGIN - 2 * p.sz.body
    name = pdfmetrics.stringWidth(p.name, FONT_BOLD, size) if p.name else _BLANK_NAME
    date = pdfmetrics.stringWidth(p.date_text, FONT_BOLD, size)
    labels = pdfmetrics.stringWidth(f"{phrase('patient_name', p.lang)}: "
                                    f"{_t('date_label', p.lang)}: ", FONT, size)
    if name + date + labels <= room:
        return "labels"
    return "bare" if p.name and name + date <= room else "two"


def _decorate(c: rl_canvas.Canvas, p: _Page) -> None:
    w, h = c._pagesize
    size = p.sz.body
    c.saveState()
    c.setFillColor(INK)
    c.setStrokeColor(INK)
    # header: the patient's name (or a line to write it on) and the date
    layout = _header_layout(p, w)
    base = h - MARGIN - size
    x = MARGIN
    if layout != "bare":
        label = f"{phrase('patient_name', p.lang)}: "
        c.setFont(FONT, size)
        c.drawString(x, base, label)
        x += pdfmetrics.stringWidth(label, FONT, size)
    if p.name:
        c.setFont(FONT_BOLD, size)
        c.drawString(x, base, p.name)
    else:
        c.setLineWidth(0.8)
        c.line(x, base - 2, x + _BLANK_NAME, base - 2)
    label = f"{_t('date_label', p.lang)}: " if layout != "bare" else ""
    if layout == "two":
        base -= size * 1.3
        c.setFont(FONT, size)
        c.drawString(MARGIN, base, label)
        c.setFont(FONT_BOLD, size)
        c.drawString(MARGIN + pdfmetrics.stringWidth(label, FONT, size), base, p.date_text)
    else:
        c.setFont(FONT_BOLD, size)
        c.drawRightString(w - MARGIN, base, p.date_text)
        c.setFont(FONT, size)
        date_w = pdfmetrics.stringWidth(p.date_text, FONT_BOLD, size)
        c.drawRightString(w - MARGIN - date_w, base, label)
    c.setLineWidth(1)
    c.line(MARGIN, base - size * 0.55, w - MARGIN, base - size * 0.55)
    # footer: page X of Y, the content version
    size = p.sz.footer
    base = MARGIN + 1
    c.setLineWidth(0.6)
    c.line(MARGIN, base + size * 1.35, w - MARGIN, base + size * 1.35)
    c.setFont(FONT_BOLD, size)
    c.drawString(MARGIN, base, phrase("page_of", p.lang, page=c.getPageNumber(), pages=p.pages))
    c.setFont(FONT, size)
    c.drawRightString(w - MARGIN, base, _t("version", p.lang, version=p.version))
    c.restoreState()


def _build(out: BinaryIO, story: list[Flowable], page: _Page, pagesize: tuple[float, float],
           title: str) -> int:
    w, h = pagesize
    top = MARGIN + page.sz.body * (3.2 if _header_layout(page, w) == "two" else 1.9)
    bottom = MARGIN + page.sz.footer * 2.2
    doc = BaseDocTemplate(out, pagesize=pagesize, invariant=1, title=title, author="Hearth",
                          creator="Hearth", lang=page.lang, initialFontName=FONT,
                          leftMargin=MARGIN, rightMargin=MARGIN, topMargin=top,
                          bottomMargin=bottom)
    frame = Frame(MARGIN, bottom, w - 2 * MARGIN, h - top - bottom, 0, 0, 0, 0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=partial(_Canvas, page=page))
    return page.pages


def _page(lang: str, sz: _Size, patient: Patient | None, made_on: dt.date, version: str
          ) -> _Page:
    return _Page(lang=lang, sz=sz, name=patient.name if patient else None,
                 date_text=format_date(made_on, lang), version=version)


# --- building blocks -------------------------------------------------------------------------

def _table(data: Sequence[Sequence[Any]], widths: Sequence[float], style: Sequence[Any] = (),
           **kw: Any) -> Table:
    """A table in the bundled font (reportlab's default would put Helvetica, not embedded,
    into the PDF, even for an empty cell)."""
    t = Table([list(r) for r in data], colWidths=list(widths), **kw)
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *style]))
    return t


def _padded(sz: _Size, extra: Sequence[Any] = ()) -> list[Any]:
    return [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), sz.pad + 1),
            ("RIGHTPADDING", (0, 0), (-1, -1), sz.pad + 1),
            ("TOPPADDING", (0, 0), (-1, -1), sz.pad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), sz.pad + 1), *extra]


_TIGHT = [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
          ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(_x(text), style)


def _bullets(items: Iterable[str], s: _Styles) -> list[Flowable]:
    return [Paragraph(_x(item), s.bullet, bulletText="•") for item in items]


def _labelled(label: str, text: str, s: _Styles) -> Paragraph:
    return Paragraph(f"<b>{_x(label)}:</b> {_x(text)}", s.body)


def _heading(text: str, icon: str, s: _Styles, width: float, space_before: float | None = None
             ) -> Flowable:
    """A section heading with its pictogram; kept with what follows it."""
    size = s.sz.icon * 0.8
    t = _table([[icon_drawing(icon, size), _p(text, s.heading)]], [size + 8, width - size - 8],
               [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *_TIGHT])
    t.spaceBefore = s.sz.body * 1.2 if space_before is None else space_before
    t.spaceAfter = s.sz.body * 0.4
    t.keepWithNext = True
    return t


def _boxed(rows: list[list[Any]], s: _Styles, width: float, border: float,
           extra: Sequence[Any] = ()) -> Table:
    return _table(rows, [width], _padded(s.sz, [("BOX", (0, 0), (-1, -1), border, INK), *extra]))


def _patient_box(patient: Patient, lang: str, s: _Styles, width: float, columns: int) -> Table:
    """Name, date of birth and allergies; a line to write on for each one not known."""
    if patient.allergies:
        allergies: str | None = ", ".join(patient.allergies)
    elif patient.no_known_allergies:
        allergies = phrase("no_known_allergies", lang)
    else:
        allergies = None
    born = format_date(patient.birth_date, lang) if patient.birth_date else None
    fields = [(phrase(key, lang), value) for key, value in
              (("patient_name", patient.name), ("date_of_birth", born), ("allergies", allergies))]
    label_w = max(pdfmetrics.stringWidth(f"{label}:", FONT, s.sz.body) for label, _ in fields)
    label_w += 2 * s.sz.pad + 4
    labels = [_p(f"{label}:", s.body) for label, _ in fields]
    values = [_p(value, s.bold) if value else "" for _, value in fields]
    style: list[Any] = [("BOX", (0, 0), (-1, -1), 1.5, INK), ("BACKGROUND", (0, 0), (-1, -1), TINT),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), s.sz.pad + 3)]
    if columns == 2:  # name and date of birth on one line, allergies under them
        half = (width - 2 * label_w) / 2
        rows = [[labels[0], values[0], labels[1], values[1]], [labels[2], values[2], "", ""]]
        widths = [label_w, half + 40, label_w, half - 40]
        style.append(("SPAN", (1, 1), (3, 1)))
        blanks = [((1, 0), (1, 0)), ((3, 0), (3, 0)), ((1, 1), (3, 1))]
    else:
        rows = [[label, value] for label, value in zip(labels, values, strict=True)]
        widths = [label_w, width - label_w]
        blanks = [((1, i), (1, i)) for i in range(3)]
    for (_, value), (start, end) in zip(fields, blanks, strict=True):
        if not value:
            style.append(("LINEBELOW", start, end, 0.8, INK))
    return _table(rows, widths, _padded(s.sz, style))


def _write_in_lines(n: int, s: _Styles, width: float) -> Table:
    return _table([[""]] * n, [width], [("LINEBELOW", (0, 0), (-1, -1), 0.8, GREY_LINE)],
                  rowHeights=[s.sz.body * 2.2] * n)


# --- the medicine schedule (pill card) -------------------------------------------------------

def _time_head(time: str, schedule: Schedule, s: _Styles) -> list[Flowable]:
    """A time of day's word, pictogram, hint ("with breakfast") and the patient's clock time."""
    lang = schedule.lang
    cell: list[Flowable] = [_p(time_word(time, lang), s.center_bold),
                            icon_drawing(time, s.sz.time_icon)]
    hint = time_hint(time, lang)
    if hint:
        cell.append(_p(hint, s.hint))
    clock = schedule.times_of_day.get(time)
    if clock:
        cell.append(_p(clock, s.center_bold))
    return cell


def _name_cell(name: str, brand: str | None, s: _Styles) -> list[Flowable]:
    return [_p(name, s.bold)] + ([_p(f"({brand})", s.body)] if brand else [])


def _under(row: ScheduleRow, s: _Styles) -> list[Flowable]:
    """What goes under a medicine: how often (when the four times cannot say it), notes."""
    return ([_p(row.how_often, s.bold)] if row.how_often else []) + _bullets(row.notes, s)


def _schedule_table(schedule: Schedule, s: _Styles, width: float) -> Table:
    """Normal print: one row per medicine; the four times of day are columns."""
    lang = schedule.lang
    name_w, amount_w, time_w = 130.0, 106.0, 80.0
    purpose_w = width - name_w - amount_w - 4 * time_w
    head = [_p(phrase(key, lang), s.bold) for key in ("medicine", "what_it_is_for", "how_much")]
    rows: list[list[Any]] = [head + [_time_head(t, schedule, s) for t in TIMES]]
    style: list[Any] = [
        ("BACKGROUND", (0, 0), (2, 0), TINT), ("VALIGN", (0, 0), (2, 0), "BOTTOM"),
        ("ALIGN", (3, 0), (-1, -1), "CENTER"), ("BOX", (0, 0), (-1, -1), 1.5, INK),
        ("INNERGRID", (0, 0), (-1, -1), 0.5, GREY_LINE), ("LINEBELOW", (0, 0), (-1, 0), 1.5, INK),
        *[("BACKGROUND", (3 + i, 0), (3 + i, 0), TIME_TINT[t]) for i, t in enumerate(TIMES)]]
    for row in schedule.rows:
        r = len(rows)
        cells: list[Any] = [_name_cell(row.name, row.brand, s), _p(row.purpose or "", s.body),
                            _p(row.amount, s.body)]
        for i, t in enumerate(TIMES):
            dose = row.times.get(t)
            cells.append(_p(dose, s.center_bold) if dose else "")
            if not dose:
                style.append(("BACKGROUND", (3 + i, r), (3 + i, r), SHADE))
        style += [("LINEABOVE", (0, r), (-1, r), 1.2, INK), ("BACKGROUND", (0, r), (0, r), TINT),
                  ("VALIGN", (3, r), (-1, r), "MIDDLE")]
        rows.append(cells)
        under = _under(row, s)
        if under:  # under the row and tied to it: the name cell spans both, so no page splits them
            rows.append(["", under, "", "", "", "", ""])
            style += [("SPAN", (0, r), (0, r + 1)), ("SPAN", (1, r + 1), (-1, r + 1))]
    return _table(rows, [name_w, purpose_w, amount_w] + [time_w] * 4, _padded(s.sz, style),
                  repeatRows=1)


def _times_legend(schedule: Schedule, s: _Styles, width: float) -> Table:
    """Large print: the four times of day, with their hints and clock times, once."""
    style = [("BOX", (0, 0), (-1, -1), 1.5, INK), ("INNERGRID", (0, 0), (-1, -1), 0.75, INK),
             ("ALIGN", (0, 0), (-1, -1), "CENTER"),
             *[("BACKGROUND", (i, 0), (i, 0), TIME_TINT[t]) for i, t in enumerate(TIMES)]]
    return _table([[_time_head(t, schedule, s) for t in TIMES]], [width / 4] * 4,
                  _padded(s.sz, style))


def _block(rows: list[list[Any]], s: _Styles, width: float, columns: int,
           extra: Sequence[Any] = ()) -> Flowable:
    """Large print: a framed block with a grey name row; a row of one cell spans every column.
    Kept on one page."""
    style: list[Any] = [("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                        ("BOX", (0, 0), (-1, -1), 2, INK), ("BACKGROUND", (0, 0), (-1, 0), TINT),
                        ("LINEBELOW", (0, 0), (-1, 0), 1, INK), *extra]
    full = []
    for r, row in enumerate(rows):
        if len(row) == 1:
            style.append(("SPAN", (0, r), (-1, r)))
            row = row + [""] * (columns - 1)
        full.append(row)
    t = _table(full, [width / columns] * columns, _padded(s.sz, style))
    t.spaceAfter = s.sz.body * 0.7
    return KeepTogether([t])


def _block_head(row: ScheduleRow | PrnRow, lang: str, s: _Styles) -> list[list[Any]]:
    """Large print: the name (brand), what it is for, how much."""
    brand = f' <font name="{FONT}" size="{s.sz.body}">({_x(row.brand)})</font>' if row.brand else ""
    rows: list[list[Any]] = [[Paragraph(f"{_x(row.name)}{brand}", s.name)]]
    if row.purpose:
        rows.append([_labelled(phrase("what_it_is_for", lang), row.purpose, s)])
    rows.append([_labelled(phrase("how_much", lang), row.amount, s)])
    return rows


def _medicine_block(row: ScheduleRow, schedule: Schedule, s: _Styles, width: float) -> Flowable:
    """Large print: one framed block per medicine, its four times a row of labelled boxes
    (word, pictogram, what to take; shaded when nothing)."""
    lang = schedule.lang
    rows = _block_head(row, lang, s)
    r = len(rows)
    times: list[Any] = []
    style: list[Any] = [("BOX", (0, r), (-1, r), 1.2, INK),
                        ("INNERGRID", (0, r), (-1, r), 1.2, INK),
                        ("ALIGN", (0, r), (-1, r), "CENTER"), ("VALIGN", (0, r), (-1, r), "MIDDLE"),
                        ("TOPPADDING", (0, r), (-1, r), 2), ("BOTTOMPADDING", (0, r), (-1, r), 3)]
    for i, t in enumerate(TIMES):
        cell: list[Flowable] = [_p(time_word(t, lang), s.center_bold),
                                icon_drawing(t, s.sz.time_icon * 0.65)]
        dose = row.times.get(t)
        if dose:
            cell.append(_p(dose, s.center_bold))
        else:
            style.append(("BACKGROUND", (i, r), (i, r), SHADE))
        times.append(cell)
    rows.append(times)
    under = _under(row, s)
    if under:
        rows.append([under])
    return _block(rows, s, width, 4, style)


def _prn_part(schedule: Schedule, s: _Styles, width: float, large: bool) -> list[Flowable]:
    lang = schedule.lang
    out: list[Flowable] = [_heading(_t("prn_heading", lang), "pill", s, width)]

    def when(row: PrnRow) -> list[Flowable]:
        cell: list[Flowable] = []
        if row.reason and large:
            cell.append(_labelled(phrase("when_to_take", lang), row.reason, s))
        elif row.reason:
            cell.append(_p(row.reason[:1].upper() + row.reason[1:], s.body))
        if row.how_often:
            cell.append(_p(row.how_often, s.body))
        if row.max_per_day:
            cell.append(_p(row.max_per_day, s.bold))
        return cell + _bullets(row.notes, s)

    if large:
        return out + [_block(_block_head(row, lang, s) + [[when(row)]], s, width, 1)
                      for row in schedule.prn]
    widths = [140.0, 0.0, 130.0, 230.0]
    widths[1] = width - sum(widths)
    keys = ("medicine", "what_it_is_for", "how_much", "when_to_take")
    rows: list[list[Any]] = [[_p(phrase(k, lang), s.bold) for k in keys]]
    rows += [[_name_cell(row.name, row.brand, s), _p(row.purpose or "", s.body),
              _p(row.amount, s.body), when(row)] for row in schedule.prn]
    style = [("BACKGROUND", (0, 0), (-1, 0), TINT), ("BOX", (0, 0), (-1, -1), 1.5, INK),
             ("INNERGRID", (0, 0), (-1, -1), 0.5, GREY_LINE),
             ("LINEBELOW", (0, 0), (-1, 0), 1.5, INK), ("BACKGROUND", (0, 1), (0, -1), TINT)]
    return out + [_table(rows, widths, _padded(s.sz, style), repeatRows=1)]


def _stopped_part(schedule: Schedule, s: _Styles, width: float) -> list[Flowable]:
    """Each medicine to stop (a red X) or to hold (a pause mark), what to do, the note."""
    lang = schedule.lang
    icon = s.sz.icon * 0.7
    icon_w = icon + 2 * s.sz.pad + 2
    name_w = min(width * 0.36, 220 if s.sz is NORMAL else 260)
    rows = []
    for row in schedule.stopped:
        what = [_p(_t("held", lang) if row.held else phrase("stop_taking", lang), s.bold)]
        if row.note:
            what.append(_p(row.note, s.body))
        rows.append([icon_drawing("pause" if row.held else "stop", icon),
                     _name_cell(row.name, row.brand, s), what])
    style = [("BOX", (0, 0), (-1, -1), 1.5, INK), ("INNERGRID", (0, 0), (-1, -1), 0.5, GREY_LINE),
             ("LINEBELOW", (0, 0), (-1, -2), 1, INK)]
    return [_heading(_t("stop_heading", lang), "stop", s, width),
            _table(rows, [icon_w, name_w, width - name_w - icon_w], _padded(s.sz, style))]


def _unclear_part(schedule: Schedule, s: _Styles, width: float) -> list[Flowable]:
    """Lines that could not be understood, as written, in quotes."""
    lang = schedule.lang
    rows = [[_p(_t("unclear_intro", lang), s.body)]]
    rows += [[Paragraph(_x(f"“{line}”"), s.bullet, bulletText="?")] for line in schedule.unclear]
    return [_heading(_t("unclear_heading", lang), "question", s, width),
            _boxed(rows, s, width, 1.5, [("BACKGROUND", (0, 0), (-1, -1), UNCLEAR_TINT)])]


def _questions_part(schedule: Schedule, s: _Styles, width: float, lines: int) -> list[Flowable]:
    """The care team's name and phone (lines to write them on when not known) and lines for
    the patient's questions."""
    lang = schedule.lang
    inner = width - 2 * (s.sz.pad + 1)

    def write_in(label: str) -> Table:
        return _table([[_p(label, s.body), ""]], [inner * 0.45, inner * 0.55],
                      [("LINEBELOW", (1, 0), (1, 0), 0.8, INK), ("LEFTPADDING", (0, 0), (0, 0), 0)])

    team: list[Flowable] = []
    if schedule.care_team_name:
        team.append(_p(f"{phrase('care_team', lang)}: {schedule.care_team_name}", s.bold))
    else:
        team.append(write_in(f"{phrase('care_team', lang)}:"))
    if schedule.care_team_phone:
        team.append(_p(phrase("care_team_phone", lang, phone=schedule.care_team_phone), s.bold))
    else:
        team.append(write_in(phrase("care_team_phone", lang, phone="").rstrip()))
    rows = [[team], [_p(_t("write_questions", lang), s.body)], [_write_in_lines(lines, s, inner)]]
    return [_heading(phrase("questions_for_care_team", lang), "phone", s, width),
            _boxed(rows, s, width, 2)]


def render_schedule(schedule: Schedule, out: BinaryIO, *, large_print: bool = False) -> int:
    """Print the pill card to ``out``; returns the number of pages.

    Normal print is landscape letter: one table row per medicine with the four times of day as
    columns. Large print (body 18 pt) is portrait letter: a legend of the four times, then one
    framed block per medicine with its four times as a row of labelled boxes."""
    lang = _check_lang(schedule.lang)
    sz = LARGE if large_print else NORMAL
    s = _Styles(sz)
    pagesize = letter if large_print else landscape(letter)
    width = pagesize[0] - 2 * MARGIN
    title = _table([[_p(phrase("card_title", lang), s.title),
                     _p(phrase("bring_card", lang), s.right_bold)]],
                   [width * 0.55, width * 0.45], [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), *_TIGHT])
    patient = _patient_box(schedule.patient, lang, s, width, 1 if large_print else 2)
    story: list[Flowable] = [title, Spacer(1, sz.body * 0.4), patient, Spacer(1, sz.body)]
    if schedule.rows and large_print:
        story += [_heading(phrase("when_to_take", lang), "clock", s, width, space_before=0),
                  _times_legend(schedule, s, width), Spacer(1, sz.body)]
        story += [_medicine_block(row, schedule, s, width) for row in schedule.rows]
    elif schedule.rows:
        story.append(_schedule_table(schedule, s, width))
    if schedule.prn:
        story += _prn_part(schedule, s, width, large_print)
    if schedule.stopped:
        story += _stopped_part(schedule, s, width)
    if schedule.unclear:
        story += _unclear_part(schedule, s, width)
    story += _questions_part(schedule, s, width, 3 if large_print else 4)
    page = _page(lang, sz, schedule.patient, schedule.made_on, content_version())
    return _build(out, story, page, pagesize, phrase("card_title", lang))


# --- topic handouts --------------------------------------------------------------------------

def _topic_section(section: TopicSection, s: _Styles, width: float) -> list[Flowable]:
    """A section: its pictogram and heading over its lines. A page may break inside it, but
    never right after the heading or before the last line; a zone of an action plan is kept
    whole."""
    icon = s.sz.icon
    icon_w = icon + 10
    style: list[Any] = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (0, -1), 0),
                        ("LINEABOVE", (0, 0), (-1, 0), 1.2, INK)]
    zone = ZONE_TINT.get(section.icon or "")
    if zone:  # the zone's colour behind its heading; its shape and words say it too
        style += [("BACKGROUND", (0, 0), (-1, 0), zone), ("LEFTPADDING", (0, 0), (0, 0), 4)]
    head = _table([[icon_drawing(section.icon, icon), _p(section.heading, s.heading)]],
                  [icon_w, width - icon_w], _padded(s.sz, style))
    item = ParagraphStyle("item", parent=s.bullet, leftIndent=icon_w + s.sz.body * 1.2,
                          bulletIndent=icon_w + s.sz.body * 0.2, spaceBefore=s.sz.body * 0.2)
    items = [Paragraph(_x(line), item, bulletText="•") for line in section.items]
    parts: list[Flowable] = [Spacer(1, s.sz.body * 0.9), head, *items]
    if zone:
        return [KeepTogether(parts)]
    for f in parts[:3] + parts[-2:-1]:
        f.keepWithNext = True
    return parts


def _call_box(heading: str, items: Sequence[str], urgent: bool, s: _Styles, width: float
              ) -> Flowable:
    """"Call 911 if" is white on black in a thick frame, with an ambulance and square bullets;
    "Call your care team if" black on grey in a double frame, with a phone: the two differ in
    frame, heading and pictogram, not only in colour."""
    size = s.sz.icon
    head = _table([[icon_drawing("ambulance" if urgent else "phone", size),
                    _p(heading, s.white_heading if urgent else s.heading)]],
                  [size + 10, width - size - 10 - 2 * (s.sz.pad + 1)],
                  [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *_TIGHT])
    rows: list[list[Any]] = [[head]]
    bullet = "■" if urgent else "•"
    rows += [[Paragraph(_x(item), s.urgent if urgent else s.bullet, bulletText=bullet)]
             for item in items]
    if urgent:
        style = [("BOX", (0, 0), (-1, -1), 4, INK), ("BACKGROUND", (0, 0), (-1, 0), INK)]
    else:
        style = [("BOX", (0, 0), (-1, -1), 1.2, INK, None, None, None, 2, 2.5),  # a double line
                 ("BACKGROUND", (0, 0), (-1, 0), SHADE), ("LINEBELOW", (0, 0), (-1, 0), 1, INK)]
    return KeepTogether([Spacer(1, s.sz.body), _table(rows, [width], _padded(s.sz, style))])


def render_topic(topic: Topic, out: BinaryIO, *, patient: Patient | None = None, made_on: dt.date,
                 large_print: bool = False) -> int:
    """Print a topic handout to ``out`` (portrait letter); returns the number of pages."""
    lang = _check_lang(topic.lang)
    sz = LARGE if large_print else NORMAL
    s = _Styles(sz)
    width = letter[0] - 2 * MARGIN
    story: list[Flowable] = [_p(topic.title, s.title)]
    if topic.intro:
        story.append(_p(topic.intro, s.intro))
    story += [f for section in topic.sections for f in _topic_section(section, s, width)]
    if topic.call_911:
        story.append(_call_box(phrase("call_911_if", lang), topic.call_911, True, s, width))
    if topic.call_care_team:
        story.append(_call_box(phrase("call_care_team_if", lang), topic.call_care_team, False, s,
                               width))
    if topic.teach_back:
        story.append(_heading(phrase("teach_back_heading", lang), "question", s, width))
        story += [Paragraph(_x(q), s.bullet, bulletText="☐") for q in topic.teach_back]
    story += [Spacer(1, sz.body), _p(phrase("not_medical_advice", lang), s.bold)]
    if topic.sources:
        heading = _p(phrase("sources_heading", lang), s.sources_heading)
        heading.keepWithNext = True
        story.append(heading)
        story += [Paragraph(_x(citation), s.sources, bulletText=f"{i}.")
                  for i, (_, citation) in enumerate(topic.sources, 1)]
    page = _page(lang, sz, patient, made_on, topic.version)
    return _build(out, story, page, letter, topic.title)


# --- summaries -------------------------------------------------------------------------------

def _column_widths(table: Sequence[Sequence[str]], width: float, s: _Styles) -> list[float]:
    """Each column as wide as its longest text when all fit, else at least as wide as its
    longest word (within a fair share) with the rest shared by how much text each has."""
    n = max(len(r) for r in table)
    size, pad = s.sz.body, 2 * (s.sz.pad + 1)

    def widest(i: int, split: bool) -> float:
        texts = [r[i] for r in table if i < len(r)]
        pieces = [w for t in texts for w in t.split()] if split else texts
        return max((pdfmetrics.stringWidth(t, FONT_BOLD, size) for t in pieces), default=0) + pad

    text = [widest(i, False) for i in range(n)]
    if sum(text) <= width:
        return [w + (width - sum(text)) / n for w in text]
    floor = [min(widest(i, True), width / n) for i in range(n)]
    want = [max(t - f, 0) for t, f in zip(text, floor, strict=True)]
    total = sum(want) or 1
    return [f + (width - sum(floor)) * w / total for f, w in zip(floor, want, strict=True)]


def render_summary(summary: Summary, out: BinaryIO, *, large_print: bool = False) -> int:
    """Print a visit or med rec summary to ``out`` (portrait letter); returns the number of
    pages. A section's table has its first row as column headings, repeated on each page."""
    lang = _check_lang(summary.lang)
    sz = LARGE if large_print else NORMAL
    s = _Styles(sz)
    width = letter[0] - 2 * MARGIN
    story: list[Flowable] = [_p(summary.title, s.title), Spacer(1, sz.body * 0.3),
                             _patient_box(summary.patient, lang, s, width, 1)]
    for section in summary.sections:
        heading = _p(section.heading, s.section)
        if section.table and not section.items:
            # a long table may start low on a page: keep the heading with its first rows only
            story.append(CondPageBreak(sz.body * 9))
        else:
            heading.keepWithNext = True
        story += [heading, *_bullets(section.items, s)]
        if section.table:
            n = max(len(r) for r in section.table)
            rows = [[_p(c, s.bold if r == 0 else s.body) for c in row] + [""] * (n - len(row))
                    for r, row in enumerate(section.table)]
            style = [("BACKGROUND", (0, 0), (-1, 0), TINT), ("BOX", (0, 0), (-1, -1), 1.2, INK),
                     ("INNERGRID", (0, 0), (-1, -1), 0.5, GREY_LINE),
                     ("LINEBELOW", (0, 0), (-1, 0), 1.2, INK)]
            t = _table(rows, _column_widths(section.table, width, s), _padded(sz, style),
                       repeatRows=1)
            t.spaceBefore = sz.body * 0.4
            story.append(t)
    if summary.author:
        story += [Spacer(1, sz.body), _p(phrase("prepared_by", lang, name=summary.author), s.bold)]
    if summary.footer:
        story += [Spacer(1, sz.body * 0.5), _boxed([[_p(summary.footer, s.body)]], s, width, 1)]
    page = _page(lang, sz, summary.patient, summary.made_on, content_version())
    return _build(out, story, page, letter, summary.title)


def join_pdfs(pdfs: Sequence[bytes], *, title: str | None = None) -> bytes:
    """One PDF of several (the handouts chosen, to preview, print or save as one document), in
    memory, with pypdf; each keeps its own page size and orientation."""
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    for data in pdfs:
        writer.append(io.BytesIO(data))
    if title:
        writer.add_metadata({"/Title": title})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
