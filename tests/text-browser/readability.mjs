// Does a page read well in a text browser? Compares lynx's rendering of a page (the text it
// saved through its print menu, with numbered links and hidden links listed apart) with the
// HTML it rendered (saved from lynx's source view), and returns every problem found:
//
//   - a field whose label does not come before it (a checkbox's or radio button's box comes
//     first, then its label, on one line: the usual convention);
//   - a field's message (Kratos's error under the field) not right after its field;
//   - a link without text: lynx lists it under "Hidden links:", or shows only a number or an
//     image placeholder such as "[IMG]";
//   - text of the page missing from lynx's rendering, or out of order.
//
// No dependencies: the UI's HTML (maud) is well-formed, so a small tokenizer is enough.

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// Whose content is not text of the page.
const NOT_TEXT = new Set(['script', 'style', 'template', 'title', 'head', 'textarea', 'select', 'svg']);
const NOT_FIELDS = new Set(['hidden', 'submit', 'button', 'image', 'reset']);

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (s) =>
  s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

/** Collapses whitespace (line breaks of lynx's wrapping too) to single spaces. */
export const normalize = (s) => s.replace(/[\s\u00a0]+/g, ' ').trim();

function attributesOf(source) {
  const attrs = {};
  for (const m of source.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attrs[m[1].toLowerCase()] = decode(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/**
 * What of the HTML's body a reader gets: its text nodes in order, its fields (with their
 * labels and the text of the elements `aria-describedby` names), in document order.
 */
export function parsePage(html) {
  const texts = [];
  const fields = [];
  const labels = new Map(); // for= id → label text
  const byId = new Map(); // id → { text } for aria-describedby targets
  const open = []; // stack of { name, attrs, label?, holders: [] }
  let inBody = false;
  const skipping = () => open.some((el) => NOT_TEXT.has(el.name));
  // Raw text elements first: their content is not markup.
  const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  const tokens = markup.matchAll(/<!--[\s\S]*?-->|<![^>]*>|<\/([a-zA-Z][\w-]*)\s*>|<([a-zA-Z][\w-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>|([^<]+)/g);
  for (const [whole, closing, opening, attrSource, text] of tokens) {
    if (whole.startsWith('<!')) continue;
    if (opening) {
      const name = opening.toLowerCase();
      const attrs = attributesOf(attrSource);
      if (name === 'body') inBody = true;
      if (name === 'input' && inBody && !NOT_FIELDS.has((attrs.type ?? 'text').toLowerCase())) {
        fields.push({ id: attrs.id, name: attrs.name, type: (attrs.type ?? 'text').toLowerCase(), value: attrs.value ?? '', describedBy: attrs['aria-describedby'] });
      }
      if (VOID.has(name) || whole.endsWith('/>')) continue;
      const el = { name, attrs, holders: [] };
      if (name === 'label' && attrs.for) el.label = { for: attrs.for, text: '' };
      if (attrs.id) {
        const holder = { text: '' };
        byId.set(attrs.id, holder);
        el.holders.push(holder);
      }
      open.push(el);
      continue;
    }
    if (closing) {
      const name = closing.toLowerCase();
      const at = open.map((el) => el.name).lastIndexOf(name);
      if (at < 0) continue;
      for (const el of open.splice(at)) {
        if (el.label) labels.set(el.label.for, normalize(el.label.text));
      }
      if (name === 'body') inBody = false;
      continue;
    }
    if (!inBody || skipping()) continue;
    const decoded = decode(text);
    for (const el of open) {
      if (el.label) el.label.text += decoded;
      for (const holder of el.holders) holder.text += decoded;
    }
    const clean = normalize(decoded);
    if (clean) texts.push(clean);
  }
  for (const field of fields) {
    field.label = labels.get(field.id);
    field.messages = (field.describedBy ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => normalize(byId.get(id)?.text ?? ''))
      .filter(Boolean);
  }
  return { texts, fields };
}

/** Splits lynx's saved text into the page and its References list. */
export function splitReferences(text) {
  const at = text.search(/^References\s*$/m);
  return at < 0 ? { body: text, references: '' } : { body: text.slice(0, at), references: text.slice(at) };
}

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A label's text on a line, as whole words (not "name" inside "Full names").
const words = (text) => escapeRegExp(text).replace(/ /g, '\\s+');
const labelPattern = (label) => new RegExp(`(?<![\\p{L}\\p{N}])${words(label)}(?![\\p{L}\\p{N}])`, 'u');

/**
 * Every problem a text-browser reader would meet on this page; `text` is what lynx saved
 * (print menu, `-number_links`, `-hiddenlinks=listonly`), `html` the source it rendered.
 */
export function readabilityProblems(text, html) {
  const problems = [];
  const { texts, fields } = parsePage(html);
  const { body, references } = splitReferences(text);
  const lines = body.split('\n');

  // 1. Labels before their fields, values in them; 2. messages right after their field.
  let from = 0;
  for (const field of fields) {
    const what = `field "${field.label ?? field.name}"`;
    if (!field.label) {
      problems.push(`${what} has no label`);
      continue;
    }
    // The first line from here with the label and the field drawn after it: lynx draws a
    // text field as its value padded with underscores, after its label on the same line or
    // at the start of the next; a checkbox or radio button as "[ ]" or "( )" before its label.
    // `drawnAt(i)`: the line the field is on and what follows it there (null: not there).
    const pattern = labelPattern(field.label);
    const value = field.type === 'password' ? '' : field.value;
    const afterField = (rest) => {
      const text = rest.trimStart();
      const shown = value.slice(0, Math.min(value.length, 12));
      if (shown ? !text.startsWith(shown) : !/^[_*]/.test(text)) return null;
      // The value (lynx may cut it to the field's width), then the padding.
      let i = 0;
      while (i < value.length && text[i] === value[i]) i++;
      return text.slice(i).replace(/^[_*]+/, '');
    };
    const box = { checkbox: '\\[[ X]\\]', radio: '\\([ *]\\)' }[field.type];
    const boxed = box && new RegExp(`${box}\\s*${words(field.label)}`, 'u');
    const drawnAt = (i) => {
      const line = lines[i];
      if (boxed) return boxed.test(line) ? { line: i, rest: line.slice(line.search(boxed)).replace(boxed, '') } : null;
      const afterLabel = line.slice(line.search(pattern)).replace(pattern, '');
      const sameLine = afterField(afterLabel);
      if (sameLine !== null) return { line: i, rest: sameLine };
      const next = lines.findIndex((l, j) => j > i && l.trim() !== '');
      const nextLine = afterLabel.trim() === '' && next > 0 ? afterField(lines[next]) : null;
      return nextLine === null ? null : { line: next, rest: nextLine };
    };
    const candidates = lines.map((line, i) => i).filter((i) => i >= from && pattern.test(lines[i]));
    const at = candidates.find((i) => drawnAt(i) !== null);
    if (at === undefined) {
      problems.push(
        candidates.length === 0
          ? `${what}: its label is not in the text (after line ${from + 1})`
          : `${what}: the field (${boxed ? 'its box' : value ? `showing "${value.slice(0, 12)}"` : 'underscores'}) is not where its label says, ` +
              `${boxed ? 'right before the label' : 'right after the label'}; the label is on line ${candidates[0] + 1}: "${lines[candidates[0]].trim()}"`,
      );
      continue;
    }
    // Its messages come next: nothing else after the field on its line, then the message on
    // the next non-blank line.
    const drawn = drawnAt(at);
    for (const message of field.messages) {
      const start = lines.findIndex((l, i) => i > drawn.line && l.trim() !== '');
      const following = normalize(lines.slice(start, start + 6).join(' '));
      if (drawn.rest.trim() !== '' || start < 0 || start - drawn.line > 2 || !following.startsWith(message)) {
        const where = normalize(body).includes(message) ? 'elsewhere on the page' : 'nowhere';
        problems.push(
          `${what}: its message "${message}" is not right after it (line ${at + 1}: "${lines[at].trim()}"), but ${where}`,
        );
      }
    }
    from = drawn.line + 1;
  }

  // 3. No link without text.
  if (/^\s*Hidden links:/m.test(references)) {
    problems.push(`links without text (lynx lists them as hidden):\n${references.slice(references.search(/^\s*Hidden links:/m)).trimEnd()}`);
  }
  for (const m of body.matchAll(/\[(\d+)\](?=$|\s|\[)/gm)) {
    const line = body.slice(0, m.index).split('\n').length;
    problems.push(`link [${m[1]}] on line ${line} has no text: "${body.split('\n')[line - 1].trim()}"`);
  }
  for (const m of body.matchAll(/\[(IMG|IMAGE|INLINE|LINK|[\w.-]+\.(?:png|jpe?g|gif|svg|webp))\]/gi)) {
    problems.push(`an image without text alternative shows as "${m[0]}"`);
  }

  // 4. Nothing of the page is lost: every text of the HTML, in order.
  const flat = normalize(body);
  let cursor = 0;
  for (const piece of texts) {
    const found = flat.indexOf(piece, cursor);
    if (found >= 0) {
      cursor = found + piece.length;
    } else {
      problems.push(
        flat.includes(piece) ? `text out of order: "${piece}"` : `text lost in the text browser: "${piece}"`,
      );
    }
  }
  return problems;
}
