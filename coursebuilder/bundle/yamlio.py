"""Read and write the YAML manifest safely."""

from __future__ import annotations

import re
from typing import Any, Hashable

import yaml

from ..model.messages import say
from .errors import BundleError
from .limits import DEFAULT_LIMITS, Limits


# libyaml when the wheel has it (five times faster); the pure-Python parser otherwise.
try:
    from yaml import CSafeDumper as _BaseDumper
    from yaml import CSafeLoader as _Base
except ImportError:
    from yaml import SafeDumper as _BaseDumper  # type: ignore[assignment]
    from yaml import SafeLoader as _Base  # type: ignore[assignment]
_OPEN = (yaml.SequenceStartEvent, yaml.MappingStartEvent)
_CLOSE = (yaml.SequenceEndEvent, yaml.MappingEndEvent)


class _StrictLoader(_Base):
    """A safe loader that refuses duplicate keys and keeps dates as text."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Hashable, Any]:
        seen = set()
        for key_node, _ in node.value:
            key = key_node.value
            if key in seen:
                raise BundleError(say("manifest.duplicate_key", key=key), _line(key_node.start_mark))
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


# Timestamps stay text so they round-trip exactly as written.
_StrictLoader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _line(mark: Any) -> str:
    # The line number alone: ``parse`` names the file with it (place.line) when it passes the error on.
    return str(mark.line + 1) if mark is not None else ""


def _check_events(text: str, max_depth: int) -> None:
    """Refuse aliases and deep nesting before composing: libyaml's composer recurses in C."""
    depth = 0
    for event in yaml.parse(text, Loader=_Base):
        if isinstance(event, _OPEN):
            depth += 1
            if depth > max_depth:
                raise BundleError(say("manifest.too_deep", limit=max_depth), _line(event.start_mark))
        elif isinstance(event, _CLOSE):
            depth -= 1
        elif isinstance(event, yaml.AliasEvent):
            raise BundleError(say("manifest.alias"), _line(event.start_mark))


def load_yaml(raw: bytes, *, limits: Limits = DEFAULT_LIMITS, name: str = "course.yaml") -> Any:
    """Parse manifest bytes, raising BundleError with a line number on any problem."""
    if len(raw) > limits.max_manifest_bytes:
        raise BundleError(say("manifest.too_large", size=len(raw) // 1024, limit=limits.max_manifest_bytes // 1024), name)
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise BundleError(say("manifest.not_utf8", byte=exc.start + 1), say("place.line", name=name, line=line)) from None
    # YAML refuses control characters anywhere, so one vertical tab pasted from PowerPoint
    # would make the whole course unreadable: carry them through as stand-ins, put them back
    # after parsing, and let the text cleaning say what became of them.
    shielded = _CONTROL.search(text) is not None
    if shielded:
        text = _CONTROL.sub(lambda m: chr(_STAND_IN + ord(m.group())), text)
    try:
        _check_events(text, limits.max_yaml_depth)
        loader = _StrictLoader(text)
        try:
            data = loader.get_single_data()
        finally:
            loader.dispose()
        return _unshield(data) if shielded else data
    except BundleError as exc:
        raise BundleError(exc.said, say("place.line", name=name, line=exc.place) if exc.place else name) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = say("place.line", name=name, line=mark.line + 1) if mark else name
        source_line = text.splitlines()[mark.line] if mark and mark.line < len(text.splitlines()) else ""
        raise BundleError(plain_yaml_problem(str(exc.problem or exc.context), source_line), where) from None
    except yaml.YAMLError as exc:
        raise BundleError(f"YAML error: {str(exc).splitlines()[0]}", name) from None
    except (RecursionError, ValueError, TypeError) as exc:
        raise BundleError(say("manifest.unreadable", reason=type(exc).__name__), name) from None


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")
#: Private-use plane 15: printable to YAML, and never typed by a lecturer.
_STAND_IN = 0xF0000
_SHIELDED = re.compile("[\U000f0000-\U000f009f]")


def _unshield(data: Any) -> Any:
    if isinstance(data, str):
        return _SHIELDED.sub(lambda m: chr(ord(m.group()) - _STAND_IN), data)
    if isinstance(data, list):
        return [_unshield(v) for v in data]
    if isinstance(data, dict):
        return {_unshield(k): _unshield(v) for k, v in data.items()}
    return data


#: What the parser says, and what a lecturer who edited course.yaml by hand most likely did.
_PLAIN = [
    ("mapping values are not allowed", "a colon followed by a space inside a value (as in 'title: Prices: the basics'); "
     "put the whole value in double quotes: title: \"Prices: the basics\""),
    ("did not find expected key", "the indentation does not line up: every key of a block, and every '- ' of a list, "
     "must start in the same column as the ones above it"),
    ("did not find expected '-' indicator", "a list item is indented differently from the ones above it; "
     "start every '- ' in the same column"),
    ("expected <block end>", "the indentation does not line up with the lines above; check the spaces at the start of the line"),
    ("found character that cannot start any token", "a line starts with a character YAML keeps for itself "
     "(such as @, ` or %); put the value in double quotes"),
    ("could not find expected ':'", "a line has a key without a colon after it, or a quoted value is not closed"),
    ("found unexpected end of stream", "a quote mark is opened but never closed"),
    ("found unknown escape character", "a backslash inside double quotes; write \\\\ for one backslash, or use single quotes"),
    ("found undefined tag handle", "a value starts with '!'; put it in double quotes"),
    ("block sequence entries are not allowed", "a '- ' list item follows a key on the same line; put the list on the next lines"),
]


def plain_yaml_problem(problem: str, line: str = "") -> str:
    """Return what a YAML parser complaint most likely means, and how to fix it, in plain words."""
    if "cannot start any token" in problem and "\t" in line[: len(line) - len(line.lstrip())]:
        return "a tab is used to indent; course.yaml needs spaces"
    for jargon, plain in _PLAIN:
        if jargon in problem:
            return plain
    return f"the file is not valid YAML here ({problem})"


class _Dumper(_BaseDumper):
    """A dumper that writes multi-line text as readable literal blocks."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


_LINE_BREAKS_YAML_FOLDS = ("\r", "\x85", "\u2028", "\u2029")


def _represent_str(dumper: _Dumper, value: str) -> yaml.ScalarNode:
    style: str | None
    if any(ch in value for ch in _LINE_BREAKS_YAML_FOLDS):
        style = '"'  # only the escaped form keeps these characters exactly
    else:
        style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def dump_yaml(data: Any) -> bytes:
    """Return UTF-8 YAML for manifest data, keys in the given order."""
    text = yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        width=100,
        default_flow_style=False,
    )
    return text.encode("utf-8")
