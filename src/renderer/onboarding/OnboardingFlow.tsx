import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Settings } from '../../shared/settings/schema';
import type { UnknotApi } from '../../shared/ipc';
import {
  getContraindicationReason,
  LOCAL_RULE,
  NOT_A_TREATMENT,
  PRESSURE_OFF_EXPLAINED,
  SAFETY_QUESTIONS,
  type OperationSite,
} from '../../shared/safety';
import { RedFlags } from '../common/RedFlags';
import { isComplete, SafetyCheck, type Answers } from './SafetyCheck';
import './onboarding.css';

const EQUIPMENT = [
  ['ball', 'A firm ball (tennis or lacrosse ball)'],
  ['wall', 'A free bit of wall'],
  ['doorway', 'A doorway'],
  ['chair', 'A sturdy chair'],
] as const;

const STEPS = ['sitting', 'routine', 'habit', 'equipment', 'safety', 'redFlags'] as const;
type Step = (typeof STEPS)[number];

/**
 * The first-run flow: what Unknot does (three short screens), equipment, the safety
 * check and the red flags. Skippable at every step. Used by the onboarding window and,
 * later, from Settings.
 */
export function OnboardingFlow({
  api,
  initial,
  onDone,
}: {
  api: UnknotApi;
  initial: Settings;
  onDone: (settings: Settings, skipped: boolean) => void;
}) {
  const [step, setStep] = useState<Step>('sitting');
  const [equipment, setEquipment] = useState(initial.equipment);
  const [answers, setAnswers] = useState<Answers>(initial.safety.answers);
  const [sites, setSites] = useState<OperationSite[]>([...initial.safety.operationSites]);
  const [showMissing, setShowMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const index = STEPS.indexOf(step);
  const yes = SAFETY_QUESTIONS.filter((q) => answers[q.id] === true).map((q) => q.id);

  // Each new step starts at its heading, for keyboard and screen reader users alike.
  useEffect(() => heading.current?.focus(), [step]);

  // A skip keeps every answer already given: pressure stays off until all are in.
  const finish = (skipped: boolean) =>
    api
      .completeOnboarding({ skipped, equipment, answers, operationSites: sites })
      .then((settings) => onDone(settings, skipped))
      .catch((reason: unknown) => setError(`That did not save: ${String(reason)}. Try again.`));

  const next = () => {
    if (step === 'safety' && !isComplete(answers)) return setShowMissing(true);
    const following = STEPS[index + 1];
    if (following) setStep(following);
    else void finish(false);
  };

  const page = (title: string, body: ReactNode) => (
    <main className="onboarding" aria-labelledby="step-title">
      <p className="kicker">
        Step {index + 1} of {STEPS.length}
      </p>
      <h1 id="step-title" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {body}
      {error && <p role="alert">{error}</p>}
      <div className="actions">
        {index > 0 && (
          <button type="button" onClick={() => setStep(STEPS[index - 1] ?? 'sitting')}>
            Back
          </button>
        )}
        <button type="button" className="primary" onClick={next}>
          {step === 'redFlags' ? 'Finish' : 'Next'}
        </button>
        <button type="button" className="link" onClick={() => void finish(true)}>
          Skip for now
        </button>
      </div>
    </main>
  );

  switch (step) {
    case 'sitting':
      return page(
        'Short breaks, often',
        <p>
          Unknot notices how long you have been sitting at the computer, from your keyboard and
          mouse activity, and suggests a short posture break about every 30 minutes. Time away from
          the computer counts as a break.
        </p>,
      );
    case 'routine':
      return page(
        'A minute or two of care',
        <p>
          Each break guides you through one to three minutes: a stretch, a short walk, or a ball
          held against a wall on a tight spot. A timer counts each hold for you.
        </p>,
      );
    case 'habit':
      return page(
        'Regular beats intense',
        <>
          <p>
            Unknot records what you did and shows once a week how regular you were. A missed day
            does not wipe out your progress.
          </p>
          <p>{NOT_A_TREATMENT}</p>
        </>,
      );
    case 'equipment':
      return page(
        'What do you have?',
        <fieldset>
          <legend>Unknot only suggests exercises you have the things for.</legend>
          {EQUIPMENT.map(([key, label]) => (
            <label key={key} className="choice">
              <input
                type="checkbox"
                checked={equipment[key]}
                onChange={(event) => setEquipment({ ...equipment, [key]: event.target.checked })}
              />
              {label}
            </label>
          ))}
        </fieldset>,
      );
    case 'safety':
      return page(
        'A short safety check',
        <>
          <p>
            Pressing on tight spots is not right for everyone. Your answers stay on this computer.
          </p>
          <SafetyCheck
            answers={answers}
            onChange={setAnswers}
            showMissing={showMissing}
            sites={sites}
            onSitesChange={setSites}
          />
          <p>{LOCAL_RULE}</p>
        </>,
      );
    case 'redFlags':
      return page(
        'When to see a professional',
        <>
          {yes.length > 0 && (
            <div className="notice" role="status">
              <p>
                You answered yes to: {yes.map(getContraindicationReason).join(', ')}.{' '}
                {PRESSURE_OFF_EXPLAINED}
              </p>
            </div>
          )}

          <RedFlags headingLevel={2} />
        </>,
      );
  }
}
