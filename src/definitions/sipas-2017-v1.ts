import type { Definition } from '../schema/definition.js';
import { sipas2017 } from './sipas-2017.js';

/**
 * Version 2017.1, which asked everyone how satisfied they were with the handling of feedback. Never shown; kept so
 * that responses stored under it are still scored (by version, so each is counted under its own rules).
 */
export const sipas2017v1: Definition = {
  ...sipas2017,
  version: '2017.1',
  sections: sipas2017.sections.map((section) => ({
    ...section,
    items: section.items.map((item) => {
      if (item.id !== 'sat-feedback') return item;
      const { visibleIf: _askedOfEveryone, ...askedOfAll } = item;
      return askedOfAll;
    }),
  })),
};
