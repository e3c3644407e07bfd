from mattermost_plugin._internal.gen.plughost.v1 import models_pb2 as _models_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CreateChannelRequest(_message.Message):
    __slots__ = ("channel",)
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    channel: _models_pb2.Channel
    def __init__(self, channel: _Optional[_Union[_models_pb2.Channel, _Mapping]] = ...) -> None: ...

class CreateChannelResponse(_message.Message):
    __slots__ = ("channel",)
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    channel: _models_pb2.Channel
    def __init__(self, channel: _Optional[_Union[_models_pb2.Channel, _Mapping]] = ...) -> None: ...

class DeleteChannelRequest(_message.Message):
    __slots__ = ("channel_id",)
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    def __init__(self, channel_id: _Optional[str] = ...) -> None: ...

class DeleteChannelResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RestoreChannelRequest(_message.Message):
    __slots__ = ("channel_id",)
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    def __init__(self, channel_id: _Optional[str] = ...) -> None: ...

class RestoreChannelResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetChannelOfTypeRequest(_message.Message):
    __slots__ = ("channel_id", "channel_type")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_TYPE_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    channel_type: str
    def __init__(self, channel_id: _Optional[str] = ..., channel_type: _Optional[str] = ...) -> None: ...

class GetChannelOfTypeResponse(_message.Message):
    __slots__ = ("channel",)
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    channel: _models_pb2.Channel
    def __init__(self, channel: _Optional[_Union[_models_pb2.Channel, _Mapping]] = ...) -> None: ...

class GetPublicChannelsForTeamRequest(_message.Message):
    __slots__ = ("team_id", "page", "per_page")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    page: int
    per_page: int
    def __init__(self, team_id: _Optional[str] = ..., page: _Optional[int] = ..., per_page: _Optional[int] = ...) -> None: ...

class GetPublicChannelsForTeamResponse(_message.Message):
    __slots__ = ("channels",)
    CHANNELS_FIELD_NUMBER: _ClassVar[int]
    channels: _containers.RepeatedCompositeFieldContainer[_models_pb2.Channel]
    def __init__(self, channels: _Optional[_Iterable[_Union[_models_pb2.Channel, _Mapping]]] = ...) -> None: ...

class GetChannelRequest(_message.Message):
    __slots__ = ("channel_id",)
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    def __init__(self, channel_id: _Optional[str] = ...) -> None: ...

class GetChannelResponse(_message.Message):
    __slots__ = ("channel",)
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    channel: _models_pb2.Channel
    def __init__(self, channel: _Optional[_Union[_models_pb2.Channel, _Mapping]] = ...) -> None: ...

class GetChannelByNameRequest(_message.Message):
    __slots__ = ("team_id", "name", "include_deleted")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_DELETED_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    name: str
    include_deleted: bool
    def __init__(self, team_id: _Optional[str] = ..., name: _Optional[str] = ..., include_deleted: bool = ...) -> None: ...

class GetChannelByNameResponse(_message.Message):
    __slots__ = ("channel",)
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    channel: _models_pb2.Channel
    def __init__(self, channel: _Optional[_Union[_models_pb2.Channel, _Mapping]] = ...) -> None: ...

class GetChannelByNameForTeamNameRequest(_message.Message):
    __slots__ = ("team_name", "channel_name", "include_deleted")
    TEAM_NAME_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_NAME_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_DELETED_FIELD_NUMBER: _ClassVar[int]
    team_name: str
    channel_name: str
    include_deleted: bool
    def __init__(self, team_name: _Optional[str] = ..., channel_name: _Optional[str] = ..., include_deleted: bool = ...) -> None: ...

class GetChannelByNameForTeamNameResponse(_message.Message):
    __slots__ = ("channel",)
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    channel: _models_pb2.Channel
    def __init__(self, channel: _Optional[_Union[_models_pb2.Channel, _Mapping]] = ...) -> None: ...

class GetChannelsForTeamForUserRequest(_message.Message):
    __slots__ = ("team_id", "user_id", "include_deleted")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_DELETED_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    user_id: str
    include_deleted: bool
    def __init__(self, team_id: _Optional[str] = ..., user_id: _Optional[str] = ..., include_deleted: bool = ...) -> None: ...

class GetChannelsForTeamForUserResponse(_message.Message):
    __slots__ = ("channels",)
    CHANNELS_FIELD_NUMBER: _ClassVar[int]
    channels: _containers.RepeatedCompositeFieldContainer[_models_pb2.Channel]
    def __init__(self, channels: _Optional[_Iterable[_Union[_models_pb2.Channel, _Mapping]]] = ...) -> None: ...

class GetChannelStatsRequest(_message.Message):
    __slots__ = ("channel_id",)
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    def __init__(self, channel_id: _Optional[str] = ...) -> None: ...

class GetChannelStatsResponse(_message.Message):
    __slots__ = ("channel_stats",)
    CHANNEL_STATS_FIELD_NUMBER: _ClassVar[int]
    channel_stats: _models_pb2.ChannelStats
    def __init__(self, channel_stats: _Optional[_Union[_models_pb2.ChannelStats, _Mapping]] = ...) -> None: ...

class GetDirectChannelRequest(_message.Message):
    __slots__ = ("user_id_1", "user_id_2")
    USER_ID_1_FIELD_NUMBER: _ClassVar[int]
    USER_ID_2_FIELD_NUMBER: _ClassVar[int]
    user_id_1: str
    user_id_2: str
    def __init__(self, user_id_1: _Optional[str] = ..., user_id_2: _Optional[str] = ...) -> None: ...

class GetDirectChannelResponse(_message.Message):
    __slots__ = ("channel",)
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    channel: _models_pb2.Channel
    def __init__(self, channel: _Optional[_Union[_models_pb2.Channel, _Mapping]] = ...) -> None: ...

class GetGroupChannelRequest(_message.Message):
    __slots__ = ("user_ids",)
    USER_IDS_FIELD_NUMBER: _ClassVar[int]
    user_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, user_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class GetGroupChannelResponse(_message.Message):
    __slots__ = ("channel",)
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    channel: _models_pb2.Channel
    def __init__(self, channel: _Optional[_Union[_models_pb2.Channel, _Mapping]] = ...) -> None: ...

class UpdateChannelRequest(_message.Message):
    __slots__ = ("channel",)
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    channel: _models_pb2.Channel
    def __init__(self, channel: _Optional[_Union[_models_pb2.Channel, _Mapping]] = ...) -> None: ...

class UpdateChannelResponse(_message.Message):
    __slots__ = ("channel",)
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    channel: _models_pb2.Channel
    def __init__(self, channel: _Optional[_Union[_models_pb2.Channel, _Mapping]] = ...) -> None: ...

class RegisterChannelGuardRequest(_message.Message):
    __slots__ = ("channel_id",)
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    def __init__(self, channel_id: _Optional[str] = ...) -> None: ...

class RegisterChannelGuardResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UnregisterChannelGuardRequest(_message.Message):
    __slots__ = ("channel_id",)
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    def __init__(self, channel_id: _Optional[str] = ...) -> None: ...

class UnregisterChannelGuardResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SearchChannelsRequest(_message.Message):
    __slots__ = ("team_id", "term")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    TERM_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    term: str
    def __init__(self, team_id: _Optional[str] = ..., term: _Optional[str] = ...) -> None: ...

class SearchChannelsResponse(_message.Message):
    __slots__ = ("channels",)
    CHANNELS_FIELD_NUMBER: _ClassVar[int]
    channels: _containers.RepeatedCompositeFieldContainer[_models_pb2.Channel]
    def __init__(self, channels: _Optional[_Iterable[_Union[_models_pb2.Channel, _Mapping]]] = ...) -> None: ...

class AddChannelMemberRequest(_message.Message):
    __slots__ = ("channel_id", "user_id")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    user_id: str
    def __init__(self, channel_id: _Optional[str] = ..., user_id: _Optional[str] = ...) -> None: ...

class AddChannelMemberResponse(_message.Message):
    __slots__ = ("channel_member",)
    CHANNEL_MEMBER_FIELD_NUMBER: _ClassVar[int]
    channel_member: _models_pb2.ChannelMember
    def __init__(self, channel_member: _Optional[_Union[_models_pb2.ChannelMember, _Mapping]] = ...) -> None: ...

class AddUserToChannelRequest(_message.Message):
    __slots__ = ("channel_id", "user_id", "as_user_id")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    AS_USER_ID_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    user_id: str
    as_user_id: str
    def __init__(self, channel_id: _Optional[str] = ..., user_id: _Optional[str] = ..., as_user_id: _Optional[str] = ...) -> None: ...

class AddUserToChannelResponse(_message.Message):
    __slots__ = ("channel_member",)
    CHANNEL_MEMBER_FIELD_NUMBER: _ClassVar[int]
    channel_member: _models_pb2.ChannelMember
    def __init__(self, channel_member: _Optional[_Union[_models_pb2.ChannelMember, _Mapping]] = ...) -> None: ...

class GetChannelMemberRequest(_message.Message):
    __slots__ = ("channel_id", "user_id")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    user_id: str
    def __init__(self, channel_id: _Optional[str] = ..., user_id: _Optional[str] = ...) -> None: ...

class GetChannelMemberResponse(_message.Message):
    __slots__ = ("channel_member",)
    CHANNEL_MEMBER_FIELD_NUMBER: _ClassVar[int]
    channel_member: _models_pb2.ChannelMember
    def __init__(self, channel_member: _Optional[_Union[_models_pb2.ChannelMember, _Mapping]] = ...) -> None: ...

class GetChannelMembersRequest(_message.Message):
    __slots__ = ("channel_id", "page", "per_page")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    page: int
    per_page: int
    def __init__(self, channel_id: _Optional[str] = ..., page: _Optional[int] = ..., per_page: _Optional[int] = ...) -> None: ...

class GetChannelMembersResponse(_message.Message):
    __slots__ = ("channel_members",)
    CHANNEL_MEMBERS_FIELD_NUMBER: _ClassVar[int]
    channel_members: _containers.RepeatedCompositeFieldContainer[_models_pb2.ChannelMember]
    def __init__(self, channel_members: _Optional[_Iterable[_Union[_models_pb2.ChannelMember, _Mapping]]] = ...) -> None: ...

class GetChannelMembersByIdsRequest(_message.Message):
    __slots__ = ("channel_id", "user_ids")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    USER_IDS_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    user_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, channel_id: _Optional[str] = ..., user_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class GetChannelMembersByIdsResponse(_message.Message):
    __slots__ = ("channel_members",)
    CHANNEL_MEMBERS_FIELD_NUMBER: _ClassVar[int]
    channel_members: _containers.RepeatedCompositeFieldContainer[_models_pb2.ChannelMember]
    def __init__(self, channel_members: _Optional[_Iterable[_Union[_models_pb2.ChannelMember, _Mapping]]] = ...) -> None: ...

class GetChannelMembersForUserRequest(_message.Message):
    __slots__ = ("team_id", "user_id", "page", "per_page")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    user_id: str
    page: int
    per_page: int
    def __init__(self, team_id: _Optional[str] = ..., user_id: _Optional[str] = ..., page: _Optional[int] = ..., per_page: _Optional[int] = ...) -> None: ...

class GetChannelMembersForUserResponse(_message.Message):
    __slots__ = ("channel_members",)
    CHANNEL_MEMBERS_FIELD_NUMBER: _ClassVar[int]
    channel_members: _containers.RepeatedCompositeFieldContainer[_models_pb2.ChannelMember]
    def __init__(self, channel_members: _Optional[_Iterable[_Union[_models_pb2.ChannelMember, _Mapping]]] = ...) -> None: ...

class UpdateChannelMemberRolesRequest(_message.Message):
    __slots__ = ("channel_id", "user_id", "new_roles")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    NEW_ROLES_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    user_id: str
    new_roles: str
    def __init__(self, channel_id: _Optional[str] = ..., user_id: _Optional[str] = ..., new_roles: _Optional[str] = ...) -> None: ...

class UpdateChannelMemberRolesResponse(_message.Message):
    __slots__ = ("channel_member",)
    CHANNEL_MEMBER_FIELD_NUMBER: _ClassVar[int]
    channel_member: _models_pb2.ChannelMember
    def __init__(self, channel_member: _Optional[_Union[_models_pb2.ChannelMember, _Mapping]] = ...) -> None: ...

class UpdateChannelMemberNotificationsRequest(_message.Message):
    __slots__ = ("channel_id", "user_id", "notifications")
    class NotificationsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    NOTIFICATIONS_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    user_id: str
    notifications: _containers.ScalarMap[str, str]
    def __init__(self, channel_id: _Optional[str] = ..., user_id: _Optional[str] = ..., notifications: _Optional[_Mapping[str, str]] = ...) -> None: ...

class UpdateChannelMemberNotificationsResponse(_message.Message):
    __slots__ = ("channel_member",)
    CHANNEL_MEMBER_FIELD_NUMBER: _ClassVar[int]
    channel_member: _models_pb2.ChannelMember
    def __init__(self, channel_member: _Optional[_Union[_models_pb2.ChannelMember, _Mapping]] = ...) -> None: ...

class PatchChannelMembersNotificationsRequest(_message.Message):
    __slots__ = ("members", "notify_props")
    class NotifyPropsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    NOTIFY_PROPS_FIELD_NUMBER: _ClassVar[int]
    members: _containers.RepeatedCompositeFieldContainer[_models_pb2.ChannelMemberIdentifier]
    notify_props: _containers.ScalarMap[str, str]
    def __init__(self, members: _Optional[_Iterable[_Union[_models_pb2.ChannelMemberIdentifier, _Mapping]]] = ..., notify_props: _Optional[_Mapping[str, str]] = ...) -> None: ...

class PatchChannelMembersNotificationsResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeleteChannelMemberRequest(_message.Message):
    __slots__ = ("channel_id", "user_id")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    user_id: str
    def __init__(self, channel_id: _Optional[str] = ..., user_id: _Optional[str] = ...) -> None: ...

class DeleteChannelMemberResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AddChannelsToRetentionPolicyRequest(_message.Message):
    __slots__ = ("policy_id", "channel_ids")
    POLICY_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_IDS_FIELD_NUMBER: _ClassVar[int]
    policy_id: str
    channel_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, policy_id: _Optional[str] = ..., channel_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class AddChannelsToRetentionPolicyResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RemoveChannelsFromRetentionPolicyRequest(_message.Message):
    __slots__ = ("policy_id", "channel_ids")
    POLICY_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_IDS_FIELD_NUMBER: _ClassVar[int]
    policy_id: str
    channel_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, policy_id: _Optional[str] = ..., channel_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class RemoveChannelsFromRetentionPolicyResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CreateChannelSidebarCategoryRequest(_message.Message):
    __slots__ = ("user_id", "team_id", "new_category")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    NEW_CATEGORY_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    team_id: str
    new_category: _models_pb2.SidebarCategoryWithChannels
    def __init__(self, user_id: _Optional[str] = ..., team_id: _Optional[str] = ..., new_category: _Optional[_Union[_models_pb2.SidebarCategoryWithChannels, _Mapping]] = ...) -> None: ...

class CreateChannelSidebarCategoryResponse(_message.Message):
    __slots__ = ("category",)
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    category: _models_pb2.SidebarCategoryWithChannels
    def __init__(self, category: _Optional[_Union[_models_pb2.SidebarCategoryWithChannels, _Mapping]] = ...) -> None: ...

class GetChannelSidebarCategoriesRequest(_message.Message):
    __slots__ = ("user_id", "team_id")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    team_id: str
    def __init__(self, user_id: _Optional[str] = ..., team_id: _Optional[str] = ...) -> None: ...

class GetChannelSidebarCategoriesResponse(_message.Message):
    __slots__ = ("categories",)
    CATEGORIES_FIELD_NUMBER: _ClassVar[int]
    categories: _models_pb2.OrderedSidebarCategories
    def __init__(self, categories: _Optional[_Union[_models_pb2.OrderedSidebarCategories, _Mapping]] = ...) -> None: ...

class UpdateChannelSidebarCategoriesRequest(_message.Message):
    __slots__ = ("user_id", "team_id", "categories")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    CATEGORIES_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    team_id: str
    categories: _containers.RepeatedCompositeFieldContainer[_models_pb2.SidebarCategoryWithChannels]
    def __init__(self, user_id: _Optional[str] = ..., team_id: _Optional[str] = ..., categories: _Optional[_Iterable[_Union[_models_pb2.SidebarCategoryWithChannels, _Mapping]]] = ...) -> None: ...

class UpdateChannelSidebarCategoriesResponse(_message.Message):
    __slots__ = ("categories",)
    CATEGORIES_FIELD_NUMBER: _ClassVar[int]
    categories: _containers.RepeatedCompositeFieldContainer[_models_pb2.SidebarCategoryWithChannels]
    def __init__(self, categories: _Optional[_Iterable[_Union[_models_pb2.SidebarCategoryWithChannels, _Mapping]]] = ...) -> None: ...
