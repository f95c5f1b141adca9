"""Text normalization, sentence splitting and word tokens, all with offsets into the original text.

normalize() maps characters one-to-one (same length), so every offset computed on the normalized
text is valid in the article text the analyst sees.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate

from pipeline.records import frozen_record

# one-to-one character map: typographic quotes/dashes/spaces -> ASCII, so patterns see one form
_CHAR_MAP = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\u200b": " ", "\t": " ", "\r": " ",
})


def normalize(text: str) -> str:
    """Same-length normalization (quotes, dashes, odd spaces). Offsets are preserved."""
    return text.translate(_CHAR_MAP)


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


# Abbreviations after which a period does not end a sentence (lower-cased, without the period).
ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gen lt col maj capt sgt cmdr adm gov sen rep rev st sr jr hon pres amb
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
no nos vol fig approx est dept univ inc corp co ltd bros vs etc al e.g i.e u.s u.k u.n u.s.a
a.m p.m ft mt op
""".split())

# A candidate boundary: ., ! or ? (plus closing quotes/brackets), then whitespace; group 1 is the
# punctuation, the match ends where the next sentence may start.
_BOUNDARY = re.compile(r"([.!?]+[\"')\]]*)\s+")
# The same for text without ! or ?: starting with a literal lets the regex engine find candidates
# with a plain character search (a class like [.!?] is tested character by character).
_PERIOD_BOUNDARY = re.compile(r"(\.\.*[\"')\]]*)\s+")
_PARAGRAPH = re.compile(r"\n[ \t\r\f\v]*\n\s*|\n(?=\s*[-*\u2022])")
# the rules below accept words of at most this length
_LONGEST_ABBREVIATION = max(6, *map(len, ABBREVIATIONS))
_LETTERS_AND_DOT = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at text[dot] belongs to an abbreviation or an initial."""
    if dot > _LONGEST_ABBREVIATION:
        tail = text[dot - _LONGEST_ABBREVIATION - 1:dot]
        if tail.isalpha() and tail.isascii():
            return False  # the word before is longer than any abbreviation (most sentence ends)
    # the word before the period: the run of letters and periods (at most 12 characters back)
    # that ends there, from its first letter ("U.S", "Gen", "J")
    window = text[max(0, dot - 12):dot]
    word = window[len(window.rstrip(_LETTERS_AND_DOT)):].lstrip(".")
    if not word:
        return False
    low = word.lower()
    if low in ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isupper():  # an initial: "J. Smith"
        return True
    if "." in word and len(word) <= 6:  # U.S. / e.g. / a.m.
        return True
    return False


def _split_block(text: str, start: int, end: int, out: list[tuple[int, int]], boundary=_BOUNDARY):
    pos = start
    for m in boundary.finditer(text, start, end):
        nxt = m.end()  # after the whitespace
        if nxt >= end:
            break
        follower = text[nxt]
        # a lower-case follower never starts a sentence
        if not (follower.isupper() or follower.isdigit() or follower in "\"'([" or not follower.isascii()):
            continue
        if text[m.start()] == "." and _is_abbreviation(text, m.start()):
            continue  # "U.S. President" stays together
        out.append((pos, m.end(1)))  # never blank: it holds the punctuation at m.start() >= pos
        pos = nxt
    if text[pos:end].strip():
        out.append((pos, end))


def _lines(text: str, start: int, end: int):
    """Split a paragraph at single newlines only where a line looks finished (headline, date line)."""
    pos = start
    i = text.find("\n", start, end)
    while i != -1:
        line = text[pos:i].rstrip()
        if line and (line[-1] in ".!?:\"'" or len(line) < 90 or line.count(" ") < 12):
            yield pos, i
            pos = i + 1
        i = text.find("\n", i + 1, end)
    yield pos, end


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with offsets into `text`. Blank lines and finished lines are hard boundaries."""
    spans: list[tuple[int, int]] = []
    pos = 0
    blocks = []
    for m in _PARAGRAPH.finditer(text):
        blocks.append((pos, m.start()))
        pos = m.end()
    blocks.append((pos, len(text)))
    boundary = _BOUNDARY if ("!" in text or "?" in text) else _PERIOD_BOUNDARY
    for b_start, b_end in blocks:
        for l_start, l_end in _lines(text, b_start, b_end):
            _split_block(text, l_start, l_end, spans, boundary)
    sentences = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            sentences.append(_new_sentence(len(sentences), s, e, text[s:e]))
    return sentences


def _new_sentence(index: int, start: int, end: int, text: str) -> Sentence:
    """Sentence(index, start, end, text) without the frozen dataclass __init__, which sets each
    field through object.__setattr__ (a third of the splitting time)."""
    return frozen_record(Sentence, {"index": index, "start": start, "end": end, "text": text})


# Word tokens: "n't" split off ("won't" -> wo n't), possessive 's dropped, hyphens split,
# numbers keep their separators ("1,000"), ';' and ':' kept as clause marks.
_WORD = r"[^\W_]+(?:[.,][0-9]+)*"
_TOKEN = re.compile(rf"[^\W_]+(?=n't)|n't|'s\b|{_WORD}|[;:]")
_POSSESSIVE = re.compile(r"'s\b")


# The same pattern, split() form, in variants that give identical tokens where they apply: without
# 's (tokenize blanks it out first), without the "n't" alternatives when the text has no "n't" (a
# failed lookahead after every word is most of the cost), with an ASCII class for ASCII text
# ([^\W_] is [A-Za-z0-9] there), and possessive repeats for words (nothing after them can fail,
# so there is never anything to backtrack for).
def _splitter(with_nt: bool, ascii_only: bool):
    word = r"[^\W_]++(?:[.,][0-9]++)*+"
    pattern = (r"[^\W_]+(?=n't)|n't|" if with_nt else "") + word + "|[;:]"
    if ascii_only:
        pattern = pattern.replace(r"[^\W_]", "[A-Za-z0-9]")
    return re.compile("(" + pattern + ")").split


_SPLITTERS = {(nt, asc): _splitter(nt, asc) for nt in (True, False) for asc in (True, False)}


def tokenize(norm_lower: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """(token, start, end) for the lower-cased normalized text between start and end."""
    return list(zip(*tokenize_columns(norm_lower, start, end)))


def tokenize_columns(norm_lower: str, start: int = 0, end: int | None = None) -> tuple[list, list, list]:
    """tokenize() as three lists: tokens, their starts, their ends (the coder wants all three)."""
    end = len(norm_lower) if end is None else end
    seg = norm_lower if (start == 0 and end == len(norm_lower)) else norm_lower[start:end]
    if "'s" in seg:
        # a possessive 's is a token that is not kept: blanking it (same length) is exact, as no
        # other token holds an apostrophe followed by s
        seg = _POSSESSIVE.sub("  ", seg)
    # split() keeps the tokens at odd positions (gaps at even ones): offsets come from the running
    # sum of part lengths, so no Python-level work per token (the pattern has no lookbehind, so
    # a slice tokenizes exactly like finditer(text, start, end))
    parts = _SPLITTERS["n't" in seg, seg.isascii()](seg)
    offsets = list(accumulate(map(len, parts), initial=start))
    return parts[1::2], offsets[1::2], offsets[2::2]


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """Tokens of a dictionary phrase, tokenized exactly like the text."""
    return tuple(t for t, _, _ in tokenize(normalize(phrase).lower()))
