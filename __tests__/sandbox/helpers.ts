/** Shared bits of the sandbox tests (not itself a test file). */
import { BackupClient } from '@aws-sdk/client-backup'
import type { Sandbox } from '../../sandbox/sandbox.js'

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
