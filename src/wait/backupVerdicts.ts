/**
 * The verdict on a job once the wait is over. Pure: one sentence per verdict, naming the resource,
 * for the log, the annotation and the step summary.
 */
import { oneLine, quote } from '../shared/escape.js'
import { withoutTrailingPeriod } from '../shared/errorText.js'
import { FAILED_CHILD_STATES, isTerminal, type JobStatus, type StartedJob } from '../shared/job.js'
import { formatPercent } from './engine/progress.js'
import type { Judgement } from './engine/jobKind.js'

export type Verdict = Judgement['verdict']

export interface OutcomeOptions {
  /** The allow-partial input: whether a PARTIAL job counts as a success (with a warning). */
  readonly allowPartial: boolean
}

// Status messages explain failures: keep more of them than quote's default.
const MESSAGE_LENGTH = 500

export function judgeJob(job: StartedJob, status: JobStatus, options: OutcomeOptions): Judgement {
  const outcome = verdictOn(job, status, options)
  // The whole sentence on one line: the state and the job id come from AWS unquoted.
  const judged = { verdict: outcome.verdict, message: oneLine(outcome.message) }
  if (outcome.verdict === 'unfinished') return judged
  const reason = reasonOf(status, outcome.verdict, options)
  return reason === undefined ? judged : { ...judged, reason }
}

/** The verdict's why for a table cell: AWS's own status message when it gave one, else what the verdict rests on. */
function reasonOf(status: JobStatus, verdict: 'success' | 'warning' | 'failure', options: OutcomeOptions): string | undefined {
  const parts: string[] = []
  const children = failedChildren(status)
  if (children !== undefined && verdict === 'failure') parts.push(`All of its child jobs failed (${children}).`)
  else if (status.state === 'PARTIAL') {
    parts.push(options.allowPartial ? 'PARTIAL, accepted because allow-partial is true.' : 'PARTIAL, and allow-partial is false.')
  } else if (status.state === 'COMPLETED' && status.messageCategory && status.messageCategory !== 'SUCCESS') {
    parts.push(`Completed with issues (message category ${quote(status.messageCategory)}).`)
  }
  if (status.statusMessage) parts.push(shortened(status.statusMessage, MESSAGE_LENGTH))
  else if (verdict === 'failure' && parts.length === 0) parts.push('AWS Backup gave no reason.')
  return parts.length === 0 ? undefined : oneLine(parts.join(' '))
}

function verdictOn(job: StartedJob, status: JobStatus, options: OutcomeOptions): Judgement {
  const subject = `Backup of ${quote(job.resourceArn)} (job ${oneLine(job.backupJobId)})`
  // AWS's messages end with a period, and the sentence goes on after them.
  const reason = status.statusMessage ? `: ${quote(withoutTrailingPeriod(status.statusMessage), MESSAGE_LENGTH)}` : ''
  const state = status.state
  if (!isTerminal(state)) {
    const percent = formatPercent(status.percentDone)
    const progress = percent === undefined ? '' : `, ${percent} done`
    return unfinished(`${subject} had not finished when the wait ended (state ${state ? oneLine(state) : 'unknown'}${progress}).`)
  }
  switch (state) {
    case 'FAILED':
      return failure(`${subject} failed${reason || ', and AWS Backup gave no reason'}.`)
    case 'ABORTED':
      return failure(`${subject} was aborted${reason}.`)
    case 'EXPIRED':
      return failure(`${subject} expired: it did not start or finish within its backup window${reason}.`)
  }
  // A parent's own state may say COMPLETED or PARTIAL while none of its resources was backed up.
  const children = failedChildren(status)
  if (children !== undefined) {
    return failure(`${subject} failed: all of its child jobs failed (${children})${reason}.`)
  }
  if (state === 'PARTIAL') {
    return options.allowPartial
      ? {
          verdict: 'warning',
          message: `${subject} ended PARTIAL, some of its resources were not backed up; accepted because allow-partial is true${reason}.`
        }
      : failure(`${subject} ended PARTIAL, some of its resources were not backed up, and allow-partial is false${reason}.`)
  }
  const category = status.messageCategory
  if (category && category !== 'SUCCESS') {
    const message = `${subject} completed with issues (message category ${quote(category)})${reason}.`
    return { verdict: 'warning', message }
  }
  return { verdict: 'success', message: `${subject} completed.` }
}

/**
 * The failed child counts ("2 FAILED, 1 ABORTED") when a parent has children and every one of them
 * failed; undefined otherwise.
 */
export function failedChildren(status: JobStatus): string | undefined {
  const counts = Object.entries(status.childJobsInState ?? {}).filter(([, count]) => count > 0)
  if (counts.length === 0 || !counts.every(([childState]) => FAILED_CHILD_STATES.includes(childState))) return undefined
  return counts.map(([childState, count]) => `${count} ${childState}`).join(', ')
}

function shortened(text: string, maxLength: number): string {
  return text.length > maxLength ? `${text.slice(0, maxLength)}…` : text
}

function failure(message: string): Judgement {
  return { verdict: 'failure', message }
}

function unfinished(message: string): Judgement {
  return { verdict: 'unfinished', message }
}
