import {
  BackupClient,
  DescribeBackupJobCommand,
  DescribeCopyJobCommand,
  StartCopyJobCommand,
  ListBackupJobsCommand,
  StartBackupJobCommand,
  StopBackupJobCommand,
  paginateListBackupJobs,
  type BackupJob,
  type ListBackupJobsCommandInput,
  type StartBackupJobCommandOutput
} from '@aws-sdk/client-backup'
import type { AwsCredentialIdentityProvider, HttpHandlerOptions } from '@smithy/types'
import type { AwsSettings } from '../inputs/awsInputs.js'
import type { ChildJob, JobRequest, JobStatus, ListedJob, StartedJob } from '../shared/job.js'
import { ANSWER_TIMEOUT_MS, requestHandlerOptions, type TimedOperation } from './clientConfig.js'
import { MalformedAnswerError, asMalformedAnswer } from './malformedAnswers.js'
import { markNeverSent, neverConnected } from './networkErrors.js'
import { Pacing, PACING_MIDDLEWARE_OPTIONS, pacingMiddleware, retryAllButThrottling } from './pacedRequests.js'
import {
  startBackupJobInput,
  type JobListQuery,
  type StartAnswer,
  type StartTiming,
  type StartParameters,
  type FoundJob,
  type CopyStart
} from './backupRequests.js'

export { startBackupJobInput }
export type { JobListQuery, StartAnswer, StartTiming, StartParameters, FoundJob, CopyStart }

/** The AWS Backup calls the step makes, behind one small interface so the flow can be tested without AWS. */
export interface BackupApi {
  /** `onSent`: called as each attempt goes out (credentials in hand); before it, no job can have been made. */
  start(job: JobRequest, parameters: StartParameters, onSent?: () => void): Promise<StartAnswer>
  /** A job known only by its id: where it is, what it backs up, and its status now. */
  lookUp(backupJobId: string, region: string): Promise<FoundJob>
  /** `signal` abandons this check, as the run's cancellation abandons every check. */
  describe(job: StartedJob, signal?: AbortSignal): Promise<JobStatus>
  /** `signal` abandons the stop (its retries included), e.g. when the time given for stopping is up. */
  stop(job: StartedJob, signal?: AbortSignal): Promise<void>
  /** Starts a copy of a completed backup's recovery point, in the backup's region. */
  startCopy(copy: CopyStart): Promise<{ readonly copyJobId: string; readonly status: JobStatus }>
  /** A copy job's status; its recoveryPointArn is the copy's, in the destination vault. */
  describeCopy(copyJobId: string, region: string, signal?: AbortSignal): Promise<JobStatus>
  listChildren(job: StartedJob): Promise<ChildJob[]>
  /** Jobs RUNNING on the job's resource, in its region (ListBackupJobs, one page): what keeps a CREATED job waiting. */
  jobsRunningOn?(job: StartedJob): Promise<ChildJob[]>
  /** Every job of one vault and region created strictly between the two dates, every page (up to 1,000 a page). */
  listJobs(query: JobListQuery, signal?: AbortSignal): Promise<ListedJob[]>
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
  settings: Pick<AwsSettings, 'retryMaxAttempts'>,
  credentials: AwsCredentialIdentityProvider | undefined,
  { env = process.env, signal, throttling = 'paced' }: BackupApiOptions = {}
): BackupApi {
  const clients = new Map<string, BackupClient>()
  const pacing = new Pacing()
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
      const retry =
        throttling === 'sdk-adaptive' ? { retryMode: 'adaptive' } : { retryStrategy: retryAllButThrottling(settings.retryMaxAttempts) }
      client = new BackupClient({ region, credentials, maxAttempts: settings.retryMaxAttempts, requestHandler, ...retry })
      if (throttling === 'paced') client.middlewareStack.addRelativeTo(pacingMiddleware(region, pacing), PACING_MIDDLEWARE_OPTIONS)
      clients.set(region, client)
    }
    return client
  }
  /** One call's answer; one that is not AWS Backup's (an HTML page, say) fails as what it is. */
  const readable = async <T>(region: string, call: Promise<T>): Promise<T> => {
    try {
      return await call
    } catch (error) {
      throw asMalformedAnswer(error, service(region)) ?? error
    }
  }
  /** Every page of a ListBackupJobs query, with the SDK's paginator; a page that is not AWS Backup's fails as what it is. */
  const listAll = async (region: string, input: ListBackupJobsCommandInput, callSignal?: AbortSignal): Promise<BackupJob[]> => {
    const items: BackupJob[] = []
    const pages = paginateListBackupJobs({ client: clientFor(region) }, input, options('ListBackupJobs', callSignal))
    await readable(
      region,
      (async () => {
        for await (const page of pages) items.push(...(page.BackupJobs ?? []))
      })()
    )
    return items
  }
  const describeOut = (backupJobId: string, region: string, callSignal?: AbortSignal) =>
    readable(
      region,
      clientFor(region).send(new DescribeBackupJobCommand({ BackupJobId: backupJobId }), options('DescribeBackupJob', callSignal))
    )

  /** One StartBackupJob request (the SDK's attempts included), with when it left and what AWS's clock said. */
  const sendStart = async (
    job: JobRequest,
    parameters: StartParameters,
    onSent: (() => void) | undefined,
    timing: { firstSentAtMs?: number; serverDateMs?: number }
  ): Promise<StartBackupJobCommandOutput> => {
    const command = new StartBackupJobCommand(startBackupJobInput(parameters, job))
    // Whether any attempt may have reached AWS Backup: if none did, no job can exist.
    let reached = false
    command.middlewareStack.add(
      (next) => async (args) => {
        onSent?.()
        timing.firstSentAtMs ??= Date.now()
        try {
          const result = await next(args)
          reached = true
          const date = (result.response as { headers?: Record<string, string | undefined> }).headers?.date
          const parsed = date === undefined ? NaN : Date.parse(date)
          timing.serverDateMs = Number.isNaN(parsed) ? undefined : parsed
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
      throw asMalformedAnswer(error, service(job.region)) ?? error
    }
  }

  return {
    async start(job, parameters, onSent) {
      const timing: { firstSentAtMs?: number; serverDateMs?: number } = {}
      // An answer without a job id (an empty 200) after the job was made: the same request, with the same token,
      // gets AWS Backup to give the job's id.
      for (let request = 1; request <= 2; request++) {
        const out = await sendStart(job, parameters, onSent, timing)
        const answeredAtMs = Date.now()
        if (out.BackupJobId) {
          return {
            backupJobId: out.BackupJobId,
            status: { creationDate: out.CreationDate, isParent: out.IsParent ?? false, recoveryPointArn: out.RecoveryPointArn },
            timing: {
              firstSentAtMs: timing.firstSentAtMs ?? answeredAtMs,
              answeredAtMs,
              ...(timing.serverDateMs !== undefined && { serverDateMs: timing.serverDateMs })
            }
          }
        }
      }
      throw new MalformedAnswerError(`${service(job.region)} answered HTTP 200 without a job id, twice`)
    },
    async describe(job, callSignal) {
      const out = await describeOut(job.backupJobId, job.region, callSignal)
      return {
        ...statusOf(out),
        resourceArn: out.ResourceArn,
        backupVaultName: out.BackupVaultName,
        childJobsInState: out.ChildJobsInState
      }
    },
    async lookUp(backupJobId, region) {
      const out = await describeOut(backupJobId, region)
      return {
        resourceArn: out.ResourceArn ?? '',
        backupVaultName: out.BackupVaultName ?? '',
        iamRoleArn: out.IamRoleArn,
        lifecycle: out.RecoveryPointLifecycle && {
          DeleteAfterDays: out.RecoveryPointLifecycle.DeleteAfterDays,
          MoveToColdStorageAfterDays: out.RecoveryPointLifecycle.MoveToColdStorageAfterDays,
          OptInToArchiveForSupportedResources: out.RecoveryPointLifecycle.OptInToArchiveForSupportedResources
        },
        status: { ...statusOf(out), childJobsInState: out.ChildJobsInState }
      }
    },
    async listJobs(query, callSignal) {
      const input = {
        ByBackupVaultName: query.backupVaultName,
        ByCreatedAfter: query.createdAfter,
        ByCreatedBefore: query.createdBefore,
        MaxResults: LIST_PAGE_SIZE
      }
      const items = await listAll(query.region, input, callSignal)
      return items.flatMap((item) => (item.BackupJobId ? [{ backupJobId: item.BackupJobId, status: statusOf(item) }] : []))
    },
    async startCopy(copy) {
      const out = await readable(
        copy.region,
        clientFor(copy.region).send(
          new StartCopyJobCommand({
            RecoveryPointArn: copy.sourceRecoveryPointArn,
            SourceBackupVaultName: copy.sourceBackupVaultName,
            DestinationBackupVaultArn: copy.destinationBackupVaultArn,
            IamRoleArn: copy.iamRoleArn,
            IdempotencyToken: copy.idempotencyToken,
            Lifecycle: copy.lifecycle
          }),
          options('StartCopyJob', undefined, false)
        )
      )
      if (!out.CopyJobId) throw new MalformedAnswerError(`${service(copy.region)} answered StartCopyJob without a copy job id`)
      return { copyJobId: out.CopyJobId, status: { creationDate: out.CreationDate, isParent: out.IsParent ?? false } }
    },
    async describeCopy(copyJobId, region, callSignal) {
      const { CopyJob: job = {} } = await readable(
        region,
        clientFor(region).send(new DescribeCopyJobCommand({ CopyJobId: copyJobId }), options('DescribeCopyJob', callSignal))
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
    async stop(job, stopSignal) {
      // Stops follow the cancellation, so only their own signal ends them.
      await readable(
        job.region,
        clientFor(job.region).send(new StopBackupJobCommand({ BackupJobId: job.backupJobId }), options('StopBackupJob', stopSignal, false))
      )
    },
    async jobsRunningOn(job) {
      const out = await readable(
        job.region,
        clientFor(job.region).send(
          new ListBackupJobsCommand({ ByResourceArn: job.resourceArn, ByState: 'RUNNING', MaxResults: 20 }),
          options('ListBackupJobs')
        )
      )
      return (out.BackupJobs ?? []).flatMap((listed) =>
        listed.BackupJobId && listed.BackupJobId !== job.backupJobId
          ? [{ backupJobId: listed.BackupJobId, resourceArn: listed.ResourceArn, state: listed.State, statusMessage: listed.StatusMessage }]
          : []
      )
    },
    async listChildren(job) {
      const items = await listAll(job.region, { ByParentJobId: job.backupJobId })
      return items.flatMap((child) =>
        child.BackupJobId
          ? [{ backupJobId: child.BackupJobId, resourceArn: child.ResourceArn, state: child.State, statusMessage: child.StatusMessage }]
          : []
      )
    }
  }
}

function service(region: string): string {
  return `AWS Backup in ${region}`
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
