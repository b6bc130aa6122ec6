import { SAFETY_QUESTIONS, type ContraindicationId } from '../../shared/safety';

export type Answers = Partial<Record<ContraindicationId, boolean>>;

/** The six yes/no questions; "no" first so a quick Space answers the common case. */
export function SafetyCheck({
  answers,
  onChange,
  showMissing,
}: {
  answers: Answers;
  onChange: (answers: Answers) => void;
  showMissing: boolean;
}) {
  return (
    <div className="questions">
      {SAFETY_QUESTIONS.map((question) => {
        const answer = answers[question.id];
        const missing = showMissing && answer === undefined;
        const errorId = `${question.id}-missing`;
        return (
          <fieldset
            key={question.id}
            className={missing ? 'question invalid' : 'question'}
            aria-describedby={missing ? errorId : undefined}
          >
            <legend>{question.question}</legend>
            {([false, true] as const).map((value) => (
              <label key={String(value)} className="choice">
                <input
                  type="radio"
                  name={question.id}
                  checked={answer === value}
                  onChange={() => onChange({ ...answers, [question.id]: value })}
                />
                {value ? 'Yes' : 'No'}
              </label>
            ))}
            {missing && (
              <p className="field-error" id={errorId}>
                Please choose yes or no.
              </p>
            )}
          </fieldset>
        );
      })}
    </div>
  );
}

export function isComplete(answers: Answers): boolean {
  return SAFETY_QUESTIONS.every((question) => answers[question.id] !== undefined);
}
