"""Session 19, DEV round on the mission (dev27 phrasings, dev24 articles): the classes behind its misses.
Sentences written for this file (besides the dev rows they generalise); near-misses must not code the theme."""
import pytest

from pipeline.coding import code_article


def _code(text, published="2024-05-01"):
    return code_article({"article_id": "t", "published": published, "text": text})


def _themed(text, theme="diplomatic_recognition", stance=None):
    return [e for e in _code(text) if theme in e["themes"] and (stance is None or e["recognition_stance"] == stance)]


# --- a visit judged by its own predicate (disapprove.judged_visit_copula: "the visit was a gross violation of ...";
# disapprove.judged_visit_verb: "the trip breached Ukrainian law"): the sayer's disapproval, themed a denial aimed at the visitors when the noun
# points back to a themed visit (coder._visit_anaphor_reactions)
@pytest.mark.parametrize("text, judge, visitors", [
    ("A delegation of Venezuelan officials arrived in Sukhumi on Tuesday for a three-day visit to Abkhazia. "
     "Georgia's foreign ministry said on Thursday that the visit was a gross violation of Georgia's sovereignty.",
     "GEOGOV", None),
    ("A delegation from Burkina Faso's parliament visited the Russian-occupied part of Kherson region on Monday. "
     "Kyiv's foreign ministry said on Tuesday the trip breached Ukrainian law.", "UKRGOV", "BFALEG"),
    ("Mali's foreign minister visited occupied Mariupol on Friday. The Ukrainian foreign ministry said on Saturday "
     "that the visit grossly violates Ukraine's sovereignty.", "UKRGOV", "MLIGOV"),
    ("A Syrian delegation visited occupied Sevastopol on Monday and signed a cooperation agreement. Kyiv said the "
     "trip was illegal and a gross violation of Ukraine's sovereignty.", "UKRGOV", "SYRGOV"),
    ("Nicaraguan lawmakers toured Tskhinvali last week. Tbilisi said the trip violated Georgian law.", "GEOGOV", None),
])
def test_visit_judged_by_its_predicate_is_a_denial(text, judge, visitors):
    got = [e for e in _themed(text, stance="deny")
           if e["rule"] in ("disapprove.judged_visit_copula", "disapprove.judged_visit_verb")]
    assert any(e["actor1_code"] == judge and (visitors is None or e["actor2_code"] == visitors) for e in got), \
        [(e["rule"], e["actor1_code"], e["actor2_code"], e["themes"]) for e in _code(text)]


@pytest.mark.parametrize("text", [
    # a trip to the occupier's own capital: a disapproval, no recognition act
    "Serbian President Aleksandar Vucic travelled to Moscow on Wednesday. Ukraine's foreign ministry said the visit "
    "was an unfriendly act.",
    # no political act: fans judging their team's trip
    "Fans said the team's tour of Australia was a provocation.",
    # an opposition calling its own leader's trip illegal: no visit to an occupied place
    "Hungary's prime minister travelled to Berlin on Monday. The opposition said the trip was illegal.",
])
def test_visit_judged_by_its_predicate_near_misses(text):
    assert not _themed(text), [(e["rule"], e["themes"]) for e in _code(text)]


def test_judging_verb_small_clause_stays_the_judged_visit():
    # no be-form between the noun and the predicate (copula_required): the judging verb's small clause
    text = ("A delegation of Eritrean lawmakers arrived in occupied Mariupol on Monday. Ukraine's foreign ministry "
            "considers this visit a provocation.")
    assert [e["rule"] for e in _themed(text, stance="deny")] == ["disapprove.judged_visit"]


def test_visit_with_its_own_visitors_stays_the_uncoordinated_judgement():
    # "the visit of X to Y" names its visitors: recognition.judged_uncoordinated keeps them as the target
    got = _code("Moldova's foreign ministry said the visit of Russian deputies to Tiraspol was illegal.")
    assert [(e["rule"], e["actor1_code"], e["actor2_code"]) for e in got] == [
        ("recognition.judged_uncoordinated", "MDAGOV", "RUSLEG")]


# --- agreements described by their signing as the subject of an invalidity predicate
@pytest.mark.parametrize("text, sayer", [
    ("Ukraine's foreign ministry said on Thursday that any agreements signed with the occupation authorities were "
     "null and void.", "UKRGOV"),
    ("Georgia said any agreements concluded with the de facto authorities in Sukhumi are null and void.", "GEO"),
    ("Moldova's foreign ministry stressed that the memorandum signed with the Tiraspol authorities was illegitimate.",
     "MDAGOV"),
])
def test_agreements_signed_with_the_occupation_are_declared_void(text, sayer):
    got = _themed(text, stance="deny")
    assert any(e["actor1_code"] == sayer for e in got), [(e["rule"], e["actor1_code"]) for e in _code(text)]
    assert not _themed(text, stance="grant")  # the participle "signed" is the subject judged, no signing


def test_contract_signed_with_a_supplier_is_no_denial():
    assert not _themed("The court said the contracts signed with the supplier were null and void.")


# --- a foreign delegation of a transitional legislature: the state's legislature (modifiers.tsv "transitional")
@pytest.mark.parametrize("text, visitor", [
    ("A delegation from Burkina Faso's transitional parliament visited the Russian-occupied part of Kherson region "
     "on Monday, meeting the Moscow-installed governor Vladimir Saldo in Henichesk.", "BFALEG"),
    ("Lawmakers from Mali's transitional legislature visited the Russian-held part of Donetsk region last week, "
     "meeting the Kremlin-installed leader Denis Pushilin.", "MLILEG"),
    ("A delegation of Indonesian lawmakers visited the Russian-occupied part of Zaporizhzhia region on Tuesday and "
     "met the Moscow-installed governor Yevgeny Balitsky in Melitopol.", "IDNLEG"),
])
def test_delegation_visiting_the_occupied_part_is_a_grant(text, visitor):
    got = _themed(text, stance="grant")
    assert any(e["actor1_code"] == visitor and e["cameo_code"] == "042" for e in got), \
        [(e["rule"], e["actor1_code"], e["themes"]) for e in _code(text)]


def test_transitional_government_is_the_states():
    got = _code("Mali's transitional government recalled its ambassador.")
    assert [e["actor1_code"] for e in got] == ["MLIGOV"]


# --- the entities named by a belittling status ("quasi-state entities", "pseudo-republics", "puppet states")
@pytest.mark.parametrize("text", [
    "Kazakhstan's president told the St Petersburg forum, with Vladimir Putin sitting beside him, that Astana would "
    "not recognise the Donetsk and Luhansk \"quasi-state entities\".",
    "Uzbekistan will never recognise the pseudo-republics in Donbas, its foreign minister said.",
    "Belarus has no plans to recognise the Abkhaz and South Ossetian quasi-states, Lukashenko told reporters.",
    "Astana would not recognise the Donetsk and Luhansk \"quasi-state entities\", the president said.",
])
def test_refusing_the_quasi_states_is_a_denial(text):
    assert _themed(text, stance="deny"), [(e["rule"], e["themes"]) for e in _code(text)]


@pytest.mark.parametrize("text", [
    "The historian said Europe's medieval powers recognised the papal state as a quasi-state.",
    "Serbia will not recognise Kosovo, which Belgrade calls a quasi-state.",
])
def test_quasi_state_near_misses(text):
    assert not _themed(text), [(e["rule"], e["themes"]) for e in _code(text)]


# --- "citing X" introduces a source, no party of the act (cues.yaml speech_before)
@pytest.mark.parametrize("text, pair", [
    ("The self-styled foreign ministers of Transnistria and Abkhazia signed a treaty of friendship and mutual "
     "assistance in Sukhumi on Friday, Civil.ge reported, citing the separatist news agency.", ("PMRGOV", "ABKGOV")),
    ("The foreign ministers of South Ossetia and Abkhazia signed a cooperation agreement in Tskhinvali, Interpressnews "
     "reported, citing the Abkhaz news agency.", ("SOSGOV", "ABKGOV")),
    ("Nicaragua's foreign minister held talks with his Abkhaz counterpart in Managua on Monday, TASS said, citing a "
     "diplomatic source.", ("NICGOV", "ABKGOV")),
])
def test_cited_source_is_no_target(text, pair):
    got = _themed(text, stance="grant")
    assert any((e["actor1_code"], e["actor2_code"]) == pair for e in got), \
        [(e["rule"], e["actor1_code"], e["actor2_code"], e["themes"]) for e in _code(text)]


# --- an honour, not a state's recognition (recognition.recognize passive_exclusions)
@pytest.mark.parametrize("text", [
    "A Georgian film about the 1992-93 war in Abkhazia was recognised with a special jury prize at the Karlovy Vary "
    "festival on Saturday.",
    "A documentary on the Crimean Tatars' return to Crimea was recognized with the festival's top award.",
    "A novel set in Transnistria was recognised at the European Book Prize ceremony in Brussels.",
])
def test_honoured_work_about_an_entity_is_no_recognition(text):
    assert not _themed(text), [(e["rule"], e["themes"]) for e in _code(text)]


@pytest.mark.parametrize("text", [
    "Abkhazia was recognised by Nauru in December 2009.",
    "The independence of South Ossetia was recognized by Nicaragua a week after Russia.",
])
def test_passive_recognition_still_grants(text):
    assert _themed(text, stance="grant")


# --- "it" after a speech verb whose subject names no actor ("a steel plant said it had hired") is that subject
# (coder._unnamed_speaker_it); a place the sentence calls held by its state keeps the act off the article's occupied
# territory (coder._mission_link declared_free)
@pytest.mark.parametrize("text", [
    "Russian-installed authorities in occupied Melitopol brought in about 400 workers from Uzbekistan and Tajikistan "
    "in February. In Kyiv-controlled Zaporizhzhia, a steel plant said it had hired 150 workers from western Ukraine "
    "this winter to replace employees who joined the army.",
    "Russian-installed authorities in occupied Melitopol brought in about 400 workers. In Kyiv-controlled "
    "Zaporizhzhia, a steel plant hired 150 workers from western Ukraine.",
    "Occupation authorities in Nova Kakhovka recruited 200 builders from Tajikistan. In Ukrainian-controlled Kherson, "
    "a bakery said it had taken on 30 workers from Lviv.",
])
def test_hiring_in_a_government_controlled_place_is_no_labour_migration(text):
    last = text.split(". ")[-1]
    got = [e for e in _code(text) if e["char_start"] >= text.index(last)]
    assert not [e for e in got if e["themes"]], [(e["rule"], e["actor1_code"], e["admin1_code"], e["themes"])
                                                 for e in got]
    assert all(e["actor1_code"] is None for e in got if e["cameo_code"] == "061")


@pytest.mark.parametrize("text", [
    # workers from the state's own free regions hired at a free place (themes.yaml occupied_state_free_origins)
    "Russian-installed authorities in occupied Melitopol brought in about 400 workers. In Zaporizhzhia, a steel plant "
    "hired 150 workers from western Ukraine.",
    "Occupation authorities in Nova Kakhovka recruited 200 builders from Tajikistan. A shipyard in Mykolaiv has hired "
    "80 welders from other Ukrainian regions.",
])
def test_free_origins_at_a_free_place_are_no_labour_migration(text):
    last = text.split(". ")[-1]
    got = [e for e in _code(text) if e["char_start"] >= text.index(last)]
    assert got and not [e for e in got if e["themes"]], [(e["rule"], e["admin1_code"], e["themes"]) for e in got]


@pytest.mark.parametrize("text", [
    # free origins brought into an occupied place stay the mission's
    "Russian-installed authorities in occupied Melitopol brought in 400 workers from western Ukraine.",
    "Russia's Mariupol administration brought 300 builders from other Ukrainian regions to the city.",
    # an occupied place in the same sentence still ties the act
    "Russian-installed authorities in occupied Melitopol brought in about 400 workers. Recruiters in Kyiv-controlled "
    "Zaporizhzhia lured 30 men to work in occupied Melitopol.",
    # a pronoun after a named speaker stays that speaker
    "Russia's foreign ministry said it would open a consulate in Sukhumi.",
])
def test_controlled_place_and_speaker_it_near_misses(text):
    assert [e for e in _code(text) if e["themes"]]


def test_speaker_pronoun_after_a_named_actor():
    got = [e for e in _code("Russia's foreign ministry said it would open a consulate in Sukhumi.")
           if e["rule"] == "recognition.open_mission"]
    assert [e["actor1_code"] for e in got] == ["RUSGOV"]


# --- armed forces moving into a town (fight.enter_town, 192), dated by the sentence's date
@pytest.mark.parametrize("text, actor, month", [
    ("Russian troops rolled into Melitopol on Feb. 25, 2022, and the city's elected mayor was abducted two weeks "
     "later.", "RUSMIL", "2022-02"),
    ("Russian armoured columns swept into Melitopol on Feb. 25, 2022.", "RUS", "2022-02"),
    ("Russian forces marched into Kherson on March 1, 2022.", "RUSMIL", "2022-03"),
    ("Azerbaijani troops moved into the town of Lachin on Wednesday.", "AZEMIL", "2024-05"),
])
def test_troops_entering_a_town(text, actor, month):
    got = [e for e in _code(text) if e["rule"] == "fight.enter_town"]
    assert any(e["actor1_code"] == actor and str(e["event_date"]).startswith(month) for e in got), \
        [(e["rule"], e["actor1_code"], e["event_date"]) for e in _code(text)]


@pytest.mark.parametrize("text", [
    "Protesters marched into Tbilisi on Sunday.",
    "Thousands of fans poured into Kherson for the match.",
    "Tourists poured into Yalta this summer.",
    "The storm moved into the region on Monday.",
    "Peacekeepers entered the town of Kidal.",
    "Russian troops entered the war zone.",
    # a bare "entered": friendly forces too ("the army entered the city and met with little resistance")
    "Russian troops entered Melitopol on Feb. 25, 2022.",
])
def test_entering_a_town_near_misses(text):
    assert not [e for e in _code(text) if e["rule"] == "fight.enter_town"]
