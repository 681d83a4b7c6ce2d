import { ARN_INPUTS, parseSettings, type Settings } from './inputs/settings.js'
import { isTrueInput } from './inputs/scalarInputs.js'
import { credentialsFor, stepErrorMessage } from './aws/credentials.js'
import { messageOf } from './shared/errorText.js'
import type { JobRecord } from './shared/job.js'
import type { BackupApi } from './aws/backupApi.js'
import type { LateStart } from './wait/lateStarts.js'
import { startBackupJobs } from './start/startBackupJobs.js'
import { statusOnce } from './start/statusOnce.js'
import { reportStep } from './report/stepReport.js'
import { actionsRuntime, type Runtime } from './runtime.js'

/**
 * The step: inputs → credentials → start jobs → (wait) → report. Without a runtime (as @github/local-action
 * calls it) it uses the runner's, with no cancellation; src/stepProcess.ts wires the runner's signals.
 */
export async function run(rt: Runtime = actionsRuntime(new AbortController().signal)): Promise<void> {
  maskAccountIdsEarly(rt)
  let settings: Settings
  try {
    settings = parseSettings(rt.getInput, rt.env)
  } catch (error) {
    rt.setFailed(messageOf(error))
    return
  }

  let records: JobRecord[] = settings.jobs.map((request) => ({ request }))
  let stepError: string | undefined
  let api: BackupApi | undefined
  const lateStarts: LateStart[] = []
  try {
    const credentials = credentialsFor(settings, rt.env, rt)
    // The OIDC token request leaves before the AWS SDK loads, so the two overlap; a failure surfaces on the first call.
    credentials?.().catch(() => undefined)
    await rt.requestsSent()
    api = await rt.backupApi(settings, credentials)
    const checkOnce = settings.wait ? undefined : statusOnce(api, settings, rt)
    records = await startBackupJobs(settings, api, rt.info, rt.signal, checkOnce, (request, answer) => lateStarts.push({ request, answer }))
    // Also when cancelled right after the start: the wait then returns at once and stops the jobs if asked.
    if (settings.wait && records.some((record) => record.backupJobId !== undefined)) {
      const { waitForBackupJobs } = await import('./wait/waitForBackupJobs.js')
      records = await waitForBackupJobs(settings, api, records, rt)
    }
  } catch (error) {
    stepError = stepErrorMessage(error)
  }
  await reportStep(rt, records, stepError)
  // A start sent before the run was cancelled may answer after the report: its job is stopped too, when asked.
  if (api && lateStarts.length > 0 && settings.wait && settings.stopJobOnTimeout) {
    const { stopLateStarts } = await import('./wait/lateStarts.js')
    await stopLateStarts(api, settings, lateStarts, rt)
  }
}

/**
 * With mask-aws-account-id, account ids are masked before the inputs are checked, so that even the message about a
 * bad input cannot show one. Any 12-digit run in the ARN inputs counts: masking too much is harmless here.
 */
function maskAccountIdsEarly(rt: Runtime): void {
  if (!isTrueInput(rt.getInput('mask-aws-account-id'))) return
  const ids = new Set(ARN_INPUTS.flatMap((name) => rt.getInput(name).match(/\d{12}/g) ?? []))
  ids.forEach((id) => rt.mask(id))
}
