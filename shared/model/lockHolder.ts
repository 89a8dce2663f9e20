/** Who has a project file open elsewhere, read from its lock file. */
export interface LockHolder {
  user: string;
  host: string;
  since: string;
  sameComputer: boolean;
}

/** "Another copy of the app on this computer" or "alex on LAPTOP-2", to start a sentence with. */
export function describeLockHolder(holder: LockHolder): string {
  return holder.sameComputer ? 'Another copy of the app on this computer' : `${holder.user} on ${holder.host}`;
}
