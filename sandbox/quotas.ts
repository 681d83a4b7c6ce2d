/**
 * Request-rate quotas of the Backup API: one token bucket per account, region and operation. A bucket holds
 * `burst` tokens (default: the rate, at least 1), refills continuously at `rate` per second, and each request
 * takes one; a request that finds less than one token is throttled and takes no effect.
 */
import type { RateQuota, RateQuotas } from './types.js'

/** The operations a quota may name: a typo would otherwise silently limit nothing. */
export const QUOTA_OPERATIONS: readonly string[] = [
  'StartBackupJob',
  'DescribeBackupJob',
  'StopBackupJob',
  'ListBackupJobs',
  'StartCopyJob',
  'DescribeCopyJob',
  'ListCopyJobs'
]

interface Bucket {
  tokens: number
  at: number
}

export class RateLimiter {
  private quotas: ReadonlyMap<string, Required<RateQuota>> = new Map()
  private readonly buckets = new Map<string, Bucket>()

  constructor(quotas?: RateQuotas) {
    this.set(quotas)
  }

  /** Replaces the quotas; every bucket starts full again. */
  set(quotas: RateQuotas | undefined): void {
    this.quotas = resolveQuotas(quotas ?? {})
    this.buckets.clear()
  }

  /** Takes a token for this request if there is one; false means the request is over quota. */
  take(operation: string, region: string, account: string, now: number): boolean {
    const quota = this.quotas.get(operation)
    if (quota === undefined || quota.rate === Infinity) return true
    const key = `${account}|${region}|${operation}`
    const bucket = this.buckets.get(key) ?? { tokens: quota.burst, at: now }
    const refilled = Math.min(quota.burst, bucket.tokens + (Math.max(0, now - bucket.at) * quota.rate) / 1000)
    const allowed = refilled >= 1
    this.buckets.set(key, { tokens: allowed ? refilled - 1 : refilled, at: Math.max(now, bucket.at) })
    return allowed
  }
}

function resolveQuotas(quotas: RateQuotas): Map<string, Required<RateQuota>> {
  const out = new Map<string, Required<RateQuota>>()
  for (const [operation, value] of Object.entries(quotas)) {
    if (!QUOTA_OPERATIONS.includes(operation)) {
      throw new Error(`rateQuotas: unknown operation ${operation} (known: ${QUOTA_OPERATIONS.join(', ')})`)
    }
    const quota = typeof value === 'number' ? { rate: value } : value
    const burst = quota.burst ?? Math.max(1, quota.rate)
    if (!(quota.rate >= 0) || !(burst >= 0)) throw new Error(`rateQuotas: ${operation} needs a rate and burst of at least 0`)
    out.set(operation, { rate: quota.rate, burst })
  }
  return out
}

/** `StartBackupJob=10,ListBackupJobs=5` (or one pair) as a CLI gives it; `Op=10:20` sets a burst of 20. */
export function parseRateSpec(spec: string): Record<string, RateQuota> {
  const out: Record<string, RateQuota> = {}
  for (const part of spec.split(',')) {
    const m = /^\s*([A-Za-z]+)\s*=\s*([0-9.]+)(?::([0-9.]+))?\s*$/.exec(part)
    const rate = Number(m?.[2])
    const burst = m?.[3] !== undefined ? Number(m[3]) : undefined
    if (m === null || !Number.isFinite(rate) || (burst !== undefined && !Number.isFinite(burst))) {
      throw new Error(`--rate needs Operation=requestsPerSecond[:burst], got ${part}`)
    }
    out[m[1] ?? ''] = burst !== undefined ? { rate, burst } : { rate }
  }
  return out
}

/** The account a caller's keys belong to: the one in its principal ARN, else the sandbox's. */
export function accountOf(principalArn: string, fallback: string): string {
  const account = principalArn.split(':')[4] ?? ''
  return /^\d{12}$/.test(account) ? account : fallback
}
