"""Fill a Qt .ts file from a JSON map of translations, or list what it still lacks as such a map.

    python scripts/fill_translations.py todo coursebuilder/gui/translations/coursebuilder_km.ts > km.json
    # translate the values in km.json, then
    python scripts/fill_translations.py fill coursebuilder/gui/translations/coursebuilder_km.ts km.json

The map is {context: {source: translation}}; a ``%n`` string with plural forms takes a list of
forms (one for Chinese, Khmer and Lao). ``todo --hint coursebuilder_zh_CN.ts`` puts another
language's translation beside each source (as {"source": ..., "hint": ...}) to keep terms consistent.
Filling marks each message finished; messages not in the map are left as they are. Then run
pyside6-lrelease (see coursebuilder/gui/translations/README.md).

    python scripts/fill_translations.py breaks coursebuilder/gui/translations/coursebuilder_km.ts

puts an invisible zero-width space (U+200B) between the words of Khmer and Lao sentences, where
ICU's dictionaries say a line may break: Qt wraps lines only at spaces and such marks in these
scripts, so a long sentence would otherwise run off the edge of a label.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _messages(root: ET.Element):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is None or translation.get("type") == "unfinished" or not "".join(translation.itertext()).strip()


def _text(message: ET.Element) -> str | list[str]:
    translation = message.find("translation")
    if translation is None:
        return ""
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if message.get("numerus") == "yes" else translation.text or ""


def todo(ts: Path, hint: Path | None) -> dict:
    """Return {context: {source: ""}} for every unfinished message (with a hint when asked)."""
    hints = {}
    if hint is not None:
        hints = {(c, m.findtext("source")): _text(m) for c, m in _messages(ET.parse(hint).getroot())}
    out: dict[str, dict] = {}
    for context, message in _messages(ET.parse(ts).getroot()):
        if _unfinished(message):
            source = message.findtext("source") or ""
            plural = message.get("numerus") == "yes"
            value = hints.get((context, source), [""] if plural else "") if hint else ([""] if plural else "")
            out.setdefault(context, {})[source] = value
    return out


def fill(ts: Path, table: dict) -> tuple[int, list[str]]:
    """Write the map's translations into ``ts``; return how many were filled and what is still unfinished."""
    tree = ET.parse(ts)
    filled, left = 0, []
    for context, message in _messages(tree.getroot()):
        source = message.findtext("source") or ""
        value = table.get(context, {}).get(source)
        if value:
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            # As many plural forms as lupdate laid out for the language, the last one repeated.
            count = len(translation.findall("numerusform"))
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value]
                for form in forms + forms[-1:] * (count - len(forms)):
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value if isinstance(value, str) else value[0]
            filled += 1
        if _unfinished(message):
            left.append(f"{context}: {source}")
    _write(tree, ts)
    return filled, left


#: Translations shorter than this (menu entries, button words) stay as written.
BREAK_FROM = 16
ZWSP = "\u200b"


def with_breaks(text: str) -> str:
    """Return ``text`` with U+200B wherever a Khmer or Lao line may break between two words."""
    from coursebuilder.exporters.pptx.breaks import spaceless_breaks

    plain = text.replace(ZWSP, "")
    if len(plain) < BREAK_FROM:
        return plain
    cuts = sorted(i for i in spaceless_breaks(plain) if not plain[i - 1].isspace() and not plain[i].isspace())
    out, last = [], 0
    for i in cuts:
        out += [plain[last:i], ZWSP]
        last = i
    return "".join(out) + plain[last:]


def add_breaks(ts: Path) -> int:
    """Put line-break marks into every long Khmer or Lao translation of ``ts``; return how many changed."""
    tree = ET.parse(ts)
    changed = 0
    for _context, message in _messages(tree.getroot()):
        translation = message.find("translation")
        if translation is None:
            continue
        for node in translation.findall("numerusform") or [translation]:
            if node.text and with_breaks(node.text) != node.text:
                node.text = with_breaks(node.text)
                changed += 1
    _write(tree, ts)
    return changed


def _write(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    # lupdate's layout (contexts at the margin), so that its next run changes nothing.
    lines = ET.tostring(tree.getroot(), encoding="unicode").split("\n")
    body = "\n".join(line[4:] if line.startswith("    ") else line for line in lines)
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("todo", help="print the unfinished messages as a JSON map")
    p.add_argument("ts", type=Path)
    p.add_argument("--hint", type=Path, help="another language's .ts whose translations go beside each source")
    p = sub.add_parser("fill", help="write a JSON map's translations into the .ts file")
    p.add_argument("ts", type=Path)
    p.add_argument("json", type=Path, nargs="+")
    p = sub.add_parser("breaks", help="mark where Khmer and Lao sentences may break a line (U+200B)")
    p.add_argument("ts", type=Path, nargs="+")
    args = parser.parse_args()
    if args.command == "breaks":
        for ts in args.ts:
            print(f"{ts}: {add_breaks(ts)} translations marked", file=sys.stderr)
        return 0
    if args.command == "todo":
        json.dump(todo(args.ts, args.hint), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    table: dict[str, dict] = {}
    for path in args.json:
        for context, entries in json.loads(path.read_text(encoding="utf-8")).items():
            table.setdefault(context, {}).update(entries)
    filled, left = fill(args.ts, table)
    print(f"{filled} filled, {len(left)} unfinished", file=sys.stderr)
    for line in left:
        print(f"  {line}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
