#!/usr/bin/env bash
# `npm audit --omit=dev`: fail on a high or critical finding in what ships;
# when the audit service cannot be reached (offline CI), say so and go on.
set -uo pipefail
out=$(npm audit --omit=dev --audit-level=high 2>&1)
status=$?
echo "$out" | grep -v 'Unknown user config' | tail -20
if [ $status -eq 0 ]; then
  exit 0
fi
if echo "$out" | grep -Eqi 'ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|network|audit endpoint returned an error|request to .* failed'; then
  echo "npm audit: the audit service could not be reached (offline); continuing without an audit."
  exit 0
fi
exit $status
