import type { JobRecord, JobStatus } from '../shared/job.js'
import { backupJobConsoleUrl, copyJobConsoleUrl } from '../shared/consoleUrl.js'
import { markdownCell } from '../shared/escape.js'
import { formatBytes, formatDuration } from '../shared/readableUnits.js'

const HEADER = ['Resource', 'Vault', 'State', 'Recovery point', 'Size', 'Duration', 'Job']

/** The step summary: one table row per job, every value escaped for markdown; why a job did not start, below. */
export function stepSummaryMarkdown(records: readonly JobRecord[], now: Date): string {
  const rows = records.flatMap((record) => [backupRow(record, now), ...copyRows(record, now)])
  const lines = [HEADER, HEADER.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`)
  const notStarted = records.flatMap((r) =>
    [r.startError, ...(r.copies ?? []).map((c) => c.startError)].flatMap((e) => (e ? [`- ${markdownCell(e)}`] : []))
  )
  return [`### AWS Backup jobs`, '', ...lines, '', ...notStarted, ''].join('\n')
}

function backupRow({ request, backupJobId, status }: JobRecord, now: Date): string[] {
  const url = backupJobId ? backupJobConsoleUrl(request.partition, request.region, backupJobId) : undefined
  return row(markdownCell(request.resourceArn), request.backupVaultName, backupJobId, url, status, now)
}

/** Each copy on a row of its own, right below its backup: "↳ copy to <region>:<account>", its vault, its job. */
function copyRows(record: JobRecord, now: Date): string[][] {
  return (record.copies ?? []).map(({ request, copyJobId, status }) => {
    const [, , , region, account, ...rest] = request.destinationBackupVaultArn.split(':')
    const url = copyJobId ? copyJobConsoleUrl(record.request.partition, record.request.region, copyJobId) : undefined
    const vault = rest.join(':').replace(/^backup-vault:/, '')
    return row(`↳ copy to ${markdownCell(`${region}:${account}`)}`, vault, copyJobId, url, status, now)
  })
}

function row(
  subject: string,
  vault: string,
  id: string | undefined,
  url: string | undefined,
  status: JobStatus | undefined,
  now: Date
): string[] {
  const job = id ? (url ? `[${markdownCell(id)}](${url})` : markdownCell(id)) : 'not started'
  return [
    subject,
    markdownCell(vault),
    markdownCell(status?.state ?? (id ? 'unknown' : 'not started')),
    status?.recoveryPointArn ? markdownCell(status.recoveryPointArn) : '',
    status?.backupSizeInBytes === undefined ? '' : formatBytes(status.backupSizeInBytes),
    duration(status?.creationDate, status?.completionDate, now),
    job
  ]
}

function duration(created: Date | undefined, completed: Date | undefined, now: Date): string {
  if (!created || Number.isNaN(created.getTime())) return ''
  return formatDuration((completed ?? now).getTime() - created.getTime())
}
