import type { JobReport } from './jobReport.js'
import { backupJobConsoleUrl } from './arn.js'
import { markdownCell } from './escape.js'
import { formatBytes, formatDuration } from './readableUnits.js'

const HEADER = ['Resource', 'Vault', 'State', 'Recovery point', 'Size', 'Duration', 'Job']

/** The step summary: one table row per job, every value escaped for markdown. */
export function stepSummaryMarkdown(reports: readonly JobReport[], partitionOf: (report: JobReport) => string, now: Date): string {
  const rows = reports.map((report) => {
    const url = report.backupJobId ? backupJobConsoleUrl(partitionOf(report), report.region, report.backupJobId) : undefined
    const job = report.backupJobId
      ? url
        ? `[${markdownCell(report.backupJobId)}](${url})`
        : markdownCell(report.backupJobId)
      : 'not started'
    return [
      markdownCell(report.resourceArn),
      markdownCell(report.backupVaultName),
      markdownCell(report.state ?? (report.backupJobId ? 'unknown' : 'not started')),
      report.recoveryPointArn ? markdownCell(report.recoveryPointArn) : '',
      report.backupSizeInBytes === null ? '' : formatBytes(report.backupSizeInBytes),
      duration(report, now),
      job
    ]
  })
  const lines = [HEADER, HEADER.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`)
  const failed = reports.filter((r) => r.statusMessage && !r.backupJobId)
  return [`### AWS Backup jobs`, '', ...lines, '', ...failed.map((r) => `- ${markdownCell(r.statusMessage ?? '')}`), ''].join('\n')
}

function duration(report: JobReport, now: Date): string {
  if (!report.creationDate) return ''
  const end = report.completionDate ? new Date(report.completionDate) : now
  return formatDuration(end.getTime() - new Date(report.creationDate).getTime())
}
