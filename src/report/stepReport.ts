import type { JobRecord } from '../shared/job.js'
import { failuresOf } from '../shared/job.js'
import { messageOf } from '../shared/errorText.js'
import { oneLine, quote } from '../shared/escape.js'
import { jobReport, stepOutputs } from './jobReport.js'
import { stepSummaryMarkdown } from './stepSummary.js'
import { copyOutputs, copyReports } from './copyReport.js'

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
 * `stepError`: a failure of the whole step rather than of one job (no credentials, say).
 */
export async function reportStep(
  rt: ReportDeps,
  records: readonly JobRecord[],
  stepError?: string,
  options: ReportOptions = {}
): Promise<void> {
  const outputs = { ...stepOutputs(records.map(jobReport)), ...copyOutputs(copyReports(records)) }
  for (const [name, value] of Object.entries(outputs)) {
    if (options.outputNames === undefined || options.outputNames.includes(name)) rt.setOutput(name, value)
  }
  try {
    await rt.writeSummary(stepSummaryMarkdown(records, new Date(rt.now())))
  } catch (error) {
    rt.warning(`Could not write the step summary: ${messageOf(error)}`)
  }
  if (rt.signal.aborted) {
    const started = records.filter((r) => r.backupJobId)
    const copies = records.flatMap((r) => (r.copies ?? []).flatMap((c) => (c.copyJobId ? [c.copyJobId] : [])))
    const list =
      started.map((r) => `${r.backupJobId} (${r.request.resourceArn})`).join(', ') +
      (copies.length > 0 ? `; copy jobs, which go on running: ${copies.join(', ')}` : '')
    rt.info(
      options.waitedOnly
        ? oneLine(`The run was cancelled; backup jobs this step was waiting for: ${list}.`)
        : started.length === 0
          ? 'The run was cancelled before any backup job was started.'
          : oneLine(`The run was cancelled; backup jobs started by this step: ${list}.`)
    )
  }
  const failed = records.flatMap((record) => {
    const messages = failuresOf(record)
    const what = record.request.resourceArn ? quote(record.request.resourceArn) : `job ${oneLine(record.backupJobId ?? '')}`
    return messages.length === 0 ? [] : [{ what, messages }]
  })
  const messages = [...failed.flatMap((f) => f.messages), ...(stepError === undefined ? [] : [stepError])]
  if (messages.length === 1) rt.setFailed(messages[0] as string)
  if (messages.length > 1) {
    messages.forEach((message) => rt.error(message))
    rt.setFailed(
      failed.length > 0
        ? `${failed.length} of ${records.length} ${records.some((r) => r.copies?.length) ? "resources' backups and copies" : 'backup jobs'} did not succeed: ${failed.map((f) => f.what).join(', ')}; see the errors above.`
        : `The step failed for ${messages.length} reasons; see the errors above.`
    )
  } else if (messages.length === 0 && rt.signal.aborted) {
    rt.setFailed('The run was cancelled.')
  }
}
