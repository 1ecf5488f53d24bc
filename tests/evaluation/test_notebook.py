"""The example notebook: saved without outputs, and it runs top to bottom in a kernel of this environment."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
NOTEBOOK = REPO / "examples" / "notebooks" / "evaluate_and_retrain.ipynb"
KERNEL = "arabic-release-nlp-tests"


def test_the_notebook_is_saved_without_outputs():
    notebook = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]
    assert code
    for cell in code:
        assert cell["outputs"] == [], "".join(cell["source"])[:80]
        assert cell["execution_count"] is None, "".join(cell["source"])[:80]


@pytest.fixture
def venv_kernel(tmp_path, monkeypatch) -> str:
    """A kernel spec that runs this interpreter (the virtualenv's), found first through JUPYTER_PATH."""
    folder = tmp_path / "kernels" / KERNEL
    folder.mkdir(parents=True)
    spec = {"argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
            "display_name": "arabic_release_nlp (tests)", "language": "python"}
    (folder / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path))
    monkeypatch.delenv("MPLBACKEND", raising=False)  # the kernel's inline backend turns figures into PNG outputs
    return KERNEL


def test_the_notebook_runs_top_to_bottom(venv_kernel):
    for module in ("nbformat", "nbclient", "ipykernel", "pandas", "matplotlib"):
        pytest.importorskip(module, reason=f"{module} is not installed: pip install -e '.[notebook]'")
    import nbclient
    import nbformat

    notebook = nbformat.read(NOTEBOOK, as_version=4)
    # Started where a reader would open it, so the notebook finds the repository on its own.
    client = nbclient.NotebookClient(notebook, kernel_name=venv_kernel, timeout=600,
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()  # raises CellExecutionError, with the cell and traceback, if any cell fails
    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [output for output in outputs if output.output_type == "error"]
    assert sum("image/png" in output.get("data", {}) for output in outputs) >= 2
    html = [output["data"]["text/html"] for output in outputs if "text/html" in output.get("data", {})]
    assert any("micro F1" in table for table in html)  # the evaluation's notebook view
