"""The installed `openscore` command, as a user runs it: a separate process, any directory."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest


def openscore(*args: str, cwd: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    command = shutil.which("openscore") or pytest.skip("openscore is not installed as a command")
    return subprocess.run([command, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=60)


def test_installed_command_rates_from_any_directory(tmp_path):
    result = openscore("rate", "llama-3", cwd=str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "Llama 3" in result.stdout
    assert "restricted weights" in result.stdout


def test_python_dash_m_works(tmp_path):
    result = subprocess.run([sys.executable, "-m", "openscore", "compare", "qwen2", "glm-4", "--format", "json"],
                            capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert result.returncode == 0, result.stderr
    assert [c["model_id"] for c in json.loads(result.stdout)["scorecards"]] == ["qwen2", "glm-4"]


def test_user_error_is_one_line_without_traceback(tmp_path):
    result = openscore("rate", "lama-3", cwd=str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert "did you mean llama-3" in result.stderr and "Traceback" not in result.stderr


def test_no_colour_when_piped_and_with_no_color(tmp_path):
    env = {**os.environ, "NO_COLOR": "1", "FORCE_COLOR": ""}
    result = openscore("rate", "llama-3", cwd=str(tmp_path), env=env)
    assert "\x1b[" not in result.stdout


def test_rate_does_not_import_huggingface_hub(tmp_path):
    code = ("import sys; from openscore.cli.app import app\n"
            "try:\n    app(['rate', 'llama-3'], standalone_mode=False)\nexcept SystemExit:\n    pass\n"
            "print('huggingface_hub' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False"
