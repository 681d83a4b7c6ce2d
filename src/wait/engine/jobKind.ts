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
