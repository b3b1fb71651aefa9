# limber --simulate: the timeline, to the millisecond, against golden
# files worked out by hand from the timing rules.
. "$(dirname "$0")/lib.sh"
golden="$data/simulate"

run 0 --simulate "$data/good/timeline-sample.yaml"
same "$tmp/out" "$golden/timeline-sample.jsonl"

# By id, through --routines, in English by default.
run 0 --routines "$data/good" --simulate timeline-sample
same "$tmp/out" "$golden/timeline-sample.jsonl"

run 0 --simulate "$data/good/timeline-sample.yaml" --lang uk \
    --pause-at 12s --resume-at 20s --pause-at 1m --resume-at 1m30s
same "$tmp/out" "$golden/timeline-sample-paused-uk.jsonl"

run 0 --simulate "$data/good/zero-pauses.yaml"
same "$tmp/out" "$golden/zero-pauses.jsonl"

# A pause after the end changes nothing.
run 0 --simulate "$data/good/zero-pauses.yaml" --pause-at 1h --resume-at 2h
same "$tmp/out" "$golden/zero-pauses.jsonl"

# Every bundled routine: one start, one end at total_ms, times in order.
for f in "$(dirname "$limber")"/routines/*.yaml; do
    run 0 --simulate "$f"
    total=$(sed -n '1s/.*"total_ms":\([0-9]*\).*/\1/p' "$tmp/out")
    has "$tmp/out" "^\\{\"t_ms\":$total,\"event\":\"routine_end\",\"completed\":true\\}\$"
    awk -F'[:,]' 'prev > $2 { exit 1 } { prev = $2 }' "$tmp/out" ||
        fail "$f: times go backwards"
done

run 1 --simulate no-such-routine
has "$tmp/err" "^limber: no routine with the id 'no-such-routine'"
run 1 --simulate "$data/bad/bad-duration.yaml"
has "$tmp/err" 'bad-duration.yaml:9:15: error:'
[ -s "$tmp/out" ] && fail "a bad routine printed a timeline"
finish
