"""Per-sentence checks over tests/data/general_phrasings.jsonl: wire-style sentences about general (non-mission)
conflict and diplomatic events, with near-misses that use conflict words in another sense (split "dev": written
before the fixes of coder._violence_sense; split "fresh": written after them, before the coder was run on it,
as a generalization check; split "fresh2": the same after the fixes of tests/test_coder_general_gaps.py; split "dev3": event types and
recall (vows of force as threats, sanctioned people, arriving peacekeepers, a team's attack),
written before those fixes; split "fresh3": written after them, scored once before any change; split "dev4":
diplomatic pressure, sanctions and reduced relations, written before those fixes; split "fresh4": after them; split
"dev5": acts that did not happen or are no events (quantified negation, appeals, vows, memorials, report titles,
a state's protest), written before those fixes; split "fresh5": after them; split "dev6": missed events (phrasal verbs split by their object, light verb + event
noun, missing synonyms), written before those fixes; split "fresh6": after them; split "dev7": background causes, proposal contents, verbal clashes, quoted titles, written
before those fixes; split "fresh7": after them; split "fresh8": 30 rows of world news written by an engineer who neither ran the
coder nor read its code, scored once at the end of the seventh session: 16/30 at first run, its misses strict xfails with
their class, half of them false events on idioms, statistics and features); split "dev8": 45 world-news rows by an
independent writer from the codebook (session 15: tariffs and blacklists, repression, appeals, aid, yielding, threats,
mass killing, idioms and statistics, a third near-misses), 27/45 at first run; split "dev9": 45 more by an independent
writer (second round: phrasal recalls and summons, mediators, crowds, scenarios, postponed acts, idioms), 31/45 at
first run, tests of its classes in tests/test_coder_phrasings_s15b.py; split "dev10": 45 more (third round: exercises,
tranches, truces, handovers, autopsies, ultimatums, internet cuts, pushbacks, bombs, chemical weapons, declined
comment; sports copy, commemorations, fiction, drills, fires, ranked past attacks), 16/45 at first run, tests of its
missed classes in tests/test_coder_phrasings_s15c.py, of its false-event classes in
tests/test_coder_false_events_s15c.py. Each row lists the CAMEO roots the sentence must produce, exactly ([] for none).
Known-wrong rows are strict xfails with the reason, so a fix shows up as an XPASS.
Split "dev11": 40 world-news rows by an independent writer (session 16, first round: ships seized, mass executions,
investigations, dismay, snubs; markets, weather, statistics, postponed signings, fiction), 18/40 at first run, tests of
its classes in tests/test_coder_world_s16.py.
Split "dev12": 40 more by the same writer (session 16, second round: headline verbs, threats named as future targets,
troops moved to a border, blocked decisions; sports, market rivals, blamed causes), 23/40 at first run, tests of its
classes in tests/test_coder_headlines_s16.py.
Split "dev13": 40 more by the same writer (session 16, third round: opinions told as nouns, passive appeals, meetings,
agreements, aid, sanctions, fronted participles, inverted conditionals, hunger strikes, headlines; disasters and company
meetings), 22/40 at first run, tests of its classes in tests/test_coder_world_phrasings_s16.py.
Split "fresh9": 30 rows of world news in the dev8 classes, written by the same engineer before the session-15 fixes and
scored once after all of them: 23/30 at first run (fresh8 was 16/30 a session before), its misses strict xfails with their class.
Split "fresh10": 30 rows of world news across the CAMEO roots (10 near-misses: sport, culture, history), written by the
same engineer before the session-16 fixes and scored once after all of them: 17/30 at first run (fresh9 was 23/30), its misses strict xfails with
their class (one, a planned deployment, a convention of the future cue).
Split "dev14": 40 world-news rows by an independent writer (session 17, first round), 18/40 at first run, 38/40 after
the session's fixes; tests of its roots 01-09 in tests/test_coder_world_roots_s17b.py, of roots 10-20 and near-miss classes
in tests/test_coder_world_roots2_s17b.py.
Split "dev15": 40 world-news rows by the same writer (session 17, second round), 21/40 at first run, 36/40 after the
session's fixes; tests of its roots 01-08 in tests/test_coder_world_roots_s17c.py, of roots 11-20 and near-miss classes in
tests/test_coder_world_roots2_s17c.py.
Split "fresh11": 30 rows of world news across the CAMEO roots, written by the independent engineer before the session-17
fixes and scored once after all of them: 20/30 at first run (fresh10 was 17/30), its misses strict xfails with their class
(declined comment, appeals for troops, offers told as "is willing to", aid and cooperation told by cargo or staff, a
couple freed, a quoted verdict, weapons massed; "captured" an image and an inverted-conditional scenario as near-misses).
Session 18 (world-news event types): 21 known-wrong rows of fresh8, dev10-dev14, fresh10 and fresh11 fixed by class
(apologies as asking forgiveness, documents revoked, objections dropped, crossings reopened, lenders' grants and
tranches, relief cargo arriving, reports judged lies, money contributed, troops for a peacekeeping force, energy
supplied, data swapped, sites retaken, acts remembered from afar, leaders named as guests, forces leaving a territory,
reduced relatives dated years back);
tests of the classes in tests/test_coder_world_roots_s18.py.
Split "dev16": 40 world-news rows by an independent writer (session 18, first round), 35/40 at first run, 40/40 after the
rules of tests/test_coder_dev_s18.py (appeals to X for relief, urged to return to talks, riot weapons as a response,
chess and cricket copy).
Split "fresh12": 30 rows of world news across the CAMEO roots with near-misses, written by the independent writer before
any fix of session 18 and scored once after all of them: 26/30 at first run, its misses strict xfails with their class.
Split "dev17": 40 world-news rows by an independent writer (session 19, first round: market, culture, game and pest
senses, inquiries opened, firing drills, acts "ahead of" an event, characterisations, consequences warnings, concessions
after protests), 27/40 at first run, 40/40 after tests/test_coder_dev17_s19.py.
Split "fresh13": 30 rows of world news with near-misses, written by the independent writer before any fix of session 19
and scored once after all of them and their review mends: 22/30 at first run, its misses strict xfails with their class.
"""
import pytest
from phrasing_sets import load_rows, row_params, unknown_known_wrong

from pipeline.coding import code_article

ROWS = load_rows("general_phrasings.jsonl")

KNOWN_WRONG = {
    "The storm slammed into the coast of Florida, killing at least three people.":
        "'slammed' is a condemnation cue, which recodes the disaster's 'killing' to 111",
    "Shares in defence firms rocketed after the invasion.":
        "a bare invasion noun alone in its sentence is kept as the event",
    "The two companies agreed to merge in a deal worth $10 billion.":
        "agreements between companies are coded like states' (no check of the parties)",
    # fresh2 (written after the gap fixes, before the coder was run on them)
    "Pakistan recalled its ambassador from Kabul after a cross-border attack killed six soldiers.":
        "a bare 'attack' noun codes 180 (unconventional violence); an attack on soldiers across a border is 19",
    "Police fired rubber bullets to disperse stone-throwing youths in Nairobi.":
        "'youths' is no object of coerce.repression, and the adjective 'stone-throwing' is coded as a riot",
    # dev3 (written before the fixes of cues.yaml vow, sanction.target, aid.peacekeepers_arrive, coder._team_attack)
    "The government vowed to fight corruption in the customs service.":
        "a bare 'vowed' is agree.generic (030) once 'fight corruption' is discarded",
    "Germany insisted that Iran must stop enriching uranium to weapons grade.":
        "'stop enriching uranium' has no trigger",
    "Russia's attack on the power grid left millions without electricity.":
        "a bare 'attack' noun codes 180 (unconventional violence), not 19",
    "Some 300 fighters laid down their arms and surrendered to the army on Friday.":
        "'fighters surrendered' codes nothing (not diagnosed; 'Rebels surrendered' codes 0874)",
    "Opposition parties said they would boycott the parliamentary elections.":
        "a planned boycott with no condition stays 14 (test_coder_event_types.test_no_ultimatum: 'will strike' is 143)",
    "The Palestinian leadership said it would boycott all contacts with the US administration.":
        "a planned boycott with no condition stays 14 (as 'will strike on Monday' is 143)",
    "Israel said it will not tolerate attacks on its northern towns.":
        "'not tolerate' is no trigger; its 'not' negates the attack into a rejection (120)",
    "Police will no longer tolerate unauthorised rallies in the capital, the security chief warned.":
        "'will no longer tolerate' is no trigger",
    "Turkey will allow thousands of Kurdish refugees to return home under a UN deal.":
        "'allow ... to return home' is no trigger",
    # fresh3 (written after those fixes, scored once before any change: 9/15)
    "Pyongyang said it stood ready to use nuclear weapons against any aggressor.":
        "'use nuclear weapons' has no trigger",
    "The militia vowed to keep shelling the port until the blockade was lifted.":
        "the condition after 'until' ('the blockade was lifted') is coded as an act (081)",
    "The minister said Moscow is willing to resume gas deliveries to Moldova.":
        "'resume gas deliveries' has no trigger",
    # dev4 (written before the fixes of the diplomatic pressure / sanction patterns, docs/coder.md 4e: 21/42)
    "The city council froze the project after residents complained about the cost.":
        "residents' 'complained' codes 114 (complain officially); the frozen project itself codes nothing",
    # fresh4 (written after those fixes, scored once before any change: 13/16)
    # dev5 (acts that did not happen or are no events, written before the fixes of coder._negated_object,
    # _commemorated, _document_title, _official_subject, seek_frames aims and "strike back": 20/40 before)
    "The prime minister said there would be no talks with the separatists.":
        "a negative quantifier drops a pattern that is not negatable; the 'not' cue reaches the next "
        "reading of 'talks' (124), the quantifier does not",
    "The talks ended with no agreement on a ceasefire.":
        "'talks ended' is read as halted negotiations (164) although they ended on schedule",
    # fresh5 (written after those fixes, scored once before any change: 10/15)
    "Israeli troops fired no shots during the raid on the camp, the army said.":
        "the background noun 'during the raid' is kept as an arrest (173) once the negated 'fired no shots' is dropped",
    "The border guards detained no one at the crossing overnight.":
        "'no one' after the verb is no object of coerce.arrest, so its quantifier is not read",
    "Armenia joined the talks without committing troops to the mission.":
        "'joined the talks' has no trigger",
    # dev6 (missed events: phrasal verbs split by their object, light verb + event noun, missing synonyms;
    # written before the fixes of triggers._split_heads and the call-off / blackout / retaliation patterns: 25/42)
    "Myanmar's military shut the last independent newspaper in Mandalay down.":
        "an object with a prepositional phrase ('in Mandalay') is too long for a split phrasal verb "
        "(grammar split_particle_max_gap, no preposition in the gap)",
    # fresh6 (written after those fixes, scored once before any change: 12/16)
    "Azerbaijan said Russia had pulled the last of its peacekeepers out of Karabakh.":
        "a partitive 'the last of' puts a preposition in the split object, so 'pull ... out' is not read",
    "The junta in Ouagadougou imposed a media blackout on the fighting in the north.":
        "the blackout's topic ('on the fighting') is kept as a clash beside the blackout",
    "The company pulled out all its investments from Russia.":
        "yield.withdraw takes 'from' as its object, so any 'pulled out ... from' is a military retreat "
        "(as before the split-verb rule)",
    # dev7 (background causes, proposal contents, verbal clashes, quoted titles, "trade" as a modifier; written
    # before the fixes of coder._background_causes, _proposal_contents, _quoted_titles and the verbal clash
    # recode in _violence_sense: 24/42 before)
    "Turkey sent aid to Gaza to help rebuild bridges destroyed in the war.":
        "a past participle after its noun ('bridges destroyed in the war') is read as a new destruction",
    "Qatar hosted the two sides for talks after the prisoner exchange collapsed.":
        "an event noun whose own verb says it failed ('the prisoner exchange collapsed') is kept as the act; "
        "'hosted ... for talks' has no trigger",
    # fresh7 (written after those fixes, scored once before any change: 10/15)
    "Poland closed the Medyka crossing to trucks because of the protests by farmers.":
        "'closed the ... crossing' has no trigger, so the background protest noun is the only event and stays",
    "Ukrainian forces shot down 30 drones after a wave of Russian attacks overnight.":
        "'shot down 30 drones' codes nothing, so the background 'attacks' noun stays alone (and codes 180)",
    "Israeli troops raided Jenin in a bid to capture two gunmen.":
        "'raided Jenin' codes nothing, so the purpose 'capture' is the only match and stays (as an arrest)",
    "The RSF launched an assault on El Obeid in an attempt to seize the airport.":
        "a bare 'assault on' noun codes 180 (unconventional violence), not 19",
    # fresh8 (world news, written by an engineer who neither ran the coder nor read its code, 8 rows with no
    # event; scored once at the end of the seventh session: 16/30 at first run)
    'Ethiopia has expelled seven senior United Nations officials, accusing them of "meddling" in its internal affairs, the foreign ministry said on Thursday.':
        "expelling UN officials is coded 174 (expel individuals), the writer expected 166 (expel an aid agency's staff): convention",
    'Iran\'s supreme leader warned that the United States and Israel would receive "a crushing response" for any attack on Iranian soil.':
        "the warning is not coded as a threat (13) and the hypothetical 'any attack on' is coded 180 (class: threats; hypothetical act nouns)",
    'Gunmen on motorbikes are believed to have killed at least 20 civilians in an attack on a weekly market in eastern Burkina Faso, local sources told AFP.':
        'gunmen killing civilians is coded 190 (fight), the writer expected 18 (assault): convention on armed groups against civilians',
    'Rwanda\'s foreign ministry dismissed as "baseless" a UN experts\' report saying its troops were fighting alongside M23 rebels in North Kivu.':
        "the fighting inside the rejected report's content is coded (193) beside the rejection (class: reported content of a rejected report)",
    "Greece's coast guard was accused by survivors of towing their overcrowded boat moments before it capsized off Pylos, an allegation Athens denies.":
        "'an allegation Athens denies' codes no rejection (12) (class: denial in an appositive)",
    'Despite days of pressure from other member states, Hungary blocked an EU statement calling for a humanitarian ceasefire in Gaza.':
        "'blocked an EU statement' codes no rejection; the statement's own call is coded 107 (class: blocking a statement)",
    # dev8 (session 15, independent writer): first run 27/45
    "Prosecutors in Hong Kong charged 47 pro-democracy figures with conspiracy to commit subversion.":
        "convention: a criminal charge is a lawsuit, 115 (triggers.yaml disapprove.lawsuit; PLOVER codes "
        "indictments DISAPPROVE), not 17; and 'charged N figures with' is beyond its window of 2",
    # dev9 (session 15, independent writer, second round): first run 31/45
    "The last French soldiers stationed in Chad flew out of N'Djamena on Thursday, completing the pullout of the former colonial power's forces.":
        "soldiers flying out codes nothing, and the pullout's 'forces' after a possessive owner is beyond "
        "yield.withdraw's window (class: departure of troops in other words)",
    "The Security Council condemned the killing of the three peacekeepers and called for a swift investigation.":
        "convention: 'called for' is an appeal (cues.yaml appeal), so the inquiry asked for codes 020, not 10 "
        "(as 'called for sanctions' is 02 in dev4)",
    "Shell completed its withdrawal from Nigeria's onshore oilfields by selling the unit to a local consortium.":
        "a company's 'withdrawal from' a business is read as a troop withdrawal (0874): yield.withdraw's 'from' "
        "object has no check of what is left (class: business withdrawal)",
    # dev10 (session 15, independent writer, third round): first run 16/45
    "The opposition leader declared war on red tape, promising to halve the number of permits needed to open a business.":
        "a politician's policy pledge to voters ('promising to halve the number of permits') codes 030 with no "
        "addressee (class: political metaphors and domestic campaign promises)",
    "Seoul shipped the first ten K2 battle tanks ordered by Warsaw from the port of Changwon on Tuesday, South Korea's arms procurement agency said.":
        "convention: weapons delivered to another state are military aid, 072 (triggers.yaml aid.military, "
        "docs/coder.md 'received F-16s from Denmark' 072); a sale is not told apart from a gift",
    "Forty-two Ukrainian servicemen, some of them held since the fall of Mariupol, were handed back by Russia on Friday, President Volodymyr Zelensky's office said.":
        "the subject of passive 'handed back' stands before a parenthetical with the clause break 'since', which "
        "is not skipped (class: prisoners handed back; 'servicemen were handed back' codes 0841)",
    "The health minister came under fire from opposition MPs on Wednesday over lengthening hospital waiting lists.":
        "'came under fire from' codes nothing: the critic stands after 'from' and the military sense ('the convoy "
        "came under fire from militants') shares the words (class: criticism received)",
    # dev11 (session 16, independent writer, first round): first run 18/40
    "Saudi Arabia's embassy in Tehran opened its doors on Wednesday for the first time since 2016, its chargé d'affaires told state television.":
        "an embassy that 'opened its doors' codes nothing: the idiom is no reopening trigger (class: embassies reopening)",
    "Alexander Lukashenko has pardoned 16 more people convicted of 'extremism', his press service said on Thursday, the sixth such batch this year.":
        "'pardoned' is support.forgive (056), not a release (0841) (class: pardons as yielding)",
    "In August 1968, Warsaw Pact tanks rolled into Prague to crush the reforms of the Prague Spring.":
        "session 19: convention: a past act told by its verb with its own date is coded with that date, not dropped as history (only an event noun with a year is a historical reference, grammar.yaml historical_noun_days: 'Warsaw Pact tanks occupied Prague in August 1968' codes 192 dated 1968-08, and dev24's 'Russian troops rolled into Melitopol on Feb. 25, 2022' must code 192 RUSMIL dated 2022-02); fight.enter_town (s19) now reads 'rolled into' as such an act, so 192 is coded and the row's near-miss expectation (nothing) contradicts the convention (class: historical acts told by a dated verb)",
    # dev12 (session 16, independent writer, second round): first run 23/40
    "Japan's prime minister said on Friday that relations with Seoul were 'in their best shape in a decade', crediting regular shuttle diplomacy.":
        "relations described as good code no cooperation statement (01), and the credited 'shuttle diplomacy' is read as a visit (class: relations judged, not acted)",
    "Pope Leo Pleads For Truce In Sudan As El Fasher Starves":
        "convention: an appeal for a ceasefire is demand.ceasefire (107) in this codebook ('appealed for a ceasefire'), and 'pleads for' is no head of it (class: pleas for a truce)",
    "Spanish Judge Opens Probe Into Pegasus Spyware Hack Of PM's Phone":
        "the investigated act behind two noun modifiers ('Pegasus Spyware Hack') is not reached, so the hack (170) is coded, not the probe (class: investigations and the act they are about)",
    "Fighters of the RSF went from house to house in El Geneina shooting Masalit men and boys by the hundreds, survivors told Reuters.":
        "a killing told by its scale ('shooting ... by the hundreds') stays 190, not mass killing (20) (class: mass killing told by scale)",
    "Haaland strikes twice as City sink Chelsea at the Etihad.":
        "a scorer's 'strikes twice' with a club named like a place (Chelsea) is read as an air strike (class: sports headlines without game words)",
    # dev13 (session 16, independent writer, third round): first run 22/40
    "A mutual defence pact between Saudi Arabia and Pakistan, under which an attack on either is considered an attack on both, was signed in Riyadh on Wednesday.":
        "the pact's terms ('an attack on either') are coded as attacks (180) and the long passive subject misses the signing (class: agreements in the passive; treaty terms as acts)",
    "Joint naval patrols against piracy in the Gulf of Guinea were launched by Nigeria and Ghana this week, the two navies said.":
        "a passive subject with a long purpose and place phrase ('patrols against piracy in the Gulf of Guinea were launched') is out of the passive's reach (class: long passive subjects)",
    "Sharply worded criticism of the verdict came from Berlin, where the foreign office called the sentence handed to the journalist 'politically motivated'.":
        "the criticised sentence ('called the sentence handed to the journalist') is coded as a new arrest (173) beside the criticism (class: opinions told as nouns, their judged act)",
    "Vetoed by the United States, the draft resolution calling for an immediate ceasefire in Gaza had gathered 14 votes in favour.":
        "the vetoed resolution's content ('calling for an immediate ceasefire') is coded as the vetoer's demand (107) (class: fronted participles; a document's content)",
    "Should the EU seize Russia's frozen assets, Moscow will retaliate against European companies still operating in Russia, Kremlin spokesman Dmitry Peskov warned.":
        "'will retaliate' after an inverted conditional ('Should the EU ...') codes no threat (13) (class: threats after an inverted conditional)",
    "Fresh sanctions targeting Chinese refineries that buy Iranian oil were imposed by the US Treasury on Thursday.":
        "a passive subject with a participle and a relative clause ('sanctions targeting ... that buy ... were imposed') is out of the passive's reach (class: long passive subjects)",
    "Detained on arrival at Dhaka airport, a former minister in Sheikh Hasina's cabinet was handed over to the police, officials said.":
        "a detainee 'handed over to the police' is coded as a handover (063) beside the arrest (class: fronted participles; custody transfers)",
    # fresh9 (session 15, written by the independent engineer before the session's fixes, scored once at the end: 23/30 at first run)
    "Denmark donated its entire artillery stock to Ukraine, Prime Minister Mette Frederiksen said.":
        "'artillery stock' is no military aid object (class: arms named by stock or inventory)",
    "Hamas handed three Israeli hostages over to the Red Cross in Khan Younis.":
        "'handed ... over' split by the hostages is no release (class: split phrasal release)",
    "Beijing denied that its coast guard had rammed a Philippine vessel near Sabina Shoal.":
        "'denied that ... had rammed' codes no denial (12): 'rammed' is no trigger the denial could carry (class: denials of a non-trigger act)",
    # fresh10 (session 16, written by the independent engineer before the session's fixes, scored once at the end: 17/30 at first run)
    "Nairobi plans to send another 600 police officers to Haiti next month, Kenya's interior minister told parliament.":
        "convention: 'plans to' is a future cue, which keeps the act's code (153 mobilize.police, planned; docs/coder.md, Cues), not an intent (03) (class: planned deployments abroad)",
    "Beijing hit out at Lithuania for allowing Taiwan to open a representative office under its own name in Vilnius.":
        "the criticised act in the 'for allowing Taiwan to open ...' clause is coded as its own 054 (TWN->CHNGOV) beside the 111 (class: the judged act in a 'for <gerund>' clause)",
    "The coach complained that his side had been 'ambushed' by the referee's decisions.":
        "a football coach's complaint about a referee is coded 114 (disapprove.complain) (class: sports copy)",
    # dev14 (session 17, independent writer, first round): first run 18/40
    "RSF fighters rounded up and shot some 460 patients and their relatives at the Saudi maternity hospital in El Fasher, the World Health Organization said.":
        "'rounded up and shot' hundreds is coded as an arrest (173) and a shooting (190), not one mass killing (202) (class: mass killings told by ordinary verbs and a count)",
    # dev15 (session 17, independent writer, second round): first run 21/40
    "Seoul intends to send a trade mission to Hanoi next month to negotiate a currency swap line, the industry ministry said.":
        "the purpose infinitive 'to negotiate' of an intended act takes no intent cue from 'intends to send', so it stays 046 (class: purpose infinitive under an intent cue)",
    "'This is unacceptable and a violation of our sovereignty,' Panama's president said of Washington's remarks about the canal.":
        "a verdict in a fronted quote attributed by 'said of' codes no disapproval (11) (class: quoted verdicts, 'X said of Y')",
    "Government troops are accused of massacring more than 70 villagers in Myanmar's Sagaing region, according to witnesses.":
        "convention: the act an accusation alleges is no event, the accusation is one 112 (docs/coder.md 4d, Allegations) (class: accused acts)",
    "Real Madrid's defence crumbled under a relentless Bayern assault in the second half.":
        "'a relentless Bayern assault' in a football report is coded 190 (class: sports copy without game words, as fresh10's Tottenham row)",
    # fresh11 (session 17, written by the independent engineer before the session's fixes, scored once at the end: 20/30 at first run)
    "Cuban doctors have started work at hospitals in Calabria under an arrangement between Havana and the southern Italian region.":
        "doctors who 'have started work at hospitals ... under an arrangement between Havana and' the region code nothing: cooperation told by its workers starting work is no 06 pattern (class: cooperation told through its staff at work)",
    # dev16 (session 18, independent writer, first round): first run 35/40
    # fresh12 (session 18, written by the independent writer before the session's fixes, scored once at the end: 26/30 at first run)
    # dev17 (session 19, independent writer, first round): first run 27/40
    # fresh13 (session 19, written by the independent writer before the session's fixes, scored once at the end: 22/30 at first run;
    # its eight misses fixed by class in tests/test_coder_late_world_s19.py)
}


def _check(row):
    evs = code_article({"article_id": "t", "published": "2024-03-14", "text": row["text"]})
    got = sorted({e["cameo_root"] for e in evs})
    assert got == sorted(set(row["expected"])), [(e["cameo_code"], e["rule"], e["trigger_text"]) for e in evs]


def test_known_wrong_rows_exist():
    assert not unknown_known_wrong(ROWS, KNOWN_WRONG)


@pytest.mark.parametrize("row", row_params(ROWS, KNOWN_WRONG))
def test_phrasing(row):
    _check(row)


@pytest.mark.parametrize("text", [
    # review round: the new diplomatic-pressure patterns must not fire on ordinary money, club or shop news
    "Police seized funds from the gang's bank accounts.",
    "Twitter blocked the accounts of several bloggers.",
    "Three MPs quit the alliance after the vote.",
    "He left the organization in 2019 to start a business.",
    "The governor closed the road near the embassy for the parade.",
    "Apple will close its store near the embassy in Moscow.",
    "The central bank cut loans to small businesses.",
    "When asked about new sanctions, Peskov said Moscow would respond.",
])
def test_no_diplomatic_sanction_in_ordinary_news(text):
    evs = code_article({"article_id": "t", "published": "2024-03-14", "text": text})
    assert not any(e["cameo_root"] == "16" or e["cameo_code"] == "020" for e in evs), \
        [(e["cameo_code"], e["rule"]) for e in evs]


@pytest.mark.parametrize("text, code", [
    ("The plan drew protests from thousands of residents.", "141"),  # a crowd's protest is a street protest
    ("The visit drew protests from Kyiv.", "111"),  # a state's protest is its disapproval
])
def test_a_protest_drawn_from_a_party(text, code):
    evs = code_article({"article_id": "t", "published": "2024-03-14", "text": text})
    assert [e["cameo_code"] for e in evs] == [code], [(e["cameo_code"], e["rule"]) for e in evs]


@pytest.mark.parametrize("text, protest", [
    # the month March is no protest march (grammar.yaml verb_month_names); the verb stays one
    ("DONETSK, March 3. /TASS/. The head of the DPR met a delegation from Nicaragua.", False),
    ("March 8 is a public holiday in Ukraine.", False),
    ("Pensions were raised in March, the ministry said.", False),
    ("Thousands march in Tbilisi against the foreign agents law.", True),
])
def test_the_month_march_is_no_protest(text, protest):
    evs = code_article({"article_id": "t", "published": "2024-03-14", "text": text})
    assert any(e["cameo_root"] == "14" for e in evs) == protest, [(e["cameo_code"], e["trigger_text"]) for e in evs]


@pytest.mark.parametrize("text, kept", [
    # a question names a topic, no act (cues.yaml question: drop); an act after the question is coded
    ("Asked about the recognition of Abkhazia, Lavrov said Moscow would never reverse it.", None),
    ("When asked about the visit to Sukhumi, the spokesman declined to comment.", None),
    ("Asked about the visit, Peskov said Russia would open a consulate in Donetsk next year.", "054"),
    # an appeal cue followed by "about" / "whether" is a question too (cues.yaml question_after_appeal)
    ("Reporters asked Lavrov about the talks with Minsk.", None),
    ("Journalists asked Peskov whether Russia would recognise the Taliban.", None),
    ("The Abkhaz leader asked Moscow to recognise the republic's passports.", "0211"),
])
def test_a_question_names_no_act(text, kept):
    evs = code_article({"article_id": "t", "published": "2024-03-14", "text": text})
    assert [e["cameo_code"] for e in evs if e["cameo_root"] in ("02", "04", "05")] == ([kept] if kept else []), \
        [(e["cameo_code"], e["rule"]) for e in evs]
