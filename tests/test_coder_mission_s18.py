"""Session 18 (mission known-wrong classes): recognition told through objects and settings (a mission's nameplate put
up, a parliamentary group "for ties with" an entity's assembly registered), a document between two parties as a
passive subject ("a sister-city agreement between Tiraspol and occupied Melitopol was ratified"), and an appeal
participle that only describes the doer ("observers invited by Moscow watched the voting": an act done, no appeal).
An annexation or vote judged legitimate (a grant in words, not the occupier's own claim), a request refused (a
refusal, not an appeal) and occupied places listed as the occupier's. The fresh17/dev24/fresh12/dev12/dev11 rows of
tests/data/mission_phrasings.jsonl plus own variants, with near-misses that must not change."""
import pytest

from pipeline.coding.coder import code_article


def _events(text):
    return code_article({"article_id": "t", "published": "2024-03-14", "text": text})


def _themed(text):
    return [(e["rule"], e["cameo_code"], e["recognition_stance"]) for e in _events(text)
            if "diplomatic_recognition" in e["themes"]]


# ------------------------------------------------------------------ a mission's nameplate (recognition.mission_plaque)
PLAQUES = [
    # the rows (dev24, fresh17)
    "A brass plaque reading 'Embassy of the Republic of South Ossetia' was unveiled on a villa in Managua's Bolonia "
    "district on Friday, with Nicaragua's deputy foreign minister cutting the ribbon.",
    "Workmen fixed a bronze nameplate reading 'Consulate General of the Republic of Abkhazia' to the gate of a "
    "townhouse in Rostov-on-Don on Monday, ahead of the mission's formal launch.",
    # own variants: other plates, verbs, voices, owners and seats
    "A sign reading 'Consulate of the Donetsk People's Republic' appeared on a building in Minsk on Tuesday.",
    'Syrian officials unveiled a plaque reading "Embassy of the Syrian Arab Republic" at a mansion in occupied Donetsk.',
    "A plaque reading 'Representation of the Luhansk People's Republic' has been installed at an office in Caracas.",
]


PLAQUE_NEAR_MISSES = [
    # a state's mission with no occupation or entity
    "A brass plaque reading 'Embassy of Poland' was unveiled on a villa in Managua.",
    # a plate taken down, or a past mission's plate still hanging
    "Police removed a plaque reading 'Embassy of the Republic of Abkhazia' from a flat in Moscow.",
    "A plaque reading 'Consulate of Ukraine' still hangs on the building in occupied Simferopol.",
    # a memorial plaque and a plate that names no mission
    "A plaque reading 'Here stood the Embassy of the Republic of Abkhazia' was unveiled in Sukhumi.",
    "A plaque reading 'In memory of the victims of the war in Abkhazia' was unveiled in Moscow.",
]


# ------------------------------------------------------------------ a parliamentary group "for ties with" an entity
GROUPS = [
    # the row (fresh17)
    "A cross-party group for ties with the Supreme Soviet of Transnistria has been registered in Russia's State Duma, "
    "its coordinator, a United Russia deputy, told Interfax.",
    # own variants: the partner phrase before a passive, the Duma wording after an active verb
    "A parliamentary friendship group with the People's Assembly of Abkhazia has been registered in Venezuela's "
    "National Assembly.",
    "Belarus's House of Representatives formed a deputies' group for relations with the People's Council of the "
    "Donetsk People's Republic.",
    "A group for ties with the parliament of South Ossetia was set up in Nicaragua's National Assembly last week.",
]


GROUP_NEAR_MISSES = [
    # no occupation or entity
    "The Duma registered a group for relations with the parliament of Mongolia.",
    "A group for ties with the parliament of Georgia has been registered in the Verkhovna Rada.",
    # a government's working group, no legislature's
    "A working group for relations with the occupied territories was set up in the Ukrainian government.",
    # the occupied state's own group for its occupied areas
    "A group for relations with the occupied territories was set up in the Verkhovna Rada.",
    "A deputies' group for ties with the temporarily occupied territories was formed in the Verkhovna Rada.",
    # no parliamentary group
    "Activists in Sukhumi set up a group for ties with Russian veterans' clubs.",
]


# ------------------------------------------------------------------ a document "between X and Y" as a passive subject
PAIR_DOCUMENTS = [
    # the rows (fresh12, dev12)
    ("A sister-city agreement between Tiraspol and occupied Melitopol was ratified by the city council on Thursday.",
     "recognition.twin_agreement"),
    ("A sister-city partnership agreement between Sukhumi and occupied Luhansk was ratified on Tuesday.",
     "recognition.twin_agreement"),
    # own variants
    ("A twinning agreement between occupied Mariupol and the Belarusian city of Mogilev has been signed.",
     "recognition.twin_agreement"),
    ("A cooperation agreement between the Donetsk People's Republic and Syria's Latakia province was signed in "
     "Damascus on Friday.", "support.sign"),
]


@pytest.mark.parametrize("text,rule", PAIR_DOCUMENTS)
def test_pair_document_passive_subject(text, rule):
    assert (rule, "057", "grant") in _themed(text)


def test_pair_document_near_misses():
    # unoccupied cities: no recognition
    assert _themed("A sister-city agreement between Lviv and Wroclaw was ratified by the city council on Thursday.") == []
    # two states' treaty: signed, no theme
    evs = _events("A trade agreement between Kazakhstan and Uzbekistan was signed in Tashkent.")
    assert any(e["cameo_code"] == "057" for e in evs) and not any(e["themes"] for e in evs)
    # an occupation administration's contract with a firm is no state's act: the pair names no doers
    assert _themed("An agreement between the occupation authorities in Mariupol and a Chinese contractor was signed "
                   "on Monday.") == []
    # talks between two sides stay their own event (no document noun)
    assert not any(e["cameo_code"] == "057" for e in _events("Talks between Kyiv and Moscow on the grain deal were "
                                                             "suspended."))


# ------------------------------------------------------------------ appeal participles describing the doer
DONE_AFTER_INVITATION = [
    # the rows (dev11, dev12)
    ("A group of international observers invited by Moscow watched the voting in occupied Donetsk.", None),
    ("Foreign observers invited by the Kremlin observed the voting in occupied Melitopol.", None),
    # own variants: visits and observation, other agents and participles
    ("A Syrian delegation invited by Pushilin visited occupied Donetsk.", "SYRGOV"),
    ("Nicaraguan lawmakers encouraged by the Kremlin visited occupied Luhansk last week.", "NICLEG"),
    ("Observers from Mali invited by the Russian election commission monitored the so-called referendum in occupied "
     "Kherson.", "MLI"),
]


@pytest.mark.parametrize("text,doer", DONE_AFTER_INVITATION)
def test_invited_doer_acts(text, doer):
    evs = [e for e in _events(text) if "diplomatic_recognition" in e["themes"]]
    assert evs and {e["recognition_stance"] for e in evs} == {"grant"}
    # the participle's agent (the inviter) is not the doer
    assert all(e["actor1_code"] == doer for e in evs), [e["actor1_code"] for e in evs]


def test_asked_by_stays_a_question():
    # "asked by" is no participle appeal: the fronted question keeps its reading (nothing coded)
    assert _themed("Asked by reporters whether Minsk would recognise Abkhazia, Lukashenko said no.") == []


# ------------------------------------------------------------------ an annexation or vote judged legitimate
LEGITIMATE = [
    # the row (fresh17)
    "Delegates at the Sandinista National Liberation Front's congress adopted a resolution hailing Crimea's "
    "'reunification with Russia' as legitimate and irreversible.",
    # own variants: other judging verbs, predicates, votes and entities
    "Nicaragua described the referendums in occupied Donetsk as legitimate.",
    "The Venezuelan foreign ministry called the annexation of Crimea lawful and in line with international law.",
    "Belarus considers the referendum in Crimea legitimate, Lukashenko said.",
    "Nicaragua considers the independence of Abkhazia legitimate.",
]


def test_judged_legitimate_negated_is_denial():
    assert ("recognition.judged_legitimate", "120", "deny") in _themed(
        "Georgia does not consider the independence referendum in Abkhazia legitimate.")


LEGITIMATE_NEAR_MISSES = [
    # the occupier's own claim about the place it holds
    "Putin hailed the reunification of Crimea with Russia as legitimate and irreversible.",
    "The Kremlin considers the accession of the Donetsk People's Republic legitimate.",
    # a quantified subject judges nothing done
    "Few countries regard the annexation of Crimea as legitimate.",
    # no occupation context; the opposite judgement; a visit judged legitimate is no vote or annexation
    "Moldova's electoral commission declared the presidential vote legitimate.",
    "Kazakhstan's parliament hailed the vote as legitimate.",
    "The court declared the referendum in Scotland legal.",
]


def test_occupier_recognised_entity_stays_a_grant():
    # Moscow recognises Abkhazia as a state: its judgement there is its recognition, not a claim on its own hold
    assert ("recognition.judged_legitimate", "051", "grant") in _themed(
        "Moscow considers the independence of Abkhazia legitimate and irreversible.")


# ------------------------------------------------------------------ a request refused, and the occupier's listings
@pytest.mark.parametrize("text,stance", [
    # appeals that stay appeals: the invitation itself, a passive appeal, an invitation's infinitive content
    ("Moscow invited foreign observers to watch the voting in occupied Donetsk.", "seek"),
    ("Minsk was urged by Moscow to recognise Abkhazia.", "seek"),
    ("Belarus has been pressured by Moscow to recognise Abkhazia.", "seek"),
    ("Observers invited by Moscow to watch the voting in occupied Donetsk arrived on Friday.", "seek"),
    # a request refused is a refusal (triggers._rejected_request)
    ("Belarus turned down a request to open a consulate in Sukhumi.", "deny"),
    ("Belarus turned down a Russian request to open a consulate in Sukhumi.", "deny"),
    ("Belarus declined Sukhumi's request to open a consulate in Abkhazia.", "deny"),
    # the request itself, or one not yet answered: still asked for
    ("Sukhumi sent Minsk a request to open a consulate in Abkhazia.", "seek"),
    ("Minsk has not yet answered Sukhumi's request to open a consulate in Abkhazia.", "seek"),
])
def test_only_stance(text, stance):
    stances = {s for _, _, s in _themed(text)}
    assert stances == {stance}, stances


@pytest.mark.parametrize("text,stance", [
    ("The UN refused to treat Crimea as part of Russia.", "deny"),
    ("India's shipping registry declined to register tankers from Sevastopol as Russian.", "deny"),
    ("Turkey's customs service will not list goods from occupied Kherson region as Russian.", "deny"),
    ("Belarus's customs service listed the ports of Crimea as Russian.", "grant"),
    ("Nicaragua has begun treating the four annexed regions as part of the Russian Federation, its foreign ministry "
     "said.", "grant"),
])
def test_listed_as_the_occupiers(text, stance):
    assert any(r == "recognition.list_as_occupier" and s == stance for r, _, s in _themed(text)), _themed(text)


@pytest.mark.parametrize("text", [
    # the occupier's own registers; no occupied place; another listing
    "Russia's customs service lists the ports of Crimea as Russian.",
    "The Kremlin treats Crimea as part of Russia.",
    "Kazakhstan declined to list Kyrgyz ports as Russian.",
    "The survey lists Crimean Tatars as a distinct people.",
])
def test_listed_as_the_occupiers_near_misses(text):
    assert not any(r == "recognition.list_as_occupier" for r, _, _ in _themed(text))


# ------------------------------------------------------------------ each rule's own sentences and near-misses
RULE_CLASSES = [
    ("recognition.mission_plaque", "054", PLAQUES, PLAQUE_NEAR_MISSES),
    ("recognition.friendship_group", "050", GROUPS, GROUP_NEAR_MISSES),
    ("recognition.judged_legitimate", "051", LEGITIMATE, LEGITIMATE_NEAR_MISSES),
]


@pytest.mark.parametrize("rule,code,text", [(r, c, t) for r, c, pos, _ in RULE_CLASSES for t in pos])
def test_rule_grants(rule, code, text):
    assert (rule, code, "grant") in _themed(text)


@pytest.mark.parametrize("rule,text", [(r, t) for r, _, _, neg in RULE_CLASSES for t in neg])
def test_rule_near_misses(rule, text):
    assert not any(r == rule for r, _, _ in _themed(text))


# ------------------------------------------------------------------ a mission starting work, told by its services or doors
MISSION_STARTS = [
    # the rows (fresh15, fresh16, dev21)
    ("The representation of the Republic of South Ossetia in Donetsk will start receiving visitors next month, the "
     "DPR's foreign ministry announced.", "recognition.mission_starts_work"),
    ("The DPR's trade and economic mission in Damascus has begun its work, the republic's self-styled foreign minister "
     "Natalia Nikonorova said, adding that Syrian firms had already asked about Donbas coal.",
     "recognition.mission_starts_work"),
    ("Doors opened to the public on Monday at Abkhazia's representation in Tiraspol, which will issue entry documents "
     "and help students from the left bank enrol at Sukhumi's university, Transnistria's 'foreign ministry' said.",
     "recognition.mission_doors_open"),
    # own variants: other services, a reporting clause after a comma, doors of another mission
    ("Syria's consulate in occupied Donetsk started receiving citizens on Tuesday.", "recognition.mission_starts_work"),
    ("The embassy of South Ossetia in Caracas opened to the public on Friday.", "recognition.mission_starts_work"),
    ("The consulate of South Ossetia in Luhansk opened, the LPR's foreign ministry said.", "recognition.open_mission"),
    ("Doors opened on Friday at the new consulate of Nicaragua in Sukhumi.", "recognition.mission_doors_open"),
]


@pytest.mark.parametrize("text,rule", MISSION_STARTS)
def test_mission_starts(text, rule):
    assert (rule, "054", "grant") in _themed(text)


@pytest.mark.parametrize("text", [
    # a mission in an unoccupied place; an unoccupied state's mission; a museum's doors
    "Poland's consulate in Lviv started receiving visitors again.",
    "Doors opened on Monday at the Polish embassy in Kyiv.",
    "The museum of the occupied city opened its doors to visitors.",
    # the verb's own object after it, with no comma: no intransitive opening
    "The embassy of Syria opened the exhibition in Donetsk.",
])
def test_mission_starts_near_misses(text):
    assert _themed(text) == []


# ------------------------------------------------------------------ a diplomat's seat phrase before a passive verb
@pytest.mark.parametrize("text", [
    # the row (dev2) and own variants
    "Venezuela's ambassador in Moscow was accredited concurrently to the Republic of South Ossetia.",
    "Nicaragua's ambassador in Moscow has also been accredited to the Republic of Abkhazia.",
])
def test_seat_phrase_before_passive_accreditation(text):
    assert ("recognition.diplomat_accredited", "054", "grant") in _themed(text)


def test_seat_phrase_before_passive_summons():
    evs = _events("Russia's ambassador in Chisinau was summoned by the Moldovan foreign ministry.")
    assert [(e["cameo_code"], e["actor1_code"], e["actor2_code"]) for e in evs] == [("114", "MDAGOV", "RUSGOV")]


def test_seat_phrase_near_misses():
    # "in charge of" names no seat: the envoy is no subject of the summons (as before the seat phrase)
    assert not any(e["cameo_code"] == "114" for e in _events("The envoy in charge of the talks was summoned by the "
                                                                 "foreign ministry."))
    # no occupation context: an appointment in Moscow is no recognition
    assert _themed("Syria's ambassador in Moscow was appointed in 2019.") == []


# ------------------------------------------------------------------ people of an occupied area taken to a workplace
def _labour(text):
    return [e["rule"] for e in _events(text) if "labor_migration" in e["themes"]]


@pytest.mark.parametrize("text", [
    # the rows (dev23, dev21)
    "Sixty teenagers from occupied Skadovsk were taken by bus to a poultry farm in Russia's Belgorod region for what "
    "the occupation's youth committee called 'labour education'.",
    "Some 400 second-year students of the Luhansk railway college were packed off on 'work placements' to depots in "
    "Russia's Rostov region for the summer, LuhanskInformCenter reported.",
    # own variants: an active verb, other people and workplaces, the occupation named in a reporting clause
    "The occupation authorities in Kherson bussed 50 pupils to a sawmill in Crimea for unpaid work.",
    "Dozens of prisoners from occupied Olenivka have been trucked to construction sites in Rostov region to work.",
    "Students were packed off to farms in Belgorod region for unpaid work, the occupation administration of Berdiansk "
    "said.",
])
def test_taken_to_a_workplace(text):
    assert "labor.taken_to_workplace" in _labour(text)


@pytest.mark.parametrize("text", [
    # the row (fresh14, a headline) and own variants: the people as the active verb's object, the workplace after a
    # modifier
    "Occupiers ship Melitopol students to Siberian construction camps for 'summer internships' — partisans",
    "The occupation administration in Berdiansk bussed 40 schoolchildren to a Russian army depot for unpaid work.",
    "Russian-installed officials in occupied Nova Kakhovka sent off prisoners to remote construction sites in Yakutia "
    "for work.",
])
def test_people_taken_to_a_workplace(text):
    assert "labor.people_taken_to_workplace" in _labour(text)


@pytest.mark.parametrize("text", [
    # an excursion, daily commuting, no occupation, a camp with no labour word
    "Children from occupied Kherson were taken by bus to a farm in Crimea on an excursion about farm work.",
    "Workers in occupied Donetsk are taken by bus to the factory every morning for their shift.",
    "Students from Kyiv were taken to a farm near Lviv for work experience.",
    "Teenagers from occupied Melitopol were taken to a summer camp in Crimea.",
    # the active order: a camp with no labour word, an excursion, no occupation
    "Occupiers ship Melitopol children to Crimean summer camps for 'patriotic education' — partisans",
    "The occupation authorities bussed pupils from occupied Kherson to a Crimean farm on an excursion about farm work.",
    "Poland ships students to German factories for summer internships.",
])
def test_taken_to_a_workplace_near_misses(text):
    assert _labour(text) == []


# ------------------------------------------------------------------ two complement phrases before a passive verb
@pytest.mark.parametrize("text,dyad", [
    # the row (dev15) and own variants
    ("An agreement with Nicaragua on visa-free travel was ratified by the parliament of Abkhazia on Thursday.",
     ("ABKLEG", "NIC")),
    ("A memorandum with Syria on trade cooperation has been signed by the head of the DPR.", ("DPRGOV", "SYR")),
    ("A treaty with Venezuela on mutual legal assistance was ratified by South Ossetia's parliament.",
     ("SOSLEG", "VEN")),
])
def test_two_complements_before_passive_signing(text, dyad):
    evs = [e for e in _events(text) if e["rule"] == "support.sign" and "diplomatic_recognition" in e["themes"]]
    assert dyad in [(e["actor1_code"], e["actor2_code"]) for e in evs]


def test_two_complements_near_misses():
    # two states' agreement: signed, no theme
    evs = _events("An agreement with Poland on visa-free travel was ratified by the parliament of Ukraine on Thursday.")
    assert [e["cameo_code"] for e in evs] == ["057"] and not evs[0]["themes"]
    # a relative clause's contracts are no passive subject of the main verb
    evs = _events("Employees of the plant who refused to sign contracts with Rosatom on new terms were being deported "
                  "from occupied Enerhodar.")
    assert not any(e["cameo_code"] == "057" for e in evs)
