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
    __slots__ = ("id", "create_at", "update_at", "delete_at", "display_name", "name", "description", "email", "type", "allow_open_invite", "invite_id")
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
    def __init__(self, id: _Optional[str] = ..., create_at: _Optional[int] = ..., update_at: _Optional[int] = ..., delete_at: _Optional[int] = ..., display_name: _Optional[str] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., email: _Optional[str] = ..., type: _Optional[str] = ..., allow_open_invite: bool = ..., invite_id: _Optional[str] = ...) -> None: ...

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
    __slots__ = ("id", "create_at", "update_at", "delete_at", "team_id", "type", "display_name", "name", "header", "purpose", "last_post_at", "total_msg_count", "creator_id")
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
    def __init__(self, id: _Optional[str] = ..., create_at: _Optional[int] = ..., update_at: _Optional[int] = ..., delete_at: _Optional[int] = ..., team_id: _Optional[str] = ..., type: _Optional[str] = ..., display_name: _Optional[str] = ..., name: _Optional[str] = ..., header: _Optional[str] = ..., purpose: _Optional[str] = ..., last_post_at: _Optional[int] = ..., total_msg_count: _Optional[int] = ..., creator_id: _Optional[str] = ...) -> None: ...

class ChannelMember(_message.Message):
    __slots__ = ("channel_id", "user_id", "roles", "last_viewed_at", "msg_count", "mention_count", "last_update_at", "scheme_admin", "scheme_user")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    ROLES_FIELD_NUMBER: _ClassVar[int]
    LAST_VIEWED_AT_FIELD_NUMBER: _ClassVar[int]
    MSG_COUNT_FIELD_NUMBER: _ClassVar[int]
    MENTION_COUNT_FIELD_NUMBER: _ClassVar[int]
    LAST_UPDATE_AT_FIELD_NUMBER: _ClassVar[int]
    SCHEME_ADMIN_FIELD_NUMBER: _ClassVar[int]
    SCHEME_USER_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    user_id: str
    roles: str
    last_viewed_at: int
    msg_count: int
    mention_count: int
    last_update_at: int
    scheme_admin: bool
    scheme_user: bool
    def __init__(self, channel_id: _Optional[str] = ..., user_id: _Optional[str] = ..., roles: _Optional[str] = ..., last_viewed_at: _Optional[int] = ..., msg_count: _Optional[int] = ..., mention_count: _Optional[int] = ..., last_update_at: _Optional[int] = ..., scheme_admin: bool = ..., scheme_user: bool = ...) -> None: ...

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
