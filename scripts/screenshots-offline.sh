#!/usr/bin/env bash
# Takes the offline round trip's screenshots (docs/screenshots/offline-banner.png,
# changes-to-send.png, send-changes-conflicts.png) the way a person gets there: under Xvfb with a
# window manager and a real keychain, against a real metadesk-server. Admin A connects with a
# profile, takes an offline copy and edits it; admin B changes the account online meanwhile; A
# opens the copy, looks at Changes to Send and starts Send Changes.
# Usage: scripts/screenshots-offline.sh   (called by scripts/screenshots.sh; BUILD=build/debug to
# use another build)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${BUILD:-build/release}
if [ "${METADESK_IN_TEST_SESSION:-}" != 1 ]; then
    exec scripts/with-test-session.sh "$0" "$@"
fi
work=$(mktemp -d /tmp/metadesk-offline-shots.XXXXXX)
pids=()
source scripts/screenshot-session.sh
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    screenshot_session_stop
    rm -rf "$work"
}
trap cleanup EXIT
server=$root/$build/app/metadesk-server
app=$root/$build/app/metadesk
out=$root/docs/screenshots

"$server" init "$work/server.db" --demo --users 2000 >/dev/null
keys_a=$("$server" key add "$work/server.db" --account 1)
keys_b=$("$server" key add "$work/server.db" --account 1)
id_a=$(awk '$1 == "api_id:" {print $2}' <<<"$keys_a")
key_a=$(awk '$1 == "api_key:" {print $2}' <<<"$keys_a")
id_b=$(awk '$1 == "api_id:" {print $2}' <<<"$keys_b")
key_b=$(awk '$1 == "api_key:" {print $2}' <<<"$keys_b")
"$server" serve "$work/server.db" --listen 127.0.0.1:0 --quiet >"$work/serve.out" 2>&1 &
pids+=($!)
for _ in $(seq 50); do grep -q "listening on" "$work/serve.out" && break; sleep 0.2; done
url=$(grep -o 'http://[0-9.:]*' "$work/serve.out" | head -1)

screenshot_session_start

# Types into the focused widget, then waits for the window to follow.
type_text() { xdotool type --delay 15 "$1"; sleep 0.3; }
step=0
keys() {
    xdotool key "$@"
    sleep "${PAUSE:-1}"
    # SHOTS_DEBUG=1 keeps a picture of every step in /tmp, to see where a run went astray.
    if [ -n "${SHOTS_DEBUG:-}" ]; then step=$((step + 1)); import -window root "/tmp/offline-step-$step.png"; fi
}
shot() { import -window root "$out/$1.png"; echo "docs/screenshots/$1.png"; }

"$app" >"$work/app.log" 2>&1 &
pids+=($!)
# The window is up once it has a title; it takes the keyboard focus from the window manager.
for _ in $(seq 100); do xdotool search --name MetaDesk >/dev/null 2>&1 && break; sleep 0.2; done
sleep 3
# File › Connect to Server: a profile with A's key (into the keychain), then Connect.
keys ctrl+shift+o
# Alt+B is the Base URL field's mnemonic; the Name field is the one before it.
keys alt+b
keys shift+Tab
type_text Northwind; keys Tab
type_text "$url"; keys Tab
type_text "$id_a"; keys Tab
type_text "$key_a"
keys alt+s
PAUSE=5 keys alt+c
# File › Take Offline Copy.
keys alt+f
keys t
type_text "$work/northwind-offline.metadesk"
PAUSE=15 keys Return

# A, offline (the copy is closed: the app switched to nothing else yet, so edit it beside):
# B, online, changes two of the same places differently, one the same, and another one.
sql() { sqlite3 "$work/northwind-offline.metadesk" "$1"; }
for change in "score 4 70" "score 5 55" "score 7 90" "loyalty_tier 3 'gold'" "priority 2 1"; do
    set -- $change
    sql "UPDATE meta_values SET value = $3 WHERE user_id = $2 AND account_id = 1 AND field_id =
         (SELECT id FROM meta_fields WHERE name = '$1' AND account_id = 1)"
done
for body in '{"user_id":4,"field":"score","value":80}' '{"user_id":5,"field":"score","value":55}' \
    '{"user_id":3,"field":"loyalty_tier","value":"platinum"}' '{"user_id":9,"field":"score","value":12}'; do
    curl -fsS -X PUT -H "tld-api-id: $id_b" -H "tld-api-key: $key_b" \
        -H 'Content-Type: application/json' -d "$body" "$url/api/ingress/user_meta" >/dev/null
done

# A opens the copy: the banner, View › Changes to Send, then File › Send Changes.
keys ctrl+o
type_text "$work/northwind-offline.metadesk"
PAUSE=6 keys Return
shot offline-banner
keys alt+v
PAUSE=3 keys s
shot changes-to-send
keys Escape
keys alt+f
PAUSE=6 keys h
shot send-changes-conflicts
keys Escape
