from mattermost_plugin._internal.gen.plughost.v1 import models_pb2 as _models_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

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
