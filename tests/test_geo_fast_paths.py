"""The gazetteer's fast paths give what the regexes they replace give (random inputs, seeded).

find_places reads qualifiers with word tries, the word before a name backwards, and sentence ends
with str.find; each is compared here with the plain regex it stands for, on inputs built from the
words those regexes care about, so a change to qualifiers.csv or to the code that breaks the
equivalence fails here.
"""
from __future__ import annotations

import random
import re

import pytest

from pipeline.geo import gazetteer as gmod
from pipeline.geo.gazetteer import (_FILLER, _PREV_TOKEN_REVERSED, _QualifierWords, _sentence_ends, _word_before,
                                    get_gazetteer)


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def _trie_words(node, out):
    for word, child in node.items():
        if word is not None:
            out.add(word)
            _trie_words(child, out)
    return out


def test_qualifier_words_agree_with_the_qualifier_regex(gaz):
    matcher = gaz._qualifier_words
    assert matcher is not None, "qualifiers.csv should expand into word sequences"
    vocab = _trie_words(matcher.qualifiers, set()) | _trie_words(matcher.fillers, set())
    vocab.discard(gmod._NUMBER)
    vocab = sorted(vocab) + ["20", "5", "forces", "struck", "ssian", "the", "of", "city", "near"]
    rnd = random.Random(7)
    found = 0
    for _ in range(4000):
        words = [rnd.choice(vocab) for _ in range(rnd.randint(0, 8))]
        window = rnd.choice(["", " ", "x "]) + "".join(w + rnd.choice([" ", "  "]) for w in words)
        text = window + "Kyiv"
        try:
            fast = gaz._qualify(text, text.lower(), len(window), 0)
            gaz._qualifier_words = None  # the regex path
            slow = gaz._qualify(text, text.lower(), len(window), 0)
        finally:
            gaz._qualifier_words = matcher
        assert fast == slow, window
        found += bool(fast[0])
    assert found > 400  # the inputs do exercise the qualifiers


def test_unsupported_qualifier_patterns_fall_back_to_the_regex():
    assert _QualifierWords.build([r"[a-z]+ of"], _FILLER) is None
    assert _QualifierWords.build([r"near(?:by)*"], _FILLER) is None
    assert _QualifierWords.build([r"km\d"], _FILLER) is None
    built = _QualifierWords.build([r"near", r"(?:\d+\s+)?km\s+from"], _FILLER)
    assert built.match("shelled 20 km from the city of".split(), 7) == (1, 1)
    assert built.match("shelled km from".split(), 3) == (1, 1)
    assert built.match("near the".split(), 2) == (0, 0)
    assert built.match("nearby".split(), 1) is None


def test_word_before_agrees_with_the_regex():
    rnd = random.Random(3)
    pieces = ["Mr.", "President", "Gen.", "in", "the", "_x", "a.b", " ", "  ", "\t", "\n", ",", "-",
              "Straße", "x" * 25, "12"]
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 10))) + "Kyiv"
        start = len(text) - 4
        window = text[max(0, start - 30):start]
        if window.endswith("\n"):
            window = window[:-1]
        m = _PREV_TOKEN_REVERSED.match(window[::-1])
        assert _word_before(text, start) == (m.group(1)[::-1] if m else ""), repr(text)


def test_sentence_ends_agree_with_the_regex():
    rnd = random.Random(5)
    pieces = ["Kyiv", ".", "!", "?", ";", " ", "\n", "\t", "\u00a0", "a", "U.S."]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30)))
        expected = [m.start() for m in re.finditer(r"[.!?;](?=\s)|\n", text)]
        assert _sentence_ends(text) == expected, repr(text)


def test_route_end_precheck_agrees_with_the_route_regex(gaz):
    rules = gaz._rules
    rnd = random.Random(11)
    pieces = ["from", "From", "to", "into", "via", "acroſs", "across", "the", "The", "Russia's",
              "Russia’s", "its", "s", "launched", "region", " ", "  ", "\n", ",", "x" * 12]
    found = 0
    for _ in range(5000):
        text = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 6))) + rnd.choice([" ", ""]) + "Rostov"
        start = len(text) - 6
        expected = rules.route_word_re.search(text, max(0, start - 25), start) is not None
        assert rules.is_route_end(text, gmod.fold(text), start) == expected, repr(text)
        found += expected
    assert found > 500
