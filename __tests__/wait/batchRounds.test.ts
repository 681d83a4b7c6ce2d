import { describe, expect, it } from '@jest/globals'
import type { JobStatus, StartedJob } from '../../src/shared/job.js'
import type { BatchReading, Watched, WatchedKind } from '../../src/wait/engine/jobKind.js'
import { waitForJobs, type WaitOptions } from '../../src/wait/engine/waitForJobs.js'
import { awsError, FakeClock, ScriptedSource, startedJob, watched, type Step } from './fakes.js'
import { seededRandom } from './simulation.js'

/**
 * The wait with a kind that reads many jobs with one call: a call per group and round, however many jobs the group
 * holds; jobs the answer does not show read alone; failed batch calls.
 */

const running = (percentDone: string): JobStatus => ({ state: 'RUNNING', percentDone })

interface BatchScript {
  /** When each job first shows in the batch's answer (ms since the wait began); absent: never. */
  readonly shownFrom?: Readonly<Record<string, number>>
  /** What the batch call of a group does at a given time: fail with this error, this many times. */
  readonly failures?: readonly { readonly key: string; readonly from: number; readonly error: unknown; readonly times: number }[]
}

/** A kind whose batch answers each job from the same scripts as its describe, once the job shows. */
class BatchSource extends ScriptedSource implements WatchedKind<StartedJob> {
  readonly batchCalls: { key: string; at: number; jobs: number }[] = []
  private readonly failed = new Map<object, number>()
  readonly batch: BatchReading<StartedJob>
  constructor(
    private readonly time: FakeClock,
    scripts: Readonly<Record<string, readonly Step[]>>,
    script: BatchScript = {}
  ) {
    super(time, scripts)
    this.batch = {
      key: (job) => job.region,
      describeMany: async (jobs: readonly Watched<StartedJob>[]) => {
        const key = jobs[0]!.job.region
        const now = this.time.now()
        this.batchCalls.push({ key, at: now, jobs: jobs.length })
        const failure = script.failures?.find((f) => f.key === key && f.from <= now && (this.failed.get(f) ?? 0) < f.times)
        if (failure) {
          this.failed.set(failure, (this.failed.get(failure) ?? 0) + 1)
          throw failure.error
        }
        return Promise.all(
          jobs.map(async ({ job }) => {
            const from = script.shownFrom?.[job.backupJobId] ?? 0
            if (from > now) return undefined
            const before = this.calls.get(job.backupJobId) ?? 0
            const status = await this.describe(job)
            this.calls.set(job.backupJobId, before) // an answer of the batch, not a call of its own
            return status
          })
        )
      },
      describeError: (key, error) => `Listing the jobs in ${key} failed (${(error as Error).name}).`
    }
  }
  /** Calls of describe, the job's own reads. */
  describes(): number {
    return [...this.calls.values()].reduce((a, b) => a + b, 0)
  }
}

function options(lines: string[], overrides: Partial<WaitOptions<StartedJob>> = {}): WaitOptions<StartedJob> {
  return { pollIntervalSeconds: 15, timeoutSeconds: 3600, random: seededRandom(1), log: (line) => lines.push(line), ...overrides }
}

const ids = (n: number, region = 'eu-west-1'): StartedJob[] =>
  Array.from({ length: n }, (_, i) =>
    startedJob(`${region}-${i}`, { region, resourceArn: `arn:aws:ec2:${region}:123456789012:volume/vol-${i}` })
  )

describe('waitForJobs with a kind that reads in batches', () => {
  it('200 jobs in two regions: one call per region and round, no check of its own for any job', async () => {
    const clock = new FakeClock()
    const jobs = [...ids(100), ...ids(100, 'us-east-1')]
    const scripts = Object.fromEntries(
      jobs.map((job, i) => [
        job.backupJobId,
        [
          { at: 0, status: running('0.0') },
          { at: 60_000 + i * 1000, status: { state: 'COMPLETED' } }
        ]
      ])
    )
    const source = new BatchSource(clock, scripts)
    const result = await waitForJobs(watched(jobs), source, clock, options([]))
    expect(result.jobs.map((r) => r.status.state)).toEqual(jobs.map(() => 'COMPLETED'))
    expect(source.describes()).toBe(0)
    // Each round reads both regions once; no two reads of a region come closer than the poll interval.
    const byRegion = (key: string) => source.batchCalls.filter((c) => c.key === key).map((c) => c.at)
    for (const key of ['eu-west-1', 'us-east-1']) {
      const times = byRegion(key)
      expect(times.slice(1).every((t, i) => t - times[i]! >= 15_000)).toBe(true)
    }
    expect(source.batchCalls.length).toBeLessThan(2 * (260_000 / 15_000 + 2))
  })

  it('reads alone each due job the answer does not show yet, until it shows', async () => {
    const clock = new FakeClock()
    const jobs = ids(3)
    const scripts = Object.fromEntries(
      jobs.map((job) => [
        job.backupJobId,
        [
          { at: 0, status: running('0.0') },
          { at: 120_000, status: { state: 'COMPLETED' } }
        ]
      ])
    )
    // The third job shows only 40 s into the wait; the others at once.
    const source = new BatchSource(clock, scripts, { shownFrom: { [jobs[2]!.backupJobId]: 40_000 } })
    const result = await waitForJobs(watched(jobs), source, clock, options([], { pollIntervalSeconds: 10 }))
    expect(result.jobs.map((r) => r.status.state)).toEqual(['COMPLETED', 'COMPLETED', 'COMPLETED'])
    expect(source.calls.get(jobs[0]!.backupJobId) ?? 0).toBe(0)
    const alone = source.calls.get(jobs[2]!.backupJobId) ?? 0
    // Read alone in the rounds before it showed (at 0, 10, 20 and 30 s, give or take the backoff), and never after.
    expect(alone).toBeGreaterThanOrEqual(2)
    expect(alone).toBeLessThanOrEqual(4)
  })

  it('a batch call failing transiently: one warning for the group, the jobs checked again later', async () => {
    const clock = new FakeClock()
    const jobs = ids(5)
    const scripts = Object.fromEntries(jobs.map((job) => [job.backupJobId, [{ at: 0, status: { state: 'COMPLETED' } }]]))
    const error = awsError('ThrottlingException', 'Rate exceeded')
    const source = new BatchSource(clock, scripts, { failures: [{ key: 'eu-west-1', from: 0, error, times: 3 }] })
    const lines: string[] = []
    const result = await waitForJobs(watched(jobs), source, clock, options(lines))
    expect(result.jobs.map((r) => [r.status.state, r.error])).toEqual(jobs.map(() => ['COMPLETED', undefined]))
    expect(lines.filter((line) => line.startsWith('Warning:'))).toEqual([
      'Warning: status check of 5 jobs in eu-west-1 failed (ThrottlingException: "Rate exceeded"); checking again later.'
    ])
    expect(source.batchCalls).toHaveLength(4)
    expect(source.describes()).toBe(0)
  })

  it('a batch call failing for good (a missing permission): says so once, then reads each job alone', async () => {
    const clock = new FakeClock()
    const jobs = ids(4)
    const scripts = Object.fromEntries(
      jobs.map((job) => [
        job.backupJobId,
        [
          { at: 0, status: running('0.0') },
          { at: 30_000, status: { state: 'COMPLETED' } }
        ]
      ])
    )
    const error = awsError('AccessDeniedException', 'not authorized to perform: backup:ListBackupJobs')
    const source = new BatchSource(clock, scripts, { failures: [{ key: 'eu-west-1', from: 0, error, times: Infinity }] })
    const lines: string[] = []
    const result = await waitForJobs(watched(jobs), source, clock, options(lines))
    expect(result.jobs.map((r) => r.status.state)).toEqual(jobs.map(() => 'COMPLETED'))
    expect(source.batchCalls).toHaveLength(1)
    expect(lines.filter((line) => line.startsWith('Warning:'))).toEqual([
      'Warning: Listing the jobs in eu-west-1 failed (AccessDeniedException). Checking each job on its own from now on.'
    ])
    expect(jobs.every((job) => (source.calls.get(job.backupJobId) ?? 0) >= 2)).toBe(true)
  })

  it("one region's failing batch call leaves the other region's jobs to theirs", async () => {
    const clock = new FakeClock()
    const jobs = [...ids(2), ...ids(2, 'us-east-1')]
    const scripts = Object.fromEntries(jobs.map((job) => [job.backupJobId, [{ at: 0, status: { state: 'COMPLETED' } }]]))
    const error = awsError('ServiceUnavailableException', 'busy')
    const source = new BatchSource(clock, scripts, { failures: [{ key: 'us-east-1', from: 0, error, times: 1 }] })
    const lines: string[] = []
    await waitForJobs(watched(jobs), source, clock, options(lines))
    expect(source.batchCalls.map((c) => [c.key, c.at])).toEqual([
      ['eu-west-1', 0],
      ['us-east-1', 0],
      ['us-east-1', expect.any(Number)]
    ])
    expect(lines.filter((line) => line.startsWith('Warning:'))).toEqual([
      'Warning: status check of 2 jobs in us-east-1 failed (ServiceUnavailableException: "busy"); checking again later.'
    ])
  })
})
