/** STS AssumeRoleWithWebIdentity (Query protocol, unsigned): trades a sandbox OIDC token for temporary keys. */
import { createHash } from 'node:crypto'
import type { CredentialStore } from './credentials.js'
import type { Reply, RequestContext } from './http.js'
import { matchesPattern, requestId } from './http.js'
import type { OidcIssuer } from './oidc.js'
import type { Pattern, TrustRule } from './types.js'

export interface StsConfig {
  readonly audiences: readonly string[]
  readonly trustedRoleArns?: readonly Pattern[]
  readonly trustedSubjects?: readonly Pattern[]
  readonly trust?: readonly TrustRule[]
  readonly credentialsTtlSeconds?: number
}

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/
const SESSION_NAME = /^[\w+=,.@-]*$/
const DEFAULT_DURATION_SECONDS = 3600

/** Form fields of a Query-protocol body ('+' is a space here, unlike in SigV4 query strings). */
export function parseForm(body: Buffer): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(body.toString('utf8')))
}

export function stsError(status: number, code: string, message: string, type: 'Sender' | 'Receiver' = 'Sender'): Reply {
  const id = requestId()
  return {
    status,
    headers: { 'content-type': 'text/xml', 'x-amzn-requestid': id },
    body:
      `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>${type}</Type>` +
      `<Code>${xml(code)}</Code><Message>${xml(message)}</Message></Error><RequestId>${id}</RequestId></ErrorResponse>`,
    errorCode: code
  }
}

export class StsService {
  constructor(
    private readonly config: StsConfig,
    private readonly oidc: OidcIssuer,
    private readonly store: CredentialStore
  ) {}

  handle(ctx: RequestContext, form: Readonly<Record<string, string>>): Reply {
    const action = form['Action']
    if (action === undefined) return stsError(400, 'MissingAction', 'Missing Action')
    if (action !== 'AssumeRoleWithWebIdentity') {
      return stsError(400, 'InvalidAction', `Could not find operation ${action} for version ${form['Version'] ?? 'NO_VERSION_SPECIFIED'}`)
    }

    const invalid = validate(form)
    if (invalid.length > 0) {
      const n = invalid.length
      return stsError(400, 'ValidationError', `${n} validation error${n > 1 ? 's' : ''} detected: ${invalid.join('; ')}`)
    }
    const roleArn = form['RoleArn'] ?? ''
    if (!ROLE_ARN.test(roleArn)) return stsError(400, 'ValidationError', 'Request ARN is invalid')

    const check = this.oidc.verify(form['WebIdentityToken'] ?? '', ctx.now)
    if (!check.ok) {
      if (check.reason === 'expired') {
        return stsError(
          400,
          'ExpiredTokenException',
          `Token expired: current date/time ${Math.floor(ctx.now / 1000)} must be before the expiration date/time ${check.exp ?? 0}`
        )
      }
      return stsError(
        400,
        'InvalidIdentityToken',
        check.reason === 'malformed'
          ? 'The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)'
          : 'Incorrect token signature: the token was not issued by the trusted identity provider'
      )
    }
    const claims = check.claims
    if (claims['iss'] !== this.oidc.config.issuer) {
      return stsError(400, 'InvalidIdentityToken', `No OpenIDConnect provider found in your account for ${String(claims['iss'])}`)
    }
    const aud = claims['aud']
    const audiences = Array.isArray(aud) ? aud.map(String) : [String(aud)]
    if (!audiences.some((a) => this.config.audiences.includes(a))) {
      return stsError(400, 'InvalidIdentityToken', 'Incorrect token audience')
    }
    const sub = String(claims['sub'] ?? '')
    if (!this.trusts(roleArn, sub)) {
      return stsError(403, 'AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity')
    }

    const sessionName = form['RoleSessionName'] ?? ''
    const seconds = this.config.credentialsTtlSeconds ?? Number(form['DurationSeconds'] ?? DEFAULT_DURATION_SECONDS)
    const creds = this.store.issue(roleArn, sessionName, seconds * 1000, ctx.now)
    const id = requestId()
    const body =
      `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">` +
      `<AssumeRoleWithWebIdentityResult>` +
      `<Credentials><AccessKeyId>${creds.accessKeyId}</AccessKeyId>` +
      `<SecretAccessKey>${xml(creds.secretAccessKey)}</SecretAccessKey>` +
      `<SessionToken>${xml(creds.sessionToken)}</SessionToken>` +
      // Whole seconds like STS; never later than the real expiry so clients refresh in time.
      `<Expiration>${new Date(Math.floor(creds.expiration.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z')}</Expiration></Credentials>` +
      `<SubjectFromWebIdentityToken>${xml(sub)}</SubjectFromWebIdentityToken>` +
      `<AssumedRoleUser><Arn>${xml(creds.assumedRoleArn)}</Arn>` +
      `<AssumedRoleId>${roleId(roleArn)}:${xml(sessionName)}</AssumedRoleId></AssumedRoleUser>` +
      `<Provider>${xml(String(claims['iss']))}</Provider>` +
      `<Audience>${xml(audiences[0] ?? '')}</Audience>` +
      `</AssumeRoleWithWebIdentityResult>` +
      `<ResponseMetadata><RequestId>${id}</RequestId></ResponseMetadata>` +
      `</AssumeRoleWithWebIdentityResponse>`
    return { status: 200, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': id }, body }
  }

  /** Every configured condition must hold; with none configured, anyone may assume any role. */
  private trusts(roleArn: string, sub: string): boolean {
    const { trustedRoleArns, trustedSubjects, trust } = this.config
    if (trustedRoleArns !== undefined && !trustedRoleArns.some((p) => matchesPattern(p, roleArn))) return false
    if (trustedSubjects !== undefined && !trustedSubjects.some((p) => matchesPattern(p, sub))) return false
    if (trust !== undefined) {
      return trust.some(
        (rule) =>
          (rule.roleArn === undefined || matchesPattern(rule.roleArn, roleArn)) && (rule.sub === undefined || matchesPattern(rule.sub, sub))
      )
    }
    return true
  }
}

/** STS's model constraints, worded like its ValidationError messages. */
function validate(form: Readonly<Record<string, string>>): string[] {
  const errors: string[] = []
  const at = (value: string | undefined, member: string, constraint: string): void => {
    errors.push(`Value ${value === undefined ? 'null' : `'${value}'`} at '${member}' failed to satisfy constraint: ${constraint}`)
  }
  const roleArn = form['RoleArn']
  if (roleArn === undefined) at(undefined, 'roleArn', 'Member must not be null')
  else if (roleArn.length < 20) at(roleArn, 'roleArn', 'Member must have length greater than or equal to 20')

  const session = form['RoleSessionName']
  if (session === undefined) at(undefined, 'roleSessionName', 'Member must not be null')
  else if (session.length < 2) at(session, 'roleSessionName', 'Member must have length greater than or equal to 2')
  else if (session.length > 64) at(session, 'roleSessionName', 'Member must have length less than or equal to 64')
  else if (!SESSION_NAME.test(session)) {
    at(session, 'roleSessionName', 'Member must satisfy regular expression pattern: [\\w+=,.@-]*')
  }

  const token = form['WebIdentityToken']
  if (token === undefined) errors.push("Value null at 'webIdentityToken' failed to satisfy constraint: Member must not be null")
  else if (token.length < 4)
    errors.push("Value at 'webIdentityToken' failed to satisfy constraint: Member must have length greater than or equal to 4")
  else if (token.length > 20000)
    errors.push("Value at 'webIdentityToken' failed to satisfy constraint: Member must have length less than or equal to 20000")

  const duration = form['DurationSeconds']
  if (duration !== undefined) {
    const n = Number(duration)
    if (!/^-?\d+$/.test(duration)) at(duration, 'durationSeconds', 'Member must be an integer')
    else if (n < 900) at(duration, 'durationSeconds', 'Member must have value greater than or equal to 900')
    else if (n > 43200) at(duration, 'durationSeconds', 'Member must have value less than or equal to 43200')
  }
  return errors
}

/** A stable AROA… id per role, as IAM gives each role one unique id. */
function roleId(roleArn: string): string {
  const digest = createHash('sha256').update(roleArn).digest()
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  let out = 'AROA'
  for (let i = 0; i < 17; i++) out += alphabet[(digest[i] ?? 0) % 32]
  return out
}

function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
}
