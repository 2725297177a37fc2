import type { Preset, PresetName } from '../preset';
import { ENTERPRISE } from './enterprise';
import { GOVERNMENT } from './government';
import { NONPROFIT } from './nonprofit';

/** The presets `preflight policy init --preset NAME` writes. */
export const PRESETS: Readonly<Record<PresetName, Preset>> = { enterprise: ENTERPRISE, government: GOVERNMENT, nonprofit: NONPROFIT };
