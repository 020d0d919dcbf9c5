# Sourced by the screenshot scripts: a virtual screen with a window manager, as a person's desktop
# has one (window frames, focus, dialogs placed over their window).
# screenshot_session_start sets DISPLAY (SHOTS_DISPLAY=N picks the number); screenshot_session_stop
# ends what it started.
screenshot_session_pids=()

screenshot_session_start() {
    export DISPLAY=:${SHOTS_DISPLAY:-$((90 + RANDOM % 100))}
    Xvfb "$DISPLAY" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
    screenshot_session_pids+=($!)
    sleep 1
    openbox >/dev/null 2>&1 &
    screenshot_session_pids+=($!)
    sleep 1
}

screenshot_session_stop() {
    local pid
    for pid in "${screenshot_session_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    # Gone before a next session takes the same display number.
    for pid in "${screenshot_session_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    screenshot_session_pids=()
}
