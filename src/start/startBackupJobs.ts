import type { BackupApi, StartAnswer } from '../aws/backupApi.js'
import type { Settings } from '../inputs/settings.js'
import { laterStatus, type JobRecord, type JobRequest, type JobStatus, type StartedJob } from '../shared/job.js'
import { callLimiter, REQUEST_CONCURRENCY } from '../shared/concurrency.js'
import { describeAwsError, jobContext } from '../aws/awsErrors.js'
import { backupJobConsoleUrl } from '../shared/consoleUrl.js'
import { oneLine, quote } from '../shared/escape.js'
import { CredentialsError, isMissingCredentials } from '../aws/credentials.js'

// After cancellation, a start already sent gets this long to answer, so the step can say whether it made a job.
export const START_GRACE_MS = 2_000

/**
 * Starts one job per resource, several at once. A failure for one resource does not keep the others from
 * starting; once `signal` aborts, no further job is started. `afterStart` runs for each job once it started.
 * Starts and `afterStart` calls each have their own bound on calls in flight in each region: AWS paces each
 * operation in each region apart (src/aws/pacedRequests.ts), so a start waiting for its turn in one region never
 * holds up another region's starts, nor the checks of jobs already started.
 */
export async function startBackupJobs(
  settings: Settings,
  api: BackupApi,
  log: (line: string) => void,
  signal?: AbortSignal,
  afterStart?: (job: StartedJob) => Promise<JobStatus | undefined>
): Promise<JobRecord[]> {
  const limits = new Map<string, ReturnType<typeof callLimiter>>()
  const limit = (what: 'start' | 'check', region: string): ReturnType<typeof callLimiter> => {
    const key = `${what} ${region}`
    let limiter = limits.get(key)
    if (!limiter) limits.set(key, (limiter = callLimiter(REQUEST_CONCURRENCY)))
    return limiter
  }
  // startOne throws only when there are no credentials: then every start would fail alike, so the queued ones are not tried.
  let noCredentials: { error: unknown } | undefined
  const start = async (request: JobRequest): Promise<JobRecord> => {
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
      const record = await limit('start', request.region)(() => start(request))
      const job = record.backupJobId === undefined ? undefined : { ...request, backupJobId: record.backupJobId }
      if (!job || !afterStart) return record
      const checked = await limit('check', request.region)(() => afterStart(job))
      return checked ? { ...record, status: laterStatus(record.status, checked) } : record
    })
  )
}

async function startOne(
  settings: Settings,
  api: BackupApi,
  request: JobRequest,
  log: (line: string) => void,
  signal: AbortSignal | undefined
): Promise<JobRecord> {
  const notSent = {
    request,
    startError: `No backup job was started for ${quote(request.resourceArn)}: the run was cancelled before the request was sent.`
  }
  if (signal?.aborted) return notSent
  let sent = false
  try {
    const answer = await withinGrace(
      api.start(request, () => {
        // Credentials may arrive after the run was cancelled: a start not yet sent must then never go out.
        if (signal?.aborted && !sent) throw new StartCancelled()
        sent = true
      }),
      signal
    )
    if (answer === undefined && !sent) return notSent
    if (answer === undefined) {
      return {
        request,
        startError: `The run was cancelled while the backup job for ${quote(request.resourceArn)} was being started; it may exist: look for idempotency token ${oneLine(request.idempotencyToken)} in AWS Backup.`
      }
    }
    log(startedLine({ ...request, backupJobId: answer.backupJobId }))
    return { request, backupJobId: answer.backupJobId, status: answer.status }
  } catch (error) {
    if (error instanceof StartCancelled) return notSent
    if (isCredentialsFailure(error)) throw error
    const message = describeAwsError(error, {
      ...jobContext(settings, request),
      operation: 'StartBackupJob',
      idempotencyToken: request.idempotencyToken
    })
    return { request, startError: message }
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
async function withinGrace(start: Promise<StartAnswer>, signal: AbortSignal | undefined): Promise<StartAnswer | undefined> {
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
