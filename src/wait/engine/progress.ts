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
  /** The note at the previous check: a line is printed when the note changes. */
  readonly previousNote?: string
  /** Since the wait began. */
  readonly elapsedMs: number
  /** When the last line for this job was printed (elapsed time); undefined if none was. */
  readonly lastLineElapsedMs?: number
}

/** The line to print for this check, or undefined when nothing worth a line changed. */
export function progressLine(update: ProgressUpdate): string | undefined {
  const { previous, next, note, previousNote, elapsedMs, lastLineElapsedMs } = update
  const facts = describeStatus(next)
  const changed = previous === undefined || describeStatus(previous) !== facts || note !== previousNote
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

/** Up to this many jobs, each gets its own lines; past it, one compact line per round of status checks. */
export const COMPACT_ABOVE_JOBS = 5
/** Jobs named in a compact line's "changed:" list before "and N more". */
const NAMED_CHANGES = 10

/** One check's result, as the loop hands it over. */
export interface CheckedUpdate {
  readonly label: string
  /** A short name for compact lines ("EBS volume vol-1"); the label when absent. */
  readonly short?: string
  readonly next: JobStatus
  readonly note?: string
  readonly elapsedMs: number
}

interface Memory {
  status?: JobStatus
  lastLineElapsedMs?: number
  note?: string
  /** Compact mode: this round's check, not yet in a line. */
  pending?: CheckedUpdate & { readonly previous?: JobStatus; readonly previousNote?: string }
}

/**
 * What the wait prints as it checks jobs. Up to COMPACT_ABOVE_JOBS jobs, a line per job whenever something worth
 * a line changed (progressLine); with more, the lines of 50 jobs would bury each other, so each round of checks
 * ends in one line: how many jobs are in which state, and which changed state, plus a line for a note that is new.
 * No I/O: it hands back the lines to print.
 */
export class ProgressLog<K> {
  private readonly memory = new Map<K, Memory>()
  private readonly compact: boolean

  constructor(private readonly keys: readonly K[]) {
    this.compact = keys.length > COMPACT_ABOVE_JOBS
    keys.forEach((key) => this.memory.set(key, {}))
  }

  /** Takes in one successful check; the line to print now (none in compact mode, or when nothing changed). */
  checked(key: K, update: CheckedUpdate): string | undefined {
    const memory = this.memory.get(key) ?? {}
    this.memory.set(key, memory)
    const previous = memory.status
    const previousNote = memory.note
    memory.status = update.next
    memory.note = update.note
    if (this.compact) {
      memory.pending = {
        ...update,
        previous: memory.pending?.previous ?? previous,
        previousNote: memory.pending?.previousNote ?? previousNote
      }
      return undefined
    }
    const line = progressLine({ ...update, previous, previousNote, lastLineElapsedMs: memory.lastLineElapsedMs })
    if (line !== undefined) memory.lastLineElapsedMs = update.elapsedMs
    return line
  }

  /** The lines that end a round of checks: in compact mode, the round's line and any new notes. */
  roundEnded(elapsedMs: number): string[] {
    if (!this.compact) return []
    const checked = this.keys.flatMap((key) => {
      const memory = this.memory.get(key)
      const pending = memory?.pending
      if (memory === undefined || pending === undefined) return []
      memory.pending = undefined
      return [{ memory, pending }]
    })
    const changed = checked.filter(
      ({ pending }) => pending.previous === undefined || describeStatus(pending.previous) !== describeStatus(pending.next)
    )
    const lines: string[] = []
    if (changed.length > 0)
      lines.push(
        this.roundLine(
          changed.map((c) => c.pending),
          elapsedMs
        )
      )
    for (const { memory, pending } of checked) {
      const due = memory.lastLineElapsedMs === undefined || elapsedMs - memory.lastLineElapsedMs >= NOTE_REMINDER_MS
      if (pending.note !== undefined && (pending.note !== pending.previousNote || due)) {
        lines.push(
          oneLine(`${pending.short ?? pending.label}: ${describeStatus(pending.next)}, ${pending.note} [${formatDuration(elapsedMs)}]`)
        )
        memory.lastLineElapsedMs = elapsedMs
      }
    }
    return lines
  }

  /** "[2m 30s] 50 jobs: 3 COMPLETED, 45 RUNNING (42% done on average), 2 CREATED; changed: EBS volume vol-1 COMPLETED, …" */
  private roundLine(changed: ReadonlyArray<CheckedUpdate & { readonly previous?: JobStatus }>, elapsedMs: number): string {
    const statuses = this.keys.map((key) => this.memory.get(key)?.status)
    const counts = new Map<string, number>()
    for (const status of statuses) {
      const state = status?.state ?? 'not checked yet'
      counts.set(state, (counts.get(state) ?? 0) + 1)
    }
    const percents = statuses.flatMap((s) =>
      s?.state === 'RUNNING' && parsePercent(s.percentDone) !== undefined ? [parsePercent(s.percentDone) as number] : []
    )
    const states = formatChildCounts(Object.fromEntries(counts)).replace(
      /(\d+ RUNNING)/,
      percents.length > 0 ? `$1 (${Number((percents.reduce((a, b) => a + b, 0) / percents.length).toFixed(1))}% done on average)` : '$1'
    )
    // The first round shows every job as changed: the counts say it all.
    const first = changed.every((c) => c.previous === undefined)
    const named = changed.filter((c) => c.previous === undefined || c.previous.state !== c.next.state)
    const list = named.slice(0, NAMED_CHANGES).map((c) => `${c.short ?? c.label} ${describeStatus(c.next)}`)
    const more = named.length > NAMED_CHANGES ? `, and ${named.length - NAMED_CHANGES} more` : ''
    const changes = first || named.length === 0 ? '' : `; changed: ${list.join(', ')}${more}`
    return oneLine(`[${formatDuration(elapsedMs)}] ${this.keys.length} jobs: ${states}${changes}`)
  }
}
