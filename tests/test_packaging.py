"""The installers' own files, checked as data: versions, the .coursebundle association, the layout."""

from __future__ import annotations

import plistlib
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from coursebuilder import __version__

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
README = (ROOT / "README.md").read_text(encoding="utf-8")


def iss() -> str:
    return (PACKAGING / "windows" / "coursebuilder.iss").read_text(encoding="utf-8")


def registry_rows() -> list[dict[str, str]]:
    text = iss().split("[Registry]", 1)[1].split("\n[", 1)[0]
    rows = []
    for line in text.splitlines():
        if line.startswith("Root:"):
            rows.append({k.strip(): unquote(v.strip()) for k, v in (part.split(":", 1) for part in line.split("; "))})
    return rows


def unquote(value: str) -> str:
    """Return an Inno Setup parameter's text: quoted values double their inner quotes."""
    return value[1:-1].replace('""', '"') if value.startswith('"') and value.endswith('"') else value


def test_the_windows_installer_has_the_package_version_and_installs_per_user():
    assert re.search(r'#define AppVersion "([^"]+)"', iss()).group(1) == __version__
    assert "PrivilegesRequired=lowest" in iss()
    assert "ChangesAssociations=yes" in iss()
    assert re.search(r"MinVersion=10\.0\.17763", iss())


def test_the_windows_association_is_per_user_optional_on_by_default_and_has_its_icon():
    rows = registry_rows()
    assert rows and all(r["Root"] == "HKA" for r in rows)  # HKCU\Software\Classes when per user
    by_key = {r["Subkey"]: r for r in rows}
    ext = by_key["Software\\Classes\\.coursebundle"]
    assert ext["ValueData"] == "{#ProgId}" and ext["Tasks"] == "associate"
    assert by_key["Software\\Classes\\{#ProgId}\\DefaultIcon"]["ValueData"].endswith("coursebundle.ico,0")
    command = by_key["Software\\Classes\\{#ProgId}\\shell\\open\\command"]["ValueData"]
    assert command == '"{app}\\{#AppExe}" "%1"'  # the bundle's path arrives in sys.argv, quoted
    task = next(line for line in iss().splitlines() if line.startswith('Name: "associate"'))
    assert "unchecked" not in task
    assert re.search(r'Source: "coursebundle\.ico"', iss())


def test_the_mac_app_declares_and_exports_the_course_file_type():
    info = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    assert info["CFBundleShortVersionString"] == __version__ == info["CFBundleVersion"]
    exported = {t["UTTypeIdentifier"]: t for t in info["UTExportedTypeDeclarations"]}
    document = info["CFBundleDocumentTypes"][0]
    (uti,) = document["LSItemContentTypes"]
    assert exported[uti]["UTTypeTagSpecification"]["public.filename-extension"] == ["coursebundle"]
    assert document["CFBundleTypeRole"] == "Editor" and document["CFBundleTypeIconFile"] == "coursebundle.icns"
    assert f"macOS {info['LSMinimumSystemVersion'].removesuffix('.0')}" in README


def test_linux_desktop_entry_and_mime_type_agree():
    desktop = (PACKAGING / "linux" / "coursebuilder.desktop").read_text(encoding="utf-8")
    mime = ET.parse(PACKAGING / "linux" / "coursebuilder-mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = mime.find("m:mime-type", ns)
    assert kind.find("m:glob", ns).get("pattern") == "*.coursebundle"
    assert f"MimeType={kind.get('type')};" in desktop and "Exec=coursebuilder %f" in desktop
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(PACKAGING / "linux" / "coursebuilder.desktop")], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_the_spec_freezes_one_folder_with_every_shipped_resource():
    spec = (PACKAGING / "coursebuilder.spec").read_text(encoding="utf-8")
    assert "COLLECT(" in spec and "onefile" not in spec.lower()
    for folder in ("site", "scorm12", "schema", "icons", "themes"):
        assert f'"resources/{folder}"' in spec, folder
    assert '"translations").glob("*.qm")' in spec and '"guide"' in spec and "sample_courses/" in spec


def test_the_release_workflow_builds_and_smoke_tests_on_every_system():
    flow = yaml.safe_load((ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8"))
    build = flow["jobs"]["build"]
    systems = [row["os"] for row in build["strategy"]["matrix"]["include"]]
    assert any(s.startswith("windows") for s in systems) and any(s.startswith("ubuntu") for s in systems)
    assert {"macos-15-intel", "macos-14"} <= set(systems)  # Intel and Apple silicon
    commands = " ".join(step.get("run", "") for step in build["steps"])
    assert "packaging/build.py" in commands and "packaging/smoke.py" in commands


def test_pyside6_is_pinned_to_the_minor_version_the_minimum_systems_follow_from():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    pin = re.search(r'"PySide6-Essentials([^"]*)"', pyproject).group(1)
    assert pin == ">=6.12,<6.13"
    assert "Windows 10 1809" in README and "macOS 14" in README


@pytest.mark.parametrize("name", ["coursebuilder.png", "coursebundle.png"])
def test_the_icons_ship(name):
    from PIL import Image

    with Image.open(ROOT / "resources" / "icons" / name) as im:
        assert im.size == (512, 512) and im.mode == "RGBA"
