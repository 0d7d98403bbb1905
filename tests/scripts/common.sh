# Shared by the script tests (tests/scripts/*.sh), which ctest runs as `bash TEST KG`: a scratch folder removed on
# exit, a failure helper, and a graph whose path searches run for as long as they are allowed to.
set -euo pipefail
KG=${1:?usage: $0 PATH_TO_KG}
work=$(mktemp -d "${TMPDIR:-/tmp}/kg-script-test.XXXXXX")
trap 'rm -rf "$work"' EXIT

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# $work/dense.kg: 25 entities, each joined to every other, so simple paths between two of them are too many to
# list: `kg path dense.kg n0 n1 --all --max-hops 24 --limit 100000000` runs until its --time-limit.
make_dense_graph() {
  local i j
  for ((i = 0; i < 25; i++)); do
    for ((j = i + 1; j < 25; j++)); do
      printf '{"subject": "n%d", "predicate": "knows", "object": "n%d"}\n' "$i" "$j"
    done
  done >"$work/dense.jsonl"
  "$KG" build -q "$work/dense.jsonl" -o "$work/dense.kg"
}

# Waits until process $1 has mapped file $2 (or 5 s, for a system without /proc).
wait_until_mapped() {
  local i
  for ((i = 0; i < 100; i++)); do
    grep -q "$2" "/proc/$1/maps" 2>/dev/null && return 0
    sleep 0.05
  done
}
