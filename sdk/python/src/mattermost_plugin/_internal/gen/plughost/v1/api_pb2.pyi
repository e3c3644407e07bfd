from mattermost_plugin._internal.gen.plughost.v1 import models_pb2 as _models_pb2
from mattermost_plugin._internal.gen.plughost.v1 import transport_pb2 as _transport_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class LoadPluginConfigurationRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LoadPluginConfigurationResponse(_message.Message):
    __slots__ = ("config_json",)
    CONFIG_JSON_FIELD_NUMBER: _ClassVar[int]
    config_json: str
    def __init__(self, config_json: _Optional[str] = ...) -> None: ...

class GetPluginConfigRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetPluginConfigResponse(_message.Message):
    __slots__ = ("config_json",)
    CONFIG_JSON_FIELD_NUMBER: _ClassVar[int]
    config_json: str
    def __init__(self, config_json: _Optional[str] = ...) -> None: ...

class SavePluginConfigRequest(_message.Message):
    __slots__ = ("config_json",)
    CONFIG_JSON_FIELD_NUMBER: _ClassVar[int]
    config_json: str
    def __init__(self, config_json: _Optional[str] = ...) -> None: ...

class SavePluginConfigResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetBundlePathRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetBundlePathResponse(_message.Message):
    __slots__ = ("path",)
    PATH_FIELD_NUMBER: _ClassVar[int]
    path: str
    def __init__(self, path: _Optional[str] = ...) -> None: ...

class GetPluginIDRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetPluginIDResponse(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class GetPluginsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetPluginsResponse(_message.Message):
    __slots__ = ("manifests",)
    MANIFESTS_FIELD_NUMBER: _ClassVar[int]
    manifests: _containers.RepeatedCompositeFieldContainer[_models_pb2.Manifest]
    def __init__(self, manifests: _Optional[_Iterable[_Union[_models_pb2.Manifest, _Mapping]]] = ...) -> None: ...

class EnablePluginRequest(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class EnablePluginResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DisablePluginRequest(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class DisablePluginResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RemovePluginRequest(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class RemovePluginResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetPluginStatusRequest(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class GetPluginStatusResponse(_message.Message):
    __slots__ = ("status",)
    STATUS_FIELD_NUMBER: _ClassVar[int]
    status: _models_pb2.PluginStatus
    def __init__(self, status: _Optional[_Union[_models_pb2.PluginStatus, _Mapping]] = ...) -> None: ...

class InstallPluginRequest(_message.Message):
    __slots__ = ("bundle", "replace")
    BUNDLE_FIELD_NUMBER: _ClassVar[int]
    REPLACE_FIELD_NUMBER: _ClassVar[int]
    bundle: bytes
    replace: bool
    def __init__(self, bundle: _Optional[bytes] = ..., replace: bool = ...) -> None: ...

class InstallPluginResponse(_message.Message):
    __slots__ = ("manifest",)
    MANIFEST_FIELD_NUMBER: _ClassVar[int]
    manifest: _models_pb2.Manifest
    def __init__(self, manifest: _Optional[_Union[_models_pb2.Manifest, _Mapping]] = ...) -> None: ...

class GetConfigRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetConfigResponse(_message.Message):
    __slots__ = ("config_json",)
    CONFIG_JSON_FIELD_NUMBER: _ClassVar[int]
    config_json: str
    def __init__(self, config_json: _Optional[str] = ...) -> None: ...

class GetUnsanitizedConfigRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetUnsanitizedConfigResponse(_message.Message):
    __slots__ = ("config_json",)
    CONFIG_JSON_FIELD_NUMBER: _ClassVar[int]
    config_json: str
    def __init__(self, config_json: _Optional[str] = ...) -> None: ...

class SaveConfigRequest(_message.Message):
    __slots__ = ("config_json",)
    CONFIG_JSON_FIELD_NUMBER: _ClassVar[int]
    config_json: str
    def __init__(self, config_json: _Optional[str] = ...) -> None: ...

class SaveConfigResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetLicenseRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetLicenseResponse(_message.Message):
    __slots__ = ("license",)
    LICENSE_FIELD_NUMBER: _ClassVar[int]
    license: _models_pb2.License
    def __init__(self, license: _Optional[_Union[_models_pb2.License, _Mapping]] = ...) -> None: ...

class IsEnterpriseReadyRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class IsEnterpriseReadyResponse(_message.Message):
    __slots__ = ("enterprise_ready",)
    ENTERPRISE_READY_FIELD_NUMBER: _ClassVar[int]
    enterprise_ready: bool
    def __init__(self, enterprise_ready: bool = ...) -> None: ...

class GetServerVersionRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetServerVersionResponse(_message.Message):
    __slots__ = ("version",)
    VERSION_FIELD_NUMBER: _ClassVar[int]
    version: str
    def __init__(self, version: _Optional[str] = ...) -> None: ...

class GetSystemInstallDateRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetSystemInstallDateResponse(_message.Message):
    __slots__ = ("install_date",)
    INSTALL_DATE_FIELD_NUMBER: _ClassVar[int]
    install_date: int
    def __init__(self, install_date: _Optional[int] = ...) -> None: ...

class GetDiagnosticIdRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetDiagnosticIdResponse(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class GetTelemetryIdRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetTelemetryIdResponse(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class RequestTrialLicenseRequest(_message.Message):
    __slots__ = ("requester_id", "users", "terms_accepted", "receive_emails_accepted")
    REQUESTER_ID_FIELD_NUMBER: _ClassVar[int]
    USERS_FIELD_NUMBER: _ClassVar[int]
    TERMS_ACCEPTED_FIELD_NUMBER: _ClassVar[int]
    RECEIVE_EMAILS_ACCEPTED_FIELD_NUMBER: _ClassVar[int]
    requester_id: str
    users: int
    terms_accepted: bool
    receive_emails_accepted: bool
    def __init__(self, requester_id: _Optional[str] = ..., users: _Optional[int] = ..., terms_accepted: bool = ..., receive_emails_accepted: bool = ...) -> None: ...

class RequestTrialLicenseResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetCloudLimitsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetCloudLimitsResponse(_message.Message):
    __slots__ = ("limits_json",)
    LIMITS_JSON_FIELD_NUMBER: _ClassVar[int]
    limits_json: str
    def __init__(self, limits_json: _Optional[str] = ...) -> None: ...

class RegisterCollectionAndTopicRequest(_message.Message):
    __slots__ = ("collection_type", "topic_type")
    COLLECTION_TYPE_FIELD_NUMBER: _ClassVar[int]
    TOPIC_TYPE_FIELD_NUMBER: _ClassVar[int]
    collection_type: str
    topic_type: str
    def __init__(self, collection_type: _Optional[str] = ..., topic_type: _Optional[str] = ...) -> None: ...

class RegisterCollectionAndTopicResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RegisterCommandRequest(_message.Message):
    __slots__ = ("command",)
    COMMAND_FIELD_NUMBER: _ClassVar[int]
    command: _models_pb2.Command
    def __init__(self, command: _Optional[_Union[_models_pb2.Command, _Mapping]] = ...) -> None: ...

class RegisterCommandResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UnregisterCommandRequest(_message.Message):
    __slots__ = ("team_id", "trigger")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    trigger: str
    def __init__(self, team_id: _Optional[str] = ..., trigger: _Optional[str] = ...) -> None: ...

class UnregisterCommandResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ExecuteSlashCommandRequest(_message.Message):
    __slots__ = ("args",)
    ARGS_FIELD_NUMBER: _ClassVar[int]
    args: _models_pb2.CommandArgs
    def __init__(self, args: _Optional[_Union[_models_pb2.CommandArgs, _Mapping]] = ...) -> None: ...

class ExecuteSlashCommandResponse(_message.Message):
    __slots__ = ("response",)
    RESPONSE_FIELD_NUMBER: _ClassVar[int]
    response: _models_pb2.CommandResponse
    def __init__(self, response: _Optional[_Union[_models_pb2.CommandResponse, _Mapping]] = ...) -> None: ...

class CreateCommandRequest(_message.Message):
    __slots__ = ("command",)
    COMMAND_FIELD_NUMBER: _ClassVar[int]
    command: _models_pb2.Command
    def __init__(self, command: _Optional[_Union[_models_pb2.Command, _Mapping]] = ...) -> None: ...

class CreateCommandResponse(_message.Message):
    __slots__ = ("command",)
    COMMAND_FIELD_NUMBER: _ClassVar[int]
    command: _models_pb2.Command
    def __init__(self, command: _Optional[_Union[_models_pb2.Command, _Mapping]] = ...) -> None: ...

class ListCommandsRequest(_message.Message):
    __slots__ = ("team_id",)
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    def __init__(self, team_id: _Optional[str] = ...) -> None: ...

class ListCommandsResponse(_message.Message):
    __slots__ = ("commands",)
    COMMANDS_FIELD_NUMBER: _ClassVar[int]
    commands: _containers.RepeatedCompositeFieldContainer[_models_pb2.Command]
    def __init__(self, commands: _Optional[_Iterable[_Union[_models_pb2.Command, _Mapping]]] = ...) -> None: ...

class ListCustomCommandsRequest(_message.Message):
    __slots__ = ("team_id",)
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    def __init__(self, team_id: _Optional[str] = ...) -> None: ...

class ListCustomCommandsResponse(_message.Message):
    __slots__ = ("commands",)
    COMMANDS_FIELD_NUMBER: _ClassVar[int]
    commands: _containers.RepeatedCompositeFieldContainer[_models_pb2.Command]
    def __init__(self, commands: _Optional[_Iterable[_Union[_models_pb2.Command, _Mapping]]] = ...) -> None: ...

class ListPluginCommandsRequest(_message.Message):
    __slots__ = ("team_id",)
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    def __init__(self, team_id: _Optional[str] = ...) -> None: ...

class ListPluginCommandsResponse(_message.Message):
    __slots__ = ("commands",)
    COMMANDS_FIELD_NUMBER: _ClassVar[int]
    commands: _containers.RepeatedCompositeFieldContainer[_models_pb2.Command]
    def __init__(self, commands: _Optional[_Iterable[_Union[_models_pb2.Command, _Mapping]]] = ...) -> None: ...

class ListBuiltInCommandsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListBuiltInCommandsResponse(_message.Message):
    __slots__ = ("commands",)
    COMMANDS_FIELD_NUMBER: _ClassVar[int]
    commands: _containers.RepeatedCompositeFieldContainer[_models_pb2.Command]
    def __init__(self, commands: _Optional[_Iterable[_Union[_models_pb2.Command, _Mapping]]] = ...) -> None: ...

class GetCommandRequest(_message.Message):
    __slots__ = ("command_id",)
    COMMAND_ID_FIELD_NUMBER: _ClassVar[int]
    command_id: str
    def __init__(self, command_id: _Optional[str] = ...) -> None: ...

class GetCommandResponse(_message.Message):
    __slots__ = ("command",)
    COMMAND_FIELD_NUMBER: _ClassVar[int]
    command: _models_pb2.Command
    def __init__(self, command: _Optional[_Union[_models_pb2.Command, _Mapping]] = ...) -> None: ...

class UpdateCommandRequest(_message.Message):
    __slots__ = ("command_id", "command")
    COMMAND_ID_FIELD_NUMBER: _ClassVar[int]
    COMMAND_FIELD_NUMBER: _ClassVar[int]
    command_id: str
    command: _models_pb2.Command
    def __init__(self, command_id: _Optional[str] = ..., command: _Optional[_Union[_models_pb2.Command, _Mapping]] = ...) -> None: ...

class UpdateCommandResponse(_message.Message):
    __slots__ = ("command",)
    COMMAND_FIELD_NUMBER: _ClassVar[int]
    command: _models_pb2.Command
    def __init__(self, command: _Optional[_Union[_models_pb2.Command, _Mapping]] = ...) -> None: ...

class DeleteCommandRequest(_message.Message):
    __slots__ = ("command_id",)
    COMMAND_ID_FIELD_NUMBER: _ClassVar[int]
    command_id: str
    def __init__(self, command_id: _Optional[str] = ...) -> None: ...

class DeleteCommandResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CreateUserRequest(_message.Message):
    __slots__ = ("user",)
    USER_FIELD_NUMBER: _ClassVar[int]
    user: _models_pb2.User
    def __init__(self, user: _Optional[_Union[_models_pb2.User, _Mapping]] = ...) -> None: ...

class CreateUserResponse(_message.Message):
    __slots__ = ("user",)
    USER_FIELD_NUMBER: _ClassVar[int]
    user: _models_pb2.User
    def __init__(self, user: _Optional[_Union[_models_pb2.User, _Mapping]] = ...) -> None: ...

class DeleteUserRequest(_message.Message):
    __slots__ = ("user_id",)
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    def __init__(self, user_id: _Optional[str] = ...) -> None: ...

class DeleteUserResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetUsersRequest(_message.Message):
    __slots__ = ("page", "per_page", "in_team_id", "in_channel_id", "not_in_team_id", "not_in_channel_id", "without_team", "inactive", "active", "role", "sort")
    PAGE_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    IN_TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    IN_CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    NOT_IN_TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    NOT_IN_CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    WITHOUT_TEAM_FIELD_NUMBER: _ClassVar[int]
    INACTIVE_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    SORT_FIELD_NUMBER: _ClassVar[int]
    page: int
    per_page: int
    in_team_id: str
    in_channel_id: str
    not_in_team_id: str
    not_in_channel_id: str
    without_team: bool
    inactive: bool
    active: bool
    role: str
    sort: str
    def __init__(self, page: _Optional[int] = ..., per_page: _Optional[int] = ..., in_team_id: _Optional[str] = ..., in_channel_id: _Optional[str] = ..., not_in_team_id: _Optional[str] = ..., not_in_channel_id: _Optional[str] = ..., without_team: bool = ..., inactive: bool = ..., active: bool = ..., role: _Optional[str] = ..., sort: _Optional[str] = ...) -> None: ...

class GetUsersResponse(_message.Message):
    __slots__ = ("users",)
    USERS_FIELD_NUMBER: _ClassVar[int]
    users: _containers.RepeatedCompositeFieldContainer[_models_pb2.User]
    def __init__(self, users: _Optional[_Iterable[_Union[_models_pb2.User, _Mapping]]] = ...) -> None: ...

class GetUsersByIdsRequest(_message.Message):
    __slots__ = ("user_ids",)
    USER_IDS_FIELD_NUMBER: _ClassVar[int]
    user_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, user_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class GetUsersByIdsResponse(_message.Message):
    __slots__ = ("users",)
    USERS_FIELD_NUMBER: _ClassVar[int]
    users: _containers.RepeatedCompositeFieldContainer[_models_pb2.User]
    def __init__(self, users: _Optional[_Iterable[_Union[_models_pb2.User, _Mapping]]] = ...) -> None: ...

class GetUserRequest(_message.Message):
    __slots__ = ("user_id",)
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    def __init__(self, user_id: _Optional[str] = ...) -> None: ...

class GetUserResponse(_message.Message):
    __slots__ = ("user",)
    USER_FIELD_NUMBER: _ClassVar[int]
    user: _models_pb2.User
    def __init__(self, user: _Optional[_Union[_models_pb2.User, _Mapping]] = ...) -> None: ...

class GetUserByEmailRequest(_message.Message):
    __slots__ = ("email",)
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    email: str
    def __init__(self, email: _Optional[str] = ...) -> None: ...

class GetUserByEmailResponse(_message.Message):
    __slots__ = ("user",)
    USER_FIELD_NUMBER: _ClassVar[int]
    user: _models_pb2.User
    def __init__(self, user: _Optional[_Union[_models_pb2.User, _Mapping]] = ...) -> None: ...

class GetUserByUsernameRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetUserByUsernameResponse(_message.Message):
    __slots__ = ("user",)
    USER_FIELD_NUMBER: _ClassVar[int]
    user: _models_pb2.User
    def __init__(self, user: _Optional[_Union[_models_pb2.User, _Mapping]] = ...) -> None: ...

class GetUsersByUsernamesRequest(_message.Message):
    __slots__ = ("usernames",)
    USERNAMES_FIELD_NUMBER: _ClassVar[int]
    usernames: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, usernames: _Optional[_Iterable[str]] = ...) -> None: ...

class GetUsersByUsernamesResponse(_message.Message):
    __slots__ = ("users",)
    USERS_FIELD_NUMBER: _ClassVar[int]
    users: _containers.RepeatedCompositeFieldContainer[_models_pb2.User]
    def __init__(self, users: _Optional[_Iterable[_Union[_models_pb2.User, _Mapping]]] = ...) -> None: ...

class GetUsersInTeamRequest(_message.Message):
    __slots__ = ("team_id", "page", "per_page")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    page: int
    per_page: int
    def __init__(self, team_id: _Optional[str] = ..., page: _Optional[int] = ..., per_page: _Optional[int] = ...) -> None: ...

class GetUsersInTeamResponse(_message.Message):
    __slots__ = ("users",)
    USERS_FIELD_NUMBER: _ClassVar[int]
    users: _containers.RepeatedCompositeFieldContainer[_models_pb2.User]
    def __init__(self, users: _Optional[_Iterable[_Union[_models_pb2.User, _Mapping]]] = ...) -> None: ...

class GetUsersInChannelRequest(_message.Message):
    __slots__ = ("channel_id", "sort_by", "page", "per_page")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    SORT_BY_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    sort_by: str
    page: int
    per_page: int
    def __init__(self, channel_id: _Optional[str] = ..., sort_by: _Optional[str] = ..., page: _Optional[int] = ..., per_page: _Optional[int] = ...) -> None: ...

class GetUsersInChannelResponse(_message.Message):
    __slots__ = ("users",)
    USERS_FIELD_NUMBER: _ClassVar[int]
    users: _containers.RepeatedCompositeFieldContainer[_models_pb2.User]
    def __init__(self, users: _Optional[_Iterable[_Union[_models_pb2.User, _Mapping]]] = ...) -> None: ...

class SearchUsersRequest(_message.Message):
    __slots__ = ("search",)
    SEARCH_FIELD_NUMBER: _ClassVar[int]
    search: _models_pb2.UserSearch
    def __init__(self, search: _Optional[_Union[_models_pb2.UserSearch, _Mapping]] = ...) -> None: ...

class SearchUsersResponse(_message.Message):
    __slots__ = ("users",)
    USERS_FIELD_NUMBER: _ClassVar[int]
    users: _containers.RepeatedCompositeFieldContainer[_models_pb2.User]
    def __init__(self, users: _Optional[_Iterable[_Union[_models_pb2.User, _Mapping]]] = ...) -> None: ...

class UpdateUserRequest(_message.Message):
    __slots__ = ("user",)
    USER_FIELD_NUMBER: _ClassVar[int]
    user: _models_pb2.User
    def __init__(self, user: _Optional[_Union[_models_pb2.User, _Mapping]] = ...) -> None: ...

class UpdateUserResponse(_message.Message):
    __slots__ = ("user",)
    USER_FIELD_NUMBER: _ClassVar[int]
    user: _models_pb2.User
    def __init__(self, user: _Optional[_Union[_models_pb2.User, _Mapping]] = ...) -> None: ...

class UpdateUserActiveRequest(_message.Message):
    __slots__ = ("user_id", "active")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    active: bool
    def __init__(self, user_id: _Optional[str] = ..., active: bool = ...) -> None: ...

class UpdateUserActiveResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UpdateUserRolesRequest(_message.Message):
    __slots__ = ("user_id", "new_roles")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    NEW_ROLES_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    new_roles: str
    def __init__(self, user_id: _Optional[str] = ..., new_roles: _Optional[str] = ...) -> None: ...

class UpdateUserRolesResponse(_message.Message):
    __slots__ = ("user",)
    USER_FIELD_NUMBER: _ClassVar[int]
    user: _models_pb2.User
    def __init__(self, user: _Optional[_Union[_models_pb2.User, _Mapping]] = ...) -> None: ...

class UpdateUserAuthRequest(_message.Message):
    __slots__ = ("user_id", "user_auth")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    USER_AUTH_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    user_auth: _models_pb2.UserAuth
    def __init__(self, user_id: _Optional[str] = ..., user_auth: _Optional[_Union[_models_pb2.UserAuth, _Mapping]] = ...) -> None: ...

class UpdateUserAuthResponse(_message.Message):
    __slots__ = ("user_auth",)
    USER_AUTH_FIELD_NUMBER: _ClassVar[int]
    user_auth: _models_pb2.UserAuth
    def __init__(self, user_auth: _Optional[_Union[_models_pb2.UserAuth, _Mapping]] = ...) -> None: ...

class GetLDAPUserAttributesRequest(_message.Message):
    __slots__ = ("user_id", "attributes")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    attributes: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, user_id: _Optional[str] = ..., attributes: _Optional[_Iterable[str]] = ...) -> None: ...

class GetLDAPUserAttributesResponse(_message.Message):
    __slots__ = ("attributes",)
    class AttributesEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ATTRIBUTES_FIELD_NUMBER: _ClassVar[int]
    attributes: _containers.ScalarMap[str, str]
    def __init__(self, attributes: _Optional[_Mapping[str, str]] = ...) -> None: ...

class GetProfileImageRequest(_message.Message):
    __slots__ = ("user_id",)
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    def __init__(self, user_id: _Optional[str] = ...) -> None: ...

class GetProfileImageResponse(_message.Message):
    __slots__ = ("image",)
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    image: bytes
    def __init__(self, image: _Optional[bytes] = ...) -> None: ...

class SetProfileImageRequest(_message.Message):
    __slots__ = ("user_id", "data")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    data: bytes
    def __init__(self, user_id: _Optional[str] = ..., data: _Optional[bytes] = ...) -> None: ...

class SetProfileImageResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class PublishUserTypingRequest(_message.Message):
    __slots__ = ("user_id", "channel_id", "parent_id")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    PARENT_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    channel_id: str
    parent_id: str
    def __init__(self, user_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., parent_id: _Optional[str] = ...) -> None: ...

class PublishUserTypingResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetUserStatusRequest(_message.Message):
    __slots__ = ("user_id",)
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    def __init__(self, user_id: _Optional[str] = ...) -> None: ...

class GetUserStatusResponse(_message.Message):
    __slots__ = ("status",)
    STATUS_FIELD_NUMBER: _ClassVar[int]
    status: _models_pb2.Status
    def __init__(self, status: _Optional[_Union[_models_pb2.Status, _Mapping]] = ...) -> None: ...

class GetUserStatusesByIdsRequest(_message.Message):
    __slots__ = ("user_ids",)
    USER_IDS_FIELD_NUMBER: _ClassVar[int]
    user_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, user_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class GetUserStatusesByIdsResponse(_message.Message):
    __slots__ = ("statuses",)
    STATUSES_FIELD_NUMBER: _ClassVar[int]
    statuses: _containers.RepeatedCompositeFieldContainer[_models_pb2.Status]
    def __init__(self, statuses: _Optional[_Iterable[_Union[_models_pb2.Status, _Mapping]]] = ...) -> None: ...

class UpdateUserStatusRequest(_message.Message):
    __slots__ = ("user_id", "status")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    status: str
    def __init__(self, user_id: _Optional[str] = ..., status: _Optional[str] = ...) -> None: ...

class UpdateUserStatusResponse(_message.Message):
    __slots__ = ("status",)
    STATUS_FIELD_NUMBER: _ClassVar[int]
    status: _models_pb2.Status
    def __init__(self, status: _Optional[_Union[_models_pb2.Status, _Mapping]] = ...) -> None: ...

class SetUserStatusTimedDNDRequest(_message.Message):
    __slots__ = ("user_id", "end_time")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    end_time: int
    def __init__(self, user_id: _Optional[str] = ..., end_time: _Optional[int] = ...) -> None: ...

class SetUserStatusTimedDNDResponse(_message.Message):
    __slots__ = ("status",)
    STATUS_FIELD_NUMBER: _ClassVar[int]
    status: _models_pb2.Status
    def __init__(self, status: _Optional[_Union[_models_pb2.Status, _Mapping]] = ...) -> None: ...

class UpdateUserCustomStatusRequest(_message.Message):
    __slots__ = ("user_id", "custom_status")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_STATUS_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    custom_status: _models_pb2.CustomStatus
    def __init__(self, user_id: _Optional[str] = ..., custom_status: _Optional[_Union[_models_pb2.CustomStatus, _Mapping]] = ...) -> None: ...

class UpdateUserCustomStatusResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RemoveUserCustomStatusRequest(_message.Message):
    __slots__ = ("user_id",)
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    def __init__(self, user_id: _Optional[str] = ...) -> None: ...

class RemoveUserCustomStatusResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetSessionRequest(_message.Message):
    __slots__ = ("session_id",)
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    def __init__(self, session_id: _Optional[str] = ...) -> None: ...

class GetSessionResponse(_message.Message):
    __slots__ = ("session",)
    SESSION_FIELD_NUMBER: _ClassVar[int]
    session: _models_pb2.Session
    def __init__(self, session: _Optional[_Union[_models_pb2.Session, _Mapping]] = ...) -> None: ...

class CreateSessionRequest(_message.Message):
    __slots__ = ("session",)
    SESSION_FIELD_NUMBER: _ClassVar[int]
    session: _models_pb2.Session
    def __init__(self, session: _Optional[_Union[_models_pb2.Session, _Mapping]] = ...) -> None: ...

class CreateSessionResponse(_message.Message):
    __slots__ = ("session",)
    SESSION_FIELD_NUMBER: _ClassVar[int]
    session: _models_pb2.Session
    def __init__(self, session: _Optional[_Union[_models_pb2.Session, _Mapping]] = ...) -> None: ...

class ExtendSessionExpiryRequest(_message.Message):
    __slots__ = ("session_id", "new_expiry")
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    NEW_EXPIRY_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    new_expiry: int
    def __init__(self, session_id: _Optional[str] = ..., new_expiry: _Optional[int] = ...) -> None: ...

class ExtendSessionExpiryResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RevokeSessionRequest(_message.Message):
    __slots__ = ("session_id",)
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    def __init__(self, session_id: _Optional[str] = ...) -> None: ...

class RevokeSessionResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CreateUserAccessTokenRequest(_message.Message):
    __slots__ = ("token",)
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    token: _models_pb2.UserAccessToken
    def __init__(self, token: _Optional[_Union[_models_pb2.UserAccessToken, _Mapping]] = ...) -> None: ...

class CreateUserAccessTokenResponse(_message.Message):
    __slots__ = ("token",)
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    token: _models_pb2.UserAccessToken
    def __init__(self, token: _Optional[_Union[_models_pb2.UserAccessToken, _Mapping]] = ...) -> None: ...

class RevokeUserAccessTokenRequest(_message.Message):
    __slots__ = ("token_id",)
    TOKEN_ID_FIELD_NUMBER: _ClassVar[int]
    token_id: str
    def __init__(self, token_id: _Optional[str] = ...) -> None: ...

class RevokeUserAccessTokenResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetPreferenceForUserRequest(_message.Message):
    __slots__ = ("user_id", "category", "name")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    category: str
    name: str
    def __init__(self, user_id: _Optional[str] = ..., category: _Optional[str] = ..., name: _Optional[str] = ...) -> None: ...

class GetPreferenceForUserResponse(_message.Message):
    __slots__ = ("preference",)
    PREFERENCE_FIELD_NUMBER: _ClassVar[int]
    preference: _models_pb2.Preference
    def __init__(self, preference: _Optional[_Union[_models_pb2.Preference, _Mapping]] = ...) -> None: ...

class GetPreferencesForUserRequest(_message.Message):
    __slots__ = ("user_id",)
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    def __init__(self, user_id: _Optional[str] = ...) -> None: ...

class GetPreferencesForUserResponse(_message.Message):
    __slots__ = ("preferences",)
    PREFERENCES_FIELD_NUMBER: _ClassVar[int]
    preferences: _containers.RepeatedCompositeFieldContainer[_models_pb2.Preference]
    def __init__(self, preferences: _Optional[_Iterable[_Union[_models_pb2.Preference, _Mapping]]] = ...) -> None: ...

class UpdatePreferencesForUserRequest(_message.Message):
    __slots__ = ("user_id", "preferences")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    PREFERENCES_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    preferences: _containers.RepeatedCompositeFieldContainer[_models_pb2.Preference]
    def __init__(self, user_id: _Optional[str] = ..., preferences: _Optional[_Iterable[_Union[_models_pb2.Preference, _Mapping]]] = ...) -> None: ...

class UpdatePreferencesForUserResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeletePreferencesForUserRequest(_message.Message):
    __slots__ = ("user_id", "preferences")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    PREFERENCES_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    preferences: _containers.RepeatedCompositeFieldContainer[_models_pb2.Preference]
    def __init__(self, user_id: _Optional[str] = ..., preferences: _Optional[_Iterable[_Union[_models_pb2.Preference, _Mapping]]] = ...) -> None: ...

class DeletePreferencesForUserResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class HasPermissionToRequest(_message.Message):
    __slots__ = ("user_id", "permission_id")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    PERMISSION_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    permission_id: str
    def __init__(self, user_id: _Optional[str] = ..., permission_id: _Optional[str] = ...) -> None: ...

class HasPermissionToResponse(_message.Message):
    __slots__ = ("has_permission",)
    HAS_PERMISSION_FIELD_NUMBER: _ClassVar[int]
    has_permission: bool
    def __init__(self, has_permission: bool = ...) -> None: ...

class HasPermissionToTeamRequest(_message.Message):
    __slots__ = ("user_id", "team_id", "permission_id")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    PERMISSION_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    team_id: str
    permission_id: str
    def __init__(self, user_id: _Optional[str] = ..., team_id: _Optional[str] = ..., permission_id: _Optional[str] = ...) -> None: ...

class HasPermissionToTeamResponse(_message.Message):
    __slots__ = ("has_permission",)
    HAS_PERMISSION_FIELD_NUMBER: _ClassVar[int]
    has_permission: bool
    def __init__(self, has_permission: bool = ...) -> None: ...

class HasPermissionToChannelRequest(_message.Message):
    __slots__ = ("user_id", "channel_id", "permission_id")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    PERMISSION_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    channel_id: str
    permission_id: str
    def __init__(self, user_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., permission_id: _Optional[str] = ...) -> None: ...

class HasPermissionToChannelResponse(_message.Message):
    __slots__ = ("has_permission",)
    HAS_PERMISSION_FIELD_NUMBER: _ClassVar[int]
    has_permission: bool
    def __init__(self, has_permission: bool = ...) -> None: ...

class RolesGrantPermissionRequest(_message.Message):
    __slots__ = ("role_names", "permission_id")
    ROLE_NAMES_FIELD_NUMBER: _ClassVar[int]
    PERMISSION_ID_FIELD_NUMBER: _ClassVar[int]
    role_names: _containers.RepeatedScalarFieldContainer[str]
    permission_id: str
    def __init__(self, role_names: _Optional[_Iterable[str]] = ..., permission_id: _Optional[str] = ...) -> None: ...

class RolesGrantPermissionResponse(_message.Message):
    __slots__ = ("granted",)
    GRANTED_FIELD_NUMBER: _ClassVar[int]
    granted: bool
    def __init__(self, granted: bool = ...) -> None: ...

class CreateTeamRequest(_message.Message):
    __slots__ = ("team",)
    TEAM_FIELD_NUMBER: _ClassVar[int]
    team: _models_pb2.Team
    def __init__(self, team: _Optional[_Union[_models_pb2.Team, _Mapping]] = ...) -> None: ...

class CreateTeamResponse(_message.Message):
    __slots__ = ("team",)
    TEAM_FIELD_NUMBER: _ClassVar[int]
    team: _models_pb2.Team
    def __init__(self, team: _Optional[_Union[_models_pb2.Team, _Mapping]] = ...) -> None: ...

class DeleteTeamRequest(_message.Message):
    __slots__ = ("team_id",)
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    def __init__(self, team_id: _Optional[str] = ...) -> None: ...

class DeleteTeamResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetTeamsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetTeamsResponse(_message.Message):
    __slots__ = ("teams",)
    TEAMS_FIELD_NUMBER: _ClassVar[int]
    teams: _containers.RepeatedCompositeFieldContainer[_models_pb2.Team]
    def __init__(self, teams: _Optional[_Iterable[_Union[_models_pb2.Team, _Mapping]]] = ...) -> None: ...

class GetTeamRequest(_message.Message):
    __slots__ = ("team_id",)
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    def __init__(self, team_id: _Optional[str] = ...) -> None: ...

class GetTeamResponse(_message.Message):
    __slots__ = ("team",)
    TEAM_FIELD_NUMBER: _ClassVar[int]
    team: _models_pb2.Team
    def __init__(self, team: _Optional[_Union[_models_pb2.Team, _Mapping]] = ...) -> None: ...

class GetTeamByNameRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetTeamByNameResponse(_message.Message):
    __slots__ = ("team",)
    TEAM_FIELD_NUMBER: _ClassVar[int]
    team: _models_pb2.Team
    def __init__(self, team: _Optional[_Union[_models_pb2.Team, _Mapping]] = ...) -> None: ...

class GetTeamsUnreadForUserRequest(_message.Message):
    __slots__ = ("user_id",)
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    def __init__(self, user_id: _Optional[str] = ...) -> None: ...

class GetTeamsUnreadForUserResponse(_message.Message):
    __slots__ = ("team_unreads",)
    TEAM_UNREADS_FIELD_NUMBER: _ClassVar[int]
    team_unreads: _containers.RepeatedCompositeFieldContainer[_models_pb2.TeamUnread]
    def __init__(self, team_unreads: _Optional[_Iterable[_Union[_models_pb2.TeamUnread, _Mapping]]] = ...) -> None: ...

class UpdateTeamRequest(_message.Message):
    __slots__ = ("team",)
    TEAM_FIELD_NUMBER: _ClassVar[int]
    team: _models_pb2.Team
    def __init__(self, team: _Optional[_Union[_models_pb2.Team, _Mapping]] = ...) -> None: ...

class UpdateTeamResponse(_message.Message):
    __slots__ = ("team",)
    TEAM_FIELD_NUMBER: _ClassVar[int]
    team: _models_pb2.Team
    def __init__(self, team: _Optional[_Union[_models_pb2.Team, _Mapping]] = ...) -> None: ...

class SearchTeamsRequest(_message.Message):
    __slots__ = ("term",)
    TERM_FIELD_NUMBER: _ClassVar[int]
    term: str
    def __init__(self, term: _Optional[str] = ...) -> None: ...

class SearchTeamsResponse(_message.Message):
    __slots__ = ("teams",)
    TEAMS_FIELD_NUMBER: _ClassVar[int]
    teams: _containers.RepeatedCompositeFieldContainer[_models_pb2.Team]
    def __init__(self, teams: _Optional[_Iterable[_Union[_models_pb2.Team, _Mapping]]] = ...) -> None: ...

class GetTeamsForUserRequest(_message.Message):
    __slots__ = ("user_id",)
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    def __init__(self, user_id: _Optional[str] = ...) -> None: ...

class GetTeamsForUserResponse(_message.Message):
    __slots__ = ("teams",)
    TEAMS_FIELD_NUMBER: _ClassVar[int]
    teams: _containers.RepeatedCompositeFieldContainer[_models_pb2.Team]
    def __init__(self, teams: _Optional[_Iterable[_Union[_models_pb2.Team, _Mapping]]] = ...) -> None: ...

class CreateTeamMemberRequest(_message.Message):
    __slots__ = ("team_id", "user_id")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    user_id: str
    def __init__(self, team_id: _Optional[str] = ..., user_id: _Optional[str] = ...) -> None: ...

class CreateTeamMemberResponse(_message.Message):
    __slots__ = ("team_member",)
    TEAM_MEMBER_FIELD_NUMBER: _ClassVar[int]
    team_member: _models_pb2.TeamMember
    def __init__(self, team_member: _Optional[_Union[_models_pb2.TeamMember, _Mapping]] = ...) -> None: ...

class CreateTeamMembersRequest(_message.Message):
    __slots__ = ("team_id", "user_ids", "requestor_id")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    USER_IDS_FIELD_NUMBER: _ClassVar[int]
    REQUESTOR_ID_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    user_ids: _containers.RepeatedScalarFieldContainer[str]
    requestor_id: str
    def __init__(self, team_id: _Optional[str] = ..., user_ids: _Optional[_Iterable[str]] = ..., requestor_id: _Optional[str] = ...) -> None: ...

class CreateTeamMembersResponse(_message.Message):
    __slots__ = ("team_members",)
    TEAM_MEMBERS_FIELD_NUMBER: _ClassVar[int]
    team_members: _containers.RepeatedCompositeFieldContainer[_models_pb2.TeamMember]
    def __init__(self, team_members: _Optional[_Iterable[_Union[_models_pb2.TeamMember, _Mapping]]] = ...) -> None: ...

class CreateTeamMembersGracefullyRequest(_message.Message):
    __slots__ = ("team_id", "user_ids", "requestor_id")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    USER_IDS_FIELD_NUMBER: _ClassVar[int]
    REQUESTOR_ID_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    user_ids: _containers.RepeatedScalarFieldContainer[str]
    requestor_id: str
    def __init__(self, team_id: _Optional[str] = ..., user_ids: _Optional[_Iterable[str]] = ..., requestor_id: _Optional[str] = ...) -> None: ...

class CreateTeamMembersGracefullyResponse(_message.Message):
    __slots__ = ("results",)
    RESULTS_FIELD_NUMBER: _ClassVar[int]
    results: _containers.RepeatedCompositeFieldContainer[_models_pb2.TeamMemberWithError]
    def __init__(self, results: _Optional[_Iterable[_Union[_models_pb2.TeamMemberWithError, _Mapping]]] = ...) -> None: ...

class DeleteTeamMemberRequest(_message.Message):
    __slots__ = ("team_id", "user_id", "requestor_id")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    REQUESTOR_ID_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    user_id: str
    requestor_id: str
    def __init__(self, team_id: _Optional[str] = ..., user_id: _Optional[str] = ..., requestor_id: _Optional[str] = ...) -> None: ...

class DeleteTeamMemberResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetTeamMembersRequest(_message.Message):
    __slots__ = ("team_id", "page", "per_page")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    page: int
    per_page: int
    def __init__(self, team_id: _Optional[str] = ..., page: _Optional[int] = ..., per_page: _Optional[int] = ...) -> None: ...

class GetTeamMembersResponse(_message.Message):
    __slots__ = ("team_members",)
    TEAM_MEMBERS_FIELD_NUMBER: _ClassVar[int]
    team_members: _containers.RepeatedCompositeFieldContainer[_models_pb2.TeamMember]
    def __init__(self, team_members: _Optional[_Iterable[_Union[_models_pb2.TeamMember, _Mapping]]] = ...) -> None: ...

class GetTeamMemberRequest(_message.Message):
    __slots__ = ("team_id", "user_id")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    user_id: str
    def __init__(self, team_id: _Optional[str] = ..., user_id: _Optional[str] = ...) -> None: ...

class GetTeamMemberResponse(_message.Message):
    __slots__ = ("team_member",)
    TEAM_MEMBER_FIELD_NUMBER: _ClassVar[int]
    team_member: _models_pb2.TeamMember
    def __init__(self, team_member: _Optional[_Union[_models_pb2.TeamMember, _Mapping]] = ...) -> None: ...

class GetTeamMembersForUserRequest(_message.Message):
    __slots__ = ("user_id", "page", "per_page")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    page: int
    per_page: int
    def __init__(self, user_id: _Optional[str] = ..., page: _Optional[int] = ..., per_page: _Optional[int] = ...) -> None: ...

class GetTeamMembersForUserResponse(_message.Message):
    __slots__ = ("team_members",)
    TEAM_MEMBERS_FIELD_NUMBER: _ClassVar[int]
    team_members: _containers.RepeatedCompositeFieldContainer[_models_pb2.TeamMember]
    def __init__(self, team_members: _Optional[_Iterable[_Union[_models_pb2.TeamMember, _Mapping]]] = ...) -> None: ...

class UpdateTeamMemberRolesRequest(_message.Message):
    __slots__ = ("team_id", "user_id", "new_roles")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    NEW_ROLES_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    user_id: str
    new_roles: str
    def __init__(self, team_id: _Optional[str] = ..., user_id: _Optional[str] = ..., new_roles: _Optional[str] = ...) -> None: ...

class UpdateTeamMemberRolesResponse(_message.Message):
    __slots__ = ("team_member",)
    TEAM_MEMBER_FIELD_NUMBER: _ClassVar[int]
    team_member: _models_pb2.TeamMember
    def __init__(self, team_member: _Optional[_Union[_models_pb2.TeamMember, _Mapping]] = ...) -> None: ...

class GetTeamIconRequest(_message.Message):
    __slots__ = ("team_id",)
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    def __init__(self, team_id: _Optional[str] = ...) -> None: ...

class GetTeamIconResponse(_message.Message):
    __slots__ = ("icon",)
    ICON_FIELD_NUMBER: _ClassVar[int]
    icon: bytes
    def __init__(self, icon: _Optional[bytes] = ...) -> None: ...

class SetTeamIconRequest(_message.Message):
    __slots__ = ("team_id", "data")
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    data: bytes
    def __init__(self, team_id: _Optional[str] = ..., data: _Optional[bytes] = ...) -> None: ...

class SetTeamIconResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RemoveTeamIconRequest(_message.Message):
    __slots__ = ("team_id",)
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    def __init__(self, team_id: _Optional[str] = ...) -> None: ...

class RemoveTeamIconResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetTeamStatsRequest(_message.Message):
    __slots__ = ("team_id",)
    TEAM_ID_FIELD_NUMBER: _ClassVar[int]
    team_id: str
    def __init__(self, team_id: _Optional[str] = ...) -> None: ...

class GetTeamStatsResponse(_message.Message):
    __slots__ = ("team_stats",)
    TEAM_STATS_FIELD_NUMBER: _ClassVar[int]
    team_stats: _models_pb2.TeamStats
    def __init__(self, team_stats: _Optional[_Union[_models_pb2.TeamStats, _Mapping]] = ...) -> None: ...

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

class CopyFileInfosRequest(_message.Message):
    __slots__ = ("user_id", "file_ids")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    FILE_IDS_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    file_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, user_id: _Optional[str] = ..., file_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class CopyFileInfosResponse(_message.Message):
    __slots__ = ("file_ids",)
    FILE_IDS_FIELD_NUMBER: _ClassVar[int]
    file_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, file_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class GetFileInfoRequest(_message.Message):
    __slots__ = ("file_id",)
    FILE_ID_FIELD_NUMBER: _ClassVar[int]
    file_id: str
    def __init__(self, file_id: _Optional[str] = ...) -> None: ...

class GetFileInfoResponse(_message.Message):
    __slots__ = ("file_info",)
    FILE_INFO_FIELD_NUMBER: _ClassVar[int]
    file_info: _models_pb2.FileInfo
    def __init__(self, file_info: _Optional[_Union[_models_pb2.FileInfo, _Mapping]] = ...) -> None: ...

class GetFileInfosRequest(_message.Message):
    __slots__ = ("page", "per_page", "options")
    PAGE_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    page: int
    per_page: int
    options: _models_pb2.GetFileInfosOptions
    def __init__(self, page: _Optional[int] = ..., per_page: _Optional[int] = ..., options: _Optional[_Union[_models_pb2.GetFileInfosOptions, _Mapping]] = ...) -> None: ...

class GetFileInfosResponse(_message.Message):
    __slots__ = ("file_infos",)
    FILE_INFOS_FIELD_NUMBER: _ClassVar[int]
    file_infos: _containers.RepeatedCompositeFieldContainer[_models_pb2.FileInfo]
    def __init__(self, file_infos: _Optional[_Iterable[_Union[_models_pb2.FileInfo, _Mapping]]] = ...) -> None: ...

class SetFileSearchableContentRequest(_message.Message):
    __slots__ = ("file_id", "content")
    FILE_ID_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    file_id: str
    content: str
    def __init__(self, file_id: _Optional[str] = ..., content: _Optional[str] = ...) -> None: ...

class SetFileSearchableContentResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetFileRequest(_message.Message):
    __slots__ = ("file_id",)
    FILE_ID_FIELD_NUMBER: _ClassVar[int]
    file_id: str
    def __init__(self, file_id: _Optional[str] = ...) -> None: ...

class GetFileResponse(_message.Message):
    __slots__ = ("data",)
    DATA_FIELD_NUMBER: _ClassVar[int]
    data: bytes
    def __init__(self, data: _Optional[bytes] = ...) -> None: ...

class GetFileLinkRequest(_message.Message):
    __slots__ = ("file_id",)
    FILE_ID_FIELD_NUMBER: _ClassVar[int]
    file_id: str
    def __init__(self, file_id: _Optional[str] = ...) -> None: ...

class GetFileLinkResponse(_message.Message):
    __slots__ = ("link",)
    LINK_FIELD_NUMBER: _ClassVar[int]
    link: str
    def __init__(self, link: _Optional[str] = ...) -> None: ...

class ReadFileRequest(_message.Message):
    __slots__ = ("path",)
    PATH_FIELD_NUMBER: _ClassVar[int]
    path: str
    def __init__(self, path: _Optional[str] = ...) -> None: ...

class ReadFileResponse(_message.Message):
    __slots__ = ("data",)
    DATA_FIELD_NUMBER: _ClassVar[int]
    data: bytes
    def __init__(self, data: _Optional[bytes] = ...) -> None: ...

class UploadFileRequest(_message.Message):
    __slots__ = ("data", "channel_id", "filename")
    DATA_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    FILENAME_FIELD_NUMBER: _ClassVar[int]
    data: bytes
    channel_id: str
    filename: str
    def __init__(self, data: _Optional[bytes] = ..., channel_id: _Optional[str] = ..., filename: _Optional[str] = ...) -> None: ...

class UploadFileResponse(_message.Message):
    __slots__ = ("file_info",)
    FILE_INFO_FIELD_NUMBER: _ClassVar[int]
    file_info: _models_pb2.FileInfo
    def __init__(self, file_info: _Optional[_Union[_models_pb2.FileInfo, _Mapping]] = ...) -> None: ...

class CreateUploadSessionRequest(_message.Message):
    __slots__ = ("upload_session",)
    UPLOAD_SESSION_FIELD_NUMBER: _ClassVar[int]
    upload_session: _models_pb2.UploadSession
    def __init__(self, upload_session: _Optional[_Union[_models_pb2.UploadSession, _Mapping]] = ...) -> None: ...

class CreateUploadSessionResponse(_message.Message):
    __slots__ = ("upload_session",)
    UPLOAD_SESSION_FIELD_NUMBER: _ClassVar[int]
    upload_session: _models_pb2.UploadSession
    def __init__(self, upload_session: _Optional[_Union[_models_pb2.UploadSession, _Mapping]] = ...) -> None: ...

class UploadDataRequest(_message.Message):
    __slots__ = ("upload_id", "data")
    UPLOAD_ID_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    upload_id: str
    data: bytes
    def __init__(self, upload_id: _Optional[str] = ..., data: _Optional[bytes] = ...) -> None: ...

class UploadDataResponse(_message.Message):
    __slots__ = ("file_info",)
    FILE_INFO_FIELD_NUMBER: _ClassVar[int]
    file_info: _models_pb2.FileInfo
    def __init__(self, file_info: _Optional[_Union[_models_pb2.FileInfo, _Mapping]] = ...) -> None: ...

class GetUploadSessionRequest(_message.Message):
    __slots__ = ("upload_id",)
    UPLOAD_ID_FIELD_NUMBER: _ClassVar[int]
    upload_id: str
    def __init__(self, upload_id: _Optional[str] = ...) -> None: ...

class GetUploadSessionResponse(_message.Message):
    __slots__ = ("upload_session",)
    UPLOAD_SESSION_FIELD_NUMBER: _ClassVar[int]
    upload_session: _models_pb2.UploadSession
    def __init__(self, upload_session: _Optional[_Union[_models_pb2.UploadSession, _Mapping]] = ...) -> None: ...

class KVSetRequest(_message.Message):
    __slots__ = ("key", "value")
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    key: str
    value: bytes
    def __init__(self, key: _Optional[str] = ..., value: _Optional[bytes] = ...) -> None: ...

class KVSetResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class KVCompareAndSetRequest(_message.Message):
    __slots__ = ("key", "old_value", "new_value")
    KEY_FIELD_NUMBER: _ClassVar[int]
    OLD_VALUE_FIELD_NUMBER: _ClassVar[int]
    NEW_VALUE_FIELD_NUMBER: _ClassVar[int]
    key: str
    old_value: bytes
    new_value: bytes
    def __init__(self, key: _Optional[str] = ..., old_value: _Optional[bytes] = ..., new_value: _Optional[bytes] = ...) -> None: ...

class KVCompareAndSetResponse(_message.Message):
    __slots__ = ("success",)
    SUCCESS_FIELD_NUMBER: _ClassVar[int]
    success: bool
    def __init__(self, success: bool = ...) -> None: ...

class KVCompareAndDeleteRequest(_message.Message):
    __slots__ = ("key", "old_value")
    KEY_FIELD_NUMBER: _ClassVar[int]
    OLD_VALUE_FIELD_NUMBER: _ClassVar[int]
    key: str
    old_value: bytes
    def __init__(self, key: _Optional[str] = ..., old_value: _Optional[bytes] = ...) -> None: ...

class KVCompareAndDeleteResponse(_message.Message):
    __slots__ = ("success",)
    SUCCESS_FIELD_NUMBER: _ClassVar[int]
    success: bool
    def __init__(self, success: bool = ...) -> None: ...

class KVSetWithOptionsRequest(_message.Message):
    __slots__ = ("key", "value", "options")
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    key: str
    value: bytes
    options: _models_pb2.PluginKVSetOptions
    def __init__(self, key: _Optional[str] = ..., value: _Optional[bytes] = ..., options: _Optional[_Union[_models_pb2.PluginKVSetOptions, _Mapping]] = ...) -> None: ...

class KVSetWithOptionsResponse(_message.Message):
    __slots__ = ("success",)
    SUCCESS_FIELD_NUMBER: _ClassVar[int]
    success: bool
    def __init__(self, success: bool = ...) -> None: ...

class KVSetWithExpiryRequest(_message.Message):
    __slots__ = ("key", "value", "expire_in_seconds")
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_IN_SECONDS_FIELD_NUMBER: _ClassVar[int]
    key: str
    value: bytes
    expire_in_seconds: int
    def __init__(self, key: _Optional[str] = ..., value: _Optional[bytes] = ..., expire_in_seconds: _Optional[int] = ...) -> None: ...

class KVSetWithExpiryResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class KVGetRequest(_message.Message):
    __slots__ = ("key",)
    KEY_FIELD_NUMBER: _ClassVar[int]
    key: str
    def __init__(self, key: _Optional[str] = ...) -> None: ...

class KVGetResponse(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: bytes
    def __init__(self, value: _Optional[bytes] = ...) -> None: ...

class KVDeleteRequest(_message.Message):
    __slots__ = ("key",)
    KEY_FIELD_NUMBER: _ClassVar[int]
    key: str
    def __init__(self, key: _Optional[str] = ...) -> None: ...

class KVDeleteResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class KVDeleteAllRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class KVDeleteAllResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class KVListRequest(_message.Message):
    __slots__ = ("page", "per_page")
    PAGE_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    page: int
    per_page: int
    def __init__(self, page: _Optional[int] = ..., per_page: _Optional[int] = ...) -> None: ...

class KVListResponse(_message.Message):
    __slots__ = ("keys",)
    KEYS_FIELD_NUMBER: _ClassVar[int]
    keys: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, keys: _Optional[_Iterable[str]] = ...) -> None: ...

class PublishWebSocketEventRequest(_message.Message):
    __slots__ = ("event", "payload_json", "broadcast")
    EVENT_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_JSON_FIELD_NUMBER: _ClassVar[int]
    BROADCAST_FIELD_NUMBER: _ClassVar[int]
    event: str
    payload_json: str
    broadcast: _models_pb2.WebsocketBroadcast
    def __init__(self, event: _Optional[str] = ..., payload_json: _Optional[str] = ..., broadcast: _Optional[_Union[_models_pb2.WebsocketBroadcast, _Mapping]] = ...) -> None: ...

class PublishWebSocketEventResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class OpenInteractiveDialogRequest(_message.Message):
    __slots__ = ("dialog_request",)
    DIALOG_REQUEST_FIELD_NUMBER: _ClassVar[int]
    dialog_request: _models_pb2.OpenDialogRequest
    def __init__(self, dialog_request: _Optional[_Union[_models_pb2.OpenDialogRequest, _Mapping]] = ...) -> None: ...

class OpenInteractiveDialogResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SendToastMessageRequest(_message.Message):
    __slots__ = ("user_id", "connection_id", "message", "position")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    CONNECTION_ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    POSITION_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    connection_id: str
    message: str
    position: str
    def __init__(self, user_id: _Optional[str] = ..., connection_id: _Optional[str] = ..., message: _Optional[str] = ..., position: _Optional[str] = ...) -> None: ...

class SendToastMessageResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LogDebugRequest(_message.Message):
    __slots__ = ("message", "key_value_pairs_json")
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    KEY_VALUE_PAIRS_JSON_FIELD_NUMBER: _ClassVar[int]
    message: str
    key_value_pairs_json: str
    def __init__(self, message: _Optional[str] = ..., key_value_pairs_json: _Optional[str] = ...) -> None: ...

class LogDebugResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LogInfoRequest(_message.Message):
    __slots__ = ("message", "key_value_pairs_json")
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    KEY_VALUE_PAIRS_JSON_FIELD_NUMBER: _ClassVar[int]
    message: str
    key_value_pairs_json: str
    def __init__(self, message: _Optional[str] = ..., key_value_pairs_json: _Optional[str] = ...) -> None: ...

class LogInfoResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LogWarnRequest(_message.Message):
    __slots__ = ("message", "key_value_pairs_json")
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    KEY_VALUE_PAIRS_JSON_FIELD_NUMBER: _ClassVar[int]
    message: str
    key_value_pairs_json: str
    def __init__(self, message: _Optional[str] = ..., key_value_pairs_json: _Optional[str] = ...) -> None: ...

class LogWarnResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LogErrorRequest(_message.Message):
    __slots__ = ("message", "key_value_pairs_json")
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    KEY_VALUE_PAIRS_JSON_FIELD_NUMBER: _ClassVar[int]
    message: str
    key_value_pairs_json: str
    def __init__(self, message: _Optional[str] = ..., key_value_pairs_json: _Optional[str] = ...) -> None: ...

class LogErrorResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LogAuditRecRequest(_message.Message):
    __slots__ = ("record_json",)
    RECORD_JSON_FIELD_NUMBER: _ClassVar[int]
    record_json: str
    def __init__(self, record_json: _Optional[str] = ...) -> None: ...

class LogAuditRecResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class LogAuditRecWithLevelRequest(_message.Message):
    __slots__ = ("record_json", "level")
    RECORD_JSON_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    record_json: str
    level: str
    def __init__(self, record_json: _Optional[str] = ..., level: _Optional[str] = ...) -> None: ...

class LogAuditRecWithLevelResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SendMailRequest(_message.Message):
    __slots__ = ("to", "subject", "html_body")
    TO_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    HTML_BODY_FIELD_NUMBER: _ClassVar[int]
    to: str
    subject: str
    html_body: str
    def __init__(self, to: _Optional[str] = ..., subject: _Optional[str] = ..., html_body: _Optional[str] = ...) -> None: ...

class SendMailResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SendPushNotificationRequest(_message.Message):
    __slots__ = ("notification_json", "user_id")
    NOTIFICATION_JSON_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    notification_json: str
    user_id: str
    def __init__(self, notification_json: _Optional[str] = ..., user_id: _Optional[str] = ...) -> None: ...

class SendPushNotificationResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class PluginHTTPRequest(_message.Message):
    __slots__ = ("method", "url", "headers", "body")
    METHOD_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    HEADERS_FIELD_NUMBER: _ClassVar[int]
    BODY_FIELD_NUMBER: _ClassVar[int]
    method: str
    url: str
    headers: _containers.RepeatedCompositeFieldContainer[_models_pb2.HTTPHeader]
    body: bytes
    def __init__(self, method: _Optional[str] = ..., url: _Optional[str] = ..., headers: _Optional[_Iterable[_Union[_models_pb2.HTTPHeader, _Mapping]]] = ..., body: _Optional[bytes] = ...) -> None: ...

class PluginHTTPResponse(_message.Message):
    __slots__ = ("status_code", "headers", "body")
    STATUS_CODE_FIELD_NUMBER: _ClassVar[int]
    HEADERS_FIELD_NUMBER: _ClassVar[int]
    BODY_FIELD_NUMBER: _ClassVar[int]
    status_code: int
    headers: _containers.RepeatedCompositeFieldContainer[_models_pb2.HTTPHeader]
    body: bytes
    def __init__(self, status_code: _Optional[int] = ..., headers: _Optional[_Iterable[_Union[_models_pb2.HTTPHeader, _Mapping]]] = ..., body: _Optional[bytes] = ...) -> None: ...

class PublishPluginClusterEventRequest(_message.Message):
    __slots__ = ("event", "options")
    EVENT_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    event: _models_pb2.PluginClusterEvent
    options: _models_pb2.PluginClusterEventSendOptions
    def __init__(self, event: _Optional[_Union[_models_pb2.PluginClusterEvent, _Mapping]] = ..., options: _Optional[_Union[_models_pb2.PluginClusterEventSendOptions, _Mapping]] = ...) -> None: ...

class PublishPluginClusterEventResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CreateBotRequest(_message.Message):
    __slots__ = ("bot",)
    BOT_FIELD_NUMBER: _ClassVar[int]
    bot: _models_pb2.Bot
    def __init__(self, bot: _Optional[_Union[_models_pb2.Bot, _Mapping]] = ...) -> None: ...

class CreateBotResponse(_message.Message):
    __slots__ = ("bot",)
    BOT_FIELD_NUMBER: _ClassVar[int]
    bot: _models_pb2.Bot
    def __init__(self, bot: _Optional[_Union[_models_pb2.Bot, _Mapping]] = ...) -> None: ...

class PatchBotRequest(_message.Message):
    __slots__ = ("bot_user_id", "bot_patch")
    BOT_USER_ID_FIELD_NUMBER: _ClassVar[int]
    BOT_PATCH_FIELD_NUMBER: _ClassVar[int]
    bot_user_id: str
    bot_patch: _models_pb2.BotPatch
    def __init__(self, bot_user_id: _Optional[str] = ..., bot_patch: _Optional[_Union[_models_pb2.BotPatch, _Mapping]] = ...) -> None: ...

class PatchBotResponse(_message.Message):
    __slots__ = ("bot",)
    BOT_FIELD_NUMBER: _ClassVar[int]
    bot: _models_pb2.Bot
    def __init__(self, bot: _Optional[_Union[_models_pb2.Bot, _Mapping]] = ...) -> None: ...

class GetBotRequest(_message.Message):
    __slots__ = ("bot_user_id", "include_deleted")
    BOT_USER_ID_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_DELETED_FIELD_NUMBER: _ClassVar[int]
    bot_user_id: str
    include_deleted: bool
    def __init__(self, bot_user_id: _Optional[str] = ..., include_deleted: bool = ...) -> None: ...

class GetBotResponse(_message.Message):
    __slots__ = ("bot",)
    BOT_FIELD_NUMBER: _ClassVar[int]
    bot: _models_pb2.Bot
    def __init__(self, bot: _Optional[_Union[_models_pb2.Bot, _Mapping]] = ...) -> None: ...

class GetBotsRequest(_message.Message):
    __slots__ = ("options",)
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    options: _models_pb2.BotGetOptions
    def __init__(self, options: _Optional[_Union[_models_pb2.BotGetOptions, _Mapping]] = ...) -> None: ...

class GetBotsResponse(_message.Message):
    __slots__ = ("bots",)
    BOTS_FIELD_NUMBER: _ClassVar[int]
    bots: _containers.RepeatedCompositeFieldContainer[_models_pb2.Bot]
    def __init__(self, bots: _Optional[_Iterable[_Union[_models_pb2.Bot, _Mapping]]] = ...) -> None: ...

class UpdateBotActiveRequest(_message.Message):
    __slots__ = ("bot_user_id", "active")
    BOT_USER_ID_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    bot_user_id: str
    active: bool
    def __init__(self, bot_user_id: _Optional[str] = ..., active: bool = ...) -> None: ...

class UpdateBotActiveResponse(_message.Message):
    __slots__ = ("bot",)
    BOT_FIELD_NUMBER: _ClassVar[int]
    bot: _models_pb2.Bot
    def __init__(self, bot: _Optional[_Union[_models_pb2.Bot, _Mapping]] = ...) -> None: ...

class PermanentDeleteBotRequest(_message.Message):
    __slots__ = ("bot_user_id",)
    BOT_USER_ID_FIELD_NUMBER: _ClassVar[int]
    bot_user_id: str
    def __init__(self, bot_user_id: _Optional[str] = ...) -> None: ...

class PermanentDeleteBotResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class EnsureBotUserRequest(_message.Message):
    __slots__ = ("bot",)
    BOT_FIELD_NUMBER: _ClassVar[int]
    bot: _models_pb2.Bot
    def __init__(self, bot: _Optional[_Union[_models_pb2.Bot, _Mapping]] = ...) -> None: ...

class EnsureBotUserResponse(_message.Message):
    __slots__ = ("bot_user_id",)
    BOT_USER_ID_FIELD_NUMBER: _ClassVar[int]
    bot_user_id: str
    def __init__(self, bot_user_id: _Optional[str] = ...) -> None: ...

class CreateOAuthAppRequest(_message.Message):
    __slots__ = ("app",)
    APP_FIELD_NUMBER: _ClassVar[int]
    app: _models_pb2.OAuthApp
    def __init__(self, app: _Optional[_Union[_models_pb2.OAuthApp, _Mapping]] = ...) -> None: ...

class CreateOAuthAppResponse(_message.Message):
    __slots__ = ("app",)
    APP_FIELD_NUMBER: _ClassVar[int]
    app: _models_pb2.OAuthApp
    def __init__(self, app: _Optional[_Union[_models_pb2.OAuthApp, _Mapping]] = ...) -> None: ...

class GetOAuthAppRequest(_message.Message):
    __slots__ = ("app_id",)
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    app_id: str
    def __init__(self, app_id: _Optional[str] = ...) -> None: ...

class GetOAuthAppResponse(_message.Message):
    __slots__ = ("app",)
    APP_FIELD_NUMBER: _ClassVar[int]
    app: _models_pb2.OAuthApp
    def __init__(self, app: _Optional[_Union[_models_pb2.OAuthApp, _Mapping]] = ...) -> None: ...

class UpdateOAuthAppRequest(_message.Message):
    __slots__ = ("app",)
    APP_FIELD_NUMBER: _ClassVar[int]
    app: _models_pb2.OAuthApp
    def __init__(self, app: _Optional[_Union[_models_pb2.OAuthApp, _Mapping]] = ...) -> None: ...

class UpdateOAuthAppResponse(_message.Message):
    __slots__ = ("app",)
    APP_FIELD_NUMBER: _ClassVar[int]
    app: _models_pb2.OAuthApp
    def __init__(self, app: _Optional[_Union[_models_pb2.OAuthApp, _Mapping]] = ...) -> None: ...

class DeleteOAuthAppRequest(_message.Message):
    __slots__ = ("app_id",)
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    app_id: str
    def __init__(self, app_id: _Optional[str] = ...) -> None: ...

class DeleteOAuthAppResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RegisterPluginForSharedChannelsRequest(_message.Message):
    __slots__ = ("opts_json",)
    OPTS_JSON_FIELD_NUMBER: _ClassVar[int]
    opts_json: str
    def __init__(self, opts_json: _Optional[str] = ...) -> None: ...

class RegisterPluginForSharedChannelsResponse(_message.Message):
    __slots__ = ("remote_id",)
    REMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    remote_id: str
    def __init__(self, remote_id: _Optional[str] = ...) -> None: ...

class UnregisterPluginForSharedChannelsRequest(_message.Message):
    __slots__ = ("plugin_id",)
    PLUGIN_ID_FIELD_NUMBER: _ClassVar[int]
    plugin_id: str
    def __init__(self, plugin_id: _Optional[str] = ...) -> None: ...

class UnregisterPluginForSharedChannelsResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UnregisterPluginRemoteForSharedChannelsRequest(_message.Message):
    __slots__ = ("remote_id",)
    REMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    remote_id: str
    def __init__(self, remote_id: _Optional[str] = ...) -> None: ...

class UnregisterPluginRemoteForSharedChannelsResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ShareChannelRequest(_message.Message):
    __slots__ = ("shared_channel_json",)
    SHARED_CHANNEL_JSON_FIELD_NUMBER: _ClassVar[int]
    shared_channel_json: str
    def __init__(self, shared_channel_json: _Optional[str] = ...) -> None: ...

class ShareChannelResponse(_message.Message):
    __slots__ = ("shared_channel_json",)
    SHARED_CHANNEL_JSON_FIELD_NUMBER: _ClassVar[int]
    shared_channel_json: str
    def __init__(self, shared_channel_json: _Optional[str] = ...) -> None: ...

class UpdateSharedChannelRequest(_message.Message):
    __slots__ = ("shared_channel_json",)
    SHARED_CHANNEL_JSON_FIELD_NUMBER: _ClassVar[int]
    shared_channel_json: str
    def __init__(self, shared_channel_json: _Optional[str] = ...) -> None: ...

class UpdateSharedChannelResponse(_message.Message):
    __slots__ = ("shared_channel_json",)
    SHARED_CHANNEL_JSON_FIELD_NUMBER: _ClassVar[int]
    shared_channel_json: str
    def __init__(self, shared_channel_json: _Optional[str] = ...) -> None: ...

class UnshareChannelRequest(_message.Message):
    __slots__ = ("channel_id",)
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    def __init__(self, channel_id: _Optional[str] = ...) -> None: ...

class UnshareChannelResponse(_message.Message):
    __slots__ = ("unshared",)
    UNSHARED_FIELD_NUMBER: _ClassVar[int]
    unshared: bool
    def __init__(self, unshared: bool = ...) -> None: ...

class UpdateSharedChannelCursorRequest(_message.Message):
    __slots__ = ("channel_id", "remote_id", "cursor_json")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    REMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    CURSOR_JSON_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    remote_id: str
    cursor_json: str
    def __init__(self, channel_id: _Optional[str] = ..., remote_id: _Optional[str] = ..., cursor_json: _Optional[str] = ...) -> None: ...

class UpdateSharedChannelCursorResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SyncSharedChannelRequest(_message.Message):
    __slots__ = ("channel_id",)
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    def __init__(self, channel_id: _Optional[str] = ...) -> None: ...

class SyncSharedChannelResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class InviteRemoteToChannelRequest(_message.Message):
    __slots__ = ("channel_id", "remote_id", "user_id", "share_if_not_shared")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    REMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    SHARE_IF_NOT_SHARED_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    remote_id: str
    user_id: str
    share_if_not_shared: bool
    def __init__(self, channel_id: _Optional[str] = ..., remote_id: _Optional[str] = ..., user_id: _Optional[str] = ..., share_if_not_shared: bool = ...) -> None: ...

class InviteRemoteToChannelResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class UninviteRemoteFromChannelRequest(_message.Message):
    __slots__ = ("channel_id", "remote_id")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    REMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    remote_id: str
    def __init__(self, channel_id: _Optional[str] = ..., remote_id: _Optional[str] = ...) -> None: ...

class UninviteRemoteFromChannelResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ReceiveSharedChannelSyncMsgRequest(_message.Message):
    __slots__ = ("remote_id", "sync_msg_json")
    REMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    SYNC_MSG_JSON_FIELD_NUMBER: _ClassVar[int]
    remote_id: str
    sync_msg_json: str
    def __init__(self, remote_id: _Optional[str] = ..., sync_msg_json: _Optional[str] = ...) -> None: ...

class ReceiveSharedChannelSyncMsgResponse(_message.Message):
    __slots__ = ("sync_response_json",)
    SYNC_RESPONSE_JSON_FIELD_NUMBER: _ClassVar[int]
    sync_response_json: str
    def __init__(self, sync_response_json: _Optional[str] = ...) -> None: ...

class ReceiveSharedChannelAttachmentSyncMsgRequest(_message.Message):
    __slots__ = ("remote_id", "channel_id", "file_info", "data")
    REMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    FILE_INFO_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    remote_id: str
    channel_id: str
    file_info: _models_pb2.FileInfo
    data: bytes
    def __init__(self, remote_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., file_info: _Optional[_Union[_models_pb2.FileInfo, _Mapping]] = ..., data: _Optional[bytes] = ...) -> None: ...

class ReceiveSharedChannelAttachmentSyncMsgResponse(_message.Message):
    __slots__ = ("file_info",)
    FILE_INFO_FIELD_NUMBER: _ClassVar[int]
    file_info: _models_pb2.FileInfo
    def __init__(self, file_info: _Optional[_Union[_models_pb2.FileInfo, _Mapping]] = ...) -> None: ...

class ReceiveSharedChannelProfileImageSyncMsgRequest(_message.Message):
    __slots__ = ("remote_id", "user_id", "image")
    REMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    remote_id: str
    user_id: str
    image: bytes
    def __init__(self, remote_id: _Optional[str] = ..., user_id: _Optional[str] = ..., image: _Optional[bytes] = ...) -> None: ...

class ReceiveSharedChannelProfileImageSyncMsgResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetGroupRequest(_message.Message):
    __slots__ = ("group_id",)
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    def __init__(self, group_id: _Optional[str] = ...) -> None: ...

class GetGroupResponse(_message.Message):
    __slots__ = ("group_json",)
    GROUP_JSON_FIELD_NUMBER: _ClassVar[int]
    group_json: str
    def __init__(self, group_json: _Optional[str] = ...) -> None: ...

class GetGroupByNameRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetGroupByNameResponse(_message.Message):
    __slots__ = ("group_json",)
    GROUP_JSON_FIELD_NUMBER: _ClassVar[int]
    group_json: str
    def __init__(self, group_json: _Optional[str] = ...) -> None: ...

class GetGroupMemberUsersRequest(_message.Message):
    __slots__ = ("group_id", "page", "per_page")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    page: int
    per_page: int
    def __init__(self, group_id: _Optional[str] = ..., page: _Optional[int] = ..., per_page: _Optional[int] = ...) -> None: ...

class GetGroupMemberUsersResponse(_message.Message):
    __slots__ = ("users",)
    USERS_FIELD_NUMBER: _ClassVar[int]
    users: _containers.RepeatedCompositeFieldContainer[_models_pb2.User]
    def __init__(self, users: _Optional[_Iterable[_Union[_models_pb2.User, _Mapping]]] = ...) -> None: ...

class GetGroupsBySourceRequest(_message.Message):
    __slots__ = ("group_source",)
    GROUP_SOURCE_FIELD_NUMBER: _ClassVar[int]
    group_source: str
    def __init__(self, group_source: _Optional[str] = ...) -> None: ...

class GetGroupsBySourceResponse(_message.Message):
    __slots__ = ("groups_json",)
    GROUPS_JSON_FIELD_NUMBER: _ClassVar[int]
    groups_json: str
    def __init__(self, groups_json: _Optional[str] = ...) -> None: ...

class GetGroupsForUserRequest(_message.Message):
    __slots__ = ("user_id",)
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    def __init__(self, user_id: _Optional[str] = ...) -> None: ...

class GetGroupsForUserResponse(_message.Message):
    __slots__ = ("groups_json",)
    GROUPS_JSON_FIELD_NUMBER: _ClassVar[int]
    groups_json: str
    def __init__(self, groups_json: _Optional[str] = ...) -> None: ...

class GetGroupsRequest(_message.Message):
    __slots__ = ("page", "per_page", "opts_json", "view_restrictions_json")
    PAGE_FIELD_NUMBER: _ClassVar[int]
    PER_PAGE_FIELD_NUMBER: _ClassVar[int]
    OPTS_JSON_FIELD_NUMBER: _ClassVar[int]
    VIEW_RESTRICTIONS_JSON_FIELD_NUMBER: _ClassVar[int]
    page: int
    per_page: int
    opts_json: str
    view_restrictions_json: str
    def __init__(self, page: _Optional[int] = ..., per_page: _Optional[int] = ..., opts_json: _Optional[str] = ..., view_restrictions_json: _Optional[str] = ...) -> None: ...

class GetGroupsResponse(_message.Message):
    __slots__ = ("groups_json",)
    GROUPS_JSON_FIELD_NUMBER: _ClassVar[int]
    groups_json: str
    def __init__(self, groups_json: _Optional[str] = ...) -> None: ...

class GetGroupByRemoteIDRequest(_message.Message):
    __slots__ = ("remote_id", "group_source")
    REMOTE_ID_FIELD_NUMBER: _ClassVar[int]
    GROUP_SOURCE_FIELD_NUMBER: _ClassVar[int]
    remote_id: str
    group_source: str
    def __init__(self, remote_id: _Optional[str] = ..., group_source: _Optional[str] = ...) -> None: ...

class GetGroupByRemoteIDResponse(_message.Message):
    __slots__ = ("group_json",)
    GROUP_JSON_FIELD_NUMBER: _ClassVar[int]
    group_json: str
    def __init__(self, group_json: _Optional[str] = ...) -> None: ...

class CreateGroupRequest(_message.Message):
    __slots__ = ("group_json",)
    GROUP_JSON_FIELD_NUMBER: _ClassVar[int]
    group_json: str
    def __init__(self, group_json: _Optional[str] = ...) -> None: ...

class CreateGroupResponse(_message.Message):
    __slots__ = ("group_json",)
    GROUP_JSON_FIELD_NUMBER: _ClassVar[int]
    group_json: str
    def __init__(self, group_json: _Optional[str] = ...) -> None: ...

class UpdateGroupRequest(_message.Message):
    __slots__ = ("group_json",)
    GROUP_JSON_FIELD_NUMBER: _ClassVar[int]
    group_json: str
    def __init__(self, group_json: _Optional[str] = ...) -> None: ...

class UpdateGroupResponse(_message.Message):
    __slots__ = ("group_json",)
    GROUP_JSON_FIELD_NUMBER: _ClassVar[int]
    group_json: str
    def __init__(self, group_json: _Optional[str] = ...) -> None: ...

class DeleteGroupRequest(_message.Message):
    __slots__ = ("group_id",)
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    def __init__(self, group_id: _Optional[str] = ...) -> None: ...

class DeleteGroupResponse(_message.Message):
    __slots__ = ("group_json",)
    GROUP_JSON_FIELD_NUMBER: _ClassVar[int]
    group_json: str
    def __init__(self, group_json: _Optional[str] = ...) -> None: ...

class RestoreGroupRequest(_message.Message):
    __slots__ = ("group_id",)
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    def __init__(self, group_id: _Optional[str] = ...) -> None: ...

class RestoreGroupResponse(_message.Message):
    __slots__ = ("group_json",)
    GROUP_JSON_FIELD_NUMBER: _ClassVar[int]
    group_json: str
    def __init__(self, group_json: _Optional[str] = ...) -> None: ...

class UpsertGroupMemberRequest(_message.Message):
    __slots__ = ("group_id", "user_id")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    user_id: str
    def __init__(self, group_id: _Optional[str] = ..., user_id: _Optional[str] = ...) -> None: ...

class UpsertGroupMemberResponse(_message.Message):
    __slots__ = ("group_member_json",)
    GROUP_MEMBER_JSON_FIELD_NUMBER: _ClassVar[int]
    group_member_json: str
    def __init__(self, group_member_json: _Optional[str] = ...) -> None: ...

class UpsertGroupMembersRequest(_message.Message):
    __slots__ = ("group_id", "user_ids")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    USER_IDS_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    user_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, group_id: _Optional[str] = ..., user_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class UpsertGroupMembersResponse(_message.Message):
    __slots__ = ("group_members_json",)
    GROUP_MEMBERS_JSON_FIELD_NUMBER: _ClassVar[int]
    group_members_json: str
    def __init__(self, group_members_json: _Optional[str] = ...) -> None: ...

class DeleteGroupMemberRequest(_message.Message):
    __slots__ = ("group_id", "user_id")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    user_id: str
    def __init__(self, group_id: _Optional[str] = ..., user_id: _Optional[str] = ...) -> None: ...

class DeleteGroupMemberResponse(_message.Message):
    __slots__ = ("group_member_json",)
    GROUP_MEMBER_JSON_FIELD_NUMBER: _ClassVar[int]
    group_member_json: str
    def __init__(self, group_member_json: _Optional[str] = ...) -> None: ...

class GetGroupSyncableRequest(_message.Message):
    __slots__ = ("group_id", "syncable_id", "syncable_type")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    SYNCABLE_ID_FIELD_NUMBER: _ClassVar[int]
    SYNCABLE_TYPE_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    syncable_id: str
    syncable_type: str
    def __init__(self, group_id: _Optional[str] = ..., syncable_id: _Optional[str] = ..., syncable_type: _Optional[str] = ...) -> None: ...

class GetGroupSyncableResponse(_message.Message):
    __slots__ = ("group_syncable_json",)
    GROUP_SYNCABLE_JSON_FIELD_NUMBER: _ClassVar[int]
    group_syncable_json: str
    def __init__(self, group_syncable_json: _Optional[str] = ...) -> None: ...

class GetGroupSyncablesRequest(_message.Message):
    __slots__ = ("group_id", "syncable_type")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    SYNCABLE_TYPE_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    syncable_type: str
    def __init__(self, group_id: _Optional[str] = ..., syncable_type: _Optional[str] = ...) -> None: ...

class GetGroupSyncablesResponse(_message.Message):
    __slots__ = ("group_syncables_json",)
    GROUP_SYNCABLES_JSON_FIELD_NUMBER: _ClassVar[int]
    group_syncables_json: str
    def __init__(self, group_syncables_json: _Optional[str] = ...) -> None: ...

class UpsertGroupSyncableRequest(_message.Message):
    __slots__ = ("group_syncable_json",)
    GROUP_SYNCABLE_JSON_FIELD_NUMBER: _ClassVar[int]
    group_syncable_json: str
    def __init__(self, group_syncable_json: _Optional[str] = ...) -> None: ...

class UpsertGroupSyncableResponse(_message.Message):
    __slots__ = ("group_syncable_json",)
    GROUP_SYNCABLE_JSON_FIELD_NUMBER: _ClassVar[int]
    group_syncable_json: str
    def __init__(self, group_syncable_json: _Optional[str] = ...) -> None: ...

class UpdateGroupSyncableRequest(_message.Message):
    __slots__ = ("group_syncable_json",)
    GROUP_SYNCABLE_JSON_FIELD_NUMBER: _ClassVar[int]
    group_syncable_json: str
    def __init__(self, group_syncable_json: _Optional[str] = ...) -> None: ...

class UpdateGroupSyncableResponse(_message.Message):
    __slots__ = ("group_syncable_json",)
    GROUP_SYNCABLE_JSON_FIELD_NUMBER: _ClassVar[int]
    group_syncable_json: str
    def __init__(self, group_syncable_json: _Optional[str] = ...) -> None: ...

class DeleteGroupSyncableRequest(_message.Message):
    __slots__ = ("group_id", "syncable_id", "syncable_type")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    SYNCABLE_ID_FIELD_NUMBER: _ClassVar[int]
    SYNCABLE_TYPE_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    syncable_id: str
    syncable_type: str
    def __init__(self, group_id: _Optional[str] = ..., syncable_id: _Optional[str] = ..., syncable_type: _Optional[str] = ...) -> None: ...

class DeleteGroupSyncableResponse(_message.Message):
    __slots__ = ("group_syncable_json",)
    GROUP_SYNCABLE_JSON_FIELD_NUMBER: _ClassVar[int]
    group_syncable_json: str
    def __init__(self, group_syncable_json: _Optional[str] = ...) -> None: ...

class CreateDefaultSyncableMembershipsRequest(_message.Message):
    __slots__ = ("params_json",)
    PARAMS_JSON_FIELD_NUMBER: _ClassVar[int]
    params_json: str
    def __init__(self, params_json: _Optional[str] = ...) -> None: ...

class CreateDefaultSyncableMembershipsResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeleteGroupConstrainedMembershipsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeleteGroupConstrainedMembershipsResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RegisterPropertyGroupRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class RegisterPropertyGroupResponse(_message.Message):
    __slots__ = ("group",)
    GROUP_FIELD_NUMBER: _ClassVar[int]
    group: _models_pb2.PropertyGroup
    def __init__(self, group: _Optional[_Union[_models_pb2.PropertyGroup, _Mapping]] = ...) -> None: ...

class GetPropertyGroupRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetPropertyGroupResponse(_message.Message):
    __slots__ = ("group",)
    GROUP_FIELD_NUMBER: _ClassVar[int]
    group: _models_pb2.PropertyGroup
    def __init__(self, group: _Optional[_Union[_models_pb2.PropertyGroup, _Mapping]] = ...) -> None: ...

class CreatePropertyFieldRequest(_message.Message):
    __slots__ = ("field",)
    FIELD_FIELD_NUMBER: _ClassVar[int]
    field: _models_pb2.PropertyField
    def __init__(self, field: _Optional[_Union[_models_pb2.PropertyField, _Mapping]] = ...) -> None: ...

class CreatePropertyFieldResponse(_message.Message):
    __slots__ = ("field",)
    FIELD_FIELD_NUMBER: _ClassVar[int]
    field: _models_pb2.PropertyField
    def __init__(self, field: _Optional[_Union[_models_pb2.PropertyField, _Mapping]] = ...) -> None: ...

class GetPropertyFieldRequest(_message.Message):
    __slots__ = ("group_id", "field_id")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    FIELD_ID_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    field_id: str
    def __init__(self, group_id: _Optional[str] = ..., field_id: _Optional[str] = ...) -> None: ...

class GetPropertyFieldResponse(_message.Message):
    __slots__ = ("field",)
    FIELD_FIELD_NUMBER: _ClassVar[int]
    field: _models_pb2.PropertyField
    def __init__(self, field: _Optional[_Union[_models_pb2.PropertyField, _Mapping]] = ...) -> None: ...

class GetPropertyFieldsRequest(_message.Message):
    __slots__ = ("group_id", "ids")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    IDS_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, group_id: _Optional[str] = ..., ids: _Optional[_Iterable[str]] = ...) -> None: ...

class GetPropertyFieldsResponse(_message.Message):
    __slots__ = ("fields",)
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    fields: _containers.RepeatedCompositeFieldContainer[_models_pb2.PropertyField]
    def __init__(self, fields: _Optional[_Iterable[_Union[_models_pb2.PropertyField, _Mapping]]] = ...) -> None: ...

class GetPropertyFieldByNameRequest(_message.Message):
    __slots__ = ("group_id", "target_id", "name")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    TARGET_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    target_id: str
    name: str
    def __init__(self, group_id: _Optional[str] = ..., target_id: _Optional[str] = ..., name: _Optional[str] = ...) -> None: ...

class GetPropertyFieldByNameResponse(_message.Message):
    __slots__ = ("field",)
    FIELD_FIELD_NUMBER: _ClassVar[int]
    field: _models_pb2.PropertyField
    def __init__(self, field: _Optional[_Union[_models_pb2.PropertyField, _Mapping]] = ...) -> None: ...

class UpdatePropertyFieldRequest(_message.Message):
    __slots__ = ("group_id", "field")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    FIELD_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    field: _models_pb2.PropertyField
    def __init__(self, group_id: _Optional[str] = ..., field: _Optional[_Union[_models_pb2.PropertyField, _Mapping]] = ...) -> None: ...

class UpdatePropertyFieldResponse(_message.Message):
    __slots__ = ("field",)
    FIELD_FIELD_NUMBER: _ClassVar[int]
    field: _models_pb2.PropertyField
    def __init__(self, field: _Optional[_Union[_models_pb2.PropertyField, _Mapping]] = ...) -> None: ...

class UpdatePropertyFieldsRequest(_message.Message):
    __slots__ = ("group_id", "fields")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    fields: _containers.RepeatedCompositeFieldContainer[_models_pb2.PropertyField]
    def __init__(self, group_id: _Optional[str] = ..., fields: _Optional[_Iterable[_Union[_models_pb2.PropertyField, _Mapping]]] = ...) -> None: ...

class UpdatePropertyFieldsResponse(_message.Message):
    __slots__ = ("fields",)
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    fields: _containers.RepeatedCompositeFieldContainer[_models_pb2.PropertyField]
    def __init__(self, fields: _Optional[_Iterable[_Union[_models_pb2.PropertyField, _Mapping]]] = ...) -> None: ...

class DeletePropertyFieldRequest(_message.Message):
    __slots__ = ("group_id", "field_id")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    FIELD_ID_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    field_id: str
    def __init__(self, group_id: _Optional[str] = ..., field_id: _Optional[str] = ...) -> None: ...

class DeletePropertyFieldResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SearchPropertyFieldsRequest(_message.Message):
    __slots__ = ("group_id", "opts")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    OPTS_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    opts: _models_pb2.PropertyFieldSearchOpts
    def __init__(self, group_id: _Optional[str] = ..., opts: _Optional[_Union[_models_pb2.PropertyFieldSearchOpts, _Mapping]] = ...) -> None: ...

class SearchPropertyFieldsResponse(_message.Message):
    __slots__ = ("fields",)
    FIELDS_FIELD_NUMBER: _ClassVar[int]
    fields: _containers.RepeatedCompositeFieldContainer[_models_pb2.PropertyField]
    def __init__(self, fields: _Optional[_Iterable[_Union[_models_pb2.PropertyField, _Mapping]]] = ...) -> None: ...

class CountPropertyFieldsRequest(_message.Message):
    __slots__ = ("group_id", "include_deleted")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_DELETED_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    include_deleted: bool
    def __init__(self, group_id: _Optional[str] = ..., include_deleted: bool = ...) -> None: ...

class CountPropertyFieldsResponse(_message.Message):
    __slots__ = ("count",)
    COUNT_FIELD_NUMBER: _ClassVar[int]
    count: int
    def __init__(self, count: _Optional[int] = ...) -> None: ...

class CountPropertyFieldsForTargetRequest(_message.Message):
    __slots__ = ("group_id", "target_type", "target_id", "include_deleted")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    TARGET_TYPE_FIELD_NUMBER: _ClassVar[int]
    TARGET_ID_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_DELETED_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    target_type: str
    target_id: str
    include_deleted: bool
    def __init__(self, group_id: _Optional[str] = ..., target_type: _Optional[str] = ..., target_id: _Optional[str] = ..., include_deleted: bool = ...) -> None: ...

class CountPropertyFieldsForTargetResponse(_message.Message):
    __slots__ = ("count",)
    COUNT_FIELD_NUMBER: _ClassVar[int]
    count: int
    def __init__(self, count: _Optional[int] = ...) -> None: ...

class CreatePropertyValueRequest(_message.Message):
    __slots__ = ("property_value",)
    PROPERTY_VALUE_FIELD_NUMBER: _ClassVar[int]
    property_value: _models_pb2.PropertyValue
    def __init__(self, property_value: _Optional[_Union[_models_pb2.PropertyValue, _Mapping]] = ...) -> None: ...

class CreatePropertyValueResponse(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _models_pb2.PropertyValue
    def __init__(self, value: _Optional[_Union[_models_pb2.PropertyValue, _Mapping]] = ...) -> None: ...

class GetPropertyValueRequest(_message.Message):
    __slots__ = ("group_id", "value_id")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    VALUE_ID_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    value_id: str
    def __init__(self, group_id: _Optional[str] = ..., value_id: _Optional[str] = ...) -> None: ...

class GetPropertyValueResponse(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _models_pb2.PropertyValue
    def __init__(self, value: _Optional[_Union[_models_pb2.PropertyValue, _Mapping]] = ...) -> None: ...

class GetPropertyValuesRequest(_message.Message):
    __slots__ = ("group_id", "ids")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    IDS_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, group_id: _Optional[str] = ..., ids: _Optional[_Iterable[str]] = ...) -> None: ...

class GetPropertyValuesResponse(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedCompositeFieldContainer[_models_pb2.PropertyValue]
    def __init__(self, values: _Optional[_Iterable[_Union[_models_pb2.PropertyValue, _Mapping]]] = ...) -> None: ...

class UpdatePropertyValueRequest(_message.Message):
    __slots__ = ("group_id", "property_value")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    PROPERTY_VALUE_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    property_value: _models_pb2.PropertyValue
    def __init__(self, group_id: _Optional[str] = ..., property_value: _Optional[_Union[_models_pb2.PropertyValue, _Mapping]] = ...) -> None: ...

class UpdatePropertyValueResponse(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _models_pb2.PropertyValue
    def __init__(self, value: _Optional[_Union[_models_pb2.PropertyValue, _Mapping]] = ...) -> None: ...

class UpdatePropertyValuesRequest(_message.Message):
    __slots__ = ("group_id", "values")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    VALUES_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    values: _containers.RepeatedCompositeFieldContainer[_models_pb2.PropertyValue]
    def __init__(self, group_id: _Optional[str] = ..., values: _Optional[_Iterable[_Union[_models_pb2.PropertyValue, _Mapping]]] = ...) -> None: ...

class UpdatePropertyValuesResponse(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedCompositeFieldContainer[_models_pb2.PropertyValue]
    def __init__(self, values: _Optional[_Iterable[_Union[_models_pb2.PropertyValue, _Mapping]]] = ...) -> None: ...

class UpsertPropertyValueRequest(_message.Message):
    __slots__ = ("property_value",)
    PROPERTY_VALUE_FIELD_NUMBER: _ClassVar[int]
    property_value: _models_pb2.PropertyValue
    def __init__(self, property_value: _Optional[_Union[_models_pb2.PropertyValue, _Mapping]] = ...) -> None: ...

class UpsertPropertyValueResponse(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _models_pb2.PropertyValue
    def __init__(self, value: _Optional[_Union[_models_pb2.PropertyValue, _Mapping]] = ...) -> None: ...

class UpsertPropertyValuesRequest(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedCompositeFieldContainer[_models_pb2.PropertyValue]
    def __init__(self, values: _Optional[_Iterable[_Union[_models_pb2.PropertyValue, _Mapping]]] = ...) -> None: ...

class UpsertPropertyValuesResponse(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedCompositeFieldContainer[_models_pb2.PropertyValue]
    def __init__(self, values: _Optional[_Iterable[_Union[_models_pb2.PropertyValue, _Mapping]]] = ...) -> None: ...

class DeletePropertyValueRequest(_message.Message):
    __slots__ = ("group_id", "value_id")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    VALUE_ID_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    value_id: str
    def __init__(self, group_id: _Optional[str] = ..., value_id: _Optional[str] = ...) -> None: ...

class DeletePropertyValueResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeletePropertyValuesForTargetRequest(_message.Message):
    __slots__ = ("group_id", "target_type", "target_id")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    TARGET_TYPE_FIELD_NUMBER: _ClassVar[int]
    TARGET_ID_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    target_type: str
    target_id: str
    def __init__(self, group_id: _Optional[str] = ..., target_type: _Optional[str] = ..., target_id: _Optional[str] = ...) -> None: ...

class DeletePropertyValuesForTargetResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeletePropertyValuesForFieldRequest(_message.Message):
    __slots__ = ("group_id", "field_id")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    FIELD_ID_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    field_id: str
    def __init__(self, group_id: _Optional[str] = ..., field_id: _Optional[str] = ...) -> None: ...

class DeletePropertyValuesForFieldResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class SearchPropertyValuesRequest(_message.Message):
    __slots__ = ("group_id", "opts")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    OPTS_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    opts: _models_pb2.PropertyValueSearchOpts
    def __init__(self, group_id: _Optional[str] = ..., opts: _Optional[_Union[_models_pb2.PropertyValueSearchOpts, _Mapping]] = ...) -> None: ...

class SearchPropertyValuesResponse(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedCompositeFieldContainer[_models_pb2.PropertyValue]
    def __init__(self, values: _Optional[_Iterable[_Union[_models_pb2.PropertyValue, _Mapping]]] = ...) -> None: ...

class UpsertPropertyValuesWithOptionsRequest(_message.Message):
    __slots__ = ("values", "options")
    VALUES_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedCompositeFieldContainer[_models_pb2.PropertyValue]
    options: _models_pb2.PropertyRequestOptions
    def __init__(self, values: _Optional[_Iterable[_Union[_models_pb2.PropertyValue, _Mapping]]] = ..., options: _Optional[_Union[_models_pb2.PropertyRequestOptions, _Mapping]] = ...) -> None: ...

class UpsertPropertyValuesWithOptionsResponse(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedCompositeFieldContainer[_models_pb2.PropertyValue]
    def __init__(self, values: _Optional[_Iterable[_Union[_models_pb2.PropertyValue, _Mapping]]] = ...) -> None: ...

class UpsertPropertyValueWithOptionsRequest(_message.Message):
    __slots__ = ("property_value", "options")
    PROPERTY_VALUE_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    property_value: _models_pb2.PropertyValue
    options: _models_pb2.PropertyRequestOptions
    def __init__(self, property_value: _Optional[_Union[_models_pb2.PropertyValue, _Mapping]] = ..., options: _Optional[_Union[_models_pb2.PropertyRequestOptions, _Mapping]] = ...) -> None: ...

class UpsertPropertyValueWithOptionsResponse(_message.Message):
    __slots__ = ("value",)
    VALUE_FIELD_NUMBER: _ClassVar[int]
    value: _models_pb2.PropertyValue
    def __init__(self, value: _Optional[_Union[_models_pb2.PropertyValue, _Mapping]] = ...) -> None: ...

class DeletePropertyValueWithOptionsRequest(_message.Message):
    __slots__ = ("group_id", "value_id", "options")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    VALUE_ID_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    value_id: str
    options: _models_pb2.PropertyRequestOptions
    def __init__(self, group_id: _Optional[str] = ..., value_id: _Optional[str] = ..., options: _Optional[_Union[_models_pb2.PropertyRequestOptions, _Mapping]] = ...) -> None: ...

class DeletePropertyValueWithOptionsResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeletePropertyValuesForTargetWithOptionsRequest(_message.Message):
    __slots__ = ("group_id", "target_type", "target_id", "options")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    TARGET_TYPE_FIELD_NUMBER: _ClassVar[int]
    TARGET_ID_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    target_type: str
    target_id: str
    options: _models_pb2.PropertyRequestOptions
    def __init__(self, group_id: _Optional[str] = ..., target_type: _Optional[str] = ..., target_id: _Optional[str] = ..., options: _Optional[_Union[_models_pb2.PropertyRequestOptions, _Mapping]] = ...) -> None: ...

class DeletePropertyValuesForTargetWithOptionsResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class DeletePropertyValuesForFieldWithOptionsRequest(_message.Message):
    __slots__ = ("group_id", "field_id", "options")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    FIELD_ID_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    field_id: str
    options: _models_pb2.PropertyRequestOptions
    def __init__(self, group_id: _Optional[str] = ..., field_id: _Optional[str] = ..., options: _Optional[_Union[_models_pb2.PropertyRequestOptions, _Mapping]] = ...) -> None: ...

class DeletePropertyValuesForFieldWithOptionsResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class EvaluateAccessControlRequest(_message.Message):
    __slots__ = ("user_id", "resource_type", "resource_id", "action")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_ID_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    resource_type: str
    resource_id: str
    action: str
    def __init__(self, user_id: _Optional[str] = ..., resource_type: _Optional[str] = ..., resource_id: _Optional[str] = ..., action: _Optional[str] = ...) -> None: ...

class EvaluateAccessControlResponse(_message.Message):
    __slots__ = ("decision_json",)
    DECISION_JSON_FIELD_NUMBER: _ClassVar[int]
    decision_json: str
    def __init__(self, decision_json: _Optional[str] = ...) -> None: ...

class SaveAccessControlPolicyRequest(_message.Message):
    __slots__ = ("acting_user_id", "policy_json")
    ACTING_USER_ID_FIELD_NUMBER: _ClassVar[int]
    POLICY_JSON_FIELD_NUMBER: _ClassVar[int]
    acting_user_id: str
    policy_json: str
    def __init__(self, acting_user_id: _Optional[str] = ..., policy_json: _Optional[str] = ...) -> None: ...

class SaveAccessControlPolicyResponse(_message.Message):
    __slots__ = ("policy_json",)
    POLICY_JSON_FIELD_NUMBER: _ClassVar[int]
    policy_json: str
    def __init__(self, policy_json: _Optional[str] = ...) -> None: ...

class GetAccessControlPolicyRequest(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class GetAccessControlPolicyResponse(_message.Message):
    __slots__ = ("policy_json",)
    POLICY_JSON_FIELD_NUMBER: _ClassVar[int]
    policy_json: str
    def __init__(self, policy_json: _Optional[str] = ...) -> None: ...

class DeleteAccessControlPolicyRequest(_message.Message):
    __slots__ = ("acting_user_id", "resource_type", "id")
    ACTING_USER_ID_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    acting_user_id: str
    resource_type: str
    id: str
    def __init__(self, acting_user_id: _Optional[str] = ..., resource_type: _Optional[str] = ..., id: _Optional[str] = ...) -> None: ...

class DeleteAccessControlPolicyResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CheckAccessControlExpressionRequest(_message.Message):
    __slots__ = ("acting_user_id", "resource_type", "expression")
    ACTING_USER_ID_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    EXPRESSION_FIELD_NUMBER: _ClassVar[int]
    acting_user_id: str
    resource_type: str
    expression: str
    def __init__(self, acting_user_id: _Optional[str] = ..., resource_type: _Optional[str] = ..., expression: _Optional[str] = ...) -> None: ...

class CheckAccessControlExpressionResponse(_message.Message):
    __slots__ = ("errors_json",)
    ERRORS_JSON_FIELD_NUMBER: _ClassVar[int]
    errors_json: str
    def __init__(self, errors_json: _Optional[str] = ...) -> None: ...

class QueryUsersForAccessControlExpressionRequest(_message.Message):
    __slots__ = ("acting_user_id", "resource_type", "expression", "term", "cursor_id", "limit")
    ACTING_USER_ID_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    EXPRESSION_FIELD_NUMBER: _ClassVar[int]
    TERM_FIELD_NUMBER: _ClassVar[int]
    CURSOR_ID_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    acting_user_id: str
    resource_type: str
    expression: str
    term: str
    cursor_id: str
    limit: int
    def __init__(self, acting_user_id: _Optional[str] = ..., resource_type: _Optional[str] = ..., expression: _Optional[str] = ..., term: _Optional[str] = ..., cursor_id: _Optional[str] = ..., limit: _Optional[int] = ...) -> None: ...

class QueryUsersForAccessControlExpressionResponse(_message.Message):
    __slots__ = ("users", "total")
    USERS_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    users: _containers.RepeatedCompositeFieldContainer[_models_pb2.User]
    total: int
    def __init__(self, users: _Optional[_Iterable[_Union[_models_pb2.User, _Mapping]]] = ..., total: _Optional[int] = ...) -> None: ...

class GetAccessControlFieldsAutocompleteRequest(_message.Message):
    __slots__ = ("acting_user_id", "after", "limit")
    ACTING_USER_ID_FIELD_NUMBER: _ClassVar[int]
    AFTER_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    acting_user_id: str
    after: str
    limit: int
    def __init__(self, acting_user_id: _Optional[str] = ..., after: _Optional[str] = ..., limit: _Optional[int] = ...) -> None: ...

class GetAccessControlFieldsAutocompleteResponse(_message.Message):
    __slots__ = ("fields_json",)
    FIELDS_JSON_FIELD_NUMBER: _ClassVar[int]
    fields_json: str
    def __init__(self, fields_json: _Optional[str] = ...) -> None: ...

class GetAccessControlVisualASTRequest(_message.Message):
    __slots__ = ("acting_user_id", "resource_type", "expression")
    ACTING_USER_ID_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_TYPE_FIELD_NUMBER: _ClassVar[int]
    EXPRESSION_FIELD_NUMBER: _ClassVar[int]
    acting_user_id: str
    resource_type: str
    expression: str
    def __init__(self, acting_user_id: _Optional[str] = ..., resource_type: _Optional[str] = ..., expression: _Optional[str] = ...) -> None: ...

class GetAccessControlVisualASTResponse(_message.Message):
    __slots__ = ("visual_ast_json",)
    VISUAL_AST_JSON_FIELD_NUMBER: _ClassVar[int]
    visual_ast_json: str
    def __init__(self, visual_ast_json: _Optional[str] = ...) -> None: ...
