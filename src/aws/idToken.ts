/**
 * The workflow's GitHub OIDC token, requested as @actions/core's getIDToken requests it (the same client, proxy
 * rules and retries of 502, 503 and 504), but with an answer timeout: core's waits 3 minutes for an endpoint that
 * never answers, and its errors all read alike, while a refused connection, a 401 and a 500 need different fixes.
 */
import { HttpClient, HttpClientError } from '@actions/http-client'
import { BearerCredentialHandler } from '@actions/http-client/lib/auth'
import { quote } from '../shared/escape.js'
import { messageOf, withoutTrailingPeriod } from '../shared/errorText.js'
import { NETWORK_HINT, isUnreachable } from './networkErrors.js'

/** GitHub answers in well under a second; this bounds a silent endpoint, which core holds 180 s (bench, section 5). */
export const ID_TOKEN_TIMEOUT_MS = 10_000
// What @actions/core allows: 10 retries of 502, 503 and 504, about 10 s of back-off in all.
const MAX_RETRIES = 10

/** The token request failed; `status` is the HTTP status when the endpoint answered. */
export class IdTokenError extends Error {
  override readonly name = 'IdTokenError'
  constructor(
    message: string,
    readonly host: string,
    readonly status?: number,
    readonly timedOut = false
  ) {
    super(message)
  }
}

/** GET <ACTIONS_ID_TOKEN_REQUEST_URL>&audience=… with the runner's bearer token; the caller checks both are set. */
export async function requestIdToken(audience: string, env: NodeJS.ProcessEnv): Promise<string> {
  const url = `${env.ACTIONS_ID_TOKEN_REQUEST_URL ?? ''}&audience=${encodeURIComponent(audience)}`
  const host = hostOf(url)
  const client = new HttpClient('actions/oidc-client', [new BearerCredentialHandler(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? '')], {
    allowRetries: true,
    maxRetries: MAX_RETRIES,
    socketTimeout: ID_TOKEN_TIMEOUT_MS
  })
  let answer: { statusCode: number; result: { value?: unknown } | null }
  try {
    answer = await client.getJson<{ value?: unknown }>(url)
  } catch (error) {
    if (error instanceof HttpClientError) throw new IdTokenError(error.message, host, error.statusCode)
    // http-client's own timeout error: "Request timeout: <path>".
    const timedOut = error instanceof Error && error.message.startsWith('Request timeout')
    throw Object.assign(new IdTokenError(messageOf(error), host, undefined, timedOut), { code: (error as { code?: unknown }).code })
  } finally {
    client.dispose()
  }
  const token = answer.result?.value
  if (typeof token !== 'string' || token === '') throw new IdTokenError('', host, answer.statusCode)
  return token
}

/** One sentence for a failed token request: what the endpoint did, and what to do about it. */
export function idTokenFailure(error: unknown, audience: string): string {
  if (!(error instanceof IdTokenError)) {
    return `Could not get a GitHub OIDC token for audience ${quote(audience)}: ${withoutTrailingPeriod(messageOf(error))}.`
  }
  const endpoint = `The GitHub OIDC token endpoint (${error.host})`
  const said = error.message === '' ? '' : `: ${quote(withoutTrailingPeriod(error.message), 200)}`
  const status = error.status
  if (error.timedOut) {
    return `${endpoint} did not answer within ${ID_TOKEN_TIMEOUT_MS / 1000} s; GitHub's token service may be slow or down: run the job again later, and ${NETWORK_HINT}`
  }
  if (status === undefined) {
    const reason = isUnreachable(error) ? NETWORK_HINT : 'run the job again later.'
    return `Could not reach the GitHub OIDC token endpoint (${error.host}): ${withoutTrailingPeriod(error.message)}; ${reason}`
  }
  if (status === 401 || status === 403) {
    return `${endpoint} refused the runner's token request token (HTTP ${status}${said}); ACTIONS_ID_TOKEN_REQUEST_TOKEN must be the one the runner set for this job, so do not set it yourself.`
  }
  if (status >= 500) return `${endpoint} failed (HTTP ${status}${said}); this is on GitHub's side: run the job again later.`
  if (status < 300) {
    return `${endpoint} answered HTTP ${status} without a token; something other than GitHub, such as a proxy, may have answered.`
  }
  return `${endpoint} answered HTTP ${status}${said} to the request for audience ${quote(audience)}; check the audience input.`
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname
  } catch {
    return 'its URL is not valid'
  }
}
