"""The published JSON Schema matches the model and accepts every manifest we write."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest
from factories import make_bundle
from hypothesis import HealthCheck, given, settings
from strategies import courses

from coursebuilder.bundle.manifest import manifest_bytes
from coursebuilder.bundle.schema import manifest_schema, manifest_schema_json
from coursebuilder.bundle.yamlio import load_yaml

ROOT = Path(__file__).resolve().parents[2]
PUBLISHED = ROOT / "resources" / "schema" / "course.schema.json"
VALIDATOR = jsonschema.Draft202012Validator(manifest_schema())


def test_published_schema_is_current():
    assert PUBLISHED.read_text(encoding="utf-8") == manifest_schema_json(), (
        "regenerate with: python -c 'from coursebuilder.bundle.schema import manifest_schema_json as s; "
        "open(\"resources/schema/course.schema.json\",\"w\").write(s())'"
    )


def test_schema_is_itself_valid():
    jsonschema.Draft202012Validator.check_schema(manifest_schema())


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(courses)
def test_every_written_manifest_satisfies_the_schema(course):
    VALIDATOR.validate(load_yaml(manifest_bytes(course)))


def test_schema_rejects_a_wrong_manifest():
    data = load_yaml(manifest_bytes(make_bundle().course))
    data["modules"][0]["items"][0]["type"] = "lecture"
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(data)


@pytest.mark.parametrize("folder", sorted(p.parent.name for p in (ROOT / "sample_courses").glob("*/course.yaml")) or ["-"])
def test_sample_manifests_satisfy_the_schema(folder):
    if folder == "-":
        pytest.skip("no sample courses in this checkout")
    VALIDATOR.validate(load_yaml((ROOT / "sample_courses" / folder / "course.yaml").read_bytes()))
