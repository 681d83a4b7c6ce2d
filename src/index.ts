import { run } from './main.js'
import { actionsRuntime } from './runtime.js'

// The runner cancels with SIGINT, then SIGTERM a few seconds later: abort, report what was started, stop.
const controller = new AbortController()
for (const name of ['SIGINT', 'SIGTERM'] as const) process.once(name, () => controller.abort(name))

await run(actionsRuntime(controller.signal))
// A status check still in flight when the run was cancelled must not hold the step open.
if (controller.signal.aborted) process.exit()
