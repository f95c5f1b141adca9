"""Missed wordings in world news (session 15, third round; missed-event classes of split "dev10" of
tests/data/general_phrasings.jsonl). Sentences written for this file, several per class, with near-misses.

Infinitive cues with a time adverbial before their "to" ("offered on Tuesday to mediate": grammar.yaml
cue_inserted_adverbials, triggers._find_cue), exercises begun (cooperate.military), basing rights granted
(cooperate.basing), loan tranches approved (aid.economic_tranche), a ceasefire with modifiers (yield.ceasefire
window and gap_exclusions), servicemen handed back (yield.release), inspectors let in (yield.allow_access),
autopsies ordered (investigate.autopsy), a death in custody is no arrest (cues.yaml discard), deadlines with a
penalty and conditional warnings (threaten.ultimatum_deadline, threaten.warn_unless), tools downed
(protest.strike), operators ordered to cut the internet (coerce.order_service_cut), people sent back across a
border (coerce.send_back_across), home-made and vehicle bombs (assault.bomb) and a vehicle that struck one
(coder._strike_sense, grammar.yaml strike_victim_objects), fire traded (fight.clash), war gases dropped
(massviolence.wmd_agent), comments declined (statement.no_comment).
"""
import datetime as dt

import pytest

from pipeline.coding import code_article

PUB = dt.date(2024, 5, 15)


def _codes(text: str) -> list:
    return sorted(e["cameo_code"] for e in code_article({"article_id": "s15c", "text": text, "published": PUB}))


@pytest.mark.parametrize("text,expected", [
    # an infinitive cue with a time adverbial before its "to"
    ("Qatar offered on Monday to mediate between Kigali and Kinshasa.", ["036", "036"]),
    ("Egypt offered again to mediate between Hamas and Israel.", ["036", "036"]),
    ("The Kremlin refused on Friday to recognise the vote.", ["120"]),
    ("Japan pledged on Friday to send aid to Myanmar.", ["033"]),
    ("Japan sent aid to Myanmar on Friday.", ["073"]),
    # exercises begun
    ("Chinese and Russian warships began joint naval drills in the Sea of Japan on Sunday.", ["062", "062"]),
    ("Indian and French troops started a week of joint exercises in Rajasthan.", ["062", "062"]),
    ("Students began their exercises in the gym.", []),
    # basing rights
    ("Sri Lanka granted the Indian navy berthing rights at Trincomalee.", ["062"]),
    ("Cuba has extended the Russian navy's docking rights at Havana for five years.", ["062"]),
    ("The port authority extended docking rights for cruise liners until 2030.", []),
    ("The council extended the parking rights of residents.", []),
    # a loan tranche approved
    ("The IMF approved a $700 million tranche of Egypt's loan on Monday.", ["071"]),
    ("The World Bank's board signed off on a $500 million disbursement to Kenya.", ["071"]),
    ("The board approved the new logo on Monday.", []),
    # a ceasefire with modifiers, not a ceasefire talked about
    ("Hamas and Israel declared a three-day humanitarian ceasefire on Friday.", ["0871", "0871"]),
    ("The junta announced a two-week unilateral truce with the rebels.", ["0871"]),
    ("The rebels announced plans for talks on a ceasefire.", []),
    ("The army declared that the ceasefire had collapsed.", []),
    # servicemen handed back, inspectors let in
    ("Russia handed back 90 Ukrainian servicemen on Thursday.", ["0841"]),
    ("The Taliban handed back two British aid workers to London.", ["0841"]),
    ("The shop handed back the money to the customer.", []),
    ("North Korea let UN inspectors into the Yongbyon complex for the first time in years.", ["086"]),
    ("The teacher let the students leave early.", []),
    ("Let observers do their job, the UN said.", []),
    ("The government would not let inspectors into the site.", ["123"]),
    # autopsies
    ("Prosecutors in Minsk ordered an autopsy on the dissident's body.", ["090"]),
    ("A court in Lagos ordered the exhumation of the journalist's body.", ["090"]),
    ("The coroner's office ordered new equipment.", []),
    # a death in custody is no arrest
    ("A death in custody in Nairobi sparked protests.", ["141"]),
    ("The suspect remains in custody in Nairobi.", ["173"]),
    # deadlines with a penalty, conditional warnings
    ("The junta gave the rebels 48 hours to surrender or face the consequences.", ["139"]),
    ("The court gave the parties two weeks to submit their evidence.", []),
    ("Russia warned Kazakhstan it would halt oil transit unless Astana paid its debts.", ["130"]),
    ("The IMF warned that growth would slow unless reforms were passed.", []),
    ("The ministry warned it would be difficult to hit the target unless funding arrived.", []),
    # tools downed
    ("Dock workers in Rotterdam downed tools on Monday over pay.", ["143"]),
    ("Nurses across Kenya downed tools for a second week.", ["143"]),
    ("The mechanic put down his tools and left.", []),
    # operators ordered to cut the internet
    ("The junta ordered telecom operators to suspend mobile internet ahead of the vote.", ["1721"]),
    ("Authorities instructed providers to block access to social media during the protests.", ["1721"]),
    ("A storm cut internet access across the island.", []),
    ("The regulator ordered operators to cut their prices.", []),
    # people sent back across a border
    ("Hundreds of Haitians were sent back across the border to Haiti.", ["174"]),
    ("Hundreds of Haitians were detained and sent back across the border.", ["173", "174"]),
    ("Migrants caught near the Evros river were pushed back across the border into Turkey.", ["174"]),
    ("Government troops pushed the rebels back across the border.", []),
    ("The militants were pushed back across the border after a day of fighting.", ["193"]),
    # home-made and vehicle bombs
    ("A truck packed with explosives blew up outside the police station.", ["183"]),
    ("A homemade bomb exploded near a school in Quetta.", ["183"]),
    ("Three soldiers were killed when their truck struck a roadside bomb.", ["183"]),
    ("Israeli jets struck a bomb factory in Gaza.", ["195"]),
    # fire traded
    ("Indian and Pakistani troops traded fire along the Line of Control.", ["193", "193"]),
    ("China and Brazil traded goods worth $150 billion.", ["061", "061"]),
    # war gases dropped
    ("Syrian helicopters dropped chlorine gas on Saraqeb.", ["2041"]),
    ("The army used sarin against the rebels.", ["2041"]),
    ("A chlorine gas leak at a chemical plant injured ten workers.", []),
    ("Engineers used chlorine to purify drinking wells.", []),
    # comments declined
    ("The Kremlin declined to comment on the report.", ["011"]),
    ("A spokesman for the ministry refused to comment.", ["011"]),
])
def test_missed_wordings(text, expected):
    assert _codes(text) == expected
