/**
 * When credentials from STS expire by this runner's clock. STS states their Expiration by its own clock, and a
 * runner's clock may be off: 20 minutes ahead, credentials issued for 900 s look expired on arrival, and were
 * renewed before every call (a 5 s wait made 14 OIDC token requests and 14 STS calls). So their lifetime is read on
 * STS's clock, Expiration minus the Date of STS's answer, and counted on the runner's from when the request left.
 */

// A Date header counts whole seconds: the lifetime read from it may be up to this much too long.
const DATE_RESOLUTION_MS = 1_000
// The SDK's own margin: no request is signed with credentials about to lapse.
const REFRESH_MARGIN_MS = 5 * 60_000

export interface IssuedCredentials {
  /** STS's Expiration, by its clock. */
  readonly expiration: Date
  /** The Date header of STS's answer, when there was one. */
  readonly answeredAt?: Date
  /** By the runner's clock, just before the request was sent. */
  readonly sentAtMs: number
  /** By the runner's clock, when the answer came. */
  readonly receivedAtMs: number
  /** The DurationSeconds asked for. */
  readonly requestedSeconds: number
}

/** The moment the credentials expire, by the runner's clock; never later than they could by STS's. */
export function localExpiration(issued: IssuedCredentials): Date {
  return new Date(issued.sentAtMs + lifetimeMs(issued))
}

/**
 * How long before localExpiration to renew them: the SDK's 5 minutes, but at most half their lifetime, so that
 * short-lived credentials are used at all before they are renewed.
 */
export function refreshMarginMs(issued: IssuedCredentials): number {
  return Math.min(REFRESH_MARGIN_MS, lifetimeMs(issued) / 2)
}

function lifetimeMs(issued: IssuedCredentials): number {
  const expiration = issued.expiration.getTime()
  const answeredAt = issued.answeredAt?.getTime()
  if (answeredAt !== undefined && Number.isFinite(answeredAt) && expiration - answeredAt > DATE_RESOLUTION_MS) {
    return expiration - answeredAt - DATE_RESOLUTION_MS
  }
  // Without STS's Date (a proxy may drop it): its Expiration when the runner's clock finds it plausible, in the future
  // and no further than asked for; otherwise the clocks disagree, and STS issues what was asked for.
  const left = expiration - issued.receivedAtMs
  const asked = issued.requestedSeconds * 1000
  return left > 0 && left <= asked + DATE_RESOLUTION_MS ? left + (issued.receivedAtMs - issued.sentAtMs) : asked
}
