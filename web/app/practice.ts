/**
 * The practice the app is set up for (?practice=<id>) and its region, validated at load. An
 * unknown or invalid configuration falls back to the safe generic set-up (112, "call your own
 * GP", "call the huisartsenpost in your region"), never a blank page.
 */
import type * as z from 'zod/mini';
import { PracticeSchema, RegionSchema, type Practice, type Region } from '../content/practice-schema.ts';
import { validate } from '../engine/schema-errors.ts';
import { settingSource } from '../content/data-addresses.ts';
import { fetchData } from './data-files.ts';

export interface Setting {
  readonly practice?: Practice;
  readonly region?: Region;
}

async function read<T>(folder: 'practices' | 'regions', id: string, schema: z.ZodMiniType<T>): Promise<T | undefined> {
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
