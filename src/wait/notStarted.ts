/**
 * Why a backup job has not started: said only once it has stayed CREATED for more than a minute (before that,
 * CREATED is a job about to start), and then naming the job that runs on its resource, when AWS lists one.
 */
import type { StartedJob, JobStatus, ChildJob } from '../shared/job.js'
import { formatDuration } from '../shared/readableUnits.js'
import { oneLine } from '../shared/escape.js'

export const NOT_STARTED_AFTER_MS = 60_000

const WHY =
  'AWS Backup runs one backup job per resource at a time, so another backup of this resource may still be running, ' +
  'or its start window has not opened yet (AWS Backup retries the start at least every 10 minutes until the window closes)'

/** The note for a job CREATED since `createdForMs`, and the job found running on its resource (if looked up). */
export function notStartedNote(createdForMs: number, running: ChildJob | undefined): string | undefined {
  if (createdForMs <= NOT_STARTED_AFTER_MS) return undefined
  const since = `not started after ${formatDuration(createdForMs)}`
  if (running === undefined) return `${since}: ${WHY}`
  return oneLine(
    `${since}: AWS Backup runs one backup job per resource at a time, and job ${running.backupJobId} is running on this resource; this one starts when that one ends, or expires when its start window closes`
  )
}

/** What the watch needs: a clock, and a way to list the jobs running on a resource (absent: never looked up). */
export interface NotStartedDeps {
  now(): number
  jobsRunningOn?(job: StartedJob): Promise<ChildJob[]>
}

/**
 * Remembers, per job, since when the wait has seen it CREATED, and looks up once (after a minute) which job runs
 * on its resource. `seen` goes after each status check; `note` gives the note for the latest one.
 */
export function notStartedWatch(deps: NotStartedDeps): {
  seen(job: StartedJob, status: JobStatus): Promise<void>
  note(status: JobStatus, job: StartedJob): string | undefined
} {
  const since = new Map<string, number>()
  const running = new Map<string, ChildJob | undefined>()
  return {
    async seen(job, status) {
      if (status.state !== 'CREATED') {
        since.delete(job.backupJobId)
        return
      }
      const first = since.get(job.backupJobId) ?? deps.now()
      since.set(job.backupJobId, first)
      if (deps.now() - first <= NOT_STARTED_AFTER_MS || running.has(job.backupJobId) || !deps.jobsRunningOn) return
      // Asked once: a failed look-up only leaves the note without a name.
      running.set(job.backupJobId, undefined)
      const jobs = await deps.jobsRunningOn(job).catch(() => [])
      running.set(job.backupJobId, jobs[0])
    },
    note(status, job) {
      const first = since.get(job.backupJobId)
      if (status.state !== 'CREATED' || first === undefined) return undefined
      return notStartedNote(deps.now() - first, running.get(job.backupJobId))
    }
  }
}
