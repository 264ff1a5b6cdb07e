import type { Command } from 'commander';
import type { DatabaseHandle } from './database';

/** Adds the commands of domain modules (import, figures, report …) to the command line. */
export function registerModuleCommands(program: Command, withDatabase: <T>(fn: (handle: DatabaseHandle) => Promise<T>) => Promise<T>) {
  void program;
  void withDatabase;
}
