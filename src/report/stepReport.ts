import type { JobRecord } from '../shared/job.js'
import { failuresOf as failuresOfRecord } from '../shared/job.js'
import { messageOf } from '../shared/errorText.js'
import { oneLine } from '../shared/escape.js'
import { errorAnnotations, namesOf, type AnnotationSink, type ErrorAnnotations, type Failure } from './annotations.js'
import { jobReport, stepOutputs } from './jobReport.js'
import { cutValueLines } from './outputBounds.js'
import { cancelledLine } from './cancelledLine.js'
import { stepSummaryMarkdown } from './stepSummary.js'
import { copyOutputs, copyReports } from './copyReport.js'
import { rerunNote } from './rerunNote.js'

/** What the report writes to: the runner's outputs, summary and annotations. */
export interface ReportDeps {
  readonly signal: AbortSignal
  setOutput(name: string, value: string): void
  writeSummary(markdown: string): Promise<void>
  now(): number
  info(message: string): void
  warning(message: string): void
  error(message: string): void
  setFailed(message: string): void
}

export interface ReportOptions {
  /** The outputs this step declares, when not every one the report knows. */
  readonly outputNames?: readonly string[]
  /** The step waited for jobs that another step started. */
  readonly waitedOnly?: boolean
}

/**
 * Outputs and the step summary, written whether the step succeeds or fails; then the step's verdict.
 * `stepError`: a failure of the whole step rather than of one job (a bad input, no credentials, say).
 * `annotations`: what was already reported while the step ran (reportStartFailures), so nothing is said twice.
 */
export async function reportStep(
  rt: ReportDeps,
  records: readonly JobRecord[],
  stepError?: string,
  annotations: ErrorAnnotations = errorAnnotations(rt),
  options: ReportOptions = {}
): Promise<void> {
  const reports = records.map(jobReport)
  const outputs = { ...stepOutputs(reports), ...copyOutputs(copyReports(records)) }
  for (const [name, value] of Object.entries(outputs)) {
    if (options.outputNames === undefined || options.outputNames.includes(name)) rt.setOutput(name, value)
  }
  cutValueLines(reports).forEach((line) => rt.info(oneLine(line)))
  try {
    await rt.writeSummary(stepSummaryMarkdown(records, new Date(rt.now()), { cancelled: rt.signal.aborted, stepError }))
  } catch (error) {
    rt.warning(`Could not write the step summary: ${messageOf(error)}`)
  }
  if (rt.signal.aborted) rt.info(cancelledLine(records, options.waitedOnly))
  const failed = failuresOf(records)
  const all: Failure[] = [...failed, ...(stepError === undefined ? [] : [{ message: stepError }])]
  const fresh = all.filter((f) => !annotations.reported(f))
  if (all.length === 0) {
    if (rt.signal.aborted) rt.setFailed('The run was cancelled.')
    return
  }
  // What a re-run of the failed attempt would do to the jobs already made, said in the step's error.
  const withNote = (message: string): string => [message, rerunNote(records)].filter(Boolean).join(' ')
  if (all.length === 1 && fresh.length === 1) return rt.setFailed(withNote(fresh[0]?.message ?? ''))
  // The verdict is an annotation too: it is counted among the ten.
  const verdict =
    failed.length > 0
      ? `${new Set(failed.map((f) => f.request)).size} of ${records.length} ${records.some((r) => r.copies?.length) ? "resources' backups and copies" : 'backup jobs'} did not succeed: ${namesOf(failed)}`
      : `The step failed for ${all.length} reasons`
  const each = annotations.report(fresh, 1)
  annotations.used()
  rt.setFailed(withNote(`${verdict}; ${each ? `see the error${all.length === 1 ? '' : 's'} above` : 'each reason is in the log above'}.`))
}

/**
 * Before a wait, the starts that failed: reported now rather than after the wait, which may take hours. One
 * annotation is kept for the step's verdict at the end.
 */
export function reportStartFailures(rt: AnnotationSink, records: readonly JobRecord[], annotations: ErrorAnnotations): void {
  const failed = failuresOf(records)
  if (failed.length === 0) return
  if (!annotations.report(failed, 1)) {
    annotations.used()
    rt.error(`${failed.length} of ${records.length} backup jobs failed to start: ${namesOf(failed)}; each reason is in the log above.`)
  }
}

/** Each record's failures, its backup's and then its copies': one request may have several. */
function failuresOf(records: readonly JobRecord[]): Failure[] {
  return records.flatMap((record) => {
    const name = record.request.resourceArn ? undefined : `job ${oneLine(record.backupJobId ?? '')}`
    return failuresOfRecord(record).map((message) => ({ request: record.request, message, ...(name && { name }) }))
  })
}
