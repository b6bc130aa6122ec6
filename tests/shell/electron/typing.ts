/**
 * How the stand-in is held to Electron's own `electron.d.ts`: every member it offers must
 * exist on the real API and accept the real parameters, so a call real Electron would
 * reject fails `npm run typecheck`. Results that are Electron objects need only be
 * look-alikes (the stand-in's own classes); plain results must match exactly.
 */
type Result<R> = R extends object ? unknown : R;

export type LikeElectron<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R ? (...args: A) => Result<R> : Result<T[P]>;
};
