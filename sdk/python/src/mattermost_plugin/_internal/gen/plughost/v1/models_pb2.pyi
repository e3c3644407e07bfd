from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class AppError(_message.Message):
    __slots__ = ("id", "message", "detailed_error", "request_id", "status_code", "where")
    ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    DETAILED_ERROR_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_CODE_FIELD_NUMBER: _ClassVar[int]
    WHERE_FIELD_NUMBER: _ClassVar[int]
    id: str
    message: str
    detailed_error: str
    request_id: str
    status_code: int
    where: str
    def __init__(self, id: _Optional[str] = ..., message: _Optional[str] = ..., detailed_error: _Optional[str] = ..., request_id: _Optional[str] = ..., status_code: _Optional[int] = ..., where: _Optional[str] = ...) -> None: ...

class Context(_message.Message):
    __slots__ = ("session_id", "request_id", "ip_address", "accept_language", "user_agent")
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    IP_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    ACCEPT_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    USER_AGENT_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    request_id: str
    ip_address: str
    accept_language: str
    user_agent: str
    def __init__(self, session_id: _Optional[str] = ..., request_id: _Optional[str] = ..., ip_address: _Optional[str] = ..., accept_language: _Optional[str] = ..., user_agent: _Optional[str] = ...) -> None: ...

class User(_message.Message):
    __slots__ = ("id", "create_at", "update_at", "delete_at", "username", "password", "auth_service", "email", "email_verified", "nickname", "first_name", "last_name", "position", "roles", "locale", "is_bot", "bot_description", "last_password_update", "props_json")
    ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    DELETE_AT_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    PASSWORD_FIELD_NUMBER: _ClassVar[int]
    AUTH_SERVICE_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    EMAIL_VERIFIED_FIELD_NUMBER: _ClassVar[int]
    NICKNAME_FIELD_NUMBER: _ClassVar[int]
    FIRST_NAME_FIELD_NUMBER: _ClassVar[int]
    LAST_NAME_FIELD_NUMBER: _ClassVar[int]
    POSITION_FIELD_NUMBER: _ClassVar[int]
    ROLES_FIELD_NUMBER: _ClassVar[int]
    LOCALE_FIELD_NUMBER: _ClassVar[int]
    IS_BOT_FIELD_NUMBER: _ClassVar[int]
    BOT_DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    LAST_PASSWORD_UPDATE_FIELD_NUMBER: _ClassVar[int]
    PROPS_JSON_FIELD_NUMBER: _ClassVar[int]
    id: str
    create_at: int
    update_at: int
    delete_at: int
    username: str
    password: str
    auth_service: str
    email: str
    email_verified: bool
    nickname: str
    first_name: str
    last_name: str
    position: str
    roles: str
    locale: str
    is_bot: bool
    bot_description: str
    last_password_update: int
    props_json: str
    def __init__(self, id: _Optional[str] = ..., create_at: _Optional[int] = ..., update_at: _Optional[int] = ..., delete_at: _Optional[int] = ..., username: _Optional[str] = ..., password: _Optional[str] = ..., auth_service: _Optional[str] = ..., email: _Optional[str] = ..., email_verified: bool = ..., nickname: _Optional[str] = ..., first_name: _Optional[str] = ..., last_name: _Optional[str] = ..., position: _Optional[str] = ..., roles: _Optional[str] = ..., locale: _Optional[str] = ..., is_bot: bool = ..., bot_description: _Optional[str] = ..., last_password_update: _Optional[int] = ..., props_json: _Optional[str] = ...) -> None: ...

class Team(_message.Message):
    __slots__ = ("id", "create_at", "update_at", "delete_at", "display_name", "name", "description", "email", "type", "allow_open_invite", "invite_id", "last_team_icon_update", "group_constrained")
    ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    DELETE_AT_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ALLOW_OPEN_INVITE_FIELD_NUMBER: _ClassVar[int]
    INVITE_ID_FIELD_NUMBER: _ClassVar[int]
    LAST_TEAM_ICON_UPDATE_FIELD_NUMBER: _ClassVar[int]
    GROUP_CONSTRAINED_FIELD_NUMBER: _ClassVar[int]
    id: str
    create_at: int
    update_at: int
    delete_at: int
    display_name: str
    name: str
    description: str
    email: str
    type: str
    allow_open_invite: bool
    invite_id: str
    last_team_icon_update: int
    group_constrained: bool
    def __init__(self, id: _Optional[str] = ..., create_at: _Optional[int] = ..., update_at: _Optional[int] = ..., delete_at: _Optional[int] = ..., display_name: _Optional[str] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., email: _Optional[str] = ..., type: _Optional[str] = ..., allow_open_invite: bool = ..., invite_id: _Optional[str] = ..., last_team_icon_update: _Optional[int] = ..., group_constrained: bool = ...) -> None: ...

class TeamMember(_message.Message):
    __slots__ = ("team_id", "user_id", "roles", "delete_at", "scheme_admin", "scheme_user")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    ROLES_FIELD_NUMBER: _ClassVar[int]
    DELETE_AT_FIELD_NUMBER: _ClassVar[int]
    SCHEME_ADMIN_FIELD_NUMBER: _ClassVar[int]
    SCHEME_USER_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    user_id: str
    roles: str
    delete_at: int
    scheme_admin: bool
    scheme_user: bool
    def __init__(self, team_id: _Optional[str] = ..., user_id: _Optional[str] = ..., roles: _Optional[str] = ..., delete_at: _Optional[int] = ..., scheme_admin: bool = ..., scheme_user: bool = ...) -> None: ...

class Channel(_message.Message):
    __slots__ = ("id", "create_at", "update_at", "delete_at", "team_id", "type", "display_name", "name", "header", "purpose", "last_post_at", "total_msg_count", "creator_id", "group_constrained")
    ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    DELETE_AT_FIELD_NUMBER: _ClassVar[int]
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    HEADER_FIELD_NUMBER: _ClassVar[int]
    PURPOSE_FIELD_NUMBER: _ClassVar[int]
    LAST_POST_AT_FIELD_NUMBER: _ClassVar[int]
    TOTAL_MSG_COUNT_FIELD_NUMBER: _ClassVar[int]
    CREATOR_ID_FIELD_NUMBER: _ClassVar[int]
    GROUP_CONSTRAINED_FIELD_NUMBER: _ClassVar[int]
    id: str
    create_at: int
    update_at: int
    delete_at: int
    team_id: str
    type: str
    display_name: str
    name: str
    header: str
    purpose: str
    last_post_at: int
    total_msg_count: int
    creator_id: str
    group_constrained: bool
    def __init__(self, id: _Optional[str] = ..., create_at: _Optional[int] = ..., update_at: _Optional[int] = ..., delete_at: _Optional[int] = ..., team_id: _Optional[str] = ..., type: _Optional[str] = ..., display_name: _Optional[str] = ..., name: _Optional[str] = ..., header: _Optional[str] = ..., purpose: _Optional[str] = ..., last_post_at: _Optional[int] = ..., total_msg_count: _Optional[int] = ..., creator_id: _Optional[str] = ..., group_constrained: bool = ...) -> None: ...

class ChannelMember(_message.Message):
    __slots__ = ("channel_id", "user_id", "roles", "last_viewed_at", "msg_count", "mention_count", "last_update_at", "scheme_admin", "scheme_user", "notify_props_json")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    ROLES_FIELD_NUMBER: _ClassVar[int]
    LAST_VIEWED_AT_FIELD_NUMBER: _ClassVar[int]
    MSG_COUNT_FIELD_NUMBER: _ClassVar[int]
    MENTION_COUNT_FIELD_NUMBER: _ClassVar[int]
    LAST_UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    SCHEME_ADMIN_FIELD_NUMBER: _ClassVar[int]
    SCHEME_USER_FIELD_NUMBER: _ClassVar[int]
    NOTIFY_PROPS_JSON_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    user_id: str
    roles: str
    last_viewed_at: int
    msg_count: int
    mention_count: int
    last_update_at: int
    scheme_admin: bool
    scheme_user: bool
    notify_props_json: str
    def __init__(self, channel_id: _Optional[str] = ..., user_id: _Optional[str] = ..., roles: _Optional[str] = ..., last_viewed_at: _Optional[int] = ..., msg_count: _Optional[int] = ..., mention_count: _Optional[int] = ..., last_update_at: _Optional[int] = ..., scheme_admin: bool = ..., scheme_user: bool = ..., notify_props_json: _Optional[str] = ...) -> None: ...

class Post(_message.Message):
    __slots__ = ("id", "create_at", "update_at", "edit_at", "delete_at", "is_pinned", "user_id", "channel_id", "root_id", "original_id", "message", "type", "props_json", "hashtags", "file_ids", "pending_post_id", "reply_count")
    ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    EDIT_AT_FIELD_NUMBER: _ClassVar[int]
    DELETE_AT_FIELD_NUMBER: _ClassVar[int]
    IS_PINNED_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    ROOT_ID_FIELD_NUMBER: _ClassVar[int]
    ORIGINAL_ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    PROPS_JSON_FIELD_NUMBER: _ClassVar[int]
    HASHTAGS_FIELD_NUMBER: _ClassVar[int]
    FILE_IDS_FIELD_NUMBER: _ClassVar[int]
    PENDING_POST_ID_FIELD_NUMBER: _ClassVar[int]
    REPLY_COUNT_FIELD_NUMBER: _ClassVar[int]
    id: str
    create_at: int
    update_at: int
    edit_at: int
    delete_at: int
    is_pinned: bool
    user_id: str
    channel_id: str
    root_id: str
    original_id: str
    message: str
    type: str
    props_json: str
    hashtags: str
    file_ids: _containers.RepeatedScalarFieldContainer[str]
    pending_post_id: str
    reply_count: int
    def __init__(self, id: _Optional[str] = ..., create_at: _Optional[int] = ..., update_at: _Optional[int] = ..., edit_at: _Optional[int] = ..., delete_at: _Optional[int] = ..., is_pinned: bool = ..., user_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., root_id: _Optional[str] = ..., original_id: _Optional[str] = ..., message: _Optional[str] = ..., type: _Optional[str] = ..., props_json: _Optional[str] = ..., hashtags: _Optional[str] = ..., file_ids: _Optional[_Iterable[str]] = ..., pending_post_id: _Optional[str] = ..., reply_count: _Optional[int] = ...) -> None: ...

class Reaction(_message.Message):
    __slots__ = ("user_id", "post_id", "emoji_name", "create_at")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    POST_ID_FIELD_NUMBER: _ClassVar[int]
    EMOJI_NAME_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    post_id: str
    emoji_name: str
    create_at: int
    def __init__(self, user_id: _Optional[str] = ..., post_id: _Optional[str] = ..., emoji_name: _Optional[str] = ..., create_at: _Optional[int] = ...) -> None: ...

class Preference(_message.Message):
    __slots__ = ("user_id", "category", "name", "value")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    category: str
    name: str
    value: str
    def __init__(self, user_id: _Optional[str] = ..., category: _Optional[str] = ..., name: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...

class WebSocketRequest(_message.Message):
    __slots__ = ("seq", "action", "data_json")
    SEQ_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    DATA_JSON_FIELD_NUMBER: _ClassVar[int]
    seq: int
    action: str
    data_json: str
    def __init__(self, seq: _Optional[int] = ..., action: _Optional[str] = ..., data_json: _Optional[str] = ...) -> None: ...

class FileInfo(_message.Message):
    __slots__ = ("id", "creator_id", "post_id", "channel_id", "create_at", "update_at", "delete_at", "name", "extension", "size", "mime_type", "width", "height", "has_preview_image")
    ID_FIELD_NUMBER: _ClassVar[int]
    CREATOR_ID_FIELD_NUMBER: _ClassVar[int]
    POST_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    DELETE_AT_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    EXTENSION_FIELD_NUMBER: _ClassVar[int]
    SIZE_FIELD_NUMBER: _ClassVar[int]
    MIME_TYPE_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_FIELD_NUMBER: _ClassVar[int]
    HAS_PREVIEW_IMAGE_FIELD_NUMBER: _ClassVar[int]
    id: str
    creator_id: str
    post_id: str
    channel_id: str
    create_at: int
    update_at: int
    delete_at: int
    name: str
    extension: str
    size: int
    mime_type: str
    width: int
    height: int
    has_preview_image: bool
    def __init__(self, id: _Optional[str] = ..., creator_id: _Optional[str] = ..., post_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., create_at: _Optional[int] = ..., update_at: _Optional[int] = ..., delete_at: _Optional[int] = ..., name: _Optional[str] = ..., extension: _Optional[str] = ..., size: _Optional[int] = ..., mime_type: _Optional[str] = ..., width: _Optional[int] = ..., height: _Optional[int] = ..., has_preview_image: bool = ...) -> None: ...

class CommandArgs(_message.Message):
    __slots__ = ("user_id", "channel_id", "team_id", "root_id", "parent_id", "trigger_id", "command", "site_url")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    ROOT_ID_FIELD_NUMBER: _ClassVar[int]
    PARENT_ID_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_ID_FIELD_NUMBER: _ClassVar[int]
    COMMAND_FIELD_NUMBER: _ClassVar[int]
    SITE_URL_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    channel_id: str
    team_id: str
    root_id: str
    parent_id: str
    trigger_id: str
    command: str
    site_url: str
    def __init__(self, user_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., team_id: _Optional[str] = ..., root_id: _Optional[str] = ..., parent_id: _Optional[str] = ..., trigger_id: _Optional[str] = ..., command: _Optional[str] = ..., site_url: _Optional[str] = ...) -> None: ...

class CommandResponse(_message.Message):
    __slots__ = ("response_type", "text", "username", "channel_id", "icon_url", "type", "props_json", "goto_location", "trigger_id", "skip_slack_parsing", "extra_responses")
    RESPONSE_TYPE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    ICON_URL_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    PROPS_JSON_FIELD_NUMBER: _ClassVar[int]
    GOTO_LOCATION_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_ID_FIELD_NUMBER: _ClassVar[int]
    SKIP_SLACK_PARSING_FIELD_NUMBER: _ClassVar[int]
    EXTRA_RESPONSES_FIELD_NUMBER: _ClassVar[int]
    response_type: str
    text: str
    username: str
    channel_id: str
    icon_url: str
    type: str
    props_json: str
    goto_location: str
    trigger_id: str
    skip_slack_parsing: bool
    extra_responses: _containers.RepeatedCompositeFieldContainer[CommandResponse]
    def __init__(self, response_type: _Optional[str] = ..., text: _Optional[str] = ..., username: _Optional[str] = ..., channel_id: _Optional[str] = ..., icon_url: _Optional[str] = ..., type: _Optional[str] = ..., props_json: _Optional[str] = ..., goto_location: _Optional[str] = ..., trigger_id: _Optional[str] = ..., skip_slack_parsing: bool = ..., extra_responses: _Optional[_Iterable[_Union[CommandResponse, _Mapping]]] = ...) -> None: ...

class PluginKVSetOptions(_message.Message):
    __slots__ = ("atomic", "old_value", "expire_in_seconds")
    ATOMIC_FIELD_NUMBER: _ClassVar[int]
    OLD_VALUE_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_IN_SECONDS_FIELD_NUMBER: _ClassVar[int]
    atomic: bool
    old_value: bytes
    expire_in_seconds: int
    def __init__(self, atomic: bool = ..., old_value: _Optional[bytes] = ..., expire_in_seconds: _Optional[int] = ...) -> None: ...

class HTTPHeader(_message.Message):
    __slots__ = ("name", "values")
    NAME_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    name: str
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, name: _Optional[str] = ..., values: _Optional[_Iterable[str]] = ...) -> None: ...

class Command(_message.Message):
    __slots__ = ("id", "token", "create_at", "update_at", "delete_at", "creator_id", "team_id", "trigger", "method", "username", "icon_url", "auto_complete", "auto_complete_desc", "auto_complete_hint", "display_name", "description", "url", "plugin_id")
    ID_FIELD_NUMBER: _ClassVar[int]
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    DELETE_AT_FIELD_NUMBER: _ClassVar[int]
    CREATOR_ID_FIELD_NUMBER: _ClassVar[int]
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_FIELD_NUMBER: _ClassVar[int]
    METHOD_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    ICON_URL_FIELD_NUMBER: _ClassVar[int]
    AUTO_COMPLETE_FIELD_NUMBER: _ClassVar[int]
    AUTO_COMPLETE_DESC_FIELD_NUMBER: _ClassVar[int]
    AUTO_COMPLETE_HINT_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    PLUGIN_ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    token: str
    create_at: int
    update_at: int
    delete_at: int
    creator_id: str
    team_id: str
    trigger: str
    method: str
    username: str
    icon_url: str
    auto_complete: bool
    auto_complete_desc: str
    auto_complete_hint: str
    display_name: str
    description: str
    url: str
    plugin_id: str
    def __init__(self, id: _Optional[str] = ..., token: _Optional[str] = ..., create_at: _Optional[int] = ..., update_at: _Optional[int] = ..., delete_at: _Optional[int] = ..., creator_id: _Optional[str] = ..., team_id: _Optional[str] = ..., trigger: _Optional[str] = ..., method: _Optional[str] = ..., username: _Optional[str] = ..., icon_url: _Optional[str] = ..., auto_complete: bool = ..., auto_complete_desc: _Optional[str] = ..., auto_complete_hint: _Optional[str] = ..., display_name: _Optional[str] = ..., description: _Optional[str] = ..., url: _Optional[str] = ..., plugin_id: _Optional[str] = ...) -> None: ...

class Session(_message.Message):
    __slots__ = ("id", "token", "create_at", "expires_at", "last_activity_at", "user_id", "device_id", "roles", "is_oauth", "props_json")
    ID_FIELD_NUMBER: _ClassVar[int]
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    LAST_ACTIVITY_AT_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    DEVICE_ID_FIELD_NUMBER: _ClassVar[int]
    ROLES_FIELD_NUMBER: _ClassVar[int]
    IS_OAUTH_FIELD_NUMBER: _ClassVar[int]
    PROPS_JSON_FIELD_NUMBER: _ClassVar[int]
    id: str
    token: str
    create_at: int
    expires_at: int
    last_activity_at: int
    user_id: str
    device_id: str
    roles: str
    is_oauth: bool
    props_json: str
    def __init__(self, id: _Optional[str] = ..., token: _Optional[str] = ..., create_at: _Optional[int] = ..., expires_at: _Optional[int] = ..., last_activity_at: _Optional[int] = ..., user_id: _Optional[str] = ..., device_id: _Optional[str] = ..., roles: _Optional[str] = ..., is_oauth: bool = ..., props_json: _Optional[str] = ...) -> None: ...

class UserAccessToken(_message.Message):
    __slots__ = ("id", "token", "user_id", "description", "is_active")
    ID_FIELD_NUMBER: _ClassVar[int]
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    IS_ACTIVE_FIELD_NUMBER: _ClassVar[int]
    id: str
    token: str
    user_id: str
    description: str
    is_active: bool
    def __init__(self, id: _Optional[str] = ..., token: _Optional[str] = ..., user_id: _Optional[str] = ..., description: _Optional[str] = ..., is_active: bool = ...) -> None: ...

class Status(_message.Message):
    __slots__ = ("user_id", "status", "manual", "last_activity_at", "active_channel", "dnd_end_time")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    MANUAL_FIELD_NUMBER: _ClassVar[int]
    LAST_ACTIVITY_AT_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_CHANNEL_FIELD_NUMBER: _ClassVar[int]
    DND_END_TIME_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    status: str
    manual: bool
    last_activity_at: int
    active_channel: str
    dnd_end_time: int
    def __init__(self, user_id: _Optional[str] = ..., status: _Optional[str] = ..., manual: bool = ..., last_activity_at: _Optional[int] = ..., active_channel: _Optional[str] = ..., dnd_end_time: _Optional[int] = ...) -> None: ...

class CustomStatus(_message.Message):
    __slots__ = ("emoji", "text", "duration", "expires_at")
    EMOJI_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    emoji: str
    text: str
    duration: str
    expires_at: str
    def __init__(self, emoji: _Optional[str] = ..., text: _Optional[str] = ..., duration: _Optional[str] = ..., expires_at: _Optional[str] = ...) -> None: ...

class UserAuth(_message.Message):
    __slots__ = ("auth_data", "auth_service")
    AUTH_DATA_FIELD_NUMBER: _ClassVar[int]
    AUTH_SERVICE_FIELD_NUMBER: _ClassVar[int]
    auth_data: str
    auth_service: str
    def __init__(self, auth_data: _Optional[str] = ..., auth_service: _Optional[str] = ...) -> None: ...

class UserSearch(_message.Message):
    __slots__ = ("term", "team_id", "not_in_team_id", "in_channel_id", "not_in_channel_id", "allow_inactive", "without_team", "limit", "role")
    TERM_FIELD_NUMBER: _ClassVar[int]
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    NOT_IN_TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    IN_CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    NOT_IN_CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    ALLOW_INACTIVE_FIELD_NUMBER: _ClassVar[int]
    WITHOUT_TEAM_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    term: str
    team_id: str
    not_in_team_id: str
    in_channel_id: str
    not_in_channel_id: str
    allow_inactive: bool
    without_team: bool
    limit: int
    role: str
    def __init__(self, term: _Optional[str] = ..., team_id: _Optional[str] = ..., not_in_team_id: _Optional[str] = ..., in_channel_id: _Optional[str] = ..., not_in_channel_id: _Optional[str] = ..., allow_inactive: bool = ..., without_team: bool = ..., limit: _Optional[int] = ..., role: _Optional[str] = ...) -> None: ...

class TeamUnread(_message.Message):
    __slots__ = ("team_id", "msg_count", "mention_count")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    MSG_COUNT_FIELD_NUMBER: _ClassVar[int]
    MENTION_COUNT_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    msg_count: int
    mention_count: int
    def __init__(self, team_id: _Optional[str] = ..., msg_count: _Optional[int] = ..., mention_count: _Optional[int] = ...) -> None: ...

class TeamMemberWithError(_message.Message):
    __slots__ = ("user_id", "member", "error")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    member: TeamMember
    error: AppError
    def __init__(self, user_id: _Optional[str] = ..., member: _Optional[_Union[TeamMember, _Mapping]] = ..., error: _Optional[_Union[AppError, _Mapping]] = ...) -> None: ...

class TeamStats(_message.Message):
    __slots__ = ("team_id", "total_member_count", "active_member_count")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    TOTAL_MEMBER_COUNT_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_MEMBER_COUNT_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    total_member_count: int
    active_member_count: int
    def __init__(self, team_id: _Optional[str] = ..., total_member_count: _Optional[int] = ..., active_member_count: _Optional[int] = ...) -> None: ...

class ChannelStats(_message.Message):
    __slots__ = ("channel_id", "member_count", "guest_count", "pinnedpost_count", "files_count")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    MEMBER_COUNT_FIELD_NUMBER: _ClassVar[int]
    GUEST_COUNT_FIELD_NUMBER: _ClassVar[int]
    PINNEDPOST_COUNT_FIELD_NUMBER: _ClassVar[int]
    FILES_COUNT_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    member_count: int
    guest_count: int
    pinnedpost_count: int
    files_count: int
    def __init__(self, channel_id: _Optional[str] = ..., member_count: _Optional[int] = ..., guest_count: _Optional[int] = ..., pinnedpost_count: _Optional[int] = ..., files_count: _Optional[int] = ...) -> None: ...

class ChannelMemberIdentifier(_message.Message):
    __slots__ = ("channel_id", "user_id")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    user_id: str
    def __init__(self, channel_id: _Optional[str] = ..., user_id: _Optional[str] = ...) -> None: ...

class SidebarCategoryWithChannels(_message.Message):
    __slots__ = ("id", "user_id", "team_id", "sort_order", "sorting", "type", "display_name", "muted", "collapsed", "channel_ids")
    ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    SORT_ORDER_FIELD_NUMBER: _ClassVar[int]
    SORTING_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    MUTED_FIELD_NUMBER: _ClassVar[int]
    COLLAPSED_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_IDS_FIELD_NUMBER: _ClassVar[int]
    id: str
    user_id: str
    team_id: str
    sort_order: int
    sorting: str
    type: str
    display_name: str
    muted: bool
    collapsed: bool
    channel_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, id: _Optional[str] = ..., user_id: _Optional[str] = ..., team_id: _Optional[str] = ..., sort_order: _Optional[int] = ..., sorting: _Optional[str] = ..., type: _Optional[str] = ..., display_name: _Optional[str] = ..., muted: bool = ..., collapsed: bool = ..., channel_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class OrderedSidebarCategories(_message.Message):
    __slots__ = ("categories", "order")
    CATEGORIES_FIELD_NUMBER: _ClassVar[int]
    ORDER_FIELD_NUMBER: _ClassVar[int]
    categories: _containers.RepeatedCompositeFieldContainer[SidebarCategoryWithChannels]
    order: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, categories: _Optional[_Iterable[_Union[SidebarCategoryWithChannels, _Mapping]]] = ..., order: _Optional[_Iterable[str]] = ...) -> None: ...

class PostList(_message.Message):
    __slots__ = ("order", "posts", "next_post_id", "prev_post_id", "has_next")
    ORDER_FIELD_NUMBER: _ClassVar[int]
    POSTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_POST_ID_FIELD_NUMBER: _ClassVar[int]
    PREV_POST_ID_FIELD_NUMBER: _ClassVar[int]
    HAS_NEXT_FIELD_NUMBER: _ClassVar[int]
    order: _containers.RepeatedScalarFieldContainer[str]
    posts: _containers.RepeatedCompositeFieldContainer[Post]
    next_post_id: str
    prev_post_id: str
    has_next: bool
    def __init__(self, order: _Optional[_Iterable[str]] = ..., posts: _Optional[_Iterable[_Union[Post, _Mapping]]] = ..., next_post_id: _Optional[str] = ..., prev_post_id: _Optional[str] = ..., has_next: bool = ...) -> None: ...

class SearchParams(_message.Message):
    __slots__ = ("terms", "excluded_terms", "is_or_search", "in_channels", "from_users", "after_date", "before_date", "on_date", "include_deleted_channels", "page", "per_page")
    TERMS_FIELD_NUMBER: _ClassVar[int]
    EXCLUDED_TERMS_FIELD_NUMBER: _ClassVar[int]
    IS_OR_SEARCH_FIELD_NUMBER: _ClassVar[int]
    IN_CHANNELS_FIELD_NUMBER: _ClassVar[int]
    FROM_USERS_FIELD_NUMBER: _ClassVar[int]
    AFTER_DATE_FIELD_NUMBER: _ClassVar[int]
    BEFORE_DATE_FIELD_NUMBER: _ClassVar[int]
    ON_DATE_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_DELETED_CHANNELS_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    terms: str
    excluded_terms: str
    is_or_search: bool
    in_channels: _containers.RepeatedScalarFieldContainer[str]
    from_users: _containers.RepeatedScalarFieldContainer[str]
    after_date: str
    before_date: str
    on_date: str
    include_deleted_channels: bool
    page: int
    per_page: int
    def __init__(self, terms: _Optional[str] = ..., excluded_terms: _Optional[str] = ..., is_or_search: bool = ..., in_channels: _Optional[_Iterable[str]] = ..., from_users: _Optional[_Iterable[str]] = ..., after_date: _Optional[str] = ..., before_date: _Optional[str] = ..., on_date: _Optional[str] = ..., include_deleted_channels: bool = ..., page: _Optional[int] = ..., per_page: _Optional[int] = ...) -> None: ...

class PostSearchResults(_message.Message):
    __slots__ = ("order", "posts")
    ORDER_FIELD_NUMBER: _ClassVar[int]
    POSTS_FIELD_NUMBER: _ClassVar[int]
    order: _containers.RepeatedScalarFieldContainer[str]
    posts: _containers.RepeatedCompositeFieldContainer[Post]
    def __init__(self, order: _Optional[_Iterable[str]] = ..., posts: _Optional[_Iterable[_Union[Post, _Mapping]]] = ...) -> None: ...

class Emoji(_message.Message):
    __slots__ = ("id", "creator_id", "name", "create_at", "update_at", "delete_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    CREATOR_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    DELETE_AT_FIELD_NUMBER: _ClassVar[int]
    id: str
    creator_id: str
    name: str
    create_at: int
    update_at: int
    delete_at: int
    def __init__(self, id: _Optional[str] = ..., creator_id: _Optional[str] = ..., name: _Optional[str] = ..., create_at: _Optional[int] = ..., update_at: _Optional[int] = ..., delete_at: _Optional[int] = ...) -> None: ...

class Bot(_message.Message):
    __slots__ = ("user_id", "username", "display_name", "description", "owner_id", "last_icon_update", "create_at", "update_at", "delete_at")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    OWNER_ID_FIELD_NUMBER: _ClassVar[int]
    LAST_ICON_UPDATE_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    DELETE_AT_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    username: str
    display_name: str
    description: str
    owner_id: str
    last_icon_update: int
    create_at: int
    update_at: int
    delete_at: int
    def __init__(self, user_id: _Optional[str] = ..., username: _Optional[str] = ..., display_name: _Optional[str] = ..., description: _Optional[str] = ..., owner_id: _Optional[str] = ..., last_icon_update: _Optional[int] = ..., create_at: _Optional[int] = ..., update_at: _Optional[int] = ..., delete_at: _Optional[int] = ...) -> None: ...

class BotPatch(_message.Message):
    __slots__ = ("username", "display_name", "description")
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    username: str
    display_name: str
    description: str
    def __init__(self, username: _Optional[str] = ..., display_name: _Optional[str] = ..., description: _Optional[str] = ...) -> None: ...

class BotGetOptions(_message.Message):
    __slots__ = ("owner_id", "include_deleted", "only_orphaned", "page", "per_page")
    OWNER_ID_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_DELETED_FIELD_NUMBER: _ClassVar[int]
    ONLY_ORPHANED_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    owner_id: str
    include_deleted: bool
    only_orphaned: bool
    page: int
    per_page: int
    def __init__(self, owner_id: _Optional[str] = ..., include_deleted: bool = ..., only_orphaned: bool = ..., page: _Optional[int] = ..., per_page: _Optional[int] = ...) -> None: ...

class OAuthApp(_message.Message):
    __slots__ = ("id", "creator_id", "create_at", "update_at", "client_secret", "name", "description", "icon_url", "callback_urls", "homepage", "is_trusted", "mattermost_app_id")
    ID_FIELD_NUMBER: _ClassVar[int]
    CREATOR_ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    CLIENT_SECRET_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    ICON_URL_FIELD_NUMBER: _ClassVar[int]
    CALLBACK_URLS_FIELD_NUMBER: _ClassVar[int]
    HOMEPAGE_FIELD_NUMBER: _ClassVar[int]
    IS_TRUSTED_FIELD_NUMBER: _ClassVar[int]
    MATTERMOST_APP_ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    creator_id: str
    create_at: int
    update_at: int
    client_secret: str
    name: str
    description: str
    icon_url: str
    callback_urls: _containers.RepeatedScalarFieldContainer[str]
    homepage: str
    is_trusted: bool
    mattermost_app_id: str
    def __init__(self, id: _Optional[str] = ..., creator_id: _Optional[str] = ..., create_at: _Optional[int] = ..., update_at: _Optional[int] = ..., client_secret: _Optional[str] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., icon_url: _Optional[str] = ..., callback_urls: _Optional[_Iterable[str]] = ..., homepage: _Optional[str] = ..., is_trusted: bool = ..., mattermost_app_id: _Optional[str] = ...) -> None: ...

class GetFileInfosOptions(_message.Message):
    __slots__ = ("user_ids", "channel_ids", "since", "include_deleted", "sort_by", "sort_order")
    USER_IDS_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_IDS_FIELD_NUMBER: _ClassVar[int]
    SINCE_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_DELETED_FIELD_NUMBER: _ClassVar[int]
    SORT_BY_FIELD_NUMBER: _ClassVar[int]
    SORT_ORDER_FIELD_NUMBER: _ClassVar[int]
    user_ids: _containers.RepeatedScalarFieldContainer[str]
    channel_ids: _containers.RepeatedScalarFieldContainer[str]
    since: int
    include_deleted: bool
    sort_by: str
    sort_order: str
    def __init__(self, user_ids: _Optional[_Iterable[str]] = ..., channel_ids: _Optional[_Iterable[str]] = ..., since: _Optional[int] = ..., include_deleted: bool = ..., sort_by: _Optional[str] = ..., sort_order: _Optional[str] = ...) -> None: ...

class UploadSession(_message.Message):
    __slots__ = ("id", "type", "create_at", "user_id", "channel_id", "filename", "path", "file_size", "file_offset", "remote_id", "req_file_id")
    ID_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    FILENAME_FIELD_NUMBER: _ClassVar[int]
    PATH_FIELD_NUMBER: _ClassVar[int]
    FILE_SIZE_FIELD_NUMBER: _ClassVar[int]
    FILE_OFFSET_FIELD_NUMBER: _ClassVar[int]
    REMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    REQ_FILE_ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    type: str
    create_at: int
    user_id: str
    channel_id: str
    filename: str
    path: str
    file_size: int
    file_offset: int
    remote_id: str
    req_file_id: str
    def __init__(self, id: _Optional[str] = ..., type: _Optional[str] = ..., create_at: _Optional[int] = ..., user_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., filename: _Optional[str] = ..., path: _Optional[str] = ..., file_size: _Optional[int] = ..., file_offset: _Optional[int] = ..., remote_id: _Optional[str] = ..., req_file_id: _Optional[str] = ...) -> None: ...

class WebsocketBroadcast(_message.Message):
    __slots__ = ("omit_users", "user_id", "channel_id", "team_id", "connection_id", "omit_connection_id")
    OMIT_USERS_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    CONNECTION_ID_FIELD_NUMBER: _ClassVar[int]
    OMIT_CONNECTION_ID_FIELD_NUMBER: _ClassVar[int]
    omit_users: _containers.RepeatedScalarFieldContainer[str]
    user_id: str
    channel_id: str
    team_id: str
    connection_id: str
    omit_connection_id: str
    def __init__(self, omit_users: _Optional[_Iterable[str]] = ..., user_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., team_id: _Optional[str] = ..., connection_id: _Optional[str] = ..., omit_connection_id: _Optional[str] = ...) -> None: ...

class OpenDialogRequest(_message.Message):
    __slots__ = ("trigger_id", "url", "dialog_json")
    TRIGGER_ID_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    DIALOG_JSON_FIELD_NUMBER: _ClassVar[int]
    trigger_id: str
    url: str
    dialog_json: str
    def __init__(self, trigger_id: _Optional[str] = ..., url: _Optional[str] = ..., dialog_json: _Optional[str] = ...) -> None: ...

class PluginClusterEvent(_message.Message):
    __slots__ = ("id", "data")
    ID_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    id: str
    data: bytes
    def __init__(self, id: _Optional[str] = ..., data: _Optional[bytes] = ...) -> None: ...

class PluginClusterEventSendOptions(_message.Message):
    __slots__ = ("send_type", "target_id")
    SEND_TYPE_FIELD_NUMBER: _ClassVar[int]
    TARGET_ID_FIELD_NUMBER: _ClassVar[int]
    send_type: str
    target_id: str
    def __init__(self, send_type: _Optional[str] = ..., target_id: _Optional[str] = ...) -> None: ...

class Manifest(_message.Message):
    __slots__ = ("id", "name", "description", "homepage_url", "support_url", "release_notes_url", "icon_path", "version", "min_server_version", "server_json", "webapp_json", "settings_schema_json", "props_json")
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    HOMEPAGE_URL_FIELD_NUMBER: _ClassVar[int]
    SUPPORT_URL_FIELD_NUMBER: _ClassVar[int]
    RELEASE_NOTES_URL_FIELD_NUMBER: _ClassVar[int]
    ICON_PATH_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    MIN_SERVER_VERSION_FIELD_NUMBER: _ClassVar[int]
    SERVER_JSON_FIELD_NUMBER: _ClassVar[int]
    WEBAPP_JSON_FIELD_NUMBER: _ClassVar[int]
    SETTINGS_SCHEMA_JSON_FIELD_NUMBER: _ClassVar[int]
    PROPS_JSON_FIELD_NUMBER: _ClassVar[int]
    id: str
    name: str
    description: str
    homepage_url: str
    support_url: str
    release_notes_url: str
    icon_path: str
    version: str
    min_server_version: str
    server_json: str
    webapp_json: str
    settings_schema_json: str
    props_json: str
    def __init__(self, id: _Optional[str] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., homepage_url: _Optional[str] = ..., support_url: _Optional[str] = ..., release_notes_url: _Optional[str] = ..., icon_path: _Optional[str] = ..., version: _Optional[str] = ..., min_server_version: _Optional[str] = ..., server_json: _Optional[str] = ..., webapp_json: _Optional[str] = ..., settings_schema_json: _Optional[str] = ..., props_json: _Optional[str] = ...) -> None: ...

class PluginStatus(_message.Message):
    __slots__ = ("plugin_id", "cluster_id", "plugin_path", "state", "error", "name", "description", "version")
    PLUGIN_ID_FIELD_NUMBER: _ClassVar[int]
    CLUSTER_ID_FIELD_NUMBER: _ClassVar[int]
    PLUGIN_PATH_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    plugin_id: str
    cluster_id: str
    plugin_path: str
    state: int
    error: str
    name: str
    description: str
    version: str
    def __init__(self, plugin_id: _Optional[str] = ..., cluster_id: _Optional[str] = ..., plugin_path: _Optional[str] = ..., state: _Optional[int] = ..., error: _Optional[str] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., version: _Optional[str] = ...) -> None: ...

class License(_message.Message):
    __slots__ = ("id", "issued_at", "starts_at", "expires_at", "sku_name", "sku_short_name", "is_trial", "features_json")
    ID_FIELD_NUMBER: _ClassVar[int]
    ISSUED_AT_FIELD_NUMBER: _ClassVar[int]
    STARTS_AT_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    SKU_NAME_FIELD_NUMBER: _ClassVar[int]
    SKU_SHORT_NAME_FIELD_NUMBER: _ClassVar[int]
    IS_TRIAL_FIELD_NUMBER: _ClassVar[int]
    FEATURES_JSON_FIELD_NUMBER: _ClassVar[int]
    id: str
    issued_at: int
    starts_at: int
    expires_at: int
    sku_name: str
    sku_short_name: str
    is_trial: bool
    features_json: str
    def __init__(self, id: _Optional[str] = ..., issued_at: _Optional[int] = ..., starts_at: _Optional[int] = ..., expires_at: _Optional[int] = ..., sku_name: _Optional[str] = ..., sku_short_name: _Optional[str] = ..., is_trial: bool = ..., features_json: _Optional[str] = ...) -> None: ...

class Role(_message.Message):
    __slots__ = ("id", "name", "display_name", "description", "permissions", "scheme_managed", "built_in")
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    PERMISSIONS_FIELD_NUMBER: _ClassVar[int]
    SCHEME_MANAGED_FIELD_NUMBER: _ClassVar[int]
    BUILT_IN_FIELD_NUMBER: _ClassVar[int]
    id: str
    name: str
    display_name: str
    description: str
    permissions: _containers.RepeatedScalarFieldContainer[str]
    scheme_managed: bool
    built_in: bool
    def __init__(self, id: _Optional[str] = ..., name: _Optional[str] = ..., display_name: _Optional[str] = ..., description: _Optional[str] = ..., permissions: _Optional[_Iterable[str]] = ..., scheme_managed: bool = ..., built_in: bool = ...) -> None: ...

class PropertyGroup(_message.Message):
    __slots__ = ("id", "name")
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    id: str
    name: str
    def __init__(self, id: _Optional[str] = ..., name: _Optional[str] = ...) -> None: ...

class PropertyField(_message.Message):
    __slots__ = ("id", "group_id", "name", "type", "attrs_json", "target_id", "target_type", "object_type", "linked_field_id", "create_at", "update_at", "delete_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ATTRS_JSON_FIELD_NUMBER: _ClassVar[int]
    TARGET_ID_FIELD_NUMBER: _ClassVar[int]
    TARGET_TYPE_FIELD_NUMBER: _ClassVar[int]
    OBJECT_TYPE_FIELD_NUMBER: _ClassVar[int]
    LINKED_FIELD_ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    DELETE_AT_FIELD_NUMBER: _ClassVar[int]
    id: str
    group_id: str
    name: str
    type: str
    attrs_json: str
    target_id: str
    target_type: str
    object_type: str
    linked_field_id: str
    create_at: int
    update_at: int
    delete_at: int
    def __init__(self, id: _Optional[str] = ..., group_id: _Optional[str] = ..., name: _Optional[str] = ..., type: _Optional[str] = ..., attrs_json: _Optional[str] = ..., target_id: _Optional[str] = ..., target_type: _Optional[str] = ..., object_type: _Optional[str] = ..., linked_field_id: _Optional[str] = ..., create_at: _Optional[int] = ..., update_at: _Optional[int] = ..., delete_at: _Optional[int] = ...) -> None: ...

class PropertyValue(_message.Message):
    __slots__ = ("id", "target_id", "target_type", "group_id", "field_id", "value_json", "create_at", "update_at", "delete_at")
    ID_FIELD_NUMBER: _ClassVar[int]
    TARGET_ID_FIELD_NUMBER: _ClassVar[int]
    TARGET_TYPE_FIELD_NUMBER: _ClassVar[int]
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    FIELD_ID_FIELD_NUMBER: _ClassVar[int]
    VALUE_JSON_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    DELETE_AT_FIELD_NUMBER: _ClassVar[int]
    id: str
    target_id: str
    target_type: str
    group_id: str
    field_id: str
    value_json: str
    create_at: int
    update_at: int
    delete_at: int
    def __init__(self, id: _Optional[str] = ..., target_id: _Optional[str] = ..., target_type: _Optional[str] = ..., group_id: _Optional[str] = ..., field_id: _Optional[str] = ..., value_json: _Optional[str] = ..., create_at: _Optional[int] = ..., update_at: _Optional[int] = ..., delete_at: _Optional[int] = ...) -> None: ...

class PropertyFieldSearchOpts(_message.Message):
    __slots__ = ("object_type", "target_type", "target_id", "target_ids", "linked_field_id", "since_update_at", "include_deleted", "cursor_create_at", "cursor_id", "per_page")
    OBJECT_TYPE_FIELD_NUMBER: _ClassVar[int]
    TARGET_TYPE_FIELD_NUMBER: _ClassVar[int]
    TARGET_ID_FIELD_NUMBER: _ClassVar[int]
    TARGET_IDS_FIELD_NUMBER: _ClassVar[int]
    LINKED_FIELD_ID_FIELD_NUMBER: _ClassVar[int]
    SINCE_UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_DELETED_FIELD_NUMBER: _ClassVar[int]
    CURSOR_CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    CURSOR_ID_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    object_type: str
    target_type: str
    target_id: str
    target_ids: _containers.RepeatedScalarFieldContainer[str]
    linked_field_id: str
    since_update_at: int
    include_deleted: bool
    cursor_create_at: int
    cursor_id: str
    per_page: int
    def __init__(self, object_type: _Optional[str] = ..., target_type: _Optional[str] = ..., target_id: _Optional[str] = ..., target_ids: _Optional[_Iterable[str]] = ..., linked_field_id: _Optional[str] = ..., since_update_at: _Optional[int] = ..., include_deleted: bool = ..., cursor_create_at: _Optional[int] = ..., cursor_id: _Optional[str] = ..., per_page: _Optional[int] = ...) -> None: ...

class PropertyValueSearchOpts(_message.Message):
    __slots__ = ("target_type", "target_id", "target_ids", "field_id", "value_json", "since_update_at", "include_deleted", "cursor_create_at", "cursor_id", "per_page")
    TARGET_TYPE_FIELD_NUMBER: _ClassVar[int]
    TARGET_ID_FIELD_NUMBER: _ClassVar[int]
    TARGET_IDS_FIELD_NUMBER: _ClassVar[int]
    FIELD_ID_FIELD_NUMBER: _ClassVar[int]
    VALUE_JSON_FIELD_NUMBER: _ClassVar[int]
    SINCE_UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_DELETED_FIELD_NUMBER: _ClassVar[int]
    CURSOR_CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    CURSOR_ID_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    target_type: str
    target_id: str
    target_ids: _containers.RepeatedScalarFieldContainer[str]
    field_id: str
    value_json: str
    since_update_at: int
    include_deleted: bool
    cursor_create_at: int
    cursor_id: str
    per_page: int
    def __init__(self, target_type: _Optional[str] = ..., target_id: _Optional[str] = ..., target_ids: _Optional[_Iterable[str]] = ..., field_id: _Optional[str] = ..., value_json: _Optional[str] = ..., since_update_at: _Optional[int] = ..., include_deleted: bool = ..., cursor_create_at: _Optional[int] = ..., cursor_id: _Optional[str] = ..., per_page: _Optional[int] = ...) -> None: ...

class PropertyRequestOptions(_message.Message):
    __slots__ = ("acting_as_scope",)
    ACTING_AS_SCOPE_FIELD_NUMBER: _ClassVar[int]
    acting_as_scope: str
    def __init__(self, acting_as_scope: _Optional[str] = ...) -> None: ...

class Group(_message.Message):
    __slots__ = ("id", "name", "display_name", "description", "source", "remote_id", "create_at", "update_at", "delete_at", "has_syncables", "member_count", "allow_reference")
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    REMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    DELETE_AT_FIELD_NUMBER: _ClassVar[int]
    HAS_SYNCABLES_FIELD_NUMBER: _ClassVar[int]
    MEMBER_COUNT_FIELD_NUMBER: _ClassVar[int]
    ALLOW_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    id: str
    name: str
    display_name: str
    description: str
    source: str
    remote_id: str
    create_at: int
    update_at: int
    delete_at: int
    has_syncables: bool
    member_count: int
    allow_reference: bool
    def __init__(self, id: _Optional[str] = ..., name: _Optional[str] = ..., display_name: _Optional[str] = ..., description: _Optional[str] = ..., source: _Optional[str] = ..., remote_id: _Optional[str] = ..., create_at: _Optional[int] = ..., update_at: _Optional[int] = ..., delete_at: _Optional[int] = ..., has_syncables: bool = ..., member_count: _Optional[int] = ..., allow_reference: bool = ...) -> None: ...

class GroupMember(_message.Message):
    __slots__ = ("group_id", "user_id", "create_at", "delete_at")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    DELETE_AT_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    user_id: str
    create_at: int
    delete_at: int
    def __init__(self, group_id: _Optional[str] = ..., user_id: _Optional[str] = ..., create_at: _Optional[int] = ..., delete_at: _Optional[int] = ...) -> None: ...

class GroupSyncable(_message.Message):
    __slots__ = ("group_id", "syncable_id", "type", "auto_add", "scheme_admin", "create_at", "update_at", "delete_at")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    SYNCABLE_ID_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    AUTO_ADD_FIELD_NUMBER: _ClassVar[int]
    SCHEME_ADMIN_FIELD_NUMBER: _ClassVar[int]
    CREATE_AT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    DELETE_AT_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    syncable_id: str
    type: str
    auto_add: bool
    scheme_admin: bool
    create_at: int
    update_at: int
    delete_at: int
    def __init__(self, group_id: _Optional[str] = ..., syncable_id: _Optional[str] = ..., type: _Optional[str] = ..., auto_add: bool = ..., scheme_admin: bool = ..., create_at: _Optional[int] = ..., update_at: _Optional[int] = ..., delete_at: _Optional[int] = ...) -> None: ...

class GroupSearchOpts(_message.Message):
    __slots__ = ("q", "include_member_count", "filter_allow_reference", "source", "not_associated_to_team", "not_associated_to_channel", "since", "filter_has_member", "include_archived", "filter_archived", "only_syncable_sources")
    Q_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_MEMBER_COUNT_FIELD_NUMBER: _ClassVar[int]
    FILTER_ALLOW_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    NOT_ASSOCIATED_TO_TEAM_FIELD_NUMBER: _ClassVar[int]
    NOT_ASSOCIATED_TO_CHANNEL_FIELD_NUMBER: _ClassVar[int]
    SINCE_FIELD_NUMBER: _ClassVar[int]
    FILTER_HAS_MEMBER_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_ARCHIVED_FIELD_NUMBER: _ClassVar[int]
    FILTER_ARCHIVED_FIELD_NUMBER: _ClassVar[int]
    ONLY_SYNCABLE_SOURCES_FIELD_NUMBER: _ClassVar[int]
    q: str
    include_member_count: bool
    filter_allow_reference: bool
    source: str
    not_associated_to_team: str
    not_associated_to_channel: str
    since: int
    filter_has_member: str
    include_archived: bool
    filter_archived: bool
    only_syncable_sources: bool
    def __init__(self, q: _Optional[str] = ..., include_member_count: bool = ..., filter_allow_reference: bool = ..., source: _Optional[str] = ..., not_associated_to_team: _Optional[str] = ..., not_associated_to_channel: _Optional[str] = ..., since: _Optional[int] = ..., filter_has_member: _Optional[str] = ..., include_archived: bool = ..., filter_archived: bool = ..., only_syncable_sources: bool = ...) -> None: ...

class ViewUsersRestrictions(_message.Message):
    __slots__ = ("teams", "channels")
    TEAMS_FIELD_NUMBER: _ClassVar[int]
    CHANNELS_FIELD_NUMBER: _ClassVar[int]
    teams: _containers.RepeatedScalarFieldContainer[str]
    channels: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, teams: _Optional[_Iterable[str]] = ..., channels: _Optional[_Iterable[str]] = ...) -> None: ...

class CreateDefaultMembershipParams(_message.Message):
    __slots__ = ("since", "re_add_removed_members", "scoped_user_id", "scoped_team_id", "scoped_channel_id")
    SINCE_FIELD_NUMBER: _ClassVar[int]
    RE_ADD_REMOVED_MEMBERS_FIELD_NUMBER: _ClassVar[int]
    SCOPED_USER_ID_FIELD_NUMBER: _ClassVar[int]
    SCOPED_TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    SCOPED_CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    since: int
    re_add_removed_members: bool
    scoped_user_id: str
    scoped_team_id: str
    scoped_channel_id: str
    def __init__(self, since: _Optional[int] = ..., re_add_removed_members: bool = ..., scoped_user_id: _Optional[str] = ..., scoped_team_id: _Optional[str] = ..., scoped_channel_id: _Optional[str] = ...) -> None: ...
