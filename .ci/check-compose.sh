#!/usr/bin/env bash
# Validates docker-compose.yml without a Docker engine: the compose client parses, interpolates
# and validates it (`config -q`), then the resolved file is checked for what the deployment relies
# on: three Kafka nodes, the one-shot topics service, ingest, two processor replicas and alerts.
# Works with Debian's docker-compose 1.29 (installed here if missing) and with Compose v2.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

compose_file=docker-compose.yml
fail() {
    echo "check-compose: FAIL: $*" >&2
    exit 1
}

if ! command -v docker-compose > /dev/null 2>&1; then
    echo "check-compose: docker-compose not found; installing Debian's package" >&2
    sudo=""
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo > /dev/null 2>&1 || fail "docker-compose is missing and installing it needs root or sudo"
        sudo="sudo"
    fi
    # apt's chatter is shown only if the install fails.
    if ! log=$($sudo apt-get update -qq 2>&1 \
        && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose 2>&1); then
        echo "$log" >&2
        fail "could not install docker-compose with apt-get"
    fi
fi
echo "check-compose: using $(docker-compose version 2> /dev/null | head -n 1)"

[[ -f $compose_file ]] || fail "$compose_file not found in $(pwd)"
docker-compose -f "$compose_file" config -q || fail "docker-compose rejects $compose_file (see above)"

resolved=$(docker-compose -f "$compose_file" config) || fail "docker-compose cannot resolve $compose_file"
services=$(docker-compose -f "$compose_file" config --services) || fail "docker-compose cannot list services"

# The block of one service in the resolved file: its lines up to the next service or top-level key.
service_block() {
    awk -v name="$1" '
        /^[^ ]/ { in_services = ($0 == "services:"); in_block = 0; next }
        in_services && /^  [^ ]/ { in_block = ($0 == "  " name ":"); next }
        in_block { print }
    ' <<< "$resolved"
}

kafka_nodes=$(grep -cE '^kafka-[0-9]+$' <<< "$services" || true)
[[ $kafka_nodes -eq 3 ]] || fail "expected 3 Kafka services kafka-1..3, found $kafka_nodes"
for node in kafka-1 kafka-2 kafka-3; do
    block=$(service_block "$node")
    grep -qE '^    image: apache/kafka:' <<< "$block" || fail "$node does not run an apache/kafka image"
    grep -qE 'KAFKA_PROCESS_ROLES: .*broker' <<< "$block" || fail "$node is not a broker"
    grep -qE 'KAFKA_PROCESS_ROLES: .*controller' <<< "$block" || fail "$node is not a controller"
    grep -qE '^    healthcheck:' <<< "$block" || fail "$node has no healthcheck"
done

for service in topics ingest processor alerts; do
    grep -qx "$service" <<< "$services" || fail "service '$service' is missing"
    block=$(service_block "$service")
    grep -qE '^    (build|image):' <<< "$block" || fail "$service has neither build nor image"
done

processor=$(service_block processor)
replicas=$(sed -nE 's/^      replicas: *([0-9]+).*/\1/p; s/^    scale: *([0-9]+).*/\1/p' <<< "$processor" | head -n 1)
[[ ${replicas:-1} -eq 2 ]] || fail "processor must run 2 replicas (deploy.replicas or scale), found ${replicas:-1}"

# (Here-strings, not pipes into grep -q: with pipefail an early exit of grep -q can fail the pipe.)
for service in ingest processor alerts; do
    waits=$(grep -A2 -E '^      topics:' <<< "$(service_block "$service")" || true)
    grep -q 'condition: service_completed_successfully' <<< "$waits" \
        || fail "$service must wait for topics to complete successfully"
done

echo "check-compose: OK: $compose_file is valid; kafka-1..3, topics, ingest, processor (2 replicas), alerts"
