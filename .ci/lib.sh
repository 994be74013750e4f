# Shared helpers for the .ci scripts. Sourced, not run.
# Kept in plain bash so a fresh Debian 12 machine needs nothing but apt to use it.

# Run as root directly (CI and dev machines here are root); fall back to sudo elsewhere.
if [ "$(id -u)" -eq 0 ]; then SUDO=(); else SUDO=(sudo); fi

# apt must never ask anything: CI has no stdin.
export DEBIAN_FRONTEND=noninteractive

log() { printf '[ci] %s\n' "$*" >&2; }

# retry N CMD...: apt can lose a race for the dpkg/lists lock against another apt
# process (unattended upgrades, a parallel session); waiting and trying again is enough.
retry() {
    local tries=$1; shift
    local n=1
    until "$@"; do
        if [ "$n" -ge "$tries" ]; then
            log "giving up after $n attempts: $*"
            return 1
        fi
        log "attempt $n failed, retrying in $((n * 10))s: $*"
        sleep $((n * 10))
        n=$((n + 1))
    done
}

# DPkg::Lock::Timeout makes apt itself wait for the lock instead of failing at once.
APT_OPTS=(-y -q -o DPkg::Lock::Timeout=120 -o Acquire::Retries=3)

is_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q '^install ok installed$'
}

apt_update() {
    log "apt-get update"
    retry 4 "${SUDO[@]}" apt-get "${APT_OPTS[@]}" update
}

# True when apt knows no installable version of a package: no lists yet, or lists
# from before the package was added. That is the only case where we need `apt-get update`.
no_candidate() {
    local cand
    cand=$(apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ {print $2}')
    [ -z "$cand" ] || [ "$cand" = "(none)" ]
}

# apt_ensure PKG...: install the packages that dpkg says are missing, and nothing else.
# Quick (no network, no apt) when everything is present already.
apt_ensure() {
    local missing=() p
    for p in "$@"; do
        is_installed "$p" || missing+=("$p")
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        log "already installed: $*"
        return 0
    fi
    local updated=0
    for p in "${missing[@]}"; do
        if no_candidate "$p"; then apt_update; updated=1; break; fi
    done
    log "installing: ${missing[*]}"
    # --no-install-recommends keeps the image small (chromium would pull in a desktop
    # notification daemon, upower, etc.); headless chromium runs without them.
    if ! "${SUDO[@]}" apt-get "${APT_OPTS[@]}" install --no-install-recommends "${missing[@]}"; then
        # Stale package lists give 404s for superseded .debs: refresh once and retry.
        # An earlier apt run killed midway leaves dpkg half-configured: finish that first.
        "${SUDO[@]}" dpkg --configure -a || true
        [ "$updated" -eq 1 ] || apt_update
        retry 3 "${SUDO[@]}" apt-get "${APT_OPTS[@]}" install --no-install-recommends "${missing[@]}"
    fi
}

# Repository root: the folder holding SiteGen.sln, whatever the caller's cwd.
repo_root() {
    cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd
}

# The runtime identifier the installed program is compiled for on this machine (linux-x64, linux-arm64,
# linux-musl-x64, osx-arm64, ...), or nothing where .NET has no native target. Used by install-sitegen
# and by the benchmark, so the benchmark's "native" variant is the program users install.
native_rid() {
    local arch os=linux
    case "$(uname -m)" in
        x86_64 | amd64) arch=x64 ;;
        aarch64 | arm64) arch=arm64 ;;
        armv7l | armv7*) arch=arm ;;
        *) return 0 ;;
    esac
    case "$(uname -s)" in
        Darwin) os=osx ;;
        Linux) if ldd --version 2>&1 | grep -qi musl; then os=linux-musl; fi ;;
        *) return 0 ;;
    esac
    echo "$os-$arch"
}

# The `dotnet publish` arguments of the installed `sitegen`: a native program compiled ahead of time for this
# machine (Native AOT; needs clang, which install-build-deps installs). Plain IL where there is no RID.
sitegen_publish_args() {
    local rid
    rid=$(native_rid)
    if [ -n "$rid" ]; then
        echo "-r $rid -p:PublishAot=true"
    fi
}
