"""Actor dictionary: who acts in a text, as CAMEO-style codes, at a given date.

The dictionaries are data (schemas/actors/): countries, entities, regions, organizations,
persons with terms of office, agents, modifiers, stop phrases and anaphors. They compile once
into one Aho-Corasick automaton over a normalized copy of the text (lowercase, diacritics folded,
every non-alphanumeric character turned into a space, same length as the text), so one pass
finds every whole-word name. A small left-to-right parser then joins adjacent hits into compound
actors ("Russian President Vladimir Putin" -> one RUSGOV actor, "North Korean workers" ->
PRKLAB, "the Ministry of Foreign Affairs of Russia" -> RUSGOV).

Public API (the coding engine relies on it):
    ActorMatch, find_actors(text, on_date=None), resolve_anaphor(phrase, antecedents, on_date),
    is_compatible_antecedent(phrase, match), find_anaphors(text), with_country(match, code),
    person_code(person_id, on_date), load_dictionary().
See docs/actors.md for the codes and decisions.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from pipeline.cache import load_or_build
from pipeline.coding.grammar import grammar
from pipeline.paths import cache_dir, schemas_subdir
from pipeline.records import frozen_record

__all__ = [
    "ActorMatch", "find_actors", "resolve_anaphor", "is_compatible_antecedent", "find_anaphors",
    "with_country", "person_code", "load_dictionary", "ACTOR_KINDS",
]

# "relation": a relation phrase ("allies of Russia", "Moscow's partners"), code "": names the OTHER
# party of its owner, so it is no party itself, but its words are no place either
ACTOR_KINDS = ("state", "entity", "igo", "person", "agent", "organization", "capital", "region",
               "relation")

# Roles whose holders act for a state (ACLED inter 1 for a state, 2 for a partially recognized
# entity's authorities and forces).
STATE_ROLES = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
# When an agent phrase has several role nouns ("military officials", "defence ministry
# spokesman"), a specific one beats the generic GOV head noun.
SPECIFIC_OVER_GOV = frozenset({"MIL", "COP", "SPY", "JUD", "LEG"})
INTER_BY_ROLE = {"REB": 2, "OPP": 6, "CVL": 7, "LAB": 7, "REF": 7, "EDU": 7, "MED": 7, "BUS": 7,
                 "HLH": 7, "REL": 7, "AGR": 7, "NGO": 7, "ELI": 7, "CRM": 7, "PTY": None}


@dataclass(frozen=True)
class ActorMatch:
    start: int
    end: int
    text: str
    name: str            # canonical name ("Vladimir Putin", "Russia", "North Korea workers")
    code: str            # CAMEO-style code at the date (RUSGOV, PRKLAB, IGOUNO, LAB)
    country: str         # first 3 letters of code; "" when only a role is known ("workers")
    role: str | None     # GOV, MIL, LAB ...; None for a bare state/entity/IGO
    kind: str            # one of ACTOR_KINDS
    entry: str           # dictionary entries that fired, head first ("agent:workers+demonym:north_korean")
    inter: int | None    # ACLED actor type 1-8 (the engine may override, e.g. 8 for foreign forces)
    partially_recognized: bool = False


# ----------------------------------------------------------------------------------------------
# Normalization: same length as the input, so spans carry over to the original text.

def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0x2500):
        ch = chr(cp)
        if ch.isalnum():
            low = ch.lower()
            if len(low) != 1:
                low = ch
            base = unicodedata.normalize("NFKD", low)[:1]
            if base.isascii() and base.isalnum() and base != low:
                table[cp] = base
            elif low != ch:
                table[cp] = low
        else:
            table[cp] = " "
    return table


_FOLD = _build_fold_table()


def normalize(text: str) -> str:
    """Lowercase, fold diacritics, turn every non-alphanumeric character into a space.

    The result has exactly the length of ``text`` (so spans map back one to one).
    """
    return text.translate(_FOLD)


def _slug(form: str) -> str:
    return "_".join(normalize(form).split())


# ----------------------------------------------------------------------------------------------
# Dictionary records

@dataclass(frozen=True)
class _Base:
    """A named actor (country, demonym, capital, entity, region, organization)."""
    htype: str             # "C" name, "D" demonym/adjective
    code: str              # full code (RUS, RUSGOV, DPR, IGOUNO, CAS)
    role: str | None
    kind: str
    name: str
    entry: str
    inter: int | None
    partial: bool
    alone: bool            # may stand alone as an actor


@dataclass(frozen=True)
class _Agent:
    role: str              # "" = keep the owner's code
    inter: int | None
    title: bool
    default: str | None    # code when no owner ("occupation authorities" -> RUSGOV)
    entry: str
    alone: bool
    form: str
    other: bool = False    # a relation noun: its "of"/possessive owner is the other party ("allies of Russia")


@dataclass(frozen=True)
class _Modifier:
    effect: str            # plain | former | sponsor | installer | place | ethnic
    entry: str
    form: str


@dataclass(frozen=True)
class _Term:
    code: str
    title: str
    start: dt.date | None
    end: dt.date | None    # exclusive


@dataclass(frozen=True)
class _Person:
    pid: str
    name: str
    terms: tuple[_Term, ...]
    before: str | None
    after: str | None


@dataclass(frozen=True)
class _PersonRef:
    pid: str
    short: bool            # ambiguous short form ("Kim")
    key: str               # normalized short form


@dataclass(frozen=True)
class _Stop:
    entry: str


@dataclass(frozen=True)
class _Pattern:
    """One dictionary form: its record and the capitalization it requires in the text."""
    htype: str             # C D A M P S X
    record: object
    checks: tuple[tuple[int, int, bool], ...]   # (offset, length, all_caps) per capitalized word
    priority: int
    dot: bool = False      # the form ends with "." ("U.S."): the span takes the dot too


def _case_checks(form: str) -> tuple[tuple[int, int, bool], ...]:
    """Capitalized words of a form must be capitalized in the text; acronyms fully."""
    checks = []
    for m in re.finditer(r"[^\W_]+", form):
        word = m.group()
        letters = [c for c in word if c.isalpha()]
        if not letters or not word[0].isupper():
            continue
        all_caps = len(letters) >= 2 and all(c.isupper() for c in letters)
        if len(letters) == 1 and len(re.sub(r"[^\w]", "", form)) <= 3:
            all_caps = True  # "U.S.", "U.N.": every single letter must be capital
        checks.append((m.start(), len(word), all_caps))
    return tuple(checks)


def _passes(checks, text: str, start: int) -> bool:
    for off, length, all_caps in checks:
        seg = text[start + off:start + off + length]
        if all_caps:
            if not all(not c.isalpha() or c.isupper() for c in seg):
                return False
        elif not seg[:1].isupper():
            return False
    return True


# ----------------------------------------------------------------------------------------------
# Loading

_SOURCES = ("countries.tsv", "entities.tsv", "regions.tsv", "organizations.tsv", "agents.tsv",
            "modifiers.tsv", "persons.yaml", "stop_phrases.txt", "anaphors.tsv")


def _actors_dir() -> Path:
    return Path(schemas_subdir("actors"))


def _read_tsv(path: Path) -> list[dict[str, str]]:
    rows, header = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        cells += [""] * (len(header) - len(cells))
        rows.append({h: c.strip() for h, c in zip(header, cells)})
    return rows


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


def _date(value) -> dt.date | None:
    if value in (None, "", "null"):
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


class ActorDictionary:
    """Compiled dictionary: one automaton and the records behind each normalized key."""

    def __init__(self, patterns: dict[str, list[_Pattern]], persons: dict[str, _Person],
                 anaphors: list[tuple[tuple[str, ...], frozenset[str], str, bool]], digest: str):
        self.patterns = patterns
        self.persons = persons
        self.anaphors = anaphors
        self.digest = digest
        self._build()

    def __getstate__(self):
        # the automaton and regex rebuild in a few ms; pickling them would copy every pattern
        return {"patterns": self.patterns, "persons": self.persons, "anaphors": self.anaphors,
                "digest": self.digest}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._build()

    def _build(self):
        import ahocorasick

        patterns, anaphors = self.patterns, self.anaphors
        self.automaton = ahocorasick.Automaton()
        for key, plist in patterns.items():
            # the case checks of a form may read past its normalized key ("U.N. General
            # Assembly" keys as "u n general assembly"): the text they read is the memo key
            reach = max([len(key)] + [off + length for p in plist for off, length, _ in p.checks])
            choices = tuple(_Choice(p) for p in plist)
            # a first pattern without case checks always wins ("officials"): no text to look at
            fixed = choices[0] if not plist[0].checks else None
            self.automaton.add_word(f" {key} ", (len(key), fixed, reach, plist, choices, {}))
        self.automaton.make_automaton()
        words = sorted({p for phrases, *_ in anaphors for p in phrases}, key=len, reverse=True)
        self.compound_memo: dict[tuple, tuple] = {}   # _Parser.build: parts -> facts
        self.anaphor_regex = re.compile(
            r"\b(?:the|its|this|that)\s+(" + "|".join(re.escape(w) for w in words) + r")\b",
            re.IGNORECASE)


def _add(patterns: dict[str, list[_Pattern]], form: str, htype: str, record, priority: int):
    key = " ".join(normalize(form).split())
    if not key:
        return
    pattern = _Pattern(htype, record, _case_checks(form), priority, form.endswith("."))
    patterns.setdefault(key, []).append(pattern)
    # the text keeps the space a mark becomes: "Workers' Party" reads "workers  party", so a
    # form with a mark inside (a plural possessive, "U.N. Security Council") keys as written too
    spaced = normalize(form).strip()
    if spaced != key:
        patterns.setdefault(spaced, []).append(pattern)


def _inter_default(kind: str, role: str | None, code: str, partial_entity: bool) -> int | None:
    if code.startswith(("IGO", "NGO")) and len(code) > 3:
        return 8
    if role in STATE_ROLES:
        return 2 if partial_entity else 1
    if role:
        return INTER_BY_ROLE.get(role)
    if kind in ("state", "capital"):
        return 1
    if kind == "entity":
        return 2
    return None


def _compile(directory: Path, digest: str) -> ActorDictionary:
    import yaml

    patterns: dict[str, list[_Pattern]] = {}
    entity_codes: set[str] = set()

    def add_named(rows, kind: str, key_prefix: str):
        for row in rows:
            code = row["code"]
            partial = row.get("recognition", "") == "partial"
            if kind == "entity":
                entity_codes.add(code)
            name = row["name"]
            entry = f"{key_prefix}:{code.lower()}"
            inter = _inter_default(kind, None, code, kind == "entity")
            for form in [name] + _split(row.get("aliases", "")):
                alone = not form.startswith("~")
                form = form.lstrip("~")
                _add(patterns, form, "C", _Base("C", code, None, kind, name, entry, inter,
                                               partial, alone), 3)
            for form in _split(row.get("demonyms", "")):
                alone = not form.startswith("~")
                form = form.lstrip("~")
                _add(patterns, form, "D", _Base("D", code, None, kind, name,
                                                f"demonym:{_slug(form)}", inter, partial, alone), 2)
            for form in _split(row.get("capitals", "")):
                gov = code + "GOV"
                _add(patterns, form, "C", _Base("C", gov, "GOV", "capital", name,
                                                f"capital:{_slug(form)}",
                                                _inter_default("capital", "GOV", gov,
                                                               kind == "entity"),
                                                partial, True), 2)

    add_named(_read_tsv(directory / "countries.tsv"), "state", "country")
    add_named(_read_tsv(directory / "entities.tsv"), "entity", "entity")
    add_named(_read_tsv(directory / "regions.tsv"), "region", "region")

    for row in _read_tsv(directory / "organizations.tsv"):
        code = row["code"]
        kind = row["kind"] or "organization"
        role = None if code.startswith(("IGO", "NGO")) or len(code) <= 3 else code[3:6]
        if len(code) == 3 and code not in entity_codes:
            role = code if code.isalpha() and kind == "organization" else None
        inter = int(row["inter"]) if row.get("inter") else None
        names = _split(row["names"])
        partial = code[:3] in entity_codes
        for form in names:
            # acronyms take the organization's first (full) name; other forms name themselves
            canonical = names[0] if form.replace(".", "").isupper() else form
            _add(patterns, form, "C", _Base("C", code, role, kind, canonical,
                                            f"{'igo' if kind == 'igo' else 'org'}:{_slug(form)}",
                                            inter, partial, True), 3)

    for row in _read_tsv(directory / "agents.tsv"):
        role = row["role"].strip()
        inter = int(row["inter"]) if row.get("inter") else None
        title = row.get("title", "no") == "yes"
        default = row.get("default") or None
        other = row.get("owner", "") == "other"
        for form in _split(row["forms"]):
            alone = not form.startswith("~")
            form = form.lstrip("~")
            _add(patterns, form, "A", _Agent(role, inter, title, default, f"agent:{_slug(form)}",
                                             alone, form, other), 1)

    for row in _read_tsv(directory / "modifiers.tsv"):
        for form in _split(row["form"]):
            _add(patterns, form, "M", _Modifier(row["effect"], f"mod:{_slug(form)}", form), 0)

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load((directory / "persons.yaml").read_text(encoding="utf-8"), Loader=loader)
    persons: dict[str, _Person] = {}
    for item in data["persons"]:
        pid = item["id"]
        terms = tuple(sorted((_Term(t["code"], t.get("title", ""), _date(t.get("from")),
                                    _date(t.get("to"))) for t in item["terms"]),
                             key=lambda t: t.start or dt.date.min))
        person = _Person(pid, item["name"], terms, item.get("before"), item.get("after"))
        persons[pid] = person
        for form in item.get("names", []):
            _add(patterns, form, "P", _PersonRef(pid, False, ""), 4)
        for form in item.get("short", []) or []:
            key = " ".join(normalize(form).split())
            _add(patterns, form, "S", _PersonRef(pid, True, key), 4)

    for line in (directory / "stop_phrases.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            _add(patterns, line, "X", _Stop(f"stop:{_slug(line)}"), 9)

    anaphors = []
    for row in _read_tsv(directory / "anaphors.tsv"):
        phrases = tuple(_split(row["phrases"]))
        wants = frozenset(w.strip() for w in row["wants"].split(",") if w.strip())
        anaphors.append((phrases, wants, row.get("role", "").strip(), row.get("person") == "yes"))

    for plist in patterns.values():
        plist.sort(key=lambda p: -p.priority)
    return ActorDictionary(patterns, persons, anaphors, digest)


def _sources_digest(directory: Path) -> str:
    h = hashlib.sha256()
    for name in _SOURCES:
        h.update(name.encode())
        h.update((directory / name).read_bytes())
    h.update(Path(__file__).read_bytes())  # the compiled form depends on this code
    return h.hexdigest()[:20]


@lru_cache(maxsize=4)
def _load(directory: str) -> ActorDictionary:
    path = Path(directory)
    digest = _sources_digest(path)
    return load_or_build(cache_dir() / f"actors-{digest}.pickle", lambda: _compile(path, digest),
                         valid=lambda obj: isinstance(obj, ActorDictionary) and obj.digest == digest,
                         read=os.environ.get("OEP_NO_CACHE") != "1")


def load_dictionary() -> ActorDictionary:
    """The compiled dictionary (compiled once per process, cached on disk by source hash)."""
    return _load(schemas_subdir("actors"))


# ----------------------------------------------------------------------------------------------
# Persons and dates

def _role_of(code: str) -> str | None:
    if code.startswith(("IGO", "NGO")):
        return code[6:9] or None
    return code[3:6] or None


def _person_code(person: _Person, on_date: dt.date | None) -> tuple[str, str]:
    """(code, title) of a person at a date; outside all terms: ELI of the nearest term's country."""
    terms = person.terms
    if on_date is None:  # no date: the most recent term (deterministic, no clock)
        last = terms[-1]
        return last.code, last.title
    for term in terms:
        if (term.start is None or term.start <= on_date) and (term.end is None or on_date < term.end):
            return term.code, term.title
    first, last = terms[0], terms[-1]
    if first.start and on_date < first.start:
        return (person.before or f"{first.code[:3]}ELI"), "before office"
    if last.end and on_date >= last.end:
        return (person.after or f"{last.code[:3]}ELI"), "former"
    # between two terms
    prev = max((t for t in terms if t.end and t.end <= on_date), key=lambda t: t.end)
    return f"{prev.code[:3]}ELI", "between terms"


def person_code(person_id: str, on_date: dt.date | None = None) -> str:
    """CAMEO-style code of a dictionary person at a date (e.g. person_code('lavrov', date))."""
    return _person_code(load_dictionary().persons[person_id], on_date)[0]


# ----------------------------------------------------------------------------------------------
# Matching

# A hit is a plain tuple (start, start - end, order, end, htype, record, choice): dozens per
# article, built once in _raw_hits and sorted as is; the parser reads it by these indexes.
_Hit = tuple
_START, _END, _TYPE, _REC, _CHOICE = 0, 3, 4, 5, 6


_ADJ = re.compile(r"[ \t\-–\"“”«»‘’']*")            # join parts of one compound
_POSS = re.compile(r"['’]s?[ \t\"”»]*|s['’][ \t]*")  # "Russia's", "Ukrainians'"
_OF = re.compile(r"[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?(?:so[- ]called[ \t]+)?[\"“«]?",
                 re.IGNORECASE)
_AND = re.compile(r"[ \t]*(?:,[ \t]*and|,|and)[ \t]+", re.IGNORECASE)
_HYPHEN = re.compile(r"[\-–]")
_NAME_WORD = re.compile(r"[ \t]+([A-Z][A-Za-z'’\-]*[a-z][A-Za-z'’\-]*|[A-Z]\.)")
_NOT_NAMES = frozenset(
    "The A An On In At And Or But Of For To From With By As Is Was Were Has Had Have Will Would "
    "Said Says Told Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February "
    "March April May June July August September October November December This That These "
    "Those It He She They We I "
    # a relative pronoun ends a name in a Title Case headline ("Nicaraguan Lawmakers Who Toured ...")
    "Who Whom Whose Which Where When".split())
# A capital after these words is the place, not the government ("in Moscow", "to Kyiv").
_COMMON_GAPS = {" ": "_", "-": "-", "'s ": "p", "’s ": "p", " of ": "o", " of the ": "o",
                " from ": "o", " from the ": "o", " and ": "a", ", ": "a", ", and ": "a",
                ". ": "|", " in ": "|", " to ": "|", " the ": "|", " said ": "|"}
# Longest text between two hits that can still join them ("  of the so-called  ").
_MAX_JOIN_GAP = 24
_GAP_CLASS = dict(_COMMON_GAPS)   # gap text -> class, grows with the short gaps seen
_GAP_MEMO_MAX = 20000
# every character _ADJ, _POSS, _OF and _AND can match: their punctuation and the letters of
# their words in any case (re.IGNORECASE also lets "s" match the long s "ſ")
_GAP_CHARS = frozenset(" \t-–\"“”«»‘’',") | frozenset("sofromthecalledan" + "SOFROMTHECALLEDAN" + "ſ")


_ADJUNCT_GAP = re.compile(r" ([a-z]{3,}) ")
# an owner (its possessive) and one capitalized label before its government noun: "Nicaragua's Sandinista government",
# "the Syrian Baathist regime"
_LABEL_GAP = re.compile(r" [A-Z][a-z]{2,}(?:-[A-Za-z]+)? ")
_RULING_LABEL_GAP = re.compile(r"(?:['’]s)? [A-Z][a-z]{2,}(?:-[A-Za-z]+)? ")


def _adjunct_word(g: str) -> bool:
    """One lower-case singular noun that can be an adjunct ("French | paper | workers"), see
    noun_adjunct_exclusions in grammar.yaml: plurals, -ed/-ly forms and function words are not."""
    m = _ADJUNCT_GAP.fullmatch(g)
    if m is None:
        return False
    w = m.group(1)
    if w.endswith(("ed", "ly")) or (w.endswith("s") and not w.endswith("ss")):
        return False
    return w not in grammar().adjunct_exclusions


def _gap_class(g: str) -> str:
    """How the text between two hits joins them: "_" adjacent, "-" hyphenated, "p" possessive,
    "o" of/from, "a" and/comma, "w" one noun adjunct (joins a demonym to an agent only), "|" not
    at all."""
    if not _GAP_CHARS.issuperset(g):
        return "w" if _adjunct_word(g) else "|"   # most long gaps: no joining pattern allows them
    if _ADJ.fullmatch(g) and "\n\n" not in g:
        return "-" if _HYPHEN.search(g) and not g.strip(" -–") else "_"
    if _POSS.fullmatch(g):
        return "p"
    if _OF.fullmatch(g):
        return "o"
    if _AND.fullmatch(g):
        return "a"
    return "|"

def _adjective_demonym(surface: str) -> bool:
    """ "French", "Iraqi", "Swiss" (an adjective), not a plural noun ("Iraqis", "Russians")."""
    return not surface.endswith("s") or surface.endswith("ss")


_LOCATIVE = frozenset("in at near outside inside around across into throughout within to "
                      "towards toward via through eastern western northern southern central "
                      "downtown suburban occupied liberated".split())
_FROM_IS_PLACE = frozenset({"MIL", "COP", "REB"})
_PLACE_AFTER = frozenset("region oblast krai city time airport metro district suburbs "
                         "outskirts residents mayor".split())


class _Choice:
    """The pattern a dictionary key resolves to in the text, and, worked out once per pattern,
    the actor it makes when it stands alone (what _Parser.single emits)."""
    __slots__ = ("htype", "record", "dot", "lone", "context")

    def __init__(self, pat: _Pattern):
        self.htype, self.record, self.dot = pat.htype, pat.record, pat.dot
        # lone: ActorMatch fields (name None = the matched text), or None when a lone hit is no
        # actor; context: the check single() still has to make on the surrounding text
        self.lone: dict | None = None
        self.context: str | None = None
        t, rec = pat.htype, pat.record
        if t in "CD" and rec.alone:
            self.lone = _fields(rec.name, rec.code, rec.role, rec.kind, rec.entry, rec.inter,
                                rec.partial)
            if rec.kind == "capital":
                self.context = "capital"
            elif t == "D":
                self.context = "demonym"
        elif t == "A" and (rec.alone or rec.default) and (rec.default or rec.role):
            code = rec.default or rec.role
            role = rec.role or None
            inter = rec.inter if rec.inter is not None else _inter_default("agent", role, code,
                                                                           False)
            name = f"{_default_name(code)} {rec.form}" if rec.default else None
            entry = rec.entry + (f"+default:{code.lower()}" if rec.default else "")
            self.lone = _fields(name, code, role, "igo" if code.startswith("IGO") else "agent",
                                entry, inter, False)
            if rec.title:
                self.context = "title"   # may take a following name: _Parser.titled
        elif t in "PS":
            self.context = "person"


def _fields(name, code, role, kind, entry, inter, partial) -> dict:
    """ActorMatch fields in declaration order; start, end and text are filled per match."""
    return {"start": 0, "end": 0, "text": "", "name": name, "code": code,
            "country": _country_of(code, role), "role": role, "kind": kind, "entry": entry,
            "inter": inter, "partially_recognized": partial}


_UNSEEN = object()
_MEMO_MAX = 64   # text forms remembered per dictionary key (its case and spelling variants)


def _raw_hits(d: ActorDictionary, text: str, norm: str) -> list[_Hit]:
    raw = []
    for end_idx, (length, choice, reach, plist, choices, memo) in d.automaton.iter(norm):
        # the automaton key is " key " over the padded text: end_idx points at the final space
        start = end_idx - length - 1      # position in the (unpadded) text
        if choice is None:
            # which pattern passes its case checks depends only on the text they read
            surface = text[start:start + reach]
            choice = memo.get(surface, _UNSEEN)
            if choice is _UNSEEN:
                choice = next((c for p, c in zip(plist, choices)
                               if not p.checks or _passes(p.checks, text, start)), None)
                if len(memo) < _MEMO_MAX:
                    memo[surface] = choice
            if choice is None:
                continue
        end = start + length
        if text[end:end + 1] == "$":
            continue  # a currency prefix, no actor: "US$50 million", "AU$2 billion"
        if choice.dot and text[end:end + 1] == ".":
            end += 1
        # (start, -length) orders the sweep; no two hits tie on it (equal spans are one key),
        # so the automaton position after it is never compared
        raw.append((start, start - end, end_idx, end, choice.htype, choice.record, choice))
    if not raw:
        return []
    # longest match wins among overlapping hits (sweep by start; a longer overlapping hit
    # replaces the last kept one, which cannot overlap the one kept before it)
    raw.sort()
    kept: list[tuple] = []
    last_start = last_end = -1
    starts = None
    for h in raw:
        if h[_START] < last_end:
            if h[_END] - h[_START] > last_end - last_start:
                # the replaced hit's start may still hold a shorter hit that ends before this one ("US military
                # aircraft": "military aircraft" beats "US military", and "US" stays its owner)
                prefix = None
                if last_start < h[_START]:
                    if starts is None:
                        starts = [r[_START] for r in raw]  # once, at the first such replacement
                    at = bisect_left(starts, last_start)
                    prefix = next((r for r in raw[at:bisect_right(starts, last_start)] if r[_END] <= h[_START]), None)
                if prefix is not None:
                    kept[-1] = prefix
                    kept.append(h)
                else:
                    kept[-1] = h
                last_start, last_end = h[_START], h[_END]
            continue
        kept.append(h)
        last_start, last_end = h[_START], h[_END]
    return [h for h in kept if h[_TYPE] != "X"]


def find_actors(text: str, on_date: dt.date | None = None) -> list[ActorMatch]:
    """All actors in ``text``: spans sorted by start, non-overlapping, longest compound first.

    ``on_date`` decides person roles (GOV only while in office). Without a date a person takes
    the role of their most recent term.
    """
    if not text:
        return []
    d = load_dictionary()
    padded = " " + normalize(text) + " "
    hits = _raw_hits(d, text, padded)
    out = _Parser(d, text, padded, hits, on_date).run()
    if "epublic" in text or "EPUBLIC" in text:
        out = _coordinated_entities(text, out, on_date)
    if len(out) > 1:
        out = _named_appositions(text, out)
    if out:
        out = _seats_hosts_senders(text, out, hits)
        out = _adjectival_agents(text, out)
    if len(out) > 1:
        out = _coordinated_role_nouns(text, out)
    return out


_ORIGIN_AFTER = re.compile(r"[ \t]+(?:from|of)[ \t]", re.IGNORECASE)


def _coordinated_role_nouns(text: str, out: list[ActorMatch]) -> list[ActorMatch]:
    """Coordinated agents of one role that share one country (grammar.yaml coordinated_shared_country_roles) are one
    actor of that country: "Plumbers and carpenters from Kyrgyzstan" (the origin after the last noun) and "Uzbek
    welders and electricians" (the demonym before the first) are KGZLAB and UZBLAB, one group, not a countryless
    LAB beside the country's. Nouns with a country each ("Uzbek welders and Tajik electricians") stay apart."""
    roles = grammar().coordinated_shared_country_roles
    if sum(m.kind == "agent" and (m.role or "").lower() in roles for m in out) < 2:
        return list(out)  # (fewer than two agents of such roles: none to join, the common case)
    res: list[ActorMatch] = []
    for m in out:
        prev = res[-1] if res else None
        if prev is not None and m.kind == prev.kind == "agent" and m.role == prev.role and (m.role or "").lower() in roles \
                and bool(m.country) != bool(prev.country) and _AND.fullmatch(text, prev.end, m.start):
            # the country's word must stand on the outer side: "X and Y from C", "C-ian X and Y"
            with_country = m if m.country else prev
            outer = _ORIGIN_AFTER.search(text, m.start, m.end) is not None if m.country \
                else not _ORIGIN_AFTER.search(text, prev.start, prev.end)
            if outer:
                res[-1] = replace(with_country, start=prev.start, end=m.end, text=text[prev.start:m.end],
                                  entry=f"{with_country.entry}+coordinated")
                continue
        res.append(m)
    # "Welders, plumbers and electricians from Uzbekistan": a chain shares the last noun's origin
    k = len(res) - 1
    while k > 0:
        m, prev = res[k], res[k - 1]
        if m.country and not prev.country and m.kind == prev.kind == "agent" and m.role == prev.role \
                and (m.role or "").lower() in roles and _AND.fullmatch(text, prev.end, m.start) \
                and _ORIGIN_AFTER.search(text, m.start, m.end) is not None:
            res[k - 1:k + 1] = [replace(m, start=prev.start, text=text[prev.start:m.end])]
        k -= 1
    return res


_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)")


def _adjectival_agents(text: str, out: list[ActorMatch]) -> list[ActorMatch]:
    """Drop an ownerless agent word used as an adjective of an act ("joint military exercises", "a new
    military offensive"; grammar.yaml adjectival_agent_words / adjectival_agent_acts): no actor."""
    g = grammar()
    keep = []
    for a in out:
        if a.kind == "agent" and not a.country and _last_word(a) in g.adjectival_agent_words:
            nm = _NEXT_WORD.match(text, a.end)
            if nm and nm.group(1) in g.adjectival_agent_acts:
                # "the military" + an -s form + its object is the agent's verb ("the military supplies the
                # rebels"); a modifier before it keeps the adjective ("joint military supplies the alliance needs")
                after = _NEXT_WORD.match(text, nm.end())
                if not (text[max(0, a.start - 4):a.start].lower() == "the " and nm.group(1).endswith("s")
                        and after and (after.group(1) in g.adjectival_agent_verb_objects
                                       or (after.group(1) in g.adjectival_agent_verb_articles
                                           and _trigger_verb(nm.group(1))))):
                    continue
        keep.append(a)
    return keep


def _trigger_verb(word: str) -> bool:
    """Is the word the head of a trigger pattern in the lexicon ("supplies"; not "exercises", only an object)?"""
    from pipeline.coding.lexicon import get_lexicon  # the lexicon does not read actors: no import cycle
    return any(kind == "head" for phrase, entries in get_lexicon().trigger_index.get(word, ())
               if phrase == (word,) for kind, _ in entries)


_NAMED_KINDS = frozenset({"organization", "igo"})


def _named_appositions(text: str, out: list[ActorMatch]) -> list[ActorMatch]:
    """A generic noun right before an organization's name describes it: "the state company
    Rosatom" -> RUSBUS, "the news agency TASS" -> RUSMED, "the Russian state company Rosatom": one
    actor, the name's code (the noun's own country, if any, must agree). A comma, "and" or any other
    word between keeps them apart ("workers and Gazprom"). A name's abbreviation in brackets right after
    it ("the World Food Program (WFP)", "the Kurdistan Workers' Party (PKK)") is the same actor: one span;
    an all-capitals one the dictionary reads as another actor is the name's own abbreviation in this
    article ("Reporters Without Borders (RSF)": later "RSF" is the NGO, not Sudan's paramilitary)."""
    merged: list[ActorMatch] = []
    abbreviations: dict[str, ActorMatch] = {}
    for m in out:
        prev = merged[-1] if merged else None
        if prev is not None and (m.code == prev.code or (m.text.isupper() and prev.kind in _NAMED_KINDS
                                                         and m.kind in _NAMED_KINDS)) \
                and text[prev.end:m.start].strip() == "(" and text[m.end:m.end + 1] == ")":
            merged[-1] = replace(prev, end=m.end + 1, text=text[prev.start:m.end + 1])
            if m.code != prev.code:
                abbreviations[m.text] = prev
            continue
        if abbreviations and m.text in abbreviations:
            m = replace(abbreviations[m.text], start=m.start, end=m.end, text=m.text)
        if prev is not None and m.kind in _NAMED_KINDS and prev.kind == "agent" \
                and text[prev.end:m.start].isspace() and (not prev.country or prev.country == m.country):
            merged[-1] = replace(m, start=prev.start, text=text[prev.start:m.end],
                                 entry=f"{m.entry}+{prev.entry}")
            continue
        merged.append(m)
    return merged


_TO_HOST = re.compile(r"[ \t]+to[ \t]+(?:the[ \t]+)?")
_IN_SEAT = re.compile(r"[ \t]+in[ \t]+")
_OF_SENDER = re.compile(r"[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?")
_NAME_PART = r"(?:[A-Z][A-Za-z'’\-]+|al-[A-Za-z'’\-]+|el-[A-Za-z'’\-]+|bin|ibn|de|van|von|der|la)"
# ", Alba Torres," after a titled diplomat or official: the apposition names the office holder
_APPOSED_NAME = re.compile(r",[ \t]+([A-Z][A-Za-z'’\-]+(?:[ \t]+" + _NAME_PART + r"){1,3}),[ \t]")
_HOST_KINDS = frozenset({"state", "entity", "igo", "capital"})


def capital_state(name: str) -> str | None:
    """The state (code) whose capital the whole of ``name`` is, by the dictionary's capitals ("Chisinau" ->
    MDA; "Istanbul", "Geneva", an organization's seat such as "Brussels" as NATO's: None)."""
    if not name:
        return None
    hits = _raw_hits(load_dictionary(), name, " " + normalize(name) + " ")
    if len(hits) != 1:
        return None
    h = hits[0]
    if h[_TYPE] != "C" or h[_REC].kind != "capital" or h[_START] != 0 or h[_END] != len(name) \
            or h[_REC].code.startswith("IGO"):
        return None
    return h[_REC].code[:3]


def _last_word(m: ActorMatch) -> str:
    return m.text.rsplit(None, 1)[-1].lower()


# a possessive noun anaphor right before an agent ("led by the country's ambassador to Russia"); not "its"/"their",
# whose host is often the act's target ("Mali recalled its ambassador to Algeria")
_ANAPHORIC_OWNER = re.compile(r"\bthe (?:country|state|nation|kingdom|republic)['\u2019]s\s+$", re.I)


def _seats_hosts_senders(text: str, out: list[ActorMatch], hits: list) -> list[ActorMatch]:
    """Phrases after an agent that say whose it is (grammar.yaml seat_heads, host_heads, delegation_heads):
    - "the foreign ministry in Kyiv": an institution without a country is the capital's state's (UKRGOV);
    - "Nicaragua's ambassador to Russia": the host joins the diplomat's span and is no actor of its own;
    - then ", Alba Torres," right after a titled actor with a country names its holder (kind person);
    - "a delegation of the South Ossetian parliament": the delegation is the body that sends it (SOSLEG);
    - "Russian Duma deputies": a demonym before a compound of its own state joins it (RUSLEG)."""
    g = grammar()
    capitals = {h[_START]: h for h in hits if h[_TYPE] == "C" and h[_REC].kind == "capital"}
    starts = {m.start: i for i, m in enumerate(out)}
    drop: set[int] = set()
    res: list[ActorMatch] = []
    for i, m in enumerate(out):
        if i in drop:
            continue
        if m.kind == "agent":
            last = _last_word(m)
            if not m.country and m.role and last in g.seat_heads:
                sm = _IN_SEAT.match(text, m.end)
                cap = capitals.get(sm.end()) if sm else None
                if cap is not None and not cap[_REC].code.startswith("IGO") and sm.end() not in starts:
                    country = cap[_REC].code[:3]
                    m = replace(m, code=country + m.role, country=country, start=m.start, end=cap[_END],
                                text=text[m.start:cap[_END]], entry=f"{m.entry}+seat:{cap[_REC].entry}")
            elif last in g.host_heads and (m.country or _ANAPHORIC_OWNER.search(text, 0, m.start)):
                # (an owner told by an anaphor is an owner too: "led by the country's ambassador to Russia")
                tm = _TO_HOST.match(text, m.end)
                if tm:
                    j = starts.get(tm.end())
                    end = None
                    if j is not None and out[j].kind in _HOST_KINDS:
                        end = out[j].end
                        drop.add(j)
                    elif tm.end() in capitals:
                        end = capitals[tm.end()][_END]
                    if end is not None:
                        m = replace(m, end=end, text=text[m.start:end])
            # the cheap text test first: is_title looks the agent up in the dictionaries
            am = _APPOSED_NAME.match(text, m.end) if m.country and text.startswith(",", m.end) else None
            if am and is_title(m):
                if am.group(1).split()[0] not in _NOT_NAMES \
                        and not any(am.start(1) <= o.start < am.end(1) for o in out):
                    m = replace(m, end=am.end(1), text=text[m.start:am.end(1)], kind="person",
                                name=am.group(1))
        prev = res[-1] if res else None
        if prev is not None and prev.entry.startswith("demonym:") and "+" not in prev.entry and m.country \
                and m.role and prev.code == m.country and text[prev.end:m.start].isspace():
            # "Russian Duma deputies": the demonym of the body's own state is part of its phrase (RUSLEG)
            res[-1] = replace(m, start=prev.start, text=text[prev.start:m.end], entry=f"{m.entry}+{prev.entry}")
            continue
        if prev is not None and prev.kind == "agent" and not prev.country and m.country and m.role \
                and _last_word(prev) in g.delegation_heads:
            om = _OF_SENDER.match(text, prev.end)
            if om and om.end() == m.start:
                res[-1] = replace(m, start=prev.start, text=text[prev.start:m.end], entry=f"{m.entry}+{prev.entry}")
                continue
        res.append(m)
    return res


# ----------------------------------------------------------------------------------------------
# Coordinated entity names ("the Donetsk and Luhansk people's republics"): schemas/actors/coordination.yaml

@lru_cache(maxsize=1)
def _coordination_rules() -> tuple[re.Pattern, re.Pattern, dict] | None:
    """(stems-before-plural-head regex, plural-head-of-stems regex, one-stem regex,
    stem -> (entity code, full name))."""
    import yaml

    path = _actors_dir() / "coordination.yaml"
    if not path.exists():
        return None
    cfg = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    singular = sorted({str(h).lower() for h in cfg.get("singular_heads") or ()}, key=len, reverse=True)
    plural = sorted({str(h).lower() for h in cfg.get("plural_heads") or ()}, key=len, reverse=True)
    if not singular or not plural:
        return None
    stems: dict[str, tuple[str, str]] = {}
    for row in _read_tsv(_actors_dir() / "entities.tsv"):
        for form in [row["name"]] + _split(row.get("aliases", "")):
            form = form.lstrip("~")
            low = form.lower()
            for head in singular:
                stem = None
                if low.endswith(" " + head):
                    stem = form[:-len(head) - 1].strip()
                elif low.startswith(head + " of "):
                    stem = form[len(head) + 4:].strip()
                if stem and stem[0].isupper() and stem.lower() not in stems:
                    stems[stem.lower()] = (row["code"], form)
                if stem:
                    break
    if not stems:
        return None
    stem_re = "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True))
    heads_re = "|".join(re.escape(h).replace("\\ ", "\\s+") for h in plural)
    one = rf"(?<![\w-])(?:{stem_re})(?![\w-])"
    chain = rf"{one}(?:\s*,\s*{one})*\s*,?\s+and\s+{one}"
    before = re.compile(rf"({chain})\s+(?:{heads_re})\b", re.IGNORECASE)
    after = re.compile(rf"\b(?:{heads_re})\s+of\s+(?:the\s+)?({chain})", re.IGNORECASE)
    return before, after, re.compile(one, re.IGNORECASE), stems


@lru_cache(maxsize=256)
def _entity_template(form: str, on_date: dt.date | None) -> ActorMatch | None:
    got = [a for a in find_actors(form, on_date) if a.kind == "entity" and a.start == 0 and a.end == len(form)]
    return got[0] if got else None


# non-ASCII characters an IGNORECASE regex matches to an ASCII letter (dotted/dotless i, long s, Kelvin)
_ASCII_FOLDS = "\u0130\u0131\u017f\u212a"


@lru_cache(maxsize=1)
def _coordination_head_words() -> tuple[str, ...]:
    """The longest word of each plural head (lower case): a text holding none of them has no plural head."""
    import yaml

    path = _actors_dir() / "coordination.yaml"
    cfg = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return tuple(max(str(h).lower().split(), key=len) for h in cfg.get("plural_heads") or ())


def _coordinated_entities(text: str, actors: list[ActorMatch], on_date) -> list[ActorMatch]:
    """Adds one entity actor per stem of a coordinated entity name; a stem an actor already covers
    is left alone."""
    rules = _coordination_rules()
    if rules is None:
        return actors
    before, after, one, stems = rules
    if not any(c in text for c in _ASCII_FOLDS):
        # a match needs a plural head ("republics") and stems of two entities: where no character
        # folds to an ASCII letter, a lower-cased substring test says when none can match
        low = text.lower()
        if not any(w in low for w in _coordination_head_words()) or \
                len({code for stem, (code, _f) in stems.items() if stem in low}) < 2:
            return actors
    added = []
    for rx in (before, after):
        for m in rx.finditer(text):
            found = []
            for sm in one.finditer(text, m.start(1), m.end(1)):
                if not sm.group(0)[0].isupper():
                    continue
                found.append((sm.start(), sm.end(), stems[sm.group(0).lower()]))
            if len({code for _s, _e, (code, _f) in found}) < 2:
                continue
            for start, end, (code, form) in found:
                if any(a.start < end and start < a.end for a in actors + added):
                    continue
                tpl = _entity_template(form, on_date)
                if tpl is not None:
                    added.append(replace(tpl, start=start, end=end, text=text[start:end],
                                         entry=f"{tpl.entry}+coordinated"))
    if not added:
        return actors
    return sorted(actors + added, key=lambda a: (a.start, a.end))


class _Parser:
    """Joins adjacent hits into compound actors, left to right."""

    def __init__(self, d: ActorDictionary, text: str, padded: str, hits: list[_Hit],
                 on_date: dt.date | None):
        self.d, self.text, self.padded, self.on_date = d, text, padded, on_date
        self.hits = hits
        self.out: list[ActorMatch] = []
        self.last_full: dict[str, str] = {}   # short key -> person id of the last full mention

    # -- gaps between hits ---------------------------------------------------------------------
    def gap(self, a: _Hit, b: _Hit) -> str:
        g = self.text[a[_END]:b[_START]]
        cls = _GAP_CLASS.get(g)
        if cls is None:
            cls = _gap_class(g)
            if len(g) <= _MAX_JOIN_GAP and len(_GAP_CLASS) < _GAP_MEMO_MAX:
                _GAP_CLASS[g] = cls
        return cls

    def ruling_label(self, owner: _Hit, head: _Hit) -> bool:
        """Is the text between an owner and a government noun a possessive and one capitalized word that is no
        actor ("Nicaragua's Sandinista government", "Syria's Baathist regime": grammar.yaml party_government_heads)?
        The ruling party or creed names the owner's government; other agents keep the word apart ("Pakistan's
        Taliban fighters" are no Pakistani forces)."""
        if head[_REC].entry.partition(":")[2].replace("_", " ") not in grammar().party_government_heads:
            return False
        return _RULING_LABEL_GAP.fullmatch(self.text, owner[_END], head[_START]) is not None

    def former_label(self, mod: _Hit | None, head: _Hit) -> bool:
        """Is the text between a "former" modifier and a title one capitalized party or creed word ("Former Socialist
        prime minister", "former Conservative minister")? The title is a former office's."""
        return mod is not None and mod[_TYPE] == "M" and mod[_REC].effect == "former" and head[_TYPE] == "A" \
            and head[_REC].title and _LABEL_GAP.fullmatch(self.text, mod[_END], head[_START]) is not None

    def prev_word(self, pos: int) -> str:
        seg = self.padded[max(0, pos - 14):pos + 1].split()
        return seg[-1] if seg else ""

    def addressed(self, pos: int) -> bool:
        """Is the name at pos the addressee of "appealed to", "a letter to" (grammar.yaml
        capital_recipient_heads), not a destination?"""
        seg = self.padded[max(0, pos - 30):pos + 1].lower().split()
        return len(seg) >= 2 and seg[-1] == "to" and seg[-2] in grammar().capital_recipient_heads

    def next_word(self, pos: int) -> str:
        seg = self.padded[pos + 1:pos + 16].split()
        return seg[0] if seg else ""

    # -- persons -------------------------------------------------------------------------------
    def resolve_person(self, h: _Hit) -> str | None:
        ref: _PersonRef = h[_REC]
        if not ref.short:
            return ref.pid
        return self.last_full.get(ref.key)

    def resolve_titled_person(self, h: _Hit, role: str | None) -> str | None:
        """A person right after a title ("President Bush", "President Mubarak"): a short form names them
        without a full mention before it when it belongs to one person only and the title's role is one the
        person held (the title rules out the namesakes that keep a bare "Bush" or "Mubarak" ambiguous:
        "Laura Bush", "Gamal Mubarak"; "Senator Kohl" is no German chancellor)."""
        pid = self.resolve_person(h)
        if pid is None:
            pids = {p.record.pid for p in self.d.patterns.get(h[_REC].key, ()) if p.htype == "S"}
            pid = next(iter(pids)) if len(pids) == 1 else None
            if pid is not None and role:
                person = self.d.persons[pid]
                held = {_role_of(t.code) for t in person.terms} | ({_role_of(person.before)} if person.before else set())
                if role not in held:
                    return None
        return pid

    def note_person(self, pid: str):
        # remember full mentions for ambiguous short forms ("Kim" after "Kim Jong Un")
        for key in self._short_keys_of(pid):
            self.last_full[key] = pid

    def _short_keys_of(self, pid: str) -> tuple[str, ...]:
        cache = _SHORT_KEYS.get(self.d.digest)
        if cache is None:
            cache = {}
            for key, pats in self.d.patterns.items():
                for p in pats:
                    if p.htype == "S":
                        cache.setdefault(p.record.pid, []).append(key)
            cache = {k: tuple(v) for k, v in cache.items()}
            _SHORT_KEYS[self.d.digest] = cache
        return cache.get(pid, ())

    # -- main loop -----------------------------------------------------------------------------
    def run(self) -> list[ActorMatch]:
        hits, text, out = self.hits, self.text, self.out
        n = len(hits)
        i = 0
        while i < n:
            h = hits[i]
            # a compound needs a joining gap to the next hit; a person takes the compound path
            # even alone (its actor's entries differ from single()'s)
            if i + 1 < n:
                end, next_start = h[_END], hits[i + 1][_START]
                if next_start - end <= _MAX_JOIN_GAP and \
                        ((_GAP_CLASS.get(text[end:next_start]) or self.gap(h, hits[i + 1])) != "|"
                         or h[_TYPE] in "PS"
                         or (h[_TYPE] in "CD" and hits[i + 1][_TYPE] == "A" and self.ruling_label(h, hits[i + 1]))
                         or self.former_label(h, hits[i + 1])):
                    j = self.compound(i)
                    if j > i:
                        i = j
                        continue
            i += 1
            choice = h[_CHOICE]
            context = choice.context
            if context is not None:
                if context != "title":
                    self.single(h)
                    continue
                e = h[_END]
                if text[e:e + 1] == " " and text[e + 1:e + 2].isupper():
                    i = self.titled(i - 1)   # "President Francois Mitterrand"
                    continue
            fields = choice.lone
            if fields is not None:
                # the precomputed actor of a lone hit (inlined single(): most actors)
                out.append(_lone_match(fields, h[_START], h[_END], text[h[_START]:h[_END]]))
        return out

    def emit(self, start, end, name, code, role, kind, entries, inter, partial):
        self.out.append(_actor_match(start, end, self.text[start:end], name, code,
                                     _country_of(code, role), role, kind,
                                     "+".join(filter(None, entries)), inter, partial))

    def single(self, h: _Hit):
        """A hit that is no part of a compound: its precomputed actor, if the context allows."""
        choice = h[_CHOICE]
        context = choice.context
        if context == "person":
            pid = self.resolve_person(h)
            if pid is None:
                return  # "Kim" with no full mention before it: ambiguous, no actor
            self.emit_person(h[_START], h[_END], pid, [f"person:{pid}"] +
                             ([f"short:{h[_REC].key}"] if h[_REC].short else []))
            return
        fields = choice.lone
        if fields is None:
            return
        if context == "capital":
            if (self.prev_word(h[_START]) in _LOCATIVE and not self.addressed(h[_START])) \
                    or self.next_word(h[_END]) in _PLACE_AFTER:
                return
        elif context == "demonym" and h[_END] < len(self.text) and \
                self.text[h[_END]:h[_END] + 1] in "-–":
            pats = self.d.patterns.get(self.next_word(h[_END]))
            if pats and any(p.htype == "M" and p.record.effect == "place" for p in pats):
                return  # "Russian-occupied", "Russian-made": not an actor
        self.out.append(_lone_match(fields, h[_START], h[_END], self.text[h[_START]:h[_END]]))

    def titled(self, i: int) -> int:
        """A lone title ("President", "Foreign Minister") and the unknown name after it
        ("President Francois Mitterrand", "King Hassan of Morocco"): one actor of the title's
        role; its country only from the phrase itself. Returns the next hit index."""
        hits, n, h = self.hits, len(self.hits), self.hits[i]
        limit = hits[i + 1][_START] if i + 1 < n else len(self.text)
        end = self.extend_name(h[_END], limit)
        if end == h[_END]:
            self.single(h)
            return i + 1
        return self.after_name(i, i + 1, h[_START], end, [], [h], [], False)

    def after_name(self, i: int, k: int, start: int, end: int, owners, heads, mods,
                   former) -> int:
        """Finish a title + unknown name that ends at ``end`` (hits[k] is the next hit): an
        "of <country>" after the name is the owner ("King Hassan of Morocco"); a known person's
        surname right after it completes the name ("President Hafez al-Assad": the title says
        who holds the office, so the title's role, the owner's country, else the person's)."""
        hits, n, text = self.hits, len(self.hits), self.text
        if k < n:
            nxt = hits[k]
            gap = text[end:nxt[_START]]
            if not owners and nxt[_TYPE] == "C" and nxt[_REC].alone and \
                    nxt[_REC].kind in _OF_NAME_OWNERS and _OF.fullmatch(gap) and \
                    text[nxt[_END]:nxt[_END] + 1] not in _OWNER_NOT_AFTER:
                # not "warned President Biden of Russia's plans" (the country owns what follows)
                owners = [nxt]
                end = nxt[_END]
                k += 1
            elif nxt[_TYPE] in "PS" and gap == " " \
                    and (pid := self.resolve_titled_person(nxt, heads[-1][_REC].role if heads else None)) is not None:
                end = nxt[_END]
                k += 1
                pcode = _person_code(self.d.persons[pid], self.on_date)[0]
                if not owners and not pcode.startswith(("IGO", "NGO")):
                    role = "ELI" if former else (heads[-1][_REC].role or "GOV")
                    self.emit(start, end, text[start:end], pcode[:3] + role, role, "person",
                              [heads[-1][_REC].entry, f"surname:{pid}"],
                              _inter_default("agent", role, pcode[:3] + role, False), False)
                    return k
        n_out = len(self.out)
        self.build(start, end, owners, [], heads, mods, None, None, None, former)
        if len(self.out) > n_out:
            # a named office holder is a person ("he" after it stands for them), whatever the code
            self.out[-1].__dict__["kind"] = "person"
        return k

    def emit_person(self, start: int, end: int, pid: str, entries: list[str], office=None):
        """office: None, or a callable giving the code of the office the text names before the name (only
        asked for a person outside their terms on the date)."""
        person = self.d.persons[pid]
        code, _title = _person_code(person, self.on_date)
        if office is not None and _role_of(code) == "ELI":
            # the text names a current office ("Russian President Boris Yeltsin", "Hamas leader Ismail
            # Haniyeh") at a date outside the person's terms (an undated or misdated text, a term the
            # dictionary lacks): the text wins
            named = office(code)
            if named is not None:
                code = named
                entries = entries + ["title-over-date"]
        role = _role_of(code)
        kind = "person"
        partial = code[:3] in _PARTIAL_ENTITIES
        inter = _inter_default("person", role, code, partial)
        self.note_person(pid)
        self.emit(start, end, person.name, code, role, kind, entries, inter, partial)

    # -- compounds -----------------------------------------------------------------------------
    def compound(self, i: int) -> int:
        """Parse a compound starting at hit i; emit it and return the next index, or i."""
        hits, n = self.hits, len(self.hits)
        h0 = hits[i]
        if i > 0 and h0[_TYPE] == "M" and h0[_REC].form.endswith(("ed", "ing")) and \
                hits[i - 1][_TYPE] in "ACDPS" and self.gap(hits[i - 1], h0) == "_":
            return i  # "Russian forces | forced civilians": the verb of the actor before, no modifier
        owners: list[_Hit] = []
        coords: list[_Hit] = []        # coordinated owners: "Russian and Belarusian troops"
        heads: list[_Hit] = []
        mods: list[_Hit] = []
        person_hit: _Hit | None = None
        person_id: str | None = None
        owner_person: str | None = None
        effect = None                  # sponsor | installer | place (from hyphen suffixes, "pro-")
        former = False
        backers = 0                    # heads that back the next one ("army-backed government")
        pro_pending = anti_pending = ethnic_pending = False
        linked = False                 # the owner joined by a possessive or "of" ("Russia's", "of Russia")
        state = "pre"
        k = i
        last: _Hit | None = None
        while k < n:
            h = hits[k]
            g = self.gap(last, h) if last is not None else "_"
            t = h[_TYPE]
            if g == "|" and state == "pre" and t == "A" and owners and last is owners[-1] and self.ruling_label(last, h):
                g = "p"  # "Nicaragua's Sandinista government": the owner's government, named by its ruling label
            elif g == "|" and state == "pre" and t == "A" and self.former_label(last, h):
                g = "_"  # "Former Socialist prime minister Andreas Papandreou": a former office holder
            if last is not None and g == "|":
                break
            if state == "pre":
                if t == "M":
                    m: _Modifier = h[_REC]
                    if g == "p" and owners and last is owners[-1] and m.effect in ("plain", "former"):
                        linked = True   # "South Ossetia's de facto foreign minister", "Russia's new envoy"
                    elif g not in "_-":
                        break
                    if m.effect == "former":
                        former = True
                    elif m.effect == "ethnic" and not owners:
                        ethnic_pending = True     # "ethnic Albanians": a people, not a state
                    elif m.effect in ("sponsor", "installer", "place") and owners and last is owners[-1] and g == "-":
                        effect = m.effect
                    elif m.form in ("pro", "anti", "non") and self.text[h[_END]:h[_END] + 1] in "-– ":
                        pro_pending = m.form == "pro"
                        anti_pending = m.form != "pro"
                    mods.append(h)
                elif t in "CD":
                    if owners and g == "a" and last is owners[-1]:
                        if self.attributive(h) and self.attributive(owners[-1]):
                            coords.append(owners[-1])
                            owners[-1] = h
                        else:
                            break
                    elif owners and last is owners[-1]:
                        break                     # "Russia Ukraine": two actors
                    elif g not in "_-" and last is not None:
                        break
                    elif owners and t == "C" and h[_REC].kind == "igo" and effect in ("sponsor", "installer") \
                            and mods and last is mods[-1]:
                        # "the Russian-led Collective Security Treaty Organization", "the US-led NATO": a body
                        # led or backed by a state is the body itself, the leader no owner (no actor of its own)
                        self.single(h)
                        return k + 1
                    else:
                        if owners:
                            break
                        owners.append(h)
                        if pro_pending:
                            effect = "sponsor"
                        elif anti_pending:
                            effect = "against"
                        elif ethnic_pending and t == "D":
                            effect = "ethnic"
                    if g == "a":
                        pass
                elif t == "A":
                    if g == "p" and not (last is not None and last[_TYPE] in "CDP"):
                        break
                    if g == "w" and not (owners and last is owners[-1] and last[_TYPE] == "D"
                                         and _adjective_demonym(self.text[last[_START]:last[_END]])):
                        break   # the adjunct joins only "French paper workers", not "Russia paper ..."
                    if g not in "_-pw" and last is not None:
                        break
                    linked = linked or g == "p"
                    heads.append(h)
                    state = "head"
                elif t in "PS":
                    pid = self.resolve_person(h)
                    if pid is None:
                        break
                    if g not in "_-p" and last is not None:
                        break
                    person_hit, person_id = h, pid
                    state = "person"
                else:
                    break
            elif state == "head":
                if g not in "_-":
                    break
                if t == "A":
                    heads.append(h)
                elif t == "M":
                    if h[_REC].form.endswith(("ed", "ing")) and g == "_":
                        break  # "Russian forces forced civilians": after a noun, a verb, no modifier
                    if g == "-" and h[_REC].effect in ("sponsor", "installer"):
                        # "Sudan's army-backed government": the heads before the hyphen back the body, the
                        # head after it gives the role (not "military officials"' specific role over GOV)
                        backers = len(heads)
                    mods.append(h)
                    if h[_REC].effect == "former":
                        former = True
                elif t in "PS":
                    titled = heads and heads[-1][_REC].title
                    pid = self.resolve_titled_person(h, heads[-1][_REC].role) if titled and g == "_" \
                        else self.resolve_person(h)
                    if pid is None:
                        if titled:
                            k += 1
                            last = h
                            person_hit = h      # unresolved name after a title: part of the span
                        break
                    person_hit, person_id = h, pid
                    state = "person"
                else:
                    break
            elif state == "person":
                # "Putin's spokesman Dmitry Peskov": a possessive person owns the next agent
                if g == "p" and t == "A" and owner_person is None:
                    linked = True
                    owner_person = person_id
                    person_hit, person_id = None, None
                    heads.append(h)
                    state = "head"
                else:
                    break
            last = h
            k += 1
        if 0 < backers < len(heads):
            heads = heads[backers:]
        # trim trailing modifiers
        hits_used = hits[i:k]
        while hits_used and hits_used[-1][_TYPE] == "M":
            hits_used = hits_used[:-1]
            k -= 1
        if not hits_used:
            return i
        if not heads and person_id is None:
            if owners and effect in ("place", "against"):
                return k  # "Russian-occupied": no actor
            if owners and effect == "ethnic":
                # "ethnic Albanians in Macedonia": the people of an ethnic group, country unknown
                # (the coder may add the country of the place they are in)
                start, end = hits[i][_START], hits[k - 1][_END]
                self.emit(start, end, self.text[start:end], "CVL", "CVL", "agent",
                          [f"ethnic:{owners[0][_REC].entry}"], INTER_BY_ROLE.get("CVL"), False)
                return k
            return i
        of_owners: list[_Hit] = []
        if person_id is None and owner_person is None and not owners and heads and k < n \
                and self.gap(hits[k - 1], hits[k]) == "o":
            # "the Ministry of Foreign Affairs of Russia", "labor migrants from Central Asia",
            # "head of the so-called DPR", "workers from Uzbekistan, Tajikistan and Kyrgyzstan"
            q = k
            while q < n and hits[q][_TYPE] == "M" and hits[q][_REC].effect == "plain" and \
                    (q == k or self.gap(hits[q - 1], hits[q]) in "_-"):
                q += 1
            via_from = "from" in self.text[hits[k - 1][_END]:hits[k][_START]].lower()
            head_role = heads[-1][_REC].role
            # "of"/"from" takes a name, not an adjective ("leader of the Algerian people"), and
            # "forces from X" is where troops withdraw from, not whose they are; an armed organization is no
            # place: "fighters from al-Shabaab", "militants from Hamas" are its members
            if q < n and hits[q][_TYPE] == "C" and hits[q][_REC].alone and \
                    not (via_from and head_role in _FROM_IS_PLACE and hits[q][_REC].kind != "organization") and \
                    (q == k or self.gap(hits[q - 1], hits[q]) in "_-") and \
                    not (q + 1 < n and hits[q + 1][_TYPE] in "AC" and self.gap(hits[q], hits[q + 1]) == "p"):
                # (an owner with a possessive owns the next noun: "the head of Russia's general staff" is no head
                # of Russia; "Russia's general staff" is the actor)
                owners.append(hits[q])
                linked = True
                k = q + 1
                while k < n and self.gap(hits[k - 1], hits[k]) == "a" and hits[k][_TYPE] == "C" \
                        and hits[k][_REC].kind in ("state", "region", "entity"):
                    of_owners.append(hits[k])
                    k += 1
                if k == q + 1 and k < n and hits[k][_TYPE] in "PS" and self.gap(hits[k - 1], hits[k]) in "_-":
                    pid = self.resolve_person(hits[k])   # "head of the DPR Denis Pushilin"
                    if pid is not None:
                        person_hit, person_id = hits[k], pid
                        k += 1
        if len(hits_used) == 1 and not owners and person_hit is None and owner_person is None:
            return i  # a lone agent or person: single() handles it
        if heads and heads[-1][_REC].other and person_id is None and \
                (linked or (owners and owners[0][_REC].kind in _RELATION_OTHER_KINDS)):
            # "allies of Russia", "Moscow's partners": the other party, whose country is unknown;
            # so is a single state right before it ("US allies", "Russian partners"), unlike a
            # bloc or region whose members are meant ("NATO allies", "Western allies")
            end = hits[k - 1][_END]
            self.emit(hits[i][_START], end, self.text[hits[i][_START]:end], "", None, "relation",
                      [heads[-1][_REC].entry, "relation:other"], None, False)
            return k
        end = hits[k - 1][_END]
        start = hits[i][_START]
        if person_hit is not None and person_id is None:
            end = max(end, person_hit[_END])
        # unknown name after a title: "Deputy Foreign Minister Andrei Rudenko"
        if person_id is None and heads and heads[-1][_REC].title and hits[k - 1] is heads[-1]:
            named = self.extend_name(end, hits[k][_START] if k < n else len(self.text))
            if named > end and not coords and not of_owners and effect is None and \
                    owner_person is None:
                return self.after_name(i, k, start, named, owners, heads, mods, former)
            end = named
        if of_owners:
            end = owners[0][_END]
        self.build(start, end, owners, coords, heads, mods, person_id, owner_person, effect,
                   former)
        for extra in of_owners:
            self.build(extra[_START], extra[_END], [extra], [], heads, [], None, None, None, former)
        return k

    def extend_name(self, end: int, limit: int) -> int:
        words = 0
        while words < 3:
            m = _NAME_WORD.match(self.text, end)
            if not m or m.end() > limit or m.group(1) in _NOT_NAMES:
                break
            end = m.end()
            words += 1
        return end

    def attributive(self, h: _Hit) -> bool:
        """A state name that can stand before a noun in a coordination: a demonym ("Russian and
        Belarusian troops") or an all-capital short name ("US and British warships", "British and UAE
        officials"); a full name ("Ukraine and Russian forces") is an actor of its own."""
        if h[_TYPE] == "D":
            return True
        form = self.text[h[_START]:h[_END]]
        return h[_TYPE] == "C" and len(form.replace(".", "")) <= 3 and form.replace(".", "").isupper()

    def build(self, start, end, owners, coords, heads, mods, person_id, owner_person, effect,
              former):
        if person_id is not None:
            entries = [f"person:{person_id}"]
            for h in owners + heads:
                entries.append(h[_REC].entry)
            for h in mods:
                if h[_REC].effect != "plain":
                    entries.append(h[_REC].entry)
            titled = not former and any(h[_TYPE] == "A" and h[_REC].title for h in heads)
            self.emit_person(start, end, person_id, entries,
                             (lambda code: self.title_office(owners, heads, mods, effect, code)) if titled else None)
            return
        # what the parts make (code, role, kind, entries ...) depends only on which dictionary
        # patterns they are: worked out once per combination of patterns
        key = [effect, former, owner_person, self.on_date if owner_person else None,
               len(owners), len(heads)]
        for h in owners:
            key.append(h[_CHOICE])
        for h in heads:
            key.append(h[_CHOICE])
        for h in mods:
            key.append(h[_CHOICE])
        key = tuple(key)
        memo = self.d.compound_memo
        facts = memo.get(key)
        if facts is None:
            facts = self.compound_facts(owners, heads, mods, owner_person, effect, former)
            if len(memo) < _COMPOUND_MEMO_MAX:
                memo[key] = facts
        if facts is _NO_ACTOR:
            return
        code, country, role, role_out, kind, inter, partial, owner_name, entry = facts
        text = self.text
        if not heads:
            head_text = ""
        elif len(heads) == 1:
            head_text = text[heads[0][_START]:heads[0][_END]].lower()
        else:
            head_text = " ".join([text[h[_START]:h[_END]] for h in heads]).lower()
        name = f"{owner_name} {head_text}".strip() if owner_name else text[start:end]
        if coords:
            # "Russian and Belarusian troops": one actor per coordinated owner
            for c in coords:
                cb: _Base = c[_REC]
                ccode = cb.code[:3] + (role or "") if not cb.code.startswith(("IGO", "NGO")) else cb.code
                self.emit(c[_START], c[_END], f"{cb.name} {head_text}".strip(), ccode, role_out,
                          kind, [heads[-1][_REC].entry if heads else "", cb.entry], inter,
                          cb.partial and cb.kind == "entity")
            start = owners[0][_START]
        self.out.append(_actor_match(start, end, text[start:end], " ".join(name.split()), code,
                                     country, role_out, kind, entry, inter, partial))

    def title_office(self, owners, heads, mods, effect, person_code_now: str) -> str | None:
        """The code the title phrase before a person's name makes on its own ("Russian President" ->
        RUSGOV, "Hamas leader" -> PSEREB), with the person's country when the title names none
        ("President Yeltsin"); None when the phrase makes no actor with a role."""
        facts = self.compound_facts(owners, heads, mods, None, effect, False)
        if facts is _NO_ACTOR or not facts[2]:
            return None
        code, country, role = facts[0], facts[1], facts[2]
        return code if country else person_code_now[:3] + role

    def compound_facts(self, owners, heads, mods, owner_person, effect, former) -> tuple:
        """(code, country, role, role_out, kind, inter, partial, owner_name, entry) of a compound
        from its parts' dictionary records, or _NO_ACTOR."""
        entries_tail = [h[_REC].entry for h in owners + heads] + \
            [h[_REC].entry for h in mods if h[_REC].effect != "plain"]
        # role of the agent phrase: the last noun, unless a specific role precedes a GOV noun
        roles = [h[_REC].role for h in heads if h[_REC].role]
        role = roles[-1] if roles else ""
        if role == "GOV":
            specific = [r for r in roles if r in SPECIFIC_OVER_GOV]
            if specific:
                role = specific[-1]
        agent_inter = next((h[_REC].inter for h in reversed(heads) if h[_REC].inter is not None
                            and (h[_REC].role or "") == role), None)
        if former and role in STATE_ROLES:
            role = "ELI"
            agent_inter = None
        owner = owners[0][_REC] if owners else None
        partial = False
        if owner_person is not None:
            pcode = _person_code(self.d.persons[owner_person], self.on_date)[0]
            base, owner_name, owner_kind = pcode[:3], self.d.persons[owner_person].name, "person"
            owner_role = None
        elif owner is not None:
            base = owner.code if owner.code.startswith(("IGO", "NGO")) else owner.code[:3]
            owner_name, owner_kind, owner_role = owner.name, owner.kind, owner.role
            partial = owner.partial and owner.kind == "entity"
            if partial and role == "REB":
                role, agent_inter = "MIL", 2   # "LPR militia", "DPR separatists": the entity's forces
        else:
            base, owner_name, owner_kind, owner_role = "", "", "", None
        if effect in ("against", "ethnic"):
            base, owner_name, owner_role = "", "", None   # "anti-Russian activists", "ethnic Serb civilians"
        if effect == "sponsor" and base:
            # "pro-Russian separatists", "Russian-backed militants": the backer is not the actor
            if role in ("REB", "MIL"):
                role, base, agent_inter = "REB", "", 2
            elif role != "GOV":
                base = ""
            owner_name = ""
        if base and base.startswith(("IGO", "NGO")):
            code = base                                    # "UN officials" -> IGOUNO
        elif base:
            if owner_role and role in ("GOV", "") and not _party_government(owner_role, heads):
                role = owner_role                          # "Pentagon officials" -> USAMIL
            elif owner_role == "REB" and role == "MIL":
                role = owner_role                          # "Hamas fighters", "RSF forces": the armed group
            code = base + (role or "")
        else:
            default = next((h[_REC].default for h in reversed(heads) if h[_REC].default), None)
            if default and not (effect == "sponsor"):
                code = default
                owner_name = _default_name(default)
                entries_tail.append(f"default:{default.lower()}")
            else:
                code = role or ""
        if not code:
            return _NO_ACTOR
        role_out = role or None
        if code.startswith(("IGO", "NGO")) and len(code) > 3:
            kind = "igo" if code.startswith("IGO") else "organization"
        else:
            kind = "agent" if heads else (owner_kind or "agent")
        inter = agent_inter if agent_inter is not None else _inter_default(kind, role_out, code,
                                                                            partial)
        entries = ([heads[-1][_REC].entry] if heads else []) + \
            [e for e in entries_tail if not heads or e != heads[-1][_REC].entry]
        return (code, _country_of(code, role_out), role, role_out, kind, inter, partial,
                owner_name, "+".join(filter(None, entries)))


def _party_government(owner_role: str, heads) -> bool:
    """Is the compound a government named by its ruling party ("the Georgian Dream government" -> GEOGOV;
    grammar.yaml party_government_heads, party_government_owner_roles)?"""
    g = grammar()
    return bool(heads) and owner_role.lower() in g.party_government_owner_roles and \
        heads[-1][_REC].entry.partition(":")[2].replace("_", " ") in g.party_government_heads


_NO_ACTOR = ()          # compound_facts: the parts make no actor
_COMPOUND_MEMO_MAX = 50000


def _actor_match(start, end, text, name, code, country, role, kind, entry, inter, partial) -> ActorMatch:
    """ActorMatch(...) with every field set at once, bypassing the frozen dataclass's per-field
    object.__setattr__ (the same instance at half the cost; dozens per article)."""
    return frozen_record(ActorMatch, {"start": start, "end": end, "text": text, "name": name,
                                      "code": code, "country": country, "role": role, "kind": kind,
                                      "entry": entry, "inter": inter, "partially_recognized": partial})


def _lone_match(fields: dict, start: int, end: int, surface: str) -> ActorMatch:
    """The ActorMatch of a precomputed lone-hit template (_Choice.lone) at a span."""
    fields = fields.copy()
    fields["start"], fields["end"], fields["text"] = start, end, surface
    if fields["name"] is None:
        fields["name"] = surface
    return frozen_record(ActorMatch, fields)

_SHORT_KEYS: dict[str, dict[str, tuple[str, ...]]] = {}
_PARTIAL_ENTITIES = frozenset({"DPR", "LPR", "ABK", "SOS", "PMR", "NKR"})
# kinds of name an "of" after a titled person's name makes the owner ("King Hassan of Morocco")
_OF_NAME_OWNERS = frozenset({"state", "entity", "igo"})
_OWNER_NOT_AFTER = "'’-–"
# owners right before a relation noun (agents.tsv owner = other) that are the other party
_RELATION_OTHER_KINDS = frozenset({"state", "capital"})


def _country_of(code: str, role: str | None) -> str:
    """First three letters of the code, or "" for a role-only code ("LAB", "REB")."""
    return "" if not code or code == role else code[:3]


def _default_name(code: str) -> str:
    names = {"RUS": "Russia", "IGOUNO": "United Nations"}
    return names.get(code, names.get(code[:3], code))


# ----------------------------------------------------------------------------------------------
# Helpers for the engine

def with_country(match: ActorMatch, country_code: str) -> ActorMatch:
    """Give a role-only actor ("workers" -> LAB) a country, e.g. from the event's place."""
    if match.country:
        return match
    code = country_code + (match.role or "")
    return replace(match, code=code, country=country_code[:3])


def _anaphor_entry(d: ActorDictionary, phrase: str):
    words = " ".join(normalize(phrase).split())
    words = re.sub(r"^(?:the|its|this|that)\s+", "", words)
    for phrases, wants, role, prefer_person in d.anaphors:
        if any(words == " ".join(normalize(p).split()) for p in phrases):
            return wants, role, prefer_person
    return None


def is_compatible_antecedent(phrase: str, match: ActorMatch) -> bool:
    """Can ``match`` be what ``phrase`` ("the country", "the ministry") points back to?"""
    found = _anaphor_entry(load_dictionary(), phrase)
    if found is None or not match.country:
        return False
    wants, _role, _p = found
    return match.kind in wants


def resolve_anaphor(phrase: str, antecedents: Sequence[ActorMatch],
                    on_date: dt.date | None = None) -> ActorMatch | None:
    """Actor for a pronoun-like noun phrase, from the actors seen before it (text order).

    "the Kremlin's envoy" resolves by itself (RUSGOV); "the country" takes the most recent
    state; "the ministry" the most recent actor with a country, as <country>GOV; "the president"
    prefers the most recent person in a GOV role. The returned span is the antecedent's.
    """
    own = [m for m in find_actors(phrase, on_date) if m.country]
    if own:
        return own[-1]
    d = load_dictionary()
    found = _anaphor_entry(d, phrase)
    if found is None:
        return None
    wants, role, prefer_person = found
    candidates = [m for m in reversed(antecedents) if m.country and m.kind in wants]
    if prefer_person:
        persons = [m for m in candidates if m.kind == "person" and (not role or m.role == role)]
        if persons:
            return persons[0]
    if not candidates:
        return None
    best = candidates[0]
    if not role:
        if best.kind in ("state", "entity", "igo", "region"):
            return best
        base = best.code if best.code.startswith(("IGO", "NGO")) else best.country
        return replace(best, code=base, role=None)
    if best.code.startswith(("IGO", "NGO")):
        return best
    partial = best.partially_recognized
    return replace(best, code=best.country + role, role=role,
                   inter=_inter_default("agent", role, best.country + role, partial))


def _title_entries(d: ActorDictionary) -> frozenset:
    got = getattr(d, "_titles", None)
    if got is None:
        got = frozenset(p.record.entry for plist in d.patterns.values() for p in plist
                        if isinstance(p.record, _Agent) and p.record.title)
        d._titles = got
    return got


def is_title(match: ActorMatch) -> bool:
    """Is the actor's head a title noun of agents.tsv (title = yes: "foreign minister", "governor",
    "ambassador"), i.e. a phrase that names one office holder ("Syria's foreign minister")?"""
    head = (match.entry or "").split("+", 1)[0]
    return head.startswith("agent:") and head in _title_entries(load_dictionary())


def find_anaphors(text: str) -> list[tuple[int, int, str]]:
    """Spans of anaphoric noun phrases ("the country", "its ministry") in text order."""
    rx = load_dictionary().anaphor_regex
    return [(m.start(), m.end(), m.group(0)) for m in rx.finditer(text)]


def iter_dictionary_forms() -> Iterable[tuple[str, str]]:
    """(normalized key, hit type) of every dictionary form: for tests and audits."""
    for key, pats in load_dictionary().patterns.items():
        for p in pats:
            yield key, p.htype
