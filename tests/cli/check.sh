# limber --check: exit status, and messages exactly as the gallery says.
. "$(dirname "$0")/lib.sh"

run 0 --check "$data/good"
has "$tmp/out" '^4 routines valid$'

# Each bad file: the messages of its .txt, then a summary line; exit 1.
cd "$data/bad"
for f in *.yaml; do
    run 1 --check "$f"
    grep -v '^limber: ' "$tmp/err" >"$tmp/messages" || true
    same "$tmp/messages" "${f%.yaml}.txt"
    has "$tmp/err" '^limber: [0-9]+ errors?; 0 routines valid$'
done
# A folder of the gallery: problems between its files.
for dir in */; do
    dir=${dir%/}
    run 1 --check "$dir"
    grep -v '^limber: ' "$tmp/err" >"$tmp/messages" || true
    same "$tmp/messages" "$dir.txt"
done
cd - >/dev/null

# A folder with good and bad files: the good still count.
mkdir "$tmp/mixed"
cp "$data/good/zero-pauses.yaml" "$data/bad/unknown-muscle.yaml" "$tmp/mixed/"
run 1 --check "$tmp/mixed"
has "$tmp/err" "^$tmp/mixed/unknown-muscle.yaml:4:19: error: unknown muscle group 'biceps'"
has "$tmp/err" '^limber: 2 errors; 1 routine valid$'

# The same id in two files: both are named.
mkdir "$tmp/twin"
sed 's/^id: .*/id: zero-pauses/' "$data/good/timeline-sample.yaml" >"$tmp/twin/copy.yaml"
run 1 --check "$data/good/zero-pauses.yaml" "$tmp/twin/copy.yaml"
has "$tmp/err" "^$tmp/twin/copy.yaml:5:5: error: duplicate id 'zero-pauses': $data/good/zero-pauses.yaml:3:5 has it already$"

run 1 --check "$tmp/nothing-here.yaml"
has "$tmp/err" "^$tmp/nothing-here.yaml:1:1: error: cannot open: No such file or directory$"
run 1 --check "$tmp/no-folder/"
has "$tmp/err" "cannot open"
finish
