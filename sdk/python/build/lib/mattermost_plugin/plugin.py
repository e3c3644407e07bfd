"""The ``Plugin`` base class."""

from __future__ import annotations

import logging
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar, Dict, Mapping

from .hooks import HOOK_NAMES_ATTR, HookName

if TYPE_CHECKING:
    from .client import PluginAPIClient

__all__ = ["Plugin"]


class Plugin:
    """Base class of a plugin: subclass it and mark handler methods with ``@hook``.

    ::

        class MyPlugin(Plugin):
            @hook(HookName.OnActivate)
            def on_activate(self) -> None:
                self.logger.info("server %s", self.api.get_server_version())

    Attributes:
        api: The Plugin API client. None until ``run_plugin`` connects it (tests may assign
            a mock).
        logger: A standard ``logging.Logger`` named after the plugin class; under
            ``run_plugin`` its records reach the server log.
    """

    # Typed as the client, not Optional: plugin code calls self.api.x() without None checks.
    api: PluginAPIClient
    logger: logging.Logger

    # Hook -> name of the method handling it, collected per class when the class is defined.
    _hook_methods: ClassVar[Mapping[HookName, str]] = MappingProxyType({})

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._hook_methods = MappingProxyType(_collect_hook_methods(cls))

    def __init__(self) -> None:
        self.api = None  # type: ignore[assignment]
        self.logger = logging.getLogger(type(self).__name__)


def _collect_hook_methods(cls: type) -> Dict[HookName, str]:
    """Hook -> method name over the class hierarchy; a subclass's declaration wins over a base's.

    Methods are looked up by name when a hook runs, so overriding a handler in a subclass
    (even without repeating ``@hook``) replaces it.
    """
    methods: Dict[HookName, str] = {}
    for klass in reversed(cls.__mro__):
        declared: Dict[HookName, str] = {}
        for attr, value in vars(klass).items():
            names = getattr(value, HOOK_NAMES_ATTR, None)
            if not isinstance(names, tuple):  # not a handler (or a mock answering any getattr)
                continue
            for name in names:
                if name in declared:
                    raise ValueError(
                        f"{klass.__qualname__} handles {name.value} twice: "
                        f"{declared[name]}() and {attr}()"
                    )
                declared[name] = attr
        methods.update(declared)
    return methods
