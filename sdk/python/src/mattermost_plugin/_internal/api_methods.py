"""Every Plugin API method, declared once; both clients are generated from this table.

A method is a small function, decorated with ``@api_method``, that turns the caller's arguments
into a :class:`Call`: the request message to send (its type names the RPC: ``GetUserRequest``
goes to ``GetUser``) and how the response becomes the method's result. A class that subclasses
:class:`PluginAPIMethods` and defines ``_invoke`` gets one real method per entry: a plain one
when ``_invoke`` is a plain function (``PluginAPIClient``), a coroutine function when it is a
coroutine function (``AsyncPluginAPIClient``).

Where a method takes ``**fields``, ``self`` is positional-only so that no field can clash
with it (type checkers insist).
"""

from __future__ import annotations

import inspect
import typing
from typing import (
    TYPE_CHECKING,
    Any,
    Awaitable,
    Callable,
    Dict,
    Generic,
    List,
    Mapping,
    Optional,
    TypeVar,
    Union,
    overload,
)

from google.protobuf.message import Message

from ..http import HTTPResponse
from ..models import Channel, ChannelMember, Command, FileInfo, Post, Team, User
from .gen.plughost.v1 import api_pb2, models_pb2
from .http_wire import body_bytes, header_messages, headers_from_messages
from .model import decode_json_field, dumps_json, encode_json_field

if TYPE_CHECKING:
    from typing_extensions import Concatenate, ParamSpec

    from ..client import AsyncPluginAPIClient

    _P = ParamSpec("_P")
else:
    _P = TypeVar("_P")  # runtime stand-in: Generic only needs a type variable here

_T = TypeVar("_T")
_REQUEST_SUFFIX = "Request"

UserLike = Union[User, Mapping[str, Any], None]
TeamLike = Union[Team, Mapping[str, Any], None]
ChannelLike = Union[Channel, Mapping[str, Any], None]
PostLike = Union[Post, Mapping[str, Any], None]
CommandLike = Union[Command, Mapping[str, Any], None]


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


def _no_result(_response: Message) -> None:
    return None


def _bytes(value: Any) -> bytes:
    """A KV value as stored: bytes as is, str as UTF-8, anything else as JSON."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    if isinstance(value, str):
        return value.encode("utf-8")
    return dumps_json(value).encode("utf-8")


def _optional_bytes(value: Any) -> Optional[bytes]:
    """Like ``_bytes``, but None stays None (an unset field in the request)."""
    return None if value is None else _bytes(value)


class ApiMethod(Generic[_P, _T]):
    """An entry of the table; turned into a real method of each client class."""

    def __init__(self, build: Callable[..., Call[_T]]) -> None:
        self.build = build
        hints = typing.get_type_hints(build)
        (result_type,) = typing.get_args(hints["return"])
        self.result_type = None if result_type is type(None) else result_type
        signature = inspect.signature(build)
        parameters = [
            parameter.replace(annotation=hints.get(parameter.name, parameter.annotation))
            for parameter in signature.parameters.values()
        ]
        self.signature = signature.replace(
            parameters=parameters, return_annotation=self.result_type
        )
        self.annotations = {**hints, "return": self.result_type}

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
        method.__signature__ = self.signature  # type: ignore[union-attr]
        method.__annotations__ = self.annotations
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


class PluginAPIMethods:
    """The Plugin API methods shared by ``PluginAPIClient`` and ``AsyncPluginAPIClient``."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        invoke = vars(cls).get("_invoke")
        if invoke is None:  # not a client implementation (e.g. a user's subclass of one)
            return
        asynchronous = inspect.iscoroutinefunction(invoke)
        for name, entry in vars(PluginAPIMethods).items():
            if isinstance(entry, ApiMethod):
                setattr(cls, name, entry.method_for(cls, asynchronous))

    # Server

    @api_method
    def get_server_version(self) -> Call[str]:
        """Return the server's version, e.g. ``"9.5.0"``."""
        return Call(api_pb2.GetServerVersionRequest(), lambda r: r.version)

    # Users

    @api_method
    def get_user(self, user_id: str) -> Call[User]:
        """Return the user with id ``user_id``.

        Raises:
            NotFoundError: No such user.
        """
        return Call(api_pb2.GetUserRequest(user_id=user_id), lambda r: User(r.user))

    @api_method
    def get_user_by_username(self, name: str) -> Call[User]:
        """Return the user whose username is ``name``.

        Raises:
            NotFoundError: No such user.
        """
        return Call(api_pb2.GetUserByUsernameRequest(name=name), lambda r: User(r.user))

    @api_method
    def get_user_by_email(self, email: str) -> Call[User]:
        """Return the user whose email address is ``email``.

        Raises:
            NotFoundError: No such user.
        """
        return Call(api_pb2.GetUserByEmailRequest(email=email), lambda r: User(r.user))

    @api_method
    def get_users(
        self, page: int = 0, per_page: int = 60, in_team_id: str = "", in_channel_id: str = ""
    ) -> Call[List[User]]:
        """Return one page of users, optionally only members of a team or a channel."""
        request = api_pb2.GetUsersRequest(
            page=page, per_page=per_page, in_team_id=in_team_id, in_channel_id=in_channel_id
        )
        return Call(request, lambda r: [User(user) for user in r.users])

    @api_method
    def create_user(self, /, user: UserLike = None, **fields: Any) -> Call[User]:
        """Create a user from a ``User``, a dict and/or keyword fields; return it as stored.

        Raises:
            ValidationError: The user is invalid.
            AlreadyExistsError: The username or email is taken.
        """
        request = api_pb2.CreateUserRequest(user=User(user, **fields).to_proto())
        return Call(request, lambda r: User(r.user))

    @api_method
    def update_user(self, /, user: UserLike = None, **fields: Any) -> Call[User]:
        """Update a user (``id`` set) from a ``User``, a dict and/or keyword fields; return it.

        Raises:
            NotFoundError: No such user.
        """
        request = api_pb2.UpdateUserRequest(user=User(user, **fields).to_proto())
        return Call(request, lambda r: User(r.user))

    # Teams

    @api_method
    def get_team(self, team_id: str) -> Call[Team]:
        """Return the team with id ``team_id``.

        Raises:
            NotFoundError: No such team.
        """
        return Call(api_pb2.GetTeamRequest(team_id=team_id), lambda r: Team(r.team))

    @api_method
    def get_teams(self) -> Call[List[Team]]:
        """Return every team."""
        return Call(api_pb2.GetTeamsRequest(), lambda r: [Team(team) for team in r.teams])

    @api_method
    def get_team_by_name(self, name: str) -> Call[Team]:
        """Return the team whose URL name is ``name``.

        Raises:
            NotFoundError: No such team.
        """
        return Call(api_pb2.GetTeamByNameRequest(name=name), lambda r: Team(r.team))

    @api_method
    def create_team(self, /, team: TeamLike = None, **fields: Any) -> Call[Team]:
        """Create a team from a ``Team``, a dict and/or keyword fields; return it as stored."""
        request = api_pb2.CreateTeamRequest(team=Team(team, **fields).to_proto())
        return Call(request, lambda r: Team(r.team))

    # Channels

    @api_method
    def get_channel(self, channel_id: str) -> Call[Channel]:
        """Return the channel with id ``channel_id``.

        Raises:
            NotFoundError: No such channel.
        """
        return Call(api_pb2.GetChannelRequest(channel_id=channel_id), lambda r: Channel(r.channel))

    @api_method
    def create_channel(self, /, channel: ChannelLike = None, **fields: Any) -> Call[Channel]:
        """Create a channel from a ``Channel``, a dict and/or keyword fields; return it."""
        request = api_pb2.CreateChannelRequest(channel=Channel(channel, **fields).to_proto())
        return Call(request, lambda r: Channel(r.channel))

    @api_method
    def get_channel_members(
        self, channel_id: str, page: int = 0, per_page: int = 60
    ) -> Call[List[ChannelMember]]:
        """Return one page of the members of channel ``channel_id``."""
        request = api_pb2.GetChannelMembersRequest(
            channel_id=channel_id, page=page, per_page=per_page
        )
        return Call(request, lambda r: [ChannelMember(member) for member in r.channel_members])

    @api_method
    def add_channel_member(self, channel_id: str, user_id: str) -> Call[ChannelMember]:
        """Add user ``user_id`` to channel ``channel_id``; return the membership."""
        request = api_pb2.AddChannelMemberRequest(channel_id=channel_id, user_id=user_id)
        return Call(request, lambda r: ChannelMember(r.channel_member))

    # Posts

    @api_method
    def get_post(self, post_id: str) -> Call[Post]:
        """Return the post with id ``post_id``.

        Raises:
            NotFoundError: No such post.
        """
        return Call(api_pb2.GetPostRequest(post_id=post_id), lambda r: Post(r.post))

    @api_method
    def create_post(self, /, post: PostLike = None, **fields: Any) -> Call[Post]:
        """Create a post and return it as stored.

        Pass a ``Post``, a dict and/or keyword fields::

            api.create_post(channel_id=channel_id, user_id=bot_id, message="Hello!")
        """
        request = api_pb2.CreatePostRequest(post=Post(post, **fields).to_proto())
        return Call(request, lambda r: Post(r.post))

    @api_method
    def update_post(self, /, post: PostLike = None, **fields: Any) -> Call[Post]:
        """Update a post (``id`` set) from a ``Post``, a dict and/or keyword fields; return it.

        Raises:
            NotFoundError: No such post.
        """
        request = api_pb2.UpdatePostRequest(post=Post(post, **fields).to_proto())
        return Call(request, lambda r: Post(r.post))

    @api_method
    def delete_post(self, post_id: str) -> Call[None]:
        """Delete the post with id ``post_id``.

        Raises:
            NotFoundError: No such post.
        """
        return Call(api_pb2.DeletePostRequest(post_id=post_id), _no_result)

    # Files

    @api_method
    def upload_file(self, data: bytes, channel_id: str, filename: str) -> Call[FileInfo]:
        """Store ``data`` as file ``filename`` in channel ``channel_id``; return its info."""
        request = api_pb2.UploadFileRequest(data=data, channel_id=channel_id, filename=filename)
        return Call(request, lambda r: FileInfo(r.file_info))

    @api_method
    def get_file(self, file_id: str) -> Call[bytes]:
        """Return the content of file ``file_id``.

        Raises:
            NotFoundError: No such file.
        """
        return Call(api_pb2.GetFileRequest(file_id=file_id), lambda r: r.data)

    @api_method
    def get_file_info(self, file_id: str) -> Call[FileInfo]:
        """Return the metadata of file ``file_id``.

        Raises:
            NotFoundError: No such file.
        """
        return Call(api_pb2.GetFileInfoRequest(file_id=file_id), lambda r: FileInfo(r.file_info))

    # Key-value store (private to the plugin). Values are bytes; str is stored as UTF-8 and
    # any other object (dict, list, a model wrapper, ...) as JSON.

    @api_method
    def kv_get(self, key: str) -> Call[Optional[bytes]]:
        """Return the value stored under ``key``, or None if there is none (or it expired)."""
        return Call(
            api_pb2.KVGetRequest(key=key), lambda r: r.value if r.HasField("value") else None
        )

    @api_method
    def kv_set(self, key: str, value: Any, expires_in: Optional[int] = None) -> Call[None]:
        """Store ``value`` under ``key``; with ``expires_in`` (seconds) it expires after that."""
        if expires_in is None:
            return Call(api_pb2.KVSetRequest(key=key, value=_bytes(value)), _no_result)
        request = api_pb2.KVSetWithExpiryRequest(
            key=key, value=_bytes(value), expire_in_seconds=int(expires_in)
        )
        return Call(request, _no_result)

    @api_method
    def kv_set_with_expiry(self, key: str, value: Any, expire_in_seconds: int) -> Call[None]:
        """Store ``value`` under ``key`` for ``expire_in_seconds`` seconds."""
        request = api_pb2.KVSetWithExpiryRequest(
            key=key, value=_bytes(value), expire_in_seconds=expire_in_seconds
        )
        return Call(request, _no_result)

    @api_method
    def kv_set_with_options(
        self,
        key: str,
        value: Any,
        atomic: bool = False,
        old_value: Any = None,
        expire_in_seconds: int = 0,
    ) -> Call[bool]:
        """Store ``value`` under ``key`` (None deletes it); return whether it was stored.

        With ``atomic=True`` the write happens only if the current value equals ``old_value``
        (``old_value=None``: only if the key is absent).
        """
        options = models_pb2.PluginKVSetOptions(
            atomic=atomic, old_value=_optional_bytes(old_value), expire_in_seconds=expire_in_seconds
        )
        request = api_pb2.KVSetWithOptionsRequest(
            key=key, value=_optional_bytes(value), options=options
        )
        return Call(request, lambda r: r.success)

    @api_method
    def kv_compare_and_set(self, key: str, old_value: Any, new_value: Any) -> Call[bool]:
        """Set ``key`` to ``new_value`` if it holds ``old_value``; return whether it did.

        ``old_value=None`` sets only if the key is absent; ``new_value=None`` deletes the key.
        """
        request = api_pb2.KVCompareAndSetRequest(
            key=key, old_value=_optional_bytes(old_value), new_value=_optional_bytes(new_value)
        )
        return Call(request, lambda r: r.success)

    @api_method
    def kv_delete(self, key: str) -> Call[None]:
        """Delete ``key`` (no error if it does not exist)."""
        return Call(api_pb2.KVDeleteRequest(key=key), _no_result)

    @api_method
    def kv_delete_all(self) -> Call[None]:
        """Delete every key of this plugin."""
        return Call(api_pb2.KVDeleteAllRequest(), _no_result)

    @api_method
    def kv_list(self, page: int = 0, per_page: int = 100) -> Call[List[str]]:
        """Return one page of this plugin's keys."""
        return Call(api_pb2.KVListRequest(page=page, per_page=per_page), lambda r: list(r.keys))

    # Configuration

    @api_method
    def get_config(self) -> Call[Dict[str, Any]]:
        """Return the server configuration (secrets removed)."""
        return Call(api_pb2.GetConfigRequest(), lambda r: decode_json_field(r.config_json))

    @api_method
    def get_plugin_config(self) -> Call[Dict[str, Any]]:
        """Return this plugin's settings, with the manifest's defaults applied."""
        return Call(api_pb2.GetPluginConfigRequest(), lambda r: decode_json_field(r.config_json))

    @api_method
    def save_plugin_config(self, config: Mapping[str, Any]) -> Call[None]:
        """Replace this plugin's settings with ``config``."""
        return Call(
            api_pb2.SavePluginConfigRequest(config_json=dumps_json(dict(config))), _no_result
        )

    @api_method
    def load_plugin_configuration(self) -> Call[Dict[str, Any]]:
        """Return this plugin's settings (as ``get_plugin_config``; Mattermost's name for it)."""
        return Call(
            api_pb2.LoadPluginConfigurationRequest(), lambda r: decode_json_field(r.config_json)
        )

    # Slash commands

    @api_method
    def register_command(self, /, command: CommandLike = None, **fields: Any) -> Call[None]:
        """Register a slash command handled by this plugin's ``ExecuteCommand`` hook.

        Pass a ``Command``, a dict and/or keyword fields::

            api.register_command(trigger="hello", auto_complete=True)
        """
        request = api_pb2.RegisterCommandRequest(command=Command(command, **fields).to_proto())
        return Call(request, _no_result)

    @api_method
    def unregister_command(self, team_id: str, trigger: str) -> Call[None]:
        """Remove this plugin's command ``trigger`` (``team_id`` "" for an every-team command)."""
        return Call(api_pb2.UnregisterCommandRequest(team_id=team_id, trigger=trigger), _no_result)

    # Plugin to plugin HTTP

    @api_method
    def plugin_http(
        self,
        method: str,
        url: str,
        headers: Optional[Mapping[str, Any]] = None,
        body: Union[bytes, str, None] = None,
    ) -> Call[HTTPResponse]:
        """Send an HTTP request to another plugin's ``ServeHTTP`` and return its response.

        ``url`` is ``"/<plugin id>/<path>[?query]"``; the other plugin sees the header
        ``Mattermost-Plugin-ID`` naming this one. Header values may be str or lists of str.
        """
        request = api_pb2.PluginHTTPRequest(
            method=method, url=url, headers=header_messages(headers or {}), body=body_bytes(body)
        )
        return Call(
            request,
            lambda r: HTTPResponse(
                status_code=r.status_code, headers=headers_from_messages(r.headers), body=r.body
            ),
        )

    # Logging: lines go to the server log, tagged with the plugin id; keyword arguments
    # become structured fields of the line.

    @api_method
    def log_debug(self, /, message: str, **fields: Any) -> Call[None]:
        """Write a debug line to the server log."""
        request = api_pb2.LogDebugRequest(
            message=message, key_value_pairs_json=encode_json_field(fields)
        )
        return Call(request, _no_result)

    @api_method
    def log_info(self, /, message: str, **fields: Any) -> Call[None]:
        """Write an info line to the server log."""
        request = api_pb2.LogInfoRequest(
            message=message, key_value_pairs_json=encode_json_field(fields)
        )
        return Call(request, _no_result)

    @api_method
    def log_warn(self, /, message: str, **fields: Any) -> Call[None]:
        """Write a warning line to the server log."""
        request = api_pb2.LogWarnRequest(
            message=message, key_value_pairs_json=encode_json_field(fields)
        )
        return Call(request, _no_result)

    @api_method
    def log_error(self, /, message: str, **fields: Any) -> Call[None]:
        """Write an error line to the server log."""
        request = api_pb2.LogErrorRequest(
            message=message, key_value_pairs_json=encode_json_field(fields)
        )
        return Call(request, _no_result)
