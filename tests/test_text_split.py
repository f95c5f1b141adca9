"""Sentence splitting and tokens: the fast paths give what their plain definitions give."""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from pipeline.coding import text as T
from pipeline.coding.text import Sentence, normalize, split_sentences, tokenize

# Pieces that exercise every branch: abbreviations, initials, closers, !/?, newlines, bullets,
# non-ASCII letters and spaces, possessives, "n't", numbers with separators, clause marks.
PIECES = ["Mr.", "U.S.", "J.", "e.g.", "a.m.", "Gen.", "No.", "word", "Word", "WORD", "said.", "end?",
          "end!", "?!", "...", ".", '"', "'", ")", "]", "(", "[", "\n", "\n\n", " \n ", "\t", "\u00a0",
          "- item", "* item", "\u2022 item", "2023.", "1,000", "3.5", "\u00e9", "\u00c9lan", "x.y.z.",
          "A.B.C.D.E.F.G.", "abcdefghijklmnop.", "don't", "it's", "Ukraine's", "'s", ";", "a:b",
          "x_y", "\u0130stanbul", "\u0663", "mp3", "F-16"]
texts = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from([" ", "", "  ", "\n", " \n"])),
                 max_size=40).map(lambda parts: "".join(p + s for p, s in parts))

# The definition of the word before a period, as a regex (the code finds it with str methods).
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


def _is_abbreviation_by_regex(text: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if not m:
        return False
    word = m.group(1)
    return (word.lower() in T.ABBREVIATIONS or (len(word) == 1 and word.isupper())
            or ("." in word and len(word) <= 6))


@settings(max_examples=300, deadline=None)
@given(texts)
def test_abbreviation_test_matches_its_regex_definition(text):
    for dot in (i for i, ch in enumerate(text) if ch == "."):
        assert T._is_abbreviation(text, dot) == _is_abbreviation_by_regex(text, dot), (text, dot)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_period_only_boundary_pattern_splits_like_the_general_one(text):
    text = text.replace("!", ".").replace("?", ".")
    general, period_only = [], []
    T._split_block(text, 0, len(text), general, T._BOUNDARY)
    T._split_block(text, 0, len(text), period_only, T._PERIOD_BOUNDARY)
    assert general == period_only


@settings(max_examples=300, deadline=None)
@given(texts)
def test_sentences_are_trimmed_ordered_and_point_into_the_text(text):
    previous_end = 0
    for i, s in enumerate(split_sentences(text)):
        assert s.index == i and s.text == text[s.start:s.end] and s.text == s.text.strip()
        assert s.start >= previous_end
        previous_end = s.end
    # nothing but whitespace is left out
    covered = set()
    for s in split_sentences(text):
        covered.update(range(s.start, s.end))
    assert all(ch.isspace() for i, ch in enumerate(text) if i not in covered)


def test_abbreviations_initials_and_lowercase_followers_do_not_end_sentences():
    text = ("U.S. President Joe Biden met Gen. Smith at 9 a.m. in Washington. J. Doe said so. "
            "Prices rose. they fell? No! \"Why?\" he asked. The talks ended...")
    assert [s.text for s in split_sentences(text)] == [
        "U.S. President Joe Biden met Gen. Smith at 9 a.m. in Washington.",
        "J. Doe said so.",
        "Prices rose. they fell?",
        "No!",
        "\"Why?\" he asked.",
        "The talks ended...",
    ]


def test_sentences_built_by_the_fast_constructor_equal_dataclass_ones():
    fast = split_sentences("One sentence here. Another one.")[1]
    plain = Sentence(1, 19, 31, "Another one.")
    assert fast == plain and repr(fast) == repr(plain) and hash(fast) == hash(plain)


def _tokens_by_definition(low: str, start: int = 0, end: int | None = None):
    end = len(low) if end is None else end
    return [(m.group(), m.start(), m.end()) for m in T._TOKEN.finditer(low, start, end) if m.group() != "'s"]


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(0, 50), st.integers(0, 400))
def test_tokens_match_the_token_pattern(text, start, length):
    low = normalize(text).lower()
    assert tokenize(low) == _tokens_by_definition(low)
    start = min(start, len(low))
    end = min(len(low), start + length)
    assert tokenize(low, start, end) == _tokens_by_definition(low, start, end)


def test_possessive_dropped_but_nt_and_numbers_kept():
    low = "ukraine's army won't give up 1,000.5 km; it's over"
    assert [t for t, _, _ in tokenize(low)] == [
        "ukraine", "army", "wo", "n't", "give", "up", "1,000.5", "km", ";", "it", "over"]
