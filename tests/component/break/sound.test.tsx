import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderBreak, wait } from './render-break';

interface FakeGain {
  peak: number;
  gain: Record<string, (value: number) => void>;
  connect: () => void;
}

/** Records the tones a cue plays: frequency and peak gain of each started oscillator. */
class RecordingAudioContext {
  static tones: { frequency: number; gain: FakeGain | null }[] = [];
  state = 'running';
  currentTime = 0;
  destination = {};
  createOscillator() {
    const tone = { frequency: 0, gain: null as FakeGain | null };
    return {
      type: 'sine',
      frequency: {
        set value(hz: number) {
          tone.frequency = hz;
        },
      },
      connect: (gain: FakeGain) => {
        tone.gain = gain;
        return gain;
      },
      start: () => RecordingAudioContext.tones.push(tone),
      stop: () => undefined,
    };
  }
  createGain(): FakeGain {
    const node: FakeGain = {
      peak: 0,
      gain: {
        setValueAtTime: () => undefined,
        linearRampToValueAtTime: (value) => {
          node.peak = value;
        },
        exponentialRampToValueAtTime: () => undefined,
      },
      connect: () => undefined,
    };
    return node;
  }
  resume() {
    return Promise.resolve();
  }
  close() {
    return Promise.resolve();
  }
}

describe('the switch-sides cue', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    RecordingAudioContext.tones = [];
    vi.stubGlobal('AudioContext', RecordingAudioContext);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('plays two rising tones at the prompt volume when it is time to switch sides', async () => {
    const { user } = renderBreak({ sound: { enabled: true, volume: 0.5 } });
    await user.click(await screen.findByRole('button', { name: 'Start' }));
    await act(() => wait(5));
    expect(RecordingAudioContext.tones.map((t) => t.frequency)).toEqual([660]);
    await act(() => wait(30));
    expect(screen.getByRole('status')).toHaveTextContent('Switch sides');
    expect(RecordingAudioContext.tones.slice(1).map((t) => t.frequency)).toEqual([523, 784]);
    expect(RecordingAudioContext.tones.map((t) => t.gain?.peak)).toEqual([0.2, 0.2, 0.2]);
  });

  it('is silent once muted, and when the settings turned sound off', async () => {
    const { user } = renderBreak();
    await user.click(await screen.findByRole('button', { name: 'Mute sound' }));
    expect(screen.getByRole('button', { name: 'Mute sound' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await act(() => wait(5 + 30 + 5));
    expect(screen.getByRole('status')).toHaveTextContent('Right side: hold the stretch');
    expect(RecordingAudioContext.tones).toEqual([]);
  });

  it('starts muted when the prompt says sound is off', async () => {
    renderBreak({ sound: { enabled: false, volume: 0.5 } });
    expect(await screen.findByRole('button', { name: 'Mute sound' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});
