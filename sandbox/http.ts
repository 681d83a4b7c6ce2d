/** Plumbing shared by the sandbox's services: the request as handlers see it, their answer, small helpers. */
import { randomBytes, randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { Pattern } from './types.js'

/** One HTTP request, read whole. Raw path and query are kept because SigV4 signs them as sent. */
export interface RequestContext {
  readonly method: string
  readonly rawPath: string
  readonly rawQuery: string
  readonly query: Readonly<Record<string, string>>
  /** Lower-case names; repeated headers joined with ',' as SigV4 canonicalises them. */
  readonly headers: Readonly<Record<string, string>>
  readonly body: Buffer
  /** Epoch ms when the request arrived: every time-dependent decision of one request uses this. */
  readonly now: number
}

/** A handler's answer; written by the server unless a fault drops it. */
export interface Reply {
  readonly status: number
  readonly headers?: Readonly<Record<string, string>>
  readonly body?: string
  readonly errorCode?: string
  readonly accessKeyId?: string
  readonly signingRegion?: string
}

export async function readContext(req: IncomingMessage, now: number): Promise<RequestContext> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const url = req.url ?? '/'
  const q = url.indexOf('?')
  const rawPath = q < 0 ? url : url.slice(0, q)
  const rawQuery = q < 0 ? '' : url.slice(q + 1)
  const headers: Record<string, string> = {}
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = (req.rawHeaders[i] ?? '').toLowerCase()
    const value = req.rawHeaders[i + 1] ?? ''
    headers[name] = name in headers ? `${headers[name]},${value}` : value
  }
  return { method: req.method ?? 'GET', rawPath, rawQuery, query: parseQuery(rawQuery), headers, body: Buffer.concat(chunks), now }
}

/** Query parameters, decoded. '+' stays a plus: AWS signers encode spaces as %20. */
export function parseQuery(raw: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const part of raw.split('&')) {
    if (part === '') continue
    const eq = part.indexOf('=')
    const key = safeDecode(eq < 0 ? part : part.slice(0, eq))
    out[key] = safeDecode(eq < 0 ? '' : part.slice(eq + 1))
  }
  return out
}

export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

export function requestId(): string {
  return randomUUID()
}

export function jsonReply(status: number, value: unknown, extraHeaders: Record<string, string> = {}): Reply {
  return {
    status,
    headers: { 'content-type': 'application/json', 'x-amzn-requestid': requestId(), ...extraHeaders },
    body: value === undefined ? '' : JSON.stringify(value)
  }
}

/** `*` matches any run of characters, like IAM StringLike; a RegExp is tested as is. */
export function matchesPattern(pattern: Pattern, value: string): boolean {
  if (pattern instanceof RegExp) return pattern.test(value)
  if (!pattern.includes('*')) return pattern === value
  const re = pattern.split('*').map(escapeRegExp).join('.*')
  return new RegExp(`^${re}$`, 's').test(value)
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve()
}

/** Uppercase letters and digits, the alphabet of AWS key ids. */
export function randomKeyChars(length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  const bytes = randomBytes(length)
  let out = ''
  for (const b of bytes) out += alphabet[b % alphabet.length]
  return out
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
