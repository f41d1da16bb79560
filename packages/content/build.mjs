// Builds @bodymap/content: the type-checked modules, then each locale's messages as JavaScript.
// The sources import each panel's words as JSON with `with { type: 'json' }`, as Node requires;
// the package ships them as modules (`lower-back.json` becomes `lower-back.json.js`) and imports
// those instead, since browsers and bundlers' development servers do not all take that attribute.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
rmSync(join(here, 'dist'), { recursive: true, force: true });
execFileSync('pnpm', ['exec', 'tsc', '-p', 'tsconfig.build.json'], { cwd: here, stdio: 'inherit' });

const locales = join(here, 'dist/locales');
for (const locale of readdirSync(locales, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
  const folder = join(locales, locale.name, 'panels');
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
    writeFileSync(join(folder, `${file}.js`), `export default ${readFileSync(join(folder, file), 'utf8').trim()};\n`);
    rmSync(join(folder, file));
  }
  // Every registry of a locale's words (the regional panels', the muscles') imports them.
  for (const name of ['messages.js', 'muscle-messages.js']) {
    const messages = join(locales, locale.name, name);
    const code = readFileSync(messages, 'utf8');
    const modules = code.replaceAll(/\.json', \{ with: \{ type: 'json' \} \}\)/g, ".json.js')");
    if (modules === code || modules.includes('.json\'')) {
      throw new Error(`${messages}: its imports of JSON are not in the form this build rewrites.`);
    }
    writeFileSync(messages, modules);
  }
}

// The Questionnaire ships twice: as JSON, for `@bodymap/content/questionnaire.json`, and as the module
// that `painQuestionnaire` is imported from.
const intake = join(here, 'dist/intake');
writeFileSync(join(intake, 'questionnaire.json.js'), `export default ${readFileSync(join(intake, 'questionnaire.json'), 'utf8').trim()};\n`);
const questionnaire = join(intake, 'questionnaire.js');
const code = readFileSync(questionnaire, 'utf8');
const module = code.replace("'./questionnaire.json' with { type: 'json' }", "'./questionnaire.json.js'");
if (module === code) {
  throw new Error(`${questionnaire}: its import of the JSON is not in the form this build rewrites.`);
}
writeFileSync(questionnaire, module);
