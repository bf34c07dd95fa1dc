"""Searching the bilingual glossary: which terms match what a learner typed. (Pure.)

A term matches when every word of the query occurs (ignoring case) in its Chinese or
English name or in either definition. An empty query matches every term.
"""

from __future__ import annotations

from collections.abc import Mapping

FIELDS = ("zh", "en", "def_zh", "def_en")
MAX_QUERY = 100  # characters; longer input is cut, never an error


def search(terms: Mapping[str, Mapping[str, str]], query: str) -> list[str]:
    """Ids of the matching terms, in glossary order."""
    words = str(query or "")[:MAX_QUERY].casefold().split()
    out = []
    for term_id, entry in terms.items():
        haystack = (
            " ".join(str(entry.get(f, "")) for f in FIELDS).casefold() + " " + term_id.replace("_", " ")
        )
        if all(w in haystack for w in words):
            out.append(term_id)
    return out
