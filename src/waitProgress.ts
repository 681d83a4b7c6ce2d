/**
 * The log lines printed while waiting. Pure: the loop decides when to print them.
 * A line is printed only when something a user would care about changed, so a long job's log
 * stays short; a job stuck in CREATED gets a reminder that says why it may not have started.
 */
import { formatBytes, formatDuration } from './readableUnits.js'
import { oneLine, quote } from './escape.js'
import type { JobStatus, StartedJob } from './jobTypes.js'
import { parsePercent } from './waitSchedule.js'

/** How often to repeat the "not started yet" line while a job stays CREATED. */
export const CREATED_REMINDER_MS = 5 * 60_000

const NOT_STARTED =
  'not started yet: AWS Backup runs one backup job per resource at a time, so another backup of this resource may still be running, ' +
  'or its start window has not opened yet (AWS Backup retries the start at least every 10 minutes until the window closes)'
// Known states first, in the order a job goes through them; anything else after, by name.
const STATE_ORDER = ['CREATED', 'PENDING', 'RUNNING', 'ABORTING', 'COMPLETED', 'PARTIAL', 'FAILED', 'ABORTED', 'EXPIRED']

export interface ProgressUpdate {
  readonly job: StartedJob
  /** The status at the previous successful check; undefined at the first. */
  readonly previous?: JobStatus
  readonly next: JobStatus
  /** Since the wait began. */
  readonly elapsedMs: number
  /** When the last line for this job was printed (elapsed time); undefined if none was. */
  readonly lastLineElapsedMs?: number
}

/** The line to print for this check, or undefined when nothing worth a line changed. */
export function progressLine(update: ProgressUpdate): string | undefined {
  const { previous, next, elapsedMs, lastLineElapsedMs } = update
  const facts = describeStatus(next)
  const changed = previous === undefined || describeStatus(previous) !== facts
  const stillCreated = next.state === 'CREATED' && (lastLineElapsedMs === undefined || elapsedMs - lastLineElapsedMs >= CREATED_REMINDER_MS)
  if (!changed && !stillCreated) return undefined
  const explanation = next.state === 'CREATED' ? `, ${NOT_STARTED}` : ''
  // The whole line through oneLine: the facts hold AWS's state and numbers unquoted.
  return oneLine(`${jobLabel(update.job)}: ${facts}${explanation} [${formatDuration(elapsedMs)}]`)
}

/**
 * How a job is named at the start of a line. An ARN (which AWS accepted, so it starts with "arn:")
 * is shown as is, for readability; anything else is quoted so that it cannot start a runner command.
 */
export function jobLabel(job: StartedJob): string {
  const arn = job.resourceArn.startsWith('arn:') ? job.resourceArn : quote(job.resourceArn)
  return oneLine(`${arn} (job ${job.backupJobId})`)
}

/** The facts of a status in one line: "RUNNING, 42% done, 1.2 GiB transferred, child jobs: 1 RUNNING — "message"". */
export function describeStatus(status: JobStatus): string {
  const parts = [status.state ? oneLine(status.state) : 'state unknown']
  const percent = formatPercent(status.percentDone)
  if (percent !== undefined) parts.push(`${percent} done`)
  if (status.bytesTransferred !== undefined && status.bytesTransferred > 0)
    parts.push(`${formatBytes(status.bytesTransferred)} transferred`)
  const children = formatChildCounts(status.childJobsInState)
  if (children) parts.push(`child jobs: ${children}`)
  const message = status.statusMessage ? ` — ${quote(status.statusMessage, 200)}` : ''
  return `${parts.join(', ')}${message}`
}

/** "42%", "42.5%" from PercentDone ("42.0", "42.54"); undefined when it is not a percentage. */
export function formatPercent(percentDone: string | undefined): string | undefined {
  const percent = parsePercent(percentDone)
  return percent === undefined ? undefined : `${Number(percent.toFixed(1))}%`
}

/** "3 RUNNING, 1 COMPLETED": the non-zero counts, in the order a job goes through its states. */
export function formatChildCounts(counts: Readonly<Record<string, number>> | undefined): string {
  const rank = (state: string): number => {
    const index = STATE_ORDER.indexOf(state)
    return index === -1 ? STATE_ORDER.length : index
  }
  return Object.entries(counts ?? {})
    .filter(([, count]) => Number.isFinite(count) && count > 0)
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([state, count]) => `${count} ${oneLine(state)}`)
    .join(', ')
}
