/**
 * Trees whose very name says something a person may not want anyone on the same device to see:
 * suicidal thoughts, anxiety and panic, low mood, vaginal bleeding (it asks about sexual
 * violence), sexual violence itself, and alcohol or drug use. They run in memory wherever they are opened (no address, no history entry, nothing
 * kept on the device), with a "Snel weg" button on every page.
 */
import { TREE_SEPARATOR } from '../engine/plan.ts';

export const SENSITIVE_TREES: readonly string[] = [
  'gedachten-aan-zelfmoord',
  'angst-paniek',
  'somber-levensproblemen',
  'vaginaal-bloedverlies',
  'seksueel-geweld',
  'alcohol-drugs',
];

/** One sensitive tree among several ("+") makes the whole triage sensitive. */
export const isSensitive = (treeIds: string): boolean => treeIds.split(TREE_SEPARATOR).some((id) => SENSITIVE_TREES.includes(id));
