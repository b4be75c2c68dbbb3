export declare const chromiumPath: string;
export declare const headlessFlags: string[];
export declare function voiceFlags(toneWav: string): string[];
