/** AWS Backup's job operations over restJson1, behind SigV4. */
import type { CopyOperation, CopyService } from './copyService.js'
import type { CredentialStore, KnownCredentials } from './credentials.js'
import type { Reply, RequestContext } from './http.js'
import { isRecord, jsonReply, matchesPattern, requestId, safeDecode } from './http.js'
import type { JobStore, JobView } from './jobs.js'
import { isTerminalState } from './jobs.js'
import { inDates, listed, parseListQuery, pageOf } from './listing.js'
import type { RateLimiter } from './quotas.js'
import { accountOf } from './quotas.js'
import { planTimeline } from './timeline.js'
import type { Pattern, TimelineOption } from './types.js'
import { canStop, recoveryPointAtStart, resourceTypeOf, validateStart } from './validation.js'

export interface BackupConfig {
  readonly vaults?: readonly { readonly name: string; readonly region?: string }[]
  readonly passableRoles?: readonly Pattern[]
  readonly msPerMinute: number
  /** Read at each StartBackupJob, so a test may change it between jobs. */
  readonly timeline: () => TimelineOption | undefined
  /** Request-rate quotas, checked once the caller is authenticated. */
  readonly rateLimiter?: RateLimiter
  /** A job shows in ListBackupJobs this long after its creation. Default 0. */
  readonly listLagMs?: number
  /** StartCopyJob, DescribeCopyJob and ListCopyJobs. */
  readonly copies?: CopyService
}

export type BackupOperation = 'StartBackupJob' | 'DescribeBackupJob' | 'StopBackupJob' | 'ListBackupJobs'

const STATES = ['CREATED', 'PENDING', 'RUNNING', 'ABORTING', 'ABORTED', 'COMPLETED', 'FAILED', 'EXPIRED', 'PARTIAL']
/** Lower-case `message`: how AWS's front door words authentication and authorization failures. */
const AUTH_ERRORS = new Set([
  'MissingAuthenticationTokenException',
  'IncompleteSignatureException',
  'InvalidSignatureException',
  'UnrecognizedClientException',
  'ExpiredTokenException',
  'AccessDeniedException'
])

export function backupError(status: number, code: string, message: string): Reply {
  const body = AUTH_ERRORS.has(code) ? { message } : { Code: code, Message: message }
  return { ...jsonReply(status, body, { 'x-amzn-errortype': code }), errorCode: code }
}

/** Which operation a path and method name, if any; the path's job id is decoded. */
export function backupOperation(method: string, rawPath: string): { operation: BackupOperation; jobId?: string } | undefined {
  if (rawPath === '/backup-jobs' || rawPath === '/backup-jobs/') {
    if (method === 'PUT') return { operation: 'StartBackupJob' }
    if (method === 'GET') return { operation: 'ListBackupJobs' }
    return undefined
  }
  const m = /^\/backup-jobs\/([^/]+)\/?$/.exec(rawPath)
  if (m === null) return undefined
  const jobId = safeDecode(m[1] ?? '')
  if (method === 'GET') return { operation: 'DescribeBackupJob', jobId }
  if (method === 'POST') return { operation: 'StopBackupJob', jobId }
  return undefined
}

export class BackupService {
  /** region|token → the job it started. */
  private readonly idempotency = new Map<string, string>()

  constructor(
    private readonly config: BackupConfig,
    private readonly credentials: CredentialStore,
    private readonly jobs: JobStore,
    private readonly accountId: string
  ) {}

  handle(ctx: RequestContext, route: { operation: BackupOperation | CopyOperation; jobId?: string }, body: unknown): Reply {
    const auth = this.credentials.authenticate(ctx, 'backup')
    if (!auth.ok) {
      return { ...backupError(403, auth.code, auth.message), accessKeyId: auth.accessKeyId, signingRegion: auth.region }
    }
    const who = { accessKeyId: auth.credentials.accessKeyId, signingRegion: auth.region }
    const account = accountOf(auth.credentials.principalArn, this.accountId)
    if (this.config.rateLimiter?.take(route.operation, auth.region, account, ctx.now) === false) {
      // Shaped like the `throttle` fault's answer: what AWS sends when a call rate quota is exceeded.
      return { ...backupError(400, 'ThrottlingException', 'Rate exceeded'), ...who }
    }
    const reply = this.dispatch(ctx, route, body, auth.region, auth.credentials)
    return { ...reply, ...who }
  }

  private dispatch(
    ctx: RequestContext,
    route: { operation: BackupOperation | CopyOperation; jobId?: string },
    body: unknown,
    region: string,
    caller: KnownCredentials
  ): Reply {
    switch (route.operation) {
      case 'StartBackupJob':
        return this.start(ctx, body, region, caller)
      case 'DescribeBackupJob':
        return this.describe(ctx, route.jobId ?? '', region)
      case 'StopBackupJob':
        return this.stop(ctx, route.jobId ?? '', region)
      case 'ListBackupJobs':
        return this.list(ctx, region)
      case 'StartCopyJob':
      case 'DescribeCopyJob':
      case 'ListCopyJobs':
        if (this.config.copies === undefined) return backupError(404, 'UnknownOperationException', `No such operation: ${route.operation}`)
        return this.config.copies.handle(ctx, route.operation, route.jobId ?? '', body, region, caller)
    }
  }

  private start(ctx: RequestContext, body: unknown, region: string, caller: KnownCredentials): Reply {
    if (body === undefined && ctx.body.length > 0) return backupError(400, 'SerializationException', 'The request body is not valid JSON.')
    const checked = validateStart(body, region)
    if (!checked.ok) return backupError(400, checked.error.code, checked.error.message)
    const input = checked.value
    const request = body as Record<string, unknown>

    // AWS Backup answers a reused token with the job it first started for it, whatever this request asks for: "retrying
    // a successful request with the same idempotency token results in a success message with no action taken" (API
    // reference), and a token reused for another resource was seen to get the first resource's job back, with no
    // error. Tokens are per region here (UNVERIFIED for AWS), as is how long AWS remembers one (forever here).
    const tokenKey = input.idempotencyToken !== undefined ? `${region}|${input.idempotencyToken}` : undefined
    const earlier = tokenKey !== undefined ? this.idempotency.get(tokenKey) : undefined
    if (earlier !== undefined) {
      const view = this.jobs.view(earlier, ctx.now)
      if (view !== undefined) return jsonReply(200, startAnswer(view))
    }

    if (!this.vaultExists(input.backupVaultName, region)) {
      return backupError(400, 'ResourceNotFoundException', `Backup vault with name ${input.backupVaultName} not found in ${region}.`)
    }
    const passable = this.config.passableRoles
    if (passable !== undefined && !passable.some((p) => matchesPattern(p, input.iamRoleArn))) {
      return backupError(
        403,
        'AccessDeniedException',
        `User: ${caller.principalArn} is not authorized to perform: iam:PassRole on resource: ${input.iamRoleArn}`
      )
    }

    const resourceType = resourceTypeOf(input.resourceArn)
    const job = this.jobs.create(
      {
        region,
        accountId: this.accountId,
        resourceArn: input.resourceArn,
        resourceType,
        backupVaultName: input.backupVaultName,
        iamRoleArn: input.iamRoleArn,
        ...(input.idempotencyToken !== undefined ? { idempotencyToken: input.idempotencyToken } : {}),
        request,
        startWindowMs: input.startWindowMinutes * this.config.msPerMinute,
        startedBy: caller.accessKeyId,
        plan: planTimeline(this.config.timeline(), input.resourceArn, request),
        recoveryPointAtStart: recoveryPointAtStart(resourceType)
      },
      ctx.now
    )
    if (tokenKey !== undefined) this.idempotency.set(tokenKey, job.id)
    const view = this.jobs.view(job.id, ctx.now)
    return view === undefined ? backupError(500, 'ServiceUnavailableException', 'Job vanished') : jsonReply(200, startAnswer(view))
  }

  private describe(ctx: RequestContext, jobId: string, region: string): Reply {
    const view = this.find(jobId, region, ctx.now)
    if (view === undefined) return notFound(jobId)
    return jsonReply(200, jobJson(view, true))
  }

  private stop(ctx: RequestContext, jobId: string, region: string): Reply {
    const view = this.find(jobId, region, ctx.now)
    if (view === undefined) return notFound(jobId)
    if (!canStop(view.job.resourceType)) {
      return backupError(400, 'InvalidRequestException', `StopBackupJob is not supported for resource type ${view.job.resourceType}.`)
    }
    if (isTerminalState(view.state)) {
      return backupError(400, 'InvalidRequestException', `Backup job ${jobId} cannot be stopped: it is in state ${view.state}.`)
    }
    // Stopping an ABORTING job again changes nothing, like AWS.
    if (view.state !== 'ABORTING') this.jobs.stop(jobId, ctx.now)
    return { status: 200, headers: { 'x-amzn-requestid': requestId() }, body: '' }
  }

  private list(ctx: RequestContext, region: string): Reply {
    const q = ctx.query
    const parsed = parseListQuery(q, STATES, 'seq:')
    if (!parsed.ok) return backupError(400, 'InvalidParameterValueException', parsed.message)
    const query = parsed.value
    const lagMs = this.config.listLagMs ?? 0
    const category = q['messageCategory']
    const matches = [...this.jobs.evaluate(ctx.now).values()].filter((v) => {
      const j = v.job
      return (
        j.region === region &&
        listed(j.createdAt, lagMs, ctx.now) &&
        (q['resourceArn'] === undefined || j.resourceArn === q['resourceArn']) &&
        (q['state'] === undefined || v.state === q['state']) &&
        (q['backupVaultName'] === undefined || j.backupVaultName === q['backupVaultName']) &&
        (q['parentJobId'] === undefined || j.parentId === q['parentJobId']) &&
        (q['resourceType'] === undefined || j.resourceType === q['resourceType']) &&
        (q['accountId'] === undefined || j.accountId === q['accountId']) &&
        (category === undefined || category === 'ANY' || category === 'AGGREGATE_ALL' || v.messageCategory === category) &&
        inDates(query, j.createdAt, v.completionDate)
      )
    })
    const page = pageOf(matches, (v) => v.job.seq, query, 'seq:')
    return jsonReply(200, {
      BackupJobs: page.items.map((v) => jobJson(v, false)),
      ...(page.nextToken !== undefined ? { NextToken: page.nextToken } : {})
    })
  }

  private find(jobId: string, region: string, now: number): JobView | undefined {
    const job = this.jobs.get(jobId)
    return job === undefined || job.region !== region ? undefined : this.jobs.view(jobId, now)
  }

  private vaultExists(name: string, region: string): boolean {
    const vaults = this.config.vaults
    return vaults === undefined || vaults.some((v) => v.name === name && (v.region === undefined || v.region === region))
  }
}

function notFound(jobId: string): Reply {
  if (jobId === '') return backupError(400, 'MissingParameterValueException', 'Missing required parameter: BackupJobId')
  return backupError(400, 'ResourceNotFoundException', `Backup job with ID ${jobId} not found.`)
}

function startAnswer(view: JobView): Record<string, unknown> {
  const job = view.job
  return {
    BackupJobId: job.id,
    ...(job.recoveryPointAtStart ? { RecoveryPointArn: job.recoveryPointArn } : {}),
    CreationDate: seconds(job.createdAt),
    IsParent: job.childIds.length > 0
  }
}

/** DescribeBackupJob's output; ListBackupJobs lists the same minus the child counts. */
export function jobJson(view: JobView, describe: boolean): Record<string, unknown> {
  const j = view.job
  const lifecycle = isRecord(j.request['Lifecycle']) ? j.request['Lifecycle'] : undefined
  const options = isRecord(j.request['BackupOptions']) ? j.request['BackupOptions'] : undefined
  const isParent = j.childIds.length > 0
  return {
    AccountId: j.accountId,
    BackupJobId: j.id,
    BackupVaultName: j.backupVaultName,
    BackupVaultArn: `arn:aws:backup:${j.region}:${j.accountId}:backup-vault:${j.backupVaultName}`,
    VaultType: 'BACKUP_VAULT',
    ...(view.recoveryPointArn !== undefined ? { RecoveryPointArn: view.recoveryPointArn } : {}),
    ...(lifecycle !== undefined ? { RecoveryPointLifecycle: lifecycle } : {}),
    ResourceArn: j.resourceArn,
    ResourceType: j.resourceType,
    IamRoleArn: j.iamRoleArn,
    CreationDate: seconds(j.createdAt),
    InitiationDate: seconds(j.createdAt),
    ...(view.completionDate !== undefined ? { CompletionDate: seconds(view.completionDate) } : {}),
    ...(view.expectedCompletionDate !== undefined ? { ExpectedCompletionDate: seconds(view.expectedCompletionDate) } : {}),
    StartBy: seconds(j.createdAt + j.startWindowMs),
    State: view.state,
    ...(view.statusMessage !== undefined ? { StatusMessage: view.statusMessage } : {}),
    PercentDone: view.percentDone,
    BytesTransferred: view.bytesTransferred,
    ...(view.backupSizeInBytes !== undefined ? { BackupSizeInBytes: view.backupSizeInBytes } : {}),
    ...(view.messageCategory !== undefined ? { MessageCategory: view.messageCategory } : {}),
    ...(options !== undefined ? { BackupOptions: options } : {}),
    ...(j.parentId !== undefined ? { ParentJobId: j.parentId } : {}),
    IsParent: isParent,
    ...(describe && isParent ? { NumberOfChildJobs: j.childIds.length, ChildJobsInState: view.childJobsInState ?? {} } : {})
  }
}

/** restJson1 timestamps: epoch seconds, fractional. */
function seconds(ms: number): number {
  return ms / 1000
}

export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (isRecord(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort()
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}
