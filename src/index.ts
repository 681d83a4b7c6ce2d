import { run } from './main.js'
import { runStepProcess } from './stepProcess.js'

// The runner's signals, the report of a step that could not finish, and the end of a cancelled step: stepProcess.ts.
await runStepProcess(run)
