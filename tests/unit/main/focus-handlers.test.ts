import { describe, expect, it } from 'vitest';
import { createFocusHandlers } from '../../../src/main/handlers/focus';
import type { HandlerContext } from '../../../src/main/handlers/context';

/** Issue 15 §1: the focus-sources read answers only names the contract knows. */

const context = (focusSources?: () => readonly string[]) =>
  ({ focusSources }) as unknown as HandlerContext;
const sender = { window: 'settings' } as const;

describe('getFocusSources', () => {
  it('answers the working sources, leaving out names the contract does not know', () => {
    const handlers = createFocusHandlers(context(() => ['gnome-dnd', 'made-up', 'camera']));
    expect(handlers.getFocusSources(undefined, sender)).toEqual({
      working: ['gnome-dnd', 'camera'],
    });
  });

  it('answers none when the app started no focus system', () => {
    expect(createFocusHandlers(context()).getFocusSources(undefined, sender)).toEqual({
      working: [],
    });
  });
});
