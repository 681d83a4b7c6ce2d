import type { Runtime } from './runtime.js'
import { actionsRuntime } from './runtime.js'
import { messageOf } from './shared/errorText.js'

/**
 * A step of this repository's actions run in this process as the runner runs a JavaScript action. Each entry point
 * (src/index.ts; a second action's bundle alike) calls `await runStepProcess(step)` and nothing else:
 * - the runner cancels with SIGINT, then SIGTERM a few seconds later, and may repeat either: every one of them aborts
 *   the runtime's signal and none ends the process, so a cancelled step still writes its outputs and summary (a
 *   second SIGINT used to kill it before it could);
 * - a failure to report (an unwritable output file) becomes one sentence, without a stack trace;
 * - once a cancelled step has reported, the process ends, even with a request still in flight.
 */
export async function runStepProcess(step: (runtime: Runtime) => Promise<void>): Promise<void> {
  const controller = new AbortController()
  const cancel = (name: NodeJS.Signals): void => {
    if (!controller.signal.aborted) controller.abort(name)
  }
  for (const name of ['SIGINT', 'SIGTERM'] as const) process.on(name, cancel)
  const runtime = actionsRuntime(controller.signal)
  await step(runtime).catch((error: unknown) => runtime.setFailed(`The step could not finish its report: ${messageOf(error)}`))
  if (controller.signal.aborted) process.exit()
}
