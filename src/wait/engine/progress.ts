/**
 * The log lines printed while waiting. Pure: the loop decides when to print them.
 * A line is printed only when something a user would care about changed, so a long job's log
 * stays short; a job whose kind notes something about its status (say, why it has not started)
 * gets that note repeated now and then while it holds.
 */
import { formatBytes, formatDuration } from '../../shared/readableUnits.js'
import { oneLine, quote } from '../../shared/escape.js'
import { JOB_STATES, type JobStatus } from '../../shared/job.js'
import { parsePercent } from './schedule.js'

/** How often to repeat a line with a note while the note holds. */
export const NOTE_REMINDER_MS = 5 * 60_000

export interface ProgressUpdate {
  /** How the job is named at the start of the line. */
  readonly label: string
  /** The status at the previous successful check; undefined at the first. */
  readonly previous?: JobStatus
  readonly next: JobStatus
  /** The kind's note on the new status, if any. */
  readonly note?: string
  /** Since the wait began. */
  readonly elapsedMs: number
  /** When the last line for this job was printed (elapsed time); undefined if none was. */
  readonly lastLineElapsedMs?: number
}

/** The line to print for this check, or undefined when nothing worth a line changed. */
export function progressLine(update: ProgressUpdate): string | undefined {
  const { previous, next, note, elapsedMs, lastLineElapsedMs } = update
  const facts = describeStatus(next)
  const changed = previous === undefined || describeStatus(previous) !== facts
  const remind = note !== undefined && (lastLineElapsedMs === undefined || elapsedMs - lastLineElapsedMs >= NOTE_REMINDER_MS)
  if (!changed && !remind) return undefined
  const explanation = note === undefined ? '' : `, ${note}`
  // The whole line through oneLine: the facts hold AWS's state and numbers unquoted.
  return oneLine(`${update.label}: ${facts}${explanation} [${formatDuration(elapsedMs)}]`)
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
    const index = (JOB_STATES as readonly string[]).indexOf(state)
    return index === -1 ? JOB_STATES.length : index
  }
  return Object.entries(counts ?? {})
    .filter(([, count]) => Number.isFinite(count) && count > 0)
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([state, count]) => `${count} ${oneLine(state)}`)
    .join(', ')
}
