"""`quadrant completion bash|zsh`: a shell completion script, generated from the parser.

The script is built by walking the same argparse parser that `main` runs (`command_tree`), so
a subcommand or option is completable as soon as it is declared; nothing here names one.
Option values complete from the option's `choices`; a value shown as FILE completes file
names and one shown as DIR folder names; any other value is the user's to type.
"""

import argparse
import shlex
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.cli.session import PROG, add_subcommand

SHELLS = ("bash", "zsh")
EXAMPLES = (
    'eval "$(quadrant completion bash)"   # in ~/.bashrc',
    "quadrant completion zsh > ~/.zfunc/_quadrant"
    "   # with fpath+=(~/.zfunc) before compinit in ~/.zshrc",
)
FILE_VALUES = {"FILE": "files", "DIR": "folders"}  # metavars whose values are paths


@dataclass(frozen=True)
class Option:
    """One option of a subcommand, as a shell needs to know it."""

    flags: tuple[str, ...]
    summary: str
    value_name: str | None  # None: a flag that takes no value
    choices: tuple[str, ...]
    repeatable: bool
    excludes: tuple[str, ...]  # flags it cannot be given with, its own included


@dataclass(frozen=True)
class Positional:
    name: str
    choices: tuple[str, ...]


@dataclass(frozen=True)
class Subcommand:
    """A parser in the tree: `quadrant` itself (path ()), or `block add` (path ("block", "add"))."""

    path: tuple[str, ...]
    summary: str
    options: tuple[Option, ...]
    positionals: tuple[Positional, ...]
    children: tuple["Subcommand", ...]

    def walk(self) -> Iterator["Subcommand"]:
        """This subcommand, then all below it, parents before children."""
        yield self
        for child in self.children:
            yield from child.walk()


def add_parser(
    commands: "argparse._SubParsersAction[argparse.ArgumentParser]", root: argparse.ArgumentParser
) -> None:
    """Add `completion` to the `quadrant` command line; `root` is the parser it describes."""
    completion = add_subcommand(commands, "completion", "print a shell completion script", EXAMPLES)
    completion.add_argument("shell", choices=SHELLS, help="the shell it is for")

    def run(args: argparse.Namespace, data_dir: Path) -> int:
        tree = command_tree(root)
        print(bash_script(tree) if args.shell == "bash" else zsh_script(tree), end="")
        return 0

    completion.set_defaults(run=run)


def command_tree(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = (), summary: str = ""
) -> Subcommand:
    """What `parser` and its subparsers accept, read from the parser itself."""
    groups = [group._group_actions for group in parser._mutually_exclusive_groups]
    options, positionals, children = [], [], []
    for action in parser._actions:
        if action.help == argparse.SUPPRESS:
            continue
        if isinstance(action, argparse._SubParsersAction):
            summaries = {choice.dest: choice.help or "" for choice in action._choices_actions}
            children += [
                command_tree(child, (*path, name), summaries.get(name, ""))
                for name, child in action.choices.items()
            ]
        elif action.option_strings:
            excludes = [*action.option_strings]
            for group in groups:
                if action in group:
                    excludes += [flag for other in group for flag in other.option_strings]
            options.append(
                Option(
                    flags=tuple(action.option_strings),
                    summary=action.help or "",
                    value_name=_value_name(action),
                    choices=tuple(str(choice) for choice in action.choices or ()),
                    repeatable=isinstance(action, argparse._AppendAction),
                    excludes=tuple(dict.fromkeys(excludes)),
                )
            )
        else:
            name = action.metavar if isinstance(action.metavar, str) else action.dest
            choices = tuple(str(choice) for choice in action.choices or ())
            positionals.append(Positional(name, choices))
    return Subcommand(path, summary, tuple(options), tuple(positionals), tuple(children))


def _value_name(action: argparse.Action) -> str | None:
    if action.nargs == 0:
        return None
    if isinstance(action.metavar, str):
        return action.metavar
    return action.dest.upper()


# -- bash -------------------------------------------------------------------------------------


def bash_script(tree: Subcommand) -> str:
    """A script for bash; `eval "$(quadrant completion bash)"` turns it on."""
    function = f"_{PROG}"
    steps, values, offers = [], [], []
    for command in tree.walk():
        at = " ".join(command.path)
        for child in command.children:
            steps.append(f"{_q(at + '/' + child.path[-1])}) path={_q(' '.join(child.path))} ;;")
        for option in command.options:
            if option.value_name is None:
                continue
            patterns = " | ".join(_q(f"{at}/{flag}") for flag in option.flags)
            steps.append(f"{patterns}) skip=1 ;;")
            if option.choices or option.value_name in FILE_VALUES:
                values.append(f"{patterns}) {_bash_values(option)} ;;")
        words = [child.path[-1] for child in command.children]
        words += [choice for positional in command.positionals for choice in positional.choices]
        flags = [flag for option in command.options for flag in option.flags]
        offers.append(f"{_q(at)}) commands={_q(' '.join(words))} options={_q(' '.join(flags))} ;;")
    return "\n".join(
        [
            f"# bash completion for {PROG}, generated by `{PROG} completion bash`.",
            f'# Turn it on in ~/.bashrc: eval "$({PROG} completion bash)"',
            f"{function}() {{",
            "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}",
            "    local path='' skip=0 i commands='' options=''",
            "    for ((i = 1; i < COMP_CWORD; i++)); do",
            "        if ((skip)); then skip=0; continue; fi",
            '        case "$path/${COMP_WORDS[i]}" in',
            *(f"            {step}" for step in steps),
            "        esac",
            "    done",
            "    if ((skip)); then",
            '        case "$path/$prev" in',
            *(f"            {value}" for value in values),
            "        esac",
            "        return 0  # any other value is the user's to type",
            "    fi",
            '    case "$path" in',
            *(f"        {offer}" for offer in offers),
            "    esac",
            "    if [[ $cur == -* || -z $commands ]]; then commands=$options; fi",
            '    mapfile -t COMPREPLY < <(compgen -W "$commands" -- "$cur")',
            "}",
            f"complete -F {function} {PROG}",
            "",
        ]
    )


def _bash_values(option: Option) -> str:
    """Completes the value of `option`, which has choices or is a path."""
    if option.choices:
        return f'mapfile -t COMPREPLY < <(compgen -W {_q(" ".join(option.choices))} -- "$cur")'
    found = "-d" if FILE_VALUES.get(option.value_name or "") == "folders" else "-f"
    return f'compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen {found} -- "$cur")'


def _q(text: str) -> str:
    """`text` as one shell word (bash and zsh quote the same way here)."""
    return shlex.quote(text)


# -- zsh --------------------------------------------------------------------------------------


def zsh_script(tree: Subcommand) -> str:
    """A script for zsh: save it as `_quadrant` in a folder on $fpath, or source it."""
    lines = [
        f"#compdef {PROG}",
        f"# zsh completion for {PROG}, generated by `{PROG} completion zsh`.",
        f"# Save it as _{PROG} in a folder on $fpath (before compinit), or source it after.",
        "",
    ]
    for command in tree.walk():
        lines += _zsh_function(command)
    lines += [
        "if [[ $zsh_eval_context[-1] == loadautofunc ]]; then",
        f'    _{PROG} "$@"',
        "else",
        f"    compdef _{PROG} {PROG}",
        "fi",
        "",
    ]
    return "\n".join(lines)


def _zsh_name(command: Subcommand) -> str:
    return "_" + "_".join((PROG, *command.path)).replace("-", "_")


def _zsh_function(command: Subcommand) -> list[str]:
    specs = [_zsh_spec(option, flag) for option in command.options for flag in option.flags]
    if command.children:
        specs += ["': :->command'", "'*:: :->argument'"]
    else:
        for position in command.positionals:
            action = f"({' '.join(position.choices)})" if position.choices else " "
            specs.append(_q(f":{position.name}:{action}"))
    body = [
        f"{_zsh_name(command)}() {{",
        "    local curcontext=$curcontext state state_descr line ret=1",
        "    typeset -A opt_args",
        "    _arguments -C -S \\",
        *(f"        {spec} \\" for spec in specs[:-1]),
        f"        {specs[-1]} && ret=0",
    ]
    if command.children:
        where = " ".join((PROG, *command.path))
        described = [_q(_zsh_item(child)) for child in command.children]
        body += [
            "    case $state in",
            "        command)",
            f"            local -a commands=({' '.join(described)})",
            f"            _describe -t commands {_q(where + ' command')} commands && ret=0 ;;",
            "        argument)",
            f"            curcontext=${{curcontext%:*:*}}:{where.replace(' ', '-')}-$words[1]:",
            "            case $words[1] in",
            *(
                f"                {_q(child.path[-1])}) {_zsh_name(child)} && ret=0 ;;"
                for child in command.children
            ),
            "            esac ;;",
            "    esac",
        ]
    return [*body, "    return ret", "}", ""]


def _zsh_item(command: Subcommand) -> str:
    """`name:summary`, as `_describe` takes it (a colon in the name is escaped)."""
    return command.path[-1].replace(":", "\\:") + ":" + command.summary


def _zsh_spec(option: Option, flag: str) -> str:
    """One `_arguments` spec: (excluded flags)flag[summary]:VALUE:how to complete it."""
    summary = option.summary.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    spec = f"*{flag}" if option.repeatable else f"({' '.join(option.excludes)}){flag}"
    spec += f"[{summary}]"
    if option.value_name is not None:
        kind = FILE_VALUES.get(option.value_name)
        if option.choices:
            action = f"({' '.join(option.choices)})"
        elif kind is not None:
            action = "_files -/" if kind == "folders" else "_files"
        else:
            action = " "  # a value the user types: show its name, offer nothing
        spec += f":{option.value_name}:{action}"
    return _q(spec)
