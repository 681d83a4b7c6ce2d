import type { BackupApi } from '../aws/backupApi.js'
import type { WaitSettings } from '../inputs/awsInputs.js'
import type { CopySettings } from '../inputs/copyInputs.js'
import { copyIdempotencyToken } from '../inputs/idempotencyToken.js'
import { startedJob, type CopyRecord, type JobRecord, type Lifecycle, type StartedJob } from '../shared/job.js'
import { oneLine } from '../shared/escape.js'
import { awaitJobs, type AwaitedJob, type WaitDeps } from './engine/awaitJobs.js'
import { eitherKind, type Either } from './engine/eitherKind.js'
import type { Watched } from './engine/jobKind.js'
import { backupJobKind } from './backupJobKind.js'
import { copyJobKind, startCopies, type CopyStarted } from './copyJobs.js'
import { copyLabel, type CopyJob } from './copyVerdicts.js'

export type BackupWaitSettings = WaitSettings &
  CopySettings & {
    /** The backup jobs' role and lifecycle, where this step set them (the start step). */
    readonly iamRoleArn?: string
    readonly lifecycle?: Lifecycle
  }

type Waited = Either<StartedJob, CopyJob>

/**
 * Waits for every started job and judges each; a record whose job did not start passes through as it is. Each
 * backup that completes is copied at once to every copy-to-backup-vault-arn, and the same wait follows the copies.
 * On timeout or cancellation the unfinished backups are stopped first when stop-job-on-timeout asks for it.
 */
export async function waitForBackupJobs(
  settings: BackupWaitSettings,
  api: BackupApi,
  records: readonly JobRecord[],
  deps: WaitDeps
): Promise<JobRecord[]> {
  // A record already judged (a job the wait step could not find) is not waited for.
  const started = records.flatMap((record) => {
    const job = record.verdict === undefined ? startedJob(record) : undefined
    return job ? [{ record, job: { kind: 'first' as const, job }, status: record.status ?? {} }] : []
  })
  if (started.length === 0) return [...records]
  const copiesOf = new Map<StartedJob, CopyStarted[]>()
  const followUps = async (waited: Waited, status: JobRecord['status'] & object): Promise<Watched<Waited>[]> => {
    if (waited.kind !== 'first' || status.state !== 'COMPLETED' || settings.copyTo.length === 0) return []
    const copies = await startCopies(api, settings, {
      job: waited.job,
      status,
      iamRoleArn: settings.iamRoleArn,
      lifecycle: settings.lifecycle
    })
    copiesOf.set(waited.job, copies)
    return copies.flatMap((c) => {
      if (!('copy' in c)) return []
      deps.info(oneLine(`Started ${copyLabel(c.copy)}, idempotency token ${c.idempotencyToken}.`))
      return [{ job: { kind: 'second' as const, job: c.copy }, status: c.status }]
    })
  }
  const kind = eitherKind(backupJobKind(api, settings, deps), copyJobKind(api, settings))
  const awaited = await awaitJobs<Waited>(started, kind, deps, {
    pollIntervalSeconds: settings.pollIntervalSeconds,
    timeoutSeconds: settings.waitTimeoutSeconds,
    stopOnTimeout: settings.stopJobOnTimeout,
    followUps
  })
  // awaitJobs answers in the order it was given, the copies after.
  const judged = new Map(started.map(({ record }, i) => [record, awaited[i]]))
  const copyResults = new Map(awaited.flatMap((a) => (a.job.kind === 'second' ? [[a.job.job.copyJobId, a] as const] : [])))
  return records.map((record) => {
    const done = judged.get(record)
    if (!done || done.job.kind !== 'first') return record
    const copies = settings.copyTo.length === 0 ? undefined : copyRecords(settings, done.job.job, copiesOf.get(done.job.job), copyResults)
    return { ...record, status: done.status, verdict: done.verdict, ...(copies && { copies }) }
  })
}

/** One record per destination, in the order of copy-to-backup-vault-arn; a backup that did not complete has none started. */
function copyRecords(
  settings: CopySettings,
  backup: StartedJob,
  started: readonly CopyStarted[] | undefined,
  results: ReadonlyMap<string, AwaitedJob<Waited>>
): CopyRecord[] {
  return settings.copyTo.map((destinationBackupVaultArn, i): CopyRecord => {
    const copy = started?.[i]
    const request = {
      destinationBackupVaultArn,
      idempotencyToken:
        copy?.idempotencyToken ?? copyIdempotencyToken(backup.idempotencyToken || backup.backupJobId, destinationBackupVaultArn)
    }
    if (copy === undefined) return { request }
    if ('startError' in copy) return { request, startError: copy.startError }
    const result = results.get(copy.copy.copyJobId)
    return result
      ? { request, copyJobId: copy.copy.copyJobId, status: result.status, verdict: result.verdict }
      : {
          request,
          copyJobId: copy.copy.copyJobId,
          status: copy.status,
          verdict: {
            verdict: 'failure',
            message: oneLine(
              `The wait ended as the ${copyLabel(copy.copy)} had just started; it goes on running in AWS Backup (a copy job cannot be stopped).`
            )
          }
        }
  })
}
