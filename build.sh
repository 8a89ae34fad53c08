#!/usr/bin/env bash
# CareCheck's one build script. Installs what it needs (on a fresh Debian
# machine with rustup/cargo, node and npm), so a new machine or CI needs
# nothing done by hand. Every step says what it does; every step can be run
# again safely.
#
#   ./build.sh              build the release CLI (target/release/carecheck)
#   ./build.sh test         formatting, lints, every test, then the dev-corpus report
#   ./build.sh bench        the Criterion benchmark (short settings), medians at the end
#   ./build.sh fuzz [SECS]  fuzz `analyze` with cargo-fuzz for SECS seconds (default 60)
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

# --- the browser extension (later issues) ------------------------------------
# Each later step gets its own function here and a line in build_all. They are
# placeholders now so the order is settled:
#
#   build_wasm          rustup target add wasm32-unknown-unknown (if missing);
#                       cargo build --release --lib --target wasm32-unknown-unknown
#   bindgen_wasm        cargo install wasm-bindgen-cli at the version in Cargo.lock
#                       (if missing); wasm-bindgen --target web --out-dir pkg
#   optimize_wasm       npm install binaryen (wasm-opt) if missing; wasm-opt -Oz
#   assemble_extension  copy pkg/ and the extension's files into dist/, zip it

build_wasm() { note "wasm build: not part of this issue yet"; }
bindgen_wasm() { :; }
optimize_wasm() { :; }
assemble_extension() { :; }

build_all() {
    ensure_toolchain
    build_cli
    build_wasm
    bindgen_wasm
    optimize_wasm
    assemble_extension
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

run_tests() {
    ensure_toolchain
    step "Checking formatting (cargo fmt --all --check)"
    cargo fmt --all --check
    step "Linting (cargo clippy --all-targets -- -D warnings)"
    cargo clippy --all-targets -- -D warnings
    step "Running every test: unit, integration, properties, CLI, regression, doc (cargo test)"
    TEST_LOG=$(mktemp)
    trap 'rm -f "$TEST_LOG"' EXIT
    # tee keeps the output live; with pipefail the status is cargo test's own.
    # --no-fail-fast runs every test binary, so one failure hides no other.
    local status=0
    cargo test --no-fail-fast 2>&1 | tee "$TEST_LOG" || status=$?
    run_eval
    # The eval report is long: repeat cargo test's closing lines so the
    # outcome is the last thing on screen (and in CI's log).
    step "Test summary (cargo test)"
    grep '^test result:' "$TEST_LOG" || true
    awk '/^test result:/ { for (i = 1; i < NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
         END { printf "tests: %d passed, %d failed\n", p, f }' "$TEST_LOG"
    if [ "$status" -ne 0 ]; then
        echo "error: cargo test failed (exit $status)" >&2
        exit "$status"
    fi
}

run_bench() {
    ensure_toolchain
    step "Benchmarking analyze (cargo bench, short settings: 1 s warm-up, 3 s measurement)"
    cargo bench --bench analyze -- --warm-up-time 1 --measurement-time 3 "$@"
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
    mkdir -p fuzz/corpus/analyze
    step "Fuzzing analyze for ${seconds}s (cargo fuzz run analyze, one process)"
    # cargo-fuzz passes -Zsanitizer=address, a nightly flag; RUSTC_BOOTSTRAP=1
    # lets the stable toolchain accept it, so no nightly is needed. New inputs
    # go to fuzz/corpus/analyze (git-ignored); fuzz/seeds holds starting posts.
    # One libFuzzer process (no -jobs/-workers) keeps to one core.
    RUSTC_BOOTSTRAP=1 cargo fuzz run analyze fuzz/corpus/analyze fuzz/seeds -- \
        -max_total_time="$seconds" -max_len=4096 -timeout=10 -print_final_stats=1
    step "Fuzzing finished: no crash in ${seconds}s"
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
