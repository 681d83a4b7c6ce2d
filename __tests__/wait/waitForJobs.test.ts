import { describe, expect, it } from '@jest/globals'
import type { JobStatus, StartedJob } from '../../src/shared/job.js'
import { waitForJobs, type WaitClock, type WaitOptions } from '../../src/wait/engine/waitForJobs.js'
import { awsError, backupLike, FakeClock, ScriptedSource, startedJob, watched } from './fakes.js'
import { seededRandom, statusAt } from './simulation.js'

const MINUTE = 60_000
const HOUR = 60 * MINUTE

function options(lines: string[], overrides: Partial<WaitOptions<StartedJob>> = {}): WaitOptions<StartedJob> {
  return {
    pollIntervalSeconds: 15,
    timeoutSeconds: 3600,
    random: seededRandom(1),
    log: (line) => lines.push(line),
    ...overrides
  }
}

const running = (percentDone: string): JobStatus => ({ state: 'RUNNING', percentDone })

describe('waitForJobs', () => {
  it.each([
    { state: 'COMPLETED', statusMessage: undefined },
    { state: 'PARTIAL', statusMessage: '1 of 3 volumes failed' },
    { state: 'FAILED', statusMessage: 'Access denied to KMS key' },
    { state: 'ABORTED', statusMessage: 'Stopped by user' },
    { state: 'EXPIRED', statusMessage: 'Start window elapsed' }
  ])('a job that ends $state: the wait ends soon after, with its last status', async ({ state, statusMessage }) => {
    const clock = new FakeClock()
    const source = new ScriptedSource(clock, {
      'job-1': [
        { at: 0, status: { state: 'CREATED' } },
        { at: 20_000, status: running('10.0') },
        { at: 3 * MINUTE, status: { state, statusMessage, percentDone: '100.0' } }
      ]
    })
    const lines: string[] = []
    const result = await waitForJobs(watched([startedJob('1')]), source, clock, options(lines))
    expect(result.timedOut).toBe(false)
    expect(result.cancelled).toBe(false)
    expect(result.jobs).toEqual([{ job: startedJob('1'), status: { state, statusMessage, percentDone: '100.0' } }])
    // PercentDone stalls at 10%, so there is no estimate: the backoff's 30 s cap bounds the lag.
    expect(clock.time - 3 * MINUTE).toBeLessThanOrEqual(30_000)
    // Just CREATED is a job about to start: no explanation yet.
    expect(lines[0]).toMatch(/^arn:aws:ec2:\S+ \(job job-1\): CREATED \[0s\]$/)
    expect(lines).toContainEqual(expect.stringMatching(/\(job job-1\): RUNNING, 10% done \[\d+s\]$/))
    expect(lines.at(-1)).toMatch(
      new RegExp(`\\(job job-1\\): ${state}, 100% done${statusMessage ? ` — "${statusMessage}"` : ''} \\[3m \\d\\ds\\]$`)
    )
  })

  it('several jobs, one failing: every result in input order, the failure with its message', async () => {
    const clock = new FakeClock()
    const source = new ScriptedSource(clock, {
      'job-a': [
        { at: 0, status: running('0.0') },
        { at: 2 * MINUTE, status: { state: 'COMPLETED' } }
      ],
      'job-b': [
        { at: 0, status: running('0.0') },
        { at: MINUTE, status: { state: 'FAILED', statusMessage: 'Volume not found' } }
      ],
      'job-c': [
        { at: 0, status: running('0.0') },
        { at: 5 * MINUTE, status: { state: 'COMPLETED' } }
      ]
    })
    const lines: string[] = []
    const jobs = [startedJob('a'), startedJob('b'), startedJob('c')]
    const result = await waitForJobs(watched(jobs), source, clock, options(lines))
    expect(result.jobs.map((r) => [r.job.backupJobId, r.status.state, r.status.statusMessage])).toEqual([
      ['job-a', 'COMPLETED', undefined],
      ['job-b', 'FAILED', 'Volume not found'],
      ['job-c', 'COMPLETED', undefined]
    ])
    expect(result.timedOut).toBe(false)
    expect(lines).toContainEqual(expect.stringMatching(/\(job job-b\): FAILED — "Volume not found" \[1m \d\ds\]$/))
    expect(clock.time - 5 * MINUTE).toBeLessThanOrEqual(15_000)
  })

  it('timeout with a job still running: stops exactly at the deadline, after a last look', async () => {
    const clock = new FakeClock()
    const source = new ScriptedSource(clock, {
      done: [
        { at: 0, status: running('0.0') },
        { at: 30_000, status: { state: 'COMPLETED' } }
      ],
      slow: (t) => statusAt({ durationMs: 10 * HOUR }, t)
    })
    const lines: string[] = []
    const jobs = [startedJob('done', { backupJobId: 'done' }), startedJob('slow', { backupJobId: 'slow' })]
    const result = await waitForJobs(watched(jobs), source, clock, options(lines, { timeoutSeconds: 600 }))
    expect(result.timedOut).toBe(true)
    expect(result.cancelled).toBe(false)
    expect(clock.time).toBe(600_000)
    expect(result.jobs[0]?.status.state).toBe('COMPLETED')
    // The status seen at the deadline: 600 s of a 10 h job is 1%.
    expect(result.jobs[1]?.status).toEqual({ state: 'RUNNING', percentDone: '1.0' })
  })

  it('a check still hanging when the time is up by the wall clock: the wait ends timed out, the check abandoned', async () => {
    const clock = new FakeClock()
    const timeUp = new AbortController()
    let abandoned = false
    let checks = 0
    // The first check answers; the second hangs (a slow AWS, retries) until its signal aborts.
    const source = {
      describe: (_job: unknown, signal?: AbortSignal): Promise<JobStatus> => {
        if (++checks === 1) return Promise.resolve(running('10.0'))
        return new Promise((_resolve, reject) => {
          signal?.addEventListener('abort', () => {
            abandoned = true
            reject(awsError('AbortError', 'Request aborted'))
          })
          // The wall clock passes the deadline while this check hangs.
          setImmediate(() => timeUp.abort())
        })
      }
    }
    const lines: string[] = []
    const result = await waitForJobs(watched([startedJob('1')]), backupLike(source), clock, options(lines, { timeUp: timeUp.signal }))
    expect(result).toEqual({ jobs: [{ job: startedJob('1'), status: running('10.0') }], timedOut: true, cancelled: false })
    expect(abandoned).toBe(true)
    expect(checks).toBe(2)
    expect(lines.join('\n')).not.toContain('status check failed')
  })

  it('a timeout of 0 looks at every job once', async () => {
    const clock = new FakeClock()
    const source = new ScriptedSource(clock, { 'job-1': [{ at: 0, status: running('5.0') }] })
    const lines: string[] = []
    const result = await waitForJobs(watched([startedJob('1')]), source, clock, options(lines, { timeoutSeconds: 0 }))
    expect(result).toEqual({ jobs: [{ job: startedJob('1'), status: running('5.0') }], timedOut: true, cancelled: false })
    expect(clock.sleeps).toEqual([])
  })

  it('transient errors are logged once per run of failures and do not end the wait', async () => {
    const clock = new FakeClock()
    const source = new ScriptedSource(clock, {
      'job-1': [
        { at: 0, status: running('0.0') },
        { at: 10_000, error: awsError('ThrottlingException', 'Rate exceeded'), times: 4 },
        { at: 3 * MINUTE, status: running('60.0') },
        { at: 3 * MINUTE + 1, error: awsError('ServiceUnavailableException', 'Service unavailable'), times: 1 },
        { at: 6 * MINUTE, status: { state: 'COMPLETED' } }
      ]
    })
    const lines: string[] = []
    const result = await waitForJobs(watched([startedJob('1')]), source, clock, options(lines))
    expect(result.jobs[0]?.status.state).toBe('COMPLETED')
    expect(result.jobs[0]?.error).toBeUndefined()
    expect(result.timedOut).toBe(false)
    expect(lines.filter((line) => line.startsWith('Warning:'))).toEqual([
      expect.stringMatching(
        /^Warning: arn:\S+ \(job job-1\): status check failed \(ThrottlingException: "Rate exceeded"\); checking again later\.$/
      ),
      expect.stringMatching(/^Warning: arn:\S+ \(job job-1\): status check failed \(ServiceUnavailableException: "Service unavailable"\)/)
    ])
  })

  it('a non-transient error ends the wait for that job only, with the error recorded', async () => {
    const clock = new FakeClock()
    const denied = awsError('AccessDeniedException', 'User is not authorized to perform: backup:DescribeBackupJob')
    const source = new ScriptedSource(clock, {
      'job-1': [
        { at: 0, status: running('0.0') },
        { at: 10_000, error: denied }
      ],
      'job-2': [
        { at: 0, status: running('0.0') },
        { at: 2 * MINUTE, status: { state: 'COMPLETED' } }
      ]
    })
    const lines: string[] = []
    const result = await waitForJobs(watched([startedJob('1'), startedJob('2')]), source, clock, options(lines))
    expect(result.timedOut).toBe(false)
    expect(result.jobs[0]).toEqual({ job: startedJob('1'), status: running('0.0'), error: denied })
    expect(result.jobs[1]?.status.state).toBe('COMPLETED')
    expect(lines).toContainEqual(
      expect.stringMatching(
        /\(job job-1\): status check failed \(AccessDeniedException: "User is not authorized to perform: backup:DescribeBackupJob"\); no longer waiting for this job\.$/
      )
    )
  })

  it('an error before any status was seen leaves what StartBackupJob said', async () => {
    const clock = new FakeClock()
    const source = new ScriptedSource(clock, { 'job-1': [{ at: 0, error: awsError('ResourceNotFoundException', 'No job') }] })
    const started = {
      recoveryPointArn: 'arn:aws:backup:eu-west-1:123456789012:recovery-point:rp-1',
      isParent: true,
      creationDate: new Date('2026-11-29T10:00:00Z')
    }
    const result = await waitForJobs(watched([startedJob('1')], started), source, clock, options([]))
    expect(result.jobs[0]?.status).toEqual({
      isParent: true,
      creationDate: new Date('2026-11-29T10:00:00Z'),
      recoveryPointArn: 'arn:aws:backup:eu-west-1:123456789012:recovery-point:rp-1'
    })
    expect(result.jobs[0]?.error).toBeInstanceOf(Error)
  })

  it.each([
    { clockKind: 'a clock that ignores the signal', honoursSignal: false },
    { clockKind: 'a clock whose sleep rejects on abort', honoursSignal: true }
  ])('cancellation mid-sleep returns within milliseconds ($clockKind), and nothing is logged after', async ({ honoursSignal }) => {
    let time = 0
    const clock: WaitClock = {
      now: () => time,
      sleep: (_ms, signal) =>
        new Promise<void>((_resolve, reject) => {
          // A real sleep: only the abort ends it within this test.
          if (honoursSignal) signal?.addEventListener('abort', () => reject(new Error('The operation was aborted')), { once: true })
        })
    }
    const controller = new AbortController()
    const source = new ScriptedSource(new FakeClock(), { 'job-1': [{ at: 0, status: running('3.0') }] })
    const lines: string[] = []
    const waiting = waitForJobs(watched([startedJob('1')]), source, clock, options(lines, { signal: controller.signal }))
    await new Promise((resolve) => setTimeout(resolve, 20))
    const abortedAt = performance.now()
    controller.abort()
    const result = await waiting
    expect(performance.now() - abortedAt).toBeLessThan(100)
    expect(result).toEqual({ jobs: [{ job: startedJob('1'), status: running('3.0') }], timedOut: false, cancelled: true })
    time = 10 * MINUTE
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(lines).toHaveLength(1)
  })

  it('cancellation while a status check hangs returns at once', async () => {
    const controller = new AbortController()
    const hanging = { describe: () => new Promise<JobStatus>(() => undefined) }
    const waiting = waitForJobs(
      watched([startedJob('1')]),
      backupLike(hanging),
      new FakeClock(),
      options([], { signal: controller.signal })
    )
    setTimeout(() => controller.abort(), 5)
    const result = await waiting
    expect(result.cancelled).toBe(true)
    expect(result.jobs[0]?.status.state).toBeUndefined()
  })

  it('an already aborted signal returns before any check', async () => {
    const clock = new FakeClock()
    const source = new ScriptedSource(clock, { 'job-1': [{ at: 0, status: running('0.0') }] })
    const result = await waitForJobs(watched([startedJob('1')]), source, clock, options([], { signal: AbortSignal.abort() }))
    expect(result.cancelled).toBe(true)
    expect(source.calls.size).toBe(0)
  })

  it('no jobs: nothing to wait for', async () => {
    const result = await waitForJobs([], new ScriptedSource(new FakeClock(), {}), new FakeClock(), options([]))
    expect(result).toEqual({ jobs: [], timedOut: false, cancelled: false })
  })

  it('100 jobs: at most 10 status checks in flight, all of them seen to the end', async () => {
    const clock = new FakeClock()
    let inFlight = 0
    let most = 0
    const source = {
      describe: async (job: { backupJobId: string }): Promise<JobStatus> => {
        inFlight++
        most = Math.max(most, inFlight)
        await new Promise((resolve) => setImmediate(resolve))
        inFlight--
        const end = (1 + (Number(job.backupJobId.slice(4)) % 7)) * MINUTE
        return clock.now() >= end ? { state: 'COMPLETED' } : running('50.0')
      }
    }
    const jobs = Array.from({ length: 100 }, (_, i) => startedJob(String(i)))
    const result = await waitForJobs(watched(jobs), backupLike(source), clock, options([]))
    expect(most).toBe(10)
    expect(result.jobs.map((r) => r.job.backupJobId)).toEqual(jobs.map((j) => j.backupJobId))
    expect(result.jobs.every((r) => r.status.state === 'COMPLETED')).toBe(true)
  })

  it('a 6-hour job with linear PercentDone: under 150 status calls, its end seen within the interval', async () => {
    const clock = new FakeClock()
    const source = new ScriptedSource(clock, { 'job-1': (t) => statusAt({ durationMs: 6 * HOUR, startDelayMs: 40_000 }, t) })
    const lines: string[] = []
    const result = await waitForJobs(watched([startedJob('1')]), source, clock, options(lines, { timeoutSeconds: 8 * 3600 }))
    expect(result.jobs[0]?.status.state).toBe('COMPLETED')
    expect(source.calls.get('job-1')).toBeLessThanOrEqual(150)
    expect(clock.time - (6 * HOUR + 40_000)).toBeLessThanOrEqual(15_000)
    expect(Math.max(...clock.sleeps)).toBeLessThanOrEqual(300_000)
  })
})
