/** Scripted faults: each rule affects the next N requests it matches, then retires. */
import { backupError } from './backupService.js'
import type { Reply } from './http.js'
import { oidcError } from './oidc.js'
import { stsError } from './sts.js'
import type { FaultAction, FaultContext, FaultHandle, FaultRule, ServiceName } from './types.js'

type ReplyingFault = Extract<FaultAction, { kind: 'throttle' | 'unavailable' | 'error' }>
type AnsweringFault = Extract<FaultAction, { kind: 'answer' }>
/** What to do with one request: a delay, and at most one other action (an `answer` with its body already built). */
export type Decision = {
  readonly delayMs: number
  readonly action?: Exclude<FaultAction, { kind: 'delay' | 'answer' }> | (Omit<AnsweringFault, 'body'> & { readonly body: string })
}

interface Active {
  readonly rule: FaultRule
  skipped: number
  hits: number
  cancelled: boolean
}

/** Statuses AWS uses for these codes, so a rule may give just the code. */
const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  ThrottlingException: 400,
  Throttling: 400,
  LimitExceededException: 400,
  TooManyRequestsException: 429,
  ServiceUnavailableException: 500,
  ServiceUnavailable: 503,
  DependencyFailureException: 500,
  InternalFailure: 500,
  InternalServerError: 500,
  AccessDeniedException: 403,
  AccessDenied: 403,
  IDPRejectedClaim: 403,
  RegionDisabledException: 403,
  UnrecognizedClientException: 403,
  InvalidSignatureException: 403,
  IncompleteSignatureException: 403,
  ExpiredTokenException: 403
}

export class FaultBook {
  private readonly rules: Active[] = []

  add(rule: FaultRule): FaultHandle {
    const active: Active = { rule, skipped: 0, hits: 0, cancelled: false }
    this.rules.push(active)
    const times = rule.times ?? 1
    return {
      get hits() {
        return active.hits
      },
      get remaining() {
        return active.cancelled ? 0 : Math.max(0, times - active.hits)
      },
      cancel: () => {
        active.cancelled = true
      }
    }
  }

  clear(): void {
    for (const r of this.rules) r.cancelled = true
    this.rules.length = 0
  }

  /** Applies at most one delay rule and one other rule to a request, first added first; the others wait. */
  take(ctx: FaultContext): Decision {
    let delayMs = 0
    let delayTaken = false
    let action: Decision['action']
    for (const active of this.rules) {
      const { rule } = active
      if (active.cancelled || active.hits >= (rule.times ?? 1)) continue
      if (rule.service !== ctx.service || (rule.operation !== undefined && rule.operation !== ctx.operation)) continue
      if (rule.when !== undefined && !rule.when(ctx)) continue
      // `skip` counts every matching request, even one another rule took, so "fail the 2nd call" means that.
      if (active.skipped < (rule.skip ?? 0)) {
        active.skipped++
        continue
      }
      const isDelay = rule.kind === 'delay'
      if ((isDelay && delayTaken) || (!isDelay && action !== undefined)) continue
      active.hits++
      if (rule.kind === 'delay') {
        delayMs = rule.ms
        delayTaken = true
      } else {
        action = toAction(rule, ctx)
      }
    }
    return action === undefined ? { delayMs } : { delayMs, action }
  }
}

function toAction(rule: Exclude<FaultRule, { kind: 'delay' }>, ctx: FaultContext): NonNullable<Decision['action']> {
  switch (rule.kind) {
    case 'drop':
      return { kind: 'drop', ...(rule.beforeProcessing !== undefined ? { beforeProcessing: rule.beforeProcessing } : {}) }
    case 'answer': {
      const { service: _s, operation: _o, times: _t, skip: _k, when: _w, body, ...answer } = rule
      return { ...answer, body: typeof body === 'function' ? body(ctx) : (body ?? '') }
    }
    case 'throttle':
    case 'unavailable':
    case 'error': {
      const { service: _s, operation: _o, times: _t, skip: _k, when: _w, ...action } = rule
      return action
    }
  }
}

/** An `answer` fault's reply: exactly what the rule says, nothing of the service's format added. */
export function answerReply(action: Omit<AnsweringFault, 'body'> & { readonly body: string }): Reply {
  return { status: action.status, headers: { ...action.headers }, body: action.body }
}

/** The answer a replying fault gives, in the wire format of the service it hit. */
export function faultReply(service: ServiceName, fault: ReplyingFault): Reply {
  const { code, status, message } = describe(service, fault)
  switch (service) {
    case 'backup':
      return backupError(status, code, message)
    case 'sts':
      return stsError(status, code, message, status >= 500 ? 'Receiver' : 'Sender')
    case 'oidc':
      return oidcError(status, code, message)
  }
}

function describe(service: ServiceName, fault: ReplyingFault): { code: string; status: number; message: string } {
  if (fault.kind === 'throttle') {
    const code = fault.code ?? (service === 'backup' ? 'ThrottlingException' : service === 'sts' ? 'Throttling' : 'TooManyRequests')
    const status = fault.status ?? (service === 'oidc' ? 429 : (STATUS_BY_CODE[code] ?? 400))
    return { code, status, message: fault.message ?? 'Rate exceeded' }
  }
  if (fault.kind === 'unavailable') {
    const code = service === 'backup' ? 'ServiceUnavailableException' : 'ServiceUnavailable'
    const status = fault.status ?? (service === 'backup' ? 500 : 503)
    return { code, status, message: fault.message ?? 'The service is unavailable. Please try again later.' }
  }
  const fallback = service === 'oidc' ? 500 : 400
  const status =
    fault.status ?? (service === 'sts' && fault.code === 'ExpiredTokenException' ? 400 : (STATUS_BY_CODE[fault.code] ?? fallback))
  return { code: fault.code, status, message: fault.message ?? defaultMessage(fault.code) }
}

function defaultMessage(code: string): string {
  switch (code) {
    case 'IDPCommunicationError':
      return "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements"
    case 'InvalidIdentityToken':
      return 'Incorrect token audience'
    case 'AccessDenied':
      return 'Not authorized to perform sts:AssumeRoleWithWebIdentity'
    default:
      return `Injected fault: ${code}`
  }
}
