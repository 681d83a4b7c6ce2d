import type { JobRecord } from '../shared/job.js'
import { backupJobConsoleUrl } from '../shared/consoleUrl.js'
import { markdownCell } from '../shared/escape.js'
import { formatBytes, formatDuration } from '../shared/readableUnits.js'

const HEADER = ['Resource', 'Vault', 'State', 'Recovery point', 'Size', 'Duration', 'Job']

/** The step summary: one table row per job, every value escaped for markdown; why a job did not start, below. */
export function stepSummaryMarkdown(records: readonly JobRecord[], now: Date): string {
  const rows = records.map(({ request, backupJobId, status }) => {
    const url = backupJobId ? backupJobConsoleUrl(request.partition, request.region, backupJobId) : undefined
    const job = backupJobId ? (url ? `[${markdownCell(backupJobId)}](${url})` : markdownCell(backupJobId)) : 'not started'
    return [
      markdownCell(request.resourceArn),
      markdownCell(request.backupVaultName),
      markdownCell(status?.state ?? (backupJobId ? 'unknown' : 'not started')),
      status?.recoveryPointArn ? markdownCell(status.recoveryPointArn) : '',
      status?.backupSizeInBytes === undefined ? '' : formatBytes(status.backupSizeInBytes),
      duration(status?.creationDate, status?.completionDate, now),
      job
    ]
  })
  const lines = [HEADER, HEADER.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`)
  const notStarted = records.flatMap((r) => (r.startError ? [`- ${markdownCell(r.startError)}`] : []))
  return [`### AWS Backup jobs`, '', ...lines, '', ...notStarted, ''].join('\n')
}

function duration(created: Date | undefined, completed: Date | undefined, now: Date): string {
  if (!created || Number.isNaN(created.getTime())) return ''
  return formatDuration((completed ?? now).getTime() - created.getTime())
}
