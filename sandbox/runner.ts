/**
 * What the GitHub runner does around an action, for running dist/index.js locally: apply action.yml's input
 * defaults (the runner fills them in, not the action), pass inputs as INPUT_* variables, and read the
 * GITHUB_OUTPUT file format back.
 */
import { readFileSync } from 'node:fs'

/** action.yml's input defaults. A line-based read: action.yml keeps to `  name:` / `    default: value`. */
export function actionDefaults(actionYmlPath: string): Record<string, string> {
  const defaults: Record<string, string> = {}
  let current: string | undefined
  let inInputs = false
  for (const line of readFileSync(actionYmlPath, 'utf8').split('\n')) {
    if (/^\S/.test(line)) inInputs = line.startsWith('inputs:')
    if (!inInputs) continue
    const name = /^ {2}([a-z0-9-]+):\s*$/.exec(line)
    if (name) current = name[1]
    const value = /^ {4}default:\s*'?([^']*)'?\s*$/.exec(line)
    if (value && current) defaults[current] = value[1] ?? ''
  }
  return defaults
}

/** Inputs as the runner passes them: INPUT_<NAME> with spaces as underscores, upper case, hyphens kept. */
export function inputVariables(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]))
}

/** Reads a GITHUB_OUTPUT file: name<<delimiter, value lines, delimiter. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const head = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!head) continue
    const [, name = '', delimiter] = head
    const value: string[] = []
    while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] ?? '')
    outputs[name] = value.join('\n')
  }
  return outputs
}
