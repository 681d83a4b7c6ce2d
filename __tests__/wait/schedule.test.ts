import { describe, expect, it } from '@jest/globals'
import type { JobStatus } from '../../src/shared/job.js'
import {
  FAR_CAP_SECONDS,
  nextDelayMs,
  parsePercent,
  pollIntervalMs,
  recordCheck,
  type ScheduleMemory
} from '../../src/wait/engine/schedule.js'
import { seededRandom, simulate, simulateFixedPoll, type SimulatedJob } from './simulation.js'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1)
// A realistic DescribeBackupJob round trip: counted in the lag, as a user would see it.
const LATENCY_MS = 300

/** The worst figures over many seeds and start delays, as the benchmark would meet them. */
// poll-interval-seconds' default in action.yml.
const DEFAULT_POLL_INTERVAL_SECONDS = 15

function worst(job: SimulatedJob, pollIntervalSeconds = DEFAULT_POLL_INTERVAL_SECONDS) {
  let calls = 0
  let lagMs = 0
  for (const seed of SEEDS) {
    const run = simulate(
      { ...job, startDelayMs: (job.startDelayMs ?? 0) + seed * 997 },
      pollIntervalSeconds,
      seededRandom(seed),
      LATENCY_MS
    )
    calls = Math.max(calls, run.calls)
    lagMs = Math.max(lagMs, run.lagMs)
  }
  return { calls, lagMs }
}

/** Records a run of statuses one interval apart, as the loop would. */
function memoryAfter(statuses: readonly JobStatus[], everyMs = 15_000): { memory: ScheduleMemory; nowMs: number } {
  let memory: ScheduleMemory | undefined
  let nowMs = 0
  statuses.forEach((status, i) => {
    nowMs = i * everyMs
    memory = recordCheck(memory, status, nowMs)
  })
  if (memory === undefined) throw new Error('no statuses')
  return { memory, nowMs }
}

describe('schedule: simulated jobs with linear PercentDone at the default settings', () => {
  // Figures for the README: calls and worst detection lag, vs a fixed 30 s poll (720 calls for 6 h).
  it.each([
    { length: '1 min', durationMs: MINUTE, maxCalls: 10 },
    { length: '10 min', durationMs: 10 * MINUTE, maxCalls: 25 },
    { length: '1 h', durationMs: HOUR, maxCalls: 40 },
    { length: '6 h', durationMs: 6 * HOUR, maxCalls: 110 }
  ])('$length job: at most $maxCalls calls, the end noticed within the poll interval + 1 s', ({ durationMs, maxCalls }) => {
    for (const percent of ['aws', 'whole', 'decimals'] as const) {
      const { calls, lagMs } = worst({ durationMs, percent })
      expect(calls).toBeLessThanOrEqual(maxCalls)
      expect(lagMs).toBeLessThanOrEqual(DEFAULT_POLL_INTERVAL_SECONDS * 1000 + 1000)
    }
  })

  it.each([
    { length: '10 min', durationMs: 10 * MINUTE },
    { length: '1 h', durationMs: HOUR },
    { length: '6 h', durationMs: 6 * HOUR }
  ])('$length job: fewer calls than a fixed 30 s poll, and a shorter worst lag', ({ durationMs }) => {
    const ours = worst({ durationMs })
    const fixed = simulateFixedPoll({ durationMs }, 30_000)
    expect(ours.calls).toBeLessThan(fixed.calls)
    expect(ours.lagMs).toBeLessThan(30_000)
  })

  it.each([
    { source: 'ExpectedCompletionDate only', job: { percent: 'none', expectedCompletion: true } as const },
    { source: 'both', job: { percent: 'aws', expectedCompletion: true } as const }
  ])('estimates from $source: a 6 h job within the budget and the lag target', ({ job }) => {
    const { calls, lagMs } = worst({ durationMs: 6 * HOUR, ...job })
    expect(calls).toBeLessThanOrEqual(150)
    expect(lagMs).toBeLessThanOrEqual(16_000)
  })

  it('with no estimate at all, backs off no further than 30 s, so the end is seen within 30 s', () => {
    const { lagMs } = worst({ durationMs: HOUR, percent: 'none' })
    expect(lagMs).toBeLessThanOrEqual(30_000 + LATENCY_MS)
  })

  it('a job that waits in CREATED first is still seen ending within the interval', () => {
    const { lagMs, calls } = worst({ durationMs: HOUR, startDelayMs: 20 * MINUTE })
    expect(lagMs).toBeLessThanOrEqual(16_000)
    expect(calls).toBeLessThanOrEqual(40 + (20 * MINUTE) / 24_000)
  })

  it('a job that fails unexpectedly mid-way is seen within the longest sparse delay', () => {
    const job: SimulatedJob = { durationMs: 6 * HOUR }
    let memory: ScheduleMemory | undefined
    let t = 0
    const failAt = 3 * HOUR
    const random = seededRandom(7)
    while (t < failAt) {
      memory = recordCheck(memory, { state: 'RUNNING', percentDone: `${Math.floor((100 * t) / job.durationMs)}.0` }, t)
      t += nextDelayMs(memory, t, { pollIntervalSeconds: 15, random })
    }
    expect(t - failAt).toBeLessThanOrEqual(FAR_CAP_SECONDS * 1000)
  })
})

describe('schedule: delays', () => {
  const running = (percentDone?: string, extra: Partial<JobStatus> = {}): JobStatus => ({ state: 'RUNNING', percentDone, ...extra })

  it.each([
    { case: 'first check', statuses: [running('0.0')], expected: 15_000 },
    { case: 'state just changed', statuses: [{ state: 'CREATED' }, running('0.0')], expected: 15_000 },
    { case: 'status message just changed', statuses: [running('5.0'), running('6.0', { statusMessage: 'slow' })], expected: 15_000 },
    { case: 'CREATED, unchanged once', statuses: [{ state: 'CREATED' }, { state: 'CREATED' }], expected: 22_500 },
    { case: 'CREATED, unchanged twice', statuses: [{ state: 'CREATED' }, { state: 'CREATED' }, { state: 'CREATED' }], expected: 30_000 },
    { case: 'CREATED for long', statuses: Array.from({ length: 40 }, () => ({ state: 'CREATED' })), expected: 30_000 },
    { case: 'RUNNING, no progress yet', statuses: [running('0.0'), running('0.0'), running('0.0')], expected: 30_000 },
    { case: 'RUNNING, no PercentDone', statuses: [running(), running(), running()], expected: 30_000 },
    {
      case: 'end far (1% in 30 s: ~49 min left)',
      statuses: [running('0.0'), running('0.0'), running('1.0')],
      expected: FAR_CAP_SECONDS * 1000
    },
    { case: 'end near (90% in 30 s)', statuses: [running('0.0'), running('45.0'), running('90.0')], expected: 15_000 },
    {
      case: 'end in ~9.5 min: a quarter of the time left',
      statuses: [running('0.0'), running('2.0'), running('4.0')],
      expected: 0.25 * (95 / (5 / 30_000))
    }
  ])('$case → $expected ms (random 0: no jitter)', ({ statuses, expected }) => {
    const { memory, nowMs } = memoryAfter(statuses)
    expect(nextDelayMs(memory, nowMs, { pollIntervalSeconds: 15, random: () => 0 })).toBeCloseTo(expected, -1)
  })

  it.each([
    { case: 'ExpectedCompletionDate in 2 h', inMs: 2 * HOUR, expected: FAR_CAP_SECONDS * 1000 },
    { case: 'ExpectedCompletionDate in 4 min', inMs: 4 * MINUTE, expected: MINUTE },
    { case: 'ExpectedCompletionDate in 30 s', inMs: 30_000, expected: 15_000 },
    { case: 'ExpectedCompletionDate just passed', inMs: -MINUTE, expected: 15_000 },
    { case: 'ExpectedCompletionDate long passed: no estimate', inMs: -HOUR, expected: 30_000 }
  ])('$case → $expected ms', ({ inMs, expected }) => {
    const now = 10 * HOUR
    const status = running(undefined, { expectedCompletionDate: new Date(now + inMs) })
    let memory = recordCheck(undefined, status, now - 60_000)
    memory = recordCheck(memory, status, now - 30_000)
    memory = recordCheck(memory, status, now)
    expect(nextDelayMs(memory, now, { pollIntervalSeconds: 15, random: () => 0 })).toBe(expected)
  })

  it('a job stuck at 100% but not ended backs off to 30 s after a grace period, rather than polling at the interval forever', () => {
    const statuses = [running('0.0'), running('50.0'), ...Array.from({ length: 60 }, () => running('100.0'))]
    const { memory, nowMs } = memoryAfter(statuses)
    expect(nextDelayMs(memory, nowMs, { pollIntervalSeconds: 15, random: () => 0 })).toBe(30_000)
  })

  it.each([0, 0.3, 0.5, 0.9999])('jitter (random %p) only shortens a delay, never below the interval', (r) => {
    const cases = [
      memoryAfter([{ state: 'CREATED' }, { state: 'CREATED' }, { state: 'CREATED' }]),
      memoryAfter([running('0.0'), running('0.0'), running('1.0')]),
      memoryAfter([running('0.0'), running('2.0'), running('4.0')])
    ]
    for (const { memory, nowMs } of cases) {
      const plain = nextDelayMs(memory, nowMs, { pollIntervalSeconds: 15, random: () => 0 })
      const jittered = nextDelayMs(memory, nowMs, { pollIntervalSeconds: 15, random: () => r })
      expect(jittered).toBeLessThanOrEqual(plain)
      expect(jittered).toBeGreaterThanOrEqual(Math.max(15_000, plain * 0.8 - 1))
    }
  })

  it.each([
    { interval: 1, created: 30_000, far: FAR_CAP_SECONDS * 1000 },
    { interval: 15, created: 30_000, far: FAR_CAP_SECONDS * 1000 },
    { interval: 60, created: 60_000, far: FAR_CAP_SECONDS * 1000 },
    { interval: 600, created: 600_000, far: 600_000 }
  ])(
    'poll interval $interval s: caps ($created ms with no estimate, $far ms when far), never below the interval',
    ({ interval, created, far }) => {
      const idle = memoryAfter(Array.from({ length: 30 }, () => ({ state: 'CREATED' })))
      expect(nextDelayMs(idle.memory, idle.nowMs, { pollIntervalSeconds: interval, random: () => 0 })).toBe(created)
      const slow = memoryAfter([running('0.0'), running('0.0'), running('1.0')])
      expect(nextDelayMs(slow.memory, slow.nowMs, { pollIntervalSeconds: interval, random: () => 0 })).toBe(far)
      const fresh = memoryAfter([running('0.0')])
      expect(nextDelayMs(fresh.memory, fresh.nowMs, { pollIntervalSeconds: interval, random: () => 0 })).toBe(interval * 1000)
    }
  )

  it.each([
    { left: 100_000, expected: 15_000 },
    { left: 5_000, expected: 5_000 },
    { left: 0, expected: 0 },
    { left: -5_000, expected: 0 }
  ])('never sleeps past the deadline ($left ms left → $expected ms)', ({ left, expected }) => {
    const { memory, nowMs } = memoryAfter([running('0.0')])
    expect(nextDelayMs(memory, nowMs, { pollIntervalSeconds: 15, deadlineMs: nowMs + left })).toBe(expected)
  })

  it('a failed check counts as nothing changed: the delay backs off and the estimate is kept', () => {
    const { memory, nowMs } = memoryAfter([running('0.0'), running('0.0'), running('1.0')])
    const failed = recordCheck(memory, undefined, nowMs + 1000)
    expect(failed.estimatedEndMs).toBe(memory.estimatedEndMs)
    expect(nextDelayMs(failed, nowMs + 1000, { pollIntervalSeconds: 15, random: () => 0 })).toBe(FAR_CAP_SECONDS * 1000)
    const firstFailed = recordCheck(undefined, undefined, 0)
    expect(nextDelayMs(firstFailed, 0, { pollIntervalSeconds: 15, random: () => 0 })).toBe(22_500)
  })

  it.each([
    { input: 15, expected: 15_000 },
    { input: 0.2, expected: 1_000 },
    { input: 0, expected: 1_000 },
    { input: Number.NaN, expected: 1_000 }
  ])('poll interval $input s is taken as $expected ms', ({ input, expected }) => {
    expect(pollIntervalMs(input)).toBe(expected)
  })

  it.each([
    { value: '42', expected: 42 },
    { value: '42.0', expected: 42 },
    { value: '99.95', expected: 99.95 },
    { value: '', expected: undefined },
    { value: undefined, expected: undefined },
    { value: 'n/a', expected: undefined },
    { value: '120', expected: undefined },
    { value: '-1', expected: undefined }
  ])('PercentDone $value reads as $expected', ({ value, expected }) => {
    expect(parsePercent(value)).toBe(expected)
  })
})
