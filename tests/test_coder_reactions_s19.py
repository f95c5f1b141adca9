"""Session 19 (branch s19r): a reaction whose own clause names as its cause a presence of a foreign state's official
party in an occupied territory (coder._presence_cause_reactions; grammar.yaml presence_cause_*) is the reacting
state's denial of recognition: the visitors are its target, the occupied place its territory, and the presence itself
is coded only by the coder's own rules. Three forms: an official party noun as the reaction's object, then "who" and
a presence verb ("sanctioned three foreign politicians who travelled to occupied Kherson"); a presence noun with an
official party in its "of" phrase after a link ("to protest against the participation of a Sri Lankan minister in a
forum in occupied Yalta"); a named state's mission noun after a link or as the object ("in protest over Nicaragua's
new embassy in Sukhumi", "condemnation of Nicaragua's new embassy in Sukhumi"). Rows from
tests/data/mission_phrasings.jsonl (formerly strict xfails), variants written for this file, and near-misses: a
reaction to something that is no presence, a presence in a free city, a sanction for other reasons, the occupier's
own people, parties that are no state's officials."""
import pytest

from pipeline.coding import code_article


def _code(text):
    return code_article({"article_id": "t", "published": "2024-03-14", "text": text})


def _denials(text):
    return [e for e in _code(text) if "diplomatic_recognition" in e["themes"] and e["recognition_stance"] == "deny"]


@pytest.mark.parametrize("text,root,target,admin1", [
    # rows (mission_phrasings.jsonl dev16, dev19, dev20, fresh15, dev21, dev25)
    ("Britain sanctioned three foreign politicians who travelled to occupied Kherson as 'observers' at the sham "
     "referendums of September 2022.", "16", None, "UA-65"),
    ("Estonia will sanction any foreign politician who travels to occupied Ukraine to monitor Russia's elections, "
     "Foreign Minister Margus Tsahkna said.", "13", None, None),
    ("Lithuania summoned the Sri Lankan charge d'affaires to protest against the participation of a Sri Lankan "
     "minister in a forum in occupied Yalta.", "11", "LKA", "UA-43"),
    ("Tbilisi downgraded its relations with Managua to the level of chargé d'affaires in protest over Nicaragua's "
     "new embassy in Sukhumi.", "16", "NIC", "GE-AB"),
    ("Tbilisi's condemnation of Nicaragua's new embassy in Sukhumi came within hours, with the foreign ministry "
     "describing it as a flagrant breach of Georgia's sovereignty.", "11", "NIC", "GE-AB"),
    ("Ukraine has declared persona non grata four Brazilian municipal councillors who had joined a 'Victory Day' "
     "march in occupied Sevastopol, barring them from entering the country for ten years.", "16", "BRA", "UA-40"),
    # variants
    ("Latvia imposed an entry ban on two Serbian lawmakers who had travelled to occupied Donetsk for the so-called "
     "Day of the Republic.", "16", "SRB", "UA-14"),
    ("Kyiv summoned Serbia's ambassador to protest against the participation of Serbian deputies in a forum in "
     "occupied Sevastopol.", "11", "SRB", "UA-40"),
    ("Georgia condemned Venezuela's new consulate in Tskhinvali.", "11", "VEN", "GE-SO"),
    ("Ukraine imposed sanctions on three Hungarian deputies who took part in a parade in Russian-occupied "
     "Melitopol.", "16", "HUN", "UA-23"),
    ("Moldova expelled a Belarusian diplomat who had visited Tiraspol without permission.", "16", "BLR", "MD-SN"),
    ("Moldova summoned the Belarusian ambassador over the presence of Belarusian ministers at a parade in "
     "Tiraspol.", "11", "BLR", "MD-SN"),
    ("Ukraine condemned the attendance of Serbian lawmakers at a congress in occupied Donetsk.", "11", "SRB",
     "UA-14"),
    ("Poland will sanction any foreign official who attends the so-called elections in occupied Zaporizhzhia.", "13",
     None, "UA-23"),
])
def test_reaction_to_a_presence_in_an_occupied_territory_is_a_denial(text, root, target, admin1):
    evs = [e for e in _denials(text) if e["cameo_root"] == root]
    assert evs, [(e["rule"], e["cameo_code"], e["themes"]) for e in _code(text)]
    if target:
        assert evs[0]["actor2_country"] == target, evs[0]["actor2_code"]
    assert evs[0]["admin1_code"] == admin1 and evs[0]["occupied"]


@pytest.mark.parametrize("text", [
    # a presence in a free city
    "Britain sanctioned three foreign politicians who travelled to Kyiv as observers.",
    "Ukraine sanctioned two Serbian lawmakers who travelled to Kyiv.",
    "Tbilisi downgraded its relations with Managua in protest over Nicaragua's new embassy in Moscow.",
    # a reaction to something that is no presence
    "Lithuania summoned the Sri Lankan charge d'affaires to protest against the arrest of a Lithuanian journalist "
    "in occupied Crimea.",
    "Ukraine summoned the Turkish ambassador over the presence of Turkish warships in the Black Sea.",
    "Ukraine condemned the appearance of Serbian lawmakers on Russian television in occupied Crimea.",
    "Georgia condemned the participation of Abkhaz officials in a forum in Minsk.",
    # a sanction for other reasons
    "Britain sanctioned three Russian officials who organised the sham referendums in occupied Kherson.",
    # the occupier's own people; parties that are no state's officials
    "Ukraine sanctioned five Russian deputies who travelled to occupied Crimea.",
    "Georgia protested over Russia's embassy in Sukhumi.",
    "Ukraine condemned the presence of Russian troops in occupied Crimea.",
    "Kyiv summoned the Hungarian ambassador over the presence of Hungarian football fans at a match in occupied "
    "Crimea.",
    "Ukraine criticised the OSCE mission in occupied Donetsk.",
    "Georgia protested against the UN office in Sukhumi.",
])
def test_near_misses_are_no_denial(text):
    assert not _denials(text), [(e["rule"], e["cameo_code"], e["themes"]) for e in _code(text)]
