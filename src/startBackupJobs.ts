import type { BackupApi } from './backupApi.js'
import type { JobRequest, Settings } from './settings.js'
import type { JobStatus, StartedJob } from './jobTypes.js'
import { callLimiter, REQUEST_CONCURRENCY } from './concurrency.js'
import { describeAwsError, jobContext } from './awsErrors.js'
import { backupJobConsoleUrl } from './arn.js'
import { oneLine, quote } from './escape.js'
import { CredentialsError, isMissingCredentials } from './credentials.js'

/** How starting one resource's job went: the job, or the reason it did not start. */
export interface StartOutcome {
  readonly request: JobRequest
  readonly job?: StartedJob
  readonly error?: string
  /** What `afterStart` found, when one was given. */
  readonly status?: JobStatus
}

// After cancellation, a start already sent gets this long to answer, so the step can say whether it made a job.
export const START_GRACE_MS = 2_000

/**
 * Starts one job per resource, several at once. A failure for one resource does not keep the others from
 * starting; once `signal` aborts, no further job is started. `afterStart` runs for each job once it started.
 * Starts and `afterStart` calls share one bound on calls in flight, and the checks queue behind the starts not yet
 * sent: every job is started as early as the bound allows, and 50 resources need no more rounds than 100 calls do.
 */
export async function startBackupJobs(
  settings: Settings,
  api: BackupApi,
  log: (line: string) => void,
  signal?: AbortSignal,
  afterStart?: (job: StartedJob) => Promise<JobStatus | undefined>
): Promise<StartOutcome[]> {
  const limit = callLimiter(REQUEST_CONCURRENCY)
  // startOne throws only when there are no credentials: then every start would fail alike, so the queued ones are not tried.
  let noCredentials: { error: unknown } | undefined
  const start = async (request: JobRequest): Promise<StartOutcome> => {
    if (noCredentials) throw noCredentials.error
    try {
      return await startOne(settings, api, request, log, signal)
    } catch (error) {
      noCredentials = { error }
      throw error
    }
  }
  return Promise.all(
    settings.jobs.map(async (request) => {
      const outcome = await limit(() => start(request))
      const job = outcome.job
      return job && afterStart ? { ...outcome, status: await limit(() => afterStart(job)) } : outcome
    })
  )
}

async function startOne(
  settings: Settings,
  api: BackupApi,
  request: JobRequest,
  log: (line: string) => void,
  signal: AbortSignal | undefined
): Promise<StartOutcome> {
  const notSent = {
    request,
    error: `No backup job was started for ${quote(request.resourceArn)}: the run was cancelled before the request was sent.`
  }
  if (signal?.aborted) return notSent
  let sent = false
  try {
    const job = await withinGrace(
      api.start(request, () => {
        // Credentials may arrive after the run was cancelled: a start not yet sent must then never go out.
        if (signal?.aborted && !sent) throw new StartCancelled()
        sent = true
      }),
      signal
    )
    if (job === undefined && !sent) return notSent
    if (job === undefined) {
      return {
        request,
        error: `The run was cancelled while the backup job for ${quote(request.resourceArn)} was being started; it may exist: look for idempotency token ${oneLine(request.idempotencyToken)} in AWS Backup.`
      }
    }
    log(startedLine(job))
    return { request, job }
  } catch (error) {
    if (error instanceof StartCancelled) return notSent
    if (isCredentialsFailure(error)) throw error
    const message = describeAwsError(error, {
      ...jobContext(settings, request),
      operation: 'StartBackupJob',
      idempotencyToken: request.idempotencyToken
    })
    return { request, error: message }
  }
}

function startedLine(job: StartedJob): string {
  const url = backupJobConsoleUrl(job.partition, job.region, job.backupJobId)
  return oneLine(
    `Started backup job ${job.backupJobId} for ${job.resourceArn} in vault ${job.backupVaultName} (${job.region}, idempotency token ${job.idempotencyToken})${url ? `: ${url}` : ''}`
  )
}

class StartCancelled extends Error {
  override readonly name = 'StartCancelled'
}

/** No credentials at all: the same for every resource, so the step reports it once. */
function isCredentialsFailure(error: unknown): boolean {
  return error instanceof CredentialsError || isMissingCredentials(error)
}

/** The start's answer, or undefined when the run was cancelled and the answer did not come within the grace period. */
async function withinGrace(start: Promise<StartedJob>, signal: AbortSignal | undefined): Promise<StartedJob | undefined> {
  if (!signal) return start
  let timer: NodeJS.Timeout | undefined
  let onAbort = (): void => undefined
  const gaveUp = new Promise<undefined>((resolve) => {
    onAbort = () => (timer = setTimeout(() => resolve(undefined), START_GRACE_MS))
    if (signal.aborted) onAbort()
    else signal.addEventListener('abort', onAbort, { once: true })
  })
  try {
    return await Promise.race([start, gaveUp])
  } finally {
    clearTimeout(timer)
    signal.removeEventListener('abort', onAbort)
  }
}
