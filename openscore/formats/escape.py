"""Per-format escaping of untrusted text: Markdown cells and CSV cells (HTML and SVG: templates/, JSON and
YAML: their emitters). Control characters are handled first by `textsafe`, the one function for that."""

from __future__ import annotations

from openscore.textsafe import line

_MARKDOWN = str.maketrans({c: "\\" + c for c in "\\`*_[]<>!|~&$"})
FORMULA_START = ("=", "+", "-", "@")


def markdown(value: object) -> str:
    """Untrusted text as literal inline Markdown on one line: control characters shown as placeholders,
    every character that could start markup (links, images, raw HTML, emphasis, math, table pipes)
    escaped, and @mentions broken with a word joiner so that a pull request summary notifies nobody."""
    text = line(str(value)).translate(_MARKDOWN)
    return text.replace("@", "@\u2060") if "@" in text else text


def markdown_code(value: object) -> str:
    """An id as inline code, or escaped text when it could close the code span or break the table."""
    text = line(str(value))
    return f"`{text}`" if text and not any(c in text for c in "`|\\") else markdown(text)


def csv_cell(value: object) -> object:
    """A value as a spreadsheet shows it, never evaluates it: text on one line with control characters shown
    as placeholders, and a leading `'` on text a spreadsheet would take for a formula (=, +, -, @, even after
    spaces). Numbers stay numbers."""
    if not isinstance(value, str):
        return value
    text = line(value)
    return "'" + text if text.lstrip().startswith(FORMULA_START) else text
