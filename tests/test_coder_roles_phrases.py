"""Who did it to whom, phrase structure (coder._participial_subject, _quoted_speaker, the reduced
relative and army-goal passives of _roles_pair, triggers._reduced_relative; actors.py relation nouns
and verb-like modifiers; grammar.yaml participial_clause_non_verbs, quoted_first_person,
reduced_relative_*, army_goal_prepositions; agents.tsv owner=other). Realistic variants per rule and
near-misses that must not change."""
import pytest

from pipeline.coding import code_article
from pipeline.coding.actors import find_actors


def _events(text, prefix="", published="2023-10-05"):
    return [e for e in code_article({"article_id": "t", "published": published, "text": text})
            if (e["cameo_code"] or "").startswith(prefix)]


def _dyads(text, prefix="", published="2023-10-05"):
    return {(e["actor1_country"] or None, e["actor2_country"] or None) for e in _events(text, prefix, published)}


def _by_trigger(text, word):
    return {(e["actor1_country"] or None, e["actor2_country"] or None)
            for e in _events(text) if word in (e["trigger_text"] or "").lower()}


# ---- 1. a participial clause after a comma shares the subject of the clause before it
@pytest.mark.parametrize("text, word, doer, not_doer", [
    ("Russia has been recruiting migrants from Central Asia to fight in Ukraine, offering them "
     "fast-track citizenship.", "offering", "RUS", "CAS"),
    ("The Kremlin recruited migrants from Uzbekistan, promising them Russian passports.", "promising", "RUS", "UZB"),
    ("Poland expelled Russian diplomats, accusing them of spying.", "accusing", "POL", "RUS"),
    ("Bangladesh rejected an Indian proposal for a trade deal, urging India to sign a regional "
     "agreement instead.", "sign", "BGD", "IND"),
])
def test_participial_clause_takes_the_main_subject(text, word, doer, not_doer):
    d = _by_trigger(text, word)
    assert d and all(a == doer for a, _b in d), d
    assert not any(a == not_doer for a, _b in d)


def test_participial_clause_with_no_subject_before_gets_no_object_as_doer():
    d = _by_trigger("Protesters rallied in Tbilisi against Russia, demanding sanctions.", "demanding")
    assert d and all(a != "RUS" for a, _b in d)


@pytest.mark.parametrize("text, word, doer", [
    # near-misses: the -ing verb has its own subject, or is no participle after a comma
    ("Russia is recruiting migrants from Central Asia, while Belarus is offering them fast-track citizenship.",
     "offering", "BLR"),
    # (not "accused Russia of deporting": what an accusation alleges is no event, docs/coder.md 4d)
    ("Ukraine said Russia was deporting children from Kherson.", "deporting", "RUS"),
])
def test_participial_near_misses(text, word, doer):
    d = _by_trigger(text, word)
    assert d and all(a == doer for a, _b in d), d


# ---- 2. "we"/"I" inside a quotation stands for the quoted speaker
@pytest.mark.parametrize("text, doer", [
    ('"We will not recognize this circus," a Moldovan official said of the vote in Transnistria.', "MDA"),
    ('"We will never recognize the annexation of Crimea," said Ukrainian Foreign Minister Dmytro Kuleba.', "UKR"),
    ('"I will not recognize the results," Zelensky told reporters.', "UKR"),
    ('Lavrov said: "We will expel the Latvian ambassador."', "RUS"),
    ('"We condemn the vote," the Georgian Foreign Ministry said in a statement.', "GEO"),
])
def test_quoted_first_person_is_the_speaker(text, doer):
    d = _dyads(text)
    assert d and all(a == doer for a, _b in d), d


@pytest.mark.parametrize("text", [
    # near-misses: a third person inside the quote, a first person outside any quote
    '"They will never recognize the annexation," a Moldovan official said.',
    'We will never recognize the annexation, a Moldovan official said.',
])
def test_no_speaker_for_other_pronouns_or_unquoted(text):
    assert all(a != "MDA" for a, _b in _dyads(text))


# ---- 3. relation nouns: "allies of Russia" are not Russia
@pytest.mark.parametrize("text", [
    "Russia's allies recognized the annexation.",
    "The allies of Moscow recognized the annexation.",
    "Putin's partners recognized the annexation.",
])
def test_relation_noun_owner_is_not_the_doer(text):
    d = _dyads(text, "05")
    assert d and all(a is None for a, _b in d), d


def test_relation_noun_before_relative_clause_keeps_copula_subject():
    assert _dyads("Belarus is one of the allies of Russia that recognized the annexation.", "05") == {("BLR", None)}


@pytest.mark.parametrize("text, code", [
    # near-misses: a group before the noun names the members themselves
    ("Western allies imposed sanctions on Russia.", "WST"),
    ("NATO allies imposed sanctions on Russia.", "IGONAT"),
    ("The Russian side rejected the proposal.", "RUS"),
])
def test_relation_noun_with_group_before_is_the_group(text, code):
    assert {e["actor1_code"] for e in _events(text)} == {code}


def test_relation_phrase_is_no_place_and_no_party():
    (a,) = [x for x in find_actors("the allies of Russia") if x.kind == "relation"]
    assert a.code == "" and a.country == ""
    e = _events("Belarus is one of the allies of Russia that recognized the annexation.")
    assert e and all(x["location_name"] != "Russia" for x in e)


# ---- 4. a verb after an actor noun is no modifier of the next noun
@pytest.mark.parametrize("text, spans", [
    ("Russian forces forced civilians to dig trenches.", ["Russian forces", "civilians"]),
    ("Russian troops forced residents to take Russian passports.", ["Russian troops", "residents"]),
])
def test_verb_like_modifier_after_actor_breaks_the_compound(text, spans):
    got = [a.text for a in find_actors(text)]
    assert all(s in got for s in spans), got


def test_modifier_before_noun_still_joins():
    assert [a.code for a in find_actors("Russian occupation forces deported civilians.")][0] == "RUSMIL"
    assert "forced laborers" in [a.text for a in find_actors("North Korean forced laborers arrived.")][0]


# ---- 5. a participle after the object of an infinitive is a reduced relative: no cue, passive roles
@pytest.mark.parametrize("text", [
    "India asked Russia to release its citizens recruited into the army.",
    "Nepal urged Moscow to return its nationals recruited to fight in Ukraine.",
])
def test_reduced_relative_is_not_what_was_asked(text):
    e = [x for x in _events(text) if "recruited" in x["trigger_text"].lower()]
    assert e and all(not x["cameo_code"].startswith("02") for x in e)
    assert all(x["actor1_country"] not in ("IND", "NPL") for x in e)


@pytest.mark.parametrize("text, prefix", [
    # near-misses: the cue's own verb, a coordinated verb, an adverb before the participle
    ("India asked Russia to stop recruiting its citizens into the army.", "02"),
    ("Russia has not yet recognized Abkhazia.", "12"),
])
def test_cue_still_reaches_its_own_verb(text, prefix):
    assert _events(text, prefix)


def test_prepositional_to_is_no_infinitive():
    from pipeline.coding.triggers import _reduced_relative
    words = "up to hundreds of nepalis recruited into the russian army have died".split()
    assert not _reduced_relative(words, 0, words.index("recruited"))
    words = "india asked russia to release hundreds of nepalis recruited into the army".split()
    assert _reduced_relative(words, 2, words.index("recruited"))


def test_up_to_is_no_infinitive():
    d = _dyads("Up to 100 Albanians demonstrated on Tuesday in Serbia.", "14")
    assert d and all(a is not None for a, _b in d)


# ---- 6. an agentless passive "into the Russian army": the army is the doer
@pytest.mark.parametrize("text", [
    "Migrants from Central Asia are being lured into the Russian army with promises of citizenship.",
    "Hundreds of foreigners were recruited into the Russian army.",
])
def test_army_goal_is_the_doer(text):
    d = _dyads(text, "15")
    assert d and all(a == "RUS" for a, _b in d), d


def test_place_goal_is_no_doer():
    d = _dyads("Civilians were deported into Russia.")
    assert all(a != "RUS" for a, _b in d)


# ---- 7. "opposition groups in X" take X
@pytest.mark.parametrize("text, doer", [
    ("Opposition parties in Belarus condemned the vote.", "BLR"),
    ("Opposition groups in Georgia condemned the referendum in Abkhazia.", "GEO"),
])
def test_opposition_groups_in_a_country(text, doer):
    d = _dyads(text)
    assert d and all(a == doer for a, _b in d), d
