"""The language catalog: every word a user sees, in Chinese and English.

Each module in this package (one per page, plus `common` and `glossary`) defines
`TEXT = {"<page>.<name>": {"zh": "...", "en": "..."}}`. Modules are discovered
automatically, so a new page only adds its own file. Strings may contain
`str.format` fields ({n}) and glossary references `[[term_id]]`, which expand to the
term in both languages: "损失函数（loss function）" in Chinese, "loss function (损失函数)" in English.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re

LANGS = ("zh", "en")
DEFAULT_LANG = "zh"
_TERM_REF = re.compile(r"\[\[([a-z0-9_]+)\]\]")


def _load() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        mod = importlib.import_module(f"{__name__}.{info.name}")
        for key, entry in getattr(mod, "TEXT", {}).items():
            if key in merged:
                raise RuntimeError(f"catalog key {key!r} is defined twice (in {info.name})")
            merged[key] = entry
    return merged


CATALOG = _load()
from catalog.glossary import TERMS  # noqa: E402, I001  (glossary is itself a catalog module)

_PAREN = re.compile(r"\s*[（(]([^()（）]*)[)）]")


def _flat(s: str) -> str:
    """ "sum of squared errors (SSE)" -> "sum of squared errors, SSE": no brackets inside brackets."""
    return _PAREN.sub(r", \1", s)


def term(term_id: str, lang: str) -> str:
    """A course term in both languages, the user's language first: 误差平方和（sum of squared
    errors, SSE） / sum of squared errors, SSE (误差平方和)."""
    entry = TERMS[term_id]
    other = "en" if lang == "zh" else "zh"
    mine, theirs = _flat(entry[lang]), _flat(entry[other])
    return f"{mine}（{theirs}）" if lang == "zh" else f"{mine} ({theirs})"


def _expand(m: re.Match, lang: str) -> str:
    """A [[term]] marker in both languages; capitalised where it starts an English sentence."""
    out = term(m.group(1), lang)
    before = m.string[: m.start()].rstrip(" *_")
    if lang == "en" and (not before or before.endswith((".", "!", "?", ":", "\n"))):
        out = out[:1].upper() + out[1:]
    return out


@functools.cache  # the catalog never changes while the app runs: expand each string once
def _expanded(key: str, lang: str) -> str:
    entry = CATALOG.get(key)
    if entry is None:
        return f"⟨{key}⟩"  # visible in the page and caught by the catalog tests
    s = entry.get(lang) or entry.get(DEFAULT_LANG, "")
    return _TERM_REF.sub(lambda m: _expand(m, lang), s)


def text(key: str, lang: str, **fields) -> str:
    """The catalog string `key` in `lang`, with glossary terms expanded and fields filled."""
    s = _expanded(key, lang)
    return s.format(**fields) if fields else s
