"""Clinical knowledge for medication reconciliation, loaded from data files.

The knowledge itself lives in ``resources/medrec/*.json`` (not in code). Every file has a
top-level ``"version"`` and ``"sources"`` (source id -> full citation), and every entry names
its published source with a ``"source"`` id. Files are validated on load; a broken file raises
:class:`KnowledgeError` naming the file and the entry.

Names are compared after :func:`normalize_name` (lower case, no ®/™, punctuation as spaces), so
``names()`` returns normalized names and a parser should normalize its text the same way.

No Qt here: the parser and the checks use this from any thread.
"""

from __future__ import annotations

import json
import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

KNOWLEDGE_DIR = Path(__file__).resolve().parents[2] / "resources" / "medrec"

#: file name -> key of its list of entries
FILES: dict[str, str] = {
    "drugs.json": "drugs",
    "interactions.json": "interactions",
    "beers_2023.json": "criteria",
    "high_alert.json": "items",
    "abbreviations.json": "abbreviations",
    "max_daily_dose.json": "limits",
    "allergy_cross.json": "groups",
    "duplication.json": "classes",
    "discrepancy_types.json": "types",
}

#: extra lists (beyond FILES) whose entries also need a source
_EXTRA_LISTS: dict[str, tuple[str, ...]] = {
    "drugs.json": ("combinations",),
    "allergy_cross.json": ("r1_groups", "class_terms"),
}


#: severities a finding can carry, most serious first
SEVERITIES = ("high", "moderate", "low", "info")
#: discrepancy types (MARQUIS), each described in discrepancy_types.json
DISCREPANCY_TYPES = (
    "omission", "commission", "dose", "frequency", "route", "formulation", "prn_vs_scheduled", "unclear",
)
_BEERS_CONDITIONS = {"formulation_not_in", "routes_not_in", "scheduled", "daily_mg_over", "without_classes",
                     "glucose_based_dosing"}
ALLERGY_LEVELS = ("high", "low")


class KnowledgeError(ValueError):
    """A knowledge file is missing, unreadable or fails validation."""


@dataclass(frozen=True)
class DrugInfo:
    generic: str
    classes: tuple[str, ...]
    brands: tuple[str, ...]
    salts: tuple[str, ...]


_MARKS = re.compile(r"[®™©℠]")
# punctuation becomes a space; a dot or slash between digits ("1.5", "70/30") is kept
_PUNCT = re.compile(r"[^\w%/.]+|(?<!\d)[./]|[./](?!\d)")
_SPACES = re.compile(r"\s+")


def normalize_name(name: str) -> str:
    """Lower case, no ®/™, punctuation as single spaces: ``"Toprol-XL®"`` -> ``"toprol xl"``.

    Apostrophes vanish (``"St. John's Wort"`` -> ``"st johns wort"``).
    """
    text = unicodedata.normalize("NFKC", _MARKS.sub("", name)).casefold()
    text = text.replace("'", "").replace("\u2019", "")
    text = _PUNCT.sub(" ", text.replace("_", " "))
    return _SPACES.sub(" ", text).strip()


def _salt_variants(salt: str) -> list[str]:
    variants = [salt]
    if salt.endswith("hydrochloride"):
        variants.append(salt[: -len("hydrochloride")] + "hcl")
    return variants


class Knowledge:
    """Every knowledge file, loaded and validated. Build with :func:`load_knowledge`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        raw = {name: _read(folder / name) for name in FILES}
        for name, data in raw.items():
            _check_common(name, data, FILES[name])
        stems = {name: name.removesuffix(".json") for name in FILES}
        self.versions: dict[str, str] = {stems[n]: d["version"] for n, d in raw.items()}
        #: the knowledge release: the newest file version (every edit bumps its file's version)
        self.version = max(self.versions.values(), key=lambda v: tuple(int(p) for p in v.split(".")))
        self.sources: dict[str, dict[str, str]] = {
            stems[n]: dict(d["sources"]) for n, d in raw.items()
        }

        drugs = raw["drugs.json"]
        self.class_names: dict[str, str] = dict(drugs.get("class_names") or {})
        self._drugs: dict[str, DrugInfo] = {}
        self.drug_entries: dict[str, dict[str, Any]] = {}
        self._names: dict[str, tuple[str, ...]] = {}  # normalized name -> ingredients
        self._strengths: dict[str, dict[str, float]] = {}  # product name -> mg per unit it fixes
        self._spellings: set[str] = set()  # names as written, where normalizing changes them
        self._name_where: dict[str, str] = {}
        self._build_drugs(drugs)
        for cls, src in (drugs.get("class_sources") or {}).items():
            if src not in drugs["sources"]:
                raise KnowledgeError(f"drugs.json: class_sources {cls!r}: unknown source {src!r}")

        self.interactions: list[dict[str, Any]] = raw["interactions.json"]["interactions"]
        self.beers: list[dict[str, Any]] = raw["beers_2023.json"]["criteria"]
        self.high_alert: list[dict[str, Any]] = raw["high_alert.json"]["items"]
        self.abbreviations: list[dict[str, Any]] = raw["abbreviations.json"]["abbreviations"]
        self.max_daily: list[dict[str, Any]] = raw["max_daily_dose.json"]["limits"]
        self.allergy_groups: list[dict[str, Any]] = raw["allergy_cross.json"]["groups"]
        self.r1_groups: list[dict[str, Any]] = raw["allergy_cross.json"].get("r1_groups", [])
        self.allergy_class_terms: dict[str, tuple[str, ...]] = {
            normalize_name(e["term"]): tuple(e["classes"])
            for e in raw["allergy_cross.json"].get("class_terms", [])
        }
        self.beers_from_age: int = int(raw["beers_2023.json"].get("applies_from_age", 65))
        dup = raw["duplication.json"]
        self.duplication_classes: dict[str, dict[str, Any]] = {e["class"]: e for e in dup["classes"]}
        self.duplication_same_ingredient: dict[str, Any] = dict(dup["same_ingredient"])
        self.discrepancy_types: dict[str, dict[str, Any]] = {
            e["id"]: e for e in raw["discrepancy_types.json"]["types"]
        }
        self._check_references()

    # ------------------------------------------------------------------ lookups
    def lookup(self, name: str) -> tuple[str, ...] | None:
        """Generic ingredients for a generic, brand or combination name; ``None`` if unknown."""
        return self._names.get(normalize_name(name))

    def drug(self, generic: str) -> DrugInfo | None:
        return self._drugs.get(normalize_name(generic))

    def classes_of(self, generic: str) -> frozenset[str]:
        info = self.drug(generic)
        return frozenset(info.classes) if info else frozenset()

    def names(self) -> list[str]:
        """Every known name, longest first, for the parser's matching: each normalized name
        (``"toprol xl"``, ``"st johns wort"``, ``"tylenol 3"``) and, where it differs by more
        than case, the spelling as written in the data (``"Toprol-XL"``, ``"St. John's Wort"``,
        ``"Tylenol #3"``). :meth:`lookup` understands all of them."""
        every = set(self._names)
        every.update(n for n in self._spellings if n.casefold() not in self._names)
        return sorted(every, key=lambda n: (-len(n), n.casefold(), n))

    def generics(self) -> list[str]:
        return sorted(self._drugs)

    def matches(self, part: dict[str, Any], generic: str) -> bool:
        """Whether ``generic`` is named by ``part`` (``{"classes": [...], "ingredients": [...]}``),
        e.g. one side of an interaction or a Beers/high-alert/allergy entry."""
        key = normalize_name(generic)
        if key in (part.get("ingredients") or ()):
            return True
        return not self.classes_of(key).isdisjoint(part.get("classes") or ())

    def product_strengths(self, name: str) -> dict[str, float] | None:
        """mg per tablet/caplet that a product name fixes ("Tylenol #3": acetaminophen 300,
        codeine 30; "Tylenol Extra Strength": 500), from the product labels; ``None`` if the
        name fixes no strength."""
        got = self._strengths.get(normalize_name(name))
        return dict(got) if got else None

    def max_daily_for(self, ingredient: str) -> dict[str, Any] | None:
        key = normalize_name(ingredient)
        return next((e for e in self.max_daily if e["ingredient"] == key), None)

    # ------------------------------------------------------------------ building
    def _add_name(self, where: str, name: str, ingredients: tuple[str, ...]) -> None:
        key = normalize_name(name)
        if not key:
            raise KnowledgeError(f"drugs.json: {where}: empty name {name!r}")
        old = self._names.get(key)
        if old is not None and self._name_where.get(key) == where and old == ingredients:
            if name.casefold() != key:  # another spelling of one entry's name: "St. John's Wort"
                self._spellings.add(name)
            return
        if old is not None:
            raise KnowledgeError(
                f"drugs.json: {where}: duplicate name {name!r} (already means {'+'.join(old)})"
            )
        self._names[key] = ingredients
        self._name_where[key] = where
        if name.casefold() != key:
            self._spellings.add(name)

    def _build_drugs(self, data: dict[str, Any]) -> None:
        if not isinstance(self.class_names, dict) or not self.class_names:
            raise KnowledgeError("drugs.json: 'class_names' must be a non-empty object")
        explicit: list[tuple[str, str, tuple[str, ...]]] = []
        derived: list[tuple[str, str, tuple[str, ...]]] = []
        for i, entry in enumerate(data["drugs"]):
            generic = entry.get("generic")
            where = f"drugs[{i}] {generic!r}"
            if not isinstance(generic, str) or generic != normalize_name(generic):
                raise KnowledgeError(f"drugs.json: {where}: 'generic' must be a lower-case name")
            for key in ("classes", "brands", "salts", "aliases"):
                value = entry.get(key, [])
                if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                    raise KnowledgeError(f"drugs.json: {where}: {key!r} must be a list of names")
            for cls in entry.get("classes", []):
                if cls not in self.class_names:
                    raise KnowledgeError(
                        f"drugs.json: {where}: unknown class {cls!r} (not in class_names)"
                    )
            if generic in self._drugs:
                raise KnowledgeError(f"drugs.json: {where}: duplicate generic {generic!r}")
            info = DrugInfo(
                generic,
                tuple(entry.get("classes", [])),
                tuple(entry.get("brands", [])),
                tuple(entry.get("salts", [])),
            )
            self._drugs[generic] = info
            self.drug_entries[generic] = entry
            fixed = entry.get("brand_strengths_mg") or {}
            for brand, mg in (fixed.items() if isinstance(fixed, dict) else [(None, None)]):
                if brand not in info.brands or not _positive(mg):
                    raise KnowledgeError(f"drugs.json: {where}: brand_strengths_mg {brand!r} must name "
                                         "one of its brands with a positive mg")
                self._strengths[normalize_name(brand)] = {generic: float(mg)}
            explicit.append((where, generic, (generic,)))
            explicit.extend((where, b, (generic,)) for b in info.brands)
            explicit.extend((where, a, (generic,)) for a in entry.get("aliases", []))
            for salt in info.salts:
                for variant in _salt_variants(salt):
                    derived.append((where, f"{generic} {variant}", (generic,)))
        for i, combo in enumerate(data.get("combinations", [])):
            where = f"combinations[{i}] {combo.get('names')!r}"
            names, ingredients = combo.get("names"), combo.get("ingredients")
            if (
                not isinstance(names, list)
                or not names
                or not isinstance(ingredients, list)
                or len(ingredients) < 2
            ):
                raise KnowledgeError(
                    f"drugs.json: {where}: needs 'names' and at least two 'ingredients'"
                )
            for ing in ingredients:
                if ing not in self._drugs:
                    raise KnowledgeError(
                        f"drugs.json: {where}: ingredient {ing!r} is not a known generic"
                    )
            explicit.extend((where, n, tuple(ingredients)) for n in names)
            fixed = combo.get("strengths_mg")
            if fixed is not None:
                if (not isinstance(fixed, dict) or set(fixed) != set(ingredients)
                        or not all(_positive(v) for v in fixed.values())):
                    raise KnowledgeError(f"drugs.json: {where}: 'strengths_mg' must give a positive "
                                         "mg for each ingredient")
                for n in names:
                    self._strengths[normalize_name(n)] = {k: float(v) for k, v in fixed.items()}
        for where, name, ingredients in explicit:
            self._add_name(where, name, ingredients)
        # "metoprolol succinate", "sertraline hcl": only where no explicit name says otherwise
        for where, name, ingredients in derived:
            if normalize_name(name) not in self._names:
                self._add_name(where, name, ingredients)

    def _check_refs(self, file: str, where: str, classes: Any, ingredients: Any) -> None:
        for cls in classes or []:
            if cls not in self.class_names:
                raise KnowledgeError(f"{file}: {where}: unknown class {cls!r}")
        for ing in ingredients or []:
            if ing not in self._drugs:
                raise KnowledgeError(f"{file}: {where}: unknown ingredient {ing!r}")

    def _check_references(self) -> None:
        """Classes and ingredients named by the other files must exist in drugs.json."""
        for i, e in enumerate(self.interactions):
            where = f"interactions[{i}] {e.get('code')!r}"
            for side in ("a", "b"):
                part = e.get(side)
                named = isinstance(part, dict) and (part.get("classes") or part.get("ingredients"))
                if not named:
                    raise KnowledgeError(
                        f"interactions.json: {where}: side {side!r} needs classes or ingredients"
                    )
                self._check_refs(
                    "interactions.json", where, part.get("classes"), part.get("ingredients")
                )
        lists: Iterable[tuple[str, str, list[dict[str, Any]]]] = (
            ("beers_2023.json", "criteria", self.beers),
            ("high_alert.json", "items", self.high_alert),
            ("allergy_cross.json", "groups", self.allergy_groups),
            ("allergy_cross.json", "r1_groups", self.r1_groups),
        )
        for file, key, entries in lists:
            for i, e in enumerate(entries):
                where = f"{key}[{i}] {e.get('id')!r}"
                self._check_refs(file, where, e.get("classes"), e.get("ingredients"))
                for j, rel in enumerate(e.get("cross", [])):
                    if rel.get("level") not in ALLERGY_LEVELS:
                        raise KnowledgeError(f"{file}: {where} cross[{j}]: 'level' must be one of {ALLERGY_LEVELS}")
                    self._check_refs(
                        file, f"{where} cross[{j}]", rel.get("classes"), rel.get("ingredients")
                    )
        for i, e in enumerate(self.beers):
            where = f"criteria[{i}] {e.get('id')!r}"
            if e.get("severity") not in SEVERITIES:
                raise KnowledgeError(f"beers_2023.json: {where}: 'severity' must be one of {SEVERITIES}")
            for key in ("when", "escalate_when"):
                cond = e.get(key) or {}
                unknown = set(cond) - _BEERS_CONDITIONS
                if unknown:
                    raise KnowledgeError(f"beers_2023.json: {where}: unknown {key} {sorted(unknown)}")
                self._check_refs("beers_2023.json", where, cond.get("without_classes"),
                                 list(cond.get("daily_mg_over") or {}))
        for term, classes in self.allergy_class_terms.items():
            self._check_refs("allergy_cross.json", f"class_terms {term!r}", classes, None)
        for cls, e in self.duplication_classes.items():
            self._check_refs("duplication.json", f"classes {cls!r}", [cls], None)
            if e.get("severity") not in SEVERITIES:
                raise KnowledgeError(f"duplication.json: classes {cls!r}: bad 'severity'")
        same = self.duplication_same_ingredient
        if same.get("severity") not in SEVERITIES or same.get("source") not in self.sources["duplication"]:
            raise KnowledgeError("duplication.json: 'same_ingredient' needs a severity and a known source")
        missing = set(DISCREPANCY_TYPES) - set(self.discrepancy_types)
        if missing:
            raise KnowledgeError(f"discrepancy_types.json: missing types {sorted(missing)}")
        for tid, e in self.discrepancy_types.items():
            if not (e.get("severity") in SEVERITIES and e.get("severity_high_alert") in SEVERITIES):
                raise KnowledgeError(f"discrepancy_types.json: types {tid!r}: bad severities")
            if not isinstance(e.get("message"), str):
                raise KnowledgeError(f"discrepancy_types.json: types {tid!r}: needs a 'message'")
        for i, e in enumerate(self.max_daily):
            where = f"limits[{i}] {e.get('ingredient')!r}"
            self._check_refs("max_daily_dose.json", where, None, [e.get("ingredient")])
            if not isinstance(e.get("limit_mg"), (int, float)) or e["limit_mg"] <= 0:
                raise KnowledgeError(f"max_daily_dose.json: {where}: 'limit_mg' must be positive")
        for i, e in enumerate(self.abbreviations):
            where = f"abbreviations.json: abbreviations[{i}] {e.get('token')!r}"
            if e.get("list") not in ("tjc_do_not_use", "ismp_error_prone"):
                raise KnowledgeError(f"{where}: unknown list {e.get('list')!r}")
            try:
                pattern = re.compile(e["pattern"])
            except (KeyError, TypeError, re.error) as exc:
                raise KnowledgeError(f"{where}: bad pattern: {exc}") from exc
            for example in e.get("examples", []):
                if not pattern.search(example):
                    raise KnowledgeError(f"{where}: pattern misses its example {example!r}")
            for example in e.get("not_examples", []):
                if pattern.search(example):
                    raise KnowledgeError(f"{where}: pattern matches {example!r}")


def _positive(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise KnowledgeError(f"{path.name}: missing ({path})") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KnowledgeError(f"{path.name}: cannot read: {exc}") from exc
    if not isinstance(data, dict):
        raise KnowledgeError(f"{path.name}: top level must be an object")
    return data


def _label(entry: Any) -> Any:
    if not isinstance(entry, dict):
        return None
    for key in ("generic", "code", "id", "token", "ingredient", "names"):
        if entry.get(key):
            return entry[key]
    return None


def _check_common(file: str, data: dict[str, Any], key: str) -> None:
    version = data.get("version")
    if not isinstance(version, str) or not re.fullmatch(r"\d{4}\.\d+\.\d+", version):
        raise KnowledgeError(f"{file}: 'version' must look like '2026.11.1', got {version!r}")
    sources = data.get("sources")
    if (
        not isinstance(sources, dict)
        or not sources
        or not all(isinstance(v, str) and v for v in sources.values())
    ):
        raise KnowledgeError(f"{file}: 'sources' must map source ids to citations")
    for name in (key, *_EXTRA_LISTS.get(file, ())):
        entries = data.get(name, [] if name != key else None)
        if not isinstance(entries, list) or (name == key and not entries):
            raise KnowledgeError(f"{file}: {name!r} must be a non-empty list")
        for i, entry in enumerate(entries):
            where = f"{name}[{i}] {_label(entry)!r}"
            if not isinstance(entry, dict):
                raise KnowledgeError(f"{file}: {where}: must be an object")
            src = entry.get("source")
            if not src:
                raise KnowledgeError(f"{file}: {where}: has no 'source'")
            for s in src if isinstance(src, list) else [src]:
                if s not in sources:
                    raise KnowledgeError(f"{file}: {where}: unknown source {s!r}")
    for field in ("code", "id", "token", "ingredient"):
        seen: set[str] = set()
        for i, entry in enumerate(data[key]):
            value = entry.get(field)
            if value is None:
                continue
            if value in seen:
                raise KnowledgeError(f"{file}: {key}[{i}]: duplicate {field} {value!r}")
            seen.add(value)


_cache: dict[Path, Knowledge] = {}
_lock = threading.Lock()


def load_knowledge(folder: Path | None = None) -> Knowledge:
    """The knowledge in ``folder`` (default ``resources/medrec``), loaded once and cached."""
    path = Path(folder or KNOWLEDGE_DIR).resolve()
    with _lock:
        if path not in _cache:
            _cache[path] = Knowledge(path)
        return _cache[path]
