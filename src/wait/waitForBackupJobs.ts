import type { BackupApi } from '../aws/backupApi.js'
import type { Settings } from '../inputs/settings.js'
import { startedJob, type JobRecord } from '../shared/job.js'
import { awaitJobs, type WaitDeps } from './engine/awaitJobs.js'
import { backupJobKind } from './backupJobKind.js'

/**
 * Waits for every started job and judges each; a record whose job did not start passes through as it is.
 * On timeout or cancellation the unfinished jobs are stopped first when stop-job-on-timeout asks for it.
 */
export async function waitForBackupJobs(
  settings: Settings,
  api: BackupApi,
  records: readonly JobRecord[],
  deps: WaitDeps
): Promise<JobRecord[]> {
  const started = records.flatMap((record) => {
    const job = startedJob(record)
    return job ? [{ record, job, status: record.status ?? {} }] : []
  })
  const awaited = await awaitJobs(started, backupJobKind(api, settings, deps), deps, {
    pollIntervalSeconds: settings.pollIntervalSeconds,
    timeoutSeconds: settings.waitTimeoutSeconds,
    stopOnTimeout: settings.stopJobOnTimeout,
    failedToStart: records.length - started.length
  })
  // awaitJobs answers in the order it was given.
  const judged = new Map(started.map(({ record }, i) => [record, awaited[i]]))
  return records.map((record) => {
    const done = judged.get(record)
    return done ? { ...record, status: done.status, verdict: done.verdict } : record
  })
}
