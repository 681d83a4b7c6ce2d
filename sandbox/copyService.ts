/**
 * AWS Backup's copy-job operations over restJson1: StartCopyJob, DescribeCopyJob and ListCopyJobs. Reached
 * through BackupService, so SigV4, rate quotas and faults apply as to the backup-job operations.
 */
import { backupError, stableJson } from './backupService.js'
import type { CopyRecord, CopyStore, CopyView } from './copyJobs.js'
import { planCopyTimeline, refusedTimeline } from './copyJobs.js'
import type { CopyTimelineOption, CrossAccountCopyMode, CrossAccountCopyOption } from './copyTypes.js'
import type { ValidCopy } from './copyValidation.js'
import { validateCopy } from './copyValidation.js'
import type { KnownCredentials } from './credentials.js'
import type { Reply, RequestContext } from './http.js'
import { isRecord, jsonReply, matchesPattern, safeDecode } from './http.js'
import type { JobRecord, JobStore } from './jobs.js'
import { inDates, listed, pageOf, parseListQuery } from './listing.js'
import type { Pattern } from './types.js'

export type CopyOperation = 'StartCopyJob' | 'DescribeCopyJob' | 'ListCopyJobs'

export interface CopyConfig {
  /** The same-account vaults, as for backup jobs; a name alone is known in every region. Default: any. */
  readonly vaults?: readonly { readonly name: string; readonly region?: string }[]
  readonly passableRoles?: readonly Pattern[]
  /** Destination vault ARNs that exist, in any account. Default: see destinationExists. */
  readonly destinationVaults?: readonly Pattern[]
  readonly crossAccountCopy?: CrossAccountCopyOption
  /** Read at each StartCopyJob, so a test may change it between copies. */
  readonly copyTimeline: () => CopyTimelineOption | undefined
  readonly listLagMs?: number
}

const STATES = ['CREATED', 'RUNNING', 'COMPLETED', 'FAILED', 'PARTIAL']

/** Which copy-job operation a path and method name, if any; the path's job id is decoded. */
export function copyOperation(method: string, rawPath: string): { operation: CopyOperation; jobId?: string } | undefined {
  if (rawPath === '/copy-jobs' || rawPath === '/copy-jobs/') {
    if (method === 'PUT') return { operation: 'StartCopyJob' }
    if (method === 'GET') return { operation: 'ListCopyJobs' }
    return undefined
  }
  const m = /^\/copy-jobs\/([^/]+)\/?$/.exec(rawPath)
  if (m === null || method !== 'GET') return undefined
  return { operation: 'DescribeCopyJob', jobId: safeDecode(m[1] ?? '') }
}

export class CopyService {
  /** region|token → the copy it started and the request it came with. */
  private readonly idempotency = new Map<string, { jobId: string; fingerprint: string }>()

  constructor(
    private readonly config: CopyConfig,
    private readonly jobs: JobStore,
    private readonly copies: CopyStore
  ) {}

  handle(ctx: RequestContext, operation: CopyOperation, jobId: string, body: unknown, region: string, caller: KnownCredentials): Reply {
    switch (operation) {
      case 'StartCopyJob':
        return this.start(ctx, body, region, caller)
      case 'DescribeCopyJob':
        return this.describe(ctx, jobId, region)
      case 'ListCopyJobs':
        return this.list(ctx, region)
    }
  }

  private start(ctx: RequestContext, body: unknown, region: string, caller: KnownCredentials): Reply {
    if (body === undefined && ctx.body.length > 0) return backupError(400, 'SerializationException', 'The request body is not valid JSON.')
    const checked = validateCopy(body)
    if (!checked.ok) return backupError(400, checked.error.code, checked.error.message)
    const input = checked.value
    const request = body as Record<string, unknown>

    // Like StartBackupJob here: the same token and request give the same copy; another request is refused.
    const fingerprint = stableJson({ ...request, IdempotencyToken: undefined })
    const tokenKey = input.idempotencyToken !== undefined ? `${region}|${input.idempotencyToken}` : undefined
    const earlier = tokenKey !== undefined ? this.idempotency.get(tokenKey) : undefined
    if (earlier !== undefined) {
      if (earlier.fingerprint !== fingerprint) {
        return backupError(
          400,
          'InvalidRequestException',
          `The idempotency token ${input.idempotencyToken ?? ''} was already used with different parameters.`
        )
      }
      const view = this.copies.view(earlier.jobId, ctx.now)
      if (view !== undefined) return jsonReply(200, startAnswer(view.job))
    }

    const vault = input.sourceBackupVaultName
    if (!vaultKnown(this.config.vaults, vault, region)) {
      return backupError(400, 'ResourceNotFoundException', `Backup vault with name ${vault} not found in ${region}.`)
    }
    const found = this.source(input, region, ctx.now)
    if ('error' in found) return found.error
    const { source, sizeInBytes } = found
    const passable = this.config.passableRoles
    if (passable !== undefined && !passable.some((p) => matchesPattern(p, input.iamRoleArn))) {
      return backupError(
        403,
        'AccessDeniedException',
        `User: ${caller.principalArn} is not authorized to perform: iam:PassRole on resource: ${input.iamRoleArn}`
      )
    }

    const destination = input.destinationBackupVaultArn
    const crossAccount = input.destinationAccountId !== source.accountId
    const exists = this.destinationExists(input, crossAccount)
    if (!crossAccount && !exists) return backupError(400, 'ResourceNotFoundException', `Backup vault with ARN ${destination} not found.`)
    const mode = crossAccount ? this.crossAccountMode(destination) : 'allowed'
    if (mode === 'refused-at-start') {
      return backupError(
        403,
        'AccessDeniedException',
        `User: ${caller.principalArn} is not authorized to perform: backup:CopyIntoBackupVault on resource: ${destination} because no resource-based policy allows the backup:CopyIntoBackupVault action`
      )
    }

    const context = {
      resourceArn: source.resourceArn,
      sourceRecoveryPointArn: input.recoveryPointArn,
      destinationBackupVaultArn: destination,
      request
    }
    let timeline = planCopyTimeline(this.config.copyTimeline(), context, sizeInBytes)
    // Another account's vault cannot be seen from here: one that does not exist fails the copy like a refusal.
    if (crossAccount && !exists) {
      timeline = refusedTimeline(
        timeline,
        `Access denied or destination backup vault not found: ${destination} could not be used by account ${source.accountId} (backup:CopyIntoBackupVault).`
      )
    } else if (mode === 'refused-in-job') {
      timeline = refusedTimeline(
        timeline,
        `Access denied: account ${source.accountId} is not authorized to perform backup:CopyIntoBackupVault on ${destination}.`
      )
    }
    const job = this.copies.create(
      {
        region,
        accountId: source.accountId,
        resourceArn: source.resourceArn,
        resourceType: source.resourceType,
        sourceBackupVaultName: vault,
        sourceBackupVaultArn: `arn:aws:backup:${region}:${source.accountId}:backup-vault:${vault}`,
        sourceRecoveryPointArn: input.recoveryPointArn,
        sourceBackupJobId: source.id,
        destinationBackupVaultArn: destination,
        destinationRegion: input.destinationRegion,
        destinationAccountId: input.destinationAccountId,
        iamRoleArn: input.iamRoleArn,
        ...(input.idempotencyToken !== undefined ? { idempotencyToken: input.idempotencyToken } : {}),
        request,
        startedBy: caller.accessKeyId,
        timeline
      },
      ctx.now
    )
    if (tokenKey !== undefined) this.idempotency.set(tokenKey, { jobId: job.id, fingerprint })
    return jsonReply(200, startAnswer(job))
  }

  /** The backup job whose recovery point is copied: it must be in this region and vault, and COMPLETED. */
  private source(input: ValidCopy, region: string, now: number): { source: JobRecord; sizeInBytes: number } | { error: Reply } {
    const arn = input.recoveryPointArn
    const job = this.jobs.withRecoveryPoint(arn)
    const view = job !== undefined && job.region === region ? this.jobs.view(job.id, now) : undefined
    if (job === undefined || view?.recoveryPointArn === undefined || job.backupVaultName !== input.sourceBackupVaultName) {
      return {
        error: backupError(
          400,
          'ResourceNotFoundException',
          `Recovery point ${arn} not found in backup vault ${input.sourceBackupVaultName}.`
        )
      }
    }
    if (view.state !== 'COMPLETED') {
      return {
        error: backupError(
          400,
          'InvalidRequestException',
          `Recovery point ${arn} cannot be copied: it is not completed (its backup job is ${view.state}).`
        )
      }
    }
    return { source: job, sizeInBytes: view.backupSizeInBytes ?? 0 }
  }

  /** Listed in destinationVaults; without that list, any vault of another account, and same-account ones as `vaults` says. */
  private destinationExists(input: ValidCopy, crossAccount: boolean): boolean {
    const listed = this.config.destinationVaults
    if (listed !== undefined) return listed.some((p) => matchesPattern(p, input.destinationBackupVaultArn))
    return crossAccount || vaultKnown(this.config.vaults, input.destinationVaultName, input.destinationRegion)
  }

  private crossAccountMode(destination: string): CrossAccountCopyMode {
    const option = this.config.crossAccountCopy ?? 'allowed'
    if (typeof option === 'string') return option
    return option.rules?.find((r) => matchesPattern(r.destinationVaultArn, destination))?.mode ?? option.default ?? 'allowed'
  }

  private describe(ctx: RequestContext, jobId: string, region: string): Reply {
    if (jobId === '') return backupError(400, 'MissingParameterValueException', 'Missing required parameter: CopyJobId')
    const job = this.copies.get(jobId)
    const view = job !== undefined && job.region === region ? this.copies.view(jobId, ctx.now) : undefined
    if (view === undefined) return backupError(400, 'ResourceNotFoundException', `Copy job with ID ${jobId} not found.`)
    return jsonReply(200, { CopyJob: copyJobJson(view) })
  }

  private list(ctx: RequestContext, region: string): Reply {
    const q = ctx.query
    const parsed = parseListQuery(q, STATES, 'copy:')
    if (!parsed.ok) return backupError(400, 'InvalidParameterValueException', parsed.message)
    const query = parsed.value
    const lagMs = this.config.listLagMs ?? 0
    const category = q['messageCategory']
    const matches = this.copies.evaluate(ctx.now).filter((v) => {
      const j = v.job
      return (
        j.region === region &&
        listed(j.createdAt, lagMs, ctx.now) &&
        (q['resourceArn'] === undefined || j.resourceArn === q['resourceArn']) &&
        (q['state'] === undefined || v.state === q['state']) &&
        (q['resourceType'] === undefined || j.resourceType === q['resourceType']) &&
        (q['destinationVaultArn'] === undefined || j.destinationBackupVaultArn === q['destinationVaultArn']) &&
        (q['accountId'] === undefined || j.accountId === q['accountId']) &&
        (q['sourceRecoveryPointArn'] === undefined || j.sourceRecoveryPointArn === q['sourceRecoveryPointArn']) &&
        // On-demand copies have no parent job.
        q['parentJobId'] === undefined &&
        (category === undefined || category === 'ANY' || category === 'AGGREGATE_ALL' || v.messageCategory === category) &&
        inDates(query, j.createdAt, v.completionDate)
      )
    })
    const page = pageOf(matches, (v) => v.job.seq, query, 'copy:')
    return jsonReply(200, {
      CopyJobs: page.items.map(copyJobJson),
      ...(page.nextToken !== undefined ? { NextToken: page.nextToken } : {})
    })
  }
}

function vaultKnown(vaults: CopyConfig['vaults'], name: string, region: string): boolean {
  return vaults === undefined || vaults.some((v) => v.name === name && (v.region === undefined || v.region === region))
}

function startAnswer(job: CopyRecord): Record<string, unknown> {
  return { CopyJobId: job.id, CreationDate: job.createdAt / 1000, IsParent: false }
}

/** The model's CopyJob shape, as DescribeCopyJob and ListCopyJobs give it (timestamps in epoch seconds). */
export function copyJobJson(view: CopyView): Record<string, unknown> {
  const j = view.job
  const lifecycle = isRecord(j.request['Lifecycle']) ? j.request['Lifecycle'] : undefined
  return {
    AccountId: j.accountId,
    CopyJobId: j.id,
    SourceBackupVaultArn: j.sourceBackupVaultArn,
    SourceRecoveryPointArn: j.sourceRecoveryPointArn,
    DestinationBackupVaultArn: j.destinationBackupVaultArn,
    DestinationVaultType: 'BACKUP_VAULT',
    ...(view.destinationRecoveryPointArn !== undefined ? { DestinationRecoveryPointArn: view.destinationRecoveryPointArn } : {}),
    ...(lifecycle !== undefined ? { DestinationRecoveryPointLifecycle: lifecycle } : {}),
    ResourceArn: j.resourceArn,
    ResourceType: j.resourceType,
    CreationDate: j.createdAt / 1000,
    ...(view.completionDate !== undefined ? { CompletionDate: view.completionDate / 1000 } : {}),
    State: view.state,
    ...(view.statusMessage !== undefined ? { StatusMessage: view.statusMessage } : {}),
    BackupSizeInBytes: j.timeline.backupSizeInBytes,
    IamRoleArn: j.iamRoleArn,
    IsParent: false,
    ...(view.messageCategory !== undefined ? { MessageCategory: view.messageCategory } : {})
  }
}
