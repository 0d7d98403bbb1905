# Ctrl-C (SIGINT) or SIGTERM while kg export writes its output: kg dies of the signal and leaves no
# `.tmp-XXXXXX` file beside the output (issue 15, item 11).
source "$(dirname "$0")/common.sh"
set -m  # job control: a background job does not inherit SIGINT ignored, as it would without
awk 'BEGIN { for (i = 0; i < 400000; i++) printf "{\"subject\": \"n%d\", \"predicate\": \"next\", \"object\": \"n%d\"}\n", i, i + 1 }' \
  >"$work/chain.jsonl"
"$KG" build -q "$work/chain.jsonl" -o "$work/chain.kg"
mkdir "$work/out"
# Starts kg export and freezes it while its temporary file exists; sets frozen to its pid, or leaves it empty when
# the export finished first (then the caller tries again).
frozen=""
start_and_freeze() {
  "$KG" export -q "$work/chain.kg" -o "$work/out/chain.graphml" &
  local pid=$! i
  for ((i = 0; i < 4000; i++)); do
    if compgen -G "$work/out/chain.graphml.tmp-*" >/dev/null && kill -STOP "$pid" 2>/dev/null; then
      if compgen -G "$work/out/chain.graphml.tmp-*" >/dev/null; then  # still mid-write, now frozen
        frozen=$pid
        return
      fi
      kill -CONT "$pid"
      break
    fi
    sleep 0.002
  done
  wait "$pid" || true
  rm -f "$work/out/"*
}

for signal in INT TERM; do
  frozen=""
  for attempt in 1 2 3 4 5; do
    start_and_freeze
    [[ -n $frozen ]] && break
  done
  pid=$frozen
  [[ -n $pid ]] || fail "kg export always finished before it could be interrupted: use a larger graph"
  status=0
  kill -"$signal" "$pid"
  kill -CONT "$pid"
  wait "$pid" || status=$?
  # Under job control, wait may first report the SIGSTOP it saw (128 + 19); the next wait reports the end.
  while [[ $status == $((128 + $(kill -l STOP))) ]]; do
    status=0
    wait "$pid" || status=$?
  done
  expected=$((128 + $(kill -l "$signal")))
  [[ $status == "$expected" ]] || fail "SIG$signal: exit status $status, expected $expected (killed by the signal)"
  leftover=$(ls -A "$work/out")
  [[ -z $leftover ]] || fail "SIG$signal left files behind: $leftover"
done
echo "ok"
