import { describe, expect, it } from '@jest/globals'
import type { JobStatus } from '../../src/shared/job.js'
import { awaitJobs, type WaitDeps } from '../../src/wait/engine/awaitJobs.js'
import type { JobKind } from '../../src/wait/engine/jobKind.js'
import { FakeClock } from './fakes.js'

/** A made-up kind of job the engine has never heard of: print jobs, with states of their own and no way to stop them. */
interface PrintJob {
  readonly id: string
  /** When it ends (ms of fake time), and how. */
  readonly endsAt: number
  readonly end: 'PRINTED' | 'JAMMED'
}

function printJobs(clock: FakeClock): JobKind<PrintJob> & { checks: number } {
  const kind = {
    checks: 0,
    noun: 'print job',
    service: 'the print queue',
    async describe(job: PrintJob): Promise<JobStatus> {
      kind.checks++
      return { state: clock.now() >= job.endsAt ? job.end : clock.now() > 0 ? 'PRINTING' : 'QUEUED' }
    },
    isTerminal: (state: string | undefined) => state === 'PRINTED' || state === 'JAMMED',
    label: (job: PrintJob) => `print ${job.id}`,
    judge: (job: PrintJob, status: JobStatus) =>
      status.state === 'PRINTED'
        ? { verdict: 'success' as const, message: `print ${job.id} done.` }
        : status.state === 'JAMMED'
          ? { verdict: 'failure' as const, message: `print ${job.id} jammed.` }
          : { verdict: 'unfinished' as const, message: `print ${job.id} still going.` },
    describeError: (job: PrintJob) => `print ${job.id} unreadable.`,
    isTransientError: () => false
  }
  return kind
}

function deps(clock: FakeClock, lines: string[]): WaitDeps {
  return {
    now: () => clock.now(),
    sleep: (ms) => clock.sleep(ms),
    signal: new AbortController().signal,
    timeUp: () => new AbortController().signal,
    info: (line) => lines.push(line),
    warning: (line) => lines.push(`warning: ${line}`)
  }
}

describe('the wait engine with a kind of job it does not know', () => {
  it('waits for each job to reach one of its own end states and judges it with its own verdicts', async () => {
    const clock = new FakeClock()
    const kind = printJobs(clock)
    const lines: string[] = []
    const jobs: PrintJob[] = [
      { id: 'a', endsAt: 40_000, end: 'PRINTED' },
      { id: 'b', endsAt: 90_000, end: 'JAMMED' }
    ]
    const awaited = await awaitJobs(
      jobs.map((job) => ({ job, status: {} })),
      kind,
      deps(clock, lines),
      { pollIntervalSeconds: 5, timeoutSeconds: 600, stopOnTimeout: true, random: () => 0 }
    )
    expect(awaited.map((a) => [a.job.id, a.status.state, a.verdict])).toEqual([
      ['a', 'PRINTED', { verdict: 'success', message: 'print a done.' }],
      ['b', 'JAMMED', { verdict: 'failure', message: 'print b jammed.' }]
    ])
    expect(lines[0]).toBe('Waiting for 2 print jobs to end (timeout 10m 00s, status checks at most every 5 s).')
    expect(lines).toEqual(expect.arrayContaining(['print a: PRINTING [5s]', 'print a: PRINTED [45s]', 'print b: JAMMED [1m 40s]']))
    expect(lines).not.toContainEqual(expect.stringContaining('print b done'))
    // Over within one backoff step of the last end, not at the timeout.
    expect(clock.time).toBeLessThan(120_000)
  })

  it('on timeout says the job goes on running, since this kind cannot be stopped, even with stop-on-timeout', async () => {
    const clock = new FakeClock()
    const kind = printJobs(clock)
    const lines: string[] = []
    const [awaited] = await awaitJobs([{ job: { id: 'c', endsAt: Infinity, end: 'PRINTED' }, status: {} }], kind, deps(clock, lines), {
      pollIntervalSeconds: 5,
      timeoutSeconds: 60,
      stopOnTimeout: true
    })
    expect(awaited?.verdict).toEqual({
      verdict: 'failure',
      message:
        'The wait timed out after 1m 00s: print c was still PRINTING; it goes on running in the print queue (a print job cannot be stopped).',
      reason: 'Still PRINTING; it goes on running in the print queue (a print job cannot be stopped).',
      cutShort: 'The wait timed out after 1m 00s'
    })
    expect(clock.time).toBe(60_000)
  })
})
