#!/usr/bin/python3
"""Runs one command and writes its wall time and peak resident memory as JSON (compare-peers' ingest rows):

    /usr/bin/python3 bench/measure_process.py --json build.json --output g.kg -- kg build a.csv b.csv -o g.kg

{"seconds": wall time, "peak_rss_bytes": the child's maximum resident set size (wait4's ru_maxrss),
"exit_status": its status, and with --output FILE "output_bytes": that file's size}. The command's own output
goes to stderr; a failed command fails this script."""
import argparse
import json
import os
import subprocess
import sys
import time


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", required=True, help="where to write the measurement")
    parser.add_argument("--output", help="a file the command writes: its size is recorded as output_bytes")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- COMMAND ARGS...")
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no command given")
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=sys.stderr)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    exit_status = os.waitstatus_to_exitcode(status)
    result = {"seconds": seconds, "peak_rss_bytes": usage.ru_maxrss * 1024, "exit_status": exit_status}
    if args.output and os.path.exists(args.output):
        result["output_bytes"] = os.path.getsize(args.output)
    with open(args.json, "w", encoding="utf-8") as f:
        json.dump(result, f)
    if exit_status != 0:
        print(f"measure_process.py: {command[0]} exited with status {exit_status}", file=sys.stderr)
    return 0 if exit_status == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
