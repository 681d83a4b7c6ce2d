import {
  BackupClient,
  DescribeBackupJobCommand,
  DescribeCopyJobCommand,
  StartCopyJobCommand,
  ListBackupJobsCommand,
  StartBackupJobCommand,
  StopBackupJobCommand,
  type DescribeBackupJobCommandOutput,
  type StartBackupJobCommandInput
} from '@aws-sdk/client-backup'
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import type { Settings } from '../inputs/settings.js'
import type { AwsSettings } from '../inputs/awsInputs.js'
import type { ChildJob, JobRequest, JobStatus, Lifecycle, StartedJob } from '../shared/job.js'
import { requestHandlerOptions } from './clientConfig.js'

/** The AWS Backup calls the step makes, behind one small interface so the flow can be tested without AWS. */
export interface BackupApi {
  /** `onSent`: called as each attempt goes out (credentials in hand); before it, no job can have been made. */
  start(job: JobRequest, parameters: StartParameters, onSent?: () => void): Promise<StartAnswer>
  /** A job known only by its id: where it is, what it backs up, and its status now. */
  lookUp(backupJobId: string, region: string): Promise<FoundJob>
  /** `signal` abandons this check, as the run's cancellation abandons every check. */
  describe(job: StartedJob, signal?: AbortSignal): Promise<JobStatus>
  stop(job: StartedJob): Promise<void>
  /** Starts a copy of a completed backup's recovery point, in the backup's region. */
  startCopy(copy: CopyStart): Promise<{ readonly copyJobId: string; readonly status: JobStatus }>
  /** A copy job's status; its recoveryPointArn is the copy's, in the destination vault. */
  describeCopy(copyJobId: string, region: string, signal?: AbortSignal): Promise<JobStatus>
  listChildren(job: StartedJob): Promise<ChildJob[]>
  /** Jobs RUNNING on the job's resource, in its region (ListBackupJobs, one page): what keeps a CREATED job waiting. */
  jobsRunningOn?(job: StartedJob): Promise<ChildJob[]>
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

export interface BackupApiOptions {
  /** Proxy variables come from here; default process.env. */
  readonly env?: NodeJS.ProcessEnv
  /**
   * The run's cancellation: status checks in flight are abandoned when it aborts, so a cancelled step ends at
   * once. Starts are not (a start already sent gets a grace period to say whether it made a job), nor are stops.
   */
  readonly signal?: AbortSignal
}

/** AWS Backup through the SDK: one client per region, each with the SDK's standard retry strategy. */
export function createBackupApi(
  settings: Pick<AwsSettings, 'retryMaxAttempts'>,
  credentials: AwsCredentialIdentityProvider | undefined,
  { env = process.env, signal }: BackupApiOptions = {}
): BackupApi {
  const clients = new Map<string, BackupClient>()
  const requestHandler = requestHandlerOptions(env)
  // The run's cancellation, and a call's own signal where it has one.
  const abortable = (own?: AbortSignal): { abortSignal?: AbortSignal } => {
    const abortSignal = own && signal ? AbortSignal.any([signal, own]) : (own ?? signal)
    return abortSignal ? { abortSignal } : {}
  }
  const clientFor = (region: string): BackupClient => {
    let client = clients.get(region)
    if (!client) {
      client = new BackupClient({
        region,
        credentials,
        maxAttempts: settings.retryMaxAttempts,
        requestHandler
      })
      clients.set(region, client)
    }
    return client
  }

  return {
    async start(job, parameters, onSent) {
      const command = new StartBackupJobCommand(startBackupJobInput(parameters, job))
      let firstSentAtMs: number | undefined
      let serverDateMs: number | undefined
      // Runs for each attempt the SDK makes, after signing: the request is about to leave.
      command.middlewareStack.add(
        (next) => async (args) => {
          onSent?.()
          firstSentAtMs ??= Date.now()
          const result = await next(args)
          const date = (result.response as { headers?: Record<string, string | undefined> }).headers?.date
          const parsed = date === undefined ? NaN : Date.parse(date)
          serverDateMs = Number.isNaN(parsed) ? undefined : parsed
          return result
        },
        { step: 'deserialize', name: 'noteStartSent' }
      )
      const out = await clientFor(job.region).send(command)
      const answeredAtMs = Date.now()
      if (!out.BackupJobId) throw new Error(`AWS Backup answered StartBackupJob for ${job.resourceArn} without a job id.`)
      return {
        backupJobId: out.BackupJobId,
        status: { creationDate: out.CreationDate, isParent: out.IsParent ?? false, recoveryPointArn: out.RecoveryPointArn },
        timing: { firstSentAtMs: firstSentAtMs ?? answeredAtMs, answeredAtMs, ...(serverDateMs !== undefined && { serverDateMs }) }
      }
    },
    async describe(job, callSignal) {
      return statusOf(
        await clientFor(job.region).send(new DescribeBackupJobCommand({ BackupJobId: job.backupJobId }), abortable(callSignal))
      )
    },
    async lookUp(backupJobId, region) {
      const out = await clientFor(region).send(new DescribeBackupJobCommand({ BackupJobId: backupJobId }), abortable())
      return {
        resourceArn: out.ResourceArn ?? '',
        backupVaultName: out.BackupVaultName ?? '',
        iamRoleArn: out.IamRoleArn,
        lifecycle: out.RecoveryPointLifecycle && {
          DeleteAfterDays: out.RecoveryPointLifecycle.DeleteAfterDays,
          MoveToColdStorageAfterDays: out.RecoveryPointLifecycle.MoveToColdStorageAfterDays,
          OptInToArchiveForSupportedResources: out.RecoveryPointLifecycle.OptInToArchiveForSupportedResources
        },
        status: statusOf(out)
      }
    },
    async startCopy(copy) {
      const out = await clientFor(copy.region).send(
        new StartCopyJobCommand({
          RecoveryPointArn: copy.sourceRecoveryPointArn,
          SourceBackupVaultName: copy.sourceBackupVaultName,
          DestinationBackupVaultArn: copy.destinationBackupVaultArn,
          IamRoleArn: copy.iamRoleArn,
          IdempotencyToken: copy.idempotencyToken,
          Lifecycle: copy.lifecycle
        }),
        abortable()
      )
      if (!out.CopyJobId) throw new Error(`AWS Backup answered StartCopyJob for ${copy.sourceRecoveryPointArn} without a copy job id.`)
      return { copyJobId: out.CopyJobId, status: { creationDate: out.CreationDate, isParent: out.IsParent ?? false } }
    },
    async describeCopy(copyJobId, region, callSignal) {
      const { CopyJob: job = {} } = await clientFor(region).send(
        new DescribeCopyJobCommand({ CopyJobId: copyJobId }),
        abortable(callSignal)
      )
      return {
        state: job.State,
        statusMessage: job.StatusMessage,
        backupSizeInBytes: job.BackupSizeInBytes,
        recoveryPointArn: job.DestinationRecoveryPointArn,
        creationDate: job.CreationDate,
        completionDate: job.CompletionDate,
        messageCategory: job.MessageCategory,
        isParent: job.IsParent,
        childJobsInState: job.ChildJobsInState
      }
    },
    async stop(job) {
      await clientFor(job.region).send(new StopBackupJobCommand({ BackupJobId: job.backupJobId }))
    },
    async jobsRunningOn(job) {
      const out = await clientFor(job.region).send(
        new ListBackupJobsCommand({ ByResourceArn: job.resourceArn, ByState: 'RUNNING', MaxResults: 20 }),
        abortable()
      )
      return (out.BackupJobs ?? []).flatMap((listed) =>
        listed.BackupJobId && listed.BackupJobId !== job.backupJobId
          ? [{ backupJobId: listed.BackupJobId, resourceArn: listed.ResourceArn, state: listed.State, statusMessage: listed.StatusMessage }]
          : []
      )
    },
    async listChildren(job) {
      const children: ChildJob[] = []
      let nextToken: string | undefined
      do {
        const out = await clientFor(job.region).send(
          new ListBackupJobsCommand({ ByParentJobId: job.backupJobId, NextToken: nextToken }),
          abortable()
        )
        for (const child of out.BackupJobs ?? []) {
          if (child.BackupJobId) {
            children.push({
              backupJobId: child.BackupJobId,
              resourceArn: child.ResourceArn,
              state: child.State,
              statusMessage: child.StatusMessage
            })
          }
        }
        nextToken = out.NextToken
      } while (nextToken)
      return children
    }
  }
}

function statusOf(out: DescribeBackupJobCommandOutput): JobStatus {
  return {
    resourceArn: out.ResourceArn,
    backupVaultName: out.BackupVaultName,
    state: out.State,
    statusMessage: out.StatusMessage,
    percentDone: out.PercentDone,
    bytesTransferred: out.BytesTransferred,
    backupSizeInBytes: out.BackupSizeInBytes,
    recoveryPointArn: out.RecoveryPointArn,
    creationDate: out.CreationDate,
    completionDate: out.CompletionDate,
    expectedCompletionDate: out.ExpectedCompletionDate,
    messageCategory: out.MessageCategory,
    isParent: out.IsParent,
    childJobsInState: out.ChildJobsInState
  }
}
