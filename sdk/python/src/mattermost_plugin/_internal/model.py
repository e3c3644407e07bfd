"""The one mapping between the public model wrappers and protobuf messages, driven by descriptors.

Every field of a message becomes an attribute of the same name, except a string field named
``<x>_json``: it becomes attribute ``<x>`` holding the decoded JSON (``{}`` when empty). The
contract ships free-form maps such as ``props`` as JSON text so that integers stay integers.
"""

from __future__ import annotations

import copy
import json
import typing
from typing import Any, ClassVar, Dict, Generic, Mapping, Tuple, Type, TypeVar, Union

from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message

JSON_FIELD_SUFFIX = "_json"

_MessageT = TypeVar("_MessageT", bound=Message)
_ModelT = TypeVar("_ModelT", bound="Model[Any]")

# Message full name -> wrapper class, so that nested messages become wrappers too.
_WRAPPER_BY_MESSAGE: Dict[str, Type["Model[Any]"]] = {}


def json_default(value: Any) -> Any:
    """``json.dumps`` hook: wrappers inside JSON values (props, KV values) encode as dicts."""
    if isinstance(value, Model):
        return value.to_dict()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def dumps_json(value: Any) -> str:
    """Encode ``value`` as JSON text the way every part of the SDK does."""
    return json.dumps(value, default=json_default, allow_nan=False)


def decode_json_field(text: str) -> Any:
    """Decode a ``<x>_json`` field; empty text is an empty object."""
    return json.loads(text) if text else {}


def encode_json_field(value: Any) -> str:
    """Encode a ``<x>_json`` field; an empty object (or None) is empty text, as decoded."""
    if value is None or (isinstance(value, Mapping) and not value):
        return ""
    return dumps_json(value)


class _FieldCodec:
    """How one message field maps to one wrapper attribute."""

    __slots__ = (
        "field",
        "attr",
        "is_json",
        "is_repeated",
        "is_message",
        "message_name",
        "has_presence",
    )

    def __init__(self, field: FieldDescriptor) -> None:
        self.field = field
        self.is_repeated = field.is_repeated
        self.is_message = field.type == FieldDescriptor.TYPE_MESSAGE
        self.message_name = field.message_type.full_name if field.message_type else ""
        self.has_presence = field.has_presence and not self.is_repeated
        self.is_json = (
            field.type == FieldDescriptor.TYPE_STRING
            and not self.is_repeated
            and field.name.endswith(JSON_FIELD_SUFFIX)
        )
        self.attr = field.name[: -len(JSON_FIELD_SUFFIX)] if self.is_json else field.name

    def default(self) -> Any:
        if self.is_repeated:
            return []
        if self.is_json:
            return {}
        if self.has_presence:  # message fields and proto3 `optional` scalars: unset is None
            return None
        return self.field.default_value

    def _wrapper(self) -> Type[Model[Any]]:
        try:
            return _WRAPPER_BY_MESSAGE[self.message_name]
        except KeyError:
            raise TypeError(f"no wrapper class for message {self.message_name}") from None

    def from_message(self, message: Message) -> Any:
        raw = getattr(message, self.field.name)
        if self.is_repeated:
            if self.is_message:
                wrapper = self._wrapper()
                return [wrapper.from_proto(item) for item in raw]
            return list(raw)
        if self.is_json:
            return decode_json_field(raw)
        if self.has_presence and not message.HasField(self.field.name):
            return None
        if self.is_message:
            return self._wrapper().from_proto(raw)
        return raw

    def from_plain(self, value: Any) -> Any:
        """Take a value given by the caller (kwargs or dict); lists and JSON values are copied."""
        if value is None:
            return self.default()
        if self.is_message:
            wrapper = self._wrapper()
            if self.is_repeated:
                return [wrapper.coerce(item) for item in value]
            return wrapper.coerce(value)
        if self.is_repeated:
            return list(value)
        if self.is_json:
            return copy.deepcopy(value)
        return value

    def to_message_value(self, value: Any) -> Any:
        """The value for this field in a message constructor."""
        if self.is_message:
            wrapper = self._wrapper()
            if self.is_repeated:
                return [wrapper.coerce(item).to_proto() for item in value]
            return wrapper.coerce(value).to_proto()
        if self.is_json:
            return encode_json_field(value)
        return value

    def to_plain(self, value: Any) -> Any:
        """The value for this field in ``to_dict()``."""
        if value is None:
            return None
        if self.is_message:  # coerce: a handler may have stored a dict in a wrapper's field
            wrapper = self._wrapper()
            if self.is_repeated:
                return [wrapper.coerce(item).to_dict() for item in value]
            return wrapper.coerce(value).to_dict()
        if self.is_repeated:
            return list(value)
        if self.is_json:
            return copy.deepcopy(value)
        return value


class Model(Generic[_MessageT]):
    """Base class of the model wrappers: ``class Post(Model[models_pb2.Post])`` wraps that message.

    A wrapper is a plain mutable object with one attribute per field of its message
    (``<x>_json`` fields appear as ``<x>``, decoded). Build one from keyword arguments, a dict,
    a protobuf message or another wrapper, optionally overriding fields::

        Post(channel_id="c1", message="hi")
        Post({"channel_id": "c1", "props": {"n": 1}})
        Post(post_proto, message="edited")

    Nested messages are wrappers, repeated fields are lists, unset message fields are None.
    """

    _message_class: ClassVar[Type[Message]]
    _codecs: ClassVar[Tuple[_FieldCodec, ...]]
    _codec_by_attr: ClassVar[Dict[str, _FieldCodec]]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        wrapped = [
            typing.get_args(base)[0]
            for base in cls.__dict__.get("__orig_bases__", ())
            if typing.get_origin(base) is Model
        ]
        if not wrapped:  # a subclass of a wrapper keeps its message
            return
        (message,) = wrapped
        cls._message_class = message
        cls._codecs = tuple(_FieldCodec(field) for field in message.DESCRIPTOR.fields)
        cls._codec_by_attr = {codec.attr: codec for codec in cls._codecs}
        _WRAPPER_BY_MESSAGE[message.DESCRIPTOR.full_name] = cls

    def __init__(
        self, source: Union[Mapping[str, Any], Message, "Model[Any]", None] = None, /, **fields: Any
    ) -> None:
        values = {codec.attr: codec.default() for codec in self._codecs}
        if isinstance(source, Message):
            if source.DESCRIPTOR is not self._message_class.DESCRIPTOR:
                raise TypeError(
                    f"{type(self).__name__} wraps {self._message_class.DESCRIPTOR.full_name}, "
                    f"not {source.DESCRIPTOR.full_name}"
                )
            values.update((codec.attr, codec.from_message(source)) for codec in self._codecs)
        elif isinstance(source, Model):
            values.update(self._from_plain(source.to_dict()))
        elif isinstance(source, Mapping):
            values.update(self._from_plain(source))
        elif source is not None:
            raise TypeError(
                f"{type(self).__name__}() takes a dict, a protobuf message or a wrapper, "
                f"not {type(source).__name__}"
            )
        values.update(self._from_plain(fields))
        self.__dict__.update(values)

    @classmethod
    def _from_plain(cls, data: Mapping[str, Any]) -> Dict[str, Any]:
        unknown = [key for key in data if key not in cls._codec_by_attr]
        if unknown:
            raise TypeError(
                f"{cls.__name__} has no field {', '.join(map(repr, unknown))}; "
                f"fields: {', '.join(cls._codec_by_attr)}"
            )
        return {key: cls._codec_by_attr[key].from_plain(value) for key, value in data.items()}

    @classmethod
    def from_proto(cls: Type[_ModelT], message: Message) -> _ModelT:
        """Build a wrapper from its protobuf message."""
        return cls(message)

    @classmethod
    def from_dict(cls: Type[_ModelT], data: Mapping[str, Any]) -> _ModelT:
        """Build a wrapper from a dict keyed by attribute name (as ``to_dict()`` returns)."""
        return cls(data)

    @classmethod
    def coerce(cls: Type[_ModelT], value: Union[_ModelT, Mapping[str, Any], Message]) -> _ModelT:
        """Return ``value`` if it already is this wrapper, else build one from it."""
        return value if isinstance(value, cls) else cls(value)

    def to_proto(self) -> _MessageT:
        """Build the protobuf message; attributes set to None are left unset."""
        fields = {}
        for codec in self._codecs:
            value = getattr(self, codec.attr)
            if value is not None:
                fields[codec.field.name] = codec.to_message_value(value)
        return self._message_class(**fields)  # type: ignore[return-value]

    def to_dict(self) -> Dict[str, Any]:
        """Return the fields as a new dict of plain values (nested wrappers become dicts)."""
        return {codec.attr: codec.to_plain(getattr(self, codec.attr)) for codec in self._codecs}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Model) or other._message_class is not self._message_class:
            return NotImplemented
        return self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __repr__(self) -> str:
        shown = (
            f"{codec.attr}={getattr(self, codec.attr)!r}"
            for codec in self._codecs
            if getattr(self, codec.attr) != codec.default()
        )
        return f"{type(self).__name__}({', '.join(shown)})"
