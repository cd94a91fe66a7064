import { describe, expect, it } from 'vitest';
import { decodeState, defaultState, encodeState } from '../src/explorer/urlState';

describe('shared URLs', () => {
  it('restore every part of a view', () => {
    const state = {
      ...defaultState(),
      view: 'collaboration' as const,
      city: '嘉兴',
      ids: ['inst.tsinghua-yangtze-delta', 'univ.zju'],
      expanded: ['univ.zju'],
      removed: ['region.beijing'],
      from: 'univ.tsinghua',
      to: 'region.jiaxing',
      selected: 'inst.zju-jiaxing',
      hiddenKinds: ['Indicator', 'Park'],
      hiddenTypes: ['LOCATED_IN'],
      language: 'en' as const,
    };

    expect(decodeState(encodeState(state))).toEqual(state);
  });

  it('leave the defaults out and read an empty query as the default view', () => {
    expect(encodeState(defaultState())).toBe('view=search');
    expect(decodeState('')).toEqual(defaultState());
  });

  it('ignore a view that does not exist', () => {
    expect(decodeState('?view=drop-table&city=嘉兴').view).toBe('search');
  });
});
