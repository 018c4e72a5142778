#!/usr/bin/env bash
# Requests per second through the gateway versus straight to the service behind it, on a running platform
# (infra/platform up), and the service's endpoint versus its bare liveness answer. Not a test: it asserts nothing,
# it prints the rates and their ratios, measured in one run so that a noisy machine affects all alike.
#
#   gateway/bench/run.sh [path] [requests] [concurrency]
#
# path         what to ask for (default /api/opportunities, a public read, so no token is needed)
# requests     how many requests each side gets (default 2000); with wrk, the duration instead (BENCH_SECONDS)
# concurrency  parallel connections (default 8)
#
# Environment: GATEWAY_URL (http://localhost:8080), SERVICE_URL (the owning service, default commissioning on
# http://localhost:8081), TOKEN (a bearer token, for paths that need one: TOKEN=$(infra/platform token admin)).
set -euo pipefail

path="${1:-/api/opportunities}"
requests="${2:-2000}"
concurrency="${3:-8}"
gateway="${GATEWAY_URL:-http://localhost:8080}"
service="${SERVICE_URL:-http://localhost:8081}"
seconds="${BENCH_SECONDS:-10}"

auth=()
[[ -n "${TOKEN:-}" ]] && auth=(-H "Authorization: Bearer $TOKEN")

for url in "$gateway$path" "$service$path"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" "$url" || true)
  if [[ "$status" != 2* ]]; then
    echo "GET $url answered $status; is the platform up (infra/platform up), and does the path need TOKEN?" >&2
    exit 1
  fi
done

# Prints the requests per second for one URL.
rate() {
  local url="$1"
  if command -v wrk >/dev/null; then
    local header=()
    [[ -n "${TOKEN:-}" ]] && header=(-H "Authorization: Bearer $TOKEN")
    local report
    report=$(wrk -t "$concurrency" -c "$concurrency" -d "${seconds}s" "${header[@]}" "$url")
    if grep -q 'Non-2xx' <<<"$report"; then
      echo "warning: $(grep 'Non-2xx' <<<"$report" | awk '{print $NF}') answers to $url were not 2xx (a 429 means the" \
        "gateway's rate limit: start the platform with RATE_LIMIT_REQUESTS=1000000 for a benchmark)" >&2
    fi
    awk '/Requests\/sec/ {print $2}' <<<"$report"
  else
    # curl: each worker makes its share of the requests over one keep-alive connection and prints each status.
    local per_worker=$(( (requests + concurrency - 1) / concurrency )) start end codes
    codes=$(mktemp)
    start=$(date +%s.%N)
    seq "$concurrency" | xargs -P "$concurrency" -I{} sh -c \
      'u="$1"; n="$2"; shift 2; i=0; set -- "$@"; args=""
       while [ $i -lt $n ]; do args="$args -o /dev/null $u"; i=$((i+1)); done
       curl -s -w "%{http_code}\n" "$@" $args' _ "$url" "$per_worker" "${auth[@]}" > "$codes"
    end=$(date +%s.%N)
    local failed
    failed=$(grep -cv '^2' "$codes" || true)
    rm -f "$codes"
    if ((failed > 0)); then
      echo "warning: $failed of $((per_worker * concurrency)) answers to $url were not 2xx (a 429 means the gateway's" \
        "rate limit; start it with a higher RATE_LIMIT_REQUESTS for a benchmark)" >&2
    fi
    awk -v n="$((per_worker * concurrency))" -v s="$start" -v e="$end" 'BEGIN { printf "%.1f\n", n / (e - s) }'
  fi
}

tool=$(command -v wrk >/dev/null && echo "wrk, ${seconds}s each" || echo "curl, $requests requests each")
echo "GET $path, concurrency $concurrency ($tool)"
through=$(rate "$gateway$path")
direct=$(rate "$service$path")
# The service's cheapest answer (liveness: no database, no security) is the bare hello-world baseline.
bare=$(rate "$service/q/health/live")
echo "through the gateway: $through requests/s"
echo "straight to service: $direct requests/s"
echo "bare endpoint:       $bare requests/s ($service/q/health/live)"
awk -v g="$through" -v d="$direct" 'BEGIN { if (d > 0) printf "ratio (gateway / direct): %.2f\n", g / d }'
awk -v d="$direct" -v b="$bare" 'BEGIN { if (b > 0) printf "ratio (endpoint / bare):  %.2f\n", d / b }'
