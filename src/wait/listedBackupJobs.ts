/**
 * Backup jobs read many at a time: one ListBackupJobs query per vault and region, for the jobs created between the
 * first and the last of those being waited on. Pure: the queries to make, and each job's answer from what they list.
 */
import type { JobListQuery } from '../aws/backupApi.js'
import type { JobStatus, ListedJob, StartedJob } from '../shared/job.js'
import type { Watched } from './engine/jobKind.js'

// The creation dates are AWS's, as are the filters it compares them with (strictly): a second either side keeps the
// first and the last job in, and lets in few jobs of other callers.
const MARGIN_MS = 1000

/** One query per vault and region of these jobs, over their creation dates; none for jobs whose date is unknown. */
export function listQueries(jobs: readonly Watched<StartedJob>[]): JobListQuery[] {
  const spans = new Map<string, { region: string; backupVaultName: string; first: number; last: number }>()
  for (const { job, status } of jobs) {
    const created = status.creationDate?.getTime()
    if (created === undefined || !Number.isFinite(created)) continue
    const key = JSON.stringify([job.region, job.backupVaultName])
    const span = spans.get(key)
    if (span === undefined) spans.set(key, { region: job.region, backupVaultName: job.backupVaultName, first: created, last: created })
    else {
      span.first = Math.min(span.first, created)
      span.last = Math.max(span.last, created)
    }
  }
  return [...spans.values()].map(({ region, backupVaultName, first, last }) => ({
    region,
    backupVaultName,
    createdAfter: new Date(first - MARGIN_MS),
    createdBefore: new Date(last + MARGIN_MS)
  }))
}

/**
 * Each job's status as listed, in the order given; undefined for a job not listed (yet: a new job can take seconds
 * to appear) and for a parent job, whose child counts only DescribeBackupJob gives.
 */
export function answersFrom(jobs: readonly Watched<StartedJob>[], listed: readonly ListedJob[]): (JobStatus | undefined)[] {
  const byId = new Map(listed.map((item) => [item.backupJobId, item.status]))
  return jobs.map(({ job, status }) => {
    const found = byId.get(job.backupJobId)
    return found === undefined || found.isParent === true || status.isParent === true ? undefined : found
  })
}
