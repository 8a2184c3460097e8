#!/usr/bin/env bash
# Local S3-compatible server from Debian: OpenStack Swift + s3api middleware (real SigV4 checks).
# needs: apt-get install -y --no-install-recommends swift swift-proxy swift-account swift-container swift-object
# usage: s3-swift.sh start|stop   env: SWIFT_S3_DIR (default ${TMPDIR:-/tmp}/swift-s3), SWIFT_S3_PORT (default 8080)
# credentials: access key "test:tester", secret "testing", region us-east-1, forcePathStyle: true
set -euo pipefail
D=${SWIFT_S3_DIR:-${TMPDIR:-/tmp}/swift-s3}; PORT=${SWIFT_S3_PORT:-8080}
case "${1:-start}" in
start)
  mkdir -p "$D/etc" "$D/node/d1" "$D/run" "$D/log"
  printf '[swift-hash]\nswift_hash_path_suffix = local-suffix\nswift_hash_path_prefix = local-prefix\n[storage-policy:0]\nname = Policy-0\ndefault = yes\n' > "$D/etc/swift.conf"
  for t in account:6212 container:6211 object:6210; do
    n=${t%%:*}; p=${t##*:}
    if [ ! -f "$D/etc/$n.ring.gz" ]; then
      (cd "$D/etc" && swift-ring-builder $n.builder create 6 1 1 >/dev/null \
        && swift-ring-builder $n.builder add r1z1-127.0.0.1:$p/d1 100 >/dev/null \
        && swift-ring-builder $n.builder rebalance >/dev/null)
    fi
    printf '[DEFAULT]\nbind_ip = 127.0.0.1\nbind_port = %s\ndevices = %s/node\nmount_check = false\nswift_dir = %s/etc\nuser = %s\nworkers = 1\n[pipeline:main]\npipeline = %s-server\n[app:%s-server]\nuse = egg:swift#%s\n[%s-replicator]\n[%s-updater]\n[%s-auditor]\n' \
      "$p" "$D" "$D" "$(id -un)" "$n" "$n" "$n" "$n" "$n" "$n" > "$D/etc/$n-server.conf"
  done
  cat > "$D/etc/proxy-server.conf" <<EOF
[DEFAULT]
bind_ip = 127.0.0.1
bind_port = $PORT
swift_dir = $D/etc
user = $(id -un)
workers = 1
[pipeline:main]
# 'cache' is required by tempauth ("Memcache required" otherwise); a running memcached is not (it only logs ECONNREFUSED)
pipeline = catch_errors gatekeeper healthcheck proxy-logging cache listing_formats bulk tempurl s3api tempauth copy slo dlo versioned_writes symlink proxy-logging proxy-server
[app:proxy-server]
use = egg:swift#proxy
account_autocreate = true
[filter:s3api]
use = egg:swift#s3api
location = us-east-1
[filter:tempauth]
use = egg:swift#tempauth
user_test_tester = testing .admin
EOF
  for f in healthcheck cache catch_errors gatekeeper proxy-logging listing_formats bulk tempurl copy slo dlo versioned_writes symlink; do
    e=${f/proxy-logging/proxy_logging}; [ "$f" = cache ] && e=memcache
    printf '[filter:%s]\nuse = egg:swift#%s\n' "$f" "$e" >> "$D/etc/proxy-server.conf"
  done
  for n in account container object proxy; do
    setsid swift-$n-server "$D/etc/$n-server.conf" -v > "$D/log/$n.log" 2>&1 < /dev/null &
    echo $! > "$D/run/$n.pid"
  done
  # a loaded machine (2 cores, tests beside it) can take more than 10 s to start the proxy
  for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$PORT/healthcheck" >/dev/null && break; sleep 0.1; done
  curl -sf "http://127.0.0.1:$PORT/healthcheck" >/dev/null || { echo "swift did not start, see $D/log" >&2; exit 1; }
  echo "S3_ENDPOINT=http://127.0.0.1:$PORT"
  ;;
stop)
  for n in proxy object container account; do [ -f "$D/run/$n.pid" ] && kill "$(cat "$D/run/$n.pid")" 2>/dev/null || true; rm -f "$D/run/$n.pid"; done
  ;;
esac
