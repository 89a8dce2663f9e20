import type { AfterPackContext } from 'electron-builder';
import { signingStatus, type BuildPlatform } from './signing.ts';

/**
 * electron-builder's afterSign hook (electron-builder.yml): says, in one line per step, whether this package
 * was signed and notarized, and which environment variables would do what was skipped.
 */
export default function afterSign(context: AfterPackContext): void {
  const platform = context.electronPlatformName as BuildPlatform;
  for (const line of signingStatus(platform, process.env).lines) console.log(`  • ${line}`);
}
