export interface Migration {
  /** Becomes the database's `user_version` once applied. */
  version: number;
  name: string;
  up: string;
}
