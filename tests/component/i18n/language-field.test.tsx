import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LanguageField } from '../../../src/renderer/common/LanguageField';
import { renderInLanguage } from './in-language';

describe('language field', () => {
  it('offers the system language and each language in its own name, and reports a choice', async () => {
    const onChange = vi.fn();
    renderInLanguage(<LanguageField value="system" onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'Language' });
    expect(select).toHaveValue('system');
    expect(screen.getByRole('option', { name: 'Deutsch' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Español' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Français' })).toBeInTheDocument();
    await userEvent.selectOptions(select, 'fr');
    expect(onChange).toHaveBeenCalledWith('fr');
  });
});
