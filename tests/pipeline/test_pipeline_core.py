"""The pipeline core: registry, config validation, requires/assigns checked against the model, run state,
typed error notes. Stand-in components only; no model is loaded."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsprism.api import analyze_documents
from newsprism.errors import ConfigError
from newsprism.model import Document
from newsprism.pipeline import DocState, Pipeline, PipelineConfig, StateError, load_config
from newsprism.pipeline.factories import BUILTINS, REGISTRY
from newsprism.pipeline.pipeline import check_name
from newsprism.pipeline.registry import Registry
from newsprism.pipeline.state import need

SRC = str(Path(__file__).resolve().parents[2] / "src")


def _component(name: str, *, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = (), run=None):
    """A stand-in component class: ``run(doc, state)`` does its work (nothing by default)."""

    class Stub:
        def __call__(self, doc: Document, state: DocState) -> Document:
            if run is not None:
                run(doc, state)
            return doc

    Stub.name, Stub.requires, Stub.assigns = name, requires, assigns  # type: ignore[attr-defined]
    return Stub


def test_registry_imports_no_component():
    code = ("import sys, newsprism.pipeline.registry, newsprism.pipeline.factories; "
            "print([m for m in sys.modules if m.startswith('newsprism.') and m.split('.')[1] in "
            "('nlp', 'events', 'claims', 'techniques', 'comments', 'story', 'encoder')])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": SRC})
    assert out.stdout.strip() == "[]"


def test_registry_name_clash_is_a_config_error():
    reg = Registry()
    a, b = _component("a"), _component("b")
    reg.register("test.a.v1", a)
    reg.register("test.a.v1", a)  # the same factory again is harmless
    with pytest.raises(ConfigError, match="already registered"):
        reg.register("test.a.v1", b)
    with pytest.raises(ConfigError, match="already registered"):
        reg.register_lazy("test.a.v1", "some.module:Thing")
    reg.register_lazy("test.b.v1", "some.module:Thing")
    with pytest.raises(ConfigError, match="already registered"):
        reg.register("test.b.v1", b)
    with pytest.raises(ConfigError, match="already registered"):
        REGISTRY.register("newsprism.sentences.v1", a)  # a plugin cannot take a built-in's name


def test_unknown_factory_names_the_known_ones():
    reg = Registry({"test.a.v1": "x:y"})
    with pytest.raises(ConfigError, match=r"unknown component 'test\.b\.v1'; known: test\.a\.v1"):
        reg.get("test.b.v1")


def test_a_broken_import_reports_its_root_cause_every_time():
    reg = Registry({"test.broken.v1": "newsprism_no_such_module.sub:Thing", "test.noattr.v1": "json:NoSuchThing"})
    for _ in range(2):
        with pytest.raises(ConfigError, match="newsprism_no_such_module") as info:
            reg.get("test.broken.v1")
        assert isinstance(info.value.__cause__, ModuleNotFoundError)
        assert "unknown component" not in str(info.value)
    with pytest.raises(ConfigError, match="NoSuchThing") as info:
        reg.get("test.noattr.v1")
    assert isinstance(info.value.__cause__, AttributeError)


def test_every_builtin_resolves_to_a_component_with_valid_names():
    for name in BUILTINS:
        factory = REGISTRY.get(name)
        for field in (*factory.requires, *factory.assigns):
            check_name(field)  # raises ConfigError on a name that is not in the model


@pytest.mark.parametrize("text, why", [
    ("{not json", "invalid pipeline config"),
    ('{"components": [{"factory": "newsprism.sentences.v1", "optionz": {}}]}', "invalid pipeline config"),
    ('{"name": "x"}', "invalid pipeline config"),
])
def test_bad_config_files_are_config_errors(tmp_path, text, why):
    path = tmp_path / "pipe.json"
    path.write_text(text)
    with pytest.raises(ConfigError, match=why) as info:
        load_config(path)
    assert info.value.input == str(path)


def test_config_naming_an_unknown_factory_is_a_config_error():
    cfg = PipelineConfig.model_validate({"components": [{"factory": "newsprism.nope.v1"}]})
    with pytest.raises(ConfigError, match="unknown component 'newsprism.nope.v1'"):
        Pipeline.from_config(cfg)
    with pytest.raises(ConfigError, match="invalid pipeline config"):
        load_config(Path("/nonexistent/pipe.json"))


@pytest.mark.parametrize("name", ["sentences", "comments.stance", "thread.civility.toxic_share",
                                  "events.evidence.start", "state.spacy", "state.encoded", "notes"])
def test_declared_names_that_exist_pass(name):
    check_name(name)


@pytest.mark.parametrize("name, why", [
    ("spacy", "no field 'spacy'"),  # the old assigns=("sentences", "spacy"): a slot named as a field
    ("state.nope", "not a state slot"),
    ("comments.nope", "comments has no field 'nope'"),
    ("text.upper", "text has no field 'upper'"),
])
def test_declared_names_are_checked_against_the_model(name, why):
    with pytest.raises(ConfigError, match=why):
        check_name(name)


def test_a_component_declaring_a_missing_field_is_refused_at_load():
    with pytest.raises(ConfigError, match="component 'bad'.*'spacy' names no field"):
        Pipeline([_component("bad", assigns=("sentences", "spacy"))()])


def test_an_unmet_requirement_is_refused_at_load():
    reader = _component("reader", requires=("state.spacy",))()
    with pytest.raises(ConfigError, match=r"component 'reader' requires \['state.spacy'\]"):
        Pipeline([reader])
    writer = _component("writer", assigns=("state.spacy",))()
    assert Pipeline([writer, reader]).names == ["writer", "reader"]


def test_frames_and_techniques_read_only_their_declared_passes():
    from newsprism.encoder.document import EncoderPassComponent
    from newsprism.techniques.components import FramesComponent, TechniqueModelComponent, TechniquesComponent

    assert "state.encoded" in EncoderPassComponent.assigns
    assert "state.encoded" in FramesComponent.requires
    assert "state.technique_lines" in TechniqueModelComponent.assigns
    assert "state.technique_lines" in TechniquesComponent.requires
    cfg = json.loads(Path(SRC, "newsprism/pipeline/default.json").read_text())
    with pytest.raises(ConfigError, match=r"component '(events|genre|frames)' requires \['state.encoded'\]"):
        Pipeline.from_config(PipelineConfig.model_validate(cfg), disable=["newsprism.encoder_pass.v1"])
    # without the technique layers, frames still run on the encoder pass
    off = ["newsprism.technique_model.v1", "newsprism.techniques.v1", "newsprism.technique_cues.v1"]
    assert "frames" in Pipeline.from_config(PipelineConfig.model_validate(cfg), disable=off).names


def test_state_is_per_document_passed_along_and_never_serialized(make_doc):
    seen: list[object] = []

    def write(doc: Document, state: DocState) -> None:
        state.spacy = [doc.id]  # type: ignore[list-item]  # any marker will do

    def read(doc: Document, state: DocState) -> None:
        seen.append(need(state.spacy, "spacy"))

    pipe = Pipeline([_component("w", assigns=("state.spacy",), run=write)(),
                     _component("r", requires=("state.spacy",), run=read)()])
    docs = [make_doc("One\nFirst body line.\n", "a.txt"), make_doc("Two\nSecond body line.\n", "b.txt")]
    out, states = pipe.pipe_with_state(docs)
    assert seen == [[docs[0].id], [docs[1].id]]
    assert [s.spacy for s in states] == seen
    assert "spacy" not in out[0].model_dump_json() and not hasattr(out[0], "_cache")
    with pytest.raises(AttributeError):
        states[0].undeclared = 1  # type: ignore[attr-defined]  # slots only: nothing undeclared rides along
    with pytest.raises(StateError, match="state.spacy is not set"):
        need(DocState().spacy, "spacy")


def test_a_failing_component_leaves_a_typed_error_note(make_doc):
    def boom(doc: Document, state: DocState) -> None:
        if doc.source == "bad.txt":
            raise ValueError("cannot read this one")
        doc.title = "done"

    pipe = Pipeline([_component("boomer", assigns=("title",), run=boom)()])
    good, bad = make_doc("One\nFirst body line.\n", "good.txt"), make_doc("Two\nSecond body line.\n", "bad.txt")
    result = analyze_documents([good, bad], pipeline=pipe, story=False)
    good, bad = result.documents
    assert good.title == "done" and not good.notes
    [note] = bad.notes
    assert (note.component, note.kind, note.message) == ("boomer", "error", "ValueError: cannot read this one")
    [err] = result.errors
    assert (err.input, err.kind) == ("bad.txt", "ComponentError")
    assert err.reason == "boomer failed: ValueError: cannot read this one"
