"""Offline gazetteer: find place names in text.

- get_gazetteer() -> Gazetteer (built once per process, loaded from an on-disk cache)
- Gazetteer.find_places(text, context_countries=()) -> list[PlaceMatch], spans relative to text,
  sorted, non-overlapping, longest match wins.

How it works: one Aho-Corasick pass over the folded text (lowercase, non-word characters as
spaces, same length as the text) finds every whole-word name; names from GeoNames must start
with a capital letter in the text. Each hit keeps its candidate places; a candidate is chosen by
kind (country > area > region > settlement), context countries, the region mentioned just
before, curated preference and population. The words before a name give its qualifier
("near", "occupied", "in the south of", ...) from schemas/geo/qualifiers.csv.
"""
from __future__ import annotations

import csv
import math
import re
import yaml
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.geo import index as gindex
from pipeline.geo.index import ADMIN_SUFFIX, ALTERNATE, CURATED, NEEDS_CAPS, STEM, fold
from pipeline.records import frozen_record


@dataclass(frozen=True)
class PlaceMatch:
    start: int
    end: int
    text: str  # the words matched in the text
    name: str  # canonical English name
    kind: str  # 'settlement' | 'admin1' | 'country' | 'area' (e.g. Donbas: several admin1)
    country_code: str  # ISO 3166-1 alpha-2
    admin1_code: str | None  # ISO 3166-2, e.g. UA-14
    region_name: str | None  # English admin1 name
    latitude: float
    longitude: float
    geo_precision: int  # ACLED 1 town, 2 near/part of region, 3 region/country
    geonameid: int | None = None
    population: int = 0
    qualifier: str | None = None  # 'occupied', 'near', 'in', ... words before the name
    admin1_codes: tuple[str, ...] = field(default_factory=tuple)  # all regions for an 'area'
    # Added: what the words before the name say about control: True "occupied ...",
    # False "unoccupied / liberated / Ukrainian-controlled ...", None nothing said.
    occupied_cue: bool | None = None
    qualifiers: tuple[str, ...] = field(default_factory=tuple)  # every qualifier label found
    qualifier_text: str | None = None  # the qualifier words as written



# Qualifier labels, most informative first: 'qualifier' reports the first one present.
_QUALIFIER_PRIORITY = ("near", "part", "occupied", "unoccupied", "in", "at", "from", "to")
_KIND_BONUS = {"country": 10.0, "area": 9.0, "admin1": 8.0, "settlement": 0.0}
# Entity codes (CAMEO-style actor countries) -> ISO-2 of the territory they sit in.
_ENTITY_COUNTRY = {"DPR": "UA", "LPR": "UA", "ABK": "GE", "SOS": "GE", "PMR": "MD", "NKR": "AZ"}
_FILLER = r"(?:the\s+)?(?:(?:port\s+|frontline\s+|front\s+line\s+|key\s+|strategic\s+)?(?:city|town|village|settlement|cities|towns|villages|settlements|region|regions|oblast|area)\s+(?:of\s+)?)?"
_FILLER_WORDS = ("the", "of", "city", "town", "village", "settlement", "cities", "towns", "villages",
                 "settlements", "region", "regions", "oblast", "area")
# The word before a name, as regexes: what _word_before computes without them (they stay as
# its reference: tests compare the two)
_PREV_TOKEN_RE = re.compile(r"([\w.]+)[ \t]+$")
_PREV_TOKEN_REVERSED = re.compile(r"[ \t]+([\w.]+)")
_NEXT_TOKEN_RE = re.compile(r"[ \t]+(\w+)")  # used with .match(text, pos)
# the gap between two coordinated names; used as .match(folded, gap_start, gap_end)
_COORD_RE = re.compile(r"\s*(?:and|or|as well as)?\s*$")
_QUALIFIER_WINDOW = 60
_HYPHENS = frozenset("-\u2011")
_GIVEN_NAME_MAX_POP = 20000
_PLACE_FOLLOWERS = frozenset(
    "oblast region raion rayon district province krai city town village republic people "
    "peoples river bay airport port nuclear power plant npp railway station highway "
    "direction front axis sector".split())


class Gazetteer:
    def __init__(self, idx: dict | None = None):
        idx = idx if idx is not None else gindex.load_index()
        self._entries = idx["entries"]
        self._key_list = idx["key_list"]
        self._candidates = idx["key_candidates"]
        self._automaton = idx["automaton"]
        self._admin1_names = idx["admin1_names"]
        self._admin1_center = idx["admin1_center"]
        self._iso3_to_iso2 = idx["iso3_to_iso2"]
        self._stems = idx["stems"]
        self._country_names = idx["country_names"]
        self._admin1_geonames = idx["admin1_geonames"]
        gdir = gindex.geo_dir()
        self._person_cues = set(gindex.read_word_list(gdir / "person_cues.txt"))
        self._person_names = {w.lower() for w in gindex.read_word_list(gdir / "person_names.txt")}
        self._club_cues = set(gindex.read_word_list(gdir / "club_cues.txt"))
        self._key_index = None  # built lazily by candidates()
        # 2 * key id + (text starts with a capital) -> _KeyHit (worked out once per key)
        self._key_hits: dict[int, _KeyHit] = {}
        self._base_scores: dict[int, float] = {}
        # entry id -> the __dict__ of its PlaceMatch without span or qualifier (copied per match)
        self._templates: dict[int, dict] = {}
        self._iso2_memo: dict[str, str | None] = {}
        self._qualifier_re, self._qualifier_info, self._qualifier_last_words, patterns = \
            _compile_qualifiers(gdir / "qualifiers.csv")
        self._qualifier_words = _QualifierWords.build(patterns, _FILLER)
        self._rules = _MentionRules(gdir / "mention_rules.yaml")

    # ------------------------------------------------------------------ public API
    def find_places(self, text: str, context_countries: tuple[str, ...] = ()) -> list[PlaceMatch]:
        if not text:
            return []
        folded = fold(text)
        fallbacks: list = []  # (start, end, code, cue) of natural features with a fallback place (mention_rules.yaml)
        hits = self._hits(text, folded, fallbacks)
        # "the left bank of the Dnipro": a river bank names a region (mention_rules.yaml river_banks); the names
        # inside the phrase are no places of their own
        banks = self._rules.bank_spans(folded) if "bank" in folded and self._rules.bank_re is not None else ()
        if banks:
            hits = [h for h in hits if not any(b[0] <= h[0] < b[1] for b in banks)]
        if not hits:
            if banks:
                fallbacks += self._rules.bank_fallbacks(banks, ())
            return self._feature_fallbacks(text, fallbacks, []) if fallbacks else []
        # the given countries, and the countries named in the text
        ctx = {self._iso2(c) for c in context_countries} | {hit[2].country for hit in hits}
        ctx.discard(None)
        steer = self._steering(text, folded, hits) if len(hits) > 1 or self._rules.demonym_re else {}
        chosen = []
        # (end offset, ISO code, named explicitly?) of the regions mentioned so far
        recent_admin1: list[tuple[int, str, bool]] = []
        templates = self._templates
        entries = self._entries
        for i, (start, end, key) in enumerate(hits):
            eid = key.single
            if eid is None:  # several candidates: score them (one is always the best)
                st = steer.get(i)
                if chosen and start - chosen[-1][1] < self._rules.nearby_max_chars \
                        and self._rules.is_nearby(text, folded, start):
                    # "Melitopol ... the nearby village of Semenivka": the region of the place before
                    near = (templates.get(chosen[-1][2]) or self._template(chosen[-1][2]))["admin1_code"]
                    if near:
                        st = {**(st or {}), near: max((st or {}).get(near, 0.0), self._rules.bonus_apposition)}
                eid = self._choose(key, ctx, recent_admin1, start, st)
            needs = entries[eid].requires_context
            if needs and not (set(needs) & ctx):
                continue
            chosen.append([start, end, eid, key])
            place = templates.get(eid) or self._template(eid)
            kind = place["kind"]
            if kind == "admin1" and place["admin1_code"]:
                # a route end ("launched from the Rostov region") does not locate what follows
                explicit = not self._rules.is_route_end(text, folded, start)
                recent_admin1.append((end, place["admin1_code"], explicit))
            elif kind == "settlement" and place["admin1_code"] and eid in key.curated:
                recent_admin1.append((end, place["admin1_code"], False))
            if kind != "country":
                ctx.add(place["country_code"])
        self._coordinate(chosen, folded)
        out: list[PlaceMatch] = []
        prev_cue: bool | None = None
        prev_end = -1
        for start, end, eid, _ in chosen:
            labels, qtext, cue = self._qualify(text, folded, start, max(prev_end, 0))
            if cue is None and prev_cue is not None and _COORD_RE.match(folded, prev_end, start):
                cue = prev_cue  # "occupied Donetsk and Luhansk": the cue covers both
            out.append(self._to_match(text, start, end, eid, labels, qtext, cue))
            prev_cue, prev_end = cue, end
        if banks:
            fallbacks += self._rules.bank_fallbacks(banks, out)
        return self._feature_fallbacks(text, fallbacks, out) if fallbacks else out

    def _feature_fallbacks(self, text: str, fallbacks: list, out: list) -> list:
        """The places of natural features with a `fallback` (mention_rules.yaml: "crossed the Inguri River" is on
        the Georgia-Abkhazia line: GE) and of river-bank phrases (river_banks: "the left bank of the Dnipro"),
        placed among the other places by offset, only in a sentence that names no other place (a bank phrase: no
        place but a country). A region code (with "-") gives that region, else the country. A feature's place is
        unqualified; a bank's carries the bank's `occupied` cue (and the "occupied" qualifier when the cue is set)."""
        out = list(out)
        for start, end, code, cue in fallbacks:
            base = self._fallback_place(code)
            if base is None:
                continue
            # only where the sentence names no other place: "Police in Zugdidi arrested two smugglers near the
            # Enguri bridge" is in Zugdidi; a river bank's region is finer than a country of its sentence
            if any(not _SENTENCE_END_RE.search(text, min(p.end, end), max(p.start, start))
                   and (cue is None or p.kind != "country") for p in out):
                continue
            fields = base.__dict__.copy()
            fields.update(start=start, end=end, text=text[start:end])
            if cue is not None:
                fields.update(occupied_cue=cue, qualifiers=("occupied",) if cue else (),
                              qualifier="occupied" if cue else None)
            out.append(frozen_record(PlaceMatch, fields))
        out.sort(key=lambda p: p.start)
        return out

    def _fallback_place(self, code: str):
        """A region (ISO 3166-2) or country (ISO 3166-1) PlaceMatch for a feature's fallback, worked out once."""
        memo = self.__dict__.setdefault("_fallback_memo", {})
        if code not in memo:
            if "-" in code:
                memo[code] = self.region(code)
            else:
                name = self.country_name(code)
                got = self.entry_match(name, (code,)) if name else None
                memo[code] = got if got is not None and got.kind == "country" and got.country_code == code else None
        return memo[code]

    def entry_match(self, query: str, context_countries: tuple[str, ...] = ()) -> PlaceMatch | None:
        """The best place for a whole query string (used by the geopy geocoder): the first
        settlement/region/area named, else the country ("Melitopol, Ukraine" -> Melitopol)."""
        matches = self.find_places(query, context_countries)
        if not matches:
            return None
        finer = [m for m in matches if m.kind != "country"]
        return finer[0] if finer else matches[0]

    def region(self, admin1_code: str) -> PlaceMatch | None:
        """A PlaceMatch for a whole admin1 region (no text span)."""
        name = self._admin1_names.get(admin1_code)
        if name is None:
            return None
        lat, lon = self._admin1_center.get(admin1_code, (0.0, 0.0))
        return PlaceMatch(0, 0, "", name, "admin1", admin1_code.split("-")[0], admin1_code, name,
                          lat, lon, 3, admin1_codes=(admin1_code,))

    def split_area(self, place: PlaceMatch) -> list[PlaceMatch]:
        """One PlaceMatch per region of an 'area' (Donbas -> UA-14, UA-09); others unchanged."""
        if place.kind != "area" or len(place.admin1_codes) < 1:
            return [place]
        out = []
        for code in place.admin1_codes:
            name = self._admin1_names.get(code, code)
            lat, lon = self._admin1_center.get(code, (place.latitude, place.longitude))
            # = replace(place, kind="admin1", ...), without re-running the frozen __init__
            fields = place.__dict__.copy()
            fields.update(kind="admin1", admin1_code=code, region_name=name, latitude=lat,
                          longitude=lon, admin1_codes=(code,))
            out.append(frozen_record(type(place), fields))
        return out

    def region_name(self, admin1_code: str | None) -> str | None:
        return self._admin1_names.get(admin1_code) if admin1_code else None

    def country_name(self, country_code: str | None) -> str | None:
        return self._country_names.get(country_code) if country_code else None

    def admin1_geonames_code(self, admin1_code: str | None) -> str | None:
        """GeoNames admin1 code ('UA.05') for an ISO 3166-2 code ('UA-14')."""
        return self._admin1_geonames.get(admin1_code) if admin1_code else None

    def candidates(self, query: str, context_countries: tuple[str, ...] = ()) -> list[PlaceMatch]:
        """Every place a whole query string can name, best first (geocode(exactly_one=False))."""
        key = " ".join(fold(query).split())
        if self._key_index is None:
            self._key_index = {k: i for i, k in enumerate(self._key_list)}
        key_id = self._key_index.get(key)
        if key_id is None:
            best = self.entry_match(query, context_countries)
            return [best] if best else []
        ctx = {self._iso2(c) for c in context_countries} - {None}
        cands = [c for c in self._candidates[key_id] if not c[1] & STEM]
        scored = sorted(cands, key=lambda c: -self._score(c[0], c[1], ctx, None, set()))
        return [self._to_match(query, 0, len(query), eid, (), None, None) for eid, _ in scored]

    def nearest(self, lat: float, lon: float, k: int = 1, min_population: int = 1000) -> list[PlaceMatch]:
        """The k indexed settlements nearest to a point (a linear scan: reverse geocoding is rare)."""
        coslat = math.cos(math.radians(lat))
        best = []
        for eid, e in enumerate(self._entries):
            if e.kind != "settlement" or e.population < min_population:
                continue
            d = (e.latitude - lat) ** 2 + ((e.longitude - lon) * coslat) ** 2
            best.append((d, eid))
        best.sort()
        return [self._to_match(self._entries[eid].name, 0, len(self._entries[eid].name), eid, (), None, None)
                for _, eid in best[:k]]

    # ------------------------------------------------------------------ internals
    def _iso2(self, code: str) -> str | None:
        """ISO-2 for an ISO-2/ISO-3/actor code; remembered per code (a few dozen in practice,
        bounded anyway): find_places gets ~8 of them per article."""
        memo = self._iso2_memo
        if code in memo:
            return memo[code]
        iso2 = None
        if code:
            upper = code.strip().upper()
            if len(upper) == 2:
                iso2 = upper
            else:
                iso2 = _ENTITY_COUNTRY.get(upper[:3]) or self._iso3_to_iso2.get(upper[:3])
        if len(memo) >= 4096:
            memo.clear()
        memo[code] = iso2
        return iso2

    def _hits(self, text: str, folded: str, fallbacks: list | None = None) -> list[tuple[int, int, _KeyHit]]:
        """The name hits of the text; a natural feature with a fallback place goes to `fallbacks`."""
        raw = []
        padded = " " + folded + " "
        key_list = self._key_list
        key_hits = self._key_hits
        rules = self._rules
        feature_keys = rules.feature_keys
        for end_idx, key_id in self._automaton.iter(padded):
            key = key_list[key_id]
            # padded key " key " ends at end_idx in padded -> text span:
            end = end_idx - 1  # exclusive end in text (padded offset shift cancels the space)
            start = end - len(key)
            slot = key_id + key_id + text[start].isupper()
            hit = key_hits.get(slot) or self._key_hit(slot)
            if not hit.cands:
                continue  # e.g. a lowercase word spelled like a town
            # "Moscow-installed", "pro-Kremlin": compound modifiers, not place mentions
            if (text[end:end + 1] in _HYPHENS or text[start - 1:start] in _HYPHENS) \
                    and rules.is_compound(text, start, end):
                continue
            # "crossed the Dnipro", "the Don river": a natural feature named like a town
            if key in feature_keys and rules.is_feature(text, folded, key, start, end):
                if fallbacks is not None and key in rules.feature_fallback:
                    fallbacks.append((start, end, rules.feature_fallback[key], None))
                continue
            # "the Geneva Conventions", "the Budapest Memorandum": a document's name
            if text[end:end + 1] == " " and rules.is_document_name(text, start, end):
                continue
            raw.append((start, end, hit))
        if not raw:
            return []
        hit_starts = {h[0] for h in raw}
        # Overlapping hits ("Donetsk" in "Donetsk region") form groups; the longest-first choice
        # below only ever compares hits of one group, so a hit alone in its group (most) is kept
        # unless it is a person's name. The automaton reports hits by end offset, so a hit
        # overlaps earlier ones iff it starts before the largest end so far (the last group's),
        # and joins every trailing group that ends after its start.
        groups: list[list] = []
        last_end = -1
        for h in raw:
            if h[0] < last_end:
                group = groups.pop()
                while groups and groups[-1][-1][1] > h[0]:
                    group = groups.pop() + group
                group.append(h)
                groups.append(group)
            else:
                groups.append([h])
            last_end = h[1]
        kept = []
        for group in groups:
            if len(group) == 1:
                h = group[0]
                if not (h[2].settlement and (self._is_person(text, h, hit_starts) or self._in_club_name(text, h))):
                    kept.append(h)
            else:
                kept.extend(self._longest_first(text, group, hit_starts))
        return kept

    def _longest_first(self, text: str, group: list, hit_starts: set) -> list:
        """The hits kept from overlapping ones: longest match wins, then leftmost; no overlaps;
        sorted by start. The kept spans never overlap, so sorted by start their ends are sorted
        too: only the last kept span starting before h's end can overlap h."""
        group.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
        taken_starts: list[int] = []
        taken_ends: list[int] = []
        kept = []
        for h in group:
            at = bisect_left(taken_starts, h[1])
            if at and taken_ends[at - 1] > h[0]:
                continue
            if h[2].settlement and self._is_person(text, h, hit_starts):
                continue
            taken_starts.insert(at, h[0])
            taken_ends.insert(at, h[1])
            kept.append(h)
        kept.sort(key=_span)
        return kept

    def _key_hit(self, slot: int) -> _KeyHit:
        """The _KeyHit of key id slot // 2 in text starting lowercase (slot even) or capitalized."""
        cands = self._candidates[slot >> 1]
        if not slot & 1:
            cands = tuple(c for c in cands if not c[1] & NEEDS_CAPS)
        hit = self._key_hits[slot] = _KeyHit(tuple(c for c in cands if not c[1] & STEM), self._entries)
        return hit

    def _template(self, eid: int) -> dict:
        """The PlaceMatch fields entry `eid` fixes, in field order; span and qualifier fields are
        placeholders that _to_match overwrites (the same dict PlaceMatch(...) would make)."""
        e = self._entries[eid]
        lat, lon = e.latitude, e.longitude
        if e.kind == "admin1" and not lat and e.admin1_code in self._admin1_center:
            lat, lon = self._admin1_center[e.admin1_code]
        template = self._templates[eid] = {
            "start": 0, "end": 0, "text": "", "name": e.name, "kind": e.kind,
            "country_code": e.country_code, "admin1_code": e.admin1_code,
            "region_name": self._admin1_names.get(e.admin1_code) if e.admin1_code else None,
            "latitude": lat, "longitude": lon, "geo_precision": 1 if e.kind == "settlement" else 3,
            "geonameid": e.geonameid, "population": e.population, "qualifier": None,
            "admin1_codes": e.admin1_codes if e.admin1_codes else ((e.admin1_code,) if e.admin1_code else ()),
            "occupied_cue": None, "qualifiers": (), "qualifier_text": None,
        }
        return template

    def _is_person(self, text: str, hit, hit_starts) -> bool:
        """'President Putin', 'Vladimir Putin': a settlement name in a person's name (called for
        hits with a settlement candidate)."""
        start, end, key = hit
        if _word_before(text, start) in self._person_cues and not text[start - 1:start] in (",", ";"):
            return True
        # the next word must be capitalized: one blank then a lowercase letter or punctuation
        # rules it out (the common case) before the regex
        if text[end:end + 1] not in " \t" or text[end:end + 1] == "":
            return False
        after = text[end + 1:end + 2]
        if not (after.isupper() or (after and after in " \t")):
            return False
        m = _NEXT_TOKEN_RE.match(text, end, end + 30)
        if m and m.group(1)[:1].isupper():
            nxt = m.group(1)
            if nxt.lower() in self._person_names:
                return True
            # "Serhii Kolomiets": a small village name right before a capitalized word that is
            # not a place either reads as a given name + surname.
            nstart = m.start(1)
            if (key.small and " " not in text[start:end] and nstart not in hit_starts
                    and nxt.lower() not in _PLACE_FOLLOWERS and not nxt.isupper()):
                return True
        return False

    def _in_club_name(self, text: str, hit) -> bool:
        """'Shakhtar Donetsk', 'FC Sevastopol', 'Tiraspol FC': a settlement name in a sports club's
        name (club_cues.txt), which is no place mention (called for hits with a settlement candidate)."""
        start, end, _ = hit
        if text[end:end + 3] == " FC":
            return True
        return start > 1 and text[start - 1] == " " and _word_before(text, start) in self._club_cues

    def _choose(self, key: _KeyHit, ctx, recent_admin1, start, steer=None) -> int:
        """The best candidate of a hit: _score's sum (same additions in the same order, so the
        same floats and the same tie breaks) + the steering bonus; the first best wins."""
        best, best_score = None, -math.inf
        # the region named just before (an explicit "X Oblast", within a few sentences)
        near_admin1 = None
        for end, code, explicit in reversed(recent_admin1):
            if start - end > 400:
                break
            if explicit:
                near_admin1 = code
                break
        seen_admin1 = {code for _, code, _ in recent_admin1}
        for eid, score, country, admin1, settlement_admin1, curated, alternate in key.scoring:
            if country in ctx:
                score += 2.0
            if settlement_admin1:
                if settlement_admin1 == near_admin1:
                    score += 4.0
                elif settlement_admin1 in seen_admin1:
                    score += 1.5
            if curated:
                score += 2.5
            if alternate:
                score -= 0.5
            if steer:
                score += max(steer.get(country, 0.0), steer.get(admin1, 0.0))
            if score > best_score:
                best, best_score = eid, score
        return best

    def _steering(self, text: str, folded: str, hits) -> dict[int, dict[str, float]]:
        """Bonuses for ambiguous names from what the text says next to them: hit index ->
        {country or admin1 code: bonus}. "Russia's Donetsk", "the Russian town of Donetsk",
        "Donetsk, Russia", "Donetsk in (Russia's) Rostov region" (apposition), or a region named
        elsewhere in the same sentence (not as a route end: "from Rostov region")."""
        rules = self._rules
        ambiguous = [i for i, hit in enumerate(hits) if hit[2].ambiguous]
        if not ambiguous:
            return {}
        regions = [hit[2].regions for hit in hits]
        out: dict[int, dict[str, float]] = {}
        sentence_admin1 = None
        sentence_country: dict = {}
        ends: list[int] = []
        for i in ambiguous:
            start, end, _ = hits[i]
            bonus: dict[str, float] = {}

            def add(code, value):
                if value > bonus.get(code, 0.0):
                    bonus[code] = value
            # before: "Russia's Donetsk", "the Russian town of Donetsk"
            if i and regions[i - 1][0] == "country" and rules.possessive_gap_re.match(text, hits[i - 1][1], start):
                for code in regions[i - 1][1]:
                    add(code, rules.bonus_country)
            m = None
            # the demonym pattern ends with "of (the)": looked for only where the words say so
            if rules.demonym_re and folded[max(0, start - 60):start].rstrip().endswith(("of", "the")):
                m = rules.demonym_re.search(text, max(0, start - 60), start)
            if m:
                add(rules.demonyms[m.group(1).lower()], rules.bonus_country)
            # "occupied Sverdlovsk", "the Russian-occupied town of X": a candidate in an occupied region
            before = folded[max(0, start - 40):start]
            if any(w in before for w in rules.occupied_last_words):
                if rules.occupied_re.search(text, max(0, start - 60), start):
                    for code in rules.occupied_regions:
                        add(code, rules.bonus_apposition)
            # after: "Donetsk, Rostov region", "Donetsk in Russia's Rostov region", "Donetsk, Russia"
            j = i + 1
            if j < len(hits) and rules.apposition_gap_re.match(text, end, hits[j][0]):
                kind, codes = regions[j]
                if kind == "admin1":
                    for code in codes:
                        add(code, rules.bonus_apposition)
                elif kind == "country":
                    if not _POSSESSIVE_RE.match(text, hits[j][1]):  # "Donetsk, Russia"
                        for code in codes:
                            add(code, rules.bonus_country)
                    elif j + 1 < len(hits) and regions[j + 1][0] == "admin1" \
                            and rules.possessive_gap_re.match(text, hits[j][1], hits[j + 1][0]):
                        for code in codes:  # "Donetsk in Russia's Rostov region"
                            add(code, rules.bonus_country)
                        for code in regions[j + 1][1]:
                            add(code, rules.bonus_apposition)
            # a region named elsewhere in the same sentence
            if sentence_admin1 is None:
                # (sentence number, codes) of every region named, not as a route end. Only regions
                # some ambiguous name has a candidate in count: a bonus for a code no candidate
                # has adds 0.0 to every score.
                wanted = set().union(*(hits[a][2].candidate_admin1 for a in ambiguous))
                named = [j for j, (kind, codes) in enumerate(regions)
                         if kind == "admin1" and not wanted.isdisjoint(codes)]
                # and every country named (a weaker hint: "Moldova said ... near Kamenka" -> Camenca,
                # when the article's actors also bring Ukraine and Russia into the context)
                countries = {c[2] for a in ambiguous for c in hits[a][2].scoring}
                named_countries = [j for j, (kind, codes) in enumerate(regions)
                                   if kind == "country" and not countries.isdisjoint(codes)]
                if named or named_countries:
                    ends = _sentence_ends(text)

                def by_sentence(indexes) -> dict:
                    # sentence number -> the codes its named regions (or countries) stand for; a route end
                    # ("launched from the Rostov region") names no place of the sentence's events
                    got: dict = {}
                    for j in indexes:
                        hs = hits[j][0]
                        if not rules.is_route_end(text, folded, hs):
                            got.setdefault(bisect_left(ends, hs), []).extend(regions[j][1])
                    return got

                sentence_admin1, sentence_country = by_sentence(named), by_sentence(named_countries)
            if sentence_admin1:
                for code in sentence_admin1.get(bisect_left(ends, start), ()):
                    add(code, rules.bonus_same_sentence)
            if sentence_country:
                for code in sentence_country.get(bisect_left(ends, start), ()):
                    add(code, rules.bonus_country_same_sentence)
            if bonus:
                out[i] = bonus
        return out

    def _score(self, eid, flags, ctx, near_admin1, seen_admin1) -> float:
        e = self._entries[eid]
        # kind bonus + log population, computed once per entry (the same first sum, so the same
        # float: ties between candidates break exactly as before)
        score = self._base_scores.get(eid)
        if score is None:
            score = self._base_scores[eid] = _KIND_BONUS[e.kind] + gindex.log_population(e.population)
        if e.country_code in ctx:
            score += 2.0
        if e.admin1_code and e.kind == "settlement":
            if e.admin1_code == near_admin1:
                score += 4.0
            elif e.admin1_code in seen_admin1:
                score += 1.5
        if flags & CURATED:
            score += 2.5
        if flags & ALTERNATE:
            score -= 0.5
        return score

    def _coordinate(self, chosen: list, folded: str) -> None:
        """'Donetsk and Luhansk regions': a name coordinated with a plural region is a region."""
        for i in range(len(chosen) - 1, 0, -1):
            start, end, eid, key = chosen[i]
            if eid not in key.admin1_suffixed:
                continue
            e = self._entries[eid]
            # "Mykolaiv, Lviv oblast" is an apposition (a town in that region), not a list:
            # a bare comma coordinates only with a plural ("Donetsk, Luhansk regions")
            plural = folded[start:end].rstrip().endswith("s")
            j = i - 1
            while j >= 0:
                pstart, pend, peid, pcands = chosen[j]
                gap = folded[pend:chosen[j + 1][0]]
                if not _COORD_RE.match(gap) or (not plural and not gap.strip()):
                    break
                stem_key = folded[pstart:pend]
                stem_key = " ".join(stem_key.split())
                regions = [r for r in self._stems.get(stem_key, ())
                           if self._entries[r].country_code == e.country_code]
                if not regions or self._entries[peid].kind == "country":
                    break
                chosen[j][2] = regions[0]
                j -= 1

    def _qualify(self, text: str, folded: str, start: int, floor: int):
        """(labels, words as written, occupied cue) from the words just before a name; the
        window stops at the previous place and at the end of the previous sentence."""
        window_start = max(0, start - _QUALIFIER_WINDOW, floor)
        lw = self._qualifier_last_words
        if "*" not in lw:
            # cheap exit first: most names follow words no qualifier ends with. The sentence cut
            # below only drops whole words (its characters are spaces in `folded`), so a window
            # it shortens ends with the same word or none.
            tail = folded[window_start:start].rstrip()
            if tail[tail.rfind(" ") + 1:] not in lw:
                return (), None, None
        span = text[window_start:start]
        if "." in span or "!" in span or "?" in span or ";" in span or "\n" in span:
            # start after the end of the previous sentence
            window_start = 1 + max(text.rfind(".", window_start, start), text.rfind("!", window_start, start),
                                   text.rfind("?", window_start, start), text.rfind(";", window_start, start),
                                   text.rfind("\n", window_start, start))
        window = folded[window_start:start]
        matcher = self._qualifier_words
        if matcher is None:
            return self._qualify_regex(window, folded, window_start, start)
        if not window.endswith(" "):
            return (), None, None  # the regex needs whitespace between qualifier and name
        words = window.split()
        found = matcher.match(words, len(words))
        if found is None:
            return (), None, None
        n, k = found
        label, cue = self._qualifier_info[k]
        labels = [label]
        # up to two more qualifiers before it ("near the occupied ..."), after the same cheap
        # exit as above (it relies on the last-word set being complete, exactly as that one does)
        for _ in range(2):
            if "*" not in lw and (not n or words[n - 1] not in lw):
                break
            found = matcher.match(words, n)
            if found is None:
                break
            n, k = found
            label, occupied_cue = self._qualifier_info[k]
            labels.append(label)
            if cue is None:
                cue = occupied_cue
        return tuple(labels), " ".join(words[n:]), cue

    def _qualify_regex(self, window: str, folded: str, window_start: int, start: int):
        """_qualify with the qualifier regex, for qualifiers.csv patterns _QualifierWords cannot
        expand into word sequences."""
        labels: list[str] = []
        cue: bool | None = None
        qstart = None
        lw = self._qualifier_last_words
        for attempt in range(3):
            if attempt and "*" not in lw:
                tail = window.rstrip()
                if tail[tail.rfind(" ") + 1:] not in lw:
                    break
            m = self._qualifier_re.search(window)
            if not m:
                break
            phrase = m.lastgroup
            label, occupied_cue = self._qualifier_info[int(phrase[1:])]
            labels.append(label)
            if cue is None and occupied_cue is not None:
                cue = occupied_cue
            qstart = m.start(phrase)
            window = window[:qstart]
        qtext = None
        if qstart is not None:
            qtext = " ".join(folded[window_start + qstart:start].split()) or None
        return tuple(labels), qtext, cue

    def _to_match(self, text, start, end, eid, labels, qtext, cue) -> PlaceMatch:
        # a copy of the entry's field dict set as the instance's __dict__: the same instance
        # PlaceMatch(...) builds without the frozen dataclass's per-field object.__setattr__
        # (a fifth of the cost: ~30 places per article)
        fields = (self._templates.get(eid) or self._template(eid)).copy()
        fields["start"] = start
        fields["end"] = end
        fields["text"] = text[start:end]
        if labels:
            # a "from" right before the name makes an origin whatever preposition precedes it ("the delegation,
            # which flew in from Moscow": no place "in" Moscow)
            fields["qualifier"] = "from" if labels[0] == "from" else \
                next((q for q in _QUALIFIER_PRIORITY if q in labels), None)
            fields["qualifiers"] = labels
            if fields["kind"] == "settlement" and "near" in labels:
                fields["geo_precision"] = 2
        if cue is not None:
            fields["occupied_cue"] = cue
        if qtext is not None:
            fields["qualifier_text"] = qtext
        return frozen_record(PlaceMatch, fields)


class _KeyHit:
    """A matched key's usable candidates (capitalized or not in the text) and the facts
    find_places asks about them on every hit, worked out once per key."""

    __slots__ = ("cands", "single", "country", "settlement", "small", "ambiguous", "regions",
                 "candidate_admin1", "curated", "admin1_suffixed", "scoring")

    def __init__(self, cands: tuple, entries: list):
        self.cands = cands
        es = [entries[eid] for eid, _ in cands]
        self.single = cands[0][0] if len(cands) == 1 else None  # no scoring needed
        # the first country candidate: a country named in the text is context
        self.country = next((e.country_code for e in es if e.kind == "country"), None)
        self.settlement = any(e.kind == "settlement" for e in es)  # may be a person's name
        # "Serhii Kolomiets": only small places read as a given name
        self.small = all(e.population < _GIVEN_NAME_MAX_POP and not e.preferred for e in es)
        self.ambiguous = len(cands) > 1 and len({(e.country_code, e.admin1_code) for e in es}) > 1
        # (kind, codes) the hit names when it is a region or a country (what _choose would pick
        # by kind), else (None, ())
        kinds = {e.kind for e in es}
        if "country" in kinds:
            self.regions = "country", tuple({e.country_code for e in es if e.kind == "country"})
        elif "admin1" in kinds:
            self.regions = "admin1", tuple({e.admin1_code for e in es if e.kind == "admin1" and e.admin1_code})
        else:
            self.regions = None, ()
        self.candidate_admin1 = frozenset(e.admin1_code for e in es if e.admin1_code)
        self.curated = frozenset(eid for eid, f in cands if f & CURATED)
        # "<stem> region" naming a region: may turn a coordinated stem into a region (_coordinate)
        self.admin1_suffixed = frozenset(eid for (eid, f), e in zip(cands, es)
                                         if f & ADMIN_SUFFIX and e.kind == "admin1")
        # what Gazetteer._choose scores: (entry id, kind bonus + log population, country,
        # region, region if a settlement, curated?, alternate name?)
        self.scoring = tuple(
            (eid, _KIND_BONUS[e.kind] + gindex.log_population(e.population), e.country_code,
             e.admin1_code, e.admin1_code if e.kind == "settlement" else None,
             bool(f & CURATED), bool(f & ALTERNATE))
            for (eid, f), e in zip(cands, es)) if len(cands) > 1 else ()


def _word_before(text: str, start: int) -> str:
    r"""The word before offset `start`: the [\w.]+ run right before blanks that end the 30
    characters before `start` (one final newline dropped); "" if none. Read backwards from
    `start` (what r"[ \t]+([\w.]+)" matches on the reversed window), not a regex scan."""
    floor = max(0, start - 30)
    j = start
    if j > floor and text[j - 1] == "\n":  # '$' also matches before a final newline
        j -= 1
    blanks_end = j
    while j > floor and text[j - 1] in " \t":
        j -= 1
    if j == blanks_end:
        return ""
    i = text.rfind(" ", floor, j) + 1 or floor
    if not text[i:j].isalnum():  # not a plain word: find where the [\w.] run starts
        i = j
        while i > floor and (text[i - 1].isalnum() or text[i - 1] in "_."):
            i -= 1
    return text[i:j]


def _sentence_ends(text: str) -> list[int]:
    """Sorted offsets of sentence ends: [.!?;] before whitespace, or a newline (str.find runs:
    a third of the cost of finditer with that regex)."""
    ends = []
    for mark in ".!?;\n":
        i = text.find(mark)
        while i >= 0:
            if mark == "\n" or text[i + 1:i + 2].isspace():
                ends.append(i)
            i = text.find(mark, i + 1)
    ends.sort()
    return ends


def _span(hit) -> tuple[int, int]:
    return hit[0], hit[1]


class _MentionRules:
    """schemas/geo/mention_rules.yaml compiled once: compounds, natural features, steering."""

    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            r = yaml.safe_load(f)
        self.particles = frozenset(str(w).lower() for w in r.get("hyphen_name_particles", ()))
        self.prefixes = frozenset(w.lower() for w in r.get("hyphen_prefixes", ()))
        self.feature_after = frozenset(w.lower() for w in r.get("feature_words_after", ()))
        self.city_after = frozenset(w.lower() for w in r.get("city_words_after", ()))
        # folded key -> (article makes it the feature, always the feature)
        self.features = {}
        self.feature_fallback = {}  # folded key -> ISO code of the place a mention of the feature falls back to
        for feat in r.get("natural_features", ()):
            key = " ".join(fold(str(feat["name"])).split())
            self.features[key] = (bool(feat.get("article")), bool(feat.get("always")))
            if feat.get("fallback"):
                self.feature_fallback[key] = str(feat["fallback"])
        self.feature_keys = frozenset(self.features)
        self.demonyms = {k.lower(): v for k, v in (r.get("demonyms") or {}).items()}
        words = sorted((w for w in r.get("settlement_words", ())), key=len, reverse=True)
        sw = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)  # settlement words, as a regex group
        self.demonym_re = None
        if self.demonyms and words:
            dem = "|".join(re.escape(d) for d in sorted(r["demonyms"], key=len, reverse=True))
            self.demonym_re = re.compile(
                rf"\b({dem})\s+(?:{sw})\s+of\s+(?:the\s+)?$", re.IGNORECASE)
        self.bonus_country = float(r.get("bonus_country_named_with_place", 8.0))
        self.bonus_apposition = float(r.get("bonus_admin1_apposition", 8.0))
        self.bonus_same_sentence = float(r.get("bonus_admin1_same_sentence", 5.0))
        self.bonus_country_same_sentence = float(r.get("bonus_country_same_sentence", 0.0))
        occupied = "|".join(re.escape(w) for w in r.get("occupied_words", ()))
        # "occupied", then optionally a settlement word and "of (the)", right before the name
        self.occupied_re = re.compile(
            rf"\b(?:{occupied})\s+(?:(?:{sw})\s+of\s+(?:the\s+)?)?$" if occupied and words else r"(?!)",
            re.IGNORECASE)
        self.occupied_regions = tuple(r.get("occupied_regions", ()))
        # the last word of each occupied word, as fold() writes it ("russian-held" -> "held"): a pre-check
        self.occupied_last_words = tuple(dict.fromkeys(
            fold(str(w)).split()[-1] for w in r.get("occupied_words", ()) if fold(str(w)).split()))
        route = "|".join(re.escape(w) for w in r.get("route_words", ()))
        # the route word right before the region (allowing "the", "Russia's")
        self.route_word_re = re.compile(
            rf"\b(?:{route})\s+(?:the\s+)?(?:\w+['’]s\s+)?$" if route else r"(?!)", re.IGNORECASE)
        # the last word route_word_re can end with, as fold() writes it: a pre-check
        self.route_last_words = frozenset(
            [fold(str(w)).split()[-1] for w in r.get("route_words", ()) if fold(str(w)).split()] + ["the", "s"])
        self.possessive_gap_re = re.compile(r"['’]s\s+(?:(?:\w+\s+)?(?:town|city|village|port)\s+of\s+)?$")
        nearby = "|".join(re.escape(w) for w in r.get("nearby_words", ()))
        self.nearby_max_chars = int(r.get("nearby_max_chars", 400))
        # "nearby", then optionally a settlement word and "of", right before the name
        self.nearby_re = re.compile(
            rf"\b(?:{nearby})\s+(?:(?:{sw})\s+(?:of\s+)?)?$" if nearby and words else r"(?!)", re.IGNORECASE)
        self.nearby_first = frozenset(fold(str(w)) for w in r.get("nearby_words", ()))
        self.apposition_gap_re = re.compile(r"\s*(?:,|\(|\s)\s*(?:in\s+|of\s+)?(?:the\s+)?$", re.IGNORECASE)
        docs = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                        for w in sorted(r.get("document_words_after", ()), key=len, reverse=True))
        self.document_after_re = re.compile(rf"[ \t]+(?:{docs})\b", re.IGNORECASE) if docs else None
        self.document_locatives = frozenset(w.lower() for w in r.get("document_locatives_before", ()))
        # river banks naming a region: folded river name -> (ISO code, occupied cue, regions of its other banks)
        self.bank_rivers = {}
        for bank in r.get("river_banks") or ():
            info = (str(bank["place"]), bank.get("occupied"), frozenset(bank.get("elsewhere") or ()))
            for river in bank["rivers"]:
                self.bank_rivers[" ".join(fold(str(river)).split())] = info
        sides = "|".join(re.escape(" ".join(fold(str(w)).split())) for w in r.get("bank_sides") or ())
        rivers = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(self.bank_rivers, key=len, reverse=True))
        # on folded text: "left bank of (the) Dnipro (river)", "(the) Dnipro('s) (river's) east bank"
        self.bank_re = re.compile(
            rf"\b(?:{sides})\s+bank\s+of\s+(?:the\s+)?(?P<r1>{rivers})\b(?:\s+river\b)?"
            rf"|\b(?P<r2>{rivers})(?:\s+river)?\s+s\s+(?:{sides})\s+bank\b") if sides and rivers else None

    def bank_spans(self, folded: str) -> list:
        """(start, end, folded river name) of the river-bank phrases of a folded text."""
        return [(m.start(), m.end(), " ".join((m.group("r1") or m.group("r2")).split()))
                for m in self.bank_re.finditer(folded)]

    def bank_fallbacks(self, banks, out) -> list:
        """Fallback entries (start, end, code, cue) of river-bank phrases, none for a river whose other banks'
        regions the article names while it names no place of the bank's own region."""
        named = {p.admin1_code for p in out if p.admin1_code}
        got = []
        for start, end, river in banks:
            code, cue, elsewhere = self.bank_rivers[river]
            if code not in named and named & elsewhere:
                continue
            got.append((start, end, code, cue))
        return got

    def is_route_end(self, text: str, folded: str, start: int) -> bool:
        """A region named as a route end ("launched from (the / Russia's) Rostov region"):
        route_word_re in the 25 characters before `start`. Its match ends with a route word,
        "the" or "'s", so the last folded word must be one of those (or not ASCII, where case
        folding can differ) for the regex to be worth running."""
        lo = max(0, start - 25)
        tail = folded[lo:start].rstrip()
        last = tail[tail.rfind(" ") + 1:]
        if last not in self.route_last_words and last.isascii():
            return False
        return self.route_word_re.search(text, lo, start) is not None

    def is_nearby(self, text: str, folded: str, start: int) -> bool:
        """Is the name right after "nearby" / "the nearby village of" (nearby_words)? A cheap
        pre-check on the folded 40 characters before it, then nearby_re."""
        lo = max(0, start - 40)
        if not any(w in folded[lo:start] for w in self.nearby_first):
            return False
        return self.nearby_re.search(text, lo, start) is not None

    def is_document_name(self, text: str, start: int, end: int) -> bool:
        """'the Geneva Conventions', 'the Budapest Memorandum', 'the Minsk agreements': a name directly
        followed by a document noun (document_words_after) names the document, not a place; not after
        a locative word ('in', 'at': document_locatives_before)."""
        if self.document_after_re is None or not self.document_after_re.match(text, end):
            return False
        return _word_before(text, start).lower() not in self.document_locatives

    def is_compound(self, text: str, start: int, end: int) -> bool:
        if text[end:end + 1] in _HYPHENS:
            m = _WORD_AFTER_HYPHEN_RE.match(text, end + 1)
            if m and m.group(0)[0].islower() and m.group(0).lower() not in self.particles:
                return True
        if start and text[start - 1] in _HYPHENS:
            m = _WORD_BEFORE_HYPHEN_RE.search(text, max(0, start - 12), start - 1)
            if m and m.group(1).lower() in self.prefixes:
                return True
        return False

    def is_feature(self, text: str, folded: str, key: str, start: int, end: int) -> bool:
        article, always = self.features[key]
        if always:
            return True
        m = _NEXT_WORD_RE.match(text, end)
        nxt = m.group(1).lower() if m else ""
        if nxt in self.feature_after:
            return True
        if article and nxt not in self.city_after:
            return folded[max(0, start - 4):start] == "the " and (start == 4 or not folded[start - 5].isalnum())
        return False


_SENTENCE_END_RE = re.compile(r"[.!?][\"'’”)]*\s+(?=[\"'‘“(]*[A-Z0-9])")
_WORD_AFTER_HYPHEN_RE = re.compile(r"[^\W\d_]+")
_WORD_BEFORE_HYPHEN_RE = re.compile(r"(?:^|[^\w])(\w+)$")
_POSSESSIVE_RE = re.compile(r"['’]s\b")
_NEXT_WORD_RE = re.compile(r"[\s\u2019']*(\w+)")


def _compile_qualifiers(path):
    """(regex, [(label, cue)] by pattern index, last-word set, [pattern as a regex])."""
    info = []
    parts = []
    patterns = []
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for i, r in enumerate(rows):
        cue = {"true": True, "false": False}.get(r["occupied_cue"].strip().lower())
        info.append((r["label"], cue))
        pattern = r["pattern"].strip().replace(" ", r"\s+")
        patterns.append(pattern)
        parts.append(f"(?P<q{i}>{pattern})")
    regex = re.compile(r"(?:^|(?<=\s))(?:" + "|".join(parts) + r")\s+" + _FILLER + r"$")
    # last words a qualifier (or the filler after it) can end with, for a cheap pre-check
    last_words = set(_FILLER_WORDS)
    for r in rows:
        last = r["pattern"].strip().rsplit(" ", 1)[-1]
        for alt in re.sub(r"[()?:]", " ", last).replace("|", " ").split():
            last_words.add(alt)
        if re.search(r"[\\\[]", last):
            last_words.add("*")  # pattern too complex for the pre-check
    return regex, info, frozenset(last_words), patterns


_NUMBER = "\x00"  # a whole-number word (\d+) in the expanded qualifier phrases
_MAX_PHRASES = 20000


class _QualifierWords:
    r"""The qualifier regex as two word tries walked right to left from the name.

    `regex.search(window)` tries ~40 alternatives at every offset of the window (~10 µs per
    name). The patterns and _FILLER are small finite word languages (literals, (?:a|b), ?,
    whole-word \d+), so they are expanded once into reversed tries and `match` reads a few words
    back from the name instead. Same result: the leftmost qualifier start, and at that start the
    first pattern in file order that matches (the regex's alternation order)."""

    def __init__(self, qualifiers: dict, fillers: dict):
        self.qualifiers = qualifiers  # reversed words -> node; node[None] = pattern index
        self.fillers = fillers  # reversed filler words; node[None] = True where one ends

    @classmethod
    def build(cls, patterns: list[str], filler: str) -> "_QualifierWords | None":
        """None when a pattern is not a plain word language (the caller keeps the regex)."""
        try:
            qualifiers: dict = {}
            for k, pattern in enumerate(patterns):
                for words in _expand_words(pattern, trailing_space=False):
                    if not words:
                        return None
                    node = qualifiers
                    for w in reversed(words):
                        node = node.setdefault(w, {})
                    node.setdefault(None, k)  # the first pattern wins, as in the alternation
            fillers: dict = {}
            for words in _expand_words(filler, trailing_space=True):
                if _NUMBER in words:
                    return None
                node = fillers
                for w in reversed(words):
                    node = node.setdefault(w, {})
                node[None] = True
        except ValueError:
            return None
        return cls(qualifiers, fillers)

    def match(self, words: list[str], n: int) -> tuple[int, int] | None:
        """(first word index, pattern index) of the qualifier that words[:n] end with (a filler
        such as "the city of" may follow it), or None."""
        ends = [n]
        node = self.fillers
        i = n - 1
        while i >= 0:
            node = node.get(words[i])
            if node is None:
                break
            if None in node:
                ends.append(i)
            i -= 1
        best = None
        for j in ends:
            node = self.qualifiers
            i = j - 1
            while i >= 0:
                w = words[i]
                nxt = node.get(w)
                if nxt is None:
                    nxt = node.get(_NUMBER) if w.isdecimal() else None
                    if nxt is None:
                        break
                node = nxt
                k = node.get(None)
                if k is not None and (best is None or (i, k) < best):
                    best = (i, k)
                i -= 1
        return best


def _expand_words(pattern: str, trailing_space: bool) -> list[tuple[str, ...]]:
    r"""Every word sequence a qualifier regex fragment matches ('\s+' separates words, '\d+' is
    a whole-number word). ValueError for anything else (classes, other repeats, flags...)."""
    from re import _constants as c, _parser

    def seq(items) -> list[str]:
        out = [""]
        for op, av in items:
            alts = one(op, av)
            out = [a + b for a in out for b in alts]
            if len(out) > _MAX_PHRASES:
                raise ValueError("too many phrases")
        return out

    def one(op, av) -> list[str]:
        if op is c.LITERAL:
            return [chr(av)]
        if op is c.SUBPATTERN and not av[1] and not av[2]:
            return seq(av[3])
        if op is c.BRANCH:
            return [s for branch in av[1] for s in seq(branch)]
        if op is c.IN and all(o is c.LITERAL for o, _ in av):
            return [chr(a) for _, a in av]
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            lo, hi, sub = av
            if (lo, hi) == (0, 1):
                return [""] + seq(sub)
            if lo == 1 and hi is c.MAXREPEAT and len(sub) == 1 and sub[0][0] is c.IN:
                if sub[0][1] == [(c.CATEGORY, c.CATEGORY_DIGIT)]:
                    return [_NUMBER]
                if sub[0][1] == [(c.CATEGORY, c.CATEGORY_SPACE)]:
                    return [" "]
        raise ValueError(f"not a word pattern: {op}")

    parsed = _parser.parse(pattern)
    if parsed.state.flags & ~re.UNICODE:
        raise ValueError("flags")
    out = []
    for phrase in seq(parsed):
        if trailing_space:  # the filler: words each followed by whitespace, or nothing
            if phrase and not phrase.endswith(" "):
                raise ValueError("filler word without whitespace after it")
            phrase = phrase[:-1]
        words = tuple(phrase.split(" ")) if phrase else ()
        for w in words:
            if not w or (w != _NUMBER and (_NUMBER in w or w.isdecimal())):
                raise ValueError(f"not a word: {w!r}")
        out.append(words)
    return out


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    return Gazetteer()
