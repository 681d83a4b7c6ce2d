import {
  BackupClient,
  DescribeBackupJobCommand,
  ListBackupJobsCommand,
  StartBackupJobCommand,
  StopBackupJobCommand,
  type StartBackupJobCommandInput,
  type StartBackupJobCommandOutput
} from '@aws-sdk/client-backup'
import type { AwsCredentialIdentityProvider, HttpHandlerOptions } from '@smithy/types'
import type { Settings } from '../inputs/settings.js'
import type { ChildJob, JobRequest, JobStatus, StartedJob } from '../shared/job.js'
import { ANSWER_TIMEOUT_MS, requestHandlerOptions, type TimedOperation } from './clientConfig.js'
import { MalformedAnswerError, asMalformedAnswer } from './malformedAnswers.js'
import { markNeverSent, neverConnected } from './networkErrors.js'

/** The AWS Backup calls the step makes, behind one small interface so the flow can be tested without AWS. */
export interface BackupApi {
  /** `onSent`: called as each attempt goes out (credentials in hand); before it, no job can have been made. */
  start(job: JobRequest, onSent?: () => void): Promise<StartAnswer>
  /** `signal` abandons this check, as the run's cancellation abandons every check. */
  describe(job: StartedJob, signal?: AbortSignal): Promise<JobStatus>
  /** `signal` abandons the stop (its retries included), e.g. when the time given for stopping is up. */
  stop(job: StartedJob, signal?: AbortSignal): Promise<void>
  listChildren(job: StartedJob): Promise<ChildJob[]>
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
   * The run's cancellation: status checks and child listings in flight are abandoned when it aborts, so a cancelled
   * step ends at once. Starts are not (a start already sent gets a grace period to say whether it made a job), nor
   * are stops (they are sent because of it).
   */
  readonly signal?: AbortSignal
}

/** AWS Backup through the SDK: one client per region, each with the SDK's standard retry strategy. */
export function createBackupApi(
  settings: Settings,
  credentials: AwsCredentialIdentityProvider | undefined,
  { env = process.env, signal }: BackupApiOptions = {}
): BackupApi {
  const clients = new Map<string, BackupClient>()
  const requestHandler = requestHandlerOptions(env, Math.max(...Object.values(ANSWER_TIMEOUT_MS)))
  // Each call's own answer timeout; the run's cancellation, and a call's own signal where it has one.
  const options = (operation: TimedOperation, own?: AbortSignal, cancellable = true): HttpHandlerOptions => {
    const run = cancellable ? signal : undefined
    const abortSignal = own && run ? AbortSignal.any([run, own]) : (own ?? run)
    return { requestTimeout: ANSWER_TIMEOUT_MS[operation], ...(abortSignal ? { abortSignal } : {}) }
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
    async start(job, onSent) {
      // An answer without a job id (an empty 200) after the job was made: the same request, with the same token,
      // gets AWS Backup to give the job's id.
      for (let request = 1; request <= 2; request++) {
        const out = await sendStart(job, onSent)
        if (out.BackupJobId) {
          return {
            backupJobId: out.BackupJobId,
            status: { creationDate: out.CreationDate, isParent: out.IsParent ?? false, recoveryPointArn: out.RecoveryPointArn }
          }
        }
      }
      throw new MalformedAnswerError(`${service(job)} answered HTTP 200 without a job id, twice`)
    },
    async describe(job, callSignal) {
      const out = await readable(
        job,
        clientFor(job.region).send(new DescribeBackupJobCommand({ BackupJobId: job.backupJobId }), options('DescribeBackupJob', callSignal))
      )
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
        isParent: out.IsParent,
        childJobsInState: out.ChildJobsInState
      }
    },
    async stop(job, stopSignal) {
      // Stops follow the cancellation, so only their own signal ends them.
      await readable(
        job,
        clientFor(job.region).send(new StopBackupJobCommand({ BackupJobId: job.backupJobId }), options('StopBackupJob', stopSignal, false))
      )
    },
    async listChildren(job) {
      const children: ChildJob[] = []
      let nextToken: string | undefined
      do {
        const out = await readable(
          job,
          clientFor(job.region).send(
            new ListBackupJobsCommand({ ByParentJobId: job.backupJobId, NextToken: nextToken }),
            options('ListBackupJobs')
          )
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

  async function sendStart(job: JobRequest, onSent: (() => void) | undefined): Promise<StartBackupJobCommandOutput> {
    const command = new StartBackupJobCommand(startBackupJobInput(settings, job))
    // Whether any attempt may have reached AWS Backup: if none did, no job can exist.
    let reached = false
    command.middlewareStack.add(
      (next) => async (args) => {
        onSent?.()
        try {
          const result = await next(args)
          reached = true
          return result
        } catch (error) {
          if (!neverConnected(error)) reached = true
          throw error
        }
      },
      { step: 'deserialize', name: 'noteStartSent' }
    )
    try {
      // Not cancellable: a start already sent gets a grace period to say whether it made a job.
      return await clientFor(job.region).send(command, options('StartBackupJob', undefined, false))
    } catch (error) {
      if (!reached) markNeverSent(error)
      throw asMalformedAnswer(error, service(job)) ?? error
    }
  }

  /** One call's answer; one that is not AWS Backup's (an HTML page, say) fails as what it is. */
  async function readable<T>(job: JobRequest, call: Promise<T>): Promise<T> {
    try {
      return await call
    } catch (error) {
      throw asMalformedAnswer(error, service(job)) ?? error
    }
  }
}

function service(job: JobRequest): string {
  return `AWS Backup in ${job.region}`
}
