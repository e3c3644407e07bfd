"""The machinery of the Plugin API method table: a method builds a :class:`Call`.

A method is a small function, decorated with ``@api_method``, that turns the caller's arguments
into a :class:`Call`: the request message to send (its type names the RPC: ``GetUserRequest``
goes to ``GetUser``) and how the response becomes the method's result. The table itself is
generated from the contract (``gen/api_table.py``), with a few entries written by hand in
``api_methods.py``; each client class gets one real method per entry (see
``PluginAPIMethods``).
"""

from __future__ import annotations

import importlib
from typing import (
    TYPE_CHECKING,
    Any,
    Awaitable,
    Callable,
    Dict,
    Generic,
    Iterable,
    List,
    Mapping,
    Optional,
    TypeVar,
    Union,
    overload,
)

from google.protobuf import message_factory
from google.protobuf.message import Message

from .model import Model

if TYPE_CHECKING:
    from typing_extensions import Concatenate, ParamSpec

    from ..client import AsyncPluginAPIClient

    _P = ParamSpec("_P")
else:
    _P = TypeVar("_P")  # runtime stand-in: Generic only needs a type variable here

_T = TypeVar("_T")
_REQUEST_SUFFIX = "Request"

class LazyModule:
    """A generated module, imported when one of its names is first used: a plugin loads the
    message classes of the API areas it calls (api_users_pb2, api_kv_pb2 …), not all 500."""

    def __init__(self, name: str) -> None:
        self._module_name = name

    def __getattr__(self, attribute: str) -> Any:
        module = importlib.import_module(self._module_name)
        self.__dict__.update(vars(module))  # later lookups are plain attribute reads
        return getattr(module, attribute)


_RESPONSE_TYPES: Dict[type, type] = {}


class Call(Generic[_T]):
    """One RPC to make: the request, and how its response becomes the result."""

    __slots__ = ("request", "result")

    def __init__(self, request: Message, result: Callable[[Any], _T]) -> None:
        self.request = request
        self.result = result

    @property
    def rpc(self) -> str:
        """The RPC name, from the request type (``GetUserRequest`` -> ``GetUser``)."""
        name: str = self.request.DESCRIPTOR.name
        return name[: -len(_REQUEST_SUFFIX)]

    @property
    def response_type(self) -> type:
        """The response message class, beside the request's (``GetUserResponse``)."""
        request_type = type(self.request)
        response_type = _RESPONSE_TYPES.get(request_type)
        if response_type is None:
            descriptor = self.request.DESCRIPTOR.file.message_types_by_name[f"{self.rpc}Response"]
            response_type = _RESPONSE_TYPES[request_type] = message_factory.GetMessageClass(descriptor)
        return response_type


def no_result(_response: Message) -> None:
    """The result of an RPC whose response carries nothing."""
    return None


class ApiMethod(Generic[_P, _T]):
    """An entry of the table; turned into a real method of each client class."""

    def __init__(self, build: Callable[..., Call[_T]]) -> None:
        self.build = build

    def method_for(self, client_class: type, asynchronous: bool) -> Callable[..., Any]:
        """The method of ``client_class`` that builds the Call and hands it to ``_invoke``."""
        build = self.build
        method: Callable[..., Any]
        if asynchronous:

            async def method(self: Any, *args: Any, **kwargs: Any) -> Any:
                return await self._invoke(build(self, *args, **kwargs))

        else:

            def method(self: Any, *args: Any, **kwargs: Any) -> Any:
                return self._invoke(build(self, *args, **kwargs))

        method.__name__ = build.__name__
        method.__qualname__ = f"{client_class.__qualname__}.{build.__name__}"
        method.__module__ = client_class.__module__
        method.__doc__ = build.__doc__
        # inspect.signature follows __wrapped__ to the entry's own parameters (its return
        # annotation is "Call[<result>]"): nothing is computed per method at import, which keeps
        # a plugin's start-up and memory small with some 260 methods on two clients.
        method.__wrapped__ = build  # type: ignore[attr-defined]
        return method

    if TYPE_CHECKING:
        # How type checkers see an entry: a method returning the result (awaitable for the
        # async client). At run time every client class holds real generated methods instead.
        @overload
        def __get__(self, client: None, owner: type) -> ApiMethod[_P, _T]: ...
        @overload
        def __get__(
            self, client: AsyncPluginAPIClient, owner: type
        ) -> Callable[_P, Awaitable[_T]]: ...
        @overload
        def __get__(self, client: object, owner: type) -> Callable[_P, _T]: ...
        def __get__(self, client: object, owner: type) -> Any: ...


def api_method(build: Callable[Concatenate[Any, _P], Call[_T]]) -> ApiMethod[_P, _T]:
    """Declare a Plugin API method (see the module docstring)."""
    return ApiMethod(build)


def model_message(model: type, value: Any) -> Optional[Message]:
    """A model argument (a wrapper, a dict or None) as its message; None leaves it unset."""
    if value is None:
        return None
    wrapper: Model[Any] = model.coerce(value)  # type: ignore[attr-defined]
    return wrapper.to_proto()


def as_list(value: Iterable[_T], name: str) -> List[_T]:
    """A repeated argument as a list; a str or a dict is refused rather than split into its
    characters or keys (``get_users_by_ids("id")`` is a mistake, not 2 ids)."""
    if isinstance(value, (str, bytes, Mapping)):
        raise TypeError(f"{name} takes a list, not a {type(value).__name__}")
    return list(value)
