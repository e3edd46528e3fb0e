"""Readability formulas for the handout content tests (English and Spanish).

`textstat` (a locked test dependency) counts English syllables with NLTK's cmudict, which it
downloads on first use; tests never go to the network, so the formulas are written out here and
tests/handouts/test_content.py checks textstat's scores too wherever it works offline (Spanish
always; English when cmudict is already present).

Counting rules (the same for every formula):

- Text is the items of a handout, each item ending a sentence (a period is added when it has
  no . ! or ?). A sentence ends at . ! or ? followed by a space, or at the end of the text
  (so "R.Á.P.I.D.O." and "100.4" stay inside their sentence). Like textstat, a "sentence" of
  2 words or fewer is not counted as a sentence of its own (its words still count).
- A word is a run of letters or digits; an apostrophe inside a word ("don't") and a hyphen
  between parts ("follow-up") keep it one word, as in the original Flesch-Kincaid counting.
  A hyphenated word's syllables are the sum of its parts.

English syllables (heuristic, no dictionary):

1. Lower-case, letters only. Words of 1-3 letters are 1 syllable.
2. Count groups of vowels (a e i o u y); a leading "y" is a consonant.
3. A final silent "e" after a consonant takes 1 away ("take", "home"), except "-le" after
   a consonant ("little"). An "e" that is part of a vowel group ("free", "rescue") is kept.
4. "-es" after a consonant takes 1 away except after s, x, z, c, g, in "-ches"/"-shes" and
   in "-les" after a consonant ("takes" 1, "pages" 2, "boxes" 2, "ankles" 2); "-ed" after a
   consonant takes 1 away except after t or d ("called" 1, "wanted" 2, "worried" 2).
5. Vowel pairs that are usually said as two syllables add 1: "ia" and "io" except after
   t, s, c, g or x ("dial", "period", but "nation", "special", "region" stay as they are),
   "ua" and "uo" except after q or g ("usual", but "equal", "language"), and "iu"
   ("medium"); "-ing" after a vowel adds 1 ("going", "seeing"). Other pairs ("quiet",
   "area", "diet") are undercounted; that is accepted.
6. Never fewer than 1.
7. A hyphenated word is the sum of its parts. A number is a word too; its syllables are
   estimated from its spoken length: 1 digit = 1, 2 digits = 2, 3 or more digits = 3
   ("911" = nine-one-one).

Compared, when this was written, with Pyphen hyphenation counts (what textstat used for
English before 0.7.4 and still uses for Spanish): on these handouts this heuristic gives
English grades 0.6-1.8 higher (Pyphen misses syllables at word edges: "about" = 1) and
Spanish scores 3-9 points lower, so it errs on the strict side. See
resources/handouts/README.md for the measured numbers.

Spanish syllables (rule-based; Spanish spelling is regular):

1. Lower-case. "y" is a vowel only when not followed by a vowel ("muy", "y", "hoy").
   The silent "u" of "que", "qui", "gue", "gui" is dropped; "ü" is a vowel.
2. Each group of adjacent vowels is 1 syllable, plus 1 for each hiatus inside the group:
   two strong vowels side by side (a, e, o, á, é, ó), or an accented í/ú next to another
   vowel ("día", "leer", "reúne"). Weak + strong or weak + weak (i, u, ü) is a diphthong.
   "h" is a consonant here, so "ahí" is 2 syllables as it should be.

Formulas:

- Flesch-Kincaid grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59
- Fernandez-Huerta (as textstat computes it) =
  206.84 - 60 * (syllables / words) - 1.02 * (words / sentences);
  60-70 "normal" (about grades 8-9), 70-80 "bastante fácil" (about grade 7), 80-90 "fácil".
- Szigriszt-Pazos perspicuity = 206.835 - 62.3 * (syllables / words) - (words / sentences);
  INFLESZ scale (Barrio-Cantalejo et al., 2008): 55-65 "normal", 65-80 "bastante fácil".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_EN_VOWEL_GROUP = re.compile(r"[aeiouy]+")
_EN_VOWELS = set("aeiouy")
_EN_SPLIT_PAIRS = re.compile(r"(?<![tscgx])i[ao]|(?<![qg])u[ao]|iu")


def sentences_text(items: Iterable[str]) -> str:
    """Join items as sentences: each item ends with . ! or ? (a period is added if not)."""
    parts = []
    for item in items:
        s = item.strip()
        if not s:
            continue
        if s[-1] not in ".!?":
            s += "."
        parts.append(s)
    return " ".join(parts)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def sentences(text: str) -> list[str]:
    """The sentences of `text`: split after . ! or ? followed by a space, so the dots inside
    "R.Á.P.I.D.O." or "100.4" do not end a sentence."""
    return [s for s in _SENTENCE_END.split(text.strip()) if words(s)]


def sentence_word_counts(text: str) -> list[int]:
    """Word counts of the sentences of `text` (every sentence, even short ones)."""
    return [len(words(s)) for s in sentences(text)]


def count_sentences(text: str) -> int:
    counts = sentence_word_counts(text)
    if not counts:
        return 0
    return max(1, sum(1 for n in counts if n > 2))


def _number_syllables(token: str) -> int:
    digits = sum(ch.isdigit() for ch in token)
    return 1 if digits <= 1 else 2 if digits == 2 else 3


def syllables_en(word: str) -> int:
    if "-" in word:
        return sum(syllables_en(part) for part in word.split("-") if part)
    if any(ch.isdigit() for ch in word):
        return _number_syllables(word)
    w = re.sub(r"[^a-z]", "", word.lower())
    if not w:
        return 0
    if len(w) <= 3:
        return 1
    core = w[1:] if w[0] == "y" else w
    n = len(_EN_VOWEL_GROUP.findall(core))
    before = w[-3] if len(w) >= 3 else ""
    if w.endswith("e") and w[-2] not in _EN_VOWELS:
        if not (w.endswith("le") and before not in _EN_VOWELS):
            n -= 1
    elif w.endswith("es") and before not in _EN_VOWELS:
        keeps_e = before in "sxzcg" or w.endswith(("ches", "shes"))
        syllabic_les = w.endswith("les") and len(w) > 3 and w[-4] not in _EN_VOWELS
        if not keeps_e and not syllabic_les:
            n -= 1
    elif w.endswith("ed") and before not in _EN_VOWELS and before not in "td":
        n -= 1
    n += len(_EN_SPLIT_PAIRS.findall(w))
    if re.search(r"[aeiouy]ing$", w):
        n += 1
    return max(1, n)


_ES_STRONG = set("aeoáéóíú")
_ES_VOWELS = set("aeiouáéíóúü")


def syllables_es(word: str) -> int:
    if any(ch.isdigit() for ch in word):
        return _number_syllables(word)
    if "-" in word:
        return sum(syllables_es(part) for part in word.split("-") if part)
    w = word.lower()
    w = re.sub(r"([qg])u([eéií])", r"\1\2", w)
    letters = []
    for i, ch in enumerate(w):
        if ch == "y":
            nxt = w[i + 1] if i + 1 < len(w) else ""
            letters.append("i" if nxt not in _ES_VOWELS else "y")
        else:
            letters.append(ch)
    w = "".join(letters)
    n = 0
    prev = ""
    for ch in w:
        if ch in _ES_VOWELS:
            if prev == "" or (prev in _ES_STRONG and ch in _ES_STRONG):
                n += 1
            prev = ch
        else:
            prev = ""
    return max(1, n)


@dataclass(frozen=True)
class Stats:
    words: int
    sentences: int
    syllables: int

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0

    @property
    def syllables_per_word(self) -> float:
        return self.syllables / self.words if self.words else 0.0


def stats(text: str, lang: str) -> Stats:
    ws = words(text)
    count = syllables_en if lang == "en" else syllables_es
    return Stats(len(ws), count_sentences(text), sum(count(w) for w in ws))


def flesch_kincaid_grade(text: str) -> float:
    s = stats(text, "en")
    if not s.words or not s.sentences:
        return 0.0
    return 0.39 * s.words_per_sentence + 11.8 * s.syllables_per_word - 15.59


def fernandez_huerta(text: str) -> float:
    s = stats(text, "es")
    if not s.words or not s.sentences:
        return 0.0
    return 206.84 - 60 * s.syllables_per_word - 1.02 * s.words_per_sentence


def szigriszt_pazos(text: str) -> float:
    s = stats(text, "es")
    if not s.words or not s.sentences:
        return 0.0
    return 206.835 - 62.3 * s.syllables_per_word - s.words_per_sentence
