/**
 * Tags that say where a recovery point came from: the repository, workflow, run, commit, ref and actor of the run
 * that made it (tag-recovery-points-with-run). Pure: the runner's side reads them from @actions/github's context.
 */
import { InputError } from '../shared/inputError.js'

/** What the run says of itself; any field may be missing outside GitHub Actions. */
export interface RunProvenance {
  readonly repository?: string
  readonly workflow?: string
  readonly serverUrl?: string
  readonly runId?: number
  readonly runAttempt?: number
  readonly sha?: string
  readonly ref?: string
  readonly actor?: string
}

/** The keys, in the order they are sent; "github:" keeps them apart from the user's own tags. */
export const RUN_TAG_KEYS = [
  'github:repository',
  'github:workflow',
  'github:run-url',
  'github:commit',
  'github:ref',
  'github:actor'
] as const

/** AWS's limit of tags per recovery point. */
export const MAX_RECOVERY_POINT_TAGS = 50
const MAX_VALUE_LENGTH = 256

/** The run's tags, those it knows; values in the characters AWS allows in tags everywhere, at most 256 of them. */
export function runTags(run: RunProvenance): Record<string, string> {
  const runUrl =
    run.repository && isRunNumber(run.runId)
      ? `${(run.serverUrl ?? 'https://github.com').replace(/\/+$/, '')}/${run.repository}/actions/runs/${run.runId}${isRunNumber(run.runAttempt) ? `/attempts/${run.runAttempt}` : ''}`
      : undefined
  const values: Record<(typeof RUN_TAG_KEYS)[number], string | undefined> = {
    'github:repository': run.repository,
    'github:workflow': run.workflow,
    'github:run-url': runUrl,
    'github:commit': run.sha,
    'github:ref': run.ref,
    'github:actor': run.actor
  }
  const tags: Record<string, string> = {}
  for (const key of RUN_TAG_KEYS) {
    const value = tagValue(values[key] ?? '')
    if (value !== '') tags[key] = value
  }
  return tags
}

/** The user's tags with the run's added under them: on a key both have, the user's value wins. */
export function withRunTags(
  userTags: Readonly<Record<string, string>> | undefined,
  run: RunProvenance | undefined
): Readonly<Record<string, string>> | undefined {
  if (run === undefined) return userTags
  const merged = { ...runTags(run), ...userTags }
  return Object.keys(merged).length === 0 ? undefined : Object.freeze(merged)
}

/**
 * Refuses more tags than AWS keeps on a recovery point, before any request: the user's, and with
 * tag-recovery-points-with-run each run tag the user does not set (counted even if the run may not know it).
 */
export function checkTagCount(userTags: Readonly<Record<string, string>> | undefined, tagWithRun: boolean): void {
  const own = Object.keys(userTags ?? {})
  const added = tagWithRun ? RUN_TAG_KEYS.filter((key) => !own.includes(key)).length : 0
  if (own.length + added <= MAX_RECOVERY_POINT_TAGS) return
  if (added === 0 || own.length > MAX_RECOVERY_POINT_TAGS) {
    throw new InputError(
      `Input recovery-point-tags has ${own.length} tags, but AWS keeps at most ${MAX_RECOVERY_POINT_TAGS} on a recovery point; remove ${own.length - MAX_RECOVERY_POINT_TAGS}.`
    )
  }
  throw new InputError(
    `Input recovery-point-tags has ${own.length} tags, and tag-recovery-points-with-run adds ${added} github: tags, ${own.length + added} in all, but AWS keeps at most ${MAX_RECOVERY_POINT_TAGS} on a recovery point; remove ${own.length + added - MAX_RECOVERY_POINT_TAGS} of yours, or set tag-recovery-points-with-run to false.`
  )
}

function isRunNumber(value: number | undefined): value is number {
  return value !== undefined && Number.isSafeInteger(value) && value > 0
}

/**
 * Letters, digits, spaces and _ . : / = + - @ are what AWS allows in tag values across its services; a workflow
 * named "Deploy (prod)" would otherwise risk a refused backup, so anything else becomes "_".
 */
function tagValue(value: string): string {
  return [...value.replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, '_').trim()].slice(0, MAX_VALUE_LENGTH).join('')
}
