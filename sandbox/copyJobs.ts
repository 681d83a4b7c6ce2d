/**
 * Copy jobs and how they move. As with backup jobs nothing runs in the background: whenever someone looks, the
 * copies are scheduled from their creation times and timelines up to that moment. Copies of one resource run
 * one at a time, and at most `concurrencyPerDestination` run into one destination vault; a held copy stays
 * CREATED until it gets its turn (oldest first among those that may start).
 */
import { randomUUID } from 'node:crypto'
import { matchesPattern } from './http.js'
import type { CopyContext, CopyJobSnapshot, CopyJobState, CopyTimeline, CopyTimelineOption, TerminalCopyJobState } from './copyTypes.js'

export interface ResolvedCopyTimeline {
  readonly runningAfterMs: number
  readonly endAfterMs: number
  readonly endState: TerminalCopyJobState
  readonly statusMessage?: string
  readonly runningStatusMessage?: string
  readonly messageCategory?: string
  readonly backupSizeInBytes: number
}

export interface NewCopy {
  readonly region: string
  readonly accountId: string
  readonly resourceArn: string
  readonly resourceType: string
  readonly sourceBackupVaultName: string
  readonly sourceBackupVaultArn: string
  readonly sourceRecoveryPointArn: string
  readonly sourceBackupJobId: string
  readonly destinationBackupVaultArn: string
  readonly destinationRegion: string
  readonly destinationAccountId: string
  readonly iamRoleArn: string
  readonly idempotencyToken?: string
  readonly request: Readonly<Record<string, unknown>>
  readonly startedBy: string
  readonly timeline: ResolvedCopyTimeline
}

export interface CopyRecord extends NewCopy {
  readonly id: string
  readonly seq: number
  readonly createdAt: number
  readonly destinationRecoveryPointArn: string
}

export interface CopyView {
  readonly job: CopyRecord
  readonly state: CopyJobState
  readonly statusMessage?: string
  readonly messageCategory?: string
  readonly destinationRecoveryPointArn?: string
  readonly completionDate?: number
}

/** Short, like the backup jobs' default, so a test watching a copy to its end waits well under a second. */
const DEFAULT_COPY_TIMELINE = { runningAfterMs: 20, endAfterMs: 150, endState: 'COMPLETED' } as const

export class CopyStore {
  private readonly list: CopyRecord[] = []
  private readonly byId = new Map<string, CopyRecord>()

  constructor(private readonly concurrencyPerDestination: number = Infinity) {}

  create(spec: NewCopy, now: number): CopyRecord {
    const record: CopyRecord = {
      ...spec,
      id: randomUUID().toUpperCase(),
      seq: this.list.length + 1,
      createdAt: now,
      // Formed like the sandbox's source recovery points, in the destination vault's region and account.
      destinationRecoveryPointArn: `arn:aws:backup:${spec.destinationRegion}:${spec.destinationAccountId}:recovery-point:${randomUUID()}`
    }
    this.list.push(record)
    this.byId.set(record.id, record)
    return record
  }

  get(id: string): CopyRecord | undefined {
    return this.byId.get(id)
  }

  /** Every copy's state at `now`, in creation order. */
  evaluate(now: number): CopyView[] {
    const admitted = this.schedule(now)
    return this.list.map((job) => viewOf(job, admitted.get(job.id), now))
  }

  view(id: string, now: number): CopyView | undefined {
    const job = this.byId.get(id)
    return job === undefined ? undefined : viewOf(job, this.schedule(now).get(id), now)
  }

  /** When each copy got its turn, for the turns given by `now`: an event walk over creations and ends. */
  private schedule(now: number): Map<string, number> {
    const admitted = new Map<string, number>()
    const waiting: CopyRecord[] = []
    const running: { job: CopyRecord; endAt: number }[] = []
    let next = 0
    for (;;) {
      const arrival = this.list[next]?.createdAt ?? Infinity
      const end = Math.min(...running.map((r) => r.endAt))
      const t = Math.min(arrival, end)
      if (t > now || t === Infinity) return admitted
      while ((this.list[next]?.createdAt ?? Infinity) <= t) waiting.push(this.list[next++] as CopyRecord)
      for (let i = running.length - 1; i >= 0; i--) if ((running[i]?.endAt ?? Infinity) <= t) running.splice(i, 1)
      for (let i = 0; i < waiting.length; i++) {
        const job = waiting[i] as CopyRecord
        const busy = running.some((r) => r.job.region === job.region && r.job.resourceArn === job.resourceArn)
        const intoDestination = running.filter((r) => r.job.destinationBackupVaultArn === job.destinationBackupVaultArn).length
        if (busy || intoDestination >= this.concurrencyPerDestination) continue
        admitted.set(job.id, t)
        running.push({ job, endAt: t + job.timeline.endAfterMs })
        waiting.splice(i--, 1)
      }
    }
  }
}

function viewOf(job: CopyRecord, admittedAt: number | undefined, now: number): CopyView {
  const t = job.timeline
  if (admittedAt === undefined) return { job, state: 'CREATED' }
  const runningAt = admittedAt + t.runningAfterMs
  const endAt = admittedAt + t.endAfterMs
  if (now < runningAt) return { job, state: 'CREATED' }
  const reachedRunning = runningAt < endAt
  const arn = reachedRunning ? { destinationRecoveryPointArn: job.destinationRecoveryPointArn } : {}
  if (now < endAt) {
    return { job, state: 'RUNNING', ...arn, ...(t.runningStatusMessage !== undefined ? { statusMessage: t.runningStatusMessage } : {}) }
  }
  const statusMessage = t.statusMessage ?? defaultMessage(t.endState)
  const messageCategory = t.messageCategory ?? (t.endState === 'COMPLETED' ? 'SUCCESS' : undefined)
  return {
    job,
    state: t.endState,
    ...arn,
    ...(statusMessage !== undefined ? { statusMessage } : {}),
    ...(messageCategory !== undefined ? { messageCategory } : {}),
    completionDate: endAt
  }
}

function defaultMessage(state: TerminalCopyJobState): string | undefined {
  if (state === 'FAILED') return 'An internal error occurred while copying the recovery point (sandbox).'
  if (state === 'PARTIAL') return 'Some resources in the recovery point could not be copied (sandbox).'
  return undefined
}

/** Built-in defaults, then the option's default, then what matched the copy; the size defaults to the source's. */
export function planCopyTimeline(option: CopyTimelineOption | undefined, copy: CopyContext, sourceSize: number): ResolvedCopyTimeline {
  let chosen: CopyTimeline[] = []
  if (typeof option === 'function') chosen = [option(copy) ?? {}]
  else if (option !== undefined && ('rules' in option || 'default' in option)) {
    const rule = option.rules?.find(
      (r) =>
        (r.destinationVaultArn === undefined || matchesPattern(r.destinationVaultArn, copy.destinationBackupVaultArn)) &&
        (r.resourceArn === undefined || matchesPattern(r.resourceArn, copy.resourceArn))
    )
    chosen = [option.default ?? {}, rule?.timeline ?? {}]
  } else if (option !== undefined) chosen = [option as CopyTimeline]
  const t: CopyTimeline = Object.assign({ ...DEFAULT_COPY_TIMELINE, backupSizeInBytes: sourceSize }, ...chosen.map(defined))
  const runningAfterMs = Math.max(0, t.runningAfterMs ?? 0)
  return {
    runningAfterMs,
    // A copy never ends before it runs; Infinity runs for ever.
    endAfterMs: Math.max(runningAfterMs, t.endAfterMs ?? 0),
    endState: t.endState ?? 'COMPLETED',
    backupSizeInBytes: Math.max(0, Math.floor(t.backupSizeInBytes ?? 0)),
    ...(t.statusMessage !== undefined ? { statusMessage: t.statusMessage } : {}),
    ...(t.runningStatusMessage !== undefined ? { runningStatusMessage: t.runningStatusMessage } : {}),
    ...(t.messageCategory !== undefined ? { messageCategory: t.messageCategory } : {})
  }
}

/** A copy refused by the destination: it fails when it would have started running, never RUNNING. */
export function refusedTimeline(base: ResolvedCopyTimeline, statusMessage: string): ResolvedCopyTimeline {
  return {
    runningAfterMs: base.runningAfterMs,
    endAfterMs: base.runningAfterMs,
    endState: 'FAILED',
    statusMessage,
    messageCategory: 'AccessDenied',
    backupSizeInBytes: base.backupSizeInBytes
  }
}

/** `{ endState: undefined }` must not erase a default. */
function defined<T extends object>(t: T): Partial<T> {
  return Object.fromEntries(Object.entries(t).filter(([, v]) => v !== undefined)) as Partial<T>
}

/** The test-facing view of a copy job. */
export function toCopySnapshot(view: CopyView): CopyJobSnapshot {
  const j = view.job
  return {
    copyJobId: j.id,
    region: j.region,
    accountId: j.accountId,
    resourceArn: j.resourceArn,
    resourceType: j.resourceType,
    sourceBackupVaultName: j.sourceBackupVaultName,
    sourceBackupVaultArn: j.sourceBackupVaultArn,
    sourceRecoveryPointArn: j.sourceRecoveryPointArn,
    sourceBackupJobId: j.sourceBackupJobId,
    destinationBackupVaultArn: j.destinationBackupVaultArn,
    destinationRegion: j.destinationRegion,
    destinationAccountId: j.destinationAccountId,
    crossAccount: j.destinationAccountId !== j.accountId,
    ...(view.destinationRecoveryPointArn !== undefined ? { destinationRecoveryPointArn: view.destinationRecoveryPointArn } : {}),
    iamRoleArn: j.iamRoleArn,
    ...(j.idempotencyToken !== undefined ? { idempotencyToken: j.idempotencyToken } : {}),
    state: view.state,
    ...(view.statusMessage !== undefined ? { statusMessage: view.statusMessage } : {}),
    ...(view.messageCategory !== undefined ? { messageCategory: view.messageCategory } : {}),
    backupSizeInBytes: j.timeline.backupSizeInBytes,
    creationDate: new Date(j.createdAt),
    ...(view.completionDate !== undefined ? { completionDate: new Date(view.completionDate) } : {}),
    startedBy: j.startedBy,
    request: j.request
  }
}
