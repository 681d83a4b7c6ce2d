/**
 * What the wait engine needs of one kind of job (a backup job, a copy job, …), so that it can wait on any kind
 * without knowing what the jobs are: how to read a job's status, tell its end, name it, judge it and, if the kind
 * can be stopped, stop it.
 */
import type { JobStatus, JobVerdict } from '../../shared/job.js'

/** A job to wait on, with what is known of it when the wait begins. */
export interface Watched<J> {
  readonly job: J
  readonly status: JobStatus
}

/** The part the polling loop uses. */
export interface WatchedKind<J> {
  /** What AWS says of the job now; `signal` abandons the check. */
  describe(job: J, signal?: AbortSignal): Promise<JobStatus>
  /** Whether a job in this state has ended (`job`: for a kind whose jobs differ). */
  isTerminal(state: string | undefined, job: J): boolean
  /** How the job is named at the start of a log line; safe for the log. */
  label(job: J): string
  /** A short name for the compact lines of a wait over many jobs ("EBS volume vol-1"); the label when absent. */
  shortLabel?(job: J): string
  /** A note added to a progress line when it appears, and repeated while it holds, such as why a job has not started. */
  note?(status: JobStatus, job: J): string | undefined
  /** Throttling, 5xx, the network: the check is tried again later instead of giving up on the job. */
  isTransientError(error: unknown): boolean
  /** Reading many jobs with one call, when the kind can: the wait then costs calls per group, not per job. */
  readonly batch?: BatchReading<J>
}

/**
 * How a kind reads several jobs at once (say, one list query per region). A round of the wait reads every group
 * that has a job due, and every job the answer shows takes it, due or not, since it cost nothing more; a job the
 * answer does not show is read alone with describe when it is due.
 */
export interface BatchReading<J> {
  /** Jobs with the same key are read by one describeMany; the key names the group in the log (e.g. a region). */
  key(job: J): string
  /**
   * The status of each job, in the order given, or undefined for a job the answer does not show (yet: lists are
   * eventually consistent) or does not tell in full. Throws when the call fails: the engine then treats it as a
   * failed check of each job due, or, for an error that retrying cannot fix, reads each job alone from then on.
   */
  describeMany(jobs: readonly Watched<J>[], signal?: AbortSignal): Promise<readonly (JobStatus | undefined)[]>
  /** The sentence for a batch read that failed for good (say, a missing permission); safe for the log. */
  describeError(key: string, error: unknown): string
}

export type Judgement = JobVerdict | { readonly verdict: 'unfinished'; readonly message: string }

/** What asking AWS to stop one job came to: a line for the log, and whether AWS accepted. */
export interface StopResult {
  readonly stopped: boolean
  readonly line: string
}

export interface JobKind<J> extends WatchedKind<J> {
  /** "backup job": for the wait's lines. */
  readonly noun: string
  /** Where the jobs run, e.g. "AWS Backup". */
  readonly service: string
  /** The verdict on a job once the wait is over; 'unfinished' for one that had not ended. */
  judge(job: J, status: JobStatus): Judgement
  /** The sentence for a status check that failed for good. */
  describeError(job: J, error: unknown): string
  /** Asks for each job to be stopped within `deadlineMs`; absent when this kind of job cannot be stopped. */
  stop?(jobs: readonly J[], deadlineMs: number): Promise<StopResult[]>
  /** For a kind whose jobs differ: whether this one can be stopped (all can, when `stop` is there, if absent). */
  canStop?(job: J): boolean
  /** For a kind whose jobs differ: what this one is called ("copy job"); `noun` if absent. */
  nounOf?(job: J): string
  /** Runs once for each job judged, e.g. to list a parent job's children. */
  afterJudged?(job: J, status: JobStatus): Promise<void>
}
