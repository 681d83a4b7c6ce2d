import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, Pluggable } from '@smithy/types'
import type { AwsSettings } from '../inputs/awsInputs.js'
import { InputError } from '../shared/inputError.js'
import { quote } from '../shared/escape.js'
import { errorName, messageOf, namePrefix, sdkAttempts, withoutTrailingPeriod } from '../shared/errorText.js'
import { ANSWER_TIMEOUT_MS, requestHandlerOptions, type RequestHandlerOptions } from './clientConfig.js'
import { idTokenFailure } from './idToken.js'
import { localExpiration, refreshMarginMs } from './credentialLifetime.js'
import { asMalformedAnswer } from './malformedAnswers.js'
import { answerTimedOut, isUnreachable, unreachableHint, withoutSdkPrefix } from './networkErrors.js'

/** The few things credentials need from the runner, injected so tests need neither a runner nor real waiting. */
export interface CredentialsDeps {
  getIDToken(audience: string): Promise<string>
  setSecret(value: string): void
  sleep(ms: number): Promise<void>
  info(message: string): void
  /** Settles once the HTTP requests made so far have left the process; absent: nothing to wait for. */
  requestsSent?(): Promise<void>
  /** Stands in for STS in unit tests; the SDK's own STS client when absent. */
  roleAssumer?: (params: {
    RoleArn: string
    RoleSessionName?: string
    WebIdentityToken: string
    DurationSeconds?: number
  }) => Promise<AwsCredentialIdentity>
}

/** Credentials could not be had: one failure for the whole step, not one per resource. */
export class CredentialsError extends Error {
  override readonly name = 'CredentialsError'
}

/** The SDK's default chain found no credentials (no role-to-assume, nothing in the environment). */
export function isMissingCredentials(error: unknown): boolean {
  return error instanceof Error && error.name === 'CredentialsProviderError'
}

/** The sentence for an error that fails the whole step rather than one job. */
export function stepErrorMessage(error: unknown): string {
  if (isMissingCredentials(error)) {
    return `No AWS credentials were found (${messageOf(error)}); set role-to-assume, or give the job credentials before this step (for example with aws-actions/configure-aws-credentials).`
  }
  return messageOf(error)
}

// IAM's OIDC provider is eventually consistent: these codes often pass on a later attempt, yet the SDK does not retry them.
// The SDK names them with an Exception suffix; the wire codes have none.
const RETRIED_STS_ERRORS = new Set([
  'IDPCommunicationError',
  'InvalidIdentityToken',
  'IDPCommunicationErrorException',
  'InvalidIdentityTokenException'
])

/**
 * Credentials for every AWS call of the step. Without role-to-assume: undefined, so each client uses
 * the SDK's default provider chain. With it: a provider that assumes the role with a fresh GitHub
 * ID token each time it needs new credentials, shared by every regional client.
 */
export function credentialsFor(
  settings: AwsSettings,
  env: NodeJS.ProcessEnv,
  deps: CredentialsDeps,
  now: () => number = Date.now
): AwsCredentialIdentityProvider | undefined {
  const roleArn = settings.roleToAssume
  if (roleArn === undefined) return undefined
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    throw new InputError(
      'Input role-to-assume needs a GitHub OIDC token, but this job may not request one; add "permissions: id-token: write" to the workflow or job.'
    )
  }

  // The credentials in use; their expiration is on the runner's clock (credentialLifetime.ts), as the SDK reads it.
  let current: { credentials: AwsCredentialIdentity; refreshMarginMs: number } | undefined
  let pending: Promise<{ credentials: AwsCredentialIdentity; refreshMarginMs: number }> | undefined
  // assumeRole retries what can pass: when the first assume still fails, that is final for the step, so later
  // calls must not start over. A failed renewal is not: the next call tries again (a long wait may outlast a blip).
  let failure: unknown
  const fresh = (): boolean => {
    const expiration = current?.credentials.expiration
    return expiration === undefined || expiration.getTime() - now() > (current?.refreshMarginMs ?? 0)
  }
  // Made once, so every renewal reuses the same connections (and proxy tunnels).
  const handler = requestHandlerOptions(env, ANSWER_TIMEOUT_MS.AssumeRoleWithWebIdentity)

  return async () => {
    if (failure !== undefined) throw failure
    if (current && fresh()) return current.credentials
    pending ??= assumeRole(settings, roleArn, deps, handler, now)
      .catch((error: unknown) => {
        if (current === undefined) failure = error
        throw error
      })
      .finally(() => (pending = undefined))
    current = await pending
    return current.credentials
  }
}

async function assumeRole(
  settings: AwsSettings,
  roleArn: string,
  deps: CredentialsDeps,
  requestHandler: RequestHandlerOptions,
  now: () => number
): Promise<{ credentials: AwsCredentialIdentity; refreshMarginMs: number }> {
  // The ID token request leaves first; the STS code then loads while GitHub answers it.
  const firstToken = idToken(settings.audience, deps)
  firstToken.catch(() => undefined) // awaited below; not an unhandled rejection meanwhile
  await deps.requestsSent?.()
  const { fromWebToken } = await import('@aws-sdk/credential-providers')
  let webIdentityToken = await firstToken
  // STS requests so far: the SDK's own retries (it retries IDPCommunicationError itself) count against retry-max-attempts too.
  let sent = 0
  for (let round = 1; ; round++) {
    if (round > 1) webIdentityToken = await idToken(settings.audience, deps)
    try {
      const answer = answerDate()
      const sentAtMs = now()
      const credentials = await fromWebToken({
        roleArn,
        roleSessionName: settings.roleSessionName,
        webIdentityToken,
        durationSeconds: settings.roleDurationSeconds,
        roleAssumerWithWebIdentity: deps.roleAssumer,
        clientConfig: { region: settings.region, maxAttempts: settings.retryMaxAttempts, requestHandler },
        clientPlugins: [answer.plugin]
      })()
      // All three, as aws-actions/configure-aws-credentials masks them: a service may echo any of them back.
      deps.setSecret(credentials.accessKeyId)
      deps.setSecret(credentials.secretAccessKey)
      if (credentials.sessionToken) deps.setSecret(credentials.sessionToken)
      if (credentials.expiration === undefined) return { credentials, refreshMarginMs: 0 }
      const issued = {
        expiration: credentials.expiration,
        answeredAt: answer.date(),
        sentAtMs,
        receivedAtMs: now(),
        requestedSeconds: settings.roleDurationSeconds
      }
      return { credentials: { ...credentials, expiration: localExpiration(issued) }, refreshMarginMs: refreshMarginMs(issued) }
    } catch (error) {
      const code = errorName(error)
      sent += stsRequestsSent(error)
      if (RETRIED_STS_ERRORS.has(code) && !isWrongAudience(error) && sent < settings.retryMaxAttempts) {
        const delay = Math.min(1000 * 2 ** (round - 1), 10_000)
        deps.info(
          `STS answered ${code} for role-to-assume (attempt ${sent} of ${settings.retryMaxAttempts}); trying again with a fresh ID token in ${delay / 1000} s.`
        )
        await deps.sleep(delay)
        continue
      }
      throw new CredentialsError(assumeRoleFailure(code, error, roleArn, settings.audience, tokenSubject(webIdentityToken)))
    }
  }
}

async function idToken(audience: string, deps: CredentialsDeps): Promise<string> {
  try {
    return await deps.getIDToken(audience)
  } catch (error) {
    throw new CredentialsError(idTokenFailure(error, audience))
  }
}

/**
 * STS's "Incorrect token audience": the token's aud is not among the provider's audiences. That is the workflow's
 * audience input, or the provider's setup, and no retry changes either (unlike what IAM's eventual consistency causes).
 */
function isWrongAudience(error: unknown): boolean {
  return /incorrect token audience/i.test(messageOf(error))
}

function assumeRoleFailure(code: string, error: unknown, roleArn: string, audience: string, subject: string | undefined): string {
  const failed = `Could not assume role-to-assume ${quote(roleArn)}`
  const malformed = asMalformedAnswer(error, 'STS', 'XML')
  if (malformed) return `${failed}: ${malformed.message}: something else, such as a proxy or a load balancer, may have answered.`
  if (isUnreachable(error)) {
    const hint = unreachableHint('STS', 'AssumeRoleWithWebIdentity', error)
    // The SDK's timeout message says no more than the hint does; Node's network errors say what failed.
    return answerTimedOut(error) ? `${failed}: ${hint}` : `${failed}: ${withoutTrailingPeriod(messageOf(error))}; ${hint}`
  }
  const base = `${failed}: ${namePrefix(error)}${withoutSdkPrefix(messageOf(error))}`
  if (isWrongAudience(error)) {
    return `${withoutTrailingPeriod(base)}; the token's audience is ${quote(audience)} (input audience), which the account's IAM OIDC identity provider for token.actions.githubusercontent.com does not list: set audience to one it lists (usually sts.amazonaws.com, the default), or add this one to the provider.`
  }
  if (code === 'AccessDenied' || code === 'AccessDeniedException') {
    const sub = subject === undefined ? 'this repository and branch or environment' : `this token's sub, ${quote(subject)}`
    return `${withoutTrailingPeriod(base)}; check the role's trust policy: it must trust token.actions.githubusercontent.com with an "aud" condition of ${quote(audience)} and a "sub" condition that matches ${sub}.`
  }
  if (RETRIED_STS_ERRORS.has(code)) {
    return `${withoutTrailingPeriod(base)}; check that the account has an IAM OIDC identity provider for token.actions.githubusercontent.com with the audience ${quote(audience)}.`
  }
  return `${withoutTrailingPeriod(base)}.`
}

function stsRequestsSent(error: unknown): number {
  const attempts = sdkAttempts(error)
  return attempts !== undefined && attempts >= 1 ? attempts : 1
}

/** The token's "sub" claim, which the trust policy must match; not a secret, unlike the token. */
function tokenSubject(token: string): string | undefined {
  try {
    const claims: unknown = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'))
    const sub = (claims as { sub?: unknown } | null)?.sub
    return typeof sub === 'string' ? sub : undefined
  } catch {
    return undefined
  }
}

/** A plugin for the STS client that keeps the Date header of its last answer: STS's clock, to read Expiration by. */
function answerDate(): { plugin: Pluggable<object, object>; date(): Date | undefined } {
  let header: string | undefined
  return {
    plugin: {
      applyToStack: (stack) =>
        stack.add(
          (next) => async (args) => {
            const out = await next(args)
            header = (out.response as { headers?: Record<string, string> } | undefined)?.headers?.['date']
            return out
          },
          { step: 'deserialize', name: 'stsAnswerDate' }
        )
    },
    date: () => (header === undefined ? undefined : new Date(header))
  }
}
