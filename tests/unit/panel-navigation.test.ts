import { afterEach, describe, expect, it } from 'vitest';
import { usePanelNavigation, viewFromSearch } from '../../lib/panel/navigation-store';

afterEach(() => usePanelNavigation.setState({ view: 'page' }));

describe('panel navigation', () => {
  it.each([
    ['?view=page', 'page'],
    ['?url=https%3A%2F%2Fx.com%2Fa&view=page', 'page'],
    ['?view=data', 'data'],
    ['?view=nonsense', null],
    ['?view=', null],
    ['', null],
  ])('viewFromSearch(%j) is %j', (search, expected) => {
    expect(viewFromSearch(search)).toBe(expected);
  });

  it('opens the view it is told to', () => {
    usePanelNavigation.setState({ view: 'nonsense' as never });
    usePanelNavigation.getState().show('page');
    expect(usePanelNavigation.getState().view).toBe('page');
  });
});
