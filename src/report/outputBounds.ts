/**
 * Bounds on what one job puts into the outputs. A value from AWS may be of any length (a 1 MB StatusMessage went
 * whole into two outputs, 2.1 MB of GITHUB_OUTPUT, where GitHub keeps 1 MB of outputs per job); each value is cut at
 * MAX_OUTPUT_VALUE characters, far above any real status message or ARN, and says so where it was cut.
 */
import type { JobReport } from './jobReport.js'

export const MAX_OUTPUT_VALUE = 2_048

// How the log names a field of the report that was cut.
const FIELD_NAMES: Readonly<Record<string, string>> = {
  statusMessage: 'status message',
  recoveryPointArn: 'recovery point ARN',
  backupJobId: 'job id',
  percentDone: 'percent done',
  state: 'state'
}

/** The value, or its first MAX_OUTPUT_VALUE characters and a note of its whole length. */
export function boundedValue(value: string): string {
  if (value.length <= MAX_OUTPUT_VALUE) return value
  // Not between the two halves of a surrogate pair.
  const end = /[\ud800-\udbff]/.test(value[MAX_OUTPUT_VALUE - 1] ?? '') ? MAX_OUTPUT_VALUE - 1 : MAX_OUTPUT_VALUE
  return `${value.slice(0, end)}… [cut: ${count(value.length)} characters in all]`
}

/** The report with every string cut to the bound. */
export function boundedReport(report: JobReport): JobReport {
  const entries = Object.entries(report).map(([key, value]) => [key, typeof value === 'string' ? boundedValue(value) : value])
  return Object.fromEntries(entries) as JobReport
}

/** A line for the log for each value the outputs hold only part of. */
export function cutValueLines(reports: readonly JobReport[]): string[] {
  return reports.flatMap((report) =>
    Object.entries(report).flatMap(([key, value]) =>
      typeof value === 'string' && value.length > MAX_OUTPUT_VALUE
        ? [
            `The ${FIELD_NAMES[key] ?? key} of the job for ${report.resourceArn} has ${count(value.length)} characters; the outputs hold its first ${count(MAX_OUTPUT_VALUE)}.`
          ]
        : []
    )
  )
}

function count(n: number): string {
  return n.toLocaleString('en-US')
}
