"""Safe YAML: standard tags only, alias bombs and oversized input refused, positions kept."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from openscore.errors import OpenscoreError, Problem

try:
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader

MAX_BYTES = 32 * 1024 * 1024
MAX_NODES = 2_000_000
MAX_DEPTH = 64
_STD = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_STD + t for t in ("str", "int", "float", "bool", "null", "timestamp")}

Path = tuple[Any, ...]


@dataclass
class SourceMap:
    """Where each value (and each mapping key) of a document stands in its file."""

    file: str
    values: dict[Path, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path, tuple[int, int]] = field(default_factory=dict)

    def locate(self, path: Path, key: bool = False) -> tuple[int, int] | None:
        """The 1-based (line, column) of `path`, or of its nearest located parent."""
        table = self.keys if key else self.values
        for cut in range(len(path), -1, -1):
            hit = table.get(path[:cut]) or (self.values.get(path[:cut]) if key else None)
            if hit:
                return hit
        return None

    def problem(self, path: Path, message: str, key: bool = False, severity: str = "error") -> Problem:
        line, column = self.locate(path, key) or (None, None)
        return Problem(message, self.file, line, column, severity)


def load(text: str | bytes, file: str) -> tuple[Any, SourceMap]:
    """Parse one YAML document safely; raise OpenscoreError with file:line:column."""
    if len(text) > MAX_BYTES:
        raise OpenscoreError([Problem(f"file is larger than {MAX_BYTES // 2**20} MiB", file)])
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise OpenscoreError([Problem(f"malformed YAML: {exc.problem or exc.context}", file, *where)]) from None
    except (yaml.YAMLError, RecursionError, ValueError) as exc:
        raise OpenscoreError([Problem(f"malformed YAML: {exc}", file)]) from None
    finally:
        loader.dispose()
    source = SourceMap(file)
    if root is None:
        return None, source
    _check_size(root, file)
    return _Builder(loader, source).build(root, (), 0), source


def _check_size(root: yaml.Node, file: str) -> None:
    """Refuse documents whose aliases would expand past MAX_NODES (billion laughs)."""
    sizes: dict[int, int] = {}
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if id(node) in sizes:
            continue
        kids = _children(node)
        if children_done or not kids:
            sizes[id(node)] = 1 + sum(sizes[id(k)] for k in kids)
            if sizes[id(node)] > MAX_NODES:
                line = node.start_mark.line + 1
                raise OpenscoreError([Problem(f"document expands to more than {MAX_NODES} nodes (alias bomb?)", file, line, 1)])
        else:
            stack.append((node, True))
            stack.extend((k, False) for k in kids if id(k) not in sizes)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


class _Builder:
    def __init__(self, loader: Any, source: SourceMap):
        self.constructor = yaml.constructor.SafeConstructor()
        self.source = source

    def fail(self, node: yaml.Node, message: str) -> OpenscoreError:
        mark = node.start_mark
        return OpenscoreError([Problem(message, self.source.file, mark.line + 1, mark.column + 1)])

    def build(self, node: yaml.Node, path: Path, depth: int) -> Any:
        if depth > MAX_DEPTH:
            raise self.fail(node, f"nesting deeper than {MAX_DEPTH} levels")
        self.source.values[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.ScalarNode):
            if node.tag not in _SCALAR_TAGS:
                raise self.fail(node, f"tag {node.tag!r} is not allowed")
            try:
                return self.constructor.construct_object(node)
            except (yaml.YAMLError, ValueError, OverflowError) as exc:
                raise self.fail(node, f"bad value {node.value!r}: {exc}") from None
        if isinstance(node, yaml.SequenceNode):
            if node.tag != _STD + "seq":
                raise self.fail(node, f"tag {node.tag!r} is not allowed")
            return [self.build(child, (*path, i), depth + 1) for i, child in enumerate(node.value)]
        if node.tag != _STD + "map":
            raise self.fail(node, f"tag {node.tag!r} is not allowed")
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == _STD + "merge":
                raise self.fail(key_node, "mapping keys must be plain scalars (no merge keys or complex keys)")
            key = self.build(key_node, (*path, "<key>"), depth + 1)
            if not isinstance(key, (str, int)):
                key = str(key)
            if key in result:
                raise self.fail(key_node, f"duplicate key {key!r}")
            self.source.keys[(*path, key)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            result[key] = self.build(value_node, (*path, key), depth + 1)
        return result
