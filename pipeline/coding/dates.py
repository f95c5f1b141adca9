"""Temporal expressions with a precision, and publication dates found in scraped text.

Interface (keep the names and fields: other modules code against them):

- find_temporal_expressions(text, published) -> list[TemporalExpression], spans relative to text
- choose_expression(expressions, trigger_start, trigger_end, text) -> TemporalExpression | None
- resolve_event_date(text, trigger_start, trigger_end, published) -> EventDate (expression or
  publication-date fallback, with precision, ACLED time_precision and the planned flag)
- find_publication_date(text, title=None) -> PublicationDate | None
- parse_published_field(value) -> datetime.date   (raises PublishedDateError, a ValueError)
- ACLED_TIME_PRECISION: precision -> ACLED time_precision (1 day, 2 week, 3 month or coarser)

The grammar is data: schemas/temporal/lexicon.yaml (words), rules.yaml (one regex template per
expression form, with the resolver kind) and publication.yaml (date-line heuristics). They are
compiled once, at first use, into one combined regex plus one regex per rule; a cheap anchor
search lets sentences without any digit or temporal word through in a single regex call.
See docs/dates.md for the forms understood and the choices made.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
import threading
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import compress, count
from operator import itemgetter
from pathlib import Path

from pipeline.coding.grammar import grammar
from pipeline.paths import schemas_dir

PRECISIONS = ("day", "week", "month", "season", "year")
ACLED_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "season": 3, "year": 3}


@dataclass(frozen=True)
class TemporalExpression:
    start: int
    end: int
    text: str
    date: dt.date  # first day of the period (the day itself for day precision)
    end_date: dt.date  # last day of the period
    precision: str  # one of PRECISIONS
    planned: bool  # refers to the future relative to the publication date (or future modality)
    rule: str  # id of the grammar rule that matched (+ ":part" for "end of July" etc.)


@dataclass(frozen=True)
class PublicationDate:
    date: dt.date
    start: int
    end: int
    line: int  # 1-based line number in the text
    text: str
    rule: str


@dataclass(frozen=True)
class EventDate:
    """What an event row needs: the date fields of schemas/tables/events.json."""
    event_date: dt.date
    date_end: dt.date
    date_precision: str
    time_precision: int
    date_text: str | None  # None when the publication date was used
    date_source: str  # 'text' or 'publication' (a report's date is 'text' with a date_rule 'statement:...')
    planned: bool
    date_rule: str  # grammar rule id, or 'publication_date'


class PublishedDateError(ValueError):
    """A 'published' value that cannot be used; reason is a quarantine reason code."""

    def __init__(self, message: str, reason: str = "bad_date"):
        super().__init__(message)
        self.reason = reason


# ------------------------------------------------------------------------------------------
# Grammar: loaded from schemas/temporal/*.yaml once
# ------------------------------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"\{([A-Z_]+)\}")
_LOCK = threading.Lock()


def _ws(s: str) -> str:
    """Lowercase with single spaces: the key form of lexicon phrases."""
    return " ".join(s.lower().split())


def _words_alt(words, escape=True) -> str:
    """Alternation of words/phrases, longest first, spaces matching any whitespace."""
    bad = [w for w in words if not isinstance(w, str)]
    if bad:  # YAML 1.1 reads a bare on/off/yes/no as a boolean: quote it in the data file
        raise ValueError(f"temporal grammar: non-string entries {bad!r}; quote them in the YAML")
    out = []
    for w in sorted(set(words), key=lambda s: (-len(s), s)):
        piece = re.escape(w) if escape else w
        out.append(re.sub(r"(?:\\ )|(?: )", r"\\s+", piece))
    return "(?:" + "|".join(out) + ")"


def _word_start_alt(words) -> str | None:
    r"""`(?<!\w)` + _words_alt(words) for case-sensitive matching on lower-cased ASCII text, with
    the lookbehind moved after each alternative's first character: the pattern then starts with
    literal characters, which lets the regex engine jump to candidate positions instead of trying
    the lookbehind at every position. None when a word is not ASCII (then the re.I pattern on the
    original text is the only exact form)."""
    words = [w.lower() for w in words]
    if not all(w.isascii() and w[:1].isalpha() for w in words):
        return None
    out = []
    for w in sorted(set(words), key=lambda s: (-len(s), s)):
        rest = re.sub(r"(?:\\ )|(?: )", r"\\s+", re.escape(w[1:]))
        out.append(re.escape(w[0]) + r"(?<!\w.)" + rest)
    return "(?:" + "|".join(out) + ")"


def _required_slots(template: str, slots: dict, names: tuple, flags: int) -> frozenset:
    """The slots among `names` that every match of the rule contains. Each of their placeholders
    is wrapped in a marker group; a marker group is required when it is not under an optional
    repeat or in only some branches. Read from the parsed pattern (re._parser, CPython's own
    parser): if that is unavailable, no slot is required, which only costs speed."""
    try:
        from re import _constants as C, _parser
    except ImportError:  # pragma: no cover - other Python implementations
        return frozenset()
    counter = iter(range(10_000))

    def wrap(m):
        name = m.group(1)
        body = slots[name]
        return f"(?P<_slot_{name}_{next(counter)}>{body})" if name in names else body

    pattern = template
    for _ in range(4):  # as in _Grammar.expand
        pattern = _PLACEHOLDER.sub(wrap, pattern)
    try:
        parsed = _parser.parse(pattern, flags)
        group_names = {gid: name for name, gid in parsed.state.groupdict.items()}

        def required(items) -> set:
            out = set()
            for op, av in items:
                if op is C.SUBPATTERN:
                    if av[0] in group_names:
                        out.add(group_names[av[0]])
                    out |= required(av[3])
                elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
                    if av[0] >= 1:
                        out |= required(av[2])
                elif op is C.ATOMIC_GROUP:
                    out |= required(av)
                elif op is C.BRANCH:
                    out |= set.intersection(*(required(alt) for alt in av[1]))
            return out

        found = required(parsed)
    except Exception:  # noqa: BLE001 - an unexpected parse tree: no gate
        return frozenset()
    return frozenset(n for n in names if any(f.startswith(f"_slot_{n}_") for f in found))


def _load_yaml(path: Path):
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=loader)


class _Grammar:
    def __init__(self, directory: Path):
        lex = _load_yaml(directory / "lexicon.yaml")
        rules = _load_yaml(directory / "rules.yaml")["rules"]
        self.pub = _load_yaml(directory / "publication.yaml")

        self.month_of: dict[str, int] = {}
        month_alts = []
        for num, names in lex["months"].items():
            for i, name in enumerate(names):
                for form in (name, name.upper()):
                    self.month_of[form.lower()] = int(num)
                    # full names are words; abbreviations may carry a period ("Sept.")
                    month_alts.append(re.escape(form) + (r"\.?" if i else ""))
        month_alts.sort(key=len, reverse=True)
        month_re = "(?-i:(?:" + "|".join(month_alts) + r")(?![A-Za-z]))"

        self.weekday_of: dict[str, int] = {}
        weekday_full = []
        for num, names in lex["weekdays"].items():
            for name in names:
                self.weekday_of[name.lower()] = int(num)
            weekday_full += [names[0], names[0].upper()]
        weekday_re = "(?-i:(?:" + "|".join(weekday_full) + r")(?![A-Za-z]))"
        self.weekday_any = {n.lower() for names in lex["weekdays"].values() for n in names}

        self.seasons = {k.lower(): tuple(v) for k, v in lex["seasons"].items()}
        season_re = _words_alt(self.seasons) + "(?![a-z])"
        self.ordinals = {k.lower(): int(v) for k, v in lex["ordinals"].items()}
        self.numbers = {k.lower(): int(v) for k, v in lex["number_words"].items()}
        self.relative = {_ws(k): v for k, v in lex["relative_words"].items()}
        self.parts = [p.lower() for p in lex["period_parts"]]
        self.fixed = {_ws(k): v for k, v in lex["fixed_relative"].items()}
        nar = lex["narrative_relative"]
        self.narrative_fixed = {k.lower(): int(v) for k, v in nar["fixed"].items()}
        self.narrative_units = {k.lower(): int(v) for k, v in nar["counted"].items()}
        self.narrative_back = {k.lower(): int(v) for k, v in nar["counted_words"].items()}  # +1 later, -1 earlier
        self.narrative_words = tuple(str(w).lower() for w in nar["nouns"])  # a cheap pre-check
        unchecked = [k for k in (*self.narrative_fixed, *self.narrative_units)
                     if not any(w in k for w in self.narrative_words)]
        if unchecked:
            raise ValueError(f"narrative_relative: {unchecked} hold none of its nouns {self.narrative_words}")
        self.narrative_max_back = int(nar["max_sentences_back"])
        self.sentence_counted = {k.lower(): int(v) for k, v in nar["sentence_counted"].items()}
        self.sentence_counted_re = re.compile(
            r"(?<![\w-])(?P<num>\d{1,2}|" + "|".join(sorted(map(re.escape, self.numbers), key=len, reverse=True))
            + r")\s+(?P<unit>" + "|".join(map(re.escape, self.sentence_counted)) + r")\s+(?P<dir>"
            + "|".join(map(re.escape, self.narrative_back)) + r")\b(?!\s+(?:than|the|a|an|its|their)\b)",
            re.I)
        # "six months after <clause>": a preposition counts only at the end of its clause
        self.sentence_counted_clause_final = frozenset(
            str(w).lower() for w in nar.get("sentence_counted_clause_final") or ())
        self.clause_final_re = re.compile(r"\s*(?:[,.;:!?)\]—–-]|$)")
        later = nar.get("later_conjunct_words") or ()
        self.later_conjunct_re = re.compile(r"(?<!\w)" + _words_alt(later) + r"(?!\w)|[;:]", re.I) if later \
            else re.compile(r"[;:]")
        # a counted phrase right after one ("and two years later", "; five years later"): a new conjunct's
        self.conjunct_open_re = re.compile(
            r"(?:(?<!\w)" + _words_alt(later) + r"|[;:])\s*,?\s*$" if later else r"[;:]\s*$", re.I)
        cont = nar["continuation"]
        self.continuation_words = frozenset(str(w).lower() for w in cont["words"])
        self.continuation_there_not_before = frozenset(str(w).lower() for w in cont["there_not_before"])
        self.continuation_blockers = frozenset(str(w).lower() for w in cont["blockers"])
        self.continuation_quotes = tuple(str(q) for q in cont["quotes"])
        self.continuation_precisions = frozenset(str(p) for p in cont["precisions"])
        # "during the visit": lead + determiner + event noun (narrative_relative.continuation.event_*)
        leads, dets, nouns = cont["event_leads"], cont["event_determiners"], cont["event_nouns"]
        self.continuation_event_re = None
        # the nouns' stems, to find the sentence that told such an event ("visited", "talks", "trip")
        self.story_event_stems = tuple(sorted({str(n).lower()[:4] for n in nouns or ()}))
        if leads and dets and nouns:
            self.continuation_event_re = re.compile(
                r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(leads, key=len, reverse=True))
                + r")\s+(?:" + "|".join(map(re.escape, dets)) + r")\s+(" + "|".join(map(re.escape, nouns)) + r")\b",
                re.I)
        unknown = self.continuation_precisions - set(PRECISIONS)
        if unknown:
            raise ValueError(f"narrative_relative.continuation.precisions: unknown {sorted(unknown)}")
        rc = lex["report_context"]
        self.release_verb_re = re.compile(r"(?<![\w-])(?:" + _words_alt(rc["present_release_verbs"]) + r")(?![\w-])",
                                          re.IGNORECASE)
        self.release_not_after = frozenset(str(w).lower() for w in rc["not_after"])
        self.not_own_date_after = frozenset(str(w).lower() for w in rc.get("not_own_date_after") or ())
        self.interview_quote_sentences = int(rc.get("interview_quote_sentences", 2))
        self.interview_re = re.compile(r"(?<![\w-])(?:" + _words_alt(rc["interview_nouns"]) + r")(?![\w-])",
                                       re.IGNORECASE)
        self.first_person_re = re.compile(r"(?<![\w'-])(?:" + _words_alt(rc["first_person"]) + r")(?![\w'-])",
                                          re.IGNORECASE)
        num = "|".join(sorted((re.escape(n) for n in self.numbers), key=len, reverse=True))
        self.narrative_re = re.compile(
            r"(?<![\w-])(?:(?P<fixed>" + "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in self.narrative_fixed),
                                                     key=len, reverse=True))
            + r")|(?P<num>\d{1,2}|" + num + r")\s+(?P<unit>" + "|".join(map(re.escape, self.narrative_units))
            + r")\s+(?P<dir>" + "|".join(map(re.escape, self.narrative_back)) + r"))(?![\w-])",
            re.IGNORECASE)
        # "the day after" / "two days before" followed by a word count from that word's event
        self.narrative_object_re = re.compile(r"\s+[\w\d]")

        after_reporting = "(?:" + "|".join(
            f"(?<={re.escape(v)}\\s)" for v in lex["reporting_verbs"]) + ")"
        not_year_of = r"(?!\s+of\s+(?!(?:19|20)\d{2}|this\b|last\b|next\b|the\s+(?:current|same|previous|coming|next|last)\b))"
        allowed_next = _words_alt(["and", "or", "of", "to", "through", "until", "till", "when",
                                   "while", "after", "before", "the", "a", "an", "this", "that",
                                   "it", "they", "he", "she", "we", "there", "last", "next",
                                   "with", "in", "on", "at", "by", "for", "as", "alone", "too",
                                   "months", "season", "period", "holidays"])
        season_guard = not_year_of + r"(?!\s+(?!" + allowed_next + r"\b)(?-i:[a-z]))"

        slots = {
            "MONTH": month_re,
            "WEEKDAY": weekday_re,
            "SEASON": season_re,
            "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)",
            "YEAR": r"(?:19|20)\d{2}(?!\d)",
            "NUM": "(?:" + _words_alt(self.numbers)[3:-1] + r"|\d{1,3})",
            "REL": _words_alt(self.relative),
            "PART": _words_alt(self.parts),
            "ORD": _words_alt(self.ordinals),
            "FIXED": _words_alt(self.fixed),
            "LEAD": "(?:" + _words_alt(lex["lead_words"]) + r"\s+)?",
            "YEAR_LEAD": _words_alt(lex["year_lead_words"]),
            "COUNT_NOUNS": _words_alt(lex["count_nouns"])[3:-1],
            "AFTER_REPORTING": after_reporting,
            "SEASON_PAIR": (r"(?:(?P<part>early|late|mid)(?:\s*-\s*|\s+))?(?P<season>{SEASON})"
                            r"(?:\.?\s+(?:and|or|to|through|until|into|-|–)\s+(?:the\s+)?"
                            r"(?P<season2>{SEASON}))?"),
            "SEASON_GUARD": season_guard,
        }

        def expand(template: str) -> str:
            for _ in range(4):  # slots may contain slots
                template = _PLACEHOLDER.sub(lambda m: slots[m.group(1)], template)
            return template

        flags = re.IGNORECASE | re.VERBOSE
        # Gates: a rule whose match always contains a month (year, weekday) cannot match a
        # sentence where that slot's own pattern finds nothing, so it is not tried there (one
        # fast search per sentence instead of several rule matches that fail).
        gate_slots = ("MONTH", "YEAR", "WEEKDAY")
        self.slot_search = {name: re.compile(expand("{" + name + "}"), flags).search for name in gate_slots}
        self.rule_needs = {rule["id"]: _required_slots(rule["pattern"], slots, gate_slots, flags)
                           for rule in rules}
        self.rules = []  # (id, kind, compiled pattern), in file order
        self.rules_by_class: dict[str, list] = {}
        for rule in rules:
            compiled = (rule["id"], rule["kind"], re.compile(expand(rule["pattern"]), flags))
            self.rules.append(compiled)
            for cls in rule["anchors"]:
                self.rules_by_class.setdefault(cls, []).append(compiled)

        # Anchors: token -> classes. Every expression contains an anchor token; rules are tried
        # only at the starter words right before an anchor and at the anchor itself.
        self.token_re = re.compile(r"[A-Za-z]+|\d+")
        anchor_of: dict[str, set] = {}

        def add(token, cls):
            anchor_of.setdefault(token, set()).add(cls)

        for names in lex["months"].values():
            for n in names:
                add(n, "month"), add(n.upper(), "month")
        for names in lex["weekdays"].values():
            add(names[0], "weekday"), add(names[0].upper(), "weekday")
        for word in self.seasons:
            for form in (word, word.title(), word.upper()):
                add(form, "season")
        for cls, words in lex["anchor_classes"].items():
            for word in words:
                for form in (word, word.title(), word.upper()):
                    add(form, cls)
        for y in range(1900, 2100):
            add(str(y), "year")
        self.anchor_of = {k: tuple(sorted(v)) for k, v in anchor_of.items()}
        self.anchor_tokens = frozenset(self.anchor_of)
        self.rules_for_classes = {}
        for classes in set(self.anchor_of.values()):
            wanted = {r[0] for c in classes for r in self.rules_by_class.get(c, [])}
            self.rules_for_classes[classes] = [r for r in self.rules if r[0] in wanted]
        # classes -> the slots worth a search: needed by some of its rules and not found in the
        # anchor word itself (a weekday anchor always brings a WEEKDAY match: no search). Skipping
        # a gate only costs speed, never changes a result.
        self.slots_for_classes = {}
        # (classes, slot) -> slots whose absence makes that search pointless (its rules need them)
        self.slot_moot_if_missing = {}
        for classes, rules_ in self.rules_for_classes.items():
            tokens = [t for t, c in self.anchor_of.items() if c == classes]
            wanted = [n for n in gate_slots
                      if any(n in self.rule_needs[r[0]] for r in rules_)
                      and not all(self.slot_search[n](t) for t in tokens)]
            self.slots_for_classes[classes] = tuple(wanted)
            for n in wanted:
                users = [self.rule_needs[r[0]] for r in rules_ if n in self.rule_needs[r[0]]]
                self.slot_moot_if_missing[classes, n] = frozenset.intersection(*users) - {n}
        self.gated_rules: dict[tuple, list] = {}  # (classes, missing slots) -> rules left (memo)

        _words_alt(lex["starter_words"])  # validates: every entry a string
        starters = {w.lower() for w in lex["starter_words"]}
        for phrase_list in (lex["lead_words"], list(self.relative), self.parts, list(self.numbers),
                            list(self.fixed), lex["year_lead_words"]):
            for phrase in phrase_list:
                starters.update(re.findall(r"[a-z]+", phrase.lower()))
        starters.update(self.month_of)
        starters.update(self.weekday_of)
        self.starters = frozenset(starters)
        self.is_starter: dict[str, bool] = {}  # token -> may open an expression (memo)

        # Modality: the last marker before an expression decides past vs future. Worked on
        # lowercase tokens of a short window (cheaper than big regex alternations).
        # A hyphen-joined part keeps its hyphen ("russian", "-held"): the second part of a compound is no
        # verb ("Russian-held", "Kremlin-occupied", "U.S.-led"); "'s" stays one token (a possessive).
        self.mod_token_re = re.compile(r"(?<=[a-z])[-\u2010\u2011][a-z]+|[a-z]+|'ll|['’]s(?![a-z])|[;:\"“”«»]|[.!?](?=\s|$)")
        self.cut_tokens = frozenset(";:\"“”«».!?")
        self.future_cues = frozenset(tuple(self.mod_token_re.findall(c.lower()))
                                     for c in lex["future_cues"])
        self.past_cues = frozenset(tuple(self.mod_token_re.findall(c.lower()))
                                   for c in lex["past_markers"])
        self.cue_lengths = sorted({len(c) for c in self.future_cues | self.past_cues}, reverse=True)
        self.cue_first_words = frozenset(c[0] for c in self.future_cues | self.past_cues)
        self.aux_after_cue = frozenset(["not", "also", "soon", "only", "likely", "then", "be",
                                        "have", "been", "now", "first", "again", "to"])
        self.not_past = frozenset(w.lower() for w in lex["not_past_ed_words"])
        self.past_verb_cues = frozenset(tuple(self.mod_token_re.findall(c.lower())) for c in lex["past_verb_cues"])
        sa = lex["start_ahead"]
        self.start_leads = tuple(_ws(w.lower()) + " " for w in sa["leads"])
        self.start_words_before = re.compile(
            r"(?<!\w)" + _words_alt(sa["words_before"]) + r"\s+$", re.IGNORECASE)
        self.start_before_tokens = frozenset(w.lower() for w in sa["words_before"])
        self.start_ahead_months = int(sa["max_months_ahead"])
        ad = lex["attributive_date"]
        self.attributive_noun_words = int(ad["noun_words"])
        self.attributive_not_nouns = frozenset(w.lower() for w in ad["not_nouns"])
        srp = lex["since_reference_point"]
        self.since_np_openers = frozenset(w.lower() for w in srp["openers"])
        self.since_np_window = int(srp["window"])
        self.since_clause_opener_re = re.compile(r"(?<![\w'’-])" + _words_alt(srp["clause_openers"]) + r"(?![\w'’-])",
                                                 re.IGNORECASE)
        self.adjective_ed_after = frozenset(w.lower() for w in lex["adjective_ed_after"])
        self.hyphen_verb_prefixes = frozenset(w.lower() for w in lex["hyphen_verb_prefixes"])
        self.by_means_words = frozenset(w.lower() for w in lex["by_means_words"])
        # past forms that do not end in -ed ("sent", "began"): the coder's list (grammar.yaml irregular_past)
        self.irregular_past = grammar().irregular_past
        self.reporting = frozenset(w.lower() for w in lex["reporting_verbs"])
        self.cut_or_reporting = self.cut_tokens | self.reporting
        # the longest gap only when it is a medium or adverb phrase ("said in a statement on Monday"), not a clause
        # ("said Israel struck Gaza on Monday": the act's own date)
        gap = int(lex["reporting_gap_max_words"])
        self.reporting_tail = re.compile(
            r"(?<!\w)" + _words_alt(lex["reporting_verbs"])
            + r"(?:(?:\s+\w+){0,%d}|\s+%s(?:\s+\w+){%d})\s*$" % (gap - 1, _words_alt(lex["reporting_gap_openers"]), gap - 1),
            re.IGNORECASE)
        self.reporting_chunks = gap + 1
        # reporting_tail matches only if one of the last few whitespace-separated chunks ends
        # with (the last word of) a reporting verb: a cheap test that skips most searches
        self.reporting_last_words = tuple(sorted({w.lower().split()[-1] for w in lex["reporting_verbs"]}))
        self.reporting_prefilter_ok = all(w.isascii() for w in self.reporting_last_words)

        cb = lex["clause_boundaries"]
        self.comma_weight = float(cb["comma"])
        self.quote_min_words = int(cb["quote_min_words"])
        self.reporting_penalty = float(cb["reporting_penalty"])
        self.dateline_penalty = float(cb["dateline_penalty"])
        # a dateline: a place (optionally ", Country") and a comma before the date, an optional
        # "(Agency)" and a dash after it
        self.dateline_before_re = re.compile(
            r"^\W*[A-Z][A-Za-z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?,\s*$")
        self.dateline_after_re = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:-|–|—)")
        # a live blog's time stamp before a paragraph ("09:45 — Last Friday, X met ..."): no text before a
        # fronted date
        self.timestamp_lead_re = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s*(?:-|–|—)\s*")
        self.strong_chars = cb["strong_chars"]
        self.conj_re = re.compile(
            r"(?<!\w)" + _words_alt(cb["conjunctions"]) + r"\s+(?=" + _words_alt(cb["subject_starters"])
            + r"(?!\w))", re.IGNORECASE)
        conj = _word_start_alt(cb["conjunctions"])
        starters_low = [w.lower() for w in cb["subject_starters"]]
        self.conj_ascii_re = conj and all(w.isascii() for w in starters_low) and re.compile(
            conj + r"\s+(?=" + _words_alt(starters_low) + r"(?!\w))")
        self.quote_re = re.compile(r"[\"“«]([^\"”»]{1,400})[\"”»]")
        rel = _words_alt(cb.get("relative_pronouns") or ["which", "who"])
        quant = cb.get("relative_quantifiers")
        preps = cb.get("relative_prepositions")
        quant = [r"(?:" + _words_alt(quant) + r")\s+of\s+"] if quant else []
        quant += [_words_alt(preps) + r"\s+"] if preps else []
        quant = r"(?:" + "|".join(quant) + r")?" if quant else ""
        self.relative_open_re = re.compile(r",\s*" + quant + rel + r"(?!\w)", re.IGNORECASE)
        self.relative_after_dash_re = re.compile(r"\s*" + rel + r"(?!\w)", re.IGNORECASE)
        # the end of a commitment's clause (_inside_commitment): strong chars, quotes, a sentence end, a comma
        # before a conjunction or relative pronoun
        self.commitment_clause_end_re = re.compile(
            r"[" + re.escape(self.strong_chars) + r"\"“”«»]|[.!?](?=\s|$)|,\s*(?:"
            + _words_alt(cb["conjunctions"]) + "|" + rel + r")(?!\w)", re.IGNORECASE)
        # ", a mining town captured by Russian forces last October", ", a town Russia seized in May"
        nouns = cb.get("apposition_place_nouns") or []
        self.apposition_open_re = nouns and re.compile(
            r",\s*(?:an?|the)\s+(?:[a-z-]+\s+){0,2}" + _words_alt(nouns) + r"\s+(?=[A-Z]|[a-z]+ed\b|"
            + _words_alt((cb.get("apposition_participles") or ["taken"]) + (cb.get("apposition_subjects") or []))
            + r"(?!\w))")
        self.dashes = tuple(cb.get("dashes") or ["—", "–"])
        self.dash_re = re.compile("|".join(re.escape(d) for d in self.dashes))
        # the one-character boundaries, found by one C-level scan instead of a loop over chars
        self.boundary_char_re = re.compile("[" + re.escape("".join(sorted(set(self.strong_chars) | {","}))) + "]")
        # a comma inside a number ("15,000 residents") does not close the clause
        self.relative_end_re = re.compile(r"(?<!\d),|,(?!\d)|[;:)]|" + self.dash_re.pattern)
        self.date_apposition_words = frozenset(
            w.lower() for w in cb.get("date_apposition_words") or ["on", "in", "since"])
        self.paren_re = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
        # "the programme for 2022-2025", "the 2024-2026 development plan": a noun's period
        nouns = cb.get("period_nouns") or []
        leads = cb.get("period_leads") or []
        dets = cb.get("period_determiners") or []
        # (the noun's "of" complement may stand before the lead: "a plan of consultations between their
        # ministries for 2024-2025"; words only, no comma)
        compl = int(cb.get("period_noun_complement_max_words") or 0)
        of_phrase = r"(?:of\s+(?:[\w'’-]+\s+){1,%d}?)?" % compl if compl else ""
        self.noun_period_before_re = nouns and leads and re.compile(
            r"(?<!\w)" + _words_alt(nouns) + r"\s+" + of_phrase + _words_alt(leads)
            + r"\s+(?:the\s+)?(?:(?:period|years?)\s+)?(?:of\s+)?$", re.IGNORECASE)
        self.period_leads = frozenset(w.lower() for w in leads)
        self.noun_period_after_re = nouns and dets and re.compile(
            r"\s+(?:[a-z-]+\s+){0,2}?" + _words_alt(nouns) + r"(?!\w)")
        # "this year's quota": a possessive period before a period noun needs no determiner
        self.noun_period_possessive_re = nouns and re.compile(
            r"['’]s\s+(?:[a-z-]+\s+){0,2}?" + _words_alt(nouns) + r"(?!\w)", re.IGNORECASE)
        # "the boldest strikes ... since February 2022": a comparison's reference point
        self.superlatives = tuple(tuple(w.lower().split()) for w in cb.get("superlative_words") or ())
        self.superlative_window = int(cb.get("superlative_window", 6))
        self.superlative_breaks = frozenset(w.lower() for w in cb.get("superlative_breaks") or ())
        self.superlative_count_words = frozenset(w.lower() for w in cb.get("superlative_count_words") or ())
        self.perfect_auxiliaries = frozenset(w.lower() for w in cb.get("superlative_perfect_auxiliaries") or ())
        self.period_determiner_re = dets and re.compile(r"(?<!\w)" + _words_alt(dets) + r"\s+$", re.IGNORECASE)

        # Publication-date heuristics
        pub = self.pub
        self.pub_rules = set(pub["date_rules"])
        self.label_pub_re = re.compile(
            r"^\W*" + _words_alt(pub["labels_published"]) + r"(?!\w)\s*:?", re.IGNORECASE)
        self.label_upd_re = re.compile(
            r"^\W*" + _words_alt(pub["labels_updated"]) + r"(?!\w)\s*:?", re.IGNORECASE)
        self.author_re = re.compile(r"^\W*" + _words_alt(pub["author_words"]) + r"(?!\w)",
                                    re.IGNORECASE)
        filler = "|".join(re.escape(f) for f in pub["filler_words"])
        self.date_only_rest = re.compile(
            r"^(?:\s|" + pub["time_pattern"] + "|" + _words_alt(pub["time_zones"]) + r"(?!\w)|"
            + _words_alt(sorted(self.weekday_any)) + r"\.?(?!\w)|" + filler + ")*$", re.IGNORECASE)
        self.dateline_re = re.compile(r"^[A-Z][A-Za-z.'’ -]{1,40},\s*$")


@lru_cache(maxsize=4)
def _grammar_for(directory: str) -> _Grammar:
    return _Grammar(Path(directory))


_CURRENT: _Grammar | None = None


def _grammar() -> _Grammar:
    """The compiled grammar, built at first use from schemas_dir()/temporal (OEP_SCHEMAS_DIR is
    read then; call reset_grammar() after changing it or the data files)."""
    global _CURRENT
    current = _CURRENT
    if current is not None:
        return current
    with _LOCK:
        if _CURRENT is None:
            _CURRENT = _grammar_for(str(schemas_dir() / "temporal"))
        return _CURRENT


def reset_grammar() -> None:
    """Forget the compiled grammar (tests that edit schemas/temporal, or a new OEP_SCHEMAS_DIR)."""
    global _CURRENT
    with _LOCK:
        _CURRENT = None
        _grammar_for.cache_clear()


# ------------------------------------------------------------------------------------------
# Calendar helpers
# ------------------------------------------------------------------------------------------

def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _precision_for_span(start: dt.date, end: dt.date) -> str:
    days = (end - start).days + 1
    if days <= 1:
        return "day"
    if days <= 7:
        return "week"
    if start.year == end.year and start.month == end.month:
        return "month"
    if days <= 92:
        return "season"
    return "year"


def _season_range(g: _Grammar, name: str, year: int) -> tuple[dt.date, dt.date]:
    first, last = g.seasons[name.lower()]
    start = dt.date(year, first, 1)
    end_year = year + 1 if last < first else year
    return start, _month_end(end_year, last)


def _year_of_rel(g: _Grammar, rel: str | None, published: dt.date | None) -> int | None:
    if published is None:
        return None
    info = g.relative.get(_ws(rel or "this"), {"offset": 0})
    return published.year + int(info["offset"])


# ------------------------------------------------------------------------------------------
# Modality: is the expression about the future (planned) or the past?
# ------------------------------------------------------------------------------------------

def _past_word(g: _Grammar, toks: list[str], k: int) -> bool:
    """Is toks[k] a past form: an -ed word or an irregular one ("sent", "began"), neither in
    not_past_ed_words ("led"), not an adjective after a preposition, determiner or possessive ("to occupied
    Donetsk", "the Dnipro's left bank"), not the second part of a compound ("Russian-held", unless after a
    verb prefix: "re-opened") and no participle before "by" ("a delegation, led by ...": a finite passive
    has its own marker, "was led by"; "arrived by plane", "increased by half" are past: by_means_words)?"""
    t = toks[k]
    if t[0] in "-\u2010\u2011":
        if not (k and toks[k - 1] in g.hyphen_verb_prefixes):
            return False
        t = t[1:]
    return ((len(t) >= 5 and t.endswith("ed")) or t in g.irregular_past) and t not in g.not_past \
        and not (k and toks[k - 1] in g.adjective_ed_after) \
        and not (k + 1 < len(toks) and toks[k + 1] == "by"
                 and not (k + 2 < len(toks) and (toks[k + 2] in g.by_means_words or toks[k + 2][:1].isdigit())))


def _markers(g: _Grammar, toks: list[str], where: list | None = None) -> list[bool]:
    """Tense/modality markers in order: True for a future cue, False for a past marker. `where`, when
    given, gets (token index, cue tuple or None for a past form: -ed or irregular) of each marker."""
    out = []
    k, n = 0, len(toks)
    while k < n:
        if toks[k] not in g.cue_first_words:
            if _past_word(g, toks, k):
                out.append(False)
                if where is not None:
                    where.append((k, None))
            k += 1
            continue
        for length in g.cue_lengths:
            cue = tuple(toks[k:k + length])
            if len(cue) == length and (cue in g.future_cues or cue in g.past_cues):
                future = cue in g.future_cues
                out.append(future)
                if where is not None:
                    where.append((k, cue))
                k += length
                if future:  # "will be opened": the verb belongs to the cue
                    while k < n and toks[k] in g.aux_after_cue:
                        k += 1
                    k += 1
                break
        else:
            if _past_word(g, toks, k):
                out.append(False)
                if where is not None:
                    where.append((k, None))
            k += 1
    return out


def _clause_left(g: _Grammar, text: str, start: int) -> tuple[list[str], bool]:
    """The tokens of the clause before an expression at start (cut at ; : quotes, sentence ends and
    reporting verbs) and whether a reporting verb cut it. The start words right before it ("Starting in
    September, ...", lexicon.yaml start_ahead.words_before) belong to the expression: a date they open
    is fronted."""
    toks = g.mod_token_re.findall(text[max(0, start - 100):start].lower())
    cut, cut_by_reporting = -1, False
    cutters = g.cut_or_reporting
    if not cutters.isdisjoint(toks):
        for k in range(len(toks) - 1, -1, -1):
            t = toks[k]
            if t in cutters:
                cut, cut_by_reporting = k, t in g.reporting
                break
    window = toks[cut + 1:] if cut >= 0 else toks
    while window and window[-1] in g.start_before_tokens:
        window = window[:-1]
    return window, cut_by_reporting


def _fronted_first_marker(g: _Grammar, text: str, end: int):
    """For a fronted expression ending at end: (future?, cue or None, char offset after the cue) of the
    first tense marker of the clause after it, or None when it has none."""
    lower = text[end:end + 100].lower()
    where: list = []
    toks, spans = [], []
    for t in g.mod_token_re.finditer(lower):
        if t.group() in g.cut_tokens:
            break
        toks.append(t.group())
        spans.append(t.end())
    marks = _markers(g, toks, where)
    if not marks:
        return None
    k, cue = where[0]
    return marks[0], cue, end + spans[k + len(cue or ("",)) - 1]


def _future_modality(g: _Grammar, text: str, start: int, end: int) -> bool:
    window, cut_by_reporting = _clause_left(g, text, start)
    if window and g.cue_first_words.isdisjoint(window):
        return False  # no cue: the markers are all past ones (or none), and the window is not empty
    marks = _markers(g, window)
    if marks:
        return marks[-1]
    # A fronted expression ("On December 28, the embassy will open") looks right. A past verb of
    # commitment there ("In December, the government agreed to let ...") is dated by it: the past.
    if not cut_by_reporting and not window:
        first = _fronted_first_marker(g, text, end)
        return first is not None and first[0] and first[1] not in g.past_verb_cues
    return False


def _start_lead(g: _Grammar, text: str, start: int) -> bool:
    """Does the expression at start name the start of something ("from September", "as of January",
    "starting in September", "effective from 1 September")? lexicon.yaml start_ahead."""
    return text[start:start + 12].lower().startswith(g.start_leads) \
        or g.start_words_before.search(text, max(0, start - 14), start) is not None


def _past_governed(g: _Grammar, text: str, start: int, end: int) -> bool:
    """Does a past tense govern the date at start..end itself? The last past marker before it in its clause
    with no infinitive "to" after it ("The school has been closed from September"; not "were recruited to
    work in schools from September"), or, for a fronted date ("From September, ...", "Starting in
    September, ..."), the first marker after it ("From September, the town was shelled"; a past verb of
    commitment too: "agreed to"). -ed words after a preposition or determiner are adjectives (_markers)."""
    window, _ = _clause_left(g, text, start)
    if not window:
        first = _fronted_first_marker(g, text, end)
        return first is not None and (not first[0] or first[1] in g.past_verb_cues)
    where: list = []
    marks = _markers(g, window, where)
    if marks:
        return not marks[-1] and "to" not in window[where[-1][0] + 1:]
    return False


def _start_ahead(g: _Grammar, text: str, ctx) -> bool:
    """A start named ahead with no year and no future cue (lexicon.yaml start_ahead): the date is in the
    coming months unless a past tense governs it."""
    return _start_lead(g, text, ctx.start) and not ctx.future and not _past_governed(g, text, ctx.start, ctx.end)


def _ahead_date(g: _Grammar, month: int, day: int | None, published: dt.date) -> dt.date | None:
    """The next such month (day None: its first day, from the next month on) or day (after the publication)
    at most start_ahead.max_months_ahead months ahead, else None."""
    ahead = (month - published.month) % 12
    if ahead > g.start_ahead_months or (ahead == 0 and day is None):
        return None
    d = _safe_date(published.year + (month < published.month), month, day or 1)
    if d is not None and d <= published:  # the same month, a day already past
        return None
    return d


# ------------------------------------------------------------------------------------------
# Resolvers: named groups -> (date, end_date, precision, planned, rule suffix) or None
# ------------------------------------------------------------------------------------------

class _Ctx:
    """Lazy modality for one match (computed only for forms that need a direction)."""

    __slots__ = ("g", "text", "start", "end", "_future")

    def __init__(self, g, text, start, end):
        self.g, self.text, self.start, self.end = g, text, start, end
        self._future = None

    @property
    def future(self) -> bool:
        if self._future is None:
            self._future = _future_modality(self.g, self.text, self.start, self.end)
        return self._future


def _day_num(s: str) -> int:
    return int(re.match(r"\d+", s).group(0))


def _month_year(g, month: int, gd: dict, published, ctx: _Ctx) -> int | None:
    """Year of a month named in a match: written ("March 2023"), relative ("March next year", "last
    March"), or inferred from the publication date and the clause's tense; None when unknown."""
    if gd.get("year"):
        return int(gd["year"])
    if gd.get("yrel"):
        return _year_of_rel(g, gd["yrel"], published)
    if published is None:
        return None
    if gd.get("rel"):
        off = int(g.relative[_ws(gd["rel"])]["offset"])
        if off < 0:  # last March: the most recent March strictly before this month
            return published.year if month < published.month else published.year - 1
        if off > 0:
            return published.year if month > published.month else published.year + 1
        return published.year
    return _infer_year_month(month, published, ctx)


def _planned(start: dt.date, end: dt.date, published, ctx: _Ctx) -> bool:
    if published is None:
        return False
    return start > published or (end >= published and ctx.future)


def _infer_year_day(month: int, day: int, published: dt.date, ctx: _Ctx, near_future_days=7):
    """Month/day without a year: the publication year, or the year before when that lands in
    the future, unless the clause is future/planned (then the next occurrence)."""
    if ctx.future:
        for y in (published.year, published.year + 1):
            d = _safe_date(y, month, day)
            if d is not None and d >= published:
                return d
        return None
    for y in (published.year, published.year - 1):
        d = _safe_date(y, month, day)
        if d is None:
            continue
        if d <= published:
            return d
        if y == published.year and (d - published).days <= near_future_days:
            return d  # a date days ahead is an announced event, not one from a year ago
    return None


def _infer_year_month(month: int, published: dt.date, ctx: _Ctx) -> int:
    if ctx.future:
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


def _resolve(g: _Grammar, kind: str, rid: str, gd: dict, published, ctx: _Ctx):
    get = gd.get
    if kind == "ymd":
        d = _safe_date(int(gd["year"]), int(gd["month"]), int(gd["day"]))
        return d and (d, d, "day", None)
    if kind == "numeric":
        a, b, year = int(gd["a"]), int(gd["b"]), int(gd["year"])
        # Day-first (13/09/2023, European and Ukrainian usage); month-first only when the
        # second number cannot be a month (09/13/2023).
        day, month, suffix = (b, a, "mdy") if b > 12 and a <= 12 else (a, b, None)
        d = _safe_date(year, month, day)
        return d and (d, d, "day", suffix)
    if kind == "day":
        month = g.month_of[gd["month"].rstrip(".").lower()]
        day = _day_num(gd["day"])
        if get("year"):
            d = _safe_date(int(gd["year"]), month, day)
        elif get("yrel"):
            year = _year_of_rel(g, gd["yrel"], published)
            d = _safe_date(year, month, day) if year is not None else None
        elif published is not None:
            d = _infer_year_day(month, day, published, ctx)
            if d is not None and d < published:
                # "apply from 1 September" (read in July): the coming 1 September
                ahead = _ahead_date(g, month, day, published)
                if ahead is not None and _start_ahead(g, ctx.text, ctx):
                    return ahead, ahead, "day", "start_ahead"
        else:
            return None
        return d and (d, d, "day", None)
    if kind == "day_of_month":
        if published is None:
            return None
        day = _day_num(gd["day"])
        y, m = published.year, published.month
        for _ in range(3):
            d = _safe_date(y, m, day)
            if d is not None and (d <= published or ctx.future):
                return d, d, "day", None
            y, m = _add_months(y, m, -1)
        return None
    if kind in ("day_range", "night"):
        month = g.month_of[gd["month"].rstrip(".").lower()]
        month2 = g.month_of[gd["month2"].rstrip(".").lower()] if get("month2") else month
        d1n, d2n = _day_num(gd["day"]), _day_num(gd["day2"])
        if get("year"):
            y2 = int(gd["year"])
        elif published is not None:
            end = _infer_year_day(month2, d2n, published, ctx)
            if end is None:
                return None
            y2 = end.year
        else:
            return None
        y1 = y2 - 1 if month > month2 else y2
        start, end = _safe_date(y1, month, d1n), _safe_date(y2, month2, d2n)
        if start is None or end is None or end < start or (end - start).days > 62:
            return None
        if kind == "night":
            return start, end, "day", None
        return start, end, _precision_for_span(start, end), None
    if kind == "weekday":
        if published is None:
            return None
        wd = g.weekday_of[gd["weekday"].lower()]
        rel = _ws(get("rel") or "")
        back = (published.weekday() - wd) % 7  # days since the most recent such day
        if rel in ("last", "past", "this past"):
            back = back or 7
            d = published - dt.timedelta(days=back)
        elif rel in ("next", "coming", "this coming"):
            d = published + dt.timedelta(days=((wd - published.weekday()) % 7) or 7)
        elif rel == "this":  # the day in the publication week (Monday..Sunday)
            d = published - dt.timedelta(days=published.weekday()) + dt.timedelta(days=wd)
        elif ctx.future:
            d = published + dt.timedelta(days=(wd - published.weekday()) % 7)
        else:
            d = published - dt.timedelta(days=back)
        return d, d, "day", None
    if kind == "month":
        month = g.month_of[gd["month"].rstrip(".").lower()]
        part = get("part")
        suffix = re.sub(r"\W+", "_", part.lower()) if part else None
        if not part and published is not None and not (get("year") or get("yrel") or get("rel")):
            # "recruited to work in schools from September" (read in July): the coming September
            ahead = _ahead_date(g, month, 1, published)
            if ahead is not None and _start_ahead(g, ctx.text, ctx):
                return ahead, _month_end(ahead.year, month), "month", "start_ahead"
        year = _month_year(g, month, gd, published, ctx)
        if year is None:
            return None
        return dt.date(year, month, 1), _month_end(year, month), "month", suffix
    if kind == "month_range":
        m1 = g.month_of[gd["month"].rstrip(".").lower()]
        m2 = g.month_of[gd["month2"].rstrip(".").lower()]
        if get("year2"):
            y1, y2 = int(gd["year"]), int(gd["year2"])
        else:
            y2 = _month_year(g, m2, gd, published, ctx)
            if y2 is None:
                return None
            y1 = y2 - 1 if m1 > m2 else y2
        start, end = dt.date(y1, m1, 1), _month_end(y2, m2)
        if end < start:
            return None
        return start, end, _precision_for_span(start, end), None
    if kind == "season":
        name, name2 = gd["season"], get("season2") or gd["season"]
        if get("year"):
            year = int(gd["year"])
        elif get("yrel"):
            year = _year_of_rel(g, gd["yrel"], published)
        elif published is None:
            return None
        else:
            rel = _ws(get("rel") or "")
            info = g.relative.get(rel, {"offset": 0}) if rel else None
            year = published.year
            # the latest occurrence of the first season that started on or before publication
            if _season_range(g, name, year)[0] > published:
                year -= 1
            if info is not None and int(info["offset"]) < 0:
                if _season_range(g, name2, year)[1] >= published:
                    year -= 1  # "last summer" is the one that has ended
            elif info is not None and int(info["offset"]) > 0:
                if _season_range(g, name, year)[0] <= published:
                    year += 1
            elif (info is None or int(info["offset"]) == 0) and ctx.future \
                    and _season_range(g, name2, year)[1] < published:
                year += 1  # "will open ... this autumn" (said in August): the coming one, as a bare season
        if year is None:
            return None
        start = _season_range(g, name, year)[0]
        end = _season_range(g, name2, year)[1]
        if end < start:
            end = _season_range(g, name2, year + 1)[1]
        return start, end, "season", None
    if kind == "quarter":
        q = int(gd["q"]) if get("q") else g.ordinals[_ws(gd["ord"])]
        if get("year"):
            year = int(gd["year"])
        elif published is not None:
            year = _year_of_rel(g, get("yrel"), published)
        else:
            return None
        first = 3 * (q - 1) + 1
        return dt.date(year, first, 1), _month_end(year, first + 2), "season", None
    if kind == "year":
        part = (get("part") or "").lower()
        if get("year"):
            year = int(gd["year"])
        elif published is not None:
            year = _year_of_rel(g, get("yrel"), published)
        else:
            return None
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        if part == "first half":
            end = dt.date(year, 6, 30)
        elif part == "second half":
            start = dt.date(year, 7, 1)
        suffix = re.sub(r"\W+", "_", part) if part else None
        if get("lead") and gd["lead"].lower() == "since":
            suffix = "since"
        return start, end, "year", suffix
    if kind == "year_range":
        y1, y2 = int(gd["year"]), int(gd["year2"])
        if y2 <= y1:
            return None
        return dt.date(y1, 1, 1), dt.date(y2, 12, 31), "year", None
    if published is None:
        return None
    if kind == "ago":
        n_text = _ws(gd["num"])
        n = int(n_text) if n_text.isdigit() else g.numbers[n_text]
        unit = gd["unit"].lower().rstrip("s")
        if unit == "day":
            d = published - dt.timedelta(days=n)
            return d, d, "day", None
        if unit == "week":
            d = published - dt.timedelta(weeks=n)
            monday = d - dt.timedelta(days=d.weekday())
            return monday, monday + dt.timedelta(days=6), "week", None
        if unit == "month":
            y, m = _add_months(published.year, published.month, -n)
            return dt.date(y, m, 1), _month_end(y, m), "month", None
        y = published.year - n
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "year", None
    if kind == "relative_period":
        rel = _ws(get("rel") or "this")
        info = g.relative.get(rel, {"offset": 0})
        off = int(info["offset"])
        unit = gd["unit"].lower()
        part = get("part")
        suffix = re.sub(r"\W+", "_", part.lower()) if part else None
        if info.get("rolling"):  # the past week: the days up to publication
            span = {"week": 7, "weekend": 7, "month": 30, "year": 365}[unit]
            start = published - dt.timedelta(days=span)
            return start, published, {"weekend": "week"}.get(unit, unit), "rolling"
        if unit in ("week", "weekend"):
            monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=off)
            if unit == "weekend":
                sat = monday + dt.timedelta(days=5)
                if off == 0 and sat > published and not ctx.future:
                    sat -= dt.timedelta(days=7)  # "this weekend" early in the week: the last one
                return sat, sat + dt.timedelta(days=1), "week", None
            return monday, monday + dt.timedelta(days=6), "week", suffix
        if unit == "month":
            y, m = _add_months(published.year, published.month, off)
            return dt.date(y, m, 1), _month_end(y, m), "month", suffix
        y = published.year + off
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "year", suffix
    if kind == "fixed":
        phrase = _ws(gd["phrase"])
        info = g.fixed[phrase]
        # "Russia Today", "USA Today": a capitalized phrase after a capitalized word is a name
        if gd["phrase"][0].isupper() and ctx.start > 0:
            before = ctx.text[:ctx.start].rstrip()
            prev = re.search(r"(\w+)\W*$", before)
            if prev and prev.group(1)[0].isupper() and not re.search(r"[.!?:\"“]\s*$", before):
                return None
        d = published + dt.timedelta(days=int(info["offset"]))
        unit = info["unit"]
        if unit == "night":
            return d, d + dt.timedelta(days=1), "day", None
        if unit == "weekend":  # the most recent Saturday-Sunday (the current one if it is one)
            sat = published - dt.timedelta(days=(published.weekday() - 5) % 7)
            return sat, sat + dt.timedelta(days=1), "week", None
        return d, d, "day", None
    raise ValueError(f"unknown temporal rule kind {kind!r} in rule {rid!r}")


def _intrinsically_planned(g: _Grammar, rid: str, gd: dict) -> bool:
    rel = gd.get("rel") or gd.get("yrel")
    if rel and g.relative.get(_ws(rel), {}).get("planned"):
        return True
    phrase = gd.get("phrase")
    return bool(phrase and g.fixed.get(_ws(phrase), {}).get("planned"))


# ------------------------------------------------------------------------------------------
# Scanning
# ------------------------------------------------------------------------------------------

def _scan(g: _Grammar, text: str, published, rule_filter=None, words=None) -> list[TemporalExpression]:
    """words: token_re.findall(text) when the caller has it already."""
    out: list[TemporalExpression] = []
    if words is None:
        words = g.token_re.findall(text)
    anchor_of, is_starter = g.anchor_of, g.is_starter
    anchors = list(compress(count(), map(anchor_of.__contains__, words)))  # indexes of anchor words
    if not anchors:
        return out
    # start of each token up to the last anchor: a token is letters or digits and the gaps hold
    # neither, so its first occurrence after the previous token is the token itself
    positions = []
    pos, find = 0, text.find
    for w in words[:anchors[-1] + 1]:
        pos = find(w, pos)
        positions.append(pos)
        pos += len(w)
    taken_until = 0  # expressions do not overlap
    present: dict[str, bool] = {}  # slot name -> its pattern matches somewhere in text
    for i in anchors:
        p = positions[i]
        if p < taken_until:
            continue
        j = i  # extend left over the run of starter words ("at the very end of" July)
        while j > 0 and i - j < 7 and positions[j - 1] >= taken_until:
            w = words[j - 1]
            starter = is_starter.get(w)
            if starter is None:
                starter = _remember(is_starter, w, w.isdigit() or w.lower() in g.starters)
            if not starter:
                break
            j -= 1
        classes = anchor_of[words[i]]
        rules = g.rules_for_classes[classes]
        needed = g.slots_for_classes[classes]
        if needed:
            missing = []
            for name in needed:
                if missing and not g.slot_moot_if_missing[classes, name].isdisjoint(missing):
                    continue
                found = present.get(name)
                if found is None:
                    found = present[name] = g.slot_search[name](text) is not None
                if not found:
                    missing.append(name)
            if missing:
                key = (classes, tuple(missing))
                rules = g.gated_rules.get(key)
                if rules is None:
                    rules = g.gated_rules[key] = [
                        r for r in g.rules_for_classes[classes] if not g.rule_needs[r[0]] & set(missing)]
        chosen = None
        for k in range(j, i + 1):  # leftmost start first: the longest expression
            s = positions[k]
            candidates = []
            for rule in rules:
                if rule_filter is not None and rule[0] not in rule_filter:
                    continue
                mm = rule[2].match(text, s)
                if mm is not None and mm.end() > p:
                    candidates.append((mm.end(), rule, mm))
            if len(candidates) > 1:
                # longest first; on a tie the earlier rule in rules.yaml (the sort is stable)
                candidates.sort(key=_first, reverse=True)
            for end, (rid, kind, _), mm in candidates:
                gd = mm.groupdict()
                ctx = _Ctx(g, text, s, end)
                res = _resolve(g, kind, rid, gd, published, ctx)
                if not res:
                    continue
                start_d, end_d, precision, suffix = res
                planned = _intrinsically_planned(g, rid, gd) or _planned(start_d, end_d, published, ctx)
                chosen = TemporalExpression(s, end, text[s:end], start_d, end_d, precision, planned,
                                            rid + (":" + suffix if suffix else ""))
                break
            if chosen is not None:
                break
        if chosen is not None:
            out.append(chosen)
            taken_until = chosen.end
    return out


_first = itemgetter(0)
_MEMO_MAX = 50_000  # bound on the per-word memo dicts (facts about one word, not about a text)


def _remember(memo: dict, key, value):
    if len(memo) >= _MEMO_MAX:
        memo.clear()
    memo[key] = value
    return value


def find_temporal_expressions(text: str, published: dt.date | None) -> list[TemporalExpression]:
    """Temporal expressions in `text` (usually one sentence), resolved against `published`.

    Sorted by start, non-overlapping, longest match wins. Relative forms need `published`;
    with None only forms carrying their own year are returned.
    """
    if not text:
        return []
    g = _CURRENT or _grammar()
    words = g.token_re.findall(text)
    if g.anchor_tokens.isdisjoint(words):
        return []  # the common case: no month, weekday, year or temporal word at all
    out = _scan(g, text, published, words=words)
    if out and ("later" in text or "earlier" in text or "after" in text or "before" in text):
        out = _sentence_counted(g, text, out, published)
    return out


def _sentence_counted(g: _Grammar, text: str, found: list, published) -> list:
    """lexicon.yaml narrative_relative.sentence_counted: "two years later" counted from the last date before
    it in the same sentence ("recognised Abkhazia in December 2009 and opened an embassy two years later":
    2011, year precise; "in March ... six months later": September, month precise). A year-precise date
    counts years only (six months after "2011" is no month)."""
    added = []
    for m in g.sentence_counted_re.finditer(text):
        if any(e.start < m.end() and m.start() < e.end for e in found):
            continue
        if m.group("dir").lower() in g.sentence_counted_clause_final and not g.clause_final_re.match(text, m.end()):
            continue  # "six months after Moscow annexed the region": counted from that act, not a date
        before = [e for e in found if e.end <= m.start() and e.precision in ("day", "month", "year")]
        if not before:
            continue
        anchor = before[-1]
        n = m.group("num").lower()
        n = int(n) if n.isdigit() else g.numbers.get(n)
        if not n:
            continue
        months = n * g.sentence_counted[m.group("unit").lower()] * g.narrative_back[m.group("dir").lower()]
        if anchor.precision == "year" and months % 12:
            continue
        y, mo = _add_months(anchor.date.year, anchor.date.month, months)
        if anchor.precision == "year" or abs(months) >= 12:
            start, end, precision = dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
        else:
            start, end, precision = dt.date(y, mo, 1), _month_end(y, mo), "month"
        planned = published is not None and start > published
        added.append(TemporalExpression(m.start(), m.end(), m.group(), start, end, precision, planned,
                                        "sentence_counted"))
    return sorted(found + added, key=lambda e: e.start) if added else found


# ------------------------------------------------------------------------------------------
# Which expression belongs to the trigger
# ------------------------------------------------------------------------------------------

# a list of two or more capitalised names joined by commas and a final "and"/"or" ("Uzbekistan, Tajikistan and
# Kyrgyzstan", "Niger, Mali and the Central African Republic"), inside a sentence (after a lower-case word)
_NAME_LIST_RE = re.compile(r"(?<=[a-z] )[A-Z][\w'\-]*(?: [A-Z][\w'\-]*)*(?:, [A-Z][\w'\-]*(?: [A-Z][\w'\-]*)*)+,? "
                           r"(?:and|or) (?:the )?[A-Z]")


def _boundaries(g: _Grammar, text: str, ascii_lower: str | None) -> list[tuple[int, float]]:
    """ascii_lower: text.lower() when text is ASCII (the fast case-sensitive patterns apply)."""
    strong, comma = g.strong_chars, g.comma_weight
    marks: list[tuple[int, float]] = [(m.start(), 3.0 if m.group() in strong else comma)
                                      for m in g.boundary_char_re.finditer(text)]
    if ", " in text and (" and " in text or " or " in text):
        # the commas of a list of names ("citizens of Uzbekistan, Tajikistan and Kyrgyzstan") part no clauses
        inside = {i for m in _NAME_LIST_RE.finditer(text) for i in range(m.start(), m.end()) if text[i] == ","}
        if inside:
            marks = [mk for mk in marks if mk[0] not in inside]
    if ascii_lower is not None and g.conj_ascii_re:
        conjunctions = g.conj_ascii_re.finditer(ascii_lower)
    else:
        conjunctions = g.conj_re.finditer(text)
    for m in conjunctions:
        marks.append((m.start(), 2.0))
    for m in g.quote_re.finditer(text):
        if len(m.group(1).split()) >= g.quote_min_words:
            marks.append((m.start(), 2.0))
            marks.append((m.end() - 1, 2.0))
    return marks


@lru_cache(maxsize=1024)
def _insets(g: _Grammar, text: str) -> tuple[tuple[int, int], ...]:
    """_insets_of, found once per sentence text (choose_expression asks once per trigger)."""
    return tuple(_insets_of(g, text))


def _insets_of(g: _Grammar, text: str) -> list[tuple[int, int]]:
    """Spans [start, end] (end = the closing delimiter, inclusive) of inserted clauses: relative
    clauses after a comma, a place's apposition with its own clause (", a town Russia seized in May",
    ", a mining town captured by Russian forces last October"), dash pairs (or a dash + relative pronoun to the end), brackets."""
    spans: list[tuple[int, int]] = []
    last = len(text) - 1
    # substring checks first: most sentences have no dash or bracket, and every relative
    # clause opens with a comma
    if "," in text:
        for m in g.relative_open_re.finditer(text):
            close = g.relative_end_re.search(text, m.end())
            spans.append((m.start(), close.start() if close else last))
        if g.apposition_open_re:
            for m in g.apposition_open_re.finditer(text):
                close = g.relative_end_re.search(text, m.end())
                spans.append((m.start(), close.start() if close else last))
    dashes = list(g.dash_re.finditer(text)) if any(d in text for d in g.dashes) else ()
    i = 0
    while i < len(dashes):
        if i + 1 < len(dashes):
            spans.append((dashes[i].start(), dashes[i + 1].end() - 1))
            i += 2
            continue
        if g.relative_after_dash_re.match(text, dashes[i].end()):
            spans.append((dashes[i].start(), last))
        i += 1
    if "(" in text or "[" in text:
        for m in g.paren_re.finditer(text):
            spans.append((m.start(), m.end() - 1))
    return spans


def _only_the_date(text: str, span: tuple[int, int], e) -> bool:
    """'(on 30 September)': the inset holds nothing but the expression (and a lead word)."""
    rest = (text[span[0] + 1:e.start] + " " + text[e.end:span[1]]).split()
    words = [w.strip("—–-,.()[]").lower() for w in rest]
    return all(not w or w in _grammar().date_apposition_words for w in words)


def _noun_period(g, text: str, e) -> bool:
    """'the investment programme for 2022-2025', 'the budget for 2024', 'the 2024-2026 development plan':
    the expression is the period of a noun (period_nouns), no date of an act. The lead word is in the
    expression's span ('for 2024') or before it ('programme for the period 2022-2025')."""
    if not g.noun_period_before_re:
        return False
    return _noun_period_span(g, text, e.start, e.end)


@lru_cache(maxsize=1024)
def _noun_period_span(g, text: str, start: int, end: int) -> bool:
    """_noun_period by the expression's span (asked once per trigger of the sentence: decided once)."""
    first = text[start:end].split(None, 1)
    if len(first) == 2 and first[0].lower() in g.period_leads:
        # the lead word is in the span ("for 2024"): the noun and the lead end the text before it
        head = text[max(0, start - 80):start] + first[0] + " "
        if g.noun_period_before_re.search(head):
            return True
    elif g.noun_period_before_re.search(text, max(0, start - 100), start):
        return True
    # "this year's quota", "next year's budget": the period in the possessive
    if g.noun_period_possessive_re and g.noun_period_possessive_re.match(text, end):
        return True
    # "the 2024-2026 (development) plan": a determiner right before, a period noun after
    return bool(g.period_determiner_re.search(text, max(0, start - 8), start)
                and g.noun_period_after_re.match(text, end))


def _own_possessive_period(g, text: str, e, trigger_start: int, trigger_end: int) -> bool:
    """A possessive period ("next year's budget") whose period noun opens the trigger's span ("Last week's
    contract with Chinese builders brought ...", not "set this year's quota") or whose "for" complement the trigger opens ("next year's budget
    for hiring migrant workers"): the noun's period is the act's own date."""
    m = g.noun_period_possessive_re and g.noun_period_possessive_re.match(text, e.end)
    if not m or trigger_start is None or trigger_end is None:
        return False
    if m.start() <= trigger_start < m.end():
        return True  # the trigger opens at the noun: the noun is the act ("set this year's quota" is not)
    return bool(_FOR_COMPLEMENT_RE.fullmatch(text, m.end(), max(m.end(), trigger_start)))


_FOR_COMPLEMENT_RE = re.compile(r"\s+for\s+(?:[\w-]+\s+){0,2}")
_WORDS_RE = re.compile(r"[\w'’-]+")


def _comparison_since(g, text: str, e) -> bool:
    """'in one of the boldest strikes on the peninsula since February 2022', 'the first visit since 2014':
    "since" after a superlative (clause_boundaries.superlative_words, up to superlative_window words between,
    no comma ; or : and no superlative_breaks verb between) names a comparison's reference point, not the
    act's date."""
    if not g.superlatives or not text[e.start:e.start + 6].lower().startswith("since"):
        return False
    seg = text[max(0, e.start - 160):e.start]
    cut = max(seg.rfind(c) for c in ",;:")
    words = _WORDS_RE.findall(seg[cut + 1:].lower())
    n = len(words)
    for i in range(n - 1, max(-1, n - 2 - g.superlative_window), -1):
        if words[i] in g.superlative_breaks:
            return False
        sup = next((s for s in g.superlatives if tuple(words[i - len(s) + 1:i + 1]) == s), None)
        if sup is not None:
            # a count told with a perfect before it is cumulative, "since" its span: "Crimea has received the
            # largest number of migrant workers since January", "Russia has hired the most workers since 2022"
            cumulative = sup[-1] == "most" or (i + 1 < n and words[i + 1] in g.superlative_count_words)
            return not (cumulative and not g.perfect_auxiliaries.isdisjoint(words[:i - len(sup) + 1]))
    return False


_NEXT_WORD_RE = re.compile(r"[ \t]+([a-z][a-z-]*)")


def _attributive_date(g, text: str, e, trigger_start: int) -> bool:
    """Is e a date modifying the noun after it (lexicon.yaml attributive_date: "the results of the October 26
    parliamentary elections"): a period determiner right before it, a word after it that is no `not_nouns` word, and
    the trigger not within `noun_words` words after it (the noun's own act: "The September 12 attack killed ...")?"""
    if not g.period_determiner_re or not g.period_determiner_re.search(text, max(0, e.start - 8), e.start):
        return False
    nxt = _NEXT_WORD_RE.match(text, e.end)
    if nxt is None or nxt.group(1) in g.attributive_not_nouns:
        return False
    if trigger_start >= e.end:
        ahead = _SINCE_WORDS_RE.findall(text, e.end, trigger_start)
        if len(ahead) < g.attributive_noun_words and not any(w in (",", ";", ":") for w in ahead):
            return False
    return True


_SINCE_WORDS_RE = re.compile(r"[\w'’-]+|[,;:]")


def _since_noun_reference(g, text: str, e, trigger_start: int, trigger_end: int) -> bool:
    """Is e inside a "since" phrase that opens with a noun phrase (lexicon.yaml since_reference_point: "since the
    gas cut-off in January", "ever since the war in 2008"), and the trigger before that phrase? Then the date is
    the phrase's event, the reference point of a span, not the act's. Only when another clause opens between
    the trigger and "since" (since_reference_point.clause_openers: "to restart a furnace idle since ..."): the
    act's own span keeps its date ("has shelled Kherson daily since the invasion in February 2022")."""
    if trigger_start >= e.start or text[e.start:e.start + 6].lower().startswith("since"):
        return False
    lo = max(0, e.start - 90)
    found = list(_SINCE_WORDS_RE.finditer(text, lo, e.start))[-(g.since_np_window + 1):]
    for k in range(len(found) - 1, -1, -1):
        w = found[k].group(0).lower()
        if w in (",", ";", ":"):
            return False
        if w == "since":
            since = found[k].start()
            return k + 1 < len(found) and found[k + 1].group(0).lower() in g.since_np_openers \
                and trigger_end <= since and g.since_clause_opener_re.search(text, trigger_end, since) is not None
    return False


def _past_anchor(expressions: list, trigger_start: int, trigger_end: int, text: str = "") -> list:
    """A trigger between a date and "two years later" counted from it (_sentence_counted) is the later act
    ("recognised Abkhazia in 2008 and opened an embassy two years later": the opening is 2010): the
    anchor dates the act before it, not this one, so it is no candidate. Only when the trigger is a later
    conjunct than the date (lexicon.yaml narrative_relative.later_conjunct_words or ";" between them: not
    "In December 2009, Nauru recognised Abkhazia ...", where the fronted date dates the trigger's clause)
    and in the counted phrase's clause (no comma, ";" or ":" between them: not "recognised Abkhazia, and
    two years later it opened ..."). A counted phrase that opens a later conjunct ("..., and two years later
    Moscow opened embassies") dates what follows it, never a trigger before it."""
    if not any(e.rule == "sentence_counted" for e in expressions):
        return expressions  # the common case: no counted phrase
    if text:
        g = _CURRENT or _grammar()
        opening = [e for e in expressions if e.rule == "sentence_counted" and e.start >= trigger_end
                   and g.conjunct_open_re.search(text, max(0, e.start - 12), e.start)]
        if opening:
            expressions = [e for e in expressions if e not in opening]
    for i, e in enumerate(expressions):
        if e.rule == "sentence_counted" and e.start >= trigger_end:
            before = [a for a in expressions[:i] if a.rule != "sentence_counted"
                      and a.precision in ("day", "month", "year")]
            if before and before[-1].end <= trigger_start:
                if text:
                    g = _CURRENT or _grammar()
                    if not g.later_conjunct_re.search(text, before[-1].end, trigger_start):
                        return expressions
                    if g.relative_end_re.search(text, trigger_end, e.start):
                        return expressions
                return [a for a in expressions if a is not before[-1]]
    return expressions


def _later_plan_dates(g, text: str, expressions: list, trigger_start: int, trigger_end: int) -> list:
    """A future date in a later conjunct after a past trigger dates that conjunct's plan, not the act: "said it had
    taken on 150 foreign workers ... and would need more in the spring" (the hiring is not in the spring). Only
    when the trigger's clause (up to its end) has a past marker as its last tense marker, a later_conjunct word ("and", "but",
    "then") or ";" stands between the trigger and the date, and a future cue follows that conjunct before the
    date ("and will ...", "but would ..."); a date with no such cue of its own ("took on workers in March and in
    April") still dates the act."""
    later = [e for e in expressions if e.planned and e.start >= trigger_end]
    if not later:
        return expressions  # the common case
    window, _ = _clause_left(g, text, trigger_start)
    marks = _markers(g, window + g.mod_token_re.findall(text[trigger_start:trigger_end].lower()))
    if not marks or marks[-1]:
        return expressions  # no past act before the trigger ("will hire workers ... and in the spring")
    drop = []
    for e in later:
        conj = None
        for conj in g.later_conjunct_re.finditer(text, trigger_end, e.start):
            pass  # the last conjunct before the date
        if conj is None:
            continue
        if any(_markers(g, g.mod_token_re.findall(text[conj.end():e.start].lower()))):
            drop.append(e)
    return [e for e in expressions if e not in drop] if drop else expressions


def _plan_inside_commitment(g, text: str, expressions: list, trigger_start: int) -> list:
    """"In December, Russia agreed to open a consulate in Donetsk in March": a fronted date before a past
    verb of commitment (past_verb_cues) dates the commitment; a plan inside it (the trigger after the cue)
    takes a date of its own ahead (planned) after the cue when it has one, not the commitment's."""
    for e in expressions:
        if e.end > trigger_start:
            break
        window, cut_by_reporting = _clause_left(g, text, e.start)
        if window or cut_by_reporting:
            continue
        first = _fronted_first_marker(g, text, e.end)
        if first is None or first[1] not in g.past_verb_cues or first[2] > trigger_start:
            continue
        if any(x.planned and x.start >= first[2] and _inside_commitment(g, text, first, x.start)
               for x in expressions):
            return [x for x in expressions if x is not e]
    return expressions


def _inside_commitment(g, text: str, first, start: int) -> bool:
    """Does a date at start belong to the plan a commitment cue opens (first: _fronted_first_marker)? Only in the
    cue's own clause (no ; : quote or sentence end, no ", which/where ..." or ", and/but ..." between them:
    "promised to send builders to Donetsk, where elections will be held in September" dates no plan of the
    promise) and with the cue as the last tense marker before it ("agreed to open a consulate; the building will
    be ready in March", "and the building will be ready": a fresh "will"). A bare "and a/the ..." may join a
    second object ("agreed to open an embassy in Sukhumi and a consulate in Gagra in March")."""
    between = text[first[2]:start]
    if g.commitment_clause_end_re.search(between):
        return False  # (a bare "and the/a ..." may join a second object: "an embassy in Sukhumi and a consulate")
    where: list = []
    _markers(g, list(first[1]) + g.mod_token_re.findall(between.lower()), where)
    return bool(where) and where[-1][0] == 0


def choose_expression(expressions, trigger_start: int, trigger_end: int, text: str = ""):
    """The expression that belongs to the trigger's clause: fewest clause boundaries between
    them (; : weigh 3, "and/but" + new subject and long quotes 2, commas 1, a comma closing a
    fronted date 0), then the nearest. An expression right after a reporting verb ("said on
    Friday") dates the report, so it loses against another one, except the dateline: the
    statement's date ("said on Monday its forces had taken") beats it. None when there is none."""
    expressions = list(expressions or [])
    if not expressions:
        return None
    g = _grammar()
    if text:
        # "The Ministry ... condemns the visit of X to Donetsk on 30-31 January": a present-tense release
        # reacts now, a date after its verb is its object's; the reaction is dated by the release
        verb_end = _release_verb_end(g, text, trigger_start, trigger_end)
        if verb_end is not None:
            expressions = [e for e in expressions if e.start < verb_end]
            if not expressions:
                return None
        # a noun's period ("the programme for 2022-2025") dates no act
        # (but a possessive period whose noun is the act's own keeps dating it: "Last week's contract with Chinese
        # builders brought 300 workers", "approved next year's budget for hiring migrant workers")
        expressions = [e for e in expressions if not _noun_period(g, text, e)
                       or _own_possessive_period(g, text, e, trigger_start, trigger_end)]
        # nor does a comparison's "since" ("the heaviest shelling since March")
        expressions = [e for e in expressions if not _comparison_since(g, text, e)]
        # nor a date that modifies a noun ("against the results of the October 26 elections"), unless the noun is the act
        expressions = [e for e in expressions if not _attributive_date(g, text, e, trigger_start)]
        if not expressions:
            return None
        # nor, for an act told before it, a date inside a "since the <noun>" phrase ("hired welders to restart a
        # furnace idle since the gas cut-off in January")
        if "since" in text:
            expressions = [e for e in expressions if not _since_noun_reference(g, text, e, trigger_start, trigger_end)]
        if not expressions:
            return None
    expressions = _past_anchor(expressions, trigger_start, trigger_end, text)
    if text:
        expressions = _later_plan_dates(g, text, expressions, trigger_start, trigger_end)
        if not expressions:
            return None
    if text and len(expressions) > 1:
        expressions = _plan_inside_commitment(g, text, expressions, trigger_start)
    insets = _insets(g, text) if text else []
    if len(expressions) == 1 and not insets:
        only = expressions[0]
        return _as_statement(only) if text and _reporting_date(g, text, only, trigger_start, trigger_end) else only
    if insets:
        # insets that do not hold the trigger; an expression inside one dates that clause
        foreign = [s for s in insets if not (s[0] <= trigger_start and trigger_end <= s[1] + 1)]
        expressions = [e for e in expressions
                       if not any(s[0] <= e.start and e.end <= s[1] + 1 and not _only_the_date(text, s, e)
                                  for s in foreign)]
        if len(expressions) <= 1:
            return expressions[0] if expressions else None
    # clause boundaries only once more than one expression is left to choose from
    ascii_lower = text.lower() if text.isascii() else None
    marks = _boundaries(g, text, ascii_lower) if text else []
    if insets:
        # the inserted clause's own delimiters and commas do not separate the trigger from a
        # date outside it
        marks = [(pos, w) for pos, w in marks if not any(s[0] <= pos <= s[1] for s in foreign)]
    best, best_key = None, None
    dateline, speech = None, None
    for e in expressions:
        if e.end <= trigger_start:
            lo, hi = e.end, trigger_start
        elif e.start >= trigger_end:
            lo, hi = trigger_end, e.start
        else:
            lo = hi = 0
        weight = 0.0
        for pos, w in marks:
            if lo <= pos < hi:
                # a fronted date ("On 13 September, X signed") scopes over the next clause
                if w == g.comma_weight and text[pos] == "," and pos <= e.end + 1 \
                        and e.end <= trigger_start \
                        and not g.timestamp_lead_re.sub("", text[:e.start]).strip(" \"“(—-"):
                    continue
                weight += w
        if text:
            verb = _reporting_verb(g, text, ascii_lower, e)
            # ...unless the trigger is that reporting verb
            if verb is not None and not trigger_start <= verb.start() < trigger_end:
                weight += g.reporting_penalty
                speech = e if speech is None or abs(e.start - trigger_start) < abs(speech.start - trigger_start) else speech
            elif e.start < 60 and g.dateline_after_re.match(text, e.end) \
                    and g.dateline_before_re.match(text, 0, e.start):
                weight += g.dateline_penalty
                dateline = e
        key = (weight, hi - lo, e.start)
        if best_key is None or key < best_key:
            best, best_key = e, key
    # "KYIV, Jan 9 - The ministry said on Monday its forces had taken the town": both date a report, but
    # the statement (before or after the trigger: "..., officials said on Tuesday") is the nearer bound
    if best is dateline and speech is not None:
        return _as_statement(speech)
    return _as_statement(best) if best is speech and best is not None else best


def _reporting_verb(g, text: str, ascii_lower: str | None, e):
    """The reporting verb right before e ("said on Tuesday"), or None. On ASCII text a word test on the
    three words before e skips the regex search for most dates (reporting_last_words)."""
    return _reporting_verb_at(g, text, ascii_lower, e.start)


def _reporting_verb_at(g, text: str, ascii_lower: str | None, start: int):
    window_from = max(0, start - 40)
    if ascii_lower is not None and g.reporting_prefilter_ok and not any(
            chunk.endswith(g.reporting_last_words) for chunk in ascii_lower[window_from:start].split()[-g.reporting_chunks:]):
        return None
    return g.reporting_tail.search(text, window_from, start)


@lru_cache(maxsize=1024)
def _reporting_verb_start(g, text: str, start: int) -> int | None:
    """Where the reporting verb right before a date at `start` begins, or None (asked once per trigger of
    the sentence: found once)."""
    verb = _reporting_verb_at(g, text, text.lower() if text.isascii() else None, start)
    return None if verb is None else verb.start()


def _reporting_date(g, text: str, e, trigger_start: int, trigger_end: int) -> bool:
    """Is e right after a reporting verb that is not the trigger ("..., officials said on Tuesday")?"""
    verb_start = _reporting_verb_start(g, text, e.start)
    return verb_start is not None and not trigger_start <= verb_start < trigger_end


def _as_statement(e):
    """A date that only dates the statement reporting the act (`rule` "statement:..."): the act happened
    by then, so the date is its latest possible day, not the day it is known to have happened. The coder
    keeps the date (the nearer bound, as ACLED codes an undated event at its report) with date_source
    'text' and names the rule in the row's dictionary entries ("date:statement:...")."""
    return e if e.rule.startswith("statement:") else replace(e, rule="statement:" + e.rule)


def find_narrative_expressions(text: str) -> list[tuple[int, int, str, int]]:
    """Dates relative to the story ("the next day", "two days later", "the same day"): (start, end,
    text, days after the story's last dated event), lexicon.yaml narrative_relative. The caller
    resolves them against that date (resolve_narrative); they mean nothing without it."""
    g = _CURRENT or _grammar()
    low = text.lower()
    if not any(w in low for w in g.narrative_words):
        return []
    out = []
    for m in g.narrative_re.finditer(text):
        if m.group().lower().endswith(("after", "before")) and g.narrative_object_re.match(text, m.end()):
            continue  # "the day after the vote", "two days before Russia annexed ..."
        if m.group("fixed"):
            days = g.narrative_fixed[" ".join(m.group("fixed").lower().split())]
        else:
            n = m.group("num").lower()
            n = int(n) if n.isdigit() else g.numbers.get(n)
            if not n:
                continue
            days = n * g.narrative_units[m.group("unit").lower()] * g.narrative_back[m.group("dir").lower()]
        out.append((m.start(), m.end(), m.group(), days))
    return out


def resolve_narrative(found: tuple[int, int, str, int], anchor: dt.date, published: dt.date | None):
    """A narrative expression (find_narrative_expressions) dated from the story's last dated event."""
    start, end, text, days = found
    d = anchor + dt.timedelta(days=days)
    precision = "week" if abs(days) >= 7 else "day"
    planned = published is not None and d > published
    return TemporalExpression(start, end, text, d, d, precision, planned, "narrative_relative")


def continues_story(text: str) -> bool:
    """Does a sentence go on with the story of the sentence before it ("The delegation also met ...",
    "They later visited ...", "Troops detained two men there", "During the visit, ...")? lexicon.yaml
    narrative_relative.continuation: a continuation word or event phrase, no quote and no
    present/future finite verb.
    The caller checks that the sentence has no date of its own."""
    g = _CURRENT or _grammar()
    if any(q in text for q in g.continuation_quotes):
        return False
    words = re.findall(r"[a-z]+", text.lower())
    if not g.continuation_blockers.isdisjoint(words):
        return False
    if names_story_event(text):
        return True  # "During the visit, the delegation met ..."
    for i, w in enumerate(words):
        if w not in g.continuation_words:
            continue
        if w == "there" and (i == 0 or (i + 1 < len(words) and words[i + 1] in g.continuation_there_not_before)):
            continue  # existential: "There were no casualties", "there have been reports"
        return True
    return False


def tells_story_event(text: str) -> bool:
    """Does the sentence tell an event a later "During the visit / trip / talks" may name (a
    continuation.event_nouns stem: "visited", "the trip", "held talks")?"""
    low = text.lower()
    return any(stem in low for stem in (_CURRENT or _grammar()).story_event_stems)


def names_story_event(text: str) -> str | None:
    """The event noun a sentence names to go on with the story ("During the visit, ..." -> "visit"), or None.
    Such a phrase may point past sentences with no date of their own ("We regard this trip as ...") to the
    sentence that told that event."""
    g = _CURRENT or _grammar()
    m = g.continuation_event_re.search(text) if g.continuation_event_re is not None else None
    return m.group(1).lower() if m else None


def continuation_expression(previous: list) -> "TemporalExpression | None":
    """The date a continuing sentence takes from the sentence before it (its expressions, in text
    order): the last one, when its precision is one of continuation.precisions."""
    g = _CURRENT or _grammar()
    if previous and previous[-1].precision in g.continuation_precisions:
        return previous[-1]
    return None


@lru_cache(maxsize=1024)
def _release_verbs(g, text: str) -> tuple:
    """The spans of the sentence's release verbs (asked once per trigger: found once)."""
    return tuple((m.start(), m.end()) for m in g.release_verb_re.finditer(text))


def _release_verb_end(g, text: str, trigger_start: int, trigger_end: int) -> int | None:
    """The end of the present-tense release verb ("condemns", report_context.present_release_verbs) that
    is the trigger itself or governs it ("condemns the visit of ..."), with a subject before it and not
    after a determiner ("the demands of"); None otherwise. Only the release is dated by the report: an act
    further on ("urges Russia to release the journalists detained on ...", "considers that troops shelled
    Kherson on ...") keeps its date, and a sentence-initial plural noun ("Protests erupted") is no verb."""
    for m_start, m_end in _release_verbs(g, text):
        if m_start >= trigger_end:
            break
        # the release itself: the trigger is the verb, or the act it judges right after it ("condemns the
        # visit of ..."), with no clause or infinitive between ("considers that troops shelled ...")
        gap = text[m_end:trigger_start].split() if m_end <= trigger_start else []
        if not (m_start < trigger_end and trigger_start < m_end) and not (
                m_end <= trigger_start and len(gap) <= 3 and "," not in text[m_end:trigger_start]
                and not {w.lower() for w in gap} & {"that", "to", "whether", "if"}):
            continue
        before = text[max(0, m_start - 20):m_start].split()
        if not before or before[-1].lower().strip(",;:\"'(") in g.release_not_after:
            return None
        return m_end
    return None


# A Russian wire's dateline as a sentence of its own ("DONETSK, March 3. /TASS/.", "SUKHUMI, 28 December
# /RIA Novosti/."): a place in capitals (", Country"), a comma, a date, the agency between slashes.
_WIRE_DATELINE = re.compile(
    r"\W*[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?,\s*[A-Za-z0-9 ,.]{3,25}?\.?\s*"
    r"/[A-Za-z][A-Za-z .-]{1,30}/\.?\s*")


def wire_dateline(text: str) -> bool:
    """Is the sentence only a wire dateline ("DONETSK, March 3. /TASS/.")? It dates the report, and the
    lead after it: an undated act in the lead was reported that day (as ACLED dates it)."""
    return "/" in text and _WIRE_DATELINE.fullmatch(text) is not None


def quote_spans(text: str) -> list[tuple[int, int]]:
    """The spans between double quotes (normalized text); an unclosed quote runs to the end."""
    marks = [i for i, c in enumerate(text) if c == '"']
    spans = [(marks[k], marks[k + 1] if k + 1 < len(marks) else len(text)) for k in range(0, len(marks), 2)]
    return spans


def names_interview(text: str) -> bool:
    """Does the sentence name an interview or press conference (report_context.interview_nouns)?"""
    return (_CURRENT or _grammar()).interview_re.search(text) is not None


def interview_day(text: str, expressions) -> dt.date | None:
    """The day an interview / press conference took place, when the sentence names one and a past day
    ("In an interview with Interfax-Ukraine on March 29, ..."), else None (report_context.interview_nouns)."""
    g = _CURRENT or _grammar()
    if not g.interview_re.search(text):
        return None
    days = [e for e in expressions if e.precision == "day" and not e.planned]
    return days[0].date if days else None


def quoted_own_date(text: str, expressions, published: dt.date | None):
    """A sentence opening with a quote in which the speaker dates their own act ("\"We arrived on June 28
    and held talks ...,\" the head of the delegation said"): that expression (a first-person word before it
    in the quote, a past day or week), else None. An undated lead it follows takes it."""
    g = _CURRENT or _grammar()
    if not text.lstrip().startswith('"'):
        return None
    q0, q1 = quote_spans(text)[0]
    for e in expressions:
        lead = text[max(q0, e.start - 24):e.start].lower().split()[-2:]
        if q0 < e.start and e.end <= q1 and e.precision in ("day", "week") and not e.planned \
                and (published is None or e.date <= published) and g.first_person_re.search(text, q0, e.start) \
                and not g.not_own_date_after.intersection(w.strip("\"'(,") for w in lead) \
                and not g.not_own_date_after.intersection(e.text.lower().split()[:1]):
            return e
    return None


def narrative_max_sentences_back() -> int:
    return (_CURRENT or _grammar()).narrative_max_back


def interview_quote_sentences() -> int:
    """How many sentences after an interview's own may quote it (report_context.interview_quote_sentences)."""
    return (_CURRENT or _grammar()).interview_quote_sentences


def act_dates(expr, published: dt.date | None = None) -> tuple:
    """(event_date, date_end) an expression gives the act it dates. A rolling period ends at the report
    ("Over the past year, firms have brought 5,000 workers": the act runs up to publication), so the act is
    coded to the report, the one day the report fixes, as ACLED codes such a report (the month counts put it
    in the report's month): event_date = date_end = the report, and the precision ("year", ACLED time
    precision 3) says how far back before it the act may reach (docs/dates.md, "Periods ending at the
    report"). A plan in a period already begun counts from the report (plan_from_report). Every other expression
    gives its period:
    its first day and its last."""
    if expr.rule.endswith(":rolling"):
        return expr.end_date, expr.end_date
    if published is not None and plan_from_report(expr, published):
        return published, expr.end_date
    return expr.date, expr.end_date


def plan_from_report(expr, published: dt.date) -> str | None:
    """A plan cannot happen before it is reported (docs/dates.md "Plans counted from the report"): a planned act
    dated by a period already begun at the report ("had agreed to send up to 5,000 workers this year", read in June;
    "would arrive later this month") starts at the report ("from_report"). None for every other expression, which
    keeps its range (a deadline too: "will have signed the treaty by next March" is March, planned)."""
    if not expr.planned or expr.end_date < published or not expr.date < published:
        return None
    return "from_report"


def starts_ahead(expr) -> bool:
    """A start named ahead in a clause with no future cue ("recruited to work in schools from September"):
    it dates the work or state that begins then, not an act told in the clause, which is no plan; such an
    act is dated without it (docs/dates.md, "Starts ahead")."""
    return expr.rule.endswith(":start_ahead")


def dated_at_report(expr) -> bool:
    """The expression dates the act by a report, not by when it happened: a reporting verb's date
    ("statement:...", _as_statement) or a rolling period up to the report ("...:rolling"). The coder names
    such a date in the row's dictionary_entries ("date:<rule>")."""
    return expr.rule.startswith("statement:") or expr.rule.endswith(":rolling")


def resolve_event_date(text: str, trigger_start: int, trigger_end: int, published: dt.date,
                       expressions=None) -> EventDate:
    """Date fields for one event: the expression of the trigger's clause in this sentence, or
    the publication date (date_source='publication'). No fallback to other sentences."""
    if expressions is None:
        expressions = find_temporal_expressions(text, published)
    chosen = choose_expression(expressions, trigger_start, trigger_end, text)
    if chosen is not None and starts_ahead(chosen) and not _future_modality(_grammar(), text, trigger_start,
                                                                             trigger_end):
        rest = [e for e in expressions if not e.planned]
        chosen = choose_expression(rest, trigger_start, trigger_end, text) if rest else None
    if chosen is not None:
        return EventDate(*act_dates(chosen, published), chosen.precision,
                         ACLED_TIME_PRECISION[chosen.precision], chosen.text,
                         "text",
                         chosen.planned, chosen.rule)
    g = _grammar()
    planned = bool(text) and _future_modality(g, text, trigger_start, trigger_end)
    return EventDate(published, published, "day", ACLED_TIME_PRECISION["day"], None,
                     "publication", planned, "publication_date")


# ------------------------------------------------------------------------------------------
# Publication dates
# ------------------------------------------------------------------------------------------

def _max_publication_date(g: _Grammar) -> dt.date:
    return dt.date.today() + dt.timedelta(days=int(g.pub["max_future_days"]))


def parse_published_field(value) -> dt.date:
    """A 'published' metadata value -> date. Accepts date/datetime objects, YYYY-MM-DD and ISO
    datetimes ('2023-09-17T10:00:00Z', '+03:00' offsets; the date as written is kept).
    Raises PublishedDateError (a ValueError) with reason 'bad_date' or 'future_date'."""
    if isinstance(value, dt.datetime):
        d = value.date()
    elif isinstance(value, dt.date):
        d = value
    elif not isinstance(value, str) or not value.strip():
        raise PublishedDateError(
            f"published must be a YYYY-MM-DD date or ISO datetime, got {value!r}")
    else:
        s = value.strip()
        try:
            if len(s) == 10:
                d = dt.date.fromisoformat(s)
            elif re.match(r"^\d{4}-\d{2}-\d{2}[T ]", s):
                d = dt.datetime.fromisoformat(s.replace("z", "Z")).date()
            else:
                raise ValueError
        except ValueError:
            raise PublishedDateError(
                f"published {value!r} is not a YYYY-MM-DD date or ISO datetime") from None
    if d.year < 1900:
        raise PublishedDateError(f"published {value!r}: year {d.year} is not plausible for news")
    limit = _max_publication_date(_grammar())
    if d > limit:
        raise PublishedDateError(f"published {value!r} is in the future (after {limit})",
                                 reason="future_date")
    return d


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().lower()


def find_publication_date(text: str, title: str | None = None) -> PublicationDate | None:
    """The publication date written in scraped text: the date line nearest the title (or the
    top of the page); a line that is only a date is the strongest signal, an author line at the
    bottom the weakest. Dates in body prose and dates after tomorrow are never chosen."""
    if not text:
        return None
    g = _grammar()
    pub = g.pub
    kinds = pub["kinds"]
    limit = _max_publication_date(g)
    max_short = int(pub["short_line_max_words"])

    lines = []  # (line_no, char_offset, text)
    offset = 0
    for no, raw in enumerate(text.splitlines(keepends=True), 1):
        stripped = raw.strip()
        if stripped:
            lines.append((no, offset + (len(raw) - len(raw.lstrip())), stripped))
        offset += len(raw)
    if not lines:
        return None

    anchor = 0
    if title and _norm(title):
        nt = _norm(title)
        for i, (_, _, ln) in enumerate(lines):
            nl = _norm(ln)
            if nl and (nl == nt or (len(nl) > 20 and (nt.startswith(nl) or nl.startswith(nt)))):
                anchor = i
                break

    body_min = int(pub["body_min_words"])
    after_body = pub["after_body_scores"]
    body_start = next((i for i, (_, _, ln) in enumerate(lines) if len(ln.split()) >= body_min),
                      len(lines))
    best, best_key = None, None
    for i, (no, off, ln) in enumerate(lines):
        words = len(ln.split())
        if words > 60 or g.anchor_tokens.isdisjoint(g.token_re.findall(ln)):
            continue
        exprs = _scan(g, ln, None, rule_filter=g.pub_rules)
        exprs = [e for e in exprs if e.date <= limit]
        if not exprs:
            continue
        e = exprs[0]
        rest = ln[:e.start] + " " + ln[e.end:]
        if g.date_only_rest.match(rest):
            kind = "date_only"
        elif g.label_upd_re.match(ln):
            kind = "labeled_updated"
        elif g.label_pub_re.match(ln):
            kind = "labeled"
            rest2 = g.label_pub_re.sub("", ln[:e.start]) + " " + ln[e.end:]
            if g.date_only_rest.match(rest2):
                kind = "labeled"
        elif g.author_re.match(ln):
            kind = "author_line"
        elif g.dateline_re.match(ln[:e.start]) and e.start > 0:
            kind = "dateline"
        elif words <= max_short and not ln.endswith((".", "!", "?")):
            kind = "short_line"
        else:
            continue  # prose
        distance = abs(i - anchor)
        base = kinds[kind]
        if i > body_start and kind in after_body:
            base = after_body[kind]
        score = base - pub["distance_penalty"] * distance
        key = (-score, 0 if i >= anchor else 1, i)
        if best_key is None or key < best_key:
            best_key = key
            best = PublicationDate(e.date, off + e.start, off + e.end, no, ln, kind + ":" + e.rule)
    return best


# ------------------------------------------------------------------------------------------
# Timing script: python -m pipeline.coding.dates [N]
# ------------------------------------------------------------------------------------------

def _bench_sentences(n: int) -> list[str]:
    """Realistic news sentences, most without any date (as in real articles)."""
    import random

    rnd = random.Random(7)
    subjects = ["Russia", "The Kremlin", "North Korea", "Ukraine's foreign ministry",
                "The occupation authorities in Donetsk", "Officials in Luhansk", "Kim Jong Un",
                "The so-called DPR", "The United Nations", "Ukrainian intelligence",
                "The Center of National Resistance", "Local residents", "Moscow"]
    verbs = ["said it would open a representative office", "signed an agreement on labor",
             "recruited migrants for construction work", "condemned the move",
             "refused to recognize the annexation", "brought 200 workers to Mariupol",
             "announced new work permits", "reported shelling near Bakhmut",
             "opened a consulate", "denied the reports", "hosted a delegation",
             "called the decision illegal", "sent 1,500 laborers to the region"]
    tails = ["", "", "", "", "", " in the occupied territories", " according to Ukrinform",
             ", the ministry said", " despite sanctions", " in Donetsk and Luhansk"]
    dates = ["on September 13", "last week", "at the end of July", "on Friday", "in 2014",
             "earlier this month", "in the spring and summer of this year", "yesterday",
             "on 13 September 2023", "next month", "two days ago", "since 2022",
             "in March", "on 17.09.2023", "late last year"]
    fillers = ["The statement did not give details.",
               "Analysts see this as an attempt to legitimize the occupation.",
               "Neither side commented on the number of people involved.",
               "He added that the work would continue.",
               "The agency cited sources in the local administration.",
               "It is not the first such case, the report says."]
    out = []
    for _ in range(n):
        r = rnd.random()
        if r < 0.3:
            out.append(rnd.choice(fillers))
        elif r < 0.8:
            out.append(f"{rnd.choice(subjects)} {rnd.choice(verbs)}{rnd.choice(tails)}.")
        else:
            out.append(f"{rnd.choice(subjects)} {rnd.choice(verbs)} {rnd.choice(dates)}"
                       f"{rnd.choice(tails)}.")
    return out


def _bench(n: int = 10000) -> dict:
    import time

    sentences = _bench_sentences(n)
    published = dt.date(2023, 9, 17)
    t0 = time.perf_counter()
    _grammar()
    load_ms = (time.perf_counter() - t0) * 1000
    found = 0
    t0 = time.perf_counter()
    for s in sentences:
        found += len(find_temporal_expressions(s, published))
    elapsed = time.perf_counter() - t0
    result = {"sentences": n, "expressions": found, "grammar_load_ms": round(load_ms, 1),
              "us_per_sentence": round(elapsed / n * 1e6, 2)}
    # Worst case: news lead sentences, two thirds of which carry a date ("on Monday").
    from pipeline.paths import PROJECT_ROOT

    gold = PROJECT_ROOT.parent / "shared" / "reference" / "plover_gold_sentences.json"
    if gold.exists():
        import json

        leads = [r["text"] for r in json.loads(gold.read_text(encoding="utf-8")) if r.get("text")]
        leads = (leads * (n // max(len(leads), 1) + 1))[:n]
        t0 = time.perf_counter()
        for s in leads:
            find_temporal_expressions(s, published)
        result["plover_lead_sentences_us_per_sentence"] = round(
            (time.perf_counter() - t0) / len(leads) * 1e6, 2)
    return result


if __name__ == "__main__":  # pragma: no cover
    import sys

    print(_bench(int(sys.argv[1]) if len(sys.argv) > 1 else 10000))
