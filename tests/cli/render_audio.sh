# limber --render-audio: the guided track as a WAV file as long as the plan.
. "$(dirname "$0")/lib.sh"
command -v soxi >/dev/null || { echo "soxi (sox) is missing" >&2; exit 1; }

run 0 --render-audio "$data/good/timeline-sample.yaml" "$tmp/track.wav" --lang uk
[ "$(soxi -r "$tmp/track.wav")" = 48000 ] || fail "rate is not 48000"
[ "$(soxi -b "$tmp/track.wav")" = 16 ] || fail "not 16-bit"
# 113 s of plan, to the sample.
[ "$(soxi -s "$tmp/track.wav")" = $((113 * 48000)) ] ||
    fail "$(soxi -s "$tmp/track.wav") samples, expected $((113 * 48000))"
sox "$tmp/track.wav" -n stat 2>"$tmp/stat"
has "$tmp/stat" '^Maximum amplitude: +0\.[0-6]'

run 0 --render-audio "$data/good/zero-pauses.yaml" "$tmp/cues.wav" --no-voice
[ "$(soxi -s "$tmp/cues.wav")" = $((20 * 48000)) ] || fail "cues-only length"

run 2 --render-audio "$data/good/zero-pauses.yaml"
has "$tmp/err" 'needs a ROUTINE and a FILE.wav'
run 1 --render-audio "$data/good/zero-pauses.yaml" "$tmp/no/such/dir/x.wav"
[ -s "$tmp/err" ] || fail "no message for an unwritable path"
run 1 --render-audio no-such-routine "$tmp/x.wav"
has "$tmp/err" "no routine with the id 'no-such-routine'"
finish
