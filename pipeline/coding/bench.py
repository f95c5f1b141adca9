"""`oep bench`: time the coder on generated articles (articles/s, words/s, peak memory, per stage).

Articles are built deterministically (fixed seed) from sentences of the sample corpus in data/raw
(when present) mixed with built-in template sentences, shuffled, to about --words words each.
"""
from __future__ import annotations

import json
import random
import resource
import sys
import time
from pathlib import Path

TEMPLATES = [
    "North Korea opened a consulate in occupied Donetsk on Friday, officials said.",
    "Russian forces shelled Kherson overnight, killing two civilians and wounding five others.",
    "The Kremlin said it would establish diplomatic relations with the self-proclaimed republics.",
    "Kazakhstan will not recognize the annexation of the four regions, the foreign ministry said.",
    "Hundreds of workers from Central Asia were brought to Mariupol to rebuild the theatre.",
    "The occupation authorities began issuing work permits to migrants in Melitopol last month.",
    "Ukraine condemned the opening of a so-called embassy of South Ossetia in Luhansk.",
    "Russia and Belarus signed an agreement on labor migration in Minsk on Tuesday.",
    "Protesters rallied in Kyiv on Sunday to demand the release of prisoners of war.",
    "A drone strike hit an oil depot near Sevastopol early on Monday, the governor said.",
    "The weather in Odesa was sunny and the beaches were crowded at the weekend.",
    "Police detained three activists in Simferopol for posting pro-Ukrainian songs online.",
    "The European Union imposed new sanctions on officials involved in the deportation of children.",
    "Prices of bread and fuel rose again in the city, residents complained to reporters.",
    "The two leaders met in Vladivostok and discussed military cooperation and trade.",
    "Local football clubs resumed training after the summer break, the league announced.",
    "The separatist leader urged Minsk to recognize the independence of the republic.",
    "Fighting continued near Bakhmut, where both sides reported heavy losses.",
    "The school year began with new textbooks in Russian, parents told the newspaper.",
    "According to the statistics office, unemployment in the region fell slightly in spring.",
]


def _sample_sentences(raw_dir: Path) -> list[str]:
    from pipeline.coding.text import split_sentences

    out: list[str] = []
    if not raw_dir.is_dir():
        return out
    for path in sorted(raw_dir.rglob("*")):
        if not path.is_file() or path.name.startswith(".") or path.name.startswith("README"):
            continue
        try:
            data = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        texts = []
        if path.suffix == ".jsonl":
            for line in data.splitlines():
                try:
                    rec = json.loads(line)
                except ValueError:
                    continue
                if isinstance(rec, dict) and isinstance(rec.get("text"), str):
                    texts.append(rec["text"])
        elif path.suffix == ".txt":
            texts.append(data)
        for t in texts:
            out.extend(s.text for s in split_sentences(t) if len(s.text.split()) >= 6)
    return out


def generate_articles(n: int, words: int, seed: int = 20230917, raw_dir: Path | None = None) -> list[dict]:
    from pipeline.paths import default_raw_dir

    pool = TEMPLATES + _sample_sentences(raw_dir or default_raw_dir())
    rng = random.Random(seed)
    start = __import__("datetime").date(2022, 1, 1)
    articles = []
    for i in range(n):
        sents, count = [], 0
        while count < words:
            s = rng.choice(pool)
            sents.append(s)
            count += len(s.split())
        paragraphs = [" ".join(sents[k:k + 4]) for k in range(0, len(sents), 4)]
        articles.append({"article_id": f"bench-{i:05d}", "title": sents[0][:80],
                         "published": start + __import__("datetime").timedelta(days=i % 900),
                         "text": "\n\n".join(paragraphs)})
    return articles


def _stage_times(articles: list[dict]) -> dict[str, float]:
    """Rough per-stage cost on a subset: each stage run on its own over the same texts."""
    from pipeline.coding import coder, dates
    from pipeline.coding.lexicon import get_lexicon
    from pipeline.coding.text import normalize, split_sentences, tokenize
    from pipeline.coding.triggers import find_matches

    lex = get_lexicon()
    out = {}
    t = time.perf_counter()
    split = [(a, split_sentences(normalize(a["text"]))) for a in articles]
    out["sentences"] = time.perf_counter() - t
    t = time.perf_counter()
    for a, sents in split:
        low = normalize(a["text"]).lower()
        for s in sents:
            find_matches(lex, [w for w, _, _ in tokenize(low, s.start, s.end)])
    out["triggers"] = time.perf_counter() - t
    t = time.perf_counter()
    actor_lists = [coder.find_actors_fn(a["text"], a["published"]) for a in articles]
    out["actors"] = time.perf_counter() - t
    t = time.perf_counter()
    for a, acts in zip(articles, actor_lists):
        try:
            coder.find_places_fn(a["text"], tuple(sorted({(x.country or "") for x in acts})))
        except Exception:  # noqa: BLE001
            pass
    out["places"] = time.perf_counter() - t
    t = time.perf_counter()
    for a, sents in split:
        for s in sents:
            try:
                dates.find_temporal_expressions(s.text, a["published"])
            except Exception:  # noqa: BLE001
                pass
    out["dates (all sentences)"] = time.perf_counter() - t
    return out


def run(n: int, words: int) -> dict:
    import tracemalloc

    from pipeline.coding.coder import code_article
    from pipeline.coding.lexicon import get_lexicon

    t0 = time.perf_counter()
    get_lexicon()
    code_article({"article_id": "warm", "text": TEMPLATES[0] + " " + TEMPLATES[1], "published": "2023-01-01"})
    warm = time.perf_counter() - t0
    articles = generate_articles(n, words)
    total_words = sum(len(a["text"].split()) for a in articles)
    t = time.perf_counter()
    events = 0
    for a in articles:
        events += len(code_article(a))
    elapsed = time.perf_counter() - t
    # peak Python heap while coding a slice, and the process's peak resident set
    tracemalloc.start()
    for a in articles[:200]:
        code_article(a)
    _, peak_heap = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    stages = _stage_times(articles[:300])
    return {"articles": n, "words": total_words, "events": events, "seconds": elapsed,
            "articles_per_s": n / elapsed if elapsed else 0.0, "words_per_s": total_words / elapsed if elapsed else 0.0,
            "peak_rss_mb": rss_mb, "peak_heap_mb": peak_heap / 2**20, "warmup_s": warm,
            "stages_300_articles_s": stages}


def main(args) -> int:
    n = int(getattr(args, "articles", 2000) or 2000)
    words = int(getattr(args, "words", 500) or 500)
    r = run(n, words)
    print(f"coded {r['articles']} articles ({r['words']} words, {r['events']} events) in {r['seconds']:.2f} s")
    print(f"  {r['articles_per_s']:.0f} articles/s, {r['words_per_s']:.0f} words/s (one core)")
    print(f"  peak memory: {r['peak_rss_mb']:.0f} MB resident, {r['peak_heap_mb']:.1f} MB Python heap while coding")
    print(f"  warm-up (dictionaries + first article): {r['warmup_s']:.2f} s")
    print("  per stage on 300 articles (each stage alone):")
    for k, v in r["stages_300_articles_s"].items():
        print(f"    {k:24s} {v * 1000:8.1f} ms")
    return 0


if __name__ == "__main__":
    from types import SimpleNamespace

    sys.exit(main(SimpleNamespace(articles=int(sys.argv[1]) if len(sys.argv) > 1 else 2000, words=500)))
