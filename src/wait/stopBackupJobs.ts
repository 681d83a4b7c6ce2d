import type { BackupApi } from '../aws/backupApi.js'
import type { StartedJob } from '../shared/job.js'
import { errorName, messageOf, withoutTrailingPeriod } from '../shared/errorText.js'
import { oneLine, quote } from '../shared/escape.js'
import { timeoutSignal } from '../shared/timers.js'
import { isUnreachable, unreachableFact } from '../aws/networkErrors.js'
import type { StopResult } from './engine/jobKind.js'

/**
 * Asks AWS Backup to stop each job, at most `deadlineMs` in all, and says for each what happened. Every stop is sent
 * at once: after a cancellation the step has seconds, and stops queued behind slow ones would never be sent. At the
 * deadline the stops still in flight are abandoned, their retries included, so none is sent after the step said so.
 * Resource types AWS Backup cannot stop (RDS, Aurora, DocumentDB, Neptune, FSx, SAP HANA) get a clear line, not a crash.
 */
export async function stopJobs(api: BackupApi, jobs: readonly StartedJob[], deadlineMs: number): Promise<StopResult[]> {
  const deadline = timeoutSignal(deadlineMs)
  return Promise.all(jobs.map((job) => stopOne(api, job, deadline, deadlineMs)))
}

async function stopOne(api: BackupApi, job: StartedJob, deadline: AbortSignal, deadlineMs: number): Promise<StopResult> {
  const label = `job ${oneLine(job.backupJobId)} for ${quote(job.resourceArn)}`
  try {
    // The signal ends an attempt in flight; the race, one the SDK holds in its back-off between attempts.
    await Promise.race([api.stop(job, deadline), whenAborted(deadline)])
    return { stopped: true, line: `Stopped ${label} (StopBackupJob accepted; it ends as ABORTED).` }
  } catch (error) {
    if (deadline.aborted) {
      return {
        stopped: false,
        line: `Could not stop ${label} within ${deadlineMs / 1000} s: AWS Backup had not answered; it may still be running.`
      }
    }
    if (errorName(error) === 'InvalidRequestException') {
      // AWS says this both for resource types it cannot stop and for a job that ended a moment ago.
      const line = `Could not stop ${label}: AWS Backup refused (${withoutTrailingPeriod(messageOf(error))}); jobs of some resource types (RDS, Aurora, DocumentDB, Neptune, FSx, SAP HANA) cannot be stopped, and a job that has just ended has nothing to stop.`
      return { stopped: false, line }
    }
    if (isUnreachable(error)) {
      const fact = unreachableFact(`AWS Backup in ${job.region}`, 'StopBackupJob', error)
      return { stopped: false, line: `Could not stop ${label}: ${fact}; it may still be running.` }
    }
    return { stopped: false, line: `Could not stop ${label}: ${withoutTrailingPeriod(messageOf(error))}; it may still be running.` }
  }
}

function whenAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason)
    else signal.addEventListener('abort', () => reject(signal.reason), { once: true })
  })
}
