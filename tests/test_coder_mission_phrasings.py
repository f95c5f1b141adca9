"""Per-sentence checks over tests/data/mission_phrasings.jsonl: wire-style sentences about the mission's two
themes, written for this file (split "dev": written before the fixes of this branch; split "fresh": written
after them, before the coder was run on it, as a generalization check; "dev2" and "fresh2": the same for the second
round; "dev6"/"fresh6": labour round 2; "dev7"/"fresh7": labour round 3, in wire, Ukrainian official, Russian
state media and investigative styles, a third of them near-misses; "dev8"/"fresh8": recognition in further phrasings:
annexation and accession recognised, documents and licence plates issued in occupied areas, entities' membership bids,
de-recognition, parliament resolutions, with near-misses on other recognitions; "fresh10": both themes in further phrasings (honorary
consuls, twinning, delegations, appeals, work patents, call-up of migrants), a third near-misses, scored once before any
fix; "dev10": appointees named before "as <post>" ("named a Damascus businessman as its honorary consul"), with
near-misses on domestic posts and posts in unoccupied places; "fresh11": both themes again (honorary consulates,
documents, election observers, delegations, sister cities, appeals, de-recognition; recruiting, quotas, permits,
students and prisoners sent to work, workers arriving, deported or leaving occupied cities), a third near-misses
(diplomas, athletes' records, consuls and twinning in unoccupied places, Russia's own labour market), scored once
before any fix: 23/30 at first run (one of its seven misses, and one of fresh10's, were the writer's expectation
errors, corrected afterwards to the codebook: foreign labour migrants recruited into Russia, or permits issued to them
there, are labour migration, since themes.yaml labor_migration.mission_link names the occupying state; only hires
from Russia's own regions are not); "dev11": workers leaving occupied cities, reduced-relative hiring, Russia's
home labour market (workers from its other regions), annulled recognition, foreign election observers, with
near-misses (residents leaving, leaving a building, leaving unoccupied places or Russia); "fresh12": foreign observers
at votes the occupation holds, reduced-relative labour acts before the main verb, twinning approved as a noun, refusing
entry to holders of documents issued in occupied areas, 7 near-misses, scored once before any fix: 8/20 at first run;
"dev13": labour recall classes of the end-of-session check (arrivals told by their vehicle, jobs
advertised for workers from elsewhere, decrees obliging residents to work, migrants sent to the front, army contracts
offered to an occupied area's men, workers named by the place they leave, named farm work), 43 rows with 16
near-misses (refugees, tourists, soldiers or commuters on buses, local vacancies, decrees and orders elsewhere, fans
and volunteers leaving, soldiers sent to the front), 28/43 before its rules, 42/43 after; "dev12": the same classes with near-misses (OSCE observers at ordinary votes, no observers present, workers hired
with no movement, troops sent to the front, twinning between unoccupied cities, refused entry with no occupation
context), 13/30 before its fixes, 25/30 after; "dev9"/"fresh9": labour round 4,
the out-of direction: an occupied area's residents, teenagers, students, prisoners or staff taken, sent, lured or
recruited to work in Russia, job fairs and drives there, recruitment into the army and to dig fortifications,
labour needs stated by occupation officials, noun predicates of work ("completed the repairs"), with near-misses on
evacuation, holidays, local commuting, Russian regions' own labour markets and migration statistics). "fresh14": both themes, 11 near-misses, written by an engineer who neither ran the coder nor read its code before
the seventh session's fixes and scored once after all of them: 24/30 at first run. "fresh13": both themes and near-misses in further styles (Telegram digests,
think-tank prose, headlines), written at the end of the sixth session by an engineer who neither ran the coder nor
read its code, scored once after that session's fixes: 22/30 at first run (three more pass after the
dev13 labour rules: arrivals by bus, workers named by the occupied place they leave, named farm work). "dev14":
recognition diplomacy (lobbying for recognition, warnings against it, visits judged without a condemning verb,
proposals of relations, passive signing, sports clubs named after cities and scare-quoted missions as near-misses),
13 near-misses, written before its fixes: 19/35, after: 29/35. "dev13": labour recall (arrivals by transport, job
adverts for incomers, decrees obliging residents to work, migrants sent to the front, army contracts offered,
workers named by the place they leave, named farm work), 16 near-misses, before its fixes: 28/43, after: 42/43.
"dev16": recognition and labour in further styles (an all-caps headline lead, a House resolution, hedged outcomes,
sanctions on visitors, expected delegations; labour lured, ordered, brought in as replacements), written by an engineer
who never ran the coder, 15 near-misses: 32/40 at first run (before fixes), 34/40 after the rules of
tests/test_coder_dev16_s14.py (caps headline leads, hedged outcomes); its three labour misses (lured to jobs, deportation or
an army contract, replacements brought in) pass after tests/test_coder_labour_s14.py. "dev17": labour recall (luring
to jobs with a means phrase, army service as the alternative to deportation, job-title staff brought in, men and women
from a foreign state hired, workers housed at work), 12 near-misses (scams, exchange programmes, protesters' choices,
equipment and troops brought in, Russia's own regions), written before its rules: 14/32 at first run, 27/32 after
(tests/test_coder_labour_s14.py). "dev15": passive signing with the document and its complement as subject ("a memorandum on trade was signed by"),
scare-quoted missions with no state or entity owner, reported act nouns ("the recruitment of ... was confirmed by"),
with 9 near-misses (petitions, open letters, a domestic law, a city contract, a grain deal, fans', students' and
volunteers' "embassies"), written before its fixes: 16/26, after: 24/26; its fixes passed fresh13's Tskhinvali accord
and Dynamo Kyiv "embassy" rows (fresh13 first run: 22/30). "dev15b": recognition diplomacy and reported acts
(lobbying with asides, courting/canvassing for recognition, campaigns to win it, warnings, visits judged by a noun
predicate, act nouns as subjects, expletive "it is time to recognise", that-clauses), 16 near-misses, written
before its fixes: 27/38, after: 38/38 (tests/test_coder_mission_s14.py). "dev24" (session 17, independent writer): its
recognition-told-through-consequences rows (friendship groups, premises to house a mission, a stay, a cancelled visit)
pass after tests/test_coder_grant_s17b.py. "dev18": recognition (grant, seek, deny) and labour in new
phrasings, 13 near-misses, written from the codebook by an engineer who never ran the coder: 25/40 at first run; five
recognition misses (a mission with owner and place phrases, a dash parenthetical, ties raised to ambassadorial level,
a staged vote refused, a search for recognition) pass after tests/test_coder_recognition_s15.py, its six labour misses
after tests/test_coder_labour_s15.py (workers "expected in", relocation bonuses, driven to help with the harvest,
recruited as a trade, reduced relatives with a means phrase, quotas halved). "dev19" (session 15, second round,
same writer's method: both themes again, 13 near-misses): 24/40 at first run; six recognition misses (documents
honoured, lawmakers watching a vote, a consular point that opened, a visa centre asked for, a ballot declared without
legal effect, visas that would not be valid) pass after tests/test_coder_recognition_s15b.py, seven of its eight
labour misses (jobs advertised with free housing, foreigners detained or expelled as illegal workers, convicts
offered release for building work, students sent to a shipyard, salaries promised, recruits who "ended up" digging
trenches) after tests/test_coder_labour_s15b.py. "dev20" (session 15, third round, same writer's method): 32/40 at first run; its misses
(delegations attending events, documents awarded by an entity's institution, entry bans and summonses over visits,
labour regulations and inspections, a historical arrival) are strict xfails with their class. "dev21" (session 16,
independent writer, first round): 22/45 at first run; its recognition rows fixed by tests/test_coder_recognition_s16.py
(signing 'inked' or 'put their names to', a bank's branches, a signing put off after a late parenthetical), the other
recognition misses strict xfails with their class; its 'sent out feelers' seek passes after
tests/test_coder_recognition_r2_s16.py. "dev22" (session 16, independent writer, second round): 22/40 at first run; its
recognition rows fixed by tests/test_coder_recognition_r2_s16.py (a visit called off after an aside, sounding out
about an act, entity passports waved through or refused, relations put on ice, congressmen hosted), the other two
strict xfails with their class; its labour rows (pupils signed up for work brigades, the retraining of displaced
families themed by an employment centre) fixed by tests/test_coder_labour2_s16.py. dev21's labour rows (drafted into
labour detachments, employers fined for employing migrants, school-leavers signed up for jobs) are fixed by the same
module. The other misses of both are strict xfails with their class. dev21's reactions to visits (an entry ban over
"his trip to", visitors named by a nationality and two nouns before "who") pass after
tests/test_coder_visit_reactions_s16.py; the protest over an act "during an unannounced trip" and the persona non grata
over a march are strict xfails. "dev23" (session 16, independent writer, third round): 28/40 at first run; its
recognition rows 'no legal significance' of a mission's launch (a denial) and a Title Case headline's sanction on
lawmakers "Who Toured" pass after tests/test_coder_recognition_r3_s16.py; its other recognition misses (a fronted
passive participle, an agreement initialled in a that-clause, a headline passive, an embassy told by its ribbon-cutting)
are strict xfails with their class; its labour rows (a denied labour act, residents rounded up for trench digging,
migrants expelled told by a fronted participle, job-seekers passing through a recruitment point) pass after
tests/test_coder_labour3_s16.py, the other two (builders "at work across", teenagers taken to a farm for "labour
education") are strict xfails with their class. Each row names the theme the sentence
must carry (null: a near-miss that must carry none) and, for recognition, the stance.
Known-wrong rows are strict xfails with the reason, so a fix shows up as an XPASS.
"fresh15": both themes, 10 near-misses, written by the same engineer before the session-15 fixes and scored once
after all of them: 19/30 at first run (fresh14 was 24/30), its misses strict xfails with their class (the scrapped
trip and the migrants' deadline to leave pass since later fixes of their classes: long complements before a
cancellation, labor.deadline_to_leave).
"fresh16" (session 16): both themes, 10 near-misses, written by the independent engineer before the session-16 fixes and
scored once after all of them: 18/30 at first run (fresh15 was 19/30), its misses strict xfails with their class
(visa regimes, missions starting work, appeals told as an address, reactions to observers; crews, secondments, forced
public works, job offers, fines for hiring, ad-style adverts; a Soviet-era arrival as near-miss).
"dev24" (session 17, independent writer, first round): 24/40 at first run; its labour rows of coaches crossing into an
occupied region and a shelved plan to bring builders pass after tests/test_coder_labour_s17b.py, the others (a hostel
converted for builders, entry conditions for foreign job-seekers, students sent to unpaid work) are strict xfails.
"dev25" (session 17, independent writer, second round): 28/40 at first run; of its grant and seek rows, sitting down
with an entity's minister passes after tests/test_coder_grant_seek_s17c.py; an appeal across a comma parenthetical,
pushing for or proposing that another recognise, a lobbyist hired to win recognition and the near-miss of a business
named like a mission pass after tests/test_coder_seek_s17d.py; the others are strict xfails with their class, as are its
deny-by-reaction rows (a condemned mission, a declined request to list occupied ports as Russian).
"fresh17" (session 17): both themes, 10 near-misses, written by the independent engineer before the session-17 fixes and
scored once after all of them: 17/30 at first run (fresh16 was 18/30), its misses strict xfails with their class
(missions told by a plaque, a flag or premises, a friendship group registered, an annexation hailed as legitimate, envoys
shown round or attending a ceremony, making the case for recognition, a declined listing of an occupier's officials, a
deed declared invalid; a labour train, pupils bussed to pack rations, health conditions on work patents; an orchestra's
tour as near-miss).
Session 18 (tests/test_coder_mission_s18.py) fixed, by class: a mission's nameplate put up (dev24, fresh17), a
parliamentary group "for ties with" an entity's assembly registered (fresh17), an annexation hailed as legitimate
(fresh17), a document "between X and Y" or with two complement phrases as a passive subject (fresh12, dev12, dev15), a
diplomat's seat phrase before a passive accreditation (dev2), appeal participles that only describe the doer
("observers invited by Moscow watched", dev11, dev12), missions starting work told by their services, their doors or
before a reporting clause (fresh15, fresh16, dev21), and people of an occupied area taken to a workplace with a labour
word elsewhere (dev21, dev23, fresh14's headline).
"dev26" (session 18, first round, independent writer): both themes, 40 rows, 38/40 at first run, 39/40 after
tests/test_coder_dev_s18.py (people leaving an entity for seasonal work); the other miss is a convention.
"fresh18" (session 18): both themes and near-misses, 30 rows written by the independent writer before any fix of session
18 and scored once after all of them: 29/30 at first run, its misses strict xfails with their class (the one miss a convention).
"dev27" (session 19, first round, independent writer): both themes, 40 rows, 36/40 at first run, 39/40 after
tests/test_coder_dev27_s19.py (the miss left is a convention: foreign workers hired in Russia are labour migration).
"fresh19" (session 19): both themes and near-misses, 30 rows written by the independent writer before any fix of session
19 and scored once after all of them and their review mends: 24/30 at first run (one miss a convention), its misses strict
xfails with their class.
"""
import pytest
from phrasing_sets import load_rows, row_params, unknown_known_wrong

from pipeline.coding import code_article

ROWS = load_rows("mission_phrasings.jsonl")

KNOWN_WRONG = {
    # misses
    # near-misses themed
    "Abkhazia's tourism ministry opened a new office in Sochi to promote the summer season.":
        "an entity's non-diplomatic office: open_office_in_occupied does not look at the office's owner",
    "The Donetsk metallurgical plant recruited 200 young specialists from local universities.":
        "a local origin ('from local universities') is no migration",
    # dev2 (written before the second round of fixes): known misses
    "The Crimean parliament and the Syrian People's Assembly agreed to set up a friendship group.":
        "'the Crimean parliament' is no entity party and gives no occupied place",
    "Builders working on a shift basis have been brought to Mariupol from Tyumen and Bashkiria.":
        "a participle clause between the workers and their passive verb",
    "The Crimean migration service deported 115 citizens of Central Asian states who had violated the terms of their stay.":
        "'citizens of Central Asian states' are not named as migrants (themes.yaml party_words)",
    # fresh2 (written after the second round, before the coder was run on it): known wrong
    "A Tajik labourer was killed by shelling while working on a construction site in occupied Donetsk.":
        "a worker's death while at work: workers_at_work needs the worker noun right before its verb",
    # fresh3 (written after it, before the coder was run on it): known wrong
    "Kyiv threatened to sever relations with any country that opens a consulate in the occupied territories.":
        "a hypothetical cause in a relative clause ('any country that opens'): its doer is read as Kyiv",
    # dev6 (labour round 2, written before its fixes): known wrong
    "Workers from Russian regions make up most of the crews repairing the power grid in occupied Kherson region, a Ukrainian official said.":
        "'make up most of the crews repairing': the workers are the subject of no work verb",
    "Specialists from Tatarstan are taking part in restoring the water supply of occupied Lysychansk.":
        "labor.workers_from_at_work takes building nouns only: specialists from elsewhere are as often a local "
        "utility's ('specialists from Voda Donbassa restored')",
    "Occupation authorities in Mariupol have contracted a Chinese company to rebuild the port's grain terminal, Ukrainian intelligence said.":
        "a bare 'company' is no labor.hire_foreign_company object (only construction firms and contractors)",
    # fresh6 (labour round 2, written after its fixes, scored once: 6/12): known wrong
    "Rights activists say migrants arrested in raids are often told to sign up for the army or face expulsion.":
        "'told to sign up for the army': labor.join_army needs the verb right after its subject or a cue verb",
    "The Kremlin-backed authorities in Crimea have signed a contract with an Iranian construction company to build a desalination plant.":
        "'signed a contract with' a foreign firm is read as an agreement (057) with a state, not as hiring it",
    "Police in occupied Simferopol detained 60 foreign nationals during a raid and placed them in a deportation centre.":
        "'foreign nationals' is no migrant object of labor.detain_migrants (review 3: the FSB detains foreign "
        "nationals for spying too); the deportation centre is not read as the labour context",
    # fresh7 (labour round 3, written after its fixes, scored once: 9/15, near-misses 5/5): known wrong
    "RIA Novosti reported that a team of 120 power engineers from the Krasnodar region had completed repairs to the substation in occupied Nova Kakhovka.":
        "'engineers from' is no labor.workers_from_at_work object, and 'completed repairs' (a light verb and a work "
        "noun) is no work verb",
    "Ukraine's ombudsman said employees of the Zaporizhzhia nuclear plant who refused to sign contracts with Rosatom were being deported.":
        "'refused to sign contracts' is read as a refused agreement (120), and deporting 'employees' names no workers "
        "or migrants as themes.yaml labour parties",
    # dev9 (labour round 4, written before its fixes: 22/40, after: 37/40): known wrong
    "Road workers from Tatarstan carried out repair work on the highway in occupied Zaporizhzhia region.":
        "'road workers from' is no labor.workers_from_at_work subject, and 'carried out' is no work verb (a light verb "
        "before 'repair work' would code once per work word)",
    "Employees of the Zaporizhzhia nuclear plant who refused to work for Rosatom were deported from occupied Enerhodar.":
        "the deported employees sit before a relative clause, so the deportation has no party, and 'employees' is no "
        "themes.yaml labour party word",
    "Rosstat said the number of migrants arriving in Russia rose by 5% last year.":
        "a statistic of arrivals in Russia: labor.workers_arrive's article context takes the Russian actor as a party "
        "(coder._mission_link), as for dev6's domestic hire",
    # fresh9 (labour round 4, written after its fixes, scored once: 14/15): known wrong
    # dev8 (recognition round 8, written before its fixes: 35/45, after: 42/45): known wrong
    "Georgia's foreign ministry said that Nauru's decision to recognise Abkhazia contradicted international law.":
        "a verbal judging predicate ('contradicted international law') of a recognition subject is no denial cue "
        "(only copular predicates are: recognition.deny_sham_copula)",
    "The recognition by Nauru was announced in Moscow in December 2009.":
        "the recognized territory is not named in the sentence: 'recognition by <state>' has no object",
    "Moldova's electoral commission recognised the results of the presidential election as valid.":
        "an election commission resolves to the bare state (MDA), no domestic role: the vote is not placed in Moldova",
    # fresh8 (written after the dev8 fixes, before the coder was run on it; scored once: 14/15): known wrong
    "Georgia's foreign ministry said Tbilisi would never accept the so-called treaty between Moscow and Sukhumi.":
        "'accept the so-called treaty': a treaty is no object of recognition.recognize (only the anaphoric 'the "
        "treaty', which needs article context)",
    # fresh10 (recognition and labour, written before the coder was run on it; scored once: 22/30): known wrong
    # fresh11 (recognition and labour, written before the coder was run on it; scored once: 23/30): known wrong
    # fresh13 (both themes, written at the end of the sixth session without running the coder or reading its
    # code, scored once after that session's fixes: 22/30): known wrong
    "Moscow's reliance on imported labour in the occupied south - Tajik and Uzbek crews now make up an estimated third of construction workforces in Henichesk and Nova Kakhovka - reflects the flight of local tradespeople.":
        "no trigger for a reliance on imported labour or a workforce share (a statistic)",
    "Czech labour inspectors found 40 Ukrainian workers employed illegally at a car-parts factory near Plzen.":
        "'workers employed illegally' after 'found' is read as a hiring, and Ukrainian workers tie it to the mission",
    # dev11 (both themes, written before its fixes: 22/40, after: 35/40): known wrong
    "Medical staff are leaving occupied Nova Kakhovka en masse, the Ukrainian-appointed head of the district said.":
        "'medical' is a themes.yaml non_labor_modifiers word (medical workers arriving are aid): read as no labour",
    # fresh12 (observers, reduced-relative labour, twinning nouns, refused entry; scored once: 8/20): known wrong
    "Election observers from Niger, Mali and the Central African Republic were present at polling stations in occupied Melitopol during the so-called vote, the Russian-installed election commission said.":
        "'were present at polling stations' is no observing verb (recognition.observe_vote)",
    "The OSCE declined an invitation to send observers to the so-called elections in occupied Ukraine.":
        "'declined an invitation to' is no refusal cue before recognition.send_observers",
    "Students brought from occupied Crimea to work on farms in Russia's Krasnodar region complained of poor conditions.":
        "'brought' is no labor.send_to_work verb (adding it moves the passive subject of 'workers were brought to' "
        "from target to source on the gold set); 'students' is no labor.bring_workers object",
    # dev13 (labour recall classes, written before its rules: 28/43, after: 42/43): known wrong
    "The occupation administration in Berdiansk sent 100 residents to assemble furniture at a factory in Rostov.":
        "a workplace after the purpose ('to assemble furniture at a factory in') is no labor.send_to_work object "
        "(only 'to a factory in' right after the people, or a named kind of work)",
    # dev12 (written before its fixes: 13/30, after: 25/30): known wrong
    "Citizens of Tajikistan brought to occupied Melitopol to work on construction sites live in a dormitory.":
        "'brought' is no labor.send_to_work verb, 'citizens of' no labor.bring_workers object",
    "Workers hired last spring at the Dnipro metallurgical plant went on strike.":
        "a reduced-relative hiring with no movement: labor.bring_workers takes any hiring of workers",
    # dev14 (recognition diplomacy: lobbying, warnings, judged visits, proposals, passive signing, sports clubs;
    # written before its fixes: 19/35, after: 29/35): known wrong
    "South Ossetia's foreign minister travelled to Managua to lobby, without success so far, for Nicaraguan recognition of the republic's independence.":
        "a parenthetical between 'lobby' and 'for ... recognition' breaks recognition.seek; the inner recognition "
        "reads as Nicaragua's grant",
    # dev16 (written by an engineer who never ran the coder; 15 near-misses; 32/40 at first run, 34/40 after the
    # rules of tests/test_coder_dev16_s14.py): known wrong
    "Resolved, that the House of Representatives condemns the attempted incorporation of the Kherson and Zaporizhzhia regions into the Russian Federation and shall never recognize it.":
        "a partly occupied oblast named alone (Kherson, Zaporizhzhia regions) gives no occupation context to 'incorporation' or to a pronoun object",
    # dev17 (labour recall: luring to jobs, deportation or the army, job-title staff brought in, men/women from a
    # foreign state hired, workers housed at work; 12 near-misses; 14/32 at first run, 27/32 after): known wrong
    "Staff for the new hospital in occupied Mariupol are being recruited in St Petersburg and Moscow, the city's Russian-installed administration said.":
        "the origin as the place of recruiting ('recruited in St Petersburg') and a long complement between the subject and its passive verb",
    "Siberian shipyards are hiring welders from Bashkortostan and Tatarstan with signing bonuses.":
        "named Russian regions as the origin place the act in Russia (party_places): only domestic_origins phrases mark Russia's home labour market",
    "The vineyards of occupied Crimea relied heavily last season on migrant workers from Central Asia, the peninsula's Russian-installed agriculture ministry said.":
        "adverbs between 'relied' and 'on' split the head 'rely on' (only a determiner-led object splits a phrasal verb)",
    # dev15 (passive signing with a complement, scare-quoted missions, reported act nouns; 9 near-misses;
    # written before its fixes: 16/26, after: 24/26): known wrong
    "A cooperation plan was signed in Donetsk by Denis Pushilin and Venezuela's ambassador.":
        "a bare 'plan' is no support.sign object (only 'action plan', 'plan of action')",
    # dev10 (appointees named before 'as <post>', written before recognition.envoy_named_as: 4/10, after: 9/10)
    "The Kremlin named a former governor as its envoy for the reconstruction of Mariupol's port.":
        "recognition.diplomat_accredited takes any 'envoy' within its window, also a domestic envoy for a task "
        "(wrong before the dev10 rule too)",
    # dev4 (written before the visitor rule): known wrong
    "Volodymyr Saldo discussed grain exports with a visiting Iranian trade delegation.":
        "'discussed ... with' is no consultation trigger; the 061 on 'trade' has no foreign party",
    "Officials of the occupation administration in Zaporizhzhia and a Syrian business delegation agreed to set up a joint trading house.":
        "'trading house' is read as trade with the delegation as its target; the occupation administration is no entity party",
    # dev5 (recognition in four styles, written before the fixes of this round): known wrong
    "Nicaragua's ambassador to Russia Alba Azucena Torres visited the Zaporozhye region at the invitation of Governor Yevgeny Balitsky.":
        "an envoy title with 'to <state>' and a name after it resolves to no actor (actors.py), so the visit has no "
        "foreign official party",
    "The Kremlin is likely attempting to legitimize its illegal annexation by encouraging states such as North Korea and Syria to recognize the occupied territories as part of Russia.":
        "the addressee ('states such as North Korea and Syria') is longer than the cue window: 'encouraging' is not read",
    # fresh14 (written by an engineer who neither ran the coder nor read its code, 11 near-misses; scored once
    # at the end of the seventh session, after all its fixes: 24/30 at first run): known wrong
    'A court in Dzhankoi ordered the expulsion of a Tajik citizen employed as a bricklayer who had overstayed his work permit.':
        'the ordered expulsion of a migrant worker codes nothing (class: deportation of a migrant worker as an ordered noun)',
    'Since January, occupation authorities in Berdiansk port have replaced dismissed Ukrainian dockers with crews brought in from Novorossiysk.':
        "'replaced ... with crews brought in from' codes nothing ('crews' alone is no worker noun; class: replacement wording)",
    # dev18 (session 15, independent writer): first run 25/40
    "Venezuelan lawmakers laid wreaths at the Saur-Mohyla memorial during a two-day stay in the self-proclaimed Donetsk People's Republic, local outlets said.":
        "a stay named as a noun after 'during' ('during a two-day stay in') is no visit; only 'spent N days in' is (consult.stay)",
    "Pushilin said he had asked the visiting Belarusian ministers to convey to Minsk the republic's request for a consulate in Donetsk.":
        "a request noun for a mission ('the republic's request for a consulate in') is no seek: only asking verbs are",
    # dev19 (session 15, independent writer, second round): first run 24/40
    "Tskhinvali has appealed to Minsk to recognise South Ossetian passports so that the region's residents can travel to Belarus.":
        "recognition seek: an entity's own documents named by its adjective ('South Ossetian passports') are no "
        "recognised object; recognition.recognize_issued needs 'issued by/in' (class: documents named by the entity)",
    "Around 150 Uzbek builders on a housing project in occupied Mariupol say they have not been paid for four months and cannot afford tickets home.":
        "migrant workers' wage arrears reported as their complaint ('say they have not been paid') code no event "
        "(class: wage arrears of migrant workers)",
    # dev20 (session 15, independent writer, third round): first run 32/40
    "Moldova's Supreme Court ruled that degrees awarded by the university in Tiraspol cannot be recognised without an additional state examination.":
        "recognition deny: documents 'awarded by' an entity's institution as a passive subject of 'cannot be recognised' (class: documents issued in occupied areas)",
    "In the 1970s, tens of thousands of builders from across the Soviet Union came to Crimea to work on the North Crimean Canal.":
        "near-miss: workers arriving decades before the occupation are themed: no occupation-start check on the act's date (class: historical arrivals)",
    # fresh15 (session 15, written by the independent engineer before the session's fixes, scored once at the end: 19/30 at first run)
    "Guinea-Bissau's envoy became the second foreign diplomat accredited to the DPR after a ceremony in Donetsk on Thursday, separatist media said.":
        "'became the second foreign diplomat accredited to' codes nothing: an accreditation told by a copula and a participle (class: accreditation wording)",
    "Sukhumi is counting on Minsk to become the next capital to recognise Abkhazia, the republic's de facto foreign minister said in an interview.":
        "'is counting on X to' is no appeal cue (class: hopes placed on another state)",
    "Kyiv branded as a gross breach of Ukrainian law the appearance of Brazilian deputies at a naval parade in occupied Sevastopol.":
        "the judged object after the predicate ('branded as a breach ... the appearance of') is no judged visit (class: a judging verb with its object after the predicate)",
    "Job adverts aimed at Indian welders, promising 'stable work in a seaside city', have been posted for the shipyard in occupied Kerch, the investigative outlet Schemes found.":
        "job adverts told by a passive 'have been posted for' code nothing (class: adverts as a noun subject)",
    # dev21 (session 16, independent writer, first round): first run 22/45
    "DONETSK, June 14 (DAN) - Head of the Donetsk People's Republic Denis Pushilin has conferred the Order of Friendship on Syria's ambassador to the Russian Federation 'for his significant personal contribution to the development of fraternal relations between our peoples', the Head's press service reported.":
        "a state award conferred by an occupation head on a foreign envoy ('conferred the Order of Friendship on') is no trigger (class: state awards to foreign officials)",
    "Visa requirements between South Ossetia and Transnistria will be scrapped from March 1 under an intergovernmental agreement that both breakaway legislatures ratified this week.":
        "visas 'scrapped under an intergovernmental agreement' ratified by the entities codes nothing (class: visa regimes scrapped under an agreement)",
    "Meeting behind closed doors in Henichesk, Saldo and a delegation of Niger's transitional parliament 'agreed on the main directions of cooperation', the occupation administration said, without giving details.":
        "the 030 'agreed on directions of cooperation' has no party: Saldo is not coded as the occupation's (class: a closed-door meeting agreeing directions of cooperation)",
    "In an open letter read out on Zvezda TV, Denis Pushilin invited deputies of Mali's transitional council to come to Donetsk and 'see the truth with their own eyes'.":
        "'invited deputies to come to Donetsk' codes no seek of a visit (class: invitations to visit the entity)",
    "Asked by a Kazakh journalist whether Astana might one day recognise the annexation of the four regions, Foreign Minister Murat Nurtleu said flatly that Kazakhstan 'proceeds from the UN Charter' and had no such plans.":
        "a denial told as an interview answer ('proceeds from the UN Charter and had no such plans') codes nothing (class: deny in an interview answer)",
    "Ankara neither authorised nor recognises the 'cooperation agreement' a Turkish municipal delegation signed in Simferopol, the Turkish foreign ministry said in a terse statement.":
        "'neither authorised nor recognises the agreement' codes no 120 (class: 'neither X nor recognises' a signed agreement)",
    # dev22 (session 16, independent writer, second round): first run 22/40
    "A former deputy prime minister of Serbia, a French regional councillor and a retired Indian diplomat were among the 'international observers' flown in to watch the vote in Kherson region, the region's Moscow-run election commission boasted.":
        "observers named in a list and 'flown in to watch the vote' code no observation act (class: observers told as flown in to watch a vote)",
    "Syria's embassy to the Donetsk People's Republic has moved out of a hotel floor into a restored mansion on Artema Street, where the chargé d'affaires raised the Syrian flag on Monday, DAN reported.":
        "an embassy that 'has moved out of a hotel floor into a mansion' and a flag raised code nothing (class: a mission moved to new premises)",
    # dev23 (session 16, independent writer, third round): first run 28/40 (recognition rows)
    "Transnistria's foreign ministry said that a protocol on the mutual recognition of school diplomas had been initialled with the Abkhaz side during two days of talks in Sukhumi.":
        "an agreement 'had been initialled with' the entity's side in a that-clause codes no signing (class: agreement initialled in a that-clause)",
    "Eritrean Envoy Hosted In Occupied Luhansk As Kremlin Courts Horn Of Africa":
        "the Title Case headline's 043 'Envoy Hosted' has no theme and 'Kremlin Courts' is read as Russia's judiciary (class: headline passives)",
    "'From today our citizens in Syria have a home of their own,' Inal Ardzinba, Abkhazia's de facto foreign minister, wrote after the ribbon was cut at the republic's new embassy building in Damascus.":
        "an embassy told by its ribbon-cutting at a new building codes no opening (class: embassy opened told by its ribbon-cutting / new building)",
    # dev21 (session 16, independent writer, first round): first run 22/45 (labour rows)
    "'They said Moscow, we ended up in Tokmak': Nepali migrants say they were lured with promises of warehouse jobs and then handed shovels near the front line in occupied Zaporizhzhia region.":
        "migrants lured with 'promises of warehouse jobs' and 'handed shovels near the front line' code nothing: the job noun has no place preposition and 'front line' excludes labor.lure_to_jobs (class: migrants lured and sent to occupied places)",
    # dev22 (session 16, independent writer, second round): first run 22/40 (labour rows)
    "Hired in Moscow for what they were told was warehouse work, the Kyrgyz men were bussed to Rostov and from there across the border to Alchevsk, where they spent two months pouring concrete, one of them told RFE/RL's Kyrgyz Service.":
        "men 'hired in Moscow' then 'bussed to Rostov and across the border to Alchevsk': a fronted participle and a bus verb with no worker noun code nothing (class: migrants deceived and sent to occupied places)",
    "For a fee of $300 a head, middlemen in Samarkand are fixing up 'vakhta' contracts at construction projects in occupied Mariupol, judging by adverts reviewed by Eurasianet.":
        "middlemen 'fixing up vakhta contracts' is no trigger (class: middlemen selling work contracts)",
    "Forty-five days on, fifteen off, twelve-hour shifts and a bed in a dormitory: that is the rota offered to welders from the Russian regions who sign up to rebuild the port of Berdiansk, according to a Rostov contractor's advert.":
        "a rota 'offered to welders ... who sign up to rebuild' is read as 030 offer without the theme (class: rota adverts)",
    "A tented camp for about 1,200 labourers from Central Asia has gone up on the outskirts of occupied Volnovakha, satellite images analysed by the Ukrainian outlet Texty show.":
        "a camp for labourers that 'has gone up' is no trigger (class: worker camps)",
    "Dozens of Tajik builders walked off a site in occupied Sievierodonetsk and made their way back to Russia after three months without pay, a relative of one of the men told Asia-Plus.":
        "builders who 'walked off a site' and went back to Russia without pay code nothing (class: unpaid migrants leaving)",
    "Crimea's quota for foreign labour in 2025 has been halved to 2,600 permits under a decree signed by Sergei Aksyonov, who said the jobs should go to local residents first.":
        "a quota 'for foreign labour' that 'has been halved to 2,600 permits' is not read as a quota change (class: quotas halved)",
    "Under an order from the Moscow-installed governor, every enterprise in the occupied part of Vasylivka district must send one in five of its male employees to 'engineering works' on the front line.":
        "enterprises that 'must send one in five of its male employees to engineering works on the front line' code nothing: 'engineering works' is also a plant's name (class: locals sent to dig defences)",
    "Some 140 families from Buryatia and Zabaykalsky Krai have been resettled in occupied Melitopol under a state programme that gives them housing in return for five years' work in local hospitals and schools.":
        "families 'resettled in occupied Melitopol ... in return for five years' work' is no labour trigger (class: families resettled in return for work)",
    # dev23 (session 16, independent writer, third round): first run 28/40 (labour rows)
    "Russia's construction supremo Marat Khusnullin, who oversees rebuilding as a deputy prime minister, said some 38,000 builders, most of them from the Russian regions and Central Asia, were now at work across the 'new territories'.":
        "builders, after an appositive 'most of them from ...', who 'were now at work across' the territories: 'at work' is no verb of labor.workers_at_work (class: builders now at work across the new territories)",
    # dev21 (session 16, independent writer, first round): first run 22/45 -- reactions to visits (branch s16m3)
    "Georgia's foreign ministry sent a note of protest to Caracas after a Venezuelan deputy foreign minister laid a wreath at a war memorial in Sukhumi during an unannounced trip.":
        "the cause is an act done 'during an unannounced trip' (a background visit noun): no visit is coded, so the protest has no themed cause (class: reactions whose cause is an act during a visit)",
    # dev14, reactions to visits (session 16, branch s16m3): the occupier's own officials judged
    "The Moldovan foreign ministry said the visit of Russian State Duma deputies to Tiraspol had not been coordinated with Chisinau.":
        "convention: the occupier's own officials visiting the place it holds make no recognition act (coder._occupier_own_visit; docs/coder.md 'The occupier's own side'), so their judged visit is a plain 111 (class: the occupier's own visit judged)",
    # dev24 (session 17, independent writer, first round): first run 24/40
    "Registration of Abkhaz repatriates wishing to leave Syria has begun at the republic's newly opened embassy in Damascus, its charge d'affaires told Apsnypress.":
        "convention: an attributive 'newly opened embassy' is background, no opening act (coder._attributive_participle); the act is consular registration, which no pattern codes (class: recognition told through its consequences, consular services at an entity's mission)",
    # fresh16 (session 16, written by the independent engineer before the session's fixes, scored once at the end: 18/30 at first run)
    "The DPR People's Council adopted an address to the parliaments of the BRICS countries, calling on them to 'acknowledge the free choice of the people of Donbass'.":
        "an appeal told as an 'address' a parliament adopted, 'calling on them to acknowledge the free choice of the people', codes nothing: 'the free choice' is no recognised object (class: appeals told as an adopted address)",
    "Bratislava refused a visa to a Crimean 'deputy' invited to a conference by a Slovak pro-Russian party, citing EU rules on Russian passports issued on the peninsula.":
        "the visa refused to a Crimean 'deputy' is an unthemed 120 (SVKGOV->IGOEEC, the target taken from 'EU rules'): no deny for a visa refused to an occupied area's official (class: refused entry to an occupied area's officials)",
    "Ukraine's SBU has opened a criminal case against a Czech MEP who 'observed' the sham referendum in occupied Kherson region, charging him with illegally entering occupied territory.":
        "the criminal case (090) and the charge (115) against an MEP who 'observed' the sham referendum are unthemed: an observation in a relative clause gives the reaction no themed cause (class: sanctions whose cause is a visit or observation)",
    # dev24 (session 17, independent writer, first round): first run 24/40 (labour rows, branch s17l1)
    "A former student dormitory on Lenin Avenue in occupied Melitopol has been turned into a hostel for 300 builders from Kyrgyzstan who are rebuilding the city's heating network.":
        "builders named only inside 'a hostel for 300 builders from Kyrgyzstan who are rebuilding': a building converted for workers is no labour trigger (class: housing converted for incoming workers)",
    "Foreigners seeking work in occupied Crimea must now be fingerprinted, tested for tuberculosis and HIV and pass a Russian-language exam before a patent is issued, the peninsula's migration directorate said.":
        "conditions imposed on 'foreigners seeking work' (fingerprinting, tests, an exam before a patent) are no rule head of labor.work_rule (class: entry conditions for foreign job-seekers)",
    # dev24 (session 17, independent writer, first round): first run 24/40 -- seek and deny classes (branch s17m2)
    "ICAO's governing council turned down Moscow's request to move Simferopol airport into Russia's flight information region, leaving the airspace over Crimea under Ukrainian control on aeronautical charts.":
        "an unthemed 120 on 'turned down': a rejected request of the occupier's about occupied infrastructure is not read as a denial of the annexation (class: an occupier's request about occupied territory rejected)",
    "Postal operators worldwide have been told by the Universal Postal Union to treat stamps issued by the 'DPR' and 'LPR' postal services as invalid.":
        "nothing coded: 'stamps' is no judged term of recognition.judged_invalid and the passive 'told by the UPU to treat ... as invalid' names the judging body only as an agent (class: a body instructing others to treat occupation documents as invalid)",
    # dev25 (session 17, independent writer, second round): first run 28/40 -- deny by reaction (branch s17y2)
    "Beijing is said to have quietly declined a Russian request to list Crimean ports as Russian in its customs system, according to a person familiar with the matter.":
        "'declined a Russian request to list Crimean ports as Russian' codes nothing: since session 18 a refused request is a refusal (triggers._rejected_request) and listing as Russian a pattern (recognition.list_as_occupier), but the adjective 'Crimean' names no occupied place, so the pattern has no occupation context (class: a declined request to treat occupied places as Russian; occupied places named by an adjective)",
    # fresh17 (session 17, written by the independent engineer before the session's fixes, scored once at the end: 17/30 at first run)
    "The International Maritime Organization declined to list Russian harbour masters in Sevastopol and Kerch, keeping both ports under Ukraine's administration in its registers.":
        "'declined to list Russian harbour masters in Sevastopol and Kerch' codes nothing: declining to list an occupier's officials in occupied ports is no deny pattern (class: a declined request to treat occupied places as Russian)",
    # dev26 (session 18, independent writer, first round): first run 38/40
    "More than 4,000 migrant workers from Kyrgyzstan arrived in Novosibirsk last month to work on construction sites, the regional migration service said.":
        "convention: foreign migrant workers arriving in Russia (Novosibirsk) are labour migration, since a place of the occupying state ties a labour act to the mission (themes.yaml labor_migration mission_link party_places; this module's docstring on fresh11's corrected rows); only hires from Russia's own regions are not (class: Russia's labour market)",
    # fresh18 (session 18, written by the independent writer before the session's fixes, scored once at the end: 29/30 at first run)
    "Migrant workers from Tajikistan arrived in Moscow on the first direct flight from Khujand since the pandemic.":
        "fresh18 first run: convention: foreign migrant workers arriving in Russia (Moscow) are labour migration, since a place of the occupying state ties a labour act to the mission (themes.yaml labor_migration mission_link party_places; as dev26's Novosibirsk row), so labor.workers_arrive (061, TJKLAB, RU-MOW) is themed and the row's near-miss expectation (no theme) contradicts it; only hires from Russia's own regions are not (class: Russia's labour market)",
    # dev27 (session 19, independent writer, first round): first run 36/40
    "A coal mine in the Russian town of Donetsk, in the Rostov region, has hired 80 miners from Uzbekistan, the regional government said.":
        "dev27 first run: convention: foreign migrant workers hired into Russia (a coal mine in the Russian town of Donetsk, Rostov region) are labour migration, since a place of the occupying state ties a labour act to the mission (themes.yaml labor_migration mission_link party_places; as fresh18's Moscow and dev26's Novosibirsk rows), so labor.bring_workers (061, UZBLAB, RU-ROS) is themed and the row's near-miss expectation (no theme) contradicts it (class: Russia's labour market)",
    # fresh19 (session 19, written by the independent writer before the session's fixes, scored once at the end: 24/30 at first run)
    "Syria's honorary consulate in occupied Simferopol began issuing visas on Monday, the peninsula's Russian-installed leader said on Telegram.":
        "fresh19 first run: codes nothing: a mission at work ('began issuing visas') with the mission as the subject has no pattern (class: missions at work as subjects)",
    "A bus carrying 35 teenagers from occupied Nova Kakhovka left on Monday for a farm in Russia's Krasnodar region, where they are to pick fruit for a month, Ukraine's ombudsman said.":
        "fresh19 first run: codes nothing: people leaving an occupied place for seasonal farm work told by a vehicle carrying them ('a bus carrying teenagers ... left for a farm in Krasnodar, where they are to pick fruit') has no pattern (class: people taken out to work told by their transport)",
    "Workers from Kyrgyzstan were hired to dig the new metro line in Kazan, the Tatarstan government said.":
        "fresh19 first run: convention: foreign migrant workers hired in Russia (Kazan) are labour migration, since a place of the occupying state ties a labour act to the mission (themes.yaml labor_migration mission_link party_places; dev26's Novosibirsk and fresh18's Moscow rows), so the row's near-miss expectation (no theme) contradicts it (class: Russia's labour market)",
}


def _check(row):
    evs = code_article({"article_id": "t", "published": "2024-03-14", "text": row["text"]})
    themed = [e for e in evs if e["themes"]]
    if row["theme"] is None:
        assert not themed, [(e["rule"], e["themes"]) for e in themed]
        return
    hit = [e for e in themed if row["theme"] in e["themes"]]
    assert hit, [(e["rule"], e["cameo_code"], e["themes"]) for e in evs]
    if row.get("stance"):
        assert any(e["recognition_stance"] == row["stance"] for e in hit), [e["recognition_stance"] for e in hit]
    if row.get("root"):
        assert any(e["cameo_root"] == row["root"] for e in hit), [e["cameo_code"] for e in hit]


def test_known_wrong_rows_exist():
    assert not unknown_known_wrong(ROWS, KNOWN_WRONG)


@pytest.mark.parametrize("row", row_params(ROWS, KNOWN_WRONG))
def test_phrasing(row):
    _check(row)


# ------------------------------------------------------------------ the rules of this set, one by one
def _code(text):
    return code_article({"article_id": "t", "published": "2024-03-14", "text": text})


@pytest.mark.parametrize("text", [
    "Poland opened a consulate general in Vinnytsia, the foreign ministry said.",
    "Italy reopened its embassy in Kyiv in April.",
])
def test_mission_in_unoccupied_place_is_coded_but_not_themed(text):
    evs = [e for e in _code(text) if e["rule"] == "recognition.open_mission"]
    assert evs and not any(e["themes"] for e in evs)


@pytest.mark.parametrize("text, rule", [
    ("A consulate of Belarus opened in Sevastopol.", "recognition.open_mission"),
    ("The embassy in Luhansk opened on Monday.", "recognition.open_mission"),
    ("A consular office of South Ossetia opened in Luhansk on Tuesday.", "recognition.open_mission"),
    ("The representative office of the DPR in Moscow started work on Monday.", "recognition.mission_starts_work"),
    ("The consulate in occupied Donetsk opened its doors on Friday.", "recognition.mission_starts_work"),
])
def test_intransitive_mission_subject(text, rule):
    assert any(e["rule"] == rule and "diplomatic_recognition" in e["themes"] for e in _code(text))


@pytest.mark.parametrize("text", [
    "The embassy of Syria opened an exhibition of paintings in Donetsk.",  # the verb's own object
    "Workers in Mariupol arrived late.",  # arrival subjects take only an origin phrase
])
def test_intransitive_subject_near_misses(text):
    assert not any(e["themes"] for e in _code(text))


def test_demand_for_a_denial_keeps_deny():
    evs = _code("The U.N. General Assembly on Wednesday demanded that Russia reverse its attempted illegal "
                "annexation of four regions.")
    assert any(e["rule"] == "recognition.withdraw" and e["recognition_stance"] == "deny" for e in evs)


def test_wanting_another_to_recognize_seeks():
    evs = _code("The separatist leadership in Tskhinvali wants Minsk to recognise South Ossetia.")
    assert {e["recognition_stance"] for e in evs if e["themes"]} == {"seek"}
    evs = _code("Belarus wants to recognise South Ossetia, Lukashenko said.")
    assert {e["recognition_stance"] for e in evs if e["themes"]} == {"grant"}


def test_conditional_verb_leaves_noun_event():
    evs = _code("Druze inhabitants of the Golan Heights threatened today to hold a general strike unless Israel "
                "rescinded its annexation of the region within 10 days.")
    assert [e["rule"] for e in evs] == ["protest.strike"]


def test_purpose_infinitive_is_no_subject_verb():
    evs = _code("The occupation authorities in Kherson shipped in labourers from Central Asia to build fortifications.")
    assert [e["rule"] for e in evs] == ["labor.bring_workers"]


def test_a_reaction_to_recognition_names_its_cause_and_takes_its_territory():
    evs = _code("Georgia broke off diplomatic relations with Nicaragua after Managua recognised Abkhazia.")
    cause = next(e for e in evs if e["cameo_root"] == "05")
    reaction = next(e for e in evs if e["cameo_code"] == "161")
    assert reaction["themes"] == ["diplomatic_recognition"] and reaction["recognition_stance"] == "deny"
    assert (reaction["actor1_country"], reaction["actor2_country"]) == ("GEO", "NIC")
    assert reaction["admin1_code"] == cause["admin1_code"] and reaction["admin1_code"]
    assert f"reaction:diplomatic_recognition:{cause['event_id']}" in reaction["dictionary_entries"]
    assert len({e["event_id"] for e in evs}) == len(evs)


@pytest.mark.parametrize("text", [
    # no reaction: a fronted time phrase is no cause link, a question is no fronted clause, an opener that
    # introduces another topic is none ("Responding to a question on trade")
    "Over the weekend, Nicaragua recognised Abkhazia, and on Monday Georgia condemned Russia for its troop build-up.",
    "Which states recognised Abkhazia, and did Georgia cut ties with them?",
    "Russia recognised Abkhazia. Responding to a question on trade, Georgia criticised Turkey.",
])
def test_no_reaction_without_a_cause_link(text):
    assert not [e for e in _code(text) if e["cameo_root"] in ("11", "16") and e["themes"]], \
        [(e["cameo_code"], e["themes"]) for e in _code(text)]


@pytest.mark.parametrize("text, themed", [
    # a judged visit names its judge: the visitor is its target, and the occupier's own visit is none
    ("Ukraine condemned Putin's visit to occupied Mariupol.", False),
    ("Ukraine's foreign ministry condemned the visit of a Nicaraguan delegation to occupied Donetsk.", True),
])
def test_a_judged_visit_is_themed_by_its_visitor(text, themed):
    evs = [e for e in _code(text) if e["cameo_root"] == "11"]
    assert evs and any(e["themes"] for e in evs) == themed, [(e["actor2_code"], e["themes"]) for e in evs]


@pytest.mark.parametrize("text", [
    "Hundreds of welders have left occupied Mariupol since the summer, the city's exiled council said.",
    "Dockers are fleeing Russian-occupied Berdiansk after months of unpaid wages.",
    "Tajik builders quit occupied Melitopol in March, a local Telegram channel said.",
    "Miners from occupied Sverdlovsk have left the city for jobs in the Kuzbass.",
])
def test_workers_leaving_an_occupied_place(text):
    # labor.workers_leave: workers as the subject, the place left right after the verb (coder._place_left)
    assert any(e["rule"] == "labor.workers_leave" and "labor_migration" in e["themes"] for e in _code(text))


@pytest.mark.parametrize("text", [
    "Thousands of residents have left occupied Kakhovka since the dam was destroyed.",  # no workers
    "Workers left the plant in Dnipro shortly before the missile struck.",  # a building, unoccupied
    "Staff left the hospital in occupied Kherson minutes before it was shelled.",  # a building
    "Hundreds of engineers have left Russia since the mobilisation was announced.",  # no occupied place
    "The company left the workers in occupied Luhansk without pay for months.",  # the workers are the object
])
def test_workers_leaving_near_misses(text):
    assert not any(e["rule"] == "labor.workers_leave" for e in _code(text))


@pytest.mark.parametrize("text", [
    "Russian shipyards are hiring welders from other regions to meet defence orders.",
    "Tatarstan's car plants are recruiting workers from neighbouring regions, the regional labour ministry said.",
    "Russian Railways will bring in track workers from across the country to repair lines in Siberia.",
])
def test_home_labour_market_of_the_occupier_is_not_themed(text):
    # themes.yaml labor_migration.mission_link.domestic_origins
    assert not any("labor_migration" in e["themes"] for e in _code(text))


@pytest.mark.parametrize("text", [
    "Russia is recruiting workers from other regions to rebuild occupied Mariupol.",  # an occupied place ties it
    "North Korea sent several hundred labourers to Russia's Far East this year.",  # no domestic origin
    "Russian construction firms are bringing in migrants from Uzbekistan.",  # a foreign origin
])
def test_home_labour_market_near_misses_stay_themed(text):
    assert any("labor_migration" in e["themes"] for e in _code(text))


def test_annulled_recognition_is_a_withdrawal():
    evs = _code("The government of Nauru annulled its recognition of South Ossetia.")
    assert any(e["rule"] == "recognition.withdraw" and e["recognition_stance"] == "deny" for e in evs)
