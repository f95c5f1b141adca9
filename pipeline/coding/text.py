"""Text normalization, sentence splitting and word tokens, all with offsets into the original text.

normalize() maps characters one-to-one (same length), so every offset computed on the normalized
text is valid in the article text the analyst sees.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate

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

# A candidate boundary: ., ! or ? (plus closing quotes/brackets), then whitespace.
_BOUNDARY = re.compile(r"[.!?]+[\"')\]]*(?=\s)")
_PARAGRAPH = re.compile(r"\n[ \t\r\f\v]*\n\s*|\n(?=\s*[-*\u2022])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at text[dot] belongs to an abbreviation or an initial."""
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if not m:
        return False
    word = m.group(1)
    low = word.lower()
    if low in ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isupper():  # an initial: "J. Smith"
        return True
    if "." in word and len(word) <= 6:  # U.S. / e.g. / a.m.
        return True
    return False


def _split_block(text: str, start: int, end: int, out: list[tuple[int, int]]):
    pos = start
    for m in _BOUNDARY.finditer(text, start, end):
        cut = m.end()
        punct = text[m.start()]
        nxt = cut
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt >= end:
            break
        follower = text[nxt]
        if punct == "." and _is_abbreviation(text, m.start()):
            # "U.S. President" stays together; a lower-case follower never starts a sentence
            continue
        if not (follower.isupper() or follower.isdigit() or follower in "\"'([" or not follower.isascii()):
            continue
        if text[pos:cut].strip():
            out.append((pos, cut))
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
    for b_start, b_end in blocks:
        for l_start, l_end in _lines(text, b_start, b_end):
            _split_block(text, l_start, l_end, spans)
    sentences = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            sentences.append(Sentence(len(sentences), s, e, text[s:e]))
    return sentences


# Word tokens: "n't" split off ("won't" -> wo n't), possessive 's dropped, hyphens split,
# numbers keep their separators ("1,000"), ';' and ':' kept as clause marks.
_TOKEN = re.compile(r"[^\W_]+(?=n't)|n't|'s\b|[^\W_]+(?:[.,][0-9]+)*|[;:]")


# The same pattern, split() form, in variants that give identical tokens where they apply: without
# the "n't" alternatives when the text has no "n't" (a failed lookahead after every word is most of
# the cost), and with an ASCII class for ASCII text ([^\W_] is [A-Za-z0-9] there).
def _splitter(pattern: str, ascii_only: bool):
    if ascii_only:
        pattern = pattern.replace(r"[^\W_]", "[A-Za-z0-9]")
    return re.compile("(" + pattern + ")").split


_NO_NT = r"'s\b|[^\W_]+(?:[.,][0-9]+)*|[;:]"
assert _TOKEN.pattern.endswith("|" + _NO_NT)
_SPLITTERS = {(nt, asc): _splitter(_TOKEN.pattern if nt else _NO_NT, asc)
              for nt in (True, False) for asc in (True, False)}


def tokenize(norm_lower: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """(token, start, end) for the lower-cased normalized text between start and end."""
    end = len(norm_lower) if end is None else end
    seg = norm_lower if (start == 0 and end == len(norm_lower)) else norm_lower[start:end]
    # split() keeps the tokens at odd positions (gaps at even ones): offsets come from the running
    # sum of part lengths, so no Python-level work per token (the pattern has no lookbehind, so
    # a slice tokenizes exactly like finditer(text, start, end))
    parts = _SPLITTERS["n't" in seg, seg.isascii()](seg)
    offsets = list(accumulate(map(len, parts), initial=start))
    words = parts[1::2]
    tokens = list(zip(words, offsets[1::2], offsets[2::2]))
    drop = words.count("'s") if "'s" in seg else 0
    if drop:  # possessive 's is matched (so it is not a word) but not kept
        at, positions = -1, []
        for _ in range(drop):
            at = words.index("'s", at + 1)
            positions.append(at)
        for at in reversed(positions):
            del tokens[at]
    return tokens


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """Tokens of a dictionary phrase, tokenized exactly like the text."""
    return tuple(t for t, _, _ in tokenize(normalize(phrase).lower()))
