import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiContext } from '../../../src/renderer/common/api';
import { TensionSection } from '../../../src/renderer/summary/TensionSection';
import type { TensionOverview } from '../../../src/shared/tension';
import { createFakeApi } from '../fake-api';
import { InLanguage } from '../i18n/in-language';

const overview: TensionOverview = {
  checkIns: [
    { id: 't1', at: Date.UTC(2026, 10, 20), ratings: { neck: 4 }, redFlags: [], emergency: false },
  ],
  advice: { kind: 'notEnoughData', trend: null, message: { id: 'advice.sameAreas' } },
  weeks: [],
};

describe('the summary window asks main once for the tension overview', () => {
  it('shares one answer between the trend and the check-in', async () => {
    const { api, calls } = createFakeApi({ getTension: () => overview });
    render(
      <ApiContext.Provider value={api}>
        <InLanguage>
          <TensionSection />
        </InLanguage>
      </ApiContext.Provider>,
    );
    expect(
      await screen.findByText('Rate the same areas each week so Unknot can compare them.'),
    ).toBeInTheDocument();
    expect(calls.filter((call) => call.name === 'getTension')).toHaveLength(1);
  });
});
