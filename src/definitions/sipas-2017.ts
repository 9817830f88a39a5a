import { withWording } from '../model/wording.js';
import type { Definition } from '../schema/definition.js';
import { sipas2017English } from './sipas-2017-en.js';
import { sipas2017Vietnamese } from './sipas-2017-vi.js';

/** SIPAS 2017–2020 in every language it has: Vietnamese (sipas-2017-vi.ts) and our English (sipas-2017-en.ts). */
export const sipas2017: Definition = withWording(sipas2017Vietnamese, sipas2017English);
