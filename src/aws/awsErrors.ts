import { quote } from '../shared/escape.js'
import type { Settings } from '../inputs/settings.js'
import type { JobRequest } from '../shared/job.js'
import { errorName, messageOf, namePrefix, withoutTrailingPeriod } from '../shared/errorText.js'
import { isUnreachable, unreachableHint, withoutSdkPrefix } from './networkErrors.js'
import { STALL_MS } from './requestPacing.js'

/** What a failed AWS call was about, for a message that names the resource and says what to do. */
export interface CallContext {
  readonly operation: string
  /** Absent for a call about several jobs at once (ListBackupJobs): the message then names the region. */
  readonly resourceArn?: string
  readonly backupVaultName: string
  readonly region: string
  readonly iamRoleArn: string
  /** For a start: the job may exist even though no answer came, and this token finds it. */
  readonly idempotencyToken?: string
}

/** The context of a call about one job (add the operation). */
export function jobContext(settings: Pick<Settings, 'iamRoleArn'>, job: JobRequest): Omit<CallContext, 'operation'> {
  return { resourceArn: job.resourceArn, backupVaultName: job.backupVaultName, region: job.region, iamRoleArn: settings.iamRoleArn }
}

/** One sentence for the user: what AWS said about which resource, and a hint where one helps. */
export function describeAwsError(error: unknown, call: CallContext): string {
  const code = errorName(error)
  const said = withoutSdkPrefix(messageOf(error))
  const about = call.resourceArn === undefined ? `in ${call.region}` : `for ${quote(call.resourceArn)}`
  const base = `${call.operation} ${about} failed: ${namePrefix(error)}${said}`
  const hint = hintFor(code, said, call, error)
  return hint ? `${withoutTrailingPeriod(base)}; ${hint}` : `${withoutTrailingPeriod(base)}.`
}

function hintFor(code: string, message: string, call: CallContext, error: unknown): string | undefined {
  if (isUnreachable(error)) return unreachableHint(`AWS Backup in ${call.region}`, error, call.idempotencyToken)
  if (/iam:PassRole/i.test(message) || (code === 'AccessDeniedException' && /PassRole/i.test(message))) {
    return `allow iam:PassRole on ${quote(call.iamRoleArn)} to the credentials this step uses (the role in role-to-assume, or the ambient credentials).`
  }
  if (code === 'ResourceNotFoundException') {
    return `check that the backup vault ${quote(call.backupVaultName)} exists in ${call.region} and that the resource exists there.`
  }
  if (code === 'UnrecognizedClientException' || code === 'InvalidClientTokenId') {
    return 'AWS does not recognise the credentials this step uses; check role-to-assume, or the credentials set up before this step.'
  }
  if (code === 'AccessDeniedException' || code === 'AccessDenied') {
    return `allow backup:${call.operation} to the credentials this step uses, in ${call.region}.`
  }
  if (code === 'InvalidRequestException' && /already|in progress|running/i.test(message)) {
    return 'another backup job for this resource may be running; AWS Backup runs one at a time.'
  }
  if (code === 'InvalidParameterValueException' || code === 'MissingParameterValueException') {
    return 'AWS Backup refused a value the step sent; fix the input the message points to (not every resource type takes every lifecycle, backup option or window).'
  }
  if (code === 'ThrottlingException' || code === 'LimitExceededException') {
    // Throttled requests are sent again, paced, for as long as AWS accepts others (src/aws/pacedRequests.ts): one that
    // fails is one that AWS kept refusing.
    return `AWS Backup accepted no ${call.operation} in ${call.region} for ${STALL_MS / 1000} s, so the step stopped retrying; the request-rate quota is per account and region, shared with every other caller there: run the step again when fewer calls compete, or ask AWS for a higher quota (Service Quotas).`
  }
  if (code === 'ServiceUnavailableException') {
    return 'AWS Backup was still unavailable after retry-max-attempts attempts; run the step again later or raise retry-max-attempts.'
  }
  return undefined
}
