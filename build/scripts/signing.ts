/**
 * Which signing and notarization a packaging run can do, from the environment alone — so a build without
 * credentials (a developer's machine, a fork's CI) still packages, and says in one line per step what it
 * skipped and which variables would enable it. electron-builder does the signing and notarizing itself when
 * the variables are there; this only decides what to say.
 */

export type BuildPlatform = 'darwin' | 'win32' | 'linux';
type Env = Record<string, string | undefined>;

const has = (env: Env, ...names: string[]) => names.every((name) => (env[name] ?? '').trim() !== '');

/** Apple's three ways to authenticate notarization, as electron-builder reads them. */
const notarizationCredentials = [
  ['APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER'],
  ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'],
  ['APPLE_KEYCHAIN', 'APPLE_KEYCHAIN_PROFILE'],
];

export interface SigningStatus {
  signed: boolean;
  notarized: boolean;
  /** One line per step: done, or skipped with the variables that would do it. */
  lines: string[];
}

export function signingStatus(platform: BuildPlatform, env: Env): SigningStatus {
  if (platform === 'linux') {
    return { signed: false, notarized: false, lines: ['signing: not used for AppImage and deb packages'] };
  }
  if (platform === 'win32') {
    const signed = has(env, 'WIN_CSC_LINK') || has(env, 'CSC_LINK');
    return {
      signed,
      notarized: false,
      lines: [
        signed
          ? 'signing: the installer and the portable exe are signed with WIN_CSC_LINK (or CSC_LINK)'
          : 'signing: skipped — set WIN_CSC_LINK (or CSC_LINK) and WIN_CSC_KEY_PASSWORD to sign the Windows installer and portable exe',
      ],
    };
  }
  // On macOS electron-builder may also find a Developer ID identity in the keychain without CSC_LINK.
  const signed = has(env, 'CSC_LINK') || has(env, 'CSC_NAME');
  const notarized = signed && notarizationCredentials.some((names) => has(env, ...names));
  return {
    signed,
    notarized,
    lines: [
      signed
        ? 'signing: the app is signed with CSC_LINK (or the CSC_NAME identity)'
        : 'signing: skipped — set CSC_LINK and CSC_KEY_PASSWORD (a Developer ID Application certificate) to sign the macOS app',
      notarized
        ? 'notarization: submitted to Apple with the APPLE_* credentials'
        : 'notarization: skipped — sign the app and set APPLE_API_KEY, APPLE_API_KEY_ID and APPLE_API_ISSUER (or APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID) to notarize',
    ],
  };
}
