# A graph file truncated in place by another program while kg has it mapped: kg exits with status 2 and an error
# naming the file, not with SIGBUS (issue 15, item 2).
source "$(dirname "$0")/common.sh"
make_dense_graph
for size in 0 3000; do  # every page lost, or all but the first
  cp "$work/dense.kg" "$work/victim.kg"
  status=0
  "$KG" path "$work/victim.kg" n0 n1 --all --max-hops 24 --limit 100000000 --time-limit 30 \
    >"$work/out" 2>"$work/err" &
  pid=$!
  wait_until_mapped "$pid" victim.kg
  sleep 0.2
  truncate -s "$size" "$work/victim.kg"
  wait "$pid" || status=$?
  [[ $status == 2 ]] || fail "truncated to $size bytes: exit status $status, expected 2; stderr: $(cat "$work/err")"
  grep -qF "kg: error: $work/victim.kg: the graph file changed while kg was reading it" "$work/err" ||
    fail "truncated to $size bytes: unexpected stderr: $(cat "$work/err")"
done
echo "ok"
