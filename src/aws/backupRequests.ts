/** What the AWS Backup calls are given and answer, and the StartBackupJob request made from the settings. */
import type { StartBackupJobCommandInput } from '@aws-sdk/client-backup'
import type { Settings } from '../inputs/settings.js'
import type { JobRequest, JobStatus, Lifecycle } from '../shared/job.js'

/** A ListBackupJobs query: one vault of one region, jobs created strictly between two dates. */
export interface JobListQuery {
  readonly region: string
  readonly backupVaultName: string
  readonly createdAfter: Date
  readonly createdBefore: Date
}

/** What StartBackupJob answered: the job's id, and the first facts about it. */
export interface StartAnswer {
  readonly backupJobId: string
  readonly status: JobStatus
  /** When the answer's clocks stood, to tell a job made by this request from one AWS had already (see start/replay.ts). */
  readonly timing?: StartTiming
}

export interface StartTiming {
  /** When the first attempt left, by this machine's clock. */
  readonly firstSentAtMs: number
  /** When the answer arrived, by this machine's clock. */
  readonly answeredAtMs: number
  /** The answer's Date header, by AWS's clock (whole seconds), when it had one. */
  readonly serverDateMs?: number
}

/** The settings a start sends besides the job's own request. */
export type StartParameters = Pick<
  Settings,
  | 'iamRoleArn'
  | 'startWindowMinutes'
  | 'completeWindowMinutes'
  | 'lifecycle'
  | 'recoveryPointTags'
  | 'backupOptions'
  | 'index'
  | 'logicallyAirGappedBackupVaultArn'
>

/** What DescribeBackupJob says of a job known only by its id. */
export interface FoundJob {
  readonly resourceArn: string
  readonly backupVaultName: string
  /** The role the job runs with. */
  readonly iamRoleArn?: string
  /** Its recovery point's lifecycle. */
  readonly lifecycle?: Lifecycle
  readonly status: JobStatus
}

/** What StartCopyJob is sent. */
export interface CopyStart {
  readonly region: string
  readonly sourceRecoveryPointArn: string
  readonly sourceBackupVaultName: string
  readonly destinationBackupVaultArn: string
  readonly iamRoleArn: string
  readonly idempotencyToken: string
  readonly lifecycle?: Lifecycle
}

/** The StartBackupJob request for one resource: the same for every attempt, so its idempotency token protects it. */
export function startBackupJobInput(settings: StartParameters, job: JobRequest): StartBackupJobCommandInput {
  return {
    BackupVaultName: job.backupVaultName,
    ResourceArn: job.resourceArn,
    IamRoleArn: settings.iamRoleArn,
    IdempotencyToken: job.idempotencyToken,
    StartWindowMinutes: settings.startWindowMinutes,
    CompleteWindowMinutes: settings.completeWindowMinutes,
    Lifecycle: settings.lifecycle,
    RecoveryPointTags: settings.recoveryPointTags,
    BackupOptions: settings.backupOptions,
    Index: settings.index,
    LogicallyAirGappedBackupVaultArn: settings.logicallyAirGappedBackupVaultArn
  }
}
