"""Trigger engine: dictionary hits in a sentence's word tokens -> pattern matches with cues applied.

Works on the small list of hits per sentence, never on a parse: a head (verb or event noun) fires
its pattern alone, or with an object phrase within the pattern's window after it (or just before it
in a passive: "offices were opened"). Cues in a short window before the head (negation, refusal,
condemnation, intent, threat, demand) change the code, stance and flags (cues.yaml transforms).
"""
from __future__ import annotations

from dataclasses import dataclass

from pipeline.coding.grammar import grammar
from pipeline.coding.lexicon import Lexicon

Token = tuple[str, int, int]


@dataclass
class Match:
    pattern: int  # index into Lexicon.patterns
    head: tuple[int, int]  # token range [i, j)
    obj: tuple[int, int] | None  # token range of the object, if the pattern has objects
    code: str
    themes: tuple[str, ...]
    stance: str | None
    negated: bool = False
    planned: bool = False
    cue: str | None = None  # cue type that changed the event
    cue_span: tuple[int, int] | None = None  # token range of the cue
    untolerated: bool = False  # refused by "will not tolerate" (cues.yaml untolerated refuse_roots): a state's only
    passive: bool = False
    nominal: bool = False  # the head is a literal form (event noun), not an inflected verb
    no_addressee: bool = False  # an appeal made to no one named (coder._advocacy): the act's object is no target
    reaction_cause: bool = False  # a visit noun kept as a reaction's named cause (_reaction_cause_noun)
    # a meeting or attack noun kept as what led to a concession (_cause_before_concession): the token index of its time
    # word ("after"), where its own phrase begins (coder: no party or date of the concession from there on)
    concession_cause: int | None = None

    @property
    def span(self) -> tuple[int, int]:
        obj = self.obj
        if obj is None:
            return self.head
        (h0, h1), (o0, o1) = self.head, obj
        return (o0 if o0 < h0 else h0, o1 if o1 > h1 else h1)  # (min, max without two builtin calls)


def sentence_has_head(lex: Lexicon, words: list[str]) -> bool:
    """Cheap pre-filter: does any token start a trigger head phrase?"""
    return not lex.head_words.isdisjoint(words)


# index dict -> (the dict itself, its Aho-Corasick automaton over " phrase " keys). One automaton
# pass over the sentence's words joined by spaces finds every whole-token phrase at once, instead
# of a dict lookup and tuple comparisons at every token (many phrases start with "the", "to").
_AUTOMATA: dict[int, tuple[dict, object]] = {}


def _automaton(index: dict):
    got = _AUTOMATA.get(id(index))
    if got is None or got[0] is not index:
        import ahocorasick

        auto = ahocorasick.Automaton()
        for cands in index.values():
            for order, (phrase, value) in enumerate(cands):
                # value: (token count, rank among phrases with this first token, index value)
                auto.add_word(" " + " ".join(phrase) + " ", (len(phrase), order, value))
        auto.make_automaton()
        got = (index, auto)
        _AUTOMATA[id(index)] = got
    return got[1]


def _phrase_hits(index: dict, joined: str, raw: list | None = None) -> list[tuple[int, int, int, object]]:
    """(i, rank, j, value) for every dictionary phrase found in the sentence's words (all
    overlapping hits), sorted: in token order, then in the index's order for phrases starting at
    the same token. `joined` is " " + " ".join(words) + " "; `raw`, the automaton's hits in it when
    already found."""
    found = []
    for end_idx, (k, order, value) in (_automaton(index).iter(joined) if raw is None else raw):
        # end_idx is the space after the phrase's last token: spaces before it = tokens up to it
        j = joined.count(" ", 0, end_idx)
        found.append((j - k, order, j, value))
    if len(found) > 1:
        found.sort()  # (i, rank) is unique per phrase, so values are never compared
    return found


# trigger index dict -> (the dict itself, {id(entries): (a head of a pattern without objects among them, the heads'
# patterns that need an object, the object phrases' patterns)}) for find_matches' pre-screen
_HEAD_SCREENS: dict[int, tuple[dict, dict]] = {}


def _head_screen(lex: Lexicon) -> dict:
    index = lex.trigger_index
    got = _HEAD_SCREENS.get(id(index))
    if got is None or got[0] is not index:
        patterns = lex.patterns
        screen = {}
        for cands in index.values():
            for _, entries in cands:
                heads = [p for kind, p in entries if kind != "object"]
                screen[id(entries)] = (any(not patterns[p].has_objects for p in heads),
                                       frozenset(p for p in heads if patterns[p].has_objects),
                                       frozenset(p for kind, p in entries if kind == "object"))
        got = (index, screen)
        _HEAD_SCREENS[id(index)] = got
    return got[1]


def _no_live_head(lex: Lexicon, raw: list) -> bool:
    """Pre-screen of a sentence's trigger hits (raw automaton hits): True when every head found is of a pattern
    that needs an object and no object phrase of that pattern is in the sentence, so none can fire (most
    sentences with a head word). Only for a sentence with no split particle (_split_heads adds no head)."""
    screen = _head_screen(lex)
    needed: set = set()
    objects: set = set()
    for _, (_, _, entries) in raw:
        free, need, objs = screen[id(entries)]
        if free:
            return False
        if need:
            needed.update(need)
        if objs:
            objects.update(objs)
    return needed.isdisjoint(objects)


def _call_noun(words: list[str], i: int) -> bool:
    """Is words[i] the noun of a phone, video or conference call (grammar.yaml call_noun_heads after one of
    call_noun_modifiers), in find_matches and _find_cue:
    "In a phone call on Saturday, Putin apologised to ..." has no appeal's "call on"?"""
    g = grammar()
    return i > 0 and words[i] in g.call_noun_heads and words[i - 1] in g.call_noun_modifiers


def find_matches(lex: Lexicon, words: list[str], exclude: frozenset = frozenset(),
                 commas: frozenset = frozenset()) -> list[Match]:
    """All pattern matches in one sentence, after idiom discards, head resolution and cues. Patterns
    in `exclude` (indexes) do not compete: the coder asks again without a pattern whose head it had to
    drop, for the next-best reading of that head. `commas`: indexes of the tokens a comma stands before
    (tokens carry no punctuation), for a parenthetical between a subject and its verb; or a function
    returning them, called only when the sentence passes the pre-screen below (speed)."""
    if not words:
        return []
    joined = " " + " ".join(words) + " "
    raw = list(_automaton(lex.trigger_index).iter(joined))
    if not exclude and grammar().split_particles.isdisjoint(words) and (not raw or _no_live_head(lex, raw)):
        return []  # no head, or only heads whose pattern's object is not in the sentence (_no_live_head)
    if callable(commas):
        commas = commas()
    heads: dict[int, list[tuple[int, int]]] = {}  # pattern -> head ranges
    objects: dict[int, list[tuple[int, int]]] = {}
    nominal_heads: set[tuple[int, int, int]] = set()
    for i, _, j, entries in _phrase_hits(lex.trigger_index, joined, raw):
        for kind, p in entries:
            if kind == "object":
                objects.setdefault(p, []).append((i, j))
            else:
                heads.setdefault(p, []).append((i, j))
                if kind == "form":
                    nominal_heads.add((p, i, j))
    split = _split_heads(lex, words, heads)  # (p, hi, hj) -> the object between verb and particle
    if not heads:
        return []
    discarded = None  # idiom spans (start, end), looked up for the first head that needs them
    breaks = lex.clause_breaks
    fillers = lex.passive_fillers
    candidates: list[tuple[tuple, Match]] = []
    word_set = None  # the sentence's words as a set, for the patterns' sentence_terms
    for p, head_ranges in heads.items():
        if p in exclude:
            continue
        pat = lex.patterns[p]
        if pat.has_objects and p not in objects:
            continue  # no object phrase of the pattern in the sentence: none of its heads can fire (most heads)
        if (pat.sentence_terms or pat.sentence_exclusions) and word_set is None:
            word_set = set(words)
        if pat.sentence_exclusions and not pat.sentence_exclusions.isdisjoint(word_set) \
                and pat.exclusions_unless.isdisjoint(word_set):
            continue  # "vowed to retaliate against new US tariffs": another sense of the head
        if pat.sentence_exclusion_phrases and _has_phrase(words, pat.sentence_exclusion_phrases) \
                and pat.exclusions_unless.isdisjoint(words):
            continue  # "42 local residents found jobs": the hired are local (not "local media reported")
        if pat.sentence_terms and any(terms.isdisjoint(word_set) for terms in pat.sentence_terms):
            continue  # army recruiting needs a recruiting word (else "issuing work permits" is a permit)
        if pat.phrase_terms and not _phrase_terms_hold(words, pat.phrase_terms):
            continue  # "jobs that turned out to be scams": the deception is not the army's
        for hi, hj in head_ranges:
            if pat.clause_terms and not _clause_has_terms(lex, words, hi, hj, commas, pat.clause_terms,
                                                          pat.clause_terms_subject, pat.clause_terms_before):
                continue  # "soldiers watched the voting, observers said": no observer in the head's clause
            if pat.clause_exclusions and not pat.has_objects and _near_head_excluded(lex, words, hi, hj, commas, pat):
                continue  # "fans invaded the pitch", not "Russia's invasion sent grain prices to fever pitch"
            if pat.head_object_exclusions and _head_object_excluded(lex, words, hj, pat, commas):
                continue  # "blamed an electrical fault for the fire": the blamed thing is no party
            if _call_noun(words, hi) and (p, hi, hj) not in nominal_heads:
                continue  # "In a phone call on Saturday, Putin apologised to ...": a noun, no appeal's "call on"
            if hj - hi == 1 and words[hi] in grammar().predicate_adjective_heads \
                    and _predicate_adjective(lex, words, hi, hj, commas):
                continue  # "Citizens of CIS countries welcome.", "foreigners are welcome": no praise
            obj = None
            passive = False
            if pat.has_objects:
                best = None
                gap_range = split.get((p, hi, hj)) if split else None
                if gap_range is not None:
                    # a split phrasal verb's object stands between verb and particle ("pulled its troops out"),
                    # the pattern's object must be there; a phrase going on after its particle ("pulled its
                    # delegation out of the talks") may also take its object after the head
                    inside = [(oi, oj) for oi, oj in objects.get(p, ()) if gap_range[0] <= oi and oj <= gap_range[1]]
                    if inside:
                        best = ((-1, 0), max(inside, key=lambda o: o[1] - o[0]), False)
                    elif hj - hi - (gap_range[1] - gap_range[0]) <= 2:
                        continue
                for oi, oj in (() if best is not None else objects.get(p, ())):
                    if pat.copula_subject:
                        # "the referendum was a sham", "the annexation of Crimea is illegal": the subject
                        # ends just before its predicate, with only auxiliaries ("has been") between
                        gap = words[oj:hi]
                        if pat.object_noncomplements and _noncomplement_follows(words, oj, pat):
                            continue  # "the visit of Russian deputies ... was illegal": its own visitors named
                        if pat.copula_required and lex.be_forms.isdisjoint(gap):
                            continue  # "considers this visit a provocation": the judging verb's small clause
                        # (a long modifier holds no auxiliary before its last ones: "the 'embassy' of the DPR in
                        # Pyongyang was illegitimate and had no legal force" is the first predicate's subject)
                        if oj <= hi and (hi - oj <= 6 and all(w in fillers for w in gap) or (
                                (hi - oj <= 6 or hi - oj <= lex.subject_modifier_window
                                 and not any(gap[k] in fillers and gap[k + 1] not in fillers
                                             for k in range(len(gap) - 1)))
                                and gap and gap[0] in lex.subject_modifiers and gap[-1] in fillers
                                and not any(w in breaks for w in gap))):
                            key = (hi - oj, -(oj - oi))
                            if best is None or key < best[0]:
                                best = (key, (oi, oj), False)
                        continue
                    if oi >= hj and oi - hj <= pat.window:
                        gap = words[hj:oi]
                        if any(w in breaks for w in gap) or _crosses_passive(gap):
                            continue
                        # (a be-form past adverbs is a passive too: "were reportedly ordered by the administration to")
                        if gap and gap[0] == "by" and _participle(lex, words[hj - 1]) \
                                and not (hi > 0 and _be_before(lex, words, hi, being=True)):
                            continue  # "a lunch hosted by the Ambassador": the agent of a participle, no object
                            # (a noun's agent is no participle's: "the trip by Venezuelan lawmakers to Sukhumi")
                        if pat.agent_not_object and gap and gap[0] == "by":
                            continue  # "the strike was sanctioned by the army chief": the agent approves
                        if pat.infinitive_exclusion and _infinitive_in_gap(words[oj:min(len(words), oj + 3)]) \
                                and words[oj:oj + 1] == ["to"]:
                            continue  # "sanctioned the army chief to lead the transition": an authorisation
                        if pat.judged_terms and pat.judged_terms.isdisjoint(gap):
                            continue  # "considers [the visit ...] a violation": the judged act stands between
                        if pat.object_complements and not _complement_follows(lex, words, oi, oj, pat, commas):
                            continue  # "sent observers to the nuclear plant": no vote after the preposition
                        if pat.object_noncomplements and _noncomplement_follows(words, oj, pat):
                            continue  # "jobs for teachers from the region": locals, not incomers
                        if words[oi] in grammar().infinitive_attached_openers and _infinitive_in_gap(gap):
                            continue  # "recruited workers to build drones for the army": the drones are for it
                        # (a passive's own agent "by" right after its head is no gap word: "it was received by the
                        # Abkhaz leader"; "welcomed the decision by MPs" has its "by" after an object)
                        if pat.gap_exclusions and not pat.gap_exclusions.isdisjoint(_without_adverbials(
                                gap[1:] if gap and gap[0] == "by" and _participle(lex, words[hj - 1])
                                and hi > 0 and _be_before(lex, words, hi, being=True) else gap)):
                            continue  # "ordered men of the battalion to dig trenches": the army's own men
                        if pat.clause_exclusions and not pat.clause_exclusions.isdisjoint(
                                words[clause_bounds(lex, words, hi, hj, commas)[0]:oi]):
                            continue  # "soldiers were sent to the front": the sent are no migrants
                        if pat.clause_exclusions_agent and _object_agent_excluded(lex, words, hi, hj, oj, commas, pat):
                            continue  # "a sign reading 'Embassy of ...' was hung by protesters"
                        key = (oi - hj, -(oj - oi))
                        if best is None or key < best[0]:
                            best = (key, (oi, oj), False)
                    elif oj <= hi and hi - oj <= 6 + max(lex.parenthetical_max_words, grammar().subject_relative_max_words) \
                            and not pat.object_complements and not pat.forward_object:
                        # "builders from the Moscow region, sent under the patronage scheme, are restoring":
                        # a comma-enclosed parenthetical between the subject and its verb is skipped
                        if commas and _business_appositive(words, oj, hi, commas):
                            continue  # "The Embassy, a cocktail bar on ..., reopened": a business's name
                        subj_gap = _without_parenthetical(lex, words, oj, hi, commas) if commas else words[oj:hi]
                        subj_gap = _without_by_relative(subj_gap, fillers)
                        subj_gap = _without_phrase_relative(lex, _without_relative(lex, subj_gap))
                        if len(subj_gap) > 6 and not (pat.intransitive_subject and _owner_place_gap(lex, subj_gap, be=None)) \
                                and not _origin_gap(lex, subj_gap) and not _pair_gap(lex, subj_gap, words[oj - 1]) \
                                and not _host_gap(lex, subj_gap, words[oj - 1]) \
                                and not _complement_gap(lex, subj_gap) \
                                and not (pat.subject_prepositions and (
                                    _origin_gap(lex, subj_gap, pat.subject_prepositions,
                                                grammar().subject_phrase_max_words)
                                    or words[oj - 1] in pat.subject_prepositions)):
                            continue  # (an owner and a place phrase may be longer: "the trade mission of the
                            # Syrian Arab Republic in Donetsk has officially started work"; so may an origin phrase
                            # and auxiliaries: "builders | from other regions of Russia had been | brought")
                        if len(subj_gap) > 6 and _owned_object(words, oi):
                            continue  # "the bodies of workers from the Azovstal steel plant had been brought"
                        if pat.object_noncomplements and words[oj - 1] in pat.subject_prepositions \
                                and _noncomplement_follows(words, oj, pat):
                            continue  # the subject's own phrase names another partner: "a group for relations with
                            # | the occupied territories was set up" (as after an active head)
                        # "workers are expected to arrive": a raising predicate and its "to" stand between
                        # the subject and its verb like an auxiliary; a be-form after it still makes a
                        # passive ("are expected to be brought"), one before it does not
                        gap, tail = _raised_gap(subj_gap)
                        if not gap and not pat.subject_objects and _reduced_relative_by(words, oi, hi, hj):
                            continue  # "the territories annexed by Russia": describes the noun, no event
                        if pat.subject_objects and gap and gap[-1] == "to" \
                                and (len(gap) < 2 or gap[-2] not in lex.be_forms):
                            continue  # "shipped in labourers from Central Asia to build": a purpose infinitive
                        # "offices were opened", "a consulate of Belarus could open", "an embassy would be set up"
                        be = any(w in lex.be_forms for w in tail)
                        # an object that ends in its origin preposition ("builders from", "doctors from") names
                        # the origin as part of the object: the place's name and the fillers before the verb
                        # are the rest of that origin phrase ("doctors from | Russian regions are being | recruited")
                        # (so does an object ending in one of the pattern's subject_prepositions: "an appeal for |
                        # an immediate pause was | issued")
                        if oj - oi > 1 and gap and (words[oj - 1] in lex.origin_prepositions
                                                    or words[oj - 1] in pat.subject_prepositions):
                            gap = [words[oj - 1]] + gap
                        # an active verb with its auxiliaries or its own object after it makes the noun its
                        # subject, the doer ("South Ossetia had recognized the two entities", "the delegation
                        # welcomed the vote"), except for an intransitive or subject-object pattern; a bare noun
                        # before a head stays a compound ("a prisoner exchange") or a reduced relative ("a treaty
                        # signed in Moscow")
                        doer = not (be or pat.subject_objects or pat.intransitive_subject) and (
                            bool(gap) or (hj < len(words) and words[hj] in grammar().determiners))
                        if (all(w in fillers for w in gap) and not doer) or (
                                gap and ((gap[0] == "of" and gap[-1] in fillers)
                                         or (pat.intransitive_subject and _intransitive_of(lex, words, gap, hi, hj, commas)))
                                and not any(w in breaks for w in gap) and not _coordinated_fillers(gap, fillers)) or (
                                (be or pat.subject_objects) and _origin_gap(lex, gap)) or (
                                pat.subject_prepositions and (be or pat.subject_objects)
                                and _origin_gap(lex, gap, pat.subject_prepositions,
                                                grammar().subject_phrase_max_words)) or (
                                # "a memorandum on trade was signed by": the subject's complement phrase, the
                                # subject opening its noun phrase ("refused to sign contracts with Rosatom were
                                # being deported" has none)
                                be and (_complement_gap(lex, gap) or _pair_gap(lex, gap, words[oj - 1]))
                                and _noun_phrase_start(words, oi)) or (
                                # a diplomat's host phrase: "Moscow's ambassador | to Chisinau was | summoned"
                                be and _host_gap(lex, gap, words[oj - 1])) or (
                                be and pat.intransitive_subject and _passive_place_gap(lex, words, oi, gap)):
                            key = (hi - oj + 0.5, -(oj - oi))
                            if best is None or key < best[0]:
                                # "were brought" is passive, "have been arriving" is not
                                best = (key, (oi, oj), be and not words[hi].endswith("ing"))
                if best is None and hi == 0 and commas:
                    best = _fronted_participle_subject(lex, words, hj, objects.get(p, ()), commas)
                    if best is not None and not pat.gap_exclusions.isdisjoint(
                            w for w in words[hj:best[1][0]] if w != "by"):  # (its own "by" marks the passive)
                        best = None  # the participle's clause holds a gap exclusion: "Welcomed by crowds in Tehran, ..."
                if best is None:
                    continue
                obj, passive = best[1], best[2]
                if pat.infinitive_exclusion and obj[1] <= hi and _infinitive_in_gap(
                        words[hj:min(clause_bounds(lex, words, hi, hj, commas)[1], hj + pat.window + 2)]):
                    continue  # "the army chief has been sanctioned by parliament to lead the transition"
                if pat.passive_exclusions and obj[1] <= hi and not pat.passive_exclusions.isdisjoint(
                        words[hj:min(clause_bounds(lex, words, hi, hj, commas)[1], hj + pat.window)]):
                    continue  # "the ambassador was summoned to Paris for consultations": a recall
                if not passive and obj[0] >= hj and hi > 0 and _be_before(lex, words, hi, being=True):
                    # "civilians were forced to work", "were handed draft notices": the object follows a
                    # passive verb, whose subject is its patient (or recipient)
                    passive = _participle(lex, words[hi])
            elif hi > 0 and _be_before(lex, words, hi):
                passive = _participle(lex, words[hi])
            # an idiom's words are no trigger (checked after the object search, which drops most heads)
            if discarded is None:
                discarded = [(di, dj) for di, _, dj, _ in _phrase_hits(lex.discard_index, joined)] \
                    if lex.discard_index else []
            # (a head that spans the whole idiom is that phrase read as the pattern's own verb: "signed up" is no
            # signing, but the head "sign up" with its object is "signed up 180 workers from Uzbekistan")
            if discarded and any(di < hj and hi < dj and not (hi <= di and dj <= hj) for di, dj in discarded):
                continue
            if not passive and obj is None and hj < len(words) and words[hj] == "by" and (
                    hi >= 1 or (commas and words[hj - 1] not in grammar().fronted_participle_status_verbs)):
                # "attacked by", "shelled by" without a be-form (headline style) is passive too, and so is a
                # sentence opening with its participle clause ("Vetoed by the United States, the draft ...";
                # not a standing state: "Recognised by Russia in 2008, South Ossetia held ...")
                passive = words[hi].endswith(("ed", "en"))
            if pat.object_marker:
                obj = None  # found near the head, no participant: the bare head is the match
            m = Match(pattern=p, head=(hi, hj), obj=obj, code=pat.code, themes=pat.themes,
                      stance=pat.stance, passive=passive, nominal=(p, hi, hj) in nominal_heads)
            span = m.span
            rank = (1 if obj is not None else 0, pat.priority, span[1] - span[0], -p)
            candidates.append((rank, m))
    if len(candidates) > 1 and any(lex.patterns[m.pattern].judged_terms for _, m in candidates):
        # a predicate that already has its subject ("considers [the annexation illegal]") is the denial, needing
        # no context: a judging verb whose predicate it is does not compete (its head goes to another reading:
        # "called the vote a farce" stays recognition.deny_sham)
        cop = [m.head for _, m in candidates if lex.patterns[m.pattern].copula_subject]
        candidates = [(r, m) for r, m in candidates if not (
            lex.patterns[m.pattern].judged_terms and any(m.obj[0] <= a and b <= m.obj[1] for a, b in cop))]
    if not candidates:
        return []
    if len(candidates) == 1:  # the common case: nothing to arbitrate
        final = [candidates[0][1]]
        _apply_cues(lex, words, final, commas)
        return _finish(lex, words, final)
    # a frame around an act (yields_to_acts: "made a request for") gives way to the act it frames
    if any(lex.patterns[m.pattern].yields_to_acts for _, m in candidates):
        candidates = [(r, m) for r, m in candidates if not _frames_act(lex, m, candidates)]
    # one match per head position: object matches beat bare heads, then priority, then length
    candidates.sort(key=lambda rm: rm[0], reverse=True)
    chosen: list[Match] = []
    taken_heads: list[tuple[int, int]] = []
    for _, m in candidates:
        hi, hj = m.head
        if any(hi < tj and ti < hj for ti, tj in taken_heads):
            continue
        # a bare head inside another match's object/head span is part of that match (not the verb of a
        # relative clause between a subject and its passive verb: "Lawmakers | who travelled to Crimea | were
        # sanctioned", _without_relative)
        if m.obj is None and any(c.span[0] <= hi and hj <= c.span[1] and not (
                c.obj is not None and c.obj[1] <= hi and hj <= c.head[0]
                and words[c.obj[1]] in grammar().relative_pronouns) for c in chosen):
            continue
        chosen.append(m)
        taken_heads.append(m.head)
    # a defer_inner match gives way to a match whose head is in its object and which reaches further
    chosen = [m for m in chosen if not (lex.patterns[m.pattern].defer_inner and m.obj is not None and any(
        o is not m and m.obj[0] <= o.head[0] and o.head[1] <= m.obj[1] and o.span[1] > m.span[1] for o in chosen))]
    # drop bare-head matches swallowed by a later object match (e.g. a head that is another's object)
    final = []
    judging = [o for o in chosen if o.obj is not None and lex.patterns[o.pattern].judged_terms]
    # the predicates (copula_subject) the two participle and act-noun tests below look for: usually none, so each
    # match does not scan all of chosen for them
    copulas = [o for o in chosen if lex.patterns[o.pattern].copula_subject]
    for m in chosen:
        if any(o is not m and o.obj is not None and o.obj[0] <= m.head[0] and m.head[1] <= o.obj[1]
               for o in chosen):
            continue
        # a participle with its agent between another match's subject and verb describes that subject
        # ("Builders | hired by a Moscow contractor | were brought": one act, _without_by_relative)
        # (not the passive verb of a full relative clause: "The journalists | who were detained by Russian forces |
        # were released" tells two acts, the detention and the release)
        if m.head[1] < len(words) and words[m.head[1]] == "by" and not _relative_passive(lex, words, m.head[0]) \
                and any(o is not m and o.obj is not None and o.obj[1] <= m.head[0] and m.head[1] < o.head[0]
                        for o in chosen):
            continue
        # a reduced relative of the same theme between a subject and its passive verb describes that subject, one
        # act: "Citizens of Kyrgyzstan | hired in Moscow to work in occupied Donetsk | were sent to dig trenches"
        # ("Workers hired in Moscow were taken to ...": the participle's object the noun right before it)
        if m.themes and m.obj is not None and (m.obj[0] >= m.head[1] or m.obj[1] == m.head[0]) \
                and _reduced_relative_before(lex, words, m, chosen):
            continue
        # the act a judging verb judges ("considers [the visit of ...] a violation") is its object, no event
        if judging and any(o is not m and o.head[1] <= m.head[0] and m.head[1] <= o.obj[0] for o in judging):
            continue
        # a predicate whose subject is another match's object is that verb's small clause, one act:
        # "called the vote a farce", "declared the referendum null and void"; but an act noun whose object
        # is the predicate's subject is what the predicate judges ("the opening of a consulate in Donetsk is
        # null and void"): the denial stands, the act noun is its content
        if lex.patterns[m.pattern].copula_subject and any(
                o is not m and o.obj is not None and not _act_noun(words, o) and o.obj[0] < m.obj[1]
                and m.obj[0] < o.obj[1] and not _subject_participle(o, m) for o in chosen):
            continue
        # a participle right after the predicate's subject describes it ("any credentials | handed over in occupied
        # Tskhinvali | had no legal force"): the subject judged, no act of its own
        if copulas and m.obj is not None and any(o is not m and _subject_participle(m, o) for o in copulas):
            continue
        if copulas and m.obj is not None and _act_noun(words, m) and any(
                o is not m and o.head[0] >= m.obj[1] and o.obj[0] < m.obj[1] and m.obj[0] < o.obj[1]
                for o in copulas):
            continue
        final.append(m)
    if len(final) > 1:
        # a match whose phrase runs across the head of another match of the same theme and root, which runs on
        # after it, tells that act again: one event, the later head's ("an employment centre that recruits
        # builders ... to repair", "a recruiting firm has hired dozens of migrants ... to build")
        final = [m for m in final if not m.themes or not any(_restated(o, m) for o in final)]
        # a match of the same theme and root lying inside another's phrase, its object a shorter reading of that
        # one's object, is one act told once: "were ordered by Russian forces to dig anti-tank ditches" is the
        # order's (labor.obliged_to_work), not "forces to dig" (labor.forced_labor) again
        final = [m for m in final if not m.themes or m.obj is None or not any(
            o is not m and o.obj is not None and o.code[:2] == m.code[:2] and not set(o.themes).isdisjoint(m.themes)
            and o.head[0] < m.head[0] and m.span[1] <= o.span[1] and o.obj[0] == m.obj[0] and m.obj[1] < o.obj[1]
            for o in final)]
        # two heads of one pattern, or of one theme, reaching one object are one act: a verb's object after it
        # before a subject, then the nearer head ("the raid were offered military service" and "offered military
        # service"; "launched rocket fire": launched; "were taken from Kherson and sent to work at": sent); so are
        # two heads of one code ("a Turkish ship carrying humanitarian aid docked": one delivery); two verbs of one
        # theme or code joined by a bare coordinator share the object as two acts ("condemned and rejected")
        def reach(x):
            return x.obj[0] < x.head[0], abs(x.head[0] - x.obj[0])
        final = [m for m in final if m.obj is None or not any(
            o is not m and o.obj == m.obj and reach(o) < reach(m)
            and (o.pattern == m.pattern or ((o.code == m.code or not set(o.themes).isdisjoint(m.themes))
                                            and not _shared_object(lex, words, m, o)))
            for o in final)]
    final.sort(key=lambda m: m.head)
    _apply_cues(lex, words, final, commas)
    return _finish(lex, words, final)


def clause_bounds(lex: Lexicon, words: list[str], hi: int, hj: int, commas: frozenset) -> tuple[int, int]:
    """Token range [lo, end) of the clause of the head words[hi:hj]: out from the head to a clause break word or
    a comma (a token index in `commas` has a comma before it), either way."""
    lo = hi
    while lo > 0 and words[lo - 1] not in lex.clause_breaks and lo not in commas:
        lo -= 1
    end = hj
    while end < len(words) and words[end] not in lex.clause_breaks and end not in commas:
        end += 1
    return lo, end


def _clause_has_terms(lex: Lexicon, words: list[str], hi: int, hj: int, commas: frozenset,
                      groups: tuple[frozenset[str], ...], subject: bool = False, before: bool = False) -> bool:
    """Does the head's clause (out from the head to a clause break word, or after it a comma) hold a word of every
    group, the head's own words aside? Before the head only a break word ends it: a subject may list names with
    commas ("Observers from Burkina Faso, Myanmar and Venezuela monitored"). With subject (a pattern's
    clause_terms_subject), only the words before the head after a reporting verb (cues.yaml speech_after, "that")
    count: the head's subject ("Officials say the children spent weeks in", "journalists spent a week in Donetsk
    with Russian officials" have no visiting subject)."""
    lo, end = clause_bounds(lex, words, hi, hj, frozenset(c for c in commas if c > hj))
    # a clause opened by a personal relative pronoun has the noun right before it as its subject ("banned four
    # Brazilian lawmakers who had attended a parade in occupied Sevastopol": the lawmakers attended)
    antecedent = {words[lo - 2]} if lo >= 2 and words[lo - 1] in grammar().personal_relative_pronouns else set()
    if subject:
        q = next((q for q in range(hi - 1, lo - 1, -1) if words[q] in lex.speech_after or words[q] == "that"), lo - 1)
        clause = set(words[q + 1:hi]) | (antecedent if q < lo else set())
        return all(not terms.isdisjoint(clause) for terms in groups)
    # (before: a pattern's clause_terms_before, only the words before the head: the verb governing a head noun)
    clause = set(words[lo:hi]) | (set() if before else set(words[hj:end]) | antecedent)
    return all(not terms.isdisjoint(clause) for terms in groups)


def _owned_object(words: list[str], oi: int) -> bool:
    """Is the object at oi the complement of a head noun before it ("the bodies of | workers", "reports of abuse of |
    workers"): an owned_object_prepositions word before it, and before that no partitive, collective head or
    number ("hundreds of workers", "teams of builders", "300 of the workers")?"""
    g = grammar()
    if oi < 2 or words[oi - 1] not in g.owned_object_prepositions:
        return False
    head = words[oi - 2]
    return not (head in g.partitive_heads or head in g.collective_heads or head.isdigit())


def _has_phrase(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Does one of the phrases (word tuples) stand in the sentence? One pass (only for the few patterns with
    sentence_exclusion_phrases)."""
    firsts = {ph[0] for ph in phrases}
    for i, w in enumerate(words):
        if w in firsts and any(tuple(words[i:i + len(ph)]) == ph for ph in phrases if ph[0] == w):
            return True
    return False


def _phrase_terms_hold(words: list[str], spec: tuple) -> bool:
    """Does one of the spec's terms stand within its window after one of its phrases ("turned out to be | contracts
    with the army")? One pass over the sentence's words (only for the few patterns with phrase_terms)."""
    phrases, terms, window = spec
    for i, w in enumerate(words):
        for ph in phrases:
            if w == ph[0] and tuple(words[i:i + len(ph)]) == ph:
                j = i + len(ph)
                if not terms.isdisjoint(words[j:j + window]):
                    return True
    return False


def _near_head_excluded(lex: Lexicon, words: list[str], hi: int, hj: int, commas: frozenset, pat) -> bool:
    """For a pattern without objects: is a clause_exclusions word within the pattern's window before the head (its
    subject: "fans invaded", "a mass of Arctic air invaded") or after it (its object: "invaded the pitch", "an
    invasion of sargassum seaweed"), in its clause? A word further off is another matter ("Russia's invasion has
    pushed Finland to boost its defences in the Arctic", "Tensions reached fever pitch as troops invaded"); a
    comma before the head closes its subject here too ("Angry at rising prices, thousands rallied")."""
    g = grammar()
    lo, end = clause_bounds(lex, words, hi, hj, commas)
    before = words[max(lo, hi - pat.window):hi]  # the head's subject side, in its clause
    if pat.clause_exclusions_owner:
        # only the head's owner or subject, or its "by" agent: "the union's show of force", "a show of force by the
        # union", not "a show of force as crowds gathered"
        near = set(before)
        if pat.agent_exclusions and _agent_excluded(words, hj, end, pat, near):
            return True
        if hj < end and words[hj] == "by":
            near |= set(words[hj + 1:min(end, hj + 1 + pat.window)])
        elif hj < end and (words[hj] in g.exclusion_owner_prepositions or words[hj] in g.determiners):
            # what is put on alert, the noun phrase only (to the next preposition, at most exclusion_owner_max_words
            # words): "a state of alert in hospitals", "placed on high alert all hospitals", not "a show of force in
            # the capital ahead of the opposition march"
            for k in range(hj + 1, min(end, hj + 1 + g.exclusion_owner_max_words)):
                if words[k] in g.prepositions:
                    break
                near.add(words[k])
        return not pat.clause_exclusions.isdisjoint(near)
    after_end = min(end, hj + pat.window)
    # a coordinator before a verb of its own (within two words) opens another clause: "cut off the road | and
    # isolated businesses in the town" (grammar.yaml exclusion_scope_coordinators), after an armed subject only
    # (exclusion_scope_subjects: an outage's next verb tells the outage, "cut off services and left customers")
    if not g.exclusion_scope_subjects.isdisjoint(before):
        after_end = next((k for k in range(hj, after_end) if words[k] in g.exclusion_scope_coordinators and any(
            g.past_form(w) or w in lex.be_forms for w in words[k + 1:k + 3])), after_end)
    near = set(before) | set(words[hj:after_end])
    # a noun after a venue preposition ("rejected the plan at the annual meeting") is the clause subject's occasion:
    # its subject's words count too ("Shareholders rejected ... at the annual meeting"; grammar.yaml
    # occasion_prepositions)
    if not g.occasion_prepositions.isdisjoint(before):
        near |= set(words[lo:min(hi, lo + pat.window)])
    # a bare occasion noun ("at the annual general meeting", no "with" complement) is anyone's in the sentence: a
    # fronted PP's main clause ("At the annual general meeting, shareholders approved ...") or the object of the
    # clause's verb ("met shareholders of the oil company at the annual meeting")
    if hj >= len(words) or words[hj] not in g.occasion_complement_words:
        if not g.occasion_prepositions.isdisjoint(words[max(0, hi - pat.window - 1):hi]):
            near |= set(words)
    return not pat.clause_exclusions.isdisjoint(near)


def _agent_excluded(words: list[str], hj: int, end: int, pat, subject: set) -> bool:
    """Is one of the pattern's agent_exclusions the head's subject (before it) or in its "by" agent, right after the
    head or after its own phrase ("a Belarusian football team toured Sukhumi", "a tour of occupied Sukhumi by a
    Belarusian football team"; not "toured the football stadium")?"""
    if not pat.agent_exclusions.isdisjoint(subject):
        return True
    b = next((k for k in range(hj, min(end, hj + pat.window)) if words[k] == "by"), None)
    if b is None:
        return False
    return not pat.agent_exclusions.isdisjoint(words[b + 1:min(end, b + 1 + pat.window)])


def _noncomplement_follows(words: list[str], oj: int, pat) -> bool:
    """Does one of the pattern's object_noncomplements phrases start right after the object (and not go on with a
    noncomplement_unless word: "the city" is the place itself, "the city of Omsk" another)?"""
    return any(tuple(words[oj:oj + len(ph)]) == ph and not (
        oj + len(ph) < len(words) and words[oj + len(ph)] in pat.noncomplement_unless)
        for ph in pat.object_noncomplements)


def _head_object_excluded(lex: Lexicon, words: list[str], hj: int, pat, commas: frozenset) -> bool:
    """Is one of the pattern's head_object_exclusions in the head's own first object: the words after the head up
    to a stop word, or, when a shift preposition comes first, the phrase after it ("blamed the crash on pilot
    error")? A word in a later phrase is another's: "blamed Beijing for the leak of classified documents"."""
    g = grammar()
    start, end = hj, min(len(words), hj + g.head_object_max_words)
    q = hj
    while q < end:
        w = words[q]
        if w in lex.clause_breaks or q in commas or w in g.head_object_stops:
            break
        if w in g.head_object_shift_prepositions:
            start, end = q + 1, min(len(words), q + 1 + g.head_object_max_words)
        q += 1
    # an exclusion word before a person noun only modifies it ("the video journalist"): the head decides
    return any(w in pat.head_object_exclusions and (i + 1 >= q or words[i + 1] not in g.head_object_modifier_heads)
               for i, w in enumerate(words[start:q], start))


def _complement_follows(lex: Lexicon, words: list[str], oi: int, oj: int, pat, commas: frozenset) -> bool:
    """Is one of the pattern's object_complements within its window after the object's end, in the clause, or in
    the object itself ("for employing foreign workers" names its complement)?"""
    if not pat.object_complements.isdisjoint(words[oi:oj]):
        return True
    for q in range(oj, min(len(words), oj + pat.window + 1)):
        if words[q] in lex.clause_breaks or (q > oj and q in commas) or words[q] in pat.complement_stops:
            return False
        if words[q] in pat.object_complements:
            return True
    return False


def _restated(o: Match, m: Match) -> bool:
    """Is m the act of o (another pattern, same theme and CAMEO root) told again: the two phrases cross, o's head
    inside m's phrase and o's phrase running on after it? The object then belongs to o, the nearer verb: "a
    recruiting firm has hired dozens of migrants ... to build" is "hired"'s."""
    if o.pattern == m.pattern or o.code[:2] != m.code[:2] or set(o.themes).isdisjoint(m.themes):
        return False
    return m.span[0] < o.head[0] and o.head[1] <= m.span[1] < o.span[1]


def _shared_object(lex: Lexicon, words: list[str], m: Match, o: Match) -> bool:
    """Do two verb heads stand side by side, only a coordinator and fillers between them ("condemned and
    rejected the referendum")? Then each takes the object: two acts. A head with its own material before the
    coordinator ("taken from occupied Kherson and sent to work at") is another telling of the nearer one's act."""
    a, b = sorted((m.head, o.head))
    gap = words[a[1]:b[0]]
    g = grammar()
    return bool(gap) and any(w in g.verb_coordinators for w in gap) \
        and all(w in g.verb_coordinators or w in g.coordinated_verb_fillers for w in gap)


def _predicate_adjective(lex: Lexicon, words: list[str], hi: int, hj: int, commas: frozenset) -> bool:
    """Is the head words[hi] an adjective: after a be-form ("are welcome") or with nothing after it in its clause
    ("Citizens of CIS countries welcome.", "all applicants welcome, the advert said")? Not at a clause end after a
    subject pronoun, a modal or "to" (grammar predicate_adjective_verb_markers, past -ly adverbs): '"We welcome,"
    Bzhania said', "Abkhazia will welcome, with gratitude, any state" are the verb."""
    if _be_before(lex, words, hi):
        return True
    if not (hj >= len(words) or hj in commas or words[hj] in lex.clause_breaks):
        return False
    k = hi - 1
    while k > 0 and words[k].endswith("ly") and k not in commas:
        k -= 1
    return not (k >= 0 and words[k] in grammar().predicate_adjective_verb_markers)


def _be_before(lex: Lexicon, words: list[str], hi: int, being: bool = False) -> bool:
    """Is there a be-form before words[hi], past fillers and -ly adverbs ("were later sent", "were forcibly
    taken", "have reportedly been moved")? "being" counts only when asked ("are being forced to sign")."""
    k = hi - 1
    while k > 0 and words[k] not in lex.be_forms and (words[k] in lex.passive_fillers or words[k].endswith("ly")):
        k -= 1
    return k >= 0 and words[k] in lex.be_forms and (being or words[k] != "being")


def _fronted_participle_subject(lex: Lexicon, words: list[str], hj: int, objs, commas: frozenset):
    """A sentence opening with a past participle clause ("Expelled from Sevastopol for working without a patent,
    eleven citizens of Tajikistan were put on a train"): the main clause's subject, right after the clause's
    comma (only a count or determiner before it: grammar fronted_participle_subject_fillers, determiners), is the
    participle's patient, a passive object. None if the head is no participle or its clause holds a be-form."""
    g = grammar()
    if not _participle(lex, words[hj - 1]) or words[hj - 1].endswith("ing") \
            or words[hj - 1] in g.fronted_participle_status_verbs:
        return None
    c = min((x for x in commas if x > hj), default=None)
    if c is None or any(w in lex.be_forms for w in words[hj:c]):
        return None
    for oi, oj in objs:
        if c <= oi <= c + g.fronted_participle_max_gap and all(
                w in g.determiners or w in g.fronted_participle_subject_fillers or w[:1].isdigit()
                or _subject_premodifier(lex, g, w) for w in words[c:oi]):
            return ((oi - hj, -(oj - oi)), (oi, oj), True)
    return None


def _subject_premodifier(lex: Lexicon, g, w: str) -> bool:
    """Can w open the main clause's subject before its noun: an owner ("Nicaragua's ambassador") or an adjective
    ("French national", "a former minister")? No function word, verb form or adverb: "Asked about it, he then
    said", "Freed, they were flown home" hold no subject noun right after the comma."""
    if w.endswith("'s") and len(w) > 2:
        return True
    return not (w in g.prepositions or w in g.verb_coordinators or w in lex.be_forms or w in lex.clause_breaks
                or w in g.plural_pronouns or w in g.singular_pronouns or w in g.fronted_participle_nonmodifiers
                or w.endswith(("ing", "ly")) or _participle(lex, w))


# participles that are also present forms, read as passive after a be-form ("was hit", "were cut")
_SAME_FORM_PARTICIPLES = frozenset({"hit", "cut", "shot", "met", "held"})


def _participle(lex: Lexicon, word: str) -> bool:
    """Can the word after a be-form be a passive participle: an -ed or -en form, or an irregular one
    ("brought", "sent": triggers.yaml irregular forms; not "been", not an -ing form)?"""
    if word.endswith("ing"):
        return False
    return (word.endswith(("ed", "en")) and not word.endswith("een")) or word in lex.irregular_participles \
        or word in _SAME_FORM_PARTICIPLES


def _reduced_relative_before(lex: Lexicon, words: list[str], m: Match, chosen: list[Match]) -> bool:
    """Is m a past participle right after its noun (_participle_after_noun; no be-form before it) whose phrase
    runs up to another match of its themes that is a passive verb (a be-form before it) within
    grammar.yaml reduced_relative_max_gap words, in the same clause? That verb is the clause's, the participle
    describes its subject. A reduced relative takes no direct object: only a prepositional phrase or adverbs
    stand between it and its object ("Citizens of Kyrgyzstan hired | in Moscow | to work in"); "Russia recruited
    | Uzbek migrants | to work in ..., and they were sent" is a main-clause verb with its own act."""
    g = grammar()
    hi = m.head[0]
    if hi == 0 or words[hi - 1] in lex.be_forms or not _participle_after_noun(words, hi):
        return False
    between = words[m.head[1]:m.obj[0]] if m.obj[0] >= m.head[1] else []
    if between and between[0] not in g.prepositions and not all(w.endswith("ly") for w in between):
        return False
    return any(o is not m and o.head[0] >= m.span[1] and o.head[0] - m.span[1] <= g.reduced_relative_max_gap
               and o.head[0] > 0 and words[o.head[0] - 1] in lex.be_forms and set(o.themes) & set(m.themes)
               and not _new_clause(lex, words, m.span[1], o.head[0]) for o in chosen)


def _new_clause(lex: Lexicon, words: list[str], lo: int, hi: int) -> bool:
    """Do words lo..hi open a clause of their own: a clause break ("where", "who") or a coordinator before a
    determiner or pronoun, a new subject ("..., and they were sent"); "in Mariupol and Donetsk were" is one
    noun phrase."""
    g = grammar()
    subjects = g.determiners | g.plural_pronouns | g.singular_pronouns
    return any(w in lex.clause_breaks or (w in g.verb_coordinators and k + 1 < hi and words[k + 1] in subjects)
               for k, w in enumerate(words[lo:hi], lo))


def _infinitive_in_gap(gap: list[str]) -> bool:
    """A to-infinitive in the gap ("workers to build drones", "to work at factories producing shells"): "to"
    followed by a word that opens no noun phrase (a verb)."""
    g = grammar()
    return any(w == "to" and k + 1 < len(gap) and gap[k + 1] not in g.determiners and gap[k + 1] not in g.function_words
               and not gap[k + 1][:1].isdigit()
               for k, w in enumerate(gap))


def _crosses_passive(gap: list[str]) -> bool:
    """Do the words between a head and an object hold a verb of their own, a finite be-form and a participle
    (fillers or -ly adverbs between: "were later taken", "had been sent")? The object after it is that verb's."""
    g = grammar()
    if g.finite_be_forms.isdisjoint(gap):
        return False
    for k, w in enumerate(gap):
        if w not in g.finite_be_forms:
            continue
        nxt = next((x for x in gap[k + 1:] if x not in g.coordinated_verb_fillers and not x.endswith("ly")), None)
        if nxt is not None and g.participle_form(nxt):
            return True
    return False


def _participle_after_noun(words: list[str], hi: int) -> bool:
    """Can the word at hi be a participle right after its noun, opening a reduced relative clause ("citizens
    recruited into the army", "the territories annexed by Russia")? A past form (or
    reduced_relative_participles) with no coordinator, filler, determiner, preposition, auxiliary, -ly
    adverb or "not" before it: those make it a verb of its own ("and recruited", "has recruited"); so does a
    relative pronoun ("Nicaragua, which recognised": the relative clause's own finite verb)."""
    g = grammar()
    head = words[hi]
    if hi == 0 or not g.participle_form(head):
        return False
    prev = words[hi - 1]
    return not (prev in g.verb_coordinators or prev in g.coordinated_verb_fillers or prev in g.determiners
                or prev in g.prepositions or prev in g.cue_scope_auxiliaries or prev.endswith("ly")
                or prev == "not" or prev in g.relative_pronouns)


def _split_heads(lex: Lexicon, words: list[str], heads: dict) -> dict:
    """Phrasal verb heads split by their object ("pulled its troops out", "called the strike off", "blew
    it up"): a head phrase "V PARTICLE ..." (grammar split_particles) whose verb form is followed by a short
    noun phrase (a determiner, number or object pronoun first; no clause break, preposition or be-form
    in it) and then the rest of the phrase. Adds the whole stretch as the pattern's head and returns
    {(pattern, i, j): (gap start, gap end)} for the object search."""
    g = grammar()
    particles = g.split_particles
    out: dict = {}
    if not particles or particles.isdisjoint(words):
        return out
    index = lex.trigger_index
    stop = lex.clause_breaks | lex.be_forms | g.prepositions | particles
    n = len(words)
    for k in range(2, n):
        if words[k] not in particles:
            continue
        for i in range(max(0, k - 1 - g.split_particle_max_gap), k - 1):
            cands = index.get(words[i])
            if not cands:
                continue
            gap = words[i + 1:k]
            first = gap[0]
            if first in g.split_particle_pronouns:
                if len(gap) > 1:
                    continue
            elif not (first in g.determiners or first.isdigit() or first in g.split_particle_numbers
                      or first in g.split_particle_quantifiers):
                continue
            if any(w in stop for w in gap):
                continue
            for phrase, entries in cands:
                m = len(phrase)
                if m < 2 or phrase[1] != words[k] or tuple(words[k:k + m - 1]) != phrase[1:]:
                    continue
                j = k + m - 1
                if j < n and (words[j] in g.determiners or words[j][:1].isdigit()) \
                        and not (j + 1 < n and words[j + 1] in g.split_particle_time_nouns):
                    continue  # the particle is a preposition: "cut the cable off the coast", "down a side road"
                    # (not before a time phrase: "rounded the activists up the next day")
                for kind, p in entries:
                    if kind == "head" and (lex.patterns[p].has_objects or lex.patterns[p].split):
                        heads.setdefault(p, []).append((i, j))
                        out[(p, i, j)] = (i + 1, k)
    return out


def _act_noun(words: list[str], m: Match) -> bool:
    """Is the match's head an event noun ("the opening of", a `forms` head), not a verb?"""
    return m.nominal or (m.head[0] > 0 and words[m.head[0] - 1] in grammar().determiners)


def _coordinated_fillers(gap: list[str], fillers) -> bool:
    """Do the gap's trailing fillers follow a coordinator ("the annexation of four regions | and to |
    call on states"): a new coordinated verb, whose subject the object before is not."""

    k = len(gap)
    while k > 0 and gap[k - 1] in fillers:
        k -= 1
    return k > 0 and gap[k - 1] in grammar().verb_coordinators


def _business_appositive(words: list[str], oj: int, hi: int, commas: frozenset) -> bool:
    """A comma appositive right after a subject (ending at oj, before its verb at hi) that calls it a business
    ("The Embassy | , a cocktail bar on Sevastopol's Bolshaya Morskaya Street , | reopened"): "a"/"an", then a
    grammar.yaml business_appositive_heads word before the appositive's first preposition."""
    g = grammar()
    if oj not in commas or oj >= hi or words[oj] not in ("a", "an"):
        return False
    end = min((k for k in commas if oj < k <= hi), default=hi)
    for w in words[oj + 1:end]:
        if w in g.prepositions:
            break
        if w in g.business_appositive_heads:
            return True
    return False


def _without_parenthetical(lex: Lexicon, words: list[str], oj: int, hi: int, commas: frozenset) -> list[str]:
    """The words between a subject (ending at oj) and its verb (at hi) without one comma-enclosed
    parenthetical ("migrants | , many of them lured by promises of high wages , | are working"): a span
    opening at a comma and closing at the next one before the verb, of at most lex.parenthetical_max_words
    words, with no clause break inside."""
    marks = sorted(k for k in commas if oj <= k <= hi)
    for a, b in zip(marks, marks[1:]):
        if b - a <= lex.parenthetical_max_words and not any(w in lex.clause_breaks for w in words[a:b]):
            return words[oj:a] + words[b:hi]
    return words[oj:hi]


def _without_by_relative(gap: list[str], fillers) -> list[str]:
    """The words between a subject and its verb without a reduced relative clause with its agent ("North
    Korean workers | guarded by Russian military police | arrived", "builders | hired by a Moscow contractor |
    were brought", "Indian nationals | hired through agencies in Delhi | are working"): a participle, "by" or another
    preposition of grammar.yaml subject_relative_prepositions and the phrase's words up to the auxiliaries before
    the verb."""
    g = grammar()
    if len(gap) < 3 or not (gap[1] in g.subject_relative_prepositions or (
            gap[0] in g.subject_relative_captive_participles and gap[1] in g.prepositions)):
        return gap
    w = gap[0]
    if not g.past_form(w):
        return gap
    k = 2
    while k < len(gap) and gap[k] not in fillers:
        k += 1
    if k == len(gap) and gap[1] != "by":
        # a means or place phrase needs the verb's auxiliary to end it: in "A delegation from Belarus | arrived in
        # occupied Donetsk on Tuesday, the authorities | said" the participle is the subject's own verb
        return gap
    return gap[k:]


def _without_relative(lex: Lexicon, gap: list[str]) -> list[str]:
    """The words between a subject and its passive verb without a restrictive relative clause right after the
    subject ("Officials | who signed the accession treaties in Moscow | were sanctioned"): the pronoun and
    the clause up to the be-form (and the fillers with it) before the verb. Only before a be-form (a passive):
    "the diplomats who visited Crimea expelled ..." keeps its gap; at most subject_relative_max_words words.
    A clause that is itself passive (a be-form or "by" in it: "The journalists | who were detained by Russian
    forces | were released") is never skipped: its own passive verb is the act nearest the subject."""
    g = grammar()
    if len(gap) < 3 or gap[0] not in g.relative_pronouns or len(gap) > g.subject_relative_max_words:
        return gap
    k = len(gap)
    while k > 1 and gap[k - 1] in lex.passive_fillers:
        k -= 1
    tail, clause = gap[k:], gap[1:k]
    if k < 2 or not any(w in lex.be_forms for w in tail) or any(w in lex.clause_breaks for w in clause):
        return gap
    return tail


def _without_phrase_relative(lex: Lexicon, gap: list[str]) -> list[str]:
    """The gap between a subject and its passive verb without a relative clause after the subject's origin or
    owner phrase ("citizens | of Tajikistan | who had worked without patents | were expelled", "builders | from
    Uzbekistan | who came last spring | were deported"): the phrase (its preposition, then at most
    origin_max_words words with no filler or clause break) is kept, the clause goes as in _without_relative
    (only before a be-form). The relative clause describes the noun before the phrase, whose passive verb
    follows."""
    g = grammar()
    if len(gap) < 5 or gap[0] not in lex.origin_prepositions and gap[0] not in g.relative_owner_prepositions:
        return gap
    for r in range(2, min(len(gap), 2 + lex.origin_max_words)):
        w = gap[r - 1]
        if w in lex.clause_breaks or w in lex.passive_fillers or w in g.relative_pronouns:
            return gap
        if gap[r] in g.relative_pronouns:
            rest = gap[r:]
            tail = _without_relative(lex, rest)
            clause = rest[1:len(rest) - len(tail)]
            # a clause that is itself passive ("workers from Central Asia | who were recruited by Russian firms |
            # were deported") is never skipped: its own passive verb is the act nearest the subject
            if "by" in clause or any(w in lex.be_forms and _participle(lex, x) for w, x in zip(clause, clause[1:])):
                return gap
            return gap if tail is rest else gap[:r] + tail
    return gap


def _relative_passive(lex: Lexicon, words: list[str], hi: int) -> bool:
    """Is the head at hi the passive verb of a relative clause: a relative pronoun, then only be-forms and
    fillers, one be-form at least ("who were detained", "who had been arrested")?"""
    q, be = hi - 1, False
    while q >= 0 and (words[q] in lex.be_forms or words[q] in lex.passive_fillers):
        be = be or words[q] in lex.be_forms
        q -= 1
    return be and q >= 0 and words[q] in grammar().relative_pronouns


def _raised_gap(gap: list[str]) -> tuple[list[str], list[str]]:
    """The gap between a subject and its verb without a raising predicate ("are | expected to | arrive",
    "is due to", "are set to"), and the part of it after that predicate (where a be-form makes a passive).
    Without one, both are the gap itself."""

    raising = grammar().raising_predicates
    if not raising or raising.isdisjoint(gap):
        return gap, gap
    for k in range(len(gap) - 2, -1, -1):
        if gap[k] in raising and gap[k + 1] == "to":
            return gap[:k] + gap[k + 2:], gap[k + 2:]
    return gap, gap


def _noun_phrase_start(words: list[str], oi: int) -> bool:
    """Does the noun at oi open a noun phrase: a determiner right before it, or before one modifier ("the new
    agreement"), or the sentence start?"""
    dets = grammar().determiners
    return oi == 0 or words[oi - 1] in dets or (oi >= 2 and words[oi - 2] in dets)


def _object_agent_excluded(lex: Lexicon, words: list[str], hi: int, hj: int, oj: int, commas, pat) -> bool:
    """Is a clause_exclusions word in a "by" agent phrase (its first three words) after the object in the head's
    clause: "a sign reading 'Embassy of Abkhazia' was hung by protesters on a fence"?"""
    end = clause_bounds(lex, words, hi, hj, commas)[1]
    return any(words[k] == "by" and not pat.clause_exclusions.isdisjoint(words[k + 1:min(k + 4, end)])
               for k in range(oj, end))


def _pair_gap(lex: Lexicon, gap: list[str], noun: str) -> bool:
    """Is the gap between a passive's subject and its verb a pair phrase then fillers ("relations | between the DPR
    and Mali have been | established", "a sister-city agreement | between Tiraspol and Melitopol was | ratified")?
    grammar.yaml passive_subject_pair_nouns or _document_nouns, passive_subject_pair_prepositions: the phrase holds an "and",
    at most passive_subject_pair_max_words words and no clause break; a document's pair of institutions ("between the
    universities of Donetsk and Damascus": a passive_subject_pair_private_heads word before "of") is none."""
    g = grammar()
    if not gap or gap[0] not in g.passive_subject_pair_prepositions or (
            noun not in g.passive_subject_pair_nouns and noun not in g.passive_subject_pair_document_nouns):
        return False
    k = 1
    while k < len(gap) and gap[k] not in lex.passive_fillers:
        if gap[k] in lex.clause_breaks:
            return False
        k += 1
    return "and" in gap[1:k] and k - 1 <= g.passive_subject_pair_max_words \
        and all(w in lex.passive_fillers for w in gap[k:]) \
        and (noun in g.passive_subject_pair_nouns or not any(
            gap[j] in g.passive_subject_pair_private_heads and gap[j + 1] == "of" for j in range(1, k - 1)))


def _origin_gap(lex: Lexicon, gap: list[str], preps: frozenset | None = None, max_words: int | None = None) -> bool:
    """Is the gap between an object and its verb an origin phrase then fillers ("workers | from
    Uzbekistan | arrived", "migrants | from Central Asia have been | arriving")? `preps` may name
    other phrase prepositions than lex.origin_prepositions (a place or owner phrase, a pattern's
    subject_prepositions: "joint drills | by Egyptian and Chinese warships | got under way"); the phrase has at
    most `max_words` words (default lex.origin_max_words), no clause break and no second such phrase. An origin
    phrase (default `preps`) may have up to three words more when it names a region with its state after "of" or a
    coordinated pair of regions (grammar.yaml origin_region_of_nouns)."""
    origin = preps is None  # lex.origin_prepositions: the longer region phrases below are allowed
    preps = lex.origin_prepositions if origin else preps
    max_words = lex.origin_max_words if max_words is None else max_words
    if not gap or gap[0] not in preps:
        return False
    k = 1
    while k < len(gap) and gap[k] not in lex.passive_fillers:
        if gap[k] in lex.clause_breaks or gap[k] in preps:
            return False
        k += 1
    if k > 1 + max_words and origin and k <= 4 + max_words:
        # a region named with its state after "of" is one origin ("miners | from the Rostov region of Russia were |
        # brought", "from the constituent entities of the Russian Federation"): up to three words more (grammar.yaml
        # origin_region_of_nouns)
        regions = grammar().origin_region_of_nouns
        # ... and so is a coordinated pair of regions with their shared noun ("builders | from the Tyumen and
        # Novosibirsk regions | completed")
        if not any(gap[j] == "of" and gap[j - 1] in regions for j in range(2, k - 1)) \
                and not (gap[k - 1] in regions and "and" in gap[2:k - 2]):
            return False
        return all(w in lex.passive_fillers for w in gap[k:])
    return 1 < k <= 1 + max_words and all(w in lex.passive_fillers for w in gap[k:])


def _complement_gap(lex: Lexicon, gap: list[str]) -> bool:
    """Is the gap between a be-passive's subject and its verb the subject's complement phrases then fillers ("a
    memorandum | on trade was | signed", "an agreement | with Nicaragua on visa-free travel was | ratified")?
    grammar.yaml passive_subject_complements: at most passive_subject_complement_max_phrases phrases of at most
    origin_max_words words each, no clause break."""
    g = grammar()
    preps = g.passive_subject_complements
    if not gap or gap[0] not in preps:
        return False
    k, phrases, n = 0, 0, 0
    while k < len(gap) and gap[k] not in lex.passive_fillers:
        if gap[k] in preps:
            if (k > 0 and n == 0) or phrases >= g.passive_subject_complement_max_phrases:
                return False
            phrases, n = phrases + 1, 0
        elif gap[k] in lex.clause_breaks:
            return False
        else:
            n += 1
            if n > lex.origin_max_words:
                return False
        k += 1
    return n > 0 and all(w in lex.passive_fillers for w in gap[k:])


def _host_gap(lex: Lexicon, gap: list[str], noun: str) -> bool:
    """Is the gap a diplomat's host or seat phrase then fillers ("South Ossetia's envoy | to the Syrian Arab Republic
    has been | appointed", "Venezuela's ambassador | in Moscow was | accredited"; grammar.yaml host_phrase_prepositions,
    not before host_phrase_non_places)? A short phrase (origin_max_words) the be-passive test below reads as the subject's own; with a
    perfect's two fillers it is longer than a bare subject gap may be."""
    g = grammar()
    if len(gap) > 1 and gap[1] in g.host_phrase_non_places:
        return False  # "the envoy | in charge of the talks was | summoned": no seat
    return noun in g.host_heads and _origin_gap(lex, gap, g.host_phrase_prepositions)


def _finish(lex: Lexicon, words: list[str], final: list[Match]) -> list[Match]:
    """Matches after cues: drop consumed heads and dropped codes, background nouns, outcomes."""
    # a requires_cue pattern is an act only as what is asked for ("called for sanctions against"), before
    # it can consume any head
    final = [m for m in final if not lex.patterns[m.pattern].requires_cue
             or m.cue in lex.patterns[m.pattern].requires_cue]
    # a match whose head served as another match's cue ("refused to recognize") is consumed
    out = []
    for m in final:
        if any(o is not m and o.cue_span and o.cue_span[0] <= m.head[0] and m.head[1] <= o.cue_span[1] + 0
               for o in final):
            continue
        if m.code == "__drop__":
            continue
        out.append(m)
    # a verb just after "if/unless" is hypothetical (the coder drops it) and makes no noun background:
    # "threatened to hold a general strike unless Israel rescinded its annexation"
    g = grammar()
    conditionals = g.conditionals if not g.conditionals.isdisjoint(words) else ()
    win = g.conditional_verb_window
    # (a bare appeal to an addressee, appeal.generic, makes no act noun background: "called on the international
    # community to ensure accountability for the forced deportation of children" keeps the deportation)
    if any(not m.nominal and not lex.patterns[m.pattern].addressee_required
           and (not conditionals or conditionals.isdisjoint(words[max(0, m.head[0] - win):m.head[0]]))
           for m in out):
        bg, win = lex.background_before, lex.background_window
        # (what an appeal asks for, a requires_cue match, is its act: the "for" of "called for sanctions" or "called
        # for a swift investigation" is no background preposition)
        out = [m for m in out if not (m.nominal and m.obj is None and not m.themes and not _finite_form(g, words, m)
                                      and not lex.patterns[m.pattern].requires_cue
                                      and any(w in bg for w in words[max(0, m.head[0] - win):m.head[0]])
                                      and not _own_act_noun(g, lex, words, m, out))]
    return drop_outcomes(lex, out)


def _frames_act(lex: Lexicon, m: Match, candidates) -> bool:
    """Is m a yields_to_acts frame with another (non-frame) candidate's head in its object or within its window
    after it: "made a request for [humanitarian aid]", "a request for the bodies to be [returned]"?"""
    pat = lex.patterns[m.pattern]
    if not pat.yields_to_acts or m.obj is None:
        return False
    lo, hi = m.obj[0], m.obj[1] + pat.window
    return any(o is not m and not lex.patterns[o.pattern].yields_to_acts and lo <= o.head[0] < hi
               for _, o in candidates)


def _own_act_noun(g, lex, words: list[str], m: Match, ms: list[Match]) -> bool:
    """Is a bare act noun an act of its own, not background: a visit's purpose (_visit_purpose), a reaction's
    named cause (_reaction_cause_noun), a meeting before a comment (_meeting_before_comment), a concession's cause
    (_cause_before_concession) or an inquiry's cause (_cause_before_inquiry)? One test for find_matches and
    coder._screen_matches. Keep this order and the short-circuit: _reaction_cause_noun sets m.reaction_cause, which
    code_article reads, only when the visit-purpose test fails, and _cause_before_concession sets
    m.concession_cause only when the three tests before it fail."""
    return _visit_purpose(lex, words, m, ms) or _reaction_cause_noun(g, lex, words, m, ms) \
        or _meeting_before_comment(g, lex, words, m, ms) or _cause_before_concession(g, lex, words, m, ms) \
        or _cause_before_inquiry(g, lex, words, m, ms)


def _time_word_before(lex, words: list[str], hi: int, time_words) -> int | None:
    """Index of the nearest of `time_words` within the background window before token hi, or None."""
    return next((k for k in range(hi - 1, max(-1, hi - 1 - lex.background_window), -1) if words[k] in time_words),
                None)


def _cause_before_inquiry(g, lex, words: list[str], m: Match, ms: list[Match]) -> bool:
    """Is a protest or violent noun (grammar.yaml background_cause_roots) after a time word
    (concession_cause_time_words, within the background window before it) in a sentence whose other acts are all
    inquiries (background_cause_inquiry_roots): "Israel's military opened an inquiry following the air strike on the
    convoy"? What prompted the inquiry happened; the inquiry's topic after "into" is another matter
    (coder._investigated_acts). Unlike _cause_before_concession, every other act counts (nominal ones too, in any
    order), and nothing is marked on m."""
    if not g.background_cause_inquiry_roots or m.code[:2] not in g.background_cause_roots or m.negated:
        return False
    if _time_word_before(lex, words, m.head[0], g.concession_cause_time_words) is None:
        return False
    others = [o for o in ms if o is not m]
    return bool(others) and all(o.code[:2] in g.background_cause_inquiry_roots for o in others)


def _visit_purpose(lex: Lexicon, words: list[str], m: Match, ms: list[Match]) -> bool:
    """Is a bare meeting noun the purpose of a visit or stay told before it as done, right after
    grammar.yaml visit_purpose_prepositions, no clause break between ("spent three days in Minsk for talks
    with Lukashenko": the talks were held there)? A planned or denied visit lends its purpose nothing."""
    g = grammar()
    hi = m.head[0]
    if not g.visit_purpose_prepositions or hi < 1 or words[hi - 1] not in g.visit_purpose_prepositions:
        return False
    # only the visit's place and time between ("preparing for talks" is another verb's purpose)
    return any(v.code in g.visitor_act_codes and not v.planned and not v.negated and v.span[1] <= hi - 1
               and hi - 1 - v.span[1] <= g.visit_purpose_gap_max
               and not any(w in lex.clause_breaks or w.endswith("ing") for w in words[v.span[1]:hi]) for v in ms)


def _meeting_before_comment(g, lex, words: list[str], m: Match, ms: list[Match]) -> bool:
    """Is a meeting noun (grammar.yaml comment_meeting_roots) after a time word (comment_meeting_time_words,
    within the background window before it) in a sentence whose verbal acts are all comments
    (comment_meeting_comment_roots): "Erdogan voiced optimism after talks with Putin in Sochi"? The talks are then an
    act of their own, no mere cause of the comment."""
    if m.code[:2] not in g.comment_meeting_roots or m.negated:
        return False
    if _time_word_before(lex, words, m.head[0], g.comment_meeting_time_words) is None:
        return False
    verbal = [o for o in ms if o is not m and not o.nominal]
    return bool(verbal) and all(o.code[:2] in g.comment_meeting_comment_roots for o in verbal)


def _cause_before_concession(g, lex, words: list[str], m: Match, ms: list[Match]) -> bool:
    """Is a meeting or attack noun (grammar.yaml concession_cause_roots, code prefixes) after a time word
    (concession_cause_time_words, within the background window before it) in a sentence whose verbal acts are all
    concessions (concession_roots), each before that time word: "Israel reopened the Kerem Shalom crossing after a
    Hamas rocket attack", "The Torkham crossing was reopened after talks between Pakistani and Afghan officials"? What
    led to the concession is an act of its own, with its own parties (coder._nominal_participants,
    _circumstance_event_doers). Marks m.concession_cause with the time word's index."""
    if not m.code.startswith(tuple(g.concession_cause_roots)) or m.negated:
        return False
    at = _time_word_before(lex, words, m.head[0], g.concession_cause_time_words)
    if at is None:
        return False
    verbal = [o for o in ms if o is not m and not o.nominal]
    if not verbal or not all(o.code[:2] in g.concession_roots and o.head[0] < at for o in verbal):
        return False
    m.concession_cause = at
    return True


def _reaction_cause_noun(g, lex, words: list[str], m: Match, ms: list[Match]) -> bool:
    """Is a visit noun (visitor_act_codes) the named cause of a verbal reaction before it (grammar.yaml
    reaction_cause_*): "summoned the Serbian ambassador over a visit by Serbian lawmakers to occupied Donetsk"?
    The visit is then an act of its own, which coder._reactions links the reaction to; not background (coded
    only when themed: m.reaction_cause)."""
    hi, hj = m.head
    if m.code not in g.visitor_act_codes or m.negated or not g.reaction_cause_links:
        return False
    if words[hj - 1] not in g.reaction_cause_complements and (hj >= len(words)
                                                               or words[hj] not in g.reaction_cause_complements):
        return False
    for q in range(hi, max(-1, hi - 1 - g.reaction_cause_window), -1):
        # (a preposition between makes the visit another noun's complement: "over his remarks on the trip to ...")
        if q < hi and (words[q] in lex.clause_breaks or words[q] in g.prepositions):
            return False
        ph = next((ph for ph in g.reaction_cause_links if tuple(words[max(0, q - len(ph)):q]) == ph), None)
        if ph is not None:
            start = q - len(ph)
            # (marked: the coder codes it only when it is themed, i.e. a cause the reaction can deny; a minister's
            # visit to a shrine stays the background of the protest over it)
            m.reaction_cause = any(r is not m and r.code[:2] in g.reaction_cause_roots and r.span[1] <= start
                                   for r in ms)
            return m.reaction_cause
    return False


def _finite_form(g, words: list[str], m: Match) -> bool:
    """Is a literal form a finite verb, no event noun: a past form alone or before its preposition ("visited",
    "arrived in", "travelled to") after a word that opens no noun phrase. "A delegation of lawmakers from Mali
    arrived in Luhansk": the background preposition "from" governs "Mali", not the arrival; "after armed
    clashes", "during the visit" stay background nouns."""
    hi, hj = m.head
    if not words[hi].endswith("ed") or (hj - hi > 1 and words[hi + 1] not in g.prepositions):
        return False
    return hi > 0 and words[hi - 1] not in g.determiners and words[hi - 1] not in g.prepositions


VIOLENT_ROOTS = frozenset({"18", "19", "20"})


def drop_outcomes(lex: Lexicon, ms: list[Match]) -> list[Match]:
    """Without outcome matches ("..., killing two") when the sentence has a violent event they report
    the result of (the fatalities count keeps them)."""
    if any(m.code[:2] in VIOLENT_ROOTS and not lex.patterns[m.pattern].outcome for m in ms):
        # a recoded outcome ("condemned the killing") is an act of its own; destruction keeps its root
        return [m for m in ms if not (lex.patterns[m.pattern].outcome
                                      and (m.code[:2] in VIOLENT_ROOTS or m.code == lex.patterns[m.pattern].code))]
    return ms


def _passive_place_gap(lex: Lexicon, words: list[str], oi: int, gap: list[str]) -> bool:
    """A place or owner phrase between a subject and its passive verb, for intransitive_subject patterns: "The
    Abkhaz embassy in Caracas was inaugurated" (grammar.yaml subject_phrase_prepositions, at most
    origin_max_words words, then fillers with a be-form). The subject must not itself sit in a prepositional
    phrase ("an exhibition at the embassy in Minsk was opened")."""
    g = grammar()
    return not any(w in g.prepositions for w in words[max(0, oi - 3):oi]) \
        and (_origin_gap(lex, gap, g.subject_phrase_prepositions) or _owner_place_gap(lex, gap, be=True))


def _owner_place_gap(lex: Lexicon, gap: list[str], be: bool | None) -> bool:
    """An owner phrase, then a place phrase, between a mission noun and its verb: "the trade mission of the Syrian
    Arab Republic in Donetsk has officially started work", "the consulate of Belarus in Sevastopol was opened"
    (grammar.yaml subject_phrase_prepositions; at most subject_phrase_max_phrases phrases of at most origin_max_words
    words each, no clause break), then auxiliaries and adverbs (lex.passive_fillers, no "to"): a be-form among them
    for a passive (be), none for an intransitive verb (be None: either)."""
    g = grammar()
    preps = g.subject_phrase_prepositions
    if not gap or gap[0] not in preps:
        return False
    k, phrases, n = 0, 0, 0
    while k < len(gap) and gap[k] not in lex.passive_fillers:
        w = gap[k]
        if w in preps:
            if n == 0 and k > 0 or phrases >= g.subject_phrase_max_phrases:
                return False  # an empty phrase ("of in") or one phrase too many
            phrases, n = phrases + 1, 0
        elif w in lex.clause_breaks or w in g.prepositions:
            return False
        else:
            n += 1
            if n > lex.origin_max_words:
                return False
        k += 1
    tail = gap[k:]
    if n == 0 or "to" in tail or not all(w in lex.passive_fillers for w in tail):
        return False
    if be is None:
        return True
    return any(w in lex.be_forms for w in tail) if be else not any(w in lex.be_forms for w in tail)


def _intransitive_of(lex: Lexicon, words: list[str], gap: list[str], hi: int, hj: int,
                     commas: frozenset = frozenset()) -> bool:
    """An owner or place phrase between a subject and its intransitive verb, for patterns whose objects
    may be its subject (intransitive_subject: "open", "begin operating"): "a consular office of South
    Ossetia opened in Luhansk", "the embassy in Luhansk opened" (grammar.yaml subject_phrase_prepositions,
    then at most origin_max_words words). The verb must be finite, not a participle clause (", suspending"),
    and take no object of its own ("the embassy of Syria opened an exhibition": a determiner after the
    head opens that object; not after a comma, which ends the clause: "has begun its work, the republic's foreign
    minister said"). A subject relative pronoun alone is the noun's own clause: "a Belarusian consular
    point that opened in Simferopol" (grammar.yaml relative_pronouns, not the personal "who")."""
    g = grammar()
    if words[hi].endswith("ing") or not (hj >= len(words) or words[hj] not in g.determiners or hj in commas):
        return False
    if len(gap) == 1 and gap[0] in g.relative_pronouns and gap[0] not in g.personal_relative_pronouns:
        # not when the noun's own predicate follows the relative clause ("The consulate that opened in Donetsk last
        # year was closed", "... that opened in Sukhumi closed on Monday"): that predicate is the news
        rest = words[hj:]
        return not any(w in lex.be_forms or (w.endswith("ed") and k > 0 and rest[k - 1] not in g.determiners
                                             and rest[k - 1] not in g.prepositions)
                       for k, w in enumerate(rest))
    if gap[0] not in g.subject_phrase_prepositions or len(gap) - 1 > lex.origin_max_words \
            or any(w in lex.passive_fillers for w in gap[1:]):
        return _owner_place_gap(lex, gap, be=False)
    return True


def _find_cue(lex: Lexicon, words: list[str], hi: int):
    """Nearest cue ending within the window before token hi (longest on ties), or None."""
    best = None
    lo = max(0, hi - lex.cue_window - 4)
    for q in range(lo, hi):
        cands = lex.cue_index.get(words[q])
        if not cands:
            continue
        for phrase, ctype in cands:
            k = len(phrase)
            end = q + k
            if end > hi or tuple(words[q:end]) != phrase:
                # (only an infinitive cue may have an adverbial before its "to")
                end = _cue_with_adverbial(words, q, phrase, hi) if phrase[-1] == "to" else None
                if end is None:
                    continue
            gap = hi - end
            if gap > lex.cue_window:
                continue
            if any(w in lex.clause_breaks for w in words[end:hi]):
                continue
            if _coordinated_out_of_scope(words, q, end, hi) or _reduced_relative(words, end, hi):
                continue
            if phrase[-1] == "to" and _main_verb_after_infinitive(words, end, hi):
                continue
            if _infinitive_background(words, end - 1, hi):
                continue
            if phrase in lex.topic_appeals and lex.topic_words.isdisjoint(words[end:hi]):
                continue  # "sirens sounded out over Kyiv as ...": sounding out proposes nothing without a topic
            if phrase in lex.object_appeals and (gap > lex.object_appeal_max_gap
                                                 or not grammar().prepositions.isdisjoint(words[end:hi])):
                continue  # "lobbied for sanctions relief at the G20 meeting": the act must head the "for" object
            if _call_noun(words, q):
                continue  # "In a phone call on Saturday, Putin apologised": a noun, no "call on" appeal
            if k == 1 and ctype == "appeal" and _participle_appeal(lex, words, q, end, hi):
                continue  # "observers invited by Moscow watched the voting": the invited act, done
            key = (gap, -k)
            if best is None or key < best[0]:
                best = (key, ctype, (q, end))
    if best is not None and best[1] == "appeal" and lex.question_after_appeal \
            and tuple(words[best[2][0]:best[2][1]]) not in lex.topic_appeals \
            and not lex.question_after_appeal.isdisjoint(words[best[2][1]:hi]):
        return "question", best[2]  # "asked Lavrov about the talks": a question, no appeal
    if best is None or lex.transforms[best[1]].get("inert"):
        return None  # an inert cue ("was ruled out of the talks"): nothing, not its shorter "ruled out"
    return best[1], best[2]


def _without_adverbials(gap: list[str]) -> list[str]:
    """The gap without its time and manner adverbials (grammar.yaml cue_inserted_adverbials: "on Monday",
    "yesterday", "publicly", "last week"): "asked Kenya on Monday to speed up" has no gap "on" (a topic's "asked about
    it on"). Only when the gap holds "on" or a one-word adverbial: a multi-word one without "on" ("last week") is
    removed only beside such a word (enough while "on" is the only adverbial word in any gap_exclusions)."""
    if "on" not in gap and not any(a[0] in gap for a in grammar().cue_inserted_adverbials if len(a) == 1):
        return gap
    out, k = [], 0
    while k < len(gap):
        adv = next((a for a in grammar().cue_inserted_adverbials if tuple(gap[k:k + len(a)]) == a), None)
        if adv is None:
            out.append(gap[k])
            k += 1
        else:
            k += len(adv)
    return out


def _cue_with_adverbial(words: list[str], q: int, phrase: tuple[str, ...], hi: int) -> int | None:
    """End of an infinitive cue (phrase ending in "to") written with a time or manner adverbial before its
    "to" (grammar.yaml cue_inserted_adverbials): "offered on Tuesday to mediate" is "offered to"; else None."""
    k = len(phrase)
    if k < 2 or phrase[-1] != "to" or tuple(words[q:q + k - 1]) != phrase[:-1]:
        return None
    j = q + k - 1
    for adv in grammar().cue_inserted_adverbials:
        t = j + len(adv)
        if t < hi and words[t] == "to" and tuple(words[j:t]) == adv:
            return t + 1
    return None


def _infinitive_background(words: list[str], end: int, hi: int) -> bool:
    """Does a grammar.yaml infinitive_scope_breaks word between the infinitive "to" a cue opens (its own last
    word, at end, or one after its addressee) and the head at hi put the head in a background phrase: "were asked to stay indoors during the shelling", "to take
    shelter as missiles struck"? "to act as a mediator" names a role (infinitive_scope_role_markers)."""
    g = grammar()
    t = next((k for k in range(end, hi) if words[k] == "to"), None)  # the cue's own "to" or its addressee's
    return t is not None and any(
        words[k] in g.infinitive_scope_breaks
        and not (words[k] == "as" and k + 1 < len(words) and words[k + 1] in g.infinitive_scope_role_markers)
        for k in range(t + 1, hi))


def _main_verb_after_infinitive(words: list[str], end: int, hi: int) -> bool:
    """Does an auxiliary after the infinitive a cue opens (words end..hi) mark the head at hi as the verb of
    the main clause, outside the cue? "Troops planning to attack Avdiivka were shelled": the troops were
    shelled; nothing was planned. The infinitive's own auxiliaries ("expected to have been signed") keep it."""
    g = grammar()
    aux = g.cue_scope_auxiliaries
    k = end
    while k < hi and (words[k] in aux or words[k] == "not"):
        k += 1
    if any(w in aux for w in words[k + 1:hi]):
        return True
    # a past form after the infinitive's own verb, with no auxiliary at all since the cue, is a finite verb of
    # the clause ("Nicaragua, seeking to boost ties with Moscow, recognised Abkhazia"); "expected to be
    # formally recognised" has its auxiliary
    head = words[hi]
    return k == end and hi > end + 1 and g.past_form(head) \
        and words[hi - 1] not in g.verb_coordinators and words[end] not in g.causative_infinitives


def _coordinated_out_of_scope(words: list[str], q: int, end: int, hi: int) -> bool:
    """Is the head at hi a verb coordinated after the cue (words q..end) with its own subject or its own
    tense, so the cue does not reach it? "Turkey condemned the annexation and imposed sanctions",
    "Latvia condemned the vote, and Russia expelled ...", "refused to recognize X and will open ...";
    but "refused to recognize and (to) establish relations", "has not signed or ratified" share the cue.
    An infinitive ("urged China and India to recognize") or words after the coordinator that open a noun
    phrase ("and the sanctions") leave the cue as it was."""

    g = grammar()
    c = next((k for k in range(hi - 1, end - 1, -1) if words[k] in g.verb_coordinators), None)
    if c is None:
        return False
    between = words[c + 1:hi]
    if words[hi - 1] == "to" or any(w in g.determiners for w in between):
        return False  # an infinitive ("appealed to China and Brazil to recognize") or a noun phrase
    if any(w in g.cue_scope_auxiliaries for w in between):
        return True  # its own tense: "and will open", "and has imposed"
    if any(w not in g.coordinated_verb_fillers for w in between):
        return True  # its own subject: "and Russia expelled"
    head = words[hi]
    past = g.past_form(head)
    perfect = any(w in g.cue_scope_auxiliaries for w in words[max(0, q - 3):c])
    return past and not perfect  # "condemned X and imposed": a finite verb of its own


def _reduced_relative_by(words: list[str], oi: int, hi: int, hj: int) -> bool:
    """Is "<determiner> NOUN V-ed by ..." (the noun at oi, the participle at hi right after it) a reduced
    relative clause: "the territories annexed by Russia", "a consulate opened by Syria last year"? A
    headline drops its be-form but also its determiner ("Kherson shelled by Russian forces")."""

    return hj < len(words) and words[hj] == "by" and words[hi].endswith("ed") \
        and oi > 0 and words[oi - 1] in grammar().determiners


def _participle_appeal(lex: Lexicon, words: list[str], q: int, end: int, hi: int) -> bool:
    """Is the appeal cue at q a participle modifying the noun before it, with its agent right after it (cues.yaml
    participle_appeals, participle_appeal_agent): "observers invited by Moscow watched the voting"? Not after a
    be-form ("Minsk was urged by Moscow to recognise", "had been pressured by"), nor with an infinitive between it
    and the head ("observers invited by Moscow to watch the voting": the invitation's content)."""
    if words[q] not in lex.participle_appeals or end >= hi or words[end] != lex.participle_appeal_agent:
        return False
    if q == 0 or any(w in lex.be_forms for w in words[max(0, q - 2):q]):
        return False
    return "to" not in words[end:hi]


def _reduced_relative(words: list[str], end: int, hi: int, inside_actors: frozenset[int] = frozenset()) -> bool:
    """Is the head at hi a participle after the object of an infinitive that follows the cue (words
    end..hi): "asked Russia to release its citizens recruited into the army", "urged states not to
    recognize the territories annexed by Russia"? It modifies that noun (a reduced relative clause):
    its act is not what the cue asks, refuses or denies. A coordinated verb ("to stop and withdraw"),
    a filler or adverb before it, or no infinitive in between keeps the cue. A "to" at an index in
    inside_actors belongs to an actor's own phrase ("Syria's ambassador to Moscow"): it names a host, no
    infinitive."""

    g = grammar()
    if not _participle_after_noun(words, hi):
        return False
    t = next((k for k in range(end, hi) if words[k] == "to" and k not in inside_actors), None)
    if t is None or hi - t < 3:
        return False  # "to recognize" itself, or "to VERB HEAD" with no object noun between
    after = words[t + 1]
    if (t > 0 and words[t - 1] in g.reduced_relative_non_infinitives) or after in g.determiners \
            or after[:1].isdigit():
        return False  # "up to 100 ethnic Albanians demonstrated", "according to the": no infinitive
    return True


def _apply_cues(lex: Lexicon, words: list[str], matches: list[Match], commas: frozenset = frozenset()):
    for m in matches:
        found = _find_cue(lex, words, m.head[0]) or _appeal_frame_cue(lex, words, m, matches)
        if not found:
            continue
        ctype, span = found
        if _cue_of_other(words, m, span, matches, lex):
            continue
        if commas and span[0] > 0 and words[span[0] - 1] in grammar().relative_pronouns \
                and any(span[1] < c <= m.head[0] for c in commas):
            continue  # "Tehran, which denies arming Russia, summoned ...": the cue is the relative clause's
        if ctype == "refuse" and commas and _refuse_cue_clause_closed(words, span, m.head[0], commas):
            continue  # "voted down the reform, sparking clashes": the clashes are no refused act
        if ctype == "refuse" and any(o is not m and o.obj is not None and o.code == "128"
                                     and o.head[0] <= span[0] < o.head[1] and o.obj[1] == m.head[0]
                                     for o in matches):
            # "vetoed a resolution recognising the State of Palestine": the veto of the resolution is the act
            # (reject.block_adoption), what the resolution would do (a participle right after it) is its content,
            # no act of its own ("voted down a motion that would have recognised" is left to _rejected_proposal)
            m.code = "__drop__"
            continue
        if ctype == "advocate" and not _advocated_head(words, span, m.head[0]):
            continue  # "it is time to pay for its attack": the cue judges "pay", not the attack
        if words[span[0]] in grammar().voiced_cue_nouns and not _voiced(lex, words, span, commas):
            continue  # "There was outrage over the arrest": a feeling nobody voices, the arrest stays
        if ctype == "negation" and m.stance:
            # "called on all states not to recognize": the act is the appeal, its stance the denial asked for
            before = _find_cue(lex, words, span[0])
            if before is not None and before[0] == "appeal":
                if apply_transform(lex, m, "appeal", before[1]):
                    m.stance = "deny"
                    continue
        if ctype == "future":
            q = _rejected_proposal(lex, words, span)
            if q is not None:  # "voted down a motion that would have recognised": refused, not planned
                ctype, span = "refuse", q
        elif ctype == "appeal" and words[span[0]] in grammar().rejected_request_nouns and m.stance != "deny":
            # a request to cut ties refused is no denial: "turned down a Ukrainian request to close its consulate
            # in Sukhumi" keeps Ukraine's appeal (deny) and the refusal's own unthemed 120 (reject trigger)
            q = _rejected_request(lex, words, span)
            if q is not None:  # "declined a Russian request to list Crimean ports as Russian": refused, not asked
                ctype, span = "refuse", q
        # a cue that is itself inside another match's head (e.g. "agreed" of "agreed to") still counts
        if not apply_transform(lex, m, ctype, span):
            m.code = "__drop__"


def _appeal_frame_cue(lex: Lexicon, words: list[str], m: Match, matches: list[Match]):
    """The appeal cue of an appeal frame (an addressee_required match: "urged Ethiopia and Sudan on Sunday to") whose
    infinitive "to" stands within the cue window before m's head, when the frame's verb itself is too far for
    _find_cue: the act asked for ("to return to negotiations") is the appeal's. No clause break between, and not
    past another main verb ("urged X to leave, and troops shelled ...")."""
    hi = m.head[0]
    for o in matches:
        if o is m or o.obj is None or o.passive or not lex.patterns[o.pattern].addressee_required:
            continue  # (a passive frame keeps its own reading: "China was urged by Japan's prime minister to lift")
        end = o.obj[1]
        if not (o.head[1] <= o.obj[0] and end <= hi and hi - end <= lex.cue_window) or words[end - 1] != "to":
            continue
        if any(w in lex.clause_breaks for w in words[end:hi]) or _main_verb_after_infinitive(words, end, hi):
            continue
        return "appeal", o.head
    return None


def _refuse_cue_clause_closed(words: list[str], span: tuple[int, int], hi: int, commas: frozenset) -> bool:
    """Does a new clause stand between a refuse cue and the head at hi: the last comma between them opens a
    participle clause ("voted down the reform, sparking clashes") or a coordinated clause with its own subject
    (grammar.yaml refuse_cue_clause_coordinators: "voted down the deal, and protesters clashed"; not an
    infinitive: ", and to open")?"""
    last = max((c for c in commas if span[1] <= c <= hi), default=None)
    if last is None:
        return False
    w = words[last]
    if w.endswith("ing") and last < hi:
        return True
    return w in grammar().refuse_cue_clause_coordinators and last + 1 <= hi and words[last + 1] != "to"


def _subject_participle(m: Match, cop: Match) -> bool:
    """Is m a participle with its object right before it ("credentials handed over") that is the subject of the
    copula_subject match cop, whose predicate follows the participle?"""
    return m.obj is not None and cop.obj is not None and m.obj[1] == m.head[0] and cop.head[0] >= m.head[1] \
        and cop.obj[0] < m.obj[1] and m.obj[0] < cop.obj[1]


def _rejected_proposal(lex: Lexicon, words: list[str], span: tuple[int, int]) -> tuple[int, int] | None:
    """The refuse cue's span when the modal at span opens the relative clause of a rejected proposal: "voted down
    a motion that would have recognised", "rejected the draft resolution which would recognise" (grammar.yaml
    rejected_proposal_nouns; at most rejected_proposal_modifiers words between cue and noun), else None."""
    g = grammar()
    q = span[0] - 1
    if q < 1 or words[q] not in g.relative_pronouns or words[q - 1] not in g.rejected_proposal_nouns:
        return None
    found = _find_cue(lex, words, q - 1)
    if found is None or found[0] != "refuse" or q - 1 - found[1][1] > g.rejected_proposal_modifiers:
        return None
    return found[1]


def _rejected_request(lex: Lexicon, words: list[str], span: tuple[int, int]) -> tuple[int, int] | None:
    """The refuse cue's span when the request noun at span is its object: "declined a Russian request to list",
    "turned down Sukhumi's request to open" (grammar.yaml rejected_request_nouns, request_refusal_verbs; at most
    rejected_proposal_modifiers words between the cue and the noun, no clause break), else None."""
    g = grammar()
    lo = max(0, span[0] - g.rejected_proposal_modifiers - 1)
    verb = next((k for k in range(span[0] - 1, lo - 1, -1) if words[k] in g.request_refusal_verbs), None)
    if verb is not None and not any(w in lex.clause_breaks for w in words[verb + 1:span[0]]):
        return verb, verb + 1  # "declined Sukhumi's request to open": a refusal only with the request as object
    found = _find_cue(lex, words, span[0])
    if found is None or found[0] != "refuse" or span[0] - found[1][1] > g.rejected_proposal_modifiers:
        return None
    return found[1]


def _voiced(lex: Lexicon, words: list[str], span: tuple[int, int], commas: frozenset) -> bool:
    """Is the feeling cue at span voiced: a grammar voiced_cue_verbs word before it in its clause ("voiced deep dismay
    at", "expressed its outrage over")?"""
    lo = clause_bounds(lex, words, span[0], span[1], commas)[0]
    return not grammar().voiced_cue_verbs.isdisjoint(words[lo:span[0]])


def _advocated_head(words: list[str], span: tuple[int, int], hi: int) -> bool:
    """Is the head at hi the verb an expletive-"it" cue (cues.yaml advocate, words at span) judges: the first
    verb after its "to", with only grammar.yaml coordinated_verb_fillers words or -ly adverbs between ("it was
    necessary to immediately recognise"); a cue ending in "for" first takes its doer phrase up to "to" ("it is
    time for the international community to recognise"). "it is time to pay for its attack", "necessary to
    protect civilians from attacks" judge another verb: the later trigger gets no cue."""
    k = span[1]
    if words[k - 1] != "to":
        k = next((j + 1 for j in range(k, hi) if words[j] == "to"), None)
        if k is None:
            return False
    fillers = grammar().coordinated_verb_fillers
    return all(w in fillers or w.endswith("ly") for w in words[k:hi])


def _cue_of_other(words: list[str], m: Match, span: tuple[int, int], matches: list[Match],
                  lex: Lexicon) -> bool:
    """Is the cue (words at span) another match's own head and object, which ends before m's head in a
    prepositional phrase: "were forced to dig trenches | in occupied Zaporizhzhia" ("forced to" governs
    "dig trenches", forced labour, not the participle "occupied")? "threatened to launch a new offensive"
    (no preposition: the noun is the threatened act) and "offered to | negotiate" (the object is the cue's
    own "to") keep the cue."""

    preps = grammar().prepositions
    for o in matches:
        if o is m or o.obj is None or not (o.span[0] <= span[0] and span[1] < o.obj[1] <= m.head[0]):
            continue
        if lex.patterns[o.pattern].addressee_required:
            continue  # an appeal frame's "to" is the cue's own: "asked to take part in the talks", "asked Israel to
            # prevent acts of genocide" (the act asked for keeps the appeal cue)
        if any(w in preps for w in words[o.obj[1]:m.head[0]]):
            return True
    return False


def apply_transform(lex: Lexicon, m: Match, ctype: str, span: tuple[int, int]) -> bool:
    """Apply the cues.yaml transform `ctype` (cue words at `span`) to a match: cue, planned/negated
    flags, recoding by the CAMEO root of the match's pattern (the match may already be recoded),
    recognition stance. False = the match must be dropped."""
    tr = lex.transforms[ctype]
    pat = lex.patterns[m.pattern]
    root = pat.code[:2]
    # a pattern waiting for a stance (requires_stance) is not dropped: the coder reads the head's next reading
    # ("did not accept Russian passports issued in the occupied regions" is no request to be accepted into Russia)
    if tr.get("refuse_roots") and (root in tr["refuse_roots"] or "diplomatic_recognition" in pat.themes):
        # "will not tolerate visits of foreign delegations to occupied Abkhazia": a contact or recognition act
        # not tolerated is refused (cues.yaml untolerated refuse_roots), not a hypothetical attack
        m.untolerated = True
        return apply_transform(lex, m, "refuse", span)
    if tr.get("drop") or (ctype == "negation" and tr.get("drop_unless_negatable") and not pat.negatable
                          and not pat.requires_stance):
        return False  # "drop": the cue makes the act no event ("asked about the recognition of ...")
    m.cue, m.cue_span = ctype, span
    if tr.get("planned"):
        m.planned = True
    if tr.get("negated"):
        m.negated = True
    keep = tr.get("keep_code") or (tr.get("keep_themed") and pat.themes)
    if not keep and ("default" in tr or tr.get("code_by_root")):
        # (a code of its own for one act code first: a demanded withdrawal is 106, not the root's 105)
        new = tr.get("code_by_code", {}).get(pat.code) or tr.get("code_by_root", {}).get(root, tr.get("default"))
        if new and new in lex.cameo:
            m.code = new
    if "diplomatic_recognition" in m.themes and tr.get("stance"):
        # asking for a denial ("demanded that Russia reverse its annexation", "urged Tuvalu to withdraw its
        # recognition") opposes recognition: the seeker's stance is the act's own deny
        if not (tr["stance"] == "seek" and pat.stance == "deny"):
            m.stance = tr["stance"]
    return True
