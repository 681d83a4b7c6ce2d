import type { JobRecord } from '../shared/job.js'
import { oneLine } from '../shared/escape.js'

/**
 * What a cancelled step says it started, so the user can find it: the jobs AWS Backup gave an id for, and the starts
 * still unanswered when the step stopped waiting for them, each of which may have made a job.
 */
export function cancelledLine(records: readonly JobRecord[], waitedOnly = false): string {
  const started = records.filter((r) => r.backupJobId !== undefined)
  const copyIds = records.flatMap((r) => (r.copies ?? []).flatMap((c) => (c.copyJobId ? [c.copyJobId] : [])))
  const copies = copyIds.length === 0 ? '' : `; copy jobs, which go on running: ${copyIds.join(', ')}`
  if (waitedOnly) {
    const waited = started.map((r) => `${r.backupJobId} (${r.request.resourceArn || 'resource not known'})`).join(', ')
    return oneLine(`The run was cancelled; backup jobs this step was waiting for: ${waited}${copies}.`)
  }
  const unanswered = records.filter((r) => r.startUnanswered === true)
  const inFlight = unanswered.map((r) => `${r.request.resourceArn} (idempotency token ${r.request.idempotencyToken})`)
  if (started.length === 0 && unanswered.length === 0) return 'The run was cancelled before any backup job was started.'
  if (started.length === 0) {
    const [only] = unanswered
    return oneLine(
      unanswered.length === 1 && only
        ? `The run was cancelled while the start for ${only.request.resourceArn} was in flight; it may have made a backup job (idempotency token ${only.request.idempotencyToken}).`
        : `The run was cancelled while the starts for ${inFlight.join(', ')} were in flight; each may have made a backup job.`
    )
  }
  const jobs = started.map((r) => `${r.backupJobId} (${r.request.resourceArn})`).join(', ')
  const more = inFlight.length === 0 ? '' : `; starts still in flight, each of which may have made a job: ${inFlight.join(', ')}`
  return oneLine(`The run was cancelled; backup jobs started by this step: ${jobs}${more}${copies}.`)
}
