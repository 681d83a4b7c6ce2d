/**
 * Error annotations within what GitHub shows: at most 10 per step. While the failures fit, each gets its own; past
 * that, each goes to the log and one annotation names them all. A failure reported early (a start that failed,
 * before a long wait) is remembered so that the final report does not repeat it, and counts against the ten.
 */
import { quote } from '../shared/escape.js'
import type { JobRequest } from '../shared/job.js'

export const MAX_ERROR_ANNOTATIONS = 10

export interface AnnotationSink {
  info(message: string): void
  error(message: string): void
}

/** One job's failure, or (without a request) the whole step's. */
export interface Failure {
  readonly request?: JobRequest
  readonly message: string
  /** How to name it, when its request names no resource (a job known only by its id). */
  readonly name?: string
}

export interface ErrorAnnotations {
  /** Whether this failure was reported already. */
  reported(failure: Failure): boolean
  /**
   * Reports these failures now. When they, and `reserve` annotations still to come, fit in what is left of the ten:
   * one annotation each, and true. Otherwise each goes to the log, and false: the caller names them all in one.
   */
  report(failures: readonly Failure[], reserve: number): boolean
  /** Counts an annotation made elsewhere (the combined one, the step's verdict). */
  used(): void
}

export function errorAnnotations(sink: AnnotationSink, max = MAX_ERROR_ANNOTATIONS): ErrorAnnotations {
  let used = 0
  const done = new Set<JobRequest>()
  return {
    reported: (failure) => failure.request !== undefined && done.has(failure.request),
    report(failures, reserve) {
      failures.forEach((f) => f.request && done.add(f.request))
      if (failures.length + reserve <= max - used) {
        failures.forEach((f) => sink.error(f.message))
        used += failures.length
        return true
      }
      failures.forEach((f) => sink.info(`Error: ${f.message}`))
      return false
    },
    used: () => void used++
  }
}

/** The resources of these failures, quoted, in order: `"arn:…", "arn:…"`. */
export function namesOf(failures: readonly Failure[]): string {
  const names = failures.flatMap((f) => (f.name !== undefined ? [f.name] : f.request ? [quote(f.request.resourceArn)] : []))
  return [...new Set(names)].join(', ')
}
