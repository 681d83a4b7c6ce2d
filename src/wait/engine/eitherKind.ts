/**
 * Two kinds of job waited for together (backups and their copies, say): one kind whose every call goes to the kind
 * of the job at hand. The first kind names the wait; only its jobs are stopped, and only if it can stop them.
 */
import type { BatchReading, JobKind } from './jobKind.js'

export type Either<A, B> = { readonly kind: 'first'; readonly job: A } | { readonly kind: 'second'; readonly job: B }

export function eitherKind<A, B>(first: JobKind<A>, second: JobKind<B>): JobKind<Either<A, B>> {
  const on =
    <R>(a: (kind: JobKind<A>, job: A) => R, b: (kind: JobKind<B>, job: B) => R) =>
    (either: Either<A, B>): R =>
      either.kind === 'first' ? a(first, either.job) : b(second, either.job)
  const firsts = (jobs: readonly Either<A, B>[]): A[] => jobs.flatMap((j) => (j.kind === 'first' ? [j.job] : []))
  return {
    noun: first.noun,
    service: first.service,
    describe: (job, signal) =>
      on(
        (k, j) => k.describe(j, signal),
        (k, j) => k.describe(j, signal)
      )(job),
    isTerminal: (state, job) =>
      on(
        (k, j) => k.isTerminal(state, j),
        (k, j) => k.isTerminal(state, j)
      )(job),
    label: on(
      (k, j) => k.label(j),
      (k, j) => k.label(j)
    ),
    note: (status, job) =>
      on(
        (k, j) => k.note?.(status, j),
        (k, j) => k.note?.(status, j)
      )(job),
    isTransientError: (error) => first.isTransientError(error) || second.isTransientError(error),
    judge: (job, status) =>
      on(
        (k, j) => k.judge(j, status),
        (k, j) => k.judge(j, status)
      )(job),
    describeError: (job, error) =>
      on(
        (k, j) => k.describeError(j, error),
        (k, j) => k.describeError(j, error)
      )(job),
    stop: first.stop && ((jobs, deadlineMs) => first.stop?.(firsts(jobs), deadlineMs) ?? Promise.resolve([])),
    canStop: on(
      (k, j) => k.stop !== undefined && (k.canStop?.(j) ?? true),
      () => false
    ),
    nounOf: on(
      (k, j) => k.nounOf?.(j) ?? k.noun,
      (k, j) => k.nounOf?.(j) ?? k.noun
    ),
    afterJudged: async (job, status) =>
      on(
        (k, j) => k.afterJudged?.(j, status),
        (k, j) => k.afterJudged?.(j, status)
      )(job),
    batch: batchOfFirst(first, second)
  }
}

/**
 * The first kind's batch reads, for its jobs; the second kind's jobs are each a group of their own, read alone. A
 * group holds jobs of one kind only, since the keys differ.
 */
function batchOfFirst<A, B>(first: JobKind<A>, second: JobKind<B>): BatchReading<Either<A, B>> | undefined {
  const batch = first.batch
  if (batch === undefined) return undefined
  const groups = new Set<string>()
  return {
    key: (either) => {
      const key = either.kind === 'first' ? batch.key(either.job) : `the ${second.label(either.job)}`
      if (either.kind === 'first') groups.add(key)
      return key
    },
    describeMany: async (jobs, signal) => {
      const firsts = jobs.flatMap(({ job, status }) => (job.kind === 'first' ? [{ job: job.job, status }] : []))
      if (firsts.length < jobs.length) return jobs.map(() => undefined)
      return batch.describeMany(firsts, signal)
    },
    describeError: (key, error) => (groups.has(key) ? batch.describeError(key, error) : `${key}: ${String(error)}`)
  }
}
