import { describe, expect, it } from '@jest/globals'
import type { JobStatus, Lifecycle } from '../../src/shared/job.js'
import { judgeCopy, type CopyJob } from '../../src/wait/copyVerdicts.js'
import { copyLifecycleFor, copyLifecycleProblem } from '../../src/inputs/copyInputs.js'
import { copyIdempotencyToken } from '../../src/inputs/idempotencyToken.js'
import { awaitJobs } from '../../src/wait/engine/awaitJobs.js'
import { eitherKind, type Either } from '../../src/wait/engine/eitherKind.js'
import type { JobKind } from '../../src/wait/engine/jobKind.js'
import { FakeClock } from './fakes.js'

const COPY: CopyJob = {
  resourceArn: 'arn:aws:rds:us-east-1:123456789012:db:orders',
  region: 'us-east-1',
  destinationBackupVaultArn: 'arn:aws:backup:us-west-2:210987654321:backup-vault:dr',
  copyJobId: 'COPY-1'
}

describe('judgeCopy', () => {
  it.each<{ status: JobStatus; allowPartial?: boolean; verdict: string; message: RegExp }>([
    {
      status: { state: 'COMPLETED' },
      verdict: 'success',
      message: /^Copy of ".*db:orders" to ".*:backup-vault:dr" \(copy job COPY-1\) completed\.$/
    },
    { status: { state: 'FAILED', statusMessage: 'Disk full.' }, verdict: 'failure', message: /failed: "Disk full"\.$/ },
    {
      status: { state: 'FAILED', messageCategory: 'AccessDenied', statusMessage: 'Access denied.' },
      verdict: 'failure',
      message: /its access policy must allow backup:CopyIntoBackupVault from this account into account 210987654321/
    },
    { status: { state: 'PARTIAL' }, verdict: 'failure', message: /ended PARTIAL, and allow-partial is false/ },
    { status: { state: 'PARTIAL' }, allowPartial: true, verdict: 'warning', message: /accepted because allow-partial is true/ },
    { status: { state: 'RUNNING' }, verdict: 'unfinished', message: /had not finished \(state RUNNING\)/ }
  ])('$status.state ($status.messageCategory): $verdict', ({ status, allowPartial = false, verdict, message }) => {
    const judged = judgeCopy(COPY, status, { allowPartial })
    expect(judged.verdict).toBe(verdict)
    expect(judged.message).toMatch(message)
  })
})

describe('the copies’ lifecycle', () => {
  it.each<{ copy: Lifecycle; source?: Lifecycle; sent: Lifecycle | undefined }>([
    { copy: {}, source: undefined, sent: undefined },
    { copy: {}, source: { DeleteAfterDays: 35 }, sent: { DeleteAfterDays: 35 } },
    {
      copy: { DeleteAfterDays: 400 },
      source: { DeleteAfterDays: 35, MoveToColdStorageAfterDays: 7 },
      sent: { DeleteAfterDays: 400, MoveToColdStorageAfterDays: 7 }
    },
    { copy: { MoveToColdStorageAfterDays: 30 }, source: undefined, sent: { MoveToColdStorageAfterDays: 30 } }
  ])('copy-* $copy over the backup’s $source gives $sent', ({ copy, source, sent }) => {
    expect(copyLifecycleFor(copy, source)).toEqual(sent)
  })

  it('refuses a merged lifecycle with less than 90 days in cold storage, naming the inputs', () => {
    expect(copyLifecycleProblem({ DeleteAfterDays: 100, MoveToColdStorageAfterDays: 30 })).toMatch(
      /^Input copy-delete-after-days is 100 .*\(120\)/
    )
    expect(copyLifecycleProblem({ DeleteAfterDays: 120, MoveToColdStorageAfterDays: 30 })).toBeUndefined()
  })

  it('derives one token per backup and destination, the same on every try', () => {
    const a = copyIdempotencyToken('run-1-abc', COPY.destinationBackupVaultArn)
    expect(copyIdempotencyToken('run-1-abc', COPY.destinationBackupVaultArn)).toBe(a)
    expect(copyIdempotencyToken('run-1-abc', 'arn:aws:backup:eu-west-1:210987654321:backup-vault:dr')).not.toBe(a)
    expect(copyIdempotencyToken('run-2-abc', COPY.destinationBackupVaultArn)).not.toBe(a)
  })
})

describe('follow-up jobs in the wait engine', () => {
  /** A kind of job that ends at a set time of the fake clock. */
  const timed = (
    clock: FakeClock,
    noun: string,
    stop?: JobKind<{ id: string; endsAt: number }>['stop']
  ): JobKind<{ id: string; endsAt: number }> => ({
    noun,
    service: 'the test',
    describe: async (job) => ({ state: clock.now() >= job.endsAt ? 'DONE' : 'BUSY' }),
    isTerminal: (state) => state === 'DONE',
    label: (job) => `${noun} ${job.id}`,
    judge: (job, status) =>
      status.state === 'DONE' ? { verdict: 'success', message: `${job.id} done.` } : { verdict: 'unfinished', message: '' },
    describeError: () => 'unreadable',
    isTransientError: () => false,
    ...(stop && { stop })
  })

  it('waits for the jobs a job’s end starts, within the same deadline, and stops only the kind that can be stopped', async () => {
    const clock = new FakeClock()
    const stopped: string[] = []
    const parents = timed(clock, 'parent', async (jobs) =>
      jobs.map((job) => (stopped.push(job.id), { stopped: true, line: `stopped ${job.id}` }))
    )
    const kind = eitherKind(parents, timed(clock, 'child'))
    const lines: string[] = []
    type Job = Either<{ id: string; endsAt: number }, { id: string; endsAt: number }>
    const awaited = await awaitJobs<Job>(
      [
        { job: { kind: 'first', job: { id: 'p1', endsAt: 10_000 } }, status: {} },
        { job: { kind: 'first', job: { id: 'p2', endsAt: Infinity } }, status: {} }
      ],
      kind,
      {
        now: () => clock.now(),
        sleep: (ms) => clock.sleep(ms),
        signal: new AbortController().signal,
        timeUp: () => new AbortController().signal,
        info: (l) => lines.push(l),
        warning: (l) => lines.push(l)
      },
      {
        pollIntervalSeconds: 5,
        timeoutSeconds: 120,
        stopOnTimeout: true,
        followUps: async (job) =>
          job.kind === 'first' && job.job.id === 'p1'
            ? [
                { job: { kind: 'second', job: { id: 'c1', endsAt: clock.now() + 20_000 } }, status: {} },
                { job: { kind: 'second', job: { id: 'c2', endsAt: Infinity } }, status: {} }
              ]
            : []
      }
    )
    expect(awaited.map((a) => [a.job.job.id, a.verdict.verdict])).toEqual([
      ['p1', 'success'],
      ['p2', 'failure'],
      ['c1', 'success'],
      ['c2', 'failure']
    ])
    expect(stopped).toEqual(['p2'])
    expect(awaited[3]?.verdict.message).toBe(
      'The wait timed out after 2m 00s: child c2 was still BUSY; it goes on running in the test (a child cannot be stopped).'
    )
    expect(clock.time).toBe(120_000)
  })
})
