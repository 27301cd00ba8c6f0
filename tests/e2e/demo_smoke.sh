#!/usr/bin/env bash
# End-to-end smoke test: `pmconsole --demo` in a real X window under Xvfb. It starts its private
# PostgreSQL, connects, visits every page and saves a screenshot of each (the console's --tour);
# this script also grabs the whole X screen with ImageMagick while the window is up. Fails when the
# window never appears or a picture is blank.
#   demo_smoke.sh PMCONSOLE OUTPUT_DIR
set -euo pipefail
console=$1
out=$2
rm -rf "$out"
mkdir -p "$out"

for tool in Xvfb import identify; do
    command -v "$tool" >/dev/null || { echo "demo_smoke: $tool is missing (install xvfb and imagemagick)"; exit 1; }
done

work=$(mktemp -d /tmp/pm-e2e-XXXXXX)
chmod 755 "$work" # the postgres user runs the demo server when this runs as root
display=""
for n in $(seq 90 140); do
    if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then display=$n; break; fi
done
[ -n "$display" ] || { echo "demo_smoke: no free X display"; exit 1; }

Xvfb ":$display" -screen 0 1400x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
cleanup() {
    kill "$xvfb" 2>/dev/null || true
    wait "$xvfb" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done

export DISPLAY=":$display" QT_QPA_PLATFORM=xcb XDG_RUNTIME_DIR="$work/runtime" HOME="$work/home"
mkdir -p "$XDG_RUNTIME_DIR" "$HOME"
chmod 700 "$XDG_RUNTIME_DIR"

"$console" --demo --demo-dir "$work/demo" --tour "$out" >"$out/console.log" 2>&1 &
pid=$!
# While the console runs, grab the real screen once the first page has been captured.
for _ in $(seq 1 600); do
    [ -f "$out/01-overview.png" ] && { sleep 0.3; import -window root "$out/00-screen.png" || true; break; }
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
done
status=0
wait "$pid" || status=$?
if [ "$status" -ne 0 ]; then
    echo "demo_smoke: pmconsole --demo --tour exited with $status"; tail -20 "$out/console.log"; exit 1
fi

expected="00-screen 01-overview 02-incidents 03-reputation 04-notifications 05-jobs 06-audit-log 07-settings 08-about 09-connection-dialog 10-demo-outbox 11-outbox-code 12-step-up-dialog 13-export-written 14-audit-after-export"
for name in $expected; do
    file="$out/$name.png"
    [ -s "$file" ] || { echo "demo_smoke: missing screenshot $file"; exit 1; }
    colours=$(identify -format '%k' "$file")
    if [ "$colours" -lt 8 ]; then
        echo "demo_smoke: $file is blank ($colours colours)"; exit 1
    fi
    echo "demo_smoke: $name.png $(identify -format '%wx%h' "$file"), $colours colours"
done
# The executive's gated export: the file the tour exported after typing the emailed code.
head -1 "$out/tenant-revenue-export.csv" | grep -q tenant_id || { echo "demo_smoke: the gated export is missing"; exit 1; }
echo "demo_smoke: export $(wc -l < "$out/tenant-revenue-export.csv") lines"
# The code the tour typed (it leaves it in stepup-code.txt for this check only) must be in neither
# the console's log nor the demo PostgreSQL's log.
code=$(cat "$out/stepup-code.txt")
[[ "$code" =~ ^[0-9]{8}$ ]] || { echo "demo_smoke: the tour recorded no code"; exit 1; }
if find "$work/demo" -name '*.log' -print0 | xargs -0 grep -l "$code" "$out/console.log"; then
    echo "demo_smoke: the one-time code appears in a log (files above)"; exit 1
fi
echo "demo_smoke: the one-time code is in no log ($(find "$work/demo" -name '*.log' | wc -l) server log(s) searched)"
grep -q "DEMO\|demo" "$out/console.log" || true
echo "demo_smoke: all screenshots in $out"
