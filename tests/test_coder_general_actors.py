"""Who did what to whom in general wire phrasings (tests/data/general_actors.jsonl; split "dev": written
before the fixes of this branch, "fresh": written after them, before the coder was run on them; "dev2" and
"fresh2" the same for a second round on actors outside the mission regions: Sudan, DR Congo, Myanmar, the
Sahel, Haiti, Israel/Gaza, Yemen, Armenia/Azerbaijan, and leaders of older wire text). "fresh3" (15 rows, Sahel, Sudan, Myanmar, Middle East, Latin America,
Caucasus, Balkans, South Asia; written and committed before the coder ran on them): 9/15 at first run.
"dev3" (37 rows, classes from the PLOVER actor errors): 15/37 before the fixes of that round, 24/37 after.
"fresh4" (15 rows of world news, written by an engineer who neither ran the coder nor read its code, scored once
at the end of the seventh session after all its fixes): 9/15 at first run (three misses are conventions of the
expected root). "dev4" (30 rows by an independent writer from the codebook, session 15: passives with by, reported
speech, capital metonyms, titles, joint acts): 21/30 at first run. "dev5" (30 rows by an independent writer, session 15
second round: nominalised expulsions, courts and prosecutors, former leaders, possessive agencies, church, doctors):
17/30 at first run, 26/30 after the round's fixes. "dev6" (30 rows by an independent writer, session 15 third
round: institutions named by their building, armed wings, expulsions of UN officials, leaders with date bounds):
17/30 at first run. "dev7" (30 rows by an independent writer, session 16 first round: leaders with date bounds,
domestic rebukes, summons of a chargé d'affaires, IGO suspensions, armed groups): 13/30 at first run, 19/30 after.
"dev8" (30 rows by an independent writer, session 16 second round: doers behind appositions and relative clauses,
titles with the country elsewhere, passives with by, popes and leaders with date bounds): 15/30 at first run,
20/30 after (the same round took dev7 to 20/30: the conditional warning row). "dev9" (30 rows by an independent
writer, session 17 first round: hosting, orders, reduced relations, rebukes, titles): 15/30 at first run.
"dev10" (30 rows by an independent writer, session 17 second round: passives with by, hosting, warnings, world
leaders' terms, appeals): 16/30 at first run.
Each row
names the CAMEO root of the event and the exact actor1/actor2 codes one event of that root must carry.
Known-wrong rows are strict xfails with the reason. Then one test per rule, with near-misses.
"fresh5": 15 rows in the dev4 classes, written before the session-15 fixes, scored once after all of them: 11/15 at
first run (fresh4: 9/15), its misses strict xfails with their class (the struck Hezbollah depot and the Tehran summons
pass since later fixes of their classes: an owner before a struck target noun, cues inside a relative clause).
"fresh6" (session 16): 15 rows by the dev7/dev8 writer, written before the session-16 fixes, scored once after all of them: 7/15 at
first run (fresh5: 11/15), its misses strict xfails with their class (two are conventions of the expected actor: a bare
country name and a weapon's owner code the country). Session 17 fixed five of its classes (ruling-party
governments, typed bombers, passive summons with a host phrase, weapons asked for, "would not tolerate" warnings): 12/15.
"fresh7" (session 17): 15 rows by the independent writer, written before the session-17 fixes, scored once after all of
them: 13/15 at first run (fresh6: 7/15), its misses strict xfails with their class (a prisoner swap told by "traded"; an
announced withdrawal from the ICC, a convention of the future cue).
"dev11" (30 rows by an independent writer, session 18 first round): 20/30 at first run, 27/30 after the rules of
tests/test_coder_dev_s18.py (passive hosting of named guests, passive sanctions on military rulers, house speakers and
counter-intelligence officers, fronted allegation participles, a Palestinian state recognised, a build-up's own forces);
two of the three left are conventions.
"fresh8" (15 rows by the independent writer, session 18, written before any fix of the session and scored once after all
of them): 10/15 at first run, its misses strict xfails with their class (three are conventions of the expected actor).
"dev12" (30 rows by an independent writer, session 19 first round): 26/30 at first run, 28/30 after
tests/test_coder_dev17_s19.py (visa restrictions on officials, "President-elect"); the two left are a convention (an attack
on army posts is 18x) and a leader's "newly elected" modifier.
"fresh9" (15 rows by the independent writer, session 19, written before any fix of the session and scored once after
all of them and their review mends): 13/15 at first run, its misses strict xfails with their class.
"""
import datetime as dt

import pytest
from phrasing_sets import load_rows, row_params, unknown_known_wrong

from pipeline.coding import code_article
from pipeline.coding.actors import find_actors

ROWS = load_rows("general_actors.jsonl")

KNOWN_WRONG = {
    "Once Kosovo joins the Council of Europe, Serbia will leave the organisation, Serbian officials said.":
        "'will leave the organisation' (sanction.leave_organization) is planned, so cues.yaml future codes it 1312, "
        "and 'the organisation' is no actor (the target is Kosovo)",
    "While Israel and Hamas exchanged fire, Egypt mediated between the two sides.":
        "'the two sides' is resolved to one of them (ISR) instead of no single target",
    "Poland, Lithuania and Latvia condemned the referendums in occupied Ukraine.":
        "the place of the condemned votes (Ukraine) is taken as the target",
    # fresh rows
    "When Kenya sent police to Haiti, Gang leaders threatened to fight them.":
        "'threatened to fight them': 'them' is resolved to Kenya and Haiti instead of an unknown target",
    # dev2 rows (actors outside the mission regions)
    "RSF commander Mohamed Hamdan Dagalo accused the army of bombing residential areas of Khartoum.":
        "a bare 'the army' takes no country from the sentence (the speaker's country is the RSF's, and "
        "Khartoum is only a place of the bombing)",
    "Two peacekeepers were killed by M23 fighters near Sake, the UN mission said.":
        "no event: 'were killed by' with a plural count subject fires no kill trigger; 'peacekeepers' alone "
        "would also take no UN code",
    "The Arakan Army seized a battalion headquarters from the Myanmar military in Rakhine state.":
        "'seized ... from' is coded 1711 (confiscate property), not a military capture (root 19)",
    "Israeli aircraft struck a school run by the UN agency for Palestinian refugees in Gaza.":
        "bare 'aircraft' is no MIL agent (it can be civil: 'Russian aircraft were banned from EU airspace'), "
        "and the agent of the participle ('run by the UN agency') is taken as the target",
    "Hezbollah leader Hassan Nasrallah was killed in an Israeli air strike on Beirut.":
        "the target of 'air strike on Beirut' is the place's country (LBN), not the subject who was killed",
    # fresh2 rows (first run 7/15; not fixed)
    "Rwandan President Paul Kagame rejected accusations that his army supports M23.":
        "the actor inside the rejected accusation's clause (M23) is taken as the target",
    "The Kachin Independence Army captured a jade mining town from junta forces.":
        "'junta' is no agent noun, so 'junta forces' has no country (MIL)",
    "Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS.":
        "leaving an organisation is coded 0874 (retreat), not 16; and Niger is lost from the list",
    "Egyptian and Qatari mediators met Hamas officials in Cairo to discuss a new truce.":
        "'mediators' is no agent noun: the demonyms code the bare countries",
    "Israeli troops raided the Jenin refugee camp in the occupied West Bank.":
        "'raided' is coded 180 with the camp's refugees as target, not a 17 raid with no target",
    "Ariel Henry agreed to resign after gangs seized control of much of Port-au-Prince.":
        "'agreed to resign' is coded 035 with the gangs of the next clause as target",
    "ECOWAS leaders ordered the activation of a standby force against Niger's junta.":
        "no trigger for ordering a standby force; 'junta' is no agent noun",
    # fresh3 rows (first run 9/15; "Talks between Iran and the United States" passes since the dev3 fix)
    # (the ELN row passes since session 16 added the ELN and Gustavo Petro to the dictionaries)
    "Serbian President Aleksandar Vucic put the army on the highest level of combat readiness after clashes in northern Kosovo.":
        "no trigger for 'put the army on ... combat readiness'; the clash is coded with Kosovo as target",
    "A senior Hamas commander was killed in an Israeli drone strike in southern Lebanon, Lebanese security sources said.":
        "coded as a 1823 kill with no agent: the 'Israeli drone strike' agent of the passive is not taken",
    "Niger's military rulers ordered French troops to leave the country, state television reported.":
        "no trigger for 'ordered ... troops to leave'",
    # dev3 rows (not fixed this round)
    "Talks between Serbia and Kosovo, mediated by the European Union, ended without agreement.":
        "the mediation participle keeps only 045 events; the talks' own 046 is dropped",
    "Consultations between Pakistan and Afghanistan on border security took place in Kabul.":
        "no trigger for 'consultations'",
    "Iran threatened to launch a military operation against Kurdish groups in northern Iraq.":
        "'Kurdish groups' is no actor; the place's country (IRQ) is taken",
    "Turkey threatened military action against Kurdish militants in Syria.":
        "'Kurdish militants in Syria' takes the place's country (SYRREB)",
    "Mali's military rulers suspended the activities of political parties.":
        "no trigger for suspending parties' activities",
    "President Bill Clinton warned Iraq of severe consequences if it blocked UN inspectors.":
        "no trigger for 'warned X of severe consequences'",
    "FARC dissidents killed four soldiers in an ambush in Cauca province, the army said.":
        "FARC is not in the dictionary, and the speaker ('the army') is taken as the attacker",
    "The Pakistani Taliban claimed responsibility for a suicide attack on a police station in Peshawar.":
        "'the Pakistani Taliban' is not in the dictionary (demonym PAK alone)",
    "The Taliban government in Kabul condemned the Pakistani air strikes.":
        "the condemned strike is coded as the air strike itself (root 19), not a 11 on its doer",
    "Azerbaijan and Armenia agreed to hold border talks in Brussels, the EU said.":
        "a joint 'agreed' with no object is coded with no target (AZE->None), not between the two",
    # fresh4 rows (world news, written by an engineer who neither ran the coder nor read its code; first run
    # at the end of the seventh session: 9/15)
    'Boko Haram fighters attacked a Chadian army base on an island in Lake Chad, killing around 40 soldiers.':
        'an attack on an army base is coded 18x (assault), the writer expected 19: convention of the expected root',
    'ECOWAS lifted the border closures and financial sanctions it had imposed on Niger after the coup.':
        "'lifted the border closures and ... sanctions it had imposed' codes no easing (08): the object is too long for the pattern",
    "The Arakan Army said it had captured the western command headquarters of Myanmar's military in Ann township.":
        "'captured the ... headquarters' is coded as an arrest (173 coerce.arrest), not the capture of a place (19) "
        "(class: the sense of 'capture' with a facility object)",
    'Somalia said Ethiopia had violated its sovereignty by signing a port deal with the breakaway region of Somaliland.':
        "'had violated its sovereignty' codes no accusation (11) (class: accusation wording)",
    'Nigerien soldiers were ambushed by Islamic State fighters near the border with Mali, the defence ministry in Niamey said.':
        "'were ambushed by' is coded 18x (assault), the writer expected 19: convention of the expected root",
    # dev4 (session 15, independent writer): first run 21/30
    "Argentina said it would pull out of the World Health Organization, citing profound differences over the handling of the pandemic.":
        "convention: a future withdrawal ('said it would pull out') is coded 1312 by the cues.yaml future transform",
    "Algeria recalled its ambassador to Paris after France backed Morocco's autonomy plan for Western Sahara.":
        "the 'after' clause's subject (France) is not the backing's doer (None->FRA), and 'ambassador to Paris' "
        "gives FRA not FRAGOV (class: subject of a subordinate clause; capital host of an envoy)",
    # dev3 row changed by the session 15 second round: an arrest's same-country target is a party (own_country_target_roots)
    "Guinea's military leaders arrested the former president in Conakry.":
        "the former president, placed in Conakry, is now GINELI, the arrest's same-country target (coder._own_people); "
        "the row expects no target",
    # dev5 (session 15, independent writer, second round): first run 17/30
    "Arakan Army fighters overran the headquarters of the Myanmar military's Western Command in Ann, Rakhine state.":
        "no trigger for 'overran' (class: wording of a military capture)",
    "The International Court of Justice ordered Israel to halt its military offensive in Rafah immediately.":
        "'ordered X to halt' is no demand cue: the offensive is coded 190 with Israel as doer (class: court orders)",
    "Federal prosecutors in New York charged two Chinese nationals with running a secret police station in Manhattan.":
        "convention: criminal charges are coded 115 (disapprove.lawsuit, docs/coder.md), not 17; and 'charged ... "
        "with' after a plural subject fires no trigger here",
    "Burkina Faso's military government suspended the French broadcaster TV5 Monde for two weeks.":
        "no trigger for suspending a broadcaster (class: media restrictions wording)",
    # dev6 (session 15, independent writer, third round): first run 17/30
    "Lithuania's foreign ministry condemned the arrest of a Lithuanian citizen by the Belarusian KGB at the Medininkai crossing.":
        "the condemned act's doer keeps only its country (BLR, not BLRSPY): 'the Belarusian KGB' after the "
        "nominalised arrest's 'by' (class: agency named by an adjective of country)",
    "KHARTOUM, April 15 (AP) - Fighters of the paramilitary Rapid Support Forces stormed army bases across the capital on Saturday, witnesses said.":
        "'Fighters of the paramilitary Rapid Support Forces' takes 'paramilitary' (SDNMIL) over the RSF (SDNREB), "
        "and 'army bases' gets no country (class: fighters of a named force; a bare army's country)",
    "Angela Merkel and Francois Hollande flew to Moscow for talks with Vladimir Putin on Friday, a day after meeting Petro Poroshenko in Kyiv.":
        "the 'a day after meeting' background act keeps one consult event (RUSGOV->UKRGOV) and the main "
        "'talks with Putin' is dropped (class: background gerund after 'a day after' beside the same code)",
    "Anatoly Antonov, Moscow's ambassador in Washington, warned the United States of 'catastrophic consequences' if it sent long-range missiles to Kyiv.":
        "no threat trigger for 'warned X of consequences if ...' (class: conditional warning as a threat)",
    "Ali Khamenei, Iran's supreme leader, vowed that Israel would be 'punished' for the strike on the Iranian consulate in Damascus.":
        "'vowed that X would be punished' is coded 030 (a vow) not 13, and the cause 'the strike on' is coded "
        "as its own 138 event (class: vow of punishment as a threat)",
    # fresh5 (session 15, written by the independent engineer before the session's fixes, scored once at the end: 11/15 at first run)
    "Former Vice President Joe Biden accused President Donald Trump of coddling North Korea's Kim Jong Un.":
        "the accusation's target is taken from the 'of' clause's object (PRKGOV), not the accused person after the verb (class: accused X of <verb>ing Y)",
    # dev7 (session 16, independent writer, first round): first run 13/30
    "Former prime minister Imran Khan, writing from Adiala jail, accused army chief General Asim Munir of orchestrating his imprisonment.":
        "'writing from Adiala jail' (a place of the writer) is coded as an arrest and the accusation is dropped "
        "(class: participial apposition naming a prison)",
    "The Myanmar National Democratic Alliance Army, an ethnic Kokang militia, said on Saturday it had taken the military's northeastern command headquarters in Lashio.":
        "no trigger for 'had taken the ... headquarters' (class: wording of a military capture)",
    "The RSF, which has fought Sudan's army since April 2023, seized the town of Bara in North Kordofan on Saturday, the paramilitary group said.":
        "the speaker 'the paramilitary group' of the closing attribution is taken as the seized town's target "
        "(class: speaker anaphor as target)",
    "The Qassam Brigades, Hamas's armed wing, handed four Israeli women soldiers over to the Red Cross in Gaza City on Saturday.":
        "'handed X over to' with the particle after the object fires no release trigger (class: split phrasal "
        "verb of a release)",
    "The Portuguese-flagged MSC Aries was boarded by Revolutionary Guards commandos from a helicopter near the Strait of Hormuz.":
        "no trigger for boarding or seizing a ship (class: seizure of vessels wording)",
    "The Viv Ansanm gang alliance, led by former police officer Jimmy 'Barbecue' Cherizier, attacked the town of Mirebalais, freeing hundreds of inmates from its prison.":
        "the person in the subject's 'led by' apposition is taken as the doer (ELI) and the gang as target "
        "(class: agent of a participle inside an apposition)",
    # dev8 (session 16, independent writer, second round): first run 15/30
    "In Budapest, where the government has long resisted EU sanctions on Moscow, the foreign minister on Monday lashed out at Kyiv over the treatment of the Hungarian minority in Transcarpathia.":
        "a bare title takes no country from the fronted 'In <capital>, where ...,' and the where-clause's Moscow is "
        "taken as the doer (class: doer named by title with the country in a fronted place phrase)",
    "In Rome, where she has led a right-wing coalition since 2022, the prime minister on Tuesday criticised France and Germany for 'lecturing' Italy on migration.":
        "a bare title ('the prime minister') takes no country from the fronted 'In Rome, where ...,' (class: doer "
        "named by title with the country in a fronted place phrase)",
    "A court in Batumi sentenced Mzia Amaglobeli, the founder of two independent news sites in the Georgian port city, to two years in prison for slapping a police chief.":
        "the unknown person's role in her apposition ('founder of news sites': MED) is not read and the 'for' "
        "clause's police chief is taken as target (class: target named by an appositive role)",
    "Keith Kellogg, Donald Trump's special envoy for Ukraine, was received in Minsk on Saturday by Alexander Lukashenko, who has ruled Belarus since 1994.":
        "no host trigger for a person named as the subject of 'was received by' (consult.host needs a role noun "
        "object; 'The decision was welcomed by Kyiv' is no visit) (class: passives with by)",
    "Fighters from al-Shabaab, the al-Qaeda affiliate that has fought Somalia's government for nearly two decades, overran an army base in Moqokori after a suicide car bombing at its gate.":
        "doer now right (SOMREB) but 'an army base' in an unknown place takes no country (SOMMIL expected) (class: "
        "one-country fill of a role target from the sentence)",
    "Hundreds of Kenyan police officers serving with the UN-backed security mission in Haiti launched an assault on gang strongholds in the hills above Kenscoff.":
        "the doer is right since session 18 (KENCOP: coder._modified_subject), but 'launched an assault on' is coded "
        "180 (the row expects 19) and the gangs take no country (CRM, not HTICRM) (class: root of an assault on "
        "strongholds; one-country fill of gangs)",
    "In a phone call on Thursday that lasted more than two hours, the US president and his Russian counterpart discussed a possible summit in Budapest.":
        "'his Russian counterpart' and the bare 'the US president' after a fronted phrase give no actors to the "
        "call noun (class: counterparts and joint doers after a fronted prepositional phrase)",
    "The Russian chargé d'affaires was called in to the foreign ministry in Warsaw on Wednesday after some 19 drones crossed into Polish airspace overnight.":
        "the summons (114) has no doer: the ministry's city ('to the foreign ministry in Warsaw') does not make "
        "it POLGOV (class: doer of a passive summons named by its building and city)",
    # fresh6 (session 16, written by the independent engineer before the session's fixes, scored once at the end: 7/15 at first run)
    "China imposed sanctions on former Philippine senator Francis Tolentino, accusing him of 'anti-China' acts over the South China Sea.":
        "convention: a bare country name codes the country (CHN), not CHNGOV (class: bare-country actor convention)",
    "Al-Qaeda-linked JNIM claimed an attack on a military police school and an air base in Bamako, Mali's capital, on Tuesday.":
        "the targets 'a military police school and an air base in Bamako' take only the country (MLI), not MLIMIL (class: role of a target named by military facilities)",
    # dev9 (session 17, independent writer, first round): first run 15/30
    "Cairo warned Addis Ababa on Tuesday that it would take 'all measures' to protect its share of the Nile once the giant dam on the Blue Nile is inaugurated.":
        "'warned X that it would take all measures' fires no threat (threaten.warn_unless needs 'unless'; class: warnings of all measures)",
    "The head of Turkey's main opposition party was detained by police in Istanbul on Wednesday in a corruption investigation.":
        "convention: 'opposition party' codes OPP (schemas/actors/agents.tsv, docs/actors.md roles), not PTY",
    "Venezuela's defence minister ordered 15,000 more troops to the Colombian border and the Caribbean coast on Wednesday.":
        "the build-up is coded (154, VENMIL) but the border's adjective (Colombian) is taken as the target, not None (class: troops ordered to a border)",
    # dev10 (session 17, independent writer, second round): first run 16/30
    "Talks with Ahmed al-Sharaa, Syria's interim president, were held at the Elysee Palace on Wednesday by French President Emmanuel Macron.":
        "the talks noun takes no doer from a passive 'were held ... by' phrase (class: passives with by)",
    "Japan's Prime Minister Sanae Takaichi was warned by Beijing to 'stop playing with fire' over her remarks on Taiwan.":
        "'warned X to stop ...' (a warning told as a demand) fires no threat, active or passive (class: passives with by, warnings to stop)",
    "Ukrainian drones struck Russian strategic bombers at four air bases deep inside Russia on Sunday, the SBU said.":
        "'Ukrainian drones' code UKR, not UKRMIL, and 'bombers' fires a second strike (class: drones as doers, one event per strike)",
    "Estonia formally requested NATO consultations under Article 4 on Friday, the government in Tallinn said.":
        "convention: a requested meeting or consultations is coded 108 (triggers.yaml demand.meeting), not an 02 appeal",
    "Donald Trump doubled tariffs on Indian goods to 50 percent on Wednesday over New Delhi's purchases of Russian oil.":
        "root 16 is right (163) but the target is the goods' adjective (IND), not New Delhi's INDGOV later in the reason phrase (class: target of a tariff)",
    # fresh7 (session 17, written by the independent engineer before the session's fixes, scored once at the end: 13/15 at first run)
    "Hungary's government announced on Thursday that it would withdraw from the International Criminal Court, as Benjamin Netanyahu arrived in Budapest.":
        "convention: a reduction of relations announced for the future ('would withdraw from the International Criminal Court') takes the future cue, which codes root 16 as 1312 (cues.yaml future.code_by_root; as the Kosovo/Council of Europe row), so HUNGOV->IGOICC is a 13, not a 16 (class: announced withdrawals from an organisation)",
    # dev11 (session 18, independent writer, first round): first run 20/30
    "Hamas militants took more than 200 people hostage during their assault on southern Israel, the Israeli military said.":
        "the kidnapping 'took more than 200 people hostage' is coded (181, since tests/test_coder_dev_s18.py) but its target is the later 'assault on southern Israel' (ISR), not none: hostages named by no actor leave the target to the next actor after the act, as 'abducted 200 people during ...' does (class: target of an act whose object is no actor)",
    "Pakistan recalled its ambassador from Iran on Wednesday, a day after an Iranian missile strike on its territory.":
        "convention: the state a recalled ambassador leaves ('from Iran') is the diplomatic counterpart and codes its government (IRNGOV), as 'recalled its ambassador from Caracas' -> VENGOV in this module's fronted-clause tests (class: recalls)",
    "Warsaw on Monday ordered the closure of Russia's consulate in Krakow, Polish Foreign Minister Radoslaw Sikorski said.":
        "convention: a state's mission is a GOV agent of its state (schemas/actors/agents.tsv: embassy, consulate), so the closed 'Russia's consulate' is RUSGOV, not the bare RUS; the closure itself (161, POLGOV) is coded since tests/test_coder_dev_s18.py (class: foreign missions closed by the host)",
    # fresh8 (session 18, written by the independent writer before the session's fixes, scored once at the end: 10/15 at first run)
    "Amman said on Wednesday it was recalling its ambassador from Israel over the war in Gaza.":
        "fresh8 first run: convention: the state a recalled ambassador leaves ('from Israel') is the diplomatic counterpart and codes its government (ISRGOV), as dev11's Pakistan/Iran row and 'recalled its ambassador from Caracas' -> VENGOV in this module's fronted-clause tests; the recall (166) and JORGOV are right, the row expects the bare ISR (class: recalls)",
    "Thai fighter jets bombed Cambodian military positions along the disputed border on Thursday, the army in Bangkok said.":
        "fresh8 first run: convention: a demonym before the agent noun 'military' is that state's armed forces (docs/actors.md, Compounds: 'Cambodian military' -> KHMMIL; docs/coder.md, an army's base is the state's MIL), so the bombed 'Cambodian military positions' are KHMMIL, not the bare KHM the row expects; the air strike (195) and THAMIL are right (class: targets named by a state's military positions)",
    "Taipei was warned by Beijing on Friday that any move towards formal independence would be met with force.":
        "fresh8 first run: convention: a capital metonym codes <country>GOV (docs/actors.md, Capital metonyms; docs/coder.md, Capitals read as governments: the addressed capital of a verbal act is the government), so the warned 'Taipei' is TWNGOV, not the bare TWN the row expects; the threat (130) and CHNGOV are right (class: capital metonyms)",
    # dev12 (session 19, independent writer, first round): first run 26/30
    "Two Malian army posts near Timbuktu were attacked by JNIM fighters overnight, a security source said.":
        "dev12 first run: convention of the expected root: an armed group's attack on an army post is coded 18x (assault.attack), as the fresh4 Boko Haram army-base row and the dev2 JNIM convoy row (18); the writer expected 19; actors IMGREB->MLIMIL are right (class: attacks on military positions, 18 or 19)",
    "Mohamed Ould Ghazouani, Mauritania's president and current chairman of the African Union, received Senegal's newly elected president Bassirou Diomaye Faye in Nouakchott on Thursday.":
        "dev12 first run: codes [('MRTGOV', 'SEN'), ('IGOAFU', 'SEN')]; the second office is fixed (coder._second_office: MRTGOV alone), but 'Senegal's newly elected president' stays SEN: 'newly elected' is no compound modifier, and making it one (schemas/actors/modifiers.tsv) moves a visit's place to the visitor's own region in the f16e article ('a visit by Abkhazia's newly elected leader' -> GE-AB; 'newly appointed' already does so) (class: modifiers between an owner and its agent; a visitor's own territory named in its actor)",
    # fresh9 (session 19, written by the independent writer before the session's fixes, scored once at the end: 13/15 at first run;
    # its two misses fixed by class in tests/test_coder_late_world_s19.py)
}


def _pairs(text, date="2023-06-01", root=None):
    evs = code_article({"article_id": "t", "published": date, "text": text})
    return [(e["actor1_code"], e["actor2_code"]) for e in evs if root is None or e["cameo_root"] == root]


def test_known_wrong_rows_exist():
    assert not unknown_known_wrong(ROWS, KNOWN_WRONG)


@pytest.mark.parametrize("row", row_params(ROWS, KNOWN_WRONG))
def test_actors(row):
    pairs = _pairs(row["text"], row["published"], row["root"])
    assert pairs, "no event of root " + row["root"]
    assert (row["actor1"], row["actor2"]) in pairs, pairs


# --- coder._closes_fronted_clause / _fronted_clause_end; grammar fronted_subordinators ------------------
@pytest.mark.parametrize("text, root, pair, wrong", [
    ("After Nicaragua recognised Abkhazia, Georgia broke off diplomatic relations with Managua.", "16",
     ("GEO", "NICGOV"), [("ABK", "NICGOV")]),
    ("After Nicaragua recognised Abkhazia, Georgia broke off diplomatic relations with Managua.", "05",
     ("NIC", "ABK"), [("NIC", "GEO")]),
    ("When Venezuela recognised South Ossetia, Georgia recalled its ambassador from Caracas.", "16",
     ("GEO", "VENGOV"), [("SOS", "VENGOV")]),
    ("If Minsk were to recognise Abkhazia, Georgia would sever relations, officials in Tbilisi warned.", "13",
     ("GEO", "BLRGOV"), [("ABK", "BLRGOV"), ("GEO", "ABK")]),
    ("Before Tuvalu withdrew its recognition of Abkhazia, Georgia had offered it aid.", "16",
     ("TUV", "ABK"), [("TUV", "GEO")]),
])
def test_fronted_clause_is_no_list(text, root, pair, wrong):
    got = _pairs(text, root=root)
    assert pair in got
    assert not set(wrong) & set(got), got


def test_near_miss_a_list_opening_the_sentence():
    # no subordinator: the comma list is one subject, all three act
    got = _pairs("Russia, Belarus and Iran signed a trade accord on Tuesday.", root="05")
    assert {a for a, _b in got} == {"RUS", "BLR", "IRN"}
    # a list inside the fronted clause stays one list: its first comma is no clause end
    got = _pairs("When Russia, Nicaragua and Syria recognised Abkhazia, Georgia protested.", root="05")
    assert set(got) == {("RUS", "ABK"), ("NIC", "ABK"), ("SYR", "ABK")}, got
    got = _pairs("If Belarus recognises Abkhazia, Georgia and Ukraine will sever relations with Minsk.", root="13")
    assert set(got) == {("GEO", "BLRGOV"), ("UKR", "BLRGOV")}, got
    # a fronted prepositional phrase keeps its own rule
    assert ("VUT", "ABK") in _pairs("After talks with Georgia, Vanuatu withdrew its recognition of Abkhazia.", root="16")


# --- coder._joint_act; grammar reciprocal_plural_objects -----------------------------------------------
@pytest.mark.parametrize("text", [
    "Russia and Belarus agreed to open embassies.",
    "Tskhinvali and Damascus had agreed to open consulates, the ministry said.",
    "Venezuela and Abkhazia agreed to establish embassies in Caracas and Sukhumi.",
])
def test_plural_missions_of_two_countries_are_reciprocal(text):
    got = _pairs(text, root="05")
    assert len(got) == 2 and all(a and b and a[:3] != b[:3] for a, b in got), got
    assert {(b, a) for a, b in got} == set(got)


def test_near_miss_one_opener_keeps_its_host():
    assert _pairs("Russia opened an embassy in Sukhumi.", root="05") == [("RUS", "ABKGOV")]
    assert _pairs("Belarus agreed to open consulates.", root="05") == [("BLR", None)]


# --- coder._roles_pair passive branch, _POSSESSED_NOUN: the owner of a judged noun ----------------------
@pytest.mark.parametrize("text, root, pair", [
    ("Nicaragua's decision to recognise Abkhazia was condemned by Georgia.", "11", ("GEO", "NIC")),
    ("North Korea's recognition of the DPR was sharply criticised by Kyiv.", "11", ("UKRGOV", "PRK")),
    ("Belarus's plan to open a consulate in Donetsk was condemned by Lithuania.", "11", ("LTU", "BLR")),
])
def test_passive_judgement_targets_the_nouns_owner(text, root, pair):
    assert pair in _pairs(text, root=root)


def test_near_misses_passive_owner():
    # no possessed common noun: the subject itself is the patient
    assert ("UKR", "RUS") in _pairs("The Russian proposal was rejected by Ukraine on Monday.", root="12")
    # the active form keeps its rule
    assert ("GEO", "NIC") in _pairs("Georgia condemned Nicaragua's decision to recognise Abkhazia.", root="11")


# --- coder._nominal_participants / _nominal_marker_re / _joint_act; grammar event_onset_verbs ----------
@pytest.mark.parametrize("text, root, pairs", [
    ("Fighting erupted between Armenian and Azerbaijani troops along the border.", "19",
     {("ARMMIL", "AZEMIL"), ("AZEMIL", "ARMMIL")}),
    ("Fighting between Armenian and Azerbaijani troops erupted along the border.", "19",
     {("ARMMIL", "AZEMIL"), ("AZEMIL", "ARMMIL")}),
    ("Clashes broke out on Saturday between Kyrgyz and Tajik border guards.", "19",
     {("KGZCOP", "TJKCOP"), ("TJKCOP", "KGZCOP")}),
])
def test_fighting_between_two_sides(text, root, pairs):
    assert pairs <= set(_pairs(text, root=root))


def test_near_misses_between():
    # a mediator between two sides still targets them; a participle clause opening the sentence is no noun
    assert set(_pairs("Russia mediated between Armenia and Azerbaijan.", root="04")) == {("RUS", "ARM"), ("RUS", "AZE")}
    assert ("ARMGOV", None) in _pairs(
        "Meeting in Geneva, the foreign ministers of Armenia and Azerbaijan agreed to continue talks.", root="03")


# --- coder._roles_pair: actors inside a negative subject ("None of X's members") are its doers -----------
@pytest.mark.parametrize("text, pair", [
    ("None of NATO's members recognised the annexation.", ("IGONAT", None)),
    ("None of the European Union's member states recognised the results of the referendum.", ("IGOEEC", None)),
    ("None of ASEAN's members recognised the election results.", ("IGOASN", None)),
])
def test_negative_subject_actors_are_doers(text, pair):
    got = _pairs(text, root="12")
    assert pair in got
    assert all(a is not None for a, _b in got), got


def test_near_miss_negated_appeal_keeps_its_addressee():
    # "urged X not to": X is asked, and does the (negated) act
    assert all(b != "BLR" for _a, b in _pairs("Georgia urged Belarus not to recognise Abkhazia.", root="12"))


# --- coder._side / _domestic_opponent; grammar domestic_opponent_roles ----------------------------------
@pytest.mark.parametrize("text, date, root, pair", [
    ("The Sudanese army clashed with the Rapid Support Forces in Omdurman.", "2023-05-01", "19", ("SDNMIL", "SDNREB")),
    ("Ugandan troops attacked Ugandan rebels near the border.", "2001-03-01", "18", ("UGAMIL", "UGAREB")),
    ("Myanmar's military shelled positions of the Arakan Army.", "2024-02-01", "19", ("MMRMIL", "MMRREB")),
    ("Ethiopian police arrested Ethiopian opposition leaders in Addis Ababa.", "2020-07-01", "17", ("ETHCOP", "ETHOPP")),
])
def test_same_country_opponent_is_a_target(text, date, root, pair):
    assert pair in _pairs(text, date, root)


def test_near_miss_same_side_is_no_target():
    # two state actors of one country are one side: the target is the other country
    got = _pairs("Russian officials praised Russian troops for the capture of Avdiivka.", "2024-02-20", "05") + \
        _pairs("Russian officials praised Russian troops for the capture of Avdiivka.", "2024-02-20", "04")
    assert all(b != "RUSMIL" for _a, b in got), got
    assert ("RUS", None) in _pairs("Russia withdrew its troops from Kherson.", "2022-11-11", "08") or \
        all(b != "RUSMIL" for _a, b in _pairs("Russia withdrew its troops from Kherson.", "2022-11-11", "08"))


# --- actors.compound_facts: an armed group's fighters are the group --------------------------------------
@pytest.mark.parametrize("text, span, code", [
    ("Hamas fighters crossed the border fence.", "Hamas fighters", "PSEREB"),
    ("RSF forces entered the town.", "RSF forces", "SDNREB"),
    ("Houthi forces seized the ship.", "Houthi forces", "YEMREB"),
])
def test_armed_group_fighters_keep_the_group_code(text, span, code):
    assert _actor(text, span).code == code


def test_near_miss_state_fighters_stay_military():
    assert _actor("Ukrainian fighters held the line.", "Ukrainian fighters").code == "UKRMIL"
    assert _actor("Wagner fighters left Bakhmut.", "Wagner fighters").code == "RUSMIL"


# --- actors._Compound.attributive: "US and British warships" -------------------------------------------
@pytest.mark.parametrize("text, spans", [
    ("US and British warships struck Houthi targets.", {"USAMIL", "GBRMIL"}),
    ("British and US officials met in London.", {"GBRGOV", "USAGOV"}),
    ("UK and French troops trained together.", {"GBRMIL", "FRAMIL"}),
])
def test_capital_short_name_coordinates_with_a_demonym(text, spans):
    assert spans <= {a.code for a in find_actors(text, dt.date(2024, 1, 12))}


def test_near_miss_full_name_is_its_own_actor():
    codes = {a.code for a in find_actors("Ukraine and Russian forces exchanged prisoners.", dt.date(2024, 1, 12))}
    assert "UKR" in codes and "UKRMIL" not in codes


# --- actors.emit_person / _title_office: a named office beats the date -----------------------------------
@pytest.mark.parametrize("text, date, span, code", [
    ("Russian President Boris Yeltsin hosted the Japanese prime minister.", "2000-01-01",
     "Russian President Boris Yeltsin", "RUSGOV"),
    ("Palestinian Prime Minister Ismail Haniyeh refused the demand.", "2000-01-01",
     "Palestinian Prime Minister Ismail Haniyeh", "PSEGOV"),
    ("President Donald Trump signed the order.", "2022-06-01", "President Donald Trump", "USAGOV"),
])
def test_title_names_the_office_outside_the_terms(text, date, span, code):
    assert _actor(text, span, date).code == code


def test_near_miss_former_or_untitled_stays_elite():
    assert _actor("Former President Boris Yeltsin said.", "Former President Boris Yeltsin", "2003-01-01").code == "RUSELI"
    assert _actor("Boris Yeltsin said.", "Boris Yeltsin", "2003-01-01").code == "RUSELI"
    # inside a term the dictionary keeps its own code
    assert _actor("Sudanese General Abdel Fattah al-Burhan said.", "Sudanese General Abdel Fattah al-Burhan",
                  "2024-01-01").code == "SDNGOV"


def _actor(text, span, date="2024-01-12"):
    acts = find_actors(text, dt.date.fromisoformat(date))
    hit = [a for a in acts if a.text == span]
    assert hit, [(a.text, a.code) for a in acts]
    return hit[0]


# --- coder._nominal_participants: a trigger form ending in its marker ("talks between") ------------------
@pytest.mark.parametrize("text, pairs", [
    ("Talks between Armenia and Azerbaijan stalled in Almaty on Friday.", {("ARM", "AZE"), ("AZE", "ARM")}),
    ("The talks between Cairo and Addis Ababa over the dam ended without a deal.", {("EGYGOV", "ETHGOV")}),
    ("Talks between the Sudanese army and the RSF collapsed.", {("SDNMIL", "SDNREB"), ("SDNREB", "SDNMIL")}),
])
def test_talks_between_name_both_sides(text, pairs):
    got = set(_pairs(text, "2024-05-01", "04"))
    assert pairs <= got, got
    assert all(a is not None for a, _b in got), got


def test_near_miss_talks_between_its_own_members():
    # no actor right after "between": the sentence-level roles apply
    assert ("UKR", None) in _pairs("Ukraine held talks between its ministers.", "2024-05-01", "04")


# --- agents.tsv: a junta, military rulers, a military government are the state's GOV ---------------------
@pytest.mark.parametrize("text, span, code", [
    ("Niger's junta expelled the French ambassador.", "Niger's junta", "NERGOV"),
    ("Mali's military rulers cancelled the election.", "Mali's military rulers", "MLIGOV"),
    ("The Myanmar junta bombed a village.", "Myanmar junta", "MMRGOV"),
    ("The Burkinabe military government suspended the broadcasts.", "Burkinabe military government", "BFAGOV"),
])
def test_junta_is_the_government(text, span, code):
    assert _actor(text, span).code == code


def test_near_miss_the_military_stays_military():
    assert _actor("Mali's military said it repelled an attack.", "Mali's military").code == "MLIMIL"
    assert _actor("Guinea's military leaders arrested the president.", "Guinea's military leaders").code == "GINMIL"


# --- persons.yaml: heads of state and ministers common in older wire text ---------------------------------
@pytest.mark.parametrize("text, date, span, code", [
    ("President Bill Clinton met the Pope.", "1998-02-10", "President Bill Clinton", "USAGOV"),
    ("Omar al-Bashir rejected the plan.", "2005-05-10", "Omar al-Bashir", "SDNGOV"),
    ("Secretary of State John Kerry flew to Geneva.", "2016-05-10", "Secretary of State John Kerry", "USAGOV"),
    ("Abdelaziz Bouteflika met the envoy.", "2005-05-10", "Abdelaziz Bouteflika", "DZAGOV"),
])
def test_older_wire_leaders(text, date, span, code):
    assert _actor(text, span, date).code == code


def test_near_miss_leaders_outside_terms_and_relatives():
    assert _actor("Bill Clinton spoke in Harlem.", "Bill Clinton", "2010-05-10").code == "USAELI"
    # a short form two relatives share is no actor without a full mention
    assert not [a for a in find_actors("Chelsea Clinton visited Kenya.", dt.date(2010, 5, 10)) if a.code[:3] == "USA"]


# --- organizations.tsv: "Brussels" is the EU's metonym of kind capital ("in Brussels" is the place) ---------
@pytest.mark.parametrize("text, pair", [
    ("Serbia and Kosovo agreed to resume talks in Brussels, the EU said.", ("SRB", None)),
    ("Georgia and Armenia agreed on a transit deal at talks in Brussels.", ("GEO", None)),
])
def test_brussels_after_a_preposition_is_a_place(text, pair):
    got = _pairs(text, "2024-05-01", "03")
    assert pair in got, got
    assert all(b != "IGOEEC" for _a, b in got), got


def test_near_miss_brussels_as_the_eu():
    assert ("IGOEEC", "HUN") in _pairs("Brussels condemned Hungary over its veto.", "2024-05-01", "11")
    assert _actor("Hungary defied Brussels on Monday.", "Brussels").code == "IGOEEC"


# --- actors._adjectival_agents; grammar adjectival_agent_words / adjectival_agent_acts ---------------------
@pytest.mark.parametrize("text, root, pair", [
    ("Iran threatened to launch a new military offensive against Iraq.", "13", ("IRN", "IRQ")),
    ("Jordan and Britain have agreed to undertake joint military exercises this month.", "03", ("JOR", "GBR")),
    ("Serbia threatened to start a military operation against Kosovo.", "13", ("SRB", "XKX")),
])
def test_military_as_an_adjective_is_no_target(text, root, pair):
    got = _pairs(text, "2024-05-01", root)
    assert pair in got, got
    assert all(b != "MIL" for _a, b in got), got


def test_near_miss_military_stays_an_actor():
    assert ("REB", "MIL") in _pairs("Rebels attacked a military base near Gao.", "2024-05-01", "18")
    assert _actor("Russian military exercises alarmed Finland.", "Russian military").code == "RUSMIL"
    assert _actor("Military officials met in Bamako.", "Military officials").code == "MIL"
