# limber --list: one line per routine in the language asked for.
. "$(dirname "$0")/lib.sh"

run 0 --routines "$data/good" --list
has "$tmp/out" '^timeline-sample +en +calves +1m53s +Timeline sample$'
has "$tmp/out" '^zero-pauses +en +thighs +20s +Zero pauses$'
has "$tmp/out" '^plain-ukrainian +uk +face +1m5s +Розслаблення щелепи$'
# The bundled routines are there too.
has "$tmp/out" '^calf-cramp-relief +en +calves,feet '

run 0 --routines "$data/good" --list --lang uk
has "$tmp/out" '^timeline-sample +uk +calves +1m53s +Зразок розкладу$'
has "$tmp/out" '^zero-pauses +en +thighs +20s +Zero pauses$'
has "$tmp/out" '^calf-cramp-relief +uk +calves,feet +[0-9hms]+ +Полегшення'

# Every bundled routine is listed in Ukrainian with a Cyrillic title.
run 0 --list --lang uk
bundled=$(ls "$(dirname "$limber")/routines"/*.yaml | wc -l)
# Cyrillic letters start with the byte 0xd0 or 0xd1 in UTF-8.
cyrillic=$(printf '[\320\321]')
[ "$(LC_ALL=C grep -Ec "^[a-z0-9-]+ +uk +[a-z,-]+ +[0-9hms]+  $cyrillic" "$tmp/out")" -eq "$bundled" ] ||
    fail "not all $bundled bundled routines have a Ukrainian title in --list --lang uk"
has "$tmp/out" '^eyelid-twitch-rest +uk +.* Перепочинок для повік$'

# --muscle keeps one group's routines.
run 0 --routines "$data/good" --list --muscle calves
has "$tmp/out" '^timeline-sample '
has "$tmp/out" '^calf-cramp-relief '
grep -q '^zero-pauses ' "$tmp/out" && fail "--muscle calves lists a thighs routine"
grep -Eq '^(eyelid-twitch-rest|plain-ukrainian) ' "$tmp/out" && fail "--muscle calves lists a face routine"
run 2 --list --muscle biceps
has "$tmp/err" "'biceps' is not a muscle group"

# Regional tags: the closest language written, shown normalised.
run 0 --routines "$data/good" --list --lang pt-BR
has "$tmp/out" '^regional-tags +pt-BR +calves +25s +Alongamento da panturrilha$'
run 0 --routines "$data/good" --list --lang pt-PT
has "$tmp/out" '^regional-tags +pt +calves +25s +Alongamento da barriga da perna$'
run 0 --routines "$data/good" --list --lang zh-TW
has "$tmp/out" '^regional-tags +zh-Hant +calves +25s +小腿伸展$'
run 0 --routines "$data/good" --list --lang sr
has "$tmp/out" '^regional-tags +sr-Latn +calves +25s +Istezanje lista$'
LANG=pt_BR.UTF-8 run 0 --routines "$data/good" --list
has "$tmp/out" '^regional-tags +pt-BR '
LANGUAGE=zh_CN run 0 --routines "$data/good" --list
has "$tmp/out" '^regional-tags +zh-Hans +calves +25s +小腿拉伸$'
LC_ALL=C LANG=pt_BR.UTF-8 run 0 --routines "$data/good" --list
has "$tmp/out" '^regional-tags +en '
# A step title missing pt-BR falls to pt; the simulation shows it.
run 0 --simulate "$data/good/regional-tags.yaml" --lang pt-BR
has "$tmp/out" '"title":"Apoie-se na parede"'

# The language can come from the environment.
LANGUAGE=uk run 0 --routines "$data/good" --list
has "$tmp/out" '^timeline-sample +uk '

# A bad file is reported and skipped; the others are listed; exit 1.
mkdir "$tmp/user"
cp "$data/bad/bad-lang.yaml" "$data/good/zero-pauses.yaml" "$tmp/user/"
run 1 --routines "$tmp/user" --list
has "$tmp/err" "^$tmp/user/bad-lang.yaml:3:7: error: 'English' is not a language tag"
has "$tmp/out" '^zero-pauses '

# The user's own folder is read without being named.
mkdir -p "$XDG_DATA_HOME/limber/routines"
cp "$data/good/zero-pauses.yaml" "$XDG_DATA_HOME/limber/routines/"
run 0 --list
has "$tmp/out" '^zero-pauses '
finish
