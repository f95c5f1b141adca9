"""Coding many articles on several cores: a process pool in front of `code_article`, in input order.

The coder is pure Python and CPU bound, so threads do not help (the GIL); one process per core does.
Each worker keeps its compiled dictionaries for the whole run (forked from a parent that has them, or
loaded once from the on-disk cache), and articles travel in chunks so the pickling cost stays small
beside the coding. `workers=1` (the default everywhere) codes in this process, exactly as before.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import threading
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import pipeline.coding as coding  # coding.code_article looked up per call: the seam tests replace

# chunks of this many articles go to a worker at a time: big enough that pickling and queue traffic
# stay small beside the coding (~3-6 ms per 500-word article), small enough to keep every core busy
CHUNK_ARTICLES = 16


def available_cores() -> int:
    """Cores this process may run on (taskset / container limits), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def resolve_workers(workers: int | None) -> int:
    """0 or None: one worker per available core; otherwise the number asked for (at least 1)."""
    if not workers:
        return available_cores()
    if workers < 0:
        raise ValueError(f"workers must be 0 (one per core) or a positive number, not {workers}")
    return workers


def _code_one(article: Mapping[str, Any]) -> tuple[list[dict] | None, str | None]:
    """Runs in a worker: the events, or the error as text (the parent names the article and raises)."""
    try:
        return coding.code_article(article), None
    except Exception as exc:  # noqa: BLE001 - reported by the parent with the article's identity
        return None, f"{type(exc).__name__}: {exc}"


def _warm() -> None:
    coding.code_article({"article_id": "warm", "text": "Russia recognized Abkhazia.", "published": "2023-01-01"})


def _single_threaded() -> bool:
    """Does this process run one OS thread? (pyarrow and DuckDB start native threads Python does not count.)"""
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:  # no /proc: only Python's own threads are known
        return threading.active_count() == 1


class CodingError(RuntimeError):
    """The coder failed on one article (raised in the parent, whichever process coded it)."""

    def __init__(self, article: Mapping[str, Any], message: str):
        self.article = article
        super().__init__(message)


class ArticleCoder:
    """Codes batches of articles with `workers` processes (1: in this process), keeping one pool for all
    batches (a Dagster run codes month after month). Use as a context manager; the pool ends with it.
    A worker that dies (killed, out of memory) fails the run with BrokenProcessPool instead of hanging it."""

    def __init__(self, workers: int = 1, chunk: int = CHUNK_ARTICLES, start_method: str | None = None):
        # start_method None: fork when this process runs one thread, else forkserver (see __enter__)
        self.workers, self.chunk, self.start_method, self._pool = resolve_workers(workers), chunk, start_method, None

    def __enter__(self) -> "ArticleCoder":
        if self.workers > 1:
            # fork is cheap and the workers inherit the parent's compiled dictionaries, but forking a process
            # that runs other threads (a Dagster run: pyarrow, DuckDB) can copy a held lock into a child: then
            # the workers fork from a clean server process and each loads the dictionaries once
            method = self.start_method
            if method is None:
                methods = mp.get_all_start_methods()
                method = "fork" if _single_threaded() and "fork" in methods else \
                    "forkserver" if "forkserver" in methods else "spawn"
            if method == "fork":
                _warm()
            init = None if method == "fork" else _warm
            self._pool = ProcessPoolExecutor(self.workers, mp_context=mp.get_context(method), initializer=init)
        return self

    def __exit__(self, *exc) -> None:
        if self._pool is not None:
            # a failure or an abandoned run: drop the queued chunks and stop now
            self._pool.shutdown(wait=exc[0] is None, cancel_futures=exc[0] is not None)
            self._pool = None

    def code(self, articles: Iterable[Mapping[str, Any]]) -> Iterator[tuple[Mapping[str, Any], list[dict]]]:
        """(article, events) for every article, in input order. A coder failure raises CodingError
        naming the article (chained to the original exception when coded here)."""
        if self._pool is None:
            if self.workers > 1:
                raise RuntimeError("an ArticleCoder with workers > 1 codes inside its `with` block")
            for article in articles:
                try:
                    events = coding.code_article(article)
                except Exception as exc:
                    raise CodingError(article, f"{type(exc).__name__}: {exc}") from exc
                yield article, events
            return
        articles = list(articles)  # the parent keeps them to pair with the results, in order
        for article, (events, error) in zip(articles, self._pool.map(_code_one, articles, chunksize=self.chunk)):
            if error is not None:
                raise CodingError(article, error)
            yield article, events


def code_articles(articles: Iterable[Mapping[str, Any]], workers: int = 1,
                  chunk: int = CHUNK_ARTICLES) -> Iterator[tuple[Mapping[str, Any], list[dict]]]:
    """(article, events) for every article, in input order, coded by `workers` processes (1: here).
    A coder failure raises CodingError naming the article, in either mode."""
    with ArticleCoder(workers, chunk) as coder:
        yield from coder.code(articles)
