/**
 * Values from outside (inputs, AWS answers) pass through here before they reach the log,
 * an output or the step summary, so they cannot start a workflow command, break the
 * GITHUB_OUTPUT format or the summary's markdown table.
 */

/**
 * One line that cannot carry a runner command: `::name::` commands are recognised at the start of a line (after
 * spaces), the older `##[name]` ones anywhere in it, so no value may start a line or hold `##[` as it is.
 */
export function oneLine(value: string): string {
  return (
    value
      .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/##\[/g, '##\u200b[')
      .replace(/^(\s*)::/, '$1:\u200b:')
  )
}

/** A value quoted for a message: JSON string syntax shows quotes, newlines and odd characters plainly. */
export function quote(value: string, maxLength = 120): string {
  const shown = value.length > maxLength ? `${value.slice(0, maxLength)}…` : value
  // JSON leaves U+2028/U+2029 as they are, and log viewers break lines at them.
  return JSON.stringify(shown)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
    .replace(/##\[/g, '##\u200b[')
}

/** A value for one cell of a markdown table. */
export function markdownCell(value: string): string {
  // Markdown escapes first, so the entities and the escaped pipe added after them stay as they are.
  return oneLine(value)
    .replace(/([\\`*_[\]#!~])/g, '\\$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
}

/**
 * A value as inline code in a markdown table cell: shown exactly, and unable to end the code span or the cell. A
 * value with "<", ">" or "&" is shown as escaped text instead, so no raw markup reaches the summary at all.
 */
export function markdownCode(value: string): string {
  if (/[<>&]/.test(value)) return markdownCell(value)
  const text = oneLine(value).replace(/\|/g, '\\|')
  // A code span ends at a run of backticks as long as its fence, so the fence is one longer than any run inside.
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = longest > 0 ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}
