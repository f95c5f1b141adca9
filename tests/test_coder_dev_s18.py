"""Rule checks for the classes of the session-18 dev round (general phrasings dev16, general actors dev11, mission
dev26, when-where dev23; written by an independent writer who never ran the coder). Each class: the dev row, own
variants in other wordings, and near-misses that must not change."""
import pytest

from pipeline.coding import code_article


def _events(text, date="2024-03-14"):
    return code_article({"article_id": "t", "published": date, "text": text})


def _roots(text, date="2024-03-14"):
    return sorted({e["cameo_root"] for e in _events(text, date)})


def _pairs(text, root, date="2024-03-14"):
    return [(e["actor1_code"], e["actor2_code"]) for e in _events(text, date) if e["cameo_root"] == root]


# --- sports copy: chess and cricket game words (grammar.yaml sports_terms) -----------------------------------
@pytest.mark.parametrize("text", [
    "Magnus Carlsen launched a blistering kingside attack to defeat his rival in 31 moves in the fourth game of the "
    "match in Dubai.",
    "Nakamura's queenside attack crushed Caruana's defence in the final round.",
    "Hikaru Nakamura unleashed a kingside assault and won in 28 moves.",
    "Australian fast bowlers bombarded the England batsmen with short-pitched deliveries on a green Lord's pitch.",
    "India's spinners and fast bowlers tore through the batsmen.",
    "England's bowlers were bombarded with abuse by fans.",
])
def test_chess_and_cricket_copy_codes_no_violence(text):
    assert _roots(text) == [], [(e["cameo_code"], e["trigger_text"]) for e in _events(text)]


@pytest.mark.parametrize("text, root", [
    # near-misses: a real attack on players, or troops beside a game word, stays violence
    ("Pakistani batsmen were attacked by gunmen near the stadium in Lahore.", "18"),
    ("Troops bombarded the town with artillery as the bowlers practised.", "19"),
])
def test_violence_beside_game_words_stays(text, root):
    assert root in _roots(text)


# --- sanctions on military rulers, active and passive (triggers.yaml sanction.sanction_people) ---------------
@pytest.mark.parametrize("text, date, pair", [
    ("The Myanmar military and its commander-in-chief were sanctioned by the United States on Wednesday.",
     "2021-02-11", ("USA", "MMRMIL")),
    ("Guinea's army chief has been sanctioned by the European Union.", "2024-03-14", ("IGOEEC", "GINMIL")),
    ("Britain on Monday sanctioned Sudan's army chief and the RSF commander.", "2024-03-14", ("GBR", "SDNMIL")),
    ("Niger's junta was sanctioned by the West African bloc on Sunday.", "2024-03-14", None),
])
def test_military_rulers_sanctioned(text, date, pair):
    pairs = _pairs(text, "16", date)
    assert pairs, _roots(text, date)
    if pair:
        assert pair in pairs, pairs


@pytest.mark.parametrize("text", [
    # approval, not a penalty: an act approved, or the rulers' plan (an owner is no object)
    "The UN Security Council sanctioned military action against Libya.",
    "The commander-in-chief sanctioned the use of force.",
    "Parliament sanctioned the junta's plan for elections.",
])
def test_near_miss_approval_is_no_sanction(text):
    assert "16" not in _roots(text)


# --- a mission's closure told as a noun (triggers.yaml sanction.close_mission) ------------------------------
@pytest.mark.parametrize("text, pair", [
    ("Warsaw on Monday ordered the closure of Russia's consulate in Krakow, Polish Foreign Minister Radoslaw Sikorski "
     "said.", ("POLGOV", "RUSGOV")),
    ("Lithuania announced the closure of the Russian consulate general in Klaipeda on Friday.", ("LTU", "RUSGOV")),
    ("Prague has ordered the shutdown of Russia's embassy.", ("CZEGOV", "RUSGOV")),
    ("Poland closed Russia's consulate in Krakow.", ("POL", "RUSGOV")),
])
def test_closure_of_a_mission(text, pair):
    assert pair in _pairs(text, "16"), _pairs(text, "16")


@pytest.mark.parametrize("text", [
    "The closure of the road near the embassy angered residents.",
    "The closing of the embassy's canteen was announced.",
    "Police ordered the closure of a shop opposite the consulate.",
])
def test_near_miss_closures_that_are_no_mission_closure(text):
    assert "16" not in _roots(text)


# --- relief asked of an addressee (triggers.yaml appeal.humanitarian_aid) -----------------------------------
@pytest.mark.parametrize("text, pair", [
    ("Kenya's President William Ruto appealed to wealthy nations on Tuesday for emergency food aid for "
     "drought-stricken counties in the north of the country.", None),
    ("Somalia's government appealed to donors for food aid.", None),
    ("The Red Cross asked the European Union on Friday for tents and blankets for earthquake survivors.",
     ("NGOIRC", "IGOEEC")),
    ("Malawi pleaded with the United Nations for emergency aid after the cyclone.", ("MWI", "IGOUNO")),
])
def test_appeal_to_an_addressee_for_relief(text, pair):
    codes = [e["cameo_code"] for e in _events(text)]
    assert "0233" in codes, codes
    if pair:
        assert pair in _pairs(text, "02"), _pairs(text, "02")


@pytest.mark.parametrize("text", [
    "The pensioner asked her neighbours for food.",  # no polity
    "The minister asked the company for comment on the aid shipment.",  # the "for" asks comment
])
def test_near_miss_no_relief_appeal(text):
    assert "02" not in _roots(text)


# --- urged to return to talks: the appeal's act (cues.yaml appeal; triggers._appeal_frame_cue) -------------
@pytest.mark.parametrize("text", [
    "Egypt urged Ethiopia and Sudan on Sunday to return to negotiations over the Grand Ethiopian Renaissance Dam.",
    "Egypt urged Ethiopia to return to negotiations.",
    "The EU urged Belgrade and Pristina to return to the negotiating table.",
    "Turkey called on Armenia and Azerbaijan on Friday to hold peace talks.",
    "France pressed Iran and the United States on Tuesday to return to nuclear talks.",
])
def test_appeal_to_return_to_talks(text):
    assert _roots(text) == ["02"], [(e["cameo_code"], e["rule"]) for e in _events(text)]


@pytest.mark.parametrize("text, root", [
    # a return asked of a seized thing stays a demand; a return to talks by the party itself is the talks
    ("Kyiv demanded the return to Ukraine of deported children.", "10"),
    ("Belgrade returned to the negotiating table.", "04"),
])
def test_near_miss_returns_that_are_no_appeal(text, root):
    assert _roots(text) == [root], [(e["cameo_code"], e["rule"]) for e in _events(text)]


def test_near_miss_walking_away_from_the_table_is_no_talks():
    assert "04" not in _roots("The delegation walked away from the negotiating table.")


# --- passive hosting of a guest named by title and name (coder._passive_hosting) ---------------------------
@pytest.mark.parametrize("text, date, pair", [
    ("Ukrainian President Volodymyr Zelensky was welcomed at the White House by Joe Biden on Wednesday.",
     "2022-12-22", ("USAGOV", "UKRGOV")),
    ("El Salvador's president Nayib Bukele was received by Donald Trump in the Oval Office on Monday.",
     "2025-04-14", ("USAGOV", "SLVGOV")),
    ("Chinese Foreign Minister Wang Yi was greeted in Moscow by Sergei Lavrov on Tuesday.", "2024-03-14",
     ("RUSGOV", "CHNGOV")),
    ("Zelensky was welcomed by Biden.", "2023-06-01", ("USAGOV", "UKRGOV")),
])
def test_passive_hosting_of_a_named_guest(text, date, pair):
    assert pair in _pairs(text, "04", date), [(e["cameo_code"], e["actor1_code"], e["actor2_code"])
                                             for e in _events(text, date)]


@pytest.mark.parametrize("text", [
    "Zelensky was greeted by cheering crowds in Kyiv.",  # a crowd is no host
    "The letter was received by the ministry on Monday.",  # no guest
    "The aid was received by Ukraine's government.",
    "Ukraine was welcomed into the alliance by its members.",  # a bare country: praise
])
def test_near_miss_passive_welcomes_that_are_no_hosting(text):
    assert "04" not in _roots(text, "2023-06-01")


# --- riot weapons as a response (triggers.yaml coerce.responded_with_force) --------------------------------
@pytest.mark.parametrize("text", [
    "Protesters hurled stones at riot police in central Nairobi, who responded with tear gas and water cannon.",
    "Demonstrators hurled stones at police, who responded with tear gas.",
    "Police responded with tear gas and rubber bullets.",
    "Security forces in Tehran retaliated with pepper spray and batons, witnesses said.",
    "Riot police replied with water cannon as the crowd surged toward parliament.",
])
def test_response_with_riot_weapons_is_repression(text):
    assert "175" in [e["cameo_code"] for e in _events(text)]


@pytest.mark.parametrize("text", [
    "The ministry responded with a statement.",
    "Doctors responded with tear gas masks for the wounded.",
])
def test_near_miss_other_responses(text):
    assert "17" not in _roots(text)


# --- agents: a house speaker (LEG), counter-intelligence officers (SPY); fronted allegation participles ------
@pytest.mark.parametrize("text, date, root, pair", [
    ("The Kremlin on Wednesday condemned US House Speaker Nancy Pelosi's trip to Taiwan as a deliberate "
     "provocation.", "2022-08-03", "11", ("RUSGOV", "USALEG")),
    ("Beijing denounced the visit of US House Speaker Nancy Pelosi to Taipei.", "2022-08-03", "11",
     ("CHNGOV", "USALEG")),
    ("Accused of espionage, two Russian citizens were arrested by Bulgarian counter-intelligence officers in Sofia on "
     "Wednesday.", "2024-11-20", "17", ("BGRSPY", "RUSCVL")),
    ("Russian intelligence officers detained two Estonian citizens.", "2024-11-20", "17", ("RUSSPY", "ESTCVL")),
])
def test_speaker_and_intelligence_agents(text, date, root, pair):
    assert pair in _pairs(text, root, date), _pairs(text, root, date)


@pytest.mark.parametrize("text, date", [
    ("Accused of espionage, two Russian citizens were arrested by Bulgarian counter-intelligence officers in Sofia "
     "on Wednesday.", "2024-11-20"),
    ("Suspected of spying, a Chinese national was detained by German police in Dresden.", "2024-03-14"),
    ("Accused of spying, two Iranians were detained by Turkish intelligence in Istanbul.", "2024-03-14"),
])
def test_fronted_allegation_participle_describes_the_subject(text, date):
    assert _roots(text, date) == ["17"], [(e["cameo_code"], e["rule"]) for e in _events(text, date)]


@pytest.mark.parametrize("text", [
    # near-misses: the accuser named in the fronted clause, or a headline accusation, stays an accusation
    "Accused of war crimes by Kyiv, Russia rejected the charges.",
    "Russia accused of shelling the plant.",
])
def test_near_miss_accusations_that_stay(text):
    assert "11" in _roots(text)


def test_near_miss_speaker_of_an_institution_is_no_legislature():
    from pipeline.coding.actors import find_actors
    import datetime as dt
    assert not any(a.role == "LEG" for a in find_actors("The speaker of the house of culture said.",
                                                         dt.date(2024, 1, 1)))


# --- a foreign minister known by name (schemas/actors/persons.yaml jaishankar) -----------------------------
@pytest.mark.parametrize("text, date, pair", [
    ("Canada's foreign minister, Melanie Joly, held talks with India's S. Jaishankar on the sidelines of the G20 "
     "summit in Rio de Janeiro on Monday.", "2024-11-19", ("CANGOV", "INDGOV")),
    ("Jaishankar met Wang Yi in Beijing.", "2024-11-19", ("INDGOV", "CHNGOV")),
    ("Subrahmanyam Jaishankar held talks with Sergei Lavrov in Moscow.", "2023-01-10", ("INDGOV", "RUSGOV")),
    # between his terms (Foreign Secretary to 2018, minister from 2019) he is an elite
    ("Jaishankar met Wang Yi in Beijing.", "2018-06-01", ("INDELI", "CHNGOV")),
])
def test_jaishankar(text, date, pair):
    assert pair in _pairs(text, "04", date), _pairs(text, "04", date)


# --- people leaving an entity for seasonal work (triggers.yaml labor.move_to_work sentence_terms) ----------
@pytest.mark.parametrize("text", [
    "Hundreds of young people from Transnistria leave each spring for seasonal work in Germany and Poland, using "
    "Moldovan passports, NewsMaker.md reported.",
    "Young people from Transnistria leave for seasonal work abroad.",
    "Thousands of people from occupied Melitopol have left for jobs in Russian regions.",
    "Youths from Tskhinvali travel each summer to work on farms in Russia.",
])
def test_people_leaving_an_occupied_area_for_work(text):
    assert any("labor_migration" in e["themes"] for e in _events(text))


@pytest.mark.parametrize("text", [
    "Hundreds of young people from Transnistria left for a holiday in Germany.",  # no work
    "Hundreds of young people from Lviv leave each spring for seasonal work in Poland.",  # no occupied area
])
def test_near_miss_people_leaving_without_a_labour_tie(text):
    assert not any(e["themes"] for e in _events(text))


# --- a fronted locative beats a place in a trailing participle clause (coder._event_places) ----------------
@pytest.mark.parametrize("text, region", [
    ("In Kyiv, several hundred people rallied on Maidan Nezalezhnosti on Friday evening, waving the flags of the "
     "four regions.", "UA-30"),
    ("In Lviv, thousands marched through the city centre, chanting the names of Mariupol and Kherson.", "UA-46"),
    ("In Tbilisi, protesters rallied outside parliament, demanding that Russia leave Abkhazia.", "GE-TB"),
])
def test_fronted_locative_over_a_trailing_participle_place(text, region):
    evs = [e for e in _events(text, "2022-10-01") if e["cameo_root"] == "14"]
    assert evs and all(e["admin1_code"] == region for e in evs), [e["admin1_code"] for e in evs]


@pytest.mark.parametrize("text, region", [
    # near-misses: the act's own object before the comma stays its place
    ("In Mariupol, Russian forces shelled Kramatorsk, killing two.", "UA-14"),
    ("Russian forces shelled Kherson, killing two, officials in Mykolaiv said.", "UA-65"),
])
def test_near_miss_object_place_before_the_participle_stays(text, region):
    evs = [e for e in _events(text, "2022-10-01") if e["cameo_root"] == "19"]
    assert evs and evs[0]["admin1_code"] == region, [e["admin1_code"] for e in evs]


def test_near_miss_an_institution_in_an_of_phrase_is_no_guest():
    # "China's recognition of the Taliban government was welcomed by Kabul": praise of the act, no hosting
    assert "04" not in _roots("China's recognition of the Taliban government was welcomed by Kabul.", "2024-02-01")


# --- hostage-taking split by its object (triggers.yaml assault.take_hostage; grammar split_particles hostage,
# split_particle_quantifiers) -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Hamas militants took more than 200 people hostage during their assault on southern Israel, the Israeli military "
    "said.",
    "Gunmen took 20 people hostage in a bank.",
    "Pirates took the crew hostage off Somalia.",
    "Rebels took some 40 aid workers hostage in Darfur.",
])
def test_hostage_taking_split_by_its_object(text):
    assert "181" in [e["cameo_code"] for e in _events(text, "2023-10-08")]


@pytest.mark.parametrize("text", [
    # idioms: no people taken
    "The film took the audience hostage for two hours.",
    "The opposition took the budget hostage.",
    "He took the money up to the office.",  # "up" before a determiner is a preposition
])
def test_near_miss_no_hostage_taking(text):
    assert "18" not in _roots(text)


# --- a partially recognised state named as a state (triggers.yaml recognition.recognize objects) -------------
@pytest.mark.parametrize("text, date, code, pair", [
    ("Slovenia's parliament voted on Tuesday to recognise a Palestinian state, a week after Spain, Ireland and Norway "
     "took the same step.", "2024-06-05", "054", ("SVNLEG", "PSE")),
    ("Spain recognised the State of Palestine on Tuesday.", "2024-05-28", "054", ("ESP", "PSE")),
    ("Armenia formally recognised the State of Palestine.", "2024-06-21", "054", ("ARM", "PSE")),
    ("Germany will not recognise a Palestinian state for now, the chancellor said.", "2024-06-01", "120",
     ("DEU", "PSE")),
])
def test_recognition_of_a_palestinian_state(text, date, code, pair):
    evs = [e for e in _events(text, date) if e["cameo_code"] == code]
    assert evs and (evs[0]["actor1_code"], evs[0]["actor2_code"]) == pair, \
        [(e["cameo_code"], e["actor1_code"], e["actor2_code"]) for e in _events(text, date)]
    assert not any(e["themes"] for e in evs)  # not the mission's recognition


@pytest.mark.parametrize("text", [
    "The minister acknowledged the suffering in Palestine.",
    "The minister accepted an invitation to visit the State Department.",
])
def test_near_miss_no_recognition_of_palestine(text):
    assert "05" not in _roots(text)


# --- a build-up's own forces are no target (grammar.yaml own_forces_object_roots) --------------------------
@pytest.mark.parametrize("text, date, pair", [
    ("Mexico began deploying 10,000 National Guard troops to its northern border on Tuesday, officials in Mexico City "
     "said.", "2025-02-05", ("MEX", None)),
    ("Pakistan deployed 5,000 Frontier Corps troops along the Afghan border.", "2024-03-14", ("PAK", "AFG")),
    ("Peru began deploying 2,000 National Police officers to the southern region of Puno.", "2024-03-14",
     ("PER", None)),
])
def test_deployed_own_forces_are_no_target(text, date, pair):
    assert pair in _pairs(text, "15", date), _pairs(text, "15", date)


@pytest.mark.parametrize("text, date, pair", [
    # near-misses: another state's forces, or a foreign place named, keep their target
    ("Belarus deployed Russian troops on its territory.", "2024-03-14", ("BLR", "RUSMIL")),
    ("Russia massed troops near the Ukrainian border.", "2024-03-14", ("RUS", "UKR")),
])
def test_near_miss_foreign_forces_or_places_stay_targets(text, date, pair):
    assert pair in _pairs(text, "15", date), _pairs(text, "15", date)


# --- workers sent on leave are idled, not moved (triggers.yaml labor.bring_workers object_noncomplements) ------
@pytest.mark.parametrize("text", [
    "The cement works in Rybnitsa sent most of its 600 workers on unpaid leave on January 1, when Russian gas supplies "
    "via Ukraine stopped.",
    "The steel plant in Rybnitsa sent 2,000 workers on forced leave.",
    "The Alchevsk plant sent its workers on leave.",
])
def test_workers_sent_on_leave_are_no_labour_migration(text):
    assert not any(e["themes"] for e in _events(text, "2025-02-20"))


@pytest.mark.parametrize("text", [
    "Russia sent 500 workers to occupied Mariupol.",
    "The plant in Tiraspol recruited 200 workers from Uzbekistan.",
])
def test_near_miss_workers_sent_or_recruited_stay_labour(text):
    assert any("labor_migration" in e["themes"] for e in _events(text, "2025-02-20"))


# --- a diplomat's host with an anaphoric owner joins the span (actors._seats_hosts_senders) -----------------
@pytest.mark.parametrize("text, date", [
    ("A delegation from Burkina Faso led by the country's ambassador to Russia visited Sevastopol on Thursday and "
     "discussed economic cooperation with Governor Mikhail Razvozhayev, the governor's press service reported.",
     "2023-09-15"),
    ("A delegation from Niger headed by the country's ambassador to Moscow arrived in occupied Donetsk.", "2024-03-14"),
])
def test_delegation_led_by_the_countrys_ambassador(text, date):
    evs = [e for e in _events(text, date) if e["cameo_root"] == "04"]
    assert evs and all(e["actor1_code"] not in ("RUS", "RUSGOV") for e in evs), \
        [(e["actor1_code"], e["actor2_code"]) for e in evs]
    assert any(e["recognition_stance"] == "grant" for e in evs)


def test_near_miss_its_ambassador_to_a_state_keeps_the_host():
    # "its" stays out: the host of a recall is its target
    assert ("MLI", "DZA") in _pairs("Mali recalled its ambassador to Algeria.", "16")


# --- the two entities named again as a pair (triggers.yaml recognition.recognize_pair) ---------------------
@pytest.mark.parametrize("text, regions", [
    ("Damascus recognised Abkhazia and the Tskhinvali region in May 2018. Russia recognised both regions in August "
     "2008.", {"GE-AB", "GE-SO"}),
    ("Nauru recognised Abkhazia and South Ossetia in 2009. Vanuatu recognised both territories a year later.",
     {"GE-AB", "GE-SO"}),
    ("Abkhazia and South Ossetia asked Minsk for recognition. Belarus has never recognised the two entities, "
     "Lukashenko said.", {"GE-AB", "GE-SO"}),
])
def test_recognised_pair_of_entities(text, regions):
    evs = [e for e in _events(text, "2024-06-05") if e["rule"] == "recognition.recognize_pair"]
    # (placed in the pair's regions; "both territories" is placed in the first only: the place anaphor reads one)
    assert evs and {e["admin1_code"] for e in evs} <= regions and all(e["themes"] for e in evs), \
        [(e["rule"], e["admin1_code"], e["themes"]) for e in evs]


@pytest.mark.parametrize("text", [
    "The treaty of 1919 recognised both regions as part of Italy.",  # no article about an occupied territory
    "Trentino and South Tyrol were annexed. The treaty of 1919 recognised both regions as part of Italy.",
    "The deal recognised both regions' right to set their own budgets.",  # an owner
    "Officials acknowledged that both regions were hit by floods.",
])
def test_near_miss_pairs_that_are_no_recognition(text):
    assert "05" not in _roots(text)
