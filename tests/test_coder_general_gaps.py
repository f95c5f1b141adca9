"""General (non-mission) coder rules added for gaps of tests/data/general_phrasings.jsonl: British spellings of
figurative objects, fixed compounds ("riot police"), supporters as rioters, a raid beside arrests, what an
accusation alleges and reduced allegation relatives, receiving aid, warnings of a response, water cannon at a
vessel, sports game-play words. Several phrasings per rule, with near-misses that must not change."""
import pytest

from pipeline.coding import code_article


def _events(text):
    return code_article({"article_id": "t", "published": "2024-03-14", "text": text})


def _roots(text):
    return {e["cameo_root"] for e in _events(text)}


def _rules(text):
    return [e["rule"] for e in _events(text)]


@pytest.mark.parametrize("text", [
    "The actor is fighting leukaemia, his agent said on Friday.",
    "The former president is battling leukaemia, his family said.",
    "Volunteers battled flames for hours to save the historic church.",
    "Firefighters battled the flames through the night.",
])
def test_figurative_british_spellings(text):
    assert not _roots(text) & {"17", "18", "19", "20"}, _rules(text)


@pytest.mark.parametrize("text", [
    "The central bank slashed interest rates to fight a looming recession.",
    "The government is battling an economic downturn.",
])
def test_economic_ills_are_figurative(text):
    assert not _roots(text) & {"17", "18", "19", "20"}, _rules(text)


def test_figurative_near_miss():
    assert "19" in _roots("Troops battled rebels near the border on Sunday.")
    assert "19" in _roots("The army is fighting a rebel insurgency in the north.")


def test_weather_homograph_at_sentence_start():
    assert not _roots("Storms battered southern Brazil, leaving at least 20 people dead.")
    assert not _roots("Storm Ciaran lashed the coast of Cornwall overnight.")
    assert "18" in _roots("Gunmen stormed a hotel in Mogadishu.")


@pytest.mark.parametrize("text", [
    "Riot police were deployed across the capital.",
    "Riot officers stood guard outside parliament.",
    "Riot police used water cannon against thousands of protesters in Belgrade on Saturday.",
])
def test_riot_police_is_no_riot(text):
    assert "protest.riot" not in _rules(text), _rules(text)


def test_riot_compound_near_misses():
    assert "protest.riot" in _rules("Inmates rioted at a prison in Guayaquil.")
    assert "protest.riot" in _rules("Protesters attacked police in Paris.")


@pytest.mark.parametrize("text", [
    "Opposition supporters torched police cars and ransacked government offices in Nairobi.",
    "Supporters of the opposition leader torched cars in Dakar.",
    "Government supporters attacked journalists in Caracas.",
])
def test_supporters_violence_is_a_riot(text):
    assert "protest.riot" in _rules(text), _rules(text)


def test_supporters_near_misses():
    assert "protest.riot" not in _rules("Opposition supporters were beaten by police in Kampala.")
    assert _rules("The president's supporters rallied in the capital.") == ["protest.rally"]


@pytest.mark.parametrize("text", [
    "Israeli troops raided the Nur Shams refugee camp, detaining at least 20 Palestinians.",
    "Police raided the homes of activists and detained five people.",
    "Israeli forces raided Jenin, arresting 15 Palestinians.",
])
def test_raid_with_arrests_is_the_arrest(text):
    assert _roots(text) == {"17"}, _rules(text)


def test_raid_near_misses():
    assert "18" in _roots("Israeli forces raided Jenin, killing three Palestinians and arresting 15.")
    assert "18" in _roots("Troops raided a rebel hideout in the mountains.")


@pytest.mark.parametrize("text, roots", [
    ("Washington imposed sanctions on three Chinese companies accused of supplying drones to Russia.", {"16"}),
    ("Sanctions were imposed on five shipping firms accused of carrying stolen grain.", {"16"}),
    ("Police detained two men suspected of spying for Russia.", {"17"}),
    ("Moscow accused Kyiv of shelling the Zaporizhzhia nuclear power plant.", {"11"}),
    ("The US accused Iran of supplying drones to Russia.", {"11"}),
    ("Russia accused Ukraine of having attacked the Kremlin with drones.", {"11"}),
])
def test_allegations_are_no_acts(text, roots):
    assert _roots(text) == roots, _rules(text)


def test_allegation_near_misses():
    # a headline subject is still accused; the alleged act is still no event
    assert _roots("Russia was accused of shelling the plant.") == {"11"}
    assert _roots("Kyiv accused of shelling Donetsk") == {"11"}
    # an act after the accusation's phrase is news
    assert "19" in _roots("Ukraine accused Russia of war crimes and shelled Donetsk.")


@pytest.mark.parametrize("text, giver, receiver", [
    ("Ukraine received its first F-16 fighter jets from Denmark and the Netherlands.", "DNK", "UKR"),
    ("Kyiv has received Patriot air defence systems from Germany, the defence ministry said.", "DEU", "UKR"),
    ("Ukraine took delivery of Leopard tanks from Poland on Friday.", "POL", "UKR"),
])
def test_receiving_aid_is_the_givers_act(text, giver, receiver):
    evs = [e for e in _events(text) if e["cameo_root"] == "07"]
    assert evs and all((e["actor1_code"] or "")[:3] in (giver, "NLD") and (e["actor2_code"] or "")[:3] == receiver
                       for e in evs), [(e["actor1_code"], e["actor2_code"]) for e in evs]


def test_receiving_near_misses():
    assert not _roots("The hospital received medical supplies.")  # no giver named
    assert "07" not in _roots("Ukraine received a delegation from France.")
    assert "07" not in _roots("The minister received a letter from Moscow about the weapons.")


@pytest.mark.parametrize("text", [
    'Seoul warned Pyongyang of a "stern response" to any provocation.',
    "Iran warned Israel of a harsh response if it attacked its nuclear sites.",
    "China warned of countermeasures after the US approved arms sales to Taiwan.",
])
def test_warned_of_a_response_is_a_threat(text):
    assert "13" in _roots(text), _rules(text)


def test_warning_near_misses():
    assert not _roots("The UN warned of a humanitarian catastrophe in Gaza.")
    assert not _roots("Economists warned of the dire consequences of the war for food prices.")


@pytest.mark.parametrize("text", [
    "Chinese coast guard vessels fired water cannon at a Philippine supply boat near Second Thomas Shoal.",
    "A Chinese ship used water cannons against a Philippine vessel on Saturday.",
])
def test_water_cannon_at_a_vessel(text):
    assert _rules(text) == ["coerce.water_cannon_vessel"], _rules(text)


def test_water_cannon_near_misses():
    assert _rules("Police used water cannon against protesters in Tbilisi.") == ["coerce.repression"]
    assert not _roots("The boat carried a water cannon on its deck.")


@pytest.mark.parametrize("text", [
    "The striker fired a shot into the top corner to give Madrid the lead.",
    "The winger fired a shot against the crossbar.",
])
def test_sports_game_play(text):
    assert not _roots(text), _rules(text)


def test_sports_near_miss():
    assert "19" in _roots("Police opened fire on the striker's car.")


@pytest.mark.parametrize("text", [
    "Russian forces took full control of Marinka, the defence ministry said.",
    "Ukrainian forces regained control of Kupiansk.",
    "Russian troops gained control of the village of Krynky.",
    "Rebels wrested control of the airport from government troops.",
])
def test_taking_control_of_a_place_is_a_capture(text):
    evs = code_article({"article_id": "t", "published": "2024-03-14", "text": text})
    assert any(e["cameo_code"] == "192" for e in evs), [(e["cameo_code"], e["rule"]) for e in evs]


@pytest.mark.parametrize("text", [
    "Shareholders took full control of the company.",
    "The government took control of the central bank.",
])
def test_taking_control_of_a_company_is_no_capture(text):
    evs = code_article({"article_id": "t", "published": "2024-03-14", "text": text})
    assert not any(e["cameo_code"].startswith("19") for e in evs), [(e["cameo_code"], e["rule"]) for e in evs]


@pytest.mark.parametrize("text, doer", [
    ("Lukashenko visited occupied Crimea, drawing condemnation from Kyiv.", "UKRGOV"),
    ("The visit drew sharp criticism from Georgia.", "GEO"),
    ("The plan has drawn criticism from the European Union.", "IGOEEC"),
])
def test_a_reaction_drawn_from_someone_is_their_disapproval(text, doer):
    evs = code_article({"article_id": "t", "published": "2024-03-14", "text": text})
    assert any(e["cameo_code"] == "111" and e["actor1_code"] == doer for e in evs), \
        [(e["cameo_code"], e["actor1_code"], e["actor2_code"]) for e in evs]


@pytest.mark.parametrize("text", ["The team drew 1-1 with Shakhtar Donetsk.", "His remarks drew criticism.",
                                  "The border was drawn in 1991."])
def test_drawing_without_a_reaction_from_someone_is_no_disapproval(text):
    evs = code_article({"article_id": "t", "published": "2024-03-14", "text": text})
    assert not any(e["rule"] == "disapprove.reaction_from" for e in evs), [(e["cameo_code"], e["rule"]) for e in evs]
