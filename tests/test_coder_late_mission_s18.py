"""s18 late round on the fresh when-where set (fresh17): four classes of its first-run misses, each with the row's
sentence, own variants and near-misses (docs/coder.md "s18 late round: mission classes")."""
import pytest

from pipeline.coding import code_article


def _events(text, date="2024-11-08"):
    return code_article({"article_id": "t", "published": date, "text": text})


def _labour(text, date="2024-11-08"):
    return [e for e in _events(text, date) if e["cameo_code"] == "061"]


# --- 1. a labour act at an occupied site named only in an earlier sentence ("the plant"): its occupation context;
# a relative clause's "since then" ("Rosatom, which has run the plant since then, has hired") is no running tally
_SEIZED = "Russian forces seized the Zaporizhzhia nuclear power plant, Europe's largest, in March 2022.\n\n"


@pytest.mark.parametrize("text", [
    _SEIZED + "Rosatom, which has run the plant since then, has hired dozens of engineers from Russia and Belarus to "
              "replace Ukrainian staff who left, Ukraine's Energoatom said in January.",
    "Russian troops took control of the Zaporizhzhia nuclear power plant in March 2022.\n\n"
    "Rosatom, which now operates the plant, has recruited dozens of engineers from Russia and Belarus.",
    "Russia's army occupied the Zaporizhzhia nuclear power plant in 2022.\n\nRosenergoatom, the Russian company that "
    "runs the plant, has hired dozens of engineers from Belarus, Energoatom said on Friday.",
    "Russian forces seized the Zaporizhzhia nuclear power plant in 2022.\n\nStaff at the plant have been hiring "
    "engineers from Russia, according to Energoatom.",
    "Rosatom, which runs the occupied Zaporizhzhia nuclear power plant since then, has hired dozens of engineers "
    "from Russia.",
])
def test_hire_at_an_occupied_plant_named_before_is_themed(text):
    got = _labour(text)
    assert got and all(e["themes"] == ["labor_migration"] and e["admin1_code"] == "UA-23" for e in got), got


@pytest.mark.parametrize("text", [
    # no site named before: no occupation context
    "Rosatom, which now operates the plant, has recruited dozens of engineers from Russia and Belarus.",
    # the plant named before is a free one
    "Ukraine's Khmelnytskyi nuclear power plant is running at full capacity.\n\n"
    "Energoatom, which operates the plant, has recruited dozens of engineers from Poland.",
    # a place of its own (Lviv): the occupied plant before is no antecedent
    _SEIZED + "In Lviv, Energoatom, which runs another plant, has recruited dozens of engineers from Poland.",
    # a sentence that names no plant is no antecedent of "the plant"
    "Russian forces captured Melitopol in 2022.\n\nEnergoatom, which operates the plant, has recruited dozens of "
    "engineers from Poland.",
])
def test_near_miss_plant_without_an_occupied_antecedent(text):
    assert not [e for e in _labour(text) if e["themes"]], _events(text)


@pytest.mark.parametrize("text", [
    # the tally marker in the head's own clause keeps the running tally (background)
    _SEIZED + "Since then, Rosatom has recruited about 300 technicians and engineers from Russia to work at the plant.",
    "Rosatom, which took over the occupied Zaporizhzhia nuclear power plant in 2022, has since then hired dozens of "
    "engineers from Russia.",
    "So far, only Syria and Nicaragua, which have close ties to Moscow, have recognised the DPR.",
])
def test_near_miss_tally_in_the_heads_own_clause_stays_background(text):
    assert not [e for e in _events(text) if e["cameo_code"] in ("061", "013", "030", "051")], _events(text)


# --- 2. a river's bank is a place, never a bank (BUS) -----------------------------------------------------------
@pytest.mark.parametrize("text,doer", [
    ("Russian-installed authorities on the occupied eastern bank of the Dnipro River have brought in hundreds of "
     "electricians and plumbers from Russia's Rostov and Krasnodar regions to repair power lines and water pipes, the "
     "Moscow-appointed governor, Vladimir Saldo, said this week.", "RUSGOV"),
    ("Occupation authorities on the left bank of the Dnieper have recruited 300 builders from Russia to rebuild "
     "Oleshky.", "RUSGOV"),
    ("The Russian-installed administration on the Russian-held bank of the Dniester hired workers from Belarus.",
     "RUSGOV"),
    ("Russian-installed officials on the occupied left bank of the Dnipro brought in builders from Dagestan.",
     "RUSGOV"),
])
def test_river_bank_is_no_business_doer(text, doer):
    got = _labour(text)
    assert got and all(e["actor1_code"] == doer for e in got), got


@pytest.mark.parametrize("text", [
    "A Russian bank has hired workers from Uzbekistan in occupied Melitopol.",
    "Sberbank, the largest Russian bank, brought in staff from Moscow to occupied Crimea.",
])
def test_near_miss_a_real_bank_stays_business(text):
    got = _labour(text)
    assert got and all(e["actor1_code"] == "RUSBUS" for e in got), got


# --- 3. an entity's leader named through the state that claims it: the entity's government ----------------------
@pytest.mark.parametrize("text,pair", [
    ("Nicaragua's ambassador presented his credentials to the leader of Georgia's Moscow-backed separatist region of "
     "South Ossetia on Tuesday, the region's foreign ministry said.", ("NICGOV", "SOSGOV")),
    ("The Syrian ambassador handed his credentials to the head of Georgia's Russian-backed breakaway region of South "
     "Ossetia on Monday.", ("SYRGOV", "SOSGOV")),
    ("Venezuela's envoy presented credentials to the president of Georgia's breakaway region of Abkhazia.",
     ("VENGOV", "ABKGOV")),
    ("Nauru's foreign minister met the leader of Moldova's separatist region of Transnistria in Tiraspol.",
     ("NRUGOV", "PMRGOV")),
])
def test_leader_of_a_claimants_breakaway_region_is_the_entitys(text, pair):
    got = [(e["actor1_code"], e["actor2_code"]) for e in _events(text) if e["cameo_root"] in ("04", "05")]
    assert got == [pair], _events(text)


@pytest.mark.parametrize("text,target", [
    ("The ambassador met the leader of Georgia's ruling party in Tbilisi.", "GEOPTY"),
    ("The Armenian ambassador met the leader of Georgia's government in Tbilisi.", "GEOGOV"),
])
def test_near_miss_leader_of_the_state_itself(text, target):
    got = [e["actor2_code"] for e in _events(text) if e["cameo_root"] == "04"]
    assert got and all(t == target for t in got), _events(text)


# --- 4. a fronted "In the neighbo(u)ring X region," moves the scene: the sentence is in X -------------------------
_KHERSON = ("Russian-installed authorities in occupied Kherson region have brought in hundreds of electricians from "
            "Russia.\n\nSaldo also said a delegation from Nicaragua had visited the occupied town of Henichesk in "
            "October.\n\n")


@pytest.mark.parametrize("text,region", [
    (_KHERSON + "In the neighboring Mykolaiv region, farmers said they had hired seasonal workers from western "
                "Ukraine for the autumn harvest.", "UA-48"),
    ("Occupation authorities in Melitopol recruited builders from Russia's Dagestan, the Moscow-installed governor "
     "said.\n\nThe Iranian delegation visited occupied Berdiansk on Monday.\n\nIn the neighbouring Dnipropetrovsk "
     "region, a steel plant said it had hired 200 workers from western Ukraine.", "UA-12"),
    (_KHERSON + "In neighbouring Mykolaiv region, a shipyard has recruited welders from western Ukraine.", "UA-48"),
    ("The Moscow-installed administration in occupied Donetsk brought in 500 miners from Russia.\n\n"
     "In the neighboring Dnipropetrovsk region, a coal company said it had hired 100 miners from western Ukraine.", "UA-12"),
])
def test_fronted_neighbouring_region_places_the_sentence(text, region):
    last = [e for e in _labour(text) if e["sentence_index"] == max(x["sentence_index"] for x in _events(text))]
    assert last and all(e["admin1_code"] == region and not e["occupied"] and not e["themes"] for e in last), last


@pytest.mark.parametrize("text,region", [
    # an occupied neighbouring region keeps its theme
    ("The Moscow-installed administration in occupied Donetsk brought in 500 miners from Russia.\n\n"
     "In the neighboring occupied Luhansk region, the authorities hired 300 builders from Russia.", "UA-09"),
    # no fronted neighbouring place: the article's occupied territory
    (_KHERSON + "Farmers said they had hired seasonal workers from Russia.", "UA-65"),
])
def test_near_miss_occupied_scene_keeps_its_theme(text, region):
    last = [e for e in _labour(text) if e["sentence_index"] == max(x["sentence_index"] for x in _events(text))]
    assert last and all(e["admin1_code"] == region and e["themes"] == ["labor_migration"] for e in last), last
