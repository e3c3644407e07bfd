#!/usr/bin/env python3
"""Writes docs/python-api-reference.md from the mattermost_plugin SDK itself.

    .venv/bin/python scripts/gen-python-api-docs.py           # (re)write the page
    .venv/bin/python scripts/gen-python-api-docs.py --check   # exit 1 if the page is stale

Everything on the page comes from the code: the Plugin API methods of ``PluginAPIClient``
(signatures from ``inspect.signature`` and the type hints, grouped by the ``# Group`` comments
of the generated method table ``_internal/gen/api_table.py``, in the contract's order, with the
first paragraph of each docstring), the ``HookName`` members with the handler signatures of
its docstring, the model and HTTP classes with their fields, the exceptions, and the testing
module. The methods plughost answers with 501 come from the server's list of them,
``server/src/plugins/api/not-implemented.ts``: each is marked, and a section lists them all.
Both modes print the counts: contract methods, implemented, 501, sync and async methods. The
SDK is imported from ``sdk/python/src`` of this checkout, whatever is installed.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import inspect
import json
import re
import sys
import textwrap
import typing
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "docs" / "python-api-reference.md"
NOT_IMPLEMENTED = ROOT / "server" / "src" / "plugins" / "api" / "not-implemented.ts"
SCRIPT = "scripts/gen-python-api-docs.py"
REGENERATE = f".venv/bin/python {SCRIPT}"

sys.path.insert(0, str(ROOT / "sdk" / "python" / "src"))

try:
    import mattermost_plugin
    from mattermost_plugin import errors, http, models, testing
    from mattermost_plugin._internal.api_call import Call
    from mattermost_plugin._internal.api_methods import PluginAPIMethods, api_method_entries
    from mattermost_plugin._internal.gen.api_table import GeneratedAPIMethods
    from mattermost_plugin._internal.gen.plughost.v1 import api_pb2
    from mattermost_plugin._internal.naming import snake_case
except ImportError as error:  # grpc or protobuf missing: not the plugin environment
    sys.exit(f"{SCRIPT}: cannot import the SDK ({error}); run it with {REGENERATE}")

# ---------------------------------------------------------------------------------------------
# Docstrings (reST/Google style as the SDK writes them) to Markdown


_ROLE = re.compile(r":[a-z]+:`~?([^`]+)`")
_LIST_ITEM = re.compile(r"^\s*(?:\d+\.|-|\*)\s")
_SECTION = re.compile(r"^(Args|Arguments|Attributes|Raises|Returns|Yields|Example|Examples):\s*$")


def inline(text: str) -> str:
    """``x`` and :class:`~a.b.X` as Markdown code spans."""
    text = _ROLE.sub(lambda m: f"`{m.group(1).split('.')[-1]}`", text)
    return text.replace("``", "`")


def paragraphs(doc: str) -> List[str]:
    """The docstring's blocks, split on blank lines (indented continuation kept)."""
    blocks, current = [], []
    for line in doc.splitlines():
        if line.strip():
            current.append(line)
        elif current:
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    return blocks


def joined(block: str) -> str:
    return " ".join(line.strip() for line in block.splitlines())


def first_paragraph(obj: Any) -> str:
    doc = inspect.getdoc(obj) or ""
    blocks = paragraphs(doc)
    if not blocks:
        return ""
    text = joined(blocks[0])
    if text.endswith("::"):
        text = text[:-1]
    return inline(text)


def section_entries(block: str) -> List[Tuple[str, str]]:
    """A Google-style section body ("name: text" entries, continuation lines indented)."""
    entries: List[Tuple[str, str]] = []
    lines = textwrap.dedent(block).splitlines()
    for line in lines:
        if line and not line[0].isspace():
            name, _, text = line.partition(":")
            entries.append((name.strip(), text.strip()))
        elif entries:
            name, text = entries[-1]
            entries[-1] = (name, f"{text} {line.strip()}".strip())
    return entries


def docstring_sections(obj: Any) -> Dict[str, List[Tuple[str, str]]]:
    """The Google-style sections (Args, Attributes, Raises, …) of a docstring."""
    doc = inspect.getdoc(obj) or ""
    sections: Dict[str, List[Tuple[str, str]]] = {}
    lines = doc.splitlines()
    i = 0
    while i < len(lines):
        match = _SECTION.match(lines[i])
        if not match:
            i += 1
            continue
        body = []
        i += 1
        while i < len(lines) and (not lines[i].strip() or lines[i][0].isspace()):
            body.append(lines[i])
            i += 1
        sections[match.group(1)] = section_entries("\n".join(body).strip("\n"))
    return sections


def _language(source: str) -> str:
    """"python" for a literal block that is Python code, else "" (e.g. a class tree)."""
    try:
        compile(source, "<docstring>", "exec")
    except SyntaxError:
        return ""
    return "python"


def markdown(doc: str) -> str:
    """A whole docstring as Markdown: paragraphs, ``::`` code blocks, Google-style sections."""
    out: List[str] = []
    lines = doc.splitlines()
    i = 0
    block: List[str] = []

    def flush_block() -> None:
        if not block:
            return
        if _LIST_ITEM.match(block[0]):  # a list: one item per marker, continuation joined
            items: List[str] = []
            for line in block:
                if _LIST_ITEM.match(line) or not items:
                    items.append(line.strip())
                else:
                    items[-1] += " " + line.strip()
            out.append("\n".join(inline(item) for item in items))
        else:
            out.append(inline(" ".join(line.strip() for line in block)))
        block.clear()

    while i < len(lines):
        line = lines[i]
        section = _SECTION.match(line)
        if section:
            flush_block()
            body = []
            i += 1
            while i < len(lines) and (not lines[i].strip() or lines[i][0].isspace()):
                body.append(lines[i])
                i += 1
            entries = section_entries("\n".join(body).strip("\n"))
            out.append(f"**{section.group(1)}:**\n\n" + "\n".join(
                f"- `{name}`: {inline(text)}" if text else f"- `{name}`" for name, text in entries
            ))
            continue
        if not line.strip():
            flush_block()
            i += 1
            continue
        if line.rstrip().endswith("::"):
            text = line.rstrip()[:-2].rstrip()
            block.append(text + ":" if text else "")
            flush_block()
            i += 1
            code = []
            while i < len(lines) and (not lines[i].strip() or lines[i][0].isspace()):
                code.append(lines[i])
                i += 1
            source = textwrap.dedent("\n".join(code)).strip("\n")
            out.append(f"```{_language(source)}\n{source}\n```")
            continue
        block.append(line)
        i += 1
    flush_block()
    return "\n\n".join(part for part in out if part)


def _documented_assignments(
    body: List[ast.stmt], on_self: bool, source: str
) -> List[Tuple[str, Optional[str], str]]:
    """(name, annotation source or None, docstring) of assignments followed by a string."""
    out = []
    for node, following in zip(body, body[1:]):
        if not (
            isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            continue
        target = node.target if isinstance(node, ast.AnnAssign) else (
            node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else None
        )
        if on_self:
            if not (isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)
                    and target.value.id == "self"):
                continue
            name = target.attr
        else:
            if not isinstance(target, ast.Name) or not isinstance(node, ast.AnnAssign):
                continue
            name = target.id
        annotation = None
        if isinstance(node, ast.AnnAssign):
            annotation = ast.get_source_segment(source, node.annotation)
        out.append((name, annotation, inline(joined(inspect.cleandoc(following.value.value)))))
    return out


def attributes_of(cls: type) -> List[Tuple[str, str, str]]:
    """(name, type, description) of a class's public attributes, in the order it defines them.

    Class-level annotations (model fields, dataclass fields), then attributes that ``__init__``
    assigns and documents with a string after the assignment, then properties.
    """
    try:
        hints = typing.get_type_hints(cls)
    except Exception:
        hints = {}
    try:
        source = textwrap.dedent(inspect.getsource(cls))
        tree = ast.parse(source)
    except (OSError, TypeError, SyntaxError):
        source, tree = "", None
    body: List[ast.stmt] = []
    if tree is not None and tree.body and isinstance(tree.body[0], ast.ClassDef):
        body = tree.body[0].body
    documented = _documented_assignments(body, on_self=False, source=source)
    class_docs = {name: doc for name, _, doc in documented}

    out: List[Tuple[str, str, str]] = []
    seen = set()
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():
        if name.startswith("_"):
            continue
        hint = hints.get(name, annotation)
        if typing.get_origin(hint) is typing.ClassVar:
            continue
        out.append((name, type_name(hint), class_docs.get(name, "")))
        seen.add(name)

    init = next((node for node in body if isinstance(node, ast.FunctionDef)
                 and node.name == "__init__"), None)
    if init is not None:
        try:
            init_hints = typing.get_type_hints(cls.__init__)
        except Exception:
            init_hints = {}
        assigned = _documented_assignments(init.body, on_self=True, source=source)
        for name, annotation, doc in assigned:
            if name.startswith("_") or name in seen:
                continue
            kind = annotation or type_name(init_hints.get(name, inspect.Parameter.empty))
            out.append((name, kind, doc))
            seen.add(name)

    for name, value in member_items(cls):
        if isinstance(value, property) and not name.startswith("_") and name not in seen:
            try:
                returned = typing.get_type_hints(value.fget).get("return", inspect.Parameter.empty)
            except Exception:
                returned = inspect.Parameter.empty
            doc = first_paragraph(value.fget)
            out.append((name, type_name(returned), f"Read-only. {doc}" if doc else "Read-only."))
            seen.add(name)
    return out


# ---------------------------------------------------------------------------------------------
# Types and signatures


def type_name(annotation: Any) -> str:
    """An annotation as the SDK's source spells it, without module paths."""
    if annotation is inspect.Parameter.empty:
        return ""
    if annotation is None or annotation is type(None):
        return "None"
    if annotation is Any:
        return "Any"
    if annotation is Ellipsis:
        return "..."
    if isinstance(annotation, str):
        return annotation
    if isinstance(annotation, list):  # the argument list of Callable[[...], R]
        return "[" + ", ".join(type_name(arg) for arg in annotation) + "]"
    if isinstance(annotation, typing.TypeVar):
        return annotation.__name__.lstrip("_")
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Union:
        if Any in args:  # Optional[Any], which get_type_hints makes of "x: Any = None" before 3.11
            return "Any"
        if len(args) == 2 and type(None) in args:
            (other,) = [arg for arg in args if arg is not type(None)]
            return f"Optional[{type_name(other)}]"
        return f"Union[{', '.join(type_name(arg) for arg in args)}]"
    if origin is not None:
        name = getattr(annotation, "_name", None) or getattr(origin, "__name__", str(origin))
        if origin is typing.ClassVar:
            name = "ClassVar"
        inner = ", ".join(type_name(arg) for arg in args)
        return f"{name}[{inner}]" if args else name
    if isinstance(annotation, type):
        return annotation.__qualname__
    return repr(annotation).replace("typing.", "")


def default_text(value: Any) -> str:
    """A default value as source code; strings in double quotes, as the SDK writes them."""
    return json.dumps(value) if isinstance(value, str) else repr(value)


def resolved_signature(function: Callable[..., Any]) -> inspect.Signature:
    """``inspect.signature`` with string annotations resolved through the type hints.

    An API method's signature is its table entry's (``__wrapped__``), which returns a
    ``Call[<result>]``: the method returns the result.
    """
    function = inspect.unwrap(function)
    signature = inspect.signature(function)
    try:
        hints = typing.get_type_hints(function)
    except Exception:  # an annotation that cannot be resolved stays as written
        hints = {}
    if typing.get_origin(hints.get("return")) is Call:
        (result,) = typing.get_args(hints["return"])
        hints["return"] = None if result is type(None) else result
    parameters = [
        parameter.replace(annotation=hints.get(parameter.name, parameter.annotation))
        for parameter in signature.parameters.values()
    ]
    return signature.replace(
        parameters=parameters,
        return_annotation=hints.get("return", signature.return_annotation),
    )


def render_signature(name: str, function: Callable[..., Any], drop_first: bool = True,
                     prefix: str = "", show_return: bool = True) -> str:
    """``name(a: int, b: str = "x", **fields: Any) -> T`` without ``self``."""
    signature = resolved_signature(function)
    parameters = list(signature.parameters.values())
    if drop_first and parameters:
        parameters = parameters[1:]
    parts: List[str] = []
    kinds = [p.kind for p in parameters]
    keyword_only_marked = False
    for index, parameter in enumerate(parameters):
        if (
            parameter.kind is inspect.Parameter.KEYWORD_ONLY
            and not keyword_only_marked
            and inspect.Parameter.VAR_POSITIONAL not in kinds
        ):
            parts.append("*")
            keyword_only_marked = True
        text = parameter.name
        if parameter.kind is inspect.Parameter.VAR_POSITIONAL:
            text = "*" + text
        elif parameter.kind is inspect.Parameter.VAR_KEYWORD:
            text = "**" + text
        annotation = type_name(parameter.annotation)
        if annotation:
            text += f": {annotation}"
        if parameter.default is not inspect.Parameter.empty:
            default = default_text(parameter.default)
            text += f" = {default}" if annotation else f"={default}"
        parts.append(text)
        is_last_positional_only = parameter.kind is inspect.Parameter.POSITIONAL_ONLY and (
            index + 1 == len(parameters)
            or parameters[index + 1].kind is not inspect.Parameter.POSITIONAL_ONLY
        )
        if is_last_positional_only:
            parts.append("/")
    text = f"{prefix}{name}({', '.join(parts)})"
    if show_return and signature.return_annotation is not inspect.Signature.empty:
        text += f" -> {type_name(signature.return_annotation)}"
    return text


def member_items(cls: type) -> List[Tuple[str, Any]]:
    """What ``cls`` defines, and its private SDK base classes (whose members it documents)."""
    private_bases = [
        base for base in cls.__mro__[1:]
        if base.__name__.startswith("_") and base.__module__.startswith("mattermost_plugin")
    ]
    items: Dict[str, Any] = {}
    for klass in [*reversed(private_bases), cls]:
        items.update(vars(klass))
    return list(items.items())


def own_public_methods(cls: type) -> List[Tuple[str, Callable[..., Any], bool]]:
    """(name, function, whether its first parameter is self) of the methods ``cls`` defines."""
    out = []
    for name, value in member_items(cls):
        if name.startswith("_"):
            continue
        if isinstance(value, (classmethod, staticmethod)):
            out.append((name, getattr(cls, name), False))  # bound: no cls to drop
        elif inspect.isfunction(value):
            out.append((name, value, True))
    return out


# ---------------------------------------------------------------------------------------------
# The Plugin API


def contract_rpcs() -> List[str]:
    """Every unary RPC of the Plugin API contract, in its order."""
    service = api_pb2.DESCRIPTOR.services_by_name["PluginAPI"]
    return [m.name for m in service.methods if not (m.client_streaming or m.server_streaming)]


def not_implemented_rpcs() -> List[str]:
    """The RPCs the server answers with 501: the ``notImplementedMethods`` list of its source."""
    text = NOT_IMPLEMENTED.read_text(encoding="utf-8")
    match = re.search(r"export const notImplementedMethods = \[(.*?)\]", text, re.S)
    if match is None:
        sys.exit(f"{SCRIPT}: no notImplementedMethods list in {NOT_IMPLEMENTED.relative_to(ROOT)}")
    names = re.findall(r"'(\w+)'", match.group(1))
    unknown = sorted(set(names) - set(contract_rpcs()))
    if unknown or len(set(names)) != len(names):
        sys.exit(f"{SCRIPT}: {NOT_IMPLEMENTED.relative_to(ROOT)} names unknown or repeated RPCs: {unknown}")
    return names


def not_implemented_methods() -> List[str]:
    """The SDK methods of the RPCs the server answers with 501."""
    return [snake_case(name) for name in not_implemented_rpcs()]


def counts() -> Dict[str, int]:
    """The figures of the Plugin API: contract methods, implemented, 501, sync, async."""
    rpcs = contract_rpcs()
    names = [snake_case(name) for name in rpcs]
    client = mattermost_plugin.PluginAPIClient
    async_client = mattermost_plugin.AsyncPluginAPIClient
    sync = [n for n in names if n in vars(client) and not inspect.iscoroutinefunction(vars(client)[n])]
    asynchronous = [n for n in names if inspect.iscoroutinefunction(vars(async_client).get(n))]
    missing = len(not_implemented_rpcs())
    return {
        "contract methods": len(rpcs),
        "implemented": len(rpcs) - missing,
        "501": missing,
        "sync": len(sync),
        "async": len(asynchronous),
    }


def counts_line() -> str:
    return ", ".join(f"{name} {number}" for name, number in counts().items())


def api_method_groups() -> List[Tuple[str, str, List[str]]]:
    """(group, note, method names) from the method table's ``# Group`` comments, in order."""
    lines, _ = inspect.getsourcelines(GeneratedAPIMethods)
    table_names = [
        name for name in api_method_entries(PluginAPIMethods)
        if not name.startswith("_") and name in vars(mattermost_plugin.PluginAPIClient)
    ]
    groups: List[Tuple[str, str, List[str]]] = []
    comment: List[str] = []
    definition = re.compile(r"^    def (\w+)\(")
    for line in lines:
        if line.startswith("    # "):
            comment.append(line[len("    # "):].strip())
            continue
        if comment and line.strip() and not line.startswith("    #"):
            text = " ".join(comment)
            title = re.split(r"[.:]\s| \(", text + " ", maxsplit=1)[0].strip().rstrip(".:")
            note = text[len(title):].lstrip(".: ").strip()
            if note.startswith("(") and note.endswith(")"):
                note = note[1:-1]
            groups.append((title, note, []))
            comment = []
        match = definition.match(line)
        if match and match.group(1) in table_names:
            if not groups:
                groups.append(("Other", "", []))
            groups[-1][2].append(match.group(1))
    listed = {name for _, _, names in groups for name in names}
    missing = [name for name in table_names if name not in listed]
    if missing:
        groups.append(("Other", "", missing))
    return [group for group in groups if group[2]]


def raises_line(function: Callable[..., Any]) -> str:
    entries = docstring_sections(function).get("Raises", [])
    if not entries:
        return ""
    return "Raises " + "; ".join(
        f"`{name}`" + (f" ({inline(text).rstrip('.')})" if text else "") for name, text in entries
    ) + "."


def api_section() -> List[str]:
    client = mattermost_plugin.PluginAPIClient
    async_client = mattermost_plugin.AsyncPluginAPIClient
    groups = api_method_groups()
    missing = set(not_implemented_methods())
    count = sum(len(names) for _, _, names in groups)
    out = [
        "## Plugin API",
        "",
        f"`self.api` in a plugin is a `PluginAPIClient`. It has {count} Plugin API methods, listed "
        "below in the order the SDK defines them. "
        "`AsyncPluginAPIClient` has the same methods with the same arguments, as coroutine "
        "functions: `await client.get_user(user_id)`. A failed call raises a "
        "[`PluginAPIError`](#exceptions) subclass.",
        "",
        "```python",
        render_signature("PluginAPIClient", client.__init__, show_return=False),
        render_signature("AsyncPluginAPIClient", async_client.__init__, show_return=False),
        "```",
        "",
        first_paragraph(client),
        "",
    ]
    args = docstring_sections(client).get("Args", [])
    out += [f"- `{name}`: {inline(text)}" for name, text in args]
    if args:
        out.append("")
    api_names = {name for _, _, names in groups for name in names}
    client_methods = [entry for entry in own_public_methods(client) if entry[0] not in api_names]
    if client_methods:
        text = "Besides the API methods: " + "; ".join(
            f"`{render_signature(name, method, drop_first=has_self)}` "
            f"({first_paragraph(method).rstrip('.')})"
            for name, method, has_self in client_methods
        ) + "."
        if hasattr(client, "__enter__") and hasattr(async_client, "__aenter__"):
            text += (
                " `PluginAPIClient` is a context manager (`with`), `AsyncPluginAPIClient` an "
                "asynchronous one (`async with`)."
            )
        out += [text, ""]
    out += ["Methods by area:", ""]
    out += [
        f"- [{title}](#{anchor(title)}): " + ", ".join(f"[`{name}`](#{name})" for name in names)
        for title, _, names in groups
    ]
    out.append("")
    for title, note, names in groups:
        out += [f"### {title}", ""]
        if note:
            out += [inline(note[0].upper() + note[1:]), ""]
        for name in names:
            method = getattr(client, name)
            async_method = getattr(async_client, name)
            assert inspect.iscoroutinefunction(async_method), f"AsyncPluginAPIClient.{name}"
            out += [
                f"#### `{name}`",
                "",
                "```python",
                render_signature(name, method),
                "```",
                "",
            ]
            summary = first_paragraph(method)
            if summary:
                out += [summary, ""]
            raises = raises_line(method)
            if raises:
                out += [raises, ""]
            if name in missing:
                out += [
                    "plughost does not implement it: it raises `PluginAPIError` with status 501 "
                    "([list](#methods-plughost-does-not-implement)).",
                    "",
                ]
    return out


def not_implemented_section() -> List[str]:
    missing = set(not_implemented_methods())
    figures = counts()
    out = [
        "## Methods plughost does not implement",
        "",
        f"plughost implements {figures['implemented']} of the {figures['contract methods']} "
        f"Plugin API methods. The other {figures['501']}, listed here, exist in both clients like "
        "every method, but the server answers them at once with a `PluginAPIError` whose "
        "`status_code` is 501, `error_id` `plugin_api.not_implemented` and message names the "
        "method. They include the Enterprise and cloud features plughost does not have (LDAP, "
        "groups, shared channels, property fields, access control); the list comes from the server's "
        f"`{NOT_IMPLEMENTED.relative_to(ROOT)}`.",
        "",
    ]
    for title, _, names in api_method_groups():
        listed = [name for name in names if name in missing]
        if listed:
            out.append(f"- **{title}**: " + ", ".join(f"[`{name}`](#{name})" for name in listed))
    out.append("")
    return out


def anchor(title: str) -> str:
    """GitHub's heading anchor for ``title``."""
    text = re.sub(r"[^\w\- ]", "", title.lower())
    return text.replace(" ", "-")


# ---------------------------------------------------------------------------------------------
# Hooks


def hook_signatures() -> Dict[str, str]:
    """Hook name -> handler signature text, from the bullets of ``HookName``'s docstring."""
    doc = inspect.getdoc(mattermost_plugin.HookName) or ""
    bullets: List[str] = []
    for line in doc.splitlines():
        if line.startswith("- "):
            bullets.append(line[2:].strip())
        elif bullets and line.startswith("  ") and line.strip():
            bullets[-1] += " " + line.strip()
        elif not line.strip() and bullets:
            bullets.append("")
    members = {member.value for member in mattermost_plugin.HookName}
    out: Dict[str, str] = {}
    for bullet in filter(None, bullets):
        names_part, _, rest = bullet.partition(": ")
        names = re.findall(r"``(\w+)``", names_part)
        if names and all(name in members for name in names):
            for name in names:
                out[name] = inline(rest.strip())
    return out


def hooks_section() -> List[str]:
    signatures = hook_signatures()
    HookName = mattermost_plugin.HookName
    out = [
        "## Hooks",
        "",
        "```python",
        render_signature("hook", mattermost_plugin.hook, drop_first=False),
        "```",
        "",
        markdown(inspect.getdoc(mattermost_plugin.hook) or ""),
        "",
        f"`HookName` members, in the order the SDK defines them, with the handler's arguments "
        f"(`self` omitted) and return value:",
        "",
        "| `HookName` member | handler arguments → return value |",
        "|---|---|",
    ]
    for member in HookName:
        text = signatures.get(member.value, "").replace("|", "\\|")
        out.append(f"| `{member.name}` | {text} |")
    out.append("")
    tail = [
        joined(block) for block in paragraphs(inspect.getdoc(HookName) or "")[1:]
        if not block.lstrip().startswith("- ") and not block.rstrip().endswith(":")
    ]
    out += [inline(text) for text in tail]
    if tail:
        out.append("")
    return out


def plugin_section() -> List[str]:
    from mattermost_plugin import server

    return [
        "## `Plugin` and `run_plugin`",
        "",
        "```python",
        "class Plugin",
        "```",
        "",
        markdown(inspect.getdoc(mattermost_plugin.Plugin) or ""),
        "",
        "```python",
        "from mattermost_plugin.server import run_plugin",
        render_signature("run_plugin", server.run_plugin, drop_first=False),
        "```",
        "",
        markdown(inspect.getdoc(server.run_plugin) or ""),
        "",
    ]


# ---------------------------------------------------------------------------------------------
# Models, HTTP objects, exceptions


def _async(function: Callable[..., Any]) -> str:
    """"async " for coroutine functions and async generators, else ""."""
    asynchronous = inspect.iscoroutinefunction(function) or inspect.isasyncgenfunction(function)
    return "async " if asynchronous else ""


def class_section(cls: type, level: str = "###", skip: Iterable[str] = ()) -> List[str]:
    """A class: its docstring, attributes and methods (except those named in ``skip``)."""
    out = [f"{level} `{cls.__name__}`", ""]
    doc = inspect.getdoc(cls) if cls.__doc__ else ""
    if doc:
        out += [markdown(doc), ""]
    attributes = attributes_of(cls)
    if attributes:
        described = any(doc for _, _, doc in attributes)
        if described:
            out += ["| field | type | |", "|---|---|---|"]
        else:
            out += ["| field | type |", "|---|---|"]
        for name, kind, doc in attributes:
            cells = [f"`{name}`", f"`{kind}`" if kind else ""]
            if described:
                cells.append(doc.replace("|", "\\|"))
            out.append("| " + " | ".join(cells) + " |")
        out.append("")
    skipped = set(skip)
    methods = [entry for entry in own_public_methods(cls) if entry[0] not in skipped]
    if methods:
        out += ["Methods:", ""]
        for name, method, has_self in methods:
            summary = first_paragraph(method)
            signature = render_signature(name, method, drop_first=has_self, prefix=_async(method))
            out.append(f"- `{signature}`" + (f": {summary}" if summary else ""))
        out.append("")
    return out


def models_section() -> List[str]:
    base = models.Model
    out = [
        "## Models",
        "",
        markdown(inspect.getdoc(models) or ""),
        "",
        "Every model class is importable from `mattermost_plugin`.",
        "",
        f"### `{base.__name__}`",
        "",
        markdown(inspect.getdoc(base) or ""),
        "",
        "Methods of every model:",
        "",
    ]
    for name, method, has_self in own_public_methods(base):
        signature = render_signature(name, method, drop_first=has_self)
        out.append(f"- `{signature}`: {first_paragraph(method)}")
    out.append("")
    for name in models.__all__:
        cls = getattr(models, name)
        if cls is base:
            continue
        out += class_section(cls)
    return out


def http_section() -> List[str]:
    out = ["## HTTP objects", "", markdown(inspect.getdoc(http) or ""), ""]
    for name in http.__all__:
        obj = getattr(http, name)
        if isinstance(obj, type):
            out += class_section(obj)
    return out


def exceptions_section() -> List[str]:
    classes = [getattr(errors, name) for name in errors.__all__]
    out = [
        "## Exceptions",
        "",
        markdown(inspect.getdoc(errors) or ""),
        "",
        "| exception | base | `status_code` | raised when |",
        "|---|---|---|---|",
    ]
    for cls in classes:
        base = cls.__bases__[0].__name__
        status = getattr(cls, "default_status_code", "")
        out.append(f"| `{cls.__name__}` | `{base}` | {status} | {first_paragraph(cls)} |")
    out.append("")
    root = classes[0]
    out += [
        "```python",
        render_signature(root.__name__, root.__init__, show_return=False),
        "```",
        "",
    ]
    attributes = docstring_sections(root).get("Attributes", [])
    out += [f"- `{name}`: {inline(text)}" for name, text in attributes]
    if attributes:
        out.append("")
    return out


def testing_section() -> List[str]:
    api_names = set(api_method_entries(PluginAPIMethods))
    modelled = testing.FakePluginAPI.modelled_methods()
    out = [
        "## Testing",
        "",
        markdown(inspect.getdoc(testing) or ""),
        "",
        "Import these from `mattermost_plugin.testing`; the guide's "
        "[Testing your plugin](python-plugins.md#testing-your-plugin) shows them at work. Both "
        "fakes also have every [Plugin API](#plugin-api) method.",
        "",
    ]
    for name in testing.__all__:
        obj = getattr(testing, name)
        if isinstance(obj, type):
            out += class_section(obj, skip=api_names)
    out += [
        "### Methods the fake models",
        "",
        f"{len(modelled)} of the {len(api_names)} methods. The others raise `PluginAPIError` with "
        "status 501 and `error_id` `plugin_api.not_implemented` (`testing.NOT_IMPLEMENTED_ID`), "
        "as the server does for a method it does not implement.",
        "",
    ]
    for title, _, names in api_method_groups():
        listed = [name for name in names if name in modelled]
        if listed:
            out.append(f"- **{title}**: " + ", ".join(f"[`{name}`](#{name})" for name in listed))
    out.append("")
    return out


# ---------------------------------------------------------------------------------------------


def page() -> str:
    lines: List[str] = [
        f"<!-- Generated by {SCRIPT} from the mattermost_plugin source. Do not edit by hand: "
        f"change the SDK's docstrings and run `{REGENERATE}`. -->",
        "",
        "# Python plugin API reference",
        "",
        f"The public surface of the `mattermost_plugin` SDK, version "
        f"{mattermost_plugin.__version__}, generated from its source by `{SCRIPT}`. The guide is "
        "[Writing Python plugins](python-plugins.md).",
        "",
        "- [Plugin API](#plugin-api)",
        "- [Hooks](#hooks)",
        "- [`Plugin` and `run_plugin`](#plugin-and-run_plugin)",
        "- [Models](#models)",
        "- [HTTP objects](#http-objects)",
        "- [Exceptions](#exceptions)",
        "- [Methods plughost does not implement](#methods-plughost-does-not-implement)",
        "- [Testing](#testing)",
        "",
    ]
    sections = (
        api_section, hooks_section, plugin_section, models_section, http_section,
        exceptions_section, not_implemented_section, testing_section,
    )
    for section in sections:
        lines += section()
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text).rstrip("\n") + "\n"
    return text


def main(argv: Optional[Iterable[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true",
        help="write nothing; exit 1 if the page on disk differs from what would be written",
    )
    args = parser.parse_args(list(argv) if argv is not None else None)
    text = page()
    relative = OUTPUT.relative_to(ROOT)
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current == text:
            print(f"{relative} is up to date ({counts_line()})")
            return 0
        diff = difflib.unified_diff(
            current.splitlines(), text.splitlines(), f"{relative} (current)",
            f"{relative} (from the code)", lineterm="", n=1,
        )
        shown = list(diff)[:40]
        print("\n".join(shown), file=sys.stderr)
        print(
            f"\n{relative} is stale: it no longer matches the SDK. Regenerate it with\n"
            f"    {REGENERATE}\nand commit the result.",
            file=sys.stderr,
        )
        return 1
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {relative} ({counts_line()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
