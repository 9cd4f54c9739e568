"""README's settings table lists exactly the environment variables the code reads: found by parsing
config/settings.py and config/gunicorn.conf.py for os.environ / os.getenv / env_* helper calls."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.conftest import ROOT

CONFIG_FILES = [ROOT / "config" / "settings.py", ROOT / "config" / "gunicorn.conf.py"]
ENV_HELPERS = {"env_bool", "env_int", "env_path", "env_list"}
# Read by a library rather than by our code: dj_database_url.config() reads DATABASE_URL.
READ_BY_LIBRARIES = {"DATABASE_URL"}


def _name(node: ast.AST) -> str:
    """Dotted name of a call target: os.environ.get, env_int, ..."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_name(node.value)}.{node.attr}"
    return ""


def variables_read(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    # The env_* helpers themselves read os.environ[name] for the name they are given.
    nodes = [
        node
        for top in tree.body
        if not (isinstance(top, ast.FunctionDef) and top.name in ENV_HELPERS)
        for node in ast.walk(top)
    ]
    found = set()
    for node in nodes:
        key = None
        if isinstance(node, ast.Call) and node.args:
            target = _name(node.func)
            if target in ENV_HELPERS | {"os.environ.get", "os.getenv", "os.environ.setdefault"}:
                key = node.args[0]
        elif isinstance(node, ast.Subscript) and _name(node.value) == "os.environ":
            key = node.slice
        if key is not None:
            assert isinstance(key, ast.Constant) and isinstance(key.value, str), (
                f"{path.name}:{node.lineno} reads an environment variable whose name is not a literal"
            )
            found.add(key.value)
    return found


def readme_table() -> set[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split("\n## Settings\n", 1)[1].split("\n## ", 1)[0]
    names = set()
    for line in table.splitlines():
        if line.startswith("| `"):
            first_cell = line.split("|")[1]
            names |= set(re.findall(r"`([A-Z][A-Z0-9_]+)`", first_cell))
    return names


def test_the_parser_finds_every_way_the_config_reads_the_environment(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import os\nA = os.environ.get('ONE')\nB = env_int('TWO', 1)\nC = os.environ['THREE']\n"
        "D = os.getenv('FOUR')\nE = env_list('FIVE', [])\n",
        encoding="utf-8",
    )
    assert variables_read(sample) == {"ONE", "TWO", "THREE", "FOUR", "FIVE"}


def test_the_readme_settings_table_lists_every_variable_the_code_reads_and_no_other():
    read = set().union(*(variables_read(path) for path in CONFIG_FILES)) | READ_BY_LIBRARIES
    documented = readme_table()
    assert read - documented == set(), "read by the code but missing from README's settings table"
    assert documented - read == set(), "in README's settings table but read by nothing"
    assert "GUNICORN_KEEPALIVE" in read and "DJANGO_LOG_LEVEL" in read  # the parser sees both files
