/**
 * Starts that were sent before the run was cancelled and not answered in the grace period: one may still answer
 * after the step has reported. When the step was asked to stop its jobs (wait and stop-job-on-timeout), it waits a
 * little longer for such an answer and stops the job it names, as it stopped the jobs whose start answered in time.
 */
import type { BackupApi, StartAnswer } from '../aws/backupApi.js'
import type { Settings } from '../inputs/settings.js'
import { describeAwsError, jobContext } from '../aws/awsErrors.js'
import type { JobRequest } from '../shared/job.js'
import { oneLine } from '../shared/escape.js'
import { afterDelay } from '../shared/timers.js'
import { STOP_DEADLINE_MS } from './engine/awaitJobs.js'
import { stopJobs } from './stopBackupJobs.js'

/**
 * How long after the report a late start still gets to answer: with the grace period before it and the stop after
 * it, the step ends about 8 s after the runner's first signal, before the runner kills it (about 10 s).
 */
export const LATE_ANSWER_MS = 3_000

export interface LateStart {
  readonly request: JobRequest
  readonly answer: Promise<StartAnswer>
}

export async function stopLateStarts(
  api: BackupApi,
  settings: Pick<Settings, 'iamRoleArn'>,
  starts: readonly LateStart[],
  log: { info(message: string): void }
): Promise<void> {
  await Promise.all(
    starts.map(async ({ request, answer }) => {
      const outcome = await withinMs(answer, LATE_ANSWER_MS)
      if (outcome === 'no answer') {
        log.info(
          oneLine(
            `The start for ${request.resourceArn} had still not answered ${LATE_ANSWER_MS / 1000} s later; if it made a backup job, idempotency token ${request.idempotencyToken} finds it.`
          )
        )
      } else if ('error' in outcome) {
        const context = { ...jobContext(settings, request), operation: 'StartBackupJob', idempotencyToken: request.idempotencyToken }
        log.info(describeAwsError(outcome.error, context))
      } else {
        const { backupJobId } = outcome.answer
        log.info(oneLine(`The start for ${request.resourceArn} answered after the run was cancelled: job ${backupJobId}; stopping it.`))
        const [stop] = await stopJobs(api, [{ ...request, backupJobId }], STOP_DEADLINE_MS)
        if (stop) log.info(stop.line)
      }
    })
  )
}

async function withinMs(answer: Promise<StartAnswer>, ms: number): Promise<'no answer' | { answer: StartAnswer } | { error: unknown }> {
  let cancel = (): void => undefined
  const timeUp = new Promise<'no answer'>((resolve) => (cancel = afterDelay(ms, () => resolve('no answer'))))
  try {
    return await Promise.race([
      answer.then(
        (a) => ({ answer: a }),
        (error: unknown) => ({ error })
      ),
      timeUp
    ])
  } finally {
    cancel()
  }
}
