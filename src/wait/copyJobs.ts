/**
 * Copies of completed backups to other vaults: starting them with StartCopyJob as each backup completes, and copy
 * jobs as the wait engine sees them (read with DescribeCopyJob; AWS Backup has no call to stop one).
 */
import type { BackupApi } from '../aws/backupApi.js'
import { describeAwsError, jobContext } from '../aws/awsErrors.js'
import { isTransientAwsError } from '../aws/transientErrors.js'
import { copyLifecycleFor, copyLifecycleProblem, plannedCopies, type CopySettings } from '../inputs/copyInputs.js'
import { COPY_TERMINAL_STATES, type CopyRecord, type JobStatus, type Lifecycle, type StartedJob } from '../shared/job.js'
import { withoutTrailingPeriod } from '../shared/errorText.js'
import { mapConcurrently, WAIT_CONCURRENCY } from '../shared/concurrency.js'
import { quote } from '../shared/escape.js'
import type { JobKind } from './engine/jobKind.js'
import { copyLabel, judgeCopy, type CopyJob } from './copyVerdicts.js'

// The first look at a copy may find it CREATED for a moment; a copy that stays so is held by the copy quotas.
const QUEUED =
  'queued: AWS Backup copies one recovery point of a resource at a time and limits the copies running into one vault, so it starts when earlier copies end'

export function copyJobKind(api: BackupApi, settings: { readonly allowPartial: boolean }): JobKind<CopyJob> {
  return {
    noun: 'copy job',
    service: 'AWS Backup',
    describe: (copy, signal) => api.describeCopy(copy.copyJobId, copy.region, signal),
    isTerminal: (state) => COPY_TERMINAL_STATES.includes(state ?? ''),
    label: copyLabel,
    note: (status) => (status.state === 'CREATED' ? QUEUED : undefined),
    isTransientError: isTransientAwsError,
    judge: (copy, status) => judgeCopy(copy, status, settings),
    describeError: (copy, error) =>
      describeAwsError(error, {
        operation: 'DescribeCopyJob',
        resourceArn: copy.resourceArn,
        subject: `the ${copyLabel(copy)}`,
        backupVaultName: '',
        region: copy.region
      })
  }
}

/** Where the source of each copy is, and what StartCopyJob needs besides. */
export interface CopySource {
  readonly job: StartedJob
  readonly status: JobStatus
  /** The role the backup ran with and its lifecycle, when this step set them; else DescribeBackupJob tells. */
  readonly iamRoleArn?: string
  readonly lifecycle?: Lifecycle
}

/** A copy that started: the job to wait for, and its record so far. */
export interface StartedCopy {
  readonly copy: CopyJob
  readonly record: CopyRecord
}

/**
 * Starts a copy of a completed backup to each destination, in the order of copy-to-backup-vault-arn: one record per
 * destination, with the copy job to wait for where it started.
 */
export async function startCopies(api: BackupApi, settings: CopySettings, source: CopySource): Promise<(CopyRecord | StartedCopy)[]> {
  const { job, status } = source
  const planned = plannedCopies(settings.copyTo, job, job.backupJobId)
  const refused = (why: string): CopyRecord[] =>
    planned.map((copy) => ({
      ...copy,
      startError: `No copy of ${quote(job.resourceArn)} to ${quote(copy.request.destinationBackupVaultArn)} was started: ${why}`
    }))
  if (!status.recoveryPointArn) return refused('AWS Backup gave the backup no recovery point.')
  let facts: { iamRoleArn?: string; lifecycle?: Lifecycle } = { iamRoleArn: source.iamRoleArn, lifecycle: source.lifecycle }
  // The wait step knows neither the backup's role nor its lifecycle: DescribeBackupJob tells both.
  if (source.iamRoleArn === undefined) {
    try {
      const found = await api.lookUp(job.backupJobId, job.region)
      facts = { iamRoleArn: found.iamRoleArn, lifecycle: found.lifecycle }
    } catch (error) {
      const why = describeAwsError(error, { ...jobContext({}, job), operation: 'DescribeBackupJob' })
      return refused(`its role and lifecycle could not be read (${withoutTrailingPeriod(why)}).`)
    }
  }
  const iamRoleArn = settings.copyIamRoleArn ?? facts.iamRoleArn
  if (iamRoleArn === undefined) return refused("the backup job's role is not known; set copy-iam-role-arn.")
  const lifecycle = copyLifecycleFor(settings.copyLifecycle, facts.lifecycle)
  const problem = copyLifecycleProblem(lifecycle)
  if (problem !== undefined) return refused(`with the backup's lifecycle, ${problem.replace(/^Input/, 'input')}`)
  return mapConcurrently(planned, WAIT_CONCURRENCY, async (record): Promise<CopyRecord | StartedCopy> => {
    const destinationBackupVaultArn = record.request.destinationBackupVaultArn
    try {
      const started = await api.startCopy({
        region: job.region,
        sourceRecoveryPointArn: status.recoveryPointArn as string,
        sourceBackupVaultName: job.backupVaultName,
        destinationBackupVaultArn,
        iamRoleArn,
        idempotencyToken: record.request.idempotencyToken,
        lifecycle
      })
      const copy = { resourceArn: job.resourceArn, region: job.region, destinationBackupVaultArn, copyJobId: started.copyJobId }
      return { copy, record: { ...record, copyJobId: started.copyJobId, status: started.status } }
    } catch (error) {
      return { ...record, startError: copyStartFailure(error, job, destinationBackupVaultArn) }
    }
  })
}

/** StartCopyJob's refusal in one sentence, with the fix for the usual destination problems. */
function copyStartFailure(error: unknown, job: StartedJob, destination: string): string {
  const [, , , region, account] = destination.split(':')
  return describeAwsError(error, {
    operation: 'StartCopyJob',
    resourceArn: job.resourceArn,
    subject: `${quote(job.resourceArn)} to ${quote(destination)}`,
    backupVaultName: job.backupVaultName,
    region: job.region,
    hint: (code, message) =>
      code === 'ResourceNotFoundException' && /vault/i.test(message)
        ? `the destination vault does not exist in ${region} of account ${account}: create it, or fix copy-to-backup-vault-arn.`
        : /CopyIntoBackupVault/.test(message)
          ? "the destination vault's access policy must allow backup:CopyIntoBackupVault from this account, and AWS Organizations must allow cross-account backup."
          : undefined
  })
}
