#!/usr/bin/env bash
# Installs Debian's Java runtime for the Nu HTML Checker (vnu.jar from the vnu-jar package), which the browser
# tests run over every page. vnu-jar's own postinstall would download a Java build; Debian's is used instead.
set -euo pipefail
if command -v java >/dev/null 2>&1 && java -version 2>&1 | grep -qE 'version "(1[1-9]|[2-9][0-9])'; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Java 11 or newer is missing: run 'sudo apt-get update && sudo apt-get install -y openjdk-17-jre-headless' (or this script as root)." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq openjdk-17-jre-headless >/dev/null
java -version
