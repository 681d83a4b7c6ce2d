import type { JobRecord } from '../shared/job.js'
import { failureOf } from '../shared/job.js'
import { messageOf } from '../shared/errorText.js'
import { oneLine } from '../shared/escape.js'
import { errorAnnotations, namesOf, type AnnotationSink, type ErrorAnnotations, type Failure } from './annotations.js'
import { jobReport, stepOutputs } from './jobReport.js'
import { stepSummaryMarkdown } from './stepSummary.js'

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

/**
 * Outputs and the step summary, written whether the step succeeds or fails; then the step's verdict.
 * `stepError`: a failure of the whole step rather than of one job (a bad input, no credentials, say).
 * `annotations`: what was already reported while the step ran (reportStartFailures), so nothing is said twice.
 */
export async function reportStep(
  rt: ReportDeps,
  records: readonly JobRecord[],
  stepError?: string,
  annotations: ErrorAnnotations = errorAnnotations(rt)
): Promise<void> {
  for (const [name, value] of Object.entries(stepOutputs(records.map(jobReport)))) rt.setOutput(name, value)
  try {
    await rt.writeSummary(stepSummaryMarkdown(records, new Date(rt.now()), { cancelled: rt.signal.aborted, stepError }))
  } catch (error) {
    rt.warning(`Could not write the step summary: ${messageOf(error)}`)
  }
  if (rt.signal.aborted) {
    const started = records.filter((r) => r.backupJobId)
    rt.info(
      started.length === 0
        ? 'The run was cancelled before any backup job was started.'
        : oneLine(
            `The run was cancelled; backup jobs started by this step: ${started.map((r) => `${r.backupJobId} (${r.request.resourceArn})`).join(', ')}.`
          )
    )
  }
  const failed = failuresOf(records)
  const all: Failure[] = [...failed, ...(stepError === undefined ? [] : [{ message: stepError }])]
  const fresh = all.filter((f) => !annotations.reported(f))
  if (all.length === 0) {
    if (rt.signal.aborted) rt.setFailed('The run was cancelled.')
    return
  }
  if (all.length === 1 && fresh.length === 1) return rt.setFailed(fresh[0]?.message ?? '')
  // The verdict is an annotation too: it is counted among the ten.
  const verdict =
    failed.length > 0
      ? `${failed.length} of ${records.length} backup jobs did not succeed: ${namesOf(failed)}`
      : `The step failed for ${all.length} reasons`
  const each = annotations.report(fresh, 1)
  annotations.used()
  rt.setFailed(`${verdict}; ${each ? `see the error${all.length === 1 ? '' : 's'} above` : 'each reason is in the log above'}.`)
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

function failuresOf(records: readonly JobRecord[]): Failure[] {
  return records.flatMap((record) => {
    const message = failureOf(record)
    return message === undefined ? [] : [{ request: record.request, message }]
  })
}
