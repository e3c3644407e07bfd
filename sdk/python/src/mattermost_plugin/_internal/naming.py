"""Name conversions between the contract's PascalCase and Python's snake_case."""

from __future__ import annotations

import re

# Words the general rule would split wrongly.
_WORD_FIXES = {"OAuth": "Oauth"}
_WORD_START = re.compile(r"(.)([A-Z][a-z]+)")
_LOWER_UPPER = re.compile(r"([a-z0-9])([A-Z])")


def snake_case(name: str) -> str:
    """``GetServerVersion`` -> ``get_server_version``; acronyms stay whole (``serve_http``)."""
    for word, fixed in _WORD_FIXES.items():
        name = name.replace(word, fixed)
    return _LOWER_UPPER.sub(r"\1_\2", _WORD_START.sub(r"\1_\2", name)).lower()
