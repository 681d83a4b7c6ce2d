import type { JobReport } from './jobReport.js'
import { backupJobConsoleUrl } from './arn.js'
import { markdownCell } from './escape.js'

const HEADER = ['Resource', 'Vault', 'State', 'Recovery point', 'Size', 'Duration', 'Job']

/** The step summary: one table row per job, every value escaped for markdown. */
export function stepSummaryMarkdown(reports: readonly JobReport[], partitionOf: (report: JobReport) => string, now: Date): string {
  const rows = reports.map((report) => {
    const url = report.backupJobId ? backupJobConsoleUrl(partitionOf(report), report.region, report.backupJobId) : undefined
    const job = report.backupJobId ? (url ? `[${markdownCell(report.backupJobId)}](${url})` : markdownCell(report.backupJobId)) : 'not started'
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

/** "3m 05s", "2h 10m": short enough for a table cell. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000))
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  if (h > 0) return `${h}h ${String(m).padStart(2, '0')}m`
  if (m > 0) return `${m}m ${String(s).padStart(2, '0')}s`
  return `${s}s`
}

/** Binary units, as the AWS console shows sizes. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`
}
