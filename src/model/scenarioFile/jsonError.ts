// Where a text stops being valid JSON (RFC 8259), for messages that say "line 3, column 14":
// engines' own JSON.parse messages differ and often give no position. Iterative, so deeply
// nested input cannot overflow the stack.

/** The first syntax error in a text: 0-based offset, 1-based line and column, and what was wrong. */
export interface JsonErrorAt {
  offset: number;
  line: number;
  column: number;
  message: string;
}

type Expect = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'commaOrClose' | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /["\\/bfnrt]|u[0-9a-fA-F]{4}/y;

function where(text: string, offset: number, message: string): JsonErrorAt {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1, message };
}

const shown = (c: string) =>
  c >= ' ' && c <= '~'
    ? `"${c}"`
    : `U+${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`;

/** Scans a string starting at the opening quote; returns the offset after it, or an error. */
function scanString(text: string, start: number): number | { at: number; message: string } {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) return i + 1;
    if (c === 92) {
      ESCAPE.lastIndex = i + 1;
      if (!ESCAPE.test(text)) return { at: i, message: 'invalid escape in a string' };
      i = ESCAPE.lastIndex - 1;
    } else if (c < 0x20) {
      return { at: i, message: 'control character in a string (write it as \\n, \\t, …)' };
    }
  }
  return { at: text.length, message: `string opened at character ${start + 1} is never closed` };
}

/** Locates the first JSON syntax error in `text`, or returns null if the text is valid JSON. */
export function locateJsonError(text: string): JsonErrorAt | null {
  const stack: ('{' | '[')[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const after = (): Expect => (stack.length ? 'commaOrClose' : 'end');
  const fail = (message: string, at = i) => where(text, at, message);
  const expected: Record<Expect, string> = {
    value: 'a value',
    valueOrClose: 'a value or "]"',
    key: 'a field name in double quotes',
    keyOrClose: 'a field name in double quotes or "}"',
    colon: '":"',
    commaOrClose: '"," or the closing bracket',
    end: 'the end of the text',
  };
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
    if (i >= text.length)
      return expect === 'end' ? null : fail(`unexpected end of text, expected ${expected[expect]}`);
    const c = text[i]!;
    if (expect === 'end') return fail(`unexpected ${shown(c)} after the end of the JSON value`);
    if (expect === 'colon') {
      if (c !== ':') return fail(`unexpected ${shown(c)}, expected ":"`);
      i++;
      expect = 'value';
      continue;
    }
    if (expect === 'commaOrClose') {
      const top = stack[stack.length - 1];
      const close = top === '{' ? '}' : ']';
      if (c === ',') {
        i++;
        expect = top === '{' ? 'key' : 'value';
      } else if (c === close) {
        stack.pop();
        i++;
        expect = after();
      } else return fail(`unexpected ${shown(c)}, expected "," or "${close}"`);
      continue;
    }
    if (expect === 'key' || expect === 'keyOrClose') {
      if (expect === 'keyOrClose' && c === '}') {
        stack.pop();
        i++;
        expect = after();
        continue;
      }
      if (c !== '"') return fail(`unexpected ${shown(c)}, expected ${expected[expect]}`);
      const end = scanString(text, i);
      if (typeof end !== 'number') return fail(end.message, end.at);
      i = end;
      expect = 'colon';
      continue;
    }
    // A value (or, in an array just opened, its close).
    if (c === ']' && expect === 'valueOrClose') {
      stack.pop();
      i++;
      expect = after();
    } else if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      expect = c === '{' ? 'keyOrClose' : 'valueOrClose';
    } else if (c === '"') {
      const end = scanString(text, i);
      if (typeof end !== 'number') return fail(end.message, end.at);
      i = end;
      expect = after();
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return fail('invalid number');
      i = NUMBER.lastIndex;
      expect = after();
    } else {
      const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
      if (!word) return fail(`unexpected ${shown(c)}, expected ${expected[expect]}`);
      i += word.length;
      expect = after();
    }
  }
}
