from mattermost_plugin._internal.gen.plughost.v1 import models_pb2 as _models_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

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
