"""Keep the laid-out slides of each planned slide spec, and put them back when nothing they depend on changed.

Laying out a slide (measuring and fitting its text through python-pptx) costs far more
than copying it, and a re-export after one edited sentence changes one spec in hundreds.
A spec's slides are kept under a key that hashes everything they depend on: the spec
itself (title, text, notes, the picture block), the derived pictures it shows, the deck
(the theme's or template's bytes and every option except which part of the course is
chosen and where the deck goes), the language and footer, the fonts that measured the text, and this code
(the exporter's and presentation's sources, python-pptx, lxml and Pillow versions).
A kept slide goes back as its XML and relationships; only its slide number changes.
Specs that embed audio or video are laid out every time (their bytes are not kept).
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import hashlib
import json
import os
from pathlib import Path

from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TARGET_MODE as RTM
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part, _Relationship
from pptx.opc.packuri import PackURI
from pptx.oxml.ns import qn
from lxml import etree

from ...media.cache import DerivedCache
from ._oxml import FileImagePart
from .fonts import find_face
from .pictures import picture_key
from .plan import SlideSpec

#: Raise when kept slides of this version must no longer be reused (the entry format changed).
CACHE_VERSION = 2
#: Stands for the slide number in a kept slide's XML (private-use characters no text of a course keeps).
_NUMBER = "\ue000cb-slide-number\ue000"
_FLD = qn("a:fld")
_T = qn("a:t")
_NOTES_NAME = "/ppt/notesSlides/notesSlide%d.xml"


#: Options that choose what is exported or where, not how a slide looks.
_NOT_LOOKS = ("module", "lessons", "output", "overwrite")


class _Unkeyable(Exception):
    """A spec holds something the cache cannot name by content."""


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Return a hash of the code that lays out slides: a change to it invalidates every kept slide."""
    import PIL
    import lxml
    import pptx

    from ... import presentation

    h = hashlib.sha256(f"{pptx.__version__}:{lxml.__version__}:{PIL.__version__}".encode())
    for folder in (Path(__file__).parent, Path(presentation.__file__).parent):
        for path in sorted(folder.glob("*.py")):
            try:
                h.update(path.name.encode() + b"\0" + path.read_bytes())
            except OSError:
                h.update(path.name.encode())
    try:
        from importlib.metadata import version

        h.update(version("coursebuilder").encode())
    except Exception:  # noqa: BLE001 - a frozen or unpacked copy has no metadata; its sources were hashed
        pass
    return h.hexdigest()


def _fonts_stamp(latin: tuple[str, ...]) -> list:
    """Return the font files that measure the deck's body and heading text, and when fonts last changed."""
    faces: list = []
    for family in latin:
        for style in ("", ":bold", ":italic"):
            face = find_face(family + style)
            faces.append(None if face is None else [face.path, face.index])
    stamps: list[int | None] = []
    for folder in ("/var/cache/fontconfig", str(Path.home() / ".cache/fontconfig"), "/usr/share/fonts",
                   "/usr/local/share/fonts", str(Path.home() / ".local/share/fonts")):
        try:
            stamps.append(os.stat(folder).st_mtime_ns)
        except OSError:
            stamps.append(None)
    return [faces, stamps]


def deck_context(deck_file: Path, options, *, language: str, footer: str, latin: tuple[str, ...]) -> str:
    """Return the hash of everything besides the spec that a slide's layout depends on."""
    try:
        deck_bytes = hashlib.sha256(Path(deck_file).read_bytes()).hexdigest()
    except OSError:
        deck_bytes = ""
    chosen = {f.name: repr(getattr(options, f.name)) for f in dataclasses.fields(options)
              if f.name not in _NOT_LOOKS}
    data = [CACHE_VERSION, code_fingerprint(), deck_bytes, chosen, language, footer, _fonts_stamp(latin)]
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()


def _canon(value, out: list) -> None:
    """Write a value's content into ``out`` as text, field by field."""
    if value is None or isinstance(value, (str, int, float, bool)):
        out.append(repr(value))
    elif isinstance(value, enum.Enum):
        out.append(f"{type(value).__name__}.{value.name}")
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        out.append(f"<{type(value).__qualname__}")
        for f in dataclasses.fields(value):
            if f.name == "id":
                continue  # a block's id never reaches a slide, and the cover's block is made anew each time
            out.append(f.name)
            _canon(getattr(value, f.name), out)
        out.append(">")
    elif isinstance(value, (list, tuple)):
        out.append("[")
        for v in value:
            _canon(v, out)
        out.append("]")
    elif isinstance(value, dict):
        out.append("{")
        for k in sorted(value, key=repr):
            _canon(k, out)
            _canon(value[k], out)
        out.append("}")
    else:
        raise _Unkeyable(type(value).__name__)


def spec_key(context: str, spec: SlideSpec, pictures: dict) -> str | None:
    """Return the key of a spec's slides, or None if they cannot be kept (embedded media, unknown content)."""
    if spec.media is not None:
        return None
    out = [context]
    try:
        _canon(spec, out)
    except _Unkeyable:
        return None
    if spec.picture is not None:
        derived = pictures.get(picture_key(spec.picture))
        out.append("none" if derived is None else f"{derived.path}:{derived.mime}:{derived.width}x{derived.height}")
    return hashlib.sha256("\x1f".join(out).encode("utf-8")).hexdigest()


class SlideStore:
    """The kept slides of earlier exports, one file per spec key, in the app's cache folder."""

    def __init__(self, root: Path):
        self._files = DerivedCache(root)

    def get(self, key: str) -> dict | None:
        """Return the kept entry of a key, or None (also for an entry that cannot be read)."""
        path = self._files.get(key, ".json")
        if path is None:
            return None
        try:
            entry = json.loads(path.read_text("utf-8"))
            if entry.get("version") != CACHE_VERSION or not isinstance(entry.get("slides"), list):
                return None
            return entry
        except (OSError, ValueError, AttributeError):
            return None

    def put(self, key: str, entry: dict) -> None:
        """Keep an entry; a cache that cannot be written only costs the next export its speed."""
        try:
            self._files.put(key, ".json", json.dumps(dict(entry, version=CACHE_VERSION)).encode("utf-8"))
        except OSError:
            pass


class DeckParts:
    """The parts of a deck being built: which came with the theme, and the notes master."""

    def __init__(self, prs):
        self.prs = prs
        self.package = prs.part.package
        #: Parts of the theme or template, by name: the only internal targets a kept slide may name.
        self.given = {p.partname: p for p in self.package.iter_parts()}

    # -- keeping --------------------------------------------------------------------

    def capture(self, slide_parts, warnings: list[str]) -> dict | None:
        """Return the entry that keeps these slides (just laid out), or None if one of them cannot be kept."""
        kept = []
        for part in slide_parts:
            try:
                xml = self._xml_with_number_mark(part._element)
                rels, notes = [], None
                for rel in part.rels.values():
                    if rel.reltype == RT.NOTES_SLIDE and not rel.is_external:
                        notes_part = rel.target_part
                        notes = {"xml": etree.tostring(notes_part._element, encoding="unicode"),
                                 "rels": [self._ref(r, part) for r in notes_part.rels.values()]}
                        rels.append([rel.rId, rel.reltype, "notes"])
                    else:
                        rels.append(self._ref(rel, part))
            except _Unkeyable:
                return None
            kept.append({"xml": xml, "rels": rels, "notes": notes, "chars": _characters(part, notes is not None)})
        return {"slides": kept, "warnings": list(warnings)}

    @staticmethod
    def _xml_with_number_mark(element) -> list[str]:
        numbers = [t for fld in element.iter(_FLD) if fld.get("type") == "slidenum" for t in fld.iter(_T)]
        before = [t.text for t in numbers]
        for t in numbers:
            t.text = _NUMBER
        try:
            pieces = etree.tostring(element, encoding="unicode").split(_NUMBER)
        finally:
            for t, text in zip(numbers, before, strict=True):
                t.text = text
        if len(pieces) != len(numbers) + 1:
            raise _Unkeyable("the slide's own text holds the number mark")
        return pieces

    def _ref(self, rel, owner) -> list:
        # ``owner`` is the slide being kept: its notes relate back to it.
        if rel.is_external:
            return [rel.rId, rel.reltype, "url", rel.target_ref]
        target = rel.target_part
        if isinstance(target, FileImagePart):
            width, height = target._px_size
            return [rel.rId, rel.reltype, "picture", target.path, width, height]
        if rel.reltype == RT.NOTES_MASTER:
            return [rel.rId, rel.reltype, "notes-master"]
        if rel.reltype == RT.SLIDE and target is owner:
            return [rel.rId, rel.reltype, "slide"]
        if self.given.get(target.partname) is target:
            return [rel.rId, rel.reltype, "part", str(target.partname)]
        raise _Unkeyable(str(target.partname))

    # -- putting back ---------------------------------------------------------------

    def restore(self, entry: dict, picture_part) -> int:
        """Add a kept entry's slides at the end of the deck; return how many. Raises ValueError if it cannot."""
        plan = []
        for slide in entry["slides"]:
            # Check the whole entry first, so a damaged or stale one adds nothing.
            notes = slide["notes"]
            if not (isinstance(slide["xml"], list) and all(isinstance(x, str) for x in slide["xml"])
                    and isinstance(slide["chars"], str) and isinstance(slide["rels"], list)
                    and (notes is None or (isinstance(notes["xml"], str) and isinstance(notes["rels"], list)))):
                raise ValueError("a kept slide is damaged")
            for ref in slide["rels"] + (slide["notes"] or {"rels": []})["rels"]:
                kind = ref[2]
                if not (isinstance(ref[0], str) and isinstance(ref[1], str)):
                    raise ValueError("a kept relation is damaged")
                if kind == "part" and PackURI(ref[3]) not in self.given:
                    raise ValueError(f"the deck has no part {ref[3]}")
                if kind == "picture" and not (os.path.isfile(ref[3]) and isinstance(ref[4], int)
                                              and isinstance(ref[5], int)):
                    raise ValueError(f"the picture {ref[3]} is gone")
                if kind not in ("part", "picture", "url", "notes", "notes-master", "slide"):
                    raise ValueError(f"unknown relation {kind}")
            plan.append(slide)
        pres = self.prs.part
        id_list = self.prs.slides._sldIdLst
        for slide in plan:
            number = len(id_list) + 1
            # The same name python-pptx gives the slide at this place.
            part = KeptSlidePart(PackURI(f"/ppt/slides/slide{number}.xml"), CT.PML_SLIDE, self.package,
                                 _declared(str(number).join(slide["xml"])))
            part.characters = slide["chars"]
            # Related in python-pptx's order (the slide, then a notes master made for the first notes),
            # so the presentation's relations come out the same as when the slide is laid out.
            id_list.add_sldId(pres.relate_to(part, RT.SLIDE))
            notes_part = None
            if slide["notes"] is not None:
                notes = slide["notes"]
                notes_part = Part(self.package.next_partname(_NOTES_NAME), CT.PML_NOTES_SLIDE, self.package,
                                  _declared(notes["xml"]))
                for ref in notes["rels"]:
                    self._relate(notes_part, ref, slide_part=part, notes_part=None, picture_part=picture_part)
            for ref in slide["rels"]:
                self._relate(part, ref, slide_part=part, notes_part=notes_part, picture_part=picture_part)
        return len(plan)

    def _relate(self, part: Part, ref: list, *, slide_part, notes_part, picture_part) -> None:
        rid, reltype, kind = ref[0], ref[1], ref[2]
        mode, target = RTM.INTERNAL, None
        if kind == "url":
            mode, target = RTM.EXTERNAL, ref[3]
        elif kind == "part":
            target = self.given[PackURI(ref[3])]
        elif kind == "picture":
            target = picture_part(ref[3], ref[4], ref[5])
        elif kind == "notes":
            target = notes_part
        elif kind == "notes-master":
            target = self.prs.part.notes_master_part
        elif kind == "slide":
            target = slide_part
        if target is None:
            raise ValueError(f"nothing to relate {rid} to")
        rels = part.rels
        rels._rels[rid] = _Relationship(rels._base_uri, rid, reltype, mode, target)


class KeptSlidePart(Part):
    """A slide put back as its XML, with the characters its text and notes hold (for the deck's font needs)."""

    characters: str = ""


def _characters(slide_part, with_notes: bool) -> str:
    """Return the characters of a slide's text runs and its notes, each once."""
    chars: set[str] = set()
    roots = [slide_part._element]
    if with_notes:
        roots.append(slide_part.part_related_by(RT.NOTES_SLIDE)._element)
    for root in roots:
        for t in root.iter(_T):
            chars.update(t.text or "")
    return "".join(sorted(chars))


def _declared(xml: str) -> bytes:
    """Return a part's XML as python-pptx writes it: declared UTF-8, standalone."""
    return b'<?xml version=\'1.0\' encoding=\'UTF-8\' standalone=\'yes\'?>\n' + xml.encode("utf-8")



def lay_out(renderer, specs: list[SlideSpec], pictures, context: str, store: SlideStore, picture_part, *,
            done=lambda n: None, cancel=None) -> list[tuple[str, dict]]:
    """Add every spec's slides to the renderer's deck, putting back kept ones; return the entries to keep.

    ``pictures`` maps picture keys to derived pictures; ``done(n)`` is told after each spec.
    """
    prs = renderer.prs
    parts = DeckParts(prs)
    id_list = prs.slides._sldIdLst
    fresh: list[tuple[str, dict]] = []
    for n, spec in enumerate(specs, 1):
        if cancel is not None:
            cancel.check()
        key = spec_key(context, spec, pictures)
        entry = store.get(key) if key is not None else None
        if entry is not None:
            try:
                parts.restore(entry, picture_part)
                renderer.warnings.extend(str(w) for w in entry.get("warnings", []))
                done(n)
                continue
            except (ValueError, KeyError, IndexError, TypeError):
                pass  # an entry that no longer fits: lay the spec out again
        first, warned = len(id_list), len(renderer.warnings)
        renderer.render(spec)
        if key is not None:
            made = [prs.part.related_part(sld.rId) for sld in list(id_list)[first:]]
            kept = parts.capture(made, renderer.warnings[warned:])
            if kept is not None:
                fresh.append((key, kept))
        done(n)
    return fresh
