/** Short cues made with the Web Audio API: no audio files, nothing to load. */
export type Cue = 'hold' | 'switch' | 'finish';

/** Tones of each cue, in Hz, played one after another. */
const TONES: Record<Cue, number[]> = {
  hold: [660],
  switch: [523, 784],
  finish: [523, 659, 784],
};
const TONE_SECONDS = 0.16;

export interface CuePlayer {
  /** Creates or resumes the audio context; call it from a click or key press. */
  unlock(): void;
  play(cue: Cue, volume: number): void;
  close(): void;
}

type AudioContextClass = new () => AudioContext;

function getAudioContextClass(): AudioContextClass | null {
  // jsdom and some locked-down systems have no Web Audio: cues are then silent.
  return typeof window !== 'undefined' && 'AudioContext' in window ? window.AudioContext : null;
}

export function createCuePlayer(): CuePlayer {
  let context: AudioContext | null = null;
  const ensure = (): AudioContext | null => {
    const Context = getAudioContextClass();
    if (!Context) return null;
    context ??= new Context();
    if (context.state === 'suspended') void context.resume().catch(() => undefined);
    return context;
  };
  return {
    unlock: () => void ensure(),
    play(cue, volume) {
      const audio = ensure();
      if (!audio || volume <= 0) return;
      const start = audio.currentTime + 0.02;
      TONES[cue].forEach((frequency, i) => {
        const at = start + i * TONE_SECONDS * 1.2;
        const oscillator = audio.createOscillator();
        const gain = audio.createGain();
        oscillator.type = 'sine';
        oscillator.frequency.value = frequency;
        // A soft attack and decay so the cue chimes rather than clicks.
        gain.gain.setValueAtTime(0, at);
        gain.gain.linearRampToValueAtTime(Math.min(1, volume) * 0.4, at + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, at + TONE_SECONDS);
        oscillator.connect(gain).connect(audio.destination);
        oscillator.start(at);
        oscillator.stop(at + TONE_SECONDS + 0.02);
      });
    },
    close() {
      void context?.close().catch(() => undefined);
      context = null;
    },
  };
}
