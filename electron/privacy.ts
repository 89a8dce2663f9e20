import type { Session } from 'electron';
import { isAllowedRequest, permissionAllowed, spellCheckerDictionaryUrl } from './policy';

/**
 * Makes a session keep everything on this computer: permission requests, checks and device pickers are
 * denied, the spell checker has no dictionary server, and any request that is not the app's own is cancelled.
 */
export function installPrivacy(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionAllowed(permission)));
  session.setPermissionCheckHandler((_contents, permission) => permissionAllowed(permission));
  session.setDevicePermissionHandler((details) => permissionAllowed(details.deviceType));
  session.setSpellCheckerDictionaryDownloadURL(spellCheckerDictionaryUrl);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
}
