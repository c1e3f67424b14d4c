export const DEMO_ROOT: string;
export function serveDemo(options?: {
  port?: number;
  root?: string;
}): Promise<{ url: string; close: () => Promise<void> }>;
