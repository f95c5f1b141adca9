"""Recognition diplomacy and reported labour acts in further wordings (session 14, helper 4), one class per
test with near-misses. dev15b rows of tests/data/mission_phrasings.jsonl: 27/38 before these rules, 38/38 after.

- recognition.seek_from verbs court, canvass, woo, solicit, sound out ("is courting Latin American governments for
  recognition"); recognition.seek goal nouns ("launched a campaign to win recognition") and its context_required
  (an unowned "seeking recognition for their service" is no mission act).
- recognition.judged_sham noun predicates affront, insult, outrage, breach, encroachment.
- labor.recruit_into_army "for the Russian army"; labor.forced_labor act nouns ("the deportation of ... to work").
- themes.yaml context_terms: "the annexation of four Ukrainian regions".
- cues.yaml appeal: expletive "it is time/necessary (for X) to" (the reporter is the doer, coder._roles_pair)."""
import pytest

from pipeline.coding import code_article

REC, LAB = "diplomatic_recognition", "labor_migration"


def _code(text):
    return code_article({"article_id": "t", "published": "2024-03-14", "text": text})


def _themed(text, theme):
    return [e for e in _code(text) if theme in e["themes"]]


@pytest.mark.parametrize("text, actor1", [
    ("South Ossetia is courting Latin American governments for diplomatic recognition.", "SOS"),
    ("Abkhazia has been wooing Gulf states for recognition.", "ABK"),
    ("Transnistrian envoys have been canvassing Central Asian capitals for recognition.", "PMRGOV"),
    ("The separatist leadership in Donetsk launched a campaign to win recognition in Africa.", "DPRGOV"),
    ("Sukhumi's foreign ministry stepped up its campaign to win international recognition.", "ABKGOV"),
    ("Abkhazia's bid to win recognition in Latin America has stalled.", "ABK"),
])
def test_seeking_recognition(text, actor1):
    evs = _themed(text, REC)
    assert evs and {(e["recognition_stance"], e["actor1_code"]) for e in evs} == {("seek", actor1)}, \
        [(e["rule"], e["actor1_code"], e["recognition_stance"]) for e in evs]


@pytest.mark.parametrize("text", [
    "The singer launched a campaign to win recognition for unpaid carers.",
    "Veterans' groups are seeking recognition for their service.",
    "The film won recognition at the Berlin festival.",
    "Kyiv has been courting African states for support of its peace formula.",
    "The party is wooing young voters for the election.",
])
def test_seeking_recognition_near_misses(text):
    assert not _themed(text, REC)


@pytest.mark.parametrize("text, target", [
    ("Kyiv branded the visit of Syrian lawmakers to occupied Crimea an affront to international law.", "SYRLEG"),
    ("Georgia called the Venezuelan minister's trip to Sukhumi a breach of its sovereignty.", "VENGOV"),
    # (session 16: the occupier's own deputies there make no recognition act, coder._occupier_own_visit; that case
    # is tests/test_coder_visit_reactions_s16.py's)
    ("Moldova termed the Belarusian deputies' visit to Tiraspol an insult.", "BLRLEG"),
])
def test_visit_judged_by_a_noun_predicate(text, target):
    evs = _themed(text, REC)
    assert [(e["cameo_code"], e["recognition_stance"], e["actor2_code"]) for e in evs] == [("111", "deny", target)]


@pytest.mark.parametrize("text", [
    "The mayor called the Polish delegation's visit to Lviv an honour.",
    "Critics called the appointment of the new chief executive an insult.",
    "The coach described the referee's decision as an affront to football.",
])
def test_judged_near_misses(text):
    assert not _themed(text, REC)


@pytest.mark.parametrize("text, rule", [
    ("Recruitment of Transnistrian residents for the Russian army has been reported in Tiraspol.",
     "labor.recruit_into_army"),
    ("Russian officials recruited men in occupied Melitopol for the Russian army.", "labor.recruit_into_army"),
    ("The deportation of Ukrainian teenagers from occupied Kherson to work in Crimea was documented by the "
     "ombudsman.", "labor.forced_labor"),
    ("The forcible transfer of residents of occupied Enerhodar to work at Russian plants was reported.",
     "labor.forced_labor"),
])
def test_act_noun_as_subject(text, rule):
    assert any(e["rule"] == rule for e in _themed(text, LAB)), [(e["rule"], e["themes"]) for e in _code(text)]


@pytest.mark.parametrize("text", [
    "Recruitment drives for the army are common in the region, officials in Chisinau said.",
    "Recruitment fairs for IT graduates have been reported in Lviv and Dnipro.",
    "The deportation of a Kyrgyz citizen for a traffic offence was reported in Yekaterinburg.",
])
def test_act_noun_near_misses(text):
    assert not _themed(text, LAB)


def test_warning_against_recognising_an_annexation():
    evs = _themed("Kyiv warned Pyongyang that recognising the annexation of four Ukrainian regions would bring "
                  "new sanctions.", REC)
    assert evs and {(e["cameo_code"], e["recognition_stance"]) for e in evs} == {("130", "deny")}
    assert not _code("Overnight shelling hit four Ukrainian regions, officials said.")[0]["themes"]


@pytest.mark.parametrize("text, actor1, actor2", [
    # (review 4 s14: a state saying it is time to recognise, no other doer named, plans its own act; see
    # test_coder_review4_s14 and test_expletive_it_own_act below)
    ("Abkhaz leader Aslan Bzhania said it was time for Belarus to recognise Abkhazia.", "ABKGOV", "BLR"),
    ("The Abkhaz foreign minister said it was high time for Minsk to recognise the republic.", "ABKGOV", "BLRGOV"),
])
def test_expletive_it_advocacy_is_the_speakers_appeal(text, actor1, actor2):
    evs = _themed(text, REC)
    assert [(e["cameo_code"], e["recognition_stance"], e["actor1_code"], e["actor2_code"]) for e in evs] \
        == [("0211", "seek", actor1, actor2)]


@pytest.mark.parametrize("text, actor1, actor2", [
    ("Moscow said it was necessary to recognise Abkhazia.", "RUSGOV", "ABK"),
    ("Belarus said it was time to recognise Abkhazia.", "BLR", "ABK"),
])
def test_expletive_it_own_act(text, actor1, actor2):
    # the speaker's own state is the recogniser: its planned grant, not a request (seek asks another)
    evs = _themed(text, REC)
    assert [(e["cameo_code"], e["recognition_stance"], e["actor1_code"], e["actor2_code"], e["planned"])
            for e in evs] == [("054", "grant", actor1, actor2, True)]


@pytest.mark.parametrize("text, stance", [
    ("Lavrov said it was necessary to continue talks on grain exports.", None),
    ("Belarus said it was too early to recognise Abkhazia.", "deny"),  # a refusal, as before
    ("Russia recognised the DPR because it was necessary to protect its people, Putin said.", "grant"),
    ("Belarus recognised Abkhazia, saying it was time.", "grant"),
])
def test_expletive_it_near_misses(text, stance):
    assert {e["recognition_stance"] for e in _themed(text, REC)} == ({stance} if stance else set())
