// Writes the README of the gallery fixtures in DIR: one line per fixture with its description
// (the .about file the capture wrote next to it) and the Kratos text ids it carries.
// Usage: node tests/gallery/readme.mjs DIR
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const dir = process.argv[2];
/** Every Kratos text id (a numeric id next to a text) inside `value`, sorted, once each. */
const ids = (value) => {
  const found = new Set();
  const walk = (item) => {
    if (Array.isArray(item)) item.forEach(walk);
    else if (item && typeof item === 'object') {
      if (typeof item.id === 'number' && typeof item.text === 'string') found.add(item.id);
      Object.values(item).forEach(walk);
    }
  };
  walk(value);
  return [...found].sort((a, b) => a - b);
};
const rows = readdirSync(dir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => {
    const data = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
    const about = readFileSync(`${dir}/${file.replace(/\.json$/, '.about')}`, 'utf8').trim();
    const messages = [...(data.ui?.messages ?? []), ...(data.ui?.nodes ?? []).flatMap((node) => node.messages)];
    const shown = ids(messages);
    const texts = ids(data.ui ?? []).filter((id) => !shown.includes(id));
    const carried = data.error ? `error \`${data.error.id ?? `code ${data.error.code}`}\`` : shown.join(' ');
    return `| \`${file}\` | ${about} | ${carried} | ${texts.join(' ')} |`;
  });

writeFileSync(
  `${dir}/README.md`,
  `# Gallery fixtures (captured from Kratos v1.3.1)

Flow states exactly as Kratos's JSON browser endpoints (\`/self-service/<flow>/flows?id=\`,
\`/self-service/errors?id=\`) returned them to a real Chromium session, captured by
\`scripts/capture-gallery.sh\` from Kratos v1.3.1 in dev mode with the checked-in config
(\`tests/kratos/\`). Tokens, ids, secrets, codes and addresses inside are throwaway values of
that dev run. The gallery (\`/gallery\`, dev mode) and \`tests/gallery_snapshots.rs\` draw every
file here. To recapture (e.g. after a Kratos upgrade), run \`scripts/capture-gallery.sh\` and
review the diff of these files and of \`tests/snapshots/\`. This file is written by it too.

Messages are the ids of \`ui.messages\` and of the nodes' messages (what the state is about);
labels and texts are every other text id in \`ui\` (field labels, buttons, TOTP secret, codes).

| File | State | Messages (or error id) | Labels and texts |
|---|---|---|---|
${rows.join('\n')}
`,
);
