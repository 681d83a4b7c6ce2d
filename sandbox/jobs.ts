/**
 * Backup jobs and how they move. Nothing runs in the background: a job's state is worked out from its
 * timeline and the clock whenever someone looks, so tests are deterministic and nothing leaks past close().
 */
import { randomUUID } from 'node:crypto'
import type { ResolvedTimeline, TimelinePlan } from './timeline.js'
import type { JobSnapshot, SandboxJobState, StartBackupJobBody, TerminalJobState } from './types.js'

export interface NewJob {
  readonly region: string
  readonly accountId: string
  readonly resourceArn: string
  readonly resourceType: string
  readonly backupVaultName: string
  readonly iamRoleArn: string
  readonly idempotencyToken?: string
  readonly request: StartBackupJobBody
  readonly startWindowMs: number
  readonly startedBy: string
  readonly plan: TimelinePlan
  /** EFS and DynamoDB name their recovery point in StartBackupJob's answer already. */
  readonly recoveryPointAtStart: boolean
}

export interface JobRecord extends Omit<NewJob, 'plan'> {
  readonly id: string
  readonly seq: number
  readonly createdAt: number
  readonly timeline: ResolvedTimeline
  readonly recoveryPointArn: string
  readonly parentId?: string
  readonly childIds: readonly string[]
  stoppedAt?: number
}

export interface JobView {
  readonly job: JobRecord
  readonly state: SandboxJobState
  readonly statusMessage?: string
  readonly messageCategory?: string
  readonly percentDone: string
  readonly bytesTransferred: number
  readonly backupSizeInBytes?: number
  readonly recoveryPointArn?: string
  readonly completionDate?: number
  readonly expectedCompletionDate?: number
  /** When the job got its turn on the resource; undefined while it waits, or if it never did. */
  readonly admittedAt?: number
  /** When it is (or will be) terminal; Infinity if it runs until stopped. */
  readonly endAt: number
  readonly childJobsInState?: Readonly<Record<string, number>>
}

const TERMINAL: readonly string[] = ['COMPLETED', 'FAILED', 'ABORTED', 'EXPIRED', 'PARTIAL']
export const isTerminalState = (s: string): boolean => TERMINAL.includes(s)

export class JobStore {
  private readonly list: JobRecord[] = []
  private readonly byId = new Map<string, JobRecord>()
  /** Top-level jobs per resource, in creation order: only jobs on the same resource wait for each other. */
  private readonly byResource = new Map<string, JobRecord[]>()
  private readonly byRecoveryPoint = new Map<string, JobRecord>()

  create(spec: NewJob, now: number): JobRecord {
    const { plan, ...rest } = spec
    const id = newJobId()
    const childIds: string[] = []
    const parent = this.add({ ...rest, id, timeline: plan.timeline, childIds }, now)
    for (const child of plan.children ?? []) {
      const childId = newJobId()
      childIds.push(childId)
      this.add(
        {
          ...rest,
          id: childId,
          resourceArn: child.resourceArn,
          timeline: child.timeline,
          childIds: [],
          parentId: id,
          recoveryPointAtStart: false
        },
        now
      )
    }
    return parent
  }

  get(id: string): JobRecord | undefined {
    return this.byId.get(id)
  }

  /** The job that makes (or made) this recovery point, whether or not it has shown it yet. */
  withRecoveryPoint(recoveryPointArn: string): JobRecord | undefined {
    return this.byRecoveryPoint.get(recoveryPointArn)
  }

  /** Every job's state at `now`, in creation order. */
  evaluate(now: number): Map<string, JobView> {
    return this.evaluateJobs(this.list, now)
  }

  /** One job's state at `now`. Only the jobs on its resource are worked out: a look costs no more as other resources get jobs. */
  view(id: string, now: number): JobView | undefined {
    return this.evaluateJobs(this.sameResource(id), now).get(id)
  }

  /** Marks a job (and a parent's unfinished children) as stopped at `now`; the caller checked it may be. */
  stop(id: string, now: number): void {
    const views = this.evaluateJobs(this.sameResource(id), now)
    const job = this.byId.get(id)
    if (job === undefined) return
    for (const target of [job, ...job.childIds.map((c) => this.byId.get(c))]) {
      if (target === undefined || target.stoppedAt !== undefined) continue
      const state = views.get(target.id)?.state
      if (state !== undefined && !isTerminalState(state)) target.stoppedAt = now
    }
  }

  /** The top-level jobs on the resource of this job (or of its parent). */
  private sameResource(id: string): readonly JobRecord[] {
    const job = this.byId.get(id)
    const top = job?.parentId === undefined ? job : this.byId.get(job.parentId)
    return top === undefined ? [] : (this.byResource.get(resourceKey(top)) ?? [])
  }

  /** The states at `now` of these jobs (with their children), given in creation order. */
  private evaluateJobs(jobs: readonly JobRecord[], now: number): Map<string, JobView> {
    const views = new Map<string, JobView>()
    // When each resource becomes free: a job waits in CREATED until the previous one on its resource ends.
    const freeAt = new Map<string, number>()
    for (const job of jobs) {
      if (job.parentId !== undefined) continue
      const key = resourceKey(job)
      const candidate = Math.max(job.createdAt, freeAt.get(key) ?? -Infinity)
      const deadline = job.createdAt + job.startWindowMs
      const waited = job.stoppedAt !== undefined && job.stoppedAt < candidate
      const admittedAt = waited || candidate >= deadline ? undefined : candidate
      const children = job.childIds.map((id) => this.byId.get(id)).filter((c): c is JobRecord => c !== undefined)
      const childViews = children.map((c) => evaluateLeaf(c, admittedAt, deadline, now))
      for (const v of childViews) views.set(v.job.id, v)
      const view =
        children.length > 0 ? evaluateParent(job, admittedAt, deadline, now, childViews) : evaluateLeaf(job, admittedAt, deadline, now)
      views.set(job.id, view)
      if (admittedAt !== undefined) freeAt.set(key, view.endAt)
    }
    return views
  }

  private add(record: Omit<JobRecord, 'seq' | 'createdAt' | 'recoveryPointArn'>, now: number): JobRecord {
    const job: JobRecord = {
      ...record,
      seq: this.list.length + 1,
      createdAt: now,
      recoveryPointArn: `arn:aws:backup:${record.region}:${record.accountId}:recovery-point:${randomUUID()}`
    }
    this.list.push(job)
    this.byId.set(job.id, job)
    this.byRecoveryPoint.set(job.recoveryPointArn, job)
    if (job.parentId === undefined) {
      const same = this.byResource.get(resourceKey(job))
      if (same) same.push(job)
      else this.byResource.set(resourceKey(job), [job])
    }
    return job
  }
}

const resourceKey = (job: JobRecord): string => `${job.region}|${job.resourceArn}`

/** AWS Backup job ids are upper-case GUIDs. */
function newJobId(): string {
  return randomUUID().toUpperCase()
}

function evaluateLeaf(job: JobRecord, admittedAt: number | undefined, deadline: number, now: number): JobView {
  const t = job.timeline
  if (admittedAt === undefined) return neverAdmitted(job, deadline, now)
  const naturalEnd = admittedAt + t.endAfterMs
  const { runningAt, stopped, endAt, state } = phaseAt(job, admittedAt, naturalEnd, () => t.endState, now)

  // Progress runs 0→1 over RUNNING and freezes when the job is stopped.
  const progressAt = Math.min(now, stopped ? (job.stoppedAt ?? now) : now)
  let progress = 0
  if (state === 'COMPLETED' || state === 'PARTIAL') progress = 1
  else if (progressAt >= runningAt && (state === 'RUNNING' || state === 'ABORTING' || state === 'ABORTED')) {
    const elapsed = progressAt - runningAt
    const span = naturalEnd - runningAt
    progress = Number.isFinite(span) && span > 0 ? Math.min(elapsed / span, 0.999) : elapsed / (elapsed + 10_000)
  }
  const reachedRunning = now >= runningAt && (!stopped || (job.stoppedAt ?? 0) > runningAt)
  return {
    job,
    state,
    ...messages(job, state, stopped),
    percentDone: (progress * 100).toFixed(1),
    bytesTransferred: Math.floor(t.backupSizeInBytes * progress),
    ...(state === 'COMPLETED' || state === 'PARTIAL' ? { backupSizeInBytes: t.backupSizeInBytes } : {}),
    ...(reachedRunning || job.recoveryPointAtStart ? { recoveryPointArn: job.recoveryPointArn } : {}),
    ...(isTerminalState(state) ? { completionDate: endAt } : {}),
    ...(Number.isFinite(naturalEnd) ? { expectedCompletionDate: naturalEnd } : {}),
    admittedAt,
    endAt
  }
}

/**
 * Where an admitted job is at `now`: CREATED, PENDING, RUNNING until `runEnd`, then `endState`; or ABORTING and
 * ABORTED once stopped before `runEnd`. Leaves and parents differ only in when their running ends and how.
 */
function phaseAt(
  job: JobRecord,
  admittedAt: number,
  runEnd: number,
  endState: () => SandboxJobState,
  now: number
): { runningAt: number; stopped: boolean; endAt: number; state: SandboxJobState } {
  const t = job.timeline
  const runningAt = admittedAt + t.runningAfterMs
  const stoppedAt = job.stoppedAt
  const stopped = stoppedAt !== undefined && stoppedAt < runEnd
  const endAt = stopped ? stoppedAt + t.abortingMs : runEnd
  let state: SandboxJobState
  if (stopped && now >= stoppedAt) state = now < endAt ? 'ABORTING' : 'ABORTED'
  else if (now < admittedAt + t.pendingAfterMs) state = 'CREATED'
  else if (now < runningAt) state = 'PENDING'
  else if (now < runEnd) state = 'RUNNING'
  else state = endState()
  return { runningAt, stopped, endAt, state }
}

/** A job that never got its turn: stopped while it waited, or its start window ran out. */
function neverAdmitted(job: JobRecord, deadline: number, now: number): JobView {
  const stoppedAt = job.stoppedAt
  const endAt = stoppedAt !== undefined && stoppedAt < deadline ? stoppedAt + job.timeline.abortingMs : deadline
  let state: SandboxJobState
  if (stoppedAt !== undefined && stoppedAt < deadline && now >= stoppedAt) state = now < endAt ? 'ABORTING' : 'ABORTED'
  else state = now < deadline ? 'CREATED' : 'EXPIRED'
  return {
    job,
    state,
    ...messages(job, state, stoppedAt !== undefined),
    percentDone: '0.0',
    bytesTransferred: 0,
    ...(job.recoveryPointAtStart ? { recoveryPointArn: job.recoveryPointArn } : {}),
    ...(isTerminalState(state) ? { completionDate: endAt } : {}),
    endAt
  }
}

/** A parent runs its own CREATED/PENDING phases, then lasts as long as its children and ends according to them. */
function evaluateParent(
  job: JobRecord,
  admittedAt: number | undefined,
  deadline: number,
  now: number,
  children: readonly JobView[]
): JobView {
  const childJobsInState: Record<string, number> = {}
  for (const c of children) childJobsInState[c.state] = (childJobsInState[c.state] ?? 0) + 1
  const bytesTransferred = children.reduce((sum, c) => sum + c.bytesTransferred, 0)
  const percent = (children.reduce((sum, c) => sum + Number(c.percentDone), 0) / children.length).toFixed(1)
  if (admittedAt === undefined) return { ...neverAdmitted(job, deadline, now), childJobsInState }

  const childrenEnd = Math.max(admittedAt + job.timeline.runningAfterMs, ...children.map((c) => c.endAt))
  const outcome = (): SandboxJobState => parentOutcome(children.map((c) => c.state))
  const { runningAt, stopped, endAt, state } = phaseAt(job, admittedAt, childrenEnd, outcome, now)

  const done = state === 'COMPLETED' || state === 'PARTIAL'
  return {
    job,
    state,
    ...messages(job, state, stopped),
    percentDone: done && state === 'COMPLETED' ? '100.0' : percent,
    bytesTransferred,
    ...(done ? { backupSizeInBytes: children.reduce((sum, c) => sum + (c.backupSizeInBytes ?? 0), 0) } : {}),
    ...(now >= runningAt && (!stopped || (job.stoppedAt ?? 0) > runningAt) ? { recoveryPointArn: job.recoveryPointArn } : {}),
    ...(isTerminalState(state) ? { completionDate: endAt } : {}),
    ...(Number.isFinite(childrenEnd) ? { expectedCompletionDate: childrenEnd } : {}),
    admittedAt,
    endAt,
    childJobsInState
  }
}

function parentOutcome(states: readonly SandboxJobState[]): TerminalJobState {
  if (states.every((s) => s === 'COMPLETED')) return 'COMPLETED'
  if (states.every((s) => s === 'ABORTED')) return 'ABORTED'
  if (states.every((s) => s === 'EXPIRED')) return 'EXPIRED'
  if (states.some((s) => s === 'COMPLETED' || s === 'PARTIAL')) return 'PARTIAL'
  return 'FAILED'
}

function messages(job: JobRecord, state: SandboxJobState, stopped: boolean): { statusMessage?: string; messageCategory?: string } {
  const t = job.timeline
  if (state === 'RUNNING') return t.runningStatusMessage !== undefined ? { statusMessage: t.runningStatusMessage } : {}
  if (!isTerminalState(state)) return {}
  if (stopped && state === 'ABORTED') return { statusMessage: 'Backup job was stopped by user.' }
  if (state === 'EXPIRED' && t.endState !== 'EXPIRED') {
    return { statusMessage: 'The backup job did not start within the specified start window.' }
  }
  const statusMessage = t.statusMessage ?? defaultMessage(state)
  const messageCategory = t.messageCategory ?? (state === 'COMPLETED' ? 'SUCCESS' : undefined)
  return {
    ...(statusMessage !== undefined ? { statusMessage } : {}),
    ...(messageCategory !== undefined ? { messageCategory } : {})
  }
}

function defaultMessage(state: SandboxJobState): string | undefined {
  switch (state) {
    case 'FAILED':
      return 'An internal error occurred while creating the backup (sandbox).'
    case 'PARTIAL':
      return 'Some resources in the backup could not be backed up (sandbox).'
    case 'EXPIRED':
      return 'The backup job did not start within the specified start window.'
    case 'ABORTED':
      return 'Backup job was aborted.'
    default:
      return undefined
  }
}

/** The test-facing view of a job. */
export function toSnapshot(view: JobView): JobSnapshot {
  const j = view.job
  return {
    backupJobId: j.id,
    region: j.region,
    accountId: j.accountId,
    resourceArn: j.resourceArn,
    resourceType: j.resourceType,
    backupVaultName: j.backupVaultName,
    iamRoleArn: j.iamRoleArn,
    ...(j.idempotencyToken !== undefined ? { idempotencyToken: j.idempotencyToken } : {}),
    state: view.state,
    ...(view.statusMessage !== undefined ? { statusMessage: view.statusMessage } : {}),
    ...(view.messageCategory !== undefined ? { messageCategory: view.messageCategory } : {}),
    percentDone: view.percentDone,
    bytesTransferred: view.bytesTransferred,
    ...(view.backupSizeInBytes !== undefined ? { backupSizeInBytes: view.backupSizeInBytes } : {}),
    ...(view.recoveryPointArn !== undefined ? { recoveryPointArn: view.recoveryPointArn } : {}),
    creationDate: new Date(j.createdAt),
    ...(view.completionDate !== undefined ? { completionDate: new Date(view.completionDate) } : {}),
    startBy: new Date(j.createdAt + j.startWindowMs),
    isParent: j.childIds.length > 0,
    ...(j.parentId !== undefined ? { parentJobId: j.parentId } : {}),
    childJobIds: j.childIds,
    stopped: j.stoppedAt !== undefined,
    startedBy: j.startedBy,
    request: j.request
  }
}
