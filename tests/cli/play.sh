# Plain limber without a window plays in real time as text, a signal stops
# it cleanly, and each session lands in the history.
. "$(dirname "$0")/lib.sh"
history="$HOME/.local/state/limber/history.jsonl"

run 0 --no-window "$data/play/two-seconds.yaml" --lang uk
cat >"$tmp/want" <<'TEXT'
Дві секунди (2s)
Step 1 of 1: Стисніть - left side (1s)
    М’яко стисніть кулак.
Step 1 of 1: Стисніть - right side (1s)
Done. Well done!
TEXT
same "$tmp/out" "$tmp/want"
has "$history" '^\{"id":"two-seconds","lang":"uk","start":"[0-9-]+T[0-9:]+Z","duration_ms":2000,"completed":true\}$'

# SIGTERM (as systemd sends) and SIGINT (Ctrl+C) end it with status 0.
for sig in TERM INT; do
    "$limber" --no-window \
        "$(dirname "$limber")/routines/calf-cramp-relief.yaml" \
        >"$tmp/out" 2>&1 &
    pid=$!
    sleep 0.5
    kill -s "$sig" "$pid"
    status=0
    wait "$pid" || status=$?
    [ "$status" -eq 0 ] || fail "SIG$sig: exit status $status"
    has "$tmp/out" '^Stopped\.$'
done
# Stopped during the lead-in: at step 1, not completed.
[ "$(grep -c '"id":"calf-cramp-relief".*"completed":false,"stopped_at_step":1}$' "$history")" -eq 2 ] ||
    fail "the two stopped sessions are not in the history"

run 0 --history
has "$tmp/out" '^This week: 3 sessions$'
has "$tmp/out" '^  [A-Z][a-z]{2} [0-9]{2} [A-Z][a-z]{2} [0-9:]{5}  two-seconds +2s  completed$'
has "$tmp/out" '^  .*calf-cramp-relief +[0-9]+s  stopped at step 1$'
has "$tmp/out" '^Streak: 1 day$'

# A torn last line (a crash mid-write) costs only itself.
printf '{"id":"torn","la' >>"$history"
run 0 --history
has "$tmp/out" '^This week: 3 sessions$'
has "$tmp/err" 'skipped 1 damaged line'

run 1 no-such-id
has "$tmp/err" "no routine with the id 'no-such-id'"
finish
