"""World-news event types known wrong in general_phrasings splits dev11-dev15 and fresh10-fresh11 (session 18), on new
sentences: apologies told as asking forgiveness (support.ask_forgiveness, 055), passports, citizenship or visas
revoked (coerce.revoke_documents, 172), an objection or veto dropped (yield.drop_objection, 080; the dropped veto is
no new one), a crossing or border reopened (yield.reopen_crossing, 081), a lender's board approving a grant or loan
(aid.lender_approves, 071) and a lender's money received (aid.economic_received, 071), relief told by its cargo
arriving (aid.relief_cargo_arrived, 073), a report judged a lie (disapprove.judged_report, 111), money contributed to a
cause abroad (aid.contribute_money, 071), troops sent to a peacekeeping or stabilisation force (aid.peacekeeping_troops,
074), energy supplied to another party (cooperate.energy_supply, 061), data swapped between states
(cooperate.intelligence_swap, 064), a site retaken (fight.retake_site, 192), an act remembered from afar
(coder._remembered, grammar.yaml memory_verbs), a leader named by name as the guest of a hosting (consult.host
leader_objects, coder._leader_object_matches), forces leaving a territory (yield.leave_territory) and "insisting that"
as a demand cue (cues.yaml demand), a reduced relative dated years back (coder._dated_back_participle, grammar.yaml
dated_back_*); and near-misses in other senses of the same words. Each sentence lists the
CAMEO roots it must produce, exactly ([] for none); the first of each group is the general_phrasings row."""
import pytest

from pipeline.coding import code_article


def _roots(text):
    evs = code_article({"article_id": "t", "published": "2024-03-14", "text": text})
    return sorted({e["cameo_root"] for e in evs}), evs


CASES = [
    # an apology told as asking forgiveness (055); not of a debt, not to God, not a footballer's
    ("Germany's president asked Tanzanians for forgiveness for colonial-era atrocities during the Maji Maji uprising, "
     "speaking at a museum in Songea on Wednesday.", ["05"]),
    ("Serbia's president asked Bosnians for forgiveness for the crimes committed in Srebrenica.", ["05"]),
    ("The Dutch king begged forgiveness from Indonesia for the violence of the colonial war.", ["05"]),
    ("Belgium's prime minister sought forgiveness from Congo for the crimes of the colonial era.", ["05"]),
    ("Forgiveness was sought from Namibia by Germany for the genocide of the Herero.", ["05"]),
    ("Greece asked its lenders for the forgiveness of part of its debt.", []),
    ("Argentina asked creditors for debt forgiveness.", []),
    ("The priest asked God for forgiveness.", []),
    ("The striker asked fans for forgiveness after missing the penalty.", []),
    # passports, citizenship or visas revoked (172); not fees, offices or checks
    ("Hong Kong authorities cancelled the passports of six overseas activists on Christmas Eve, the security bureau "
     "said.", ["17"]),
    ("Belarus cancelled the passports of exiled opposition leaders.", ["17"]),
    ("Russia revoked the citizenship of a naturalised critic of the war.", ["17"]),
    ("Nicaragua stripped 94 opponents of their citizenship last week.", ["17"]),
    ("The United States revoked the visas of six Colombian officials.", ["17"]),
    ("Britain cancelled visa fees for Ukrainian refugees.", []),
    ("The passport office cancelled appointments due to a strike.", []),
    ("Travellers had their passports checked at the border.", []),
    ("The minister stripped the article of its jargon.", []),
    # an objection or veto dropped (080), no new veto; not a trial's objection or residents'
    ("Turkey lifted its objection to Finland joining NATO after months of wrangling, President Erdogan's office "
     "announced.", ["08"]),
    ("Hungary dropped its veto on the EU's 50 billion euro aid package for Ukraine.", ["08"]),
    ("Greece withdrew its objection to North Macedonia's NATO bid.", ["08"]),
    ("Austria abandoned its opposition to Romania joining Schengen.", ["08"]),
    ("The defence withdrew its objection to the witness testimony.", []),
    ("Residents dropped their objections to the wind farm.", []),
    ("Poland's president vetoed the bill on Friday.", ["12"]),
    # a crossing or border reopened (081); not a case, a road after repairs, or a level crossing
    ("Israel reopened the Kerem Shalom crossing to aid lorries on Sunday after a two-day closure, COGAT said.", ["08"]),
    ("Egypt reopened the Rafah border crossing for the wounded.", ["08"]),
    ("Venezuela reopened its border with Colombia after seven years.", ["08"]),
    ("Jordan reopened the Jaber crossing with Syria on Friday.", ["08"]),
    ("The Rafah crossing was reopened by Egypt on Monday.", ["08"]),
    ("The court reopened the case of the border guard.", []),
    ("The road crossing reopened after repairs.", []),
    ("The police reopened the level crossing after the accident.", []),
    ("The ruling reopened the border dispute between the two states.", []),
    # a lender approving a grant or loan (071); not a parliament approving the loan it takes
    ("The World Bank's board approved a $340 million grant for Chad to help it cope with the arrival of more than "
     "600,000 refugees from Sudan.", ["07"]),
    ("The IMF approved a $3 billion bailout for Sri Lanka on Monday.", ["07"]),
    ("The World Bank approved a loan for Pakistan.", ["07"]),
    ("Kenya's parliament approved a $1 billion loan from China.", []),
    ("The EU approved a loan guarantee scheme for farmers.", []),
    # a lender's money received, the giver after "from" (071); no giver, or a bank's loan to a firm, is none
    ("Pakistan received a $1 billion tranche from the IMF under its bailout programme after the fund's board gave "
     "its approval, the central bank said.", ["07"]),
    ("Egypt secured a $1.2 billion loan from the World Bank last week.", ["07"]),
    ("Ukraine received a grant of 500 million euros from the European Union.", ["07"]),
    ("The company received a loan from HSBC.", []),
    ("Ukraine received its first tranche on Monday.", []),
    # relief told by its cargo or carrier arriving (073); not a plane of tourists, a minister or weapons
    ("A planeload of tents and water purifiers from the United Arab Emirates landed in Mandalay three days after the "
     "earthquake.", ["07"]),
    ("A Qatari air force transport plane landed in Benghazi with 40 tonnes of tents and medicine for flood survivors "
     "in Derna, Libyan officials said.", ["07"]),
    ("Tents and blankets from Turkey arrived in Gaziantep on Tuesday.", ["07"]),
    ("Two Indian air force planes carrying relief supplies arrived in Kathmandu.", ["07"]),
    ("Medical supplies from China arrived in Kabul after the quake.", ["07"]),
    ("A plane carrying the foreign minister landed in Beijing.", []),
    ("A plane carrying 200 tourists landed in Bali.", []),
    ("A cargo plane with weapons from Iran landed in Sanaa.", []),
    # a report or claim judged a lie (111); not a critic's or fans' verdict, nor praise
    ("Budapest branded the European Parliament's report on Hungarian democracy 'a pack of lies'.", ["11"]),
    ("Iran's Revolutionary Guards branded the IAEA report 'a pack of lies'.", ["11"]),
    ("North Korea dismissed the UN report on its prison camps as slander.", ["11"]),
    ("The Kremlin called the allegations of torture 'a fabrication'.", ["11"]),
    ("Critics called the story in the novel nonsense.", []),
    ("Fans branded the report about the coach 'lies'.", []),
    ("The ministry called the report a useful contribution.", []),
    # money contributed to a cause abroad (071; 03 under readiness); not a campaign or a factory
    ("Japan, according to a statement from the prime minister's office, stands ready to contribute a further "
     "$5 billion to the rebuilding of Ukraine.", ["03"]),
    ("Britain is ready to contribute 100 million pounds to the reconstruction of Gaza.", ["03"]),
    ("Norway will contribute 300 million euros to the reconstruction fund for Gaza.", ["03"]),
    ("Canada committed $500 million to the relief of refugees in Jordan.", ["07"]),
    ("The billionaire contributed $2 million to his campaign.", []),
    ("The company committed $1 billion to its new factory.", []),
    # troops sent to serve in a peacekeeping or stabilisation force (074; 03 under readiness); not a deployment
    ("Indonesia is ready to send up to 20,000 troops to Gaza as part of a peacekeeping force, President Prabowo "
     "Subianto told the UN General Assembly.", ["03"]),
    ("Brazil is ready to send 1,000 troops to Haiti as part of a stabilisation force.", ["03"]),
    ("Kenya will deploy 1,000 soldiers to Haiti under a UN-backed stabilisation mission.", ["03"]),
    ("Rwanda sent 500 soldiers to Mozambique to join the peacekeepers already there.", ["07"]),
    ("Russia sent troops to the border.", ["15"]),
    ("The US will send troops to Poland for exercises.", []),
    # energy piped, shipped or sold to another party (061); not to homes or customers, nor tear gas
    ("Azerbaijan began pumping natural gas to Syria via Turkey on Saturday, Syria's energy ministry said.", ["06"]),
    ("Iran has been shipping oil to China in violation of US sanctions.", ["06"]),
    ("Algeria began exporting electricity to Tunisia through a new line.", ["06"]),
    ("Qatar will supply LNG to Germany from 2026.", ["03"]),
    ("The plant supplies electricity to two million homes.", []),
    ("The company will supply oil to its customers.", []),
    ("Russia will ship wheat and sunflower oil to Mali next month.", []),
    # data swapped between states (064); not firms' data or players' shirts
    ("Seoul and Tokyo have begun swapping real-time missile warning data through a link with US forces, the South "
     "Korean defence ministry said.", ["06"]),
    ("India and France will swap intelligence on Indian Ocean shipping.", ["03"]),
    ("The two companies swapped data on customers.", []),
    ("Players swapped shirts after the match.", []),
    # a site retaken (192); not a prisoner, a race lead or a seat
    ("Sudanese Troops Recapture Republican Palace From RSF", ["19"]),
    ("Iraqi forces retook the Baiji refinery from Islamic State fighters.", ["19"]),
    ("Ukrainian troops won back the bridge over the Oskil river.", ["19"]),
    ("The army recaptured the airport from rebels after heavy fighting.", ["19"]),
    ("Police recaptured the escaped prisoner.", []),
    ("Verstappen retook the lead on lap 40.", []),
    ("The party recaptured the seat it lost in 2019.", []),
    # an act remembered from afar is no event; a witness's recent memory is kept
    ("Seventy years on, veterans of Dien Bien Phu still remember the shells that rained on the French garrison for 56 "
     "days.", []),
    ("Decades later, survivors of Srebrenica still recall the massacre in vivid detail.", []),
    ("Survivors in Gaza still remember the airstrikes of 2014.", []),
    ("Thirty years on, Rwandans remember the genocide that killed 800,000 people.", []),
    ("Survivors recalled the shelling that killed 20 people on Tuesday.", ["19"]),
    ("Residents remember the shelling as Russian forces attacked the town on Monday.", ["18", "19"]),
    # a leader named by name as the guest (043; 03 planned); not what a leader owns, nor a club or a non-leader
    ("Pope Leo XIV received Volodymyr Zelensky at Castel Gandolfo on Wednesday, the Vatican said.", ["04"]),
    ("Hungary's Viktor Orban was received by Donald Trump at Mar-a-Lago on Friday evening, the Hungarian government "
     "spokesman said.", ["04"]),
    ("Xi Jinping hosted Vladimir Putin in Beijing on Tuesday.", ["04"]),
    ("Erdogan welcomed Ilham Aliyev at the presidential palace in Ankara.", ["04"]),
    ("Emmanuel Macron was hosted by Narendra Modi in New Delhi.", ["04"]),
    ("Vladimir Putin will host Kim Jong Un in Moscow next month.", ["03"]),
    ("Zelensky received Biden's letter on Monday.", []),
    ("Xi welcomed Putin's remarks.", ["05"]),
    ("The club received Barcelona at the Camp Nou.", []),
    ("Putin received Lukashenko's congratulations.", []),
    ('"We welcome," Erdogan said of the decision by Damascus.', ["05"]),
    # forces leaving a territory (0874), demanded under "insisting that" (10); not migrants or a team, nor a claim
    ("Kinshasa is insisting that Rwandan troops leave Congolese soil before any minerals deal is signed, a government "
     "spokesman said.", ["10"]),
    ("Ukraine demanded that Russian forces leave its territory.", ["10"]),
    ("Kyiv is insisting that Russia withdraw its troops.", ["10"]),
    ("The last Russian troops left Moldovan territory on Sunday.", ["08"]),
    ("Migrants left Libyan soil on overcrowded boats.", []),
    ("The team left Spanish territory after the match.", []),
    ("The minister is insisting that the report is accurate.", []),
    # a reduced relative dated years back is history, no event; a passive report or a recent act is kept
    ("Riyadh and Tehran restored diplomatic ties severed seven years earlier, under a deal announced in Beijing on "
     "Friday.", ["05"]),
    ("Cuba and the United States restored diplomatic ties severed five decades before.", ["05"]),
    ("The two countries revived a treaty signed two decades ago.", []),
    ("Iran restored ties severed by Bahrain on Monday.", ["05", "16"]),
    ("Ties were severed seven years ago, the minister recalled.", ["16"]),
    ("Saudi Arabia severed diplomatic ties with Iran seven years ago.", ["16"]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:60] for c in CASES])
def test_world_roots_s18(text, expected):
    got, evs = _roots(text)
    assert got == sorted(expected), [(e["cameo_code"], e["rule"], e["trigger_text"]) for e in evs]
