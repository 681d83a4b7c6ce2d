/**
 * Copies of completed backups to other vaults: starting them with StartCopyJob as each backup completes, and copy
 * jobs as the wait engine sees them (read with DescribeCopyJob; AWS Backup has no call to stop one).
 */
import type { BackupApi } from '../aws/backupApi.js'
import { describeAwsError } from '../aws/awsErrors.js'
import { isTransientAwsError } from '../aws/transientErrors.js'
import { copyLifecycleFor, type CopySettings } from '../inputs/copyInputs.js'
import { COPY_TERMINAL_STATES, type JobStatus, type Lifecycle, type StartedJob } from '../shared/job.js'
import { quote } from '../shared/escape.js'
import { copyIdempotencyToken } from '../inputs/idempotencyToken.js'
import type { JobKind } from './engine/jobKind.js'
import { copyLabel, judgeCopy, type CopyJob } from './copyVerdicts.js'

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
      describeAwsError(error, { operation: 'DescribeCopyJob', resourceArn: copy.resourceArn, backupVaultName: '', region: copy.region })
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

/** One destination's copy: started, with its first status, or why it was not. */
export type CopyStarted =
  | { readonly destinationBackupVaultArn: string; readonly idempotencyToken: string; readonly copy: CopyJob; readonly status: JobStatus }
  | { readonly destinationBackupVaultArn: string; readonly idempotencyToken: string; readonly startError: string }

/** Starts a copy of a completed backup to each destination, in the order of copy-to-backup-vault-arn. */
export async function startCopies(api: BackupApi, settings: CopySettings, source: CopySource): Promise<CopyStarted[]> {
  const { job, status } = source
  let facts: { iamRoleArn?: string; lifecycle?: Lifecycle } = { iamRoleArn: source.iamRoleArn, lifecycle: source.lifecycle }
  // The wait step knows neither the backup's role nor its lifecycle: DescribeBackupJob tells both.
  if (source.iamRoleArn === undefined) {
    try {
      const found = await api.lookUp(job.backupJobId, job.region)
      facts = { iamRoleArn: found.iamRoleArn, lifecycle: found.lifecycle }
    } catch {
      // Said below, per copy, if no role is known; without the lifecycle, the copy-* inputs alone are sent.
    }
  }
  const iamRoleArn = settings.copyIamRoleArn ?? facts.iamRoleArn
  return Promise.all(
    settings.copyTo.map(async (destinationBackupVaultArn): Promise<CopyStarted> => {
      const idempotencyToken = copyIdempotencyToken(job.idempotencyToken || job.backupJobId, destinationBackupVaultArn)
      const base = { destinationBackupVaultArn, idempotencyToken }
      if (!status.recoveryPointArn) {
        return {
          ...base,
          startError: `No copy of ${quote(job.resourceArn)} to ${quote(destinationBackupVaultArn)} was started: AWS Backup gave the backup no recovery point.`
        }
      }
      if (iamRoleArn === undefined) {
        return {
          ...base,
          startError: `No copy of ${quote(job.resourceArn)} to ${quote(destinationBackupVaultArn)} was started: the backup job's role is not known; set copy-iam-role-arn.`
        }
      }
      try {
        const started = await api.startCopy({
          region: job.region,
          sourceRecoveryPointArn: status.recoveryPointArn,
          sourceBackupVaultName: job.backupVaultName,
          destinationBackupVaultArn,
          iamRoleArn,
          idempotencyToken,
          lifecycle: copyLifecycleFor(settings.copyLifecycle, facts.lifecycle)
        })
        const copy = { resourceArn: job.resourceArn, region: job.region, destinationBackupVaultArn, copyJobId: started.copyJobId }
        return { ...base, copy, status: started.status }
      } catch (error) {
        return { ...base, startError: copyStartFailure(error, job, destinationBackupVaultArn) }
      }
    })
  )
}

/** StartCopyJob's refusal in one sentence, with the fix for the usual destination problems. */
function copyStartFailure(error: unknown, job: StartedJob, destination: string): string {
  const [, , , region, account] = destination.split(':')
  const message = describeAwsError(error, {
    operation: 'StartCopyJob',
    resourceArn: job.resourceArn,
    subject: `${quote(job.resourceArn)} to ${quote(destination)}`,
    backupVaultName: job.backupVaultName,
    region: job.region
  })
  const name = error instanceof Error ? error.name : ''
  if (name === 'ResourceNotFoundException' && /vault/i.test(error instanceof Error ? error.message : '')) {
    return `${message.replace(/; check that the backup vault .*$/, '').replace(/\.$/, '')}; the destination vault does not exist in ${region} of account ${account}: create it, or fix copy-to-backup-vault-arn.`
  }
  if (/CopyIntoBackupVault/.test(error instanceof Error ? error.message : '')) {
    return `${message.replace(/; allow backup:StartCopyJob .*$/, '').replace(/\.$/, '')}; the destination vault's access policy must allow backup:CopyIntoBackupVault from this account, and AWS Organizations must allow cross-account backup.`
  }
  return message
}
