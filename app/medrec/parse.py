"""Understand free-text medication lines, offline, without guessing.

``parse_line(text, knowledge)`` turns a line such as ``"lisinopril 10mg po qd"`` or an RxNorm
display string (``"24 HR Metformin hydrochloride 500 MG Extended Release Oral Tablet"``) into a
:class:`ParsedMedication`. Drug names are only ever resolved through the knowledge base
(``knowledge.names()`` / ``knowledge.lookup()``); anything that cannot be understood is listed in
``unclear`` instead of being guessed. ``parse_line`` never raises.

No Qt here.
"""

from __future__ import annotations

import re
import threading
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["ParsedMedication", "parse_line"]

MAX_LINE = 2000  # longer input is truncated (and reported unclear)


@dataclass(frozen=True)
class ParsedMedication:
    text: str
    ingredients: tuple[str, ...] = ()
    brand: str | None = None
    salt: str | None = None
    formulation: str | None = None
    dose_form: str | None = None
    strengths_mg: dict[str, float] = field(default_factory=dict)
    strength_units: dict[str, float] = field(default_factory=dict)
    strength_per: str | None = None  # "mL" when the strength is per volume ("100 unit/mL", "250 mg/5 mL")
    strength_per_amount: float | None = None  # 5 for "250 mg/5 mL"
    dose_quantity_min: float | None = None
    dose_quantity_max: float | None = None
    dose_unit: str | None = None
    dose_mg: dict[str, float] = field(default_factory=dict)
    route: str | None = None
    frequency_per_day: float | None = None
    frequency_text: str | None = None
    timing: tuple[str, ...] = ()
    timing_inferred: bool = False
    prn: bool = False
    prn_reason: str | None = None
    duration_days: float | None = None
    daily_mg: dict[str, float] = field(default_factory=dict)
    unclear: tuple[str, ...] = ()
    abbreviations_seen: tuple[str, ...] = ()
    # milliequivalents ("KCl 20 mEq po bid"), kept apart from mg: an mEq is not a mass
    strengths_meq: dict[str, float] = field(default_factory=dict)
    dose_meq: dict[str, float] = field(default_factory=dict)
    daily_meq: dict[str, float] = field(default_factory=dict)

    @property
    def is_clear(self) -> bool:
        return not self.unclear

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for key in ("ingredients", "timing", "unclear", "abbreviations_seen"):
            d[key] = list(d[key])
        d["is_clear"] = self.is_clear
        return d


# ---------------------------------------------------------------------------- vocabulary
_NUM = r"\d+(?:\.\d+)?|\.\d+"
_MASS = {"mg": 1.0, "milligram": 1.0, "milligrams": 1.0, "mcg": 0.001, "µg": 0.001, "ug": 0.001,
         "microgram": 0.001, "micrograms": 0.001, "g": 1000.0, "gm": 1000.0, "gram": 1000.0, "grams": 1000.0}
_UNITS = {"unit", "units", "unt", "u", "iu"}
_MEQ = {"meq": 1.0}
_TOPICAL_FORMS = {"cream", "ointment", "gel"}  # "apply 2 g": grams of the product, not of the ingredient

_STRENGTH_RE = re.compile(
    rf"(?<![\w.])(?P<nums>(?:{_NUM})(?:\s*[-/]\s*(?:{_NUM}))*)\s*"
    r"(?P<unit>meq|mg|mcg|µg|ug|gm|g|milligrams?|micrograms?|grams?|units?|unt|iu|u)(?![a-z])"
    r"(?:\s*(?:/|per)\s*(?P<per_n>\d+(?:\.\d+)?)?\s*(?P<per>ml|actuations?|actuat|act|hr|h|24\s*hr?)\b)?"
)
_BARE_COMBO_RE = re.compile(rf"(?<![\w.])(?P<nums>(?:{_NUM})(?:\s*[-/]\s*(?:{_NUM}))+)(?![\w.%])")

_SALTS = (
    "hydrochloride", "hcl", "succinate", "tartrate", "sulfate", "sodium", "potassium", "calcium",
    "besylate", "maleate", "mesylate", "citrate", "fumarate", "acetate", "bromide", "phosphate",
    "bitartrate", "hyclate", "monohydrate", "propionate", "furoate", "dipropionate", "hydrobromide",
    "mononitrate", "dinitrate", "magnesium", "carbonate", "gluconate", "xinafoate", "valerate",
    "disodium", "trihydrate", "dihydrate", "bisulfate", "napsylate", "decanoate", "lactate",
)
_SALT_RE = re.compile(r"\s*(" + "|".join(sorted(_SALTS, key=len, reverse=True)) + r")\b")

_FORMULATIONS = [
    ("ODT", r"\bodt\b|orally disintegrating"),
    ("DR", r"\bdr\b|\bec\b|delayed[\s-]*release|enteric[\s-]*coated"),
    ("SR", r"\bsr\b|sustained[\s-]*release"),
    ("ER", r"\b(?:er|xr|xl|cr|la|cd|xr)\b|extended[\s-]*release|controlled[\s-]*release"
           r"|(?<![/q])(?<!/ )(?<!per )(?<!in )(?<!every )(?<!each )\b(?:12|24)\s*hr?\b"),
    ("IR", r"\bir\b|immediate[\s-]*release"),
]
_FORMULATIONS = [(n, re.compile(p)) for n, p in _FORMULATIONS]

_DOSE_FORMS = [
    ("inhaler", r"\binhalers?\b|\bmdi\b|\bhfa\b|metered[\s-]*dose|inhalation (?:powder|aerosol)"),
    ("patch", r"\bpatch(?:es)?\b|transdermal system"),
    ("injection", r"\binjections?\b|\binjectable\b|prefilled syringe|\bpen\b|auto-?injector|\bvial\b"),
    ("tablet", r"\btab(?:let)?s?\b|\bcaplets?\b"),
    ("capsule", r"\bcap(?:sule)?s?\b|\bsoftgels?\b|\bgelcaps?\b|\bliqui-?gels?\b"),
    ("suspension", r"\bsuspension\b"),
    ("solution", r"\bsolution\b|\bsyrup\b|\belixir\b|\bliquid\b|oral (?:soln|sol)\b"),
    ("cream", r"\bcream\b"),
    ("ointment", r"\bointment\b"),
    ("gel", r"\bgel\b"),
    ("drops", r"\bdrops?\b"),
    ("suppository", r"\bsuppositor(?:y|ies)\b"),
    ("spray", r"\bspray\b"),
    ("lozenge", r"\blozenges?\b"),
]
_DOSE_FORMS = [(n, re.compile(p)) for n, p in _DOSE_FORMS]

_ROUTES = [
    ("subcutaneous", r"\b(?:sc|sq|subq|sub-q|subcut|subcutaneous(?:ly)?|s\.c\.)\b|under the skin"),
    ("intramuscular", r"\b(?:im|intramuscular(?:ly)?|i\.m\.)\b|into the muscle"),
    ("intravenous", r"\b(?:iv|intravenous(?:ly)?|i\.v\.)\b"),
    ("sublingual", r"\b(?:sl|sublingual(?:ly)?)\b|under the tongue"),
    ("inhaled", r"\b(?:inh|inhale|inhaled|inhalation|inhaler|nebuli[sz]ed|via nebuli[sz]er)\b"),
    ("transdermal", r"\btransdermal(?:ly)?\b|\bpatch(?:es)?\b"),
    ("ophthalmic", r"\bophthalmic\b|\b(?:in|into) (?:each|both|the|left|right|affected) eyes?\b"),
    ("nasal", r"\b(?:nasal|intranasal(?:ly)?)\b|\bnostrils?\b"),
    ("rectal", r"\b(?:pr|rectal(?:ly)?|per rectum)\b"),
    ("vaginal", r"\b(?:vaginal(?:ly)?|intravaginal(?:ly)?|per vagina|into the vagina)\b"),
    ("topical", r"\btopical(?:ly)?\b|\bto (?:the )?(?:skin|affected area)\b"),
    ("oral", r"\b(?:po|p\.o\.|orally|oral|by mouth|per os)(?![\w])"),
]
_ROUTES = [(n, re.compile(p)) for n, p in _ROUTES]

_WORD_NUMS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
              "eight": "8", "nine": "9", "ten": "10", "one-half": "0.5", "one half": "0.5", "half": "0.5",
              "a half": "0.5"}

_QTY_UNITS = {
    "tab": "tablet", "tabs": "tablet", "tablet": "tablet", "tablets": "tablet", "caplet": "tablet", "caplets": "tablet",
    "pill": "tablet", "pills": "tablet",
    "softgel": "capsule", "softgels": "capsule", "gelcap": "capsule", "gelcaps": "capsule",
    "cap": "capsule", "caps": "capsule", "capsule": "capsule", "capsules": "capsule",
    "puff": "puff", "puffs": "puff", "inhalation": "puff", "inhalations": "puff", "actuation": "puff",
    "actuations": "puff", "spray": "spray", "sprays": "spray",
    "unit": "unit", "units": "unit", "u": "unit", "iu": "unit", "unt": "unit",
    "ml": "mL", "cc": "mL", "drop": "drop", "drops": "drop", "gtt": "drop", "gtts": "drop",
    "patch": "patch", "patches": "patch", "suppository": "suppository", "suppositories": "suppository",
    "mg": "mg", "mcg": "mcg", "g": "g", "gm": "g", "meq": "mEq", "teaspoon": "teaspoon", "teaspoons": "teaspoon",
    "tsp": "teaspoon", "tablespoon": "tablespoon", "tablespoons": "tablespoon", "tbsp": "tablespoon",
    "application": "application", "applications": "application", "vial": "vial", "pen": "pen",
}
_QTY_RE = re.compile(
    rf"(?<![\w.-])(?P<a>{_NUM})(?:\s*(?:to|-|or)\s*(?P<b>{_NUM}))?\s*"
    r"(?P<u>" + "|".join(sorted(_QTY_UNITS, key=len, reverse=True)) + r")(?![a-z])(?!\s*/\s*(?:ml|act))"
)
_PER_DOSE_UNITS = {"tablet", "capsule", "patch", "suppository", "puff", "spray", "drop", "application"}

_SIG_START = re.compile(
    r"[,;:(]|\b(?:take|takes|inject|apply|inhale|instill|give|use|place|chew|dissolve|insert|spray|sig)\b"
    r"|\b(?:po|p\.o\.|by mouth|orally|sc|sq|subq|subcutaneously|daily|qd|bid|tid|qid|qhs|hs|prn|as needed"
    r"|once|twice|every|q\d+h|nightly|weekly|at bedtime)\b"
    rf"|(?<![\w.-])(?:{_NUM})(?:\s*(?:to|-)\s*(?:{_NUM}))?\s*(?:tabs?|tablets?|caps?|capsules?|puffs?)\b"
)

_DAYS = (r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
         r"|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?=\s*[/,&]\s*[a-z])"
         r"|(?<=[/,&])\s*(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun))")
_VARIABLE_RE = re.compile(
    rf"\bexcept\b|\balternat\w*|\bsliding scale\b|\bcorrection scale\b|\btaper\w*|\bas directed\b|\bper inr\b"
    rf"|\bper (?:blood )?(?:sugar|glucose|bg|fsbg)\b|\bthen\b(?!\s+(?:stop|discontinue|d/c)\b)|\b{_DAYS}\b|\bother days\b"
)

# do-not-use / error-prone abbreviations (ISMP, The Joint Commission): raw tokens are collected
_ABBREV_RE = re.compile(
    r"(?<![\w.])(?:q\.?d\.?|q\.?o\.?d\.?|qhs|hs|sc|sq|u|iu|cc|ms|mso4|mgso4|d/c|tiw|q\.?i\.?d\.?)(?![\w/])",
    re.IGNORECASE,
)
_TRAILING_ZERO_RE = re.compile(r"(?<![\d.])\d+\.0+(?=\s*(?:mg|mcg|g|ml|units?|tabs?|tablets?)\b)", re.IGNORECASE)
_LEADING_DOT_RE = re.compile(r"(?<![\d.])\.\d+")

_PRN_RE = re.compile(r"\b(?:prn|p\.r\.n\.?|as needed|when needed|if needed|as required|as necessary|when required)(?!\w)")
# conditional use is as-needed use too: "at onset of migraine", "only when ankles swell"
_PRN_COND_RE = re.compile(r"\b(?:at (?:the )?(?:onset|first signs?) of|only (?:when|if)|if you (?:have|get))\s+(?=[a-z])")
_REASON_STOP = re.compile(
    r"[,.;:()]|\b(?:every|q\d|qd|daily|up to|max|maximum|not to exceed|do not|no more|take|at|may|then|for \d"
    r"|once|twice|x\s*\d|with)\b"
)
_DURATION_RE = re.compile(
    r"(?:\bfor|\bx|\btimes|\bduration)\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<u>days?|d|weeks?|wks?|w|months?|mos?)\b"
)

_CAP_RE = re.compile(
    r"\b(?:max(?:imum)?|not to exceed|do not exceed|no more than|nte)\s*(?:of\s*)?(?P<n>\d+(?:\.\d+)?)\s*"
    r"(?P<u>tabs?|tablets?|caps?|capsules?|meq|mg|mcg|g|doses?|times|puffs?)?\s*"
    r"(?:(?:/|per|a|in|each|every)\s*(?:day|24\s*h(?:ou)?rs?|24h)|daily)\b"
)
_ABBREV_NAMES = {"apap", "asa", "hctz", "mso4", "ms", "ntg", "inh", "tmp smx", "ppi", "kcl"}


# ---------------------------------------------------------------------------- frequency
def _freq_table() -> list[tuple[re.Pattern[str], Any]]:
    """(pattern, handler) in priority order; handler(match) -> (per_day, text)."""

    def hours(m: re.Match[str]) -> tuple[float, str]:
        lo = float(m.group("h"))
        hi = m.group("h2")
        if lo <= 0:
            raise ValueError
        text = f"every {_fmt(lo)} to {_fmt(float(hi))} hours" if hi else (
            "every hour" if lo == 1 else f"every {_fmt(lo)} hours")
        return 24.0 / lo, text

    def n_days(m: re.Match[str]) -> tuple[float, str]:
        n = float(m.group("n"))
        if n <= 0:
            raise ValueError
        return 1.0 / n, ("once daily" if n == 1 else f"every {_fmt(n)} days")

    def n_weeks(m: re.Match[str]) -> tuple[float, str]:
        n = float(m.group("n"))
        if n <= 0:
            raise ValueError
        return 1.0 / (7 * n), ("once weekly" if n == 1 else f"every {_fmt(n)} weeks")

    word = {"once": 1, "twice": 2, "three": 3, "four": 4, "five": 5, "six": 6}
    wn = r"(?P<n>\d+|" + "|".join(word) + r")"

    def count(m: re.Match[str]) -> float:
        raw = m.group("n")
        return float(word[raw]) if raw in word else float(raw)

    def times_day(m: re.Match[str]) -> tuple[float, str]:
        n = count(m)
        return n, _times_text(n)

    def times_week(m: re.Match[str]) -> tuple[float, str]:
        n = count(m)
        return n / 7.0, f"{_fmt(n)} times a week"

    def const(v: float, text: str) -> Any:
        return lambda m: (v, text)

    table: list[tuple[str, Any]] = [
        (r"\b(?:q|every)\s*(?P<h>\d+(?:\.\d+)?)\s*(?:(?:to|-)\s*(?P<h2>\d+(?:\.\d+)?)\s*)?(?:h|hr|hrs|hours?)\b", hours),
        (r"\b(?:every|each)\s+hour\b|\bhourly\b|\bq\s*h\b", const(24.0, "every hour")),
        (r"\bevery other day\b|\bq\.?o\.?d\.?(?!\w)|\balternate days\b|\bevery 48 hours\b", const(0.5, "every other day")),
        (r"\b(?:three times|3 times|3x)\s*(?:(?:a|per|/|each)\s*week\b|weekly\b)|\bthrice weekly\b|\btiw\b", const(3 / 7, "three times a week")),
        (r"\b(?:twice|2 times|2x)\s*(?:(?:a|per|/|each)\s*week\b|weekly\b)|\bbiw\b", const(2 / 7, "twice a week")),
        (r"\b" + wn + r"\s*(?:times|x)\s*(?:(?:a|per|/|each)\s*week\b|weekly\b)", times_week),
        (r"\b(?:every|q)\s*(?P<n>\d+)\s*(?:weeks?|wks?)\b", n_weeks),
        (r"\b(?:once\s*(?:a|per|/|each)\s*week|once weekly|weekly|every week|q\s*(?:week|wk)|qwk|1 time (?:a|per) week)\b",
         const(1 / 7, "once weekly")),
        (r"\b(?:monthly|once\s*(?:a|per|/|each)\s*month|every month|q\s*month)\b", const(1 / 30, "once monthly")),
        (r"\b(?:every|q)\s*(?P<n>\d+)\s*days?\b", n_days),
        (r"\b(?:four times|4 times|4x)\s*(?:a|per|/|each)?\s*(?:day|daily)\b|\bq\.?i\.?d\.?(?!\w)", const(4.0, "four times daily")),
        (r"\b(?:three times|3 times|3x)\s*(?:a|per|/|each)?\s*(?:day|daily)\b|\bt\.?i\.?d\.?(?!\w)", const(3.0, "three times daily")),
        (r"\b(?:twice|2 times|2x)\s*(?:a|per|/|each)?\s*(?:day|daily)\b|\bb\.?i\.?d\.?(?!\w)", const(2.0, "twice daily")),
        (r"\b" + wn + r"\s*(?:times|x)\s*(?:a|per|/|each)?\s*(?:day|daily)\b", times_day),
        (r"\b(?:once daily|once a day|once per day|daily|q\.?d\.?(?!\w)|every day|each day|1 time (?:a|per) day|qday)",
         const(1.0, "once daily")),
        (r"\b(?:every|each|on|q)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b(?!\s*(?:[/,&]|and\b))",
         const(1 / 7, "once weekly")),
        (r"\b(?:every|each) (?:morning|evening|night)\b|\bq\s?am\b|\bq\s?pm\b|\bnightly\b", const(1.0, "once daily")),
        (r"\b(?:at bedtime|qhs|hs|at night|before bed|bedtime)\b", const(1.0, "once daily at bedtime")),
        (r"\b(?:with|before|after) (?:each |every )?meals?\b|\bac\b", const(3.0, "three times daily with meals")),
    ]
    return [(re.compile(p), h) for p, h in table]


_FREQ = _freq_table()

_TIMING = [
    ("morning", re.compile(r"\b(?:in the morning|every morning|each morning|q\s?am|am|morning|with breakfast|before breakfast|with morning meal)\b")),
    ("noon", re.compile(r"\b(?:noon|midday|at lunch|with lunch|before lunch)\b")),
    ("evening", re.compile(r"\b(?:in the evening|every evening|each evening|q\s?pm|pm|evening|with (?:dinner|supper|evening meal)|before (?:dinner|supper|evening meal))\b")),
    ("bedtime", re.compile(r"\b(?:at bedtime|bedtime|qhs|hs|at night|before bed|nightly)\b")),
]
_MEAL_TIMING = ("morning", "noon", "evening")
_DEFAULT_TIMING = {1.0: ("morning",), 2.0: ("morning", "evening"), 3.0: ("morning", "noon", "evening"),
                   4.0: ("morning", "noon", "evening", "bedtime")}


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _times_text(n: float) -> str:
    return {1.0: "once daily", 2.0: "twice daily", 3.0: "three times daily", 4.0: "four times daily"}.get(
        n, f"{_fmt(n)} times daily")


# ---------------------------------------------------------------------------- name matching
_name_cache: dict[int, tuple[Any, re.Pattern[str] | None]] = {}
_name_lock = threading.Lock()


def _names_regex(knowledge: Any) -> re.Pattern[str] | None:
    key = id(knowledge)
    with _name_lock:
        hit = _name_cache.get(key)
        if hit is not None and hit[0] is knowledge:
            return hit[1]
    trie: dict[Any, Any] = {}
    for n in knowledge.names():
        words = [w for w in re.split(r"[\s\-/]+", str(n).lower()) if w]
        node = trie
        for i, word in enumerate(words):
            if i:
                node = node.setdefault(_SEP, {})
            for ch in word:
                node = node.setdefault(ch, {})
        if words:
            node[_END] = True
    body = _trie_regex(trie)
    pattern = re.compile(r"(?<![\w])(?:" + body + r")(?![\w])") if body else None
    with _name_lock:
        _name_cache[key] = (knowledge, pattern)
    return pattern


_SEP, _END = 0, 1  # trie keys besides characters: a gap between words, the end of a name


def _trie_regex(node: dict[Any, Any]) -> str:
    """Every name in the trie as one regex, factored by common prefixes (one alternation per
    letter, not per name: fast however many names there are). Where a name continues into a
    longer one the longer is tried first, so the longest name wins, as with a sorted alternation."""
    branches = []
    for key in sorted((k for k in node if k != _END), key=lambda k: (k == _SEP, str(k))):
        head = r"[\s\-/]+" if key == _SEP else re.escape(key)
        branches.append(head + _trie_regex(node[key]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if _END in node else body


# ---------------------------------------------------------------------------- helpers
def _prepare(text: str) -> str:
    t = text.replace("\u00bd", " 0.5 ").replace("\u00bc", " 0.25 ").replace("\u00be", " 0.75 ")
    t = re.sub(r"[®™©℠]", "", t)
    t = re.sub(r"[\u2010-\u2015\u2212]", "-", t)
    t = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", t)
    # RxNorm writes "insulin isophane, human" and "insulin, regular, human"
    t = re.sub(r",\s*human\b", "", t, flags=re.IGNORECASE)
    t = re.sub(r"\binsulin,\s*", "insulin ", t, flags=re.IGNORECASE)
    # "2 (two) times daily" (Epic-style sigs): the number once
    t = re.sub(r"(?<![\w.])(\d+)\s*\((?:one|two|three|four|five|six|seven|eight|nine|ten)\)", r"\1", t,
               flags=re.IGNORECASE)
    # "2 x 10mg", "10 mg tablet x 2": a count of dose units, written as a multiplication
    t = re.sub(r"(?<![\w.])(\d+)\s*[x×]\s*(\d+(?:\.\d+)?\s*(?:mg|mcg|g)\b)(?:\s*(?:tabs?|tablets?|caps?|capsules?)\b)?",
               r"\2, \1 pills", t, flags=re.IGNORECASE)
    t = re.sub(r"(?<![\w.])(\d+(?:\.\d+)?\s*(?:mg|mcg|g))(?:\s*(?:tabs?|tablets?|caps?|capsules?))?\s*[x×]\s*(\d+)\b"
               r"(?!\s*(?:d|days?|wks?|weeks?|months?|mos?|doses?|refills?)\b)",
               r"\1, \2 pills", t, flags=re.IGNORECASE)
    t = re.sub(r"\s+", " ", t).strip()
    return t


def _lower_keep_len(t: str) -> str:
    return "".join(c.lower() if len(c.lower()) == 1 else " " for c in t)


def _words_to_numbers(s: str) -> str:
    s = re.sub(r"\b(\d+)\s+1/2\b", lambda m: str(int(m.group(1)) + 0.5), s)
    s = re.sub(r"(?<![\d.])1/2(?=\s*(?:tab|tablet|cap|pill))", "0.5", s)
    s = re.sub(r"(?<![\d.])1/4(?=\s*(?:tab|tablet))", "0.25", s)
    for w in sorted(_WORD_NUMS, key=len, reverse=True):
        s = re.sub(rf"\b{w}\b(?=\s*(?:to|-|or|\(|tab|tablet|cap|capsule|puff|inhalation|spray|drop|patch|unit|ml|\d))",
                   _WORD_NUMS[w], s)
    s = re.sub(r"\(\s*\d+(?:\.\d+)?\s*\)", " ", s)  # "one (1) tablet" -> "1  tablet"
    return s


def _num(s: str) -> float:
    return float(s)


def _clean_num(x: float) -> float:
    return round(x, 6)


def _abbreviation_patterns(knowledge: Any) -> list[re.Pattern[str]]:
    """The knowledge base's do-not-use patterns when it has them, else the built-in list."""
    entries = getattr(knowledge, "abbreviations", None) if knowledge is not None else None
    if isinstance(entries, list) and entries:
        key = ("abbrev", id(knowledge))
        with _name_lock:
            hit = _abbrev_cache.get(key)
            if hit is not None and hit[0] is knowledge:
                return hit[1]
        patterns = []
        for e in entries:
            try:
                patterns.append(re.compile(e["pattern"]))
            except (KeyError, TypeError, re.error):
                continue
        with _name_lock:
            _abbrev_cache[key] = (knowledge, patterns)
        return patterns
    return [_ABBREV_RE, _TRAILING_ZERO_RE, _LEADING_DOT_RE]


_abbrev_cache: dict[tuple[str, int], tuple[Any, list[re.Pattern[str]]]] = {}


def _abbreviations(t: str, knowledge: Any) -> list[str]:
    """Raw tokens, as written and in order, that are on do-not-use / error-prone lists."""
    found: list[tuple[int, str]] = []
    for rx in _abbreviation_patterns(knowledge):
        for m in rx.finditer(t):
            tok = m.group(0).strip()
            start = m.start()
            lead = re.match(r"\d+(?:\.\d+)?\s*(?=[a-zA-Z])", tok)
            if lead:  # "10 u", "5 cc": the token is the unit
                start += lead.end()
                tok = tok[lead.end():]
            if rx is _ABBREV_RE and tok.lower() == "u" and not re.search(r"\d\s*$", t[:start]):
                continue  # a lone "u" only counts as the unit abbreviation after a number
            if rx is _ABBREV_RE and tok.lower() == "ms" and re.match(r"[ -]?contin", t[m.end():], re.I):
                continue  # "MS Contin" is a brand name
            if tok:
                found.append((start, tok))
    seen: list[str] = []
    for _, tok in sorted(found):
        if tok not in seen:
            seen.append(tok)
    return seen


# ---------------------------------------------------------------------------- main
def parse_line(text: str, knowledge: Any) -> ParsedMedication:
    """Parse one free-text medication line. Never raises: problems go into ``unclear``."""
    raw = text if isinstance(text, str) else ("" if text is None else str(text))
    try:
        return _parse(raw, knowledge)
    except Exception as exc:  # pragma: no cover - a safety net, never expected
        return ParsedMedication(text=raw, unclear=(f"could not be understood ({type(exc).__name__})",))


def _parse(raw: str, knowledge: Any) -> ParsedMedication:
    unclear: list[str] = []
    if not raw.strip():
        return ParsedMedication(text=raw, unclear=("empty line",))
    t = _prepare(raw)
    if len(t) > MAX_LINE:
        t = t[:MAX_LINE]
        unclear.append(f"line longer than {MAX_LINE} characters; only the start was read")
    w = _lower_keep_len(t)

    # abbreviations, from the line as written
    abbrevs = _abbreviations(t, knowledge)

    # drug names
    matches: list[tuple[int, int, str, tuple[str, ...]]] = []
    pattern = _names_regex(knowledge) if knowledge is not None else None
    if knowledge is None:
        unclear.append("no drug knowledge available")
    elif pattern is not None:
        for m in pattern.finditer(w):
            ings = knowledge.lookup(m.group(0))
            if ings:
                matches.append((m.start(), m.end(), t[m.start():m.end()], tuple(ings)))

    # where the product ends and the directions (sig) begin
    sig_start = len(w)
    if matches:
        sm = _SIG_START.search(w, matches[0][1])
        if sm:
            sig_start = sm.start()
        matches = [m for m in matches if m[0] < sig_start]
    product, sig = w[:sig_start], w[sig_start:]

    ingredients: list[str] = []
    for _, _, _, ings in matches:
        for i in ings:
            if i not in ingredients:
                ingredients.append(i)

    brand = None
    for _, _, written, ings in matches:
        norm = re.sub(r"[\s\-/]+", " ", written.lower()).strip()
        if norm in _ABBREV_NAMES or any(norm == i or norm.startswith(i + " ") for i in ings):
            continue  # a generic name, perhaps with its salt
        if len(ings) > 1 and all(i in norm for i in ings):
            continue  # "oxycodone-acetaminophen" written as a combination of generics
        if len(ings) == 1:
            info = _drug_info(knowledge, ings[0])
            known_brands = {_normalize(b) for b in getattr(info, "brands", ()) or ()}
            if known_brands and norm not in known_brands:
                continue  # a synonym ("insulin isophane" for insulin nph), not a brand
        brand = written.strip()
        break

    if not matches:
        cand = _unknown_name(w)
        if knowledge is not None:
            unclear.append(f"unknown drug '{cand}'" if cand else "no drug name found")

    # salt: a salt word right after a drug name
    salt = None
    for _, end, written, ings in matches:
        sm = _SALT_RE.match(w, end)
        found = sm.group(1) if sm else None
        if found is None:
            tail = re.sub(r"[\s\-/]+", " ", written.lower()).split()
            if len(tail) > 1 and tail[-1] in _SALTS and " ".join(tail) not in ings:
                found = tail[-1]
        if found:
            salt = "hydrochloride" if found == "hcl" else found
            break

    # formulation and dose form
    formulation = next((n for n, rx in _FORMULATIONS if rx.search(w)), None)
    dose_form = next((n for n, rx in _DOSE_FORMS if rx.search(product)), None) or next(
        (n for n, rx in _DOSE_FORMS if rx.search(sig)), None)
    if dose_form is None and re.search(r"\binject", w):
        dose_form = "injection"

    route = next((n for n, rx in _ROUTES if rx.search(w)), None)
    if route == "transdermal" and dose_form != "patch":
        route = None if not re.search(r"\btransdermal", w) else route
    if dose_form == "patch" and route is None:
        route = "transdermal"

    # strengths (in the product part)
    strengths_mg: dict[str, float] = {}
    strength_units: dict[str, float] = {}
    strengths_meq: dict[str, float] = {}
    strength_per = None
    strength_per_amount = None
    conflicts: set[str] = set()

    def put(target: dict[str, float], ing: str, value: float) -> None:
        value = _clean_num(value)
        if ing in target and target[ing] != value:
            conflicts.add(ing)
        target[ing] = value

    strength_spans = []
    unit_dose: tuple[float, int] | None = None
    masked = list(product)  # numbers inside a name ("Humulin 70/30") are not strengths
    for start, end, _, _ in matches:
        masked[start:end] = " " * (end - start)
    masked_product = "".join(masked)
    for m in _STRENGTH_RE.finditer(masked_product):
        nums = [_num(x) for x in re.split(r"\s*[-/]\s*", m.group("nums").strip())]
        unit = m.group("unit")
        per = m.group("per")
        strength_spans.append((m.start(), m.end()))
        if unit in ("g", "gm", "gram", "grams") and not per and len(nums) == 1 and (
                dose_form in _TOPICAL_FORMS or route in ("topical", "vaginal", "rectal")):
            continue  # "vaginal cream 1 g": grams of the product, not a strength
        if unit in _UNITS and not per and len(nums) == 1 and unit_dose is None and (
                route in ("subcutaneous", "intramuscular", "intravenous") or dose_form == "injection"
                or any("insulin" in i for i in ingredients)):
            unit_dose = (nums[0], m.start())  # "insulin glargine 10 u sc": a dose, not a strength
            continue
        if per:
            if per.startswith("ml"):
                strength_per = "mL"
                strength_per_amount = float(m.group("per_n") or 1)
            elif per.startswith("act"):
                strength_per = "actuation"
            else:
                strength_per = "hour"
        before = [mm for mm in matches if mm[1] <= m.start()]
        owner = before[-1][3] if before else (tuple(ingredients) if len(ingredients) == 1 else ())
        if len(nums) > 1:
            targets = owner if len(owner) == len(nums) else (
                tuple(ingredients) if len(ingredients) == len(nums) else ())
        else:
            targets = owner if len(owner) == 1 else ()
            if len(owner) > 1 and (unit in _MASS or unit in _MEQ):
                unclear.append(f"strength '{m.group(0).strip()}' does not say which ingredient it belongs to")
        if not targets:
            if ingredients and len(nums) > 1:
                unclear.append(f"strength '{m.group(0).strip()}' does not match the ingredients")
            continue
        for ing, value in zip(targets, nums):
            if unit in _MASS:
                put(strengths_mg, ing, value * _MASS[unit])
            elif unit in _MEQ:
                put(strengths_meq, ing, value)
            else:
                put(strength_units, ing, value)
    bare_scale = _bare_combo_scale(knowledge, ingredients, w, dose_form) if len(ingredients) > 1 else None
    if not strengths_mg and not strength_units and not strengths_meq and bare_scale:
        # "Percocet 5/325": a bare pair after a combination name is mg by convention ("Advair
        # 250/50", "Symbicort 160/4.5": micrograms per inhalation)
        for m in _BARE_COMBO_RE.finditer(masked_product):
            nums = [_num(x) for x in re.split(r"\s*[-/]\s*", m.group("nums").strip())]
            if len(nums) == len(ingredients):
                for ing, value in zip(ingredients, nums):
                    put(strengths_mg, ing, value * bare_scale)
                break
    if not strengths_mg and not strength_units and not strengths_meq:
        # "Tylenol #3 1 tab", "Bactrim DS", "Tylenol Extra Strength 2 caplets": a name that fixes the strength
        for _, _, written, ings in matches:
            implied = _product_strengths(knowledge, written)
            if implied and set(implied) <= set(ingredients):
                for ing, value in implied.items():
                    put(strengths_mg, ing, value)
                break
    for ing in sorted(conflicts):
        unclear.append(f"conflicting strengths for {ing}")

    # dose quantity (in the directions)
    q_from = max([mm[1] for mm in matches] + [e for _, e in strength_spans if unit_dose is None or e <= unit_dose[1]]
                 + [0])
    qmin = qmax = None
    dose_unit = None
    directions = _words_to_numbers(w[q_from:])
    cap_m = _CAP_RE.search(directions)
    if cap_m:  # "max 3 g daily" is a limit, neither a dose nor a frequency
        directions = directions[: cap_m.start()] + " " * (cap_m.end() - cap_m.start()) + directions[cap_m.end():]
    qm = _QTY_RE.search(directions)
    if qm:
        a = _num(qm.group("a"))
        b = _num(qm.group("b")) if qm.group("b") else a
        qmin, qmax = min(a, b), max(a, b)
        dose_unit = _QTY_UNITS[qm.group("u")]

    if qm is None and unit_dose is not None:
        qmin = qmax = unit_dose[0]
        dose_unit = "unit"

    # PRN
    prn_m = _PRN_RE.search(w) or _PRN_COND_RE.search(w)
    prn = prn_m is not None
    prn_reason = None
    if prn_m:
        after = re.sub(r"^\s*(?:for|to treat|due to|:|-)\s*", "", w[prn_m.end():])
        stop = _REASON_STOP.search(after)
        reason = (after[: stop.start()] if stop else after).strip()
        if not reason:
            bm = re.search(r"\bfor ([a-z][a-z ]{1,40}?)\s*$", w[: prn_m.start()].rstrip(" ,"))
            reason = bm.group(1).strip() if bm else ""
        reason = " ".join(reason.split()[:4])
        prn_reason = reason or None

    # frequency, timing
    freq = None
    freq_text = None
    for rx, handler in _FREQ:
        fm = rx.search(directions) or rx.search(w[:q_from])
        if fm:
            try:
                freq, freq_text = handler(fm)
            except (ValueError, ZeroDivisionError):
                continue
            break

    explicit_timing = [name for name, rx in _TIMING if rx.search(directions)]
    timing: tuple[str, ...] = tuple(explicit_timing)
    timing_inferred = False
    if len(explicit_timing) >= 2 and (freq is None or (freq == 1.0 and not re.search(r"\bonce\b", directions))):
        freq, freq_text = float(len(explicit_timing)), _times_text(float(len(explicit_timing)))
    if freq is None and len(explicit_timing) == 1 and explicit_timing[0] != "bedtime":
        freq, freq_text = 1.0, "once daily"
    if not timing and freq_text == "three times daily with meals":
        timing = _MEAL_TIMING
    if not timing and not prn and freq in _DEFAULT_TIMING and freq_text in ("once daily", "twice daily", "three times daily",
                                                                   "four times daily"):
        timing = _DEFAULT_TIMING[freq]
        timing_inferred = True

    # duration
    duration = None
    dm = _DURATION_RE.search(w)
    if dm:
        n, u = float(dm.group("n")), dm.group("u")
        duration = n * (7 if u.startswith("w") else 30 if u.startswith("mo") else 1)

    # doses
    dose_mg: dict[str, float] = {}
    if dose_unit == "g" and (dose_form in _TOPICAL_FORMS or route in ("topical", "vaginal", "rectal")):
        pass  # "apply 4 g of gel": the amount of the product, not of its ingredient
    elif dose_unit in ("mg", "mcg", "g") and qmax is not None:
        if len(ingredients) == 1:
            # several mass doses (a taper, "except 2.5 mg on Mondays"): the largest, for safety totals
            masses = [max(_num(m.group("a")), _num(m.group("b") or m.group("a"))) * _MASS[m.group("u")]
                      for m in _QTY_RE.finditer(directions) if m.group("u") in _MASS]
            if dose_form is None and _VARIABLE_RE.search(directions) and ingredients[0] in strengths_mg:
                masses.append(strengths_mg[ingredients[0]])  # "prednisone 40 mg daily then 20 mg daily"
            dose_mg[ingredients[0]] = _clean_num(max(masses + [qmax * _MASS[dose_unit]]))
        elif ingredients:
            unclear.append("a mass dose was given for a combination product")
    elif dose_unit in _PER_DOSE_UNITS and qmax is not None and strength_per is None:
        dose_mg = {i: _clean_num(v * qmax) for i, v in strengths_mg.items()}
    elif dose_unit in ("puff", "spray") and qmax is not None and strength_per == "actuation":
        per = 2 if re.search(r"\b(?:each|both|per) nostril|\bin each\b", w) else 1
        dose_mg = {i: _clean_num(v * qmax * per) for i, v in strengths_mg.items()}
    elif dose_unit in ("mL", "teaspoon", "tablespoon") and qmax is not None and strength_per == "mL":
        ml = qmax * {"mL": 1, "teaspoon": 5, "tablespoon": 15}[dose_unit]
        dose_mg = {i: _clean_num(v * ml / (strength_per_amount or 1)) for i, v in strengths_mg.items()}
    elif qm is None and strengths_mg and strength_per is None and (freq is not None or sig.strip()):
        # "lisinopril 10mg po qd", "Imitrex 50 mg at onset": the strength written with directions is the dose
        dose_mg = dict(strengths_mg)

    # the same for milliequivalents
    dose_meq: dict[str, float] = {}
    if dose_unit == "mEq" and qmax is not None:
        if len(ingredients) == 1:
            dose_meq[ingredients[0]] = _clean_num(qmax)
        elif ingredients:
            unclear.append("an mEq dose was given for a combination product")
    elif dose_unit in _PER_DOSE_UNITS and qmax is not None and strength_per is None:
        dose_meq = {i: _clean_num(v * qmax) for i, v in strengths_meq.items()}
    elif dose_unit in ("mL", "teaspoon", "tablespoon") and qmax is not None and strength_per == "mL":
        ml = qmax * {"mL": 1, "teaspoon": 5, "tablespoon": 15}[dose_unit]
        dose_meq = {i: _clean_num(v * ml / (strength_per_amount or 1)) for i, v in strengths_meq.items()}
    elif qm is None and strengths_meq and strength_per is None and (freq is not None or sig.strip()):
        dose_meq = dict(strengths_meq)  # "KCl 20 mEq po bid"

    if (qmax is None and len(ingredients) == 1 and list(strength_units) == ingredients and not strengths_mg
            and strength_per is None and (freq is not None or sig.strip())):
        qmin = qmax = strength_units[ingredients[0]]
        dose_unit = "unit"

    # variable or unclear directions
    vm = _VARIABLE_RE.search(directions)
    if vm and freq_text == "once weekly" and re.fullmatch(r"\s*[a-z]*days?", vm.group(0)) and not re.search(
            r"\bexcept\b|\bother days\b", directions) and len(_VARIABLE_RE.findall(directions)) == 1:
        vm = None  # "6 tabs every Monday": a weekly dose, not a variable one
    if vm:
        unclear.append(f"variable dose ('{directions[max(0, vm.start() - 10): vm.end() + 15].strip()}')")
    else:
        masses = {round(_num(m.group("a")) * _MASS[m.group("u")], 6)
                  for m in _QTY_RE.finditer(directions) if m.group("u") in _MASS}
        if len(masses) > 1:
            unclear.append("more than one dose in the directions")

    if freq is None and (ingredients or matches):
        unclear.append("missing frequency" if not prn else "missing frequency for as-needed use")

    # "max 8 tabs/day", "not to exceed 3 g daily": a stated cap lowers (or, for PRN use without a
    # frequency, gives) the daily maximum
    cap_n = float(cap_m.group("n")) if cap_m else 0.0
    cap_unit = _QTY_UNITS.get(cap_m.group("u") or "", cap_m.group("u")) if cap_m else None
    daily_mg, capped_mg = _daily(dose_mg, freq, prn, cap_m is not None, cap_n, cap_unit, dose_unit, qmax,
                                 {"mg": 1.0, "mcg": 0.001, "g": 1000.0})
    daily_meq, capped_meq = _daily(dose_meq, freq, prn, cap_m is not None, cap_n, cap_unit, dose_unit, qmax,
                                   {"mEq": 1.0})
    if capped_mg or capped_meq:
        unclear = [u for u in unclear if not u.startswith("missing frequency")]

    return ParsedMedication(
        text=raw,
        ingredients=tuple(ingredients),
        brand=brand,
        salt=salt,
        formulation=formulation,
        dose_form=dose_form,
        strengths_mg=strengths_mg,
        strength_units=strength_units,
        strength_per=strength_per,
        strength_per_amount=strength_per_amount,
        dose_quantity_min=qmin,
        dose_quantity_max=qmax,
        dose_unit=dose_unit,
        dose_mg=dose_mg,
        route=route,
        frequency_per_day=_clean_num(freq) if freq is not None else None,
        frequency_text=freq_text,
        timing=timing,
        timing_inferred=timing_inferred,
        prn=prn,
        prn_reason=prn_reason,
        duration_days=duration,
        daily_mg=daily_mg,
        unclear=tuple(dict.fromkeys(unclear)),
        abbreviations_seen=tuple(abbrevs),
        strengths_meq=strengths_meq,
        dose_meq=dose_meq,
        daily_meq=daily_meq,
    )


def _product_strengths(knowledge: Any, name: str) -> dict[str, float] | None:
    """mg per dose unit that a product name fixes (``knowledge.product_strengths``, where the
    knowledge base offers it); ``None`` otherwise."""
    fn = getattr(knowledge, "product_strengths", None)
    if not callable(fn):
        return None
    try:
        got = fn(name)
    except Exception:  # noqa: BLE001 - a knowledge object that cannot answer gives no strength
        return None
    if not isinstance(got, dict) or not got:
        return None
    return {str(k): float(v) for k, v in got.items() if isinstance(v, (int, float)) and v > 0} or None


_INHALER_CLASSES = {"inhaled_corticosteroid", "laba", "lama"}
_MIXED_UNIT_CLASSES = {"estrogen", "progestin"}  # "Loestrin 1/20": mg of one, mcg of the other


def _bare_combo_scale(knowledge: Any, ingredients: list[str], w: str, dose_form: str | None) -> float | None:
    """The unit of bare numbers after a combination name ("Percocet 5/325"): 1 (mg) by convention,
    0.001 (mcg) for inhalers, ``None`` where one unit cannot be assumed (contraceptives)."""
    classes: set[str] = set()
    for ing in ingredients:
        classes.update(getattr(_drug_info(knowledge, ing), "classes", ()) or ())
    if classes & _MIXED_UNIT_CLASSES:
        return None
    if dose_form == "inhaler" or classes & _INHALER_CLASSES or re.search(r"\b(?:puffs?|inhalations?)\b", w):
        return 0.001
    return 1.0


def _daily(dose: dict[str, float], freq: float | None, prn: bool, has_cap: bool, cap_n: float,
           cap_unit: str | None, dose_unit: str | None, qmax: float | None,
           scale: dict[str, float]) -> tuple[dict[str, float], bool]:
    """The daily amount (dose x frequency), lowered by a stated cap ("max 8 tabs/day", "not to
    exceed 3 g daily"); for PRN use without a frequency the cap alone gives it. ``scale`` converts
    the cap's unit to the dose's unit (mg, or mEq). Returns (daily, whether the cap gave it)."""
    daily = {i: _clean_num(v * freq) for i, v in dose.items()} if freq is not None and dose else {}
    if not has_cap or not (daily or (freq is None and prn and dose)):
        return daily, False
    cap: dict[str, float] = {}
    if cap_unit in scale and len(dose) == 1:
        cap = {next(iter(dose)): cap_n * scale[cap_unit]}
    elif cap_unit in (None, "dose", "doses", "times"):
        cap = {i: v * cap_n for i, v in dose.items()}
    elif cap_unit == dose_unit and dose_unit in _PER_DOSE_UNITS and qmax:
        cap = {i: v / qmax * cap_n for i, v in dose.items()}
    if daily:
        return {i: _clean_num(min(v, cap.get(i, v))) for i, v in daily.items()}, False
    if cap and set(cap) == set(dose):
        return {i: _clean_num(v) for i, v in cap.items()}, True
    return daily, False


_NOT_NAME = re.compile(
    r"(?:\d[\d.,/]*|mg|mcg|g|gm|ml|unt|units?|iu|u|hr|h|meq|%|extended|delayed|release|oral|tablet|tablets|tab"
    r"|capsule|capsules|cap|injection|solution|suspension|er|xr|xl|sr|dr|ec|odt|ir|cr|la|[^a-z0-9]+)"
)


def _unknown_name(w: str) -> str:
    """The words that look like the (unrecognised) drug name, for the "unknown drug" message."""
    sm = _SIG_START.search(w)
    head = w[: sm.start()] if sm else w
    words: list[str] = []
    for tok in re.findall(r"[^\s\-/]+", head):
        if _NOT_NAME.fullmatch(tok):
            if words:
                break
            continue
        words.append(tok)
        if len(words) == 4:
            break
    return " ".join(words).strip(" .,'\"")


def _normalize(name: str) -> str:
    return " ".join(re.split(r"[\s\-/]+", re.sub(r"[®™©℠]", "", name).lower())).strip()


def _drug_info(knowledge: Any, generic: str) -> Any:
    try:
        return knowledge.drug(generic)
    except Exception:  # noqa: BLE001 - a knowledge object without drug() details
        return None
