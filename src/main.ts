import { ARN_INPUTS, parseSettings, type Settings } from './inputs/settings.js'
import { withPlannedCopies } from './inputs/copyInputs.js'
import { withRunTags, type RunProvenance } from './inputs/runTags.js'
import { stepErrorMessage } from './aws/credentials.js'
import { connectToAws } from './aws/connection.js'
import { messageOf } from './shared/errorText.js'
import type { JobRecord } from './shared/job.js'
import type { BackupApi } from './aws/backupApi.js'
import type { LateStart } from './wait/lateStarts.js'
import { startBackupJobs } from './start/startBackupJobs.js'
import { statusOnce } from './start/statusOnce.js'
import { reportStartFailures, reportStep } from './report/stepReport.js'
import { errorAnnotations } from './report/annotations.js'
import { actionsRuntime, type Runtime } from './runtime.js'
import { maskAccountIdsEarly } from './accountMasking.js'

/**
 * The step: inputs → credentials → start jobs → (wait) → report. Without a runtime (as @github/local-action
 * calls it) it uses the runner's, with no cancellation; src/stepProcess.ts wires the runner's signals.
 */
export async function run(rt: Runtime = actionsRuntime(new AbortController().signal)): Promise<void> {
  maskAccountIdsEarly(rt, ARN_INPUTS)
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
  let api: BackupApi | undefined
  const lateStarts: LateStart[] = []
  try {
    // The run's tags load while GitHub answers too; their number was checked with the inputs.
    let provenance: Promise<RunProvenance> | undefined
    const connection = await connectToAws(rt, settings, () => {
      provenance = settings.tagRecoveryPointsWithRun ? rt.runProvenance?.() : undefined
    })
    api = connection.api
    const tagged = { ...settings, recoveryPointTags: withRunTags(settings.recoveryPointTags, await provenance) }
    records = await startBackupJobs(tagged, api, rt.info, rt.signal, statusOnce(api, settings, rt), (request, answer) =>
      lateStarts.push({ request, answer })
    )
    // Also when cancelled right after the start: the wait then returns at once and stops the jobs if asked.
    if (settings.wait && records.some((record) => record.backupJobId !== undefined)) {
      reportStartFailures(rt, records, annotations)
      const { waitForBackupJobs } = await import('./wait/waitForBackupJobs.js')
      records = await waitForBackupJobs(settings, api, records, rt)
    }
  } catch (error) {
    stepError = stepErrorMessage(error)
  }
  await reportStep(rt, withPlannedCopies(settings, records), stepError, annotations)
  // A start sent before the run was cancelled may answer after the report: its job is stopped too, when asked.
  if (api && lateStarts.length > 0 && settings.wait && settings.stopJobOnTimeout) {
    const { stopLateStarts } = await import('./wait/lateStarts.js')
    await stopLateStarts(api, settings, lateStarts, rt)
  }
}
