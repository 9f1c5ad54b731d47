/**
 * The practice the app is set up for (?practice=<id>, or remembered: practice-choice.ts) and its
 * region, or only a region, validated at load. An unknown or invalid configuration falls back to
 * the safe generic set-up (112, "call your own GP", how to find the huisartsenpost), never a blank page.
 */
import type * as z from 'zod/mini';
import { manifest } from 'virtual:content-manifest';
import { PracticeSchema, RegionSchema, type Practice, type Region } from '../content/practice-schema.ts';
import { validate } from '../engine/schema-errors.ts';
import { settingSource } from '../content/data-addresses.ts';
import { fetchData } from './data-files.ts';
import { choicesInThisBuild, rememberChoice, sameChoice, type Choice, type Choices } from './practice-choice.ts';

export interface Setting {
  readonly practice?: Practice;
  readonly region?: Region;
  /**
   * The link's practice holds for this visit while the device remembers another choice: that
   * one, with its name, so the start page can offer the way back to it.
   */
  readonly remembered?: { readonly choice: Choice; readonly name: string };
}

type Folder = 'practices' | 'regions';
const folderOf = (choice: Choice): Folder => (choice.kind === 'practice' ? 'practices' : 'regions');

async function read<T>(folder: Folder, id: string, schema: z.ZodMiniType<T>): Promise<T | undefined> {
  const file = settingSource(folder, id);
  let data: unknown;
  try {
    data = await fetchData(file);
  } catch (error) {
    console.error((error as Error).message);
    return undefined;
  }
  const result = validate(schema, data);
  if (result.ok) return result.data;
  for (const e of result.errors) console.error(`${file}: ${e.path}: ${e.message}`);
  return undefined;
}

export async function loadSetting(practiceId: string | null): Promise<Setting> {
  if (!practiceId || !/^[a-z0-9-]+$/.test(practiceId)) return {};
  const practice = await read('practices', practiceId, PracticeSchema);
  const region = practice && (await read('regions', practice.region, RegionSchema));
  // A practice without its region would send urgent out-of-hours calls nowhere: use the generic set-up.
  return practice && region ? { practice, region } : {};
}

/** One practice (with its region) or one region alone. */
async function loadChoice(choice: Choice): Promise<Setting> {
  if (choice.kind === 'practice') return loadSetting(choice.id);
  const region = await read('regions', choice.id, RegionSchema);
  return region ? { region } : {};
}

const inThisBuild = (choice: Choice) => settingSource(folderOf(choice), choice.id) in manifest.hashes;

/**
 * The set-up for what the address names and the device remembers (practice-choice.ts): the link's
 * practice for this visit, offering the remembered one beside it; remembered at once when the
 * device had none (or one this build no longer has). A link to a practice this build does not
 * have changes nothing: the remembered choice, else the generic set-up.
 */
export async function loadChosenSetting({ address, stored }: Choices): Promise<Setting> {
  if (address) {
    const linked = await loadChoice(address);
    if (linked.practice) {
      if (!stored || !inThisBuild(stored)) {
        rememberChoice(address, { quiet: true });
        return linked;
      }
      if (sameChoice(address, stored)) return linked;
      const before = await loadChoice(stored);
      const name = before.practice?.name ?? (stored.kind === 'region' ? before.region?.name : undefined);
      return name ? { ...linked, remembered: { choice: stored, name } } : linked;
    }
  }
  return stored ? loadChoice(stored) : {};
}

export interface NamedChoice extends Choice {
  readonly name: string;
}

/** Every practice and region of this build with its name, practices first, each by name; one that cannot load is left out. */
export async function namedChoices(language: string): Promise<NamedChoice[]> {
  const loaded = await Promise.all(
    choicesInThisBuild().map(async (choice) => {
      const data =
        choice.kind === 'practice' ? await read('practices', choice.id, PracticeSchema) : await read('regions', choice.id, RegionSchema);
      return data ? { ...choice, name: data.name } : undefined;
    }),
  );
  const order = new Intl.Collator(language);
  return loaded
    .filter((choice): choice is NamedChoice => choice !== undefined)
    .sort((a, b) => (a.kind === b.kind ? order.compare(a.name, b.name) : a.kind === 'practice' ? -1 : 1));
}
