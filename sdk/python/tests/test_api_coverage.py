"""The Plugin API coverage check across the languages: the contract, the server's list of the
methods it answers with 501, both clients and the reference page agree.

The server side (every contract method has a handler or is in that list, never both) is
``server/src/plugins/api/index.test.ts``, with the compiler; this file checks the rest.
"""

import importlib.util
import inspect
import re
from pathlib import Path

from mattermost_plugin import AsyncPluginAPIClient, PluginAPIClient
from mattermost_plugin._internal.naming import snake_case

ROOT = Path(__file__).resolve().parents[3]
REFERENCE = ROOT / "docs" / "python-api-reference.md"


def _docs_generator():
    """scripts/gen-python-api-docs.py, which reads the server's list and renders the page."""
    path = ROOT / "scripts" / "gen-python-api-docs.py"
    spec = importlib.util.spec_from_file_location("gen_python_api_docs", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GEN = _docs_generator()


def _section(title):
    text = REFERENCE.read_text(encoding="utf-8")
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def test_every_contract_method_has_a_sync_and_an_async_method():
    for rpc in GEN.contract_rpcs():
        name = snake_case(rpc)
        assert callable(vars(PluginAPIClient).get(name)), f"PluginAPIClient.{name} ({rpc})"
        assert not inspect.iscoroutinefunction(vars(PluginAPIClient)[name]), name
        assert inspect.iscoroutinefunction(
            vars(AsyncPluginAPIClient).get(name)
        ), f"AsyncPluginAPIClient.{name} ({rpc})"
    figures = GEN.counts()
    print("Plugin API:", GEN.counts_line())
    assert (
        figures["contract methods"]
        == figures["sync"]
        == figures["async"]
        == len(GEN.contract_rpcs())
    )
    assert figures["implemented"] + figures["501"] == figures["contract methods"]


def test_the_servers_501_list_names_contract_methods_once():
    text = GEN.NOT_IMPLEMENTED.read_text(encoding="utf-8")
    listed = re.findall(r"^  '(\w+)',$", text, re.M)
    assert listed == GEN.not_implemented_rpcs()  # the generator reads the whole list
    assert len(set(listed)) == len(listed)
    assert set(listed) <= set(GEN.contract_rpcs())


def test_the_reference_lists_exactly_the_methods_that_answer_501():
    missing = GEN.not_implemented_methods()
    section = _section("Methods plughost does not implement")
    assert sorted(re.findall(r"\[`(\w+)`\]\(#\w+\)", section)) == sorted(missing)
    figures = GEN.counts()
    assert (
        f"plughost implements {figures['implemented']} of the {figures['contract methods']}"
        in section
    )

    # Each method's own entry says so, and only those.
    api = _section("Plugin API")
    entries = dict(re.findall(r"\n#### `(\w+)`\n(.*?)(?=\n#### |\n### |\Z)", api, re.S))
    assert set(entries) == {snake_case(rpc) for rpc in GEN.contract_rpcs()}
    marked = {name for name, body in entries.items() if "plughost does not implement it" in body}
    assert marked == set(missing)


def test_the_guide_points_to_the_list():
    guide = (ROOT / "docs" / "python-plugins.md").read_text(encoding="utf-8")
    section = guide[guide.index("\n### Methods plughost does not implement\n") :]
    assert (
        "python-api-reference.md#methods-plughost-does-not-implement" in section.split("\n## ")[0]
    )
