/**
 * The GitHub Actions OIDC token endpoint, as @actions/core's getIDToken calls it. Tokens are HS256 JWTs signed
 * with a key only this sandbox holds, so its STS can tell its own tokens from forged ones.
 */
import { createHmac, randomBytes, randomUUID } from 'node:crypto'
import type { Reply, RequestContext } from './http.js'
import { isRecord, jsonReply } from './http.js'
import { signaturesEqual } from './sigv4.js'

export const DEFAULT_SUBJECT = 'repo:octo-org/octo-repo:ref:refs/heads/main'
export const DEFAULT_ISSUER = 'https://token.actions.githubusercontent.com'

export interface OidcConfig {
  readonly requestToken: string
  readonly subject: string
  readonly issuer: string
  readonly claims: Readonly<Record<string, unknown>>
  readonly ttlSeconds: number
}

export interface MintOptions {
  readonly audience?: string
  readonly subject?: string
  /** Negative or tiny values give expired tokens, for tests. */
  readonly ttlSeconds?: number
  readonly claims?: Readonly<Record<string, unknown>>
}

export type TokenCheck =
  | { readonly ok: true; readonly claims: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly reason: 'malformed' | 'signature' | 'expired'; readonly exp?: number }

export class OidcIssuer {
  private readonly key = randomBytes(32)
  private readonly minted: string[] = []

  constructor(readonly config: OidcConfig) {}

  mint(now: number, options: MintOptions = {}): string {
    const subject = options.subject ?? this.config.subject
    const iat = Math.floor(now / 1000)
    const ttl = options.ttlSeconds ?? this.config.ttlSeconds
    // Sub-second lifetimes (for expiry tests) count from the exact moment, not from the whole-second iat.
    const exp = Number.isInteger(ttl) ? iat + ttl : Math.round((now / 1000 + ttl) * 1000) / 1000
    const claims = {
      jti: randomUUID(),
      sub: subject,
      aud: options.audience ?? defaultAudience(subject),
      ...githubClaims(subject),
      iss: this.config.issuer,
      nbf: iat - 5,
      iat,
      exp,
      ...this.config.claims,
      ...options.claims
    }
    const header = { alg: 'HS256', typ: 'JWT', kid: 'sandbox' }
    const unsigned = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`
    const token = `${unsigned}.${this.sign(unsigned)}`
    this.minted.push(token)
    return token
  }

  verify(token: string, now: number): TokenCheck {
    const parts = token.split('.')
    if (parts.length !== 3) return { ok: false, reason: 'malformed' }
    const [h, p, s] = parts as [string, string, string]
    let header: unknown
    let claims: unknown
    try {
      header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8'))
      claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8'))
    } catch {
      return { ok: false, reason: 'malformed' }
    }
    if (!isRecord(header) || !isRecord(claims)) return { ok: false, reason: 'malformed' }
    if (header['alg'] !== 'HS256' || !signaturesEqual(this.sign(`${h}.${p}`), s)) return { ok: false, reason: 'signature' }
    const exp = claims['exp']
    if (typeof exp !== 'number') return { ok: false, reason: 'malformed' }
    if (now / 1000 >= exp) return { ok: false, reason: 'expired', exp }
    return { ok: true, claims }
  }

  tokens(): readonly string[] {
    return this.minted
  }

  private sign(data: string): string {
    return createHmac('sha256', this.key).update(data).digest('base64url')
  }

  /** GET <url>?api-version=2.0&audience=<aud> with `Authorization: Bearer <request token>`. */
  handle(ctx: RequestContext): Reply {
    if (ctx.method !== 'GET') return oidcError(405, 'MethodNotAllowed', 'Only GET is supported')
    const authorization = ctx.headers['authorization']
    const match = /^Bearer\s+(.+)$/i.exec(authorization ?? '')
    if (match === null) return oidcError(401, 'Unauthorized', 'Missing bearer token')
    if (!signaturesEqual(match[1] ?? '', this.config.requestToken)) {
      return oidcError(403, 'Forbidden', 'The bearer token is not valid for this run')
    }
    const audience = ctx.query['audience']
    const value = this.mint(ctx.now, audience !== undefined && audience !== '' ? { audience } : {})
    return jsonReply(200, { value })
  }
}

export function oidcError(status: number, code: string, message: string): Reply {
  return { ...jsonReply(status, { message }), errorCode: code }
}

/** GitHub's default audience is the URL of the repository owner. */
function defaultAudience(subject: string): string {
  const owner = /^repo:([^/]+)\//.exec(subject)?.[1] ?? 'octo-org'
  return `https://github.com/${owner}`
}

/** Claims GitHub adds, derived from the subject where it says something about them. */
function githubClaims(subject: string): Record<string, unknown> {
  const repository = /^repo:([^:]+)/.exec(subject)?.[1] ?? 'octo-org/octo-repo'
  const ref = /:ref:(.+)$/.exec(subject)?.[1] ?? 'refs/heads/main'
  return {
    ref,
    sha: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4',
    repository,
    repository_owner: repository.split('/')[0],
    run_id: '1',
    run_number: '1',
    run_attempt: '1',
    actor: 'octocat',
    workflow: 'backup',
    event_name: 'workflow_dispatch',
    ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    runner_environment: 'github-hosted'
  }
}

function b64url(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64url')
}
