/** The step summary's rows for copies: each right below its backup, with its own mark and reason. */
import type { CopyRecord, JobRecord, JobStatus } from '../shared/job.js'
import { copyJobConsoleUrl } from '../shared/consoleUrl.js'
import { markdownCell } from '../shared/escape.js'
import { formatBytes, jobDuration } from '../shared/readableUnits.js'
import { shortId } from '../shared/resourceLabel.js'
import type { RowMark, SummaryRow } from './stepSummary.js'

export function copyMark(copy: CopyRecord): RowMark {
  if (copy.startError !== undefined || copy.copyJobId === undefined) return 'failure'
  return copy.verdict?.verdict ?? 'started'
}

/** "↳ copy to us-west-2:210987654321 dr", linked to the copy job in the console. */
export function copyRows(record: JobRecord, now: Date): SummaryRow[] {
  return (record.copies ?? []).map((copy) => {
    const [, , , region, account, ...rest] = copy.request.destinationBackupVaultArn.split(':')
    const vault = rest.join(':').replace(/^backup-vault:/, '')
    const label = `↳ copy to ${markdownCell(`${region}:${account} ${vault}`)}`
    const url = copy.copyJobId ? copyJobConsoleUrl(record.request.partition, record.request.region, copy.copyJobId) : undefined
    const mark = copyMark(copy)
    const status: JobStatus | undefined = copy.status
    const usable = mark !== 'failure' && status?.recoveryPointArn
    return {
      mark,
      cells: [
        url ? `[${label}](${url})` : label,
        markdownCell(copy.copyJobId === undefined ? 'not started' : (status?.state ?? 'unknown')),
        usable ? markdownCell(shortId(status.recoveryPointArn as string)) : '',
        status?.backupSizeInBytes === undefined ? '' : formatBytes(status.backupSizeInBytes),
        jobDuration(status?.creationDate, status?.completionDate, now),
        markdownCell(reasonOf(copy))
      ]
    }
  })
}

function reasonOf(copy: CopyRecord): string {
  if (copy.startError !== undefined) return copy.startError
  if (copy.copyJobId === undefined) return 'No copy was started: the backup did not complete.'
  return copy.verdict?.reason ?? (copy.verdict?.verdict === 'success' ? '' : (copy.verdict?.message ?? ''))
}
