import type { BackupApi } from '../aws/backupApi.js'
import type { StartedJob } from '../shared/job.js'
import { mapConcurrently, WAIT_CONCURRENCY } from '../shared/concurrency.js'
import { errorName, messageOf, withoutTrailingPeriod } from '../shared/errorText.js'
import { oneLine, quote } from '../shared/escape.js'
import { afterDelay } from '../shared/timers.js'
import type { StopResult } from './engine/jobKind.js'

/**
 * Asks AWS Backup to stop each job, at most `deadlineMs` in all, and says for each what happened.
 * Resource types AWS Backup cannot stop (RDS, Aurora, DocumentDB, Neptune, FSx, SAP HANA) get a clear line, not a crash.
 */
export async function stopJobs(api: BackupApi, jobs: readonly StartedJob[], deadlineMs: number): Promise<StopResult[]> {
  const results: StopResult[] = jobs.map((job) => ({
    stopped: false,
    line: `Could not stop job ${oneLine(job.backupJobId)} for ${quote(job.resourceArn)} within ${deadlineMs / 1000} s; it may still be running.`
  }))
  let cancel = (): void => undefined
  const deadline = new Promise<void>((resolve) => (cancel = afterDelay(deadlineMs, resolve)))
  const stops = mapConcurrently(jobs, WAIT_CONCURRENCY, async (job, i) => {
    results[i] = await stopOne(api, job)
  })
  await Promise.race([stops, deadline])
  cancel()
  return results
}

async function stopOne(api: BackupApi, job: StartedJob): Promise<StopResult> {
  const label = `job ${oneLine(job.backupJobId)} for ${quote(job.resourceArn)}`
  try {
    await api.stop(job)
    return { stopped: true, line: `Stopped ${label} (StopBackupJob accepted; it ends as ABORTED).` }
  } catch (error) {
    if (errorName(error) === 'InvalidRequestException') {
      // AWS says this both for resource types it cannot stop and for a job that ended a moment ago.
      const line = `Could not stop ${label}: AWS Backup refused (${withoutTrailingPeriod(messageOf(error))}); jobs of some resource types (RDS, Aurora, DocumentDB, Neptune, FSx, SAP HANA) cannot be stopped, and a job that has just ended has nothing to stop.`
      return { stopped: false, line }
    }
    return { stopped: false, line: `Could not stop ${label}: ${messageOf(error)}; it may still be running.` }
  }
}
