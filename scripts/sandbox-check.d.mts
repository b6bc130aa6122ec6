/** Types for sandbox-check.mjs (plain JavaScript: it runs before anything is built). */
export interface SandboxFacts {
  platform: NodeJS.Platform | string;
  /** NO_SANDBOX or ELECTRON_DISABLE_SANDBOX is set: electron-vite passes --no-sandbox. */
  noSandbox: boolean;
  /** /proc/sys/kernel/apparmor_restrict_unprivileged_userns, null when absent. */
  appArmorRestrict: string | null;
  /** /proc/sys/kernel/unprivileged_userns_clone (Debian), null when absent. */
  usernsClone: string | null;
  /** Path of chrome-sandbox. */
  helper: string;
  /** Its owner and mode; null when missing. */
  helperStat: { uid: number; mode: number } | null;
}

export function readSandboxFacts(options: {
  distDir: string;
  procSys?: string;
  env?: Record<string, string | undefined>;
}): SandboxFacts;

export function getSandboxProblem(facts: SandboxFacts): string | null;
