"""Safe YAML: standard tags only; alias bombs, deep nesting and oversized input refused; positions kept.

Values are built straight from the parser's event stream (libyaml's when present), so that no
node tree is kept, nesting is refused before it gets deep (libyaml's own composer recurses in C
and can crash the interpreter on `[[[[...`), and an alias costs no copy. Positions are kept per
container and looked up on demand (`SourceMap.locate`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, cast

import yaml
from yaml.constructor import SafeConstructor
from yaml.events import (
    AliasEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import ScalarNode

from openscore.errors import OpenscoreError, Problem
from openscore.fileio import MAX_INPUT_BYTES
from openscore.gcpause import gc_paused
from openscore.i18n import N_, _

try:
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader

# What real files need: a bundled entry is about 3.6 KB of YAML, so 10,000 realistic entries are about 36 MB;
# the cap admits about 18,000 (README, "Performance"), and MAX_NODES their values (about 180 per entry).
MAX_BYTES = MAX_INPUT_BYTES
MAX_NODES = 4_000_000  # values in one document, aliases expanded: a file of realistic entries at the byte cap has ~3 million
MAX_DEPTH = 64  # nested collections
_STD = "tag:yaml.org,2002:"
_STR, _SEQ, _MAP, _MERGE = _STD + "str", _STD + "seq", _STD + "map", _STD + "merge"
_SCALAR_TAGS = {_STD + t for t in ("str", "int", "float", "bool", "null", "timestamp")}
_CONSTRUCTORS = SafeConstructor.yaml_constructors
_CONSTRUCTOR = SafeConstructor()
_RESOLVERS: dict[str | None, list[Any]] = cast(Any, _Loader).yaml_implicit_resolvers
_IMPLICIT = {first: tuple(rules) + tuple(_RESOLVERS.get(None, ())) for first, rules in _RESOLVERS.items() if first is not None}
_BUSY = object()  # an anchor whose collection is still being read

Path = tuple[Any, ...]


@dataclass
class SourceMap:
    """Where each value (and each mapping key) of a document stands in its file.

    `spots` maps id(container) to the marks of its items, in order: for a list one per item,
    for a dict two per entry (key, value). It stays valid while `root` is not changed.
    """

    file: str
    root: Any = None
    root_mark: Any = None
    spots: dict[int, Any] = field(default_factory=dict, repr=False)

    def locate(self, path: Path, key: bool = False) -> tuple[int, int] | None:
        """The 1-based (line, column) of `path`, or of its nearest located parent.

        With `key`, a mapping entry is located at its key rather than its value.
        """
        if self.root_mark is None:
            return None
        mark, value = self.root_mark, self.root
        for part in path:
            marks = self.spots.get(id(value))
            if marks is None:
                break
            if isinstance(value, dict) and _hashable(part) and part in value:
                index = 2 * list(value).index(part)
                mark = marks[index if key else index + 1]
            elif isinstance(value, list) and isinstance(part, int) and 0 <= part < len(value):
                mark = marks[part]
            else:
                break
            value = value[part]
        return mark.line + 1, mark.column + 1

    def problem(self, path: Path, message: str, key: bool = False, severity: str = "error") -> Problem:
        line, column = self.locate(path, key) or (None, None)
        return Problem(message, self.file, line, column, severity)


# PyYAML's words for what is wrong, said again in the run's language (anything else stays as PyYAML says it).
_PARSER = (N_("did not find expected key"), N_("did not find expected ',' or ']'"), N_("did not find expected ',' or '}'"),
           N_("mapping values are not allowed here"), N_("could not find expected ':'"), N_("found unexpected end of stream"),
           N_("found character that cannot start any token"), N_("did not find expected node content"),
           N_("did not find expected '-' indicator"), N_("found unknown escape character"), N_("found undefined alias"),
           N_("expected a comment or a line break"), N_("found undefined tag handle"))


def _parser(problem: str | None) -> str:
    """PyYAML's problem in the run's language."""
    text = str(problem or "")
    return _(text) if text in _PARSER else text


def load(text: str | bytes, file: str, located: bool = True) -> tuple[Any, SourceMap]:
    """Parse one YAML document safely; raise OpenscoreError with file:line:column.

    With `located` False no value's position is kept (the SourceMap locates nothing), which saves
    time and memory when positions are wanted only if something is wrong: parse again to say where.
    Errors of the YAML itself are located either way.
    """
    if len(text) > MAX_BYTES:
        raise OpenscoreError([Problem(_("file is larger than {n} MiB").format(n=MAX_BYTES // 2**20), file)])
    source = SourceMap(file)
    try:
        loader = _Loader(text)
        try:
            with gc_paused():  # the document is a tree (aliases share, never cycle): collecting while building only costs time
                source.root = _Builder(loader, source, located).document()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = (mark.line + 1, mark.column + 1) if mark else (None, None)
        said = _("tabs are not allowed for indentation in YAML; indent with spaces") if _tab_at(text, mark) else _parser(exc.problem or exc.context)
        raise OpenscoreError([Problem(_("malformed YAML: {problem}").format(problem=said), file, *where)]) from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow; located by its offset
        where = _position(text, exc.position)
        what = f"U+{exc.character:04X}" if isinstance(exc.character, int) else repr(exc.character)
        said = _("malformed YAML: character {character} is not allowed ({reason})").format(character=what, reason=exc.reason)
        raise OpenscoreError([Problem(said, file, *where)]) from None
    except (yaml.YAMLError, ValueError) as exc:
        raise OpenscoreError([Problem(_("malformed YAML: {problem}").format(problem=" ".join(str(exc).split())), file)]) from None
    return source.root, source


def _tab_at(text: str | bytes, mark: Any) -> bool:
    """Whether the parser stopped at a tab in a line's indentation (or just after tabs there)."""
    if mark is None:
        return False
    raw = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    lines = raw.split(b"\n", mark.line + 1)
    if mark.line >= len(lines):
        return False
    line = lines[mark.line]
    indent = line[: len(line) - len(line.lstrip(b" \t"))]
    return b"\t" in indent and mark.column <= len(indent)


def _position(text: str | bytes, offset: int) -> tuple[int, int]:
    """The 1-based line and column of a reader error's offset: UTF-8 bytes for libyaml, characters for PyYAML's reader."""
    data: Any
    if _Loader is yaml.SafeLoader:
        data = text if isinstance(text, str) else text.decode("utf-8", "replace")
    else:
        data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    newline = "\n" if isinstance(data, str) else b"\n"
    start = data.rfind(newline, 0, offset) + 1
    prefix = data[start:offset]
    column = len(prefix if isinstance(prefix, str) else prefix.decode("utf-8", "replace")) + 1
    return data.count(newline, 0, offset) + 1, column


class _Builder:
    """Builds plain Python values from parser events, recording marks in a SourceMap."""

    def __init__(self, loader: Any, source: SourceMap, located: bool = True):
        self.next_event = loader.get_event
        self.source = source
        self.located = located
        self.anchors: dict[str, Any] = {}
        self.count = 0  # values built, aliases expanded

    def fail(self, mark: Any, message: str) -> OpenscoreError:
        return OpenscoreError([Problem(message, self.source.file, mark.line + 1, mark.column + 1)])

    def document(self) -> Any:
        """The single document of the stream (None when empty)."""
        next_event = self.next_event
        next_event()  # stream start
        start = next_event()
        if isinstance(start, StreamEndEvent):
            return None
        root = self.collections()
        next_event()  # document end
        extra = next_event()
        if not isinstance(extra, StreamEndEvent):
            raise self.fail(extra.start_mark, _("malformed YAML: expected a single document, but found another document"))
        return root

    def collections(self) -> Any:
        """Read the events of one document. Iterative, so nesting is refused before it gets deep.

        The open collection lives in local variables (this loop runs once per value); the
        enclosing ones wait on `stack`.
        """
        next_event, spots, anchors, plain, located = self.next_event, self.source.spots, self.anchors, _IMPLICIT.get, self.located
        resolved: dict[str, Any] = {}  # plain text -> its value (ints, dates, bools are immutable)
        stack: list[tuple[Any, ...]] = []
        container: Any = None  # the open collection (None: none yet, the value read is the root)
        marks: Any = None  # its items' marks
        is_map, key, anchor, started = False, _BUSY, None, 0
        count = 0
        while True:
            event = next_event()
            kind = event.__class__
            opens = False
            if kind is ScalarEvent:
                count += 1
                if count > MAX_NODES:
                    raise self.fail(event.start_mark, _("document has more than {n} values").format(n=MAX_NODES))
                value = event.value
                if event.tag is not None:
                    value = self.scalar(event)
                elif event.implicit[0] and plain(value[:1]):  # plain text an implicit rule may match
                    value = resolved.get(value, _BUSY)
                    if value is _BUSY:
                        value = resolved[event.value] = self.scalar(event)
                if value is _MERGE_KEY and not (is_map and key is _BUSY):
                    raise self.fail(event.start_mark, _("tag {tag} is not allowed").format(tag=repr(_MERGE)))
                if event.anchor:
                    anchors[event.anchor] = (value, 1)
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                opens = True
                if event.tag not in (None, "!", _MAP if kind is MappingStartEvent else _SEQ):
                    raise self.fail(event.start_mark, _("tag {tag} is not allowed").format(tag=repr(event.tag)))
                if len(stack) >= MAX_DEPTH:
                    raise self.fail(event.start_mark, _("nesting deeper than {n} levels").format(n=MAX_DEPTH))
                count += 1
                if count > MAX_NODES:
                    raise self.fail(event.start_mark, _("document has more than {n} values").format(n=MAX_NODES))
                value = {} if kind is MappingStartEvent else []
                if event.anchor:
                    anchors[event.anchor] = _BUSY
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                if anchor:
                    anchors[anchor] = (container, count - started + 1)
                if len(stack) == 1:
                    self.count = count
                    return container
                container, marks, is_map, key, anchor, started = stack.pop()
                continue
            elif kind is AliasEvent:
                self.count = count
                value = self.alias(event)
                count = self.count
            else:  # pragma: no cover - the parser sends no other event inside a document
                raise self.fail(event.start_mark, f"unexpected {kind.__name__}")
            if is_map:
                if key is _BUSY:
                    if kind is not ScalarEvent or value.__class__ is not str:
                        value = self.key(value, kind, event.start_mark)
                    if value in container:
                        raise self.fail(event.start_mark, _("duplicate key {key}").format(key=repr(value)))
                    key = value
                else:
                    container[key] = value
                    key = _BUSY
                if located:
                    marks.append(event.start_mark)
            elif container is not None:
                container.append(value)
                if located:
                    marks.append(event.start_mark)
            else:
                self.source.root, self.source.root_mark = value, event.start_mark if located else None
                if not opens:
                    self.count = count
                    return value
            if opens:
                stack.append((container, marks, is_map, key, anchor, started))
                container, is_map, key, anchor, started = value, value.__class__ is dict, _BUSY, event.anchor, count
                if located:
                    marks = spots[id(value)] = []

    def scalar(self, event: Any) -> Any:
        """A scalar that is not plainly a string: tagged, or plain text an implicit rule may match."""
        tag, text = event.tag, event.value
        if tag is None or tag == "!":
            tag = _STR
            if event.implicit[0]:
                for candidate, pattern in _IMPLICIT.get(text[:1], ()):
                    if pattern.match(text):
                        tag = candidate
                        break
        if tag == _STR:
            return text
        if tag not in _SCALAR_TAGS:
            if tag == _MERGE:
                return _MERGE_KEY
            raise self.fail(event.start_mark, _("tag {tag} is not allowed").format(tag=repr(tag)))
        try:
            return _constant(tag, text)
        except Exception as exc:  # any scalar the constructor cannot read is the file's fault
            if tag == _STD + "timestamp" and event.implicit[0]:
                return text  # an impossible date (2026-11-31) stays text: the schema reports it on its field
            raise self.fail(event.start_mark, _("bad value {value}: {reason}").format(value=repr(text), reason=exc)) from None

    def alias(self, event: Any) -> Any:
        found = self.anchors.get(event.anchor)
        if found is None:
            raise self.fail(event.start_mark, _("malformed YAML: found undefined alias {alias}").format(alias=repr(event.anchor)))
        if found is _BUSY:
            raise self.fail(event.start_mark, _("alias {alias} refers to the collection that contains it").format(alias=repr(event.anchor)))
        value, size = found
        self.count += size
        if self.count > MAX_NODES:
            raise self.fail(event.start_mark, _("document expands to more than {n} nodes (alias bomb?)").format(n=MAX_NODES))
        return value

    def key(self, value: Any, kind: type, mark: Any) -> Any:
        """A mapping key that is not plainly a string: a scalar made one, never a collection or merge key."""
        if (kind is not ScalarEvent and (kind is not AliasEvent or isinstance(value, (list, dict)))) or value is _MERGE_KEY:
            raise self.fail(mark, "mapping keys must be plain scalars (no merge keys or complex keys)")
        return value if isinstance(value, (str, int)) else str(value)


def _hashable(value: Any) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


class _MergeKey:
    def __repr__(self) -> str:
        return "<<"


_MERGE_KEY = _MergeKey()
_CONSTANTS: dict[tuple[str, str], Any] = {}


def _constant(tag: str, text: str) -> Any:
    """An int, float, bool, null or timestamp (all immutable, so remembered)."""
    found = _CONSTANTS.get((tag, text), _BUSY)
    if found is _BUSY:
        found = _CONSTRUCTORS[tag](_CONSTRUCTOR, ScalarNode(tag, text))
        if len(_CONSTANTS) < 10_000:
            _CONSTANTS[(tag, text)] = found
    return found


# -- writing --------------------------------------------------------------------------------------

class Flow(dict[str, Any]):
    """A mapping `dump` writes on one line: `{status: open, url: ...}`."""


class FlowList(list[Any]):
    """A list `dump` writes on one line: `[a, b]`."""


class _Dumper(yaml.SafeDumper):
    pass


class _IndentedDumper(_Dumper):
    """Items of a block list indented under their key, as the bundled data files are written."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> Any:
        return super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> Any:
    # NEL is a line break the emitter would otherwise leave raw in a plain or single-quoted scalar
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"' if "\x85" in value else None)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(Flow, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v, flow_style=True))
_Dumper.add_representer(FlowList, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))


def dump(data: Any, stream: Any = None, width: int = 120, indent_lists: bool = False) -> Any:
    """YAML text of plain data (the only YAML writer): keys in order, Unicode as is, every control character
    escaped by the emitter; `Flow` and `FlowList` values on one line. Returns the text when `stream` is None."""
    dumper = _IndentedDumper if indent_lists else _Dumper
    return yaml.dump(data, stream, Dumper=dumper, sort_keys=False, allow_unicode=True, width=width)
