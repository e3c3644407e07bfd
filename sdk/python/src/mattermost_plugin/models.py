"""Model wrappers: the objects hooks receive and API methods return.

Each class wraps one message of the contract's ``plughost/v1/models.proto`` and is generated
from it (``_internal/gen/models.py``): one attribute per field, with ``<x>_json`` fields
appearing as ``<x>``, decoded. See :class:`Model` for construction and conversion.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._internal.gen.models import *  # noqa: F401,F403  (the wrappers, one per model message)
from ._internal.gen.models import __all__ as _generated
from ._internal.model import Model

__all__ = ["Model", *_generated, "InstallEvent"]


@dataclass
class InstallEvent:
    """What the ``OnInstall`` hook receives besides the context."""

    user_id: str
    """The user who installed the plugin."""
