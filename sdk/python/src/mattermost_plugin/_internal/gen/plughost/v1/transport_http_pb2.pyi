from mattermost_plugin._internal.gen.plughost.v1 import hooks_pb2 as _hooks_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class HTTPExchangeRequest(_message.Message):
    __slots__ = ("head", "body")
    HEAD_FIELD_NUMBER: _ClassVar[int]
    BODY_FIELD_NUMBER: _ClassVar[int]
    head: _hooks_pb2.HTTPRequestHead
    body: bytes
    def __init__(self, head: _Optional[_Union[_hooks_pb2.HTTPRequestHead, _Mapping]] = ..., body: _Optional[bytes] = ...) -> None: ...

class HTTPExchangeResponse(_message.Message):
    __slots__ = ("head", "body", "use_stream")
    HEAD_FIELD_NUMBER: _ClassVar[int]
    BODY_FIELD_NUMBER: _ClassVar[int]
    USE_STREAM_FIELD_NUMBER: _ClassVar[int]
    head: _hooks_pb2.HTTPResponseHead
    body: bytes
    use_stream: bool
    def __init__(self, head: _Optional[_Union[_hooks_pb2.HTTPResponseHead, _Mapping]] = ..., body: _Optional[bytes] = ..., use_stream: bool = ...) -> None: ...
