from mattermost_plugin._internal.gen.plughost.v1 import models_pb2 as _models_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

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
