import { isServerError, isThrottlingError, isTransientError } from '@smithy/core/retry'
import type { BackupApi } from './backupApi.js'
import type { Settings } from './settings.js'
import type { JobStatus, StartedJob } from './jobTypes.js'
import type { Runtime } from './runtime.js'
import type { JobFacts } from './jobReport.js'
import type { StartOutcome } from './startBackupJobs.js'
import type { Failure } from './failure.js'
import { waitForJobs } from './waitForJobs.js'
import { judgeJob } from './jobOutcome.js'
import { STOP_AFTER_TIMEOUT_MS, STOP_DEADLINE_MS, stopJobs } from './stopJobs.js'
import { describeAwsError, jobContext } from './awsErrors.js'
import { jobLabel, describeStatus } from './waitProgress.js'
import { formatDuration } from './readableUnits.js'
import { isUnreachable } from './networkErrors.js'
import { CredentialsError } from './credentials.js'
import { oneLine } from './escape.js'

// The last look at the deadline gets this long; a check still retrying after it is abandoned, so the step keeps to
// wait-timeout-minutes even when AWS answers slowly.
export const TIME_UP_GRACE_MS = 5_000

/**
 * Status checks that failed this way are tried again at the next poll; anything else ends the wait for that job.
 * A credentials renewal that failed (its own retries spent) is tried again too: a long wait may outlast a blip.
 */
export function isTransientAwsError(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const e = error as Parameters<typeof isTransientError>[0]
  return isTransientError(e) || isThrottlingError(e) || isServerError(e) || isUnreachable(error) || error instanceof CredentialsError
}

/**
 * Waits for every started job, then judges each: the facts for the report and what failed.
 * On timeout or cancellation the unfinished jobs are stopped first when stop-job-on-timeout asks for it.
 */
export async function waitAndJudge(
  settings: Settings,
  api: BackupApi,
  outcomes: readonly StartOutcome[],
  rt: Runtime
): Promise<{ facts: JobFacts[]; failures: Failure[] }> {
  const started = outcomes.flatMap((outcome) => (outcome.job ? [outcome.job] : []))
  rt.info(
    `Waiting for ${started.length} backup job${started.length === 1 ? '' : 's'} to end (timeout ${formatDuration(settings.waitTimeoutSeconds * 1000)}, status checks at most every ${settings.pollIntervalSeconds} s).`
  )
  const result = await waitForJobs(started, api, rt, {
    pollIntervalSeconds: settings.pollIntervalSeconds,
    timeoutSeconds: settings.waitTimeoutSeconds,
    signal: rt.signal,
    timeUp: rt.timeUp(settings.waitTimeoutSeconds * 1000 + TIME_UP_GRACE_MS),
    log: (line) => rt.info(line),
    isTransientError: isTransientAwsError
  })
  const statusOf = new Map<StartedJob, JobStatus>(result.jobs.map((r) => [r.job, r.status]))
  const facts = outcomes.map((outcome): JobFacts => (outcome.job ? { outcome, status: statusOf.get(outcome.job) } : { outcome }))

  const failures: Failure[] = []
  const unfinished: StartedJob[] = []
  for (const { job, status, error } of result.jobs) {
    if (error !== undefined) {
      const message = describeAwsError(error, { ...jobContext(settings, job), operation: 'DescribeBackupJob' })
      failures.push({ resourceArn: job.resourceArn, message })
      continue
    }
    const verdict = judgeJob(job, status, { allowPartial: settings.allowPartial })
    if (verdict.verdict === 'failure') failures.push({ resourceArn: job.resourceArn, message: verdict.message })
    if (verdict.verdict === 'warning') rt.warning(verdict.message)
    if (verdict.verdict === 'success') rt.info(verdict.message)
    if (verdict.verdict === 'unfinished') unfinished.push(job)
    if (status.isParent && !rt.signal.aborted) await logChildren(api, settings, job, rt)
  }

  if (unfinished.length > 0) {
    // A cancelled run has seconds before the runner kills it; a timed-out one can let the stops finish.
    const stopDeadlineMs = result.cancelled ? STOP_DEADLINE_MS : STOP_AFTER_TIMEOUT_MS
    const stops = settings.stopJobOnTimeout ? await stopJobs(api, unfinished, stopDeadlineMs) : []
    stops.forEach((stop) => rt.info(stop.line))
    const why = result.cancelled
      ? 'The run was cancelled while waiting'
      : `The wait timed out after ${formatDuration(settings.waitTimeoutSeconds * 1000)}`
    for (const [i, job] of unfinished.entries()) {
      const status = statusOf.get(job) ?? {}
      const stop = stops[i]
      const after =
        stop === undefined
          ? 'it goes on running in AWS Backup (stop-job-on-timeout is false)'
          : stop.stopped
            ? 'it was stopped'
            : 'it could not be stopped (see the log) and may still be running'
      failures.push({
        resourceArn: job.resourceArn,
        message: oneLine(`${why}: ${jobLabel(job)} was still ${describeStatus(status)}; ${after}.`)
      })
    }
  }
  return { facts, failures }
}

/** A composite job's children, listed once it ends, so a user sees which resources failed. */
async function logChildren(api: BackupApi, settings: Settings, job: StartedJob, rt: Runtime): Promise<void> {
  try {
    const children = await api.listChildren(job)
    rt.info(`${jobLabel(job)} has ${children.length} child job${children.length === 1 ? '' : 's'}:`)
    for (const child of children) {
      const message = child.statusMessage ? ` - ${child.statusMessage}` : ''
      rt.info(oneLine(`  ${child.backupJobId} ${child.resourceArn ?? ''}: ${child.state ?? 'unknown'}${message}`))
    }
  } catch (error) {
    rt.warning(describeAwsError(error, { ...jobContext(settings, job), operation: 'ListBackupJobs' }))
  }
}
