import type { CaptureDevices, MacNative } from './focus-macos';
import { fourCharCode } from './focus-macos';

/**
 * The native side of the macOS capture source: CoreAudio and CoreMediaIO through
 * koffi (prebuilt, unpacked from the asar), loaded on first use and only on macOS.
 * A framework that does not load, or a call that fails, answers null for its devices.
 */

interface PropertyAddress {
  mSelector: number;
  mScope: number;
  mElement: number;
}

type GetSize = (id: number, address: PropertyAddress, qs: 0, q: null, size: [number]) => number;
type GetAudioData = (
  id: number,
  address: PropertyAddress,
  qs: 0,
  q: null,
  size: [number],
  data: Uint32Array,
) => number;
type GetCmioData = (
  id: number,
  address: PropertyAddress,
  qs: 0,
  q: null,
  dataSize: number,
  dataUsed: [number],
  data: Uint32Array,
) => number;

/** Reads one property as 32-bit words: how this file calls both frameworks. */
type ReadWords = (id: number, address: PropertyAddress) => Uint32Array | null;

/** kAudioObjectSystemObject and kCMIOObjectSystemObject are both 1. */
const SYSTEM_OBJECT = 1;
const address = (selector: string, scope = 'glob'): PropertyAddress => ({
  mSelector: fourCharCode(selector),
  mScope: fourCharCode(scope),
  mElement: 0,
});

function words(
  getSize: GetSize,
  getData: (id: number, a: PropertyAddress, n: number, out: Uint32Array) => number,
): ReadWords {
  return (id, a) => {
    const size: [number] = [0];
    if (getSize(id, a, 0, null, size) !== 0) return null;
    const out = new Uint32Array(Math.floor(size[0] / 4));
    return getData(id, a, size[0], out) === 0 ? out : null;
  };
}

interface Frameworks {
  audio: ReadWords | null;
  audioSize: GetSize | null;
  cmio: ReadWords | null;
}

let frameworks: Promise<Frameworks> | null = null;

async function load(): Promise<Frameworks> {
  const koffi = (await import('koffi')).default;
  koffi.struct('PropertyAddress', { mSelector: 'uint32', mScope: 'uint32', mElement: 'uint32' });
  const params = 'uint32 id, const PropertyAddress *address, uint32 qs, const void *q';
  const open = <T>(path: string, build: (lib: ReturnType<typeof koffi.load>) => T): T | null => {
    try {
      return build(koffi.load(path));
    } catch (error) {
      console.warn(`[focus] ${path} unavailable: ${String(error)}`);
      return null;
    }
  };
  const audio = open('/System/Library/Frameworks/CoreAudio.framework/CoreAudio', (lib) => {
    const getSize = lib.func(
      `int32 AudioObjectGetPropertyDataSize(${params}, _Out_ uint32 *size)`,
    ) as unknown as GetSize;
    const getData = lib.func(
      `int32 AudioObjectGetPropertyData(${params}, _Inout_ uint32 *size, void *data)`,
    ) as unknown as GetAudioData;
    return { getSize, read: words(getSize, (id, a, n, out) => getData(id, a, 0, null, [n], out)) };
  });
  const cmio = open('/System/Library/Frameworks/CoreMediaIO.framework/CoreMediaIO', (lib) => {
    const getSize = lib.func(
      `int32 CMIOObjectGetPropertyDataSize(${params}, _Out_ uint32 *size)`,
    ) as unknown as GetSize;
    const getData = lib.func(
      `int32 CMIOObjectGetPropertyData(${params}, uint32 dataSize, _Out_ uint32 *used, void *data)`,
    ) as unknown as GetCmioData;
    return words(getSize, (id, a, n, out) => getData(id, a, 0, null, n, [0], out));
  });
  return { audio: audio?.read ?? null, audioSize: audio?.getSize ?? null, cmio };
}

/** Each device's IsRunningSomewhere flag; `keep` picks the devices that count. */
function runningFlags(read: ReadWords, keep: (id: number) => boolean): boolean[] | null {
  const devices = read(SYSTEM_OBJECT, address('dev#'));
  if (!devices) return null;
  return [...devices].filter(keep).map((id) => (read(id, address('gone'))?.[0] ?? 0) !== 0);
}

export async function readCaptureDevices(): Promise<CaptureDevices> {
  try {
    frameworks ??= load();
    const { audio, audioSize, cmio } = await frameworks;
    const hasInput = (id: number): boolean => {
      const size: [number] = [0];
      return audioSize?.(id, address('stm#', 'inpt'), 0, null, size) === 0 && size[0] > 0;
    };
    return {
      cameras: cmio ? runningFlags(cmio, () => true) : null,
      microphones: audio ? runningFlags(audio, hasInput) : null,
    };
  } catch (error) {
    console.warn(`[focus] camera and microphone unavailable: ${String(error)}`);
    return { cameras: null, microphones: null };
  }
}

export const macNative: MacNative = { readCaptureDevices };
