"""`oep code --workers N` and pipeline.coding.parallel: the same events in the same order as one process,
and a coder failure names its article in either mode."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.coding import code_article
from pipeline.coding.parallel import CodingError, code_articles, resolve_workers

ROOT = Path(__file__).resolve().parents[1]


def _articles():
    rows = []
    for path in sorted((ROOT / "data" / "raw").glob("samples_*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) > 10
    return [{"article_id": r.get("id") or str(i), "text": r["text"], "published": r["published"],
             "title": r.get("title")} for i, r in enumerate(rows)]


def test_a_pool_gives_the_same_events_in_the_same_order():
    articles = _articles()
    one = [code_article(a) for a in articles]
    pooled = list(code_articles(articles, workers=2, chunk=3))
    assert [a["article_id"] for a, _ in pooled] == [a["article_id"] for a in articles]
    assert [evs for _, evs in pooled] == one
    assert sum(map(len, one)) > 50


@pytest.mark.parametrize("workers", [1, 2])
def test_a_coder_failure_names_its_article(workers):
    articles = _articles()[:4] + [{"article_id": "bad-date", "text": "Russia recognized Abkhazia.",
                                   "published": "garbage"}]
    with pytest.raises(CodingError, match="PublishedDateError") as info:
        list(code_articles(articles, workers=workers, chunk=2))
    assert info.value.article["article_id"] == "bad-date"


def test_workers_zero_means_one_per_core_and_negative_is_refused():
    assert resolve_workers(0) >= 1 and resolve_workers(3) == 3
    with pytest.raises(ValueError):
        resolve_workers(-2)


def test_oep_code_with_workers_writes_what_one_process_writes(tmp_path):
    src = tmp_path / "articles.jsonl"
    src.write_text("".join(json.dumps({**a, "id": a["article_id"]}) + "\n" for a in _articles()[:12]), encoding="utf-8")
    runs = [subprocess.run([sys.executable, "-m", "pipeline.cli", "code", "--workers", w, str(src)],
                           capture_output=True, text=True, cwd=ROOT, check=True).stdout for w in ("1", "2")]
    assert runs[0] == runs[1] and runs[0].count("\n") > 20


def _die(article):
    import os

    os._exit(3)  # a worker killed mid-article (out of memory, a crash in native code)


def test_a_worker_that_dies_fails_the_run_instead_of_hanging(monkeypatch):
    from concurrent.futures.process import BrokenProcessPool

    from pipeline.coding.parallel import ArticleCoder

    with pytest.raises(BrokenProcessPool):
        with ArticleCoder(2, chunk=1, start_method="fork") as coder:
            # after the parent's warm-up; the workers fork at the first chunk and inherit it
            monkeypatch.setattr("pipeline.coding.code_article", _die)
            list(coder.code(_articles()[:4]))


def test_a_failure_in_this_process_keeps_its_cause():
    bad = {"article_id": "bad-date", "text": "Russia recognized Abkhazia.", "published": "garbage"}
    with pytest.raises(CodingError) as info:
        list(code_articles([bad], workers=1))
    assert info.value.__cause__ is not None and type(info.value.__cause__).__name__ == "PublishedDateError"


@pytest.mark.parametrize("method", ["fork", "forkserver"])
def test_every_start_method_gives_the_same_events(method):
    from pipeline.coding.parallel import ArticleCoder

    articles = _articles()[:8]
    with ArticleCoder(2, chunk=2, start_method=method) as coder:
        pooled = [evs for _, evs in coder.code(articles)]
    assert pooled == [code_article(a) for a in articles]
