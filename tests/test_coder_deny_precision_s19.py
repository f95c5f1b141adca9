"""s19: precision of the recognition theme on condemnations (triggers.yaml recognition.deny_sham generic_objects;
coder._generic_judgement_tied). A judgement that fits any act ("as a provocation", "a flagrant violation") keeps
the diplomatic_recognition theme only when the judged phrase names a mission act (a vote, an annexation, passports),
the sentence shows an occupation context, the judged phrase names a mission's kind of act ("the visit", "the
opening") judged by the state whose territory is occupied, or it points back to an act ("the move") in a story
about an occupied territory. Otherwise the 111 stays, unthemed."""
import pytest

from pipeline.coding import code_article


def _events(text, date="2024-03-14"):
    return code_article({"article_id": "t", "published": date, "text": text})


def _denials(text, date="2024-03-14"):
    return [e for e in _events(text, date) if e["cameo_code"] == "111"]


def _assert_unthemed_denial(text):
    got = _denials(text)
    assert got and all(not e["themes"] for e in got), _events(text)


def _assert_themed_denial(text, every=False):
    got = _denials(text)
    themed = [e["themes"] == ["diplomatic_recognition"] and e["recognition_stance"] == "deny" for e in got]
    assert got and (all(themed) if every else any(themed)), _events(text)


# --- a generic judgement of an act outside the mission: the 111 stays, without the theme ----------------------
@pytest.mark.parametrize("text", [
    # the reviewer's sentences
    "Seoul condemned the launch as a provocation.",
    "Egypt condemned the Israeli raid as a flagrant violation.",
    "Poland condemned the airspace violation as a provocation.",
    "Beijing denounced the transit as a provocation.",
    "Kyiv condemned Moscow's decision as a violation of international law.",
    # variants: other countries, verbs, judgements
    "Tokyo called the missile test a gross violation.",
    "Manila slammed the Chinese coast guard's manoeuvre as a provocation.",
    "Lithuania has denounced the airspace incursion as a hostile act.",
    "Kyiv condemned the strike on Kharkiv as a violation of international law.",
    "Beijing condemned Pelosi's visit to Taiwan as a provocation.",
    "The Palestinians condemned the establishment of new settlements as a flagrant violation.",
    "Critics called the trial a mockery.",
    "Moldova called the move a provocation.",
])
def test_generic_judgement_of_other_act_is_unthemed(text):
    _assert_unthemed_denial(text)


# --- a generic judgement of a mission act, or in an occupation context: the themed deny stays ------------------
@pytest.mark.parametrize("text", [
    # the reviewer's sentences that must stay themed
    "Kyiv condemned the so-called referendum as a sham.",
    "Moldova called the opening of the office in Tiraspol a provocation.",
    "Ukraine denounced the annexation as a violation of international law.",
    # variants
    "Georgia condemned the visit to Sukhumi as a provocation.",
    "Ukraine condemned the passports as a violation of international law.",
    "Kyiv called the vote a farce staged by armed men.",
    "Georgia denounced the referendum as a sham.",
    "Ukraine slammed the plebiscite as a mockery.",
    "Tbilisi condemned the Syrian delegation's trip to occupied Abkhazia as a gross violation.",
    "Kyiv denounced the incorporation as a flagrant violation.",
    "Ukraine condemned the passportization as a gross violation.",
])
def test_generic_judgement_of_mission_act_stays_themed(text):
    _assert_themed_denial(text)


# --- an act pointed back to ("the visit", "the move", "it"): themed only in a story about an occupied territory --
@pytest.mark.parametrize("text", [
    "A Nicaraguan delegation visited Sukhumi on Monday and met Abkhazia's de facto leader. "
    "Georgia condemned the visit as a provocation.",
    "Belarus opened an honorary consulate in Tiraspol on Friday. Moldova condemned the move as a provocation.",
    "Russia held a so-called referendum in occupied Zaporizhzhia. Kyiv condemned it as a sham.",
    "Syrian lawmakers toured occupied Mariupol on Tuesday. Ukraine's foreign ministry denounced the trip as a "
    "flagrant violation.",
    # a decree, law or order pointed back to (the sample corpus's oep-s-2016-001, and variants)
    "The leader of Transnistria signed a decree instructing officials to bring the region's laws into line with "
    "Russia's. Moldova's government called the decree a provocation and said it had no legal effect.",
    "The de facto parliament of Abkhazia passed a law on the status of Russian. Georgia condemned the law as a "
    "gross violation.",
    "Russian-installed officials in occupied Melitopol issued an order on land seizures. Kyiv called the order a "
    "flagrant violation.",
])
def test_pointed_back_act_in_occupation_story_stays_themed(text):
    last = [e for e in _denials(text) if e["sentence_index"] == 1]
    assert last and all(e["themes"] == ["diplomatic_recognition"] for e in last), _events(text)


@pytest.mark.parametrize("text", [
    # near-misses: the story is about no occupied territory, or the judged act is no pointer to a mission act
    "German lawmakers visited Kyiv on Monday. Moscow called the trip a provocation.",
    "North Korea fired a ballistic missile into the sea on Monday. Seoul condemned the launch as a provocation.",
    "Russian forces shelled Kherson on Monday. Kyiv condemned the attack as a violation of international law.",
    "Russian troops have occupied Enerhodar since 2022. Seoul condemned the launch as a provocation.",
    "Seoul's parliament passed a law on drones. Tokyo called the law a provocation.",
    "The Kremlin issued a decree on grain exports. Poland called the decree a provocation.",
    # a visit or an opening judged by another state than the one whose territory is occupied
    "China condemned the visit as a provocation.",
    "Serbia denounced the tour as a hostile act.",
    "Moscow called the trip a gross violation.",
    # the state whose territory is occupied judging any other act
    "Georgia condemned the move as a provocation.",
    "Ukraine called the launch a flagrant violation.",
])
def test_pointed_back_act_outside_occupation_story_is_unthemed(text):
    _assert_unthemed_denial(text)


# --- a visit, an opening judged by the state whose territory is occupied (generic_object_judged_acts) ------------
@pytest.mark.parametrize("text", [
    "Georgia condemned the visit as a provocation.",
    "Georgia's foreign ministry called the visit a provocation and said Tbilisi would never accept the loss of its "
    "territories.",
    "Ukraine's foreign ministry called the trip a flagrant violation.",
    "Moldova denounced the trip as a hostile act.",
])
def test_mission_kind_of_act_judged_by_occupied_state_stays_themed(text):
    _assert_themed_denial(text)


# --- recognition.deny_sham_copula: its subjects are mission acts only, so a judged launch codes nothing ---------
@pytest.mark.parametrize("text", [
    "The launch was a provocation.",
    "The transit was a provocation, Beijing said.",
    "The decision was a violation of international law, Kyiv said.",
    "Seoul said the launch was a gross violation.",
])
def test_copula_generic_judgement_of_other_act_is_no_denial(text):
    assert not [e for e in _events(text) if e["themes"]], _events(text)


def test_copula_judgement_of_vote_stays_themed():
    _assert_themed_denial("The referendum was a sham, Kyiv said.", every=True)


# --- a vote's own place read as a country name ("the elections in Belarus"): it places the vote, unless that name
# is the judge itself (themes.yaml mission_link vote_words; coder._mission_link) ----------------------------------
@pytest.mark.parametrize("text", [
    "The elections in Belarus were a sham, the EU said.",
    "The EU said the presidential election in Venezuela was a sham.",
    "The vote in Georgia was a farce, the opposition said.",
    "The US denounced the vote in Belarus as a farce.",
])
def test_vote_in_another_state_is_unthemed(text):
    _assert_unthemed_denial(text)


@pytest.mark.parametrize("text", [
    # near-misses: the vote's place is occupied, an entity's, or Russia's (vote_parties)
    "The so-called elections in occupied Crimea were a sham, Kyiv said.",
    "The referendum in Transnistria was a farce.",
    "The vote in Donetsk was a sham, Kyiv said.",
    "Kyiv denounced the vote in Crimea as a farce.",
])
def test_vote_in_occupied_place_stays_themed(text):
    _assert_themed_denial(text, every=True)
