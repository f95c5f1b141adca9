"""Session 16, recognition side: visits judged in other wordings (disapprove.judged_visit, the anaphoric visit
noun of coder._anaphoric_object named by its visitors or as the subject, guests named a few sentences after
their visit, "travelled on to"). Sentences written for this file; near-misses must not change."""
import pytest

from pipeline.coding import code_article


def _code(text):
    return code_article({"article_id": "t", "published": "2024-05-01", "text": text})


def _denials(text):
    return [e for e in _code(text) if "diplomatic_recognition" in e["themes"] and e["recognition_stance"] == "deny"]


@pytest.mark.parametrize("text", [
    # a judging verb's small clause on an anaphoric visit noun, no occupation word in its own sentence
    "A delegation of Eritrean lawmakers arrived in occupied Mariupol on Monday. They met the Russian-installed "
    "mayor. Ukraine's foreign ministry considers this visit a provocation.",
    "A group of Syrian officials visited occupied Melitopol on Tuesday. The officials toured a grain terminal. "
    "Ukraine's foreign ministry described the trip as an unfriendly act.",
    "Nicaraguan deputies toured occupied Donetsk last week. Kyiv regards the trip as a gross violation of its "
    "sovereignty.",
])
def test_judged_anaphoric_visit_is_a_themed_denial(text):
    assert any(e["rule"] == "disapprove.judged_visit" for e in _denials(text))


@pytest.mark.parametrize("text", [
    # the visit named by its visitors: a possessive or a name modifier
    "A delegation from Niger visited occupied Donetsk on Friday. Kyiv denounced the delegation's visit on Saturday.",
    "Lawmakers from Mali toured occupied Luhansk last week. Ukraine condemned the Malian trip.",
    "A delegation from Burkina Faso arrived in occupied Melitopol on Monday. On Tuesday Ukraine condemned the "
    "Burkina Faso visit.",
])
def test_visit_named_by_its_visitors_is_anaphoric(text):
    assert _denials(text)


@pytest.mark.parametrize("text", [
    "Venezuelan deputies arrived in Sukhumi on Monday for talks with the de facto authorities. Tbilisi issued a "
    "statement saying the trip flagrantly violates international law.",
    "Syrian officials arrived in occupied Sukhumi on Monday. Georgia's foreign ministry issued a statement "
    "saying that this trip blatantly violates international law.",
])
def test_visit_noun_as_the_subject_of_the_judgement(text):
    assert _denials(text)


@pytest.mark.parametrize("text", [
    # an unthemed visit judged: a disapproval, no recognition
    "German lawmakers visited Kyiv on Monday. Moscow called the trip a provocation.",
    "German lawmakers visited Kyiv on Monday. Moscow denounced the delegation's trip.",
    "German lawmakers visited Kyiv on Monday. Moscow regards this trip as a provocation.",
    "German lawmakers visited Kyiv on Monday. Moscow issued a statement saying the trip flagrantly violates "
    "international law.",
    # a visit noun before the reaction is no judged object
    "A delegation from Niger visited occupied Donetsk on Friday. After the trip Ukraine condemned Russia's "
    "shelling of Kharkiv.",
    # no denouncing predicate, or no visit at all
    "A delegation of Syrian officials visited occupied Donetsk on Monday. The ministry regards this trip as a success.",
    "The coach described the trip as a nightmare.",
    # a visit named by another country than the visit told before
    "Nicaragua's ambassador visited occupied Crimea on Monday. Ukraine condemned the Burkina Faso visit.",
])
def test_judged_visit_near_misses(text):
    assert not _denials(text), [(e["rule"], e["themes"]) for e in _code(text)]


def test_the_occupiers_own_visit_judged_by_a_possessive_stays_unthemed():
    text = ("A delegation of the Russian State Duma arrived in Tiraspol on Tuesday. The deputies are due to meet the "
            "region's leader and visit the Russian military base. Moldova lodged a protest over the deputies' trip.")
    assert not _denials(text)


def test_guests_named_a_few_sentences_after_their_visit():
    text = ("Members of Mali's parliament arrived in Luhansk on Monday. The sides discussed trade. Pasechnik praised "
            "the talks. The guests then travelled on to Donetsk.")
    evs = [e for e in _code(text) if e["trigger_text"] == "travelled on to"]
    assert evs and evs[0]["actor1_country"] == "MLI" and "diplomatic_recognition" in evs[0]["themes"]


def test_guests_of_another_story_are_not_taken():
    # with nothing visited before, "the guests" name no party
    text = "Pasechnik praised the talks. The guests then travelled on to Donetsk."
    evs = [e for e in _code(text) if e["trigger_text"] == "travelled on to"]
    assert evs and not evs[0]["actor1_code"] and not evs[0]["themes"]
