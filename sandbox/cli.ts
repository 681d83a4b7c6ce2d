/**
 * Runs the sandbox as a process, e.g. next to @github/local-action: prints KEY=value lines to put in the
 * action's environment, then serves until SIGINT or SIGTERM. Build and run, for instance:
 *   npx tsc sandbox/cli.ts --outDir .build/sandbox --module nodenext --moduleResolution nodenext --target es2022 --types node --skipLibCheck --strict
 *   node .build/sandbox/cli.js --verbose
 */
import { describeRequest, envLines, parseCliArgs, USAGE } from './cliOptions.js'
import { startSandbox } from './sandbox.js'
import { parseTryArgs, ROOT, tryRun, TRY_USAGE } from './tryRun.js'

// `run`: the action against a sandbox of its own, with the user's inputs (sandbox/tryRun.ts).
if (process.argv[2] === 'run') {
  if (process.argv.includes('--help')) {
    process.stdout.write(`${TRY_USAGE}\n`)
    process.exit(0)
  }
  const code = await tryRun(parseTryArgs(process.argv.slice(3)), ROOT, (line) => void process.stdout.write(`${line}\n`))
  process.exit(code)
}

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
