import { InputError } from '../shared/inputError.js'
import { quote } from '../shared/escape.js'
import { repeatedKey, topLevelKeys } from './jsonKeys.js'
import { INVISIBLE } from './arn.js'

/** Limits one map input puts on its keys and values. */
export interface KeyValueRules {
  readonly isKeyAllowed: (key: string) => boolean
  readonly isValueAllowed: (value: string) => boolean
  readonly allowed: string
}

/**
 * Reads a map input written either as a JSON object of strings or as `key=value` lines
 * (whitespace around `=` trimmed, blank lines skipped). Empty input gives undefined.
 */
export function parseKeyValueInput(raw: string, input: string, rules: KeyValueRules): Readonly<Record<string, string>> | undefined {
  const text = raw.trim()
  if (text === '') return undefined
  const entries = /^[[{]/.test(text) ? jsonEntries(text, input) : lineEntries(text, input)
  const map: Record<string, string> = Object.create(null) as Record<string, string>
  for (const [key, value] of entries) {
    if (key === '') throw new InputError(`Input ${input} has an empty key; every entry needs a key.`)
    if (Object.prototype.hasOwnProperty.call(map, key)) {
      throw new InputError(`Input ${input} has the key ${quote(key)} twice; give each key once.`)
    }
    if (!rules.isKeyAllowed(key)) throw new InputError(`Input ${input} has the key ${quote(key)}, which is not allowed; ${rules.allowed}.`)
    if (!rules.isValueAllowed(value)) {
      throw new InputError(`Input ${input} has the value ${quote(value)} for ${quote(key)}, which is not allowed; ${rules.allowed}.`)
    }
    map[key] = value
  }
  return Object.freeze({ ...map })
}

function jsonEntries(text: string, input: string): Array<[string, string]> {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new InputError(`Input ${input} starts like JSON but is not valid JSON; give a JSON object of strings or key=value lines.`)
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new InputError(`Input ${input} must be a JSON object of strings or key=value lines.`)
  }
  const repeated = repeatedKey(topLevelKeys(text))
  if (repeated !== undefined) throw new InputError(`Input ${input} has the key ${quote(repeated)} twice; give each key once.`)
  return Object.entries(parsed).map(([key, value]) => {
    if (typeof value !== 'string') {
      throw new InputError(
        `Input ${input} has a ${value === null ? 'null' : typeof value} value for ${quote(key)}; every value must be a JSON string.`
      )
    }
    return [key, value]
  })
}

function lineEntries(text: string, input: string): Array<[string, string]> {
  return text
    .split(/\r?\n/)
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => {
      const at = line.indexOf('=')
      if (at < 0) throw new InputError(`Input ${input} line ${number} has ${quote(line)}, which has no "="; write key=value.`)
      return [line.slice(0, at).trim(), line.slice(at + 1).trim()]
    })
}

const BACKUP_OPTION = /^[a-zA-Z0-9\-_.]{1,50}$/

export const BACKUP_OPTION_RULES: KeyValueRules = {
  isKeyAllowed: (key) => BACKUP_OPTION.test(key),
  isValueAllowed: (value) => BACKUP_OPTION.test(value),
  allowed: 'keys and values are 1-50 letters, digits, "-", "_" or "." (e.g. WindowsVSS=enabled)'
}

// AWS tag limits; the aws: prefix is reserved for AWS's own tags. Control characters would break the log, and
// invisible ones make two keys that look the same (AWS allows neither: letters, numbers, spaces and _.:/=+-@).
export const TAG_RULES: KeyValueRules = {
  isKeyAllowed: (key) => [...key].length <= 128 && !/^aws:/i.test(key) && !INVISIBLE.test(key),
  isValueAllowed: (value) => [...value].length <= 256 && !INVISIBLE.test(value),
  allowed: 'tag keys are 1-128 characters not starting with "aws:", values 0-256 characters, no control or invisible characters'
}
