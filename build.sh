#!/usr/bin/env bash
# CareCheck's one build script. Installs what it needs (on a fresh Debian
# machine with rustup/cargo, node and npm), so a new machine or CI needs
# nothing done by hand. Every step says what it does; every step can be run
# again safely.
#
#   ./build.sh              build the CLI and the extension (dist/chrome, dist/firefox, zips)
#   ./build.sh test         formatting, lints, every test (Rust, JavaScript, headless
#                           Chromium), then the dev-corpus report
#   ./build.sh bench        the core's Criterion benchmark, then keystroke-to-warning latency in
#                           headless Chromium (medians and 95th percentiles)
#   ./build.sh fuzz [SECS]  fuzz `analyze`, then the photo reader, with cargo-fuzz for SECS seconds each (default 60)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
ROOT=$(pwd)
DEV_CORPUS="$(cd "$ROOT/.." && pwd)/shared/eval/dev.jsonl"

step() { printf '\n==> %s\n' "$*"; }
note() { printf '    %s\n' "$*"; }

# --- toolchain ---------------------------------------------------------------

ensure_cargo() {
    if ! command -v cargo >/dev/null 2>&1 && [ -x "$HOME/.cargo/bin/cargo" ]; then
        export PATH="$HOME/.cargo/bin:$PATH"
    fi
    command -v cargo >/dev/null 2>&1 || {
        echo "error: cargo not found; install Rust with rustup first" >&2
        exit 1
    }
}

# Adds a rustup component when its tool does not answer.
ensure_component() { # component, command that proves it works
    local component=$1
    shift
    if "$@" >/dev/null 2>&1; then
        note "$component: present"
    else
        step "Installing the $component component"
        rustup component add "$component"
    fi
}

# Installs a Debian package when its command is missing (root is normal here;
# sudo is used only when it exists and we are not root).
ensure_apt() { # package, command it provides
    local package=$1 command=$2
    if command -v "$command" >/dev/null 2>&1; then
        return
    fi
    step "Installing $package (for $command) with apt-get"
    local sudo=()
    if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$package"
}

ensure_toolchain() {
    step "Checking the Rust toolchain"
    ensure_cargo
    note "$(cargo --version)"
    # rustc links with the system C compiler.
    ensure_apt gcc cc
    ensure_component rustfmt cargo fmt --version
    ensure_component clippy cargo clippy --version
}

# --- the core and its CLI ------------------------------------------------------

build_cli() {
    step "Building the release CLI (target/release/carecheck)"
    cargo build --release --bin carecheck
    note "built $ROOT/target/release/carecheck"
}

# --- the browser extension ----------------------------------------------------
# The core is compiled to WebAssembly, wrapped by wasm-bindgen, shrunk by
# wasm-opt, and packed with the extension's files into one folder per browser.

WASM_TARGET=wasm32-unknown-unknown
WASM_OUT="target/$WASM_TARGET/wasm-release/carecheck.wasm"
BROWSERS=(chrome firefox)

# The wasm-bindgen CLI must match the wasm-bindgen crate exactly; Cargo.lock
# says which version that is.
locked_version() { # crate name
    awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock
}

ensure_wasm_target() {
    if rustup target list --installed 2>/dev/null | grep -qx "$WASM_TARGET"; then
        note "$WASM_TARGET: present"
    else
        step "Adding the $WASM_TARGET target"
        rustup target add "$WASM_TARGET"
    fi
}

ensure_wasm_bindgen() {
    local want
    want=$(locked_version wasm-bindgen)
    [ -n "$want" ] || { echo "error: wasm-bindgen is not in Cargo.lock" >&2; exit 1; }
    if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $want" ]; then
        note "wasm-bindgen $want: present"
        return
    fi
    step "Installing wasm-bindgen-cli $want (once per machine, several minutes)"
    # --locked fails today on a lockfile entry the registry no longer serves;
    # the unlocked install is the fallback.
    cargo install wasm-bindgen-cli --version "$want" --locked ||
        cargo install wasm-bindgen-cli --version "$want"
}

# npm packages: binaryen's wasm-opt (Debian's binaryen 108 emits a module that
# throws at start-up), esbuild, and the browser tests' Playwright and editors.
ensure_npm_packages() {
    command -v npm >/dev/null 2>&1 || ensure_apt npm npm
    if [ -f node_modules/.package-lock.json ] && [ ! package-lock.json -nt node_modules/.package-lock.json ]; then
        note "npm packages: present"
    else
        step "Installing the npm packages (npm ci)"
        npm ci --no-audit --no-fund
    fi
}

ensure_chromium() {
    ensure_apt chromium chromium
    ensure_apt chromium-driver chromedriver
    note "$(chromium --version 2>/dev/null || echo chromium)"
}

build_wasm() {
    ensure_wasm_target
    step "Compiling the core to WebAssembly (profile wasm-release)"
    cargo build --lib --locked --target "$WASM_TARGET" --profile wasm-release
}

bindgen_wasm() {
    ensure_wasm_bindgen
    step "Generating the JavaScript binding (wasm-bindgen --target web -> pkg/)"
    rm -rf pkg
    wasm-bindgen "$WASM_OUT" --target web --out-dir pkg \
        --remove-name-section --remove-producers-section
}

optimize_wasm() {
    step "Optimising for size (wasm-opt -Oz from npm's binaryen)"
    node_modules/.bin/wasm-opt -Oz pkg/carecheck_bg.wasm -o pkg/carecheck_bg.wasm
    local raw gz
    raw=$(wc -c <pkg/carecheck_bg.wasm)
    gz=$(gzip -9 -c pkg/carecheck_bg.wasm | wc -c)
    note "pkg/carecheck_bg.wasm: $raw bytes, $gz bytes gzipped"
}

# One manifest source (extension/manifest.json, which holds Firefox's add-on
# settings too); each browser gets its background form. Chrome runs a module
# service worker; Firefox has no extension service workers and runs the same
# file as a module event page.
write_manifest() { # browser, destination
    node --input-type=module - "$1" "$2" <<'EOF'
import { readFileSync, writeFileSync } from 'node:fs';
const [browser, out] = process.argv.slice(2);
const manifest = JSON.parse(readFileSync('extension/manifest.json', 'utf8'));
const worker = manifest.background.service_worker ?? manifest.background.scripts[0];
if (browser === 'firefox') {
  manifest.background = { scripts: [worker], type: 'module' };
} else {
  manifest.background = { service_worker: worker, type: 'module' };
  delete manifest.browser_specific_settings;
}
writeFileSync(out, JSON.stringify(manifest, null, 2) + '\n');
EOF
}

assemble_extension() {
    if [ ! -f extension/manifest.json ]; then
        note "no extension/manifest.json yet: skipping the extension"
        return
    fi
    local version
    version=$(node -p "require('./extension/manifest.json').version")
    for browser in "${BROWSERS[@]}"; do
        local out="dist/$browser"
        step "Assembling $out"
        rm -rf "$out"
        mkdir -p "$out/pkg"
        # Everything but the content script's sources (bundled below), the
        # extension's own unit tests and build helpers.
        tar -C extension --exclude=./content --exclude=./test --exclude=./tools -cf - . | tar -C "$out" -xf -
        cp pkg/carecheck.js pkg/carecheck_bg.wasm "$out/pkg/"
        write_manifest "$browser" "$out/manifest.json"
        # Content scripts cannot be ES modules: bundle them into one classic script.
        node_modules/.bin/esbuild extension/content/main.js --bundle --format=iife \
            --target=chrome120,firefox128 --log-level=warning --outfile="$out/content.js"
        rm -f "dist/carecheck-$browser-$version.zip"
        (cd "$out" && zip -qr -X "../carecheck-$browser-$version.zip" .)
        note "dist/carecheck-$browser-$version.zip"
    done
}

build_extension() {
    ensure_npm_packages
    build_wasm
    bindgen_wasm
    optimize_wasm
    assemble_extension
}

build_all() {
    ensure_toolchain
    build_cli
    build_extension
    if [ -d dist/chrome ]; then
        step "Done: load dist/chrome (Chrome) or dist/firefox (Firefox) as an unpacked extension"
    fi
}

# --- checks ----------------------------------------------------------------------

run_eval() {
    if [ -f "$DEV_CORPUS" ]; then
        step "Scoring the dev corpus (carecheck eval $DEV_CORPUS)"
        note "(a report only: the thresholds are enforced elsewhere)"
        cargo run --quiet --bin carecheck -- eval "$DEV_CORPUS"
    else
        step "No dev corpus at $DEV_CORPUS: skipping the eval report"
    fi
}

# Runs a test command, keeping its output live and in the summary log, and
# remembering a failure without stopping the other test layers.
run_logged() { # label, command...
    local label=$1
    shift
    step "Running the $label ($*)"
    local status=0
    "$@" 2>&1 | tee -a "$TEST_LOG" || status=$?
    [ "$status" -eq 0 ] || FAILED+=("$label")
}

run_tests() {
    ensure_toolchain
    FAILED=()
    TEST_LOG=$(mktemp)
    trap 'rm -f "$TEST_LOG"' EXIT
    step "Checking formatting (cargo fmt --all --check)"
    cargo fmt --all --check
    step "Linting (cargo clippy --all-targets -- -D warnings), natively and for wasm32"
    cargo clippy --all-targets -- -D warnings
    ensure_wasm_target
    cargo clippy --lib --target "$WASM_TARGET" -- -D warnings
    # --no-fail-fast runs every test binary, so one failure hides no other.
    run_logged "Rust tests: unit, integration, properties, CLI, corpora, doc" cargo test --no-fail-fast

    # The browser side is tested on what ships: the optimised .wasm in dist/.
    build_extension
    run_logged "Firefox add-on lint (addons-linter, as addons.mozilla.org runs it)" \
        node_modules/.bin/addons-linter --warnings-as-errors dist/firefox
    run_logged "JavaScript unit tests" node --test --test-reporter=spec tests/js extension/test
    ensure_chromium
    run_logged "browser tests (headless Chromium, dist/chrome)" node tests/e2e/run.mjs
    run_eval

    # The eval report is long: repeat the closing lines so the outcome is the
    # last thing on screen (and in CI's log).
    step "Test summary"
    grep -E '^test result:|^ℹ (pass|fail) ' "$TEST_LOG" || true
    awk '/^test result:/ { for (i = 1; i < NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
         /^ℹ pass / { p += $3 } /^ℹ fail / { f += $3 }
         END { printf "tests: %d passed, %d failed\n", p, f }' "$TEST_LOG"
    if [ ${#FAILED[@]} -gt 0 ]; then
        echo "error: failed: ${FAILED[*]}" >&2
        exit 1
    fi
}

run_bench() {
    ensure_toolchain
    step "Benchmarking analyze (cargo bench, short settings: 1 s warm-up, 3 s measurement)"
    cargo bench --bench analyze -- --warm-up-time 1 --measurement-time 3 "$@"
    step "Benchmarking attached photos: check a 5 MB JPEG, a 3 MB PNG; clean the JPEG"
    cargo bench --bench image -- --warm-up-time 1 --measurement-time 3 "$@"
    build_extension
    ensure_chromium
    step "Benchmarking the browser: keystroke to panel update (headless Chromium, dist/chrome)"
    node tests/e2e/bench.mjs
}

ensure_cargo_fuzz() {
    if cargo fuzz --version >/dev/null 2>&1; then
        note "$(cargo fuzz --version)"
    else
        step "Installing cargo-fuzz (cargo install cargo-fuzz)"
        cargo install cargo-fuzz --locked
    fi
}

run_fuzz() {
    local seconds=${1:-60}
    case $seconds in
        '' | *[!0-9]*)
            echo "error: fuzz takes a number of seconds, not '$seconds'" >&2
            exit 2
            ;;
    esac
    ensure_toolchain
    # libfuzzer-sys compiles libFuzzer, which is C++.
    ensure_apt g++ c++
    ensure_cargo_fuzz
    mkdir -p fuzz/corpus/analyze fuzz/corpus/image
    # cargo-fuzz passes -Zsanitizer=address, a nightly flag; RUSTC_BOOTSTRAP=1
    # lets the stable toolchain accept it, so no nightly is needed. New inputs
    # go to fuzz/corpus/<target> (git-ignored); fuzz/seeds holds starting
    # posts, fuzz/seeds_image tagged JPEG, PNG and WebP files. One libFuzzer
    # process (no -jobs/-workers) keeps to one core.
    step "Fuzzing analyze for ${seconds}s (cargo fuzz run analyze, one process)"
    RUSTC_BOOTSTRAP=1 cargo fuzz run analyze fuzz/corpus/analyze fuzz/seeds -- \
        -max_total_time="$seconds" -max_len=4096 -timeout=10 -print_final_stats=1
    step "Fuzzing checkImage and cleanImage for ${seconds}s (cargo fuzz run image, one process)"
    RUSTC_BOOTSTRAP=1 cargo fuzz run image fuzz/corpus/image fuzz/seeds_image -- \
        -max_total_time="$seconds" -max_len=65536 -timeout=10 -print_final_stats=1
    step "Fuzzing finished: no crash in ${seconds}s per target"
}

usage() {
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
}

main() {
    local command=${1:-build}
    [ $# -gt 0 ] && shift
    case $command in
        build) build_all ;;
        test) run_tests ;;
        bench) run_bench "$@" ;;
        fuzz) run_fuzz "$@" ;;
        -h | --help | help) usage ;;
        *)
            usage >&2
            exit 2
            ;;
    esac
}

main "$@"
