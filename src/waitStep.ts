import { withPlannedCopies } from './inputs/copyInputs.js'
import { parseWaitStepSettings, WAIT_ARN_INPUTS, type WaitStepSettings } from './inputs/waitStepSettings.js'
import { stepErrorMessage } from './aws/credentials.js'
import { connectToAws } from './aws/connection.js'
import { messageOf } from './shared/errorText.js'
import type { JobRecord } from './shared/job.js'
import { findBackupJobs, initialRecords } from './wait/findBackupJobs.js'
import { waitForBackupJobs } from './wait/waitForBackupJobs.js'
import { reportStep } from './report/stepReport.js'
import { actionsRuntime, type Runtime } from './runtime.js'
import { maskAccountIdsEarly, maskAccountIdsIn } from './accountMasking.js'

/** The outputs wait/action.yml declares: the start step's, but for the idempotency token, which it did not send. */
export const WAIT_STEP_OUTPUTS = [
  'backup-job-id',
  'recovery-point-arn',
  'creation-date',
  'is-parent',
  'state',
  'status-message',
  'completion-date',
  'backup-size-bytes',
  'backup-jobs',
  'copy-job-id',
  'destination-recovery-point-arn',
  'copy-jobs'
] as const

/**
 * The wait sub-action: inputs → credentials → find the jobs another step started → wait → report. It never starts a
 * backup job; its wait is the start step's, with the same verdicts, stops and summary.
 */
export async function runWaitStep(rt: Runtime = actionsRuntime(new AbortController().signal)): Promise<void> {
  maskAccountIdsEarly(rt, WAIT_ARN_INPUTS)
  let settings: WaitStepSettings
  try {
    settings = parseWaitStepSettings(rt.getInput, rt.env)
  } catch (error) {
    rt.setFailed(messageOf(error))
    return
  }

  let records: JobRecord[] = initialRecords(settings.jobs)
  let stepError: string | undefined
  try {
    const { api, credentials } = await connectToAws(rt, settings)
    // Every job needs them, and the wait would take a failure to get them for a passing blip: fail the step at once.
    await credentials?.()
    records = await findBackupJobs(settings.jobs, api)
    // A job given by its id alone brings its account id only now, in the ARNs AWS answered.
    if (settings.maskAwsAccountId)
      maskAccountIdsIn(
        rt,
        records.flatMap((r) => [r.request.resourceArn, r.status?.recoveryPointArn ?? ''])
      )
    records = await waitForBackupJobs(settings, api, records, rt)
  } catch (error) {
    stepError = stepErrorMessage(error)
  }
  await reportStep(rt, withPlannedCopies(settings, records), stepError, undefined, { outputNames: WAIT_STEP_OUTPUTS, waitedOnly: true })
}
