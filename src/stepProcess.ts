import { messageOf } from './shared/errorText.js'
import { actionsRuntime, type Runtime } from './runtime.js'

/**
 * Runs one step of this action as the runner's process: the runner cancels with SIGINT, then SIGTERM a few seconds
 * later, so either aborts the step, which then reports what it started and stops.
 */
export async function runStepProcess(step: (rt: Runtime) => Promise<void>): Promise<void> {
  const controller = new AbortController()
  for (const name of ['SIGINT', 'SIGTERM'] as const) process.once(name, () => controller.abort(name))
  const runtime = actionsRuntime(controller.signal)
  // The step reports its own failures; this catches a failure to report (an unwritable output file), without a stack trace.
  await step(runtime).catch((error: unknown) => runtime.setFailed(`The step could not finish its report: ${messageOf(error)}`))
  // A status check still in flight when the run was cancelled must not hold the step open.
  if (controller.signal.aborted) process.exit()
}
