import {
  BackupClient,
  DescribeBackupJobCommand,
  ListBackupJobsCommand,
  StartBackupJobCommand,
  StopBackupJobCommand,
  type BackupJob,
  type StartBackupJobCommandInput
} from '@aws-sdk/client-backup'
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import type { Settings } from '../inputs/settings.js'
import type { ChildJob, JobRequest, JobStatus, ListedJob, StartedJob } from '../shared/job.js'
import { requestHandlerOptions } from './clientConfig.js'
import { Pacing, PACING_MIDDLEWARE_OPTIONS, pacingMiddleware, retryAllButThrottling } from './pacedRequests.js'

/** The AWS Backup calls the step makes, behind one small interface so the flow can be tested without AWS. */
export interface BackupApi {
  /** `onSent`: called as each attempt goes out (credentials in hand); before it, no job can have been made. */
  start(job: JobRequest, onSent?: () => void): Promise<StartAnswer>
  /** `signal` abandons this check, as the run's cancellation abandons every check. */
  describe(job: StartedJob, signal?: AbortSignal): Promise<JobStatus>
  stop(job: StartedJob): Promise<void>
  listChildren(job: StartedJob): Promise<ChildJob[]>
  /** Every job of one vault and region created strictly between the two dates, every page (up to 1,000 a page). */
  listJobs(query: JobListQuery, signal?: AbortSignal): Promise<ListedJob[]>
}

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
}

/** The StartBackupJob request for one resource: the same for every attempt, so its idempotency token protects it. */
export function startBackupJobInput(settings: Settings, job: JobRequest): StartBackupJobCommandInput {
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
  /**
   * How throttling is met. 'paced' (the action's): a pace per operation and region learnt from throttling, throttled
   * requests sent again while others get through (src/aws/pacedRequests.ts). 'sdk-adaptive': the SDK's adaptive
   * retry mode instead, a client-side rate limiter per region; kept so the bench can measure the two side by side.
   */
  readonly throttling?: 'paced' | 'sdk-adaptive'
}

/** Jobs listed per ListBackupJobs page: the most AWS allows. */
const LIST_PAGE_SIZE = 1000

/**
 * AWS Backup through the SDK: one client per region, each with the SDK's standard retry strategy for 5xx and network
 * errors, and every request paced per operation and region.
 */
export function createBackupApi(
  settings: Settings,
  credentials: AwsCredentialIdentityProvider | undefined,
  { env = process.env, signal, throttling = 'paced' }: BackupApiOptions = {}
): BackupApi {
  const clients = new Map<string, BackupClient>()
  const pacing = new Pacing()
  const requestHandler = requestHandlerOptions(env)
  // The run's cancellation, and a call's own signal where it has one.
  const abortable = (own?: AbortSignal): { abortSignal?: AbortSignal } => {
    const abortSignal = own && signal ? AbortSignal.any([signal, own]) : (own ?? signal)
    return abortSignal ? { abortSignal } : {}
  }
  const clientFor = (region: string): BackupClient => {
    let client = clients.get(region)
    if (!client) {
      const retry =
        throttling === 'sdk-adaptive' ? { retryMode: 'adaptive' } : { retryStrategy: retryAllButThrottling(settings.retryMaxAttempts) }
      client = new BackupClient({ region, credentials, maxAttempts: settings.retryMaxAttempts, requestHandler, ...retry })
      if (throttling === 'paced') client.middlewareStack.addRelativeTo(pacingMiddleware(region, pacing), PACING_MIDDLEWARE_OPTIONS)
      clients.set(region, client)
    }
    return client
  }

  return {
    async start(job, onSent) {
      const command = new StartBackupJobCommand(startBackupJobInput(settings, job))
      if (onSent) {
        command.middlewareStack.add(
          (next) => (args) => {
            onSent()
            return next(args)
          },
          { step: 'deserialize', name: 'noteStartSent' }
        )
      }
      const out = await clientFor(job.region).send(command)
      if (!out.BackupJobId) throw new Error(`AWS Backup answered StartBackupJob for ${job.resourceArn} without a job id.`)
      return {
        backupJobId: out.BackupJobId,
        status: { creationDate: out.CreationDate, isParent: out.IsParent ?? false, recoveryPointArn: out.RecoveryPointArn }
      }
    },
    async describe(job, callSignal) {
      const out = await clientFor(job.region).send(new DescribeBackupJobCommand({ BackupJobId: job.backupJobId }), abortable(callSignal))
      return { ...statusOf(out), childJobsInState: out.ChildJobsInState }
    },
    async stop(job) {
      await clientFor(job.region).send(new StopBackupJobCommand({ BackupJobId: job.backupJobId }))
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
    },
    async listJobs(query, callSignal) {
      const jobs: ListedJob[] = []
      let nextToken: string | undefined
      do {
        const out = await clientFor(query.region).send(
          new ListBackupJobsCommand({
            ByBackupVaultName: query.backupVaultName,
            ByCreatedAfter: query.createdAfter,
            ByCreatedBefore: query.createdBefore,
            MaxResults: LIST_PAGE_SIZE,
            NextToken: nextToken
          }),
          abortable(callSignal)
        )
        for (const item of out.BackupJobs ?? []) {
          if (item.BackupJobId) jobs.push({ backupJobId: item.BackupJobId, status: statusOf(item) })
        }
        nextToken = out.NextToken
      } while (nextToken)
      return jobs
    }
  }
}

/** The facts DescribeBackupJob and ListBackupJobs both give (a listed job has no child counts). */
function statusOf(out: BackupJob): JobStatus {
  return {
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
    isParent: out.IsParent
  }
}
