"""--device: cuda without onnxruntime-gpu is a one-line error and exit 2, before anything is analyzed."""

import onnxruntime as ort
import pytest
from typer.testing import CliRunner

from newsprism.cli.app import app


@pytest.mark.parametrize("command", ["analyze", "batch"])
def test_device_cuda_without_a_cuda_provider_is_a_clear_error(command, examples_dir, tmp_path):
    if "CUDAExecutionProvider" in ort.get_available_providers():
        pytest.skip("this machine has onnxruntime-gpu")
    extra = ["--db", str(tmp_path / "s.sqlite"), "--quiet"] if command == "batch" else []
    res = CliRunner().invoke(app, [command, str(examples_dir), "--device", "cuda", *extra])
    assert res.exit_code == 2
    assert "CUDAExecutionProvider" in res.output and "onnxruntime-gpu" in res.output
    assert not (tmp_path / "s.sqlite").exists()


def test_unknown_device_is_refused(examples_dir):
    res = CliRunner().invoke(app, ["analyze", str(examples_dir), "--device", "tpu"])
    assert res.exit_code == 2 and "choose cpu or cuda" in res.output
