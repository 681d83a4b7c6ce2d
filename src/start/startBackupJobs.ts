import type { BackupApi, StartAnswer } from '../aws/backupApi.js'
import type { Settings } from '../inputs/settings.js'
import { laterStatus, startedJob, type JobRecord, type JobRequest, type JobStatus, type StartedJob } from '../shared/job.js'
import { callLimiter, REQUEST_CONCURRENCY } from '../shared/concurrency.js'
import { describeAwsError, jobContext } from '../aws/awsErrors.js'
import { backupJobConsoleUrl } from '../shared/consoleUrl.js'
import { oneLine, quote } from '../shared/escape.js'
import { CredentialsError, isMissingCredentials } from '../aws/credentials.js'
import { isReplay, replayLine, returnedJobMismatch } from './replay.js'

// After cancellation, a start already sent gets this long to answer, so the step can say whether it made a job.
export const START_GRACE_MS = 2_000

/**
 * Starts one job per resource, several at once. A failure for one resource does not keep the others from
 * starting; once `signal` aborts, no further job is started. `afterStart` (a status check) runs once a job started:
 * for every job without wait, and with wait only for a job whose token came from the input, which must be checked
 * before it is reported (the wait checks the others at once). Starts and `afterStart` calls each have their own bound on
 * calls in flight in each region: AWS paces each operation in each region apart (src/aws/pacedRequests.ts), so a
 * start waiting for its turn in one region never holds up another region's starts, nor the checks of jobs started. `onLateAnswer` gets each start that was sent but not
 * answered in the grace period after the cancellation, with its answer still to come (its record has `startUnanswered`).
 */
export async function startBackupJobs(
  settings: Settings,
  api: BackupApi,
  log: (line: string) => void,
  signal?: AbortSignal,
  afterStart?: (job: StartedJob) => Promise<JobStatus | undefined>,
  onLateAnswer?: (request: JobRequest, answer: Promise<StartAnswer>) => void
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
  const start = async (request: JobRequest): Promise<Started> => {
    if (noCredentials) throw noCredentials.error
    try {
      return await startOne(settings, api, request, signal, onLateAnswer)
    } catch (error) {
      noCredentials = { error }
      throw error
    }
  }
  return Promise.all(
    settings.jobs.map(async (request) => {
      const started = await limit('start', request.region)(() => start(request))
      const { record } = started
      const job = startedJob(record)
      if (!job) return record
      // A derived token digests the resource and the vault, so only a given one can bring back another backup's job.
      const mustCheck = request.tokenFromInput === true
      if (!mustCheck) log(started.line)
      if (!afterStart || (settings.wait && !mustCheck)) return record
      const checked = await limit('check', request.region)(() => afterStart(job))
      const mismatch = checked && returnedJobMismatch(request, job.backupJobId, checked)
      if (mismatch) return { request, startError: mismatch }
      if (mustCheck) log(started.line)
      return checked ? { ...record, status: laterStatus(record.status, checked) } : record
    })
  )
}

/** A start's record, and the line that reports it once the job is known to be this resource's. */
interface Started {
  readonly record: JobRecord
  readonly line: string
}

async function startOne(
  settings: Settings,
  api: BackupApi,
  request: JobRequest,
  signal: AbortSignal | undefined,
  onLateAnswer: ((request: JobRequest, answer: Promise<StartAnswer>) => void) | undefined
): Promise<Started> {
  const notSent = {
    request,
    startError: `No backup job was started for ${quote(request.resourceArn)}: the run was cancelled before the request was sent.`
  }
  if (signal?.aborted) return { record: notSent, line: '' }
  let sent = false
  try {
    const pending = api.start(request, settings, () => {
      // Credentials may arrive after the run was cancelled: a start not yet sent must then never go out.
      if (signal?.aborted && !sent) throw new StartCancelled()
      sent = true
    })
    const answer = await withinGrace(pending, signal)
    if (answer === undefined && !sent) return { record: notSent, line: '' }
    if (answer === undefined) {
      onLateAnswer?.(request, pending)
      const startError = `The run was cancelled while the backup job for ${quote(request.resourceArn)} was being started; it may exist: look for idempotency token ${oneLine(request.idempotencyToken)} in AWS Backup.`
      return { record: { request, startUnanswered: true, startError }, line: '' }
    }
    const job = { ...request, backupJobId: answer.backupJobId }
    const replayed = isReplay(answer.status.creationDate, answer.timing)
    const url = backupJobConsoleUrl(job.partition, job.region, job.backupJobId)
    return {
      record: { request, backupJobId: answer.backupJobId, status: answer.status, replayed },
      line: replayed ? replayLine(request, job.backupJobId, answer.status.creationDate, url) : startedLine(job, url)
    }
  } catch (error) {
    if (error instanceof StartCancelled) return { record: notSent, line: '' }
    if (isCredentialsFailure(error)) throw error
    const message = describeAwsError(error, {
      ...jobContext(settings, request),
      operation: 'StartBackupJob',
      idempotencyToken: request.idempotencyToken
    })
    return { record: { request, startError: message }, line: '' }
  }
}

function startedLine(job: StartedJob, url: string | undefined): string {
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
