/**
 * The rounds of the wait when the kind reads several jobs with one call (BatchReading): a round reads each group
 * that has a job due once, every job of the group the answer shows takes its status (it cost nothing more), and
 * the due jobs the answer does not show are read alone. So a round costs a call per group, however many jobs each
 * holds, plus one per job not shown yet. No I/O of its own: the kind's calls and the loop's bookkeeping are passed in.
 */
import { oneLine } from '../../shared/escape.js'
import type { JobStatus } from '../../shared/job.js'
import type { BatchReading } from './jobKind.js'

interface Entry<J> {
  readonly job: J
  readonly status: JobStatus
}

/** What the rounds need of the loop (src/wait/engine/waitForJobs.ts). */
export interface BatchRoundDeps<E> {
  /** Every job not done yet, in the order of the wait. */
  waiting(): readonly E[]
  readonly timeUp?: AbortSignal
  /** The wait has its result: answers that come later are dropped. */
  stopped(): boolean
  /** Stopped, cancelled or out of time: a call that fails now is no failure of the jobs. */
  abandoned(): boolean
  now(): number
  log(line: string): void
  isTransientError(error: unknown): boolean
  errorText(error: unknown): string
  /** A status for the job, as a successful check gives it. */
  record(entry: E, status: JobStatus, nowMs: number): void
  /** A check of the job that failed in a way retrying can fix. */
  failedCheck(entry: E, nowMs: number): void
  /** Reads each of these jobs alone. */
  checkEach(entries: readonly E[]): Promise<unknown>
}

export interface BatchRounds<E> {
  /** Reads the due jobs: in batches while the kind can, else each alone. */
  round(due: readonly E[]): Promise<unknown>
}

export function batchRounds<J, E extends Entry<J>>(reading: BatchReading<J> | undefined, deps: BatchRoundDeps<E>): BatchRounds<E> {
  let on = reading !== undefined
  // Groups whose batch read is failing: one warning per streak, not one per round.
  const failing = new Set<string>()

  const readGroup = async (batch: BatchReading<J>, key: string, members: readonly E[], due: readonly E[]): Promise<void> => {
    let answers: readonly (JobStatus | undefined)[]
    try {
      answers = await batch.describeMany(
        members.map(({ job, status }) => ({ job, status })),
        deps.timeUp
      )
    } catch (error) {
      if (deps.abandoned()) return
      const nowMs = deps.now()
      if (deps.isTransientError(error)) {
        if (!failing.has(key)) {
          deps.log(
            `Warning: status check of ${members.length} job${members.length === 1 ? '' : 's'} in ${oneLine(key)} failed (${deps.errorText(error)}); checking again later.`
          )
        }
        failing.add(key)
        due.forEach((entry) => deps.failedCheck(entry, nowMs))
        return
      }
      if (on) deps.log(`Warning: ${batch.describeError(key, error)} Checking each job on its own from now on.`)
      on = false
      await deps.checkEach(due)
      return
    }
    if (deps.stopped()) return
    failing.delete(key)
    const nowMs = deps.now()
    const alone: E[] = []
    members.forEach((entry, i) => {
      const status = answers[i]
      if (status !== undefined) deps.record(entry, status, nowMs)
      else if (due.includes(entry)) alone.push(entry)
    })
    await deps.checkEach(alone)
  }

  return {
    round: (due) => {
      if (reading === undefined || !on) return deps.checkEach(due)
      const groups = new Map<string, { members: E[]; due: E[] }>()
      for (const entry of deps.waiting()) {
        const key = reading.key(entry.job)
        const group = groups.get(key) ?? { members: [], due: [] }
        group.members.push(entry)
        groups.set(key, group)
      }
      for (const entry of due) groups.get(reading.key(entry.job))?.due.push(entry)
      const reads = [...groups].filter(([, group]) => group.due.length > 0)
      return Promise.all(reads.map(([key, group]) => readGroup(reading, key, group.members, group.due)))
    }
  }
}
