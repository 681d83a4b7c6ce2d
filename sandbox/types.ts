/** Public types of the loopback AWS sandbox (GitHub OIDC + STS + AWS Backup on one local HTTP server). */
import type { CopyTimelineOption, CrossAccountCopyOption } from './copyTypes.js'

export type ServiceName = 'oidc' | 'sts' | 'backup'

export type TerminalJobState = 'COMPLETED' | 'FAILED' | 'ABORTED' | 'EXPIRED' | 'PARTIAL'
export type SandboxJobState = 'CREATED' | 'PENDING' | 'RUNNING' | 'ABORTING' | TerminalJobState

/**
 * How one backup job moves. Offsets are real milliseconds from the moment the job may start:
 * its creation, or the end of the previous job on the same resource (one running job per resource).
 */
export interface JobTimeline {
  /** CREATED → PENDING. Default 10. */
  readonly pendingAfterMs?: number
  /** PENDING → RUNNING; the recovery point ARN appears from here on. Default 30. */
  readonly runningAfterMs?: number
  /** RUNNING → endState. `Infinity` runs until stopped (or, for a parent, until its children end). Default 150. */
  readonly endAfterMs?: number
  /** Default COMPLETED. For a parent job it is derived from its children and this is ignored. */
  readonly endState?: TerminalJobState
  /** StatusMessage once the job has ended (and, for RUNNING, while it runs if `runningStatusMessage` is unset). */
  readonly statusMessage?: string
  readonly runningStatusMessage?: string
  /** Default SUCCESS for COMPLETED, absent otherwise. */
  readonly messageCategory?: string
  /** Default 1 GiB. */
  readonly backupSizeInBytes?: number
  /** How long a stopped job stays ABORTING before ABORTED. Default 20. */
  readonly abortingMs?: number
  /** Makes the job a parent (composite) job: a count (children copy this timeline) or one timeline per child. */
  readonly children?: number | readonly ChildTimeline[]
}

export interface ChildTimeline extends Omit<JobTimeline, 'children'> {
  /** Default `<parent resource ARN>/child-<n>`. */
  readonly resourceArn?: string
}

/** The JSON body of a StartBackupJob request, as sent. */
export type StartBackupJobBody = Readonly<Record<string, unknown>>

export type TimelineChooser = (resourceArn: string, request: StartBackupJobBody) => JobTimeline | undefined

export interface TimelineRule {
  /** Exact ARN, a glob with `*`, a RegExp, or a predicate. */
  readonly match: string | RegExp | ((resourceArn: string) => boolean)
  readonly timeline: JobTimeline
}

/** A timeline for every job, a function choosing per resource, or a default plus rules (first match wins). */
export type TimelineOption = JobTimeline | TimelineChooser | { readonly default?: JobTimeline; readonly rules?: readonly TimelineRule[] }

export interface StaticCredentials {
  readonly accessKeyId: string
  readonly secretAccessKey: string
  readonly sessionToken?: string
  readonly expiration?: Date
  /** Who signs with these keys, used in AccessDenied messages. Default `arn:aws:iam::<account>:user/sandbox-user`. */
  readonly principalArn?: string
}

/** A string is an exact value or a glob with `*` (like IAM's StringLike); a RegExp is tested as is. */
export type Pattern = string | RegExp

/** One trust-policy statement: who (`sub`) may assume which role(s). */
export interface TrustRule {
  readonly roleArn?: Pattern
  readonly sub?: Pattern
}

export interface SandboxOptions {
  /** Default us-east-1: used by env({ region: true }) and as the region of the sandbox's own ARNs. */
  readonly region?: string
  /** Default 123456789012. */
  readonly accountId?: string
  /** Default 0: a free port on 127.0.0.1. */
  readonly port?: number
  /** Ambient keys accepted by the Backup API besides those issued by STS. */
  readonly staticCredentials?: StaticCredentials | readonly StaticCredentials[]
  /** Lifetime of STS-issued credentials, overriding DurationSeconds (fractions allowed, for expiry tests). */
  readonly credentialsTtlSeconds?: number
  /** Lifetime of OIDC ID tokens. Default 300. */
  readonly idTokenTtlSeconds?: number
  readonly oidc?: {
    /** The bearer token the OIDC endpoint expects. Default: random. */
    readonly requestToken?: string
    /** Default `repo:octo-org/octo-repo:ref:refs/heads/main`. */
    readonly subject?: string
    /** Default https://token.actions.githubusercontent.com */
    readonly issuer?: string
    /** Extra or overriding claims. */
    readonly claims?: Readonly<Record<string, unknown>>
  }
  /** Audiences STS accepts. Default ['sts.amazonaws.com']. */
  readonly stsAudiences?: readonly string[]
  /** Roles that may be assumed (any sub). With `trustedSubjects`, both must match. Default: any role. */
  readonly trustedRoleArns?: readonly Pattern[]
  /** Subjects that may assume a role. Default: any. */
  readonly trustedSubjects?: readonly Pattern[]
  /** Trust statements; when given, a request must match one of them (in addition to the two lists above). */
  readonly trust?: readonly TrustRule[]
  /** Known backup vaults; a name alone is known in every region. Default: any vault exists. */
  readonly vaults?: readonly (string | { readonly name: string; readonly region?: string })[]
  /** Roles the caller may pass (iam:PassRole). Default: any. */
  readonly passableRoles?: readonly Pattern[]
  readonly timeline?: TimelineOption
  /** Added to every answer, for benchmarks. */
  readonly latencyMs?: number
  /** Real milliseconds per "minute" of StartWindowMinutes, so a test can see a queued job expire. Default 60000. */
  readonly msPerMinute?: number
  /** Called with each record entry as it is made (e.g. to log traffic). */
  readonly onRequest?: (entry: RecordedRequest) => void
  /**
   * Request-rate quotas of Backup operations, per account (of the signing keys) and region, e.g.
   * `{ StartBackupJob: 10, ListBackupJobs: 5 }` requests per second. A token bucket: a client that keeps under
   * the rate is never throttled. Over-quota requests get 400 ThrottlingException "Rate exceeded" and take no
   * effect. Default: no quotas.
   */
  readonly rateQuotas?: RateQuotas
  /**
   * Eventually consistent lists: a job shows in ListBackupJobs (and a copy job in ListCopyJobs) only this many
   * milliseconds after its creation; Describe sees it at once. Default 0.
   */
  readonly listLagMs?: number
  /**
   * Destination vaults that copy jobs may go to, by ARN (globs allowed), in any region and account. Default:
   * any vault of another account, and a same-account vault if `vaults` knows its name in that region. Copying
   * into an unknown same-account vault is refused (ResourceNotFoundException); into an unknown vault of another
   * account, the copy job is created and ends FAILED (access denied or not found).
   */
  readonly destinationVaults?: readonly Pattern[]
  /** Whether copies into another account's vault are allowed, refused by StartCopyJob, or fail in the job. Default allowed. */
  readonly crossAccountCopy?: CrossAccountCopyOption
  /** How copy jobs move; by destination vault ARN and/or resource ARN with rules. Default: RUNNING at 20 ms, COMPLETED at 150 ms. */
  readonly copyTimeline?: CopyTimelineOption
  /** Copies running at once into one destination vault; the others wait in CREATED. Default: no limit. */
  readonly copyConcurrencyPerDestination?: number
}

/** Requests per second; `burst` (bucket size) defaults to the rate, at least 1. */
export interface RateQuota {
  readonly rate: number
  readonly burst?: number
}

/** Operation name (e.g. StartBackupJob) → its quota, a rate alone or with a burst. */
export type RateQuotas = Readonly<Record<string, number | RateQuota>>

/** What the sandbox saw and answered, one entry per HTTP request, in the order answers were given. */
export interface RecordedRequest {
  /** Arrival order, from 1. */
  readonly seq: number
  readonly time: Date
  readonly durationMs: number
  readonly service: ServiceName | 'unknown'
  /** e.g. StartBackupJob, AssumeRoleWithWebIdentity, GetIdToken. */
  readonly operation: string
  readonly method: string
  readonly path: string
  readonly query: Readonly<Record<string, string>>
  /** JSON body (backup), form fields (sts), undefined when empty. */
  readonly body: unknown
  readonly headers: Readonly<Record<string, string>>
  /** From the SigV4 Authorization header, whether or not the signature was valid. */
  readonly accessKeyId?: string
  readonly signingRegion?: string
  /** Status sent, or that would have been sent when the connection was dropped. */
  readonly status: number
  readonly errorCode?: string
  /** Set when a scripted fault shaped this answer. */
  readonly fault?: FaultAction['kind']
  /** True when the socket was destroyed instead of answering. */
  readonly dropped: boolean
}

export type FaultAction =
  /** Backup: 400 ThrottlingException (or the given code, e.g. LimitExceededException); STS: 400 Throttling; OIDC: 429. */
  | { readonly kind: 'throttle'; readonly code?: string; readonly status?: number; readonly message?: string }
  /** Backup: 500 ServiceUnavailableException; STS: 503 ServiceUnavailable; OIDC: 503. */
  | { readonly kind: 'unavailable'; readonly status?: number; readonly message?: string }
  /** Any error; status defaults from the code (400 if unknown). */
  | { readonly kind: 'error'; readonly code: string; readonly status?: number; readonly message?: string }
  /** Destroy the socket; by default after the request took effect (a lost answer), else before. */
  | { readonly kind: 'drop'; readonly beforeProcessing?: boolean }
  /** Answer normally, `ms` later. */
  | { readonly kind: 'delay'; readonly ms: number }
  /**
   * Answer with exactly this instead of the service's answer, as something in front of the service would (a load
   * balancer's 502 page, a proxy's error page, an empty 200): by default the request never reaches the service;
   * with `processed: true` it takes effect first and only its answer is replaced. `body` may be built from the
   * request, e.g. to echo its headers back.
   */
  | {
      readonly kind: 'answer'
      readonly status: number
      readonly headers?: Readonly<Record<string, string>>
      readonly body?: string | ((request: FaultContext) => string)
      readonly processed?: boolean
    }

/** What a fault rule's `when` predicate sees. */
export interface FaultContext {
  readonly service: ServiceName
  readonly operation: string
  readonly method: string
  readonly path: string
  readonly query: Readonly<Record<string, string>>
  /** Lower-case names, as sent. */
  readonly headers: Readonly<Record<string, string>>
  readonly body: unknown
}

export type FaultRule = FaultAction & {
  readonly service: ServiceName
  /** Default: any operation of the service. */
  readonly operation?: string
  /** Matching requests to affect. Default 1; Infinity for all. */
  readonly times?: number
  /** Matching requests to let through untouched first. Default 0. */
  readonly skip?: number
  readonly when?: (request: FaultContext) => boolean
}

export interface FaultHandle {
  /** Requests this rule has affected so far. */
  readonly hits: number
  readonly remaining: number
  cancel(): void
}

/** A job as the sandbox holds it, evaluated at the moment of the call. */
export interface JobSnapshot {
  readonly backupJobId: string
  readonly region: string
  readonly accountId: string
  readonly resourceArn: string
  readonly resourceType: string
  readonly backupVaultName: string
  readonly iamRoleArn: string
  readonly idempotencyToken?: string
  readonly state: SandboxJobState
  readonly statusMessage?: string
  readonly messageCategory?: string
  readonly percentDone: string
  readonly bytesTransferred: number
  readonly backupSizeInBytes?: number
  readonly recoveryPointArn?: string
  readonly creationDate: Date
  readonly completionDate?: Date
  readonly startBy: Date
  readonly isParent: boolean
  readonly parentJobId?: string
  readonly childJobIds: readonly string[]
  readonly stopped: boolean
  /** Access key that started it. */
  readonly startedBy: string
  readonly request: StartBackupJobBody
}

export interface IssuedCredentials {
  readonly accessKeyId: string
  readonly secretAccessKey: string
  readonly sessionToken: string
  readonly expiration: Date
  readonly roleArn: string
  readonly assumedRoleArn: string
}

/** Every secret the sandbox handed out or was given, so a test can scan logs for leaks. */
export interface IssuedSecrets {
  readonly accessKeyIds: readonly string[]
  readonly secretAccessKeys: readonly string[]
  readonly sessionTokens: readonly string[]
  readonly idTokens: readonly string[]
  readonly requestToken: string
}
