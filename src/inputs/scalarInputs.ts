import { InputError } from '../shared/inputError.js'
import { quote } from '../shared/escape.js'

const WHOLE = /^\d+$/
const DECIMAL = /^\d+(?:\.\d+)?$/
const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

/** Whether a boolean input reads true, as core.getBooleanInput would; for a look before the inputs are checked. */
export function isTrueInput(raw: string): boolean {
  return TRUE.includes(raw)
}

/** A whole number from min to max; digits only, so "1e3", "0x10" and "10.0" are refused. */
export function parseWholeNumber(raw: string, input: string, min: number, max: number): number {
  const value = WHOLE.test(raw) ? Number(raw) : NaN
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new InputError(
      `Input ${input} has ${quote(raw)}; use a whole number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}.`
    )
  }
  return value
}

/** A positive decimal number from min (exclusive when 0) to max. */
export function parseDecimal(raw: string, input: string, min: number, max: number): number {
  const value = DECIMAL.test(raw) ? Number(raw) : NaN
  if (!Number.isFinite(value) || value < min || value <= 0 || value > max) {
    const bound = min > 0 ? `from ${min} to ${max}` : `greater than 0 and at most ${max}`
    throw new InputError(`Input ${input} has ${quote(raw)}; use a number ${bound} (decimals allowed, e.g. 1.5).`)
  }
  return value
}

/** The booleans core.getBooleanInput accepts (YAML 1.2 core schema), nothing else; empty gives the default. */
export function parseBoolean(raw: string, input: string, defaultValue: boolean): boolean {
  if (raw === '') return defaultValue
  if (isTrueInput(raw)) return true
  if (FALSE.includes(raw)) return false
  throw new InputError(`Input ${input} has ${quote(raw)}; use true or false.`)
}
