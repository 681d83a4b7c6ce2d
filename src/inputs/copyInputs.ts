import { InputError } from '../shared/inputError.js'
import { quote } from '../shared/escape.js'
import type { CopyRecord, JobRecord, JobRequest, Lifecycle } from '../shared/job.js'
import { copyIdempotencyToken } from './idempotencyToken.js'
import { parseRoleArn, parseVaultArn } from './arn.js'
import type { InputReader } from './awsInputs.js'
import { parseWholeNumber } from './scalarInputs.js'

/** Copies of every completed backup to other vaults, asked for on the start and the wait steps alike. */
export interface CopySettings {
  /** Destination vault ARNs, in the order given; empty: no copies. */
  readonly copyTo: readonly string[]
  /** The role AWS Backup copies with; the backup job's own role when not set. */
  readonly copyIamRoleArn?: string
  /** What the user set of the copies' lifecycle; anything not set follows the source recovery point's lifecycle. */
  readonly copyLifecycle: Lifecycle
}

export const MAX_LIFECYCLE_DAYS = 36_500
export const MIN_DAYS_IN_COLD_STORAGE = 90

export function parseCopySettings(read: InputReader): CopySettings {
  const copyTo = read('copy-to-backup-vault-arn')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
  copyTo.forEach((arn) => parseVaultArn(arn, 'copy-to-backup-vault-arn'))
  const duplicate = copyTo.find((arn, i) => copyTo.indexOf(arn) !== i)
  if (duplicate !== undefined) {
    throw new InputError(`Input copy-to-backup-vault-arn lists ${quote(duplicate)} twice; list each destination vault once.`)
  }
  const copyIamRoleArn = read('copy-iam-role-arn') || undefined
  if (copyIamRoleArn !== undefined) parseRoleArn(copyIamRoleArn, 'copy-iam-role-arn')
  const days = (name: string): number | undefined => {
    const raw = read(name)
    return raw === '' ? undefined : parseWholeNumber(raw, name, 1, MAX_LIFECYCLE_DAYS)
  }
  const [expire, cold] = [days('copy-delete-after-days'), days('copy-move-to-cold-storage-after-days')]
  const copyLifecycle = {
    ...(expire !== undefined && { DeleteAfterDays: expire }),
    ...(cold !== undefined && { MoveToColdStorageAfterDays: cold })
  }
  const named = ['copy-iam-role-arn', 'copy-delete-after-days', 'copy-move-to-cold-storage-after-days'].find((name) => read(name) !== '')
  if (copyTo.length === 0 && named !== undefined) {
    throw new InputError(`Input ${named} is set but copy-to-backup-vault-arn is empty; name the destination vaults, or remove ${named}.`)
  }
  return Object.freeze({ copyTo: Object.freeze(copyTo), copyIamRoleArn, copyLifecycle: Object.freeze(copyLifecycle) })
}

/**
 * The lifecycle a copy is made with: the user's copy-* values, and for anything they leave unset the source recovery
 * point's, so that a copy of a backup that expires is never kept forever by default. Undefined: nothing to send.
 */
export function copyLifecycleFor(copy: Lifecycle, source: Lifecycle | undefined): Lifecycle | undefined {
  const lifecycle: Lifecycle = {
    ...(source?.DeleteAfterDays !== undefined && { DeleteAfterDays: source.DeleteAfterDays }),
    ...(source?.MoveToColdStorageAfterDays !== undefined && { MoveToColdStorageAfterDays: source.MoveToColdStorageAfterDays }),
    ...(source?.OptInToArchiveForSupportedResources !== undefined && {
      OptInToArchiveForSupportedResources: source.OptInToArchiveForSupportedResources
    }),
    ...copy
  }
  return Object.keys(lifecycle).length === 0 ? undefined : lifecycle
}

/** Why a copy lifecycle cannot be used, naming the inputs it comes from; undefined when it can. */
export function copyLifecycleProblem(lifecycle: Lifecycle | undefined): string | undefined {
  const cold = lifecycle?.MoveToColdStorageAfterDays
  const expire = lifecycle?.DeleteAfterDays
  if (cold === undefined || expire === undefined || expire >= cold + MIN_DAYS_IN_COLD_STORAGE) return undefined
  return `Input copy-delete-after-days is ${expire} (set, or the backup's) but must be at least copy-move-to-cold-storage-after-days + ${MIN_DAYS_IN_COLD_STORAGE} (${cold + MIN_DAYS_IN_COLD_STORAGE}), since copies stay in cold storage for at least ${MIN_DAYS_IN_COLD_STORAGE} days; an unset copy-* input follows the backup's lifecycle.`
}

/** The copies asked for of one backup, one per destination, none started yet. */
export function plannedCopies(copyTo: readonly string[], request: JobRequest, backupJobId: string | undefined): CopyRecord[] {
  return copyTo.map((destinationBackupVaultArn) => ({
    request: {
      destinationBackupVaultArn,
      idempotencyToken: copyIdempotencyToken(request.idempotencyToken || (backupJobId ?? ''), destinationBackupVaultArn)
    }
  }))
}

/** Every record, with one copy record per destination when copies were asked for (none started where none was). */
export function withPlannedCopies(settings: CopySettings, records: readonly JobRecord[]): JobRecord[] {
  if (settings.copyTo.length === 0) return [...records]
  return records.map((record) =>
    record.copies ? record : { ...record, copies: plannedCopies(settings.copyTo, record.request, record.backupJobId) }
  )
}
