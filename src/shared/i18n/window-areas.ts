import type { WindowKind } from '../domain';
import type { EnglishAreas } from './messages/en';

/** The folders of ./messages: one per area of the app, each with its English. */
export type MessageArea = keyof EnglishAreas;

export const ALL_MESSAGE_AREAS: readonly MessageArea[] = [
  'app',
  'shell',
  'common',
  'summary',
  'onboarding',
  'knots',
  'settings',
  'settings-programme',
  'settings-errors',
  'release',
  'advice',
  'data',
];

/**
 * The message areas each window shows, so a window loads only its own words (the break
 * window's start-up JavaScript has a budget). A message of an area left out here would
 * show as its id: the pseudo-locale browser tests, which walk every window, catch that.
 * No window loads 'shell' (notices, tray, CLI): main formats those.
 */
export const WINDOW_AREAS: Record<WindowKind, readonly MessageArea[]> = {
  break: ['app', 'common', 'onboarding'],
  summary: ['app', 'common', 'summary', 'knots', 'advice', 'data'],
  settings: [
    'app',
    'common',
    'onboarding',
    'settings',
    'settings-programme',
    'settings-errors',
    'advice',
    'data',
  ],
  // A refused save of the language choice says why.
  onboarding: ['app', 'common', 'onboarding', 'settings-errors'],
  knots: ['app', 'common', 'knots'],
};
