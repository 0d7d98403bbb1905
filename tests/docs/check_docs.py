"""Runs the command blocks of kg's Markdown documents and checks that they print what the documents claim.

Conventions (also in tests/README.md, "Docs test"):

* A ```sh block is a list of commands (a line ending in `\\` continues on the next). Each runs with bash in a
  sandbox and must exit with status 0. Comments (`# ...`) are fine.
* A ```console block shows commands and their output: a line `$ COMMAND` runs COMMAND, and the lines up to the
  next `$ ` line are its expected output (stdout and stderr together). A line `...` stands for any number of
  lines; a last line `(exit status N)` expects status N instead of 0. Trailing blank lines are ignored.
* A ```cpp block that defines `main` is compiled (-fsyntax-only, C++20) against the public headers.
* A block that must not run (it needs a server, a path outside the sandbox, hours) is preceded by the line
  `<!-- docs-test: skip (REASON) -->`. Blocks in other languages (json, csv, cypher, cpp, ...) are not run.

The sandbox is a fresh folder per document, holding links to the repository's examples/, tests/, scripts/ and
bench/, an empty out/, and case.kg built from examples/tajikistan-2010/case.json; `kg` on PATH is the build's.
Blocks of one document run in order in the same sandbox, so a later block sees what an earlier one wrote.

    /usr/bin/python3 tests/docs/check_docs.py --kg build/dev/cli/kg --root . [FILE.md ...]

Exit status 1 when a claim does not hold, with one message per failure: file:line, block number, the command and
the difference.
"""
import argparse
import difflib
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = re.compile(r"^<!-- docs-test: skip \((.+)\) -->$")
FENCE = re.compile(r"^```(\w*)\s*$")
EXIT = re.compile(r"^\(exit status (\d+)\)$")


def blocks(path):
    """(first line number, language, lines, skipped) for every fenced block of a Markdown file."""
    with open(path, encoding="utf-8") as stream:
        lines = stream.read().split("\n")
    found, i = [], 0
    while i < len(lines):
        match = FENCE.match(lines[i])
        if match:
            language, start = match.group(1), i
            previous = next((lines[k] for k in range(i - 1, -1, -1) if lines[k].strip()), "")
            j = i + 1
            while j < len(lines) and lines[j].rstrip() != "```":
                j += 1
            found.append((start + 1, language, lines[i + 1:j], bool(SKIP.match(previous.strip()))))
            i = j + 1
        else:
            i += 1
    return found


def commands_of_sh(lines, first):
    """(line number, command) for each command of a sh block, continuation lines joined."""
    result, pending, at = [], "", None
    for offset, line in enumerate(lines):
        if at is None:
            at = first + 1 + offset
        if line.rstrip().endswith("\\"):
            pending += line.rstrip()[:-1] + " "
            continue
        command = (pending + line).strip()
        pending = ""
        if command and not command.startswith("#"):
            result.append((at, command))
        at = None
    return result


def console_steps(lines, first):
    """(line number, command, expected lines, expected status) for each `$ ` command of a console block."""
    steps = []
    for offset, line in enumerate(lines):
        if line.startswith("$ "):
            steps.append([first + 1 + offset, line[2:], [], 0])
        elif steps:
            match = EXIT.match(line.strip())
            if match:
                steps[-1][3] = int(match.group(1))
            else:
                steps[-1][2].append(line)
    for step in steps:
        while step[2] and not step[2][-1].strip():
            step[2].pop()
    return steps


def matches(expected, actual):
    """True when actual lines fit expected lines, a `...` line standing for any number of lines."""
    if not expected:
        return not actual
    if expected[0] == "...":
        return any(matches(expected[1:], actual[k:]) for k in range(len(actual) + 1))
    return bool(actual) and expected[0] == actual[0] and matches(expected[1:], actual[1:])


def sandbox(root, kg):
    folder = tempfile.mkdtemp(prefix="kg-docs-")
    for name in ("examples", "tests", "scripts", "bench"):
        os.symlink(os.path.join(root, name), os.path.join(folder, name))
    os.mkdir(os.path.join(folder, "out"))
    bin_dir = os.path.join(folder, ".bin")
    os.mkdir(bin_dir)
    os.symlink(os.path.abspath(kg), os.path.join(bin_dir, "kg"))
    env = dict(os.environ, PATH=bin_dir + os.pathsep + os.environ.get("PATH", ""), LC_ALL="C.UTF-8")
    subprocess.run(["kg", "build", "-q", "examples/tajikistan-2010/case.json", "-o", "case.kg"], cwd=folder,
                   env=env, check=True)
    return folder, env


def run(command, folder, env):
    done = subprocess.run(["bash", "-c", command], cwd=folder, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, timeout=300)
    return done.returncode, done.stdout.decode("utf-8", "replace")


def check_file(path, root, kg, name):
    failures, ran = [], 0
    folder, env = sandbox(root, kg)
    try:
        for number, (line, language, lines, skipped) in enumerate(blocks(path), 1):
            if skipped or language not in ("sh", "console", "cpp"):
                continue
            if language == "cpp":
                if any("int main" in text for text in lines):
                    ran += 1
                    problem = compile_cpp(lines, root)
                    if problem:
                        failures.append(f"{name}:{line}: block {number} (cpp) does not compile:\n" + indent(problem))
                continue
            if language == "sh":
                for at, command in commands_of_sh(lines, line):
                    ran += 1
                    status, output = run(command, folder, env)
                    if status != 0:
                        failures.append(f"{name}:{at}: block {number} (sh), command `{command}`: exit status "
                                        f"{status}, expected 0; it printed:\n" + indent(output))
                continue
            steps = console_steps(lines, line)
            if not steps:
                failures.append(f"{name}:{line}: block {number} (console) has no `$ command` line")
            for at, command, expected, want in steps:
                ran += 1
                status, output = run(command, folder, env)
                actual = output.rstrip("\n").split("\n") if output.strip() else []
                problems = []
                if status != want:
                    problems.append(f"exit status {status}, expected {want}")
                if not matches(expected, actual):
                    diff = difflib.unified_diff(expected, actual, "documented", "printed", lineterm="", n=2)
                    problems.append("output differs ('...' matches any lines):\n" + indent("\n".join(diff)))
                if problems:
                    failures.append(f"{name}:{at}: block {number} (console), command `{command}`: " +
                                    "; ".join(problems))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return failures, ran


def compile_cpp(lines, root):
    """The compiler's messages when the program does not compile against kg's public headers, else None."""
    includes = [f"-I{os.path.join(root, name, 'include')}" for name in sorted(os.listdir(root))
                if os.path.isdir(os.path.join(root, name, "include"))]
    with tempfile.NamedTemporaryFile("w", suffix=".cpp", encoding="utf-8") as source:
        source.write("\n".join(lines) + "\n")
        source.flush()
        done = subprocess.run(["c++", "-std=c++20", "-fsyntax-only", *includes, source.name],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    return None if done.returncode == 0 else done.stdout.decode("utf-8", "replace")


def indent(text):
    return "\n".join("    " + line for line in text.rstrip("\n").split("\n"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kg", required=True, help="the kg executable to run")
    parser.add_argument("--root", required=True, help="the repository")
    parser.add_argument("files", nargs="*", help="Markdown files (default: README.md, docs/*.md, examples/*/README.md)")
    args = parser.parse_args()
    root = os.path.abspath(args.root)
    if not args.files:
        args.files = [os.path.join(root, "README.md")] + sorted(glob.glob(os.path.join(root, "docs", "*.md"))) + \
            sorted(glob.glob(os.path.join(root, "examples", "*", "README.md")))
    failures, ran = [], 0
    for path in args.files:
        name = os.path.relpath(os.path.abspath(path), root)
        found, count = check_file(os.path.abspath(path), root, args.kg, name)
        failures += found
        ran += count
    for failure in failures:
        print(failure, file=sys.stderr)
    print(f"docs: {ran} commands in {len(args.files)} files, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
