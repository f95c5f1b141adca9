"""Session 17 (branch s17m): recognition classes from the fresh16 / fresh15 misses, each with its own new sentences
and near-misses that must stay as they are (docs/coder.md, "Recognition classes, session 17")."""
import pytest

from pipeline.coding import code_article


def _code(text, published="2024-03-14"):
    return code_article({"article_id": "t", "published": published, "text": text})


def _themed(evs, rule=None):
    return [e for e in evs if "diplomatic_recognition" in e["themes"] and (rule is None or e["rule"] == rule)]


# -- a visa-free regime told by its effect on travellers (recognition.visa_free_entry)
@pytest.mark.parametrize("text", [
    "Citizens of Venezuela can now travel to Abkhazia visa-free under an agreement that took effect this week.",
    "Syrian nationals will be able to travel to the Donetsk People's Republic without a visa from March 1.",
    "From Monday Nauruan citizens may enter South Ossetia without visas for stays of up to 90 days.",
])
def test_visa_free_entry(text):
    hit = _themed(_code(text), "recognition.visa_free_entry")
    assert hit and all(e["recognition_stance"] == "grant" and e["cameo_code"] == "050" for e in hit)


@pytest.mark.parametrize("text", [
    "Residents of occupied Crimea can still enter Poland without visas if they hold Ukrainian biometric passports.",
    "Nicaraguan citizens cannot enter South Ossetia without visas.",
    "Tourists entered occupied Crimea without visas via Russia, Kyiv said.",
    "Ukrainian citizens can enter Poland without visas.",
    "Russian troops entered occupied Kherson without resistance.",
])
def test_visa_free_entry_near_misses(text):
    assert not [e for e in _code(text) if e["rule"] == "recognition.visa_free_entry"]


# -- a "trade and economic" mission (the mission_objects list)
@pytest.mark.parametrize("text", [
    "The LPR opened a trade and economic representation in Minsk.",
    "The DPR's trade and economic mission has begun its work.",
    "The trade and economic mission of the Republic of Abkhazia in Damascus started work on Monday.",
])
def test_trade_and_economic_mission(text):
    hit = _themed(_code(text))
    assert hit and all(e["cameo_code"] == "054" and e["recognition_stance"] == "grant" for e in hit)


@pytest.mark.parametrize("text", [
    "Belarus's trade and economic mission in Warsaw has begun its work.",
    "The trade and economic mission in Damascus closed for the holidays.",
])
def test_trade_and_economic_mission_near_misses(text):
    assert not _themed(_code(text))


# -- foreign MEPs observing a vote in an occupied area (recognition.observe_vote clause_terms), and a reaction
#    against them through a personal "who"
@pytest.mark.parametrize("text", [
    "A Czech MEP observed the sham referendum in occupied Kherson region.",
    "Two Bulgarian MEPs monitored the so-called referendum in occupied Zaporizhzhia.",
])
def test_mep_observers(text):
    assert _themed(_code(text), "recognition.observe_vote")


def test_reaction_to_mep_observer():
    evs = _code("Ukraine imposed sanctions on a Czech MEP who observed the sham referendum in occupied Kherson region.")
    assert any(e["cameo_root"] == "16" and e["recognition_stance"] == "deny" for e in _themed(evs))


@pytest.mark.parametrize("text", [
    "A Czech MEP watched the debate on occupied Kherson region on television.",
    "A Czech MEP observed the elections in Georgia.",
])
def test_mep_observer_near_misses(text):
    assert not _themed(_code(text))


# -- a condemned visit named by anaphora four sentences after the visit (themes.yaml anaphoric_sentences)
_STORY = ("The leader of Abkhazia, Badra Gunba, on Tuesday received in Sukhumi the ambassador of Venezuela to Russia. "
          "During the talks, the ambassador presented a copy of his credentials. "
          "The sides discussed cooperation in tourism and agriculture. "
          "\"Venezuela is a true friend of our people,\" Gunba said. "
          "The Georgian foreign ministry on Wednesday condemned {} and said it would raise the matter with its partners.")


@pytest.mark.parametrize("noun", ["the ambassador's trip", "the trip", "the visit"])
def test_anaphoric_trip_four_sentences_on(noun):
    evs = [e for e in _code(_STORY.format(noun), "2024-03-14") if e["sentence_index"] == 4]
    assert any(e["recognition_stance"] == "deny" for e in _themed(evs)), evs


def test_anaphoric_trip_too_far():
    # five sentences on, the trip told before is no longer the one judged
    text = _STORY.format("the ambassador's trip").replace(
        "The Georgian", "Tourism in the region grew last year. The Georgian").replace(
        "During the talks, the ambassador presented a copy of his credentials.", "The talks lasted two hours.")
    evs = [e for e in _code(text) if e["sentence_index"] == 5]
    assert evs and not _themed(evs)
