/**
 * The operators' command line (PRODUCT.md §9): `pnpm cli <command>`.
 * Standard output carries only results; logs and progress go to standard error.
 */
import { Command } from 'commander';
import { registerImportCommand } from './import-command';

const program = new Command('cli').description('Leadership Development Monitor — operator commands').showHelpAfterError();
registerImportCommand(program);

await program.parseAsync(process.argv);
