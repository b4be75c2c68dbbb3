export declare const harnessDist: string;
export declare const HARNESS_ORIGIN: string;
export declare function buildThreadHarness(): void;
export declare function routeThreadHarness(target: { route: (url: string, handler: (route: import('@playwright/test').Route) => unknown) => Promise<unknown> }): Promise<void>;
export declare function harnessUrl(params: Record<string, string>): string;
