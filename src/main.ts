import { ARN_INPUTS, parseSettings, type Settings } from './inputs/settings.js'
import { isTrueInput } from './inputs/scalarInputs.js'
import { withRunTags } from './inputs/runTags.js'
import { credentialsFor, stepErrorMessage } from './aws/credentials.js'
import { messageOf } from './shared/errorText.js'
import type { JobRecord } from './shared/job.js'
import { startBackupJobs } from './start/startBackupJobs.js'
import { statusOnce } from './start/statusOnce.js'
import { reportStartFailures, reportStep } from './report/stepReport.js'
import { errorAnnotations } from './report/annotations.js'
import { actionsRuntime, type Runtime } from './runtime.js'

/**
 * The step: inputs → credentials → start jobs → (wait) → report. Without a runtime (as @github/local-action
 * calls it) it uses the runner's, with no cancellation; src/index.ts wires the runner's signals.
 */
export async function run(rt: Runtime = actionsRuntime(new AbortController().signal)): Promise<void> {
  maskAccountIdsEarly(rt)
  let settings: Settings
  try {
    settings = parseSettings(rt.getInput, rt.env)
  } catch (error) {
    // The summary says it too: a bad input is the one thing a user reading the run's page must fix.
    await reportStep(rt, [], messageOf(error))
    return
  }

  let records: JobRecord[] = settings.jobs.map((request) => ({ request }))
  let stepError: string | undefined
  const annotations = errorAnnotations(rt)
  try {
    const credentials = credentialsFor(settings, rt.env, rt)
    // The OIDC token request leaves before the AWS SDK loads, so the two overlap; a failure surfaces on the first call.
    credentials?.().catch(() => undefined)
    await rt.requestsSent()
    // The run's tags load while GitHub answers too; their number was checked with the inputs.
    const provenance = settings.tagRecoveryPointsWithRun ? rt.runProvenance?.() : undefined
    const tagged = { ...settings, recoveryPointTags: withRunTags(settings.recoveryPointTags, await provenance) }
    const api = await rt.backupApi(tagged, credentials)
    records = await startBackupJobs(tagged, api, rt.info, rt.signal, statusOnce(api, settings, rt))
    // Also when cancelled right after the start: the wait then returns at once and stops the jobs if asked.
    if (settings.wait && records.some((record) => record.backupJobId !== undefined)) {
      reportStartFailures(rt, records, annotations)
      const { waitForBackupJobs } = await import('./wait/waitForBackupJobs.js')
      records = await waitForBackupJobs(settings, api, records, rt)
    }
  } catch (error) {
    stepError = stepErrorMessage(error)
  }
  await reportStep(rt, records, stepError, annotations)
}

/**
 * With mask-aws-account-id, account ids are masked before the inputs are checked, so that even the message about a
 * bad input cannot show one. Any 12-digit run in the ARN inputs counts: masking too much is harmless here.
 */
function maskAccountIdsEarly(rt: Runtime): void {
  if (!isTrueInput(rt.getInput('mask-aws-account-id'))) return
  const ids = new Set(ARN_INPUTS.flatMap((name) => rt.getInput(name).match(/\d{12}/g) ?? []))
  ids.forEach((id) => rt.setSecret(id))
}
