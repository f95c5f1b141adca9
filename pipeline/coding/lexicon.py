"""The codebook as data (schemas/codebook/*), compiled once per process into lookup tables.

- cameo.tsv      CAMEO code -> name, root, QuadClass, Goldstein, PLOVER type/mode/context, ACLED defaults
- themes.yaml    mission themes (a new theme is an edit there)
- triggers.yaml  trigger patterns with ids (heads + objects as data)
- cues.yaml      negation / modality / reported-speech cues, anaphora, idiom discard list

The compiled Lexicon is pickled to the cache dir keyed by the hash of these files, so a fresh
process loads it without re-parsing YAML or re-inflecting verbs.
"""
from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path

from pipeline.coding.grammar import word_seqs
from pipeline.coding.text import phrase_tokens
from pipeline.cache import load_or_build
from pipeline.paths import cache_dir, schemas_subdir

CODEBOOK_FILES = ("cameo.tsv", "themes.yaml", "triggers.yaml", "cues.yaml")
LEXICON_FORMAT = 8  # bump when the compiled structure changes outside lexicon.py and text.py (hashed below)


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float
    plover_type: str
    plover_mode: str | None
    plover_context: str | None
    acled_disorder_type: str
    acled_event_type: str
    acled_sub_event_type: str


@dataclass
class Pattern:
    id: str
    code: str
    themes: tuple[str, ...] = ()
    stance: str | None = None
    negatable: bool = False
    symmetric: bool = False
    mutual: bool = False  # with a partner named the act goes both ways ("A traded accusations with B")
    window: int = 6
    has_objects: bool = False
    priority: int = 1
    context_required: bool = False
    outcome: bool = False
    subject_objects: bool = False  # the objects are the verb's subject ("workers arrived")
    # a phrase opened by one of these prepositions may stand between the subject and its verb, which is passive or
    # has subject_objects ("joint drills by Egyptian and Chinese warships got under way", "an appeal for a pause
    # around El Fasher was issued by"; triggers._origin_gap)
    subject_prepositions: frozenset = frozenset()
    # dropped for a match whose head lies in its object and which reaches further ("renewed their plea for Moscow to
    # recognise": the plea's own act, recognition.seek; "made an appeal for aid": appeal.aid)
    defer_inner: bool = False
    # the objects may be the subject of the head used intransitively, an owner or place phrase between:
    # "a consulate of Belarus opened in Sevastopol" (triggers._intransitive_of)
    intransitive_subject: bool = False
    # the head is a predicate and the objects its subject, before it ("the referendum was a sham")
    copula_subject: bool = False
    # with copula_subject, a be-form must stand between the subject and the predicate ("the visit was a provocation";
    # "considers this visit a provocation" is a judging verb's small clause)
    copula_required: bool = False
    # (coder) the sentence's reporter is the doer and the named thing the target, as for copula_subject: a
    # declaration that is the act itself ("X will be legitimate targets, Medvedev warned")
    speaker_doer: bool = False
    # one of these words must be in the sentence, or the pattern does not compete for its head
    # groups of words: one word of every group must be in the sentence (recruiting AND a migrant word)
    sentence_terms: tuple[frozenset[str], ...] = ()
    # none of these words may be in the sentence (another sense of the head: trade reprisals)
    sentence_exclusions: frozenset[str] = frozenset()
    # phrases that exclude as sentence_exclusions do, where one word alone would be too broad: "local residents",
    # not "local media reported" or "local time" (word tuples; exclusions_unless applies too)
    sentence_exclusion_phrases: tuple[tuple[str, ...], ...] = ()
    # a phrase of the sentence and what it says: one of `terms` must stand within `window` words after one of the
    # `after` phrases ("turned out to be | contracts with the Russian army"; not "turned out to be popular, the
    # army chief said"); (after phrases as word tuples, terms, window), or None
    phrase_terms: tuple | None = None
    # none of these words may stand in the head's own first object, the words right after it up to a
    # head_object_stops word, or, past a head_object_shift_prepositions word, in the phrase it opens (what the
    # head is laid on): "blamed an electrical fault for the fire", "blamed the crash on pilot error" are no
    # accusation, "blamed Beijing for the leak" is (triggers._head_object_excluded)
    head_object_exclusions: frozenset[str] = frozenset()
    # the sentence_exclusions do not apply when one of these words is in the sentence ("registered refugees from
    # Syria": "refugees" excludes only with no migrant or nationality word)
    exclusions_unless: frozenset[str] = frozenset()
    # groups of words as sentence_terms, but one word of every group must stand in the head's own clause (no
    # clause break or comma between), the head's words not counting: "observers" of "observers monitored the vote",
    # not of "soldiers watched the voting, observers said"
    clause_terms: tuple[frozenset[str], ...] = ()
    clause_terms_subject: bool = False  # clause_terms only in the head's subject (triggers._subject_words)
    # clause_terms only before the head in its clause, a verb governing the head noun ("Warsaw ordered the closure of
    # Russia's consulate"; not "the closure of the embassy was announced")
    clause_terms_before: bool = False
    # (code, rule id) for the targets of a match with several whose own actor phrase has none of the clause_terms:
    # "visa restrictions on Iranian officials and students" is 163 on the officials, 172 coerce.restrict on the students
    targets_without_terms: tuple[str, str] | None = None
    # none of these words may stand between the head and its object (the object's own people: "ordered men of the
    # battalion to dig trenches"), or with clause_exclusions from the head's clause start to the object (the subject
    # of a passive too: "soldiers were sent to the front"); what follows the object is another's ("..., a brigade
    # spokesman said")
    gap_exclusions: frozenset[str] = frozenset()
    clause_exclusions: frozenset[str] = frozenset()
    # without objects: the clause_exclusions count only as the head's owner or subject (before it) or as its "by"
    # agent right after it, not as a later clause's words ("a show of force as crowds gathered")
    clause_exclusions_owner: bool = False
    # with objects: the clause_exclusions count in a "by" agent after the object too ("a sign ... was hung by
    # protesters")
    clause_exclusions_agent: bool = False
    # with clause_exclusions_owner: words that exclude only as the head's subject or "by" agent, not in its object
    # ("a football team toured Sukhumi" is none, "Lukashenko toured the football stadium" is a visit)
    agent_exclusions: frozenset[str] = frozenset()
    # none of these words within `window` words after the head in its clause when the object is the head's passive
    # subject, before it: "the ambassador was summoned to Paris for consultations" (a recall), unlike "summoned
    # the Ugandan envoy for consultations over the border dispute" (a summons)
    passive_exclusions: frozenset[str] = frozenset()
    # a "by" phrase after a passive head is its doer, never its object: "the strike was sanctioned by the army chief"
    # (the sanctioned are the subject: "the junta's chief was sanctioned by the EU")
    agent_not_object: bool = False
    # a to-infinitive after the object (or after a passive head) gives the head its approving sense: "was sanctioned
    # by parliament to lead the transition", "sanctioned the army chief to form a government"
    infinitive_exclusion: bool = False
    # an object ending in a preposition ("observers to") must be followed by one of these words, its complement's
    # head, within the pattern's window and the clause: "sent observers to the so-called referendum"
    object_complements: frozenset[str] = frozenset()
    # words that end the search for an object complement before it is found: "signed an agreement with Uzbekistan |
    # to send workers" (the workers are no party to it, unlike "signed contracts with 40 welders")
    complement_stops: frozenset[str] = frozenset()
    # phrases that may not follow the object right after it (the object then belongs to another phrase): "jobs for
    # teachers from" + "the region" (locals, no incomers), "contracts with the military" + "hospital"
    object_noncomplements: tuple[tuple[str, ...], ...] = ()
    # a noncomplement phrase followed by one of these words names another thing: "the city" is the place itself,
    # "the city of Omsk" is not
    noncomplement_unless: frozenset[str] = frozenset()
    # (coder) the occupation context of context_required must stand in the head's clause, not anywhere in the
    # sentence ("invited OSCE observers to monitor the vote, which will not be held in occupied Abkhazia")
    clause_context: bool = False
    # a judging verb's small clause ("considers the visit ... a violation"): one of these words must stand
    # between the head and its object (the predicate), and a match there is the judged act, no event of its own
    judged_terms: frozenset[str] = frozenset()
    # (coder._generic_judgement_tied) objects that judge any act ("condemned ... as a provocation", "a violation
    # of international law"): the pattern's own theme stays only when the judged phrase names one of
    # generic_object_acts (the mission's acts: a referendum, an annexation), when the sentence shows the theme's
    # context, when it names one of generic_object_judged_acts (a visit, an opening) judged by the state whose
    # territory is occupied, or when it names one of these or of generic_object_anaphors (an act told before: "the
    # move") in a story about an occupied territory
    generic_objects: frozenset[tuple[str, ...]] = frozenset()
    generic_object_acts: frozenset[str] = frozenset()
    generic_object_judged_acts: frozenset[str] = frozenset()
    generic_object_anaphors: frozenset[str] = frozenset()
    acled_event: str | None = None
    acled_sub: str | None = None
    # keys only the coder reads (triggers.yaml header): article_context, forward_object, requires_stance,
    # restates, judge_not_occupation, igo_doer, object_of, object_owner_acts, recipient_subject, addressee_required, addressee_target, place_objects, leader_objects,
    # place_after_head, background_after_days,
    # places_locate
    article_context: bool = False
    forward_object: bool = False
    requires_stance: str | None = None
    # fires only under one of these cues (cues.yaml cue types): a noun that is an act only as what is asked
    # for ("called for sanctions against")
    requires_cue: frozenset[str] = frozenset()
    restates: bool = False
    # a denial that is no refusal to recognise when its judges are all the occupation's side (an entity or the
    # occupier): "Tiraspol said the decision was null and void" judges something else, not a mission act
    judge_not_occupation: bool = False
    # the doer must be an international body (an IGO actor code): "ECOWAS suspended Guinea's membership", not "the
    # African National Congress suspended the membership of Jacob Zuma"
    igo_doer: bool = False
    # the target must be an actor of a state or entity (a country code): "sat down with Wang Yi", not "sat down with
    # reporters" or "with his family"
    partner_required: bool = False
    # (coder) the partner (a target) must be an entity's actor and no other entity actor may stand in the head's
    # clause (the host or doer): "a group for ties with Belarus was set up in the Abkhaz parliament" is the entity's
    # own group, no third state's grant
    entity_partner: bool = False
    # dropped when its head lies in the object of a match of one of these pattern ids: "ended the suspension of
    # Mali" is one lifting, not a suspension too
    object_of: frozenset[str] = frozenset()
    object_owner_acts: bool = False
    # (coder) actor1 must be named before the head (or earlier in the story), never after it: "X was shown round
    # the port by Y" (Y is the host)
    subject_doer: bool = False
    # (coder) no doer named (subject, "by" agent or referent), no event: "Apple Maps lists Crimea as Russian"
    doer_required: bool = False
    # (coder) multi-word forms that are verb phrases though matched like nouns: a fronted question asks about them
    verbal_forms: bool = False
    subject_not_actor: bool = False  # (coder) the subject is a building, never a party: "the school would house ..."
    # (coder) the occupier judging its own hold of the place grants nothing: "Putin hailed the reunification of
    # Crimea as legitimate" is unthemed (a third party's words are the recognition)
    occupier_doer_unthemed: bool = False
    # (coder) ... or codes nothing at all: "Russia's statistics agency lists Crimea as a Russian region" is the
    # occupier's own register, no act on anyone
    occupier_doer_uncoded: bool = False
    recipient_subject: bool = False
    # (coder) giver and receiver must both be states, governments or international bodies (grammar.yaml
    # state_party_roles): "Pakistan received a tranche from the IMF", not "the farmer received a loan from the bank"
    state_parties: bool = False
    # (coder) an actor in a topic phrase after the object (these prepositions: "intelligence on North Korea") is what
    # the act is about, no partner
    topic_prepositions: frozenset = frozenset()
    # an appeal's addressee, an actor between the head and its object ("urged Beijing to"), must be named
    addressee_required: bool = False
    # the target is only the addressee between the head and its object, or a giver right after the object ("asked
    # for weapons from Germany"): no actor of a later phrase ("asked for air defence to protect against Russian attacks")
    addressee_target: bool = False
    # with addressee_target: the prepositions after the object (or a passive head) that may open the target's phrase
    # instead of grammar.yaml giver_prepositions ("condolences to the people of Nepal"; not "after the Hamas attack")
    target_prepositions: frozenset[str] = frozenset()
    # (find_matches) a frame around an act: it yields to any other match whose head stands in its object or within
    # its window after it ("made a request for humanitarian aid" is the aid appeal; "a request for the bodies to be
    # returned" lets "request for" cue the return)
    yields_to_acts: bool = False
    # (coder) a state, an IGO or a state's organ must be among the parties ("went to the bank with a request for a
    # loan" is none)
    polity_required: bool = False
    # (coder) with polity_required: roles that count as a party beside grammar.yaml polity_roles (NGO for aid)
    polity_extra_roles: frozenset = frozenset()
    # the object is only a marker the head needs near it, no participant: the match is read as the bare head
    # ("trip ... to": "the trip of Nicaraguan lawmakers to Abkhazia" is the noun "trip" and its phrase)
    object_marker: bool = False
    place_objects: bool = False
    # a named leader (an actor mention of a person with the GOV role) right after the head, or before its passive,
    # is an object as well ("Xi Jinping hosted Vladimir Putin in Beijing", "Orban was received by Donald Trump")
    leader_objects: bool = False
    # the place left must follow the head: a gazetteer place or "the city" ("workers left occupied Mariupol")
    place_after_head: bool = False
    # the origin after the worker noun's "from" or the destination after the head must be an occupied place
    occupied_end: bool | str = False  # True, or "venue": the place after the object's in/at
    # the object may not own a noun after it ("deportation or the Russian army's mobilisation": the army owns another act)
    object_not_owner: bool = False
    # workers named by a local origin only (a building or an occupied place after "from") are no incomers
    incomer_origin: bool = False
    background_after_days: int | None = None
    places_locate: bool = False
    # a phrasal-verb head may be split by its object ("blew the bridge up"): patterns with objects always
    # (the object must stand in the gap), others only with this flag (triggers._split_heads)
    split: bool = False
    # (coder) the head and its object are a verbless advert fragment ("Shift work in the new regions: 150,000
    # roubles a month"): they open the sentence, or follow a colon, an exclamation or an advert opener, and the
    # object's phrase ends at punctuation or the sentence end (coder._verbless_fragments); "Pay for shift work in
    # the new regions has been cut" is a report
    verbless: bool = False
    # (coder._roles_pair) no actor after the object is a party: the object opens the act's reason, whose people
    # are no target ("was fined for hiring 12 Kyrgyz chambermaids": the hotel is fined, not Kyrgyzstan)
    reason_object: bool = False


@dataclass
class Lexicon:
    digest: str
    cameo: dict[str, CameoCode]
    themes: dict[str, dict]
    patterns: list[Pattern]
    # first token -> list of (phrase tokens, ((kind, pattern index), ...)); kind: head | object
    trigger_index: dict[str, list[tuple[tuple[str, ...], tuple[tuple[str, int], ...]]]]
    # first token -> list of (phrase tokens, cue type), longest first
    cue_index: dict[str, list[tuple[tuple[str, ...], str]]]
    cue_window: int
    agent_between: frozenset[str]
    transforms: dict[str, dict]
    discard_index: dict[str, list[tuple[str, ...]]]
    clause_breaks: frozenset[str]
    passive_fillers: frozenset[str]
    be_forms: frozenset[str]
    speech_before: tuple[tuple[str, ...], ...]
    speech_after: frozenset[str]
    anaphora: dict[tuple[str, ...], tuple[str, ...]]
    anaphora_index: dict[str, list[tuple[str, ...]]]
    context_terms: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    background_before: frozenset[str] = frozenset()
    background_window: int = 3
    origin_prepositions: frozenset[str] = frozenset()
    origin_max_words: int = 4
    parenthetical_max_words: int = 0
    # first words of a modifier between a predicate's subject and its copula ("the vote in Crimea was")
    subject_modifiers: frozenset[str] = frozenset()
    # at most this many words from such a modifier to the predicate ("credentials handed over in the occupied
    # Tskhinvali region had no legal force"); a subject with auxiliaries only keeps 6
    subject_modifier_window: int = 6
    head_words: frozenset[str] = frozenset()
    # first words of the irregular forms of irregular_verbs that differ from the lemma ("taken", "held")
    irregular_participles: frozenset[str] = frozenset()
    # words that make an appeal cue a question ("asked Lavrov about the talks": cues.yaml question_after_appeal)
    question_after_appeal: frozenset[str] = frozenset()
    # appeal cues whose "about" phrase is the act proposed, cues only with a topic word between
    # ("sounded out Belgrade about honouring its passports": cues.yaml topic_appeals, topic_words)
    topic_appeals: frozenset[tuple[str, ...]] = frozenset()
    topic_words: frozenset[str] = frozenset()
    # ("lobbied for sanctions relief at the G20 meeting": cues.yaml object_appeals, object_appeal_max_gap) a cue whose
    # "for" must head the act: at most that many words between, none a preposition
    object_appeals: frozenset[tuple[str, ...]] = frozenset()
    object_appeal_max_gap: int = 3
    # ("observers invited by Moscow watched the voting": cues.yaml participle_appeals, participle_appeal_agent) an
    # appeal participle with its agent right after it and no be-form before it modifies the noun before it
    participle_appeals: frozenset[str] = frozenset()
    participle_appeal_agent: str = ""


# ------------------------------------------------------------------ inflection
_VOWELS = set("aeiou")


def _verb_forms(lemma: str, irregular: dict[str, list[str]]) -> set[str]:
    """Regular inflections of a (possibly multi-word) verb plus listed irregular forms."""
    words = lemma.split()
    head, rest = words[0], words[1:]
    forms = {head}
    if head.endswith(("s", "x", "z", "ch", "sh", "o")):
        forms.add(head + "es")
    elif len(head) > 2 and head.endswith("y") and head[-2] not in _VOWELS:
        forms.add(head[:-1] + "ies")
    else:
        forms.add(head + "s")
    if head.endswith("ee"):  # a stressed -ee keeps its e: oversee -> overseeing, agree -> agreeing
        forms.update({head + "d", head + "ing"})
    elif head.endswith("e"):
        forms.update({head + "d", head[:-1] + "ing"})
    elif len(head) > 2 and head.endswith("y") and head[-2] not in _VOWELS:
        forms.update({head[:-1] + "ied", head + "ing"})
    else:
        forms.update({head + "ed", head + "ing"})
        # consonant-vowel-consonant short verbs double the consonant (ban -> banned)
        if (len(head) <= 4 and len(head) >= 3 and head[-1] not in _VOWELS | {"w", "x", "y"}
                and head[-2] in _VOWELS and head[-3] not in _VOWELS):
            forms.update({head + head[-1] + "ed", head + head[-1] + "ing"})
    out = {" ".join([f, *rest]) for f in forms}
    for form in irregular.get(lemma, []):
        out.add(form)
    if rest and lemma not in irregular:
        # a phrasal verb takes its head verb's irregular forms: take up -> took up, taken up
        out.update(" ".join([form, *rest]) for form in irregular.get(head, []))
    return out


def _term_groups(value, pid: str) -> tuple[frozenset[str], ...]:
    """sentence_terms: a flat list is one group, a list of lists several groups that must all match.
    The sentence's words are compared, so each term must be one word as the text is tokenized."""
    if not value:
        return ()
    groups = value if all(isinstance(v, list) for v in value) else [value]
    out = []
    for group in groups:
        terms = set()
        for term in group:
            toks = phrase_tokens(str(term))
            if len(toks) != 1:
                raise ValueError(f"triggers.yaml pattern {pid}: sentence term {term!r} is not one word")
            terms.add(toks[0])
        out.append(frozenset(terms))
    return tuple(out)


def _noun_forms(noun: str, uninflected: frozenset = frozenset()) -> set[str]:
    words = noun.split()
    last = words[-1]
    forms = {last}
    if noun in uninflected:
        pass  # a pronoun: "it" has no plural "its" (triggers.yaml uninflected_objects)
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(last + "es")
    elif len(last) > 2 and last.endswith("y") and last[-2] not in _VOWELS:
        forms.add(last[:-1] + "ies")
    elif last.endswith("man"):
        forms.add(last[:-3] + "men")
    elif last.isalpha() and len(last) > 1:
        forms.add(last + "s")
    return {" ".join([*words[:-1], f]) for f in forms}


# ------------------------------------------------------------------ loading
def _yaml_load(path: Path):
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=loader)


def _load_cameo(path: Path) -> dict[str, CameoCode]:
    out = {}
    with open(path, encoding="utf-8") as fh:
        rows = csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t")
        for r in rows:
            out[r["code"]] = CameoCode(
                code=r["code"], name=r["name"], root=r["root"], quad_class=int(r["quad_class"]),
                goldstein=float(r["goldstein"]), plover_type=r["plover_type"],
                plover_mode=r["plover_mode"] or None, plover_context=r["plover_context"] or None,
                acled_disorder_type=r["acled_disorder_type"], acled_event_type=r["acled_event_type"],
                acled_sub_event_type=r["acled_sub_event_type"])
    return out


def _index_add(index: dict, phrase: tuple[str, ...], value):
    if not phrase:
        return
    index.setdefault(phrase[0], []).append((phrase, value))


def _phrase_terms(raw, pid: str) -> tuple | None:
    """phrase_terms: {after: [phrases], terms: [words], window: n} -> (phrase word tuples, terms, window)."""
    if not raw:
        return None
    if set(raw) - {"after", "terms", "window"} or not raw.get("after") or not raw.get("terms"):
        raise ValueError(f"triggers.yaml: pattern {pid} phrase_terms needs after and terms (and a window)")
    return (tuple(phrase_tokens(str(ph)) for ph in raw["after"]),
            frozenset(str(w).lower() for w in raw["terms"]), int(raw.get("window", 6)))


# every key a triggers.yaml pattern may have: any other is an error (a misspelt or renamed key would
# silently switch its rule off). The keys are Pattern's fields (has_objects is derived) and the word lists
# the index is built from.
_PATTERN_KEYS = frozenset(f.name for f in fields(Pattern)) - {"has_objects"} | {"verbs", "forms", "objects"}


def compile_lexicon(directory: Path) -> Lexicon:
    codebook = directory / "codebook"
    digest = _digest(codebook)
    cameo = _load_cameo(codebook / "cameo.tsv")
    themes = _load_yaml_themes(codebook / "themes.yaml")
    trig = _yaml_load(codebook / "triggers.yaml")
    cues = _yaml_load(codebook / "cues.yaml")
    irregular = {k: list(v) for k, v in (trig.get("irregular_verbs") or {}).items()}
    uninflected = frozenset(str(w).lower() for w in trig.get("uninflected_objects") or ())

    patterns: list[Pattern] = []
    phrase_entries: dict[tuple[str, ...], set[tuple[str, int]]] = {}
    seen_ids = set()
    for raw in trig["patterns"]:
        pid = raw["id"]
        if pid in seen_ids:
            raise ValueError(f"triggers.yaml: duplicate pattern id {pid}")
        seen_ids.add(pid)
        if set(raw) - _PATTERN_KEYS:
            raise ValueError(f"triggers.yaml: pattern {pid} has unknown keys {sorted(set(raw) - _PATTERN_KEYS)}")
        code = str(raw["code"])
        if code not in cameo:
            raise ValueError(f"triggers.yaml: pattern {pid} uses unknown CAMEO code {code}")
        for theme in raw.get("themes") or ():
            if theme not in themes:
                raise ValueError(f"triggers.yaml: pattern {pid} names unknown theme {theme}")
        objects = [str(o) for o in (raw.get("objects") or [])]
        p = Pattern(
            id=pid, code=code, themes=tuple(raw.get("themes") or ()), stance=raw.get("stance"),
            negatable=bool(raw.get("negatable", False)), symmetric=bool(raw.get("symmetric", False)),
            mutual=bool(raw.get("mutual", False)),
            window=int(raw.get("window", 6)), has_objects=bool(objects), priority=int(raw.get("priority", 1)),
            context_required=bool(raw.get("context_required", False)),
            subject_objects=bool(raw.get("subject_objects", False)),
            subject_prepositions=frozenset(str(w).lower() for w in raw.get("subject_prepositions") or ()),
            defer_inner=bool(raw.get("defer_inner", False)),
            intransitive_subject=bool(raw.get("intransitive_subject", False)),
            copula_subject=bool(raw.get("copula_subject", False)),
            copula_required=bool(raw.get("copula_required", False)),
            speaker_doer=bool(raw.get("speaker_doer", False)),
            sentence_terms=_term_groups(raw.get("sentence_terms"), pid),
            sentence_exclusions=frozenset(str(w).lower() for w in raw.get("sentence_exclusions") or ()),
            sentence_exclusion_phrases=tuple(tuple(str(w).lower().split())
                                             for w in raw.get("sentence_exclusion_phrases") or ()),
            phrase_terms=_phrase_terms(raw.get("phrase_terms"), pid),
            head_object_exclusions=frozenset(str(w).lower() for w in raw.get("head_object_exclusions") or ()),
            exclusions_unless=frozenset(str(w).lower() for w in raw.get("exclusions_unless") or ()),
            clause_terms=_term_groups(raw.get("clause_terms"), pid),
            clause_terms_subject=bool(raw.get("clause_terms_subject")),
            clause_terms_before=bool(raw.get("clause_terms_before")),
            targets_without_terms=(str(raw["targets_without_terms"]["code"]), str(raw["targets_without_terms"]["rule"]))
            if raw.get("targets_without_terms") else None,
            gap_exclusions=frozenset(str(w).lower() for w in raw.get("gap_exclusions") or ()),
            clause_exclusions=frozenset(str(w).lower() for w in raw.get("clause_exclusions") or ()),
            clause_exclusions_owner=bool(raw.get("clause_exclusions_owner")),
            clause_exclusions_agent=bool(raw.get("clause_exclusions_agent")),
            agent_exclusions=frozenset(str(w).lower() for w in raw.get("agent_exclusions") or ()),
            subject_doer=bool(raw.get("subject_doer")), doer_required=bool(raw.get("doer_required")), verbal_forms=bool(raw.get("verbal_forms")),
            passive_exclusions=frozenset(str(w).lower() for w in raw.get("passive_exclusions") or ()),
            agent_not_object=bool(raw.get("agent_not_object")),
            infinitive_exclusion=bool(raw.get("infinitive_exclusion")),
            noncomplement_unless=frozenset(str(w).lower() for w in raw.get("noncomplement_unless") or ()),
            object_complements=frozenset(str(w).lower() for w in raw.get("object_complements") or ()),
            complement_stops=frozenset(str(w).lower() for w in raw.get("complement_stops") or ()),
            clause_context=bool(raw.get("clause_context")),
            object_noncomplements=tuple(tuple(str(w).lower().split()) for w in raw.get("object_noncomplements") or ()),
            judged_terms=frozenset(str(w).lower() for w in raw.get("judged_terms") or ()),
            generic_objects=frozenset(phrase_tokens(str(w)) for w in raw.get("generic_objects") or ()),
            generic_object_acts=frozenset(str(w).lower() for w in raw.get("generic_object_acts") or ()),
            generic_object_judged_acts=frozenset(str(w).lower() for w in raw.get("generic_object_judged_acts") or ()),
            generic_object_anaphors=frozenset(str(w).lower() for w in raw.get("generic_object_anaphors") or ()),
            outcome=bool(raw.get("outcome", False)),
            acled_event=raw.get("acled_event"), acled_sub=raw.get("acled_sub"),
            article_context=bool(raw.get("article_context")), forward_object=bool(raw.get("forward_object")),
            requires_stance=raw.get("requires_stance"),
            requires_cue=frozenset(str(c) for c in raw.get("requires_cue") or ()), restates=bool(raw.get("restates")),
            judge_not_occupation=bool(raw.get("judge_not_occupation")),
            igo_doer=bool(raw.get("igo_doer")), partner_required=bool(raw.get("partner_required")),
            entity_partner=bool(raw.get("entity_partner")), object_of=frozenset(str(x) for x in raw.get("object_of") or ()),
            object_owner_acts=bool(raw.get("object_owner_acts")),
            subject_not_actor=bool(raw.get("subject_not_actor")),
            occupier_doer_unthemed=bool(raw.get("occupier_doer_unthemed")), occupier_doer_uncoded=bool(raw.get("occupier_doer_uncoded")),
            recipient_subject=bool(raw.get("recipient_subject")),
            state_parties=bool(raw.get("state_parties")),
            topic_prepositions=frozenset(str(x) for x in raw.get("topic_prepositions") or ()),
            addressee_required=bool(raw.get("addressee_required")),
            addressee_target=bool(raw.get("addressee_target")),
            target_prepositions=frozenset(str(w).lower() for w in raw.get("target_prepositions") or ()),
            yields_to_acts=bool(raw.get("yields_to_acts")), polity_required=bool(raw.get("polity_required")),
            polity_extra_roles=frozenset(str(w).lower() for w in raw.get("polity_extra_roles") or ()),
            object_marker=bool(raw.get("object_marker")),
            place_objects=bool(raw.get("place_objects")), leader_objects=bool(raw.get("leader_objects")),
            place_after_head=bool(raw.get("place_after_head")),
            occupied_end=(raw.get("occupied_end") if raw.get("occupied_end") == "venue"
                          else bool(raw.get("occupied_end"))), object_not_owner=bool(raw.get("object_not_owner")),
            incomer_origin=bool(raw.get("incomer_origin")),
            background_after_days=raw.get("background_after_days"), places_locate=bool(raw.get("places_locate")),
            split=bool(raw.get("split")), verbless=bool(raw.get("verbless")),
            reason_object=bool(raw.get("reason_object")))
        idx = len(patterns)
        patterns.append(p)
        heads: set[str] = set()
        # (a nested list is a shared YAML anchor, flattened: triggers.yaml work_done_verbs)
        for verb in (v for item in raw.get("verbs") or () for v in (item if isinstance(item, list) else (item,))):
            heads |= _verb_forms(str(verb).lower(), irregular)
        forms = {str(f).lower() for f in raw.get("forms") or ()} - heads
        for h in heads:
            toks = phrase_tokens(h)
            if toks:
                phrase_entries.setdefault(toks, set()).add(("head", idx))
        for h in forms:  # literal forms: event nouns mostly ("fighting", "importation")
            toks = phrase_tokens(h)
            if toks:
                phrase_entries.setdefault(toks, set()).add(("form", idx))
        for obj in objects:
            for f in _noun_forms(obj.lower(), uninflected):
                toks = phrase_tokens(f)
                if toks:
                    phrase_entries.setdefault(toks, set()).add(("object", idx))
    trigger_index: dict = {}
    for phrase in sorted(phrase_entries, key=lambda t: (-len(t), t)):
        _index_add(trigger_index, phrase, tuple(sorted(phrase_entries[phrase])))

    before = cues["before"]
    cue_index: dict = {}
    cue_pairs = []
    for ctype, phrases in before["cues"].items():
        if ctype not in cues["transforms"]:
            raise ValueError(f"cues.yaml: cue type {ctype} has no transform")
        for ph in phrases:
            cue_pairs.append((phrase_tokens(str(ph)), ctype))
    for toks, ctype in sorted(set(cue_pairs), key=lambda x: (-len(x[0]), x)):
        _index_add(cue_index, toks, ctype)

    discard_index: dict = {}
    for ph in cues.get("discard") or ():
        _index_add(discard_index, phrase_tokens(str(ph)), None)
    discard_index = {k: [(p, None) for p in sorted({p for p, _ in v}, key=len, reverse=True)]
                     for k, v in discard_index.items()}

    anaphora = {phrase_tokens(k): tuple(v) for k, v in (cues.get("anaphora") or {}).items()}
    anaphora_index: dict = {}
    for toks in sorted(anaphora, key=len, reverse=True):
        anaphora_index.setdefault(toks[0], []).append(toks)

    context_terms = {name: tuple(phrase_tokens(t) for t in th.get("context_terms") or ())
                     for name, th in themes.items()}
    head_words = frozenset(ph[0] for ph, ents in phrase_entries.items() if any(k != "object" for k, _ in ents))
    return Lexicon(
        digest=digest, cameo=cameo, themes=themes, patterns=patterns, trigger_index=trigger_index,
        cue_index=cue_index, cue_window=int(before.get("window", 5)),
        agent_between=frozenset(before.get("agent_between") or ()), transforms=cues["transforms"],
        question_after_appeal=frozenset(str(w).lower() for w in before.get("question_after_appeal") or ()),
        topic_appeals=frozenset(phrase_tokens(str(p)) for p in before.get("topic_appeals") or ()),
        topic_words=frozenset(str(w).lower() for w in before.get("topic_words") or ()),
        object_appeals=frozenset(phrase_tokens(str(p)) for p in before.get("object_appeals") or ()),
        object_appeal_max_gap=int(before.get("object_appeal_max_gap", 3)),
        participle_appeals=frozenset(str(w).lower() for w in before.get("participle_appeals") or ()),
        participle_appeal_agent=str(before.get("participle_appeal_agent") or "").lower(),
        discard_index=discard_index, clause_breaks=frozenset(cues.get("clause_breaks") or ()),
        passive_fillers=frozenset(cues.get("passive_fillers") or ()),
        be_forms=frozenset(cues.get("be_forms") or ()),
        speech_before=tuple(phrase_tokens(p) for p in cues.get("speech_before") or ()),
        speech_after=frozenset(cues.get("speech_after") or ()),
        anaphora=anaphora, anaphora_index=anaphora_index, context_terms=context_terms,
        head_words=head_words,
        irregular_participles=frozenset(
            w for lemma, forms in irregular.items() for w in (str(f).lower().split()[0] for f in forms or ())
            if w != str(lemma).lower().split()[0]),
        background_before=frozenset(cues.get("background_before") or ()),
        background_window=int(cues.get("background_window", 3)),
        origin_prepositions=frozenset(cues.get("origin_prepositions") or ()),
        origin_max_words=int(cues.get("origin_max_words", 4)),
        parenthetical_max_words=int(cues.get("parenthetical_max_words", 0)),
        subject_modifiers=frozenset(cues.get("subject_modifiers") or ()),
        subject_modifier_window=int(cues.get("subject_modifier_window", 6)))


_ELSEWHERE_ACTORS = ("states", "partially_recognized", "none")


def _mission_link_spec(theme: str, raw: dict | None) -> dict | None:
    """themes.yaml mission_link, checked: when a pattern's own theme stays (coder._mission_link)."""
    if not raw:
        return None
    unknown = set(raw) - {"parties", "party_places", "places_locate", "elsewhere_actors", "origin_roles",
                          "vote_words", "vote_parties", "vote_domestic_roles", "domestic_origins",
                          "domestic_origins_generic", "occupied_state_doer_roles", "occupied_state_free_origins",
                          "states_only_entity_words"}
    elsewhere = raw.get("elsewhere_actors", "none")
    if unknown or elsewhere not in _ELSEWHERE_ACTORS:
        raise ValueError(f"themes.yaml {theme}.mission_link: unknown keys {sorted(unknown)} or "
                         f"elsewhere_actors {elsewhere!r} (one of {', '.join(_ELSEWHERE_ACTORS)})")
    return {"parties": frozenset(str(c) for c in raw.get("parties") or ()),
            "party_places": bool(raw.get("party_places")), "places_locate": bool(raw.get("places_locate")),
            "elsewhere_actors": elsewhere,
            "origin_roles": frozenset(str(c) for c in raw.get("origin_roles") or ()),
            "occupied_state_doer_roles": frozenset(str(c) for c in raw.get("occupied_state_doer_roles") or ()),
            "vote_words": frozenset(str(w).lower() for w in raw.get("vote_words") or ()),
            "vote_parties": frozenset(str(c) for c in raw.get("vote_parties") or ()),
            "vote_domestic_roles": frozenset(str(c) for c in raw.get("vote_domestic_roles") or ()),
            "domestic_origins": tuple(tuple(str(w).lower().split()) for w in raw.get("domestic_origins") or ()),
            "domestic_origins_generic": tuple(tuple(str(w).lower().split())
                                              for w in raw.get("domestic_origins_generic") or ()),
            "occupied_state_free_origins": tuple(tuple(str(w).lower().split())
                                                 for w in raw.get("occupied_state_free_origins") or ()),
            "states_only": "states_only_entity_words" in raw,
            "states_only_entity_words": word_seqs(raw.get("states_only_entity_words"))}


def _reactions_spec(theme: str, raw: dict | None) -> dict | None:
    """themes.yaml reactions, checked: which acts in reaction to a granting act are its denial (coder._reactions).
    Links and openers become word tuples in the coder's word split (grammar.word_seqs)."""
    if not raw:
        return None
    unknown = set(raw) - {"roots", "stance", "links", "back_links", "fronted_links", "openers", "max_gap_words", "anaphoric_nouns",
                          "anaphoric_determiners", "anaphoric_complements", "anaphoric_window", "anaphoric_sentences",
                          "anaphoric_modifiers", "anaphoric_rules"}
    if unknown:
        raise ValueError(f"themes.yaml {theme}.reactions: unknown keys {sorted(unknown)}")
    return {"roots": frozenset(str(r) for r in raw.get("roots") or ()), "stance": raw.get("stance"),
            "links": word_seqs(raw.get("links")), "fronted_links": word_seqs(raw.get("fronted_links")),
            "back_links": word_seqs(raw.get("back_links")),
            "openers": word_seqs(raw.get("openers")),
            "max_gap_words": int(raw.get("max_gap_words", 12)),
            "anaphoric_nouns": frozenset(str(w).lower() for w in raw.get("anaphoric_nouns") or ()),
            "anaphoric_determiners": frozenset(str(w).lower() for w in raw.get("anaphoric_determiners") or ()),
            "anaphoric_complements": frozenset(str(w).lower() for w in raw.get("anaphoric_complements") or ()),
            "anaphoric_window": int(raw.get("anaphoric_window", 4)),
            "anaphoric_modifiers": int(raw.get("anaphoric_modifiers", 0)),
            "anaphoric_rules": frozenset(str(w) for w in raw.get("anaphoric_rules") or ()),
            "anaphoric_sentences": int(raw.get("anaphoric_sentences", 2))}


def _load_yaml_themes(path: Path) -> dict[str, dict]:
    data = _yaml_load(path)
    themes = data["themes"]
    for name, th in themes.items():
        th.setdefault("context_codes", [])
        th["context_codes"] = {str(c) for c in th["context_codes"]}
        th["stance_by_root"] = {str(k): v for k, v in (th.get("stance_by_root") or {}).items()}
        th["mission_link"] = _mission_link_spec(name, th.get("mission_link"))
        # word and code lists looked up per match: sets, built once
        for key in ("party_codes", "visit_codes", "party_roles", "party_words", "non_party_roles", "visitor_roles",
                    "occupation_party_words", "visit_judging_cues", "entity_seek_patterns"):
            th[key] = frozenset(str(v) for v in th.get(key) or ())
        th["reactions"] = _reactions_spec(name, th.get("reactions"))
    return themes


def _digest(codebook: Path) -> str:
    h = hashlib.sha1(f"format={LEXICON_FORMAT}".encode())
    for name in CODEBOOK_FILES:
        h.update(name.encode())
        h.update((codebook / name).read_bytes())
    for module in ("text.py", "grammar.py", "lexicon.py"):  # tokenization and compilation shape the result
        h.update(Path(__file__).with_name(module).read_bytes())
    return h.hexdigest()[:16]


@lru_cache(maxsize=4)
def _load(directory: str) -> Lexicon:
    path = Path(directory)
    digest = _digest(path / "codebook")
    return load_or_build(cache_dir() / f"lexicon-{digest}.pickle", lambda: compile_lexicon(path),
                         valid=lambda obj: isinstance(obj, Lexicon) and obj.digest == digest)


def get_lexicon() -> Lexicon:
    """The compiled codebook for the current schemas dir (compiled once per process)."""
    return _load(schemas_subdir())
