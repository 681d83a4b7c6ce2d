/**
 * The job model: every fact this action holds about a job, whichever input or AWS call it came from, is defined
 * here and nowhere else.
 */

/** The states a backup job goes through, in that order; terminal ones last. */
export const JOB_STATES = ['CREATED', 'PENDING', 'RUNNING', 'ABORTING', 'COMPLETED', 'PARTIAL', 'FAILED', 'ABORTED', 'EXPIRED'] as const
export const TERMINAL_STATES = ['COMPLETED', 'FAILED', 'ABORTED', 'EXPIRED', 'PARTIAL'] as const
/** A child job in one of these did not back its resource up. */
export const FAILED_CHILD_STATES: readonly string[] = ['FAILED', 'ABORTED', 'EXPIRED']

/** A copy job goes CREATED → RUNNING → one of these; it has no stop. */
export const COPY_TERMINAL_STATES: readonly string[] = ['COMPLETED', 'FAILED', 'PARTIAL']

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
   * The token came from the idempotency-token input. A derived token digests the resource and the vault, so AWS can
   * answer it only with a job for them; a given one may have been used for another backup already.
   */
  readonly tokenFromInput?: boolean
}

/** How long a recovery point is kept, as AWS Backup's Lifecycle has it. */
export interface Lifecycle {
  readonly DeleteAfterDays?: number
  readonly MoveToColdStorageAfterDays?: number
  readonly OptInToArchiveForSupportedResources?: boolean
}

/** A job AWS Backup has: what was asked for, and the id AWS gave it. */
export interface StartedJob extends JobRequest {
  readonly backupJobId: string
}

/** What AWS said about a job at one moment (every field optional: AWS fills them in as the job runs). */
export interface JobStatus {
  /** What the job backs up, and where to, as DescribeBackupJob says. */
  readonly resourceArn?: string
  readonly backupVaultName?: string
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
  /** The why of the verdict without naming the job, for a table cell: AWS's status message, or the action's words. */
  readonly reason?: string
  /** Set when the wait ended before the job did: "The wait timed out after 1h 00m 00s", "The run was cancelled while waiting". */
  readonly cutShort?: string
}

/** One copy to ask for: a backup's recovery point into another vault, with the token that makes its start idempotent. */
export interface CopyRequest {
  readonly destinationBackupVaultArn: string
  readonly idempotencyToken: string
}

/** Everything known about one copy of a backup, from its request to its verdict. */
export interface CopyRecord {
  readonly request: CopyRequest
  /** Set once AWS Backup has the copy job. */
  readonly copyJobId?: string
  /** What AWS said last of the copy job; its recoveryPointArn is the copy's, in the destination vault. */
  readonly status?: JobStatus
  /** Why this action could not start the copy, in its own words. */
  readonly startError?: string
  readonly verdict?: JobVerdict
}

/** Everything known about one resource's job, from its request to its verdict. */
export interface JobRecord {
  readonly request: JobRequest
  /** Set once AWS Backup has the job. */
  readonly backupJobId?: string
  /** What AWS said last: StartBackupJob's answer until a status check succeeds. */
  readonly status?: JobStatus
  /**
   * AWS answered StartBackupJob with a job that existed before this step sent it: the same request, with the same
   * token, was made already (a re-run with an explicit token, say), and no new backup was started.
   */
  readonly replayed?: boolean
  /** Why this action could not start the job, in its own words (never AWS's StatusMessage). */
  readonly startError?: string
  /**
   * The start was sent, but the run was cancelled and its answer did not come in the grace period: AWS Backup may
   * have the job, which the request's idempotency token finds.
   */
  readonly startUnanswered?: boolean
  /** Set when the step waited for the job. */
  readonly verdict?: JobVerdict
  /** The copies of its recovery point, one per destination, when copies were asked for. */
  readonly copies?: readonly CopyRecord[]
}

/** The record's job, once AWS Backup has it. */
export function startedJob(record: JobRecord): StartedJob | undefined {
  return record.backupJobId === undefined ? undefined : { ...record.request, backupJobId: record.backupJobId }
}

/** Why the record makes the step fail, if it does: its backup's failure, then each of its copies'. */
export function failuresOf(record: JobRecord): string[] {
  const failure = (r: { startError?: string; verdict?: JobVerdict }): string[] =>
    r.startError !== undefined ? [r.startError] : r.verdict?.verdict === 'failure' ? [r.verdict.message] : []
  return [...failure(record), ...(record.copies ?? []).flatMap(failure)]
}
