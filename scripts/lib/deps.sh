# Installs the Debian packages named in $@ that are missing (apt-get update only if needed).
# Sourced by the scripts in scripts/; needs root (or sudo) on Debian bookworm.
cxaudit_install_missing() {
  local missing=()
  local pkg
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "Installing: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Boost ≥ 1.74 headers: any installed Boost development package will do; otherwise 1.81.
cxaudit_boost_package() {
  if dpkg -s libboost-dev >/dev/null 2>&1 || dpkg -s libboost1.81-dev >/dev/null 2>&1 ||
     dpkg -s libboost1.74-dev >/dev/null 2>&1; then
    return 0
  fi
  echo libboost1.81-dev
}

cxaudit_jobs() { nproc 2>/dev/null || echo 2; }
