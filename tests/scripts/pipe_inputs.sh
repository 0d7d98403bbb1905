# Inputs from pipes and FIFOs are read once: `… | kg build /dev/stdin` builds the graph, a FIFO input with warnings
# does not hang, and an error in a pipe still quotes its line with a caret (issue 15, item 10).
source "$(dirname "$0")/common.sh"
facts='{"id": "a", "type": "Person"}
{"subject": "a", "predicate": "knows", "object": "b"}
{"subject": "a", "predicate": "knows", "object": "c"}'

printf '%s\n' "$facts" | "$KG" build -q /dev/stdin -o "$work/piped.kg" || fail "kg build /dev/stdin failed"
"$KG" info --format json "$work/piped.kg" | grep -q '"nodes": 3' || fail "the piped graph lacks nodes"

mkfifo "$work/facts.fifo"
printf '%s\n' "$facts" >"$work/facts.fifo" &
status=0
timeout 20 "$KG" build "$work/facts.fifo" -o "$work/fifo.kg" 2>"$work/err" || status=$?
[[ $status == 0 ]] || fail "kg build FIFO: exit status $status (124: it hung); stderr: $(cat "$work/err")"
grep -q 'facts.fifo:2:50: warning: unknown entity "b"' "$work/err" || fail "no warning: $(cat "$work/err")"
grep -qxF '{"subject": "a", "predicate": "knows", "object": "b"}' "$work/err" || fail "no quoted line: $(cat "$work/err")"

status=0
printf '{"subject": "a", "predicate": "knows", "object": 12}\n{"subject": "a"}\n' |
  "$KG" build /dev/stdin -o "$work/bad.kg" 2>"$work/err" || status=$?
[[ $status == 2 ]] || fail "a bad piped input: exit status $status"
expected='/dev/stdin:1:50: error: "object" must be a string or an object, got number
{"subject": "a", "predicate": "knows", "object": 12}
                                                 ^'
[[ $(cat "$work/err") == "$expected" ]] || fail "unexpected stderr: $(cat "$work/err")"
[[ ! -e $work/bad.kg ]] || fail "a failed build wrote its output"
echo "ok"
