/**
 * Runs the sandbox as a process, e.g. next to @github/local-action: prints KEY=value lines to put in the
 * action's environment, then serves until SIGINT or SIGTERM. Build and run, for instance:
 *   npx tsc sandbox/cli.ts --outDir .build/sandbox --module nodenext --moduleResolution nodenext --target es2022 --types node --skipLibCheck --strict
 *   node .build/sandbox/cli.js --verbose
 */
import { describeRequest, envLines, parseCliArgs, USAGE } from './cliOptions.js'
import { startSandbox } from './sandbox.js'

const settings = parseCliArgs(process.argv.slice(2))
if (settings.help) {
  process.stdout.write(`${USAGE}\n`)
  process.exit(0)
}
const sandbox = await startSandbox({
  ...settings.options,
  ...(settings.verbose ? { onRequest: (r) => process.stderr.write(`${describeRequest(r)}\n`) } : {})
})
process.stdout.write(`${envLines(sandbox, settings.ambient).join('\n')}\n`)

let stopping = false
const stop = (): void => {
  if (stopping) return
  stopping = true
  sandbox.close().then(
    () => process.exit(0),
    () => process.exit(1)
  )
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
