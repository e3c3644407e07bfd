from mattermost_plugin._internal.gen.plughost.v1 import models_pb2 as _models_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

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
