import type { JobRecord } from '../shared/job.js'
import { failureOf } from '../shared/job.js'
import { messageOf } from '../shared/errorText.js'
import { oneLine, quote } from '../shared/escape.js'
import { jobReport, stepOutputs } from './jobReport.js'
import { cutValueLines } from './outputBounds.js'
import { cancelledLine } from './cancelledLine.js'
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
 * `stepError`: a failure of the whole step rather than of one job (no credentials, say).
 */
export async function reportStep(rt: ReportDeps, records: readonly JobRecord[], stepError?: string): Promise<void> {
  const reports = records.map(jobReport)
  for (const [name, value] of Object.entries(stepOutputs(reports))) rt.setOutput(name, value)
  cutValueLines(reports).forEach((line) => rt.info(oneLine(line)))
  try {
    await rt.writeSummary(stepSummaryMarkdown(records, new Date(rt.now())))
  } catch (error) {
    rt.warning(`Could not write the step summary: ${messageOf(error)}`)
  }
  if (rt.signal.aborted) rt.info(cancelledLine(records))
  const failed = records.flatMap((record) => {
    const message = failureOf(record)
    return message === undefined ? [] : [{ resourceArn: record.request.resourceArn, message }]
  })
  const messages = [...failed.map((f) => f.message), ...(stepError === undefined ? [] : [stepError])]
  if (messages.length === 1) rt.setFailed(messages[0] as string)
  if (messages.length > 1) {
    messages.forEach((message) => rt.error(message))
    rt.setFailed(
      failed.length > 0
        ? `${failed.length} of ${records.length} backup jobs did not succeed: ${failed.map((f) => quote(f.resourceArn)).join(', ')}; see the errors above.`
        : `The step failed for ${messages.length} reasons; see the errors above.`
    )
  } else if (messages.length === 0 && rt.signal.aborted) {
    rt.setFailed('The run was cancelled.')
  }
}
