"""Session 17 classes of world actors (from the misses of the session-16 "fresh6" rows; the sentences here are
new, with near-misses that must not change): a government named by its ruling party, bombers named by type,
the passive summons of a diplomat with a host phrase, warnings that the warner will not tolerate something, weapons
asked for (appeal for military aid)."""
import pytest

from pipeline.coding import code_article
from pipeline.coding.actors import find_actors


def _events(text, date="2025-03-01"):
    return code_article({"article_id": "t", "published": date, "text": text})


def _pairs(text, root, date="2025-03-01"):
    return [(e["actor1_code"], e["actor2_code"]) for e in _events(text, date) if e["cameo_root"] == root]


def _codes(text, date="2025-03-01"):
    return {m.text: m.code for m in find_actors(text)}


# --- actors.compound_facts / _party_government; grammar party_government_heads, party_government_owner_roles ---
@pytest.mark.parametrize("text, span, code", [
    ("Protesters accused the Georgian Dream government of rigging the vote.", "Georgian Dream government", "GEOGOV"),
    ("The Georgian Dream authorities banned foreign observers.", "Georgian Dream authorities", "GEOGOV"),
    ("Critics said the United Russia government ignored the regions.", "United Russia government", "RUSGOV"),
    # near-misses: the party's own people and the party itself stay the party's
    ("Georgian Dream officials met the EU envoy.", "Georgian Dream officials", "GEOPTY"),
    ("The Georgian Dream leadership picked a new chairman.", "Georgian Dream leadership", "GEOPTY"),
    ("Thousands marched against the Georgian Dream party.", "Georgian Dream party", "GEOPTY"),
])
def test_party_government(text, span, code):
    assert _codes(text).get(span) == code, _codes(text)


def test_party_government_event():
    assert ("GEOOPP", "GEOGOV") in _pairs(
        "Georgian opposition leaders accused the Georgian Dream government of stealing the election.", "11")


# --- agents.tsv: bombers named by type or mission (MIL) -------------------------------------------------------
@pytest.mark.parametrize("text, span, code", [
    ("Russian Tu-95 bombers fired cruise missiles at Ukrainian cities.", "Russian Tu-95 bombers", "RUSMIL"),
    ("Chinese H-6K bombers flew near Taiwan on Monday.", "Chinese H-6K bombers", "CHNMIL"),
    ("Two US B-52s flew over the Korean peninsula.", "US B-52s", "USAMIL"),
    ("Russian strategic bombers patrolled over the Baltic Sea.", "Russian strategic bombers", "RUSMIL"),
])
def test_typed_bombers(text, span, code):
    assert _codes(text).get(span) == code, _codes(text)


@pytest.mark.parametrize("text", [
    "Palestinian suicide bombers attacked a bus in Jerusalem.",
    "A suicide bomber killed 12 people in Kabul.",
    "Russian bombers struck Aleppo overnight.",     # a bare "bombers" stays no agent (suicide, car bombers)
    "He wore a bomber jacket to the summit.",
])
def test_bare_bombers_no_mil(text):
    assert not any(c.endswith("MIL") for c in _codes(text).values()), _codes(text)


def test_typed_bombers_event():
    text = "US B-52 bombers struck Islamic State positions in Syria on Sunday."
    assert ("USAMIL", "IMGREB") in _pairs(text, "19"), _pairs(text, "19")


# --- triggers.find_matches: a diplomat's host phrase before a be-passive; grammar host_phrase_prepositions -------
@pytest.mark.parametrize("text, pair", [
    ("The Russian ambassador to Poland, Sergei Andreev, was summoned by the Polish foreign ministry on Monday.",
     ("POLGOV", "RUSGOV")),
    ("Iran's envoy to Germany was summoned by the German foreign office after the execution.", ("DEUGOV", "IRNGOV")),
    ("The Chinese charge d'affaires to Lithuania was summoned by Lithuania's foreign ministry.", ("LTUGOV", "CHNGOV")),
])
def test_passive_summons_with_host(text, pair):
    assert pair in _pairs(text, "11"), _pairs(text, "11")


@pytest.mark.parametrize("text", [
    "The ambassador to Moldova was appointed by the president in May.",
    "The envoy in charge of the talks was summoned by the president.",   # "in" is no host phrase
    "The Russian ambassador to Moldova was received by President Maia Sandu.",
])
def test_passive_host_no_summons(text):
    assert not _pairs(text, "11"), _pairs(text, "11")


# --- triggers.yaml threaten.warn_not_tolerate; cues.yaml untolerated -------------------------------------------
@pytest.mark.parametrize("text, pair", [
    ("Iran warned Washington it would not tolerate any attack on its nuclear facilities.", ("IRN", "USAGOV")),
    ("The Houthis warned Saudi Arabia that they will not tolerate further air strikes on Sanaa.", ("YEMREB", "SAU")),
    ("China warned the Philippines that it won't tolerate provocations in the South China Sea.", ("CHN", "PHL")),
    ("Turkey's president warned Greece that his country would not tolerate violations of its airspace.",
     ("TURGOV", "GRC")),
])
def test_warn_not_tolerate(text, pair):
    assert pair in _pairs(text, "13"), _pairs(text, "13")


@pytest.mark.parametrize("text", [
    "Analysts warned that voters would not tolerate another tax rise.",
    "The EU warned Hungary that member states would not tolerate further delays.",
    "Doctors warned that patients would not tolerate the new drug.",
    "Russia warned Moldova that Europe would not tolerate the ban.",
])
def test_warn_not_tolerate_near_misses(text):
    assert not _pairs(text, "13"), _pairs(text, "13")


def test_untolerated_act_is_no_event():
    # the attack not to be tolerated is hypothetical: no refused attack (120) beside the threat
    evs = _events("Iran warned Washington it would not tolerate any attack on its nuclear facilities.")
    assert [e["cameo_root"] for e in evs] == ["13"], [(e["cameo_code"], e["rule"]) for e in evs]


# --- triggers.yaml appeal.military_aid (0232): weapons asked for -----------------------------------------------
@pytest.mark.parametrize("text, pair", [
    ("Ukraine's defence minister pressed Berlin for Taurus long-range missiles on Tuesday.", ("UKRMIL", "DEUGOV")),
    ("Taiwan's president asked the United States for more air defence systems, officials said.", ("TWNGOV", "USA")),
    ("Kyiv asked Washington for Patriot missiles.", ("UKRGOV", "USAGOV")),
    ("Ukraine asked Germany for more weapons and ammunition.", ("UKR", "DEU")),
])
def test_appeal_military_aid(text, pair):
    assert pair in _pairs(text, "02"), _pairs(text, "02")


@pytest.mark.parametrize("text", [
    "The mayor asked for calm as Russian missiles fell on the city.",
    "Reporters asked Trump about arms for Ukraine.",
    "The police asked residents for information about stolen weapons.",
    "He asked the court for leniency and weapons charges were dropped.",
    "Zelensky asked Trump whether the US would send more Patriot missiles.",
])
def test_appeal_military_aid_near_misses(text):
    assert not _pairs(text, "02"), _pairs(text, "02")
