from mattermost_plugin._internal.gen.plughost.v1 import models_pb2 as _models_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

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
