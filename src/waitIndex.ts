import { runWaitStep } from './waitStep.js'
import { runStepProcess } from './stepProcess.js'

await runStepProcess(runWaitStep)
