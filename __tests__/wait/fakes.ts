/** A fake clock and a scripted AWS for the wait loop: virtual time only, nothing really waits. */
import type { JobStatus, StartedJob } from '../../src/shared/job.js'
import type { WaitClock } from '../../src/wait/engine/waitForJobs.js'
import type { Watched, WatchedKind } from '../../src/wait/engine/jobKind.js'
import { BACKUP_JOB_LOOKS } from '../../src/wait/backupJobKind.js'

/** Time moves only when the loop sleeps. */
export class FakeClock implements WaitClock {
  time = 0
  readonly sleeps: number[] = []
  now(): number {
    return this.time
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms)
    this.time += ms
  }
}

export function startedJob(id: string, overrides: Partial<StartedJob> = {}): StartedJob {
  return {
    resourceArn: `arn:aws:ec2:eu-west-1:123456789012:volume/vol-${id}`,
    backupVaultName: 'Default',
    region: 'eu-west-1',
    partition: 'aws',
    idempotencyToken: `token-${id}`,
    backupJobId: `job-${id}`,
    ...overrides
  }
}

/** What AWS answers about a job from a given time on (ms since the wait began); error: the check fails. */
export interface Step {
  readonly at: number
  readonly status?: JobStatus
  readonly error?: unknown
  /** Fail only this many checks, then fall through to the step before. */
  readonly times?: number
}

/** Jobs to wait on, with what StartBackupJob said of them. */
export function watched(jobs: readonly StartedJob[], status: JobStatus = {}): Watched<StartedJob>[] {
  return jobs.map((job) => ({ job, status }))
}

/** A backup job, as the wait sees one, read through `source`. */
export function backupLike(source: Pick<WatchedKind<StartedJob>, 'describe'>): WatchedKind<StartedJob> {
  return { ...BACKUP_JOB_LOOKS, isTransientError: isTransient, describe: (job, signal) => source.describe(job, signal) }
}

/** Answers each job (a backup job, as the wait sees one) from its script; counts the checks, as the AWS bill would. */
export class ScriptedSource implements WatchedKind<StartedJob> {
  readonly isTerminal = BACKUP_JOB_LOOKS.isTerminal
  readonly label = BACKUP_JOB_LOOKS.label
  readonly note = BACKUP_JOB_LOOKS.note
  readonly isTransientError = isTransient
  readonly calls = new Map<string, number>()
  private readonly failures = new Map<Step, number>()
  constructor(
    private readonly clock: FakeClock,
    private readonly scripts: Readonly<Record<string, readonly Step[] | ((t: number) => JobStatus)>>
  ) {}
  async describe(job: StartedJob): Promise<JobStatus> {
    this.calls.set(job.backupJobId, (this.calls.get(job.backupJobId) ?? 0) + 1)
    const script = this.scripts[job.backupJobId]
    if (script === undefined) throw new Error(`no script for ${job.backupJobId}`)
    const t = this.clock.now()
    if (typeof script === 'function') return script(t)
    const reached = script.filter((step) => step.at <= t)
    for (let i = reached.length - 1; i >= 0; i--) {
      const step = reached[i]!
      if (step.error !== undefined) {
        const failed = this.failures.get(step) ?? 0
        if (step.times === undefined || failed < step.times) {
          this.failures.set(step, failed + 1)
          throw step.error
        }
        continue
      }
      if (step.status) return step.status
    }
    throw new Error(`no status for ${job.backupJobId} at ${t}`)
  }
}

/** An error as the AWS SDK throws it. */
export function awsError(name: string, message: string): Error {
  const error = new Error(message)
  error.name = name
  return error
}

export function isTransient(error: unknown): boolean {
  return error instanceof Error && ['ThrottlingException', 'ServiceUnavailableException', 'TimeoutError'].includes(error.name)
}
