/** Shared bits of the sandbox tests (not itself a test file). */
import { BackupClient } from '@aws-sdk/client-backup'
import type { Sandbox } from '../../sandbox/sandbox.js'
import { signRequest } from '../../sandbox/sigv4.js'

export interface Keys {
  readonly accessKeyId: string
  readonly secretAccessKey: string
  readonly sessionToken?: string
  readonly expiration?: Date
}

export const REGION = 'us-east-1'
export const ACCOUNT = '123456789012'
export const ROLE = `arn:aws:iam::${ACCOUNT}:role/backup-role`
export const STATIC = { accessKeyId: 'AKIASANDBOXSTATIC01', secretAccessKey: 'sandbox/static/secret+key0000000000000000' }

export const ebs = (n: number | string): string => `arn:aws:ec2:${REGION}:${ACCOUNT}:volume/vol-${String(n).padStart(17, '0')}`

export function client(sandbox: Sandbox, credentials: Keys = STATIC, region = REGION): BackupClient {
  return new BackupClient({ region, endpoint: sandbox.url, credentials })
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Polls until `check` gives a value, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined> | T | undefined, timeoutMs = 3000, everyMs = 10): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`)
    await sleep(everyMs)
  }
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejection(p: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number; attempts?: number } }> {
  try {
    await p
  } catch (err) {
    return err as Error & { $metadata?: { httpStatusCode?: number } }
  }
  throw new Error('expected the call to fail')
}

/**
 * One signed call answered as raw JSON, to check what is on the wire: the SDK's deserialiser drops members it
 * does not know and so would hide a field the service model lacks.
 */
export async function rawCall(
  sandbox: Sandbox,
  method: string,
  path: string,
  options: { readonly query?: string; readonly body?: string; readonly region?: string } = {}
): Promise<{ status: number; json: Record<string, unknown> }> {
  const body = options.body ?? ''
  const headers = signRequest(
    { method, rawPath: path, rawQuery: options.query ?? '', headers: body !== '' ? { 'content-type': 'application/json' } : {}, body },
    STATIC,
    { region: options.region ?? REGION, service: 'backup', host: new URL(sandbox.url).host }
  )
  const query = options.query !== undefined && options.query !== '' ? `?${options.query}` : ''
  const res = await fetch(`${sandbox.url}${path}${query}`, { method, headers, ...(body !== '' ? { body } : {}) })
  const text = await res.text()
  return { status: res.status, json: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) }
}

/** The member names of one of the SDK's structure schemas (e.g. BackupJob$): what the service model says a shape holds. */
export function schemaMembers(schema: unknown): string[] {
  return ((schema as unknown[])[4] as string[] | undefined) ?? []
}
