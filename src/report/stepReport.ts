import type { JobRecord } from '../shared/job.js'
import { failureOf } from '../shared/job.js'
import { messageOf } from '../shared/errorText.js'
import { oneLine, quote } from '../shared/escape.js'
import { jobReport, stepOutputs } from './jobReport.js'
import { stepSummaryMarkdown } from './stepSummary.js'
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

/**
 * Outputs and the step summary, written whether the step succeeds or fails; then the step's verdict.
 * `stepError`: a failure of the whole step rather than of one job (no credentials, say).
 */
export async function reportStep(rt: ReportDeps, records: readonly JobRecord[], stepError?: string): Promise<void> {
  for (const [name, value] of Object.entries(stepOutputs(records.map(jobReport)))) rt.setOutput(name, value)
  try {
    await rt.writeSummary(stepSummaryMarkdown(records, new Date(rt.now())))
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
  const failed = records.flatMap((record) => {
    const message = failureOf(record)
    return message === undefined ? [] : [{ resourceArn: record.request.resourceArn, message }]
  })
  const messages = [...failed.map((f) => f.message), ...(stepError === undefined ? [] : [stepError])]
  // What a re-run of the failed attempt would do to the jobs already made, said in the step's error.
  const withNote = (message: string): string => [message, rerunNote(records)].filter(Boolean).join(' ')
  if (messages.length === 1) rt.setFailed(withNote(messages[0] as string))
  if (messages.length > 1) {
    messages.forEach((message) => rt.error(message))
    rt.setFailed(
      withNote(
        failed.length > 0
          ? `${failed.length} of ${records.length} backup jobs did not succeed: ${failed.map((f) => quote(f.resourceArn)).join(', ')}; see the errors above.`
          : `The step failed for ${messages.length} reasons; see the errors above.`
      )
    )
  } else if (messages.length === 0 && rt.signal.aborted) {
    rt.setFailed(withNote('The run was cancelled.'))
  }
}
