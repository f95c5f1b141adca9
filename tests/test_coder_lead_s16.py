"""The lead's rules and review mends of session 16 (new sentences, with near-misses)."""
import pytest

from pipeline.coding import code_article


def _codes(text, date="2024-06-01"):
    return [e["cameo_code"] for e in code_article({"article_id": "t", "published": date, "text": text})]


# --- coder._cancelled_after: a parenthetical that says the act took place (parenthetical_occurrence_words) ------
@pytest.mark.parametrize("text", [
    "Talks between Sudan's army and the RSF, held in Jeddah, were suspended after two days.",
    "Negotiations between Armenia and Azerbaijan, held in Almaty, were suspended on Friday without a deal.",
    "Talks between Hamas and Israel, which began in Cairo on Sunday, were suspended on Tuesday.",
])
def test_talks_held_before_they_were_suspended_keep_their_event(text):
    assert any(c.startswith("04") for c in _codes(text))


@pytest.mark.parametrize("text", [
    "Talks between Sudan's army and the RSF, scheduled for Monday, were postponed.",
    "Talks between Armenia and Azerbaijan, planned for next week in Almaty, have been called off.",
])
def test_talks_put_off_before_they_were_held_are_no_event(text):
    assert not any(c.startswith("04") for c in _codes(text))


def _events(text, date="2024-06-01"):
    return [(e["cameo_code"], e["actor1_code"], e["actor2_code"], e["themes"])
            for e in code_article({"article_id": "t", "published": date, "text": text})]


# --- triggers: a fronted participle that tells a standing state is background (fronted_participle_status_verbs) -
@pytest.mark.parametrize("text", [
    "Recognized by Russia in 2008, South Ossetia held a presidential election on Sunday.",
    "Recognised by only five UN members, Abkhazia is looking for new allies in Africa.",
    "Recognised by no UN member state, Transnistria has its own currency and army.",
    "Backed by Moscow since 1992, the separatist region holds its own elections.",
    "Annexed by Russia in 2014, Crimea has hosted several foreign delegations since.",
])
def test_fronted_status_participle_codes_no_recognition(text):
    assert not any(c in ("054", "120") or "diplomatic_recognition" in th for c, _, _, th in _events(text))


def test_fronted_supplied_weapons_keep_the_strike():
    assert any(c.startswith("19") for c, _, _, _ in _events("Supplied by Iran, the drones struck Kyiv overnight."))


@pytest.mark.parametrize("text, pair", [
    # acts told by a fronted participle still take the main subject as patient
    ("Received by Denis Pushilin at his Donetsk residence on Wednesday, Nicaragua's ambassador discussed coal "
     "deliveries.", ("DPRGOV", "NICGOV")),
    ("Vetoed by the United States, the draft resolution failed.", ("USA", None)),
])
def test_fronted_act_participles_still_code(text, pair):
    assert any((a1, a2) == pair for _, a1, a2, _ in _events(text))


def test_fronted_welcome_by_crowds_is_no_hosting():
    assert not any(c == "043" for c, _, _, _ in _events("Welcomed by crowds in Tehran, Venezuela's president laid a wreath."))
