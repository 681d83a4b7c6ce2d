/**
 * The job model: every fact this action holds about a job, whichever input or AWS call it came from, is defined
 * here and nowhere else.
 */

/** The states a backup job goes through, in that order; terminal ones last. */
export const JOB_STATES = ['CREATED', 'PENDING', 'RUNNING', 'ABORTING', 'COMPLETED', 'PARTIAL', 'FAILED', 'ABORTED', 'EXPIRED'] as const
export const TERMINAL_STATES = ['COMPLETED', 'FAILED', 'ABORTED', 'EXPIRED', 'PARTIAL'] as const
/** A child job in one of these did not back its resource up. */
export const FAILED_CHILD_STATES: readonly string[] = ['FAILED', 'ABORTED', 'EXPIRED']

export type TerminalState = (typeof TERMINAL_STATES)[number]

export function isTerminal(state: string | undefined): state is TerminalState {
  return (TERMINAL_STATES as readonly string[]).includes(state ?? '')
}

/** One backup job to ask for: a resource, where it lives, its vault, and the token that makes its start idempotent. */
export interface JobRequest {
  readonly resourceArn: string
  readonly partition: string
  readonly region: string
  readonly backupVaultName: string
  readonly idempotencyToken: string
  /**
   * True when the token comes from the idempotency-token input, so a re-run of the attempt sends it again; otherwise
   * it is derived from the run attempt, and a re-run sends another (and starts another backup).
   */
  readonly tokenFromInput?: boolean
}

/** A job AWS Backup has: what was asked for, and the id AWS gave it. */
export interface StartedJob extends JobRequest {
  readonly backupJobId: string
}

/** What AWS said about a job at one moment (every field optional: AWS fills them in as the job runs). */
export interface JobStatus {
  readonly state?: string
  readonly statusMessage?: string
  readonly percentDone?: string
  readonly bytesTransferred?: number
  readonly backupSizeInBytes?: number
  readonly recoveryPointArn?: string
  readonly creationDate?: Date
  readonly completionDate?: Date
  readonly expectedCompletionDate?: Date
  readonly messageCategory?: string
  readonly isParent?: boolean
  readonly childJobsInState?: Readonly<Record<string, number>>
}

/**
 * A later status, keeping what an earlier one said of the facts that never change once AWS has given them (when the
 * job was made, whether it is a parent, its recovery point), should the later answer leave them out.
 */
export function laterStatus(earlier: JobStatus | undefined, later: JobStatus): JobStatus {
  return {
    ...later,
    creationDate: later.creationDate ?? earlier?.creationDate,
    isParent: later.isParent ?? earlier?.isParent,
    recoveryPointArn: later.recoveryPointArn ?? earlier?.recoveryPointArn
  }
}

/** A child of a composite (parent) job, as ListBackupJobs lists it. */
export interface ChildJob {
  readonly backupJobId: string
  readonly resourceArn?: string
  readonly state?: string
  readonly statusMessage?: string
}

/** A job as ListBackupJobs lists it: its id and status, without the child counts DescribeBackupJob gives. */
export interface ListedJob {
  readonly backupJobId: string
  readonly status: JobStatus
}

/** 'warning' is a success the user should look at (completed with issues, or an accepted PARTIAL). */
export type Verdict = 'success' | 'warning' | 'failure'

/** The verdict on a job once the wait is over, in one sentence that names the resource (safe for a log line). */
export interface JobVerdict {
  readonly verdict: Verdict
  readonly message: string
}

/** Everything known about one resource's job, from its request to its verdict. */
export interface JobRecord {
  readonly request: JobRequest
  /** Set once AWS Backup has the job. */
  readonly backupJobId?: string
  /** What AWS said last: StartBackupJob's answer until a status check succeeds. */
  readonly status?: JobStatus
  /** Why this action could not start the job, in its own words (never AWS's StatusMessage). */
  readonly startError?: string
  /** Set when the step waited for the job. */
  readonly verdict?: JobVerdict
}

/** The record's job, once AWS Backup has it. */
export function startedJob(record: JobRecord): StartedJob | undefined {
  return record.backupJobId === undefined ? undefined : { ...record.request, backupJobId: record.backupJobId }
}

/** Why the record makes the step fail, if it does. */
export function failureOf(record: JobRecord): string | undefined {
  return record.startError ?? (record.verdict?.verdict === 'failure' ? record.verdict.message : undefined)
}
