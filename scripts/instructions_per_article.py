"""Instructions per coded article, counted by valgrind's callgrind: a speed figure that does not move
with the other jobs on a shared machine (wall-clock runs here move by 10-20%), for comparing two builds.

    python scripts/instructions_per_article.py [--mix realistic|dense] [--articles 200]

It runs the coder twice under callgrind, on 20 and on 20 + N generated articles (the same ones
`oep bench` codes), and prints the difference divided by N, so start-up and dictionary loading cancel
out. Needs valgrind (Debian package `valgrind`); about a minute for N = 200. To compare with an older
build, check it out elsewhere and run this script with PYTHONPATH pointing at it.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys

BASE = 20


def _worker(total: int, generated: int, mix: str) -> None:
    from pipeline.coding import bench, coder

    # both runs generate the same articles, so generating them cancels out as well
    articles = bench.generate_articles(generated, 500, mix=mix)
    coder.code_article(articles[0])  # dictionaries load and compile (or come from the cache) first
    print(f"events {sum(len(coder.code_article(a)) for a in articles[:total])}")


def _run(total: int, generated: int, mix: str, valgrind: bool = True) -> tuple[int, int]:
    cmd = [sys.executable, __file__, "--worker", str(total), "--generate", str(generated), "--mix", mix]
    if valgrind:
        cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd]
    # a fixed hash seed: set iteration order (and so the instruction count) is the same run after run
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env)
    events = re.search(r"events (\d+)", out.stdout)
    instructions = re.search(r"Collected : (\d+)", out.stderr)
    if not events or (valgrind and not instructions):
        raise SystemExit(f"could not read the run's output:\n{out.stderr[-2000:]}")
    return (int(instructions.group(1)) if instructions else 0), int(events.group(1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mix", choices=("realistic", "dense"), default="realistic")
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--worker", type=int, default=None, help=argparse.SUPPRESS)
    ap.add_argument("--generate", type=int, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker is not None:
        _worker(args.worker, args.generate, args.mix)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    total = BASE + args.articles
    _run(BASE, total, args.mix, valgrind=False)  # a first run may build the dictionary caches
    base, base_events = _run(BASE, total, args.mix)
    full, full_events = _run(total, total, args.mix)
    per_article = (full - base) / args.articles
    print(f"[{args.mix} mix] {per_article / 1e6:.2f} million instructions per article "
          f"({args.articles} articles, {full_events - base_events} events)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
