#!/bin/sh
# Installs the Debian packages dotvox needs to build, run, test and
# benchmark -- only those missing, with one apt-get update first.
set -e
PKGS="gcc make pkg-config liblouis-dev liblouis-data liblouis-bin
      libsqlite3-dev sqlite3 libssl-dev libxml2-utils python3 ca-certificates
      python3-jieba rime-data-terra-pinyin unicode-data opencc bzip2
      libxml2-dev lame libmp3lame-dev libsndfile1-dev libebur128-dev mpg123
      libmpg123-dev python3-mutagen espeak-ng libespeak-ng-dev
      libmicrohttpd-dev libjansson-dev curl wrk procps util-linux"
missing=""
for p in $PKGS; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0
echo "deps: installing$missing" >&2
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO=sudo
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends $missing
