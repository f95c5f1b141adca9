"""The `oep` command. Subcommands import lazily: `oep code` must start fast and never import dagster."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path


def _json_default(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"not JSON serializable: {type(value).__name__}")


def cmd_code(args) -> int:
    from pipeline.coding.parallel import CodingError, code_articles
    from pipeline.ingest import parse_bytes

    if args.file in (None, "-"):
        data, name = sys.stdin.buffer.read(), "stdin.jsonl"
    else:
        path = Path(args.file)
        if not path.is_file():
            print(f"oep code: no such file: {path}", file=sys.stderr)
            return 2
        data, name = path.read_bytes(), path.name
        if args.jsonl:
            name += ".jsonl"
    if name == "stdin.jsonl" and not data.lstrip().startswith(b"{"):
        name = "stdin.txt"  # piped raw text is one article
    articles, quarantine = parse_bytes(data, name)
    for q in quarantine:
        print(f"oep code: skipped {q['raw_path']} {q['position']}: {q['reason']}: {q['message']}",
              file=sys.stderr)
    out = sys.stdout
    try:
        for _article, events in code_articles(articles, workers=args.workers):
            for event in events:
                out.write(json.dumps(event, default=_json_default, ensure_ascii=False) + "\n")
    except CodingError as exc:
        out.flush()
        print(f"oep code: coder failed on article {exc.article.get('article_id')}: {exc}", file=sys.stderr)
        return 1
    out.flush()
    return 0 if articles or not quarantine else 1


def cmd_run(args) -> int:
    from pipeline.runner import run_pipeline  # imports dagster

    try:
        summary = run_pipeline(raw_dir=Path(args.raw), warehouse_dir=Path(args.warehouse), coder_workers=args.workers)
    except Exception as exc:  # noqa: BLE001 - the CLI's job is a clear message and an exit code
        print(f"oep run: failed: {exc}", file=sys.stderr)
        return 1
    print(summary)
    failed = [name for name, passed in summary.checks.items() if not passed]
    if failed:
        # The outputs are written (and readable), but an analyst must not trust them silently.
        print(f"oep run: asset checks failed: {', '.join(sorted(failed))} "
              "(see the check metadata in the Dagster UI or docs/dagster.md)", file=sys.stderr)
        return 3
    return 0


def cmd_eval(args) -> int:
    from pipeline.coding.evaluate import main as eval_main

    return eval_main(args)


def cmd_bench(args) -> int:
    from pipeline.coding.bench import main as bench_main

    return bench_main(args)


def cmd_sql(args) -> int:
    from pipeline.warehouse.marts import run_sql

    return run_sql(args.query, warehouse_dir=Path(args.warehouse))


def build_parser() -> argparse.ArgumentParser:
    from pipeline.coding.bench import workers_option  # stdlib imports only
    from pipeline.paths import default_raw_dir, default_warehouse_dir

    parser = argparse.ArgumentParser(prog="oep", description="Occupation Event Pipeline")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("run", help="run the whole Dagster job on every partition found in the raw folder")
    p.add_argument("--raw", default=str(default_raw_dir()), help="raw articles folder (default data/raw)")
    p.add_argument("--warehouse", default=str(default_warehouse_dir()),
                   help="output folder for Parquet tables and the DuckDB marts (default data/warehouse)")
    p.add_argument("--workers", type=workers_option, default=1,
                   help="processes coding articles in parallel (default 1; 0: one per core); same output")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("code", help="code articles to JSON Lines events on stdout (no Dagster)")
    p.add_argument("file", nargs="?", default="-",
                   help="JSON Lines file (one article per line) or a raw text/HTML file; '-' reads stdin")
    p.add_argument("--jsonl", action="store_true", help="treat FILE as JSON Lines whatever its extension")
    p.add_argument("--workers", type=workers_option, default=1,
                   help="processes coding in parallel, output in input order (default 1; 0: one per core)")
    p.set_defaults(func=cmd_code)

    p = sub.add_parser("eval", help="score the coder against a gold file (precision/recall/F1)")
    p.add_argument("gold", help="gold file: tests/gold/*.jsonl or PLOVER gold sentences JSON")
    p.add_argument("--errors", type=int, default=0, help="print up to N misclassified sentences")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("bench", help="time the coder on generated articles (articles/s, words/s, peak memory)")
    from pipeline.coding.bench import add_arguments as bench_arguments  # stdlib imports only

    bench_arguments(p)
    p.set_defaults(func=cmd_bench)

    p = sub.add_parser("sql", help="run a read-only SQL query against the marts and print the result")
    p.add_argument("query")
    p.add_argument("--warehouse", default=str(default_warehouse_dir()))
    p.set_defaults(func=cmd_sql)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        # `oep code ... | head`: the reader has all it wanted; silence the flush at exit.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
