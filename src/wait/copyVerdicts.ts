/** The verdict on a copy job once the wait is over. Pure: one sentence per verdict, naming the resource and destination. */
import { oneLine, quote } from '../shared/escape.js'
import { withoutTrailingPeriod } from '../shared/errorText.js'
import { COPY_TERMINAL_STATES, type JobStatus } from '../shared/job.js'
import type { Judgement } from './engine/jobKind.js'

/** A copy job as the wait knows it: the backup it copies and where to. */
export interface CopyJob {
  readonly resourceArn: string
  readonly region: string
  readonly destinationBackupVaultArn: string
  readonly copyJobId: string
}

const MESSAGE_LENGTH = 500

/** "copy of "arn…" to "arn:…:backup-vault:dr" (copy job X)": how a copy is named in the log. */
export function copyLabel(copy: CopyJob): string {
  return oneLine(`copy of ${quote(copy.resourceArn)} to ${quote(copy.destinationBackupVaultArn)} (copy job ${copy.copyJobId})`)
}

export function judgeCopy(copy: CopyJob, status: JobStatus, options: { readonly allowPartial: boolean }): Judgement {
  const subject = `Copy of ${quote(copy.resourceArn)} to ${quote(copy.destinationBackupVaultArn)} (copy job ${oneLine(copy.copyJobId)})`
  const reason = status.statusMessage ? `: ${quote(withoutTrailingPeriod(status.statusMessage), MESSAGE_LENGTH)}` : ''
  const state = status.state
  if (!COPY_TERMINAL_STATES.includes(state ?? '')) {
    return { verdict: 'unfinished', message: oneLine(`${subject} had not finished (state ${state ? oneLine(state) : 'unknown'}).`) }
  }
  if (state === 'FAILED') {
    return {
      verdict: 'failure',
      message: oneLine(`${subject} failed${reason || ', and AWS Backup gave no reason'}${failureHint(copy, status)}.`)
    }
  }
  if (state === 'PARTIAL') {
    return options.allowPartial
      ? { verdict: 'warning', message: oneLine(`${subject} ended PARTIAL; accepted because allow-partial is true${reason}.`) }
      : { verdict: 'failure', message: oneLine(`${subject} ended PARTIAL, and allow-partial is false${reason}.`) }
  }
  return { verdict: 'success', message: oneLine(`${subject} completed.`) }
}

/** What to do about a copy that failed, where the failure says. */
function failureHint(copy: CopyJob, status: JobStatus): string {
  const destinationAccount = copy.destinationBackupVaultArn.split(':')[4]
  const accessDenied =
    status.messageCategory === 'AccessDenied' || /access denied|not authorized|CopyIntoBackupVault/i.test(status.statusMessage ?? '')
  if (!accessDenied) return ''
  return `; the destination vault must exist, its access policy must allow backup:CopyIntoBackupVault from this account${destinationAccount ? ` into account ${destinationAccount}` : ''}, and for a copy to another account AWS Organizations must allow cross-account backup`
}
