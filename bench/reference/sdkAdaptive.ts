/**
 * Not the action: the action built with the other way of meeting throttling that the bench measures, the AWS SDK's
 * adaptive retry mode (a client-side rate limiter per region's client) in place of the pace per operation and
 * region of src/aws/pacedRequests.ts. Everything else is src/ as it is: src/index.ts with one option changed.
 */
import { run } from '../../src/main.js'
import { actionsRuntime } from '../../src/runtime.js'
import { messageOf } from '../../src/shared/errorText.js'

const controller = new AbortController()
for (const name of ['SIGINT', 'SIGTERM'] as const) process.once(name, () => controller.abort(name))

const runtime = actionsRuntime(controller.signal)
await run({
  ...runtime,
  backupApi: async (settings, credentials) =>
    (await import('../../src/aws/backupApi.js')).createBackupApi(settings, credentials, {
      signal: controller.signal,
      throttling: 'sdk-adaptive'
    })
}).catch((error: unknown) => runtime.setFailed(`The step could not finish its report: ${messageOf(error)}`))
if (controller.signal.aborted) process.exit()
