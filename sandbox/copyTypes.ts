/** Public types of the sandbox's copy jobs (StartCopyJob, DescribeCopyJob, ListCopyJobs). */
import type { Pattern } from './types.js'

export type CopyJobState = 'CREATED' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'PARTIAL'
export type TerminalCopyJobState = 'COMPLETED' | 'FAILED' | 'PARTIAL'

/**
 * How one copy job moves. Offsets are real milliseconds from the moment the copy may start: its creation, or
 * when the copy holding its resource (or a slot of its destination, see copyConcurrencyPerDestination) ends.
 */
export interface CopyTimeline {
  /** CREATED → RUNNING; DestinationRecoveryPointArn appears from here on. Default 20. */
  readonly runningAfterMs?: number
  /** RUNNING → endState. `Infinity` runs for ever (there is no call that stops a copy job). Default 150. */
  readonly endAfterMs?: number
  /** Default COMPLETED. */
  readonly endState?: TerminalCopyJobState
  /** StatusMessage once the copy has ended. */
  readonly statusMessage?: string
  /** StatusMessage while RUNNING. */
  readonly runningStatusMessage?: string
  /** Default SUCCESS for COMPLETED, absent otherwise. */
  readonly messageCategory?: string
  /** Default: the size of the source recovery point's backup. */
  readonly backupSizeInBytes?: number
}

/** What a copy timeline chooser sees. */
export interface CopyContext {
  readonly resourceArn: string
  readonly sourceRecoveryPointArn: string
  readonly destinationBackupVaultArn: string
  /** The StartCopyJob body, as sent. */
  readonly request: Readonly<Record<string, unknown>>
}

/** A rule matches when every matcher it has matches (exact ARN, glob with `*`, or RegExp). */
export interface CopyTimelineRule {
  readonly destinationVaultArn?: Pattern
  readonly resourceArn?: Pattern
  readonly timeline: CopyTimeline
}

/** A timeline for every copy, a function choosing per copy, or a default plus rules (first match wins). */
export type CopyTimelineOption =
  | CopyTimeline
  | ((copy: CopyContext) => CopyTimeline | undefined)
  | { readonly default?: CopyTimeline; readonly rules?: readonly CopyTimelineRule[] }

/**
 * What happens to a copy into a vault of another account:
 * - `allowed`: it runs like any copy;
 * - `refused-at-start`: StartCopyJob answers 403 AccessDeniedException naming backup:CopyIntoBackupVault;
 * - `refused-in-job`: the copy job is created and ends FAILED with an access-denied StatusMessage.
 */
export type CrossAccountCopyMode = 'allowed' | 'refused-at-start' | 'refused-in-job'

export type CrossAccountCopyOption =
  | CrossAccountCopyMode
  | {
      readonly default?: CrossAccountCopyMode
      /** By destination vault ARN; first match wins. */
      readonly rules?: readonly { readonly destinationVaultArn: Pattern; readonly mode: CrossAccountCopyMode }[]
    }

/** A copy job as the sandbox holds it, evaluated at the moment of the call. */
export interface CopyJobSnapshot {
  readonly copyJobId: string
  /** The source region: where the copy job was started and is described. */
  readonly region: string
  readonly accountId: string
  readonly resourceArn: string
  readonly resourceType: string
  readonly sourceBackupVaultName: string
  readonly sourceBackupVaultArn: string
  readonly sourceRecoveryPointArn: string
  /** The backup job that made the source recovery point. */
  readonly sourceBackupJobId: string
  readonly destinationBackupVaultArn: string
  readonly destinationRegion: string
  readonly destinationAccountId: string
  readonly crossAccount: boolean
  readonly destinationRecoveryPointArn?: string
  readonly iamRoleArn: string
  readonly idempotencyToken?: string
  readonly state: CopyJobState
  readonly statusMessage?: string
  readonly messageCategory?: string
  readonly backupSizeInBytes: number
  readonly creationDate: Date
  readonly completionDate?: Date
  /** Access key that started it. */
  readonly startedBy: string
  readonly request: Readonly<Record<string, unknown>>
}

export interface CopyJobFilter {
  readonly resourceArn?: string
  readonly state?: string
  readonly region?: string
  readonly destinationBackupVaultArn?: string
}
