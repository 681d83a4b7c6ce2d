/** The keys the sandbox knows (configured or issued by its STS) and the SigV4 check of incoming requests. */
import { randomBytes } from 'node:crypto'
import type { RequestContext } from './http.js'
import { randomKeyChars } from './http.js'
import { computeSignature, parseAmzDate, parseAuthorization, sha256Hex, signaturesEqual, toAmzDate } from './sigv4.js'
import type { IssuedCredentials, StaticCredentials } from './types.js'

/** AWS rejects requests whose signing time is further than this from its own clock. */
const MAX_SKEW_MS = 15 * 60 * 1000

export interface KnownCredentials {
  readonly accessKeyId: string
  readonly secretAccessKey: string
  readonly sessionToken?: string
  readonly expiresAt?: number
  /** The IAM identity the keys act as. */
  readonly principalArn: string
}

export type AuthResult =
  | { readonly ok: true; readonly credentials: KnownCredentials; readonly region: string }
  | {
      readonly ok: false
      readonly code: string
      readonly message: string
      readonly accessKeyId?: string
      readonly region?: string
    }

export class CredentialStore {
  private readonly known = new Map<string, KnownCredentials>()
  private readonly issuedList: IssuedCredentials[] = []

  constructor(
    private readonly accountId: string,
    statics: readonly StaticCredentials[]
  ) {
    for (const c of statics) {
      this.known.set(c.accessKeyId, {
        accessKeyId: c.accessKeyId,
        secretAccessKey: c.secretAccessKey,
        ...(c.sessionToken !== undefined ? { sessionToken: c.sessionToken } : {}),
        ...(c.expiration !== undefined ? { expiresAt: c.expiration.getTime() } : {}),
        principalArn: c.principalArn ?? `arn:aws:iam::${accountId}:user/sandbox-user`
      })
    }
  }

  /** Mints temporary credentials for an assumed role, as STS does. */
  issue(roleArn: string, sessionName: string, ttlMs: number, now: number): IssuedCredentials {
    const roleAccount = roleArn.split(':')[4] ?? this.accountId
    const roleName = roleArn.slice(roleArn.lastIndexOf('/') + 1)
    const issued: IssuedCredentials = {
      accessKeyId: `ASIA${randomKeyChars(16)}`,
      secretAccessKey: randomBytes(30).toString('base64'),
      // Real session tokens are long base64 with '+', '/' and '=': good for catching header or masking bugs.
      sessionToken: `IQoJb3JpZ2luX2VjE${randomBytes(240).toString('base64')}`,
      expiration: new Date(now + ttlMs),
      roleArn,
      assumedRoleArn: `arn:aws:sts::${roleAccount}:assumed-role/${roleName}/${sessionName}`
    }
    this.issuedList.push(issued)
    this.known.set(issued.accessKeyId, {
      accessKeyId: issued.accessKeyId,
      secretAccessKey: issued.secretAccessKey,
      sessionToken: issued.sessionToken,
      expiresAt: issued.expiration.getTime(),
      principalArn: issued.assumedRoleArn
    })
    return issued
  }

  issued(): readonly IssuedCredentials[] {
    return this.issuedList
  }

  /** Checks a request's SigV4 signature for `service`, in the order AWS reports problems. */
  authenticate(ctx: RequestContext, service: string): AuthResult {
    const header = ctx.headers['authorization']
    if (header === undefined) return fail('MissingAuthenticationTokenException', 'Missing Authentication Token')
    const auth = parseAuthorization(header)
    if (auth === undefined) {
      return fail(
        'IncompleteSignatureException',
        `Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization=${header.split(' ')[0] ?? ''}`
      )
    }
    const who = { accessKeyId: auth.accessKeyId, region: auth.region }
    if (!auth.signedHeaders.includes('host')) {
      return fail('IncompleteSignatureException', "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.", who)
    }
    const amzDate = ctx.headers['x-amz-date']
    const signedAt = amzDate !== undefined ? parseAmzDate(amzDate) : Date.parse(ctx.headers['date'] ?? '')
    if (Number.isNaN(signedAt)) {
      return fail(
        'IncompleteSignatureException',
        "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
        who
      )
    }
    if (auth.terminator !== 'aws4_request') {
      return fail('InvalidSignatureException', "Credential should be scoped with a valid terminator: 'aws4_request'.", who)
    }
    if (auth.service !== service) {
      return fail('InvalidSignatureException', `Credential should be scoped to correct service: '${service}'.`, who)
    }

    const known = this.known.get(auth.accessKeyId)
    const token = ctx.headers['x-amz-security-token']
    if (known === undefined || known.sessionToken !== token) {
      return fail('UnrecognizedClientException', 'The security token included in the request is invalid.', who)
    }
    if (known.expiresAt !== undefined && ctx.now >= known.expiresAt) {
      return fail('ExpiredTokenException', 'The security token included in the request is expired', who)
    }

    const signedAmzDate = toAmzDate(new Date(signedAt))
    if (auth.date !== signedAmzDate.slice(0, 8)) {
      return fail(
        'InvalidSignatureException',
        `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${auth.date}' != '${signedAmzDate.slice(0, 8)}', from '${signedAmzDate}'.`,
        who
      )
    }
    if (signedAt < ctx.now - MAX_SKEW_MS) {
      return fail(
        'InvalidSignatureException',
        `Signature expired: ${signedAmzDate} is now earlier than ${toAmzDate(new Date(ctx.now - MAX_SKEW_MS))} (${toAmzDate(new Date(ctx.now))} - 15 min.)`,
        who
      )
    }
    if (signedAt > ctx.now + MAX_SKEW_MS) {
      return fail(
        'InvalidSignatureException',
        `Signature not yet current: ${signedAmzDate} is still later than ${toAmzDate(new Date(ctx.now + MAX_SKEW_MS))} (${toAmzDate(new Date(ctx.now))} + 15 min.)`,
        who
      )
    }

    const bodyHash = sha256Hex(ctx.body)
    const declaredHash = ctx.headers['x-amz-content-sha256']
    if (declaredHash !== undefined && declaredHash !== bodyHash) {
      return fail('InvalidSignatureException', 'The provided x-amz-content-sha256 header does not match what was computed.', who)
    }
    const expected = computeSignature(ctx, {
      secretAccessKey: known.secretAccessKey,
      amzDate: amzDate ?? signedAmzDate,
      region: auth.region,
      service: auth.service,
      signedHeaders: auth.signedHeaders,
      payloadHash: declaredHash ?? bodyHash
    })
    if (!signaturesEqual(expected, auth.signature)) {
      return fail(
        'InvalidSignatureException',
        'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
        who
      )
    }
    return { ok: true, credentials: known, region: auth.region }
  }
}

function fail(code: string, message: string, who: { accessKeyId?: string; region?: string } = {}): AuthResult {
  return { ok: false, code, message, ...who }
}
