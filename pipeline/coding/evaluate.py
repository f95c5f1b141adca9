"""`oep eval GOLD`: score the coder against a gold file (precision / recall / F1).

Two gold formats:
- our JSON Lines (tests/gold/*.jsonl): one sentence or short text per line,
  {"id", "text", "published", "events": [{"cameo_root", "cameo_code"?, "actor1", "actor2",
  "themes": [...], "stance": grant|seek|deny|null}], "tags": [...]}; negatives have "events": [].
- the PLOVER gold sentences JSON (a list of records with PLOVER 0.5 "event" categories, "source"
  and "target" actor lists); 'DOCUMENT' records are skipped and records sharing a text are merged.

Scoring is per sentence over sets: for each metric the gold and predicted sets of items are
compared (true positive = in both, false positive = predicted only, false negative = gold only)
and summed over sentences (micro-averaged).
- root:  CAMEO roots (our gold) / PLOVER 0.8 types (PLOVER gold)
- dyad:  (root, actor1 country, actor2 country); a null gold actor matches any predicted actor
- theme: themes of the sentence's events
- stance: recognition stances of the sentence's events
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

# PLOVER 0.5 categories of the gold sentences -> PLOVER 0.8 event types we emit
PLOVER_05_TO_08 = {
    "DEMAND": "REQUEST", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE", "DISAPPROVE": "ACCUSE",
    "AGREE": "AGREE", "CONSULT": "CONSULT", "SUPPORT": "SUPPORT", "CONCEDE": "CONCEDE",
    "COOPERATE": "COOPERATE", "AID": "AID", "RETREAT": "RETREAT", "REJECT": "REJECT",
    "THREATEN": "THREATEN", "PROTEST": "PROTEST", "SANCTION": "SANCTION", "MOBILIZE": "MOBILIZE",
    "COERCE": "COERCE", "ASSAULT": "ASSAULT", "REQUEST": "REQUEST", "ACCUSE": "ACCUSE",
}
# country codes of older coding conventions in the PLOVER gold -> ISO 3166-1 alpha-3
COUNTRY_ALIASES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "GMY": "DEU", "UKG": "GBR", "RUM": "ROU",
                   "YUG": "SRB", "ROM": "ROU", "UK": "GBR", "US": "USA"}


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: list, pred: list, match: Callable = lambda g, p: g == p):
        """One-to-one greedy matching of gold items to predicted items."""
        used = [False] * len(pred)
        hit = 0
        for g in gold:
            for k, p in enumerate(pred):
                if not used[k] and match(g, p):
                    used[k] = True
                    hit += 1
                    break
        self.tp += hit
        self.fn += len(gold) - hit
        self.fp += len(pred) - hit
        return hit == len(gold) and hit == len(pred)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Case:
    id: str
    text: str
    published: str
    roots: list  # gold root / PLOVER type items (set semantics)
    dyads: list  # (root, actor1 set|None, actor2 set|None)
    themes: list
    stances: list
    tags: list = field(default_factory=list)


@dataclass
class Report:
    kind: str
    metrics: dict
    cases: int
    errors: list  # (case, predicted events, kinds)
    error_kinds: Counter


def _norm_country(code) -> str | None:
    if not code:
        return None
    c = str(code).strip().upper()[:3]
    return COUNTRY_ALIASES.get(c, c)


def load_gold(path) -> tuple[str, list[Case]]:
    """('ours' | 'plover', cases) from a gold file."""
    path = Path(path)
    raw = path.read_text(encoding="utf-8")
    if raw.lstrip().startswith("["):
        return "plover", _plover_cases(json.loads(raw))
    cases = []
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        events = rec.get("events") or []
        roots = sorted({str(e.get("cameo_root") or str(e.get("cameo_code", ""))[:2]) for e in events})
        dyads = []
        for e in events:
            root = str(e.get("cameo_root") or str(e.get("cameo_code", ""))[:2])
            a1 = _norm_country(e.get("actor1"))
            a2 = _norm_country(e.get("actor2"))
            dyads.append((root, {a1} if a1 else None, {a2} if a2 else None))
        themes = sorted({t for e in events for t in (e.get("themes") or [])})
        stances = sorted({e["stance"] for e in events if e.get("stance")})
        cases.append(Case(str(rec.get("id", n)), rec["text"], str(rec.get("published") or "2024-01-01"),
                          roots, dyads, themes, stances, list(rec.get("tags") or [])))
    return "ours", cases


def _actor_codes(value) -> set | None:
    if not value or isinstance(value, str):
        return None
    codes = {_norm_country(a.get("code")) for a in value if isinstance(a, dict) and a.get("code")}
    codes.discard(None)
    return codes or None


def _plover_cases(records: list) -> list[Case]:
    by_text: dict[str, Case] = {}
    for rec in records:
        event = rec.get("event")
        if not event or event == "DOCUMENT" or not rec.get("text"):
            continue
        ptype = PLOVER_05_TO_08.get(event, event)
        text = rec["text"].strip().strip("{}").strip()
        case = by_text.get(text)
        if case is None:
            case = Case(rec.get("id", ""), text, str(rec.get("date") or "2000-01-01"), [], [], [], [])
            by_text[text] = case
        if ptype not in case.roots:
            case.roots.append(ptype)
            case.dyads.append((ptype, _actor_codes(rec.get("source")), _actor_codes(rec.get("target"))))
    return list(by_text.values())


def _dyad_match(g, p) -> bool:
    root, a1, a2 = g
    proot, p1, p2 = p
    if root != proot:
        return False
    if a1 is not None and p1 not in a1:
        return False
    if a2 is not None and p2 is not None and p2 not in a2:
        return False
    if a2 is not None and p2 is None and a1 is not None and p1 in a1 and a2 == a1:
        return True
    if a2 is not None and p2 is None:
        return False
    return True


def predicted_items(kind: str, events: list[dict]):
    key = "plover_type" if kind == "plover" else "cameo_root"
    roots = sorted({e[key] for e in events})
    dyads, seen = [], set()
    for e in events:
        d = (e[key], _norm_country(e.get("actor1_country")), _norm_country(e.get("actor2_country")))
        if d not in seen:
            seen.add(d)
            dyads.append(d)
    themes = sorted({t for e in events for t in e.get("themes") or []})
    stances = sorted({e["recognition_stance"] for e in events if e.get("recognition_stance")})
    return roots, dyads, themes, stances


def evaluate(kind: str, cases: Iterable[Case], coder: Callable | None = None) -> Report:
    if coder is None:
        from pipeline.coding.coder import code_article as coder
    tallies = {m: Tally() for m in ("root", "dyad", "theme", "stance")}
    errors = []
    kinds_counter: Counter = Counter()
    n = 0
    for case in cases:
        n += 1
        events = coder({"article_id": f"gold-{case.id}", "text": case.text, "published": case.published})
        roots, dyads, themes, stances = predicted_items(kind, events)
        ok_root = tallies["root"].add(case.roots, roots)
        ok_dyad = tallies["dyad"].add(case.dyads, dyads, _dyad_match)
        ok_theme = ok_stance = True
        if kind == "ours":
            ok_theme = tallies["theme"].add(case.themes, themes)
            ok_stance = tallies["stance"].add(case.stances, stances)
        kinds = _error_kinds(case, roots, ok_root, ok_dyad, themes, ok_theme, stances, ok_stance)
        if kinds:
            kinds_counter.update(kinds)
            errors.append((case, events, kinds))
    metrics = {m: t for m, t in tallies.items() if kind == "ours" or m in ("root", "dyad")}
    return Report(kind, metrics, n, errors, kinds_counter)


def _error_kinds(case: Case, roots, ok_root, ok_dyad, themes, ok_theme, stances, ok_stance) -> list[str]:
    kinds = []
    if not ok_root:
        if case.roots and not roots:
            kinds.append("missed event (no trigger fired)")
        elif not case.roots and roots:
            kinds.append("spurious event on a negative sentence")
        elif set(case.roots) & set(roots):
            kinds.append("extra or missing event beside a correct one")
        else:
            kinds.append("wrong event type")
    elif not ok_dyad:
        kinds.append("right event, wrong or missing actors")
    if not ok_theme:
        kinds.append("theme missed" if set(case.themes) - set(themes) else "spurious theme")
    if not ok_stance:
        kinds.append("wrong recognition stance")
    return kinds


def format_report(report: Report, errors: int = 0) -> str:
    label = {"root": "event type (PLOVER)" if report.kind == "plover" else "event root (CAMEO)",
             "dyad": "type + actor countries" if report.kind == "plover" else "root + actor countries (dyad)",
             "theme": "theme", "stance": "stance"}
    lines = [f"gold: {report.kind} format, {report.cases} sentences",
             f"{'metric':32s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>5s} {'fp':>5s} {'fn':>5s}"]
    for m, t in report.metrics.items():
        lines.append(f"{label[m]:32s} {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f} {t.tp:5d} {t.fp:5d} {t.fn:5d}")
    if report.error_kinds:
        lines.append("most common error kinds:")
        for k, c in report.error_kinds.most_common(5):
            lines.append(f"  {c:4d}  {k}")
    for case, events, kinds in report.errors[:errors]:
        lines.append("")
        lines.append(f"[{case.id}] {'; '.join(kinds)}")
        lines.append(f"  text: {case.text}")
        lines.append(f"  gold: {case.dyads if case.dyads else 'no event'}"
                     + (f" themes={case.themes} stance={case.stances}" if report.kind == "ours" else ""))
        if events:
            for e in events:
                lines.append(f"  coded: {e['cameo_code']} {e['plover_type']} {e.get('actor1_code')}->{e.get('actor2_code')}"
                             f" rule={e['rule']} trigger={e['trigger_text']!r} themes={e['themes']}"
                             f" stance={e['recognition_stance']}")
        else:
            lines.append("  coded: nothing")
    return "\n".join(lines)


def main(args) -> int:
    path = Path(args.gold)
    if not path.is_file():
        print(f"oep eval: no such gold file: {path}", file=sys.stderr)
        return 2
    kind, cases = load_gold(path)
    report = evaluate(kind, cases)
    print(format_report(report, int(getattr(args, "errors", 0) or 0)))
    return 0
