from mattermost_plugin._internal.gen.plughost.v1 import models_pb2 as _models_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

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
