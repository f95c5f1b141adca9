"""Session 17 (helper w1): world-news roots 01-09 missed in dev14, fixed as phrasing classes. Each block has its
own sentences (several variants) and near-misses that must not change: a comment withheld ("had no comment", 011),
an actor asked to act ("asked the UN to", 020) and a request brought ("went to the IMF with a request for", 020),
talks offered to be hosted (03, the talks not held), money put up for a cause abroad (03 under "will"),
intelligence passed to another party (064), debt cancelled or written off (071) and an investigating body
examining whether something happened (090).
"""
import pytest

from pipeline.coding import code_article


def _roots(text, date="2023-09-17"):
    return sorted({e["cameo_code"][:2] for e in code_article({"article_id": "t", "published": date, "text": text})})


def _rules(text, date="2023-09-17"):
    return sorted({e["rule"] for e in code_article({"article_id": "t", "published": date, "text": text})})


@pytest.mark.parametrize("text, root, rule", [
    # a comment withheld (statement.had_no_comment)
    ("A Kremlin spokesman said the Kremlin had no comment on the report.", "01", "statement.had_no_comment"),
    ("The French foreign ministry said it has no immediate comment on the expulsions.", "01",
     "statement.had_no_comment"),
    ("Beijing's embassy in Canberra said it had no further comment.", "01", "statement.had_no_comment"),
    # an actor asked to act (appeal.ask)
    ("Kenya asked the African Union to send more troops to Somalia.", "02", "appeal.ask"),
    ("Niger's junta has formally asked Paris to reconsider its position.", "02", "appeal.ask"),
    # a request brought or filed (appeal.request)
    ("Pakistan turned to Saudi Arabia with a request for a fresh loan.", "02", "appeal.request"),
    ("Sri Lanka went to China on Monday with a request for a debt moratorium.", "02", "appeal.request"),
    ("Ethiopia filed a request for debt restructuring with the IMF.", "02", "appeal.request"),
    # talks offered to be hosted (consult.offer_host_talks)
    ("Qatar offered to host the next round of negotiations between Israel and Hamas.", "03", "consult.offer_host_talks"),
    ("Switzerland will host peace talks between Armenia and Azerbaijan next month.", "03", "consult.offer_host_talks"),
    ("Turkey is ready to host direct talks between Moscow and Kyiv, Erdogan said.", "03", "consult.offer_host_talks"),
    # money put up for a cause abroad (aid.put_up_money; "will" makes it a pledge)
    ("Japan will put up $500 million for Ukraine's reconstruction.", "03", "aid.put_up_money"),
    ("Denmark will put up 2 billion kroner for relief in Sudan.", "03", "aid.put_up_money"),
    ("Sweden put up 500 million crowns for reconstruction in Ukraine last year.", "07", "aid.put_up_money"),
    # intelligence handed over (cooperate.intelligence_pass)
    ("The United States is passing intelligence to Kyiv on Russian troop movements.", "06",
     "cooperate.intelligence_pass"),
    ("Britain provided intelligence to Ukraine about the strike.", "06", "cooperate.intelligence_pass"),
    ("Intelligence on militant camps was handed to Islamabad by Afghan officials.", "06",
     "cooperate.intelligence_pass"),
    # debt cancelled (aid.debt_relief)
    ("China has written off the debt of 23 African countries.", "07", "aid.debt_relief"),
    ("Russia wrote off $20 billion of Soviet-era debt owed by North Korea.", "07", "aid.debt_relief"),
    ("France cancelled 300 million euros of debt owed to it by Mauritania.", "07", "aid.debt_relief"),
    # an investigating body examining whether (investigate.examine_whether)
    ("Police are examining whether the fire was started deliberately.", "09", "investigate.examine_whether"),
    ("Prosecutors are checking if the minister lied to parliament.", "09", "investigate.examine_whether"),
    ("Finnish investigators are examining whether the tanker damaged the power cable.", "09",
     "investigate.examine_whether"),
])
def test_world_root_classes(text, root, rule):
    assert root in _roots(text), (_roots(text), _rules(text))
    assert rule in _rules(text), _rules(text)


# near-misses: other senses of the words, other syntax; none of the new rules fires
@pytest.mark.parametrize("text", [
    "There was no immediate comment from the Kremlin.",
    "The article had no comment section.",
    "An official, who asked not to be named, said talks would resume.",
    "Asked to comment, the ministry said nothing.",
    "Reporters asked the minister about the talks.",
    "The ministry did not respond to a request for comment.",
    "Oman hosted talks between Washington and Tehran on Saturday.",
    "Geneva hosted a concert for peace.",
    "Parliament passed the intelligence bill on Tuesday.",
    "The intelligence chiefs passed through Vienna.",
    "He passed an intelligence test.",
    "The United States is providing aerial photographs and other military intelligence to Skopje.",
    "The bank wrote off $2 billion of bad debt in the quarter.",
    "Biden cancelled $10 billion of student debt.",
    "Greece cancelled a debt auction on Monday.",
    "The investor put up 2 million dollars for the shares.",
    "The family put up $1 million for his bail.",
    "Germany put up posters across Berlin.",
    "Analysts are examining whether the rally can last.",
    "Doctors are checking whether the patient can breathe unaided.",
    "The commission examined the documents.",
])
def test_world_root_near_misses(text):
    new = {"statement.had_no_comment", "appeal.ask", "appeal.request", "consult.offer_host_talks", "aid.put_up_money",
           "cooperate.intelligence_pass", "aid.debt_relief", "investigate.examine_whether"}
    assert not new & set(_rules(text)), _rules(text)


def test_hosted_talks_stay_held():
    # talks actually hosted are held (046); only an offer or plan to host is an intent
    assert "04" in _roots("Oman hosted talks between Washington and Tehran on Saturday.")
