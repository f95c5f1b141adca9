"""Actors of labour-migration events (session 18): migrants in a labour act are workers (LAB), not refugees (REF)
(coder._labour_migrant, grammar.yaml labour_migrant_*); workers a state, its government or a firm sends are its own
nationals (coder._sent_workers, grammar.yaml labour_sender_*); the "by" agent of a participle describing the subject
is no doer of the main verb (coder._participle_agent); "developer" and "Russian Guard" in the actor dictionary.
Theme decisions are unchanged: every sentence here was labour (or not) before."""
import pytest

from pipeline.coding import code_article


def _events(text, date="2024-06-01"):
    return code_article({"article_id": "t", "published": date, "text": text})


def _labour_pairs(text):
    return [(e["actor1_code"], e["actor2_code"]) for e in _events(text) if "labor_migration" in e["themes"]]


# --- coder._labour_migrant: migrants who come for work are LAB ------------------------------------------------
@pytest.mark.parametrize("text,pair", [
    ("Russian-installed officials in Mariupol recruited 200 migrants from Tajikistan to rebuild the drama theatre.",
     ("RUSGOV", "TJKLAB")),
    ("The Russian-installed authorities in Luhansk issued work permits to 500 migrants from Uzbekistan.",
     ("RUSGOV", "UZBLAB")),
    ("Occupation authorities in Kherson region are recruiting migrants from Central Asia to work on farms.",
     ("RUSGOV", "CASLAB")),
    ("Mariupol's occupation authorities are offering jobs to migrants from Central Asia.", ("RUSGOV", "CASLAB")),
    ("The occupation authorities deported a group of Tajik migrants from occupied Melitopol.", ("RUSGOV", "TJKLAB")),
    ("Russian companies hired 300 migrants from Uzbekistan to work in occupied Mariupol.", ("RUSBUS", "UZBLAB")),
    ("Hundreds of migrants from Uzbekistan were brought to occupied Berdyansk to build fortifications.",
     (None, "UZBLAB")),
    # the movers as actor1 of an arrival, a start of work or a contract
    ("Migrants from Kyrgyzstan arrived in occupied Melitopol to work on construction sites.", ("KGZLAB", None)),
    ("Uzbek migrants are working at construction sites across occupied Mariupol.", ("UZBLAB", None)),
    ("Migrants from Uzbekistan signed contracts to work in occupied Luhansk.", ("UZBLAB", None)),
])
def test_migrants_in_a_labour_act_are_workers(text, pair):
    assert pair in _labour_pairs(text)


def test_migrants_in_army_recruitment_are_workers_too():
    got = _labour_pairs("Occupation authorities in Berdyansk are forcing migrants from Uzbekistan to sign contracts "
                        "with the Russian army.")
    assert ("RUSGOV", "UZBLAB") in got


@pytest.mark.parametrize("text,code", [
    # migrants or refugees who flee stay REF, in a labour act too
    ("Migrants fleeing the war in Sudan were recruited to work on building sites in occupied Mariupol.", "REF"),
    ("Migrants who fled Afghanistan were hired to work in occupied Luhansk.", "REF"),
])
def test_fleeing_migrants_stay_refugees(text, code):
    got = _labour_pairs(text)
    assert got and all(code in pair for pair in got), got


@pytest.mark.parametrize("text,code", [
    # outside a labour act "migrants" keep the dictionary's REF
    ("Dozens of Uzbek migrants were detained in Moscow and deported to Tashkent.", "UZBREF"),
    ("Syrian refugees arrived in Belarus.", "SYRREF"),
])
def test_migrants_outside_labour_stay_ref(text, code):
    evs = _events(text)
    assert evs and all("labor_migration" not in e["themes"] for e in evs)
    assert any(code in (e["actor1_code"], e["actor2_code"]) for e in evs)


# --- coder._sent_workers: workers sent by a state or a firm are its own -----------------------------------------
@pytest.mark.parametrize("text,pair", [
    ("Pyongyang sent 1,000 workers to the occupied Donbas.", ("PRKGOV", "PRKLAB")),
    ("North Korea dispatched construction workers to Donetsk.", ("PRK", "PRKLAB")),
    ("Kim Jong Un agreed to send thousands of workers to occupied Donbas.", ("PRKGOV", "PRKLAB")),
    ("The Turkish government dispatched 150 builders to occupied Donetsk.", ("TURGOV", "TURLAB")),
    ("A Chinese company sent 300 workers to Melitopol.", ("CHNBUS", "CHNLAB")),
])
def test_sent_workers_are_the_senders_nationals(text, pair):
    assert pair in _labour_pairs(text)


@pytest.mark.parametrize("text,pair", [
    # the default occupier names no origin; an origin phrase names its own; a state destination is the target
    ("The occupation authorities sent 300 workers to Melitopol.", ("RUSGOV", "LAB")),
    ("The occupation authorities sent 300 workers from Mariupol to dig trenches.", ("RUSGOV", "LAB")),
    ("Uzbekistan will send 2,000 workers to Russia under a new agreement.", ("UZB", "RUS")),
    # hiring or bringing is no sending: the hirer's workers come from elsewhere
    ("The occupation authorities signed a deal with an Uzbek firm and brought 300 workers to Mariupol.",
     ("RUSGOV", "LAB")),
])
def test_workers_not_sent_by_their_own_state_keep_no_country(text, pair):
    assert pair in _labour_pairs(text)


# --- coder._participle_agent: "X hired by Y sent ...": X is the doer ---------------------------------------------
@pytest.mark.parametrize("text,pair", [
    ("A Chinese company hired by the occupation administration sent 300 workers to Melitopol.", ("CHNBUS", "CHNLAB")),
    ("A Turkish contractor hired by the Russian-installed authorities brought 200 builders from Turkey to Mariupol.",
     ("TURBUS", "TURLAB")),
    ("A Russian firm backed by the Kremlin hired 300 North Korean workers for Donetsk construction sites.",
     ("RUSBUS", "PRKLAB")),
    ("An Uzbek recruitment firm hired by Russian developers sent 400 builders to occupied Mariupol.",
     ("UZBBUS", "UZBLAB")),
])
def test_a_participles_agent_is_no_doer(text, pair):
    assert pair in _labour_pairs(text)


@pytest.mark.parametrize("text,doer", [
    # an unowned delegation is its leader's
    ("A delegation led by Abkhazia's de facto foreign minister visited occupied Donetsk.", "ABKGOV"),
    # a passive main verb keeps its own agent handling; an appositive with commas is no reduced relative here
    ("Russia accused Ukraine, backed by the West, of attacking workers.", "RUS"),
])
def test_participle_agent_near_misses(text, doer):
    evs = _events(text)
    assert evs and evs[0]["actor1_code"] == doer


# --- agents.tsv, organizations.tsv -----------------------------------------------------------------------------
@pytest.mark.parametrize("text,pair", [
    ("Russian developer Samolet brought 400 migrant workers from Kyrgyzstan to occupied Mariupol.",
     ("RUSBUS", "KGZLAB")),
    ("A developer from Moscow hired 200 Tajik builders for Mariupol.", ("RUSBUS", "TJKLAB")),
    ("Russian Guard officers detained 15 migrant workers at a construction site in occupied Mariupol.",
     ("RUSMIL", "LAB")),
])
def test_developers_and_the_russian_guard(text, pair):
    assert pair in _labour_pairs(text)


# --- coder._fronted_object_participle, coder._participle_origin: "Workers brought from X by Y ..." ---------------
@pytest.mark.parametrize("text,pair", [
    ("Workers brought from Uzbekistan by the occupation authorities are rebuilding Mariupol.", ("RUSGOV", "UZBLAB")),
    ("Uzbek builders brought to Mariupol by the Russian-installed administration live in dormitories.",
     ("RUSGOV", "UZBLAB")),
    ("Labourers recruited by the DPR authorities in Tajikistan are working in Mariupol.", ("DPRGOV", "LAB")),
    ("Some 300 workers brought from Uzbekistan by the occupation authorities arrived in Mariupol.",
     ("RUSGOV", "UZBLAB")),
    # the hiring of a foreign firm: the hirer acts on the firm
    ("A Turkish contractor hired by the Russian-installed authorities brought 200 builders from Turkey to Mariupol.",
     ("RUSGOV", "TURBUS")),
])
def test_a_fronted_participles_agent_acts_on_the_workers(text, pair):
    assert pair in _labour_pairs(text)


def test_the_arrival_after_a_participle_phrase_is_the_workers():
    # neither the participle's agent nor the origin inside its phrase arrives
    got = [(e["actor1_code"], e["actor2_code"]) for e in _events(
        "Some 300 workers brought from Uzbekistan by the occupation authorities arrived in Mariupol.")
        if e["rule"] == "labor.workers_arrive"]
    assert got == [("LAB", None)], got


@pytest.mark.parametrize("text,pair", [
    # a place of origin is no state: the workers keep no country
    ("Workers brought from Mariupol by the occupation authorities are digging trenches near Tokmak.",
     ("RUSGOV", "LAB")),
    # a passive main verb keeps its own reading: the hirer is no bringer
    ("Builders hired by a Moscow contractor were brought to occupied Mariupol.", (None, "LAB")),
    # a participle phrase of the doer itself
    ("Tajik labourers hired by a Rostov contractor arrived in occupied Melitopol last week.", ("TJKLAB", None)),
])
def test_fronted_participle_near_misses(text, pair):
    assert pair in _labour_pairs(text)


def test_a_participle_agent_outside_labour_is_the_doer_too():
    # the class is general: "Troops deployed to Belarus by Russia" are Russia's deployment
    got = [(e["actor1_code"], e["actor2_code"]) for e in _events(
        "Troops deployed to Belarus by Russia attacked Ukraine from the north.") if e["cameo_root"] == "15"]
    assert got == [("RUS", "MIL")], got


# --- coder._labour_movers and the recoded arrival: workers who arrive or work act on no earlier party ------------
@pytest.mark.parametrize("text,rule,pair", [
    ("The Russian-installed administration has been bringing in Uzbek builders, who arrived in Mariupol last week.",
     "labor.workers_arrive", ("UZBLAB", None)),
    ("Marat Khusnullin, Russia's deputy prime minister, said 10,000 builders from North Korea would arrive in Donetsk.",
     "labor.workers_arrive", ("PRKLAB", None)),
    ("The Russian-installed authorities expelled dozens of Uzbek migrants from Mariupol for working without permits.",
     "labor.workers_at_work", ("UZBLAB", None)),
])
def test_moving_workers_take_no_earlier_target(text, rule, pair):
    got = [(e["actor1_code"], e["actor2_code"]) for e in _events(text) if e["rule"] == rule]
    assert got == [pair], got


@pytest.mark.parametrize("text,pair", [
    # the main act keeps its target; a destination state after the verb stays one
    ("The Russian-installed administration has been bringing in Uzbek builders, who arrived in Mariupol last week.",
     ("RUSGOV", "UZBLAB")),
    ("Workers are leaving the occupied regions for jobs in Poland.", ("LAB", "POL")),
])
def test_moving_workers_near_misses(text, pair):
    assert pair in _labour_pairs(text)


# --- agents.tsv: trades are workers -------------------------------------------------------------------------
@pytest.mark.parametrize("text,pair", [
    ("The DPR's labour ministry said 400 welders from Kazakhstan had arrived in Donetsk.", ("KAZLAB", None)),
    ("Electricians from Belarus arrived in occupied Melitopol.", ("BLRLAB", None)),
])
def test_trades_are_workers(text, pair):
    assert pair in _labour_pairs(text)


# --- coder._labour_causer: who ordered, invited or organised a labour act with no doer ---------------------------
@pytest.mark.parametrize("text,pair", [
    ("About 300 Uzbek builders have been brought to Mariupol on the orders of the occupation administration.",
     ("RUSGOV", "UZBLAB")),
    ("On the orders of the occupation administration, 300 Uzbek builders were brought to Mariupol.",
     ("RUSGOV", "UZBLAB")),
    ("300 builders were brought to Mariupol at the invitation of the occupation administration.", ("RUSGOV", "LAB")),
    ("The arrival of 300 Uzbek builders was organised by the occupation authorities.", ("RUSGOV", "UZBLAB")),
    ("The recruitment of migrants from Tajikistan was organised by the Russian-installed administration in Melitopol.",
     ("RUSGOV", "TJKLAB")),
])
def test_the_causer_of_a_doerless_labour_act_is_actor1(text, pair):
    assert pair in _labour_pairs(text)


@pytest.mark.parametrize("text,pair", [
    # a requester is not who sends; another clause's organiser organised something else
    ("Some 500 North Korean workers were sent to Donetsk at the request of the DPR authorities.", (None, "PRKLAB")),
    ("Uzbek builders were brought to Mariupol, where a concert was organised by the occupation authorities.",
     (None, "UZBLAB")),
    # a train with workers names no mover: actor1 stays unknown
    ("A train carrying 600 Uzbek labourers pulled into Donetsk on Monday.", (None, "UZBLAB")),
])
def test_causer_near_misses(text, pair):
    assert pair in _labour_pairs(text)
