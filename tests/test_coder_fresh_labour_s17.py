"""Labour-migration rules of session 17, late round (branch s17fl), for classes the fresh17 mission set found:
a vehicle carrying labourers that arrives ("a train ... carrying 600 Uzbek labourers pulled into ..."), a rule that
takes migrants' work permits away ("... or lose their work patents, under rules adopted by ..."), and children moved
to a site to do work ("pupils ... were bussed to a depot ... to pack rations"). Each rule with own variants and
near-misses (sentences written for this file, not the fresh rows that named the classes)."""
import pytest

from pipeline.coding import code_article


def _code(text, published="2025-07-10"):
    return code_article({"article_id": "t", "published": published, "text": text})


def _rules(text):
    return {e["rule"] for e in _code(text)}


# -- a vehicle carrying labourers that arrives (triggers.yaml labor.labourers_by_transport)
@pytest.mark.parametrize("text", [
    "A train of twelve carriages carrying 500 Tajik labourers pulled into occupied Dzhankoi on Tuesday.",
    "A charter flight carrying 150 North Korean builders landed in occupied Donetsk on Friday, the DPR's labour "
    "ministry said.",
    "Two coaches carrying some 90 Uzbek construction workers arrived in Russian-held Melitopol overnight.",
    "A ferry carrying 300 migrant workers docked in occupied Berdiansk on Sunday.",
])
def test_labourers_by_transport(text):
    got = [e for e in _code(text) if e["rule"] == "labor.labourers_by_transport"]
    assert got and all("labor_migration" in e["themes"] for e in got)


@pytest.mark.parametrize("text", [
    # no arrival: the vehicle sets off, or is struck
    "A train carrying 400 labourers left occupied Simferopol for the Kerch bridge repair site on Monday.",
    "A bus carrying labourers to a building site in occupied Enerhodar was hit by a drone.",
    "A minibus carrying Uzbek builders overturned near occupied Dzhankoi, injuring six.",
    # no occupation context, or no labour noun carried
    "A train carrying 500 Tajik labourers pulled into Novosibirsk on Tuesday.",
    "A train carrying 600 holidaymakers pulled into occupied Dzhankoi on Saturday.",
    # aid, not labour
    "A train carrying aid workers and humanitarian supplies arrived in occupied Mariupol.",
])
def test_labourers_by_transport_near_misses(text):
    assert "labor.labourers_by_transport" not in _rules(text)


# -- a rule taking migrants' work permits away (triggers.yaml labor.lose_work_permit)
@pytest.mark.parametrize("text", [
    "Foreign workers in occupied Melitopol who fail a Russian-language test will lose their work permits under a "
    "decree signed by Balitsky.",
    "Under new rules in Russian-held Mariupol, migrants who miss the fingerprinting deadline forfeit their patents.",
    "Citizens of Tajikistan in occupied Donetsk will be stripped of their work patents if they do not register "
    "within a week, a DPR decree says.",
])
def test_lose_work_permit(text):
    got = [e for e in _code(text) if e["rule"] == "labor.lose_work_permit"]
    assert got and all("labor_migration" in e["themes"] for e in got)


@pytest.mark.parametrize("text", [
    # no occupation context
    "Migrants in Moscow who fail the test will lose their work patents under the new law.",
    # a worker's own loss, no rule
    "A Kyrgyz builder in occupied Mariupol said he lost his work permit after his employer went bankrupt.",
    # jobs, not permits
    "Migrants in occupied Luhansk fear they could lose their jobs under the new rules.",
])
def test_lose_work_permit_near_misses(text):
    assert "labor.lose_work_permit" not in _rules(text)


# -- children moved to a site to do work (triggers.yaml labor.children_sent_to_work)
@pytest.mark.parametrize("text", [
    "Schoolchildren from occupied Tokmak were taken to a warehouse near Melitopol to pack parcels for soldiers, "
    "parents told Ukrainska Pravda.",
    "Occupation authorities sent teenagers from Nova Kakhovka to a sewing workshop in Skadovsk to sew uniforms for "
    "Russian troops.",
    "Orphans from a care home in occupied Oleshky were ferried to a warehouse in Crimea to unload parcels.",
])
def test_children_sent_to_work(text):
    got = [e for e in _code(text) if e["rule"] == "labor.children_sent_to_work"]
    assert got and all(e["cameo_code"] == "170" and "labor_migration" in e["themes"] for e in got)


@pytest.mark.parametrize("text", [
    # leisure, study or an excursion names no work
    "Pupils from occupied Melitopol were taken to Crimea to rest at a seaside camp.",
    "Students from occupied Mariupol were bussed to Rostov for a patriotic excursion.",
    # paid work is no coercion
    "High school students in occupied Berdiansk were sent to the port to work as paid summer interns.",
    # a parent's errand
    "Parents in occupied Melitopol took their children to school before going to work.",
    # a bare "to work" may be study or research
    "Students from occupied Melitopol were sent to Moscow to work on a joint research project with a university.",
    # no occupation context
    "Pupils from Lviv were taken to a farm to pick apples as part of a biology class.",
])
def test_children_sent_to_work_near_misses(text):
    assert "labor.children_sent_to_work" not in _rules(text)
