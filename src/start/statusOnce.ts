import type { BackupApi } from '../aws/backupApi.js'
import type { Settings } from '../inputs/settings.js'
import type { JobStatus, StartedJob } from '../shared/job.js'
import { describeAwsError, jobContext } from '../aws/awsErrors.js'
import { oneLine } from '../shared/escape.js'

/**
 * Without wait, one status check per job once it started fills in its state and, where known, its recovery point.
 * Undefined (with a warning) when it cannot be read: the job id is reported either way.
 */
export function statusOnce(
  api: BackupApi,
  settings: Settings,
  rt: { readonly signal: AbortSignal; warning(message: string): void }
): (job: StartedJob) => Promise<JobStatus | undefined> {
  return async (job) => {
    if (rt.signal.aborted) return undefined
    try {
      return await api.describe(job)
    } catch (error) {
      // A check abandoned because the run was cancelled is no news.
      if (!rt.signal.aborted) {
        const problem = describeAwsError(error, { ...jobContext(settings, job), operation: 'DescribeBackupJob' })
        rt.warning(`Started job ${oneLine(job.backupJobId)}, but ${problem}`)
      }
      return undefined
    }
  }
}
