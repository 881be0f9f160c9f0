"""`quadrant completion bash|zsh`: scripts generated from the parser that know every
subcommand and option. The bash script is run in a real bash and asked for completions."""

import argparse
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from app.cli import build_parser, main


def children(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    groups = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(groups[0].choices) if groups else {}


def parsers(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """`quadrant` and every subcommand below it, with the words that reach it."""
    found = [(path, parser)]
    for name, child in children(parser).items():
        found += parsers(child, (*path, name))
    return found


ALL = parsers(build_parser())


def flags(parser: argparse.ArgumentParser) -> set[str]:
    return {flag for action in parser._actions for flag in action.option_strings}


def script(shell: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["completion", shell]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    return out


def test_every_subcommand_is_covered_including_completion_itself() -> None:
    paths = {" ".join(path) for path, _ in ALL}
    assert {"add", "list", "block", "block add", "block list", "print", "completion"} <= paths


@pytest.mark.parametrize("shell", ["bash", "zsh"])
def test_the_script_names_every_subcommand_and_option(
    shell: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text = script(shell, capsys)
    for path, parser in ALL:
        if path:
            assert path[-1] in text, path
        for flag in flags(parser):
            assert re.search(rf"(?<![\w-]){re.escape(flag)}(?![\w-])", text), (path, flag)


def complete(script_file: Path, *words: str, cwd: Path | None = None) -> list[str]:
    """What bash offers after `quadrant WORDS...` (the last word is the one being typed)."""
    probe = (
        f'source "{script_file}"\n'
        'COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()\n'
        "_quadrant\n"
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    done = subprocess.run(
        ["bash", "--norc", "--noprofile", "-c", probe, "bash", "quadrant", *words],
        capture_output=True, text=True, cwd=cwd, timeout=30, check=True,
    )  # fmt: skip
    assert done.stderr == ""
    return [line for line in done.stdout.splitlines() if line]


@pytest.fixture
def bash_script(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "quadrant.bash"
    path.write_text(script("bash", capsys), encoding="utf-8")
    return path


def test_bash_accepts_the_script(bash_script: Path) -> None:
    done = subprocess.run(["bash", "-n", str(bash_script)], capture_output=True, text=True)
    assert (done.returncode, done.stderr) == (0, "")


@pytest.mark.parametrize(
    ("path", "parser"), ALL, ids=[" ".join(path) or "quadrant" for path, _ in ALL]
)
def test_bash_offers_each_subcommands_commands_then_options(
    bash_script: Path, path: tuple[str, ...], parser: argparse.ArgumentParser
) -> None:
    below = set(children(parser))
    if path == ("completion",):
        below = {"bash", "zsh"}
    assert set(complete(bash_script, *path, "")) == (below or flags(parser))
    assert set(complete(bash_script, *path, "-")) == flags(parser)


def test_bash_completes_values_after_options_that_take_them(
    bash_script: Path, tmp_path: Path
) -> None:
    (tmp_path / "plans").mkdir()
    (tmp_path / "plan.pdf").touch()
    assert complete(bash_script, "--data-dir", "pl", cwd=tmp_path) == ["plans"]
    assert complete(bash_script, "--data-dir", "plans", "block", "l") == ["list"]
    assert sorted(complete(bash_script, "print", "-o", "pl", cwd=tmp_path)) == [
        "plan.pdf",
        "plans",
    ]
    assert complete(bash_script, "add", "--due", "") == []  # typed, not chosen
    assert complete(bash_script, "add", "Call the bank", "--j") == ["--json"]


def test_zsh_accepts_the_script(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    zsh = shutil.which("zsh")
    if zsh is None:
        pytest.skip("zsh is not installed (scripts/setup-env test installs it)")
    path = tmp_path / "_quadrant"
    path.write_text(script("zsh", capsys), encoding="utf-8")
    done = subprocess.run([zsh, "-n", str(path)], capture_output=True, text=True)
    assert (done.returncode, done.stderr) == (0, "")
