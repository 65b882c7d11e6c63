#!/usr/bin/env bash
# Builds the installable application with jlink and jpackage, into target/installer/:
#   runtime/            the Java runtime (JDK modules only, from installer/jlink-modules.txt)
#   image/rapporteur/   the app image: bin/rapporteur, the runtime, the jar and its libraries (Linux)
#   rapporteur_*.deb    the Debian package, installing into /opt/rapporteur (Linux)
# On macOS it builds Rapporteur.app and a .dmg, on Windows (Git Bash) an app image and an .msi, from
# the same module list and options; see installer/README.md.
#
#   installer/build.sh [--image-only] [--no-jar]
#     --image-only  stop after the app image (no package, so no fakeroot/dpkg-deb, WiX or Xcode tools)
#     --no-jar      use target/rapporteur.jar and target/lib/ as they are (CI has just built them)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
. "$root/scripts/jdk.sh"

image_only=""; build_jar=1
for arg in "$@"; do
  case "$arg" in
    --image-only) image_only=1 ;;
    --no-jar) build_jar="" ;;
    *) echo "installer/build.sh: unknown option $arg (known: --image-only, --no-jar)" >&2; exit 2 ;;
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
"$JAVA_HOME/bin/jlink" --add-modules "$modules" --include-locales en,es,fr,pt \
  --strip-debug --no-header-files --no-man-pages --strip-native-commands \
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

case "$os" in
  linux)
    step "jpackage: the app image"
    "$JAVA_HOME/bin/jpackage" --type app-image "${common[@]}" \
      --icon "$here/icons/rapporteur-256.png" --dest "$out/image"
    if [ -z "$image_only" ]; then
      step "jpackage: the .deb"
      # Built from the same options, not from the image: jpackage then takes the icon given, not its own.
      # GTK 3 is what JavaFX draws with; its natives are inside the JavaFX jars, so jpackage cannot see it.
      "$JAVA_HOME/bin/jpackage" --type deb "${common[@]}" \
        --resource-dir "$here/linux" --icon "$here/icons/rapporteur-256.png" \
        --linux-shortcut --linux-deb-maintainer "rapporteur@localhost" \
        --linux-package-deps "libgtk-3-0 | libgtk-3-0t64" \
        --dest "$out"
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
