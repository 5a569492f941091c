#!/bin/sh
# End-to-end test of `dotvox serve`: real servers on loopback (free
# ports), each with its own throw-away manifest and output folder, real
# worker processes, curl and tests/serve_check.py as the clients.
# Uploads (raw body and multipart) and their outputs (sha256 against the
# listing and the manifest, MIME types, ETag, Range), isolation between
# libraries, keys, bad requests (oversize, malformed, traversal, slow
# clients, rate limit), OPDS and the staff pages, a kill -9 of the whole
# service while jobs run, and SIGTERM.  Prints "ok - ..." / "not ok -
# ..."; exits 1 on any failure.
cd "$(dirname "$0")/.." || exit 1
if [ ! -x ./dotvox ]; then
    echo "not ok - ./dotvox not found or not executable: run make first"
    exit 1
fi
for p in curl python3 sqlite3 ps; do
    if ! command -v "$p" >/dev/null 2>&1; then
        echo "not ok - $p not installed (make deps)"; exit 1
    fi
done
PYTHONDONTWRITEBYTECODE=1; export PYTHONDONTWRITEBYTECODE
T=$(mktemp -d) || exit 1
SERVERS=""
FAILS=0
CHECK=tests/serve_check.py

. tests/lib_e2e.sh

# tree PID: PID and all its descendants (the supervisor and its workers
# run in a process group of their own, so the tree, not the group)
tree() {
    ps -eo pid=,ppid= | awk -v root="$1" '
        { kid[$2] = kid[$2] " " $1 }
        END { n = split(root, q, " "); out = root
              for (i = 1; i <= n; i++) {
                  m = split(kid[q[i]], k, " ")
                  for (j = 1; j <= m; j++) { q[++n] = k[j]; out = out " " k[j] } }
              print out }'
}
kill_tree() {   # kill_tree SIG PID: the tree, listed first, then signalled
    pids=$(tree "$2")
    # shellcheck disable=SC2086
    kill "-$1" $pids 2>/dev/null
}
cleanup() {
    for p in $SERVERS; do
        kill -0 "$p" 2>/dev/null && kill_tree KILL "$p"
    done
    rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    python3 -c 'import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}
# start NAME DB OUTDIR ARGS...: a server in the background; sets PID,
# BASE; its stderr in $T/NAME.log
start() {
    name=$1 db=$2 out=$3; shift 3
    port=$(free_port)
    ./dotvox serve --listen "127.0.0.1:$port" --db "$db" -o "$out" "$@" \
        2>"$T/$name.log" &
    PID=$!
    SERVERS="$SERVERS $PID"
    BASE="http://127.0.0.1:$port"
    if python3 "$CHECK" wait "$BASE"; then
        ok "$name: server answering on $BASE (pid $PID)"
    else
        nok "$name: server not answering"; sed 's/^/#   /' "$T/$name.log" | head -5
    fi
}
# stop PID DESC: SIGTERM, exit 0 within 10 s, nothing left of its tree
stop() {
    kids=$(tree "$1")
    kill -TERM "$1"
    i=0
    while kill -0 "$1" 2>/dev/null && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
    if kill -0 "$1" 2>/dev/null; then
        nok "$2: still running 10 s after SIGTERM"; kill_tree KILL "$1"; wait "$1"
        return
    fi
    wait "$1"; rc=$?
    if [ "$rc" -eq 0 ]; then ok "$2: SIGTERM -> exit 0 in $(echo "$i" | awk '{print $1/10}') s"
    else nok "$2: SIGTERM -> exit $rc"; fi
    sleep 0.5
    left=""
    for p in $kids; do kill -0 "$p" 2>/dev/null && left="$left $p"; done
    if [ -z "$left" ]; then ok "$2: supervisor and workers gone too"
    else nok "$2: processes left:$left"; kill -9 $left 2>/dev/null; fi
}
run_py() {
    out=$(python3 "$CHECK" "$@" 2>&1); rc=$?
    [ -n "$out" ] && printf '%s\n' "$out"
    n=$(printf '%s\n' "$out" | grep -c '^not ok')
    FAILS=$((FAILS + n))
    if [ "$rc" -ne 0 ] && [ "$n" -eq 0 ]; then nok "serve_check.py $1 failed (exit $rc)"; fi
}
key() {   # key NAME DB [--staff]: the new key on stdout
    ./dotvox library add "$1" --db "$2" $3 2>>"$T/keys.log"
}
jget() {  # jget FILE KEY
    python3 -c 'import json,sys
print(json.load(open(sys.argv[1], encoding="utf-8")).get(sys.argv[2], ""))' "$1" "$2" 2>/dev/null
}
hdr() {   # hdr FILE NAME: a response header's value
    tr -d '\r' < "$1" | awk -v h="$2" 'BEGIN { h = tolower(h) ": " }
        index(tolower($0), h) == 1 { print substr($0, length(h) + 1) }'
}
# post NAME WANT DESC CURL-ARGS...: a POST /v1/requests with curl; body
# in $T/NAME.json, headers in $T/NAME.h; sets ID
post() {
    name=$1 want=$2 desc=$3; shift 3
    code=$(curl -s -o "$T/$name.json" -D "$T/$name.h" -w '%{http_code}' "$@")
    ID=$(jget "$T/$name.json" id)
    loc=$(hdr "$T/$name.h" Location)
    if [ "$code" = "$want" ] && [ -n "$ID" ] && [ "$loc" = "/v1/requests/$ID" ]; then
        ok "$desc: $code, id $ID, Location $loc"
    else
        nok "$desc: $code (want $want), id '$ID', Location '$loc'"
        sed 's/^/#   /' "$T/$name.json" | head -3
    fi
}
code() {  # code KEY URL [CURL-ARGS]: the status code
    k=$1 u=$2; shift 2
    if [ -n "$k" ]; then curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $k" "$@" "$u"
    else curl -s -o /dev/null -w '%{http_code}' "$@" "$u"; fi
}
expect_code() {  # expect_code WANT GOT DESC
    if [ "$2" = "$1" ]; then ok "$3 -> $2"; else nok "$3 -> $2 (want $1)"; fi
}

DB=$T/main.db OUT=$T/main
KA=$(key lib-a "$DB"); KB=$(key lib-b "$DB"); KS=$(key staff "$DB" --staff)
if [ ${#KA} -ge 32 ] && [ ${#KB} -ge 32 ] && [ ${#KS} -ge 32 ] && [ "$KA" != "$KB" ]; then
    ok "library add: three distinct keys printed"
else
    nok "library add: keys '$KA' '$KB' '$KS'"; sed 's/^/#   /' "$T/keys.log"; exit 1
fi
if sqlite3 "$DB" 'SELECT key_sha256 FROM libraries' | grep -q "$KA"; then
    nok "the manifest holds a key in clear"
else
    ok "the manifest holds no key in clear"
fi

# --- 1. two libraries upload, poll, download -----------------------------
# --rate 0: this server is polled a lot; the limit has its own server below
start main "$DB" "$OUT" -j 2 --rate 0
MAIN=$PID MBASE=$BASE
ZH_SMALL=samples/taohuayuanji-zh.txt
printf 'A Short Walk\n\nBy Test Writer\n\nThe braille room was quiet. Every book on the shelf had dots.\n\nChapter 2\n\nThe night shift began at nine and ended at dawn.\n' > "$T/x.txt"
TITLE=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("桃花源记 测试"))')
post a1 201 "lib-a raw Chinese body, ?title&formats=brf,pef" \
    -H "Authorization: Bearer $KA" -H 'Content-Type: text/plain' \
    --data-binary @"$ZH_SMALL" "$MBASE/v1/requests?title=$TITLE&formats=brf,pef"
IDA=$ID
post a2 200 "lib-a the same upload again" \
    -H "Authorization: Bearer $KA" -H 'Content-Type: text/plain' \
    --data-binary @"$ZH_SMALL" "$MBASE/v1/requests?title=$TITLE&formats=brf,pef"
[ "$ID" = "$IDA" ] && ok "same upload -> same id $ID" || nok "same upload -> id $ID, first $IDA"
post b1 201 "lib-b multipart English, formats=brf,mp3" \
    -H "Authorization: Bearer $KB" -F file=@"$T/x.txt" -F formats=brf,mp3 "$MBASE/v1/requests"
IDB=$ID
post b2 200 "lib-b the same multipart again" \
    -H "Authorization: Bearer $KB" -F file=@"$T/x.txt" -F formats=brf,mp3 "$MBASE/v1/requests"
[ "$ID" = "$IDB" ] && ok "same multipart -> same id $ID" || nok "same multipart -> id $ID, first $IDB"
[ "$IDA" != "$IDB" ] && ok "two libraries, two requests" || nok "lib-a and lib-b share id $IDA"
n=$(sqlite3 "$DB" 'SELECT count(*) FROM requests')
[ "$n" = 2 ] && ok "2 rows in requests" || nok "$n rows in requests (want 2)"
run_py request "$MBASE" "$KA" "$IDA" "$DB" brf,pef
run_py request "$MBASE" "$KB" "$IDB" "$DB" brf,mp3
t=$(sqlite3 "$DB" "SELECT title FROM requests WHERE id=$IDA")
[ "$t" = "桃花源记 测试" ] && ok "title from the query string: $t" || nok "title '$t'"

# --- 2. isolation and keys ------------------------------------------------
run_py isolation "$MBASE" "$KA" "$KB" "$KS" "$IDA" "$IDB"
./dotvox library revoke lib-b --db "$DB" 2>/dev/null
expect_code 401 "$(code "$KB" "$MBASE/v1/requests/$IDB")" "revoked lib-b GET its own request"
expect_code 401 "$(code "$KB" "$MBASE/v1/requests" -F text=hello)" "revoked lib-b POST"
expect_code 200 "$(code "$KA" "$MBASE/v1/requests/$IDA")" "lib-a still served after lib-b's revocation"

# --- 3. bad requests ------------------------------------------------------
run_py bad "$MBASE" "$KA" "$IDA"
run_py slow "$MBASE" "$KA"
expect_code 404 "$(code "$KA" "$MBASE/no/such/path")" "curl unknown path"
expect_code 400 "$(code "$KA" "$MBASE/v1/requests/$IDA/files/..%2f..%2fetc%2fpasswd" --path-as-is)" \
    "curl ..%2f traversal"

ADB=$T/aux.db AOUT=$T/aux
KX=$(key lib-x "$ADB")
start big "$ADB" "$AOUT" -j 1 --max-upload 1000
run_py oversize "$BASE" "$KX" "$ADB" "$AOUT"
head -c 5000 /dev/zero | tr '\0' 'a' > "$T/big.txt"
expect_code 413 "$(code "$KX" "$BASE/v1/requests" -F file=@"$T/big.txt" -F formats=brf)" \
    "curl -F file=@5000-byte file over --max-upload 1000"
stop "$PID" "big"
start rate "$ADB" "$AOUT" -j 1 --rate 5
run_py rate "$BASE" "$KX"
stop "$PID" "rate"

# --- 4. OPDS, status page, report -----------------------------------------
run_py opds "$MBASE" "$KS" "$KA" "$DB"

# --- 5. kill -9 of the whole service while jobs run -----------------------
python3 - "$T/long-en.txt" <<'PY'
import sys
body = open("samples/english-sample.txt", encoding="utf-8").read().split("\n", 1)[1]
open(sys.argv[1], "w", encoding="utf-8").write("A Longer Night\n" + body * 2)
PY
post c1 201 "lib-a a larger Chinese text, brf,mp3" \
    -H "Authorization: Bearer $KA" -H 'Content-Type: text/plain' \
    --data-binary @samples/work-plan-zh.txt "$MBASE/v1/requests?formats=brf,mp3"
IDC1=$ID
post c2 201 "staff a larger English text, mp3" \
    -H "Authorization: Bearer $KS" -F file=@"$T/long-en.txt" -F formats=mp3 "$MBASE/v1/requests"
IDC2=$ID
i=0
while [ $i -lt 200 ]; do
    r=$(sqlite3 "$DB" "SELECT count(*) FROM jobs WHERE status='running' AND kind='audio'" 2>/dev/null)
    [ "${r:-0}" -gt 0 ] && break
    sleep 0.1; i=$((i + 1))
done
sleep 1
RUNNING=$(sqlite3 "$DB" "SELECT count(*) FROM jobs WHERE status='running'")
PROCS=$(tree "$MAIN")
# the supervisor's process group first (a group kill also catches a
# worker forked meanwhile), then what is left of the tree
MYGROUP=$(ps -o pgid= -p $$ | tr -d ' ')
KGROUPS=""
for g in $(ps -o pgid= -p "$(echo $PROCS | tr ' ' ',')" | sort -u); do
    [ "$g" != "$MYGROUP" ] && kill -9 "-$g" 2>/dev/null && KGROUPS="$KGROUPS $g"
done
kill_tree KILL "$MAIN"
wait "$MAIN" 2>/dev/null
# killed processes whose parent was killed too are reaped by init; until
# then they are zombies, which kill -0 (and so dotvox's stale temp file
# check) takes for alive: wait for them, as a real restart would come later
i=0 left=""
while [ $i -lt 300 ]; do
    left=""
    for p in $PROCS $(ps -eo pid=,pgid= | awk -v g="$KGROUPS" '
            BEGIN { split(g, a, " "); for (i in a) in_g[a[i]] = 1 }
            ($2 in in_g) { print $1 }'); do
        case " $left " in *" $p "*) ;; *) kill -0 "$p" 2>/dev/null && left="$left $p" ;; esac
    done
    [ -z "$left" ] && break
    sleep 0.1; i=$((i + 1))
done
zombie=""
for p in $left; do
    case $(ps -o stat= -p "$p") in Z*) zombie="$zombie $p" ;; esac
done
if [ -z "$left" ]; then ok "nothing of the killed service is left (reaped in $(echo $i | awk '{print $1/10}') s)"
elif [ "$left" = "$zombie" ]; then ok "nothing of the killed service runs (zombies not reaped by pid 1 after 30 s:$zombie)"
else nok "processes of the killed service survive:$left"
    ps -o pid,ppid,pgid,stat,args -p "$(echo $left | tr ' ' ',')" | sed 's/^/#   /'
fi
PROCS=$(echo $PROCS | wc -w)
if [ "${RUNNING:-0}" -gt 0 ]; then
    ok "kill -9 of the server and its $((PROCS - 1)) supervisor/worker processes with $RUNNING job(s) running"
else
    nok "no job was running at the kill (the test proves nothing)"
fi
start main2 "$DB" "$OUT" -j 2 --rate 0
MAIN2=$PID
run_py crash "$BASE" "$KS" "$DB" "$OUT" "$IDA" "$IDB" "$IDC1" "$IDC2"
a=$(sqlite3 "$DB" "SELECT max(attempts) FROM jobs WHERE id IN (SELECT job_id FROM request_jobs WHERE request_id IN ($IDC1,$IDC2))")
[ "${a:-0}" -ge 2 ] && ok "a killed job was run again (max attempts $a)" \
    || nok "no job shows a second attempt (max attempts '$a')"

# --- 6. SIGTERM -----------------------------------------------------------
stop "$MAIN2" "main2"
if grep -q 'stopping' "$T/main2.log"; then ok "main2: says it is stopping"
else nok "main2: no stopping message"; sed 's/^/#   /' "$T/main2.log" | head -5; fi

if [ "$FAILS" -eq 0 ]; then echo "e2e_serve: all passed"; exit 0; fi
echo "e2e_serve: $FAILS failed"
exit 1
