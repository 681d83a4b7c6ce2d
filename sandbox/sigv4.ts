/**
 * AWS Signature Version 4, written from the public specification so the sandbox can check what real SDKs
 * and the CLI send. `signRequest` exists for tests that need to forge or tamper with a request.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

export const ALGORITHM = 'AWS4-HMAC-SHA256'

export interface ParsedAuthorization {
  readonly accessKeyId: string
  /** yyyymmdd from the credential scope. */
  readonly date: string
  readonly region: string
  readonly service: string
  readonly terminator: string
  readonly signedHeaders: readonly string[]
  readonly signature: string
}

/** The parts of a request that SigV4 covers, as they travelled on the wire. */
export interface SignableRequest {
  readonly method: string
  readonly rawPath: string
  readonly rawQuery: string
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string>>
  readonly body: Buffer | string
}

/** Undefined when the header is not a well-formed SigV4 header (the caller answers IncompleteSignature). */
export function parseAuthorization(header: string | undefined): ParsedAuthorization | undefined {
  if (header === undefined || !header.startsWith(`${ALGORITHM} `)) return undefined
  const fields: Record<string, string> = {}
  for (const part of header.slice(ALGORITHM.length + 1).split(',')) {
    const eq = part.indexOf('=')
    if (eq > 0) fields[part.slice(0, eq).trim()] = part.slice(eq + 1).trim()
  }
  const credential = fields['Credential']
  const signedHeaders = fields['SignedHeaders']
  const signature = fields['Signature']
  if (credential === undefined || signedHeaders === undefined || signature === undefined) return undefined
  // The access key id cannot contain '/', the scope is the last four parts.
  const parts = credential.split('/')
  if (parts.length < 5) return undefined
  const [terminator, service, region, date] = parts.splice(-4).reverse() as [string, string, string, string]
  return {
    accessKeyId: parts.join('/'),
    date,
    region,
    service,
    terminator,
    signedHeaders: signedHeaders.split(';'),
    signature
  }
}

/** encodeURIComponent plus the RFC 3986 reserved characters it leaves alone. */
export function escapeUri(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** Non-S3 services encode the (already encoded) path a second time, after removing '.' and '..' segments. */
export function canonicalPath(rawPath: string): string {
  const segments: string[] = []
  for (const segment of rawPath.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') segments.pop()
    else segments.push(segment)
  }
  const trailing = segments.length > 0 && rawPath.endsWith('/') ? '/' : ''
  return escapeUri(`/${segments.join('/')}${trailing}`).replace(/%2F/g, '/')
}

export function canonicalQuery(rawQuery: string): string {
  const pairs: [string, string][] = []
  for (const part of rawQuery.split('&')) {
    if (part === '') continue
    const eq = part.indexOf('=')
    const key = escapeUri(decode(eq < 0 ? part : part.slice(0, eq)))
    const value = escapeUri(decode(eq < 0 ? '' : part.slice(eq + 1)))
    if (key.toLowerCase() === 'x-amz-signature') continue
    pairs.push([key, value])
  }
  pairs.sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
  return pairs.map(([k, v]) => `${k}=${v}`).join('&')
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

/** Values trimmed and inner runs of whitespace collapsed; a signed header that is absent signs as empty. */
export function canonicalHeaders(headers: Readonly<Record<string, string>>, signedHeaders: readonly string[]): string {
  return signedHeaders
    .map(
      (name) =>
        `${name}:${(headers[name] ?? '')
          .replace(/[\r\n]/g, ' ')
          .replace(/[ \t]+/g, ' ')
          .trim()}\n`
    )
    .join('')
}

export function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex')
}

export function canonicalRequest(req: SignableRequest, signedHeaders: readonly string[], payloadHash: string): string {
  return [
    req.method,
    canonicalPath(req.rawPath),
    canonicalQuery(req.rawQuery),
    canonicalHeaders(req.headers, signedHeaders),
    signedHeaders.join(';'),
    payloadHash
  ].join('\n')
}

export function signingKey(secretAccessKey: string, date: string, region: string, service: string): Buffer {
  const kDate = createHmac('sha256', `AWS4${secretAccessKey}`).update(date).digest()
  const kRegion = createHmac('sha256', kDate).update(region).digest()
  const kService = createHmac('sha256', kRegion).update(service).digest()
  return createHmac('sha256', kService).update('aws4_request').digest()
}

export interface SignatureParts {
  readonly secretAccessKey: string
  /** yyyymmddThhmmssZ */
  readonly amzDate: string
  readonly region: string
  readonly service: string
  readonly signedHeaders: readonly string[]
  readonly payloadHash: string
}

export function computeSignature(req: SignableRequest, parts: SignatureParts): string {
  const date = parts.amzDate.slice(0, 8)
  const scope = `${date}/${parts.region}/${parts.service}/aws4_request`
  const stringToSign = [ALGORITHM, parts.amzDate, scope, sha256Hex(canonicalRequest(req, parts.signedHeaders, parts.payloadHash))].join(
    '\n'
  )
  return createHmac('sha256', signingKey(parts.secretAccessKey, date, parts.region, parts.service))
    .update(stringToSign)
    .digest('hex')
}

export function signaturesEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a)
  const bb = Buffer.from(b)
  return ab.length === bb.length && timingSafeEqual(ab, bb)
}

/** 20150830T123600Z */
export function toAmzDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

/** Parses yyyymmddThhmmssZ; NaN if malformed. */
export function parseAmzDate(value: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value)
  if (m === null) return NaN
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number]
  return Date.UTC(y, mo - 1, d, h, mi, s)
}

export interface SigningCredentials {
  readonly accessKeyId: string
  readonly secretAccessKey: string
  readonly sessionToken?: string
}

/**
 * Signs a request for tests: returns the headers to send (host, x-amz-date, authorization and the session token).
 * `headers` must already hold everything else that is sent.
 */
export function signRequest(
  req: SignableRequest,
  credentials: SigningCredentials,
  scope: { readonly region: string; readonly service: string; readonly date?: Date; readonly host: string }
): Record<string, string> {
  const amzDate = toAmzDate(scope.date ?? new Date())
  const headers: Record<string, string> = { ...req.headers, host: scope.host, 'x-amz-date': amzDate }
  if (credentials.sessionToken !== undefined) headers['x-amz-security-token'] = credentials.sessionToken
  const signedHeaders = Object.keys(headers)
    .map((h) => h.toLowerCase())
    .sort()
  const signature = computeSignature(
    { ...req, headers },
    {
      secretAccessKey: credentials.secretAccessKey,
      amzDate,
      region: scope.region,
      service: scope.service,
      signedHeaders,
      payloadHash: sha256Hex(req.body)
    }
  )
  const credential = `${credentials.accessKeyId}/${amzDate.slice(0, 8)}/${scope.region}/${scope.service}/aws4_request`
  headers['authorization'] = `${ALGORITHM} Credential=${credential}, SignedHeaders=${signedHeaders.join(';')}, Signature=${signature}`
  return headers
}
