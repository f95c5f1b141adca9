"""Session 19, mend of the late mission round (s19l2) after review: the regressions it brought, each with the
reviewer's sentences, variants and near-misses.

A. labor.taken_out_by_transport fired on any work word anywhere in the sentence ("a youth forum on work and
   careers", "their parents returned to work", "where they will look for work" in free Kherson); the rule could not
   be made precise in time (the work must be the trip's purpose in a clause after the destination) and is REVERTED:
   the fresh19 bus row is a strict xfail again.
B. The comma-enclosed which/who clause skipped between workers and their verb let a place inside the clause place
   and tie the act ("Workers from the Rostov region, which borders the DPR, completed ... in Taganrog") and swallowed
   the clause's own acts (the arrest in "..., who were detained in occupied Mariupol last year, ..."): REVERTED
   (triggers._without_parenthetical skips no relative clause); the fresh18 Tyumen builders fact is a strict xfail again.
C. labor.foreign_drivers_at_work: an attack or strike carried out and aid delivered are no hauling for hire
   (sentence_exclusions); the doer is the workers (KAZLAB, grammar.yaml nationality_worker_rules), as in the other
   labour rules.
D. The consular verbs of recognition.mission_starts_work ("Syria's honorary consulate in Simferopol began issuing
   visas") made the occupier the grantor of another state's mission: REVERTED (fresh19 consulate row a strict xfail).
E. recognition.extend_recognition took the span of recognition.recognize and, when its article-context check failed,
   the sentence lost every event: REVERTED (fresh18 Managua fact a strict xfail again); recognition.recognize codes
   these sentences as before.
"""
import datetime as dt

import pytest

from pipeline.coding.coder import code_article


def _code(text, pub="2024-03-14"):
    return code_article({"article_id": "t", "published": dt.date.fromisoformat(pub), "text": text})


def _labour(text):
    return [e for e in _code(text) if "labor_migration" in (e["themes"] or [])]


# ------------------------------------------------------------------ A. no labour from a stray work word
@pytest.mark.parametrize("text", [
    "A bus carrying 20 pupils from occupied Melitopol left for a youth forum on work and careers in Moscow.",
    "A bus carrying residents from occupied Kakhovka left after their parents returned to work.",
    "A bus carrying 30 residents from occupied Enerhodar left for Crimea after the nuclear plant stopped work.",
    "A bus carrying 40 people from Kherson left for Mykolaiv, where they will look for work.",
    "A minibus with 12 teenagers from occupied Skadovsk left for a summer school on jobs of the future in Sochi.",
])
def test_transport_with_a_stray_work_word_is_no_labour(text):
    assert not any(e["rule"] == "labor.taken_out_by_transport" for e in _code(text))
    assert not _labour(text)


# ------------------------------------------------------------------ B. a relative clause's place stays its own
@pytest.mark.parametrize("text", [
    "Workers from the Rostov region, which borders the DPR, completed the restoration of a school in Taganrog.",
    "Builders from Krasnodar, who previously worked in occupied Mariupol, completed the repairs of a hospital in Sochi.",
    "Electricians from Belgorod, which lies near occupied Kharkiv region, finished the repairs of a substation in "
    "Kursk.",
    "Welders from Voronezh, who once worked in occupied Donetsk, completed the restoration of a bridge in Lipetsk.",
])
def test_place_in_relative_clause_is_no_labour_place(text):
    assert not _labour(text)


@pytest.mark.parametrize("text", [
    "Migrant workers from Tajikistan, who were detained in occupied Mariupol last year, are doing the construction "
    "in Moscow.",
    "Builders from Uzbekistan, who were detained in occupied Melitopol in May, completed the repairs of a school in "
    "Rostov.",
])
def test_relative_clause_keeps_its_own_act(text):
    assert any(e["cameo_code"] == "173" for e in _code(text))


# ------------------------------------------------------------------ C. drivers: no attacks or aid; the workers as doers
@pytest.mark.parametrize("text", [
    "Belarusian drivers carried humanitarian aid to occupied Luhansk.",
    "Foreign drivers carried out the attack on the convoy near occupied Mariupol, the DPR said.",
    "Kazakh drivers carried out a strike near occupied Melitopol.",
    "Uzbek drivers delivered relief supplies to occupied Kherson.",
    "Tajik drivers have been delivering aid parcels to residents of occupied Donetsk.",
])
def test_drivers_attacks_and_aid_are_no_labour(text):
    assert not any(e["rule"] == "labor.foreign_drivers_at_work" for e in _code(text))


@pytest.mark.parametrize("text, doer", [
    ("Kazakh lorry drivers have been hauling cement to building sites in occupied Mariupol.", "KAZLAB"),
    ("Uzbek truck drivers hired by a Russian firm deliver building materials to occupied Melitopol.", "UZBLAB"),
    ("Kyrgyz drivers were shuttling workers between dormitories and construction sites in occupied Donetsk.",
     "KGZLAB"),
])
def test_drivers_are_their_states_workers(text, doer):
    evs = [e for e in _labour(text) if e["rule"] == "labor.foreign_drivers_at_work"]
    assert evs and all(e["actor1_code"] == doer for e in evs)


# ------------------------------------------------------------------ D. no occupier as grantor of a foreign mission
@pytest.mark.parametrize("text", [
    "Syria's honorary consulate in Simferopol began issuing visas to Crimean residents.",
    "Syria's honorary consulate in Simferopol began issuing visas on Monday.",
    "Nicaragua's consulate in occupied Donetsk started providing consular services to local residents.",
])
def test_consular_work_has_no_occupier_grantor(text):
    assert not any(e["actor1_code"] and e["actor1_code"].startswith("RUS") and e["recognition_stance"] == "grant"
                   for e in _code(text))


# ------------------------------------------------------------------ E. recognition granted keeps its events
@pytest.mark.parametrize("text, pub, month, other", [
    ("Managua granted recognition to the two breakaway regions of Georgia in 2008.", "2024-03-14", "2008", None),
    ("Russia granted recognition to the separatist regions of eastern Ukraine in February 2022, days before the "
     "invasion.", "2024-03-14", "2022-02", "190"),
    ("Venezuela granted recognition to Abkhazia and South Ossetia in 2009.", "2024-03-14", "2009", None),
])
def test_recognition_granted_keeps_events(text, pub, month, other):
    evs = _code(text, pub)
    assert any(e["cameo_code"] == "054" and e["recognition_stance"] == "grant" and str(e["event_date"]).startswith(month)
               for e in evs)
    if other:
        assert any(e["cameo_code"] == other for e in evs)
