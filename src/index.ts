import { run } from './main.js'
import { actionsRuntime } from './runtime.js'
import { messageOf } from './shared/errorText.js'

// The runner cancels with SIGINT, then SIGTERM a few seconds later: abort, report what was started, stop.
const controller = new AbortController()
for (const name of ['SIGINT', 'SIGTERM'] as const) process.once(name, () => controller.abort(name))

const runtime = actionsRuntime(controller.signal)
// run() reports its own failures; this catches a failure to report (an unwritable output file), without a stack trace.
await run(runtime).catch((error: unknown) => runtime.setFailed(`The step could not finish its report: ${messageOf(error)}`))
// A status check still in flight when the run was cancelled must not hold the step open.
if (controller.signal.aborted) process.exit()
