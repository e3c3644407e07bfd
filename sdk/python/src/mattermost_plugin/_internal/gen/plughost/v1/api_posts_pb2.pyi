from mattermost_plugin._internal.gen.plughost.v1 import models_pb2 as _models_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CreatePostRequest(_message.Message):
    __slots__ = ("post",)
    POST_FIELD_NUMBER: _ClassVar[int]
    post: _models_pb2.Post
    def __init__(self, post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ...) -> None: ...

class CreatePostResponse(_message.Message):
    __slots__ = ("post",)
    POST_FIELD_NUMBER: _ClassVar[int]
    post: _models_pb2.Post
    def __init__(self, post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ...) -> None: ...

class UpdatePostRequest(_message.Message):
    __slots__ = ("post",)
    POST_FIELD_NUMBER: _ClassVar[int]
    post: _models_pb2.Post
    def __init__(self, post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ...) -> None: ...

class UpdatePostResponse(_message.Message):
    __slots__ = ("post",)
    POST_FIELD_NUMBER: _ClassVar[int]
    post: _models_pb2.Post
    def __init__(self, post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ...) -> None: ...

class DeletePostRequest(_message.Message):
    __slots__ = ("post_id",)
    POST_ID_FIELD_NUMBER: _ClassVar[int]
    post_id: str
    def __init__(self, post_id: _Optional[str] = ...) -> None: ...

class DeletePostResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetPostRequest(_message.Message):
    __slots__ = ("post_id",)
    POST_ID_FIELD_NUMBER: _ClassVar[int]
    post_id: str
    def __init__(self, post_id: _Optional[str] = ...) -> None: ...

class GetPostResponse(_message.Message):
    __slots__ = ("post",)
    POST_FIELD_NUMBER: _ClassVar[int]
    post: _models_pb2.Post
    def __init__(self, post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ...) -> None: ...

class GetPostThreadRequest(_message.Message):
    __slots__ = ("post_id",)
    POST_ID_FIELD_NUMBER: _ClassVar[int]
    post_id: str
    def __init__(self, post_id: _Optional[str] = ...) -> None: ...

class GetPostThreadResponse(_message.Message):
    __slots__ = ("post_list",)
    POST_LIST_FIELD_NUMBER: _ClassVar[int]
    post_list: _models_pb2.PostList
    def __init__(self, post_list: _Optional[_Union[_models_pb2.PostList, _Mapping]] = ...) -> None: ...

class GetPostsSinceRequest(_message.Message):
    __slots__ = ("channel_id", "time")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    TIME_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    time: int
    def __init__(self, channel_id: _Optional[str] = ..., time: _Optional[int] = ...) -> None: ...

class GetPostsSinceResponse(_message.Message):
    __slots__ = ("post_list",)
    POST_LIST_FIELD_NUMBER: _ClassVar[int]
    post_list: _models_pb2.PostList
    def __init__(self, post_list: _Optional[_Union[_models_pb2.PostList, _Mapping]] = ...) -> None: ...

class GetPostsAfterRequest(_message.Message):
    __slots__ = ("channel_id", "post_id", "page", "per_page")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    POST_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    post_id: str
    page: int
    per_page: int
    def __init__(self, channel_id: _Optional[str] = ..., post_id: _Optional[str] = ..., page: _Optional[int] = ..., per_page: _Optional[int] = ...) -> None: ...

class GetPostsAfterResponse(_message.Message):
    __slots__ = ("post_list",)
    POST_LIST_FIELD_NUMBER: _ClassVar[int]
    post_list: _models_pb2.PostList
    def __init__(self, post_list: _Optional[_Union[_models_pb2.PostList, _Mapping]] = ...) -> None: ...

class GetPostsBeforeRequest(_message.Message):
    __slots__ = ("channel_id", "post_id", "page", "per_page")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    POST_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    post_id: str
    page: int
    per_page: int
    def __init__(self, channel_id: _Optional[str] = ..., post_id: _Optional[str] = ..., page: _Optional[int] = ..., per_page: _Optional[int] = ...) -> None: ...

class GetPostsBeforeResponse(_message.Message):
    __slots__ = ("post_list",)
    POST_LIST_FIELD_NUMBER: _ClassVar[int]
    post_list: _models_pb2.PostList
    def __init__(self, post_list: _Optional[_Union[_models_pb2.PostList, _Mapping]] = ...) -> None: ...

class GetPostsForChannelRequest(_message.Message):
    __slots__ = ("channel_id", "page", "per_page")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    page: int
    per_page: int
    def __init__(self, channel_id: _Optional[str] = ..., page: _Optional[int] = ..., per_page: _Optional[int] = ...) -> None: ...

class GetPostsForChannelResponse(_message.Message):
    __slots__ = ("post_list",)
    POST_LIST_FIELD_NUMBER: _ClassVar[int]
    post_list: _models_pb2.PostList
    def __init__(self, post_list: _Optional[_Union[_models_pb2.PostList, _Mapping]] = ...) -> None: ...

class SearchPostsInTeamRequest(_message.Message):
    __slots__ = ("team_id", "params_list")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    PARAMS_LIST_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    params_list: _containers.RepeatedCompositeFieldContainer[_models_pb2.SearchParams]
    def __init__(self, team_id: _Optional[str] = ..., params_list: _Optional[_Iterable[_Union[_models_pb2.SearchParams, _Mapping]]] = ...) -> None: ...

class SearchPostsInTeamResponse(_message.Message):
    __slots__ = ("posts",)
    POSTS_FIELD_NUMBER: _ClassVar[int]
    posts: _containers.RepeatedCompositeFieldContainer[_models_pb2.Post]
    def __init__(self, posts: _Optional[_Iterable[_Union[_models_pb2.Post, _Mapping]]] = ...) -> None: ...

class SearchPostsInTeamForUserRequest(_message.Message):
    __slots__ = ("team_id", "user_id", "params")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    PARAMS_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    user_id: str
    params: _models_pb2.SearchParams
    def __init__(self, team_id: _Optional[str] = ..., user_id: _Optional[str] = ..., params: _Optional[_Union[_models_pb2.SearchParams, _Mapping]] = ...) -> None: ...

class SearchPostsInTeamForUserResponse(_message.Message):
    __slots__ = ("results",)
    RESULTS_FIELD_NUMBER: _ClassVar[int]
    results: _models_pb2.PostSearchResults
    def __init__(self, results: _Optional[_Union[_models_pb2.PostSearchResults, _Mapping]] = ...) -> None: ...

class SendEphemeralPostRequest(_message.Message):
    __slots__ = ("user_id", "post")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    POST_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    post: _models_pb2.Post
    def __init__(self, user_id: _Optional[str] = ..., post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ...) -> None: ...

class SendEphemeralPostResponse(_message.Message):
    __slots__ = ("post",)
    POST_FIELD_NUMBER: _ClassVar[int]
    post: _models_pb2.Post
    def __init__(self, post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ...) -> None: ...

class UpdateEphemeralPostRequest(_message.Message):
    __slots__ = ("user_id", "post")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    POST_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    post: _models_pb2.Post
    def __init__(self, user_id: _Optional[str] = ..., post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ...) -> None: ...

class UpdateEphemeralPostResponse(_message.Message):
    __slots__ = ("post",)
    POST_FIELD_NUMBER: _ClassVar[int]
    post: _models_pb2.Post
    def __init__(self, post: _Optional[_Union[_models_pb2.Post, _Mapping]] = ...) -> None: ...

class DeleteEphemeralPostRequest(_message.Message):
    __slots__ = ("user_id", "post_id")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    POST_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    post_id: str
    def __init__(self, user_id: _Optional[str] = ..., post_id: _Optional[str] = ...) -> None: ...

class DeleteEphemeralPostResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class MoveThreadsToBackingChannelRequest(_message.Message):
    __slots__ = ("root_ids", "channel_id")
    ROOT_IDS_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    root_ids: _containers.RepeatedScalarFieldContainer[str]
    channel_id: str
    def __init__(self, root_ids: _Optional[_Iterable[str]] = ..., channel_id: _Optional[str] = ...) -> None: ...

class MoveThreadsToBackingChannelResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AddReactionRequest(_message.Message):
    __slots__ = ("reaction",)
    REACTION_FIELD_NUMBER: _ClassVar[int]
    reaction: _models_pb2.Reaction
    def __init__(self, reaction: _Optional[_Union[_models_pb2.Reaction, _Mapping]] = ...) -> None: ...

class AddReactionResponse(_message.Message):
    __slots__ = ("reaction",)
    REACTION_FIELD_NUMBER: _ClassVar[int]
    reaction: _models_pb2.Reaction
    def __init__(self, reaction: _Optional[_Union[_models_pb2.Reaction, _Mapping]] = ...) -> None: ...

class RemoveReactionRequest(_message.Message):
    __slots__ = ("reaction",)
    REACTION_FIELD_NUMBER: _ClassVar[int]
    reaction: _models_pb2.Reaction
    def __init__(self, reaction: _Optional[_Union[_models_pb2.Reaction, _Mapping]] = ...) -> None: ...

class RemoveReactionResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetReactionsRequest(_message.Message):
    __slots__ = ("post_id",)
    POST_ID_FIELD_NUMBER: _ClassVar[int]
    post_id: str
    def __init__(self, post_id: _Optional[str] = ...) -> None: ...

class GetReactionsResponse(_message.Message):
    __slots__ = ("reactions",)
    REACTIONS_FIELD_NUMBER: _ClassVar[int]
    reactions: _containers.RepeatedCompositeFieldContainer[_models_pb2.Reaction]
    def __init__(self, reactions: _Optional[_Iterable[_Union[_models_pb2.Reaction, _Mapping]]] = ...) -> None: ...

class GetEmojiListRequest(_message.Message):
    __slots__ = ("sort_by", "page", "per_page")
    SORT_BY_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    sort_by: str
    page: int
    per_page: int
    def __init__(self, sort_by: _Optional[str] = ..., page: _Optional[int] = ..., per_page: _Optional[int] = ...) -> None: ...

class GetEmojiListResponse(_message.Message):
    __slots__ = ("emojis",)
    EMOJIS_FIELD_NUMBER: _ClassVar[int]
    emojis: _containers.RepeatedCompositeFieldContainer[_models_pb2.Emoji]
    def __init__(self, emojis: _Optional[_Iterable[_Union[_models_pb2.Emoji, _Mapping]]] = ...) -> None: ...

class GetEmojiByNameRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetEmojiByNameResponse(_message.Message):
    __slots__ = ("emoji",)
    EMOJI_FIELD_NUMBER: _ClassVar[int]
    emoji: _models_pb2.Emoji
    def __init__(self, emoji: _Optional[_Union[_models_pb2.Emoji, _Mapping]] = ...) -> None: ...

class GetEmojiRequest(_message.Message):
    __slots__ = ("emoji_id",)
    EMOJI_ID_FIELD_NUMBER: _ClassVar[int]
    emoji_id: str
    def __init__(self, emoji_id: _Optional[str] = ...) -> None: ...

class GetEmojiResponse(_message.Message):
    __slots__ = ("emoji",)
    EMOJI_FIELD_NUMBER: _ClassVar[int]
    emoji: _models_pb2.Emoji
    def __init__(self, emoji: _Optional[_Union[_models_pb2.Emoji, _Mapping]] = ...) -> None: ...

class GetEmojiImageRequest(_message.Message):
    __slots__ = ("emoji_id",)
    EMOJI_ID_FIELD_NUMBER: _ClassVar[int]
    emoji_id: str
    def __init__(self, emoji_id: _Optional[str] = ...) -> None: ...

class GetEmojiImageResponse(_message.Message):
    __slots__ = ("image", "image_type")
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    IMAGE_TYPE_FIELD_NUMBER: _ClassVar[int]
    image: bytes
    image_type: str
    def __init__(self, image: _Optional[bytes] = ..., image_type: _Optional[str] = ...) -> None: ...
