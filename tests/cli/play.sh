# Plain limber without a window plays in real time as text, a signal stops
# it cleanly, and each session lands in the history.
. "$(dirname "$0")/lib.sh"
history="$HOME/.local/state/limber/history.jsonl"

# The first start shows the safety notice first, in the language asked for
# (whatever locales the machine has: lib.sh sets LANG=C.UTF-8).
run 0 --no-window "$data/play/two-seconds.yaml" --lang uk
cat >"$tmp/want" <<'TEXT'
Перш ніж почати

Limber допомагає виконувати м’яку розтяжку й самомасаж. Це не медичний виріб: він не ставить діагнозів і не лікує хвороб.

* Рухайтеся повільно й не виходьте за межі комфорту. Якщо щось болить — зупиніться.

* Зверніться до лікаря, якщо судоми повертаються знову й знову, якщо посмикування супроводжується слабкістю або почалося після травми голови.

* Якщо ви вагітні, відновлюєтеся після травми чи маєте хронічну хворобу, запитайте лікаря, які вправи вам підходять.

Дві секунди (2 с)
Крок 1 з 1: Стисніть - ліва сторона (1 с)
    М’яко стисніть кулак.
Крок 1 з 1: Стисніть - права сторона (1 с)
Готово. Чудова робота!
TEXT
same "$tmp/out" "$tmp/want"
[ -f "$HOME/.local/state/limber/notice" ] || fail "the notice is not remembered"

# Only once; English from the environment this time.
LANGUAGE=en_GB:en run 0 --no-window "$data/play/two-seconds.yaml"
cat >"$tmp/want" <<'TEXT'
Two seconds (2 s)
Step 1 of 1: Squeeze - left side (1 s)
    Make a soft fist.
Step 1 of 1: Squeeze - right side (1 s)
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
has "$tmp/out" '^This week: 4 sessions$'
has "$tmp/out" '^  [A-Z][a-z]{2} [0-9]{2} [A-Z][a-z]{2} [0-9:]{5}  two-seconds +2s  completed$'
has "$tmp/out" '^  .*calf-cramp-relief +[0-9]+s  stopped at step 1$'
has "$tmp/out" '^Streak: 1 day$'
run 0 --history --lang uk
has "$tmp/out" '^Цього тижня: 4 заняття$'
has "$tmp/out" '^  (Пн|Вт|Ср|Чт|Пт|Сб|Нд), [0-9]{2} [^ ]+ [0-9:]{5}  two-seconds +2s  завершено$'
has "$tmp/out" '^  .*calf-cramp-relief +[0-9]+s  зупинено на кроці 1$'
has "$tmp/out" '^Поспіль: 1 день$'

# A torn last line (a crash mid-write) costs only itself.
printf '{"id":"torn","la' >>"$history"
run 0 --history
has "$tmp/out" '^This week: 4 sessions$'
has "$tmp/err" 'skipped 1 damaged line'

run 1 no-such-id
has "$tmp/err" "no routine with the id 'no-such-id'"

# A stop signal is noticed at once, not when the phase (an hour here)
# would end, with output to a file. It is taken in the wait itself, so
# one that comes between looking at the clock and sleeping is not missed
# either. The bound is generous: a minute against the hour.
cat >"$tmp/hour.yaml" <<'YAML'
format: 1
id: an-hour
title: An hour
kind: relax
muscles: [eyes]
prepare: 1s
steps:
  - title: Rest your eyes
    duration: 1h
YAML
for sig in INT HUP; do
    # A file of its own: the last one's step line must not count.
    out="$tmp/hour-$sig"
    "$limber" --no-window "$tmp/hour.yaml" >"$out" 2>&1 &
    pid=$!
    i=0
    until grep -q '^Step 1 of 1' "$out" 2>/dev/null; do
        i=$((i + 1))
        [ $i -gt 100 ] && { fail "SIG$sig: step 1 never began"; break; }
        sleep 0.1
    done
    kill -s "$sig" "$pid"
    i=0
    while kill -0 "$pid" 2>/dev/null && [ $i -lt 600 ]; do
        i=$((i + 1))
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        fail "SIG$sig: still playing a minute later"
        kill -9 "$pid"
    fi
    status=0
    wait "$pid" || status=$?
    [ "$status" -eq 0 ] || fail "SIG$sig: exit status $status"
    has "$out" '^Stopped\.$'
done
[ "$(grep -c '"id":"an-hour".*"completed":false,"stopped_at_step":1}$' "$history")" -eq 2 ] ||
    fail "the sessions stopped by SIGINT and SIGHUP are not in the history"
finish
