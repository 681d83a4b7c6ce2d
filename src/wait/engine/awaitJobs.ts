/**
 * The whole wait for jobs of one kind: poll until each ends, the time is up or the run is cancelled, then judge
 * each job, and stop the unfinished ones when that is asked for and the kind can be stopped.
 */
import type { JobStatus, JobVerdict } from '../../shared/job.js'
import { oneLine } from '../../shared/escape.js'
import { formatDuration } from '../../shared/readableUnits.js'
import type { JobKind, Watched } from './jobKind.js'
import { describeStatus } from './progress.js'
import { waitForJobs, type WaitClock } from './waitForJobs.js'

// The last look at the deadline gets this long; a check still retrying after it is abandoned, so the step keeps to
// wait-timeout-minutes even when AWS answers slowly.
export const TIME_UP_GRACE_MS = 5_000
// A cancelled run must exit within seconds of the runner's first signal, stopped or not.
export const STOP_DEADLINE_MS = 3_000
// After a timeout nothing hurries the step: a throttled stop gets the time its retries need.
export const STOP_AFTER_TIMEOUT_MS = 60_000

/** The few things the wait needs from the runner. */
export interface WaitDeps extends WaitClock {
  /** The run's cancellation. */
  readonly signal: AbortSignal
  /** A signal that aborts `ms` from now by the wall clock. */
  timeUp(ms: number): AbortSignal
  info(message: string): void
  warning(message: string): void
}

export interface AwaitOptions<J = unknown> {
  readonly pollIntervalSeconds: number
  readonly timeoutSeconds: number
  /** Stop the unfinished jobs on timeout or cancellation (when the kind can be stopped). */
  readonly stopOnTimeout: boolean
  readonly random?: () => number
  /** See WaitOptions.followUps: jobs to wait for once a job has ended. */
  followUps?(job: J, status: JobStatus): Promise<readonly Watched<J>[]>
  /** Jobs of this step that failed to start, so are not waited for: counted in the first line. */
  readonly failedToStart?: number
}

export interface AwaitedJob<J> {
  readonly job: J
  readonly status: JobStatus
  readonly verdict: JobVerdict
}

/** Waits for every job, then judges each; in the order of the jobs given. */
export async function awaitJobs<J>(
  jobs: readonly Watched<J>[],
  kind: JobKind<J>,
  deps: WaitDeps,
  options: AwaitOptions<NoInfer<J>>
): Promise<AwaitedJob<J>[]> {
  const timeout = formatDuration(options.timeoutSeconds * 1000)
  const failed = options.failedToStart ?? 0
  const all = jobs.length + failed
  const which =
    failed > 0
      ? `${jobs.length} of ${all} ${kind.noun}s (${failed} failed to start)`
      : `${jobs.length} ${kind.noun}${jobs.length === 1 ? '' : 's'}`
  deps.info(`Waiting for ${which} to end (timeout ${timeout}, status checks at most every ${options.pollIntervalSeconds} s).`)
  const result = await waitForJobs(jobs, kind, deps, {
    pollIntervalSeconds: options.pollIntervalSeconds,
    timeoutSeconds: options.timeoutSeconds,
    signal: deps.signal,
    timeUp: deps.timeUp(options.timeoutSeconds * 1000 + TIME_UP_GRACE_MS),
    random: options.random,
    log: (line) => deps.info(line),
    followUps: options.followUps
  })

  const verdicts = new Map<J, JobVerdict>()
  const unfinished: { job: J; status: JobStatus }[] = []
  for (const { job, status, error } of result.jobs) {
    if (error !== undefined) {
      const message = kind.describeError(job, error)
      verdicts.set(job, { verdict: 'failure', message, reason: message })
      continue
    }
    const verdict = kind.judge(job, status)
    if (verdict.verdict === 'unfinished') unfinished.push({ job, status })
    else verdicts.set(job, verdict)
    if (verdict.verdict === 'warning') deps.warning(verdict.message)
    if (verdict.verdict === 'success') deps.info(verdict.message)
    if (!deps.signal.aborted) await kind.afterJudged?.(job, status)
  }

  if (unfinished.length > 0) {
    // A cancelled run has seconds before the runner kills it; a timed-out one can let the stops finish.
    const deadlineMs = result.cancelled ? STOP_DEADLINE_MS : STOP_AFTER_TIMEOUT_MS
    const stoppable = (job: J): boolean => kind.stop !== undefined && (kind.canStop?.(job) ?? true)
    const toStop = options.stopOnTimeout ? unfinished.filter(({ job }) => stoppable(job)).map(({ job }) => job) : []
    const results = toStop.length > 0 && kind.stop ? await kind.stop(toStop, deadlineMs) : []
    results.forEach((stop) => deps.info(stop.line))
    const stopOf = new Map(toStop.map((job, i) => [job, results[i]]))
    const why = result.cancelled ? 'The run was cancelled while waiting' : `The wait timed out after ${timeout}`
    for (const { job, status } of unfinished) {
      const stop = stopOf.get(job)
      const after = !stoppable(job)
        ? `it goes on running in ${kind.service} (a ${kind.nounOf?.(job) ?? kind.noun} cannot be stopped)`
        : stop === undefined
          ? `it goes on running in ${kind.service} (stop-job-on-timeout is false)`
          : stop.stopped
            ? 'it was stopped'
            : 'it could not be stopped (see the log) and may still be running'
      const message = oneLine(`${why}: ${kind.label(job)} was still ${describeStatus(status)}; ${after}.`)
      const reason = oneLine(`Still ${describeStatus(status)}; ${after}.`)
      verdicts.set(job, { verdict: 'failure', message, reason, cutShort: why })
    }
  }
  return result.jobs.map(({ job, status }) => ({ job, status, verdict: verdicts.get(job) as JobVerdict }))
}
