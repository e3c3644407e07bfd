from mattermost_plugin._internal.gen.plughost.v1 import models_pb2 as _models_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

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
