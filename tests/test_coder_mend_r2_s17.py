"""Session 17 mend of review R2 (regressions 1-4, /tmp/s17/review_r2_report.md): each block names the finding it
mends; the reviewer's sentences and new variants, positives and near-misses that must not change."""
import datetime as dt

import pytest

from pipeline.coding.coder import code_article

PUB = dt.date(2024, 5, 1)
TH = "diplomatic_recognition"


def _code(text):
    return code_article({"id": "t", "published": PUB, "text": text})


def _themed(text, k=1):
    return [e for e in _code(text) if e["sentence_index"] == k and TH in e["themes"]
            and e["cameo_root"] in ("11", "12", "13", "16") and e["recognition_stance"] == "deny"]


ZWE = ("A delegation of Zimbabwe's ruling ZANU-PF party spent three days in occupied Crimea last week, meeting "
       "Sergei Aksyonov in Simferopol. ")


# --- Finding 1 (HIGH): coder._reaction_names_own_cause read a closing attribution, purpose phrases and a second
# coordinated reaction as a cause of its own. Now the clause ends at _attribution_tail, grammar.yaml
# visitor_state_reaction_purpose_phrases are no cause, and an "and" + later reaction trigger goes through the whitelist.
@pytest.mark.parametrize("text", [
    ZWE + "Ukraine's foreign ministry summoned Zimbabwe's ambassador on Monday, the ministry's spokesman Oleg "
          "Nikolenko said.",
    ZWE + "Ukraine's foreign ministry summoned Zimbabwe's ambassador, Nikolenko wrote on Facebook.",
    ZWE + "Ukraine summoned Zimbabwe's ambassador in response.",
    ZWE + "Ukraine's foreign ministry summoned Zimbabwe's ambassador in protest.",
    ZWE + "Ukraine's foreign ministry summoned Zimbabwe's envoy for an explanation.",
    ZWE + "Kyiv summoned Zimbabwe's charge d'affaires and demanded an explanation.",
    ZWE + "Kyiv summoned Zimbabwe's charge d'affaires and handed him a note of protest.",
    # new variants
    ZWE + "Kyiv summoned Zimbabwe's ambassador for clarification, a foreign ministry spokesman told reporters.",
    ZWE + "Ukraine's foreign ministry summoned Zimbabwe's charge d'affaires on Tuesday, according to a statement.",
    ZWE + "Kyiv summoned Zimbabwe's envoy and demanded explanations.",
])
def test_bare_reaction_judges_the_visit(text):
    assert _themed(text), _code(text)


def test_both_coordinated_reactions_judge_the_visit():
    text = ZWE + "Kyiv summoned Zimbabwe's charge d'affaires and handed him a note of protest."
    assert len(_themed(text)) == 2, _code(text)


@pytest.mark.parametrize("text", [
    # reviewer's "keep dropped"
    ZWE + "Ukraine summoned Zimbabwe's ambassador over a grain dispute.",
    ZWE + "Ukraine summoned Zimbabwe's ambassador to protest against its vote at the UN.",
    ZWE + "Ukraine imposed sanctions on Zimbabwe's ruling party.",
    ZWE + "Kyiv summoned Zimbabwe's ambassador. It said Zimbabwean hackers had attacked ministry servers.",
    # new near-misses: a cause before the attribution, a coordinated reaction with a cause of its own
    ZWE + "Ukraine summoned Zimbabwe's ambassador over the detention of a Ukrainian citizen, the ministry said.",
    ZWE + "Kyiv summoned Zimbabwe's envoy and demanded the release of two Ukrainian sailors.",
    ZWE + "Kyiv summoned Zimbabwe's envoy in response to the arrest of a Ukrainian journalist.",
])
def test_reaction_with_its_own_cause_stays_unthemed(text):
    assert not _themed(text), _themed(text)


# --- Finding 2: "the trip" lost the theme when the next leg's subject was a definite anaphor (actor1 None): such a
# candidate no longer counts as a nearer trip by others (near_plain).
@pytest.mark.parametrize("text", [
    "A group of Serbian deputies travelled to occupied Luhansk on Friday. On Saturday the delegation went on to "
    "Moscow, where they met Russian parliamentarians. Ukraine condemned the trip.",
    "A group of Serbian deputies travelled to occupied Luhansk on Friday. On Saturday the Serbian deputies met "
    "Russian parliamentarians in Moscow. Ukraine condemned the trip.",
    "Hungarian lawmakers visited occupied Donetsk on Monday. The next day the lawmakers met Russian officials in "
    "Rostov. Kyiv condemned the visit.",
])
def test_trip_anaphor_after_anaphoric_next_leg(text):
    assert _themed(text, 2), _code(text)


def test_trip_by_others_in_moscow_still_wins():
    # near-miss: a nearer unthemed trip by a named other visitor is the one condemned
    text = ("Hungarian officials visited occupied Crimea on Monday. Separately, Hungarian Prime Minister Viktor Orban "
            "travelled to Moscow on Tuesday. Kyiv condemned the trip.")
    assert not _themed(text, 2), _code(text)


# --- Finding 3: recognition.seek lobbyist frame read the lobbyists' place modifier as the seeker
# (coder._hired_agent_roles, grammar.yaml hired_agent_heads).
@pytest.mark.parametrize("text,seeker", [
    ("South Ossetia hired Washington lobbyists to win recognition from African states.", "SOS"),
    ("Abkhazia has hired a Washington lobbying firm to win recognition in African capitals.", "ABK"),
    ("The DPR retained Moscow lobbyists to secure recognition from Latin American states.", "DPR"),
    ("South Ossetia has hired a lobbying firm to win recognition in Africa.", "SOS"),
])
def test_lobbyist_modifier_is_no_party(text, seeker):
    ev = [e for e in _code(text) if e["cameo_code"] == "0211"]
    assert ev and all(e["actor1_code"].startswith(seeker) for e in ev), ev
    assert all(e["actor1_country"] != "USA" and e["actor2_country"] not in ("USA", "RUS") for e in ev), ev


# --- Finding 4: _pair_subject_parties made a one-sided break mutual; root 16 codes keep their own roles
# (grammar.yaml passive_subject_pair_one_sided_codes); establishing relations stays mutual.
@pytest.mark.parametrize("text", [
    "Relations between Moldova and Russia have been downgraded, the foreign ministry in Chisinau said.",
    "Ties between Georgia and Nicaragua were severed in 2008.",
    "Diplomatic relations between Georgia and Russia were cut after the war.",
])
def test_one_sided_break_is_not_mutual(text):
    # one direction, both parties named
    ev = [e for e in _code(text) if e["cameo_root"] == "16"]
    pairs = {(e["actor1_country"], e["actor2_country"]) for e in ev}
    assert not any((b, a) in pairs for a, b in pairs if a and b), ev


def test_established_relations_stay_mutual():
    text = "Diplomatic relations between the DPR and the Central African Republic were established on Friday."
    pairs = {(e["actor1_code"], e["actor2_code"]) for e in _code(text) if e["cameo_code"] == "054"}
    assert ("DPR", "CAF") in pairs and ("CAF", "DPR") in pairs, pairs
