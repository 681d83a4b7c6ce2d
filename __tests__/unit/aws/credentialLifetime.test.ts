import { describe, expect, it } from '@jest/globals'
import { localExpiration, refreshMarginMs, type IssuedCredentials } from '../../../src/aws/credentialLifetime.js'

const T = Date.parse('2026-11-29T10:00:00Z')
const MIN = 60_000
/** Credentials for `seconds` asked for, issued by an STS whose clock reads `stsAheadMs` more than the runner's. */
const issued = (seconds: number, stsAheadMs: number, options: { dated?: boolean; lifetimeSeconds?: number } = {}): IssuedCredentials => ({
  expiration: new Date(T + stsAheadMs + (options.lifetimeSeconds ?? seconds) * 1000),
  ...(options.dated === false ? {} : { answeredAt: new Date(T + stsAheadMs) }),
  sentAtMs: T - 100,
  receivedAtMs: T,
  requestedSeconds: seconds
})

describe('localExpiration and refreshMarginMs: the lifetime STS gave, counted on the runner’s clock', () => {
  it.each([
    ['clocks that agree', issued(3600, 0), T - 100 + 3599_000, 5 * MIN],
    ['the runner 20 minutes ahead, 900 s asked for', issued(900, -20 * MIN), T - 100 + 899_000, 5 * MIN],
    ['the runner 2 hours behind', issued(3600, 120 * MIN), T - 100 + 3599_000, 5 * MIN],
    ['credentials of 2 s (the sandbox’s short lifetimes)', issued(900, 0, { lifetimeSeconds: 2 }), T - 100 + 1_000, 500],
    ['no Date header, clocks that agree', issued(3600, 0, { dated: false }), T + 3600_000, 5 * MIN],
    [
      'no Date header, the runner 20 minutes ahead: the lifetime asked for',
      issued(900, -20 * MIN, { dated: false }),
      T - 100 + 900_000,
      5 * MIN
    ],
    [
      'no Date header, the runner 2 hours behind: the lifetime asked for',
      issued(3600, 120 * MIN, { dated: false }),
      T - 100 + 3600_000,
      5 * MIN
    ]
  ])('%s', (_, credentials, expires, margin) => {
    expect(localExpiration(credentials).getTime()).toBe(expires)
    expect(refreshMarginMs(credentials)).toBe(margin)
    // Renewal is due well after arrival, so no clock can make the step renew on every call.
    expect(localExpiration(credentials).getTime() - refreshMarginMs(credentials)).toBeGreaterThan(credentials.receivedAtMs)
  })
})
