/** Decoded article text with notes on what was repaired, or the reason it cannot be used. */
export type DecodedText = { text: string; notes: string[] } | { reason: string };

// ignoreBOM keeps a byte order mark in the output, so that its removal can be noted.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const latin1 = new TextDecoder('latin1');

/**
 * Turns file bytes into article text: UTF-8 (a byte order mark is dropped), or Latin-1 when the bytes
 * are not valid UTF-8; CRLF and CR become LF so offsets count the characters the reader sees.
 */
export function decodeArticleBytes(bytes: Uint8Array): DecodedText {
  if (bytes.includes(0)) return { reason: 'binary data (NUL bytes), not text' };
  const notes: string[] = [];
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = latin1.decode(bytes);
    notes.push('not valid UTF-8: read as Latin-1');
  }
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    notes.push('byte order mark removed');
  }
  if (text.includes('\r')) {
    text = text.replace(/\r\n?/g, '\n');
    notes.push('CR line endings normalised');
  }
  if (text.trim().length === 0) return { reason: text.length === 0 ? 'empty file' : 'only white space' };
  return { text, notes };
}
