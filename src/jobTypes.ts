/** The facts this action tracks about one backup job, whichever AWS call they came from. */

export const TERMINAL_STATES = ['COMPLETED', 'FAILED', 'ABORTED', 'EXPIRED', 'PARTIAL'] as const
export type TerminalState = (typeof TERMINAL_STATES)[number]

export function isTerminal(state: string | undefined): state is TerminalState {
  return (TERMINAL_STATES as readonly string[]).includes(state ?? '')
}

/** What DescribeBackupJob said about a job at one moment (every field optional: AWS fills them in as the job runs). */
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

/** A job this step started: where it runs and what AWS answered to StartBackupJob. */
export interface StartedJob {
  readonly resourceArn: string
  readonly backupVaultName: string
  readonly region: string
  readonly partition: string
  readonly idempotencyToken: string
  readonly backupJobId: string
  readonly creationDate?: Date
  readonly isParent: boolean
  readonly recoveryPointArn?: string
}

/** A child of a composite (parent) job, as ListBackupJobs lists it. */
export interface ChildJob {
  readonly backupJobId: string
  readonly resourceArn?: string
  readonly state?: string
  readonly statusMessage?: string
}
