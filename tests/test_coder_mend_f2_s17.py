"""Session 17, review F2 mends (regressions of the fresh17 recognition rules): the noun "campaign for" and the
"for"-object appeal cues (cues.yaml object_appeals), performers' tour exclusions scoped to the tourer's phrase,
"was shown round" only with a named guest before the head (subject_doer), and the fronted invalidity predicate
gated in questions (verbal_forms) with no act nouns as objects. Reviewer's sentences plus own variants."""
import pytest

from pipeline.coding.coder import code_article


def _events(text):
    return code_article({"article_id": "t", "published": "2024-03-14", "text": text})


def _codes(text):
    return {(e["cameo_code"], e["rule"]) for e in _events(text)}


def _rows(text):
    return [(e["cameo_code"], e["rule"], e["actor1_code"], e["actor2_code"]) for e in _events(text)]


# Finding 1: the NOUN "campaign for" (election or military campaign) is no appeal cue; the main clause's act stays
CAMPAIGN_NOUN = [
    ("During the election campaign for the Duma, police detained dozens of Navalny supporters in Moscow.", "173"),
    ("In the campaign for the parliamentary elections, police arrested dozens of opposition activists.", "173"),
    ("In his campaign for the presidency, Trump met Netanyahu at Mar-a-Lago.", "040"),
    ("Ahead of the campaign for the March election, Putin met the heads of the CEC.", "040"),
    ("The campaign for Bakhmut saw Wagner fighters capture the city in May.", "192"),
    ("During its campaign for the regional vote, the party met Chinese diplomats in Minsk.", "040"),
    ("The campaign for Ukraine's NATO membership drew criticism from Moscow.", "111"),
]


@pytest.mark.parametrize("text,code", CAMPAIGN_NOUN)
def test_campaign_noun_is_no_appeal(text, code):
    codes = {c for c, _ in _codes(text)}
    assert code in codes and not codes & {"020", "025", "026", "0211"}


# Finding 3: "lobbied for" / "made the case for": the act must head the "for" object (gap of at most 3 words, no
# preposition between); an act in a trailing PP or reason phrase is coded as itself
def test_lobbied_for_trailing_meeting_stays_meeting():
    codes = {c for c, _ in _codes("The Kremlin lobbied for sanctions relief at the G20 meeting.")}
    assert "040" in codes and "026" not in codes


def test_lobbied_for_trailing_visit_stays_visit():
    rows = _rows("China lobbied for a ceasefire during Wang Yi's visit to Moscow.")
    assert any(r[0] == "042" for r in rows) and not any(r[0] == "026" for r in rows)


def test_lobbied_for_reason_keeps_supply():
    rows = _rows("Kyiv lobbied for new sanctions on Iran for supplying drones to Russia.")
    assert ("072", "aid.military", "IRN", "RUS") in rows and not any(r[0] == "023" for r in rows)


def test_made_case_trailing_talks_stays_talks():
    codes = {c for c, _ in _codes("Moscow made the case for lower oil prices during talks with Saudi Arabia.")}
    assert not codes & {"026", "025"}


# ... the intended appeals stay (the act heads the for-object, verb forms and "to campaign for")
@pytest.mark.parametrize("text", [
    "Sukhumi has campaigned for recognising Abkhazia's independence in Africa for a decade.",
    "Sukhumi dispatched a delegation to Managua to lobby for the opening of a Nicaraguan consulate in Abkhazia.",
    "Abkhazia's foreign minister travelled to Caracas to make the case for recognition of the republic.",
    "Tiraspol's envoy went to Moscow to campaign for recognition of Transnistria.",
])
def test_for_object_appeals_still_seek(text):
    assert any(e["recognition_stance"] == "seek" and e["cameo_code"] == "0211" for e in _events(text))


def test_campaigned_for_release_is_appeal():
    assert "025" in {c for c, _ in _codes("Georgia's opposition campaigned for the release of jailed journalists.")}


# Finding 2: performers' tour exclusions count only in the tourer's own phrase; teams of experts and leaders touring
# stadiums or watching matches still tour
@pytest.mark.parametrize("text", [
    "The IAEA team toured the Zaporizhzhia plant on Thursday.",
    "A team of UN experts toured the Zaporizhzhia nuclear power plant.",
    "IAEA chief Rafael Grossi toured the Zaporizhzhia plant with a team of inspectors.",
    "Blinken toured the region with his negotiating team.",
    "A team of Chinese diplomats toured the Kherson region.",
    "Lukashenko toured the rebuilt football stadium in occupied Mariupol.",
    "Putin toured a new hockey arena in occupied Sevastopol.",
    "The Nicaraguan delegation toured Sukhumi and watched a football match.",
    "The Venezuelan delegation toured Crimea and met players of the local football club.",
    "The Syrian minister toured Donetsk, where he watched a concert by the republic's philharmonic.",
])
def test_political_tours_kept(text):
    assert ("042", "consult.tour") in _codes(text)


@pytest.mark.parametrize("text", [
    "The Sevastopol Philharmonic's orchestra was given a standing ovation in Minsk on the final night of its tour of "
    "Belarus.",
    "The Donetsk ballet troupe began its tour of Belarus in Minsk.",
    "Shakhtar Donetsk's squad toured occupied Crimea before the season.",
    "A choir from Luhansk toured Belarus in May.",
])
def test_performer_tours_dropped(text):
    assert ("042", "consult.tour") not in _codes(text)


# Finding 4: "was shown round/around": only a named guest before the head is the visitor; things shown around the
# world, the "by" host, and an unnamed guest give nothing
@pytest.mark.parametrize("text", [
    "The footage was shown around the world within hours.",
    "The video was shown around the world.",
    "The evidence was shown around the courtroom.",
    "The photos were shown around the newsroom.",
    "The letter was shown round the cabinet.",
    "The delegation was shown around by Russian-installed governor Yevgeny Balitsky.",
    "Visitors were shown around the museum by a guide.",
    "The visitors were shown around the Kremlin by Putin himself.",
])
def test_shown_round_without_guest_is_none(text):
    assert not any(r[1] == "consult.shown_round" for r in _rows(text))


@pytest.mark.parametrize("text,a1,a2", [
    ("The Syrian ambassador was shown around occupied Mariupol by Denis Pushilin.", "SYRGOV", "DPRGOV"),
    ("Chinese diplomats were shown around the rebuilt theatre in Mariupol.", "CHNGOV", None),
])
def test_shown_round_guest_is_visitor(text, a1, a2):
    assert ("042", "consult.shown_round", a1, a2) in _rows(text)


def test_shown_round_referent_guest():
    rows = _rows("The Syrian foreign minister flew to Donetsk. He was shown around the city by Pushilin.")
    assert ("042", "consult.shown_round", "SYRGOV", "DPRGOV") in rows


# Finding 5: the fronted invalidity predicate in a question is no act; act nouns (seizure, nationalisation) are no
# objects of it (their owner adjective is the victim, not the target)
@pytest.mark.parametrize("text", [
    "Will Ukraine declare invalid the property deeds issued in occupied Crimea?",
    "Could Moldova declare invalid the passports issued in Tiraspol?",
    "The court ruled invalid the seizure of Ukrainian property in occupied Mariupol.",
    "The court declared invalid the nationalisation of the Zaporizhzhia plant by Russia.",
])
def test_fronted_invalid_near_misses(text):
    assert not any(r[1] == "recognition.declare_invalid_fronted" for r in _rows(text))


def test_fronted_invalid_statement_kept():
    rows = _rows("A Tbilisi court declared invalid a property deed issued by Sukhumi's de facto land registry.")
    assert ("120", "recognition.declare_invalid_fronted", "GEOJUD", "ABKGOV") in rows


# Finding 2 (cont.): a sports team as the tourer (subject or "by" agent) is no visit; agent_exclusions
@pytest.mark.parametrize("text", [
    "A Belarusian football team toured occupied Sukhumi in June.",
    "Georgia protested over a tour of occupied Sukhumi by a Belarusian hockey team.",
])
def test_sports_team_tourer_dropped(text):
    assert ("042", "consult.tour") not in _codes(text)
