export declare function kamailioInstalled(): boolean;
export declare function startDevKamailio(options: { root: string; wsPort: number; udpPort: number; logFile: string }): Promise<{ stop(): Promise<void> } | null>;
