"""Rule checks for the classes of the session-19 dev round, general phrasings dev17 and general actors dev12
(written by an independent writer who never ran the coder). Each class: the dev row, own variants in other
wordings, and near-misses that must still code (or code differently)."""
import pytest

from pipeline.coding import code_article


def _events(text, date="2024-03-14"):
    return code_article({"article_id": "t", "published": date, "text": text})


def _roots(text, date="2024-03-14"):
    return sorted({e["cameo_root"] for e in _events(text, date)})


def _codes(text, date="2024-03-14"):
    return sorted({e["cameo_code"] for e in _events(text, date)})


def _pairs(text, root, date="2024-03-14"):
    return [(e["actor1_code"], e["actor2_code"]) for e in _events(text, date) if e["cameo_root"] == root]


def _show(text):
    return [(e["cameo_code"], e["rule"], e["trigger_text"]) for e in _events(text)]


# --- market quantities, products and pests as subjects (grammar.yaml nonagent_subject*) -------------------------
@pytest.mark.parametrize("text", [
    "Oil prices surrendered early gains on Thursday as traders shrugged off fresh sanctions threats, while Tokyo's "
    "Nikkei retreated from its record high of 42,224 points.",
    "The Dow retreated from its record high on Friday.",
    "The Indian rupee retreated from record lows as the central bank intervened.",
    "The Argentine peso came under attack from speculators after the central bank's surprise rate cut, falling 3% "
    "against the dollar in Buenos Aires trading on Friday.",
    "The Turkish lira came under attack on Monday.",
    "Cheap Chinese electric cars have invaded the Brazilian market, capturing a fifth of new-car sales in Sao Paulo "
    "state in just two years, according to dealers' association Fenabrave.",
    "Chinese imports invaded the Indian market.",
    "Desert locust swarms invaded farmland across eastern Ethiopia and northern Somalia last month, destroying "
    "thousands of hectares of sorghum, the FAO said in Rome.",
    "Locusts invaded farmland in Kenya, destroying crops.",
    "The rupee fell to a record low in early Mumbai trading on Monday.",
])
def test_nonagent_subjects_code_nothing(text):
    assert _roots(text) == [], _show(text)


@pytest.mark.parametrize("text, root", [
    # near-misses: troops invading farmland, protesters attacking a market, positions under attack, armoured cars
    ("Russian troops invaded farmland near Kharkiv, destroying crops.", "19"),
    ("Protesters attacked a market in Lagos.", "14"),
    ("Russian positions came under attack from Ukrainian drones on Monday.", "18"),
    ("Armoured cars stormed the compound in Tripoli.", "18"),
    ("Israeli forces retreated from Khan Younis.", "08"),
    ("Heavy snow fell and rebels attacked the town.", "18"),
    ("India and Iran traded oil in rupees in 2019, officials said.", "06"),
    # a reaction whose subject is its cause, not its doer
    ("Fuel prices sparked protests across Nigeria on Monday.", "14"),
])
def test_agents_beside_market_words_still_code(text, root):
    assert root in _roots(text), _show(text)


def test_trading_with_a_partner_stays_trade():
    assert "06" in _roots("Russia is interested in trading with India, Putin said.")


# --- an artist thanking a jury or fans (triggers.yaml support.praise head_object_exclusions) --------------------
@pytest.mark.parametrize("text", [
    "A Kazakh drama about the 1930s famine swept the top prizes at the Tallinn Black Nights festival, its director "
    "thanking the jury for \"recognising a forgotten history\".",
    "The Ukrainian director thanked the jury at Cannes on Sunday.",
    "The Georgian singer praised her fans after winning Eurovision.",
    "Accepting the award in Berlin, the Iranian actress thanked the audience.",
])
def test_thanking_a_jury_codes_nothing(text):
    assert _roots(text) == [], _show(text)


@pytest.mark.parametrize("text, pair", [
    ("Zelenskiy thanked Germany for its air defence systems.", ("UKRGOV", "DEU")),
    ("Hungary thanked Serbia on Monday for its help with the floods.", ("HUN", "SRB")),
    ("Kyiv welcomed the jury's verdict against the Russian soldier.", None),
])
def test_thanks_between_parties_stay(text, pair):
    pairs = _pairs(text, "05")
    assert pairs, _show(text)
    if pair:
        assert pair in pairs, pairs


# --- fiction and games (grammar.yaml fiction_*) -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "In the novel's final chapter, the rebel army storms the capital at dawn and executes the ageing dictator on the "
    "steps of his palace.",
    "In the opera's second act, soldiers arrest the poet and burn his manuscripts.",
    "The new strategy game lets players negotiate treaties, impose embargoes and declare war on neighbouring empires "
    "across 400 years of history.",
    "The game allows gamers to invade Poland.",
    "Paradox's latest grand strategy title, a sequel, lets players annex provinces and wage war.",
])
def test_fiction_and_game_play_code_nothing(text):
    assert _roots(text) == [], _show(text)


@pytest.mark.parametrize("text, root", [
    # near-misses: footage, a place's possessive, a real act after the game's clause, permission given by a state
    ("In a video posted online, Russian soldiers executed two prisoners near Bakhmut.", "18"),
    ("In the city's main square, protesters clashed with police on Sunday.", "14"),
    ("The simulation lets players bomb cities, but critics said Russian troops attacked Kharkiv.", "18"),
    ("The government lets companies impose embargoes on Russia.", "16"),
])
def test_real_acts_beside_fiction_words_stay(text, root):
    assert root in _roots(text), _show(text)


# --- an inquiry opened, with modifiers (triggers.yaml investigate.open) -----------------------------------------
@pytest.mark.parametrize("text", [
    "Prosecutors in Lima opened a preliminary investigation on Monday into the 2019 purchase of 24 armoured vehicles "
    "from a Brazilian firm, the public ministry said on X.",
    "Brazil's federal police launched a formal inquiry into the former president on Tuesday.",
    "Italian prosecutors have begun a criminal investigation into the shipwreck.",
    "Swedish prosecutors have opened a preliminary investigation into suspected sabotage after a fibre-optic cable "
    "between Gotland and Latvia was damaged.",
])
def test_inquiry_opened_is_one_investigation(text):
    evs = _events(text)
    assert [e["cameo_root"] for e in evs] == ["09"], _show(text)


@pytest.mark.parametrize("text", [
    "The university opened its new investigation centre on Monday.",
    "Kenyan police launched a new investigation unit in Nairobi on Monday.",
])
def test_offices_and_spacecraft_are_no_inquiry(text):
    assert "09" not in _roots(text), _show(text)


# --- one force's firing drills (triggers.yaml mobilize.firing_drills) ------------------------------------------
@pytest.mark.parametrize("text", [
    "North Korea conducted artillery drills near the western maritime border on Friday for the second day running, "
    "South Korea's Joint Chiefs of Staff said.",
    "Iran's Revolutionary Guards staged live-fire drills in the Strait of Hormuz on Tuesday.",
    "Taiwan's army held missile drills on Penghu island this week.",
    "China began live-fire exercises around Taiwan on Saturday.",
])
def test_firing_drills_are_a_show_of_force(text):
    assert _codes(text) == ["150"], _show(text)


@pytest.mark.parametrize("text", [
    "Russia and Belarus held joint artillery drills near the Polish border.",
    "China held live-fire drills with Russia on Monday.",
])
def test_joint_drills_stay_cooperation(text):
    assert _codes(text) == ["062"], _show(text)


# --- an act after "ahead of" has not happened (grammar.yaml reference_point_phrases) -----------------------------
@pytest.mark.parametrize("text", [
    "Police in Lahore rounded up more than 120 supporters of the jailed former prime minister overnight ahead of a "
    "planned rally, his party said on Sunday.",
    "Belarusian police detained 30 activists ahead of Sunday's opposition march in Minsk.",
    "In the run-up to the protest, Ugandan police arrested 50 opposition members.",
])
def test_protest_ahead_of_arrests_is_no_protest(text):
    assert _roots(text) == ["17"], _show(text)


@pytest.mark.parametrize("text", [
    "Ahead of the vote, protesters clashed with police in Dhaka.",
    "Thousands of protesters rallied in Lahore on Sunday ahead of the election.",
])
def test_protests_before_a_reference_point_stay(text):
    assert "14" in _roots(text), _show(text)


# --- a characterisation after "as" (grammar.yaml characterisation_*) --------------------------------------------
@pytest.mark.parametrize("text", [
    "Tunisian police detained a prominent lawyer live on television on Saturday, and the UN human rights office in "
    "Geneva condemned the arrest on Monday as \"an attack on the legal profession\".",
    "Amnesty International denounced the verdict as an assault on press freedom.",
    "The opposition described the arrests as a massacre of democracy.",
])
def test_characterisations_are_no_acts(text):
    assert [r for r in _roots(text) if r in ("18", "19", "20")] == [], _show(text)


@pytest.mark.parametrize("text", [
    "Civilians fled as an attack began on the town.",
    "The EU condemned the attack on the convoy in Gaza.",
])
def test_attacks_not_characterised_stay(text):
    assert "18" in _roots(text) or "11" in _roots(text), _show(text)


# --- a warning that the other side will bear the consequences (triggers.yaml threaten.warn_consequences) --------
@pytest.mark.parametrize("text, pair", [
    ("China's foreign ministry demanded on Friday that Japan retract the prime minister's remarks on Taiwan and "
     "warned that Tokyo would \"bear all consequences\" if it intervened in the Taiwan Strait.", ("CHNGOV", "JPNGOV")),
    ("Russia warned Finland it would bear the consequences of joining NATO.", ("RUS", "FIN")),
    ("Iran warned Washington on Monday that it will face the consequences of any attack on its nuclear sites.",
     ("IRN", "USAGOV")),
    ("North Korea warned Seoul would pay a heavy price for the drills.", ("PRK", "KORGOV")),
])
def test_consequences_warnings_are_threats(text, pair):
    assert pair in _pairs(text, "13"), _show(text)


@pytest.mark.parametrize("text", [
    "The IMF warned that consumers would bear the consequences of the tariffs.",
    "Economists warned that Britain would pay a high price for leaving the single market.",
])
def test_forecast_consequences_are_no_threats(text):
    assert "13" not in _roots(text), _show(text)


# --- a measure dropped in a sentence that tells protests (triggers.yaml yield.concede_policy) --------------------
@pytest.mark.parametrize("text, roots", [
    ("Panama's government shelved its disputed copper-mine contract on Friday, a day after thousands of protesters "
     "blocked the Pan-American Highway near Penonome.", ["08", "14"]),
    ("Kenya's president withdrew the finance bill a day after protesters stormed parliament.", ["08", "14"]),
    ("Serbia's government scrapped the Rio Tinto lithium project on Thursday after weeks of mass protests.", ["08"]),
    ("After days of riots, Nigeria's government suspended the fuel price hike on Monday.", ["08"]),
])
def test_measures_dropped_after_protests_yield(text, roots):
    got = _roots(text)
    assert all(r in got for r in roots), _show(text)


def test_a_bill_withdrawn_without_protest_is_no_yield():
    assert "08" not in _roots("The ministry withdrew the bill for redrafting on Monday.")


# --- visa restrictions on a state's officials (triggers.yaml sanction.entry_ban) --------------------------------
@pytest.mark.parametrize("text, pair", [
    ("Washington imposed visa restrictions on 250 Nicaraguan officials on Wednesday, including police commanders and "
     "judges.", ("USAGOV", "NICGOV")),
    ("The State Department announced visa restrictions on 14 Georgian officials.", ("USAGOV", "GEOGOV")),
    ("Britain imposed visa restrictions on Russian diplomats on Monday.", ("GBR", "RUSGOV")),
])
def test_visa_restrictions_are_sanctions(text, pair):
    assert pair in _pairs(text, "16"), _show(text)


def test_domestic_travel_restrictions_stay_administrative():
    assert _codes("Beijing imposed travel restrictions on Shanghai residents in April.") == ["172"]


# --- actors: an elected office holder not yet sworn in; one person's second office ------------------------------
@pytest.mark.parametrize("text, root, pair", [
    ("Mexico's president, Claudia Sheinbaum, spoke by phone with U.S. President-elect Donald Trump on Wednesday "
     "about migration and tariffs.", "04", ("MEXGOV", "USAELI")),
    ("Zelenskiy met U.S. President-elect Donald Trump in Paris on Saturday.", "04", ("UKRGOV", "USAELI")),
])
def test_elected_office_holders(text, root, pair):
    assert pair in _pairs(text, root), _show(text)


@pytest.mark.parametrize("text, source", [
    # (the dev row's target, "Senegal's newly elected president", stays SEN: see its KNOWN_WRONG entry)
    ("Mohamed Ould Ghazouani, Mauritania's president and current chairman of the African Union, received Senegal's "
     "newly elected president Bassirou Diomaye Faye in Nouakchott on Thursday.", "MRTGOV"),
    ("Angola's president and chairman of the African Union met Macron in Paris.", "AGOGOV"),
    ("Ghana's president and rotating chairman of ECOWAS condemned the coup in Niger.", "GHAGOV"),
])
def test_second_office_is_the_same_person(text, source):
    got = [p for r in ("04", "11") for p in _pairs(text, r)]
    assert got and {a for a, _ in got} == {source}, got


def test_two_office_holders_stay_two():
    got = _pairs("Kenya's president and the chairman of the African Union Commission met in Nairobi.", "04")
    assert ("KENGOV", "IGOAFU") in got, got
