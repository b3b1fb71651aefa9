# limber --check on cue files: each step's file is decoded by SDL_mixer on
# no real sound device, and one that cannot be is an error at its cue.
. "$(dirname "$0")/lib.sh"

cd "$data/cues"

# The messages with SDL_mixer's reason (its own words, which differ
# between versions) cut off; each must still give one.
messages() {
    grep -v '^limber: ' "$tmp/err" |
        sed 's/\(cannot be played: \).\{1,\}$/\1REASON/' >"$tmp/messages" || true
}

cat >"$tmp/bad.txt" <<'END'
bad.yaml:12:10: error: cue file 'garbage.wav' cannot be played: REASON
bad.yaml:18:12: error: cue file 'not-sound.ogg' cannot be played: REASON
bad.yaml:21:10: error: cue file 'cut.wav' cannot be played: REASON
END
cat >"$tmp/missing.txt" <<'END'
missing.yaml:11:10: error: cue file 'nowhere.wav' not found next to the routine
END

# Whatever SDL_AUDIODRIVER says, and with no sound device at all: the
# check opens SDL's dummy driver for itself.
for driver in unset dummy no-such-driver alsa; do
    if [ "$driver" = unset ]; then
        unset SDL_AUDIODRIVER || true
    else
        export SDL_AUDIODRIVER="$driver"
    fi

    run 0 --check good.yaml
    has "$tmp/out" '^1 routine valid$'
    [ -s "$tmp/err" ] && fail "($driver) good.yaml: unexpected stderr" &&
        sed 's/^/  | /' "$tmp/err" >&2

    run 1 --check bad.yaml
    messages
    same "$tmp/messages" "$tmp/bad.txt"
    has "$tmp/err" '^limber: 3 errors; 0 routines valid$'
done
unset SDL_AUDIODRIVER || true

# The reasons are SDL_mixer's, not empty.
run 1 --check bad.yaml
has "$tmp/err" "^bad.yaml:12:10: error: cue file 'garbage.wav' cannot be played: [^ ]"

# A missing file is the loader's error, as before.
run 1 --check missing.yaml
grep -v '^limber: ' "$tmp/err" >"$tmp/messages" || true
same "$tmp/messages" "$tmp/missing.txt"
has "$tmp/err" '^limber: 1 error; 0 routines valid$'

# The folder: files in name order, the good one still counted.
run 1 --check .
messages
sed 's|^|./|' "$tmp/bad.txt" "$tmp/missing.txt" >"$tmp/folder.txt"
same "$tmp/messages" "$tmp/folder.txt"
has "$tmp/err" '^limber: 4 errors; 1 routine valid$'

# A file that stops being playable after it was written: the same file
# copied in under a cue's name.
mkdir "$tmp/copy"
cp good.yaml "$tmp/copy/"
cp tiny.ogg "$tmp/copy/tiny.wav" # an Ogg named .wav still decodes
printf 'not a sound\n' >"$tmp/copy/tiny.ogg"
run 1 --check "$tmp/copy/good.yaml"
has "$tmp/err" "^$tmp/copy/good.yaml:15:10: error: cue file 'tiny.ogg' cannot be played: [^ ]"
has "$tmp/err" '^limber: 1 error; 0 routines valid$'

# A file in a folder beside the routine is named as the routine names it.
mkdir -p "$tmp/sub/sounds"
sed 's|cue: tiny.wav|cue: sounds/broken.wav|' good.yaml >"$tmp/sub/routine.yaml"
cp garbage.wav "$tmp/sub/sounds/broken.wav"
cp tiny.ogg "$tmp/sub/"
(cd "$tmp/sub" && "$limber" --check routine.yaml) >"$tmp/out" 2>"$tmp/err" &&
    fail "sub/routine.yaml passed --check"
has "$tmp/err" "^routine.yaml:12:10: error: cue file 'sounds/broken.wav' cannot be played: [^ ]"
finish
