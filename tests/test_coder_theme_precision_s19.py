"""Session 19, precision of the diplomatic_recognition theme on acts between ordinary states.

coder._states_only (themes.yaml diplomatic_recognition mission_link states_only_entity_words): an act whose actors
are all fully recognised states, none an entity, at no occupied place, with no word naming the entities or the
occupied land by their status, no occupation context and no article about an occupied territory, is the states' own
relations: the event stays, without the theme. And pronoun objects take no plural (triggers.yaml
uninflected_objects): "admit its guilt" is no request to be admitted into Russia (recognition.accession)."""
import pytest

from pipeline.coding import code_article


def _events(text, date="2024-03-14"):
    return code_article({"article_id": "t", "published": date, "text": text})


def _themed(text):
    return [(e["rule"], e["cameo_code"]) for e in _events(text) if "diplomatic_recognition" in (e["themes"] or [])]


# --- states only: the act is coded, unthemed ---------------------------------------------------------------
@pytest.mark.parametrize("text, rule", [
    # general_actors rows (were 054 recognition.open_mission, themed)
    ("Tajikistan and Kyrgyzstan agreed to reopen embassies after the border talks.", "recognition.open_mission"),
    ("Russia and Belarus agreed to open embassies.", "recognition.open_mission"),
    # variants: other states, tenses, a single doer, a place outside any occupation
    ("Brazil and Argentina agreed to reopen consulates.", "recognition.open_mission"),
    ("Kenya and Ethiopia agreed to reopen their embassies.", "recognition.open_mission"),
    ("Hungary and Slovakia will open new consulates.", "recognition.open_mission"),
    ("Japan will establish an embassy in Rwanda next year.", "recognition.open_mission"),
    # mission_phrasings near-miss (was a strict xfail: "a church's independence is read as a state's")
    ("Ecumenical Patriarch Bartholomew recognised the independence of the Orthodox Church of Ukraine in 2019.",
     "recognition.recognize"),
])
def test_states_only_act_unthemed(text, rule):
    evs = _events(text)
    assert any(e["rule"] == rule for e in evs), [(e["rule"], e["cameo_code"]) for e in evs]
    assert not _themed(text)


def test_states_only_in_an_unrelated_article_unthemed():
    text = "Kazakhstan and Uzbekistan agreed to open consulates in border towns. The move follows years of tension."
    assert not _themed(text)


# --- near-misses: an entity, an occupied place, a status word or the article keeps the theme ---------------
@pytest.mark.parametrize("text", [
    "Syria recognised the breakaway regions.",
    "Bolivia recognized the independence of the breakaway republics.",
    "Syria recognised the independence of the self-proclaimed republics.",
    "Nicaragua recognised the so-called republics in eastern Ukraine.",
    "North Korea recognizes independence of Russia's proxies in eastern Ukraine",
    "Belarus will never recognise the annexation of the four regions.",
    "Iran will not recognise the annexation.",
    "Ukraine condemned Syria's recognition of the self-proclaimed republics.",
    "Nicaragua opened an embassy in Sukhumi.",
    "Russia opened a consulate in Tskhinvali.",
    "Russia and Belarus will open a joint consulate in Donetsk.",
    "Belarus will not recognise Crimea as Russian.",
    "Kazakhstan will not recognise the DPR.",
    "Venezuela's ambassador presented credentials to the Abkhaz leader.",
    "Syria and Abkhazia agreed to open embassies.",
    "Georgia cut ties with Nicaragua after Managua recognised Abkhazia.",
    # a vote keeps its own rule: nothing places "the votes" elsewhere
    "Kazakhstan's foreign ministry said it would be guided by the principle of territorial integrity and would "
    "not recognise the votes.",
    # the occupied land named by its kind, or an entity's former territory
    "The United States will never recognise Russia's claim to Ukrainian land.",
    "Japan refused to recognise Russia's sovereignty over the peninsula.",
    "Armenia will not recognise the independence of Nagorno-Karabakh.",
    # a request to join Russia, whoever asks
    "Baku demanded that Moscow accept the region into the Russian Federation.",
    "Separatist leaders in Donetsk urged Moscow to accept it as part of Russia.",
])
def test_mission_acts_stay_themed(text):
    assert _themed(text), [(e["rule"], e["cameo_code"], e["themes"]) for e in _events(text)]


def test_reaction_keeps_theme_on_both_acts():
    rules = {r for r, _ in _themed("Georgia cut diplomatic ties with Nicaragua after Managua recognised Abkhazia.")}
    assert {"sanction.break_relations", "recognition.recognize"} <= rules


@pytest.mark.parametrize("text", [
    # the article's occupied territory ties an act the sentence does not place
    "Nicaragua's foreign minister arrived in Sukhumi on Monday for talks with the Abkhaz leadership. "
    "Nicaragua will open an embassy there next month, the minister said.",
    "Abkhazia's leader met Syria's foreign minister in Damascus. Syria agreed to open an embassy, officials said.",
])
def test_article_territory_keeps_theme(text):
    assert any(r == "recognition.open_mission" for r, _ in _themed(text))


# --- recognition.accession: a pronoun object has no plural, a clause subject is no object -------------------
@pytest.mark.parametrize("text", [
    # general_actors row (was 102 recognition.accession, themed seek)
    "Ilham Aliyev, Azerbaijan's president, on Sunday demanded that Russia admit its guilt for the downing of the plane.",
    "Ilham Aliyev demanded that Russia admit its guilt for the downing of the plane.",
    "Warsaw urged Moscow to admit its responsibility for the massacre.",
    "Kyiv called on Russia to accept its defeat.",
    "Turkey demanded that Russia admit it had violated its airspace.",
])
def test_accession_near_misses(text):
    assert not any(e["rule"] == "recognition.accession" for e in _events(text)), \
        [(e["rule"], e["cameo_code"]) for e in _events(text)]


@pytest.mark.parametrize("text", [
    "The separatist leaders asked Moscow to accept them into the Russian Federation.",
    "The separatists appealed to Russia to annex them.",
    "The self-proclaimed authorities asked Russia to admit the region into the Russian Federation.",
])
def test_accession_requests_stay(text):
    assert ("recognition.accession" in {r for r, _ in _themed(text)}), \
        [(e["rule"], e["cameo_code"], e["themes"]) for e in _events(text)]


def test_accession_between_states_unthemed():
    # "admit them to the talks" still reads as recognition.accession (known, not fixed here), but between two
    # states it is no mission act
    assert not _themed("Baku demanded that Moscow admit them to the talks.")
