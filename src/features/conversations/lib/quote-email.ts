/** The customer's email as a quoted block under the reply ("> " on each line, as mail clients do). */
export function quoteEmail(header: string, text: string): string {
  const quoted = text
    .replace(/\r\n?/g, '\n')
    .trimEnd()
    .split('\n')
    .map((line) => (line.startsWith('>') ? `>${line}` : `> ${line}`))
    .join('\n');
  return `\n\n${header}\n${quoted}`;
}
