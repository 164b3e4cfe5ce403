export declare const BACKGROUND_NICENESS: number;
export declare function runThisThreadInBackground(): void;
export declare function runHelperThreadsInBackground(): void;
