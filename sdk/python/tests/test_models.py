"""The descriptor-driven mapping between model wrappers and protobuf messages."""

import typing

import pytest
from google.protobuf.descriptor import FieldDescriptor

import mattermost_plugin.models as models
from mattermost_plugin import CommandResponse, Context, Post, Reaction, User
from mattermost_plugin._internal.gen.plughost.v1 import models_pb2

WRAPPERS = [
    value
    for value in vars(models).values()
    if isinstance(value, type) and issubclass(value, models.Model) and value is not models.Model
]

_SCALAR_TYPES = {
    FieldDescriptor.TYPE_STRING: str,
    FieldDescriptor.TYPE_BYTES: bytes,
    FieldDescriptor.TYPE_BOOL: bool,
    FieldDescriptor.TYPE_INT32: int,
    FieldDescriptor.TYPE_INT64: int,
}


# The `_json` fields that hold any JSON value rather than a map (their comments in models.proto
# say "Any JSON value"; the descriptors at run time carry no comments).
_ANY_JSON_VALUE_FIELDS = {"PropertyValue.value_json", "PropertyValueSearchOpts.value_json"}


def _expected_annotation(field):
    if field.name.endswith("_json"):
        any_value = f"{field.containing_type.name}.{field.name}" in _ANY_JSON_VALUE_FIELDS
        return field.name[: -len("_json")], typing.Any if any_value else typing.Dict[str, typing.Any]
    if field.type == FieldDescriptor.TYPE_MESSAGE:
        item = getattr(models, field.message_type.name)
    else:
        item = _SCALAR_TYPES[field.type]
    if field.is_repeated:
        return field.name, typing.List[item]
    # Unset message fields and proto3 `optional` scalars are None.
    has_presence = field.type == FieldDescriptor.TYPE_MESSAGE or field.has_presence
    return field.name, typing.Optional[item] if has_presence else item


@pytest.mark.parametrize("wrapper", WRAPPERS, ids=lambda cls: cls.__name__)
def test_wrapper_annotations_match_the_message(wrapper):
    fields = wrapper._message_class.DESCRIPTOR.fields
    expected = dict(_expected_annotation(field) for field in fields)
    hints = typing.get_type_hints(wrapper)
    declared = {name: hints[name] for name in wrapper.__annotations__}
    assert declared == expected


def test_every_message_of_models_proto_has_a_wrapper():
    wrapped = {cls._message_class.DESCRIPTOR.name for cls in WRAPPERS}
    assert wrapped == set(models_pb2.DESCRIPTOR.message_types_by_name)


def test_construction_from_kwargs_dict_and_proto():
    from_kwargs = Post(channel_id="c1", message="hi", props={"n": 1})
    from_dict = Post({"channel_id": "c1", "message": "hi", "props": {"n": 1}})
    from_proto = Post(models_pb2.Post(channel_id="c1", message="hi", props_json='{"n": 1}'))
    assert from_kwargs == from_dict == from_proto == Post.from_proto(from_proto.to_proto())
    assert Post.from_dict(from_kwargs.to_dict()) == from_kwargs
    assert Post(from_proto, message="edited").message == "edited"
    assert from_proto.message == "hi"  # the source is not modified


def test_defaults():
    post = Post()
    assert post.id == "" and post.create_at == 0 and post.is_pinned is False
    assert post.props == {} and post.file_ids == []
    assert post.to_proto() == models_pb2.Post()
    assert Post(models_pb2.Post()).props == {}


def test_props_round_trip_keeps_nested_values_and_ints_ints():
    props = {
        "attachments": [{"title": "t", "fields": [{"short": True, "value": 3}]}],
        "count": 12345678901234567,
        "ratio": 0.5,
        "nested": {"deeper": {"n": 7, "none": None}},
    }
    post = Post(message="m", props=props)
    message = post.to_proto()
    assert message.props_json  # travels as JSON text
    back = Post.from_proto(models_pb2.Post.FromString(message.SerializeToString()))
    assert back.props == props
    assert type(back.props["count"]) is int
    assert type(back.props["nested"]["deeper"]["n"]) is int
    assert type(back.props["attachments"][0]["fields"][0]["value"]) is int
    assert type(back.props["ratio"]) is float


def test_int64_fields_stay_exact_ints():
    user = User(id="u", create_at=2**62 + 1, props={"k": "v"})
    back = User(models_pb2.User.FromString(user.to_proto().SerializeToString()))
    assert back.create_at == 2**62 + 1 and type(back.create_at) is int
    assert back.props == {"k": "v"}


def test_repeated_fields_are_independent_lists():
    ids = ["f1", "f2"]
    post = Post(file_ids=ids)
    ids.append("f3")
    assert post.file_ids == ["f1", "f2"]
    assert list(post.to_proto().file_ids) == ["f1", "f2"]
    assert Post(post.to_proto()).file_ids == ["f1", "f2"]


def test_nested_messages_are_wrappers():
    response = CommandResponse(
        text="top",
        props={"a": 1},
        extra_responses=[
            {"text": "from dict"},
            CommandResponse(text="from wrapper", props={"b": 2}),
        ],
    )
    assert all(isinstance(extra, CommandResponse) for extra in response.extra_responses)
    back = CommandResponse.from_proto(response.to_proto())
    assert back == response
    assert back.extra_responses[1].props == {"b": 2}
    assert back.to_dict()["extra_responses"] == [
        CommandResponse(text="from dict").to_dict(),
        CommandResponse(text="from wrapper", props={"b": 2}).to_dict(),
    ]


def test_mutation_is_reflected_in_the_message():
    post = Post(models_pb2.Post(id="p1", message="hi"))
    post.message = "changed"
    post.props["edited"] = True
    assert post.to_proto() == models_pb2.Post(
        id="p1", message="changed", props_json='{"edited": true}'
    )


def test_to_dict_is_a_copy():
    post = Post(props={"a": {"b": 1}})
    plain = post.to_dict()
    plain["props"]["a"]["b"] = 2
    assert post.props == {"a": {"b": 1}}
    assert plain["props"] is not post.props


def test_unknown_field_is_an_error():
    with pytest.raises(TypeError, match="messge"):
        Post(messge="typo")
    with pytest.raises(TypeError, match="props_json"):
        Post({"props_json": "{}"})


def test_wrong_message_type_is_an_error():
    with pytest.raises(TypeError, match="plughost.v1.User"):
        Post(models_pb2.User(id="u"))


def test_equality_and_repr():
    assert Post(message="a") == Post(message="a")
    assert Post(message="a") != Post(message="b")
    assert Post(id="x") != User(id="x")
    assert repr(Post(id="p1", props={"n": 1})) == "Post(id='p1', props={'n': 1})"
    assert repr(Context()) == "Context()"


def test_reaction_wrapper_round_trips():
    reaction = Reaction(user_id="u1", post_id="p1", emoji_name="thumbsup", create_at=1_700_000_000_123)
    message = reaction.to_proto()
    assert isinstance(message, models_pb2.Reaction)
    assert message.create_at == 1_700_000_000_123
    again = Reaction(message)
    assert again == reaction
    assert again.to_dict() == {
        "user_id": "u1",
        "post_id": "p1",
        "emoji_name": "thumbsup",
        "create_at": 1_700_000_000_123,
    }
