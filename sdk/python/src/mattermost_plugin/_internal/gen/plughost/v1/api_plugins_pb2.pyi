from mattermost_plugin._internal.gen.plughost.v1 import models_pb2 as _models_pb2
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
