// Its own module: only the wait needs it, and @smithy/core then loads with the SDK rather than before the first request.
import { isServerError, isThrottlingError, isTransientError } from '@smithy/core/retry'
import { CredentialsError } from './credentials.js'
import { MalformedAnswerError } from './malformedAnswers.js'
import { isUnreachable } from './networkErrors.js'

/**
 * Calls that failed this way may pass when tried again later: throttling, 5xx, the network. A credentials renewal
 * that failed (its own retries spent) counts too: a long wait may outlast a blip. So does an answer that was not
 * AWS's (an HTML page from a proxy or a load balancer, a garbled body): the next may be AWS's own.
 */
export function isTransientAwsError(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const e = error as Parameters<typeof isTransientError>[0]
  return (
    isTransientError(e) ||
    isThrottlingError(e) ||
    isServerError(e) ||
    isUnreachable(error) ||
    error instanceof CredentialsError ||
    error instanceof MalformedAnswerError
  )
}
