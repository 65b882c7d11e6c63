#!/usr/bin/env bash
# Builds the installable application with jlink and jpackage, into target/installer/:
#   runtime/            the Java runtime (JDK modules only, from installer/jlink-modules.txt)
#   image/rapporteur/   the app image: bin/rapporteur, the runtime, the jar and its libraries (Linux),
#                       with an AOT cache for a faster start when the JDK is 25+ and a display is at hand
#   rapporteur_*.deb    the Debian package, installing into /opt/rapporteur (Linux)
# On macOS it builds Rapporteur.app and a .dmg, on Windows (Git Bash) an app image and an .msi, from
# the same module list and options; see installer/README.md.
#
#   installer/build.sh [--image-only] [--no-jar] [--no-aot]
#     --image-only  stop after the app image (no package, so no fakeroot/dpkg-deb, WiX or Xcode tools)
#     --no-jar      use target/rapporteur.jar and target/lib/ as they are (CI has just built them)
#     --no-aot      no AOT cache (no training run of the window)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
. "$root/scripts/jdk.sh"

image_only=""; build_jar=1; aot=1
for arg in "$@"; do
  case "$arg" in
    --image-only) image_only=1 ;;
    --no-jar) build_jar="" ;;
    --no-aot) aot="" ;;
    *) echo "installer/build.sh: unknown option $arg (known: --image-only, --no-jar, --no-aot)" >&2; exit 2 ;;
  esac
done

fail() { echo "installer/build.sh: $*" >&2; exit 1; }
step() { echo "== $*" >&2; }

rapporteur_use_jdk
for tool in jlink jpackage; do
  [ -x "$JAVA_HOME/bin/$tool" ] || fail "the JDK at $JAVA_HOME has no $tool; use a full JDK 21+ (set JAVA_HOME)."
done
jdk_major=$(rapporteur_java_major "$JAVA_HOME/bin/java")

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=mac ;;
  MINGW* | MSYS* | CYGWIN*) os=windows ;;
  *) fail "unknown system $(uname -s); jpackage builds on Linux, macOS and Windows." ;;
esac

# Check for the packaging tools first, so a missing one costs seconds, not a whole build.
if [ -z "$image_only" ]; then
  case "$os" in
    linux)
      missing=""
      command -v fakeroot >/dev/null || missing="$missing fakeroot"
      command -v dpkg-deb >/dev/null || missing="$missing dpkg-deb"
      [ -z "$missing" ] || fail "building the .deb needs$missing. Install them (Debian/Ubuntu: sudo apt-get install fakeroot dpkg-dev)
or build only the app image: installer/build.sh --image-only" ;;
    windows)
      command -v candle.exe >/dev/null || command -v wix.exe >/dev/null \
        || fail "building the .msi needs the WiX Toolset (3.x: candle/light, or 4+: wix) on the PATH; see installer/README.md." ;;
  esac
fi

out="$root/target/installer"
started=$SECONDS

if [ -n "$build_jar" ]; then
  step "Building target/rapporteur.jar (./mvnw -B -DskipTests package)"
  (cd "$root" && ./mvnw -B -q -DskipTests package)
fi
[ -f "$root/target/rapporteur.jar" ] && [ -d "$root/target/lib" ] \
  || fail "target/rapporteur.jar or target/lib/ is missing; build it: ./mvnw -B -DskipTests package"

# The version the jar reports ("Rapporteur 0.1.0-SNAPSHOT"); packages want the numbers only (0.1.0).
version=$("$JAVA_HOME/bin/java" -jar "$root/target/rapporteur.jar" --version | awk '{print $2}')
app_version=${version%%-*}
[[ "$app_version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || fail "the jar reports version '$version', not one a package takes (like 1.2.3)."
step "Rapporteur $version (package version $app_version), JDK $jdk_major at $JAVA_HOME"

rm -rf "$out"
mkdir -p "$out/input/lib"
# jpackage copies --input into the image's app folder; the jar's manifest finds its libraries in lib/ beside it.
cp "$root/target/rapporteur.jar" "$out/input/"
cp "$root/target/lib/"*.jar "$out/input/lib/"

step "jlink: the runtime"
modules=$(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$here/jlink-modules.txt" | grep -v '^$' | paste -sd, -)
# Not compressed: the .deb/.dmg/.msi compress it anyway, and uncompressed modules load faster at start-up.
# bin/java stays (a few kB): the JVM runs it to assemble the AOT cache, and it helps when supporting a user.
"$JAVA_HOME/bin/jlink" --add-modules "$modules" --include-locales en,es,fr,pt \
  --strip-debug --no-header-files --no-man-pages \
  --output "$out/runtime"

# What the application needs at run time, the same on every system. Everything (JavaFX and ControlsFX
# included) runs on the class path, as `java -jar` and the tests do, so ControlsFX needs no --add-exports:
# it can only be granted to named modules, and here javafx.base is not one.
java_options=(--java-options "--enable-native-access=ALL-UNNAMED")  # JavaFX loads its native libraries
if [ "$jdk_major" -ge 23 ]; then
  # JavaFX 21's Marlin renderer uses sun.misc.Unsafe's memory methods; from JDK 23 on they warn unless allowed.
  java_options+=(--java-options "--sun-misc-unsafe-memory-access=allow")
fi

common=(--name "$( [ "$os" = linux ] && echo rapporteur || echo Rapporteur )"
  --app-version "$app_version"
  --vendor "Rapporteur"
  --description "The rapporteur's desktop application for intergovernmental meetings"
  --input "$out/input" --main-jar rapporteur.jar --main-class org.rapporteur.Main
  --runtime-image "$out/runtime"
  "${java_options[@]}")

# The AOT cache (JDK 25+, JEP 514): a training run of the app image records the classes that opening the
# window loads and links, and the JVM writes them to lib/app/rapporteur.aot at exit; the launcher then starts
# with -XX:AOTCache. It needs a display for the window: $DISPLAY, or an Xvfb started here.
train_aot_cache() {  # $1: the app image's folder
  local image=$1 cache="$1/lib/app/rapporteur.aot" cfg="$1/lib/app/rapporteur.cfg" xvfb="" pid i
  if [ -z "$aot" ]; then step "AOT cache: skipped (--no-aot)"; return; fi
  if [ "$jdk_major" -lt 25 ]; then step "AOT cache: skipped (it needs a JDK 25+; this is $jdk_major)"; return; fi
  if [ -z "${DISPLAY:-}" ]; then
    if ! command -v Xvfb >/dev/null; then
      step "AOT cache: skipped (no DISPLAY and no Xvfb for the training run; Debian: apt-get install xvfb)"; return
    fi
    export DISPLAY=":$((100 + RANDOM % 400))"
    Xvfb "$DISPLAY" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
    sleep 1
  fi
  step "AOT cache: a training run of the window on $DISPLAY"
  rm -rf "$out/training"; mkdir -p "$out/training"
  JAVA_TOOL_OPTIONS="-Drapporteur.startupReport=$out/training/first-window.txt -XX:AOTCacheOutput=$cache" \
    "$image/bin/rapporteur" --store "$out/training/store" >"$out/training/log.txt" 2>&1 & pid=$!
  for i in $(seq 1 600); do
    [ -s "$out/training/first-window.txt" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if [ -s "$out/training/first-window.txt" ]; then
    sleep 3  # the store opens and the meetings list fills after the window is shown: part of every start
    kill -TERM "$pid" 2>/dev/null  # a normal JVM exit: it writes the cache (a second JVM assembles it), then ends
  else
    kill -TERM "$pid" 2>/dev/null
  fi
  wait "$pid" 2>/dev/null || true
  [ -z "$xvfb" ] || kill "$xvfb" 2>/dev/null
  if [ ! -s "$cache" ]; then
    step "AOT cache: none was written (no window within 60 s?); the app starts without it. See $out/training/log.txt"
    rm -f "$cache"; return
  fi
  # The launcher's options are the [JavaOptions] of its .cfg; $APPDIR is where the jar and the cache are.
  # -Xlog:aot*=off: a cache that no longer matches (the image copied without its files' times) is not used,
  # and the program should then start as it would without one, not print the JVM's errors on every start.
  # `JAVA_TOOL_OPTIONS=-XX:AOTMode=on rapporteur --version` fails instead when the cache cannot be used.
  sed -i 's|^\[JavaOptions\]$|&\njava-options=-XX:AOTCache=$APPDIR/rapporteur.aot\njava-options=-Xlog:aot*=off|' "$cfg"
  grep -q 'AOTCache' "$cfg" || fail "could not add the AOT cache to $cfg"
  step "AOT cache: $(du -h "$cache" | cut -f1) (the training run's window came after $(sed -n "s/^first-window-ms=//p" "$out/training/first-window.txt") ms)"
}

# The AOT cache checks the modification time of every jar, and jpackage's copy into the .deb gives them
# new ones. So the training runs on the package's own files, unpacked, and the package is built again
# around them; dpkg installs the files with the times they have in the package.
add_aot_cache_to_deb() {  # $1: the .deb jpackage made
  local deb=$1 tree="$out/deb-tree"
  [ -f "$deb" ] || fail "jpackage made no $deb"
  rm -rf "$tree"
  dpkg-deb -R "$deb" "$tree"
  train_aot_cache "$tree/opt/rapporteur"
  if [ -s "$tree/opt/rapporteur/lib/app/rapporteur.aot" ]; then
    sed -i "s/^Installed-Size: .*/Installed-Size: $(du -sk "$tree/opt" | cut -f1)/" "$tree/DEBIAN/control"
    step "dpkg-deb: the .deb again, with the AOT cache"
    dpkg-deb --root-owner-group --build "$tree" "$deb" >/dev/null
    # The app image gets the same files, times included, so it starts with the cache too.
    rm -rf "$out/image/rapporteur"
    cp -a "$tree/opt/rapporteur" "$out/image/rapporteur"
  fi
  rm -rf "$tree"
}

case "$os" in
  linux)
    step "jpackage: the app image"
    "$JAVA_HOME/bin/jpackage" --type app-image "${common[@]}" \
      --icon "$here/icons/rapporteur-256.png" --dest "$out/image"
    if [ -n "$image_only" ]; then
      train_aot_cache "$out/image/rapporteur"
    else
      step "jpackage: the .deb"
      # jpackage takes the menu icon from the resource folder (not from --icon) when it packages an image,
      # so the folder gets a copy as rapporteur.png.
      rm -rf "$out/resources"; cp -r "$here/linux" "$out/resources"
      cp "$here/icons/rapporteur-256.png" "$out/resources/rapporteur.png"
      # GTK 3 is what JavaFX draws with; its natives are inside the JavaFX jars, so jpackage cannot see it.
      "$JAVA_HOME/bin/jpackage" --type deb --app-image "$out/image/rapporteur" \
        --name rapporteur --app-version "$app_version" --vendor "Rapporteur" \
        --description "The rapporteur's desktop application for intergovernmental meetings" \
        --resource-dir "$out/resources" \
        --linux-shortcut --linux-deb-maintainer "rapporteur@localhost" \
        --linux-package-deps "libgtk-3-0 | libgtk-3-0t64" \
        --dest "$out"
      rm -rf "$out/resources"
      add_aot_cache_to_deb "$out/rapporteur_${app_version}_amd64.deb"
    fi ;;
  mac)
    # macOS refuses an app version whose first number is 0 (CFBundleVersion).
    [ "${app_version%%.*}" -ge 1 ] || fail "macOS needs a version of 1.0 or later; the project is at $version."
    step "jpackage: Rapporteur.app"
    "$JAVA_HOME/bin/jpackage" --type app-image "${common[@]}" \
      --icon "$here/icons/rapporteur.icns" --mac-package-identifier org.rapporteur --dest "$out/image"
    if [ -z "$image_only" ]; then
      step "jpackage: the .dmg"
      "$JAVA_HOME/bin/jpackage" --type dmg --app-image "$out/image/Rapporteur.app" \
        --name Rapporteur --app-version "$app_version" --dest "$out"
    fi ;;
  windows)
    step "jpackage: the app image"
    "$JAVA_HOME/bin/jpackage" --type app-image "${common[@]}" \
      --icon "$here/icons/rapporteur.ico" --dest "$out/image" \
      --add-launcher rapporteur-cli="$here/windows/console-launcher.properties"
    if [ -z "$image_only" ]; then
      step "jpackage: the .msi"
      # A fixed upgrade UUID, so a newer .msi replaces the installed version instead of sitting beside it.
      "$JAVA_HOME/bin/jpackage" --type msi --app-image "$out/image/Rapporteur" \
        --name Rapporteur --app-version "$app_version" --vendor "Rapporteur" \
        --win-menu --win-menu-group Rapporteur --win-shortcut --win-dir-chooser \
        --win-upgrade-uuid 6f1c7a52-3b8e-4d0f-9a51-2c7e5d4b8a10 --dest "$out"
    fi ;;
esac

rm -rf "$out/input"
step "Done in $((SECONDS - started)) s:"
du -sh "$out"/runtime "$out"/image/* "$out"/*.deb "$out"/*.dmg "$out"/*.msi 2>/dev/null | sed "s/^/   /" >&2 || true
