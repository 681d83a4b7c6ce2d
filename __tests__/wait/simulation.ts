/** Simulated backup jobs for the schedule tests: no real waiting, a seeded random. */
import type { JobStatus } from '../../src/shared/job.js'
import { nextDelayMs, recordCheck, type ScheduleMemory } from '../../src/wait/engine/schedule.js'
import { seededRandom } from '../../sandbox/seededRandom.js'

export { seededRandom }

export interface SimulatedJob {
  readonly durationMs: number
  /** Time spent CREATED before running. */
  readonly startDelayMs?: number
  /** How PercentDone is reported: whole percent ("42"), AWS style ("42.0"), two decimals, or not at all. */
  readonly percent?: 'whole' | 'aws' | 'decimals' | 'none'
  readonly expectedCompletion?: boolean
  readonly endState?: string
}

/** What AWS would answer about the job at time t (ms since it was created). */
export function statusAt(job: SimulatedJob, t: number): JobStatus {
  const start = job.startDelayMs ?? 0
  const end = start + job.durationMs
  if (t < start) return { state: 'CREATED' }
  if (t >= end) return { state: job.endState ?? 'COMPLETED', percentDone: '100.0', completionDate: new Date(end) }
  const done = (100 * (t - start)) / job.durationMs
  const format = job.percent ?? 'aws'
  const percentDone =
    format === 'none'
      ? undefined
      : format === 'whole'
        ? String(Math.floor(done))
        : format === 'aws'
          ? `${Math.floor(done)}.0`
          : done.toFixed(2)
  return { state: 'RUNNING', percentDone, ...(job.expectedCompletion ? { expectedCompletionDate: new Date(end) } : {}) }
}

export interface SimulationResult {
  readonly calls: number
  /** From the job's end to the check that saw it. */
  readonly lagMs: number
  /** The longest sleep between two checks. */
  readonly longestDelayMs: number
}

/** Checks the job as the wait loop would, from its creation until a check sees it ended. */
export function simulate(job: SimulatedJob, pollIntervalSeconds: number, random: () => number, describeLatencyMs = 0): SimulationResult {
  const end = (job.startDelayMs ?? 0) + job.durationMs
  let t = 0
  let memory: ScheduleMemory | undefined
  let calls = 0
  let longestDelayMs = 0
  for (;;) {
    calls++
    t += describeLatencyMs
    const status = statusAt(job, t)
    if (status.state !== 'RUNNING' && status.state !== 'CREATED') return { calls, lagMs: t - end, longestDelayMs }
    memory = recordCheck(memory, status, t)
    const delay = nextDelayMs(memory, t, { pollIntervalSeconds, random })
    longestDelayMs = Math.max(longestDelayMs, delay)
    t += delay
  }
}

/** The fixed poll this project is measured against. */
export function simulateFixedPoll(job: SimulatedJob, everyMs: number): SimulationResult {
  const end = (job.startDelayMs ?? 0) + job.durationMs
  const checks = Math.ceil(end / everyMs)
  return { calls: checks + 1, lagMs: checks * everyMs - end, longestDelayMs: everyMs }
}
