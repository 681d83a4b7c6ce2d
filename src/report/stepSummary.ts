/**
 * The step summary. It answers "did it work?" first: a verdict, then one row per job with a mark and the reason,
 * short resource names linked to the job in the AWS console, a timeline of a wait over several jobs, and the full
 * ARNs and ids folded away below. Pure; every value from outside is escaped for markdown (or for Mermaid) here.
 *
 * Rows are built per record (summaryRows), so that other kinds of job (copies) can add rows next to their backup.
 */
import type { JobRecord } from '../shared/job.js'
import { backupJobConsoleUrl } from '../shared/consoleUrl.js'
import { markdownCell, markdownCode } from '../shared/escape.js'
import { formatBytes, jobDuration } from '../shared/readableUnits.js'
import { resourceLabel, shortId } from '../shared/resourceLabel.js'
import { summaryTimeline } from './summaryTimeline.js'
import { copyMark, copyRows } from './copySummary.js'

export interface SummaryOptions {
  /** The run was cancelled. */
  readonly cancelled?: boolean
  /** Why the whole step failed rather than one job (a bad input, no credentials). */
  readonly stepError?: string
}

/** How a row went: a verdict, or "started" for a job the step did not wait for. */
export type RowMark = 'success' | 'warning' | 'failure' | 'started'

export const MARKS: Readonly<Record<RowMark, string>> = { success: '✅', warning: '⚠️', failure: '❌', started: '⏳' }

export interface SummaryRow {
  readonly mark: RowMark
  /** Markdown, escaped. */
  readonly cells: readonly string[]
}

const HEADER = ['', 'Resource', 'State', 'Recovery point', 'Size', 'Duration', 'Reason']

export function stepSummaryMarkdown(records: readonly JobRecord[], now: Date, options: SummaryOptions = {}): string {
  // A resource whose copy failed did not get what was asked for either.
  const marks = records.map((record) => worst([markOf(record), ...(record.copies ?? []).map(copyMark)]))
  const lines = [`### ${verdictLine(marks, options)}`, '']
  const notes = stopNotes(records, options)
  if (notes.length > 0) lines.push(notes.join(' '), '')
  if (options.stepError !== undefined) lines.push(markdownCell(options.stepError), '')
  if (records.length > 0) {
    const vaults = [...new Set(records.map((r) => r.request.backupVaultName))].map(markdownCell)
    lines.push(`Backup vault: ${vaults.join(', ')}.`, '')
    const rows = records.flatMap((record) => summaryRows(record, now))
    lines.push(
      ...table(
        HEADER,
        rows.map((row) => [MARKS[row.mark], ...row.cells])
      ),
      ''
    )
    const timeline = summaryTimeline(records, now)
    if (timeline.length > 0) lines.push(...timeline, '')
    lines.push(...details(records), '')
  }
  return lines.join('\n')
}

const ORDER: readonly RowMark[] = ['failure', 'started', 'warning', 'success']

function worst(marks: readonly RowMark[]): RowMark {
  return ORDER.find((mark) => marks.includes(mark)) ?? 'success'
}

/** The rows of one record: its backup job, then its copies. */
export function summaryRows(record: JobRecord, now: Date): SummaryRow[] {
  const { request, backupJobId, status } = record
  const mark = markOf(record)
  const url = backupJobId ? backupJobConsoleUrl(request.partition, request.region, backupJobId) : undefined
  const label = markdownCell(resourceLabel(request.resourceArn))
  // The link's title holds the whole ARN, which the table leaves out so that rows stay one line high.
  const resource = url ? `[${label}](${url} "${titleText(request.resourceArn)}")` : label
  const usable = mark === 'success' || mark === 'warning' || mark === 'started'
  const recoveryPoint = usable && status?.recoveryPointArn ? markdownCell(shortId(status.recoveryPointArn)) : ''
  return [
    {
      mark,
      cells: [
        resource,
        markdownCell(stateOf(record)),
        recoveryPoint,
        status?.backupSizeInBytes === undefined ? '' : formatBytes(status.backupSizeInBytes),
        jobDuration(status?.creationDate, status?.completionDate, now),
        markdownCell(reasonOf(record))
      ]
    },
    ...copyRows(record, now)
  ]
}

export function markOf(record: JobRecord): RowMark {
  if (record.startError !== undefined) return 'failure'
  if (record.verdict) return record.verdict.verdict
  return record.backupJobId === undefined ? 'failure' : 'started'
}

function verdictLine(marks: readonly RowMark[], options: SummaryOptions): string {
  const total = marks.length
  const failed = marks.filter((m) => m === 'failure').length
  const warned = marks.filter((m) => m === 'warning').length
  const started = marks.filter((m) => m === 'started').length
  const jobs = (n: number): string => `${n} backup job${n === 1 ? '' : 's'}`
  if (total === 0) return `${MARKS.failure} AWS Backup: the step failed before it started any backup job`
  if (failed > 0)
    return `${MARKS.failure} AWS Backup: ${failed === total ? `${total === 1 ? 'the' : 'all'} ${jobs(total)}` : `${failed} of ${jobs(total)}`} did not succeed`
  if (options.stepError !== undefined) return `${MARKS.failure} AWS Backup: the step failed`
  if (started > 0) {
    const ended = total - started
    return `${MARKS.started} AWS Backup: ${jobs(total)} started${ended === 0 ? '; the step did not wait for them to end' : `, ${ended} ended well`}`
  }
  const all = total === 1 ? `the ${jobs(1)}` : `all ${jobs(total)}`
  return warned > 0
    ? `${MARKS.warning} AWS Backup: ${all} succeeded, ${warned} with warnings`
    : `${MARKS.success} AWS Backup: ${all} succeeded`
}

/** "The wait timed out after 1h 00m 00s." / "The run was cancelled.": why jobs were left unfinished. */
function stopNotes(records: readonly JobRecord[], options: SummaryOptions): string[] {
  const why = [...new Set(records.flatMap((r) => (r.verdict?.cutShort ? [r.verdict.cutShort] : [])))]
  const notes = why.map((w) => `**${markdownCell(w)}.**`)
  if (options.cancelled && notes.length === 0) notes.push('**The run was cancelled.**')
  return notes
}

function stateOf({ backupJobId, status, startError }: JobRecord): string {
  if (backupJobId === undefined || startError !== undefined) return 'not started'
  const state = status?.state ?? 'unknown'
  const issues = state === 'COMPLETED' && status?.messageCategory && status.messageCategory !== 'SUCCESS'
  return issues ? 'COMPLETED with issues' : state
}

function reasonOf(record: JobRecord): string {
  if (record.startError !== undefined) return record.startError
  const reason = record.verdict?.reason ?? (record.verdict?.verdict === 'success' ? '' : (record.verdict?.message ?? ''))
  if (!record.replayed) return reason
  const created = record.status?.creationDate
  const when = created && !Number.isNaN(created.getTime()) ? `, created at ${created.toISOString()},` : ''
  const replay = `AWS returned the existing job${when} for idempotency token ${record.request.idempotencyToken}; no new backup was started.`
  return reason ? `${replay} ${reason}` : replay
}

function details(records: readonly JobRecord[]): string[] {
  const rows = records.map(({ request, backupJobId, status }) => [
    markdownCode(request.resourceArn),
    backupJobId ? markdownCode(backupJobId) : '',
    status?.recoveryPointArn ? markdownCode(status.recoveryPointArn) : '',
    markdownCode(request.idempotencyToken),
    markdownCell(request.region)
  ])
  return [
    '<details><summary>Full ARNs and ids</summary>',
    '',
    ...table(['Resource ARN', 'Backup job', 'Recovery point ARN', 'Idempotency token', 'Region'], rows),
    '',
    '</details>'
  ]
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`)
}

/** A link title: inside double quotes, so no quote, backslash or newline of its own; escaped for the table too. */
function titleText(value: string): string {
  return markdownCell(value.replace(/["\\]/g, ''))
}
