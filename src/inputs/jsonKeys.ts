/**
 * The keys of a JSON object as written, repeats included: JSON.parse keeps only the last value of a repeated key, so
 * `{"team": "a", "team": "b"}` would quietly become one tag, while the key=value form refuses a repeated key.
 */

/** The keys of the top-level object's members, in order, decoded (so "t\u0065am" is "team"). `text` must be valid JSON. */
export function topLevelKeys(text: string): string[] {
  const keys: string[] = []
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '"') {
      const end = closingQuote(text, i)
      if (depth === 1 && /^[ \t\r\n]*:/.test(text.slice(end + 1, end + 64))) keys.push(JSON.parse(text.slice(i, end + 1)) as string)
      i = end
    } else if (c === '{' || c === '[') {
      depth++
    } else if (c === '}' || c === ']') {
      depth--
    }
  }
  return keys
}

/** The first key written more than once, if any. */
export function repeatedKey(keys: readonly string[]): string | undefined {
  const seen = new Set<string>()
  return keys.find((key) => (seen.has(key) ? true : (seen.add(key), false)))
}

function closingQuote(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === '\\') i++
    else if (text[i] === '"') return i
  }
  return text.length
}
