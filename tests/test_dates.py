"""Event dates with a precision, planned events, clause choice, and publication dates."""
from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from pipeline.coding import dates as D
from pipeline.coding.dates import (
    ACLED_TIME_PRECISION,
    PublishedDateError,
    choose_expression,
    find_publication_date,
    find_temporal_expressions,
    parse_published_field,
    resolve_event_date,
)

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "000_9c7ac21ee0a19d41.txt"
SUN = dt.date(2023, 9, 17)  # the seed's publication date, a Sunday
FRI = dt.date(2023, 9, 15)
d = dt.date.fromisoformat

# (sentence, published, expected text of the expression, date, end_date, precision, planned)
CASES = [
    # --- absolute days ---------------------------------------------------------------------
    ("The agreements were signed on 13 September 2023.", SUN, "on 13 September 2023", "2023-09-13", "2023-09-13", "day", False),
    ("The leaders met on September 13 in Vostochny.", SUN, "on September 13", "2023-09-13", "2023-09-13", "day", False),
    ("Kim arrived in Russia on Sept. 12, officials said.", SUN, "on Sept. 12", "2023-09-12", "2023-09-12", "day", False),
    ("The summit was held on Sep 13th at the cosmodrome.", SUN, "on Sep 13th", "2023-09-13", "2023-09-13", "day", False),
    ("The decree was dated 13/09/2023.", SUN, "13/09/2023", "2023-09-13", "2023-09-13", "day", False),
    ("The decree was dated 13.09.2023.", SUN, "13.09.2023", "2023-09-13", "2023-09-13", "day", False),
    ("The order of 05/06/2023 was annulled.", SUN, "05/06/2023", "2023-06-05", "2023-06-05", "day", False),
    ("The US filing of 09/13/2023 says so.", SUN, "09/13/2023", "2023-09-13", "2023-09-13", "day", False),
    ("According to the decision of 2023-09-13, the office opened.", SUN, "2023-09-13", "2023-09-13", "2023-09-13", "day", False),
    ("Putin and Kim met on Wednesday, September 13, 2023.", SUN, "on Wednesday, September 13, 2023", "2023-09-13", "2023-09-13", "day", False),
    ("The treaty was signed on the 13th of September.", SUN, "on the 13th of September", "2023-09-13", "2023-09-13", "day", False),
    ("ON SEPTEMBER 13, 2023 THE OFFICES OPENED.", SUN, "ON SEPTEMBER 13, 2023", "2023-09-13", "2023-09-13", "day", False),
    ("A referendum was held on 27 Sept 2022 in occupied Kherson.", SUN, "on 27 Sept 2022", "2022-09-27", "2022-09-27", "day", False),
    ("The law took effect on 29 February.", d("2024-03-10"), "on 29 February", "2024-02-29", "2024-02-29", "day", False),
    ("The law took effect on 29 February.", d("2025-01-10"), "on 29 February", "2024-02-29", "2024-02-29", "day", False),
    ("The office opened on December 28.", d("2023-01-05"), "on December 28", "2022-12-28", "2022-12-28", "day", False),
    ("The office will open on December 28.", d("2023-01-05"), "on December 28", "2023-12-28", "2023-12-28", "day", True),
    ("A delegation is expected to arrive on January 10.", d("2023-12-20"), "on January 10", "2024-01-10", "2024-01-10", "day", True),
    ("The vote on September 20 decides the issue.", SUN, "on September 20", "2023-09-20", "2023-09-20", "day", True),
    ("Russia announced the annexation on September 30 last year.", SUN, "on September 30 last year", "2022-09-30", "2022-09-30", "day", False),
    ("The referendums were held from September 23 to 27, 2022.", SUN, "from September 23 to 27, 2022", "2022-09-23", "2022-09-27", "week", False),
    ("Kherson was liberated on November 11.", SUN, "on November 11", "2022-11-11", "2022-11-11", "day", False),
    ("On Nov. 11, 2022, Ukrainian forces entered Kherson.", SUN, "On Nov. 11, 2022", "2022-11-11", "2022-11-11", "day", False),
    ("It happened on 24.02.2022 at 04:00.", SUN, "on 24.02.2022", "2022-02-24", "2022-02-24", "day", False),
    ("KYIV, SEPT 17 - The ministry said it.", SUN, "SEPT 17", "2023-09-17", "2023-09-17", "day", False),
    ("Talks were held on 13-15 September 2023.", SUN, "on 13-15 September 2023", "2023-09-13", "2023-09-15", "week", False),
    ("Talks were held from 28 August to 3 September.", SUN, "from 28 August to 3 September", "2023-08-28", "2023-09-03", "week", False),
    ("Drones attacked Odesa on the night of 16-17 September.", SUN, "on the night of 16-17 September", "2023-09-16", "2023-09-17", "day", False),
    ("The decree was published on the 13th.", SUN, "on the 13th", "2023-09-13", "2023-09-13", "day", False),
    # --- relative days ---------------------------------------------------------------------
    ("The ministry confirmed the report today.", SUN, "today", "2023-09-17", "2023-09-17", "day", False),
    ("Workers arrived in Donetsk yesterday.", SUN, "yesterday", "2023-09-16", "2023-09-16", "day", False),
    ("Russia struck Kherson overnight.", SUN, "overnight", "2023-09-16", "2023-09-17", "day", False),
    ("Explosions were heard in Melitopol last night.", SUN, "last night", "2023-09-16", "2023-09-17", "day", False),
    ("The consulate opened on Friday.", SUN, "on Friday", "2023-09-15", "2023-09-15", "day", False),
    ("The consulate opened on Sunday.", SUN, "on Sunday", "2023-09-17", "2023-09-17", "day", False),
    ("The consulate opened on Friday.", FRI, "on Friday", "2023-09-15", "2023-09-15", "day", False),
    ("The consulate opened last Sunday.", SUN, "last Sunday", "2023-09-10", "2023-09-10", "day", False),
    ("The ministry said Friday that the office was open.", SUN, "Friday", "2023-09-15", "2023-09-15", "day", False),
    ("Friday's announcement surprised Kyiv.", SUN, "Friday's", "2023-09-15", "2023-09-15", "day", False),
    ("The delegation will arrive on Friday.", SUN, "on Friday", "2023-09-22", "2023-09-22", "day", True),
    ("The delegation arrives next Friday.", SUN, "next Friday", "2023-09-22", "2023-09-22", "day", True),
    ("Kim left for Pyongyang two days ago.", SUN, "two days ago", "2023-09-15", "2023-09-15", "day", False),
    ("The first workers arrived tomorrow, the plan says.", SUN, "tomorrow", "2023-09-18", "2023-09-18", "day", True),
    # --- weeks -------------------------------------------------------------------------------
    ("The deal was signed last week.", SUN, "last week", "2023-09-04", "2023-09-10", "week", False),
    ("The deal was signed this week.", SUN, "this week", "2023-09-11", "2023-09-17", "week", False),
    ("The talks continue next week.", SUN, "next week", "2023-09-18", "2023-09-24", "week", True),
    ("Recruiters came three weeks ago.", SUN, "three weeks ago", "2023-08-21", "2023-08-27", "week", False),
    ("Protests took place over the weekend.", SUN, "over the weekend", "2023-09-16", "2023-09-17", "week", False),
    # --- months ------------------------------------------------------------------------------
    ("Offices were opened earlier this month.", SUN, "earlier this month", "2023-09-01", "2023-09-30", "month", False),
    ("Offices were opened last month.", SUN, "last month", "2023-08-01", "2023-08-31", "month", False),
    ("A month ago the ministry denied it.", SUN, "A month ago", "2023-08-01", "2023-08-31", "month", False),
    ("The office will open next month.", SUN, "next month", "2023-10-01", "2023-10-31", "month", True),
    ("The office opened in March.", SUN, "in March", "2023-03-01", "2023-03-31", "month", False),
    ("The office opened in March.", d("2023-02-10"), "in March", "2022-03-01", "2022-03-31", "month", False),
    ("Elections will be held in March.", SUN, "in March", "2024-03-01", "2024-03-31", "month", True),
    ("At the end of July, the ministry opened offices.", SUN, "At the end of July", "2023-07-01", "2023-07-31", "month", False),
    ("The ministry opened offices in early June.", SUN, "in early June", "2023-06-01", "2023-06-30", "month", False),
    ("Workers arrived in mid-August.", SUN, "in mid-August", "2023-08-01", "2023-08-31", "month", False),
    ("Workers arrived in late August last year.", SUN, "in late August last year", "2022-08-01", "2022-08-31", "month", False),
    ("Workers arrived in March of last year.", SUN, "in March of last year", "2022-03-01", "2022-03-31", "month", False),
    ("The annexation was proclaimed in September 2022.", SUN, "in September 2022", "2022-09-01", "2022-09-30", "month", False),
    ("Recruitment ran from March to May 2023.", SUN, "from March to May 2023", "2023-03-01", "2023-05-31", "season", False),
    ("Workers came between June and August last year.", SUN, "between June and August last year", "2022-06-01", "2022-08-31", "season", False),
    ("The office has worked since May.", SUN, "since May", "2023-05-01", "2023-05-31", "month", False),
    ("Offices were opened late last month.", SUN, "late last month", "2023-08-01", "2023-08-31", "month", False),
    # --- seasons and quarters -------------------------------------------------------------------
    ("Migrants were recruited in the spring and summer of this year.", SUN, "in the spring and summer of this year", "2023-03-01", "2023-08-31", "season", False),
    ("Migrants were recruited in the spring and summer. of the current year.", SUN, "in the spring and summer. of the current year", "2023-03-01", "2023-08-31", "season", False),
    ("Attempts were recorded during the summer months.", SUN, "during the summer", "2023-06-01", "2023-08-31", "season", False),
    ("Last autumn, Russia annexed four regions.", SUN, "Last autumn", "2022-09-01", "2022-11-30", "season", False),
    ("North Korean workers may arrive as early as next spring.", SUN, "as early as next spring", "2024-03-01", "2024-05-31", "season", True),
    ("Migrants were recruited last summer.", d("2024-01-20"), "last summer", "2023-06-01", "2023-08-31", "season", False),
    ("Migrants were recruited in the summer of 2022.", SUN, "in the summer of 2022", "2022-06-01", "2022-08-31", "season", False),
    ("Energy attacks intensified in the winter.", d("2023-01-20"), "in the winter", "2022-12-01", "2023-02-28", "season", False),
    ("The offices opened in the first quarter of 2023.", SUN, "in the first quarter of 2023", "2023-01-01", "2023-03-31", "season", False),
    ("Exports fell in Q3 2022.", SUN, "in Q3 2022", "2022-07-01", "2022-09-30", "season", False),
    # --- years -----------------------------------------------------------------------------
    ("Pushilin said the workers would arrive by the end of the year.", SUN, "by the end of the year", "2023-01-01", "2023-12-31", "year", True),
    ("The plan is to bring 50,000 workers by 2025.", SUN, "by 2025", "2025-01-01", "2025-12-31", "year", True),
    ("Crimea was annexed in 2014.", SUN, "in 2014", "2014-01-01", "2014-12-31", "year", False),
    ("Donetsk has been occupied since 2014.", SUN, "since 2014", "2014-01-01", "2014-12-31", "year", False),
    ("Recruitment began last year.", SUN, "last year", "2022-01-01", "2022-12-31", "year", False),
    ("Recruitment began late last year.", SUN, "late last year", "2022-01-01", "2022-12-31", "year", False),
    ("Recruitment began earlier this year.", SUN, "earlier this year", "2023-01-01", "2023-12-31", "year", False),
    ("Recruitment began in late 2022.", SUN, "in late 2022", "2022-01-01", "2022-12-31", "year", False),
    ("Recruitment began in mid-2022.", SUN, "in mid-2022", "2022-01-01", "2022-12-31", "year", False),
    ("Recruitment began in the second half of 2022.", SUN, "in the second half of 2022", "2022-07-01", "2022-12-31", "year", False),
    ("The consulate will open next year.", SUN, "next year", "2024-01-01", "2024-12-31", "year", True),
    ("The first workers came two years ago.", SUN, "two years ago", "2021-01-01", "2021-12-31", "year", False),
    ("Fighting raged from 2014 to 2022.", SUN, "from 2014 to 2022", "2014-01-01", "2022-12-31", "year", False),
]


@pytest.mark.parametrize("sentence,published,text,start,end,precision,planned", CASES,
                         ids=[c[0][:50] + f" [{c[1]}]" for c in CASES])
def test_expression_resolves(sentence, published, text, start, end, precision, planned):
    found = find_temporal_expressions(sentence, published)
    assert len(found) == 1, found
    e = found[0]
    assert (e.text, e.date, e.end_date, e.precision, e.planned) == (text, d(start), d(end), precision, planned)
    assert sentence[e.start:e.end] == e.text
    assert e.date <= e.end_date
    assert e.precision in D.PRECISIONS and e.rule


@pytest.mark.parametrize("sentence", [
    "Russia may recognize the so-called republics.",
    "MOSCOW may soon open a consulate there.",
    "Thousands joined a march in Kyiv against the occupation.",
    "March organizers said the rally was peaceful.",
    "The Sunday Times reported the deal.",
    "The match ended 13/09 after extra time.",
    "About 2014 people were evacuated from the city.",
    "A total of 2014 people voted in the sham referendum.",
    "The convoy left at 10:00 and arrived at 14:30.",
    "The fall of Bakhmut changed the front line.",
    "Troops took part in the spring offensive near Robotyne.",
    "The Arab Spring began in Tunisia.",
    "Russia Today reported the opening of the office.",
    "He received 2,000 votes in 1,500 districts.",
    "The office hired 20 workers and 13 drivers.",
    "Prices fall when supply rises.",
])
def test_no_false_positive(sentence):
    assert find_temporal_expressions(sentence, SUN) == []


def test_impossible_days_do_not_crash():
    # no 29 February within a year before publication: nothing rather than a wrong day
    assert find_temporal_expressions("The law took effect on 29 February.", d("2023-03-10")) == []
    assert find_temporal_expressions("Dated 31/02/2023.", SUN) == []
    # an impossible day with its month and year keeps what is certain: the month
    (e,) = find_temporal_expressions("The law took effect on 29 February 2023.", SUN)
    assert (e.date, e.end_date, e.precision) == (d("2023-02-01"), d("2023-02-28"), "month")


def test_spans_sorted_non_overlapping_and_longest():
    s = ("On 13 September 2023 Kim met Putin; in March Russia opened an office, "
         "and since 2014 Donetsk has been occupied, the ministry said on Friday.")
    found = find_temporal_expressions(s, SUN)
    assert [e.text for e in found] == ["On 13 September 2023", "in March", "since 2014", "on Friday"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_absolute_dates_resolve_without_publication_date():
    found = find_temporal_expressions("Signed on 13 September 2023, a week ago.", None)
    assert [(e.text, e.date) for e in found] == [("on 13 September 2023", d("2023-09-13"))]


def test_acled_time_precision_mapping():
    assert ACLED_TIME_PRECISION == {"day": 1, "week": 2, "month": 3, "season": 3, "year": 3}


# --- clause choice ------------------------------------------------------------------------

def _choose(sentence, trigger, published=SUN, nth=0):
    found = find_temporal_expressions(sentence, published)
    start = -1
    for _ in range(nth + 1):
        start = sentence.index(trigger, start + 1)
    chosen = choose_expression(found, start, start + len(trigger), sentence)
    return chosen.text if chosen else None


def test_choose_prefers_the_triggers_clause_over_the_report_date():
    s = "Russia said on Friday it will open an office in Donetsk next month."
    assert _choose(s, "open") == "next month"
    assert _choose(s, "said") == "on Friday"


def test_choose_fronted_date_scopes_over_the_main_clause():
    s = "On 13 September, Russia and North Korea signed agreements, Ukrinform reported on Friday."
    assert _choose(s, "signed") == "On 13 September"


def test_choose_respects_and_new_subject_and_semicolons():
    s = "The office opened in March, and the consulate will open next year."
    assert _choose(s, "opened") == "in March"
    assert _choose(s, "open", nth=1) == "next year"
    s2 = "Kim visited Moscow last week; the embassy opened yesterday."
    assert _choose(s2, "opened") == "yesterday"
    assert _choose(s2, "visited") == "last week"


def test_choose_none_without_expressions():
    assert choose_expression([], 0, 4, "Russia opened an office.") is None


def test_resolve_event_date_falls_back_to_publication_and_keeps_modality():
    s = "Russia opened a consulate in Donetsk."
    ev = resolve_event_date(s, s.index("opened"), s.index("opened") + 6, SUN)
    assert (ev.event_date, ev.date_source, ev.date_precision, ev.time_precision, ev.date_text,
            ev.planned) == (SUN, "publication", "day", 1, None, False)
    s = "North Korea will open a consulate in Donetsk."
    ev = resolve_event_date(s, s.index("open"), s.index("open") + 4, SUN)
    assert ev.date_source == "publication" and ev.planned


def test_resolve_event_date_uses_the_expression():
    s = "At the end of July, the ministry opened offices in Donetsk."
    ev = resolve_event_date(s, s.index("opened"), s.index("opened") + 6, SUN)
    assert (ev.event_date, ev.date_end, ev.date_precision, ev.time_precision, ev.date_source) == (
        d("2023-07-01"), d("2023-07-31"), "month", 3, "text")
    assert ev.date_text == "At the end of July" and ev.date_rule.startswith("month_part")


# --- publication dates ----------------------------------------------------------------------

@pytest.mark.skipif(not SEED.exists(), reason="seed article not available")
def test_seed_publication_date_and_event_dates():
    text = SEED.read_text(encoding="utf-8")
    title = next(ln.strip() for ln in text.splitlines() if len(ln.split()) > 3)
    for t in (title, None):
        found = find_publication_date(text, t)
        assert found is not None and found.date == d("2023-09-17")
        assert found.line == 5 and found.rule.startswith("date_only")
        assert text[found.start:found.end] == "Sep 17, 2023"
    para = next(ln for ln in text.splitlines() if "at the end of July" in ln)
    ev = resolve_event_date(para, para.index("established"), para.index("established") + 11, SUN)
    assert (ev.event_date, ev.date_precision) == (d("2023-07-01"), "month")
    para = next(ln for ln in text.splitlines() if "meeting of the dictators" in ln)
    first_sentence = para.split(". ")[0]
    ev = resolve_event_date(first_sentence, first_sentence.index("signed"),
                            first_sentence.index("signed") + 6, SUN)
    assert (ev.event_date, ev.date_precision) == (d("2023-09-13"), "day")
    para = next(ln for ln in text.splitlines() if "spring and summer" in ln)
    sentence = para.split("year. ")[0] + "year."
    (e,) = find_temporal_expressions(sentence, SUN)
    assert (e.date, e.end_date, e.precision) == (d("2023-03-01"), d("2023-08-31"), "season")


PAGE = """Home > News > Politics
{top}
North Korea to open consulate in occupied Donetsk
{under}
The so-called authorities said on September 13, 2023 that the office would open soon, which
Kyiv condemned as illegal.
{bottom}

Recent news
{recent}
Pyongyang workers arrive in Crimea
"""


@pytest.mark.parametrize("under,bottom,expected,rule", [
    ("Sep 17, 2023", "", "2023-09-17", "date_only"),
    ("17.09.2023", "", "2023-09-17", "date_only"),
    ("September 17, 2023 14:05", "", "2023-09-17", "date_only"),
    ("Sunday, 17 September 2023, 14:05 EEST", "", "2023-09-17", "date_only"),
    ("2023-09-17T10:00:00+03:00", "", "2023-09-17", "date_only"),
    ("Published: 17/09/2023 | Updated: 18/09/2023", "", "2023-09-17", "labeled"),
    ("Updated 18 Sep 2023", "Author - Serhii Kolomiets, 16/09/2023", "2023-09-18", "labeled_updated"),
    ("Politics | 17.09.2023 | 2 min read", "", "2023-09-17", "short_line"),
    ("", "Author - Serhii Kolomiets, 18/09/2023", "2023-09-18", "author_line"),
    ("By Jane Doe, Sep 16, 2023", "", "2023-09-16", "author_line"),
])
def test_publication_date_lines(under, bottom, expected, rule):
    text = PAGE.format(top="", under=under, recent="Sep 10, 2023", bottom=bottom)
    found = find_publication_date(text, "North Korea to open consulate in occupied Donetsk")
    assert found is not None and found.date == d(expected)
    assert found.rule.split(":")[0] == rule
    assert text.splitlines()[found.line - 1].strip() == found.text


def test_publication_date_prefers_the_line_nearest_the_title():
    text = PAGE.format(top="Sep 1, 2023", under="Sep 17, 2023", recent="Sep 10, 2023", bottom="")
    assert find_publication_date(text, "North Korea to open consulate in occupied Donetsk").date == d("2023-09-17")


def test_body_prose_is_not_a_publication_date():
    text = PAGE.format(top="", under="", recent="", bottom="")
    assert find_publication_date(text, "North Korea to open consulate in occupied Donetsk") is None


def test_far_future_date_line_is_rejected():
    future = dt.date.today() + dt.timedelta(days=400)
    text = PAGE.format(top="", under=future.strftime("%b %d, %Y"), recent="",
                       bottom="Author - Serhii Kolomiets, 18/09/2023")
    found = find_publication_date(text, "North Korea to open consulate in occupied Donetsk")
    assert found is not None and found.date == d("2023-09-18")


@pytest.mark.parametrize("value,expected", [
    ("2023-09-17", "2023-09-17"),
    ("2023-09-17T10:00:00Z", "2023-09-17"),
    ("2023-09-17T23:30:00+03:00", "2023-09-17"),
    ("2023-09-17 10:00:00", "2023-09-17"),
    ("  2023-09-17  ", "2023-09-17"),
    (dt.date(2023, 9, 17), "2023-09-17"),
    (dt.datetime(2023, 9, 17, 10, 0), "2023-09-17"),
])
def test_parse_published_field_accepts(value, expected):
    assert parse_published_field(value) == d(expected)


@pytest.mark.parametrize("value,reason", [
    ("17/09/2023", "bad_date"), ("", "bad_date"), (None, "bad_date"), ("yesterday", "bad_date"),
    ("2023-13-01", "bad_date"), ("0001-01-01", "bad_date"), (20230917, "bad_date"),
    ("2023-09-17T25:00:00", "bad_date"), ("9999-01-01", "future_date"),
])
def test_parse_published_field_rejects(value, reason):
    with pytest.raises(ValueError) as err:
        parse_published_field(value)
    assert isinstance(err.value, PublishedDateError) and err.value.reason == reason
    assert "published" in str(err.value)


def test_parse_published_field_rejects_next_month():
    with pytest.raises(PublishedDateError):
        parse_published_field((dt.date.today() + dt.timedelta(days=40)).isoformat())


# --- robustness and speed -------------------------------------------------------------------

@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200),
       st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)))
def test_never_raises_and_spans_are_consistent(text, published):
    found = find_temporal_expressions(text, published)
    for e in found:
        assert text[e.start:e.end] == e.text and e.date <= e.end_date
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    find_publication_date(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(
    ["on", "in", "the", "13", "September", "2023", "last", "week", "May", "Friday", "of", "end",
     "spring", "and", "summer", ".", ",", "2014", "ago", "two", "days", "night", "-", "/", "31",
     "02", "29", "February", "next", "year", "since", "Q3", "mid", "overnight", "to"]),
    max_size=12), st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_grammar_fragments_never_raise(words, published):
    text = " ".join(words)
    for e in find_temporal_expressions(text, published):
        assert text[e.start:e.end] == e.text and e.date <= e.end_date


def test_resolver_speed_per_sentence():
    sentences = D._bench_sentences(3000)
    find_temporal_expressions(sentences[0], SUN)  # grammar compiled outside the timing
    t0 = time.perf_counter()
    for s in sentences:
        find_temporal_expressions(s, SUN)
    per_sentence = (time.perf_counter() - t0) / len(sentences)
    assert per_sentence < 200e-6, f"{per_sentence * 1e6:.1f} us per sentence"
