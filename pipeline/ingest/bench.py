"""Time scan_raw on generated raw folders: python -m pipeline.ingest.bench [--articles N] [--words W]

Prints articles/s and MB/s for JSON Lines (the bulk format), raw .txt files and .html pages.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import tempfile
import time
from pathlib import Path

from pipeline.ingest import scan_raw

_WORDS = ("Russia North Korea workers occupied Donetsk Luhansk representative office opened agreement "
          "signed ministry foreign labor migrants construction recruited region authorities said "
          "the of and in to on a was were by with for from at that this").split()


def _article_text(rnd: random.Random, words: int) -> str:
    sentences, n = [], 0
    while n < words:
        k = rnd.randint(8, 25)
        sentences.append(" ".join(rnd.choice(_WORDS) for _ in range(k)).capitalize() + ".")
        n += k
    return "\n\n".join(" ".join(sentences[i:i + 4]) for i in range(0, len(sentences), 4))


def _time(root: Path, label: str, expected: int) -> None:
    size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
    start = time.perf_counter()
    result = scan_raw(root)
    elapsed = time.perf_counter() - start
    assert result.balanced and len(result.articles) == expected, result.counts()
    print(f"{label:>6}: {expected:>6} articles in {elapsed:6.2f} s = {expected / elapsed:8.0f} articles/s, "
          f"{size / elapsed / 1e6:6.1f} MB/s")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--words", type=int, default=500)
    parser.add_argument("--files", type=int, default=500, help="number of .txt and of .html files")
    args = parser.parse_args(argv)
    rnd = random.Random(42)
    day = dt.date(2023, 1, 1)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "jsonl"
        root.mkdir()
        per_file = 1000
        for f in range(0, args.articles, per_file):
            lines = [json.dumps({"id": f"a{i}", "title": f"Article {i}", "url": f"https://news.example/{i}",
                                 "published": (day + dt.timedelta(days=i % 600)).isoformat(),
                                 "text": _article_text(rnd, args.words)}, ensure_ascii=False)
                     for i in range(f, min(f + per_file, args.articles))]
            (root / f"part-{f // per_file:04d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        _time(root, "jsonl", args.articles)

        root = Path(tmp) / "txt"
        root.mkdir()
        for i in range(args.files):
            (root / f"{i:05d}.txt").write_text(
                f"< Back\n\nHeadline number {i} about occupied Donetsk\n\nSep 17, 2023\n\n"
                + _article_text(rnd, args.words) + "\n\nRecent news\n", encoding="utf-8")
        _time(root, "txt", args.files)

        root = Path(tmp) / "html"
        root.mkdir()
        for i in range(args.files):
            paragraphs = "".join(f"<p>{p}</p>" for p in _article_text(rnd, args.words).split("\n\n"))
            (root / f"{i:05d}.html").write_text(
                f"<html><head><title>Story {i}</title><meta property='article:published_time' "
                f"content='2023-09-17'><script>var a={i};</script></head><body><nav>Home | News</nav>"
                f"<article><h1>Story {i}</h1>{paragraphs}</article><footer>(c) site</footer></body></html>",
                encoding="utf-8")
        _time(root, "html", args.files)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
