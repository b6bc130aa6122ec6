import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// A window's first render waits for its language's messages (a dynamic import), which on
// a loaded two-core machine can take longer than Testing Library's default second.
configure({ asyncUtilTimeout: 4000 });
vi.setConfig({ testTimeout: 20_000 });

afterEach(() => cleanup());
