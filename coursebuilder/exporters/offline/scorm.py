"""Write the SCORM 1.2 manifest that lets an LMS import the package as one SCO."""

from __future__ import annotations

import shutil
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from ...model import Course
from ...resources import resource_dir

SCHEMA_DIR = resource_dir("scorm12")
SCHEMAS = ("imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd", "imsmd_rootv1p2p1.xsd", "ims_xml.xsd")


def _ident(text: str) -> str:
    # Identifiers are xs:ID: a letter first, then letters, digits, '-', '_' or '.'.
    clean = "".join(c if c.isascii() and (c.isalnum() or c in "-_.") else "_" for c in text)
    return "cb_" + clean


def manifest_xml(course: Course, files: list[str], mastery: int | None) -> str:
    """Return ``imsmanifest.xml`` for a package whose launch page is ``index.html``."""
    ident = _ident(course.id)
    title = escape(course.title or "Course")
    mastery_xml = f"\n        <adlcp:masteryscore>{mastery}</adlcp:masteryscore>" if mastery is not None else ""
    file_xml = "\n".join(f"      <file href={quoteattr(name)}/>" for name in files)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier={quoteattr(ident)} version={quoteattr(course.version or "1.0")}
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org1">
    <organization identifier="org1">
      <title>{title}</title>
      <item identifier="item1" identifierref="res1" isvisible="true">
        <title>{title}</title>{mastery_xml}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res1" type="webcontent" adlcp:scormtype="sco" href="index.html">
{file_xml}
    </resource>
  </resources>
</manifest>
"""


def write_scorm_files(folder: Path, course: Course, files: list[str], mastery: int | None) -> list[str]:
    """Write the manifest and its schemas into ``folder``; return the names written."""
    (folder / "imsmanifest.xml").write_text(manifest_xml(course, files, mastery), "utf-8")
    for name in SCHEMAS:
        shutil.copyfile(SCHEMA_DIR / name, folder / name)
    return ["imsmanifest.xml", *SCHEMAS]
