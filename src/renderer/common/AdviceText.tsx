import type { ProfessionalAdvice } from '../../shared/tension';
import { getWarningSignText } from '../../shared/warning-signs';
import { useFormats, useMessageText, useSourceText } from './i18n/use-text';

/**
 * The see-a-professional advice in the window's language. Core says what it means (a
 * message of the advice area); a red flag's signs are catalogue sentences, listed here.
 */
export function useAdviceText(): (advice: ProfessionalAdvice) => string {
  const format = useMessageText();
  const say = useSourceText();
  const formats = useFormats();
  return (advice) => {
    const signs = (advice.signs ?? []).map((id) => say(getWarningSignText(id)));
    return format(advice.message, signs.length > 0 ? { signs: formats.list(signs) } : undefined);
  };
}

export function AdviceText({ advice }: { advice: ProfessionalAdvice }) {
  return <>{useAdviceText()(advice)}</>;
}
