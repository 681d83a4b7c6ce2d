import { answerTimeoutMs } from './clientConfig.js'
import { oneLine } from '../shared/escape.js'
import { sdkAttempts } from '../shared/errorText.js'

// Node's codes for a connection that could not be made, was cut, or timed out.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN'
])
// Of those, the ones that leave before a connection exists: no byte of the request was sent.
const NOT_CONNECTED_CODES = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'])

export const NETWORK_HINT = "check the runner's network and, behind a proxy, HTTPS_PROXY and NO_PROXY."

/** The request never got the service's answer: no connection, a dropped one, a timeout, or a proxy in the way. */
export function isUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const code = (error as { code?: unknown }).code
  return error.name === 'TimeoutError' || (typeof code === 'string' && NETWORK_CODES.has(code)) || error.message.startsWith('The proxy ')
}

/**
 * The attempt failed before a connection to the service was made (refused, no such host, no route, no connection
 * within the connection timeout, or the proxy would not open a tunnel): the service cannot have seen it. A TLS
 * failure is not counted, to stay on the safe side of "no job was started".
 */
export function neverConnected(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const code = (error as { code?: unknown }).code
  return (
    (typeof code === 'string' && NOT_CONNECTED_CODES.has(code)) ||
    /did not establish a connection/.test(error.message) ||
    error.message.startsWith('The proxy ')
  )
}

/** The SDK's request timeout: the connection was made and the request sent, and no answer came in time. */
export function answerTimedOut(error: unknown): boolean {
  // The SDK also names a reset connection TimeoutError: its message tells the two apart.
  return error instanceof Error && error.name === 'TimeoutError' && /requestTimeout|timed out after/.test(error.message)
}

// Calls whose every attempt failed before connecting, as the call's final error (the SDK only keeps the last).
const neverSent = new WeakSet<object>()

/** Marks a call's error: none of its attempts reached the service. */
export function markNeverSent(error: unknown): void {
  if (typeof error === 'object' && error !== null) neverSent.add(error)
}

export function wasNeverSent(error: unknown): boolean {
  return typeof error === 'object' && error !== null && neverSent.has(error)
}

/**
 * What happened when `service` could not be reached for `operation`, after the attempts the SDK made, and what to do.
 * `token`: a start, which may have made a job unless no attempt reached the service; the token finds it.
 */
export function unreachableHint(service: string, operation: string, error: unknown, token?: string): string {
  return `${unreachableFact(service, operation, error, token)}; ${NETWORK_HINT}`
}

/** What happened, as unreachableHint says it, without what to do. */
export function unreachableFact(service: string, operation: string, error: unknown, token?: string): string {
  const attempts = sdkAttempts(error) ?? 1
  const tries = attempts === 1 ? '1 attempt' : `${attempts} attempts`
  const maybeStarted =
    token === undefined ? '' : `, so the job may have started anyway: look for idempotency token ${oneLine(token)} in AWS Backup`
  if (neverConnected(error)) {
    if (token === undefined || wasNeverSent(error)) {
      return `${service} could not be reached (${tries}): no request reached it${token === undefined ? '' : ', so no job was started'}`
    }
    return `${service} could not be reached (${tries}; an earlier attempt did reach it)${maybeStarted}`
  }
  const what = answerTimedOut(error)
    ? `${service} did not answer within ${answerTimeoutMs(operation) / 1000} s (${tries})`
    : `the connection to ${service} was cut before it answered (${tries})`
  return `${what}${maybeStarted}`
}

/** The SDK's timeout messages name its package; users need only what happened. */
export function withoutSdkPrefix(message: string): string {
  return message.replace(/^@smithy\/node-http-handler - (\[ERROR\] )?/, '')
}
