"""Bytes -> text: binary sniffing, encoding detection, cleaning, bounding, safe excerpts."""
from __future__ import annotations

import codecs
import re
import unicodedata

from pipeline.ingest.config import config, limit

# Control characters we drop from article text (newlines and tabs are kept); also lone
# surrogates (JSON "\ud800" escapes), BOMs and non-characters that break Parquet or the coder.
_DROP = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufeff\ufffe\uffff]")
_LINE_BREAKS = re.compile("\r\n?|[\x0b\x0c\x1c-\x1e\u2028\u2029\x85]")
_WS = re.compile(r"\s+")
_C0_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_WORD = re.compile(r"[^\W\d_]{2,}")


class Undecodable(Exception):
    def __init__(self, message: str, byte_offset: int | None = None):
        super().__init__(message)
        self.byte_offset = byte_offset


def binary_kind(data: bytes) -> str | None:
    """Why `data` looks binary ('PDF', 'NUL/control bytes', ...) or None if it may be text."""
    for magic, name in config().binary_magic:
        if data.startswith(magic):
            return name
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return None  # UTF-16/32 text legitimately holds NUL bytes
    head = data[: limit("binary_sniff_bytes")]
    if not head:
        return None
    controls = len(head) - len(head.translate(None, _C0_BYTES))
    if controls / len(head) > limit("binary_control_ratio"):
        return "NUL/control bytes"
    return None


def _suspicious_word_ratio(text: str) -> float:
    """Share of non-ASCII words that mix Latin and Cyrillic letters or are Latin words made almost
    only of accented letters ('Ïðèâåò'): the signature of text decoded with the wrong code page."""
    words = [w for w in _WORD.findall(text) if not w.isascii()]
    if not words:
        return 0.0
    bad = 0
    for w in words:
        latin, cyr = len(_LATIN.findall(w)), len(_CYRILLIC.findall(w))
        non_ascii_latin = sum(1 for ch in w if "\u00c0" <= ch <= "\u024f")
        if (latin and cyr) or (latin >= 4 and non_ascii_latin / latin > 0.6):
            bad += 1
    return bad / len(words)


def _legacy_decode(data: bytes, preferred: str | None = None) -> tuple[str, str]:
    """Decode non-UTF-8 bytes with a code page we can trust, else raise Undecodable."""
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    cfg = config()
    candidates = list(cfg.legacy_encodings)
    if preferred:
        candidates.insert(0, preferred)
    try:  # charset-normalizer's own pick (e.g. Shift-JIS, GB18030) as a last candidate
        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding and best.coherence >= 0.2:
            candidates.append(best.encoding)
    except Exception:  # noqa: BLE001 - detection is a hint only
        pass
    scored = []
    sample_end = 100_000
    for rank, enc in enumerate(dict.fromkeys(candidates)):
        try:
            text = data.decode(enc)
            if text.encode(enc) != data:  # round trip: nothing lost or invented
                continue
        except (UnicodeError, LookupError):
            continue
        sample = text[:sample_end]
        mess = mess_ratio(sample, maximum_threshold=1.0)
        suspicious = _suspicious_word_ratio(sample)
        if mess <= cfg.max_mess_ratio and suspicious <= cfg.max_suspicious_word_ratio:
            scored.append((round(mess, 2), round(suspicious, 2), rank, enc, text))
    if not scored:
        raise Undecodable("the file is not UTF-8 and no known encoding decodes it cleanly")
    _, _, _, enc, text = min(scored)
    return text, codecs.lookup(enc).name


def decode(data: bytes, *, preferred: str | None = None) -> tuple[str, str]:
    """Return (text, encoding). UTF-8 (with or without BOM) first, UTF-16/32 by BOM, else a
    checked legacy code page. Raises Undecodable."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise Undecodable(f"the file starts with a {enc} byte-order mark but is not valid "
                                  f"{enc}", exc.start) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    try:
        return _legacy_decode(data, preferred)
    except Undecodable as exc:
        exc.byte_offset = first_bad
        raise


def clean_text(text: str) -> str:
    """Article text: unified newlines, control characters dropped, NFC, outer whitespace trimmed."""
    text = _LINE_BREAKS.sub("\n", text)
    text = _DROP.sub("", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text.strip()


def leading_newlines(text: str) -> int:
    """Line breaks in the leading whitespace that clean_text strips (keeps line numbers true)."""
    head = text[: len(text) - len(text.lstrip())]
    return _LINE_BREAKS.sub("\n", head).count("\n")


def clean_line(value: str, max_chars: int) -> str:
    """Single-line field (title, source, ...): whitespace collapsed, bounded."""
    value = " ".join(_DROP.sub("", value).split())
    if not unicodedata.is_normalized("NFC", value):
        value = unicodedata.normalize("NFC", value)
    if len(value) > max_chars:
        value = value[: max_chars - 1].rstrip() + "\u2026"
    return value


def bound_text(text: str, max_chars: int | None = None) -> tuple[str, bool]:
    """Cut text longer than the bound at a paragraph, else sentence, else word boundary."""
    max_chars = max_chars or limit("max_text_chars")
    if len(text) <= max_chars:
        return text, False
    window = text[: max_chars + 1]
    floor = int(max_chars * 0.8)
    cut = window.rfind("\n\n", floor)
    if cut < 0:
        ends = [m.end() for m in _SENTENCE_END.finditer(window, floor)]
        cut = ends[-1] if ends else -1
    if cut < 0:
        cut = max(window.rfind(" ", floor), window.rfind("\n", floor))
    if cut <= 0:
        cut = max_chars
    return text[:cut].rstrip(), True


def normalized_for_hash(text: str) -> str:
    """NFKC, case-folded, whitespace collapsed: copies that differ only in layout hash the same."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def excerpt(value) -> str:
    """Safe, bounded excerpt (<= excerpt_chars): printable text on one line, or hex for bytes."""
    n = limit("excerpt_chars")
    if isinstance(value, (bytes, bytearray)):
        head = bytes(value[:256])
        printable = sum(32 <= b < 127 or b in (9, 10, 13) for b in head)
        if head and printable / len(head) > 0.9:
            value = head.decode("ascii", errors="replace")
        else:
            return ("hex: " + head[:96].hex(" "))[:n]
    text = _WS.sub(" ", _DROP.sub("", str(value))).strip()
    text = "".join(ch if ch.isprintable() else " " for ch in text[: n * 2])
    return text if len(text) <= n else text[: n - 1] + "\u2026"
