"""Read and write the YAML manifest safely."""

from __future__ import annotations

from typing import Any, Hashable

import yaml

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
                raise BundleError(
                    f"the key {key!r} appears twice", _line(key_node.start_mark)
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


# Timestamps stay text so they round-trip exactly as written.
_StrictLoader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _line(mark: Any) -> str:
    return f"line {mark.line + 1}" if mark is not None else ""


def _check_events(text: str, max_depth: int) -> None:
    """Refuse aliases and deep nesting before composing: libyaml's composer recurses in C."""
    depth = 0
    for event in yaml.parse(text, Loader=_Base):
        if isinstance(event, _OPEN):
            depth += 1
            if depth > max_depth:
                raise BundleError(
                    f"the manifest is nested more than {max_depth} levels deep",
                    _line(event.start_mark),
                )
        elif isinstance(event, _CLOSE):
            depth -= 1
        elif isinstance(event, yaml.AliasEvent):
            raise BundleError(
                "YAML aliases (*name) are not allowed in a course manifest",
                _line(event.start_mark),
            )


def load_yaml(raw: bytes, *, limits: Limits = DEFAULT_LIMITS, name: str = "course.yaml") -> Any:
    """Parse manifest bytes, raising BundleError with a line number on any problem."""
    if len(raw) > limits.max_manifest_bytes:
        raise BundleError(
            f"the manifest is {len(raw) // 1024} KiB, over the {limits.max_manifest_bytes // 1024} KiB limit",
            name,
        )
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise BundleError(f"the text is not UTF-8 (byte {exc.start + 1})", f"{name} line {line}") from None
    try:
        _check_events(text, limits.max_yaml_depth)
        loader = _StrictLoader(text)
        try:
            return loader.get_single_data()
        finally:
            loader.dispose()
    except BundleError as exc:
        raise BundleError(exc.message, f"{name} {exc.place}".strip()) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{name} line {mark.line + 1}" if mark else name
        raise BundleError(f"YAML syntax error: {exc.problem or exc.context}", where) from None
    except yaml.YAMLError as exc:
        raise BundleError(f"YAML error: {str(exc).splitlines()[0]}", name) from None
    except (RecursionError, ValueError, TypeError) as exc:
        raise BundleError(f"the manifest cannot be read: {type(exc).__name__}", name) from None


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
