from mattermost_plugin._internal.gen.plughost.v1 import models_pb2 as _models_pb2
from mattermost_plugin._internal.gen.plughost.v1 import transport_pb2 as _transport_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ImplementedRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ImplementedResponse(_message.Message):
    __slots__ = ("hooks",)
    HOOKS_FIELD_NUMBER: _ClassVar[int]
    hooks: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, hooks: _Optional[_Iterable[str]] = ...) -> None: ...

class OnActivateRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OnActivateResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OnDeactivateRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OnDeactivateResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OnConfigurationChangeRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OnConfigurationChangeResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OnInstallRequest(_message.Message):
    __slots__ = ("context", "user_id")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.Context
    user_id: str
    def __init__(self, context: _Optional[_Union[_models_pb2.Context, _Mapping]] = ..., user_id: _Optional[str] = ...) -> None: ...

class OnInstallResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class MessageWillBePostedRequest(_message.Message):
    __slots__ = ("context", "post")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    POST_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.Context
    post: _models_pb2.Post
    def __init__(self, context: _Optional[_Union[_models_pb2.Context, _Mapping]] = ..., post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ...) -> None: ...

class MessageWillBePostedResponse(_message.Message):
    __slots__ = ("post", "rejection_reason")
    POST_FIELD_NUMBER: _ClassVar[int]
    REJECTION_REASON_FIELD_NUMBER: _ClassVar[int]
    post: _models_pb2.Post
    rejection_reason: str
    def __init__(self, post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ..., rejection_reason: _Optional[str] = ...) -> None: ...

class MessageWillBeUpdatedRequest(_message.Message):
    __slots__ = ("context", "new_post", "old_post")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    NEW_POST_FIELD_NUMBER: _ClassVar[int]
    OLD_POST_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.Context
    new_post: _models_pb2.Post
    old_post: _models_pb2.Post
    def __init__(self, context: _Optional[_Union[_models_pb2.Context, _Mapping]] = ..., new_post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ..., old_post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ...) -> None: ...

class MessageWillBeUpdatedResponse(_message.Message):
    __slots__ = ("post", "rejection_reason")
    POST_FIELD_NUMBER: _ClassVar[int]
    REJECTION_REASON_FIELD_NUMBER: _ClassVar[int]
    post: _models_pb2.Post
    rejection_reason: str
    def __init__(self, post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ..., rejection_reason: _Optional[str] = ...) -> None: ...

class MessageHasBeenPostedRequest(_message.Message):
    __slots__ = ("context", "post")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    POST_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.Context
    post: _models_pb2.Post
    def __init__(self, context: _Optional[_Union[_models_pb2.Context, _Mapping]] = ..., post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ...) -> None: ...

class MessageHasBeenPostedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class MessageHasBeenUpdatedRequest(_message.Message):
    __slots__ = ("context", "new_post", "old_post")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    NEW_POST_FIELD_NUMBER: _ClassVar[int]
    OLD_POST_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.Context
    new_post: _models_pb2.Post
    old_post: _models_pb2.Post
    def __init__(self, context: _Optional[_Union[_models_pb2.Context, _Mapping]] = ..., new_post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ..., old_post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ...) -> None: ...

class MessageHasBeenUpdatedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class MessageHasBeenDeletedRequest(_message.Message):
    __slots__ = ("context", "post")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    POST_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.Context
    post: _models_pb2.Post
    def __init__(self, context: _Optional[_Union[_models_pb2.Context, _Mapping]] = ..., post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ...) -> None: ...

class MessageHasBeenDeletedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ReactionHasBeenAddedRequest(_message.Message):
    __slots__ = ("context", "reaction")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    REACTION_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.Context
    reaction: _models_pb2.Reaction
    def __init__(self, context: _Optional[_Union[_models_pb2.Context, _Mapping]] = ..., reaction: _Optional[_Union[_models_pb2.Reaction, _Mapping]] = ...) -> None: ...

class ReactionHasBeenAddedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ReactionHasBeenRemovedRequest(_message.Message):
    __slots__ = ("context", "reaction")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    REACTION_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.Context
    reaction: _models_pb2.Reaction
    def __init__(self, context: _Optional[_Union[_models_pb2.Context, _Mapping]] = ..., reaction: _Optional[_Union[_models_pb2.Reaction, _Mapping]] = ...) -> None: ...

class ReactionHasBeenRemovedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class MessagesWillBeConsumedRequest(_message.Message):
    __slots__ = ("posts",)
    POSTS_FIELD_NUMBER: _ClassVar[int]
    posts: _containers.RepeatedCompositeFieldContainer[_models_pb2.Post]
    def __init__(self, posts: _Optional[_Iterable[_Union[_models_pb2.Post, _Mapping]]] = ...) -> None: ...

class MessagesWillBeConsumedResponse(_message.Message):
    __slots__ = ("posts", "unchanged")
    POSTS_FIELD_NUMBER: _ClassVar[int]
    UNCHANGED_FIELD_NUMBER: _ClassVar[int]
    posts: _containers.RepeatedCompositeFieldContainer[_models_pb2.Post]
    unchanged: bool
    def __init__(self, posts: _Optional[_Iterable[_Union[_models_pb2.Post, _Mapping]]] = ..., unchanged: bool = ...) -> None: ...

class FileWillBeUploadedRequest(_message.Message):
    __slots__ = ("context", "file_info", "content")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    FILE_INFO_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.Context
    file_info: _models_pb2.FileInfo
    content: bytes
    def __init__(self, context: _Optional[_Union[_models_pb2.Context, _Mapping]] = ..., file_info: _Optional[_Union[_models_pb2.FileInfo, _Mapping]] = ..., content: _Optional[bytes] = ...) -> None: ...

class FileWillBeUploadedResponse(_message.Message):
    __slots__ = ("file_info", "content", "rejection_reason")
    FILE_INFO_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    REJECTION_REASON_FIELD_NUMBER: _ClassVar[int]
    file_info: _models_pb2.FileInfo
    content: bytes
    rejection_reason: str
    def __init__(self, file_info: _Optional[_Union[_models_pb2.FileInfo, _Mapping]] = ..., content: _Optional[bytes] = ..., rejection_reason: _Optional[str] = ...) -> None: ...

class UserHasBeenCreatedRequest(_message.Message):
    __slots__ = ("context", "user")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.Context
    user: _models_pb2.User
    def __init__(self, context: _Optional[_Union[_models_pb2.Context, _Mapping]] = ..., user: _Optional[_Union[_models_pb2.User, _Mapping]] = ...) -> None: ...

class UserHasBeenCreatedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UserWillLogInRequest(_message.Message):
    __slots__ = ("context", "user")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.Context
    user: _models_pb2.User
    def __init__(self, context: _Optional[_Union[_models_pb2.Context, _Mapping]] = ..., user: _Optional[_Union[_models_pb2.User, _Mapping]] = ...) -> None: ...

class UserWillLogInResponse(_message.Message):
    __slots__ = ("rejection_reason",)
    REJECTION_REASON_FIELD_NUMBER: _ClassVar[int]
    rejection_reason: str
    def __init__(self, rejection_reason: _Optional[str] = ...) -> None: ...

class UserHasLoggedInRequest(_message.Message):
    __slots__ = ("context", "user")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.Context
    user: _models_pb2.User
    def __init__(self, context: _Optional[_Union[_models_pb2.Context, _Mapping]] = ..., user: _Optional[_Union[_models_pb2.User, _Mapping]] = ...) -> None: ...

class UserHasLoggedInResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UserHasBeenDeactivatedRequest(_message.Message):
    __slots__ = ("context", "user")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.Context
    user: _models_pb2.User
    def __init__(self, context: _Optional[_Union[_models_pb2.Context, _Mapping]] = ..., user: _Optional[_Union[_models_pb2.User, _Mapping]] = ...) -> None: ...

class UserHasBeenDeactivatedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class PreferencesHaveChangedRequest(_message.Message):
    __slots__ = ("context", "preferences")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    PREFERENCES_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.Context
    preferences: _containers.RepeatedCompositeFieldContainer[_models_pb2.Preference]
    def __init__(self, context: _Optional[_Union[_models_pb2.Context, _Mapping]] = ..., preferences: _Optional[_Iterable[_Union[_models_pb2.Preference, _Mapping]]] = ...) -> None: ...

class PreferencesHaveChangedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ChannelHasBeenCreatedRequest(_message.Message):
    __slots__ = ("context", "channel")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.Context
    channel: _models_pb2.Channel
    def __init__(self, context: _Optional[_Union[_models_pb2.Context, _Mapping]] = ..., channel: _Optional[_Union[_models_pb2.Channel, _Mapping]] = ...) -> None: ...

class ChannelHasBeenCreatedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ChannelWillBeArchivedRequest(_message.Message):
    __slots__ = ("context", "channel")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.Context
    channel: _models_pb2.Channel
    def __init__(self, context: _Optional[_Union[_models_pb2.Context, _Mapping]] = ..., channel: _Optional[_Union[_models_pb2.Channel, _Mapping]] = ...) -> None: ...

class ChannelWillBeArchivedResponse(_message.Message):
    __slots__ = ("rejection_reason",)
    REJECTION_REASON_FIELD_NUMBER: _ClassVar[int]
    rejection_reason: str
    def __init__(self, rejection_reason: _Optional[str] = ...) -> None: ...

class ChannelMemberWillBeAddedRequest(_message.Message):
    __slots__ = ("context", "channel_member")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_MEMBER_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.Context
    channel_member: _models_pb2.ChannelMember
    def __init__(self, context: _Optional[_Union[_models_pb2.Context, _Mapping]] = ..., channel_member: _Optional[_Union[_models_pb2.ChannelMember, _Mapping]] = ...) -> None: ...

class ChannelMemberWillBeAddedResponse(_message.Message):
    __slots__ = ("channel_member", "rejection_reason")
    CHANNEL_MEMBER_FIELD_NUMBER: _ClassVar[int]
    REJECTION_REASON_FIELD_NUMBER: _ClassVar[int]
    channel_member: _models_pb2.ChannelMember
    rejection_reason: str
    def __init__(self, channel_member: _Optional[_Union[_models_pb2.ChannelMember, _Mapping]] = ..., rejection_reason: _Optional[str] = ...) -> None: ...

class TeamMemberWillBeAddedRequest(_message.Message):
    __slots__ = ("context", "team_member")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    TEAM_MEMBER_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.Context
    team_member: _models_pb2.TeamMember
    def __init__(self, context: _Optional[_Union[_models_pb2.Context, _Mapping]] = ..., team_member: _Optional[_Union[_models_pb2.TeamMember, _Mapping]] = ...) -> None: ...

class TeamMemberWillBeAddedResponse(_message.Message):
    __slots__ = ("team_member", "rejection_reason")
    TEAM_MEMBER_FIELD_NUMBER: _ClassVar[int]
    REJECTION_REASON_FIELD_NUMBER: _ClassVar[int]
    team_member: _models_pb2.TeamMember
    rejection_reason: str
    def __init__(self, team_member: _Optional[_Union[_models_pb2.TeamMember, _Mapping]] = ..., rejection_reason: _Optional[str] = ...) -> None: ...

class UserHasJoinedChannelRequest(_message.Message):
    __slots__ = ("context", "channel_member", "actor")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_MEMBER_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.Context
    channel_member: _models_pb2.ChannelMember
    actor: _models_pb2.User
    def __init__(self, context: _Optional[_Union[_models_pb2.Context, _Mapping]] = ..., channel_member: _Optional[_Union[_models_pb2.ChannelMember, _Mapping]] = ..., actor: _Optional[_Union[_models_pb2.User, _Mapping]] = ...) -> None: ...

class UserHasJoinedChannelResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UserHasLeftChannelRequest(_message.Message):
    __slots__ = ("context", "channel_member", "actor")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_MEMBER_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.Context
    channel_member: _models_pb2.ChannelMember
    actor: _models_pb2.User
    def __init__(self, context: _Optional[_Union[_models_pb2.Context, _Mapping]] = ..., channel_member: _Optional[_Union[_models_pb2.ChannelMember, _Mapping]] = ..., actor: _Optional[_Union[_models_pb2.User, _Mapping]] = ...) -> None: ...

class UserHasLeftChannelResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UserHasJoinedTeamRequest(_message.Message):
    __slots__ = ("context", "team_member", "actor")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    TEAM_MEMBER_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.Context
    team_member: _models_pb2.TeamMember
    actor: _models_pb2.User
    def __init__(self, context: _Optional[_Union[_models_pb2.Context, _Mapping]] = ..., team_member: _Optional[_Union[_models_pb2.TeamMember, _Mapping]] = ..., actor: _Optional[_Union[_models_pb2.User, _Mapping]] = ...) -> None: ...

class UserHasJoinedTeamResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UserHasLeftTeamRequest(_message.Message):
    __slots__ = ("context", "team_member", "actor")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    TEAM_MEMBER_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.Context
    team_member: _models_pb2.TeamMember
    actor: _models_pb2.User
    def __init__(self, context: _Optional[_Union[_models_pb2.Context, _Mapping]] = ..., team_member: _Optional[_Union[_models_pb2.TeamMember, _Mapping]] = ..., actor: _Optional[_Union[_models_pb2.User, _Mapping]] = ...) -> None: ...

class UserHasLeftTeamResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OnWebSocketConnectRequest(_message.Message):
    __slots__ = ("web_conn_id", "user_id")
    WEB_CONN_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    web_conn_id: str
    user_id: str
    def __init__(self, web_conn_id: _Optional[str] = ..., user_id: _Optional[str] = ...) -> None: ...

class OnWebSocketConnectResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OnWebSocketDisconnectRequest(_message.Message):
    __slots__ = ("web_conn_id", "user_id")
    WEB_CONN_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    web_conn_id: str
    user_id: str
    def __init__(self, web_conn_id: _Optional[str] = ..., user_id: _Optional[str] = ...) -> None: ...

class OnWebSocketDisconnectResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class WebSocketMessageHasBeenPostedRequest(_message.Message):
    __slots__ = ("web_conn_id", "user_id", "request")
    WEB_CONN_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    REQUEST_FIELD_NUMBER: _ClassVar[int]
    web_conn_id: str
    user_id: str
    request: _models_pb2.WebSocketRequest
    def __init__(self, web_conn_id: _Optional[str] = ..., user_id: _Optional[str] = ..., request: _Optional[_Union[_models_pb2.WebSocketRequest, _Mapping]] = ...) -> None: ...

class WebSocketMessageHasBeenPostedResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ExecuteCommandRequest(_message.Message):
    __slots__ = ("context", "args")
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    ARGS_FIELD_NUMBER: _ClassVar[int]
    context: _models_pb2.Context
    args: _models_pb2.CommandArgs
    def __init__(self, context: _Optional[_Union[_models_pb2.Context, _Mapping]] = ..., args: _Optional[_Union[_models_pb2.CommandArgs, _Mapping]] = ...) -> None: ...

class ExecuteCommandResponse(_message.Message):
    __slots__ = ("response",)
    RESPONSE_FIELD_NUMBER: _ClassVar[int]
    response: _models_pb2.CommandResponse
    def __init__(self, response: _Optional[_Union[_models_pb2.CommandResponse, _Mapping]] = ...) -> None: ...

class HTTPRequestHead(_message.Message):
    __slots__ = ("method", "path", "query", "url", "headers", "remote_addr", "context")
    METHOD_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    HEADERS_FIELD_NUMBER: _ClassVar[int]
    REMOTE_ADDR_FIELD_NUMBER: _ClassVar[int]
    CONTEXT_FIELD_NUMBER: _ClassVar[int]
    method: str
    path: str
    query: str
    url: str
    headers: _containers.RepeatedCompositeFieldContainer[_models_pb2.HTTPHeader]
    remote_addr: str
    context: _models_pb2.Context
    def __init__(self, method: _Optional[str] = ..., path: _Optional[str] = ..., query: _Optional[str] = ..., url: _Optional[str] = ..., headers: _Optional[_Iterable[_Union[_models_pb2.HTTPHeader, _Mapping]]] = ..., remote_addr: _Optional[str] = ..., context: _Optional[_Union[_models_pb2.Context, _Mapping]] = ...) -> None: ...

class ServeHTTPRequest(_message.Message):
    __slots__ = ("head", "body_chunk", "body_end")
    HEAD_FIELD_NUMBER: _ClassVar[int]
    BODY_CHUNK_FIELD_NUMBER: _ClassVar[int]
    BODY_END_FIELD_NUMBER: _ClassVar[int]
    head: HTTPRequestHead
    body_chunk: bytes
    body_end: bool
    def __init__(self, head: _Optional[_Union[HTTPRequestHead, _Mapping]] = ..., body_chunk: _Optional[bytes] = ..., body_end: bool = ...) -> None: ...

class HTTPResponseHead(_message.Message):
    __slots__ = ("status_code", "headers")
    STATUS_CODE_FIELD_NUMBER: _ClassVar[int]
    HEADERS_FIELD_NUMBER: _ClassVar[int]
    status_code: int
    headers: _containers.RepeatedCompositeFieldContainer[_models_pb2.HTTPHeader]
    def __init__(self, status_code: _Optional[int] = ..., headers: _Optional[_Iterable[_Union[_models_pb2.HTTPHeader, _Mapping]]] = ...) -> None: ...

class ServeHTTPResponse(_message.Message):
    __slots__ = ("head", "body_chunk", "flush")
    HEAD_FIELD_NUMBER: _ClassVar[int]
    BODY_CHUNK_FIELD_NUMBER: _ClassVar[int]
    FLUSH_FIELD_NUMBER: _ClassVar[int]
    head: HTTPResponseHead
    body_chunk: bytes
    flush: bool
    def __init__(self, head: _Optional[_Union[HTTPResponseHead, _Mapping]] = ..., body_chunk: _Optional[bytes] = ..., flush: bool = ...) -> None: ...
