#!/usr/bin/env bash
# The benchmarks (docs/performance.md): start-up, typing under load, durability lag, export at scale, search and
# open, side by side with LibreOffice Writer and pandoc; and, when asked for, a shared meeting under load (three
# laptops on one PostgreSQL). Prints a table and writes target/bench/results.json.
# Not part of the tests or CI: it takes some ten minutes and wants a quiet machine.
#
#   scripts/bench.sh [--quick] [--reps N] [--typing-seconds S] [--sizes 1000,5000,10000]
#                    [--only startup,window,export,search,shared] [--shared-seconds S] [--build-image] [--no-install]
#
#   --quick         one repetition at small sizes and three seconds of typing: a check that it all runs (~2 min)
#   --only G,...    only these groups; without it every group but "shared"
#   --only shared   three laptops on one PostgreSQL, each saving 10 times a second into entries of its own, for
#                   --shared-seconds S (600; 10 with --quick): lost updates and propagation p50/p99. It runs
#                   scripts/postgres-for-tests.sh first (installs, starts and sets up the tests' server)
#   --build-image   build the installed image first (installer/build.sh --image-only), to measure its start too;
#                   without it the image is measured when target/installer/image/ is already there
#   --no-install    do not install what is missing (pandoc, LibreOffice Writer, Xvfb); its figures are left out
# Other options go to the benchmark itself (org.rapporteur.bench.Bench, in src/test/java).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. scripts/jdk.sh
rapporteur_use_jdk

build_image="" install=1 pass=() only="startup,window,export,search" after_only=""
for arg in "$@"; do
  if [ -n "$after_only" ]; then only=$arg; after_only=""; fi
  case "$arg" in
    --build-image) build_image=1 ;;
    --no-install) install="" ;;
    --only) after_only=1; pass+=("$arg") ;;
    *) pass+=("$arg") ;;
  esac
done
say() { echo "bench.sh: $*" >&2; }
# The groups that need a desktop (a display, Writer, pandoc), and whether the shared meeting's runs.
desktop="" shared=""
for group in ${only//,/ }; do
  case "$group" in
    shared) shared=1 ;;
    *) desktop=1 ;;
  esac
done

if [ -n "$shared" ]; then
  say "the shared meeting's group: making sure the tests' PostgreSQL runs (scripts/postgres-for-tests.sh)"
  scripts/postgres-for-tests.sh >&2
fi

# What the comparisons need, from Debian's packages: pandoc; LibreOffice Writer with its GTK 3 window (the -nogui
# build shows none); Xvfb for a display; GNU time for the largest resident size; GTK 3 for Rapporteur's window.
# The shared meeting alone needs none of them.
missing=()
if [ -n "$desktop" ]; then
  command -v pandoc >/dev/null || missing+=(pandoc)
  dpkg -s libreoffice-writer >/dev/null 2>&1 || missing+=(libreoffice-writer)
  dpkg -s libreoffice-gtk3 >/dev/null 2>&1 || missing+=(libreoffice-gtk3)
  command -v Xvfb >/dev/null || missing+=(xvfb)
  [ -x /usr/bin/time ] || missing+=(time)
  ldconfig -p | grep -q libgtk-3.so.0 || missing+=(libgtk-3-0)
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ -z "$install" ]; then
    say "not installing ${missing[*]} (--no-install); what needs them is left out"
  else
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    say "installing ${missing[*]} (Debian's packages)"
    $sudo apt-get update -qq >/dev/null || true
    if ! DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null; then
      # Debian 13 calls GTK 3's package libgtk-3-0t64.
      [[ " ${missing[*]} " == *" libgtk-3-0 "* ]] && missing=("${missing[@]/libgtk-3-0/libgtk-3-0t64}")
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null \
        || say "could not install ${missing[*]}; what needs them is left out"
    fi
  fi
fi

say "building the jar and the benchmark's classes (./mvnw -DskipTests package)"
./mvnw -B -q -DskipTests package
if [ -n "$build_image" ]; then
  say "building the installed image (installer/build.sh --image-only --no-jar)"
  installer/build.sh --image-only --no-jar
fi

classpath="$root/target/test-classes:$root/target/classes:$root/target/lib/*"
xvfb=""
cleanup() { [ -z "$xvfb" ] || kill "$xvfb" 2>/dev/null || true; }
trap cleanup EXIT
if [ -z "$desktop" ]; then
  unset DISPLAY
elif command -v Xvfb >/dev/null; then
  # A display of its own, with nothing else on it: the start-up is seen on its screen.
  for n in $(seq 150 250); do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || { display=":$n"; break; }
  done
  Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp -br >/dev/null 2>&1 & xvfb=$!
  for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
  export DISPLAY=$display
  say "Xvfb on $DISPLAY"
else
  unset DISPLAY
  say "no Xvfb: no start-up figures, and the window runs headless"
fi
"$JAVA_HOME/bin/java" -cp "$classpath" org.rapporteur.bench.Bench "${pass[@]+"${pass[@]}"}"
