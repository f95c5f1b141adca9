"""The fast paths of the hot stages give exactly what the plain versions give.

Each speed-up replaced a simple loop or regex by a faster equivalent; these tests keep the
simple version as the reference and compare on random input, so a later edit of either side
that changes a result fails here. No timing is asserted (see `oep bench`).
"""
from __future__ import annotations

import random
import re

from pipeline.coding import bench
from pipeline.coding.lexicon import get_lexicon
from pipeline.coding.text import _TOKEN, tokenize
from pipeline.coding.triggers import _phrase_hits, sentence_has_head
from pipeline.geo.gazetteer import _PREV_TOKEN_RE, _PREV_TOKEN_REVERSED
from pipeline.geo.index import _WORD_RE, fold


def _reference_tokenize(text, start=0, end=None):
    end = len(text) if end is None else end
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end) if m.group() != "'s"]


def _reference_phrase_hits(index, words):
    out = []
    for i, w in enumerate(words):
        for phrase, value in index.get(w, ()):
            k = len(phrase)
            if k == 1 or (i + k <= len(words) and tuple(words[i:i + k]) == phrase):
                out.append((i, i + k, value))
    return out


def _reference_fold(text):
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower()[:1] or c for c in text)
    return _WORD_RE.sub(" ", low)


def test_tokenize_matches_the_plain_regex_scan():
    rng = random.Random(11)
    alphabet = ["a", "b", "n", "t", "s", "'", " ", ";", ":", ".", ",", "0", "7", "é", "ß", "-", "\n",
                "n't", "'s", "İ"]
    for _ in range(3000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        a = rng.randint(0, len(s))
        b = rng.randint(a, len(s))
        assert tokenize(s) == _reference_tokenize(s), s
        assert tokenize(s, a, b) == _reference_tokenize(s, a, b), (s, a, b)
    text = "Russia's envoy won't say; 1,000.5 people can't leave the city's port."
    assert tokenize(text.lower()) == _reference_tokenize(text.lower())


def test_phrase_hits_match_a_scan_at_every_token():
    lex = get_lexicon()
    vocabulary = sorted({w for phrases in lex.trigger_index.values() for p, _ in phrases for w in p}
                        | {w for phrases in lex.discard_index.values() for p, _ in phrases for w in p})
    rng = random.Random(5)
    pool = vocabulary[:400] + ["the", "to", "of", "a", "in", "russia", "said", "x"]
    for _ in range(1500):
        words = [rng.choice(pool) for _ in range(rng.randint(0, 25))]
        joined = " " + " ".join(words) + " "
        for index in (lex.trigger_index, lex.discard_index):
            got = [(i, j, v) for i, _, j, v in _phrase_hits(index, joined)]
            assert got == _reference_phrase_hits(index, words), words
        assert sentence_has_head(lex, words) == any(w in lex.head_words for w in words)


def test_fold_matches_the_regex_fold():
    rng = random.Random(3)
    for _ in range(3000):
        s = "".join(chr(rng.randint(0, 0x500)) if rng.random() < 0.3 else chr(rng.randint(0, 127))
                    for _ in range(rng.randint(0, 30)))
        assert fold(s) == _reference_fold(s), repr(s)


def test_previous_word_match_is_the_regex_search():
    rng = random.Random(4)
    for _ in range(5000):
        s = "".join(rng.choice("ab. \t,é_1\n") for _ in range(rng.randint(0, 14)))
        ref = _PREV_TOKEN_RE.search(s)
        t = s[:-1] if s.endswith("\n") else s
        got = _PREV_TOKEN_REVERSED.match(t[::-1])
        assert (ref.group(1) if ref else None) == (got.group(1)[::-1] if got else None), repr(s)


def test_bench_articles_are_deterministic_and_the_mixes_differ():
    dense = bench.generate_articles(20, 500, mix="dense")
    assert dense == bench.generate_articles(20, 500, mix="dense")
    realistic = bench.generate_articles(20, 500, mix="realistic")
    neutral = set(bench.NEUTRAL_SENTENCES)
    words = [len(a["text"].split()) for a in dense + realistic]
    assert min(words) >= 500 and max(words) < 600
    def share(articles):
        sents = [s for a in articles for s in re.split(r"(?<=[.!?])\s+", a["text"])]
        return sum(s in neutral for s in sents) / len(sents)
    assert share(dense) == 0
    assert 0.5 < share(realistic) < 0.8  # two sentences in three are neutral


def test_bench_run_reports_the_figures():
    r = bench.run(12, 200, mix="realistic", repeat=1)
    for key in ("articles_per_s", "words_per_s", "articles_per_cpu_s", "peak_rss_mb", "stages_s"):
        assert key in r
    assert r["articles"] == 12 and r["events"] > 0 and r["articles_per_s"] > 0
    # the per-stage figures are timed on the articles there are, not on a fixed 300
    assert r["stage_articles"] == 12 and r["stages_s"]["tokenize (article)"] > 0


def test_bench_prints_per_article_stage_times_over_the_articles_timed(capsys):
    import argparse
    assert bench.main(argparse.Namespace(articles=10, words=200, mix="realistic", repeat=1)) == 0
    out = capsys.readouterr().out
    assert "per stage on 10 articles" in out
