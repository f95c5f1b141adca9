"""Walk a raw folder safely and account for every record: articles, quarantine or duplicates."""
from __future__ import annotations

import datetime as dt
import errno
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.ingest.config import config, limit
from pipeline.ingest.parse import parse_bytes
from pipeline.ingest.records import quarantine_row, url_key


@dataclass
class IngestResult:
    articles: list[dict] = field(default_factory=list)
    quarantine: list[dict] = field(default_factory=list)
    # One dict per record dropped as a copy of a kept article:
    # raw_path, raw_position, article_id, duplicate_of (kept article_id), match ('url' | 'content').
    duplicates: list[dict] = field(default_factory=list)
    seen: int = 0
    files: int = 0  # files looked at (documentation files excluded)

    def counts(self) -> dict:
        """The accounting, e.g. for Dagster metadata: seen == articles + quarantined + duplicates."""
        return {"seen": self.seen, "articles": len(self.articles), "quarantined": len(self.quarantine),
                "duplicates": len(self.duplicates), "files": self.files}

    def reasons(self) -> dict:
        out: dict[str, int] = {}
        for row in self.quarantine:
            out[row["reason"]] = out.get(row["reason"], 0) + 1
        return dict(sorted(out.items()))

    @property
    def balanced(self) -> bool:
        return self.seen == len(self.articles) + len(self.quarantine) + len(self.duplicates)


def _display_path(rel: str) -> str:
    """Relative POSIX path safe to store: undecodable name bytes shown as \\xNN escapes."""
    return os.fsencode(rel).decode("utf-8", "backslashreplace")


def is_documentation(name: str) -> bool:
    return name.startswith(".") or name.lower().startswith(config().documentation_prefixes)


def _walk(root: str):
    """Yield (rel_posix_path, abs_path, kind) for every entry; kind is 'file', 'symlink',
    'special' or 'unreadable_dir'. Never follows a symbolic link; skips documentation names."""
    stack = [""]
    while stack:
        rel_dir = stack.pop()
        abs_dir = os.path.join(root, rel_dir) if rel_dir else root
        try:
            with os.scandir(abs_dir) as it:
                entries = list(it)
        except OSError:
            yield rel_dir, abs_dir, "unreadable_dir"
            continue
        for entry in entries:
            if is_documentation(entry.name):
                continue
            rel = f"{rel_dir}/{entry.name}" if rel_dir else entry.name
            try:
                if entry.is_symlink():
                    yield rel, entry.path, "symlink"
                elif entry.is_dir(follow_symlinks=False):
                    stack.append(rel)
                elif entry.is_file(follow_symlinks=False):
                    yield rel, entry.path, "file"
                else:
                    yield rel, entry.path, "special"
            except OSError:
                yield rel, entry.path, "special"


def _read(path: str, max_bytes: int) -> bytes:
    """Read a regular file without following links or blocking on FIFOs."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, "not a regular file")
        if info.st_size > max_bytes:
            raise _TooLarge(info.st_size)
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            total += len(chunk)
            if total > max_bytes:
                raise _TooLarge(total)
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


class _TooLarge(Exception):
    def __init__(self, size: int):
        super().__init__(size)
        self.size = size


def _file_problem(rel: str, abs_path: str, kind: str, root_real: str) -> dict:
    if kind == "symlink":
        try:
            target = os.path.realpath(abs_path)  # resolves the name only; the target is never opened
        except (OSError, ValueError):
            target = ""
        inside = target == root_real or target.startswith(root_real + os.sep)
        if not inside:
            return quarantine_row(rel, "", "outside_raw_dir",
                                  "symbolic link to a path outside the raw folder (not followed)", "")
        return quarantine_row(rel, "", "symlink", "symbolic link (not followed; its target inside the "
                              "raw folder is read under its own name)", "")
    if kind == "unreadable_dir":
        return quarantine_row(rel or ".", "", "unreadable", "the folder cannot be listed", "")
    return quarantine_row(rel, "", "not_a_regular_file", "not a regular file (device, FIFO or socket)", "")


def _read_file(rel: str, abs_path: str, today: dt.date) -> tuple[list[dict], list[dict]]:
    try:
        data = _read(abs_path, limit("max_file_bytes"))
    except _TooLarge as exc:
        return [], [quarantine_row(rel, "", "file_too_large",
                                   f"the file has {exc.size} bytes (limit {limit('max_file_bytes')})", "")]
    except PermissionError as exc:
        return [], [quarantine_row(rel, "", "unreadable", f"permission denied ({exc.strerror})", "")]
    except IsADirectoryError:
        return [], [quarantine_row(rel, "", "not_a_regular_file", "not a regular file", "")]
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # replaced by a link after the listing
            return [], [quarantine_row(rel, "", "symlink", "symbolic link (not followed)", "")]
        return [], [quarantine_row(rel, "", "unreadable", f"cannot read the file ({exc.strerror or exc})", "")]
    return parse_bytes(data, rel, today=today)


def parse_file(raw_dir, rel_path: str, *, today: dt.date | None = None) -> tuple[list[dict], list[dict]]:
    """One file of the raw folder, read the safe way (no symlink following, no FIFO blocking,
    size bound, permission errors quarantined). Never raises. For sensors that look at one file."""
    today = today or dt.date.today()
    abs_path = os.path.join(str(raw_dir), rel_path)
    display = _display_path(rel_path)
    try:
        if os.path.islink(abs_path):
            return [], [_file_problem(display, abs_path, "symlink", os.path.realpath(str(raw_dir)))]
        return _read_file(display, abs_path, today)
    except Exception as exc:  # noqa: BLE001
        return [], [quarantine_row(display, "", "internal_error",
                                   f"unexpected {type(exc).__name__} while reading the file", "")]


def scan_raw(raw_dir, *, today: dt.date | None = None) -> IngestResult:
    """Read every article file under raw_dir (recursively, in sorted relative-path order).

    Raises NotADirectoryError only if raw_dir itself is missing; nothing in the folder's content
    can make it raise. Duplicates keep the first article in that order.
    """
    root = Path(raw_dir)
    if not root.is_dir():
        raise NotADirectoryError(f"raw folder not found: {root}")
    today = today or dt.date.today()
    root_str = str(root)
    root_real = os.path.realpath(root_str)
    result = IngestResult()
    kept_by_url: dict[str, str] = {}
    kept_by_content: dict[str, str] = {}
    kept_ids: set[str] = set()
    for rel, abs_path, kind in sorted(_walk(root_str), key=lambda item: item[0]):
        display = _display_path(rel)
        result.files += 1
        try:
            if kind != "file":
                arts, quar = [], [_file_problem(display, abs_path, kind, root_real)]
            else:
                arts, quar = _read_file(display, abs_path, today)
        except Exception as exc:  # noqa: BLE001 - last resort: the run goes on
            arts, quar = [], [quarantine_row(display, "", "internal_error",
                                             f"unexpected {type(exc).__name__} while reading the file", "")]
        result.seen += len(arts) + len(quar)
        result.quarantine.extend(quar)
        for art in arts:
            ukey = url_key(art["url"]) if art["url"] else None
            kept = kept_by_url.get(ukey) if ukey else None
            match = "url"
            if kept is None:
                kept, match = kept_by_content.get(art["content_hash"]), "content"
            if kept is not None:
                result.duplicates.append({"raw_path": art["raw_path"], "raw_position": art["raw_position"],
                                          "article_id": art["article_id"], "duplicate_of": kept,
                                          "match": match})
                continue
            if art["article_id"] in kept_ids:
                result.quarantine.append(quarantine_row(
                    art["raw_path"], art["raw_position"], "id_conflict",
                    f"id {art['article_id']!r} is already used by a different article", art["text"]))
                continue
            kept_ids.add(art["article_id"])
            kept_by_content[art["content_hash"]] = art["article_id"]
            if ukey:
                kept_by_url[ukey] = art["article_id"]
            result.articles.append(art)
    return result
