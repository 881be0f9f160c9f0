"""`quadrant COMMAND --help`: every subcommand ends its help with examples, and the README's
"From a terminal" examples are the ones its --help shows."""

import argparse
import re
from pathlib import Path

import pytest

from app.cli import build_parser, main

README = Path(__file__).parents[2] / "README.md"


def readme_examples() -> list[str]:
    """The command lines in the shell blocks of README's "From a terminal" section."""
    section = README.read_text(encoding="utf-8").split("### From a terminal", 1)[1]
    section = section.split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", section, re.S)
    return [line for block in blocks for line in block.splitlines() if "quadrant " in line]


def children(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    groups = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(groups[0].choices) if groups else {}


def all_subcommands(parser: argparse.ArgumentParser) -> list[list[str]]:
    """Every subcommand's words, groups before their actions: ["add"], ..., ["block", "add"]."""
    return [
        [name, *rest]
        for name, child in children(parser).items()
        for rest in [[], *all_subcommands(child)]
    ]


def subcommand_of(line: str) -> list[str]:
    """The subcommand words of `line` (`["block", "add"]`), found by walking the parser."""
    typed = re.search(r"quadrant((?:\s+[a-z][\w-]*)*)", line)
    assert typed is not None
    words = typed[1].split()
    parser, path = build_parser(), []
    while words and words[0] in children(parser):
        parser = children(parser)[words[0]]
        path.append(words.pop(0))
    return path


def help_of(path: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main([*path, "--help"]) == 0
    return capsys.readouterr().out


def squeezed(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("line", readme_examples())
def test_each_readme_example_is_in_its_subcommands_help(
    line: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = subcommand_of(line)
    assert path, line
    shown = [
        squeezed(text) for text in help_of(path, capsys).split("examples:\n", 1)[1].splitlines()
    ]
    assert squeezed(line) in shown


@pytest.mark.parametrize("path", all_subcommands(build_parser()), ids=" ".join)
def test_every_subcommand_shows_examples_of_itself(
    path: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    text = help_of(path, capsys)
    examples = text.split("\nexamples:\n", 1)[1].splitlines()
    assert examples
    assert all(f"quadrant {' '.join(path)}" in example for example in examples)
