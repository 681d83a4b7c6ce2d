import { oneLine, quote } from '../shared/escape.js'
import type { JobRequest } from '../shared/job.js'
import { errorName, messageOf, namePrefix, withoutTrailingPeriod } from '../shared/errorText.js'
import { MalformedAnswerError } from './malformedAnswers.js'
import { answerTimedOut, isUnreachable, unreachableHint, withoutSdkPrefix } from './networkErrors.js'
import { STALL_MS } from './requestPacing.js'

/** What a failed AWS call was about, for a message that names the resource and says what to do. */
export interface CallContext {
  readonly operation: string
  /** Absent for a call about several jobs at once (ListBackupJobs): the message then names the region. */
  readonly resourceArn?: string
  readonly backupVaultName: string
  readonly region: string
  /** What to do, when the caller knows better than the hints for the error's code (a copy's destination, say). */
  readonly hint?: (code: string, message: string) => string | undefined
  /** How the message names what the call was about; the quoted resource ARN when absent. */
  readonly subject?: string
  /** The role the job runs with, where known. */
  readonly iamRoleArn?: string
  /** For a start: the job may exist even though no answer came, and this token finds it. */
  readonly idempotencyToken?: string
}

/** The context of a call about one job (add the operation). */
export function jobContext(settings: { readonly iamRoleArn?: string }, job: JobRequest): Omit<CallContext, 'operation'> {
  return { resourceArn: job.resourceArn, backupVaultName: job.backupVaultName, region: job.region, iamRoleArn: settings.iamRoleArn }
}

/** One sentence for the user: what AWS said about which resource, and a hint where one helps. */
export function describeAwsError(error: unknown, call: CallContext): string {
  const code = errorName(error)
  const said = withoutSdkPrefix(messageOf(error))
  const about =
    call.subject !== undefined
      ? `for ${call.subject}`
      : call.resourceArn === undefined
        ? `in ${call.region}`
        : `for ${quote(call.resourceArn)}`
  const failed = `${call.operation} ${about} failed`
  if (error instanceof MalformedAnswerError) {
    const attempts = error.$metadata.attempts ?? 1
    const maybeStarted =
      call.idempotencyToken === undefined
        ? ''
        : `, so the job may have started anyway: look for idempotency token ${oneLine(call.idempotencyToken)} in AWS Backup`
    return `${failed}: ${error.message}${attempts > 1 ? ` (${attempts} attempts)` : ''}: something else, such as a proxy or a load balancer, may have answered${maybeStarted}.`
  }
  if (isUnreachable(error)) {
    const hint = unreachableHint(`AWS Backup in ${call.region}`, call.operation, error, call.idempotencyToken)
    // The SDK's timeout message says no more than the hint does; Node's network errors say what failed (without the
    // name the SDK gives them: it calls a reset connection a TimeoutError).
    return answerTimedOut(error) ? `${failed}: ${hint}` : `${failed}: ${withoutTrailingPeriod(said)}; ${hint}`
  }
  const base = `${failed}: ${namePrefix(error)}${said}`
  const hint = call.hint?.(code, said) ?? hintFor(code, said, call)
  return hint ? `${withoutTrailingPeriod(base)}; ${hint}` : `${withoutTrailingPeriod(base)}.`
}

function hintFor(code: string, message: string, call: CallContext): string | undefined {
  if (/iam:PassRole/i.test(message) || (code === 'AccessDeniedException' && /PassRole/i.test(message))) {
    const role = call.iamRoleArn === undefined ? 'the backup role' : quote(call.iamRoleArn)
    return `allow iam:PassRole on ${role} to the credentials this step uses (the role in role-to-assume, or the ambient credentials).`
  }
  if (code === 'ResourceNotFoundException' && call.operation === 'DescribeBackupJob') {
    return `check the job id and that the job is in ${call.region} and in the account this step's credentials belong to.`
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
