# Sourced by ./rapporteur and .ci/run: sets JAVA_HOME (and PATH) to a JDK 21 or newer.
# Takes JAVA_HOME when it is new enough, else the newest JDK >= 21 in the usual places.

rapporteur_java_major() {  # the feature version of the java binary given, or 0
  "$1" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); found=1} END {if (!found) print 0}'
}

rapporteur_pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(rapporteur_java_major "$JAVA_HOME/bin/java")" -ge 21 ]; then
    echo "$JAVA_HOME"; return
  fi
  local best="" best_major=0 dir m
  for dir in /usr/lib/jvm/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$dir/bin/javac" ] || continue
    m=$(rapporteur_java_major "$dir/bin/java")
    if [ "$m" -ge 21 ] && [ "$m" -gt "$best_major" ]; then best=$dir; best_major=$m; fi
  done
  if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
    dir=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    [ "$(rapporteur_java_major "$dir/bin/java")" -ge 21 ] && best=$dir
  fi
  echo "$best"
}

rapporteur_use_jdk() {
  local jdk
  jdk=$(rapporteur_pick_jdk)
  if [ -z "$jdk" ]; then
    echo "Rapporteur needs a JDK 21 or newer and found none (looked at JAVA_HOME, /usr/lib/jvm, /opt)." >&2
    echo "Install one (for example: apt-get install openjdk-21-jdk) or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME=$jdk
  export PATH="$JAVA_HOME/bin:$PATH"
}
