import type { BackupApi } from '../aws/backupApi.js'
import type { WaitSettings } from '../inputs/awsInputs.js'
import { plannedCopies, type CopySettings } from '../inputs/copyInputs.js'
import { startedJob, type CopyRecord, type JobRecord, type JobStatus, type Lifecycle, type StartedJob } from '../shared/job.js'
import { oneLine, quote } from '../shared/escape.js'
import { awaitJobs, type WaitDeps } from './engine/awaitJobs.js'
import { eitherKind, type Either } from './engine/eitherKind.js'
import type { Watched } from './engine/jobKind.js'
import { backupJobKind } from './backupJobKind.js'
import { copyJobKind, startCopies, type StartedCopy } from './copyJobs.js'
import { copyLabel, type CopyJob } from './copyVerdicts.js'

export type BackupWaitSettings = WaitSettings &
  CopySettings & {
    /** The backup jobs' role and lifecycle, where this step set them (the start step). */
    readonly iamRoleArn?: string
    readonly lifecycle?: Lifecycle
  }

type Waited = Either<StartedJob, CopyJob>

// Copies still being started when the wait ends get this long to answer, so the report can say whether they exist.
export const COPY_START_GRACE_MS = 5_000

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
  // Held from the moment each start is asked for, so that no copy goes unreported if the wait ends meanwhile.
  const copyStarts = new Map<StartedJob, Promise<(CopyRecord | StartedCopy)[]>>()
  const followUps = async (waited: Waited, status: JobStatus): Promise<Watched<Waited>[]> => {
    if (waited.kind !== 'first' || status.state !== 'COMPLETED' || settings.copyTo.length === 0) return []
    const starting = startCopies(api, settings, { job: waited.job, status, iamRoleArn: settings.iamRoleArn, lifecycle: settings.lifecycle })
    copyStarts.set(waited.job, starting)
    return (await starting).flatMap((copy) => {
      if (!('copy' in copy)) return []
      deps.info(oneLine(`Started ${copyLabel(copy.copy)}, idempotency token ${copy.record.request.idempotencyToken}.`))
      return [{ job: { kind: 'second' as const, job: copy.copy }, status: copy.record.status ?? {} }]
    })
  }
  const kind = eitherKind(backupJobKind(api, settings, deps), copyJobKind(api, settings))
  const awaited = await awaitJobs<Waited>(started, kind, deps, {
    pollIntervalSeconds: settings.pollIntervalSeconds,
    timeoutSeconds: settings.waitTimeoutSeconds,
    stopOnTimeout: settings.stopJobOnTimeout,
    followUps,
    failedToStart: records.filter((record) => record.startError !== undefined).length
  })
  const late = deps.timeUp(COPY_START_GRACE_MS)
  const copiesStarted = new Map(
    await Promise.all([...copyStarts].map(async ([job, starting]) => [job, await withinGrace(starting, late)] as const))
  )
  // awaitJobs answers in the order it was given, the copies after.
  const judged = new Map(started.map(({ record }, i) => [record, awaited[i]]))
  const copyResults = new Map(awaited.flatMap((a) => (a.job.kind === 'second' ? [[a.job.job.copyJobId, a] as const] : [])))
  return records.map((record) => {
    const done = judged.get(record)
    if (!done || done.job.kind !== 'first') return record
    const backup = done.job.job
    const judgedRecord = { ...record, status: done.status, verdict: done.verdict }
    if (settings.copyTo.length === 0) return judgedRecord
    const starts = copiesStarted.get(backup)
    const copies =
      starts === undefined
        ? notCopied(settings, backup, done.status, done.verdict.verdict !== 'failure')
        : starts === 'late'
          ? plannedCopies(settings.copyTo, backup, backup.backupJobId).map((copy) => ({ ...copy, startError: lateStart(backup, copy) }))
          : starts.map((copy) => ('copy' in copy ? judgedCopy(copy, copyResults.get(copy.copy.copyJobId)) : copy))
    return { ...judgedRecord, copies }
  })
}

/** A backup that ended well but not COMPLETED (PARTIAL, accepted) has nothing AWS Backup can copy: that fails the copy. */
function notCopied(settings: CopySettings, backup: StartedJob, status: JobStatus, accepted: boolean): CopyRecord[] {
  const planned = plannedCopies(settings.copyTo, backup, backup.backupJobId)
  if (!accepted) return planned
  const why = `its backup ended ${oneLine(status.state ?? 'unknown')}, and only a completed backup can be copied`
  return planned.map((copy) => ({
    ...copy,
    startError: `No copy of ${quote(backup.resourceArn)} to ${quote(copy.request.destinationBackupVaultArn)} was started: ${why}.`
  }))
}

function judgedCopy(started: StartedCopy, result: { status: JobStatus; verdict: CopyRecord['verdict'] } | undefined): CopyRecord {
  if (result) return { ...started.record, status: result.status, verdict: result.verdict }
  // Started as the wait ended: never looked at since.
  const message = oneLine(
    `The wait ended as the ${copyLabel(started.copy)} had just started; it goes on running in AWS Backup (a copy job cannot be stopped).`
  )
  return { ...started.record, verdict: { verdict: 'failure', message } }
}

function lateStart(backup: StartedJob, copy: CopyRecord): string {
  return oneLine(
    `The wait ended while the copy of ${quote(backup.resourceArn)} to ${quote(copy.request.destinationBackupVaultArn)} was being started; it may exist: look for idempotency token ${copy.request.idempotencyToken} in AWS Backup.`
  )
}

/** The answer, or 'late' when it has not come by the time `late` aborts. */
async function withinGrace<T>(work: Promise<T>, late: AbortSignal): Promise<T | 'late'> {
  if (late.aborted) return Promise.race([work, Promise.resolve('late' as const)])
  let onAbort = (): void => undefined
  const gaveUp = new Promise<'late'>((resolve) => {
    onAbort = () => resolve('late')
    late.addEventListener('abort', onAbort, { once: true })
  })
  try {
    return await Promise.race([work, gaveUp])
  } finally {
    late.removeEventListener('abort', onAbort)
  }
}
