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
      // U+0085 (NEL) is a line break too, to some log viewers.
      .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, ' ')
      // C0 and C1 controls: U+009B (CSI) starts a terminal escape sequence as ESC [ does.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
      .replace(/##\[/g, '##\u200b[')
      .replace(/^(\s*)::/, '$1:\u200b:')
  )
}

/**
 * A value quoted for a message: JSON string syntax shows quotes, newlines and odd characters plainly, invisible ones
 * (U+200B, U+00AD, U+2060…) included, so a message can show what is wrong with a value that looks right.
 */
export function quote(value: string, maxLength = 120): string {
  const shown = value.length > maxLength ? `${value.slice(0, maxLength)}…` : value
  return jsonText(shown)
    .replace(/[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu, (c) => {
      const code = c.codePointAt(0) ?? 0
      return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`
    })
    .replace(/##\[/g, '##\u200b[')
}

/**
 * JSON, with the characters it leaves as they are but logs and terminals act on escaped: C1 controls (U+0080 to
 * U+009F) and U+2028/U+2029, at which log viewers break lines. The value it stands for is unchanged.
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
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
