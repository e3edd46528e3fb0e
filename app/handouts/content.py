"""Handout content from ``resources/handouts``: topic handouts, the pill card's fixed phrases
and plain-language medicine purposes, in English and Spanish. Loaded once and cached; a
broken file raises :class:`ContentError` naming it.

No Qt here.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["LANGS", "CONTENT_DIR", "ContentError", "Topic", "TopicSection", "topic_names", "load_topic",
           "phrase", "visit_summary_phrase", "time_word", "time_hint", "unit_words", "weekday", "prn_reasons", "purpose",
           "content_version"]

CONTENT_DIR = Path(__file__).resolve().parents[2] / "resources" / "handouts"
LANGS = ("en", "es")


class ContentError(ValueError):
    """A handout content file is missing or malformed."""


@dataclass(frozen=True)
class TopicSection:
    heading: str
    icon: str | None
    items: tuple[str, ...]


@dataclass(frozen=True)
class Topic:
    name: str
    lang: str
    version: str
    title: str
    intro: str
    sections: tuple[TopicSection, ...]
    call_911: tuple[str, ...]
    call_care_team: tuple[str, ...]
    teach_back: tuple[str, ...]
    sources: tuple[tuple[str, str], ...]  # (id, citation)


_lock = threading.Lock()
_cache: dict[Any, Any] = {}


def _read(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContentError(f"{path.name}: missing") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ContentError(f"{path.name}: cannot be read ({type(exc).__name__})") from None


def _cached(key: Any, load: Any) -> Any:
    with _lock:
        if key not in _cache:
            _cache[key] = load()
        return _cache[key]


def _check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ContentError(f"language {lang!r} is not available; choose one of {', '.join(LANGS)}")
    return lang


def topic_names(folder: Path | None = None) -> list[str]:
    """Topics that exist in every language, sorted."""
    base = (folder or CONTENT_DIR) / "topics"

    def load() -> list[str]:
        per_lang = [{p.name.rsplit(".", 2)[0] for p in base.glob(f"*.{lang}.json")} for lang in LANGS]
        return sorted(set.intersection(*per_lang))

    return list(_cached(("names", base), load))


def load_topic(name: str, lang: str, folder: Path | None = None) -> Topic:
    _check_lang(lang)
    base = (folder or CONTENT_DIR) / "topics"
    if name not in topic_names(folder):
        raise ContentError(f"no handout topic called {name!r}; see 'hearth handout topics'")

    def load() -> Topic:
        d = _read(base / f"{name}.{lang}.json")
        try:
            return Topic(
                name=d["name"], lang=d["lang"], version=d["version"], title=d["title"],
                intro=d.get("intro", ""),
                sections=tuple(TopicSection(s["heading"], s.get("icon"), tuple(s["items"]))
                               for s in d["sections"]),
                call_911=tuple(d.get("call_911", ())), call_care_team=tuple(d.get("call_care_team", ())),
                teach_back=tuple(d.get("teach_back", ())),
                sources=tuple((s["id"], s["citation"]) for s in d["sources"]),
            )
        except (KeyError, TypeError) as exc:
            raise ContentError(f"{name}.{lang}.json: malformed ({exc})") from None

    return _cached(("topic", base, name, lang), load)


def _phrases(folder: Path | None = None) -> dict[str, Any]:
    path = (folder or CONTENT_DIR) / "phrases.json"
    return _cached(("phrases", path), lambda: _read(path))


def phrase(key: str, lang: str, **values: Any) -> str:
    """A fixed phrase (``phrases.json``) in ``lang``, placeholders filled: ``phrase("page_of",
    "es", page=1, pages=2)``."""
    entry = _phrases()["phrases"].get(key)
    if entry is None:
        raise ContentError(f"phrases.json: no phrase {key!r}")
    return entry[_check_lang(lang)].format(**values)


def time_word(time: str, lang: str) -> str:
    return _phrases()["times_of_day"][time][_check_lang(lang)]


def time_hint(time: str, lang: str) -> str | None:
    hint = _phrases()["times_of_day"][time].get("hint")
    return hint[_check_lang(lang)] if hint else None


def unit_words(unit: str, count: float, lang: str) -> str | None:
    """``unit_words("tablet", 2, "es")`` -> ``"2 tabletas"``; ``None`` for an unknown unit."""
    entry = _phrases()["units"].get(unit)
    if entry is None:
        return None
    forms = entry[_check_lang(lang)]
    text = f"{int(count)}" if float(count).is_integer() else f"{count:g}"
    if isinstance(forms, str):
        return forms.format(count=text)
    return forms["one" if count == 1 else "other"].format(count=text)


def visit_summary_phrase(key: str, lang: str) -> str:
    """A phrase of the patient's visit summary, placeholders unfilled."""
    entry = _phrases().get("visit_summary", {}).get("phrases", {}).get(key)
    if entry is None:
        raise ContentError(f"phrases.json: no visit-summary phrase {key!r}")
    return entry[_check_lang(lang)]


def weekday(day: str, lang: str) -> str:
    """``weekday("monday", "es")`` -> ``"lunes"``."""
    return _phrases()["weekdays"][day][_check_lang(lang)]


def prn_reasons(lang: str) -> dict[str, str]:
    """Common as-needed reasons (English, lower case) in ``lang``; empty for English."""
    return dict(_phrases().get("prn_reasons", {}).get(_check_lang(lang), {}))


def _purposes(folder: Path | None = None) -> dict[str, Any]:
    path = (folder or CONTENT_DIR) / "purposes.json"
    return _cached(("purposes", path), lambda: _read(path))


def purpose(generic: str, classes: tuple[str, ...] | list[str], lang: str) -> str | None:
    """What a medicine is for, in plain words: its own entry, else its first class that has
    one (classes that name a property, not a use, are skipped)."""
    data = _purposes()
    _check_lang(lang)
    own = data["drugs"].get(generic)
    if own:
        return own[lang]
    skip = set(data.get("no_single_purpose") or ())
    for cls in classes:
        if cls in skip:
            continue
        entry = data["classes"].get(cls)
        if entry:
            return entry[lang]
    return None


def content_version() -> str:
    """The newest version among the phrase and purpose files (topics carry their own)."""
    versions = [_phrases()["version"], _purposes()["version"]]
    return max(versions, key=lambda v: tuple(int(p) for p in v.split(".")))
