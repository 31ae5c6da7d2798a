#!/usr/bin/env bash
# npm audit of the production dependencies: fails on a high or critical
# advisory. Where the registry offers no audit service (this workplace's
# mirror answers 405), it says so and does not fail: that is not a finding.
set -uo pipefail
output=$(npm audit --omit=dev --audit-level=high 2>&1)
status=$?
if [ $status -eq 0 ]; then
  echo "npm audit --omit=dev: no high or critical advisory."
  exit 0
fi
if grep -qiE "audit endpoint returned an error|405 Method Not Allowed|ENOAUDIT|EAI_AGAIN|ENOTFOUND" <<<"$output"; then
  echo "npm audit --omit=dev could not run: the registry has no audit service here." >&2
  exit 0
fi
echo "$output"
exit $status
