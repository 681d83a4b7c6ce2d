import type { JobRecord } from '../shared/job.js'
import { jsonText, oneLine } from '../shared/escape.js'
import { boundedReport } from './outputBounds.js'

/** One entry of the backup-jobs output: everything known about one resource's job, null where not known (yet). */
export interface JobReport {
  readonly resourceArn: string
  readonly backupVaultName: string
  readonly region: string
  readonly partition: string
  readonly backupJobId: string | null
  readonly recoveryPointArn: string | null
  readonly creationDate: string | null
  readonly isParent: boolean | null
  readonly idempotencyToken: string
  readonly state: string | null
  readonly statusMessage: string | null
  readonly percentDone: string | null
  readonly completionDate: string | null
  readonly backupSizeInBytes: number | null
  /** AWS returned a job that existed before this step asked: no new backup was started. */
  readonly replayed: boolean
}

export function jobReport({ request, backupJobId, status, startError, replayed }: JobRecord): JobReport {
  return {
    resourceArn: request.resourceArn,
    backupVaultName: request.backupVaultName,
    region: request.region,
    partition: request.partition,
    backupJobId: backupJobId ?? null,
    recoveryPointArn: status?.recoveryPointArn ?? null,
    creationDate: isoDate(status?.creationDate),
    isParent: backupJobId === undefined ? null : (status?.isParent ?? false),
    idempotencyToken: request.idempotencyToken,
    state: status?.state ?? null,
    // A job that did not start has no status of its own: the output says why instead.
    statusMessage: startError ?? status?.statusMessage ?? null,
    percentDone: status?.percentDone ?? null,
    completionDate: isoDate(status?.completionDate),
    backupSizeInBytes: status?.backupSizeInBytes ?? null,
    replayed: replayed === true
  }
}

/** A date as the outputs give it: ISO 8601 in UTC, null when not known. */
export function isoDate(date: Date | undefined): string | null {
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : null
}

/** Output name → the JobReport field it lists, one line per resource in the order of resource-arn. */
const LINE_OUTPUTS: ReadonlyArray<readonly [string, keyof JobReport]> = [
  ['backup-job-id', 'backupJobId'],
  ['recovery-point-arn', 'recoveryPointArn'],
  ['creation-date', 'creationDate'],
  ['is-parent', 'isParent'],
  ['idempotency-token', 'idempotencyToken'],
  ['state', 'state'],
  ['status-message', 'statusMessage'],
  ['completion-date', 'completionDate'],
  ['backup-size-bytes', 'backupSizeInBytes']
]

/**
 * Every output of the step. Single-valued outputs never hold a newline of their own; backup-jobs keeps exact values
 * (C1 controls escaped). Both hold at most MAX_OUTPUT_VALUE characters of a value (outputBounds.ts).
 */
export function stepOutputs(reports: readonly JobReport[]): Record<string, string> {
  const bounded = reports.map(boundedReport)
  const outputs: Record<string, string> = {}
  for (const [name, field] of LINE_OUTPUTS) {
    outputs[name] = bounded.map((report) => oneLine(String(report[field] ?? ''))).join('\n')
  }
  outputs['backup-jobs'] = jsonText(bounded)
  return outputs
}
