#!/usr/bin/env bash
# The C++ code holds no domain knowledge: no topic of the seed corpus may appear in checker/.
# Everything about the seeds' subjects is data in rules/.
set -u
hits=$(grep -rniE 'baiterek|ba[iï]konou?r|kazakh|soyou?z|cosmodrome|spaceport|roscosmos' checker/ || true)
if [ -n "$hits" ]; then
  echo "domain knowledge in C++ code:"
  echo "$hits"
  exit 1
fi
# And the made-up subjects of the generic fixtures are known to no rule file (the docs may cite them).
hits=$(grep -rniE --include='*.json' 'vardenne|halden|morvel|sorel|lisk|brann' rules/ || true)
if [ -n "$hits" ]; then
  echo "fixture subjects must not be listed in rules/:"
  echo "$hits"
  exit 1
fi
echo "no domain knowledge in checker/, no fixture subject in rules/"
