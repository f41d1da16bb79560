import { reflexologyPointNames } from '../atlas/soles/points.js';
import { messages as english } from '../locales/en/messages.js';
import type { PanelLoader, PanelName } from '../locales/panels.js';
import { joinPanel, messageKeys, type Messages } from './facts.js';
import { facts, messageFiles, type LocaleMessages, type MessageFile, type MessagesModule, type RegionalPanel } from './files.js';
import { reflexologyMessageKeys, reflexologyPanels, type ReflexologyPoint } from './reflexology.js';

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

const merge = (modules: readonly MessagesModule[]): Messages => Object.assign({}, ...modules.map((module) => module.default)) as Messages;

/**
 * A locale's panel loaders: each joins a panel's facts with the locale's messages. A message the
 * locale lacks, or leaves empty, is taken from English, string by string.
 */
export function createPanelLoaders(messages: LocaleMessages): Record<PanelName, PanelLoader> {
  const load = (files: readonly MessageFile[], locale: LocaleMessages) => Promise.all(files.map((file) => locale[file]())).then(merge);
  const complete = async (files: readonly MessageFile[], own: Messages, keys: readonly string[]): Promise<Messages> => {
    if (messages === english || keys.every((key) => isText(own[key]))) {
      return own;
    }
    const translated = Object.fromEntries(Object.entries(own).filter(([, text]) => isText(text)));
    return { ...(await load(files, english)), ...translated };
  };
  const lookUp = (texts: Messages) => (key: string) => texts[key] ?? '';

  const regional = (name: RegionalPanel): PanelLoader => async () => {
    const files = messageFiles(name);
    const [{ default: panel }, own] = await Promise.all([facts[name](), load(files, messages)]);
    return joinPanel(panel, lookUp(await complete(files, own, messageKeys(panel))));
  };
  // All the points' panels come from one file of messages, so opening one loads them all at once.
  const point = (name: ReflexologyPoint): PanelLoader => async () => {
    const files = messageFiles(`rfx-${name}`);
    const texts = await complete(files, await load(files, messages), reflexologyMessageKeys());
    return reflexologyPanels(lookUp(texts))[name];
  };
  return Object.fromEntries([
    ...(Object.keys(facts) as RegionalPanel[]).map((name) => [name, regional(name)] as const),
    ...reflexologyPointNames.map((name) => [`rfx-${name}`, point(name)] as const),
  ]) as Record<PanelName, PanelLoader>;
}
