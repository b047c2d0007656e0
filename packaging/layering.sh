#!/bin/sh
# The layout's rules, checked on the sources (the `layering` test, label lint):
# - app/ (the core) never includes a widget header;
# - app/'s areas include only the areas below them:
#     core  <  api  <  image, library  <  jobs  <  cli     (media: core, api)
# - ui/'s areas include each other only as "area/file.h".
# Prints every include that breaks a rule and fails; silent and 0 when clean.
set -eu
cd "$(dirname "$0")/.."
bad=0
say() { echo "layering: $*" >&2; bad=1; }

for f in $(find app -name '*.h' -o -name '*.cpp'); do
    if grep -nE '#include <(QtWidgets/)?(QWidget|QApplication|QMainWindow|QDialog|QLabel|QPushButton|QtWidgets)[>.]' "$f" >/dev/null; then
        say "$f includes a widget header"
    fi
done

allowed() {
    case "$1" in
    core) echo "" ;;
    api) echo "core" ;;
    image | library | media) echo "core api" ;;
    jobs) echo "core api image library media" ;;
    cli) echo "core api image library media jobs" ;;
    *) echo "core api image library media jobs cli" ;;
    esac
}
for dir in app/*/; do
    area=$(basename "$dir")
    ok=$(allowed "$area")
    for f in $(find "$dir" -name '*.h' -o -name '*.cpp'); do
        for used in $(grep -hoE '#include "(core|api|image|library|media|jobs|cli)/' "$f" | sed 's/#include "//; s|/||' | sort -u); do
            [ "$used" = "$area" ] && continue
            case " $ok " in
            *" $used "*) ;;
            *) say "$f ($area) includes $used/, which is not below it" ;;
            esac
        done
    done
done

for f in $(find ui -name '*.h' -o -name '*.cpp'); do
    if grep -nE '#include "[a-z_]+\.h"' "$f" | grep -vE '#include "ui_' >/dev/null; then
        # Only a file's own header may be included without its area.
        own=$(basename "$f" | sed 's/\.[a-z]*$//; s/_[a-z]*$//')
        grep -oE '#include "[a-z_]+\.h"' "$f" | sed 's/#include "//; s/\.h"//' | while read -r name; do
            [ "$name" = "$own" ] || { echo "layering: $f includes $name.h without its area (write \"area/$name.h\")" >&2; exit 1; }
        done || bad=1
    fi
done

[ "$bad" -eq 0 ] || exit 1
