import type { LikeElectron } from './typing';

/** PNG width and height from the IHDR chunk. */
function pngSize(buffer: Buffer): Electron.Size {
  if (buffer.length < 24) return { width: 0, height: 0 };
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

type Member =
  | 'addRepresentation'
  | 'setTemplateImage'
  | 'isTemplateImage'
  | 'isEmpty'
  | 'getSize'
  | 'toPNG'
  | 'getScaleFactors';

/** A nativeImage keeps its PNG representations so the test can see what the tray shows. */
export class NativeImage implements LikeElectron<Electron.NativeImage, Member> {
  private readonly representations = new Map<number, Buffer>();
  private template = false;

  addRepresentation(options: Electron.AddRepresentationOptions): void {
    if (!options.buffer) throw new Error('electron stand-in: only PNG buffer representations');
    this.representations.set(options.scaleFactor ?? 1, options.buffer);
  }

  setTemplateImage(option: boolean): void {
    this.template = option;
  }

  isTemplateImage = (): boolean => this.template;
  isEmpty = (): boolean => this.representations.size === 0;
  getScaleFactors = (): number[] => [...this.representations.keys()];

  getSize(scaleFactor = 1): Electron.Size {
    const png = this.representations.get(scaleFactor);
    if (!png) return { width: 0, height: 0 };
    const size = pngSize(png);
    return { width: size.width / scaleFactor, height: size.height / scaleFactor };
  }

  toPNG(options?: Electron.ToPNGOptions): Buffer {
    return this.representations.get(options?.scaleFactor ?? 1) ?? Buffer.alloc(0);
  }

  describe(): Record<string, unknown> {
    return { size: this.getSize(), scaleFactors: this.getScaleFactors(), template: this.template };
  }
}

export const nativeImage = {
  createEmpty: () => new NativeImage(),
  createFromBuffer: (buffer: Buffer, options?: Electron.CreateFromBufferOptions) => {
    const image = new NativeImage();
    image.addRepresentation({ buffer, scaleFactor: options?.scaleFactor ?? 1 });
    return image;
  },
} satisfies LikeElectron<typeof Electron.nativeImage, 'createEmpty' | 'createFromBuffer'>;
