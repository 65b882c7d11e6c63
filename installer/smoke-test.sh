#!/usr/bin/env bash
# Installs the .deb that installer/build.sh made and uses it as a user would, with no JDK on the PATH:
# `rapporteur --version`, the sample meeting into a new store, its report exported to Word; then, when Xvfb
# is there, the app image's window and the time it took to appear; last, the package is removed again.
# Needs root (it installs and removes the package). CI runs it after the tests; see .ci/run.
#
#   installer/smoke-test.sh [target/installer/rapporteur_VERSION_amd64.deb]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
fail() { echo "smoke test: FAILED: $*" >&2; exit 1; }
say() { echo "smoke test: $*" >&2; }

deb=${1:-$(ls "$root"/target/installer/rapporteur_*.deb 2>/dev/null | head -1)}
[ -n "$deb" ] && [ -f "$deb" ] || fail "no .deb given and none in target/installer/; build it: installer/build.sh"
[ "$(id -u)" -eq 0 ] || fail "it installs the package, so it must run as root (sudo installer/smoke-test.sh)"

# apt-get installs what the package depends on (GTK 3, xdg-utils) if it is missing; dpkg -i would stop there.
say "installing $deb"
install_deb() { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$(readlink -f "$deb")" >>/tmp/rapporteur-install.log 2>&1; }
: >/tmp/rapporteur-install.log
if ! install_deb; then
  # A fresh machine may not know where to get a dependency yet.
  apt-get update -qq >>/tmp/rapporteur-install.log 2>&1 || true
  install_deb || { cat /tmp/rapporteur-install.log >&2; fail "the package did not install (log above)"; }
fi
launcher=/usr/bin/rapporteur
[ -x "$launcher" ] || fail "the package installed no $launcher"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/no-jdk" "$work/home"
# A user's environment without any Java: the launcher must bring its own runtime. Arguments NAME=VALUE
# before the command add to that environment.
as_user() { env -i HOME="$work/home" PATH="$work/no-jdk" LANG=C.UTF-8 "$@"; }

version=$(as_user "$launcher" --version) || fail "rapporteur --version exited with $?"
[[ "$version" == "Rapporteur "* ]] || fail "rapporteur --version printed '$version'"
say "rapporteur --version: $version"

cfg=/opt/rapporteur/lib/app/rapporteur.cfg
if grep -q AOTCache "$cfg"; then
  # AOTMode=on turns "cache not usable, started without it" into an error.
  as_user JAVA_TOOL_OPTIONS=-XX:AOTMode=on "$launcher" --version >/dev/null 2>"$work/aot.txt" \
    || { cat "$work/aot.txt" >&2; fail "the installed AOT cache cannot be used"; }
  say "the AOT cache is used"
else
  say "no AOT cache in this package (built without a display, or with a JDK before 25)"
fi

id=$(as_user "$launcher" --store "$work/store" sample) || fail "rapporteur sample exited with $?"
as_user "$launcher" --store "$work/store" export "$id" --format docx --out "$work/report.docx" \
  --annex documents,participants,decisions,statistics || fail "rapporteur export --format docx exited with $?"
[ -s "$work/report.docx" ] || fail "the export wrote no report.docx"
# A .docx is a zip with word/document.xml; the report's title must be in it.
if command -v python3 >/dev/null; then
  python3 - "$work/report.docx" <<'EOF' || fail "report.docx is not the sample's report"
import sys, zipfile
xml = zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode("utf-8")
sys.exit(0 if "REPORT OF THE RAPPORTEUR" in xml else 1)
EOF
fi
say "exported the sample's report: $(du -h "$work/report.docx" | cut -f1) report.docx"

if command -v Xvfb >/dev/null && ldconfig -p | grep -q libgtk-3.so.0; then
  display=":$((100 + RANDOM % 400))"
  Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
  sleep 1
  as_user DISPLAY="$display" JAVA_TOOL_OPTIONS="-Drapporteur.startupReport=$work/first-window.txt" \
    "$launcher" --store "$work/store" >"$work/window.log" 2>&1 & app=$!
  for _ in $(seq 1 600); do
    [ -s "$work/first-window.txt" ] && break
    kill -0 "$app" 2>/dev/null || break
    sleep 0.1
  done
  kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  [ -s "$work/first-window.txt" ] || { cat "$work/window.log" >&2; fail "no window within 60 s (log above)"; }
  say "the window appeared after $(sed -n "s/^first-window-ms=//p" "$work/first-window.txt") ms"
else
  say "no Xvfb or GTK 3 here: the window was not started"
fi

dpkg -r rapporteur >/tmp/rapporteur-remove.log 2>&1 || { cat /tmp/rapporteur-remove.log >&2; fail "dpkg -r rapporteur failed"; }
[ ! -e "$launcher" ] || fail "dpkg -r left $launcher behind"
say "passed (and the package was removed again)"
