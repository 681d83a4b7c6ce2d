/**
 * When to check a job's status again. Pure: the caller supplies the time and the randomness.
 *
 * What matters is noticing a job's end soon after it happens, without calling DescribeBackupJob
 * hundreds of times for a long job: a fixed 30 s poll costs 720 calls for a 6-hour job. So each
 * job gets its own schedule from what AWS says about it:
 * - While it runs and its end can be estimated (ExpectedCompletionDate, or how fast PercentDone
 *   has moved since we first saw it), sleep a quarter of the (conservative) time left, at most
 *   FAR_CAP_SECONDS; the delay shrinks geometrically to the poll interval as the end nears, so
 *   the end falls inside one poll interval. A 6-hour job then costs about 100 calls.
 * - With no estimate (not running yet, no progress reported, or overdue), back off with jitter
 *   from the poll interval to NO_ESTIMATE_CAP_SECONDS while nothing changes.
 * - After a change of state, status message or child-job counts, check again at the interval.
 * Jitter only shortens a delay (never below the interval), so it cannot add to the detection lag;
 * it spreads the calls of many jobs so they do not hit the API's rate limit together.
 *
 * Not @smithy/util-waiter: its sleep cannot be injected (tests would really wait), it watches
 * one operation rather than many jobs on their own schedules, and its exponential backoff up to
 * maxDelay would overshoot a job's end by up to maxDelay, past the lag target.
 */
import type { JobStatus } from '../../shared/job.js'

/** Cap of the backoff when nothing says when the job will end: keeps the lag ≤ 30 s at the defaults. */
export const NO_ESTIMATE_CAP_SECONDS = 30
/** Longest sleep while the end is far: bounds how late an unexpected failure mid-job is noticed. */
export const FAR_CAP_SECONDS = 300

// A quarter of the time left: even if the job speeds up 4-fold, the next check comes before its end.
const FRACTION_OF_TIME_LEFT = 0.25
const BACKOFF_FACTOR = 1.5
const JITTER = 0.2
// PercentDone may be rounded down to a whole percent: assume up to one point more is already done.
const PERCENT_QUANTUM = 1
// How long to keep checking at the interval once the estimated end has passed, before backing off.
const GRACE_INTERVALS = 10
const GRACE_FRACTION_OF_RUN = 0.1

/** What the schedule remembers of one job between checks. */
export interface ScheduleMemory {
  readonly firstCheckAtMs: number
  /** The last status AWS gave (undefined until a check succeeds). */
  readonly last?: JobStatus
  /** Checks in a row with no change of state, status message or child-job counts (failed checks count). */
  readonly unchanged: number
  /** The first time the job was seen running with a PercentDone: the base of its progress rate. */
  readonly anchor?: { readonly atMs: number; readonly percent: number }
  /** The earliest time the job may plausibly end, when that can be estimated. */
  readonly estimatedEndMs?: number
  /** Since when the estimated end has been in the past. */
  readonly dueSinceMs?: number
}

export interface ScheduleSettings {
  readonly pollIntervalSeconds: number
  /** In [0, 1); Math.random when not given. */
  readonly random?: () => number
  /** The wait's deadline: no delay runs past it. */
  readonly deadlineMs?: number
}

/** Takes in the result of one status check (undefined when the check failed) made at nowMs. */
export function recordCheck(memory: ScheduleMemory | undefined, status: JobStatus | undefined, nowMs: number): ScheduleMemory {
  if (status === undefined) {
    // A failed check tells nothing new: keep the estimate and back off as if nothing changed.
    return { ...(memory ?? { firstCheckAtMs: nowMs }), unchanged: (memory?.unchanged ?? 0) + 1 }
  }
  const changed = memory?.last === undefined || eventKey(memory.last) !== eventKey(status)
  const percent = parsePercent(status.percentDone)
  const anchor = memory?.anchor ?? (status.state === 'RUNNING' && percent !== undefined ? { atMs: nowMs, percent } : undefined)
  const estimatedEndMs = estimateEnd(status, anchor, percent, nowMs)
  const due = estimatedEndMs !== undefined && estimatedEndMs <= nowMs
  return {
    firstCheckAtMs: memory?.firstCheckAtMs ?? nowMs,
    last: status,
    unchanged: changed ? 0 : (memory?.unchanged ?? 0) + 1,
    anchor,
    estimatedEndMs,
    dueSinceMs: due ? (memory?.dueSinceMs ?? estimatedEndMs) : undefined
  }
}

/** The delay before the next check of a job, given what was recorded of it. */
export function nextDelayMs(memory: ScheduleMemory, nowMs: number, settings: ScheduleSettings): number {
  const interval = pollIntervalMs(settings.pollIntervalSeconds)
  const random = (): number => clampUnit((settings.random ?? Math.random)())
  let delay: number
  if (memory.unchanged === 0) {
    delay = interval
  } else if (memory.estimatedEndMs !== undefined && !pastGrace(memory, nowMs, interval)) {
    const left = memory.estimatedEndMs - nowMs
    const far = Math.max(interval, FAR_CAP_SECONDS * 1000)
    delay = left > 0 ? clamp(FRACTION_OF_TIME_LEFT * left * (1 - JITTER * random()), interval, far) : interval
  } else {
    const cap = Math.max(interval, NO_ESTIMATE_CAP_SECONDS * 1000)
    const base = Math.min(cap, interval * BACKOFF_FACTOR ** Math.min(memory.unchanged, 50))
    delay = Math.max(interval, base * (1 - JITTER * random()))
  }
  if (settings.deadlineMs !== undefined) delay = Math.min(delay, Math.max(0, settings.deadlineMs - nowMs))
  return Math.round(delay)
}

/** The poll interval in ms: the user's value, at least 1 s. */
export function pollIntervalMs(pollIntervalSeconds: number): number {
  return Number.isFinite(pollIntervalSeconds) ? Math.max(1, pollIntervalSeconds) * 1000 : 1000
}

/** PercentDone is a string ("42", "42.0"); undefined when absent or not a number in 0–100. */
export function parsePercent(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined
  const percent = Number(value)
  return Number.isFinite(percent) && percent >= 0 && percent <= 100 ? percent : undefined
}

function estimateEnd(status: JobStatus, anchor: ScheduleMemory['anchor'], percent: number | undefined, nowMs: number): number | undefined {
  if (status.state !== 'RUNNING') return undefined
  const ends: number[] = []
  const expected = status.expectedCompletionDate?.getTime()
  if (expected !== undefined && Number.isFinite(expected)) ends.push(expected)
  // Needs some progress since the anchor: a rate from no movement would be a guess.
  if (anchor && percent !== undefined && percent > anchor.percent && nowMs > anchor.atMs) {
    // The fastest rate the rounded readings allow, and the most work they allow done: an early end.
    const fastestRate = (percent + PERCENT_QUANTUM - anchor.percent) / (nowMs - anchor.atMs)
    ends.push(nowMs + (100 - percent - PERCENT_QUANTUM) / fastestRate)
  }
  // The earlier of the two: trusting the later one risks sleeping past the end.
  return ends.length > 0 ? Math.min(...ends) : undefined
}

function pastGrace(memory: ScheduleMemory, nowMs: number, interval: number): boolean {
  if (memory.dueSinceMs === undefined) return false
  const run = Math.max(0, memory.dueSinceMs - (memory.anchor?.atMs ?? memory.firstCheckAtMs))
  return nowMs - memory.dueSinceMs > Math.max(GRACE_INTERVALS * interval, GRACE_FRACTION_OF_RUN * run)
}

/** What counts as "something changed" for the backoff; progress counters do not, the estimate covers them. */
function eventKey(status: JobStatus): string {
  const children = Object.entries(status.childJobsInState ?? {})
    .filter(([, count]) => count > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return JSON.stringify([status.state, status.statusMessage, children])
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value))
}

function clampUnit(value: number): number {
  return Number.isFinite(value) ? clamp(value, 0, 1) : 0
}
