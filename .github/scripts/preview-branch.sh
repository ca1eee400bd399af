#!/usr/bin/env bash
# Publishes or removes one pull request's preview on the `previews` branch of `origin`, leaving
# every other folder of the branch as it is. Run inside a clone whose `origin` may be pushed to.
#
#   preview-branch.sh publish pr-12 path/to/built/site   # replace folder pr-12/ with the site
#   preview-branch.sh remove pr-12                       # delete folder pr-12/
#
# Prints "changed" or "unchanged" last. Used by .github/workflows/preview.yml and tested by
# tests/unit/preview-workflow.test.ts against a local repository.
set -euo pipefail

branch="${PREVIEW_BRANCH:-previews}"
action="${1:-}"
folder="${2:-}"
source="${3:-}"

if [[ ! "$folder" =~ ^pr-[0-9]+$ ]]; then
  echo "preview-branch.sh: the folder must be pr-<number>, got \"$folder\"" >&2
  exit 2
fi
case "$action" in
  publish) [ -d "$source" ] || { echo "preview-branch.sh: no built site at \"$source\"" >&2; exit 2; } ;;
  remove) ;;
  *) echo "usage: preview-branch.sh publish pr-<n> <site folder> | remove pr-<n>" >&2; exit 2 ;;
esac
if [ "$action" = publish ]; then
  # Outside the clone: switching branches below must neither delete nor commit it.
  source="$(cd "$source" && pwd -P)"
  top="$(git rev-parse --show-toplevel)"
  case "$source/" in "$(cd "$top" && pwd -P)/"*)
    echo "preview-branch.sh: put the built site outside the clone (got \"$source\")" >&2; exit 2 ;;
  esac
fi

git config user.name >/dev/null || git config user.name 'github-actions[bot]'
git config user.email >/dev/null || git config user.email '41898282+github-actions[bot]@users.noreply.github.com'

# The branch as it is on origin now (a new, empty one the first time).
checkout_branch() {
  if git fetch --quiet --depth 1 origin "refs/heads/$branch" 2>/dev/null; then
    git checkout --quiet --force -B "$branch" FETCH_HEAD
    git clean -fdqx # files of the branch checked out before are no previews
  elif [ "$action" = remove ]; then
    echo unchanged # no previews branch: nothing to remove
    exit 0
  else
    git checkout --quiet --force --orphan "$branch"
    git rm -r --quiet --cached --ignore-unmatch . >/dev/null
    git clean -fdqx
    printf '%s\n' "Pull-request previews, one folder pr-<number>/ each, written by" \
      ".github/workflows/preview.yml and published by .github/workflows/deploy.yml." > README.md
    git add README.md
  fi
}

# Only this pull request's folder changes, so a retry after another pull request's push never
# conflicts: fetch again, redo the change, push.
for attempt in 1 2 3 4 5; do
  checkout_branch
  rm -rf -- "$folder"
  if [ "$action" = publish ]; then
    mkdir -p -- "$folder"
    cp -R "$source/." "$folder/"
  fi
  git add --all
  if git diff --cached --quiet && git rev-parse --quiet --verify HEAD >/dev/null; then
    echo unchanged
    exit 0
  fi
  git commit --quiet -m "$action preview $folder"
  if git push --quiet origin "HEAD:refs/heads/$branch"; then
    echo changed
    exit 0
  fi
  echo "push refused (attempt $attempt): another preview was published meanwhile; trying again" >&2
  sleep "$attempt"
done
echo "preview-branch.sh: could not push to $branch after 5 attempts" >&2
exit 1
