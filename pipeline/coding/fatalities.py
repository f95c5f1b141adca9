"""Fatalities stated in a sentence: "killing two civilians" -> 2, "at least 5 killed" -> 5.

Only counts tied to a death word within a few tokens; "wounded"/"injured" counts are ignored.
Returns None when the sentence states no number of dead.
"""
from __future__ import annotations

import re

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12, "dozen": 12,
    "a hundred": 100, "a couple": 2, "both": 2,
}
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|dozen|a hundred|hundred)"
_DEATH = r"(?:kill(?:ed|ing|s)?|dead|deaths?|died|die|lives|bodies|fatalities|massacred|murdered|executed|shot dead|perished)"
_FILL = r"(?:\s+(?:\w+[- ]?){0,4}?)"
# "killing two civilians", "killed at least 23 people"
_AFTER = rf"\b{_DEATH}\s+(?:at least |more than |over |about |some |nearly |almost |up to |around )?({_NUM})\b"
# "5 people were killed", "at least three Iraqi civilians have been killed", "death toll rose to 200"
_BEFORE = rf"\b({_NUM})(?:\s+[\w-]+){{0,4}}?\s+(?:were |have been |had been |was |are |been )?{_DEATH}\b"
_TOLL = rf"\bdeath toll\s+(?:\w+\s+){{0,4}}?(?:to |at |of )?(?:more than |over |at least )?({_NUM})\b"
_NOT_DEAD = r"\b(?:wounded|injured|hurt|missing)\b"


class _Patterns:
    """The patterns compiled with one set of flags. Every pattern holds a death word ("death toll"
    starts with one), so `any_death` rejects most sentences before the three number scans."""

    def __init__(self, flags: int):
        self.any_death = re.compile(_DEATH, flags).search
        self.toll, self.after, self.before = (re.compile(p, flags) for p in (_TOLL, _AFTER, _BEFORE))
        self.not_dead = re.compile(_NOT_DEAD, flags).search


# Case-insensitive matching of these lower-case ASCII patterns on ASCII text is the same as
# case-sensitive matching on the lower-cased text, which is several times cheaper than re.I; other
# text keeps re.I (it folds a few non-ASCII letters, e.g. the Kelvin sign, onto ASCII ones).
_ASCII_LOWER = _Patterns(0)
_ANY_TEXT = _Patterns(re.I)


def _value(s: str) -> int | None:
    s = s.lower().replace(",", "").strip()
    if s.isdigit():
        n = int(s)
        return n if n < 1_000_000 else None
    if s in _UNITS:
        return _UNITS[s]
    parts = re.split(r"[- ]", s)
    if len(parts) == 2 and parts[0] in _UNITS and parts[1] in _UNITS:
        return _UNITS[parts[0]] + _UNITS[parts[1]]
    return None


def _is_year(text: str, m: re.Match) -> bool:
    v = m.group(1)
    return v.isdigit() and len(v) == 4 and 1900 <= int(v) <= 2100


def fatalities(sentence: str) -> int | None:
    """Number of dead stated in the sentence (largest stated figure), or None."""
    if sentence.isascii():
        rx, sentence = _ASCII_LOWER, sentence.lower()
    else:
        rx = _ANY_TEXT
    if rx.any_death(sentence) is None:
        return None
    found = []
    for pattern in (rx.toll, rx.after, rx.before):
        for m in pattern.finditer(sentence):
            if _is_year(sentence, m):
                continue
            between = sentence[m.start():m.end()]
            if pattern is rx.before and rx.not_dead(between):
                continue
            v = _value(m.group(1))
            if v is not None:
                found.append(v)
    return max(found) if found else None
