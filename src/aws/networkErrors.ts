import { CONNECTION_TIMEOUT_MS, REQUEST_TIMEOUT_MS } from './clientConfig.js'
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

/** The request never got the service's answer: no connection, a dropped one, a timeout, or a proxy in the way. */
export function isUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const code = (error as { code?: unknown }).code
  return error.name === 'TimeoutError' || (typeof code === 'string' && NETWORK_CODES.has(code)) || error.message.startsWith('The proxy ')
}

/**
 * What to do when `service` could not be reached, after the attempts the SDK made. `token`: a start that may have
 * reached AWS Backup before the answer was lost, so the user can find the job.
 */
export function unreachableHint(service: string, error: unknown, token?: string): string {
  const attempts = sdkAttempts(error)
  const tries = attempts === undefined ? 'each attempt' : attempts === 1 ? '1 attempt' : `${attempts} attempts, each`
  const maybeStarted =
    token === undefined ? '' : `, so the job may have started anyway (look for idempotency token ${oneLine(token)} in AWS Backup)`
  return `${service} could not be reached (${tries} with ${CONNECTION_TIMEOUT_MS / 1000} s to connect and ${REQUEST_TIMEOUT_MS / 1000} s to answer)${maybeStarted}; check the runner's network and, behind a proxy, HTTPS_PROXY and NO_PROXY, or raise retry-max-attempts.`
}

/** The SDK's timeout messages name its package; users need only what happened. */
export function withoutSdkPrefix(message: string): string {
  return message.replace(/^@smithy\/node-http-handler - (\[ERROR\] )?/, '')
}
