# Plain limber without a window plays in real time as text, and a signal
# stops it cleanly.
. "$(dirname "$0")/lib.sh"

run 0 "$data/play/two-seconds.yaml" --lang uk
cat >"$tmp/want" <<'TEXT'
Дві секунди (2s)
Step 1 of 1: Стисніть - left side (1s)
    М’яко стисніть кулак.
Step 1 of 1: Стисніть - right side (1s)
Done. Well done!
TEXT
same "$tmp/out" "$tmp/want"

# SIGTERM (as systemd sends) and SIGINT (Ctrl+C) end it with status 0.
for sig in TERM INT; do
    "$limber" "$(dirname "$limber")/routines/calf-cramp-relief.yaml" \
        >"$tmp/out" 2>&1 &
    pid=$!
    sleep 0.5
    kill -s "$sig" "$pid"
    status=0
    wait "$pid" || status=$?
    [ "$status" -eq 0 ] || fail "SIG$sig: exit status $status"
    has "$tmp/out" '^Stopped\.$'
done

run 1 no-such-id
has "$tmp/err" "no routine with the id 'no-such-id'"
finish
