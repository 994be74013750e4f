#!/usr/bin/env bash
# The benchmark, in one command:  bash tests/SiteGen.Benchmarks/run.sh [--runs 5] [--heavy-runs 3] [--sizes 1,20,100]
# Installs the peers from Debian (pandoc, hugo, weasyprint, chromium, time) and npm (Typst 0.14 through
# typst-ts-node-compiler, pinned by tools/package-lock.json), publishes the CLI twice
# (plain IL, and the native program .ci/install-sitegen installs), builds synthetic archives of N reports from input/, times SiteGen and the
# peers as processes, and writes tests/SiteGen.Benchmarks/RESULTS.md. Never run by the test suite.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../.ci/lib.sh"
ROOT=$(repo_root)
cd "$ROOT"

bash .ci/install-build-deps
apt_ensure pandoc hugo weasyprint chromium time fontconfig
# Node and npm come with the machine image; Debian's only where they are really absent (as install-test-deps).
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    apt_ensure nodejs npm
fi
(cd tests/SiteGen.Benchmarks/tools && npm ci --no-audit --no-fund --loglevel=error)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
WORK=${SITEGEN_BENCH_WORK:-/tmp/sitegen-bench}
mkdir -p "$WORK"
log "publishing the CLI (JIT and native) into $WORK"
# Quiet when it works, the whole log when it does not.
quietly() { "$@" > "$WORK/step.log" 2>&1 || { cat "$WORK/step.log"; log "failed: $*"; exit 1; }; }
quietly dotnet publish src/SiteGen.Cli -c Release -o "$WORK/cli-jit" -p:UseAppHost=false
# The native variant is published exactly as .ci/install-sitegen publishes the `sitegen` users run.
read -r -a native <<< "$(sitegen_publish_args)"
quietly dotnet publish src/SiteGen.Cli -c Release "${native[@]}" -o "$WORK/cli-native"
quietly dotnet build tests/SiteGen.Benchmarks -c Release

dotnet tests/SiteGen.Benchmarks/bin/Release/net10.0/SiteGen.Benchmarks.dll \
    --repo "$ROOT" --work "$WORK" --cli-jit "$WORK/cli-jit" --cli-installed "$WORK/cli-native" \
    --results "$ROOT/tests/SiteGen.Benchmarks/RESULTS.md" "$@"
