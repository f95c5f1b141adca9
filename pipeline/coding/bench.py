"""`oep bench`: time the coder on generated articles (articles/s, words/s, peak memory, per stage).

What is timed is code_article, the whole path `oep code` runs per article (normalize, sentences,
triggers, actors, places, occupation, dates, fatalities, event rows). Articles are built
deterministically (fixed seed) to about --words words each, in two mixes, reported separately:

- dense: every sentence drawn from the event pool (sample corpus in data/raw + TEMPLATES), so
  nearly every sentence has a trigger (~25 events per 500-word article): the worst case;
- realistic: one sentence in three from the event pool, the others from NEUTRAL_SENTENCES
  (background, quotes, economy, weather, sport), closer to a general news feed.

Each mix is timed --repeat times (default 3) on the same articles and the median is reported,
because the machine's cores are shared. Run it pinned to one core for the one-core figure:
`taskset -c 0 oep bench` or `python -m pipeline.coding.bench --mix dense --repeat 3`.
"""
from __future__ import annotations

import json
import random
import resource
import statistics
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

# Sentences of ordinary news copy with no event an analyst would count (some still contain words
# that start trigger phrases, as real copy does), for the realistic mix.
NEUTRAL_SENTENCES = [
    "The city council has not yet published its budget for the coming year.",
    "Temperatures are expected to fall below freezing by the end of the week.",
    "The bridge, built in the 1960s, carries about 20,000 vehicles a day.",
    "Shops in the centre stayed open late for the holiday season.",
    "The report runs to more than 200 pages and includes dozens of tables.",
    "Many residents still rely on wood stoves to heat their homes in winter.",
    "The company said its quarterly revenue was in line with expectations.",
    "Local farmers harvested less wheat than last year because of the dry summer.",
    "The museum reopened after a two-year renovation of its main hall.",
    "Analysts say the figures are hard to verify independently.",
    "The train from the capital now takes about nine hours.",
    "Schools will switch to a five-day week from the next term.",
    "The population of the town has fallen by almost a third since 2010.",
    "Bread prices have doubled over the past twelve months, according to local traders.",
    "The newspaper has been published in both languages for more than a century.",
    "The hospital has three operating theatres and about forty doctors.",
    "Football fans gathered in bars to watch the final on large screens.",
    "The river level rose after heavy rain in the mountains upstream.",
    "Most of the region's factories were built during the Soviet period.",
    "It was not clear how many people had applied for the programme.",
    "The festival, held every August, attracts visitors from across the country.",
    "Internet connections were slow in several districts during the evening.",
    "The mayor's office did not respond to a request for comment.",
    "Fuel is sold at a handful of petrol stations on the main road.",
    "The university enrolled fewer students this autumn than a year earlier.",
    "Photographs posted online show long queues outside a bank branch.",
    "The airport has been closed to civilian flights for several years.",
    "Officials said the new road would shorten the journey by an hour.",
    "The exhibition includes paintings by local artists from the 19th century.",
    "Residents said the water supply had improved since the summer.",
    "The pension is paid in roubles and is adjusted once a year.",
    "The market sells vegetables, clothes and household goods every weekend.",
    "Few international journalists have visited the area in recent months.",
    "The factory employs about 3,000 people, most of them from nearby villages.",
    "The theatre season opens in October with a new production of a classic play.",
    "Mobile phone coverage is patchy outside the larger towns.",
    "The statistics do not include people who left the region before 2014.",
    "Snow blocked several roads in the north for most of the day.",
    "Local television broadcasts the evening news in two languages.",
    "The church was restored with money collected by parishioners.",
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


MIXES = ("dense", "realistic")
REALISTIC_EVENT_SHARE = 1 / 3  # share of sentences drawn from the event pool in the realistic mix


def generate_articles(n: int, words: int, seed: int = 20230917, raw_dir: Path | None = None,
                      mix: str = "dense") -> list[dict]:
    """n articles of about `words` words, deterministic for a seed (see the module doc for mixes)."""
    import datetime as dt

    from pipeline.paths import default_raw_dir

    if mix not in MIXES:
        raise ValueError(f"unknown bench mix {mix!r}; choose one of {MIXES}")
    pool = TEMPLATES + _sample_sentences(raw_dir or default_raw_dir())
    rng = random.Random(seed)
    start = dt.date(2022, 1, 1)
    articles = []
    for i in range(n):
        sents, count = [], 0
        while count < words:
            if mix == "dense" or rng.random() < REALISTIC_EVENT_SHARE:
                s = rng.choice(pool)
            else:
                s = rng.choice(NEUTRAL_SENTENCES)
            sents.append(s)
            count += len(s.split())
        paragraphs = [" ".join(sents[k:k + 4]) for k in range(0, len(sents), 4)]
        articles.append({"article_id": f"bench-{i:05d}", "title": sents[0][:80],
                         "published": start + dt.timedelta(days=i % 900),
                         "text": "\n\n".join(paragraphs)})
    return articles


def _stage_times(articles: list[dict]) -> dict[str, float]:
    """Rough per-stage cost on a subset: each stage run on its own over the same texts."""
    from pipeline.coding import coder, dates
    from pipeline.coding.lexicon import get_lexicon
    from pipeline.coding.text import normalize, split_sentences, tokenize_columns
    from pipeline.coding.triggers import find_matches

    lex = get_lexicon()
    out = {}
    t = time.perf_counter()
    split = [(a, split_sentences(normalize(a["text"]))) for a in articles]
    out["sentences"] = time.perf_counter() - t
    t = time.perf_counter()
    lowered = [normalize(a["text"]).lower() for a in articles]
    for low in lowered:
        tokenize_columns(low)  # what code_article runs
    out["tokenize (article)"] = time.perf_counter() - t
    sentence_words = [[tokenize_columns(low, s.start, s.end)[0] for s in sents]
                      for low, (_, sents) in zip(lowered, split)]
    t = time.perf_counter()
    for per_article in sentence_words:
        for words in per_article:
            find_matches(lex, words)
    out["triggers (all sentences)"] = time.perf_counter() - t
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
    try:
        from pipeline.geo.control import occupation_status
        from pipeline.geo.gazetteer import get_gazetteer

        gaz = get_gazetteer()
        places = [gaz.find_places(a["text"], ()) for a in articles]
        t = time.perf_counter()
        for a, ps in zip(articles, places):
            for p in ps:
                occupation_status(p, a["published"])
    except Exception:  # noqa: BLE001
        pass
    out["occupation (per place)"] = time.perf_counter() - t
    t = time.perf_counter()
    for a, sents in split:
        for s in sents:
            try:
                dates.find_temporal_expressions(s.text, a["published"])
            except Exception:  # noqa: BLE001
                pass
    out["dates (all sentences)"] = time.perf_counter() - t
    return out


def _pool_run(articles: list[dict], workers: int, repeat: int) -> dict:
    """Wall-clock rate of `parallel.code_articles` with `workers` processes (pool start-up included)."""
    from pipeline.coding.parallel import code_articles

    times, events = [], 0
    for _ in range(max(1, repeat)):
        t = time.perf_counter()
        events = sum(len(evs) for _, evs in code_articles(articles, workers=workers))
        times.append(time.perf_counter() - t)
    elapsed = statistics.median(times)
    return {"workers": workers, "seconds": elapsed, "events": events,
            "articles_per_s": len(articles) / elapsed if elapsed else 0.0,
            "children_peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


def run(n: int, words: int, mix: str = "dense", repeat: int = 3, workers: int = 1) -> dict:
    import tracemalloc

    from pipeline.coding.coder import code_article
    from pipeline.coding.lexicon import get_lexicon

    t0 = time.perf_counter()
    get_lexicon()
    code_article({"article_id": "warm", "text": TEMPLATES[0] + " " + TEMPLATES[1], "published": "2023-01-01"})
    warm = time.perf_counter() - t0
    articles = generate_articles(n, words, mix=mix)
    total_words = sum(len(a["text"].split()) for a in articles)
    times, cpu_times = [], []
    events = 0
    for _ in range(max(1, repeat)):
        t, c = time.perf_counter(), time.process_time()
        events = 0
        for a in articles:
            events += len(code_article(a))
        times.append(time.perf_counter() - t)
        cpu_times.append(time.process_time() - c)
    elapsed = statistics.median(times)
    cpu = statistics.median(cpu_times)
    # peak Python heap while coding a slice, and the process's peak resident set
    tracemalloc.start()
    for a in articles[:200]:
        code_article(a)
    _, peak_heap = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    stage_articles = articles[:300]
    stages = _stage_times(stage_articles)
    pool = _pool_run(articles, workers, repeat) if workers > 1 else None
    return {"mix": mix, "articles": n, "words": total_words, "events": events, "seconds": elapsed,
            "runs_s": times, "cpu_s": cpu, "articles_per_s": n / elapsed if elapsed else 0.0,
            "articles_per_cpu_s": n / cpu if cpu else 0.0,
            "words_per_s": total_words / elapsed if elapsed else 0.0,
            "peak_rss_mb": rss_mb, "peak_heap_mb": peak_heap / 2**20, "warmup_s": warm,
            "stage_articles": len(stage_articles), "stages_s": stages, "pool": pool}


def workers_option(value: str) -> int:
    """argparse type of --workers (oep code, oep run, oep bench): 0 or a positive number."""
    import argparse

    n = int(value)
    if n < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per core) or a positive number")
    return n


def add_arguments(p) -> None:
    """The options of `oep bench` and `python -m pipeline.coding.bench`."""
    p.add_argument("--articles", type=int, default=2000)
    p.add_argument("--words", type=int, default=500)
    p.add_argument("--mix", choices=(*MIXES, "both"), default="both",
                   help="dense: ~23 events/article; realistic: one sentence in three reports an event")
    p.add_argument("--repeat", type=int, default=3, help="timed runs per mix; the median is reported")
    p.add_argument("--workers", type=workers_option, default=1,
                   help="also time `oep code --workers N` (a process pool; 0: one per core)")


def main(args) -> int:
    n = int(getattr(args, "articles", 2000) or 2000)
    words = int(getattr(args, "words", 500) or 500)
    repeat = int(getattr(args, "repeat", 3) or 3)
    mix = getattr(args, "mix", None) or "both"
    mixes = MIXES if mix == "both" else (mix,)
    from pipeline.coding.parallel import resolve_workers

    workers = resolve_workers(getattr(args, "workers", 1))
    for m in mixes:
        r = run(n, words, m, repeat, workers)
        runs = ", ".join(f"{x:.2f}" for x in r["runs_s"])
        print(f"[{m} mix] coded {r['articles']} articles ({r['words']} words, {r['events']} events)"
              f" in {r['seconds']:.2f} s (median of {len(r['runs_s'])} runs: {runs} s)")
        print(f"  {r['articles_per_s']:.0f} articles/s, {r['words_per_s']:.0f} words/s"
              f" (one process; pin it with taskset -c 0 for one core)")
        print(f"  {r['articles_per_cpu_s']:.0f} articles per CPU second (median CPU time {r['cpu_s']:.2f} s:"
              f" less sensitive to other jobs on shared cores)")
        print(f"  peak memory: {r['peak_rss_mb']:.0f} MB resident (process peak so far),"
              f" {r['peak_heap_mb']:.1f} MB Python heap while coding")
        print(f"  warm-up (dictionaries + first article): {r['warmup_s']:.2f} s")
        if r["pool"]:
            p = r["pool"]
            print(f"  {p['workers']} processes: {p['articles_per_s']:.0f} articles/s wall clock (pool start-up"
                  f" included, same {p['events']} events); the largest worker peaked at"
                  f" {p['children_peak_rss_mb']:.0f} MB resident (forked pages shared with this process included)")
        k_articles = r["stage_articles"]
        print(f"  per stage on {k_articles} articles (each stage alone, on every sentence or place):")
        for k, v in r["stages_s"].items():
            print(f"    {k:26s} {v * 1000:8.1f} ms  ({v / max(1, k_articles) * 1e6:5.0f} us/article)")
    return 0


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_arguments(ap)
    sys.exit(main(ap.parse_args()))
