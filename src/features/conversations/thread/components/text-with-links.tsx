import { linkify } from '../lib/linkify';

export interface TextWithLinksProps {
  text: string;
}

/** Message text as text (React escapes it), with http(s) addresses as links that open a new tab without an opener. */
export function TextWithLinks({ text }: TextWithLinksProps) {
  const parts = linkify(text);
  if (parts.length === 1 && parts[0]!.kind === 'text') return text;
  return parts.map((part, i) =>
    part.kind === 'text' ? (
      part.text
    ) : (
      <a key={i} href={part.href} target="_blank" rel="noopener noreferrer">
        {part.text}
      </a>
    ),
  );
}
