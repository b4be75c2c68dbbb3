import { expect, type Locator } from '@playwright/test';

/**
 * The thread shows each of `texts` exactly once, in this order (other lines may sit between them: system
 * lines, earlier messages). Read from the thread's text as a person reads it, retried until it holds.
 */
export async function expectTranscript(thread: Locator, texts: readonly string[], timeout = 30_000) {
  await expect
    .poll(
      async () => {
        const shown = await thread.innerText();
        const problems: string[] = [];
        let last = -1;
        for (const text of texts) {
          const first = shown.indexOf(text);
          const count = shown.split(text).length - 1;
          if (count !== 1) problems.push(`"${text}" shown ${count} times`);
          else if (first < last) problems.push(`"${text}" out of order`);
          last = Math.max(last, first);
        }
        return problems;
      },
      { timeout, message: `the thread shows ${JSON.stringify(texts)} once each, in order` },
    )
    .toEqual([]);
}
