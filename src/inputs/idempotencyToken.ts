import { createHash } from 'node:crypto'

/** Where in GitHub Actions this step runs: what makes one step of one run attempt unique. */
export interface RunContext {
  readonly runId: string
  readonly runAttempt: string
  readonly repository: string
  readonly workflow: string
  readonly job: string
  readonly action: string
}

export const MAX_TOKEN_LENGTH = 64

function digest(parts: readonly string[], length: number): string {
  // JSON keeps the parts apart, so ("ab","c") and ("a","bc") differ.
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, length)
}

/**
 * The token that makes StartBackupJob idempotent for one resource: the same step of the same run
 * attempt always sends the same token (so a retried request cannot start a second backup), and
 * anything else gets another. It starts with the run id and attempt so people can trace it back.
 */
export function defaultIdempotencyToken(run: RunContext, region: string, vault: string, resourceArn: string): string {
  const prefix = `${run.runId}-${run.runAttempt}-`
  const hash = digest([run.repository, run.workflow, run.job, run.action, region, vault, resourceArn], 24)
  return (prefix + hash).slice(0, MAX_TOKEN_LENGTH)
}

const EXPLICIT_DIGEST_LENGTH = 10
/** What an explicit token grows by with several resources: "-" and the digest. */
export const EXPLICIT_TOKEN_SUFFIX_LENGTH = EXPLICIT_DIGEST_LENGTH + 1

/** An explicit token is sent verbatim for one resource; with several, each gets its own suffix so no two collide. */
export function explicitIdempotencyToken(token: string, resourceArn: string, resourceCount: number): string {
  return resourceCount === 1 ? token : `${token}-${digest([resourceArn], EXPLICIT_DIGEST_LENGTH)}`
}

/**
 * A copy's token, from its backup's token (or, for a job given by its id alone, the job id) and its destination: a
 * retried or re-run start of the same copy returns the copy already made instead of making a second.
 */
export function copyIdempotencyToken(backupToken: string, destinationBackupVaultArn: string): string {
  return `copy-${digest([backupToken, destinationBackupVaultArn], 32)}`
}
