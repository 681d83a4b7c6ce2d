/**
 * What a job that StartBackupJob answered with says about this request. Pure.
 *
 * AWS Backup answers a token it has seen with the job it started for it, with no error and no new backup: the same
 * request made again (a re-run with an explicit idempotency-token, or a retry across runs after a lost answer) is a
 * replay, and the token reused for another resource or vault gets that other backup's job.
 */
import type { StartTiming } from '../aws/backupApi.js'
import { oneLine, quote } from '../shared/escape.js'
import type { JobRequest, JobStatus } from '../shared/job.js'

// Beyond the answer's Date header (whole seconds, so up to 1 s behind), a margin for the job's CreationDate being
// stamped a moment before the request that made it was fully read.
const MARGIN_MS = 2_000
// Without a Date header the clocks cannot be compared; AWS refuses requests signed more than 15 minutes off its clock.
const MAX_SIGNING_SKEW_MS = 15 * 60_000

/**
 * Whether the job existed before this request's first attempt left: it was created earlier than that moment on
 * AWS's clock. AWS's clock is placed from the answer's Date header: the header was written before the answer
 * arrived, so AWS's clock runs at least `serverDate - answeredAt` ahead of this machine's.
 */
export function isReplay(creationDate: Date | undefined, timing: StartTiming | undefined): boolean {
  const created = creationDate?.getTime()
  if (created === undefined || Number.isNaN(created) || timing === undefined) return false
  const aheadAtLeastMs = timing.serverDateMs === undefined ? -MAX_SIGNING_SKEW_MS : timing.serverDateMs - timing.answeredAtMs
  return created < timing.firstSentAtMs + aheadAtLeastMs - MARGIN_MS
}

/**
 * Why the job AWS returned is not the one asked for (another resource or vault under the same token), in one
 * sentence for the user; undefined when it is, or when the status does not say.
 */
export function returnedJobMismatch(request: JobRequest, backupJobId: string, status: JobStatus): string | undefined {
  const resource = status.resourceArn ?? request.resourceArn
  const vault = status.backupVaultName ?? request.backupVaultName
  if (resource === request.resourceArn && vault === request.backupVaultName) return undefined
  return oneLine(
    `No backup of ${quote(request.resourceArn)} was started: idempotency token ${request.idempotencyToken} was already used for another backup, so AWS Backup returned job ${backupJobId} of ${quote(resource)} in vault ${vault}; give this step an idempotency-token of its own.`
  )
}

/** The log line for a replay. */
export function replayLine(request: JobRequest, backupJobId: string, creationDate: Date | undefined, consoleUrl?: string): string {
  const created = creationDate && !Number.isNaN(creationDate.getTime()) ? `, created at ${creationDate.toISOString()},` : ''
  return oneLine(
    `AWS returned the existing job ${backupJobId} for ${request.resourceArn}${created} for idempotency token ${request.idempotencyToken}; no new backup was started.${consoleUrl ? ` Console: ${consoleUrl}` : ''}`
  )
}
