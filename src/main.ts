import { parseSettings, type Settings } from './settings.js'
import { isTrueInput } from './numberInputs.js'
import { credentialsFor, isMissingCredentials } from './credentials.js'
import { messageOf } from './errorText.js'
import { startBackupJobs } from './startBackupJobs.js'
import { actionsRuntime, type Runtime } from './runtime.js'
import { jobReport, stepOutputs, type JobFacts } from './jobReport.js'
import { stepSummaryMarkdown } from './stepSummary.js'
import { oneLine, quote } from './escape.js'
import { describeAwsError, jobContext } from './awsErrors.js'
import type { BackupApi } from './backupApi.js'
import type { JobStatus, StartedJob } from './jobTypes.js'
import type { Failure } from './failure.js'

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
    rt.setFailed(messageOf(error))
    return
  }

  let facts: JobFacts[] = settings.jobs.map((request) => ({ outcome: { request } }))
  const failures: Failure[] = []
  try {
    const credentials = credentialsFor(settings, rt.env, rt)
    // The OIDC token request leaves before the AWS SDK loads, so the two overlap; a failure surfaces on the first call.
    credentials?.().catch(() => undefined)
    await rt.requestsSent()
    const api = await rt.backupApi(settings, credentials)
    // Without wait, one status check per job, once it started, fills state and, where known, the recovery point.
    const checkOnce = settings.wait ? undefined : (job: StartedJob) => statusOnce(api, settings, job, rt)
    const outcomes = await startBackupJobs(settings, api, rt.info, rt.signal, checkOnce)
    failures.push(...outcomes.flatMap((o) => (o.error ? [{ resourceArn: o.request.resourceArn, message: o.error }] : [])))
    facts = outcomes.map((outcome) => ({ outcome, status: outcome.status }))
    // Also when cancelled right after the start: the wait then returns at once and stops the jobs if asked.
    if (settings.wait && outcomes.some((outcome) => outcome.job)) {
      const { waitAndJudge } = await import('./waitAndJudge.js')
      const judged = await waitAndJudge(settings, api, outcomes, rt)
      facts = judged.facts
      failures.push(...judged.failures)
    }
  } catch (error) {
    failures.push({ message: stepFailure(error) })
  }
  await report(rt, settings, facts, failures)
}

/**
 * With mask-aws-account-id, account ids are masked before the inputs are checked, so that even the message about a
 * bad input cannot show one. Any 12-digit run in the ARN inputs counts: masking too much is harmless here.
 */
function maskAccountIdsEarly(rt: Runtime): void {
  if (!isTrueInput(rt.getInput('mask-aws-account-id'))) return
  const arnInputs = ['resource-arn', 'iam-role-arn', 'role-to-assume', 'logically-air-gapped-backup-vault-arn']
  const ids = new Set(arnInputs.flatMap((name) => rt.getInput(name).match(/\d{12}/g) ?? []))
  ids.forEach((id) => rt.setSecret(id))
}

function stepFailure(error: unknown): string {
  if (isMissingCredentials(error)) {
    return `No AWS credentials were found (${messageOf(error)}); set role-to-assume, or give the job credentials before this step (for example with aws-actions/configure-aws-credentials).`
  }
  return messageOf(error)
}

/** The job's status, or undefined (with a warning) when it cannot be read: the job id is reported either way. */
async function statusOnce(api: BackupApi, settings: Settings, job: StartedJob, rt: Runtime): Promise<JobStatus | undefined> {
  if (rt.signal.aborted) return undefined
  try {
    return await api.describe(job)
  } catch (error) {
    // A check abandoned because the run was cancelled is no news.
    if (!rt.signal.aborted)
      rt.warning(
        `Started job ${oneLine(job.backupJobId)}, but ${describeAwsError(error, { ...jobContext(settings, job), operation: 'DescribeBackupJob' })}`
      )
    return undefined
  }
}

/** Outputs and the step summary, written whether the step succeeds or fails; then the verdict. */
async function report(rt: Runtime, settings: Settings, facts: readonly JobFacts[], failures: readonly Failure[]): Promise<void> {
  const reports = facts.map((fact) => jobReport(fact, settings.backupVaultName))
  for (const [name, value] of Object.entries(stepOutputs(reports))) rt.setOutput(name, value)
  const partitions = new Map(settings.jobs.map((job) => [job.resourceArn, job.partition]))
  try {
    await rt.writeSummary(stepSummaryMarkdown(reports, (r) => partitions.get(r.resourceArn) ?? 'aws', new Date(rt.now())))
  } catch (error) {
    rt.warning(`Could not write the step summary: ${messageOf(error)}`)
  }
  if (rt.signal.aborted) {
    const started = reports.filter((r) => r.backupJobId)
    rt.info(
      started.length === 0
        ? 'The run was cancelled before any backup job was started.'
        : oneLine(
            `The run was cancelled; backup jobs started by this step: ${started.map((r) => `${r.backupJobId} (${r.resourceArn})`).join(', ')}.`
          )
    )
  }
  if (failures.length === 1) rt.setFailed((failures[0] as Failure).message)
  if (failures.length > 1) {
    failures.forEach((failure) => rt.error(failure.message))
    const resources = [...new Set(failures.flatMap((f) => (f.resourceArn ? [quote(f.resourceArn)] : [])))]
    rt.setFailed(
      resources.length > 0
        ? `${resources.length} of ${settings.jobs.length} backup jobs did not succeed: ${resources.join(', ')}; see the errors above.`
        : `The step failed for ${failures.length} reasons; see the errors above.`
    )
  } else if (failures.length === 0 && rt.signal.aborted) {
    rt.setFailed('The run was cancelled.')
  }
}
