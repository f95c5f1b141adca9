"""Session 17 (branch s17m2): recognition stance classes from the dev24 / dev21 seek and deny misses, each with its own
new sentences and near-misses that must stay as they are (docs/coder.md, "Seek and deny classes, session 17b")."""
import pytest

from pipeline.coding import code_article


def _code(text, published="2024-03-14"):
    return code_article({"article_id": "t", "published": published, "text": text})


def _themed(evs):
    return [e for e in evs if "diplomatic_recognition" in e["themes"]]


def _stances(text):
    return {e["recognition_stance"] for e in _themed(_code(text))}


# -- pleading with a party to act is an appeal (cues.yaml appeal: pleaded with, implored)
@pytest.mark.parametrize("text", [
    "Abkhaz leader Aslan Bzhania pleaded with Belarusian lawmakers to recognise the republic's independence.",
    "Pushilin implored African governments to recognise the Donetsk People's Republic.",
    "The South Ossetian foreign minister pleaded with Serbia to recognise South Ossetia, his office said.",
    "Gagloev used a speech in Minsk to plead with Belarus to recognise South Ossetia.",
])
def test_plead_is_seek(text):
    assert _stances(text) == {"seek"}


@pytest.mark.parametrize("text", [
    "Nicaragua recognised Abkhazia after Bzhania pleaded for support at the forum.",
    "The defendant pleaded not guilty; Syria recognised Abkhazia the same day.",
])
def test_plead_near_misses(text):
    assert "grant" in _stances(text)


# -- a rejected proposal's relative clause: "voted down a motion that would have recognised" (triggers._rejected_proposal)
@pytest.mark.parametrize("text", [
    "Kyrgyz lawmakers voted down a motion that would have recognised Abkhazia.",
    "Belarus's parliament rejected a bill that would have recognised South Ossetia.",
    "The Nicaraguan assembly voted down a draft resolution which would recognise the annexation of Crimea.",
    "Serbian deputies turned down a proposal that would have recognised the DPR.",
    "Kyrgyz lawmakers voted down a motion to recognise Abkhazia.",
])
def test_rejected_proposal_is_deny(text):
    assert _stances(text) == {"deny"}


@pytest.mark.parametrize("text", [
    "Parliament adopted a bill that would recognise Abkhazia.",
    "Kyrgyz lawmakers said they would recognise Abkhazia.",
    "Lawmakers debated a motion that would have recognised Abkhazia.",
])
def test_rejected_proposal_near_misses(text):
    assert "deny" not in _stances(text)


# -- invalid credentials: a participle between the judged subject and its predicate ("any credentials handed over in
# the occupied Tskhinvali region had no legal force"; cues.yaml subject_modifiers / subject_modifier_window)
@pytest.mark.parametrize("text", [
    "Georgia's foreign ministry said that any credentials handed over in the occupied Tskhinvali region had no legal "
    "force.",
    "Tbilisi said the credentials presented in occupied Sukhumi were null and void.",
    "Kyiv said the referendum held in the occupied Kherson region was null and void.",
])
def test_invalid_subject_is_deny(text):
    assert _stances(text) == {"deny"}


@pytest.mark.parametrize("text", [
    "The Venezuelan envoy handed over his credentials in Tskhinvali on Tuesday.",
    "Credentials handed over in Tskhinvali on Tuesday marked the start of relations, the press service said.",
])
def test_invalid_subject_near_misses(text):
    assert _stances(text) == {"grant"}


def test_two_predicates_one_denial():
    # the long modifier window stops at an earlier predicate: one subject judged twice is one denial
    evs = _themed(_code("Kyiv said the so-called 'embassy' of the DPR in Pyongyang was illegitimate and had no legal "
                        "force."))
    assert len(evs) == 1 and evs[0]["recognition_stance"] == "deny"


# -- an election named by its level is a recognised object (recognition.recognize objects: regional elections ...)
@pytest.mark.parametrize("text", [
    "Britain and Canada said they would never recognise the regional elections Russia staged in occupied Zaporizhzhia.",
    "Kyiv will not recognise the local elections held in occupied Crimea.",
    "The Baltic states refused to recognise the municipal elections organised in occupied Kherson.",
])
def test_level_elections_deny(text):
    assert _stances(text) == {"deny"}


@pytest.mark.parametrize("text", [
    "Britain said it would not recognise the presidential elections in Belarus.",
    "The opposition refused to recognise the regional elections in Tatarstan.",
])
def test_level_elections_near_misses(text):
    assert not _themed(_code(text))
