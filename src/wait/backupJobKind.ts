/**
 * Backup jobs as the wait engine sees them: read with one ListBackupJobs per region and round, and with
 * DescribeBackupJob for those the list does not show yet and for parent jobs; stopped with StopBackupJob.
 */
import type { BackupApi } from '../aws/backupApi.js'
import { describeAwsError, jobContext } from '../aws/awsErrors.js'
import { isTransientAwsError } from '../aws/transientErrors.js'
import { isTerminal, type JobStatus, type StartedJob } from '../shared/job.js'
import { resourceLabel } from '../shared/resourceLabel.js'
import { notStartedWatch } from './notStarted.js'
import { oneLine, quote } from '../shared/escape.js'
import type { JobKind, WatchedKind } from './engine/jobKind.js'
import { judgeJob } from './backupVerdicts.js'
import { stopJobs } from './stopBackupJobs.js'
import { answersFrom, listQueries } from './listedBackupJobs.js'

/**
 * How a job is named at the start of a line. An ARN (which AWS accepted, so it starts with "arn:")
 * is shown as is, for readability; anything else is quoted so that it cannot start a runner command.
 */
export function jobLabel(job: StartedJob): string {
  const arn = job.resourceArn.startsWith('arn:') ? job.resourceArn : quote(job.resourceArn)
  return oneLine(`${arn} (job ${job.backupJobId})`)
}

/** What the polling loop needs of a backup job, but for the call that reads it and the note on a job not started. */
export const BACKUP_JOB_LOOKS: Omit<WatchedKind<StartedJob>, 'describe'> = {
  isTerminal,
  label: jobLabel,
  shortLabel: (job: StartedJob) => oneLine(resourceLabel(job.resourceArn)),
  isTransientError: isTransientAwsError
}

export interface BackupJobLog {
  info(message: string): void
  warning(message: string): void
  /** The wait's clock, for how long a job has not started. */
  now?(): number
}

export function backupJobKind(
  api: BackupApi,
  settings: { readonly allowPartial: boolean; readonly iamRoleArn?: string },
  log: BackupJobLog
): JobKind<StartedJob> {
  const notStarted = notStartedWatch({ now: () => (log.now ? log.now() : Date.now()), jobsRunningOn: api.jobsRunningOn?.bind(api) })
  return {
    ...BACKUP_JOB_LOOKS,
    noun: 'backup job',
    service: 'AWS Backup',
    describe: async (job, signal) => {
      const status = await api.describe(job, signal)
      await notStarted.seen(job, status)
      return status
    },
    note: notStarted.note,
    batch: {
      key: (job) => job.region,
      describeMany: async (jobs, signal) => {
        const listed = await Promise.all(listQueries(jobs).map((query) => api.listJobs(query, signal)))
        const answers = answersFrom(jobs, listed.flat())
        await Promise.all(jobs.map(({ job }, i) => (answers[i] === undefined ? undefined : notStarted.seen(job, answers[i] as JobStatus))))
        return answers
      },
      describeError: (region, error) =>
        describeAwsError(error, { operation: 'ListBackupJobs', region, backupVaultName: '', iamRoleArn: settings.iamRoleArn })
    },
    judge: (job, status) => judgeJob(job, status, { allowPartial: settings.allowPartial }),
    describeError: (job, error) => describeAwsError(error, { ...jobContext(settings, job), operation: 'DescribeBackupJob' }),
    stop: (jobs, deadlineMs) => stopJobs(api, jobs, deadlineMs),
    afterJudged: async (job, status) => {
      if (status.isParent) await logChildren(api, settings, job, log)
    }
  }
}

/** A composite job's children, listed once it ends, so a user sees which resources failed. */
async function logChildren(api: BackupApi, settings: { readonly iamRoleArn?: string }, job: StartedJob, log: BackupJobLog): Promise<void> {
  try {
    const children = await api.listChildren(job)
    log.info(`${jobLabel(job)} has ${children.length} child job${children.length === 1 ? '' : 's'}:`)
    for (const child of children) {
      const message = child.statusMessage ? ` - ${child.statusMessage}` : ''
      log.info(oneLine(`  ${child.backupJobId} ${child.resourceArn ?? ''}: ${child.state ?? 'unknown'}${message}`))
    }
  } catch (error) {
    log.warning(describeAwsError(error, { ...jobContext(settings, job), operation: 'ListBackupJobs' }))
  }
}
