# Sourced by the install and package checks: the list of every file an
# install puts in place, one path a line, sorted.
#   expected_files PREFIX UNITDIR SYSUSERSDIR SOURCE_DIR APP_ID VOICE
# PREFIX and UNITDIR as installed (/opt/limber-test or /usr;
# PREFIX/lib/systemd/system or /lib/systemd/system); VOICE is 1 when
# limber-voice was built.
expected_files() {
    ef_p=$1 ef_unit=$2 ef_sysusers=$3 ef_src=$4 ef_id=$5 ef_voice=$6
    {
        echo "$ef_p/bin/limber"
        [ "$ef_voice" = 1 ] && echo "$ef_p/libexec/limber/limber-voice"
        for ef_f in "$ef_src"/routines/*.yaml; do
            echo "$ef_p/share/limber/routines/${ef_f##*/}"
        done
        if [ -d "$ef_src/assets/figures" ]; then
            (cd "$ef_src/assets/figures" && find . -type f) | sed "s|^\.|$ef_p/share/limber/figures|"
        fi
        grep '^[a-z]' "$ef_src/po/LINGUAS" | while read -r ef_l; do
            echo "$ef_p/share/locale/$ef_l/LC_MESSAGES/limber.mo"
        done
        echo "$ef_p/share/applications/$ef_id.desktop"
        echo "$ef_p/share/metainfo/$ef_id.metainfo.xml"
        for ef_s in 16 24 32 48 64 128 256 512; do
            echo "$ef_p/share/icons/hicolor/${ef_s}x$ef_s/apps/$ef_id.png"
        done
        echo "$ef_p/share/icons/hicolor/scalable/apps/$ef_id.svg"
        echo "$ef_p/share/man/man1/limber.1"
        echo "$ef_p/share/man/uk/man1/limber.1"
        echo "$ef_p/share/bash-completion/completions/limber"
        echo "$ef_p/share/doc/limber/kiosk.md"
        echo "$ef_p/share/doc/limber/routine-format.md"
        echo "$ef_unit/limber-kiosk.service"
        echo "$ef_sysusers/limber.conf"
    } | sort
}
