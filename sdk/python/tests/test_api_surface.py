"""What plugin authors see of the generated API surface: exports, argument checks, docstrings."""

import inspect

import pytest

import mattermost_plugin
from mattermost_plugin import PluginAPIClient, models


def test_every_model_is_importable_from_the_package():
    for name in models.__all__:
        assert getattr(mattermost_plugin, name) is getattr(models, name), name
        assert name in mattermost_plugin.__all__, name


@pytest.mark.parametrize(
    "call",
    [
        lambda api: api.get_users_by_ids("26characterlongidxxxxxxxxx"),
        lambda api: api.get_users_by_usernames(b"ann"),
        lambda api: api.update_preferences_for_user("u", {"category": "c", "name": "n"}),
    ],
)
def test_a_str_or_dict_is_not_taken_for_a_list(call):
    # Refused while the request is built, before anything is sent (the target does not exist).
    api = PluginAPIClient(target="unix:/nonexistent/api.sock")
    with pytest.raises(TypeError, match="takes a list"):
        call(api)
    api.close()


def test_lists_and_tuples_are_lists():
    from mattermost_plugin._internal.api_call import as_list

    assert as_list(("a", "b"), "ids") == ["a", "b"]
    assert as_list((i for i in "ab"), "ids") == ["a", "b"]


def test_errors_are_documented_as_the_exceptions_raised():
    def raises(name):
        doc = inspect.getdoc(getattr(PluginAPIClient, name))
        return doc[doc.index("Raises:") :].splitlines()[1:]

    assert raises("get_user") == ["    NotFoundError: If there is none."]
    assert [line.split(":")[0].strip() for line in raises("create_user")] == [
        "ValidationError",
        "AlreadyExistsError",
    ]
    # A status without a class of its own, and an entry without a status: PluginAPIError.
    assert (
        raises("get_file_link")[0]
        == "    PluginAPIError: Status 501 when public links are off (the default)."
    )
    assert raises("create_team_members") == ["    PluginAPIError: The first failure stops it."]


def test_a_model_parameter_is_optional_and_a_list_of_models_takes_no_none():
    signature = inspect.signature(PluginAPIClient.create_post)
    assert signature.parameters["post"].default is None
    preferences = inspect.signature(PluginAPIClient.update_preferences_for_user).parameters[
        "preferences"
    ]
    assert "None" not in str(preferences.annotation)
