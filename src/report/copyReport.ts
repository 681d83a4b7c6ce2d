import type { JobRecord } from '../shared/job.js'
import { oneLine } from '../shared/escape.js'
import { isoDate } from './jobReport.js'

/** One entry of the copy-jobs output: everything known about one copy, null where not known (yet). */
export interface CopyReport {
  readonly sourceResourceArn: string
  readonly sourceRecoveryPointArn: string | null
  readonly destinationBackupVaultArn: string
  readonly copyJobId: string | null
  readonly destinationRecoveryPointArn: string | null
  readonly state: string | null
  readonly statusMessage: string | null
  readonly creationDate: string | null
  readonly completionDate: string | null
  readonly backupSizeInBytes: number | null
}

const NOT_COPIED = 'No copy was started: the backup did not complete.'

/** The copies of every resource, each resource's destinations in the order of copy-to-backup-vault-arn. */
export function copyReports(records: readonly JobRecord[]): CopyReport[] {
  return records.flatMap((record) =>
    (record.copies ?? []).map((copy): CopyReport => ({
      sourceResourceArn: record.request.resourceArn,
      sourceRecoveryPointArn: record.status?.recoveryPointArn ?? null,
      destinationBackupVaultArn: copy.request.destinationBackupVaultArn,
      copyJobId: copy.copyJobId ?? null,
      destinationRecoveryPointArn: copy.status?.recoveryPointArn ?? null,
      state: copy.status?.state ?? null,
      // A copy that did not start has no status of its own: say why instead.
      statusMessage: copy.startError ?? copy.status?.statusMessage ?? (copy.copyJobId === undefined ? NOT_COPIED : null),
      creationDate: isoDate(copy.status?.creationDate),
      completionDate: isoDate(copy.status?.completionDate),
      backupSizeInBytes: copy.status?.backupSizeInBytes ?? null
    }))
  )
}

/** copy-job-id and destination-recovery-point-arn, one line per copy, and copy-jobs with the exact values. */
export function copyOutputs(reports: readonly CopyReport[]): Record<string, string> {
  return {
    'copy-job-id': reports.map((r) => oneLine(r.copyJobId ?? '')).join('\n'),
    'destination-recovery-point-arn': reports.map((r) => oneLine(r.destinationRecoveryPointArn ?? '')).join('\n'),
    'copy-jobs': JSON.stringify(reports)
  }
}
