/**
 * Waits for jobs of one kind to end. No I/O of its own: AWS (through the kind), the clock and the log are passed
 * in, so tests drive it with a fake clock and never really wait. Each job is checked on its own schedule (see
 * schedule.ts); a kind that reads jobs in batches has a group read whenever one of its jobs is due (batchRounds.ts).
 * Verdicts and stops are left to the caller, which gets every job's last known status.
 */
import { quote } from '../../shared/escape.js'
import { namePrefix } from '../../shared/errorText.js'
import { laterStatus, type JobStatus } from '../../shared/job.js'
import { mapConcurrently, WAIT_CONCURRENCY } from '../../shared/concurrency.js'
import { ProgressLog } from './progress.js'
import { nextDelayMs, recordCheck, type ScheduleMemory } from './schedule.js'
import type { Watched, WatchedKind } from './jobKind.js'
import { batchRounds } from './batchRounds.js'

export interface WaitClock {
  now(): number
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

export interface WaitOptions<J = unknown> {
  /** At least 1; the schedule never checks a job more often. */
  readonly pollIntervalSeconds: number
  /** Counted from the start of the wait; 0 checks every job once. */
  readonly timeoutSeconds: number
  readonly signal?: AbortSignal
  /**
   * Aborts when the wait's time is up by the wall clock (a little after the timeout): checks still in flight, say
   * retrying against a slow AWS, are then abandoned and the wait ends as timed out with the last statuses seen.
   */
  readonly timeUp?: AbortSignal
  readonly random?: () => number
  log(line: string): void
  /**
   * Called once for each job seen to end; the jobs it answers (say, copies of a completed backup) are waited for
   * too, from then on, within the same deadline.
   */
  followUps?(job: J, status: JobStatus): Promise<readonly Watched<J>[]>
}

export interface JobWaitResult<J> {
  readonly job: J
  /** The last status AWS gave (what was known when the wait began, if no check succeeded). */
  readonly status: JobStatus
  /** Why the wait gave up on this job: a status check failed with an error that retrying cannot fix. */
  readonly error?: unknown
}

export interface WaitResult<J> {
  /** In the order of the jobs passed in. */
  readonly jobs: JobWaitResult<J>[]
  /** The timeout passed while some job was still neither ended nor given up on. */
  readonly timedOut: boolean
  /** The signal aborted the wait (the jobs themselves were left running). */
  readonly cancelled: boolean
}

// Jobs due this close together are checked in one round: fewer wake-ups, and checking early never adds lag.
const COALESCE_MS = 1000

interface Tracked<J> {
  readonly job: J
  status: JobStatus
  checked: boolean
  done: boolean
  error?: unknown
  memory?: ScheduleMemory
  nextAtMs: number
  /** When the last check answered, successfully or not. */
  lastCheckAtMs?: number
  /** Set while checks fail transiently in a row, so the warning is logged once per streak. */
  warned: boolean
}

export async function waitForJobs<J>(
  jobs: readonly Watched<J>[],
  kind: WatchedKind<J>,
  clock: WaitClock,
  options: WaitOptions<NoInfer<J>>
): Promise<WaitResult<J>> {
  const startMs = clock.now()
  const deadlineMs = startMs + Math.max(0, options.timeoutSeconds) * 1000
  const track = ({ job, status }: Watched<J>, nowMs: number): Tracked<J> => ({
    job,
    status,
    checked: false,
    done: kind.isTerminal(status.state, job),
    nextAtMs: nowMs,
    warned: false
  })
  // The jobs given are checked at least once, whatever their status says; a follow-up given as ended is not.
  const tracked: Tracked<J>[] = jobs.map((watched) => ({ ...track(watched, startMs), done: false }))
  const progress = new ProgressLog(tracked)
  const abort = abortPromise(options.signal)
  const timeUp = abortPromise(options.timeUp)
  let stopped = false
  const finish = (outcome: { timedOut: boolean; cancelled: boolean }): WaitResult<J> => {
    stopped = true
    abort.dispose()
    timeUp.dispose()
    const results = tracked.map(({ job, status, error }) => (error === undefined ? { job, status } : { job, status, error }))
    return { jobs: results, ...outcome }
  }

  const schedule = (entry: Tracked<J>, status: JobStatus | undefined, nowMs: number): void => {
    entry.lastCheckAtMs = nowMs
    entry.memory = recordCheck(entry.memory, status, nowMs)
    const settings = { pollIntervalSeconds: options.pollIntervalSeconds, random: options.random, deadlineMs }
    entry.nextAtMs = nowMs + nextDelayMs(entry.memory, nowMs, settings)
  }

  // A check abandoned for a cancellation or for the time being up is no failure of the job; and once the caller
  // has its result, late answers must not reach the log.
  const abandoned = (): boolean => stopped || abort.aborted() || timeUp.aborted()

  const check = async (entry: Tracked<J>): Promise<void> => {
    let status: JobStatus
    try {
      status = await kind.describe(entry.job, options.timeUp)
    } catch (error) {
      if (abandoned()) return
      const nowMs = clock.now()
      if (kind.isTransientError(error)) {
        if (!entry.warned)
          options.log(`Warning: ${kind.label(entry.job)}: status check failed (${errorText(error)}); checking again later.`)
        entry.warned = true
        schedule(entry, undefined, nowMs)
      } else {
        options.log(`${kind.label(entry.job)}: status check failed (${errorText(error)}); no longer waiting for this job.`)
        entry.error = error
        entry.done = true
        entry.lastCheckAtMs = nowMs
      }
      return
    }
    if (stopped) return
    record(entry, status, clock.now())
  }

  /** Takes in a status AWS gave for the job at nowMs: a progress line if something changed, and its next check. */
  const record = (entry: Tracked<J>, status: JobStatus, nowMs: number): void => {
    const elapsedMs = nowMs - startMs
    const note = kind.note?.(status, entry.job)
    const line = progress.checked(entry, {
      label: kind.label(entry.job),
      short: kind.shortLabel?.(entry.job),
      next: status,
      note,
      elapsedMs
    })
    if (line !== undefined) options.log(line)
    entry.status = laterStatus(entry.status, status)
    entry.checked = true
    entry.warned = false
    entry.done = kind.isTerminal(status.state, entry.job)
    schedule(entry, status, nowMs)
    if (entry.done && options.followUps) {
      const more = options.followUps(entry.job, entry.status)
      followingUp.push(more.then((watched) => void tracked.push(...watched.map((w) => track(w, clock.now())))))
    }
  }
  // Follow-ups being started: a round ends only once they are, so their jobs are waited for from the next round on.
  const followingUp: Promise<void>[] = []
  const followUpsStarted = async (): Promise<void> => {
    while (followingUp.length > 0) await Promise.all(followingUp.splice(0))
  }

  const checkEach = (entries: readonly Tracked<J>[]): Promise<unknown> =>
    mapConcurrently(entries, WAIT_CONCURRENCY, (entry) => (stopped || abort.aborted() ? Promise.resolve() : check(entry)))

  const batch = batchRounds<J, Tracked<J>>(kind.batch, {
    waiting: () => tracked.filter((e) => !e.done),
    timeUp: options.timeUp,
    stopped: () => stopped,
    abandoned,
    now: () => clock.now(),
    log: options.log,
    isTransientError: (error) => kind.isTransientError(error),
    errorText,
    record,
    failedCheck: (entry, nowMs) => schedule(entry, undefined, nowMs),
    checkEach
  })

  for (;;) {
    if (abort.aborted()) return finish({ timedOut: false, cancelled: true })
    const nowMs = clock.now()
    const final = nowMs >= deadlineMs
    // At the deadline, one last look at every job not already looked at since, so its status is current.
    const due = tracked.filter((e) => !e.done && (final ? (e.lastCheckAtMs ?? -Infinity) < deadlineMs : e.nextAtMs <= nowMs + COALESCE_MS))
    const round = batch.round(due).then(followUpsStarted)
    const ended = await Promise.race([abort.race(round), timeUp.race(round).then((r) => (r === 'aborted' ? 'time up' : r))])
    if (ended === 'aborted') return finish({ timedOut: false, cancelled: true })
    if (ended === 'time up') return finish({ timedOut: true, cancelled: false })
    progress.roundEnded(clock.now() - startMs).forEach((line) => options.log(line))
    const waiting = tracked.filter((e) => !e.done)
    if (waiting.length === 0) return finish({ timedOut: false, cancelled: false })
    // Follow-ups started in the last round get their one look too (a backup that completed at the deadline, say).
    if (final && !waiting.some((e) => e.lastCheckAtMs === undefined)) return finish({ timedOut: true, cancelled: false })
    const afterMs = clock.now()
    const wakeMs = Math.min(deadlineMs, ...waiting.map((e) => e.nextAtMs))
    if (wakeMs > afterMs) {
      // The clock may ignore the signal: the race still ends the sleep at once.
      if ((await abort.race(clock.sleep(wakeMs - afterMs, options.signal))) === 'aborted')
        return finish({ timedOut: false, cancelled: true })
    }
  }
}

/** "AccessDeniedException: "User is not authorized…"": the error's name and message, on one line. */
function errorText(error: unknown): string {
  return `${namePrefix(error)}${quote(error instanceof Error ? error.message : String(error), 300)}`
}

interface AbortWatch {
  aborted(): boolean
  /** Settles with the work, or with 'aborted' as soon as the signal aborts, whichever comes first. */
  race(work: Promise<unknown>): Promise<'done' | 'aborted'>
  dispose(): void
}

function abortPromise(signal: AbortSignal | undefined): AbortWatch {
  if (signal === undefined) {
    return { aborted: () => false, race: async (work) => (await work, 'done'), dispose: () => undefined }
  }
  let onAbort: () => void = () => undefined
  const whenAborted = new Promise<'aborted'>((resolve) => {
    onAbort = () => resolve('aborted')
    if (signal.aborted) resolve('aborted')
    else signal.addEventListener('abort', onAbort, { once: true })
  })
  return {
    aborted: () => signal.aborted,
    race: (work) => {
      const settled = work.then(() => 'done' as const)
      // A sleep that rejects because of the abort is no error: the abort wins.
      return Promise.race([settled, whenAborted]).catch((error: unknown) => {
        if (signal.aborted) return 'aborted' as const
        throw error
      })
    },
    dispose: () => signal.removeEventListener('abort', onAbort)
  }
}
