import { run } from './main.js'
import { runStepProcess } from './stepProcess.js'

await runStepProcess(run)
